// libFuzzer target for the text reader and RepairUtf8: one document per input,
// always passed, valid UTF-8, trimmed, with FullText()/BodyOffset()
// consistent; the repair is idempotent and leaves valid text untouched.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.h"
#include "dyad/document.h"
#include "ingest/readers.h"

namespace {

using dyad::fuzz::Check;
using dyad::fuzz::IsValidUtf8;

bool IsTrimmed(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n\v\f";
  return s.empty() || (kSpace.find(s.front()) == std::string_view::npos &&
                       kSpace.find(s.back()) == std::string_view::npos);
}

void CheckDocuments(const std::vector<dyad::Document>& docs, const dyad::ReadReport& report,
                    const std::string& id) {
  Check(report.documents_read == 1 && report.documents_passed == 1 && report.rejected == 0);
  Check(docs.size() == 1);
  const dyad::Document& d = docs[0];
  Check(d.id == id);
  Check(IsValidUtf8(d.title) && IsValidUtf8(d.text));
  Check(IsTrimmed(d.title) && IsTrimmed(d.text));
  Check(d.title.find('\n') == std::string::npos);
  Check(d.date == "2000-01-01");
  const std::string full = d.FullText();
  Check(full.size() == d.BodyOffset() + d.text.size());
  Check(full.compare(d.BodyOffset(), std::string::npos, d.text) == 0);
  Check(full.compare(0, d.title.size(), d.title) == 0);
  Check(report.repaired_utf8 == report.problems.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  dyad::ReadOptions options;
  options.default_date = "2000-01-01";

  dyad::ReadReport report;
  const std::vector<dyad::Document> docs =
      dyad::fuzz::ReadAll(dyad::ingest::ReadTextBuffer, input, "dir/story.v2.txt", options, &report);
  CheckDocuments(docs, report, "story.v2");

  // Standard input that does not start with '{' is the same text document.
  if (!dyad::fuzz::SniffsAsJsonLines(input)) {
    dyad::ReadReport stream_report;
    const std::vector<dyad::Document> stream_docs = dyad::fuzz::ReadAllAsStream(input, "-", options, &stream_report);
    CheckDocuments(stream_docs, stream_report, "stdin");
    Check(stream_docs[0].title == docs[0].title && stream_docs[0].text == docs[0].text);
  }

  // RepairUtf8: valid text is untouched, the result is valid, a second pass
  // changes nothing, and each U+FFFD stands for at least one input byte.
  std::string repaired(input);
  const size_t count = dyad::RepairUtf8(&repaired);
  Check(IsValidUtf8(repaired));
  Check((count == 0) == IsValidUtf8(input));
  if (count == 0) Check(repaired == input);
  Check(repaired.size() <= input.size() + 2 * count);
  std::string again = repaired;
  Check(dyad::RepairUtf8(&again) == 0 && again == repaired);
  return 0;
}
