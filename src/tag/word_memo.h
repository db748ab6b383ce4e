// A per-thread memo of a short word's answer (internal to the tag stage):
// the tagger keeps there the candidates of words its lexicon lacks, the
// lemmatizer the lemma of a word under a tag. Running text repeats its words,
// and a hit costs one hash and a cache line or two where the answer costs
// many look-ups.
//
// The table is direct-mapped and thread_local, so no thread waits for
// another. A slot is keyed by its owner (one tagger or lemmatizer: several
// with other tables may run on one thread), the hash, the bytes and a small
// key (what else the answer depends on: a tag, a word's flags). A miss is
// filled in place over whatever the slot held: the memo only ever repeats
// its owner's answers, so turning it off changes nothing but the time.
#ifndef DYAD_SRC_TAG_WORD_MEMO_H_
#define DYAD_SRC_TAG_WORD_MEMO_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/string_table.h"
#include "core/words.h"

namespace dyad::tag {

// A new owner id for a WordMemo; 0 marks an empty slot and is never given.
inline uint64_t NewMemoOwner() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// A slot holds a word of up to kWord bytes (longer words are not memoised)
// and up to kValues values of type T, with one byte `n` for their count, or
// for a mark of the owner's own above kValues ("no answer", "the word
// itself") that stores no values. 2^kBits slots per thread and instance.
template <typename T, size_t kWord, size_t kValues, int kBits>
class WordMemo {
 public:
  static_assert(kWord <= 24, "words are compared by SameShortBytes");
  static_assert(kWord < 0xFF && kValues < 0xFF, "lengths and counts fit a byte");

  struct Slot {
    uint64_t owner = 0;  // 0: empty
    uint32_t hash = 0;
    uint8_t key = 0;
    uint8_t len = 0;
    uint8_t n = 0;
    char word[kWord];
    T values[kValues];
  };

  // What a look-up found, and where its miss is filled.
  class Probe {
   public:
    bool hit() const { return hit_; }
    // On a hit: the count or mark stored, and the values.
    uint8_t n() const { return slot_->n; }
    const T* values() const { return slot_->values; }
    // Keeps `n` (a count up to kValues, or a mark above it) and, for a
    // count, values[0, n) as the answer for the word and key looked up. A
    // word too long to memoise keeps nothing.
    void Fill(uint8_t n, const T* values) const {
      if (slot_ == nullptr) return;
      slot_->owner = owner_;
      slot_->hash = hash_;
      slot_->key = key_;
      slot_->len = static_cast<uint8_t>(word_.size());
      std::memcpy(slot_->word, word_.data(), word_.size());
      slot_->n = n;
      if (n <= kValues) std::copy(values, values + n, slot_->values);
    }

   private:
    friend class WordMemo;
    Slot* slot_ = nullptr;  // nullptr: the word is too long
    uint64_t owner_ = 0;
    std::string_view word_;
    uint32_t hash_ = 0;
    uint8_t key_ = 0;
    bool hit_ = false;
  };

  static constexpr size_t kMaxWord = kWord;
  static constexpr size_t kMaxValues = kValues;

  // This thread's table, for the answers of `owner` (from NewMemoOwner).
  explicit WordMemo(uint64_t owner) : owner_(owner), slots_(Slots()) {}

  static bool Fits(std::string_view word) { return word.size() <= kWord; }

  Probe Find(std::string_view word, uint8_t key) const {
    Probe p;
    if (!Fits(word)) return p;
    p.owner_ = owner_;
    p.word_ = word;
    p.key_ = key;
    p.hash_ = HashBytes(word) ^ (key * 0x9E3779B1u);
    p.slot_ = &slots_[(p.hash_ * 0x85EBCA6Bu) >> (32 - kBits)];
    const Slot& s = *p.slot_;
    p.hit_ =
        s.owner == owner_ && s.hash == p.hash_ && s.key == key && s.len == word.size() && SameShortBytes(s.word, word);
    return p;
  }

 private:
  static Slot* Slots() {
    thread_local Slot slots[size_t{1} << kBits];
    return slots;
  }

  uint64_t owner_;
  Slot* slots_;
};

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_WORD_MEMO_H_
