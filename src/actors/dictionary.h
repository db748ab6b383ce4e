// The compiled actor dictionary (internal): entries, dated roles and a token
// trie over normalised name keys. Built once by the loader, then read-only.
#ifndef DYAD_SRC_ACTORS_DICTIONARY_H_
#define DYAD_SRC_ACTORS_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/word_lists.h"
#include "core/huge_pages.h"
#include "core/prefilters.h"
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
  std::vector<std::string> more_codes;  // further actors the name stands for (PETRARCH [A/B/C])
  bool prefix = false;  // agent whose code goes before the actor's (PETRARCH [NGO~])
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

// The trie's edges: an open-addressing table with a power-of-two size. Each
// slot is one 64-bit word: a 40-bit fingerprint of the edge key and the
// 24-bit child node. Small slots keep the whole table (about 12,000 names,
// 256 KiB) near the core: its probes, one per word that may start a name,
// were the actor stage's main cost as cache misses. Two edge keys would be
// confused only if their mixed keys agreed in 56 bits.
class EdgeTable {
 public:
  static constexpr uint32_t kMaxValue = (1u << 24) - 1;

  int32_t Find(uint64_t key) const {
    const uint64_t m = key * 0x9E3779B97F4A7C15ull;
    const uint64_t fp = Fingerprint(m);
    for (size_t i = (m >> 8) & mask_;; i = (i + 1) & mask_) {
      const uint64_t e = slots_[i];
      if (e == 0) return -1;
      if ((e >> 24) == fp) return static_cast<int32_t>(e & kMaxValue);
    }
  }
  // False when `value` does not fit in a slot (more than kMaxValue nodes).
  bool Insert(uint64_t key, uint32_t value) {
    if (value > kMaxValue) return false;
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    Remember(key * 0x9E3779B97F4A7C15ull, value);
    return true;
  }

 private:
  static uint64_t Fingerprint(uint64_t m) { return (m >> 24) | 1; }  // never 0: 0 marks an empty slot
  void Put(uint64_t fp, uint64_t slot_bits, uint32_t value) {
    for (size_t i = slot_bits & mask_;; i = (i + 1) & mask_) {
      uint64_t& e = slots_[i];
      if (e == 0) {
        e = fp << 24 | value;
        ++size_;
        return;
      }
      if ((e >> 24) == fp) {
        e = fp << 24 | value;
        return;
      }
    }
  }
  void Grow() {
    // A slot does not keep all of its key's bits: re-place every key from
    // the build-time list.
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<uint32_t> old_values = std::move(values_);
    size_t cap = slots_.size() * 2;
    slots_.assign(cap, 0);
    mask_ = cap - 1;
    size_ = 0;
    keys_.clear();
    values_.clear();
    for (size_t k = 0; k < old_keys.size(); ++k) Remember(old_keys[k], old_values[k]);
  }
  void Remember(uint64_t m, uint32_t value) {
    keys_.push_back(m);
    values_.push_back(value);
    Put(Fingerprint(m), m >> 8, value);
  }

  HugeVector<uint64_t> slots_ = HugeVector<uint64_t>(1024, 0);
  size_t mask_ = 1023;
  size_t size_ = 0;
  // Build-time only: the mixed key and value of every slot, for Grow().
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
};

struct Terminal {
  std::vector<uint32_t> entries;
  bool needs_caps = false;  // every name ending here was an acronym: text must be upper case
  bool needs_capital = true;  // names (not agents) must start with a capital letter in text
  // "the international criminal court": an organisation's name of three or
  // more words is the organisation in any case (no three common words in a
  // row spell one by chance), though writers often leave it in lower case.
  bool any_case_name = false;
  // Short names in mixed case ("LeT") match only as written, so the word
  // "Let" is not Lashkar-e-Taiba. Empty when any name here has no such rule.
  std::vector<std::string> exact_forms;
  bool exact_only = true;
};

}  // namespace dyad::actors

namespace dyad {

namespace actors {

// The loaded dictionary: what the loader builds and the resolver reads.
// ActorDictionary::Impl (private to the public class) is this; the loader
// and the resolver name it directly, so the public header need not expose
// its implementation type.
struct DictionaryData {
  std::vector<actors::Entry> entries;
  actors::EdgeTable edges;                       // EdgeKey(node, key) -> child node
  std::vector<int32_t> terminal_of;              // node -> index in terminals or -1
  std::vector<actors::Terminal> terminals;
  uint32_t node_count = 1;                       // node 0 is the root
  bool article_names = false;  // some name starts with "the" in any case (PETRARCH's THE_SHIRE)
  actors::WordLists words;     // data/actors/words/words.txt
  ActorDictionary::Stats stats;

  int32_t Child(uint32_t node, uint64_t key) const {
    // Most words start no name: a small bit set of first words (it stays in
    // cache) answers for them without probing the large edge table.
    if (node == 0 && !(first_words[(key >> 6) & (kFirstWordBits / 64 - 1)] >> (key & 63) & 1)) return -1;
    return edges.Find(actors::EdgeKey(node, key));
  }
  void AddFirstWord(uint64_t key) { first_words[(key >> 6) & (kFirstWordBits / 64 - 1)] |= uint64_t{1} << (key & 63); }

  static constexpr size_t kFirstWordBits = 1 << 17;  // 16 KiB
  // All ones without prefilters (core/prefilters.h): every word probes the edges.
  std::vector<uint64_t> first_words =
      std::vector<uint64_t>(kFirstWordBits / 64, PrefiltersEnabled() ? uint64_t{0} : ~uint64_t{0});
};

}  // namespace actors

struct ActorDictionary::Impl : actors::DictionaryData {};

}  // namespace dyad

#endif  // DYAD_SRC_ACTORS_DICTIONARY_H_
