// Small helpers for testing a word against a fixed list (internal).
// Stateless; safe from any thread.
#ifndef DYAD_SRC_CORE_WORDS_H_
#define DYAD_SRC_CORE_WORDS_H_

#include <cstring>
#include <initializer_list>
#include <string_view>

namespace dyad {

// a == b, testing length and first byte before any call to memcmp.
inline bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && std::memcmp(a.data(), b.data(), a.size()) == 0));
}

// Whether `w` is one of `list`. The stages ask this of nearly every token;
// most words differ from every entry in length or first letter, which is
// checked here before any call to memcmp.
inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (SameWord(w, x)) return true;
  }
  return false;
}

}  // namespace dyad

#endif  // DYAD_SRC_CORE_WORDS_H_
