// The compiled actor dictionary (internal): entries, dated roles and a token
// trie over normalised name keys. Built once by the loader, then read-only.
#ifndef DYAD_SRC_ACTORS_DICTIONARY_H_
#define DYAD_SRC_ACTORS_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/actors.h"

namespace dyad::actors {

enum class EntryKind : uint8_t {
  kCountry,     // "China" -> CHN
  kAdjective,   // "Chinese", "Sino" -> CHN
  kGovernment,  // "Beijing", "the Kremlin" -> CHNGOV
  kPlace,       // "Shanghai" -> CHN
  kIgo,         // "NATO" -> IGONAT
  kGroup,       // "Hamas" -> PSEREBHMS
  kAgent,       // "defense minister" -> MIL
  kPerson,      // "Sergey Shoygu" -> roles by date
};

struct Role {
  std::string code;
  std::string from, to;  // YYYY-MM-DD, inclusive; to "9999-12-31" when open
  std::string description;
};

struct Entry {
  EntryKind kind = EntryKind::kCountry;
  std::string code;     // country/IGO/group code, or sector for agents
  std::string display;  // display name of the block
  std::vector<Role> roles;  // people only
  std::string file;
  uint32_t line = 0;
  bool acronym = false;  // the name that led here was an all-caps acronym
};

// Hash of a normalised token key: lower case, periods dropped ("U.S." ->
// "us"), so that spelling variants of abbreviations meet.
uint64_t KeyHash(std::string_view lower);
inline uint64_t EdgeKey(uint32_t node, uint64_t key_hash) {
  return key_hash * 0x9E3779B97F4A7C15ull ^ (static_cast<uint64_t>(node) + 0x632BE59BD9B4E019ull);
}

// The trie's edges: an open-addressing table with a power-of-two size, so a
// look-up is one multiply, one mask and (usually) one cache line; the
// standard map's prime modulo and node chasing cost more than the rest of
// actor matching. Keys are never 0 (0 marks an empty slot).
class EdgeTable {
 public:
  int32_t Find(uint64_t key) const {
    key |= 1;
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      const Entry& e = slots_[i];
      if (e.key == key) return static_cast<int32_t>(e.value);
      if (e.key == 0) return -1;
    }
  }
  void Insert(uint64_t key, uint32_t value) {
    key |= 1;
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      Entry& e = slots_[i];
      if (e.key == 0) {
        e = Entry{key, value};
        ++size_;
        return;
      }
      if (e.key == key) {
        e.value = value;
        return;
      }
    }
  }

 private:
  // Key and value side by side: a probe touches one cache line, not two.
  struct Entry {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  size_t Slot(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull >> 20) & mask_; }
  void Grow() {
    std::vector<Entry> old = std::move(slots_);
    size_t cap = old.empty() ? 1024 : old.size() * 2;
    slots_.assign(cap, Entry{});
    mask_ = cap - 1;
    size_ = 0;
    for (const Entry& e : old) {
      if (e.key) Insert(e.key, e.value);
    }
  }
  std::vector<Entry> slots_ = std::vector<Entry>(1024);
  size_t mask_ = 1023;
  size_t size_ = 0;
};

struct Terminal {
  std::vector<uint32_t> entries;
  bool needs_caps = false;  // every name ending here was an acronym: text must be upper case
  bool needs_capital = true;  // names (not agents) must start with a capital letter in text
  // Short names in mixed case ("LeT") match only as written, so the word
  // "Let" is not Lashkar-e-Taiba. Empty when any name here has no such rule.
  std::vector<std::string> exact_forms;
  bool exact_only = true;
};

}  // namespace dyad::actors

namespace dyad {

struct ActorDictionary::Impl {
  std::vector<actors::Entry> entries;
  actors::EdgeTable edges;                       // EdgeKey(node, key) -> child node
  std::vector<int32_t> terminal_of;              // node -> index in terminals or -1
  std::vector<actors::Terminal> terminals;
  uint32_t node_count = 1;                       // node 0 is the root
  Stats stats;

  int32_t Child(uint32_t node, uint64_t key) const {
    // Most words start no name: a small bit set of first words (it stays in
    // cache) answers for them without probing the large edge table.
    if (node == 0 && !(first_words[(key >> 6) & (kFirstWordBits / 64 - 1)] >> (key & 63) & 1)) return -1;
    return edges.Find(actors::EdgeKey(node, key));
  }
  void AddFirstWord(uint64_t key) { first_words[(key >> 6) & (kFirstWordBits / 64 - 1)] |= uint64_t{1} << (key & 63); }

  static constexpr size_t kFirstWordBits = 1 << 17;  // 16 KiB
  std::vector<uint64_t> first_words = std::vector<uint64_t>(kFirstWordBits / 64);
};

}  // namespace dyad

#endif  // DYAD_SRC_ACTORS_DICTIONARY_H_
