// Small helpers for testing a word against a fixed list (internal).
// OneOf and SameWord are stateless; a WordSet is filled by its constructor
// and read-only after, so any thread may test it. Nothing here owns the
// words' bytes.
#ifndef DYAD_SRC_CORE_WORDS_H_
#define DYAD_SRC_CORE_WORDS_H_

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// a == b, testing length and first byte before any call to memcmp.
inline bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && std::memcmp(a.data(), b.data(), a.size()) == 0));
}

// Whether the w.size() bytes at `p` are `w`, for words of at most 24 bytes:
// fixed-size loads (overlapping when the length is no multiple of their size)
// where memcmp is a call. Reads only those bytes.
inline bool SameShortBytes(const char* p, std::string_view w) {
  const char* b = w.data();
  const size_t n = w.size();
  assert(n <= 24);
  auto same = [&](size_t at, auto width) {
    decltype(width) x, y;
    std::memcpy(&x, p + at, sizeof x);
    std::memcpy(&y, b + at, sizeof y);
    return x == y;
  };
  if (n >= 8) return same(0, uint64_t{}) && (n <= 16 || same(8, uint64_t{})) && same(n - 8, uint64_t{});
  if (n >= 4) return same(0, uint32_t{}) && same(n - 4, uint32_t{});
  for (size_t i = 0; i < n; ++i) {
    if (p[i] != b[i]) return false;
  }
  return true;
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

// As above, for a list kept in an array (the shared lists below).
template <size_t N>
bool OneOf(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (SameWord(w, x)) return true;
  }
  return false;
}

// Arabic name particles, lower case: "Fayez al-Sarraj", "Mohammed bin
// Salman", "Abu Bakr", "Mohamed Ould Abdel Aziz". The tokenizer joins one to
// the next name across a spaced hyphen ("al - Sarraj"), and the tagger keeps
// it inside the name ("bin Salman") and reads "al-Bashir" as a proper noun.
inline constexpr std::string_view kArabicNameParticles[] = {"al", "el", "bin", "ibn", "bint", "abu", "ould", "ben"};
// The article "al" as it is written before a sun letter: "ad-Dawla",
// "ash-Sham", "ar-Rashid" (hyphenated forms only: alone they are English words).
inline constexpr std::string_view kAssimilatedArabicArticles[] = {"ad", "as", "ash", "an", "ar", "az"};

// A fixed set of words for the longer lists (OneOf compares every entry's
// length and first byte: 20-30 entries cost more than one probe here). Built
// once, read-only after: keep it in a function-local static. The views must
// outlive the set (string literals do).
class WordSet {
 public:
  static constexpr size_t kMaxWords = 64;

  WordSet(std::initializer_list<std::string_view> words) {
    assert(words.size() <= kMaxWords);
    for (std::string_view w : words) {
      if (w.empty()) {
        has_empty_ = true;
        continue;
      }
      size_t i = Bucket(w);
      while (slots_[i] != 0 && !SameWord(words_[slots_[i] - 1], w)) i = (i + 1) & (kSlots - 1);
      if (slots_[i] != 0 || count_ == kMaxWords) continue;  // a repeat (or past the limit)
      words_[count_++] = w;
      slots_[i] = static_cast<uint8_t>(count_);
    }
  }

  bool Contains(std::string_view w) const {
    if (w.empty()) return has_empty_;
    for (size_t i = Bucket(w);; i = (i + 1) & (kSlots - 1)) {
      if (slots_[i] == 0) return false;
      if (SameWord(words_[slots_[i] - 1], w)) return true;
    }
  }

 private:
  // Length, first, middle and last byte: constant time, and enough to spread
  // a list of words over four times as many slots.
  static size_t Bucket(std::string_view w) {
    const auto b = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(w[i])); };
    return (w.size() * 131 + b(0) * 31 + b(w.size() / 2) * 7 + b(w.size() - 1)) & (kSlots - 1);
  }
  static constexpr size_t kSlots = 256;
  uint8_t slots_[kSlots] = {};  // 1 + index into words_, 0 for an empty slot
  std::string_view words_[kMaxWords];
  size_t count_ = 0;
  bool has_empty_ = false;
};

// A set of words read from data (the lists in data/*/words/): one probe per
// test, as in a WordSet, but it keeps its own copy of the words (so it may
// be moved or copied) and has no limit on their number. Filled at load time,
// read-only after: any thread may test it, and a test allocates nothing.
class LoadedWordSet {
 public:
  // Adds `w`; false when it is already there (the set is unchanged).
  bool Insert(std::string_view w) {
    if (Contains(w)) return false;
    if ((count_ + 1) * 4 > slots_.size()) Grow();
    starts_.push_back(static_cast<uint32_t>(bytes_.size()));
    lengths_.push_back(static_cast<uint32_t>(w.size()));
    bytes_.append(w);
    Place(count_++);
    return true;
  }

  bool Contains(std::string_view w) const {
    if (slots_.empty()) return false;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Bucket(w) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) return false;
      if (SameWord(Word(slots_[i] - 1), w)) return true;
    }
  }

  size_t size() const { return count_; }

 private:
  std::string_view Word(size_t k) const { return std::string_view(bytes_).substr(starts_[k], lengths_[k]); }
  // As WordSet's: length, first, middle and last byte.
  static size_t Bucket(std::string_view w) {
    if (w.empty()) return 0;
    const auto b = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(w[i])); };
    return w.size() * 131 + b(0) * 31 + b(w.size() / 2) * 7 + b(w.size() - 1);
  }
  void Place(size_t k) {
    const size_t mask = slots_.size() - 1;
    size_t i = Bucket(Word(k)) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<uint32_t>(k + 1);
  }
  void Grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
    for (size_t k = 0; k < count_; ++k) Place(k);
  }

  std::string bytes_;  // the words, one after another
  std::vector<uint32_t> starts_, lengths_;
  std::vector<uint32_t> slots_;  // 1 + index of a word, 0 for an empty slot
  size_t count_ = 0;
};

}  // namespace dyad

#endif  // DYAD_SRC_CORE_WORDS_H_
