// In-memory document readers: the same parsing rules as ReadDocuments() in
// dyad/document.h, applied to a buffer instead of a file. The file readers are
// built on the same code, so tests and fuzzers that use these exercise exactly
// what users get.
//
// `name` is the source recorded in every Document and ReadProblem (a path, or
// "-" for standard input); for text it also gives the document id (the file
// name without directory and extension, "stdin" for "-").
// The functions keep no state between calls and are safe to call from several
// threads with distinct reports.
#ifndef DYAD_INGEST_READERS_H_
#define DYAD_INGEST_READERS_H_

#include <iosfwd>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::ingest {

// One text document: the first line is the title when a blank line follows it.
Status ReadTextBuffer(std::string_view data, const std::string& name,
                      const ReadOptions& options, const DocumentSink& sink,
                      ReadReport* report);

// One JSON object per line; blank lines are skipped and bad lines rejected.
Status ReadJsonLinesBuffer(std::string_view data, const std::string& name,
                           const ReadOptions& options, const DocumentSink& sink,
                           ReadReport* report);

// What ReadDocuments() does for "-": JSON Lines when the first non-space byte
// is '{', else one text document. Reads `in` to its end.
Status ReadSniffedStream(std::istream& in, const std::string& name,
                         const ReadOptions& options, const DocumentSink& sink,
                         ReadReport* report);

// `message` without a leading "FILE: ": the problem lists print the file
// already ("in/x.gz: in/x.gz: gzip ..." says it twice).
std::string WithoutPrefix(const std::string& message, const std::string& file);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_READERS_H_
