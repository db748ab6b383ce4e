// Checks shared by the fuzz targets: a failed invariant aborts, which
// libFuzzer reports as a crash with the input that caused it. Also the reading
// the reader targets share.
#ifndef DYAD_FUZZ_FUZZ_CHECKS_H_
#define DYAD_FUZZ_FUZZ_CHECKS_H_

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/document.h"
#include "ingest/readers.h"

namespace dyad::fuzz {

inline void Check(bool ok) {
  if (!ok) std::abort();
}

// Decoding validator, written independently of RepairUtf8's table so that the
// two check each other.
inline bool IsValidUtf8(std::string_view s) {
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

// True when RepairUtf8 finds nothing to repair in `s`.
inline bool NeedsNoRepair(std::string s) { return RepairUtf8(&s) == 0; }

// One of the readers of a whole buffer: ingest::ReadTextBuffer,
// ReadJsonLinesBuffer, ReadHtmlBuffer, ReadWarcBuffer.
using BufferReader = Status (*)(std::string_view data, const std::string& name, const ReadOptions& options,
                                const DocumentSink& sink, ReadReport* report);

// Reads `input` with `read`, which must never fail as a whole.
inline std::vector<Document> ReadAll(BufferReader read, std::string_view input, const std::string& name,
                                     const ReadOptions& options, ReadReport* report) {
  std::vector<Document> docs;
  Check(read(input, name, options, [&](Document&& d) { docs.push_back(std::move(d)); }, report).ok());
  return docs;
}

// Reads `input` as standard input is read (ingest::ReadSniffedStream), which
// must never fail as a whole.
inline std::vector<Document> ReadAllAsStream(std::string_view input, const std::string& name,
                                             const ReadOptions& options, ReadReport* report) {
  std::istringstream in{std::string(input)};
  std::vector<Document> docs;
  Check(ingest::ReadSniffedStream(in, name, options, [&](Document&& d) { docs.push_back(std::move(d)); }, report)
            .ok());
  return docs;
}

// Whether standard input holding `input` is read as JSON Lines: its first
// byte that is not white space is '{'.
inline bool SniffsAsJsonLines(std::string_view input) {
  const size_t first = input.find_first_not_of(" \t\r\n\v\f");
  return first != std::string_view::npos && input[first] == '{';
}

}  // namespace dyad::fuzz

#endif  // DYAD_FUZZ_FUZZ_CHECKS_H_
