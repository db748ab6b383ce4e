// libFuzzer target for the text reader and RepairUtf8: one document per input,
// always passed, valid UTF-8, trimmed, with FullText()/BodyOffset()
// consistent; the repair is idempotent and leaves valid text untouched.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "ingest/readers.h"

namespace {

// Decoding validator, written independently of RepairUtf8's table so that the
// two check each other.
bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    size_t len;
    uint32_t cp;
    if (b < 0x80) {
      ++i;
      continue;
    } else if ((b & 0xE0) == 0xC0) {
      len = 2, cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      len = 3, cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      len = 4, cp = b & 0x07;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

bool IsTrimmed(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n\v\f";
  return s.empty() || (kSpace.find(s.front()) == std::string_view::npos &&
                       kSpace.find(s.back()) == std::string_view::npos);
}

void Check(bool ok) {
  if (!ok) std::abort();
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

  std::vector<dyad::Document> docs;
  dyad::ReadReport report;
  Check(dyad::ingest::ReadTextBuffer(input, "dir/story.v2.txt", options,
                                     [&](dyad::Document&& d) { docs.push_back(std::move(d)); },
                                     &report)
            .ok());
  CheckDocuments(docs, report, "story.v2");

  // Standard input that does not start with '{' is the same text document.
  size_t first = 0;
  while (first < input.size() && std::string_view(" \t\r\n\v\f").find(input[first]) !=
                                     std::string_view::npos) {
    ++first;
  }
  if (first == input.size() || input[first] != '{') {
    std::istringstream in{std::string(input)};
    std::vector<dyad::Document> stream_docs;
    dyad::ReadReport stream_report;
    Check(dyad::ingest::ReadSniffedStream(
              in, "-", options, [&](dyad::Document&& d) { stream_docs.push_back(std::move(d)); },
              &stream_report)
              .ok());
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
