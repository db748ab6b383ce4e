// Documents and the readers that make them from files.
//
// A Document owns its strings. Readers stream documents to a callback one at a
// time so that a large file never has to fit in memory; every record a reader
// sees ends up counted in a ReadReport as passed on, empty or rejected (with
// file, line and reason), so that nothing is lost silently.
// Readers are not thread-safe; use one per thread. Documents are plain values.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct Document {
  std::string id;
  std::string title;   // may be empty
  std::string text;    // the body, without the title
  std::string url;     // may be empty
  std::string date;    // publication date YYYY-MM-DD, or empty when unknown
  std::string source;  // file the document came from ("-" for stdin)
  uint64_t record = 0; // 1-based line (JSON Lines) or record number in `source`

  // The text that analysis and evidence offsets refer to: the title (when
  // present) followed by a blank line and the body, so that the title is
  // sentence 0.
  std::string FullText() const;
  // Byte offset in FullText() where the body starts.
  size_t BodyOffset() const { return title.empty() ? 0 : title.size() + 2; }
};

// One problem a reader met. `line` is 0 when it concerns the whole file.
struct ReadProblem {
  std::string file;
  uint64_t line = 0;
  std::string reason;
  bool rejected = false;  // true: the record was dropped; false: repaired and kept
};

// What a run read. Every record is counted exactly once in documents_read and
// then in exactly one of: passed to the sink (coded/empty is decided later),
// rejected.
struct ReadReport {
  uint64_t documents_read = 0;   // records seen
  uint64_t documents_passed = 0; // handed to the sink
  uint64_t rejected = 0;
  uint64_t repaired_utf8 = 0;    // documents whose invalid UTF-8 was replaced
  // Of documents_passed, those a DocumentFilter withheld (see
  // src/ingest/filter.h): the same URL or normalised text as an earlier
  // document, or text in another language than English.
  uint64_t duplicates = 0;
  uint64_t skipped_language = 0;
  // Folder entries that are not read (unreadable folders, dangling links,
  // link loops, FIFOs, devices), each also a warning naming it.
  uint64_t skipped_entries = 0;
  // Runs of bytes between WARC records that are not a record, skipped.
  uint64_t warc_garbage = 0;
  std::vector<ReadProblem> problems;

  void Reject(const std::string& file, uint64_t line, std::string reason);
  void Warn(const std::string& file, uint64_t line, std::string reason);
};

// The largest document read by default (bytes of its text, or of its JSON
// Lines record): some hundred times a long news article, small enough that
// reading and coding it stays within memory.
inline constexpr size_t kDefaultMaxDocumentBytes = size_t{16} << 20;

struct ReadOptions {
  ReadOptions() = default;
  explicit ReadOptions(std::string date) : default_date(std::move(date)) {}

  std::string default_date;  // YYYY-MM-DD for documents without a date
  // A larger document (or JSON Lines record) is rejected, naming it, and its
  // bytes are skipped without being held: memory stays bounded whatever the
  // input (an endless line, a decompression bomb, /dev/zero).
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
  // JSON Lines field names that differ from dyad's: {"text", "body"} takes the
  // text from "body". Targets: id, text, title, url, date.
  std::vector<std::pair<std::string, std::string>> fields;
  // Applied by the Corpus (dyad/run.h), across all inputs of a run:
  bool dedupe = true;        // code a document with a seen URL or text once
  bool english_only = true;  // skip documents identified as another language
  // The end-of-run summary lists every problem, not only the first ones.
  bool list_all_problems = false;
};

using DocumentSink = std::function<void(Document&&)>;

// Reads one input: a .txt file (one document), a .jsonl file (one document per
// line), an .html/.htm page (one article), a .warc archive (one document per
// HTML response), any of these gzip-compressed (.gz; .jsonl also .zst), a
// folder (its files recursively, in sorted order; others are skipped), or "-"
// (standard input, read as JSON Lines when it starts with '{', else as one
// text document). Problems with single records are recorded in
// `report` and reading goes on; a non-OK Status means the input as a whole
// could not be read (missing file, unknown format).
Status ReadDocuments(const std::string& path, const ReadOptions& options,
                     const DocumentSink& sink, ReadReport* report);

// Replaces invalid UTF-8 sequences in `text` with U+FFFD. Returns the number of
// replacements made (0 when the text was valid, and then it is untouched).
size_t RepairUtf8(std::string* text);

// Normalises a date given as YYYY-MM-DD or ISO 8601 ("2025-03-14T20:30:26Z",
// "2025-03-14 20:30:26Z") to YYYY-MM-DD. Returns false when it is not a date.
bool NormalizeDate(std::string_view in, std::string* out);

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
