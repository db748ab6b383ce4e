// Compiled event patterns (internal): parsed from data/events/*.txt
// (FORMAT.md there), indexed by anchor lemma. Immutable after loading.
#ifndef DYAD_SRC_EVENTS_PATTERNS_H_
#define DYAD_SRC_EVENTS_PATTERNS_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_table.h"
#include "dyad/events.h"
#include "events/coding_rules.h"

namespace dyad {

// A 256-bit set of word hashes. A sentence of 25 words sets about 15% of
// its bits (a 64-bit set was half full and ruled out little), so a pattern
// word whose bit is missing rules the pattern out without trying it.
struct Signature {
  uint64_t w[4] = {0, 0, 0, 0};
  void Add(uint32_t i) { w[i >> 6] |= uint64_t{1} << (i & 63); }
  bool Has(uint32_t i) const { return w[i >> 6] >> (i & 63) & 1; }
  bool Intersects(const Signature& o) const {
    return ((w[0] & o.w[0]) | (w[1] & o.w[1]) | (w[2] & o.w[2]) | (w[3] & o.w[3])) != 0;
  }
  void Or(const Signature& o) {
    for (int k = 0; k < 4; ++k) w[k] |= o.w[k];
  }
  void Clear() { w[0] = w[1] = w[2] = w[3] = 0; }
};

// The words of a stretch of a sentence, one byte per Signature bit: the
// filters below test up to 12 bits for each pattern of a verb, and a byte
// is one load where a bit of a Signature takes a shift and a mask.
struct WordWindow {
  uint8_t has[256] = {};
  void Add(uint32_t i) { has[i & 255] = 1; }
};

// Which of the 256 bits a word sets: FNV-1a's top bits after one multiply
// (std::hash's murmur cost the coder 3% of its time on this alone).
inline uint32_t WordIndex(std::string_view w) { return (HashBytes(w) * 0x9E3779B1u) >> 24; }

struct PatternElement {
  // kPhrase: '^', one phrase skipped (PETRARCH's; in dyad's own patterns a
  // noun phrase only, so "return ^ to +" needs the thing returned)
  enum Kind : uint8_t { kWord, kSkip, kTarget, kSource, kPhrase };
  Kind kind = kWord;
  std::vector<std::string> words;  // kWord: alternatives
  Signature mask;                  // kWord: WordIndex of every alternative
  // Foreign (PETRARCH '_') patterns only: nothing may come between this
  // element and its neighbour towards the verb.
  bool adjacent = false;
};

struct Pattern {
  std::string id;
  const CameoCode* code = nullptr;
  std::string anchor;
  bool noun = false;
  std::vector<PatternElement> elements;  // after the anchor
  // Foreign patterns only. Elements before the verb, in text order, matched
  // leftwards from it ("said would *", "% have *"); the surface forms the
  // verb must have (PETRARCH blocks are per form: LEFT is not LEAVE), empty
  // for any form; and whether words match their written form only, as
  // PETRARCH's do ("resolution" is not "resolutions").
  std::vector<PatternElement> before;
  std::vector<std::string> forms;
  bool exact_words = false;
  bool has_target = false, has_source = false;
  uint32_t order = 0;  // load order: earlier wins among equals
  std::string file;
  uint32_t line = 0;
  std::string text;    // the pattern as written
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The patterns of one anchor, best first, with a digest of each one's first
// word elements side by side: the coder rules most patterns out from this
// array alone, without following a pointer to each pattern.
struct AnchorPatterns {
  // The word bits (WordIndex) of the alternatives of a pattern's first three
  // word elements: 16 bytes a pattern, four to a cache line. (Whole 256-bit
  // masks took 100 bytes a pattern, and reading them for the many patterns
  // of a common verb was the coder's largest source of cache misses.)
  struct Filter {
    static constexpr uint8_t kAny = 0xFF;  // too many alternatives to list: not tested
    static constexpr size_t kBits = 12;
    uint8_t bits[kBits] = {};
    uint8_t n[3] = {0, 0, 0};
    uint8_t count = 0;
    // Adds a word element whose alternatives set `mask`.
    void Add(const Signature& mask) {
      uint32_t used = 0;
      for (uint32_t i = 0; i < count; ++i) used += n[i] == kAny ? 0 : n[i];
      uint32_t k = 0;
      // (Bits counted by clearing them: an element has a few, and without
      // -mpopcnt __builtin_popcountll is a library call for each word.)
      for (uint64_t w : mask.w) {
        for (; w; w &= w - 1) ++k;
      }
      if (used + k > kBits) {
        n[count++] = kAny;
        return;
      }
      for (uint32_t i = 0; i < 4; ++i) {
        for (uint64_t w = mask.w[i]; w; w &= w - 1) bits[used++] = static_cast<uint8_t>(i * 64 + __builtin_ctzll(w));
      }
      n[count++] = static_cast<uint8_t>(k);
    }
    // Lays the tested elements out four slots each, an element's bits
    // repeated to fill its slots (a bit tested twice answers the same), when
    // each has one to four alternatives: MayMatch then tests four bytes an
    // element with no loop of its own. The same patterns pass. (Called once
    // all elements are added; a filter it cannot lay out stays as it is.)
    void Seal() {
      uint8_t out[kBits];
      uint32_t groups = 0, off = 0;
      for (uint32_t i = 0; i < count; ++i) {
        if (n[i] == kAny) continue;
        if (n[i] == 0 || n[i] > 4) return;
        for (uint32_t k = 0; k < 4; ++k) out[groups * 4 + k] = bits[off + (k < n[i] ? k : 0)];
        off += n[i];
        ++groups;
      }
      if (groups == 0) return;
      std::copy(out, out + groups * 4, bits);
      count = static_cast<uint8_t>(kSealed | groups);
    }
    bool MayMatch(const WordWindow& window) const {
      if (count & kSealed) {
        const uint8_t* h = window.has;
        const uint8_t* b = bits;
        for (uint32_t i = count ^ kSealed; i > 0; --i, b += 4) {
          if (!(h[b[0]] | h[b[1]] | h[b[2]] | h[b[3]])) return false;
        }
        return true;
      }
      return MayMatchReference(window);
    }
    // The filter as Add leaves it, before Seal: the reference MayMatch is
    // checked against (tests/events/patterns_test.cc).
    bool MayMatchReference(const WordWindow& window) const {
      uint32_t off = 0;
      for (uint32_t i = 0; i < count; ++i) {
        if (n[i] == kAny) continue;
        uint8_t any = 0;
        for (uint32_t k = 0; k < n[i]; ++k) any |= window.has[bits[off + k]];
        if (!any) return false;
        off += n[i];
      }
      return true;
    }

    // The word bytes of the first element the filter tests (a window with
    // none of them fails it): false when it tests none. (Sealed, the first
    // four slots; as Add left it, the first element not kAny, whose bytes
    // come first as kAny elements keep none.)
    bool FirstElement(const uint8_t** b, uint32_t* size) const {
      *b = bits;
      if (count & kSealed) {
        *size = 4;
        return (count ^ kSealed) > 0;
      }
      for (uint32_t i = 0; i < count; ++i) {
        if (n[i] == kAny) continue;
        *size = n[i];
        return true;
      }
      return false;
    }

   private:
    static constexpr uint8_t kSealed = 0x80;  // in `count`, with the number of four-slot groups
  };
  static_assert(sizeof(Filter) == 16);
  std::vector<const Pattern*> patterns;
  std::vector<Filter> filters;  // parallel to patterns (set by Finish)

  // An index over the filters' first elements, for a long list: for each
  // word byte, the patterns whose first element may be that word. A window
  // then names its few candidates at once where the scan tested every
  // filter (the scan of a common verb's filters was the coder's largest
  // self cost after the tagger and tokenizer). Set by BuildIndex.
  static constexpr size_t kIndexMin = 8;        // shorter lists are scanned
  static constexpr size_t kIndexMaxWords = 64;  // patterns / 64 at most
  std::vector<uint8_t> index_keys;              // distinct first-element bytes
  std::vector<uint64_t> index_sets;             // per key, a bit set over patterns
  std::vector<uint64_t> index_always;           // patterns whose filters test no element
  void BuildIndex() {
    index_keys.clear();
    index_sets.clear();
    index_always.clear();
    if (patterns.size() < kIndexMin || patterns.size() > kIndexMaxWords * 64) return;
    const size_t words = (patterns.size() + 63) / 64;
    int16_t key_of[256];
    std::fill(key_of, key_of + 256, int16_t{-1});
    index_always.assign(words, 0);
    for (size_t k = 0; k < filters.size(); ++k) {
      const uint8_t* g;
      uint32_t size;
      if (!filters[k].FirstElement(&g, &size)) {
        index_always[k >> 6] |= uint64_t{1} << (k & 63);
        continue;
      }
      for (uint32_t i = 0; i < size; ++i) {
        if (key_of[g[i]] < 0) {
          key_of[g[i]] = static_cast<int16_t>(index_keys.size());
          index_keys.push_back(g[i]);
          index_sets.resize(index_sets.size() + words, 0);
        }
        index_sets[key_of[g[i]] * words + (k >> 6)] |= uint64_t{1} << (k & 63);
      }
    }
  }
  bool Indexed() const { return !index_always.empty(); }
  // Calls f(k) for each pattern k whose filter lets `window` through, in
  // list order, until f returns true (then true). The same patterns as
  // ScanFilters, the reference it is tested against.
  template <typename F>
  bool ForEachPassing(const WordWindow& window, F&& f) const {
    if (!Indexed()) return ScanFilters(window, f);
    const size_t words = index_always.size();
    uint64_t cand[kIndexMaxWords];
    std::copy(index_always.begin(), index_always.end(), cand);
    const uint64_t* set = index_sets.data();
    for (uint8_t key : index_keys) {
      if (window.has[key]) {
        for (size_t w = 0; w < words; ++w) cand[w] |= set[w];
      }
      set += words;
    }
    for (size_t w = 0; w < words; ++w) {
      for (uint64_t b = cand[w]; b; b &= b - 1) {
        const size_t k = w * 64 + __builtin_ctzll(b);
        if (filters[k].MayMatch(window) && f(k)) return true;
      }
    }
    return false;
  }
  template <typename F>
  bool ScanFilters(const WordWindow& window, F&& f) const {
    for (size_t k = 0; k < filters.size(); ++k) {
      if (filters[k].MayMatch(window) && f(k)) return true;
    }
    return false;
  }
};

class EventPatterns {
 public:
  // Adds the patterns of one file; codes are checked against `codebook`.
  Status Add(std::string_view text, const std::string& name, const Codebook& codebook);
  // Adds every *.txt file of `dir`, in name order (dyad's data/events).
  Status AddDirectory(const std::string& dir, const Codebook& codebook);
  // Adds one pattern from another dictionary format (events.h).
  Status AddForeign(const ForeignPattern& p, const Codebook& codebook);
  // Sorts each anchor's list: most elements first, then load order; sets up
  // the built-in rules that need the codebook.
  void Finish(const Codebook& codebook);

  // The coder's rules that are not patterns (data/coding, coding_rules.h).
  Status LoadCodingRules(const std::string& dir) { return rules_.LoadDirectory(dir); }
  const CodingRules& rules() const { return rules_; }

  // Built-in rule for "X and Y agreed/pledged to <verb with no pattern>":
  // 030, express intent to cooperate. Null when the codebook lacks 030.
  const Pattern* agreement_rule() const { return agreement_rule_.code ? &agreement_rule_ : nullptr; }

  // Built-in rule for "protesters marched/rallied" with no target: 141,
  // demonstrate (the coder checks that the source is a civilian group).
  const Pattern* protest_rule() const { return protest_rule_.code ? &protest_rule_ : nullptr; }

  // Built-in rule for "X said Y must <verb with no pattern>": 100, demand,
  // not specified (the coder checks the speaker and the "must").
  const Pattern* must_rule() const { return must_rule_.code ? &must_rule_ : nullptr; }

  // Most words anchor no pattern: a small bit set of anchors (it stays in
  // cache) answers for them before the table is searched.
  const AnchorPatterns* ForVerb(std::string_view lemma) const { return Lookup(verbs_, verb_bits_, verb_table_, lemma); }
  const AnchorPatterns* ForNoun(std::string_view lemma) const { return Lookup(nouns_, noun_bits_, noun_table_, lemma); }
  size_t size() const { return patterns_.size(); }

 private:
  using Index = std::unordered_map<std::string, AnchorPatterns, StringHash, std::equal_to<>>;
  struct ForeignExtras {
    const std::vector<std::string_view>* before;
    const std::vector<std::string>* forms;
  };
  Status AddLine(const std::vector<std::string_view>& fields, const std::string& where, const std::string& name,
                 uint32_t line_no, const Codebook& codebook, const ForeignExtras* foreign = nullptr);
  // "@name word|word|...": a group of words that later patterns write as
  // "@name" (FORMAT.md).
  Status AddGroup(const std::vector<std::string_view>& fields, const std::string& where, const std::string& name,
                  uint32_t line_no);
  static Status ParseWords(std::string_view token, const std::string& where, PatternElement* e);
  Status ParseElement(std::string_view token, bool foreign, const std::string& where, Pattern* p,
                      PatternElement* e) const;
  // After Finish() the flat tables answer (one probe, usually one cache
  // line); before it, the maps that loading fills.
  const AnchorPatterns* Lookup(const Index& idx, const std::vector<uint64_t>& bits, const StringTable& table,
                               std::string_view w) const {
    if (bits.empty()) {
      auto it = idx.find(w);
      return it == idx.end() ? nullptr : &it->second;
    }
    uint32_t h = HashBytes(w);
    uint32_t b = AnchorBit(h);
    if (!(bits[b >> 6] >> (b & 63) & 1)) return nullptr;
    const uint32_t* v = table.Find(w, h);
    return v ? anchors_[*v] : nullptr;
  }
  static constexpr size_t kAnchorBits = 1 << 15;
  static uint32_t AnchorBit(uint32_t h) { return (h ^ (h >> 15)) & (kAnchorBits - 1); }
  std::vector<uint64_t> verb_bits_, noun_bits_;
  StringTable verb_table_, noun_table_;      // anchor -> index into anchors_; keys are the maps' keys
  std::vector<const AnchorPatterns*> anchors_;
  std::vector<std::unique_ptr<Pattern>> patterns_;
  Pattern agreement_rule_;
  Pattern protest_rule_;
  Pattern must_rule_;
  CodingRules rules_;
  Index verbs_, nouns_;
  // The duplicate checks keep where each id and pattern was first seen as a
  // file (an index into origin_files_) and a line, not as the message text:
  // a string per pattern in each map was a tenth of loading the patterns.
  struct Origin {
    uint32_t file = 0;
    uint32_t line = 0;
  };
  Origin MakeOrigin(const std::string& name, uint32_t line_no);
  std::string Where(Origin o) const;  // "file:line: ", as the messages start
  std::vector<std::string> origin_files_;
  std::unordered_map<std::string, Origin> ids_;    // id -> where
  std::unordered_map<std::string, Origin> texts_;  // code+pattern -> where
  // Word groups ("@name" lines), read while loading; patterns copy their
  // words, so nothing looks them up while coding.
  struct Group {
    std::vector<std::string> words;
    Origin origin;
  };
  std::unordered_map<std::string, Group, StringHash, std::equal_to<>> groups_;
};

}  // namespace dyad

#endif  // DYAD_SRC_EVENTS_PATTERNS_H_
