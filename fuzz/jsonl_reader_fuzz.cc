// libFuzzer target for the JSON Lines reader: whatever the bytes, every
// non-blank line is counted once as passed or rejected, every passed document
// holds valid UTF-8 and a usable id, and the streaming path (stdin) agrees
// with the buffer path.
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

bool IsDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  dyad::ReadOptions options;
  options.default_date = "2000-01-01";

  dyad::ReadReport report;
  const std::vector<dyad::Document> docs =
      dyad::fuzz::ReadAll(dyad::ingest::ReadJsonLinesBuffer, input, "fuzz.jsonl", options, &report);
  Check(report.documents_read == report.documents_passed + report.rejected);
  Check(report.documents_passed == docs.size());
  Check(report.repaired_utf8 <= report.documents_passed);

  uint64_t lines = 1;
  for (char c : input) lines += c == '\n';
  uint64_t previous = 0;
  for (const dyad::Document& d : docs) {
    Check(!d.id.empty());
    Check(IsValidUtf8(d.id) && IsValidUtf8(d.title) && IsValidUtf8(d.text) &&
          IsValidUtf8(d.url));
    Check(d.title.find('\n') == std::string::npos);
    Check(IsDate(d.date));
    Check(d.source == "fuzz.jsonl");
    Check(d.record > previous && d.record <= lines);
    previous = d.record;
    const std::string full = d.FullText();
    Check(full.compare(d.BodyOffset(), std::string::npos, d.text) == 0);
  }
  uint64_t rejections = 0;
  for (const dyad::ReadProblem& p : report.problems) {
    Check(p.line >= 1 && p.line <= lines);
    Check(!p.reason.empty() && IsValidUtf8(p.reason));
    rejections += p.rejected;
  }
  Check(rejections == report.rejected);

  // Standard input goes through the streaming reader: it must agree.
  if (dyad::fuzz::SniffsAsJsonLines(input)) {
    dyad::ReadReport stream_report;
    const std::vector<dyad::Document> stream_docs =
        dyad::fuzz::ReadAllAsStream(input, "fuzz.jsonl", options, &stream_report);
    Check(stream_report.documents_read == report.documents_read);
    Check(stream_report.rejected == report.rejected);
    Check(stream_docs.size() == docs.size());
    for (size_t i = 0; i < docs.size(); ++i) {
      Check(stream_docs[i].id == docs[i].id && stream_docs[i].text == docs[i].text &&
            stream_docs[i].record == docs[i].record);
    }
  }

  std::string date;
  if (dyad::NormalizeDate(input, &date)) Check(IsDate(date));
  return 0;
}
