// Documents sent to the API (POST /api/code and /api/ingest), read from a
// request body (internal to dyad serve).
//
// A body is one of: a JSON object {"text": ..., "title", "id", "url",
// "date"}; a JSON array of such objects; {"documents": [...]}; JSON Lines
// (one object per line); or, with a text/plain content type, the text of one
// document. "text" is required; "date" is YYYY-MM-DD or ISO 8601.
// Stateless; thread-safe.
#ifndef DYAD_SRC_SERVE_DOCUMENTS_H_
#define DYAD_SRC_SERVE_DOCUMENTS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::serve {

// The `source` given to documents that came through the API, so that their
// store keys and sites say where they came from.
inline constexpr const char* kApiSource = "api";

// Parses `body` into at most `max_documents` documents (InvalidArgument
// naming the first problem otherwise).
Status ParseDocuments(std::string_view body, std::string_view content_type, size_t max_documents,
                      std::vector<Document>* out);

}  // namespace dyad::serve

#endif  // DYAD_SRC_SERVE_DOCUMENTS_H_
