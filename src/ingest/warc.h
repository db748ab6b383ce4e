// WARC archives (ISO 28500, WARC/1.0 and 1.1; the format of Common Crawl and
// its news archive): every `response` record whose HTTP payload is HTML
// becomes a document, extracted as in html.h. The id is the WARC-Record-ID,
// the url the WARC-Target-URI, the date the page's own or else WARC-Date.
//
// Nothing in an archive is fatal. A truncated archive, a record whose
// Content-Length is wrong in either direction (found by the record separator
// and the next "WARC/" line), unknown record types, non-HTML payloads, HTTP
// errors and undecodable encodings are counted and reported in the
// ReadReport; reading goes on with the next record.
// Pure functions; safe from any thread with distinct reports.
#ifndef DYAD_INGEST_WARC_H_
#define DYAD_INGEST_WARC_H_

#include <iosfwd>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::ingest {

// `data` is the archive, plain or gzip-compressed (single or multi-member).
Status ReadWarcBuffer(std::string_view data, const std::string& name,
                      const ReadOptions& options, const DocumentSink& sink,
                      ReadReport* report);

// The same from a stream (a file), plain or compressed as its first bytes
// say. The archive is read through a window: memory is bounded by the
// largest record (options.max_document_bytes; a larger record is rejected,
// naming it), not by the archive.
Status ReadWarcStream(std::istream& in, const std::string& name, const ReadOptions& options, const DocumentSink& sink,
                      ReadReport* report);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_WARC_H_
