// libFuzzer target for the WARC reader (record framing, lying lengths, HTTP
// headers, chunked and gzip coding, charsets, then HTML extraction): never
// fails as a whole, every document has valid UTF-8 strings, and every record
// counted as read is passed or rejected.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_checks.h"
#include "dyad/document.h"
#include "ingest/warc.h"

namespace {

using dyad::fuzz::Check;
using dyad::fuzz::IsValidUtf8;

bool Valid(std::string s) { return dyad::RepairUtf8(&s) == 0; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  dyad::ReadReport report;
  dyad::ReadOptions options;
  uint64_t docs = 0;
  dyad::Status st = dyad::ingest::ReadWarcBuffer(
      input, "fuzz.warc", options,
      [&](dyad::Document&& d) {
        ++docs;
        Check(!d.id.empty());
        Check(Valid(d.id) && Valid(d.title) && Valid(d.text) && Valid(d.url) && Valid(d.date));
      },
      &report);
  Check(st.ok());
  Check(report.documents_passed == docs);
  Check(report.documents_read == report.documents_passed + report.rejected);
  return 0;
}
