// A compact open-addressing hash table from byte strings to 32-bit values,
// used by the tagger and the lemmatizer for their lexicons and by the event
// patterns for their anchor words (internal).
//
// The table does not own its keys: they are views into storage that the
// owner keeps alive and unchanged (usually one buffer holding a whole file).
// It is filled once while loading and is then read-only; concurrent Find()
// calls are safe once no thread inserts any more.
#ifndef DYAD_SRC_CORE_STRING_TABLE_H_
#define DYAD_SRC_CORE_STRING_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/huge_pages.h"

namespace dyad {

// 32-bit FNV-1a: words are short, so a simple byte loop beats fancier hashes.
// The definition, a byte a step: what the tests check HashBytes against.
inline uint32_t HashBytesReference(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

// HashBytesReference taking four bytes a step, and the last one to three
// without a loop: the same products in the same order (the compiled tables
// store these hashes), with a quarter of the counting and branching. Every
// token is hashed several times over (lexicon, lemma memo, pattern bits), and
// the byte-at-a-time loop was 4.7% of a document's instructions.
inline uint32_t HashBytes(std::string_view s) {
  constexpr uint32_t kPrime = 16777619u;
  uint32_t h = 2166136261u;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  for (; n >= 4; n -= 4, p += 4) {
    h = (h ^ p[0]) * kPrime;
    h = (h ^ p[1]) * kPrime;
    h = (h ^ p[2]) * kPrime;
    h = (h ^ p[3]) * kPrime;
  }
  if (n & 2) {
    h = (h ^ p[0]) * kPrime;
    h = (h ^ p[1]) * kPrime;
    p += 2;
  }
  if (n & 1) h = (h ^ p[0]) * kPrime;
  return h;
}

class StringTable {
 public:
  StringTable() { Rehash(64); }

  // Grows the table so that `n` keys fit without rehashing.
  void Reserve(size_t n) {
    size_t cap = slots_.size();
    while (cap * 2 < n * 3) cap *= 2;
    if (cap != slots_.size()) Rehash(cap);
  }

  // Returns the value slot of `key`, inserting `value` when the key is new
  // (then *inserted is true). The pointer stays valid until the next insert.
  uint32_t* Insert(std::string_view key, uint32_t value, bool* inserted) {
    return InsertImpl(key, value, inserted, nullptr);
  }

  // As Insert, but a new key is first copied to the end of *storage, which
  // must have the capacity reserved (it must never reallocate).
  uint32_t* InsertCopy(std::string_view key, uint32_t value, bool* inserted, std::string* storage) {
    return InsertImpl(key, value, inserted, storage);
  }

 private:
  uint32_t* InsertImpl(std::string_view key, uint32_t value, bool* inserted, std::string* storage) {
    if ((size_ + 1) * 4 > slots_.size() * 3) Rehash(slots_.size() * 2);
    uint32_t h = HashBytes(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.data == nullptr) {
        const char* data = key.data();
        if (storage) {
          data = storage->data() + storage->size();
          storage->append(key);
        }
        s = Slot{data, static_cast<uint32_t>(key.size()), value, h, Prefix(key)};
        ++size_;
        if (inserted) *inserted = true;
        return &s.value;
      }
      if (s.hash == h && s.len == key.size() && Same(s, key)) {
        if (inserted) *inserted = false;
        return &s.value;
      }
    }
  }

 public:
  // The value of `key`, or nullptr when absent.
  const uint32_t* Find(std::string_view key) const { return Find(key, HashBytes(key)); }
  // As Find, with the key's HashBytes already computed.
  const uint32_t* Find(std::string_view key, uint32_t h) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.data == nullptr) return nullptr;
      if (s.hash == h && s.len == key.size() && Same(s, key)) return &s.value;
    }
  }

  size_t size() const { return size_; }
  size_t capacity() const { return slots_.size(); }

  // A compiled lexicon (tag/tagger.bin) stores each filled slot with its
  // position; placing them back gives the very table the keys were inserted
  // into, in the same order for ForEach, without hashing or probing again.
  // Calls f(index, key, value, hash) for every filled slot, in slot order.
  template <typename F>
  void ForEachSlot(F&& f) const {
    for (size_t i = 0; i < slots_.size(); ++i) {
      const Slot& s = slots_[i];
      if (s.data) f(i, std::string_view(s.data, s.len), s.value, s.hash);
    }
  }
  // Empties the table to `cap` slots (a power of two, checked by the caller).
  void ResetTo(size_t cap) {
    slots_.assign(cap, Slot{});
    size_ = 0;
  }
  // Puts a key back where ForEachSlot found it, with the hash it gave; the
  // key's storage must outlive the table. False (nothing changed) when the
  // slot is outside the table or taken.
  bool PlaceAt(size_t index, std::string_view key, uint32_t value, uint32_t hash) {
    if (index >= slots_.size() || slots_[index].data != nullptr || key.data() == nullptr) return false;
    slots_[index] = Slot{key.data(), static_cast<uint32_t>(key.size()), value, hash, Prefix(key)};
    ++size_;
    return true;
  }

  // Calls f(key, value) for every entry, in no particular order.
  template <typename F>
  void ForEach(F&& f) const {
    for (const Slot& s : slots_) {
      if (s.data) f(std::string_view(s.data, s.len), s.value);
    }
  }

 private:
  // The key's hash is kept in the slot: a look-up that misses (most of the
  // lemmatizer's candidate stems) probes several slots, and comparing the
  // bytes of each same-length key there costs a cache miss per slot.
  struct Slot {
    const char* data = nullptr;  // nullptr: empty slot (keys may be "" but never null)
    uint32_t len = 0;
    uint32_t value = 0;
    uint32_t hash = 0;
    // The key's first 8 bytes: most words are no longer, and comparing them
    // here spares the cache miss of reading the key where it is stored.
    uint64_t prefix = 0;
  };

  // Only keys of one length are ever compared, so any packing that keeps
  // every byte of a short key will do: fixed-size loads (overlapping for 4 to
  // 7 bytes) cost a few instructions where a memcpy of a variable size was a
  // call on every probe.
  static uint64_t Prefix(std::string_view key) {
    const char* d = key.data();
    const size_t n = key.size();
    if (n >= 8) return Load<uint64_t>(d);
    if (n >= 4) return Load<uint32_t>(d) | uint64_t{Load<uint32_t>(d + n - 4)} << 32;
    if (n == 0) return 0;
    const auto b = [&](size_t i) { return uint64_t{static_cast<unsigned char>(d[i])}; };
    return b(0) | b(n / 2) << 8 | b(n - 1) << 16;
  }
  template <typename T>
  static T Load(const char* d) {
    T v;
    std::memcpy(&v, d, sizeof v);
    return v;
  }
  static bool Same(const Slot& s, std::string_view key) {
    if (s.prefix != Prefix(key)) return false;
    return key.size() <= 8 || std::memcmp(s.data + 8, key.data() + 8, key.size() - 8) == 0;
  }

  void Rehash(size_t cap) {
    HugeVector<Slot> old;
    old.swap(slots_);
    slots_.assign(cap, Slot{});
    size_t mask = cap - 1;
    for (const Slot& s : old) {
      if (!s.data) continue;
      size_t i = s.hash & mask;
      while (slots_[i].data) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  HugeVector<Slot> slots_;  // on huge pages: the lexicons are several MB
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_SRC_CORE_STRING_TABLE_H_
