#include "core/json.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace dyad::json {

namespace {

// Whether any of the eight bytes packed in `w` must be escaped: a control
// character (below 0x20), '"' or '\\'. The "any byte less than n" and "any
// byte zero" tests of Bit Twiddling Hacks; exact as yes/no answers.
bool AnyToEscape(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto has_zero = [&](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;
  return (control | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

}  // namespace

void AppendString(std::string* out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    // Text is long runs with nothing to escape: eight bytes are passed at a
    // time (the writer's byte loop was 0.6% of a run's instructions).
    while (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, sizeof w);
      if (AnyToEscape(w)) break;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = s[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.substr(run));
  out->push_back('"');
}

void AppendFixed(std::string* out, double v, int precision) {
  char buf[352];  // the longest finite double in fixed notation: 309 digits, sign, point, decimals
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, precision);
  out->append(buf, r.ptr);
}

void AppendTsvCell(std::string* out, std::string_view s) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace dyad::json
