// libFuzzer target for the HTML reader (charset handling, gumbo, article
// extraction): one document per page, always passed, all its strings valid
// UTF-8, the date empty or YYYY-MM-DD, and the account adds up.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_checks.h"
#include "dyad/document.h"
#include "ingest/html.h"

namespace {

using dyad::fuzz::Check;
using dyad::fuzz::IsValidUtf8;

bool Valid(std::string s) { return dyad::RepairUtf8(&s) == 0; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  dyad::ReadReport report;
  dyad::ReadOptions options;
  int docs = 0;
  dyad::Status st = dyad::ingest::ReadHtmlBuffer(
      input, "fuzz.html", options,
      [&](dyad::Document&& d) {
        ++docs;
        Check(Valid(d.title) && Valid(d.text) && Valid(d.url) && Valid(d.date));
        std::string day;
        Check(d.date.empty() || (dyad::NormalizeDate(d.date, &day) && day == d.date));
        Check(d.id == "fuzz");
      },
      &report);
  Check(st.ok());
  Check(docs == 1 && report.documents_read == 1 && report.documents_passed == 1);
  return 0;
}
