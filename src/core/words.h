// Small helpers for testing a word against a fixed list (internal).
// Stateless; safe from any thread.
#ifndef DYAD_SRC_CORE_WORDS_H_
#define DYAD_SRC_CORE_WORDS_H_

#include <cstring>
#include <initializer_list>
#include <string_view>

namespace dyad {

// Whether `w` is one of `list`. The stages ask this of nearly every token;
// most words differ from every entry in length or first letter, which is
// checked here before any call to memcmp.
inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  if (w.empty()) {
    for (std::string_view x : list) {
      if (x.empty()) return true;
    }
    return false;
  }
  for (std::string_view x : list) {
    if (x.size() == w.size() && x[0] == w[0] && std::memcmp(x.data(), w.data(), w.size()) == 0) return true;
  }
  return false;
}

}  // namespace dyad

#endif  // DYAD_SRC_CORE_WORDS_H_
