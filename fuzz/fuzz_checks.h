// Checks shared by the fuzz targets: a failed invariant aborts, which
// libFuzzer reports as a crash with the input that caused it.
#ifndef DYAD_FUZZ_FUZZ_CHECKS_H_
#define DYAD_FUZZ_FUZZ_CHECKS_H_

#include <cstdint>
#include <cstdlib>
#include <string_view>

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

}  // namespace dyad::fuzz

#endif  // DYAD_FUZZ_FUZZ_CHECKS_H_
