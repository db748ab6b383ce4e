// libFuzzer target for the HTML reader (charset handling, gumbo, article
// extraction): one document per page, always passed, all its strings valid
// UTF-8, the date empty or YYYY-MM-DD, and the account adds up.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.h"
#include "dyad/document.h"
#include "ingest/html.h"

using dyad::fuzz::Check;
using dyad::fuzz::NeedsNoRepair;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  dyad::ReadReport report;
  const std::vector<dyad::Document> docs =
      dyad::fuzz::ReadAll(dyad::ingest::ReadHtmlBuffer, input, "fuzz.html", {}, &report);
  Check(docs.size() == 1 && report.documents_read == 1 && report.documents_passed == 1);
  for (const dyad::Document& d : docs) {
    Check(NeedsNoRepair(d.title) && NeedsNoRepair(d.text) && NeedsNoRepair(d.url) && NeedsNoRepair(d.date));
    std::string day;
    Check(d.date.empty() || (dyad::NormalizeDate(d.date, &day) && day == d.date));
    Check(d.id == "fuzz");
  }
  return 0;
}
