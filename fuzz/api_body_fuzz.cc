// libFuzzer target for the API body parser (serve::ParseDocuments, behind
// POST /api/code and /api/ingest): whatever the bytes and content type, the
// parser answers OK or InvalidArgument without crashing; on OK every document
// has text or a title, a non-empty id (numbered when absent, issue 18.2),
// valid UTF-8, a date that is empty or YYYY-MM-DD, the API source and its
// position as record, and there are never more documents than allowed.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "fuzz_checks.h"
#include "serve/documents.h"

namespace {

using dyad::fuzz::Check;
using dyad::fuzz::IsValidUtf8;

bool IsDay(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the content type and the document limit, so that
  // both paths and the limit are explored from one corpus.
  static constexpr const char* kTypes[] = {"application/json", "application/x-ndjson", "text/plain; charset=utf-8", ""};
  const std::string_view content_type = kTypes[data[0] & 3];
  const size_t max_documents = 1 + ((data[0] >> 2) & 7);
  const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);

  std::vector<dyad::Document> docs;
  const dyad::Status status = dyad::serve::ParseDocuments(body, content_type, max_documents, &docs);
  if (!status.ok()) {
    Check(status.code() == dyad::StatusCode::kInvalidArgument);
    Check(!status.message().empty());
    return 0;
  }
  Check(!docs.empty() && docs.size() <= max_documents);
  for (size_t i = 0; i < docs.size(); ++i) {
    const dyad::Document& d = docs[i];
    Check(!d.text.empty() || !d.title.empty());
    Check(!d.id.empty());
    Check(IsValidUtf8(d.id) && IsValidUtf8(d.text) && IsValidUtf8(d.title) && IsValidUtf8(d.url));
    Check(d.date.empty() || IsDay(d.date));
    Check(d.source == dyad::serve::kApiSource);
    Check(d.record == i + 1);
  }
  return 0;
}
