// The JSON Lines record parser, for JSON that does not arrive one record per
// line: the server's request bodies (src/serve/documents.cc) parse their
// objects with exactly the code that reads .jsonl files, so a document means
// the same thing whichever way it comes in (field names and the --field
// mapping, trimming, ids as strings or integers, dates, every value walked so
// that malformed JSON anywhere is caught).
//
// Built on simdjson's On Demand API: the caller owns the parser and the padded
// input, and passes objects positioned by that parser. Stateless; thread-safe
// as long as each thread uses its own simdjson parser.
#ifndef DYAD_SRC_INGEST_JSON_RECORD_H_
#define DYAD_SRC_INGEST_JSON_RECORD_H_

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::ingest {

// Reads the fields of `object` into `doc` by the JSON Lines rules. Returns ""
// when the record is usable, else why it is rejected (bad JSON, "text"
// missing or not a string, a bad "id", ...). Problems that only drop a field
// (a "url" that is not a string, a "date" that is not a date) are appended to
// `warnings`. With `id_required` false a record without "id" is accepted and
// `doc->id` is left empty for the caller to fill.
std::string ParseJsonRecord(simdjson::ondemand::object& object, const ReadOptions& options,
                            bool id_required, Document* doc, std::vector<std::string>* warnings);

// Walks `value` completely: On Demand checks only what it reads, so a value
// that is skipped must still be walked for malformed JSON in it to be caught.
// Deeper nesting than 256 levels is an error.
simdjson::error_code ValidateJson(simdjson::ondemand::value value, int depth);

// True when something other than whitespace follows the first complete
// top-level object or array in `s` (On Demand would silently stop there).
bool HasTrailingContent(std::string_view s);

// "malformed JSON: " and simdjson's message.
std::string MalformedJson(simdjson::error_code err);

}  // namespace dyad::ingest

#endif  // DYAD_SRC_INGEST_JSON_RECORD_H_
