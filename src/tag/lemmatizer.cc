// WordNet lemmatizer: exception lists first, then morphy's detachment rules,
// accepting a candidate only when WordNet's index lists it for that part of
// speech. The index files are read whole into one buffer each and their
// lemmas hashed in place, which keeps loading well under 100 ms.
#include "tag/lemmatizer.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <vector>

#include "core/string_table.h"
#include "tag/compiled_tables.h"
#include "tag/mapped_file.h"
#include "tag/word_memo.h"

namespace dyad::tag {
namespace {

enum WnPos : int { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3, kNumPos = 4 };
constexpr const char* kPosName[kNumPos] = {"noun", "verb", "adj", "adv"};

struct Rule {
  std::string_view suffix, ending;
};
// WordNet morphy's detachment rules, in its order.
constexpr Rule kNounRules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// Clitics and Penn's split contractions, whose lemmas no WordNet file gives.
struct Fixed {
  std::string_view word;
  PosTag tag;  // kNone: any tag
  std::string_view lemma;
};
constexpr Fixed kFixed[] = {
    {"n't", PosTag::kNone, "not"}, {"'s", PosTag::kVBZ, "be"},   {"'re", PosTag::kNone, "be"},
    {"'m", PosTag::kNone, "be"},   {"'ve", PosTag::kNone, "have"}, {"'ll", PosTag::kNone, "will"},
    {"'d", PosTag::kMD, "would"},  {"'d", PosTag::kVBD, "have"}, {"wo", PosTag::kMD, "will"},
    {"ca", PosTag::kMD, "can"},    {"sha", PosTag::kMD, "shall"}, {"'s", PosTag::kPRP, "us"},
};

// A per-thread memo of (word, tag) -> lemma. Running text repeats its words,
// and a hit costs one hash and one cache line where Lemma() tries the fixed
// forms, the exception list, the index and the suffix rules in turn. Words
// and lemmas of up to 24 bytes; 16,384 slots of 64 bytes, 1 MB per thread.
using LemmaMemo = WordMemo<char, 24, 24, 14>;
static_assert(sizeof(LemmaMemo::Slot) == 64);
constexpr uint8_t kSameLemma = 0xFF;  // in a slot's count: the lemma is the word itself

// Prefixes that make new verbs of WordNet's ("deregister", "unban",
// "co-sponsor", "resupply"): an inflected verb WordNet does not know keeps
// its prefix on the lemma of the rest.
constexpr std::string_view kVerbPrefixes[] = {"co-", "re-", "de-", "un-", "co", "re", "de", "un", "dis", "mis"};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

class WordNetLemmatizer : public Lemmatizer {
 public:
  Status Init(const std::string& dir);
  // Reads the tables from a compiled file made for `dir`.
  Status InitCompiled(const std::string& path, const std::string& dir);
  bool FromCompiled() const override { return compiled_file_.data().data() != nullptr; }
  std::string Compiled() const override;
  std::string_view Lemma(std::string_view lower, PosTag tag) const override;
  void Lemmatize(Analysis* a) const override;

 private:
  bool InIndex(std::string_view w, int pos) const {
    const uint32_t* v = index_.Find(w);
    return v && (*v & (1u << pos));
  }
  // First rule candidate found in the index, written to `buf`; empty if none.
  std::string_view ApplyRules(std::string_view w, int pos, char* buf, size_t cap) const;
  std::string_view Morph(std::string_view w, int pos, bool inflected) const;
  // An inflected verb WordNet lacks, made by a prefix on one it has ("unbanned").
  std::string_view PrefixedVerb(std::string_view w) const;

  std::array<MappedFile, kNumPos> index_file_;
  std::array<MappedFile, kNumPos> exc_file_;
  StringTable index_;                       // lemma -> bit set of WnPos
  std::array<StringTable, kNumPos> exc_;    // inflected form -> index into exc_lemmas_
  std::vector<std::string_view> exc_lemmas_;
  std::string dir_;
  MappedFile compiled_file_;  // when loaded compiled: holds every key and lemma
  // Identifies this lemmatizer's answers in the per-thread memo.
  uint64_t id_ = NewMemoOwner();
};

Status WordNetLemmatizer::Init(const std::string& dir) {
  dir_ = dir;
  index_.Reserve(160000);
  for (int pos = 0; pos < kNumPos; ++pos) {
    std::string path = dir + "/index." + kPosName[pos];
    DYAD_RETURN_IF_ERROR(index_file_[pos].Open(path));
    std::string_view all = index_file_[pos].data();
    size_t lemmas = 0;
    while (!all.empty()) {
      size_t nl = all.find('\n');
      std::string_view line = all.substr(0, nl);
      all.remove_prefix(nl == std::string_view::npos ? all.size() : nl + 1);
      if (line.empty() || line[0] == ' ') continue;  // licence header
      size_t sp = line.find(' ');
      if (sp == 0 || sp == std::string_view::npos) {
        return Status::DataError(path + ": malformed line: " + std::string(line.substr(0, 60)));
      }
      bool inserted;
      uint32_t* bits = index_.Insert(line.substr(0, sp), 0, &inserted);
      *bits |= 1u << pos;
      ++lemmas;
    }
    if (lemmas == 0) return Status::DataError(path + ": no lemmas");

    path = dir + "/" + kPosName[pos] + ".exc";
    DYAD_RETURN_IF_ERROR(exc_file_[pos].Open(path));
    all = exc_file_[pos].data();
    while (!all.empty()) {
      size_t nl = all.find('\n');
      std::string_view line = all.substr(0, nl);
      all.remove_prefix(nl == std::string_view::npos ? all.size() : nl + 1);
      if (line.empty()) continue;
      size_t sp = line.find(' ');
      if (sp == 0 || sp == std::string_view::npos) {
        return Status::DataError(path + ": malformed line: " + std::string(line.substr(0, 60)));
      }
      std::string_view lemma = line.substr(sp + 1);
      lemma = lemma.substr(0, lemma.find(' '));
      while (!lemma.empty() && (lemma.back() == '\r' || lemma.back() == ' ')) lemma.remove_suffix(1);
      if (lemma.empty()) return Status::DataError(path + ": no lemma in: " + std::string(line));
      bool inserted;
      exc_[pos].Insert(line.substr(0, sp), static_cast<uint32_t>(exc_lemmas_.size()), &inserted);
      if (inserted) exc_lemmas_.push_back(lemma);
    }
  }
  return Status::Ok();
}

// The compiled form (share/dyad/tag/lemmatizer.bin): hashing WordNet's
// 150,000 lemmas was a tenth of start-up. Layout: magic, version, the source
// stamp, the index table, the four exception tables, the exception lemmas as
// (offset, length) pairs in the key block, then the key block.
constexpr char kCompiledMagic[8] = {'D', 'Y', 'A', 'D', 'L', 'E', 'M', '\n'};
constexpr uint32_t kCompiledVersion = 1;  // bump when the layout changes

std::vector<std::string> SourceFiles(const std::string& dir) {
  std::vector<std::string> files;
  for (int pos = 0; pos < kNumPos; ++pos) {
    files.push_back(dir + "/index." + kPosName[pos]);
    files.push_back(dir + "/" + kPosName[pos] + ".exc");
  }
  return files;
}

std::string WordNetLemmatizer::Compiled() const {
  Writer w;
  PutHeader(&w, kCompiledMagic, kCompiledVersion, SourceStamp(SourceFiles(dir_)));
  std::string keys;
  w.PutTable(index_, &keys);
  for (const StringTable& t : exc_) w.PutTable(t, &keys);
  w.Put<uint64_t>(exc_lemmas_.size());
  for (std::string_view l : exc_lemmas_) {
    w.Put<uint32_t>(static_cast<uint32_t>(keys.size()));
    w.Put<uint32_t>(static_cast<uint32_t>(l.size()));
    keys.append(l);
  }
  w.PutBytes(keys);
  return std::move(w.out());
}

Status WordNetLemmatizer::InitCompiled(const std::string& path, const std::string& dir) {
  Reader r{std::string_view()};
  DYAD_RETURN_IF_ERROR(OpenCompiled(path, kCompiledMagic, kCompiledVersion, SourceStamp(SourceFiles(dir)),
                                    "not a compiled lemmatizer", &compiled_file_, &r));
  auto damaged = [&](const char* what) { return Damaged(&compiled_file_, path, what); };
  // The key block comes last: step over the tables and lemmas to find it.
  Reader tables = r;
  for (int k = 0; k < 1 + kNumPos; ++k) r.SkipTable();
  const uint64_t lemmas = r.GetCount(2 * sizeof(uint32_t));
  r.Skip(lemmas * 2 * sizeof(uint32_t));
  const std::string_view keys = r.GetBytes();
  if (!r.ok() || !r.at_end()) return damaged("truncated");
  if (!tables.GetTable(&index_, keys, 1u << kNumPos)) return damaged("bad table");
  for (StringTable& t : exc_) {
    if (!tables.GetTable(&t, keys, static_cast<uint32_t>(lemmas))) return damaged("bad table");
  }
  tables.Get<uint64_t>();  // the lemma count, read above
  exc_lemmas_.resize(lemmas);
  for (std::string_view& l : exc_lemmas_) {
    uint32_t off = tables.Get<uint32_t>(), len = tables.Get<uint32_t>();
    if (!tables.ok() || off > keys.size() || len > keys.size() - off) return damaged("bad lemma");
    l = keys.substr(off, len);
  }
  dir_ = dir;
  return Status::Ok();
}

std::string_view WordNetLemmatizer::ApplyRules(std::string_view w, int pos, char* buf, size_t cap) const {
  const Rule* rules;
  size_t n;
  switch (pos) {
    case kNoun: rules = kNounRules; n = std::size(kNounRules); break;
    case kVerb: rules = kVerbRules; n = std::size(kVerbRules); break;
    case kAdj: rules = kAdjRules; n = std::size(kAdjRules); break;
    default: return {};
  }
  std::string_view found;
  for (size_t i = 0; i < n; ++i) {
    const Rule& r = rules[i];
    if (w.size() <= r.suffix.size() || !w.ends_with(r.suffix)) continue;
    size_t stem = w.size() - r.suffix.size();
    if (stem + r.ending.size() > cap) continue;
    std::memcpy(buf, w.data(), stem);
    std::memcpy(buf + stem, r.ending.data(), r.ending.size());
    std::string_view cand(buf, stem + r.ending.size());
    if (!InIndex(cand, pos)) continue;
    // -ed/-ing after a single vowel and consonant: "hoping" comes from "hope",
    // since "hop" would double its consonant ("hopping", listed in verb.exc).
    // After two consonants the bare stem wins: "singing" -> "sing", not "singe".
    if (r.ending == "e" && (r.suffix == "ed" || r.suffix == "ing") && stem >= 2) {
      bool cvc = !IsVowel(w[stem - 1]) && IsVowel(w[stem - 2]) && (stem < 3 || !IsVowel(w[stem - 3]));
      if (!cvc && InIndex(w.substr(0, stem), pos)) {
        std::memcpy(buf, w.data(), stem);
        return std::string_view(buf, stem);
      }
    }
    found = cand;
    break;
  }
  return found;
}

std::string_view WordNetLemmatizer::Morph(std::string_view w, int pos, bool inflected) const {
  if (const uint32_t* e = exc_[pos].Find(w)) return exc_lemmas_[*e];
  // Base forms (NN, VB, JJ, ...) stay as they are when WordNet knows them:
  // rules would turn "gas" into "ga" or "outer" into "out".
  if (!inflected && InIndex(w, pos)) return w;
  thread_local char buf[256];
  std::string_view r = ApplyRules(w, pos, buf, sizeof(buf));
  if (r.empty() && pos == kVerb && inflected) r = PrefixedVerb(w);
  return r.empty() ? w : r;
}

std::string_view WordNetLemmatizer::PrefixedVerb(std::string_view w) const {
  thread_local char buf[256];
  for (std::string_view prefix : kVerbPrefixes) {
    if (!w.starts_with(prefix) || w.size() < prefix.size() + 4 || w.size() >= sizeof(buf)) continue;
    const std::string_view rest = w.substr(prefix.size());
    std::string_view lemma;
    if (const uint32_t* e = exc_[kVerb].Find(rest)) {
      lemma = exc_lemmas_[*e];
    } else {
      thread_local char rest_buf[256];
      lemma = ApplyRules(rest, kVerb, rest_buf, sizeof(rest_buf));
    }
    if (lemma.empty() || lemma.size() + prefix.size() > sizeof(buf)) continue;
    std::memcpy(buf, prefix.data(), prefix.size());
    std::memcpy(buf + prefix.size(), lemma.data(), lemma.size());
    return std::string_view(buf, prefix.size() + lemma.size());
  }
  return {};
}

std::string_view WordNetLemmatizer::Lemma(std::string_view lower, PosTag tag) const {
  for (const Fixed& f : kFixed) {
    if (f.word == lower && (f.tag == PosTag::kNone || f.tag == tag)) return f.lemma;
  }
  if (lower.empty() || lower.size() > 200) return lower;
  switch (tag) {
    case PosTag::kNN: return Morph(lower, kNoun, false);
    case PosTag::kNNS: return Morph(lower, kNoun, true);
    case PosTag::kVB: case PosTag::kVBP: return Morph(lower, kVerb, false);
    case PosTag::kVBD: case PosTag::kVBG: case PosTag::kVBN: case PosTag::kVBZ:
      return Morph(lower, kVerb, true);
    case PosTag::kJJ: return Morph(lower, kAdj, false);
    case PosTag::kJJR: case PosTag::kJJS: return Morph(lower, kAdj, true);
    case PosTag::kRB: return Morph(lower, kAdv, false);
    case PosTag::kRBR: case PosTag::kRBS: return Morph(lower, kAdv, true);
    default: return lower;  // names (NNP, NNPS) and closed classes
  }
}

void WordNetLemmatizer::Lemmatize(Analysis* a) const {
  const LemmaMemo memo(id_);
  for (Token& t : a->tokens) {
    t.lemma_off = 0;
    t.lemma_len = 0;
    std::string_view lower = a->Lower(t);
    std::string_view lemma;
    const LemmaMemo::Probe probe = memo.Find(lower, static_cast<uint8_t>(t.tag));
    if (probe.hit()) {
      if (probe.n() == kSameLemma) continue;
      lemma = std::string_view(probe.values(), probe.n());
    } else {
      lemma = Lemma(lower, t.tag);
      if (lemma == lower) {
        probe.Fill(kSameLemma, nullptr);
        continue;
      }
      // (a lemma too long to keep leaves the slot as it was)
      if (lemma.size() <= LemmaMemo::kMaxValues) probe.Fill(static_cast<uint8_t>(lemma.size()), lemma.data());
    }
    // `lemma` may point into the arena itself (a prefix of `lower`): record
    // its offset before appending can move the arena.
    const char* base = a->arena.data();
    uint32_t off = static_cast<uint32_t>(a->arena.size());
    if (lemma.data() >= base && lemma.data() < base + a->arena.size()) {
      size_t src = static_cast<size_t>(lemma.data() - base);
      size_t len = lemma.size();
      a->arena.append(len, '\0');
      std::memmove(a->arena.data() + off, a->arena.data() + src, len);
    } else {
      a->arena.append(lemma);
    }
    t.lemma_off = off;
    t.lemma_len = static_cast<uint16_t>(lemma.size());
  }
}

}  // namespace

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& dir, const std::string& compiled) {
  if (!compiled.empty()) {
    auto l = std::make_unique<WordNetLemmatizer>();
    if (l->InitCompiled(compiled, dir).ok()) return std::unique_ptr<Lemmatizer>(std::move(l));
  }
  return Load(dir);
}

Status CompileLemmatizer(const std::string& dir, const std::string& out) {
  auto l = Lemmatizer::Load(dir);
  if (!l.ok()) return l.status();
  if (!WriteFileAtomically(out, l.value()->Compiled())) return Status::IoError("cannot write " + out);
  return Status::Ok();
}

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& dir) {
  auto l = std::make_unique<WordNetLemmatizer>();
  Status s = l->Init(dir);
  if (!s.ok()) return s;
  return std::unique_ptr<Lemmatizer>(std::move(l));
}

}  // namespace dyad::tag
