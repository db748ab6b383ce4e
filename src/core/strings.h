// ASCII string helpers shared by the readers and loaders (internal): trimming,
// lower-casing and the 64-bit FNV-1a hash. One copy each, so that "space" and
// "lower case" mean the same thing in every file format dyad reads.
// Stateless; safe from any thread.
#ifndef DYAD_SRC_CORE_STRINGS_H_
#define DYAD_SRC_CORE_STRINGS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// Space, tab, newline, carriage return, form feed, vertical tab: what C's
// isspace accepts in the "C" locale, without the locale.
inline bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The next run of non-space bytes in *rest, which then starts just after it
// (at the space that ended it); "" when only spaces are left. What
// `std::istringstream >> std::string` reads, without building a stream: the
// actors' loader splits every role line this way, and a stream per line was
// a tenth of its loading.
inline std::string_view NextWord(std::string_view* rest) {
  size_t b = 0;
  while (b < rest->size() && IsAsciiSpace((*rest)[b])) ++b;
  size_t e = b;
  while (e < rest->size() && !IsAsciiSpace((*rest)[e])) ++e;
  std::string_view w = rest->substr(b, e - b);
  rest->remove_prefix(e);
  return w;
}

// A-Z to a-z; every other byte (UTF-8 included) is kept.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Whether `s` is `lower` (written in lower case) but for the case of its
// ASCII letters; allocates nothing.
inline bool EqualsAsciiLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
    if (c != lower[i]) return false;
  }
  return true;
}

inline constexpr uint64_t kFnvOffset = 14695981039346656037ull;
inline constexpr uint64_t kFnvPrime = 1099511628211ull;

// 64-bit FNV-1a of `s`, continuing from `h` (chain calls to hash several
// fields; seed differently for a second, independent hash).
inline uint64_t Fnv1a64(std::string_view s, uint64_t h = kFnvOffset) {
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

}  // namespace dyad

#endif  // DYAD_SRC_CORE_STRINGS_H_
