// libFuzzer target for the WARC reader (record framing, lying lengths, HTTP
// headers, chunked and gzip coding, charsets, then HTML extraction): never
// fails as a whole, every document has valid UTF-8 strings, and every record
// counted as read is passed or rejected.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_checks.h"
#include "dyad/document.h"
#include "ingest/warc.h"

using dyad::fuzz::Check;
using dyad::fuzz::NeedsNoRepair;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  dyad::ReadReport report;
  const std::vector<dyad::Document> docs =
      dyad::fuzz::ReadAll(dyad::ingest::ReadWarcBuffer, input, "fuzz.warc", {}, &report);
  for (const dyad::Document& d : docs) {
    Check(!d.id.empty());
    Check(NeedsNoRepair(d.id) && NeedsNoRepair(d.title) && NeedsNoRepair(d.text) && NeedsNoRepair(d.url) &&
          NeedsNoRepair(d.date));
  }
  Check(report.documents_passed == docs.size());
  Check(report.documents_read == report.documents_passed + report.rejected);
  return 0;
}
