// Bigram HMM tagger over Lingua::EN::Tagger's lexicon.
//
// Scores: every candidate tag t of a word w gets log P(t|w) - log P(t), which
// equals log P(w|t) up to a constant per token, so known words, unknown-word
// guesses and mixtures of both are comparable inside one Viterbi lattice.
// Known words read a precomputed candidate list; only unknown or
// re-cased words build a small dense distribution on the stack.
//
// Unknown words follow TnT (Brants 2000): tag distributions of the suffixes
// (up to kMaxSuffix letters) of rare lexicon words, kept apart for capitalised
// and lower-case words and smoothed from shorter suffixes. Word shape
// (numbers, all caps, hyphenation, brackets) picks Lingua's own classes.
#include "tag/tagger.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/calendar_words.h"
#include "core/data_lines.h"
#include "core/huge_pages.h"
#include "core/prefilters.h"
#include "core/string_table.h"
#include "core/words.h"
#include "tag/compiled_tables.h"
#include "tag/float_mask.h"
#include "tag/mapped_file.h"
#include "tag/word_memo.h"

namespace dyad::tag {
namespace {

constexpr int kNumTags = static_cast<int>(PosTag::kCount);
constexpr int kMaxCands = 12;      // candidate tags kept per token
constexpr int kMaxSuffix = 5;      // longest suffix in the unknown-word model
constexpr uint32_t kRareWord = 10; // lexicon words this frequent or less train it
constexpr float kMinTrans = -16.f; // log floor of unseen transitions

using Dense = std::array<float, kNumTags>;

bool IsAuxiliary(std::string_view w);

// w.starts_with(p) for a literal p, as a fixed-size memcmp: GCC 12 leaves
// string_view::starts_with out of line in this file (a call per verb).
template <size_t N>
bool HasPrefix(std::string_view w, const char (&p)[N]) {
  return w.size() >= N - 1 && std::memcmp(w.data(), p, N - 1) == 0;
}

bool IsUpperAscii(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigitAscii(unsigned char c) { return c >= '0' && c <= '9'; }

PosTag MapLinguaTagSlow(std::string_view t) {
  if (t == "det") return PosTag::kDT;
  if (t == "prps") return PosTag::kPRPS;
  if (t == "wps") return PosTag::kWPS;
  if (t == "pp") return PosTag::kPeriod;
  if (t == "ppc") return PosTag::kComma;
  if (t == "ppd") return PosTag::kDollar;
  if (t == "ppl") return PosTag::kOpenQuote;
  if (t == "ppr") return PosTag::kCloseQuote;
  if (t == "pps") return PosTag::kColon;
  if (t == "lrb") return PosTag::kLRB;
  if (t == "rrb") return PosTag::kRRB;
  char up[8];
  if (t.empty() || t.size() >= sizeof(up)) return PosTag::kNone;
  for (size_t i = 0; i < t.size(); ++i) {
    up[i] = (t[i] >= 'a' && t[i] <= 'z') ? static_cast<char>(t[i] - 32) : t[i];
  }
  return PosTagFromName(std::string_view(up, t.size()));
}

// Lingua tag names are at most four letters: packed into an integer they are
// found with a few compares, which matters for the 60,000 of them in words.yml.
PosTag MapLinguaTag(std::string_view t) {
  static constexpr const char* kNames[] = {
      "cc", "cd", "det", "ex", "fw", "in", "jj", "jjr", "jjs", "lrb", "ls", "md", "nn", "nnp", "nnps",
      "nns", "pdt", "pos", "pp", "ppc", "ppd", "ppl", "ppr", "pps", "prp", "prps", "rb", "rbr", "rbs", "rp",
      "rrb", "sym", "to", "uh", "vb", "vbd", "vbg", "vbn", "vbp", "vbz", "wdt", "wp", "wps", "wrb"};
  // An open-addressed table of the packed names, 128 slots for 44: one or
  // two probes where comparing with every name in turn took 90 instructions.
  constexpr uint32_t kSlots = 128;
  const auto slot = [](uint32_t k) { return (k * 0x9E3779B1u) >> 25; };
  struct Packed {
    uint32_t key[kSlots];  // 0: empty (a packed name is never 0)
    PosTag tag[kSlots];
  };
  static const Packed kPacked = [&] {
    Packed p{};
    for (std::string_view n : kNames) {
      uint32_t k = 0;
      std::memcpy(&k, n.data(), n.size());
      uint32_t i = slot(k);
      while (p.key[i] != 0) i = (i + 1) % kSlots;
      p.key[i] = k;
      p.tag[i] = MapLinguaTagSlow(n);
    }
    return p;
  }();
  if (t.empty() || t.size() > 4) return MapLinguaTagSlow(t);
  uint32_t k = 0;
  std::memcpy(&k, t.data(), t.size());
  for (uint32_t i = slot(k); kPacked.key[i] != 0; i = (i + 1) % kSlots) {
    if (kPacked.key[i] == k) return kPacked.tag[i];
  }
  return MapLinguaTagSlow(t);
}


// One "key: { a: 1, b: 2 }" line of Lingua's YAML files. The key is returned
// as a view into `line` (quotes removed); values go to `f(name, value)`.
template <typename F>
bool ParseYamlLine(std::string_view line, std::string_view* key, F&& f) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  if (line.empty() || line.starts_with("---")) return false;
  size_t colon;
  if (line.front() == '"') {
    size_t q = line.find('"', 1);
    if (q == std::string_view::npos) return false;
    *key = line.substr(1, q - 1);
    colon = line.find(':', q);
  } else {
    colon = line.find(": {");
    if (colon == std::string_view::npos) return false;
    *key = line.substr(0, colon);
  }
  if (colon == std::string_view::npos) return false;
  size_t open = line.find('{', colon);
  size_t close = line.rfind('}');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return false;
  std::string_view body = line.substr(open + 1, close - open - 1);
  while (!body.empty()) {
    size_t comma = body.find(',');
    std::string_view item = body.substr(0, comma);
    size_t c = item.find(':');
    if (c == std::string_view::npos) return false;
    std::string_view name = item.substr(0, c);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    std::string_view num = item.substr(c + 1);
    while (!num.empty() && num.front() == ' ') num.remove_prefix(1);
    // Counts are integers: parse them directly; probabilities need strtod.
    double v = 0;
    size_t digits = 0;
    while (digits < num.size() && IsDigitAscii(num[digits])) v = v * 10 + (num[digits++] - '0');
    while (digits < num.size() && num[digits] == ' ') ++digits;
    if (digits == 0 || digits != num.size()) {
      char buf[32];
      size_t n = std::min(num.size(), sizeof(buf) - 1);
      std::memcpy(buf, num.data(), n);
      buf[n] = 0;
      char* end = nullptr;
      v = std::strtod(buf, &end);
      if (end == buf) return false;
    }
    f(name, v);
    if (comma == std::string_view::npos) break;
    body.remove_prefix(comma + 1);
  }
  return true;
}

bool IsAlnumByte(unsigned char c) { return IsUpperAscii(c) || IsLowerAscii(c) || IsDigitAscii(c) || c >= 0x80; }

struct Cand {
  PosTag tag;
  float score;
};

// Whether `tag` is among the candidate tags of token j of the sentence
// starting at `first`.
bool CanBe(const Cand* cands, const uint8_t* ncand, uint32_t first, uint32_t j, PosTag tag) {
  for (int k = 0; k < ncand[j - first]; ++k) {
    if (cands[(j - first) * kMaxCands + k].tag == tag) return true;
  }
  return false;
}

struct LexTag {
  PosTag tag;
  float score;     // log P(t|w) - log P(t)
  float prob;      // P(t|w)
};

struct LexEntry {
  uint32_t first = 0;
  uint8_t count = 0;
  bool has_jj = false;
  float total = 0;  // corpus frequency of the word
};

struct SparseDist {
  uint32_t first = 0;
  uint8_t count = 0;
};

// A per-thread memo of the candidates of words the lexicon lacks as
// written, by the word and the flags Unknown reads. A document names the
// same unknown people and places again and again, and each costs suffix
// models, lexicon probes and a dense distribution over all tags. A cache:
// Candidates gives the same tags and scores without it (it is off with the
// prefilters, which TaggerPrefilters.SkippedPassesChangeNoTag compares).
// Words of up to 16 bytes; 4,096 slots of 128 bytes, 512 KB per thread.
using UnknownMemo = WordMemo<Cand, 16, kMaxCands, 12>;
static_assert(sizeof(UnknownMemo::Slot) == 128);
constexpr uint8_t kNoCands = 0xFF;  // in a slot's count: compute() answered -1
// The memo key of a capitalised word at a sentence's start whose lower
// case the lexicon also has (no unknown word's key: those stay below 16).
constexpr uint8_t kCapitalisedKnownKey = 16;

class HmmTagger : public Tagger {
 public:
  Status Init(const std::string& dir);
  // Reads the tables from a compiled file made for `dir` and `wordnet_dir`.
  Status InitCompiled(const std::string& path, const std::string& dir, const std::string& wordnet_dir);
  void Tag(Analysis* a) const override;
  bool FromCompiled() const override { return compiled_file_.data().data() != nullptr; }
  std::string Compiled() const override;

 private:
  void TagSentence(Analysis* a, uint32_t first, uint32_t end, bool title) const;
  static uint64_t TagBit(PosTag t) { return uint64_t{1} << static_cast<int>(t); }
  static_assert(static_cast<int>(PosTag::kCount) <= 64, "a sentence's tags fit one word");
  void FixParticiples(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  static bool ParticipleAfterNumberOrDeterminer(const Analysis* a, uint32_t i);
  static bool ParticipleAfterLyAdverb(const Analysis* a, uint32_t i);
  static bool ParticipleAfterFiniteVerb(const Analysis* a, uint32_t i);
  static bool ParticipleOfFeeling(const Analysis* a, uint32_t first, uint32_t i);
  void FixCoordinatedCallOn(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  void FixPerfects(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  [[gnu::noinline]] void FixReducedRelative(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                            const uint8_t* ncand) const;
  void FixOpeningVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  void FixOpeningPastTense(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  void FixPluralSubjectVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  void FixHeadlineVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  void FixVerbAfterNounAdjective(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                 const uint8_t* ncand) const;
  void FixTitleCasePluralVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  // Not inlined: inlined into Tag it costs about 1M more instructions per MB
  // of text (GCC 12 inlines it once the file grows past some size).
  // `tags`: the tags the sentence may have (TagSentence); a loop that starts
  // from a tag it lacks is skipped.
  [[gnu::noinline]] void FixAttributiveParticiples(Analysis* a, uint32_t first, uint32_t end, uint64_t tags) const;
  void FixNameParticles(Analysis* a, uint32_t first, uint32_t end) const;
  void FixInfinitiveAfterControl(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                 const uint8_t* ncand) const;
  void FixMandativeSubjunctive(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                               const uint8_t* ncand) const;
  void FixPluralOfNoVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  void FixPluralAfterNamedModifier(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                   const uint8_t* ncand) const;
  void FixPluralBeforePluralVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                 const uint8_t* ncand) const;
  static void FixBaseFormInNounList(Analysis* a, uint32_t first, uint32_t end);
  void FixPluralBeforeParticiple(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                 const uint8_t* ncand) const;
  void FixCoordinatedPast(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand,
                          uint64_t tags) const;
  void FixSingularArticleHead(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand) const;
  void FixProgressiveBeforeObject(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                  const uint8_t* ncand) const;
  void FixParticipleAfterWithName(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                  const uint8_t* ncand) const;
  int Candidates(const Analysis& a, uint32_t i, uint32_t first, uint32_t end, bool title,
                 int* quote_parity, Cand* out) const;
  // The candidates of a word the lexicon does not have as written (the end
  // of Candidates): a function of the word and three of its flags alone.
  int Unknown(std::string_view norm, std::string_view lower, bool lower_is_norm, bool capitalized, bool start,
              bool all_caps, Cand* out) const;
  // compute()'s answer for `norm` under `key` (what else it reads), from the
  // per-thread memo (UnknownMemo) when it has it; compute() may answer -1
  // for "no candidates from here", which is kept too.
  template <typename F>
  int Memoised(std::string_view norm, bool lower_is_norm, uint8_t key, Cand* out, F&& compute) const;
  bool HasWordNetVerb(std::string_view w) const { return wn_verbs_.Find(w) != nullptr; }
  const LexEntry* Find(std::string_view w) const {
    const uint32_t* v = words_.Find(w);
    return v ? &entries_[*v] : nullptr;
  }
  void AddLex(const LexEntry& e, float weight, Dense* d) const {
    for (uint32_t k = 0; k < e.count; ++k) {
      const LexTag& lt = lex_tags_[e.first + k];
      (*d)[static_cast<int>(lt.tag)] += weight * lt.prob;
    }
  }
  void AddSparse(const SparseDist& s, float weight, Dense* d) const {
    for (uint32_t k = 0; k < s.count; ++k) {
      (*d)[static_cast<int>(dist_tags_[s.first + k].tag)] += weight * dist_tags_[s.first + k].score;
    }
  }
  // Adds the suffix model's guess for `lower` (a lower-cased word).
  void AddSuffixModel(std::string_view lower, bool capitalized, float weight, Dense* d) const;
  bool VerbInflection(std::string_view lower, Dense* d) const;
  bool PluralOfNonVerb(std::string_view lower, Dense* d) const;
  bool GerundOfNonVerb(std::string_view lower, Dense* d) const;
  bool KnownVerb(std::string_view stem) const;
  int FromLex(const LexEntry& e, Cand* out) const;
  // *total, when given, is the sum of d (in tag order).
  int FromDense(const Dense& d, Cand* out, bool open_only, float min_p = 0.005f, float* total = nullptr) const;
  int Single(PosTag t, Cand* out) const {
    out[0] = {t, 0.f};
    return 1;
  }

  MappedFile words_file_;                  // words.yml; keys of words_ point into it
  StringTable words_;                      // word -> index into entries_
  HugeVector<LexEntry> entries_;
  HugeVector<LexTag> lex_tags_;
  float trans_[kNumTags][kNumTags];        // log P(next | prev)
  float log_prior_[kNumTags];              // log P(t)
  float prior_[kNumTags];
  // Unknown-word model.
  std::string suffix_text_;                // keys of suffixes_: shape letter + suffix
  StringTable suffixes_;                   // -> index into suffix_dists_
  std::vector<SparseDist> suffix_dists_;
  std::vector<Cand> dist_tags_;            // (tag, probability) lists
  uint32_t suffix_base_ = 0;               // first suffix node in suffix_dists_
  SparseDist cls_abbrev_, cls_hyphen_, cls_hyphen_adj_, cls_cap_;
  const LexEntry* num_ = nullptr;
  const LexEntry* ord_ = nullptr;
  MappedFile unknown_file_;
  StringTable unknown_;                    // unknown.yml class -> suffix_dists_ index
  // WordNet's verb lemmas: lets unknown -ed/-ing words be read as verbs.
  MappedFile wn_verb_file_;
  StringTable wn_verbs_;
  // WordNet's irregular verb forms (verb.exc: "overran", "outfought"): an
  // unknown one is a past tense or participle, not a noun.
  MappedFile wn_verb_exc_file_;
  StringTable wn_irregular_;
  // Where the tables came from (the compiled file's stamp names them), and
  // the compiled file itself, which then holds every key.
  std::string dir_, wordnet_dir_;
  MappedFile compiled_file_;
  // Whether TagSentence may skip a correction pass by the sentence's tags
  // (core/prefilters.h, read when the tagger is made).
  bool prefilters_ = PrefiltersEnabled();
  // This tagger's key in the per-thread memo of unknown words (UnknownMemo).
  uint64_t id_ = NewMemoOwner();

 public:
  Status LoadWordNetVerbs(const std::string& wordnet_dir);
};


// Iterates over the lines of a YAML file held in memory, without its blank
// lines and document markers.
template <typename F>
void ForEachLine(std::string_view all, F&& f) {
  data::ForEachNumberedLine(all, [&](std::string_view line, size_t line_no) {
    return line.empty() || line.starts_with("---") || f(line, line_no);
  });
}

Status HmmTagger::LoadWordNetVerbs(const std::string& wordnet_dir) {
  wordnet_dir_ = wordnet_dir;
  DYAD_RETURN_IF_ERROR(wn_verb_file_.Open(wordnet_dir + "/index.verb"));
  wn_verbs_.Reserve(16384);
  ForEachLine(wn_verb_file_.data(), [&](std::string_view line, size_t) {
    if (line.empty() || line[0] == ' ') return true;  // licence header
    size_t sp = line.find(' ');
    std::string_view lemma = line.substr(0, sp);
    if (lemma.find('_') == std::string_view::npos) wn_verbs_.Insert(lemma, 1, nullptr);
    return true;
  });
  DYAD_RETURN_IF_ERROR(wn_verb_exc_file_.Open(wordnet_dir + "/verb.exc"));
  wn_irregular_.Reserve(4096);
  ForEachLine(wn_verb_exc_file_.data(), [&](std::string_view line, size_t) {
    std::string_view form = line.substr(0, line.find(' '));
    // (-ed, -ing and -s forms are read by their endings already.)
    if (form.size() > 2 && form.find('_') == std::string_view::npos && !form.ends_with("ed") &&
        !form.ends_with("ing") && !form.ends_with('s')) {
      wn_irregular_.Insert(form, 1, nullptr);
    }
    return true;
  });
  return Status::Ok();
}

Status HmmTagger::Init(const std::string& dir) {
  dir_ = dir;
  DYAD_RETURN_IF_ERROR(words_file_.Open(dir + "/words.yml"));
  const std::string_view words_text = words_file_.data();
  const size_t lines = static_cast<size_t>(std::count(words_text.begin(), words_text.end(), '\n')) + 1;
  words_.Reserve(lines);
  entries_.reserve(lines);
  lex_tags_.reserve(lines * 2);

  // Suffix-model counts are gathered in the same pass over words.yml. Node
  // keys are a shape letter ('c' capitalised, 'l' lower case) and the
  // lower-cased suffix; suffix_text_ is reserved up front because the table
  // keeps views into it.
  suffix_text_.reserve(lines * (kMaxSuffix + 1) * (kMaxSuffix + 2) / 2 + 16);
  suffixes_.Reserve(lines);  // fewer nodes than words: no rehash while loading
  std::vector<float> counts;
  std::vector<uint8_t> key_len;
  std::vector<uint32_t> key_off;
  auto node = [&](std::string_view key) -> uint32_t {
    bool inserted = false;
    uint32_t* v = suffixes_.InsertCopy(key, static_cast<uint32_t>(key_len.size()), &inserted, &suffix_text_);
    if (inserted) {
      key_len.push_back(static_cast<uint8_t>(key.size()));
      key_off.push_back(static_cast<uint32_t>(suffix_text_.size() - key.size()));
      counts.resize(counts.size() + kNumTags, 0.f);
    }
    return *v;
  };
  // Rare words give about two new suffixes each.
  counts.reserve(lines * 2 * kNumTags);
  node("c");
  node("l");

  std::vector<double> tag_total(kNumTags, 0.0);
  Status status;
  std::vector<std::pair<PosTag, double>> tmp;
  ForEachLine(words_text, [&](std::string_view line, size_t line_no) {
    std::string_view key;
    tmp.clear();
    bool bad_tag = false;
    if (!ParseYamlLine(line, &key, [&](std::string_view name, double v) {
          PosTag t = MapLinguaTag(name);
          if (t == PosTag::kNone || v <= 0) bad_tag = true;
          tmp.emplace_back(t, v);
        }) || bad_tag || tmp.empty()) {
      status = Status::DataError(dir + "/words.yml:" + std::to_string(line_no) + ": malformed entry");
      return false;
    }
    bool inserted = false;
    words_.Insert(key, static_cast<uint32_t>(entries_.size()), &inserted);
    if (!inserted) return true;  // the first entry wins, as in Lingua
    LexEntry e;
    e.first = static_cast<uint32_t>(lex_tags_.size());
    double total = 0;
    for (auto& [t, c] : tmp) total += c;
    e.total = static_cast<float>(total);
    std::sort(tmp.begin(), tmp.end(), [](auto& x, auto& y) { return x.second > y.second; });
    for (auto& [t, c] : tmp) {
      tag_total[static_cast<int>(t)] += c;
      // Tags a word takes under 0.1% of the time are mostly annotation noise
      // and only slow Viterbi down.
      if (c * 1000 < total || e.count == kMaxCands) continue;
      lex_tags_.push_back({t, 0.f, static_cast<float>(c / total)});
      if (t == PosTag::kJJ) e.has_jj = true;
      ++e.count;
    }
    entries_.push_back(e);

    // Rare plain words train the unknown-word model.
    if (total > kRareWord || key.size() < 2) return true;
    char shape;
    if (IsUpperAscii(key[0])) shape = 'c';
    else if (IsLowerAscii(key[0])) shape = 'l';
    else return true;
    for (unsigned char ch : key) {
      if (!(IsUpperAscii(ch) || IsLowerAscii(ch) || ch == '.' || ch == '\'')) return true;
    }
    auto add = [&](uint32_t id) {
      for (auto& [t, c] : tmp) counts[id * kNumTags + static_cast<int>(t)] += static_cast<float>(c);
    };
    add(shape == 'c' ? 0 : 1);
    // One byte spare: GCC 12 misreads the unrolled loop below as writing
    // past kMaxSuffix + 1 bytes (-Wstringop-overflow).
    char buf[kMaxSuffix + 2];
    buf[0] = shape;
    for (size_t len = 1; len <= kMaxSuffix && len < key.size(); ++len) {
      for (size_t k = 0; k < len; ++k) {
        unsigned char ch = key[key.size() - len + k];
        buf[1 + k] = IsUpperAscii(ch) ? static_cast<char>(ch + 32) : static_cast<char>(ch);
      }
      add(node(std::string_view(buf, len + 1)));
    }
    return true;
  });
  DYAD_RETURN_IF_ERROR(status);

  double grand = 0;
  for (double c : tag_total) grand += c;
  if (grand <= 0) return Status::DataError(dir + "/words.yml: no entries");
  for (int t = 0; t < kNumTags; ++t) {
    prior_[t] = static_cast<float>(std::max(tag_total[t], 0.5) / grand);
    log_prior_[t] = std::log(prior_[t]);
  }
  for (LexTag& lt : lex_tags_) lt.score = std::log(lt.prob) - log_prior_[static_cast<int>(lt.tag)];

  // tags.yml, smoothed with the unigram so that no path has probability 0.
  {
    MappedFile tags_file;
    DYAD_RETURN_IF_ERROR(tags_file.Open(dir + "/tags.yml"));
    std::string_view text = tags_file.data();
    std::vector<double> raw(kNumTags * kNumTags, 0.0);
    std::vector<bool> seen(kNumTags, false);
    ForEachLine(text, [&](std::string_view line, size_t line_no) {
      std::string_view key;
      std::string_view rest = line.substr(0, line.find(':'));
      PosTag from = MapLinguaTag(rest.starts_with("\"") ? rest.substr(1, rest.size() - 2) : rest);
      bool bad = from == PosTag::kNone;
      if (!bad) {
        bad = !ParseYamlLine(line, &key, [&](std::string_view name, double v) {
          PosTag to = MapLinguaTag(name);
          if (to == PosTag::kNone || v < 0) bad = true;
          else raw[static_cast<int>(from) * kNumTags + static_cast<int>(to)] += v;
        }) || bad;
      }
      if (bad) {
        status = Status::DataError(dir + "/tags.yml:" + std::to_string(line_no) + ": malformed entry");
        return false;
      }
      seen[static_cast<int>(from)] = true;
      return true;
    });
    DYAD_RETURN_IF_ERROR(status);
    if (!seen[static_cast<int>(PosTag::kPeriod)]) {
      return Status::DataError(dir + "/tags.yml: no transitions from sentence end (pp)");
    }
    constexpr double kLambda = 0.01;
    for (int a = 0; a < kNumTags; ++a) {
      double sum = 0;
      for (int b = 0; b < kNumTags; ++b) sum += raw[a * kNumTags + b];
      for (int b = 0; b < kNumTags; ++b) {
        double p = sum > 0 ? raw[a * kNumTags + b] / sum : 0.0;
        double mixed = (1 - kLambda) * p + kLambda * (tag_total[b] / grand);
        trans_[a][b] = mixed > 0 ? std::max(static_cast<float>(std::log(mixed)), kMinTrans) : kMinTrans;
      }
    }
  }

  // unknown.yml: Lingua's word-shape classes.
  DYAD_RETURN_IF_ERROR(unknown_file_.Open(dir + "/unknown.yml"));
  ForEachLine(unknown_file_.data(), [&](std::string_view line, size_t line_no) {
    std::string_view key;
    SparseDist s;
    s.first = static_cast<uint32_t>(dist_tags_.size());
    double total = 0;
    bool bad = false;
    if (!ParseYamlLine(line, &key, [&](std::string_view name, double v) {
          PosTag t = MapLinguaTag(name);
          if (t == PosTag::kNone || v < 0) bad = true;
          else if (s.count < kMaxCands) {
            dist_tags_.push_back({t, static_cast<float>(v)});
            ++s.count;
            total += v;
          }
        }) || bad || total <= 0) {
      status = Status::DataError(dir + "/unknown.yml:" + std::to_string(line_no) + ": malformed entry");
      return false;
    }
    for (uint32_t k = 0; k < s.count; ++k) dist_tags_[s.first + k].score /= static_cast<float>(total);
    unknown_.Insert(key, static_cast<uint32_t>(suffix_dists_.size()), nullptr);
    suffix_dists_.push_back(s);
    return true;
  });
  DYAD_RETURN_IF_ERROR(status);
  auto cls = [&](std::string_view name, SparseDist* out) -> Status {
    const uint32_t* v = unknown_.Find(name);
    if (!v) return Status::DataError(dir + "/unknown.yml: no class " + std::string(name));
    *out = suffix_dists_[*v];
    return Status::Ok();
  };
  DYAD_RETURN_IF_ERROR(cls("-abr-", &cls_abbrev_));
  DYAD_RETURN_IF_ERROR(cls("-hyp-", &cls_hyphen_));
  DYAD_RETURN_IF_ERROR(cls("-hyp-adj-", &cls_hyphen_adj_));
  DYAD_RETURN_IF_ERROR(cls("-cap-", &cls_cap_));
  num_ = Find("*NUM*");
  ord_ = Find("*ORD*");
  if (!num_ || !ord_) return Status::DataError(dir + "/words.yml: no *NUM* or *ORD* entry");

  // Smooth each suffix node with its parent (one letter shorter), shortest
  // first; theta is the spread of the tag prior, as in TnT.
  double theta;
  {
    double mean = 1.0 / kNumTags, var = 0;
    for (int t = 0; t < kNumTags; ++t) var += (prior_[t] - mean) * (prior_[t] - mean);
    theta = std::sqrt(var / (kNumTags - 1));
  }
  std::vector<uint32_t> order(key_len.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return key_len[x] < key_len[y]; });
  for (uint32_t id : order) {
    float* p = &counts[id * kNumTags];
    double sum = 0;
#pragma GCC unroll 8
    for (int t = 0; t < kNumTags; ++t) sum += p[t];
    if (key_len[id] == 1) {
      for (int t = 0; t < kNumTags; ++t) p[t] = sum > 0 ? static_cast<float>(p[t] / sum) : prior_[t];
      continue;
    }
    char pbuf[kMaxSuffix + 1];
    const char* key = suffix_text_.data() + key_off[id];
    pbuf[0] = key[0];
    std::memcpy(pbuf + 1, key + 2, key_len[id] - 2);
    const uint32_t* parent = suffixes_.Find(std::string_view(pbuf, key_len[id] - 1));
    const float* q = &counts[*parent * kNumTags];
#pragma GCC unroll 8
    for (int t = 0; t < kNumTags; ++t) {
      p[t] = static_cast<float>(((sum > 0 ? p[t] / sum : 0.0) + theta * q[t]) / (1 + theta));
    }
  }
  suffix_base_ = static_cast<uint32_t>(suffix_dists_.size());
  for (uint32_t id = 0; id < key_len.size(); ++id) {
    const float* p = &counts[id * kNumTags];
    // Only the few tags above the floor are sorted (this runs for every
    // suffix node: sorting all 46 was a fifth of the tagger's loading).
    std::array<std::pair<float, int>, kNumTags> v;
    int n = 0;
#pragma GCC unroll 8
    for (int t = 0; t < kNumTags; ++t) {
      if (p[t] >= 0.002f) v[n++] = {p[t], t};
    }
    std::sort(v.begin(), v.begin() + n, std::greater<>());
    SparseDist s;
    s.first = static_cast<uint32_t>(dist_tags_.size());
    for (int k = 0; k < kMaxCands && k < n; ++k) {
      dist_tags_.push_back({static_cast<PosTag>(v[k].second), v[k].first});
      ++s.count;
    }
    suffix_dists_.push_back(s);
  }

  // Rare lexicon words have sparse counts ("arrested" was only seen as VBN):
  // add one pseudo-occurrence spread by the suffix model, as for an unknown
  // word of the same shape.
  std::vector<uint32_t> rare;
  words_.ForEach([&](std::string_view w, uint32_t idx) {
    const LexEntry& e = entries_[idx];
    if (e.total <= 2 * kRareWord && w.size() > 2 && (IsLowerAscii(w[0]) || IsUpperAscii(w[0]))) rare.push_back(idx);
  });
  std::vector<std::string_view> keys(entries_.size());
  words_.ForEach([&](std::string_view w, uint32_t idx) { keys[idx] = w; });
  for (uint32_t idx : rare) {
    LexEntry& e = entries_[idx];
    std::string_view w = keys[idx];
    char lower[64];
    if (w.size() > sizeof(lower)) continue;
    for (size_t k = 0; k < w.size(); ++k) {
      lower[k] = IsUpperAscii(w[k]) ? static_cast<char>(w[k] + 32) : w[k];
    }
    Dense d{};
    AddLex(e, e.total, &d);
    Dense guess{};
    AddSuffixModel(std::string_view(lower, w.size()), IsUpperAscii(w[0]), 1.f, &guess);
    float gsum = 0;
#pragma GCC unroll 8
    for (float g : guess) gsum += g;
    if (gsum <= 0) continue;
    for (int t = 0; t < kNumTags; ++t) d[t] += guess[t] / gsum;
    Cand out[kMaxCands];
    float dsum;
    int n = FromDense(d, out, false, 0.001f, &dsum);
    e.first = static_cast<uint32_t>(lex_tags_.size());
    e.count = static_cast<uint8_t>(n);
    e.total += 1;
    for (int k = 0; k < n; ++k) {
      lex_tags_.push_back({out[k].tag, out[k].score, d[static_cast<int>(out[k].tag)] / dsum});
    }
  }
  return Status::Ok();
}

// The compiled form (share/dyad/tag/tagger.bin). Computing the tables from
// the text files is most of the tagger's start-up (about 150M instructions:
// parsing 50,000 lexicon lines, building and smoothing the suffix model);
// the compiled file holds the results, so loading is copying arrays and
// putting hash slots back. Layout, all numbers in this machine's byte order:
// the magic, the format version, the source stamp (paths, sizes and
// modification times of the text files), then the sections in the order
// Compiled() writes them. Any mismatch or damage makes Load read the text.
constexpr char kCompiledMagic[8] = {'D', 'Y', 'A', 'D', 'T', 'A', 'G', '\n'};
// Bump when the layout changes. (A change to how the tables are computed
// needs no bump in a build tree: the build remakes the file whenever the
// compiler tool is relinked, and the tests compare it with the text.)
constexpr uint32_t kCompiledVersion = 1;

// The text files the tables are computed from.
std::vector<std::string> SourceFiles(const std::string& dir, const std::string& wordnet_dir) {
  std::vector<std::string> files = {dir + "/words.yml", dir + "/tags.yml", dir + "/unknown.yml"};
  if (!wordnet_dir.empty()) {
    files.push_back(wordnet_dir + "/index.verb");
    files.push_back(wordnet_dir + "/verb.exc");
  }
  return files;
}

bool ValidTag(PosTag t) { return t != PosTag::kNone && static_cast<int>(t) < kNumTags; }

std::string HmmTagger::Compiled() const {
  Writer w;
  PutHeader(&w, kCompiledMagic, kCompiledVersion, SourceStamp(SourceFiles(dir_, wordnet_dir_)));
  w.Put<uint32_t>(kNumTags);
  for (int a = 0; a < kNumTags; ++a) {
    for (int b = 0; b < kNumTags; ++b) w.Put<float>(trans_[a][b]);
  }
  for (int t = 0; t < kNumTags; ++t) w.Put<float>(log_prior_[t]);
  for (int t = 0; t < kNumTags; ++t) w.Put<float>(prior_[t]);
  // Field by field, so that no padding byte reaches the file.
  w.Put<uint64_t>(entries_.size());
  for (const LexEntry& e : entries_) {
    w.Put<uint32_t>(e.first);
    w.Put<uint8_t>(e.count);
    w.Put<uint8_t>(e.has_jj);
    w.Put<float>(e.total);
  }
  w.Put<uint64_t>(lex_tags_.size());
  for (const LexTag& t : lex_tags_) {
    w.Put<uint8_t>(static_cast<uint8_t>(t.tag));
    w.Put<float>(t.score);
    w.Put<float>(t.prob);
  }
  auto put_sparse = [&](const SparseDist& s) {
    w.Put<uint32_t>(s.first);
    w.Put<uint8_t>(s.count);
  };
  w.Put<uint64_t>(suffix_dists_.size());
  for (const SparseDist& s : suffix_dists_) put_sparse(s);
  w.Put<uint64_t>(dist_tags_.size());
  for (const Cand& c : dist_tags_) {
    w.Put<uint8_t>(static_cast<uint8_t>(c.tag));
    w.Put<float>(c.score);
  }
  w.Put<uint32_t>(suffix_base_);
  for (const SparseDist* s : {&cls_abbrev_, &cls_hyphen_, &cls_hyphen_adj_, &cls_cap_}) put_sparse(*s);
  std::string keys;
  for (const StringTable* t : {&words_, &suffixes_, &wn_verbs_, &wn_irregular_}) w.PutTable(*t, &keys);
  w.PutBytes(keys);
  return std::move(w.out());
}

Status HmmTagger::InitCompiled(const std::string& path, const std::string& dir, const std::string& wordnet_dir) {
  Reader r{std::string_view()};
  DYAD_RETURN_IF_ERROR(OpenCompiled(path, kCompiledMagic, kCompiledVersion, SourceStamp(SourceFiles(dir, wordnet_dir)),
                                    "not a compiled tagger", &compiled_file_, &r));
  auto damaged = [&](const char* what) { return Damaged(&compiled_file_, path, what); };
  if (r.Get<uint32_t>() != static_cast<uint32_t>(kNumTags)) return damaged("another tag set");
  // The arrays are decoded from their records in place (Reader's calls per
  // field cost more than the copying).
  const char* p = r.GetFixed(sizeof trans_ + sizeof log_prior_ + sizeof prior_);
  if (!p) return damaged("truncated");
  std::memcpy(trans_, p, sizeof trans_);
  std::memcpy(log_prior_, p + sizeof trans_, sizeof log_prior_);
  std::memcpy(prior_, p + sizeof trans_ + sizeof log_prior_, sizeof prior_);
  uint64_t n = 0;
  if (!(p = r.GetRecords(10, &n))) return damaged("truncated");
  entries_.resize(n);
  for (LexEntry& e : entries_) {
    e.first = LoadAt<uint32_t>(p);
    e.count = LoadAt<uint8_t>(p + 4);
    e.has_jj = LoadAt<uint8_t>(p + 5) != 0;
    e.total = LoadAt<float>(p + 6);
    p += 10;
  }
  if (!(p = r.GetRecords(9, &n))) return damaged("truncated");
  lex_tags_.resize(n);
  for (LexTag& t : lex_tags_) {
    t.tag = static_cast<PosTag>(LoadAt<uint8_t>(p));
    t.score = LoadAt<float>(p + 1);
    t.prob = LoadAt<float>(p + 5);
    if (!ValidTag(t.tag)) return damaged("bad tag");
    p += 9;
  }
  auto get_sparse = [](const char* q, SparseDist* s) {
    s->first = LoadAt<uint32_t>(q);
    s->count = LoadAt<uint8_t>(q + 4);
  };
  if (!(p = r.GetRecords(5, &n))) return damaged("truncated");
  suffix_dists_.resize(n);
  for (SparseDist& s : suffix_dists_) {
    get_sparse(p, &s);
    p += 5;
  }
  if (!(p = r.GetRecords(5, &n))) return damaged("truncated");
  dist_tags_.resize(n);
  for (Cand& c : dist_tags_) {
    c.tag = static_cast<PosTag>(LoadAt<uint8_t>(p));
    c.score = LoadAt<float>(p + 1);
    if (!ValidTag(c.tag)) return damaged("bad tag");
    p += 5;
  }
  suffix_base_ = r.Get<uint32_t>();
  if (!(p = r.GetFixed(4 * 5))) return damaged("truncated");
  for (SparseDist* s : {&cls_abbrev_, &cls_hyphen_, &cls_hyphen_adj_, &cls_cap_}) {
    get_sparse(p, s);
    p += 5;
  }
  if (!r.ok()) return damaged("truncated");
  // Every range the hot path follows stays inside its array.
  for (const LexEntry& e : entries_) {
    if (e.count > kMaxCands || e.first > lex_tags_.size() || e.count > lex_tags_.size() - e.first) {
      return damaged("bad lexicon entry");
    }
  }
  auto sparse_ok = [&](const SparseDist& s) {
    return s.count <= kMaxCands && s.first <= dist_tags_.size() && s.count <= dist_tags_.size() - s.first;
  };
  for (const SparseDist& s : suffix_dists_) {
    if (!sparse_ok(s)) return damaged("bad distribution");
  }
  for (const SparseDist* s : {&cls_abbrev_, &cls_hyphen_, &cls_hyphen_adj_, &cls_cap_}) {
    if (!sparse_ok(*s)) return damaged("bad distribution");
  }
  if (suffix_base_ > suffix_dists_.size()) return damaged("bad suffix base");
  // The key block comes last; the tables are read after it is located.
  Reader tables = r;
  for (int k = 0; k < 4; ++k) r.SkipTable();
  const std::string_view keys = r.GetBytes();
  if (!r.ok() || !r.at_end()) return damaged("truncated");
  const uint32_t entry_count = static_cast<uint32_t>(entries_.size());
  const uint32_t suffix_count = static_cast<uint32_t>(suffix_dists_.size() - suffix_base_);
  if (!tables.GetTable(&words_, keys, entry_count) || !tables.GetTable(&suffixes_, keys, suffix_count) ||
      !tables.GetTable(&wn_verbs_, keys, UINT32_MAX) || !tables.GetTable(&wn_irregular_, keys, UINT32_MAX)) {
    return damaged("bad table");
  }
  num_ = Find("*NUM*");
  ord_ = Find("*ORD*");
  if (!num_ || !ord_) return damaged("no *NUM* or *ORD* entry");
  dir_ = dir;
  wordnet_dir_ = wordnet_dir;
  return Status::Ok();
}

void HmmTagger::AddSuffixModel(std::string_view lower, bool capitalized, float weight, Dense* d) const {
  char buf[kMaxSuffix + 1];
  buf[0] = capitalized ? 'c' : 'l';
  size_t len = std::min<size_t>(kMaxSuffix, lower.empty() ? 0 : lower.size() - 1);
  for (;; --len) {
    std::memcpy(buf + 1, lower.data() + lower.size() - len, len);
    if (const uint32_t* v = suffixes_.Find(std::string_view(buf, len + 1))) {
      AddSparse(suffix_dists_[suffix_base_ + *v], weight, d);
      return;
    }
    if (len == 0) return;
  }
}

int HmmTagger::FromLex(const LexEntry& e, Cand* out) const {
  for (uint32_t k = 0; k < e.count; ++k) {
    const LexTag& lt = lex_tags_[e.first + k];
    out[k] = {lt.tag, lt.score};
  }
  return e.count;
}

int HmmTagger::FromDense(const Dense& d, Cand* out, bool open_only, float min_p, float* total) const {
  // Guessed distributions keep to open classes: dividing by the prior would
  // otherwise promote rare tags such as FW or UH that a suffix barely hints at.
  static constexpr uint64_t kOpenMask = [] {
    uint64_t o = 0;
    for (PosTag t : {PosTag::kNN, PosTag::kNNS, PosTag::kNNP, PosTag::kNNPS, PosTag::kJJ, PosTag::kJJR,
                     PosTag::kJJS, PosTag::kRB, PosTag::kVB, PosTag::kVBD, PosTag::kVBG, PosTag::kVBN,
                     PosTag::kVBP, PosTag::kVBZ, PosTag::kCD}) {
      o |= uint64_t{1} << static_cast<int>(t);
    }
    return o;
  }();
  static_assert(kNumTags <= 64, "tag masks are 64 bits");
  float sum = 0, best = 0;
  // The loops over all 46 tags here and in Init are unrolled: the same
  // additions in the same order, so the same floats, without the loop's own
  // counting and branching on every tag (FromDense alone was 3.4% of a run).
#pragma GCC unroll 8
  for (float p : d) {
    sum += p;
    best = std::max(best, p);
  }
  if (total) *total = sum;
  if (best <= 0) return Single(PosTag::kNN, out);
  // Only a few tags pass the cut below best * 2 * min_p: find them four at a
  // time (AtLeastMask), then visit just those, in tag order as before.
  uint64_t keep = AtLeastMask(d.data(), kNumTags, best * 2 * min_p);
  if (open_only) keep &= kOpenMask;
  int n = 0;
  for (; keep != 0; keep &= keep - 1) {
    const int t = std::countr_zero(keep);
    float p = d[t] / sum;
    if (p < min_p) continue;
    Cand c{static_cast<PosTag>(t), std::log(p) - log_prior_[t]};
    if (n < kMaxCands) {
      out[n++] = c;
    } else {
      int worst = 0;
      for (int k = 1; k < n; ++k) {
        if (d[static_cast<int>(out[k].tag)] < d[static_cast<int>(out[worst].tag)]) worst = k;
      }
      if (d[static_cast<int>(out[worst].tag)] < d[t]) out[worst] = c;
    }
  }
  return n;
}

int HmmTagger::Candidates(const Analysis& a, uint32_t i, uint32_t first, uint32_t end, bool title,
                          int* quote_parity, Cand* out) const {
  const Token& t = a.tokens[i];
  std::string_view norm = a.Norm(t);
  std::string_view lower = a.Lower(t);
  if (norm.empty()) return Single(PosTag::kSYM, out);

  // Quotes: the segmenter folds `` and '' into ". Attachment to the
  // neighbouring word decides the side; failing that, alternation.
  // (Tested by byte: `norm == "\""` called string_view::compare, then memcmp,
  // for every comma and full stop.)
  if (norm.size() == 1 && norm[0] == '"') {
    bool attached_left = i > first && a.tokens[i - 1].end == t.begin;
    bool attached_right = i + 1 < end && a.tokens[i + 1].begin == t.end;
    bool open;
    if (attached_left != attached_right) open = attached_right;
    else open = (*quote_parity % 2) == 0;
    ++*quote_parity;
    return Single(open ? PosTag::kOpenQuote : PosTag::kCloseQuote, out);
  }
  // Brackets, also as Penn writes them (-LRB-); tested by length and first
  // byte first, as this runs for every token. (One byte: a switch, as every
  // comma and full stop comes here.)
  if (norm.size() == 1) {
    switch (norm[0]) {
      case '(': case '[': case '{': return Single(PosTag::kLRB, out);
      case ')': case ']': case '}': return Single(PosTag::kRRB, out);
      default: break;
    }
  } else if (norm.size() == 5 && norm[0] == '-') {
    if (OneOf(norm, {"-LRB-", "-LSB-", "-LCB-"})) return Single(PosTag::kLRB, out);
    if (OneOf(norm, {"-RRB-", "-RSB-", "-RCB-"})) return Single(PosTag::kRRB, out);
  }

  // "killed dozens of IS members", "IS fighters attacked": "IS" in capitals
  // among words that are not is the Islamic State's name; the verb is
  // written so only in text all in capitals ("WHAT IS NEXT"). So is "WHO"
  // the World Health Organization's ("the WHO said", "urged the WHO to"),
  // not the pronoun, which would cut its name out of the noun phrase.
  if (((norm.size() == 2 && norm[0] == 'I' && norm[1] == 'S') ||
       (norm.size() == 3 && norm[0] == 'W' && norm[1] == 'H' && norm[2] == 'O')) &&
      !(i > first && (a.tokens[i - 1].flags & kTokAllCaps)) &&
      !(i + 1 < end && (a.tokens[i + 1].flags & kTokAllCaps))) {
    return Single(PosTag::kNNP, out);
  }

  const bool capitalized = (t.flags & kTokCapitalized) != 0;
  // Capitals at the start of a sentence (or after an opening quote or bracket
  // there) and in titles say nothing about names.
  bool start = i == first || (t.flags & kTokSentenceStart) || title;
  if (!start && i == first + 1 && (a.tokens[first].flags & kTokPunct)) start = true;

  // A word with no capital has one copy of its bytes for both forms (the
  // segmenter shares them): most words are then equal to their lower case
  // without a memcmp.
  const bool lower_is_norm = lower.data() == norm.data() ? lower.size() == norm.size() : lower == norm;
  const LexEntry* exact = Find(norm);
  if (exact) {
    // ("US troops withdrew": a word in capitals that opens a sentence is
    // written so, not capitalised by its place, unless the words after it
    // are capitals too.)
    // (In a heading every word is capitalised by its place; there only a
    // word in capitals before a lower-case one is so written: "killed by
    // US forces", not "Threatens US With".)
    if (capitalized && start && !lower_is_norm &&
        !((t.flags & kTokAllCaps) && norm.size() >= 2 &&
          !(i + 1 < end && (a.tokens[i + 1].flags & (title ? (kTokAllCaps | kTokCapitalized) : kTokAllCaps))))) {
      // (A function of the word alone from here: memoised, under a key no
      // unknown word has.)
      const int n = Memoised(norm, lower_is_norm, kCapitalisedKnownKey, out, [&] {
        const LexEntry* lo = Find(lower);
        if (!lo) return -1;
        Dense d{};
        AddLex(*exact, exact->total, &d);
        AddLex(*lo, lo->total, &d);
        return FromDense(d, out, false);
      });
      if (n >= 0) return n;
    }
    if (exact->total <= 10 && lower_is_norm && HasWordNetVerb(lower)) {
      // A rare word the lexicon saw only as a noun may still be a verb
      // ("pledge", "vow"): WordNet knows it as one.
      bool has_verb = false;
      for (uint32_t k = 0; k < exact->count; ++k) {
        PosTag vt = lex_tags_[exact->first + k].tag;
        has_verb = has_verb || IsVerb(vt);
      }
      if (!has_verb) {
        Dense d{};
        AddLex(*exact, 0.7f, &d);
        d[static_cast<int>(PosTag::kVBP)] += 0.15f;
        d[static_cast<int>(PosTag::kVB)] += 0.15f;
        return FromDense(d, out, false);
      }
    }
    if (exact->total <= 3 && lower_is_norm) {
      // Rare entries are unreliable ("abducted" is listed once as a noun):
      // an inflection of a known verb leans to the verb reading.
      Dense v{};
      if (VerbInflection(lower, &v)) {
        Dense d{};
        AddLex(*exact, 0.3f, &d);
        for (int k = 0; k < kNumTags; ++k) d[k] += 0.7f * v[k];
        return FromDense(d, out, false);
      }
    }
    return FromLex(*exact, out);
  }

  if (t.flags & kTokNumber) return FromLex(*num_, out);
  unsigned char c0 = static_cast<unsigned char>(norm[0]);
  if ((t.flags & kTokHasDigit) && (IsDigitAscii(c0) || ((c0 == '-' || c0 == '.' || c0 == '$') && norm.size() > 1))) {
    bool all_num = true;
    for (unsigned char ch : norm) all_num &= IsDigitAscii(ch) || ch == '.' || ch == ',' || ch == '-' || ch == '/' || ch == ':';
    return FromLex(all_num ? *num_ : *ord_, out);
  }
  if (t.flags & kTokPunct) {
    bool has_alnum = false;
    for (unsigned char ch : norm) has_alnum |= IsAlnumByte(ch) && ch < 0x80;
    if (!has_alnum) {
      // Dashes and ellipses (also their Unicode forms) separate clauses.
      if (norm.find('-') != std::string_view::npos || norm == "\xE2\x80\x94" || norm == "\xE2\x80\x93" ||
          norm == "\xE2\x80\xA6" || norm == ";" || norm == ":") {
        return Single(PosTag::kColon, out);
      }
      if (norm == "#") return Single(PosTag::kHash, out);
      if (norm == "." || norm == "!" || norm == "?") return Single(PosTag::kPeriod, out);
      if (norm == ",") return Single(PosTag::kComma, out);
      if (norm == "'" || norm == "\xE2\x80\x99") return Single(PosTag::kCloseQuote, out);
      return Single(PosTag::kSYM, out);
    }
  }

  const bool all_caps = (t.flags & kTokAllCaps) != 0;
  const uint8_t key = static_cast<uint8_t>(capitalized | start << 1 | all_caps << 2 | lower_is_norm << 3);
  return Memoised(norm, lower_is_norm, key, out,
                  [&] { return Unknown(norm, lower, lower_is_norm, capitalized, start, all_caps, out); });
}

template <typename F>
int HmmTagger::Memoised(std::string_view norm, bool lower_is_norm, uint8_t key, Cand* out, F&& compute) const {
  // (The memo keys on the written word: its lower case is a function of it
  // only in ASCII, as pre-tokenized input lower-cases ASCII letters alone.)
  bool memo = prefilters_ && UnknownMemo::Fits(norm);
  if (memo && !lower_is_norm) {
    for (unsigned char c : norm) memo = memo && c < 0x80;
  }
  if (!memo) return compute();
  const UnknownMemo::Probe probe = UnknownMemo(id_).Find(norm, key);
  if (probe.hit()) {
    if (probe.n() == kNoCands) return -1;
    std::copy(probe.values(), probe.values() + probe.n(), out);
    return probe.n();
  }
  const int n = compute();
  probe.Fill(n < 0 ? kNoCands : static_cast<uint8_t>(n), out);
  return n;
}

int HmmTagger::Unknown(std::string_view norm, std::string_view lower, bool lower_is_norm, bool capitalized, bool start,
                       bool all_caps, Cand* out) const {
  Dense d{};
  if (!lower_is_norm) {
    const LexEntry* lo = Find(lower);
    if (!lo && all_caps && norm.size() < 64) {
      // "REUTERS" -> "Reuters"
      char buf[64];
      buf[0] = norm[0];
      std::memcpy(buf + 1, lower.data() + 1, lower.size() - 1);
      if (const LexEntry* cap = Find(std::string_view(buf, norm.size()))) {
        AddLex(*cap, 1.f, &d);
        return FromDense(d, out, false);
      }
    }
    if (lo) {
      if (start) {
        AddLex(*lo, 0.9f, &d);
        AddSuffixModel(lower, true, 0.1f, &d);
      } else if (all_caps) {
        AddLex(*lo, 0.5f, &d);
        AddSparse(cls_abbrev_, 0.5f, &d);
      } else {
        // A capitalised common word inside a sentence is usually part of a name.
        AddLex(*lo, 0.4f, &d);
        AddSuffixModel(lower, true, 0.6f, &d);
      }
      return FromDense(d, out, false);
    }
  }

  // Entirely unknown.
  // "al-Bashir", "el-Sisi", "bin-Laden": an Arabic name particle joined to a
  // capitalised name is a proper noun, though it may start in lowercase.
  if (size_t h = norm.find('-'); h != std::string_view::npos && h + 1 < norm.size() &&
                                 IsUpperAscii(static_cast<unsigned char>(norm[h + 1]))) {
    // ("Al-Shabaab" opening a headline is written with a capital.)
    const std::string_view particle = lower.substr(0, h);
    if (OneOf(particle, kArabicNameParticles) || OneOf(particle, kAssimilatedArabicArticles)) {
      return Single(PosTag::kNNP, out);
    }
  }
  size_t hyphen = norm.rfind('-');
  if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < norm.size() && !(capitalized && !start)) {
    std::string_view last = lower.substr(hyphen + 1);
    const LexEntry* le = Find(last);
    if (le && le->has_jj) {
      AddSparse(cls_hyphen_adj_, 1.f, &d);
    } else if (le) {
      // Keep the number of the head noun: "peace-talks" is plural.
      float plural = 0, verbal = 0;
      for (uint32_t k = 0; k < le->count; ++k) {
        const LexTag& lt = lex_tags_[le->first + k];
        if (lt.tag == PosTag::kNNS) plural += lt.prob;
        if (lt.tag == PosTag::kVBN || lt.tag == PosTag::kVBG) verbal += lt.prob;
      }
      AddSparse(cls_hyphen_, 1.f - plural, &d);
      d[static_cast<int>(PosTag::kNNS)] += plural;
      // "well-known", "peace-keeping" behave as adjectives before nouns.
      if (verbal > 0) d[static_cast<int>(PosTag::kJJ)] += verbal;
    } else {
      AddSparse(cls_hyphen_, 0.5f, &d);
      AddSuffixModel(last, false, 0.5f, &d);
    }
    return FromDense(d, out, true);
  }
  if (all_caps) {
    AddSparse(cls_abbrev_, 0.6f, &d);
    AddSuffixModel(lower, true, 0.4f, &d);
  } else if (capitalized) {
    if (start) {
      AddSuffixModel(lower, true, 0.6f, &d);
      AddSuffixModel(lower, false, 0.4f, &d);
    } else {
      AddSuffixModel(lower, true, 1.f, &d);
      // A capitalised word inside a sentence that the lexicon lacks, if a
      // singular noun, is mostly a name ("troops from Uganda"), whatever its
      // ending shares with the lexicon's rare common nouns. (Its adjective
      // and plural readings stay: "Sylvanian", "Blorfications".)
      const int nn = static_cast<int>(PosTag::kNN);
      d[static_cast<int>(PosTag::kNNP)] += 0.6f * d[nn];
      d[nn] *= 0.4f;
      // Nor is it an adverb, whatever its ending ("Trump and Zelenskyy also
      // disagreed", "said Florence Parly"): adverbs inside a sentence are
      // written in lower case.
      const int rb = static_cast<int>(PosTag::kRB);
      d[static_cast<int>(PosTag::kNNP)] += d[rb];
      d[rb] = 0.f;
    }
  } else if (VerbInflection(lower, &d)) {
    // "abducted", "looted": an inflection of a verb the lexicon knows.
  } else if (wn_irregular_.Find(lower) != nullptr) {
    // "overran", "outfought": an irregular past form of a WordNet verb.
    d[static_cast<int>(PosTag::kVBD)] += 0.5f;
    d[static_cast<int>(PosTag::kVBN)] += 0.4f;
    d[static_cast<int>(PosTag::kJJ)] += 0.1f;
  } else if (PluralOfNonVerb(lower, &d)) {
    // "airstrikes", "drones": no verb has this stem, so not a 3rd-person verb.
  } else if (GerundOfNonVerb(lower, &d)) {
    // "peacekeeping", "cyberbullying": no verb has this stem, so a noun.
  } else if (HasWordNetVerb(lower)) {
    // "detain": a base-form verb the lexicon lacks
    AddSuffixModel(lower, false, 0.4f, &d);
    d[static_cast<int>(PosTag::kVB)] += 0.3f;
    d[static_cast<int>(PosTag::kVBP)] += 0.3f;
  } else {
    AddSuffixModel(lower, false, 1.f, &d);
  }
  return FromDense(d, out, true);
}

// An unknown lower-case word that is -ed or -ing of a known verb is tagged
// as that inflection; suffix statistics from rare words give such words too
// much weight as nouns.
// A verb's base form: in WordNet's verb index or a VB/VBP word of the lexicon.
bool HmmTagger::KnownVerb(std::string_view stem) const {
  if (stem.size() < 2 || stem.size() > 60) return false;
  if (HasWordNetVerb(stem)) return true;
  const LexEntry* le = Find(stem);
  if (!le) return false;
  for (uint32_t k = 0; k < le->count; ++k) {
    PosTag t = lex_tags_[le->first + k].tag;
    if (t == PosTag::kVB || t == PosTag::kVBP) return true;
  }
  return false;
}

bool HmmTagger::VerbInflection(std::string_view lower, Dense* d) const {
  auto known_verb = [&](std::string_view stem) { return KnownVerb(stem); };
  auto stem_of = [&](std::string_view w, size_t cut) -> bool {
    if (w.size() <= cut + 1) return false;
    std::string_view base = w.substr(0, w.size() - cut);
    if (known_verb(base)) return true;
    char buf[64];
    if (base.size() + 1 < sizeof buf) {
      std::memcpy(buf, base.data(), base.size());
      buf[base.size()] = 'e';  // "seized" -> "seize"
      if (known_verb(std::string_view(buf, base.size() + 1))) return true;
    }
    // doubled consonant: "shelled" -> "shell" is found above; "stopped" -> "stop"
    if (base.size() >= 3 && base[base.size() - 1] == base[base.size() - 2]) {
      if (known_verb(base.substr(0, base.size() - 1))) return true;
    }
    // "carried" -> "carry"
    if (base.size() >= 2 && base.back() == 'i' && base.size() < sizeof buf) {
      std::memcpy(buf, base.data(), base.size());
      buf[base.size() - 1] = 'y';
      if (known_verb(std::string_view(buf, base.size()))) return true;
    }
    return false;
  };
  if (lower.size() > 4 && lower.ends_with("ed") && stem_of(lower, 2)) {
    (*d)[static_cast<int>(PosTag::kVBD)] += 0.5f;
    (*d)[static_cast<int>(PosTag::kVBN)] += 0.4f;
    (*d)[static_cast<int>(PosTag::kJJ)] += 0.1f;
    return true;
  }
  if (lower.size() > 5 && lower.ends_with("ing") && stem_of(lower, 3)) {
    (*d)[static_cast<int>(PosTag::kVBG)] += 0.75f;
    (*d)[static_cast<int>(PosTag::kNN)] += 0.15f;
    (*d)[static_cast<int>(PosTag::kJJ)] += 0.1f;
    return true;
  }
  return false;
}

// An unknown lower-case -s word whose stem is no verb (neither in WordNet nor
// in the lexicon) is a plural noun; the suffix statistics alone often make
// such words 3rd-person verbs after a noun ("military airstrikes killed").
bool HmmTagger::PluralOfNonVerb(std::string_view lower, Dense* d) const {
  if (lower.size() < 5 || lower.size() > 60 || lower.back() != 's') return false;
  const char before = lower[lower.size() - 2];
  if (before == 's' || before == 'u' || before == 'i' || before == '\'') return false;  // "press", "status", "analysis"
  auto verb = [&](std::string_view stem) { return KnownVerb(stem); };
  std::string_view stem = lower.substr(0, lower.size() - 1);
  if (verb(stem)) return false;
  if (stem.back() == 'e' && verb(stem.substr(0, stem.size() - 1))) return false;  // "reaches"
  if (stem.size() > 2 && stem.back() == 'e' && stem[stem.size() - 2] == 'i') {
    char buf[64];
    if (stem.size() - 1 < sizeof buf) {  // "carries" -> "carry"
      std::memcpy(buf, stem.data(), stem.size() - 2);
      buf[stem.size() - 2] = 'y';
      if (verb(std::string_view(buf, stem.size() - 1))) return false;
    }
  }
  (*d)[static_cast<int>(PosTag::kNNS)] += 0.98f;
  (*d)[static_cast<int>(PosTag::kVBZ)] += 0.02f;
  return true;
}

// An unknown lower-case -ing word whose stem is no verb is a noun or an
// adjective ("provided peacekeeping training"): the suffix statistics alone
// make it a participle, which splits the verb from its object.
bool HmmTagger::GerundOfNonVerb(std::string_view lower, Dense* d) const {
  if (lower.size() < 7 || lower.size() > 60 || lower.substr(lower.size() - 3) != "ing") return false;
  std::string_view stem = lower.substr(0, lower.size() - 3);
  if (KnownVerb(stem)) return false;
  char buf[64];
  std::memcpy(buf, stem.data(), stem.size());
  buf[stem.size()] = 'e';  // "voting" -> "vote"
  if (KnownVerb(std::string_view(buf, stem.size() + 1))) return false;
  if (stem[stem.size() - 1] == stem[stem.size() - 2] && KnownVerb(stem.substr(0, stem.size() - 1))) return false;
  (*d)[static_cast<int>(PosTag::kNN)] += 0.6f;
  (*d)[static_cast<int>(PosTag::kJJ)] += 0.3f;
  (*d)[static_cast<int>(PosTag::kVBG)] += 0.1f;
  return true;
}

void HmmTagger::TagSentence(Analysis* a, uint32_t first, uint32_t end, bool title) const {
  const uint32_t n = end - first;
  if (n == 0) return;
  // Scratch grows to the longest sentence seen by this thread, then stays.
  thread_local std::vector<Cand> cands;
  thread_local std::vector<uint8_t> ncand;
  thread_local std::vector<float> score;
  thread_local std::vector<uint8_t> back;
  if (cands.size() < n * kMaxCands) {
    cands.resize(n * kMaxCands);
    score.resize(n * kMaxCands);
    back.resize(n * kMaxCands);
    ncand.resize(n);
  }
  int quote_parity = 0;
  for (uint32_t i = 0; i < n; ++i) {
    int c = Candidates(*a, first + i, first, end, title, &quote_parity, &cands[i * kMaxCands]);
    if (c == 0) c = Single(PosTag::kNN, &cands[i * kMaxCands]);
    ncand[i] = static_cast<uint8_t>(c);
  }
  const int start = static_cast<int>(PosTag::kPeriod);
  for (int k = 0; k < ncand[0]; ++k) {
    score[k] = trans_[start][static_cast<int>(cands[k].tag)] + cands[k].score;
    back[k] = 0;
  }
  for (uint32_t i = 1; i < n; ++i) {
    // (Pointers and counts held in locals: a store through `cur_back`, bytes
    // that may alias anything, made the compiler reload the vectors and the
    // count for every candidate.)
    const Cand* prev = &cands[(i - 1) * kMaxCands];
    const float* prev_score = &score[(i - 1) * kMaxCands];
    const Cand* cur = &cands[i * kMaxCands];
    float* cur_score = &score[i * kMaxCands];
    uint8_t* cur_back = &back[i * kMaxCands];
    const int np = ncand[i - 1], nk = ncand[i];
    for (int k = 0; k < nk; ++k) {
      const Cand& c = cur[k];
      const int to = static_cast<int>(c.tag);
      float best = -1e30f;
      int arg = 0;
      for (int j = 0; j < np; ++j) {
        float s = prev_score[j] + trans_[static_cast<int>(prev[j].tag)][to];
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      cur_score[k] = best + c.score;
      cur_back[k] = static_cast<uint8_t>(arg);
    }
  }
  // Close the sentence: a last word that is not punctuation must still be
  // able to end one.
  int arg = 0;
  float best = -1e30f;
  const uint32_t last = n - 1;
  for (int k = 0; k < ncand[last]; ++k) {
    float s = score[last * kMaxCands + k] + trans_[static_cast<int>(cands[last * kMaxCands + k].tag)][start];
    if (s > best) {
      best = s;
      arg = k;
    }
  }
  // The tags the sentence may have, for skipping the passes below that change
  // nothing without a tag of theirs: those the bigram chose, and each tag a
  // pass may set once it has run (a superset: a pass may also take a tag
  // away). Without prefilters (core/prefilters.h) every pass runs.
  uint64_t tags = prefilters_ ? 0 : ~uint64_t{0};
  for (uint32_t i = n; i-- > 0;) {
    const PosTag tag = cands[i * kMaxCands + arg].tag;
    a->tokens[first + i].tag = tag;
    tags |= TagBit(tag);
    arg = back[i * kMaxCands + arg];
  }
  auto may = [&](PosTag t) { return (tags & TagBit(t)) != 0; };
  const Cand* c = cands.data();
  const uint8_t* nc = ncand.data();
  if (may(PosTag::kVBZ)) FixPluralOfNoVerb(a, first, end, c, nc);
  tags |= TagBit(PosTag::kNNS);
  if (may(PosTag::kNNP) || may(PosTag::kNNPS)) FixNameParticles(a, first, end);
  tags |= TagBit(PosTag::kNNP);
  if (may(PosTag::kVBN)) FixParticiples(a, first, end, c, nc);
  tags |= TagBit(PosTag::kVBD);
  if (may(PosTag::kJJ)) FixPerfects(a, first, end, c, nc);
  tags |= TagBit(PosTag::kVBN);
  if (may(PosTag::kVBD)) FixCoordinatedPast(a, first, end, c, nc, tags);
  FixPluralSubjectVerb(a, first, end, c, nc);
  tags |= TagBit(PosTag::kVBP);
  FixOpeningVerb(a, first, end, c, nc);
  if (may(PosTag::kJJ)) FixOpeningPastTense(a, first, end, c, nc);
  tags |= TagBit(PosTag::kVBZ);  // (NNS and VBP are in already)
  if (may(PosTag::kNNP)) FixTitleCasePluralVerb(a, first, end, c, nc);
  FixHeadlineVerb(a, first, end, c, nc);
  if (may(PosTag::kNNS) && may(PosTag::kJJ)) FixVerbAfterNounAdjective(a, first, end, c, nc);
  if (may(PosTag::kVBZ) && may(PosTag::kVBN)) FixPluralBeforeParticiple(a, first, end, c, nc);
  if (may(PosTag::kVBZ)) FixPluralAfterNamedModifier(a, first, end, c, nc);
  if (may(PosTag::kVBZ) && may(PosTag::kVBP)) FixPluralBeforePluralVerb(a, first, end, c, nc);
  if (may(PosTag::kVBN)) FixParticiples(a, first, end, c, nc);
  if (may(PosTag::kVBD)) FixReducedRelative(a, first, end, c, nc);
  if (may(PosTag::kVBG) || may(PosTag::kVBD) || may(PosTag::kVBN)) FixAttributiveParticiples(a, first, end, tags);
  tags |= TagBit(PosTag::kJJ);
  FixMandativeSubjunctive(a, first, end, c, nc);
  tags |= TagBit(PosTag::kVB);
  if (may(PosTag::kTO)) FixInfinitiveAfterControl(a, first, end, c, nc);
  FixSingularArticleHead(a, first, end, c, nc);
  FixProgressiveBeforeObject(a, first, end, c, nc);
  FixParticipleAfterWithName(a, first, end, c, nc);
  if (may(PosTag::kVB) && may(PosTag::kCC)) FixBaseFormInNounList(a, first, end);
  if (may(PosTag::kCC)) FixCoordinatedCallOn(a, first, end, c, nc);
}

// "condemns the attack and calls on Sylvania to show restraint", "we condemn
// the raid and call upon the government to act": "call" after "and" and
// before "on" or "upon" is a second present-tense verb when the verb before
// "and" is one in the same form (a past tense leaves the noun: "resigned
// over the scandal and calls on him to step down").
void HmmTagger::FixCoordinatedCallOn(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                     const uint8_t* ncand) const {
  for (uint32_t i = first + 2; i + 1 < end; ++i) {
    Token& t = a->tokens[i];
    if ((t.tag != PosTag::kNN && t.tag != PosTag::kNNS) || a->Lower(a->tokens[i - 1]) != "and") continue;
    const std::string_view w = a->Lower(t);
    if ((w != "call" && w != "calls") || !OneOf(a->Lower(a->tokens[i + 1]), {"on", "upon"})) continue;
    // (a bare plural before "and" is joined by the plural noun: "faces
    // protests and calls on him to resign")
    if (i >= first + 3 && a->tokens[i - 2].tag == PosTag::kNNS) {
      const PosTag det = a->tokens[i - 3].tag;
      if (det != PosTag::kDT && det != PosTag::kPRPS && det != PosTag::kPOS && !IsAdjective(det) && !IsNoun(det)) {
        continue;
      }
    }
    // the nearest finite verb before "and" (past participles and -ing forms
    // are passed over: "is shocked at the crisis and calls on")
    uint32_t k = i - 1;
    while (k > first && (!IsVerb(a->tokens[k - 1].tag) || a->tokens[k - 1].tag == PosTag::kVBN ||
                         a->tokens[k - 1].tag == PosTag::kVBG)) {
      --k;
    }
    if (k == first) continue;
    const PosTag verb = a->tokens[k - 1].tag;
    const PosTag want = w == "calls" ? PosTag::kVBZ : PosTag::kVBP;
    const bool agrees = w == "calls" ? verb == PosTag::kVBZ : (verb == PosTag::kVBP || verb == PosTag::kVB);
    if (agrees && (CanBe(cands, ncand, first, i, want) || CanBe(cands, ncand, first, i, PosTag::kVB))) t.tag = want;
  }
}

// "fired tear gas, rubber bullets and stun grenades": a base form right
// after "and" or "or", before a noun, and after a noun or a comma, where the
// last verb before it is a past form or third-person present, is a noun
// modifier:
// a verb joined to that verb would share its form ("fired ... and
// wounded"), and no modal or "to" asks for a base form.
void HmmTagger::FixBaseFormInNounList(Analysis* a, uint32_t first, uint32_t end) {
  for (uint32_t i = first + 2; i + 1 < end; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kVB || a->tokens[i - 1].tag != PosTag::kCC) continue;
    const PosTag next = a->tokens[i + 1].tag;
    const PosTag before = a->tokens[i - 2].tag;
    if ((next != PosTag::kNNS && next != PosTag::kNN) ||
        (before != PosTag::kNN && before != PosTag::kNNS && before != PosTag::kComma)) {
      continue;
    }
    // (any modal or "to" before it may be what the base form is joined to:
    // "should close the border that Chile uses, and stop trade")
    PosTag verb = PosTag::kNone;
    bool modal = false;
    for (uint32_t k = i - 1; k-- > first;) {
      const PosTag g = a->tokens[k].tag;
      modal = modal || g == PosTag::kMD || g == PosTag::kTO;
      if (verb == PosTag::kNone && IsVerb(g)) verb = g;
    }
    if (!modal && (verb == PosTag::kVBD || verb == PosTag::kVBZ || verb == PosTag::kVBN)) t.tag = PosTag::kNN;
  }
}

// "with Sylvania's envoy Jo Ames speaking by phone with ...", "with the
// minister warning that ...": "with", a name (capitalised words, an
// adjective of nationality before them at most) and an -ing word that can
// be a verb's participle, followed by "that", a preposition, "to", a
// determiner or a possessive, is a clause whose doer is the name; the -ing
// word is its verb, not a noun of the name ("with the Kenya Meeting of
// 2010" is followed by "of" but its -ing word is capitalised).
void HmmTagger::FixParticipleAfterWithName(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                           const uint8_t* ncand) const {
  for (uint32_t i = first + 2; i + 1 < end; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kNN && t.tag != PosTag::kNNP && t.tag != PosTag::kJJ) continue;
    if (t.flags & kTokCapitalized) continue;
    const std::string_view w = a->Lower(t);
    if (w.size() < 6 || !w.ends_with("ing")) continue;
    // the name: capitalised proper nouns back to "with" (an adjective first)
    uint32_t k = i;
    while (k > first && k + 8 > i &&
           (a->tokens[k - 1].tag == PosTag::kNNP || a->tokens[k - 1].tag == PosTag::kNNPS ||
            a->tokens[k - 1].tag == PosTag::kNN) &&
           (a->tokens[k - 1].flags & kTokCapitalized)) {
      --k;
    }
    if (k == i) continue;
    if (k > first && a->tokens[k - 1].tag == PosTag::kJJ && (a->tokens[k - 1].flags & kTokCapitalized)) --k;
    if (k == first || a->Lower(a->tokens[k - 1]) != "with") continue;
    const Token& next = a->tokens[i + 1];
    if (!(next.tag == PosTag::kIN || next.tag == PosTag::kTO || next.tag == PosTag::kDT || next.tag == PosTag::kPRPS)) {
      continue;
    }
    bool can = false;
    for (int c = 0; c < ncand[i - first]; ++c) can = can || cands[(i - first) * kMaxCands + c].tag == PosTag::kVBG;
    if (can) t.tag = PosTag::kVBG;
  }
}

// "jets are striking rebel positions", "the army was shelling the town": an
// -ing word after a form of "be" that can be a verb's present participle is
// one when a determiner, a possessive, a number or a capitalised name
// follows (an object); "the results are striking" and "these are striking
// examples" (a lower-case noun after it) keep the adjective.
void HmmTagger::FixProgressiveBeforeObject(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                           const uint8_t* ncand) const {
  for (uint32_t i = first + 1; i + 1 < end; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kJJ && t.tag != PosTag::kNN) continue;
    const std::string_view w = a->Lower(t);
    if (w.size() < 5 || !w.ends_with("ing")) continue;
    if (!OneOf(a->Lower(a->tokens[i - 1]), {"is", "are", "was", "were", "been", "'re"})) continue;
    bool can = false;
    for (int k = 0; k < ncand[i - first]; ++k) can = can || cands[(i - first) * kMaxCands + k].tag == PosTag::kVBG;
    if (!can) continue;
    const Token& next = a->tokens[i + 1];
    const bool object = next.tag == PosTag::kDT || next.tag == PosTag::kPRPS || next.tag == PosTag::kCD ||
                        ((next.flags & kTokCapitalized) && (next.tag == PosTag::kNNP || next.tag == PosTag::kNNPS ||
                                                            next.tag == PosTag::kNN || next.tag == PosTag::kNNS));
    if (object) t.tag = PosTag::kVBG;
  }
}

// "agreed to share information", "vowed to boycott the vote": after a word
// that takes an infinitive, "to" is the infinitive's, and a word after it
// that can be a base-form verb is one, though the bigram prefers the noun
// ("to share" as in "to a share of"). Words that also take "to" with a noun
// ("returned to work", "led to protests") are not in the list.
void HmmTagger::FixInfinitiveAfterControl(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                          const uint8_t* ncand) const {
  static constexpr std::string_view kControl[] = {
      "agree",  "agreed", "agrees",  "agreeing", "decide",   "decided",  "decides", "deciding",  "vow",
      "vowed",  "vows",   "pledge",  "pledged",  "pledges",  "promise",  "promised", "promises", "refuse",
      "refused", "refuses", "threaten", "threatened", "threatens", "seek", "seeks",  "sought",    "try",
      "tried",  "tries",  "attempt", "attempted", "hope",    "hoped",    "hopes",   "plan",      "plans",
      "planned", "intend", "intends", "intended", "want",    "wants",    "wanted",  "fail",      "failed",
      "fails",  "ready",  "willing", "unwilling", "determined", "eager",  "prepared", "able",    "unable"};
  for (uint32_t i = first + 1; i + 1 < end; ++i) {
    if (a->tokens[i].tag != PosTag::kTO) continue;
    Token& t = a->tokens[i + 1];
    if (t.tag != PosTag::kNN && t.tag != PosTag::kJJ) continue;
    std::string_view before = a->Lower(a->tokens[i - 1]);
    bool control = false;
    for (std::string_view w : kControl) control = control || w == before;
    if (!control) continue;
    bool can = false;
    for (int k = 0; k < ncand[i + 1 - first]; ++k) can = can || cands[(i + 1 - first) * kMaxCands + k].tag == PosTag::kVB;
    // (the lexicon may know the word only as a noun: "to boycott")
    if (can || (t.tag == PosTag::kNN && HasWordNetVerb(a->Lower(t)))) t.tag = PosTag::kVB;
  }
}

// "demanded that the European Union lift visa restrictions", "demands China
// free detained citizens": what is demanded has its verb in the base form
// right after its subject, where a bigram reads subject and verb as one noun
// phrase ("Union lift"). After a verb of demanding (and "that", or in a
// headline a proper name alone) and a short noun phrase, a word that can be a
// base-form verb is one.
void HmmTagger::FixMandativeSubjunctive(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                        const uint8_t* ncand) const {
  for (uint32_t i = first; i + 2 < end; ++i) {
    if (!IsVerb(a->tokens[i].tag)) continue;
    std::string_view w = a->Lower(a->tokens[i]);
    if (w.empty() || (w[0] != 'd' && w[0] != 'i' && w[0] != 'u' && w[0] != 'r' && w[0] != 'a')) continue;
    const bool demand = HasPrefix(w, "demand");
    if (!demand && !HasPrefix(w, "insist") && !HasPrefix(w, "urge") && !HasPrefix(w, "request") &&
        !HasPrefix(w, "ask")) {
      continue;
    }
    uint32_t k = i + 1;
    const bool that = a->Lower(a->tokens[k]) == "that";
    if (!that && !demand) continue;  // "asked Sylvania to", not what is asked for
    if (that) ++k;
    // the subject: a name, or with "that" a short noun phrase; the verb is
    // the first word after a noun of it that can be a base-form verb and is
    // not followed by another verb ("that the plan be scrapped")
    for (uint32_t v = k + 1; v < end && v < k + 6; ++v) {
      const PosTag prev = a->tokens[v - 1].tag;
      const bool noun_before = prev == PosTag::kNNP || prev == PosTag::kNNPS || prev == PosTag::kPRP ||
                               (that && (prev == PosTag::kNN || prev == PosTag::kNNS));
      if (!noun_before) {
        const bool np = prev == PosTag::kDT || prev == PosTag::kPOS || prev == PosTag::kPRPS || IsAdjective(prev);
        if (that && np) continue;
        break;
      }
      Token& t = a->tokens[v];
      if (t.tag != PosTag::kNN && t.tag != PosTag::kNNP && t.tag != PosTag::kJJ && t.tag != PosTag::kVBP) {
        if (t.tag == PosTag::kNNPS || t.tag == PosTag::kNNS || t.tag == PosTag::kPOS ||
            (that && t.tag == PosTag::kNNP)) {
          continue;
        }
        break;
      }
      if (v + 1 < end) {
        const PosTag next = a->tokens[v + 1].tag;
        if (next == PosTag::kMD || (IsVerb(next) && next != PosTag::kVBN && next != PosTag::kVBG)) break;
      }
      bool can = false;
      for (int c = 0; c < ncand[v - first]; ++c) can = can || cands[(v - first) * kMaxCands + c].tag == PosTag::kVB;
      // ("that the United States station more troops", "demands Russia
      // de-escalate": the lexicon knows the word only as a noun, or not at
      // all; after a name, WordNet's verb is enough.)
      if (!can && t.tag == PosTag::kNN && (prev == PosTag::kNNP || prev == PosTag::kNNPS)) {
        can = HasWordNetVerb(a->Lower(t));
      }
      if (can) {
        t.tag = PosTag::kVB;
        break;
      }
      if (t.tag != PosTag::kNN && t.tag != PosTag::kNNP) break;
    }
    return;
  }
}

// "a U.N. arms embargo on", "an arms deal with": "a" or "an" wants a
// singular head, so a plural noun inside its phrase is a modifier and the
// word after it, read as a present-tense verb, is the head noun. ("a few
// groups say", "a dozen states ban": a word of quantity makes the phrase
// plural.)
void HmmTagger::FixSingularArticleHead(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                       const uint8_t* ncand) const {
  for (uint32_t i = first; i + 2 < end; ++i) {
    const std::string_view det = a->Lower(a->tokens[i]);
    if (det != "a" && det != "an") continue;
    for (uint32_t k = i + 1; k + 1 < end && k <= i + 4; ++k) {
      const PosTag t = a->tokens[k].tag;
      if (OneOf(a->Lower(a->tokens[k]), {"few", "lot", "lots", "couple", "number", "handful", "dozen", "score",
                                         "hundred", "thousand", "million", "billion", "series", "host", "total"})) {
        break;
      }
      if (t == PosTag::kNNS) {
        Token& next = a->tokens[k + 1];
        if (next.tag != PosTag::kVBP && next.tag != PosTag::kVB) break;
        for (int c = 0; c < ncand[k + 1 - first]; ++c) {
          if (cands[(k + 1 - first) * kMaxCands + c].tag == PosTag::kNN) {
            next.tag = PosTag::kNN;
            break;
          }
        }
        break;
      }
      if (t != PosTag::kJJ && t != PosTag::kNN && t != PosTag::kNNP && t != PosTag::kCD) break;
    }
  }
}

// "government forces backed by Russia attacked": a full verb in -s right
// before a participle is rarely a verb (it would need an object); after a
// noun or adjective it is the plural noun that the participle describes.
// "expelled all UN weapons inspectors charging that ...": the bigram may read
// a plural as a present-tense verb before another verb, but a word that can
// be a plural noun and whose stem is no verb ("inspector"; WordNet and the
// lexicon agree) is that plural.
void HmmTagger::FixPluralOfNoVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                  const uint8_t* ncand) const {
  if (wn_verbs_.size() == 0) return;
  for (uint32_t i = first; i < end; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kVBZ) continue;
    const std::string_view w = a->Lower(t);
    if (w.size() <= 4 || w.back() != 's' || IsAuxiliary(w)) continue;
    bool plural = false;
    for (int k = 0; k < ncand[i - first]; ++k)
      plural = plural || cands[(i - first) * kMaxCands + k].tag == PosTag::kNNS;
    if (!plural) continue;
    const std::string_view stem = w.substr(0, w.size() - 1);
    if (KnownVerb(stem) || (stem.back() == 'e' && KnownVerb(stem.substr(0, stem.size() - 1)))) continue;
    if (w.ends_with("ies") && KnownVerb(std::string(w.substr(0, w.size() - 3)) + "y")) continue;
    t.tag = PosTag::kNNS;
  }
}

// "joined the NATO exercises.", "the Ugandan suspects would be": after a
// determiner and one name or adjective, a word that can be a plural noun is
// that plural, not a verb, when the sentence ends after it or a modal or a
// past verb comes next. ("The Charter calls on", "the Pentagon says it": a
// preposition or an object after it keeps the verb.)
void HmmTagger::FixPluralAfterNamedModifier(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                            const uint8_t* ncand) const {
  for (uint32_t i = first + 2; i < end; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kVBZ) continue;
    const PosTag mod = a->tokens[i - 1].tag;
    const PosTag det = a->tokens[i - 2].tag;
    if ((mod != PosTag::kNNP && mod != PosTag::kJJ) || (det != PosTag::kDT && det != PosTag::kPRPS)) continue;
    const PosTag next = i + 1 < end ? a->tokens[i + 1].tag : PosTag::kPeriod;
    if (next != PosTag::kPeriod && next != PosTag::kMD && next != PosTag::kVBD) continue;
    if (IsAuxiliary(a->Lower(t))) continue;
    for (int k = 0; k < ncand[i - first]; ++k) {
      if (cands[(i - first) * kMaxCands + k].tag == PosTag::kNNS) {
        t.tag = PosTag::kNNS;
        break;
      }
    }
  }
}

// Prepositions that head a noun phrase describing the noun before them
// ("sanctions against", "forces in"); the ones that may open a clause
// ("after", "since", "as") are not among them.
bool PlacePreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {"against", "on",     "in",      "of",    "from",   "over",
                                                "for",     "with",   "at",      "near",  "across", "into",
                                                "under",   "inside", "between", "among", "along",  "within"};
  return OneOf(w, kWords);
}

// "UN sanctions against Sylvania were lifted", "security forces in the
// north say": a word after a noun that can be a plural or a present-tense
// verb is the plural when a preposition's noun phrase follows it and then a
// verb that agrees with a plural only ("were", "say"): read as a verb, the
// sentence would have two finite verbs with nothing to join them. ("The
// statement comes as Freedonia said", "Sylvania insists that talks are
// needed": a word that opens a clause comes between them.)
void HmmTagger::FixPluralBeforePluralVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                          const uint8_t* ncand) const {
  for (uint32_t i = first + 1; i + 3 < end; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kVBZ || a->tokens[i + 1].tag != PosTag::kIN) continue;
    const PosTag prev = a->tokens[i - 1].tag;
    if (prev != PosTag::kNN && prev != PosTag::kNNP && prev != PosTag::kJJ) continue;
    if (IsAuxiliary(a->Lower(t)) || !PlacePreposition(a->Lower(a->tokens[i + 1]))) continue;
    // One noun phrase: its determiners and modifiers, then its nouns (a
    // possessive may start another noun run); a second phrase ("said in a
    // statement three soldiers were") is not read.
    uint32_t k = i + 2;
    bool noun = false;
    for (; k < end && k < i + 9; ++k) {
      const PosTag g = a->tokens[k].tag;
      if (IsNoun(g)) {
        noun = true;
      } else if (g == PosTag::kPOS && noun) {
        noun = false;
      } else if (noun || (g != PosTag::kDT && g != PosTag::kPRPS && g != PosTag::kCD && g != PosTag::kJJ)) {
        break;
      }
    }
    if (!noun || k >= end) continue;
    const Token& v = a->tokens[k];
    if (v.tag != PosTag::kVBP && !(v.tag == PosTag::kVBD && a->Lower(v) == "were")) continue;
    if (CanBe(cands, ncand, first, i, PosTag::kNNS)) t.tag = PosTag::kNNS;
  }
}

void HmmTagger::FixPluralBeforeParticiple(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                          const uint8_t* ncand) const {
  for (uint32_t i = first + 1; i + 1 < end; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kVBZ || a->tokens[i + 1].tag != PosTag::kVBN) continue;
    const PosTag prev = a->tokens[i - 1].tag;
    if (prev != PosTag::kNN && prev != PosTag::kJJ) continue;
    if (IsAuxiliary(a->Lower(t))) continue;
    for (int k = 0; k < ncand[i - first]; ++k) {
      if (cands[(i - first) * kMaxCands + k].tag == PosTag::kNNS) {
        t.tag = PosTag::kNNS;
        break;
      }
    }
  }
}

// "met with visiting Chinese Premier Li", "the outgoing president": a few
// participles are mostly adjectives before a noun phrase; after a
// determiner, a possessive or a preposition that does not take a gerund
// ("after visiting Iran" is an act) they describe the noun, not an act.
// Inflected verbs that take a gerund as their object ("began visiting"),
// after which an -ing word is that gerund rather than an adjective.
bool TakesGerund(std::string_view w) {
  static constexpr std::string_view kStems[] = {
      "start", "began", "begin", "stop", "kept", "keep", "continu", "avoid", "consider", "resum", "finish",
      "suggest", "recommend", "enjoy", "risk", "denied", "deni", "admit", "postpon", "delay", "like", "love",
      "hate", "prefer", "tried", "try", "propos", "ban", "allow", "oppos", "support", "discuss", "mention",
      "halt", "end", "ceas", "quit", "miss", "includ", "involv", "fear", "mean"};
  for (std::string_view stem : kStems) {
    if (w.size() >= stem.size() && w.substr(0, stem.size()) == stem && w.size() <= stem.size() + 4) return true;
  }
  return false;
}

// "Mohammed bin Salman", "Ursula von der Leyen", "Lula da Silva": a
// lowercase particle between two capitalised parts of a name is part of the
// name, not a foreign word or a preposition that ends the noun phrase.
void HmmTagger::FixNameParticles(Analysis* a, uint32_t first, uint32_t end) const {
  // European particles; the Arabic ones are shared with the tokenizer (core/words.h).
  static constexpr std::string_view kEuropeanParticles[] = {"van", "von", "der", "de",   "da", "dos", "do",
                                                            "du",  "del", "della", "di", "la", "le"};
  auto particle = [&](uint32_t i) {
    const Token& t = a->tokens[i];
    if (t.flags & kTokCapitalized) return false;
    std::string_view w = a->Lower(t);
    return OneOf(w, kArabicNameParticles) || OneOf(w, kEuropeanParticles);
  };
  auto name = [&](uint32_t i) {
    const Token& t = a->tokens[i];
    return (t.flags & kTokCapitalized) && (t.tag == PosTag::kNNP || t.tag == PosTag::kNNPS);
  };
  for (uint32_t i = first + 1; i + 1 < end; ++i) {
    // (the cheap tests first: most words follow no name, and most are longer)
    if (!name(i - 1) || a->tokens[i].norm_len > 5 || !particle(i)) continue;
    uint32_t j = i + 1;
    if (j + 1 < end && particle(j)) ++j;  // "von der Leyen"
    if (!(a->tokens[j].flags & kTokCapitalized)) continue;
    for (uint32_t k = i; k <= j; ++k) a->tokens[k].tag = PosTag::kNNP;
    i = j;
  }
}

void HmmTagger::FixAttributiveParticiples(Analysis* a, uint32_t first, uint32_t end, uint64_t tags) const {
  static constexpr std::string_view kAttributive[] = {
      "visiting", "outgoing", "incoming", "ruling",  "governing", "neighbouring", "neighboring",
      "warring",  "retiring", "sitting",  "acting",  "ailing",    "reigning",     "caretaker"};
  static constexpr std::string_view kNounPreps[] = {"with", "against", "between", "from", "among", "including"};
  for (uint32_t i = first + 1; i + 1 < end && (tags & TagBit(PosTag::kVBG)); ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kVBG) continue;
    std::string_view w = a->Lower(t);
    if (std::find(std::begin(kAttributive), std::end(kAttributive), w) == std::end(kAttributive)) continue;
    const Token& prev = a->tokens[i - 1];
    const PosTag next = a->tokens[i + 1].tag;
    bool before_noun = next == PosTag::kNNP || next == PosTag::kNNPS || next == PosTag::kJJ ||
                       next == PosTag::kNN || next == PosTag::kNNS;
    std::string_view p = a->Lower(prev);
    bool after = prev.tag == PosTag::kDT || prev.tag == PosTag::kPRPS || prev.tag == PosTag::kPOS ||
                 std::find(std::begin(kNounPreps), std::end(kNounPreps), p) != std::end(kNounPreps);
    // "assured visiting Australian Foreign Minister Marise Payne": right
    // after a verb and before a name, unless the verb takes a gerund
    // ("began visiting Chinese cities").
    const PosTag next_next = i + 2 < end ? a->tokens[i + 2].tag : PosTag::kNone;
    const bool before_name = next == PosTag::kNNP ||
                             (next == PosTag::kJJ && (a->tokens[i + 1].flags & kTokCapitalized) &&
                              (next_next == PosTag::kNNP || next_next == PosTag::kNNS || next_next == PosTag::kNNPS));
    if ((prev.tag == PosTag::kVBD || prev.tag == PosTag::kVBZ || prev.tag == PosTag::kVBP) && before_name &&
        !TakesGerund(p)) {
      after = true;
    }
    // "criticized by neighbouring Kenya", "attacked neighboring Uganda": a
    // few are no act of anyone's before a noun, whatever comes before them,
    // unless a noun does ("the district neighbouring Uganda" borders it).
    if (OneOf(w, {"neighbouring", "neighboring", "warring", "ailing", "reigning"}) && !IsNoun(prev.tag) &&
        prev.tag != PosTag::kPRP) {
      after = true;
    }
    if (before_noun && after) t.tag = PosTag::kJJ;
  }
  // "24 unarmed Malayan civilians", "the detained Bolivian fishermen": a
  // past participle between a number or determiner and the words of a noun
  // phrase describes the noun; it is not a verb.
  //
  // "Freedonia's internationally recognised government", "the widely
  // reported talks": a past participle after an -ly adverb that itself
  // follows a determiner, a possessive or a comma, and before a noun,
  // describes the noun. (Not after a number, a date's: "on May 13 formally
  // charged Ruiz"; nor before a name after a comma: ", formally charged
  // Ruiz".)
  //
  // "freed kidnapped Sylvanian tourists": a past participle right after a
  // finite verb and before a noun describes the noun (ParticipleAfterFiniteVerb).
  //
  // (One loop for the rules, each run on the tag the one before leaves: all
  // only make VBD or VBN a JJ, and a second loop over the tokens cost as much
  // as the first.)
  const bool participle = tags & (TagBit(PosTag::kVBD) | TagBit(PosTag::kVBN));
  for (uint32_t i = first + 1; i + 1 < end && participle; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kVBD && t.tag != PosTag::kVBN) continue;
    if (ParticipleAfterNumberOrDeterminer(a, i)) {
      t.tag = PosTag::kJJ;
      continue;
    }
    if ((i >= first + 2 && ParticipleAfterLyAdverb(a, i)) || ParticipleAfterFiniteVerb(a, i) ||
        ParticipleOfFeeling(a, first, i)) {
      t.tag = PosTag::kJJ;
    }
  }
}

// "the union is deeply concerned about the raids", "Sylvania remains worried
// over the border": a participle that names a feeling, after a linking verb
// (and adverbs) and before the preposition of what the feeling is about, is
// an adjective, as "pessimistic" would be: the subject feels it, no one does
// it to the subject. (The list holds the participles the event patterns
// write after "be" or "remain".)
bool HmmTagger::ParticipleOfFeeling(const Analysis* a, uint32_t first, uint32_t i) {
  static constexpr std::string_view kFeelings[] = {"concerned",  "worried",   "alarmed",    "disappointed",
                                                   "encouraged", "satisfied", "displeased", "dissatisfied"};
  static constexpr std::string_view kLinking[] = {
      "is",      "are",      "was",  "were",  "am",     "be",   "been",  "being",  "'s",     "'re",    "remain",
      "remains", "remained", "seem", "seems", "seemed", "stay", "stays", "stayed", "become", "became", "becomes"};
  static constexpr std::string_view kAbout[] = {"about", "over", "at", "with", "by"};
  if (!OneOf(a->Lower(a->tokens[i]), kFeelings) || !OneOf(a->Lower(a->tokens[i + 1]), kAbout)) return false;
  uint32_t k = i - 1;
  while (k > first && a->tokens[k].tag == PosTag::kRB) --k;  // ("is deeply concerned", "was not worried")
  return OneOf(a->Lower(a->tokens[k]), kLinking);
}

// The first rule above for the past participle at `i` (first < i, i + 1 < end).
bool HmmTagger::ParticipleAfterNumberOrDeterminer(const Analysis* a, uint32_t i) {
  const PosTag prev = a->tokens[i - 1].tag, next = a->tokens[i + 1].tag;
  // (not after a floating "both" or "all": "have both designated BLA")
  const std::string_view pw = a->Lower(a->tokens[i - 1]);
  return (prev == PosTag::kCD || prev == PosTag::kDT || prev == PosTag::kPRPS) && pw != "both" && pw != "all" &&
         pw != "each" && pw != "either" && pw != "neither" &&
         (next == PosTag::kJJ || next == PosTag::kNN || next == PosTag::kNNS || next == PosTag::kNNP ||
          next == PosTag::kNNPS) &&
         a->Lower(a->tokens[i]).ends_with("ed");
}

// "freed kidnapped Sylvanian tourists", "condemned continued attacks on X",
// "released detained fishermen": a past participle right after a finite verb
// that is no auxiliary or linking verb ("was", "had", "got", "seemed"), and
// before the words of a noun phrase, describes the noun that verb takes as
// its object; two verbs in a row do not both act. (A regular participle
// only when tagged past tense: "-ed" is either.)
bool HmmTagger::ParticipleAfterFiniteVerb(const Analysis* a, uint32_t i) {
  static constexpr std::string_view kLinking[] = {
      "is",     "are",     "was",      "were", "am",    "be",     "been",   "being",   "'s",       "'re",    "has",
      "have",   "had",     "'ve",      "'d",   "get",   "gets",   "got",    "gotten",  "become",   "became", "becomes",
      "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "look",   "looks",
      "looked", "feel",    "feels",    "felt", "keep",  "keeps",  "kept",   "stay",    "stays",    "stayed", "do",
      "does",   "did",     "went",     "goes", "lay",   "lies",   "sat",    "stood",   "came",     "comes"};
  const Token& verb = a->tokens[i - 1];
  // (a participle after "has", "have" or "had" is a perfect: "has condemned
  // continued raids")
  const bool perfect = verb.tag == PosTag::kVBN && i >= 2 &&
                       (a->Lower(a->tokens[i - 2]) == "has" || a->Lower(a->tokens[i - 2]) == "have" ||
                        a->Lower(a->tokens[i - 2]) == "had");
  if (verb.tag != PosTag::kVBD && verb.tag != PosTag::kVBZ && verb.tag != PosTag::kVBP && !perfect) return false;
  // (a capitalised "verb" may be a name: "Minister Ana Pires defended")
  if (verb.flags & (kTokCapitalized | kTokAllCaps)) return false;
  const Token& t = a->tokens[i];
  if (t.tag == PosTag::kVBD && !a->Lower(t).ends_with("ed")) return false;
  const PosTag next = a->tokens[i + 1].tag;
  if (next != PosTag::kJJ && next != PosTag::kNN && next != PosTag::kNNS && next != PosTag::kNNP &&
      next != PosTag::kNNPS) {
    return false;
  }
  const std::string_view v = a->Lower(verb);
  return std::find(std::begin(kLinking), std::end(kLinking), v) == std::end(kLinking);
}

// The second rule for the past participle at `i` (first + 2 <= i, i + 1 < end).
bool HmmTagger::ParticipleAfterLyAdverb(const Analysis* a, uint32_t i) {
  const Token& adverb = a->tokens[i - 1];
  if (adverb.tag != PosTag::kRB || !a->Lower(adverb).ends_with("ly")) return false;
  const PosTag before = a->tokens[i - 2].tag, next = a->tokens[i + 1].tag;
  const bool determined = before == PosTag::kDT || before == PosTag::kPRPS || before == PosTag::kPOS;
  const bool after_comma = a->Lower(a->tokens[i - 2]) == ",";
  const bool common = next == PosTag::kNN || next == PosTag::kNNS;
  const bool name = next == PosTag::kNNP || next == PosTag::kNNPS;
  return (determined && (common || name)) || (after_comma && common);
}

// "denounced the raid on Monday and pledged help": after "and", a word
// that can be a past tense, in a sentence that already has one, and not
// joining two adjectives ("a bold and promised reform"), is a second verb.
void HmmTagger::FixCoordinatedPast(Analysis* a, uint32_t first, uint32_t end, const Cand* cands, const uint8_t* ncand,
                                   uint64_t tags) const {
  bool past = false;
  // (an adjective after a conjunction: without either tag nothing changes)
  const bool jj_cc = (tags & TagBit(PosTag::kJJ)) && (tags & TagBit(PosTag::kCC));
  for (uint32_t i = first; i < end && jj_cc; ++i) {
    Token& t = a->tokens[i];
    if (t.tag == PosTag::kVBD) past = true;
    if (!past || t.tag != PosTag::kJJ || i < first + 2 || a->tokens[i - 1].tag != PosTag::kCC) continue;
    if (a->Lower(a->tokens[i - 1]) != "and" || IsAdjective(a->tokens[i - 2].tag)) continue;
    if (i + 1 >= end || (a->tokens[i + 1].tag != PosTag::kNN && a->tokens[i + 1].tag != PosTag::kNNS)) continue;
    for (int k = 0; k < ncand[i - first]; ++k) {
      if (cands[(i - first) * kMaxCands + k].tag == PosTag::kVBD) {
        t.tag = PosTag::kVBD;
        break;
      }
    }
  }
  // "before police shot and killed the attacker": a singular noun after a
  // noun and right before "and" and a past tense, that can itself be a past
  // tense, is the first of the two verbs.
  for (uint32_t i = first + 1; i + 2 < end && (tags & TagBit(PosTag::kNN)); ++i) {
    Token& t = a->tokens[i];
    const PosTag before = a->tokens[i - 1].tag;
    // (tags first: the word comparison is the dearer test)
    if (t.tag != PosTag::kNN || a->tokens[i + 2].tag != PosTag::kVBD || a->Lower(a->tokens[i + 1]) != "and") continue;
    if (before != PosTag::kNN && before != PosTag::kNNS && before != PosTag::kNNP && before != PosTag::kNNPS) continue;
    for (int k = 0; k < ncand[i - first]; ++k) {
      if (cands[(i - first) * kMaxCands + k].tag == PosTag::kVBD) {
        t.tag = PosTag::kVBD;
        break;
      }
    }
  }
}

// "Turkish tanks pound Syrian town", "Sylvanian protesters block roads to
// demand reforms": a headline with a plural subject has its verb in the base
// form, which the bigram reads as one more noun of the subject. When the
// sentence has no finite verb, a singular noun right after its first plural
// that can be a present-tense verb is one (a plural subject takes no other
// form). After a name or a noun, a plural that can itself be a verb is the
// verb ("India demands market access", "Turkish government lifts ban"), and
// FixOpeningVerb and FixHeadlineVerb see to it.
void HmmTagger::FixPluralSubjectVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                     const uint8_t* ncand) const {
  for (uint32_t k = first; k < end; ++k) {
    const PosTag t = a->tokens[k].tag;
    const bool infinitive = t == PosTag::kVB && k > first && a->tokens[k - 1].tag == PosTag::kTO;
    if ((IsVerb(t) && !infinitive) || t == PosTag::kMD) return;
  }
  uint32_t i = first;
  while (i < end && a->tokens[i].tag != PosTag::kNNS) ++i;
  if (i == first || i + 1 >= end || a->tokens[i + 1].tag != PosTag::kNN) return;
  if (a->tokens[i - 1].tag != PosTag::kJJ) {
    for (int k = 0; k < ncand[i - first]; ++k) {
      if (cands[(i - first) * kMaxCands + k].tag == PosTag::kVBZ) return;
    }
    std::string_view w = a->Lower(a->tokens[i]);
    if (w.size() <= 3 || w.back() != 's') return;
    std::string_view stem = w.substr(0, w.size() - 1);
    if (HasWordNetVerb(stem) || (stem.back() == 'e' && HasWordNetVerb(stem.substr(0, stem.size() - 1)))) return;
  }
  for (int k = 0; k < ncand[i + 1 - first]; ++k) {
    const PosTag c = cands[(i + 1 - first) * kMaxCands + k].tag;
    if (c == PosTag::kVBP || c == PosTag::kVB) {
      a->tokens[i + 1].tag = PosTag::kVBP;
      return;
    }
  }
}

// "Egypt brokered talks between the factions, diplomats said", "Russia
// organized talks": a bigram reads a past form between an opening name and
// a noun as an adjective ("brokered talks"), leaving the clause no verb.
// When no finite verb comes before the next comma (or the end), the word
// that can be a past tense is one.
void HmmTagger::FixOpeningPastTense(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                    const uint8_t* ncand) const {
  uint32_t i = first;
  while (i < end && (a->tokens[i].tag == PosTag::kNNP || a->tokens[i].tag == PosTag::kNNPS)) ++i;
  if (i == first || i + 1 >= end || a->tokens[i].tag != PosTag::kJJ) return;
  const PosTag next = a->tokens[i + 1].tag;
  if (next != PosTag::kNN && next != PosTag::kNNS) return;
  if (!a->Lower(a->tokens[i]).ends_with("ed") || !CanBe(cands, ncand, first, i, PosTag::kVBD)) return;
  for (uint32_t k = i + 1; k < end && a->tokens[k].tag != PosTag::kComma; ++k) {
    const PosTag t = a->tokens[k].tag;
    if (t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP || t == PosTag::kMD) return;
  }
  a->tokens[i].tag = PosTag::kVBD;
}

// "Freedonia retreats from Sylvania": a bigram reads a proper name and a plural as
// one noun phrase. A sentence that opens with a name, then a word that can
// be a present-tense verb, then a preposition, has its verb there.
void HmmTagger::FixOpeningVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                               const uint8_t* ncand) const {
  // A headline often has no verb the bigram sees ("India demands access
  // from China"): when the sentence has none, the word after the opening
  // names that can be a present-tense verb is one, whatever follows it.
  // (Compound openings, "India, Russia hold talks", are left alone: such
  // headlines mostly restate joint pledges that the story tells again.)
  // ("Morocco cut ties with Algeria, saying it was hostile": a participle
  // after a comma opens a clause of its own, and neither it nor a verb
  // after it is the opening clause's, unless a comma closes it before a
  // finite verb: "Peru border talks, resuming today, will focus on ...".)
  bool has_verb = false;
  bool participle = false;
  for (uint32_t k = first; k < end && !has_verb; ++k) {
    const PosTag t = a->tokens[k].tag;
    if (t == PosTag::kComma && k + 1 < end) {
      const PosTag next = a->tokens[k + 1].tag;
      participle = participle || next == PosTag::kVBG;
      has_verb =
          participle && (next == PosTag::kVBD || next == PosTag::kVBZ || next == PosTag::kVBP || next == PosTag::kMD);
    }
    has_verb = has_verb || (!participle && (IsVerb(t) || t == PosTag::kMD));
  }
  uint32_t i = first;
  while (i < end && (a->tokens[i].tag == PosTag::kNNP || a->tokens[i].tag == PosTag::kNNPS)) ++i;
  if (i == first || i + 1 >= end) return;
  Token& t = a->tokens[i];
  PosTag next = a->tokens[i + 1].tag;
  if (t.tag != PosTag::kNN && t.tag != PosTag::kNNS) return;
  // "Thai protesters rally for new constitution": a plural that the lexicon
  // also reads as a verb but WordNet does not ("protester") is the subject's
  // noun when the word after it can be a present-tense verb.
  if (t.tag == PosTag::kNNS && !has_verb && wn_verbs_.size() > 0 && i + 2 < end && next == PosTag::kNN) {
    std::string_view w = a->Lower(t);
    if (w.size() > 3 && w.back() == 's' && !HasWordNetVerb(w.substr(0, w.size() - 1)) &&
        !HasWordNetVerb(w.substr(0, w.size() - 2))) {
      for (int k = 0; k < ncand[i + 1 - first]; ++k) {
        if (cands[(i + 1 - first) * kMaxCands + k].tag == PosTag::kVBP) {
          t.tag = PosTag::kNNS;
          a->tokens[i + 1].tag = PosTag::kVBP;
          return;
        }
      }
    }
  }
  if (has_verb && next != PosTag::kIN && next != PosTag::kTO) return;
  PosTag want = t.tag == PosTag::kNNS ? PosTag::kVBZ : PosTag::kVBP;
  for (int k = 0; k < ncand[i - first]; ++k) {
    if (cands[(i - first) * kMaxCands + k].tag == want) {
      t.tag = want;
      return;
    }
  }
  // "Evangelicals hail ruling", "Kurds vow revenge": after an opening plural
  // (a capitalised word the lexicon also reads as a plural noun), a word the
  // lexicon knows only in its base form is the plural's present tense.
  if (!has_verb && want == PosTag::kVBP && (a->tokens[i - 1].flags & kTokCapitalized) &&
      (a->tokens[i - 1].tag == PosTag::kNNPS || CanBe(cands, ncand, first, i - 1, PosTag::kNNS)) &&
      CanBe(cands, ncand, first, i, PosTag::kVB)) {
    t.tag = PosTag::kVBP;
    return;
  }
  // "Turkey downgrades ties": the lexicon knows the word only as a noun, but
  // WordNet knows its stem as a verb.
  std::string_view w = a->Lower(t);
  if (!has_verb && want == PosTag::kVBZ && w.size() > 3 && w.back() == 's') {
    std::string_view stem = w.substr(0, w.size() - 1);
    if (HasWordNetVerb(stem) || (stem.back() == 'e' && HasWordNetVerb(stem.substr(0, stem.size() - 1)))) {
      t.tag = want;
    }
  }
}

// "Boko Haram suicide bomber hits Nigerian mosque", "Turkish government lifts
// ban": a headline whose subject ends in a common noun has no verb the bigram
// sees, and FixOpeningVerb looks only right after opening names. When the
// sentence still has no verb, the first plural after a noun that can be a
// present-tense verb is one.
void HmmTagger::FixHeadlineVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                const uint8_t* ncand) const {
  for (uint32_t k = first; k < end; ++k) {
    if (IsVerb(a->tokens[k].tag) || a->tokens[k].tag == PosTag::kMD) return;
  }
  // "Kenya, Uganda sign trade deal", "Chile and Peru sign pact": two names
  // joined by a comma or "and" open the headline; a lower-case word after
  // them that can be a base-form verb is their verb (the bigram reads
  // "sign trade deal" as one noun phrase with the names).
  if (first + 4 < end) {
    const Token& x = a->tokens[first];
    const Token& y = a->tokens[first + 2];
    Token& v = a->tokens[first + 3];
    const bool names = (x.flags & kTokCapitalized) && (y.flags & kTokCapitalized) && IsNoun(x.tag) && IsNoun(y.tag);
    const std::string_view join = a->Lower(a->tokens[first + 1]);
    if (names && (join == "," || join == "and") && !(v.flags & kTokCapitalized) && v.tag == PosTag::kNN &&
        (CanBe(cands, ncand, first, first + 3, PosTag::kVBP) || CanBe(cands, ncand, first, first + 3, PosTag::kVB))) {
      v.tag = PosTag::kVBP;
      return;
    }
  }
  for (uint32_t i = first + 1; i + 1 < end; ++i) {
    Token& t = a->tokens[i];
    const PosTag prev = a->tokens[i - 1].tag;
    // ("Turkey Criticizes Israel": a headline in title case writes its verb
    // with a capital, which reads as a name; one that cannot be a verb,
    // "United Nations", is passed over)
    const bool title_case = t.tag == PosTag::kNNPS || (t.tag == PosTag::kNNP && prev != PosTag::kNN);
    if ((t.tag != PosTag::kNNS && !title_case) ||
        (prev != PosTag::kNN && prev != PosTag::kNNP && prev != PosTag::kNNPS)) {
      continue;
    }
    // "US and Britain launch strikes": after a name, a noun that can be a
    // base-form verb is the verb, and the plural its object.
    if (prev == PosTag::kNN && i >= first + 2) {
      const PosTag before = a->tokens[i - 2].tag;
      bool can_be_verb = false;
      for (int k = 0; k < ncand[i - 1 - first]; ++k) {
        const PosTag c = cands[(i - 1 - first) * kMaxCands + k].tag;
        can_be_verb = can_be_verb || c == PosTag::kVBP || c == PosTag::kVB;
      }
      if (can_be_verb && (before == PosTag::kNNP || before == PosTag::kNNPS || before == PosTag::kPRP)) return;
    }
    auto can_be = [&](uint32_t j, PosTag tag) { return CanBe(cands, ncand, first, j, tag); };
    // (In title case only a form the tagger's candidates allow, and none
    // from a word that can be a plural subject's verb on: "Freedonian Tanks
    // Pound Border Town", "Protesters Block Roads" are left as they are.)
    if (title_case && (can_be(i + 1, PosTag::kVBP) || can_be(i + 1, PosTag::kVB))) return;
    if (can_be(i, PosTag::kVBZ)) {
      t.tag = PosTag::kVBZ;
      return;
    }
    if (title_case) continue;
    std::string_view w = a->Lower(t);
    if (w.size() > 3 && w.back() == 's') {
      std::string_view stem = w.substr(0, w.size() - 1);
      if (HasWordNetVerb(stem) || (stem.back() == 'e' && HasWordNetVerb(stem.substr(0, stem.size() - 1)))) {
        t.tag = PosTag::kVBZ;
        return;
      }
    }
    return;  // only the first plural after a noun: later ones are objects
  }
}

// "Police Shoot and Kill Sylvanian Gang Leader", "Freedonian Farmers Urge
// Sylvania to Ease Restrictions": a headline in title case whose plural
// subject takes a base-form verb writes it with a capital, and the bigram
// reads it as one more name. When the sentence has no finite verb, the
// capitalised word right after the opening names' first plural that can be a
// base-form verb (and is no -s form) is the verb, unless a word after it can
// be the verb instead ("Human Rights Watch Urges").
void HmmTagger::FixTitleCasePluralVerb(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                       const uint8_t* ncand) const {
  auto can_be = [&](uint32_t j, PosTag tag) { return CanBe(cands, ncand, first, j, tag); };
  for (uint32_t k = first; k < end; ++k) {
    const PosTag t = a->tokens[k].tag;
    if (t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP || t == PosTag::kMD) return;
  }
  for (uint32_t j = first; j + 2 < end; ++j) {
    const PosTag t = a->tokens[j].tag;
    if (t != PosTag::kNNP && t != PosTag::kNNPS) return;
    if (t == PosTag::kNNP && !can_be(j, PosTag::kNNS) && !can_be(j, PosTag::kNNPS)) continue;
    Token& v = a->tokens[j + 1];
    if (v.tag != PosTag::kNNP || a->Lower(v).back() == 's') return;
    if (!can_be(j + 1, PosTag::kVBP) && !can_be(j + 1, PosTag::kVB)) return;
    if (can_be(j + 2, PosTag::kVBZ) || can_be(j + 2, PosTag::kVBD)) return;
    v.tag = PosTag::kVBP;
    // ("Shoot and Kill": a second base form coordinated with it is one too)
    if (j + 3 < end && a->tokens[j + 2].tag == PosTag::kCC && a->tokens[j + 3].tag == PosTag::kNNP &&
        a->Lower(a->tokens[j + 3]).back() != 's' && (can_be(j + 3, PosTag::kVBP) || can_be(j + 3, PosTag::kVB))) {
      a->tokens[j + 3].tag = PosTag::kVBP;
    }
    return;
  }
}

// "The US military trains Iraqi pilots to fly jets, an officer said": a word
// the bigram reads as an adjective but that can be a noun ("military") may
// head a sentence's opening subject, and a plural after it that can be a
// present-tense verb, with an object's noun phrase starting after it, is the
// verb when no verb comes before the next comma (the clause has no other).
// ("Military trains carried tanks": a verb follows; "military drills near
// the border": no object.)
void HmmTagger::FixVerbAfterNounAdjective(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                          const uint8_t* ncand) const {
  auto can_be = [&](uint32_t j, PosTag tag) { return CanBe(cands, ncand, first, j, tag); };
  uint32_t i = first;
  while (i < end && (a->tokens[i].tag == PosTag::kDT || a->tokens[i].tag == PosTag::kNNP ||
                     a->tokens[i].tag == PosTag::kNNPS || a->tokens[i].tag == PosTag::kJJ)) {
    ++i;
  }
  if (i < first + 2 || i + 1 >= end || a->tokens[i].tag != PosTag::kNNS || a->tokens[i - 1].tag != PosTag::kJJ) return;
  const PosTag next = a->tokens[i + 1].tag;
  if (next != PosTag::kDT && next != PosTag::kJJ && next != PosTag::kPRPS && next != PosTag::kCD) return;
  for (uint32_t k = i + 1; k < end && a->tokens[k].tag != PosTag::kComma; ++k) {
    if (IsVerb(a->tokens[k].tag) || a->tokens[k].tag == PosTag::kMD) {
      if (a->tokens[k].tag != PosTag::kVB || a->tokens[k - 1].tag != PosTag::kTO) return;
    }
  }
  if (can_be(i - 1, PosTag::kNN) && can_be(i, PosTag::kVBZ)) a->tokens[i].tag = PosTag::kVBZ;
}

// "has celebrated Eid": a bigram may prefer the adjective ("a celebrated
// writer") even after a form of "have"; there a word that can be a past
// participle is one.
void HmmTagger::FixPerfects(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                            const uint8_t* ncand) const {
  for (uint32_t i = first + 1; i < end; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kJJ) continue;
    const Token& prev = a->tokens[i - 1];
    if (!IsVerb(prev.tag)) continue;
    std::string_view p = a->Lower(prev);
    if (p != "has" && p != "have" && p != "had" && p != "'ve" && p != "'d") continue;
    for (int k = 0; k < ncand[i - first]; ++k) {
      if (cands[(i - first) * kMaxCands + k].tag == PosTag::kVBN) {
        t.tag = PosTag::kVBN;
        break;
      }
    }
  }
}

// "Peru condemned the attacks carried out by rebels": after a finite verb, a
// word that can be a past participle, right after a noun and before "by"
// (past a particle), describes the noun; a bigram reads it as a second past
// tense. ("said exports rose by 5 percent": a number after "by" is a
// measure, and "rose" is no participle.)
void HmmTagger::FixReducedRelative(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                                   const uint8_t* ncand) const {
  // (from the token after the sentence's first finite verb)
  uint32_t i = first;
  while (i < end && a->tokens[i].tag != PosTag::kVBD && a->tokens[i].tag != PosTag::kVBZ &&
         a->tokens[i].tag != PosTag::kVBP && a->tokens[i].tag != PosTag::kMD) {
    ++i;
  }
  // ("The plan put forward by Peru was rejected": the first past form
  // itself, right after the subject's noun, with a particle and a "by"
  // phrase naming someone, when a finite verb follows to be the clause's.)
  if (i + 3 < end && i > first && IsNoun(a->tokens[i - 1].tag) && a->tokens[i].tag == PosTag::kVBD) {
    const uint32_t k = i + 2;
    const bool particle = a->tokens[i + 1].tag == PosTag::kRP || CanBe(cands, ncand, first, i + 1, PosTag::kRP);
    bool finite_after = false;
    for (uint32_t j = k + 2; j < end && !finite_after; ++j) {
      const PosTag jt = a->tokens[j].tag;
      finite_after = jt == PosTag::kVBD || jt == PosTag::kVBZ || jt == PosTag::kVBP || jt == PosTag::kMD;
    }
    const PosTag after_by = a->tokens[k + 1].tag;
    if (particle && a->Lower(a->tokens[k]) == "by" && finite_after && after_by != PosTag::kCD &&
        !IsWeekdayOrMonthName(a->Lower(a->tokens[k + 1])) && CanBe(cands, ncand, first, i, PosTag::kVBN)) {
      a->tokens[i].tag = PosTag::kVBN;
      a->tokens[i + 1].tag = PosTag::kRP;
    }
  }
  for (++i; i + 2 < end; ++i) {
    Token& t = a->tokens[i];
    if (t.tag != PosTag::kVBD || !IsNoun(a->tokens[i - 1].tag)) continue;
    uint32_t k = i + 1;
    // ("the plan put forward by Peru", "the territory handed over by
    // Britain": a word that can be a particle, read as an adverb or a
    // preposition, is the participle's particle before its "by".)
    const bool particle = a->tokens[k].tag == PosTag::kRP || (k + 1 < end && a->Lower(a->tokens[k + 1]) == "by" &&
                                                              CanBe(cands, ncand, first, k, PosTag::kRP));
    if (particle) ++k;
    if (k + 1 >= end || a->Lower(a->tokens[k]) != "by" || a->tokens[k + 1].tag == PosTag::kCD) continue;
    if (CanBe(cands, ncand, first, i, PosTag::kVBN)) {
      t.tag = PosTag::kVBN;
      if (particle) a->tokens[i + 1].tag = PosTag::kRP;
    }
  }
}

bool IsAuxiliary(std::string_view w) {
  static constexpr std::string_view kAux[] = {"be", "is", "are", "was", "were", "been", "being", "am", "'s",
                                              "'re", "'m", "has", "have", "had", "having", "'ve", "'d",
                                              "get", "gets", "got", "gotten", "getting"};
  for (std::string_view x : kAux) {
    if (w == x) return true;
  }
  return false;
}

// A bigram cannot see that a past participle needs an auxiliary: "Police
// arrested 12 protesters" comes out as NNS VBN. A clause needs a finite verb,
// so when a sentence has none, the first participle that could be a past
// tense and has no auxiliary before it becomes one, and so do participles
// coordinated with it ("burned tires and blocked roads").
void HmmTagger::FixParticiples(Analysis* a, uint32_t first, uint32_t end, const Cand* cands,
                               const uint8_t* ncand) const {
  auto can_be_past = [&](uint32_t i) {
    for (int k = 0; k < ncand[i - first]; ++k) {
      if (cands[(i - first) * kMaxCands + k].tag == PosTag::kVBD) return true;
    }
    return false;
  };
  for (uint32_t i = first; i < end; ++i) {
    PosTag t = a->tokens[i].tag;
    if (t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP || t == PosTag::kMD) return;
  }
  bool fixed = false;
  for (uint32_t i = first; i < end; ++i) {
    Token& t = a->tokens[i];
    if (IsVerb(t.tag) && IsAuxiliary(a->Lower(t))) return;
    if (t.tag != PosTag::kVBN || !can_be_past(i)) continue;
    if (!fixed) {
      if (i == first) continue;  // "Asked about it, he ..." opens with a participle
      // "forces backed by Russia attacked": a participle with its "by"
      // phrase describes the noun when another one follows to be the verb.
      if (i + 1 < end && a->Lower(a->tokens[i + 1]) == "by") {
        bool later = false;
        for (uint32_t j = i + 2; j < end && !later; ++j) later = a->tokens[j].tag == PosTag::kVBN && can_be_past(j);
        if (later) continue;
      }
      t.tag = PosTag::kVBD;
      fixed = true;
    } else if (i > first && a->tokens[i - 1].tag == PosTag::kCC) {
      t.tag = PosTag::kVBD;
    }
  }
}

void HmmTagger::Tag(Analysis* a) const {
  for (const Sentence& s : a->sentences) {
    uint32_t end = std::min<uint32_t>(s.end_token, static_cast<uint32_t>(a->tokens.size()));
    if (s.first_token < end) TagSentence(a, s.first_token, end, s.is_title);
  }
}

}  // namespace

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& dir, const std::string& wordnet_dir,
                                             const std::string& compiled) {
  if (!compiled.empty()) {
    auto t = std::make_unique<HmmTagger>();
    if (t->InitCompiled(compiled, dir, wordnet_dir).ok()) return std::unique_ptr<Tagger>(std::move(t));
  }
  return Load(dir, wordnet_dir);
}

Status CompileTagger(const std::string& dir, const std::string& wordnet_dir, const std::string& out) {
  auto t = Tagger::Load(dir, wordnet_dir);
  if (!t.ok()) return t.status();
  if (!WriteFileAtomically(out, t.value()->Compiled())) return Status::IoError("cannot write " + out);
  return Status::Ok();
}

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& dir, const std::string& wordnet_dir) {
  auto t = std::make_unique<HmmTagger>();
  Status s = t->Init(dir);
  if (!s.ok()) return s;
  if (!wordnet_dir.empty()) {
    s = t->LoadWordNetVerbs(wordnet_dir);
    if (!s.ok()) return s;
  }
  return std::unique_ptr<Tagger>(std::move(t));
}

}  // namespace dyad::tag
