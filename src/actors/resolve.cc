// Finds actor mentions in an analysed document and codes them: longest match
// over tokens, noun-phrase composition (country + agent sector), dated roles,
// people introduced with a role, compounds, collectives and pronouns.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "actors/dictionary.h"
#include "core/calendar_words.h"
#include "core/strings.h"
#include "core/words.h"
#include "petrarch/policy.h"

namespace dyad {

std::string_view ActorHowName(ActorHow how) {
  switch (how) {
    case ActorHow::kDictionary: return "dictionary";
    case ActorHow::kDateRule: return "date-rule";
    case ActorHow::kRole: return "role";
    case ActorHow::kContext: return "context";
    case ActorHow::kCoreference: return "coreference";
  }
  return "";
}

namespace {

// A three-letter code as one integer, so that a list of codes is tested by
// integer compares: IsStateCode runs for every actor mention and every
// event's sides, and 25 string compares (a call to memcmp each) cost more
// than the rest of the test.
constexpr uint32_t PackCode(std::string_view code) {
  return static_cast<uint32_t>(static_cast<unsigned char>(code[0])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(code[1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(code[2]));
}

template <size_t N>
constexpr std::array<uint32_t, N> PackCodes(const std::string_view (&codes)[N]) {
  std::array<uint32_t, N> out{};
  for (size_t i = 0; i < N; ++i) out[i] = PackCode(codes[i]);
  return out;
}

template <size_t N>
bool HasCode(const std::array<uint32_t, N>& packed, uint32_t code) {
  for (uint32_t x : packed) {
    if (x == code) return true;
  }
  return false;
}

// The regions of the CAMEO actor codebook.
constexpr std::string_view kRegions[] = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN",
                                         "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS",
                                         "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"};
constexpr auto kPackedRegions = PackCodes(kRegions);
// Codes that lead an actor code without being a state's.
constexpr std::string_view kNonStates[] = {"---", "IGO", "NGO", "NGM", "MNC", "UIS"};
constexpr auto kPackedNonStates = PackCodes(kNonStates);

// The first three letters of an actor code (its country or kind), viewed:
// code.substr(0, 3) copied them for every mention a pronoun or collective
// looks back over.
std::string_view Head3(const std::string& code) { return std::string_view(code).substr(0, 3); }

}  // namespace

bool IsRegionCode(std::string_view code) {
  return code.size() == 3 && HasCode(kPackedRegions, PackCode(code));
}

bool IsStateCode(std::string_view code) {
  if (code.size() < 3) return false;
  const uint32_t head = PackCode(code);
  return !HasCode(kPackedNonStates, head) && !HasCode(kPackedRegions, head);
}

bool IsNewsOutletCode(std::string_view code) { return code.size() > 6 && code.substr(3, 3) == "MED"; }

std::vector<const ActorMention*> ActorMentions::InChunk(int32_t chunk) const {
  std::vector<const ActorMention*> out;
  for (const ActorMention& m : mentions) {
    if (m.chunk == chunk) out.push_back(&m);
  }
  return out;
}

namespace actors {
namespace {

using EK = EntryKind;

using WL = WordLists::List;

struct RawMatch {
  uint32_t first = 0, end = 0;
  std::array<int32_t, 4> terminals{-1, -1, -1, -1};  // one, or one per hyphen part
  uint8_t parts = 0;
  bool attributive = false;
};

struct Member {
  std::string code;
  ActorHow how = ActorHow::kDictionary;
  std::string detail;
  uint32_t first = 0, end = 0;
  bool person_like = false;
  bool has_country = false;
  bool attributive = false;
  bool place = false;
  // PETRARCH conventions: further codes the same words stand for ("the
  // Duchy" [DCA/DCB], "lawmakers in Freedonia and Sylvania"); each becomes a
  // member of one compound.
  std::vector<std::string> alternates;
};

// Appends the agent code `agent` to `code` three letters at a time, leaving
// out a part the code already has in an aligned place (PETRARCH: "White House
// security officials" is USAGOV, not USAGOVGOV; GMWGOV + WGO is GMWGOVWGO).
void AppendAgent(std::string_view agent, std::string* code) {
  for (size_t i = 0; i < agent.size(); i += 3) {
    std::string_view part = agent.substr(i, 3);
    bool have = false;
    for (size_t j = 0; j + part.size() <= code->size() && !have; j += 3) {
      have = std::string_view(*code).substr(j, part.size()) == part;
    }
    if (!have) code->append(part);
  }
}

class Resolver {
 public:
  Resolver(const actors::DictionaryData& d, const Analysis& a, const ActorOptions& o, ActorMentions* out)
      : d_(d), a_(a), o_(o), policy_(o.conventions), out_(out) {}

  void Run() {
    out_->Clear();
    for (uint32_t s = 0; s < a_.sentences.size(); ++s) Sentence_(s);
    // A headline's "Police detain protesters" comes before any country is
    // named: take the story's main country once the whole text is read.
    // (PETRARCH leaves such agents without a country: "---GOV".)
    if (!policy_.AgentsTakeStoryCountry()) return;
    std::string main = ContextCountry(~0u);
    if (main.empty()) return;
    // A titled person's country comes only from other sentences: in their own
    // sentence the named country is as often the other side.
    uint32_t main_first = ~0u, main_last = 0;
    for (const ActorMention& m : out_->mentions) {
      if (m.how == ActorHow::kContext || m.how == ActorHow::kCoreference || m.code.compare(0, 3, main) != 0) continue;
      main_first = std::min(main_first, m.sentence);
      main_last = std::max(main_last, m.sentence);
    }
    for (ActorMention& m : out_->mentions) {
      if (m.code.compare(0, 3, "---") == 0) {
        if (m.how == ActorHow::kRole && main_first == m.sentence && main_last == m.sentence) continue;
        m.code = main + m.code.substr(3);
        m.how = ActorHow::kContext;
        m.detail = "country from context: " + main;
      }
    }
  }

  // Names only (FindNames): every dictionary name of the text with the code
  // of what it names, read from the words alone.
  void RunNamesOnly() {
    out_->Clear();
    for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
      RawMatches(s);
      for (const RawMatch& rm : matches_) {
        for (uint8_t p = 0; p < rm.parts; ++p) {
          Member m = MemberFromTerminal(rm.terminals[p], rm.first, rm.end);
          // (a role word on its own names no one: its country is not in it)
          if (m.code.empty() || (!m.has_country && !m.person_like)) continue;
          m.attributive = rm.attributive;
          Emit(s, -1, std::move(m), -1);
        }
      }
    }
  }

 private:
  std::string_view Lower(uint32_t i) const { return a_.Lower(a_.tokens[i]); }
  PosTag Tag(uint32_t i) const { return a_.tokens[i].tag; }
  uint16_t Flags(uint32_t i) const { return a_.tokens[i].flags; }
  // Whether `w` is in one of the word lists (data/actors/words/words.txt).
  bool Listed(WL list, std::string_view w) const { return d_.words.Has(list, w); }
  // Role words that name one person ("he" can refer to them).
  bool IsPersonRole(std::string_view lemma) const { return Listed(WL::kPersonRole, lemma); }
  // Whether the phrase first..end names one person by a role: its last
  // word, or the word before its first "of" ("secretary of state", "head
  // of state", "minister of defence": the head is before "of").
  bool EndsInPersonRole(uint32_t first, uint32_t end) const {
    if (end <= first) return false;
    if (IsPersonRole(a_.Lemma(a_.tokens[end - 1]))) return true;
    for (uint32_t k = first + 1; k + 1 < end; ++k) {
      if (SameWord(Lower(k), "of")) return IsPersonRole(a_.Lemma(a_.tokens[k - 1]));
    }
    return false;
  }
  // Words for a person who may speak in the news, office holders or not.
  bool IsPersonNoun(std::string_view lemma) const { return IsPersonRole(lemma) || Listed(WL::kPersonNoun, lemma); }

  bool TextCaseOk(const Terminal& t, uint32_t first) const {
    uint16_t f = Flags(first);
    if (t.exact_only && !t.exact_forms.empty()) {
      std::string_view norm = a_.Norm(a_.tokens[first]);
      for (const std::string& x : t.exact_forms) {
        if (norm == x) return true;
      }
      return false;
    }
    if (t.needs_caps) {
      // acronyms ("US", "IS") only in upper case, so the pronoun "us" is not
      // the United States. ("G7" has one letter: a capital with digits.)
      return (f & kTokAllCaps) != 0 || ((f & kTokHasDigit) && (f & kTokCapitalized));
    }
    if (t.needs_capital) {
      if ((f & (kTokCapitalized | kTokAllCaps)) != 0 || (f & kTokHasDigit) || t.any_case_name) return true;
      // "al-Nusra Front", "el-Sisi": a name particle before a capital
      std::string_view norm = a_.Norm(a_.tokens[first]);
      const size_t h = norm.find('-');
      return h != std::string_view::npos && h > 0 && h <= 3 && h + 1 < norm.size() && norm[h + 1] >= 'A' &&
             norm[h + 1] <= 'Z';
    }
    return true;
  }

  // Function words, punctuation and lower-case verbs start no name in any
  // dictionary; skipping them spares a hash and a probe for about half of
  // all tokens. (Capitalised or upper-case words are always tried: "US" may
  // be tagged as the pronoun.)
  // "Qari Yussouf Ahmadi": a town's or region's name that ends a run of
  // capitalised words no dictionary knows is the surname of someone the
  // dictionaries do not know, not the place.
  // "Real Madrid", "Dynamo Kiev": a capital's name after such a word is
  // part of a club's or a firm's name (in running text: a headline
  // capitalises every word; and not "East Jerusalem" or "Central London").
  bool SurnameOfUnknownName(const RawMatch& m, const Sentence& sentence) const {
    const uint32_t sentence_first = sentence.first_token;
    if (m.parts != 1 || m.first <= sentence_first + 1 || m.end != m.first + 1) return false;
    const Role* role = nullptr;
    const Entry* e = Pick(m.terminals[0], &role);
    if (!e || (e->kind != EK::kPlace && e->kind != EK::kGovernment)) return false;
    const uint32_t prev = m.first - 1;
    if (Tag(prev) != PosTag::kNNP || !(Flags(prev) & kTokCapitalized)) return false;
    if (e->kind == EK::kGovernment &&
        (sentence.is_title || IsWeekdayOrMonthName(Lower(prev)) ||
         Listed(WL::kCityPart, Lower(prev)))) {
      return false;
    }
    if (!matches_.empty() && matches_.back().end > prev) return false;  // a name the dictionary knows
    return true;
  }

  // "the singer Paris Vance", "congresswoman Alexandria Reyes": a place's
  // name between a word for a person and a capitalised word no dictionary
  // knows is that person's given name, not the place.
  bool GivenNameOfUnknownPerson(const RawMatch& m, const Sentence& sentence) const {
    if (m.parts != 1 || m.end != m.first + 1 || m.first <= sentence.first_token || m.end >= sentence.end_token) {
      return false;
    }
    const Role* role = nullptr;
    const Entry* e = Pick(m.terminals[0], &role);
    if (!e || (e->kind != EK::kPlace && e->kind != EK::kGovernment)) return false;
    const uint32_t prev = m.first - 1;
    if (Tag(prev) != PosTag::kNN || (Flags(prev) & kTokCapitalized) || !IsPersonNoun(a_.Lemma(a_.tokens[prev]))) {
      return false;
    }
    if (Tag(m.end) != PosTag::kNNP || !(Flags(m.end) & kTokCapitalized) || (Flags(m.end) & kTokAllCaps)) return false;
    RawMatch next;
    return !MatchAt(m.end, sentence.end_token, &next);
  }

  // "US$2 million", "HK$ 40": a name written right against a currency sign
  // is the currency's prefix (the country's dollar), not the country acting
  // ("gave Peru $5 million": with a space between, Peru is given it).
  bool CurrencyPrefix(const RawMatch& m, uint32_t sentence_end) const {
    return m.end < sentence_end && Tag(m.end) == PosTag::kDollar && a_.tokens[m.end - 1].end == a_.tokens[m.end].begin;
  }

  // "Janet Napolitano" when the dictionary knows another Napolitano: a
  // person's surname right after a capitalised given name that is not in
  // that person's name (nor a title or honorific) is someone else's.
  bool SurnameOfAnotherPerson(const RawMatch& m, uint32_t sentence_first) const {
    if (m.parts != 1 || m.end != m.first + 1 || m.first <= sentence_first) return false;
    const Role* role = nullptr;
    const Entry* e = Pick(m.terminals[0], &role);
    if (!e || e->kind != EK::kPerson) return false;
    const uint32_t prev = m.first - 1;
    if (Tag(prev) != PosTag::kNNP || !(Flags(prev) & kTokCapitalized) || (Flags(prev) & kTokAllCaps)) return false;
    if (!matches_.empty() && matches_.back().end > prev) return false;  // a name or title the dictionary knows
    const std::string_view given = Lower(prev);
    if (given.size() <= 2 || given.find('.') != std::string_view::npos || given.find('-') != std::string_view::npos ||
        IsWeekdayOrMonthName(given)) {
      return false;
    }
    if (Listed(WL::kTitle, given)) {
      return false;
    }
    // (the display name, lower case, word by word)
    std::string_view d = e->display;
    size_t start = 0;
    while (start < d.size()) {
      size_t sp = d.find(' ', start);
      if (sp == std::string_view::npos) sp = d.size();
      if (EqualsAsciiLower(d.substr(start, sp - start), given)) return false;
      start = sp + 1;
    }
    return true;
  }

  // "Secretary Napolitano" after "Janet Napolitano": once the story has
  // given a surname to someone the dictionary does not know, the surname
  // alone (or after a title) goes on naming that person.
  bool SurnameTakenByAnotherPerson(const RawMatch& m) const {
    if (other_surnames_.empty() || m.parts != 1 || m.end != m.first + 1) return false;
    const Role* role = nullptr;
    const Entry* e = Pick(m.terminals[0], &role);
    return e && e->kind == EK::kPerson && other_surnames_.count(std::string(Lower(m.first))) > 0;
  }

  bool CannotStartName(uint32_t i) const {
    static constexpr auto kClosed = [] {
      std::array<bool, static_cast<size_t>(PosTag::kCount)> closed{};
      for (PosTag t : {PosTag::kCC, PosTag::kDT, PosTag::kEX, PosTag::kIN, PosTag::kMD, PosTag::kPDT,
                       PosTag::kPOS, PosTag::kPRP, PosTag::kPRPS, PosTag::kRP, PosTag::kTO, PosTag::kVB,
                       PosTag::kVBD, PosTag::kVBG, PosTag::kVBN, PosTag::kVBP, PosTag::kVBZ, PosTag::kWDT,
                       PosTag::kWP, PosTag::kWPS, PosTag::kWRB, PosTag::kOpenQuote, PosTag::kCloseQuote,
                       PosTag::kComma, PosTag::kPeriod, PosTag::kColon, PosTag::kLRB, PosTag::kRRB}) {
        closed[static_cast<size_t>(t)] = true;
      }
      return closed;
    }();
    return kClosed[static_cast<size_t>(Tag(i))] && !(Flags(i) & (kTokCapitalized | kTokAllCaps)) &&
           !(d_.article_names && Lower(i) == "the") &&
           // ("those affected", "those in need": people only a dictionary
           // name starting with "those" can give)
           Lower(i) != "those";
  }

  // Longest dictionary match starting at token i (within [i, e)).
  bool MatchAt(uint32_t i, uint32_t e, RawMatch* m) const {
    uint32_t node = 0;
    int32_t best_term = -1;
    uint32_t best_end = i;
    for (uint32_t j = i; j < e; ++j) {
      int32_t child = d_.Child(node, KeyHash(Lower(j)));
      if (child < 0) break;
      node = child;
      int32_t term = d_.terminal_of[node];
      if (term >= 0 && TextCaseOk(d_.terminals[term], i)) {
        best_term = term;
        best_end = j + 1;
      }
    }
    if (best_term >= 0) {
      m->first = i;
      m->end = best_end;
      m->terminals[0] = best_term;
      m->parts = 1;
      return true;
    }
    // Hyphenated forms: "Sino-Russian", "Russia-China", "U.S.-backed".
    if (Flags(i) & kTokHyphenated) {
      std::string_view w = Lower(i);
      // "anti-China protesters", "anti-Turkish sentiment": against X, not X's
      if (w.starts_with("anti-")) return false;
      RawMatch hm;
      hm.first = i;
      hm.end = i + 1;
      size_t start = 0;
      bool last_unknown = false;
      std::string_view last_part;
      while (start <= w.size() && hm.parts < 4) {
        size_t dash = w.find('-', start);
        if (dash == std::string_view::npos) dash = w.size();
        std::string_view part = w.substr(start, dash - start);
        start = dash + 1;
        int32_t child = part.empty() ? -1 : d_.Child(0, KeyHash(part));
        int32_t term = child < 0 ? -1 : d_.terminal_of[child];
        if (term >= 0 && d_.terminals[term].needs_caps) term = -1;  // "is-" is not IS
        if (term >= 0) {
          hm.terminals[hm.parts++] = term;
          last_unknown = false;
        } else {
          last_unknown = true;
          last_part = part;
        }
        if (dash == w.size()) break;
      }
      if (hm.parts == 0) return false;
      if (last_unknown && Listed(WL::kAttributiveSuffix, last_part)) hm.attributive = true;
      *m = hm;
      return true;
    }
    return false;
  }

  // Picks the entry of a terminal for this document (people by date).
  const Entry* Pick(int32_t term, const Role** role) const {
    *role = nullptr;
    const Terminal& t = d_.terminals[term];
    const Entry* best = nullptr;
    int best_rank = 100;
    for (uint32_t ei : t.entries) {
      const Entry& e = d_.entries[ei];
      int rank = 0;
      switch (e.kind) {
        case EK::kPerson: rank = 0; break;
        case EK::kGroup: rank = 1; break;
        case EK::kIgo: rank = 2; break;
        case EK::kCountry: rank = 3; break;
        case EK::kGovernment: rank = 4; break;
        case EK::kAdjective: rank = 5; break;
        case EK::kPlace: rank = 6; break;
        case EK::kAgent: rank = 7; break;
      }
      if (e.kind == EK::kPerson) {
        const Role* r = PickRole(e);
        bool current = r && (o_.date.empty() || (r->from <= o_.date && o_.date <= r->to));
        rank = current ? 0 : 8;
        if (rank < best_rank) {
          best_rank = rank;
          best = &e;
          *role = r;
        }
        continue;
      }
      if (rank < best_rank) {
        best_rank = rank;
        best = &e;
        *role = nullptr;
      }
    }
    return best;
  }

  const Role* PickRole(const Entry& e) const {
    if (e.roles.empty()) return nullptr;
    if (o_.date.empty()) {
      // no date: the most recent role
      const Role* r = &e.roles[0];
      for (const Role& x : e.roles) {
        if (x.from > r->from) r = &x;
      }
      return r;
    }
    const Role* covering = nullptr;
    for (const Role& x : e.roles) {
      if (x.from <= o_.date && o_.date <= x.to) {
        // several at once: the later-starting (more specific) one
        if (!covering || x.from > covering->from) covering = &x;
      }
    }
    if (covering) return covering;
    // Out of office on that date: a role that ended at most two years
    // earlier still describes them ("former defence minister"); otherwise
    // the name is more likely someone else's.
    const Role* nearest = nullptr;
    int best = 0;
    int year = std::atoi(o_.date.substr(0, 4).c_str());
    for (const Role& x : e.roles) {
      int to = std::atoi(x.to.substr(0, 4).c_str());
      int gap = year - to;
      if (gap >= 0 && gap <= 2 && (!nearest || gap < best)) {
        nearest = &x;
        best = gap;
      }
    }
    return nearest;
  }

  // The role nearest in time to the document's date whose code names a
  // country (not an organisation's post), or null.
  const Role* NearestRole(const Entry& e) const {
    if (o_.date.size() < 4) return nullptr;
    int year = std::atoi(o_.date.substr(0, 4).c_str());
    const Role* nearest = nullptr;
    int best = 0;
    for (const Role& x : e.roles) {
      if (!IsStateCode(x.code)) continue;
      int from = std::atoi(x.from.substr(0, 4).c_str());
      int to = std::atoi(x.to.substr(0, 4).c_str());
      int gap = year < from ? from - year : year > to ? year - to : 0;
      if (!nearest || gap < best) {
        nearest = &x;
        best = gap;
      }
    }
    return nearest;
  }

  // The dictionary's names in sentence `s`, left to right, longest first,
  // into matches_.
  void RawMatches(uint32_t s) {
    const Sentence& sent = a_.sentences[s];
    matches_.clear();
    for (uint32_t i = sent.first_token; i < sent.end_token;) {
      RawMatch m;
      if (CannotStartName(i)) {
        ++i;
        continue;
      }
      if (MatchAt(i, sent.end_token, &m)) {
        if (SurnameOfAnotherPerson(m, sent.first_token)) {
          other_surnames_.emplace(Lower(m.first));
        } else if (!SurnameOfUnknownName(m, sent) && !CurrencyPrefix(m, sent.end_token) &&
                   !GivenNameOfUnknownPerson(m, sent) && !SurnameTakenByAnotherPerson(m)) {
          matches_.push_back(m);
        }
        i = m.end;
      } else {
        ++i;
      }
    }
  }

  void Sentence_(uint32_t s) {
    // 1. raw matches, left to right, longest first
    RawMatches(s);
    if (s >= a_.parses.size()) return;
    const SentenceParse& p = a_.parses[s];
    size_t mi = 0;
    for (uint32_t c = p.first_chunk; c < p.end_chunk; ++c) {
      const Chunk& ch = a_.chunks[c];
      size_t mb = mi;
      while (mi < matches_.size() && matches_[mi].first < ch.end_token) ++mi;
      if (ch.kind != ChunkKind::kNP && mb == mi) continue;
      if (ch.kind == ChunkKind::kO || ch.kind == ChunkKind::kPP) {
        // a name the tagger did not put in a noun phrase still counts
        for (size_t k = mb; k < mi; ++k) Emit(s, c, ResolveMember(k, k + 1, matches_[k].first, matches_[k].end), -1);
        continue;
      }
      Chunk_(s, c, mb, mi);
      head_ = -1;
      chunk_ = -1;
    }
    // (after the loop: the speaker often follows the quotation)
    if (policy_.ResolvesEveryPronoun()) QuotedFirstPersons(s);
    if (policy_.ResolvesEveryPronoun()) OpeningPhrasePossessives(s);
  }

  // "Following his visit to Moscow, Modi flew to Vienna", "During its
  // talks with Chile, Peru ...": a possessive in a phrase that opens the
  // sentence, before its first comma, stands for the subject right after
  // that comma (named later, so the search back found someone else).
  void OpeningPhrasePossessives(uint32_t s) {
    const Sentence& sen = a_.sentences[s];
    const uint32_t b = sen.first_token;
    if (b >= sen.end_token || !(Tag(b) == PosTag::kIN || Tag(b) == PosTag::kVBG)) return;
    uint32_t comma = b + 1;
    while (comma < sen.end_token && Lower(comma) != ",") ++comma;
    if (comma + 1 >= sen.end_token) return;
    // (The sentence's mentions are the last ones: read from the end, so a
    // long document costs no more per sentence than a short one.)
    auto& mentions = out_->mentions;
    size_t from = mentions.size();
    while (from > 0 && mentions[from - 1].sentence == s) --from;
    const ActorMention* subject = nullptr;
    for (size_t k = from; k < mentions.size(); ++k) {
      const ActorMention& m = mentions[k];
      if (m.first_token == comma + 1 && !m.attributive && m.how != ActorHow::kContext &&
          m.how != ActorHow::kCoreference) {
        subject = &m;
      }
    }
    // (the subject must be the clause's: a verb right after its phrase)
    if (!subject || subject->chunk < 0 || static_cast<size_t>(subject->chunk) + 1 >= a_.chunks.size() ||
        a_.chunks[subject->chunk + 1].kind != ChunkKind::kVP) {
      return;
    }
    const bool person = person_like_[subject - out_->mentions.data()];
    const std::string code = subject->code;
    for (size_t k = from; k < mentions.size(); ++k) {
      ActorMention& m = mentions[k];
      if (m.first_token >= comma || m.how != ActorHow::kCoreference || Tag(m.first_token) != PosTag::kPRPS) {
        continue;
      }
      const std::string_view w = Lower(m.first_token);
      if ((OneOf(w, {"his", "her"}) && person) || (w == "its" && !person)) {
        m.code = code;
        m.detail = "\"" + std::string(w) + "\" = " + code + ", the subject after the opening phrase";
      }
    }
  }

  // '"We condemn Sylvania," the Freedonian minister said': "we" or "I" as
  // the subject of quoted speech is its speaker, when a dictionary codes
  // the speaker (or the body in an "of" phrase right after a word for a
  // person: "a spokesman for X" is X's). A speaker no dictionary codes
  // leaves the pronoun unresolved.
  void QuotedFirstPersons(uint32_t s) {
    const SentenceParse& p = a_.parses[s];
    for (uint32_t k = p.first_clause; k < p.end_clause && k < a_.clauses.size(); ++k) {
      const Clause& cl = a_.clauses[k];
      if (!cl.reported || cl.subject < 0 || cl.speaker < 0) continue;
      const Chunk& ch = a_.chunks[cl.subject];
      const uint32_t t = ch.first_token;
      if (ch.end_token != t + 1 || Tag(t) != PosTag::kPRP || !OneOf(Lower(t), {"we", "i"})) continue;
      if (!InsideQuotation(s, t)) continue;
      const Chunk& sp = a_.chunks[cl.speaker];
      // (the speaker stands outside the quotation)
      if (InsideQuotation(s, sp.first_token)) continue;
      const ActorMention *speaker = nullptr, *of_body = nullptr;
      bool named = false;
      const int32_t of = cl.speaker + 2 < static_cast<int32_t>(p.end_chunk) &&
                                 a_.chunks[cl.speaker + 1].kind == ChunkKind::kPP &&
                                 OneOf(Lower(a_.chunks[cl.speaker + 1].first_token), {"of", "for"})
                             ? cl.speaker + 2
                             : -1;
      for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend() && it->sentence >= s; ++it) {
        if (it->sentence != s) continue;
        if (it->chunk == static_cast<int32_t>(cl.subject)) named = true;
        if (it->attributive || it->code.size() < 3 || SameWord(Head3(it->code), "---")) continue;
        if (it->chunk == cl.speaker) speaker = &*it;
        if (it->chunk == of) of_body = &*it;
      }
      // A speaker whose country only the story's context gave is not
      // trusted ('"We called for X to ...," the diplomats said' are seldom
      // the story's country's), but the body it speaks for is.
      if (!speaker || speaker->how == ActorHow::kContext) speaker = of_body;
      if (named || !speaker || speaker->how == ActorHow::kContext) continue;
      if (speaker->group >= 0) {
        // '"We urge X to ...," the Freedonian and Sylvanian ministers said':
        // "we" are all the compound speaker's members. (Their codes are read
        // before any is emitted: Emit appends to the mentions they are in.)
        std::vector<Member> members;
        bool trusted = true;
        for (const ActorMention& x : out_->mentions) {
          if (x.sentence != s || x.group != speaker->group) continue;
          trusted = trusted && x.how != ActorHow::kContext;
          Member& m = members.emplace_back();
          m.first = t;
          m.end = t + 1;
          m.code = x.code;
          m.how = ActorHow::kCoreference;
          m.detail = "\"" + std::string(Lower(t)) + "\" = " + x.code + ", of the quotation's speakers";
          m.person_like = person_like_[&x - out_->mentions.data()];
          m.has_country = true;
        }
        if (!trusted || members.size() < 2) continue;
        const int32_t g = next_group_++;
        for (Member& m : members) Emit(s, cl.subject, std::move(m), g);
        continue;
      }
      Member m;
      m.first = t;
      m.end = t + 1;
      m.code = speaker->code;
      m.how = ActorHow::kCoreference;
      m.detail = "\"" + std::string(Lower(t)) + "\" = " + speaker->code + ", the quotation's speaker";
      m.person_like = person_like_[speaker - out_->mentions.data()];
      m.has_country = true;
      Emit(s, cl.subject, std::move(m), -1);
    }
  }

  // Resolves one noun phrase with matches [mb, me).
  void Chunk_(uint32_t s, uint32_t c, size_t mb, size_t me) {
    const Chunk& ch = a_.chunks[c];
    head_ = ch.head;
    chunk_ = c;
    // "the two leaders", "both sides": a collective even though the noun
    // is also a role word.
    if (me == mb + 1 && matches_[mb].first > ch.first_token && OneOf(Lower(matches_[mb].first - 1), {"two", "both"}) &&
        policy_.ResolvesCollectives() && Collective(s, c)) {
      return;
    }
    if (mb == me) {
      // (PETRARCH does not resolve pronouns or "the two countries".)
      if (policy_.ResolvesCollectives() && Collective(s, c)) return;
      if ((policy_.ResolvesEveryPronoun() || ReportedSubjectPronoun(s, c)) && Pronoun(s, c)) return;
      if (IntroducedName(s, c)) return;
      if (CountryNamedAfter(s, c)) return;
      if (RoleBeforeName(s, c)) return;
      Apposition(s, c);
      return;
    }
    // Members of a compound: split at "and"/"or"/commas between matches.
    std::vector<std::pair<size_t, size_t>>& groups = groups_;
    groups.clear();
    size_t start = mb;
    for (size_t k = mb + 1; k < me; ++k) {
      bool split = false;
      const uint32_t gap_b = matches_[k - 1].end, gap_e = matches_[k].first;
      for (uint32_t t = gap_b; t < gap_e; ++t) {
        std::string_view w = Lower(t);
        if (w == "," || w == "&") split = true;
        if (w == "and" || w == "or" || w == "nor") {
          // "Sylvania's stern and tireless minister Trentino": a conjunction
          // between two modifiers joins them, not two actors.
          bool modifiers = t > gap_b && t + 1 < gap_e && IsAdjective(Tag(t - 1)) && IsAdjective(Tag(t + 1));
          if (!modifiers) split = true;
        }
      }
      if (split) {
        groups.emplace_back(start, k);
        start = k;
      }
    }
    groups.emplace_back(start, me);
    int32_t group_id = -1;
    size_t members_emitted = 0;
    std::vector<Member>& members = members_;
    members.clear();
    for (auto [gb, ge] : groups) {
      gb = AfterPossessor(gb, ge);
      gb = AfterMemberOf(gb, ge);
      // "sanctions against the OPEC member": one member of an organisation,
      // unnamed, is one of its states, not the organisation. ("EU member
      // states" together stay the organisation.)
      if (ge == gb + 1 && ge == me && head_ >= 0 && static_cast<uint32_t>(head_) >= matches_[gb].end &&
          Tag(static_cast<uint32_t>(head_)) == PosTag::kNN && IsMemberWord(static_cast<uint32_t>(head_)) &&
          IsIgoMatch(gb)) {
        continue;
      }
      // "Iran-backed Houthi rebels", "Russian-backed separatists": the
      // backer modifies the actor named after it, which is the member.
      // ("Gaza-based militants": where the member is based is kept, as its
      // country when nothing else in the phrase names one: ResolveMember.)
      based_in_.clear();
      while (ge - gb > 1 && matches_[gb].attributive) {
        if (BasedIn(matches_[gb])) based_in_ = CountryOfMatch(matches_[gb]);
        ++gb;
      }
      uint32_t first = matches_[gb].first;
      uint32_t end = matches_[ge - 1].end;
      // extend a member to the end of the chunk for role introductions
      uint32_t limit = ch.end_token;
      if (ge < me) limit = matches_[ge].first;
      Member m = ResolveMember(gb, ge, first, end);
      based_in_.clear();  // (for this member only)
      // (a person's allies are of the person's country: "Duterte's allies")
      if (ge == me && !m.person_like && OtherPartyOfPossessor(end)) continue;
      IntroduceFromMember(gb, ge, end, limit, &m);
      // hyphen compounds yield several members
      const RawMatch& rm = matches_[gb];
      if (ge - gb == 1 && rm.parts > 1) {
        for (uint8_t p = 0; p < rm.parts; ++p) {
          Member hm = MemberFromTerminal(rm.terminals[p], rm.first, rm.end);
          hm.attributive = rm.attributive;
          members.push_back(hm);
        }
        continue;
      }
      m.attributive = rm.attributive;
      // "Pakistan-based groups": a body named only by where it is based is
      // of that country (who backs or leads one is not: "Iran-backed groups").
      if (m.attributive && ge - gb == 1 && ge == me && head_ >= 0 && static_cast<uint32_t>(head_) >= rm.end &&
          BasedIn(rm) && Listed(WL::kBodyNoun, a_.Lemma(a_.tokens[head_])) && m.has_country) {
        m.attributive = false;
      }
      if (m.alternates.empty()) {
        members.push_back(std::move(m));
        continue;
      }
      std::vector<std::string> alternates = std::move(m.alternates);
      m.alternates.clear();
      members.push_back(m);
      for (std::string& code : alternates) {
        members.push_back(m);
        members.back().code = std::move(code);
      }
    }
    // "Chinese and Russian warships", "US and South Korean forces": the
    // members share the head noun's sector.
    if (members.size() > 1) {
      // "Turkish warplanes and artillery": an unnamed member after one named
      // with a country belongs to that country, not to the story's context.
      // (One before it need not: "local militias and the U.S. military".)
      std::string named;
      for (Member& m : members) {
        if (named.empty() && m.how != ActorHow::kContext && m.has_country) {
          named = m.code.substr(0, 3);
        } else if (m.how == ActorHow::kContext && !named.empty() && m.code.size() >= 3) {
          m.code = named + m.code.substr(3);
          m.detail = "country from its compound: " + named;
        }
      }
      const std::string& last = members.back().code;
      bool country_sector = last.size() == 6 && last.compare(0, 3, "IGO") && last.compare(0, 3, "NGM") &&
                            last.compare(0, 3, "---");
      // ("Colombia and the rebels", "Kenya and its allies": a last member
      // with its own determiner is a phrase of its own, not a head noun the
      // members before it modify.)
      if (country_sector && groups.size() > 1) {
        const uint32_t gap_b = matches_[groups[groups.size() - 2].second - 1].end;
        for (uint32_t t = gap_b; t < matches_[groups.back().first].first; ++t) {
          if (Tag(t) == PosTag::kDT || Tag(t) == PosTag::kPRPS) country_sector = false;
        }
      }
      for (size_t k = 0; k + 1 < members.size() && country_sector; ++k) {
        Member& m = members[k];
        if (m.code.size() == 3 && m.how == ActorHow::kDictionary && !m.person_like) {
          m.code += last.substr(3);
          m.place = false;
        }
      }
      group_id = next_group_++;
    }
    for (Member& m : members) {
      if (m.code.empty()) continue;
      Emit(s, c, std::move(m), group_id);
      ++members_emitted;
    }
    (void)members_emitted;
  }

  // Whether a hyphenated match says where something is based: "Gaza-based",
  // "London-headquartered" (spaced hyphens included: "Pakistan - based").
  bool BasedIn(const RawMatch& rm) const {
    if (rm.end != rm.first + 1 || rm.parts != 1) return false;
    const std::string_view w = Lower(rm.first);
    return w.ends_with("-based") || w.ends_with(" based") || w.ends_with("-headquartered");
  }

  // The country of a match's first part, or "".
  std::string CountryOfMatch(const RawMatch& rm) {
    Member m = MemberFromTerminal(rm.terminals[0], rm.first, rm.end);
    return m.has_country && m.code.size() >= 3 && IsStateCode(m.code) ? m.code.substr(0, 3) : std::string();
  }

  Member MemberFromTerminal(int32_t term, uint32_t first, uint32_t end) {
    Member m;
    m.first = first;
    m.end = end;
    const Role* role = nullptr;
    const Entry* e = Pick(term, &role);
    if (!e) return m;
    switch (e->kind) {
      case EK::kPerson:
        if (role) {
          m.code = role->code;
          m.how = ActorHow::kDateRule;
          m.detail = e->display + ": " + role->description;
        }
        m.person_like = true;
        break;
      case EK::kAgent:
        m.code = e->code;
        break;
      default:
        m.code = e->code;
        m.detail = e->display;
        m.has_country = true;
    }
    return m;
  }

  Member ResolveMember(size_t gb, size_t ge, uint32_t first, uint32_t end) {
    if (policy_.ComposesCodesAsPetrarch()) return PetrarchMember(gb, ge, first, end);
    Member m;
    m.first = first;
    m.end = end;
    std::string country, sector, full;  // (codes copied in with assign(code, 0, 3): no temporary)
    std::string_view prefix;  // a PETRARCH prefix agent's code ([NGO~])
    std::string detail;
    ActorHow how = ActorHow::kDictionary;
    bool person = false;
    bool place = false;
    bool capital = false;  // a capital standing for its government ("Moscow said")
    std::string heritage;  // "Iranian-American": the last of two nationalities in one word
    const RawMatch* country_match = nullptr;
    const RawMatch* former_name = nullptr;  // a person out of office, named in full
    bool demonym = false;                   // the country came from an adjective or demonym ("Kenyan", "Kenyans")
    uint32_t envoy_at = 0;                  // after a body named after a country: "the Freedonian U.N. |ambassador"
    ForEachPicked(gb, ge, [&](const RawMatch& rm, const Entry* e, const Role* role) {
      switch (e->kind) {
        case EK::kCountry:
        case EK::kAdjective:
        case EK::kPlace:
          if (country.empty()) {
            country.assign(e->code, 0, 3), detail = e->display;
            place = e->kind == EK::kPlace;
            demonym = e->kind == EK::kAdjective;
            country_match = &rm;
          } else if (country_match == &rm && e->kind == EK::kAdjective && rm.parts > 1) {
            heritage.assign(e->code, 0, 3);
          }
          break;
        case EK::kGovernment:
          if (country.empty()) {
            place = true;
            capital = true;
            country.assign(e->code, 0, 3);
            detail = e->display + " (government)";
            if (sector.empty()) sector = "GOV";
          }
          break;
        case EK::kIgo:
        case EK::kGroup:
          if (full.empty()) {
            full = e->code, detail = e->display;
            if (e->kind == EK::kIgo && !country.empty() && !place) envoy_at = rm.end;
          }
          break;
        case EK::kAgent:
          if (e->prefix) {
            prefix = e->code;
          } else {
            sector = e->code;  // the head-most role word decides
          }
          break;
        case EK::kPerson:
          if (role) {
            full = role->code;
            how = ActorHow::kDateRule;
            detail = e->display + ": " + role->description;
            person = true;
            // later "Xu said" refers to "Xu Qiliang"
            if (rm.end - rm.first >= 2) Register(rm.first, rm.end, full);
          } else if (const Role* r = NearestRole(*e); r && rm.end - rm.first >= 2 && country.empty()) {
            // Out of office on the document's date but named in full (a
            // surname alone is more likely someone else's): people change
            // office, seldom their country, so the name codes the country
            // of the role nearest in time, and a role word beside it its
            // sector ("former president Ana Ruiz").
            country.assign(r->code, 0, 3);
            how = ActorHow::kDateRule;
            detail = e->display + ": out of office (nearest role: " + r->description + ")";
            person = true;
            former_name = &rm;
          } else if (rm.end - rm.first == 1 && full.empty() && country.empty()) {
            // the surname alone of someone out of office whom the story
            // named in full before
            if (auto it = introduced_.find(std::string(Lower(rm.first))); it != introduced_.end()) {
              full = it->second;
              how = ActorHow::kRole;
              detail = "introduced earlier as " + it->second;
              person = true;
            }
          }
          break;
      }
    });
    // "the South China Sea", "the Korean Peninsula", "the Sea of Japan": a
    // country that names a sea, strait or peninsula is no party to what
    // happens there (the sea is not the country's, nor the peninsula one
    // country's).
    if (sector.empty() && full.empty() && !country.empty() && GeographicFeature(first, end)) {
      m.code.clear();
      return m;
    }
    // "told VOA's Korean Service": a nationality before a broadcaster's
    // language service names the language, not a country spoken to.
    if (sector.empty() && full.empty() && !country.empty() && end < a_.tokens.size() &&
        (Flags(end) & kTokCapitalized) && Listed(WL::kLanguageService, a_.Lemma(a_.tokens[end]))) {
      m.code.clear();
      return m;
    }
    // "violating the U.N. Charter", "Freedonia's Constitution guarantees": a
    // body or country before a document's title names the text, not a party.
    if (sector.empty() && !person && (!full.empty() || !country.empty())) {
      uint32_t t = end;
      if (t < a_.tokens.size() && Tag(t) == PosTag::kPOS) ++t;
      // (or before a relation: "a possible Freedonia link")
      if (t < a_.tokens.size() &&
          (((Flags(t) & kTokCapitalized) && Listed(WL::kDocumentName, a_.Lemma(a_.tokens[t]))) ||
           (t == end && Listed(WL::kRelationNoun, a_.Lemma(a_.tokens[t]))))) {
        m.code.clear();
        return m;
      }
    }
    // "the Minsk agreements", "the Oslo Accords": so does a capital alone
    // right before the document's word, capitalised or not; not one that owns
    // it ("Pyongyang and Moscow's treaty": Moscow is a party to it).
    if (capital && ge - gb == 1 && !person && end < a_.tokens.size() &&
        Listed(WL::kDocumentName, a_.Lemma(a_.tokens[end]))) {
      m.code.clear();
      return m;
    }
    // "their opposition to the plan", "an alliance in opposition to China":
    // opposition to something is a stance, not the political opposition.
    if (SameWord(sector, "OPP") && end > first && end < a_.tokens.size() && Lower(end) == "to" &&
        a_.Lemma(a_.tokens[end - 1]) == "opposition") {
      m.code.clear();
      return m;
    }
    // "Iranian-American prisoners" are Americans; "Sino-Russian drills" and
    // state organs ("Russian-Syrian forces") keep the first country (and the
    // phrase's other codes).
    if (!heritage.empty() && !sector.empty() && !Listed(WL::kStateOrganSector, sector)) {
      country = heritage;
    }
    // "rebel leader Riek Machar", "opposition leader X": a title the
    // sentence gives a person says what they are at the time of writing,
    // which a table of dated roles may not (their country stays the role's).
    if (person && !full.empty() && sector.size() == 3 && full.size() >= 6 && full.compare(3, 3, sector) != 0 &&
        IsStateCode(full)) {
      full = full.substr(0, 3) + sector;
      detail += " (titled " + sector + ")";
    }
    // "Europe", "the Southeast Asian nation", "Asian seas": a region on its
    // own is mostly where something happens, or one of its countries; only
    // its people or bodies of some kind ("European companies", "West
    // African troops") are a party of the region.
    // ("European countries", "Gulf allies": the region's states in the
    // plural are the region.)
    if (full.empty() && sector.empty() && IsRegionCode(country) && !RegionsStates(end)) {
      m.code.clear();
      return m;
    }
    // "visited Mbanza Congo in northern Angola": a country's name after
    // another capitalised word no dictionary knows is part of a place's
    // name, and the "in" phrase right after it says whose the place is.
    if (full.empty() && sector.empty() && country_match && PlaceInAnotherCountry(*country_match, country)) {
      m.code.clear();
      return m;
    }
    // "Kurdish fighters", "Tigrayan forces", "Iraqi Kurdish troops": the
    // armed men of a people with no state of its own are an armed group of
    // the country they are in, not its army or police.
    if (full.empty() && (SameWord(sector, "MIL") || SameWord(sector, "COP")) && StatelessPeoples(first, end)) {
      sector = "REB";
      detail += " (a stateless people's armed men)";
    }
    // "thousands of Kenyans", "two Peruvians": counted people of a country,
    // named by the plural of its demonym, are its civilians, not the state
    // (which may be what they act against: "protested against the
    // government"); "the Russians" alone may still be the state.
    if (sector.empty() && full.empty() && demonym && !person && CountedPeople(*country_match)) {
      sector = "CVL";
      detail += " (counted people)";
    }
    // "the Freedonian U.N. ambassador", "Sylvania's NATO envoy": a state's
    // envoy to a body speaks for the state's government, not the body.
    if (envoy_at > 0 && !person && EnvoyAt(envoy_at)) {
      full.clear();
      sector = "GOV";
      detail += " (envoy to a body)";
    }
    if (!full.empty()) {
      m.code = full;
    } else if (!country.empty()) {
      m.code = country + (SameWord(sector, "GOV") && country.size() == 3 ? "GOV" : sector);
      if (sector.empty()) m.code = country;
    } else if (!sector.empty()) {
      // A role word that only modifies the phrase ("military relations",
      // "police station") is not an actor.
      // ... but a title before a name the dictionaries lack ("Prime Minister
      // Ana Ruiz") is the person's role.
      const bool title = TitleBeforeName(end);
      if (!title && ModifiesPhrase(first, end)) {
        m.code.clear();
        return m;
      }
      // "foreign bloggers", "the court's president": a phrase that says its
      // people are from elsewhere, or whose possessor is a body no
      // dictionary names, is no one the story's country stands for.
      if (!title && OwnedElsewhere(matches_[gb].first)) {
        m.code.clear();
        return m;
      }
      // "a plot by hostile forces", "blamed dark forces for the unrest":
      // forces that a word of judgement or of kind qualifies ("political
      // forces", "market forces") are no army, nor any party the story's
      // country stands for; nor are the forces people join ("the parties
      // joined forces on Monday").
      if (!title && SameWord(sector, "MIL") && FigurativeForces(matches_[gb].first, end)) {
        m.code.clear();
        return m;
      }
      // "the government of President Assad", "inspectors from the IAEA":
      // the phrase that follows says whose they are.
      std::string ctx;
      // "Gaza-based militants", "a Pakistan-based militant group": the
      // country a group is based in, named in its phrase, is its own, not
      // the story's (which may be the one it attacks).
      const bool based = !based_in_.empty() && how != ActorHow::kCoreference;
      if (based) ctx = based_in_;
      // "miners whose union", "the rebels, whose leader": the phrase
      // "whose" follows is the possessor
      if (chunk_ > 0 && Tag(a_.chunks[chunk_].first_token) == PosTag::kWPS) {
        int32_t owner = chunk_ - 1;
        if (owner > 0 && a_.chunks[owner].kind == ChunkKind::kO && Lower(a_.chunks[owner].first_token) == ",") --owner;
        for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend() && ctx.empty(); ++it) {
          if (it->chunk == owner && it->code.size() >= 3 && IsStateCode(it->code)) {
            ctx = it->code.substr(0, 3);
            how = ActorHow::kCoreference;
            detail = "\"whose\" = " + it->code;
          }
        }
      }
      // "its forces", "their government": the possessor's country
      // ("asked their governments": an office each country has one of, in
      // the plural, is held in several countries, whoever the possessor is.)
      if (ctx.empty() && chunk_ >= 0 && Tag(a_.chunks[chunk_].first_token) == PosTag::kPRPS &&
          !PluralOfOneOffice(first, end)) {
        if (const ActorMention* ante = Antecedent(a_.chunks[chunk_].first_token)) {
          // "the Taliban ... its commanders", "its fighters": the armed men
          // of a named armed group are that group, not their country's
          // army or its rebels at large.
          if (ante->code.size() > 6 && Listed(WL::kArmedSector, std::string_view(ante->code).substr(3, 3)) &&
              (SameWord(sector, "MIL") || Listed(WL::kArmedSector, sector))) {
            m.code = ante->code;
            m.how = ActorHow::kCoreference;
            m.detail = "possessive \"" + std::string(Lower(a_.chunks[chunk_].first_token)) + "\": the armed group " +
                       ante->code;
            m.has_country = IsStateCode(m.code);
            m.person_like = false;
            return m;
          }
          ctx = ante->code.substr(0, 3);
          how = ActorHow::kCoreference;
          detail = "possessive \"" + std::string(Lower(a_.chunks[chunk_].first_token)) + "\" = " + ante->code;
        }
      }
      // "New Zealand officials said eleven of the country's residents ...":
      // "the country's" is the country named last before it in the
      // sentence, not the story's.
      if (ctx.empty() && how != ActorHow::kCoreference) {
        if (std::string named = CountryOfTheCountry(first); !named.empty()) {
          ctx = std::move(named);
          how = ActorHow::kCoreference;
          detail = "\"the country's\" = " + ctx + ", named before it in the sentence";
        }
      }
      // "the insurgents", "the militants" after the Taliban or al-Shabab
      // are named: a definite armed group is the one the story named last,
      // not the country of a place after it ("the insurgents in Qatar's
      // capital") nor the story's country.
      if (ctx.empty() && how != ActorHow::kCoreference) {
        if (const ActorMention* group = NamedArmedGroup(first, sector)) {
          m.code = group->code;
          m.how = ActorHow::kCoreference;
          m.detail = "the armed group named before: " + group->code;
          m.has_country = IsStateCode(m.code);
          m.person_like = false;
          return m;
        }
      }
      // "The judges added ...", "the court said" after the International
      // Court of Justice is named: a definite court or its judges are the
      // international court the story named last, not the story's country's.
      if (ctx.empty() && how != ActorHow::kCoreference) {
        if (const ActorMention* court = NamedInternationalCourt(first, sector)) {
          m.code = court->code;
          m.how = ActorHow::kCoreference;
          m.detail = "the international court named before: " + court->code;
          m.has_country = false;
          m.person_like = false;
          return m;
        }
      }
      // "Then the Sylvanian government reported ... The government, which
      // believed ..., demanded": a bare "the government" right after a
      // government was named with its country is that government, not the
      // one of the country the story names most.
      if (ctx.empty() && how != ActorHow::kCoreference) {
        if (const ActorMention* gov = NamedGovernment(first, end, sector)) {
          ctx = gov->code.substr(0, 3);
          how = ActorHow::kCoreference;
          detail = "the government named before: " + gov->code;
        }
      }
      // "The secretary-general will continue ...", "said Secretary General
      // Ana Ruiz" after the UN or a charity was named: a secretary-general
      // with no country of their own heads the body the story named last,
      // not the story's country's government.
      if (ctx.empty() && how != ActorHow::kCoreference) {
        if (const ActorMention* body = BodyOfSecretaryGeneral(first, end)) {
          // (the UN's organs have one secretary-general, the UN's)
          m.code = body->code.compare(0, 5, "IGOUN") == 0 ? std::string("IGOUNO") : body->code;
          m.how = ActorHow::kCoreference;
          m.detail = "secretary-general of the body named before: " + body->code;
          m.has_country = false;
          m.person_like = true;
          return m;
        }
      }
      // "the notorious leader of the Village de Dieu gang", "the head of
      // Hamas", "a commander of the rebels": the head or a member of a body
      // that is no state is that body's, not its country's government (a
      // state's leader is: "the leader of North Korea").
      if (ctx.empty() && how != ActorHow::kCoreference && head_ >= 0 && static_cast<uint32_t>(head_) + 1 == end &&
          Listed(WL::kHeadOfBody, a_.Lemma(a_.tokens[head_]))) {
        std::string body_sector;
        if (std::string body = FollowingBody(&body_sector); !body.empty()) {
          m.code = std::move(body);
          m.detail = "head or member of " + m.code;
          m.has_country = IsStateCode(m.code);
          return m;
        }
        if (!body_sector.empty()) sector = body_sector;
      }
      std::vector<std::string> more;
      // "international organisations", "intergovernmental bodies": unnamed,
      // they are of no one country, neither the story's nor one named after.
      const bool intergovernmental = ctx.empty() && how != ActorHow::kCoreference && SameWord(sector, "IGO");
      if (intergovernmental) {
        m.code = "IGO";
        m.has_country = false;
        m.how = how;
        m.detail = "international organisations: no country";
        return m;
      }
      bool fled = false;
      if (ctx.empty() && SameWord(sector, "REF")) {
        ctx = CountryFledOrReturnedTo();
        fled = !ctx.empty();
      }
      bool fought = false, named_after = false;
      if (ctx.empty() && Listed(WL::kArmedSector, sector)) {
        ctx = CountryFought();
        fought = !ctx.empty();
      }
      if (ctx.empty()) {
        ctx = CountryOfNameAfterTitle(end);
        named_after = !ctx.empty();
      }
      if (ctx.empty()) ctx = FollowingCountry(&more);
      // "aid to people affected by the floods in Sylvania": unnamed people
      // are of the country their own modifiers place them in, not of the
      // story's. (Not a nationality's: "Syrian refugees in Lebanon".)
      bool where_they_are = false;
      if (ctx.empty() && Listed(WL::kLocalSector, sector)) {
        ctx = CountryWhereTheyAre();
        // ("stormed into southern Israel, killing hundreds of people": the
        // people a participle after a comma acts on are where the clause
        // before it happened.)
        if (ctx.empty()) ctx = CountryOfClauseBefore();
        where_they_are = !ctx.empty();
        // ("aid for those affected": "those" and a participle name people
        // only where the phrase says where they are, and they are that
        // place's; alone, whose they are is in another sentence.)
        if (!where_they_are && Lower(first) == "those") {
          m.code.clear();
          return m;
        }
      }
      // A titled person's country is not guessed from a country named later
      // in the sentence ("Prime Minister Ana Ruiz wrote to Chile"): that is
      // as often the other side.
      // "the foreign ministers also reaffirmed ...": an office each country
      // has one of, in the plural, is held in several countries (a summit's
      // ministers), not in the story's.
      const bool several = PluralOfOneOffice(first, end);
      // "Across the continent, opposition parties have complained", "people
      // around the world": a sentence whose scope is a continent or the
      // world speaks of people of many countries, not the story's.
      const bool region_wide = ctx.empty() && !title && RegionWideSentence();
      // "In Peru, students and teachers ...": a sentence that opens by
      // saying where it is says whose its unnamed people are, more surely
      // than the country the story named most.
      bool opening_place = false;
      if (ctx.empty() && !several && !region_wide) {
        ctx = OpeningCountry(first);
        opening_place = !ctx.empty();
      }
      // Before the story has named any country, a nationality named after
      // the phrase is another party's ("Policeman shot after killing Russian
      // ambassador"): the agent waits for the country the whole story names
      // most (Run). (A place named after it may be where it is: "gunman tells
      // New York court"; a text of one sentence has no more to read.)
      const bool wait_for_story =
          country_counts_.empty() && (title || (a_.sentences.size() > 1 && NationalityFirstAfter(first)));
      if (ctx.empty() && !wait_for_story && !several && !region_wide) ctx = ContextCountry(first);
      if (ctx.empty() && (several || region_wide)) {
        // (No one country's: an actor of no country, named in no event;
        // PETRARCH would write its country as "---" and so would an event
        // with a named side of unknown country.)
        m.code.clear();
        return m;
      }
      m.code = (ctx.empty() ? std::string("---") : ctx) + sector;
      // "the foreign ministers of India and China": one office holder of each
      for (const std::string& other : more) m.alternates.push_back(other + sector);
      if (!ctx.empty() && how != ActorHow::kCoreference) {
        how = ActorHow::kContext;
        detail = (based            ? "the country it is based in: "
                  : fled           ? "the country they flee or return to: "
                  : fought         ? "the country whose government or leader they fight: "
                  : named_after    ? "the country of the person named after the title: "
                  : where_they_are ? "the country where they are: "
                  : opening_place  ? "country of the place the sentence opens with: "
                                   : "country from context: ") +
                 ctx;
      }
    }
    if (!prefix.empty() && !m.code.empty()) m.code.insert(0, prefix);
    m.has_country = m.code.size() >= 3 && !SameWord(Head3(m.code), "---");
    m.how = how;
    m.detail = std::move(detail);  // (its last use: one copy less for every phrase)
    m.place = place && sector.size() <= 3 && full.empty() && ge - gb == 1;
    m.person_like = person || (!sector.empty() && EndsInPersonRole(first, end));
    // "The Trump administration said it would ...", "the Assad regime": a
    // person's name that modifies a word for a body (body-noun) names the
    // body, which "it" stands for, not a person ("a Putin aide" stays one).
    if (person && head_ >= static_cast<int32_t>(first) && (Tag(head_) == PosTag::kNN || Tag(head_) == PosTag::kNNS) &&
        Listed(WL::kBodyNoun, a_.Lemma(a_.tokens[head_]))) {
      m.person_like = false;
    }
    // "Laurent Gbagbo ... Gbagbo said": the surname alone, later in the
    // story, is the person named in full, out of office as in office.
    if (former_name && !m.code.empty()) Register(former_name->first, former_name->end, m.code);
    return m;
  }

  // "Turkey's rival Greece", "Russia's Sergei Lavrov": when a possessive
  // separates two matches and a name (not a role word) follows it, the
  // phrase is the one named after it; the possessor only describes it.
  // ("Russia's defence minister" keeps Russia: a role word follows.)
  bool IsIgoMatch(size_t k) const {
    const Role* role = nullptr;
    const Entry* e = Pick(matches_[k].terminals[0], &role);
    return e && e->kind == EK::kIgo;
  }
  bool IsMemberWord(uint32_t t) const { return Listed(WL::kMemberWord, Lower(t)); }

  // "NATO member Turkey", "EU member state Poland": an organisation, the
  // word "member" and a name: the phrase is the name; the organisation only
  // describes it. Returns the first match the phrase stands for.
  size_t AfterMemberOf(size_t gb, size_t ge) const {
    for (size_t k = gb + 1; k < ge; ++k) {
      if (matches_[k].first <= matches_[k - 1].end) continue;
      bool member = Lower(matches_[k - 1].end) == "member" || Lower(matches_[k - 1].end) == "members";
      if (!member || !IsIgoMatch(k - 1)) continue;
      for (uint32_t t = matches_[k - 1].end; t < matches_[k].first && member; ++t) member = IsMemberWord(t);
      if (!member) continue;
      const Role* role = nullptr;
      const Entry* e = Pick(matches_[k].terminals[0], &role);
      if (e && (e->kind == EK::kCountry || e->kind == EK::kGovernment || e->kind == EK::kPerson)) return k;
    }
    return gb;
  }

  size_t AfterPossessor(size_t gb, size_t ge) const {
    if (!policy_.PossessorOnlyDescribesName()) return gb;
    size_t from = gb;
    for (size_t k = gb + 1; k < ge; ++k) {
      bool possessive = false;
      for (uint32_t t = matches_[k - 1].end; t < matches_[k].first && !possessive; ++t) {
        possessive = Tag(t) == PosTag::kPOS;
      }
      if (!possessive) continue;
      // ("Sylvania's U.N. envoy" is Sylvania's, not the U.N.'s: ResolveMember)
      if (IsIgoMatch(k) && EnvoyAt(matches_[k].end)) continue;
      bool named = false;
      for (size_t j = k; j < ge && !named; ++j) {
        const Role* role = nullptr;
        const Entry* e = Pick(matches_[j].terminals[0], &role);
        named = e && e->kind != EK::kAgent && (e->kind != EK::kPerson || role);
      }
      if (named) from = k;
    }
    return from;
  }

  // "America's allies", "its northern neighbour": a possessor at `end`
  // ('s, or a possessive pronoun) of a head noun that names another party
  // than the possessor. Such a phrase stands for no actor the dictionaries
  // know. (Callers keep a person's allies, who are of the person's country.)
  bool OtherPartyOfPossessor(uint32_t end) const {
    if (!policy_.OtherPartyIsNotPossessor() || head_ < 0 || end >= a_.tokens.size() ||
        static_cast<int32_t>(end) >= head_) {
      return false;
    }
    if (Tag(end) != PosTag::kPOS && Tag(end) != PosTag::kPRPS) return false;
    for (uint32_t t = end + 1; t < static_cast<uint32_t>(head_); ++t) {
      if (IsAdjective(Tag(t))) continue;
      // "its northern neighbour's exports", "its allies' troops": the other
      // party owns what follows, and is no more the possessor than above.
      return Tag(t + 1) == PosTag::kPOS && Listed(WL::kOtherParty, a_.Lemma(a_.tokens[t]));
    }
    return Listed(WL::kOtherParty, a_.Lemma(a_.tokens[head_]));
  }

  // Whether the current sentence (matches_) sets its scope to a continent or
  // the world: "across the continent", "around the world", "in Africa",
  // "throughout Europe" (a locative word, "the" optionally, then a region's
  // name or one of the words continent, world, globe).
  // (Read once per sentence: every agent of the sentence asks.)
  bool RegionWideSentence() const {
    if (matches_.empty()) return false;
    const uint32_t sentence = SentenceOf(matches_.front().first);
    if (region_wide_sentence_ != static_cast<int64_t>(sentence) || region_wide_text_ != a_.text.data()) {
      region_wide_sentence_ = sentence;
      region_wide_text_ = a_.text.data();
      region_wide_ = ReadRegionWideSentence(sentence);
    }
    return region_wide_;
  }
  bool ReadRegionWideSentence(uint32_t s) const {
    auto scoped = [&](uint32_t t) {
      uint32_t b = t;
      if (b > a_.sentences[s].first_token && Lower(b - 1) == "the") --b;
      return b > a_.sentences[s].first_token && OneOf(Lower(b - 1), {"in", "across", "around", "throughout"});
    };
    for (const RawMatch& rm : matches_) {
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      // (a region inside a name is no scope: "the Islamic State in West
      // Africa Province")
      const bool in_name = rm.end < a_.tokens.size() && (Tag(rm.end) == PosTag::kNNP || Tag(rm.end) == PosTag::kNNPS);
      if (e && e->code.size() == 3 && IsRegionCode(e->code) && !in_name && scoped(rm.first)) return true;
    }
    // ("in the world's largest democracy" is one country's scope)
    for (uint32_t t = a_.sentences[s].first_token + 1; t < a_.sentences[s].end_token; ++t) {
      if (OneOf(Lower(t), {"continent", "world", "globe"}) && Lower(t - 1) == "the" &&
          (t + 1 == a_.sentences[s].end_token || Tag(t + 1) != PosTag::kPOS) && scoped(t)) {
        return true;
      }
    }
    return false;
  }

  // Whether tokens [first, end) end in the plural of an office a country has
  // one of: "foreign ministers", "prime ministers", "presidents".
  bool PluralOfOneOffice(uint32_t first, uint32_t end) const {
    if (end <= first) return false;
    const std::string_view last = Lower(end - 1);
    if (Listed(WL::kOneOfficePlural, last)) return true;
    // (the portfolio may be a modifier the match left out: its phrase's word)
    const uint32_t from = chunk_ >= 0 ? std::min(first, a_.chunks[chunk_].first_token) : first;
    if (last != "ministers" || end - 1 <= from) return false;
    return Listed(WL::kPortfolio, Lower(end - 2));
  }

  // The role word ends right before a capitalised name that runs to the
  // phrase's head: "Labor Minister Ana Ruiz", not "police station".
  bool TitleBeforeName(uint32_t end) const {
    if (head_ < 0 || static_cast<int32_t>(end) > head_) return false;
    for (int32_t t = end; t <= head_; ++t) {
      if (Tag(t) != PosTag::kNNP || !(Flags(t) & kTokCapitalized)) return false;
    }
    return true;
  }

  // A role word before or after the phrase's head only modifies it
  // ("military relations", "police station"). For PETRARCH, one followed by
  // a conjunction is an actor of its own: "clerics and lawmakers" are two.
  // (dyad's own coding keeps to the head: "local clan militias and the U.S.
  // military" would give the militias the U.S. as their country.)
  // True when the words of this phrase before `first` (the first matched
  // word) say that its people are not the story country's: a modifier of
  // foreignness, or a possessor that is a common noun other than a country
  // or place word ("the court's", "the company's").
  // The last non-state armed group named in this or the two sentences
  // before, when the phrase at `first` is a definite one ("the rebels")
  // whose role word is of an armed group; nullptr otherwise.
  // ("struck al-Shabaab positions, killing five fighters": so is a counted
  // one, when the group is named before it in the same sentence.)
  const ActorMention* NamedArmedGroup(uint32_t first, std::string_view sector) const {
    auto armed = [&](std::string_view x) { return Listed(WL::kArmedSector, x); };
    if (!armed(sector) || chunk_ < 0) return nullptr;
    const uint32_t opening = a_.chunks[chunk_].first_token;
    const bool definite = Lower(opening) == "the";
    const bool counted = CountingWord(opening);
    if (!definite && !counted) return nullptr;
    for (uint32_t t = opening + 1; t < first; ++t) {
      // "the Syrian rebels" names its own
      if (!IsAdjective(Tag(t)) && !(counted && (Tag(t) == PosTag::kCD || Lower(t) == "of"))) return nullptr;
    }
    const uint32_t s = SentenceOf(first);
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend(); ++it) {
      if (it->sentence + (counted ? 0 : 2) < s) break;
      // (a group's code has a tag after the sector: "AFGREBTLB")
      if (it->code.size() > 6 && armed(std::string_view(it->code).substr(3, 3)) && !it->attributive &&
          it->how == ActorHow::kDictionary) {
        return &*it;
      }
    }
    return nullptr;
  }

  // For the phrase "the government" alone (no words before or after it in
  // its noun phrase, no "of" after it), the state's government named last
  // with the word "government" in this or the sentence before ("the Sylvanian
  // government", "Sylvania's government"); else nullptr.
  const ActorMention* NamedGovernment(uint32_t first, uint32_t end, std::string_view sector) const {
    if (sector != "GOV" || chunk_ < 0 || end != first + 1 || Lower(first) != "government") return nullptr;
    const Chunk& ch = a_.chunks[chunk_];
    if (ch.first_token + 1 != first || ch.end_token != end || Lower(ch.first_token) != "the") return nullptr;
    if (end < a_.tokens.size() && OneOf(Lower(end), {"of", "in"})) return nullptr;
    const uint32_t s = SentenceOf(first);
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend(); ++it) {
      if (it->sentence + 1 < s) break;
      if (it->attributive || it->how != ActorHow::kDictionary || it->code.size() != 6 ||
          std::string_view(it->code).substr(3) != "GOV" || !IsStateCode(it->code)) {
        continue;
      }
      for (uint32_t t = it->first_token; t < it->end_token; ++t) {
        if (Lower(t) == "government") return &*it;
      }
    }
    return nullptr;
  }

  // For a definite judicial phrase ("the judges", "the court", "the
  // tribunal's judges") with no country of its own, the international court
  // (an IGO whose name says "court" or "tribunal") named last in this or the
  // sentence before; else nullptr.
  const ActorMention* NamedInternationalCourt(uint32_t first, std::string_view sector) const {
    if (sector != "JUD" || chunk_ < 0 || Lower(a_.chunks[chunk_].first_token) != "the") return nullptr;
    for (uint32_t t = a_.chunks[chunk_].first_token + 1; t < first; ++t) {
      if (!IsAdjective(Tag(t))) return nullptr;  // "the Kenyan judges" names its own
    }
    const uint32_t s = SentenceOf(first);
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend(); ++it) {
      if (it->sentence + 1 < s) break;
      if (it->attributive || it->how != ActorHow::kDictionary || it->code.compare(0, 3, "IGO") != 0) continue;
      for (uint32_t t = it->first_token; t < it->end_token; ++t) {
        if (OneOf(Lower(t), {"court", "tribunal"})) return &*it;
      }
    }
    return nullptr;
  }

  // For an actor phrase [first, end) that is "secretary-general" (or
  // "secretary general"), the international or non-governmental body named
  // last in this or the two sentences before; else nullptr.
  const ActorMention* BodyOfSecretaryGeneral(uint32_t first, uint32_t end) const {
    if (first >= end || !Lower(first).starts_with("secretary")) return nullptr;  // (most phrases, at once)
    std::string words;
    for (uint32_t t = first; t < end; ++t) {
      if (Lower(t) == "-") continue;
      if (!words.empty() && words.back() != '-') words += ' ';
      words += Lower(t);
    }
    if (words != "secretary-general" && words != "secretary general" && words != "secretary- general") return nullptr;
    const uint32_t s = SentenceOf(first);
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend(); ++it) {
      if (it->sentence + 2 < s) break;
      if (it->attributive || it->how != ActorHow::kDictionary || it->code.size() < 4) continue;
      const std::string_view head = std::string_view(it->code).substr(0, 3);
      if (head == "IGO" || head == "NGO") return &*it;
    }
    return nullptr;
  }

  // For a phrase that opens with "the country's" or "the nation's" (before
  // `first`, its actor word), the country named last before it in the
  // sentence; else "".
  std::string CountryOfTheCountry(uint32_t first) const {
    if (chunk_ < 0) return {};
    const uint32_t open = a_.chunks[chunk_].first_token;
    if (open + 2 >= first || Lower(open) != "the" || !OneOf(a_.Lemma(a_.tokens[open + 1]), {"country", "nation"}) ||
        Tag(open + 2) != PosTag::kPOS) {
      return {};
    }
    std::string named;
    for (const RawMatch& rm : matches_) {
      if (rm.first >= open) break;
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      if (e && (e->kind == EK::kCountry || e->kind == EK::kAdjective || e->kind == EK::kGovernment) &&
          !IsRegionCode(std::string_view(e->code).substr(0, 3))) {
        named = e->code.substr(0, 3);
      }
    }
    return named;
  }

  bool RegionsStates(uint32_t end) const {
    if (head_ < 0 || static_cast<uint32_t>(head_) + 1 < end || Tag(head_) != PosTag::kNNS) return false;
    return Listed(WL::kStatesNoun, a_.Lemma(a_.tokens[head_]));
  }

  // Whether match `rm` is the head of its chunk (a demonym such as
  // "Kenyans", or one whose plural is the same word, "Sudanese") counted by
  // a number or a word of quantity at the chunk's start ("thousands of
  // Kenyans", "two Peruvians", "tens of thousands of Sudanese").
  bool CountedPeople(const RawMatch& rm) const {
    if (chunk_ < 0 || head_ < 0 || rm.end != static_cast<uint32_t>(head_) + 1 || !IsNoun(Tag(rm.end - 1))) {
      return false;
    }
    const uint32_t opening = a_.chunks[chunk_].first_token;
    if (opening >= rm.first) return false;
    return CountingWord(opening);
  }

  // A number or a word of quantity that counts the people of its phrase
  // ("two", "thousands of", "dozens of", "several").
  bool CountingWord(uint32_t t) const { return Tag(t) == PosTag::kCD || Listed(WL::kCountingWord, Lower(t)); }

  // Whether the words from `t` on, past adjectives ("special",
  // "permanent"), are an envoy noun of the current chunk: what a body's
  // name at `t` modifies is then an envoy to it.
  bool EnvoyAt(uint32_t t) const {
    const uint32_t end = chunk_ >= 0 ? a_.chunks[chunk_].end_token : static_cast<uint32_t>(a_.tokens.size());
    while (t < end && IsAdjective(Tag(t))) ++t;
    return t < end && IsNoun(Tag(t)) && Listed(WL::kEnvoyNoun, a_.Lemma(a_.tokens[t]));
  }

  bool StatelessPeoples(uint32_t first, uint32_t end) const {
    const uint32_t b = chunk_ >= 0 ? std::min(first, a_.chunks[chunk_].first_token) : first;
    for (uint32_t t = b; t + 1 < end; ++t) {
      if ((Flags(t) & kTokCapitalized) && Listed(WL::kStatelessPeople, Lower(t))) return true;
    }
    return false;
  }

  // The phrase ends in "force(s)" and a word before the agent words is a
  // `figurative-force` modifier ("hostile forces"), or it is a bare
  // "forces" right after a `joining-verb` ("joined forces").
  bool FigurativeForces(uint32_t first, uint32_t end) const {
    if (chunk_ < 0 || end == 0 || !OneOf(Lower(end - 1), {"forces", "force"})) return false;
    const uint32_t b = a_.chunks[chunk_].first_token;
    for (uint32_t t = b; t < first; ++t) {
      if (Listed(WL::kFigurativeForce, Lower(t))) return true;
    }
    return b == first && b + 1 == end && b > 0 && IsVerb(Tag(b - 1)) &&
           Listed(WL::kJoiningVerb, a_.Lemma(a_.tokens[b - 1]));
  }

  bool OwnedElsewhere(uint32_t first) const {
    if (chunk_ < 0) return false;
    for (uint32_t t = a_.chunks[chunk_].first_token; t < first; ++t) {
      std::string_view w = Lower(t);
      // "international monitors", "European peacekeepers": people of a
      // region or of many countries are not the story country's.
      if (Listed(WL::kForeignModifier, w)) return true;
      if (Tag(t) == PosTag::kPOS && t > a_.chunks[chunk_].first_token && Tag(t - 1) != PosTag::kNNP &&
          Tag(t - 1) != PosTag::kNNPS && !Listed(WL::kPlacePossessor, a_.Lemma(a_.tokens[t - 1]))) {
        return true;
      }
    }
    return false;
  }

  bool ModifiesPhrase(uint32_t first, uint32_t end) const {
    if (IsAdjective(Tag(end - 1))) return true;
    // "protesters' demands", "the opposition's call": a possessor owns the
    // phrase, it does not describe it.
    if (policy_.PossessorOwnsPhrase() && end < a_.tokens.size() && Tag(end) == PosTag::kPOS) return false;
    if (head_ < 0) return false;
    if (static_cast<int32_t>(first) > head_) return true;
    if (static_cast<int32_t>(end) > head_) return false;
    std::string_view next = Lower(end);
    const bool coordinator = next == "and" || next == "or" || next == "nor" || next == ",";
    // "soldiers and journalists", "rebels or militiamen": a plural noun
    // before a coordinator is a member of a list; a modifier of the head
    // stays singular ("police and army officers").
    if (coordinator && Tag(end - 1) == PosTag::kNNS) return false;
    if (policy_.ModifierBeforeCoordinator()) return true;
    return !coordinator;
  }

  // ResolveMember under PETRARCH's conventions: the first actor the words
  // name (a person's code for the date, a group, a country), after it the
  // code of every agent in order (AppendAgent), prefix agents before it.
  // "former" makes the agents ELI ("former Freedonia ambassadors" FRDELI). An
  // agent alone takes the actors of an "of"/"from"/"in" phrase after it,
  // else no country ("---GOV"): PETRARCH does not look for one in context.
  // Calls f(match, entry, role) for the entry Pick() chooses for each part
  // of the matches [gb, ge) that has one.
  template <typename F>
  void ForEachPicked(size_t gb, size_t ge, F&& f) {
    for (size_t k = gb; k < ge; ++k) {
      const RawMatch& rm = matches_[k];
      for (uint8_t p = 0; p < rm.parts; ++p) {
        const Role* role = nullptr;
        if (const Entry* e = Pick(rm.terminals[p], &role)) f(rm, e, role);
      }
    }
  }

  // Whether the name in [first, end) is part of a sea's, strait's or
  // peninsula's name: followed by the feature's word ("Korean Peninsula"),
  // or after "Sea of" ("Sea of Japan").
  bool GeographicFeature(uint32_t first, uint32_t end) const {
    auto feature = [&](uint32_t t) { return Listed(WL::kGeographicFeature, a_.Lemma(a_.tokens[t])); };
    if (end < a_.tokens.size() && feature(end) && (Flags(end) & kTokCapitalized)) return true;
    if (end > first && feature(end - 1)) return true;
    return first >= 2 && Lower(first - 1) == "of" && feature(first - 2) && (Flags(first - 2) & kTokCapitalized);
  }

  Member PetrarchMember(size_t gb, size_t ge, uint32_t first, uint32_t end) {
    Member m;
    m.first = first;
    m.end = end;
    const Entry* base = nullptr;
    std::string base_code, prefixes;
    std::vector<std::string_view> agents;
    bool place = false;
    ForEachPicked(gb, ge, [&](const RawMatch& rm, const Entry* e, const Role* role) {
      if (e->kind == EK::kAgent) {
        if (e->prefix) {
          prefixes.append(e->code);
        } else {
          agents.push_back(e->code);
        }
        return;
      }
      if (base) return;
      if (e->kind == EK::kPerson) {
        if (!role) return;
        base = e;
        base_code = role->code;
        m.how = ActorHow::kDateRule;
        m.detail = e->display + ": " + role->description;
        m.person_like = true;
        if (rm.end - rm.first >= 2) Register(rm.first, rm.end, role->code);
      } else {
        base = e;
        base_code = e->code;
        m.detail = e->display;
        place = e->kind == EK::kPlace || e->kind == EK::kGovernment;
      }
    });
    // "former" anywhere in the member, or before it in the phrase
    bool former = false;
    for (uint32_t t = first; t < end && !former; ++t) former = Lower(t) == "former";
    uint32_t phrase_first = chunk_ >= 0 ? a_.chunks[chunk_].first_token : first;
    for (uint32_t t = first; t > phrase_first && !former;) {
      std::string_view w = Lower(--t);
      if (w == "," || w == "and" || w == "or" || w == "nor") break;
      former = w == "former";
    }
    std::vector<std::string> bases;
    if (base) {
      bases.push_back(base_code);
      if (base->kind != EK::kPerson) bases.insert(bases.end(), base->more_codes.begin(), base->more_codes.end());
    } else if (!agents.empty() || !prefixes.empty()) {
      // A role word that only modifies the phrase ("military relations")
      // is not an actor.
      if (ModifiesPhrase(first, end)) {
        return m;
      }
      FollowingActors(&bases);
      if (!bases.empty()) {
        m.how = ActorHow::kContext;
        m.detail = "actor of the phrase after it: " + bases[0];
      } else {
        bases.push_back("---");
      }
    } else {
      return m;
    }
    for (std::string& b : bases) {
      std::string code = prefixes + b;
      if (former) {
        AppendAgent("ELI", &code);
      } else {
        for (std::string_view a : agents) AppendAgent(a, &code);
      }
      b = std::move(code);
    }
    m.code = std::move(bases[0]);
    m.alternates.assign(std::make_move_iterator(bases.begin() + 1), std::make_move_iterator(bases.end()));
    m.has_country = m.code.size() >= 3 && m.code.compare(prefixes.size(), 3, "---") != 0;
    m.place = place && agents.empty() && prefixes.empty() && ge - gb == 1;
    if (!agents.empty() && EndsInPersonRole(first, end)) m.person_like = true;
    return m;
  }

  // PETRARCH: the actors named by an "of", "from" or "in" phrase right after
  // the current noun phrase ("lawmakers in Freedonia and Sylvania"), each with
  // its full code.
  void FollowingActors(std::vector<std::string>* out) const {
    if (chunk_ < 0) return;
    size_t c = chunk_;
    if (c + 2 >= a_.chunks.size() || a_.chunks[c + 1].kind != ChunkKind::kPP ||
        a_.chunks[c + 2].kind != ChunkKind::kNP) {
      return;
    }
    std::string_view prep = Lower(a_.chunks[c + 1].first_token);
    if (prep != "of" && prep != "from" && prep != "in") return;
    const Chunk& np = a_.chunks[c + 2];
    for (const RawMatch& rm : matches_) {
      if (rm.first < np.first_token || rm.first >= np.end_token) continue;
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      if (!e || e->kind == EK::kAgent) continue;
      if (e->kind == EK::kPerson) {
        if (role) out->push_back(role->code);
        continue;
      }
      out->push_back(e->code);
      out->insert(out->end(), e->more_codes.begin(), e->more_codes.end());
    }
  }

  // Whether the current noun phrase's head is a spokesperson's word: "a
  // spokesman for the Taliban" speaks for them as "of" would say.
  bool SpeaksFor() const {
    if (head_ < 0) return false;
    return Listed(WL::kSpokespersonNoun, a_.Lemma(a_.tokens[head_]));
  }

  // The noun phrase of a prepositional phrase right after the current noun
  // phrase, with its preposition in *prep; nullptr when none follows.
  const Chunk* FollowingPhrase(std::string_view* prep) const {
    if (chunk_ < 0) return nullptr;
    const size_t c = chunk_;
    if (c + 2 >= a_.chunks.size() || a_.chunks[c + 1].kind != ChunkKind::kPP ||
        a_.chunks[c + 2].kind != ChunkKind::kNP) {
      return nullptr;
    }
    *prep = Lower(a_.chunks[c + 1].first_token);
    return &a_.chunks[c + 2];
  }

  // For "of" (or "from") and a phrase right after the current one that
  // names a body which is no state: its full code when an organisation or
  // group ("of Hamas": PSEREBHMS; "the jailed leaders from the banned
  // party"); else "" with *sector set when the phrase is a body of no name
  // ("of the gang": CRM), its country then found as any agent's is. "" and
  // no sector for a state, a person or anything else.
  std::string FollowingBody(std::string* sector) const {
    std::string_view prep;
    const Chunk* after = FollowingPhrase(&prep);
    if (!after || (prep != "of" && prep != "from" && !(prep == "for" && SpeaksFor()))) return {};
    const Chunk& np = *after;
    std::string_view agent_sector;
    for (const RawMatch& rm : matches_) {
      if (rm.first < np.first_token || rm.first >= np.end_token) continue;
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      if (!e) continue;
      if (e->kind == EK::kIgo || e->kind == EK::kGroup) return e->code;
      // (a country's adjective gives the body's country: "of a Chilean gang")
      if (e->kind == EK::kAdjective || e->kind == EK::kCountry) continue;
      if (e->kind != EK::kAgent) return {};  // a place or a person
      // (the body's word is the phrase's head: "the gang", not "gang violence")
      if (rm.end == np.end_token) agent_sector = e->code;
    }
    if (Listed(WL::kNonStateSector, agent_sector)) sector->assign(agent_sector);
    return {};
  }

  // The country (or organisation) named by an "of"/"from" phrase right
  // after the current noun phrase, or "".
  // (*more: the other countries of a compound after "of" or "from": "the
  // leaders of France and Germany")
  std::string FollowingCountry(std::vector<std::string>* more = nullptr) const {
    std::string_view prep;
    const Chunk* after = FollowingPhrase(&prep);
    // ("opposition groups in Freedonia": where a group with no country of its
    // own is says more about whose it is than the story's other countries)
    if (!after || (prep != "of" && prep != "from" && prep != "in" && !(prep == "for" && SpeaksFor()))) return {};
    const Chunk& np = *after;
    std::string first;
    const RawMatch* prev = nullptr;
    for (const RawMatch& rm : matches_) {
      if (rm.first < np.first_token || rm.first >= np.end_token) continue;
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      if (!e) continue;
      std::string country;
      if (e->kind == EK::kPerson && role) country.assign(role->code, 0, 3);
      else if (e->kind != EK::kAgent) country.assign(e->code, 0, 3);
      if (country.empty()) continue;
      if (first.empty()) {
        first = country;
        if (!more || prep == "in" || e->kind != EK::kCountry) return first;
      } else {
        // only names joined by "and" (or a comma list), each a country
        bool joined = false;
        for (uint32_t t = prev->end; t < rm.first; ++t) joined = joined || Lower(t) == "and" || Lower(t) == ",";
        if (!joined || e->kind != EK::kCountry || rm.first != prev->end + 1) break;
        if (country != first && std::find(more->begin(), more->end(), country) == more->end()) {
          more->push_back(country);
        }
      }
      prev = &rm;
    }
    return first;
  }

  // "refugees fleeing the war in Sudan", "migrants returning home to Haiti":
  // people who flee a country, or go back to it, are its people, not the
  // people of the country that hosts them. The country the participle right
  // after the phrase names (before a comma or another verb), else empty.
  std::string CountryFledOrReturnedTo() const {
    if (chunk_ < 0 || static_cast<size_t>(chunk_) + 1 >= a_.chunks.size()) return {};
    const Chunk& v = a_.chunks[chunk_ + 1];
    if (v.kind != ChunkKind::kVP || v.first_token != v.head || Tag(v.head) != PosTag::kVBG) return {};
    const std::string_view verb = a_.Lemma(a_.tokens[v.head]);
    const bool returning = Listed(WL::kReturnVerb, verb);
    if (!returning && !Listed(WL::kFleeVerb, verb)) return {};
    uint32_t t = v.end_token;
    const uint32_t end = std::min<uint32_t>(a_.sentences[SentenceOf(v.head)].end_token, t + 10);
    if (returning) {
      if (t < end && Lower(t) == "home") ++t;
      if (t >= end || Lower(t) != "to") return {};
    }
    for (const RawMatch& rm : matches_) {
      if (rm.first < t || rm.first >= end) continue;
      for (uint32_t k = t; k < rm.first; ++k) {
        if (Lower(k) == "," || IsVerb(Tag(k))) return {};
      }
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      if (!e || (e->kind != EK::kCountry && e->kind != EK::kPlace && e->kind != EK::kAdjective &&
                 e->kind != EK::kGovernment)) {
        continue;
      }
      const std::string country = e->code.substr(0, 3);
      return IsStateCode(country) ? country : std::string();
    }
    return {};
  }

  // "rebels fighting President Ruiz", "insurgents battling the Freedonian
  // army": armed men who fight a state's government or leader are of that
  // state, not of the story's country. The country of the first government,
  // person in office, country or nationality named in the phrase of the
  // present participle right after the phrase (before another verb, a few
  // words at most), else empty.
  std::string CountryFought() const {
    if (chunk_ < 0 || static_cast<size_t>(chunk_) + 1 >= a_.chunks.size()) return {};
    const Chunk& v = a_.chunks[chunk_ + 1];
    if (v.kind != ChunkKind::kVP || v.first_token != v.head || Tag(v.head) != PosTag::kVBG) return {};
    if (!Listed(WL::kFightVerb, a_.Lemma(a_.tokens[v.head]))) return {};
    const uint32_t t = v.end_token;
    const uint32_t end = std::min<uint32_t>(a_.sentences[SentenceOf(v.head)].end_token, t + 8);
    for (const RawMatch& rm : matches_) {
      if (rm.first < t || rm.first >= end) continue;
      for (uint32_t k = t; k < rm.first; ++k) {
        if (IsVerb(Tag(k))) return {};
      }
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      if (!e) continue;
      std::string country;
      if (e->kind == EK::kPerson) {
        country = PersonCountry(*e, role, rm);
      } else if (e->kind == EK::kCountry || e->kind == EK::kAdjective || e->kind == EK::kGovernment) {
        country.assign(e->code, 0, 3);
      }
      if (country.empty()) continue;
      return IsStateCode(country) ? country : std::string();
    }
    return {};
  }

  // The country of person e named by match rm: of the role in office, else,
  // named in full, of the role nearest in time (as ResolveMember codes it).
  std::string PersonCountry(const Entry& e, const Role* role, const RawMatch& rm) const {
    if (role) return role->code.substr(0, 3);
    if (rm.end - rm.first < 2) return {};
    const Role* r = NearestRole(e);
    return r ? r->code.substr(0, 3) : std::string();
  }

  // "aiding rebels fighting then-president, Laurent Gbagbo": a title with no
  // country of its own, set off by a comma before the name of a person the
  // dictionary knows in office, is that person's office: of that person's
  // country, not of the story's. The country, else empty.
  std::string CountryOfNameAfterTitle(uint32_t end) const {
    if (chunk_ < 0 || head_ < 0 || static_cast<uint32_t>(head_) + 1 != end) return {};
    if (static_cast<size_t>(chunk_) + 2 >= a_.chunks.size()) return {};
    // ("then-president", "ex-minister": the role word after the hyphen)
    std::string_view lemma = a_.Lemma(a_.tokens[head_]);
    if (const size_t dash = lemma.rfind('-'); dash != std::string_view::npos) lemma.remove_prefix(dash + 1);
    if (!IsPersonRole(lemma)) return {};
    const Chunk& comma = a_.chunks[chunk_ + 1];
    const Chunk& np = a_.chunks[chunk_ + 2];
    if (comma.kind != ChunkKind::kO || Lower(comma.first_token) != "," || np.kind != ChunkKind::kNP) return {};
    for (const RawMatch& rm : matches_) {
      if (rm.first < np.first_token || rm.end != np.end_token) continue;
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      if (!e || e->kind != EK::kPerson) return {};
      const std::string country = PersonCountry(*e, role, rm);
      return IsStateCode(country) ? country : std::string();
    }
    return {};
  }

  // "people affected by the cyclone in Sylvania", "families in need of food
  // in Freedonia", "residents in the weeks after the earthquake in Sylvania":
  // the country of the first "in" phrase that names one along the phrase's
  // own modifiers right after it (participles and prepositional phrases; no
  // comma, no other verb, a dozen words at most), else empty.
  std::string CountryWhereTheyAre() const {
    if (chunk_ < 0) return {};
    const uint32_t from = a_.chunks[chunk_].end_token;
    const uint32_t end = std::min<uint32_t>(a_.sentences[SentenceOf(from - 1)].end_token, from + 12);
    bool after_in = false;
    for (size_t c = chunk_ + 1; c < a_.chunks.size(); ++c) {
      const Chunk& ch = a_.chunks[c];
      if (ch.end_token > end) return {};
      // (a comma, a dash or a relative pronoun ends the modifiers; so do
      // words left out of any phrase: "and", "who")
      if (ch.first_token != a_.chunks[c - 1].end_token) return {};
      switch (ch.kind) {
        case ChunkKind::kVP:
          // (a participle alone: "affected", "living"; "are living" or "to
          // help" is another clause)
          if (ch.first_token != ch.head || (Tag(ch.head) != PosTag::kVBN && Tag(ch.head) != PosTag::kVBG)) return {};
          after_in = false;
          break;
        case ChunkKind::kPP:
          after_in = Lower(ch.first_token) == "in";
          break;
        case ChunkKind::kNP:
          if (after_in) {
            for (const RawMatch& rm : matches_) {
              if (rm.first < ch.first_token || rm.first >= ch.end_token) continue;
              const Role* role = nullptr;
              const Entry* e = Pick(rm.terminals[0], &role);
              if (!e || (e->kind != EK::kCountry && e->kind != EK::kPlace && e->kind != EK::kAdjective)) continue;
              const std::string country = e->code.substr(0, 3);
              if (IsStateCode(country)) return country;
              break;
            }
          }
          after_in = false;
          break;
        default:
          return {};
      }
    }
    return {};
  }

  // "attacked a village in Kenya, killing dozens of people", "stormed into
  // southern Israel on Saturday, killing hundreds": for the object of a
  // present participle right after a comma, the country of the last place
  // the sentence names after "in" or "into" before the comma; else empty.
  std::string CountryOfClauseBefore() const {
    if (chunk_ < 2) return {};
    const Chunk& vp = a_.chunks[chunk_ - 1];
    if (vp.kind != ChunkKind::kVP || vp.first_token != vp.head || Tag(vp.head) != PosTag::kVBG ||
        vp.end_token != a_.chunks[chunk_].first_token || vp.first_token == 0 || Lower(vp.first_token - 1) != ",") {
      return {};
    }
    const uint32_t sentence_first = a_.sentences[SentenceOf(vp.first_token)].first_token;
    for (int32_t c = chunk_ - 2; c >= 1 && a_.chunks[c].first_token >= sentence_first; --c) {
      const Chunk& pp = a_.chunks[c - 1];
      if (a_.chunks[c].kind != ChunkKind::kNP || pp.kind != ChunkKind::kPP ||
          pp.end_token != a_.chunks[c].first_token || !OneOf(Lower(pp.first_token), {"in", "into"})) {
        continue;
      }
      for (const RawMatch& rm : matches_) {
        if (rm.first < a_.chunks[c].first_token || rm.first >= a_.chunks[c].end_token) continue;
        const Role* role = nullptr;
        const Entry* e = Pick(rm.terminals[0], &role);
        if (!e || (e->kind != EK::kCountry && e->kind != EK::kPlace)) continue;
        const std::string country = e->code.substr(0, 3);
        if (IsStateCode(country)) return country;
      }
    }
    return {};
  }

  // The country of a place that opens the sentence before `first` as its
  // setting ("In Peru, ...", "In the Philippines, ..."), else empty.
  std::string OpeningCountry(uint32_t first) const {
    const Sentence& sentence = a_.sentences[SentenceOf(first)];
    uint32_t t = sentence.first_token;
    if (t + 2 >= sentence.end_token || Lower(t) != "in") return {};
    ++t;
    if (Lower(t) == "the") ++t;
    for (const RawMatch& rm : matches_) {
      if (rm.first != t) continue;
      if (rm.end >= first || rm.end >= sentence.end_token || Lower(rm.end) != ",") return {};
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      if (!e || (e->kind != EK::kCountry && e->kind != EK::kPlace) || e->code.size() < 3) return {};
      if (!IsStateCode(std::string_view(e->code).substr(0, 3))) return {};
      return e->code.substr(0, 3);
    }
    return {};
  }

  // The dictionary entry of the first country named in the sentence at or
  // after `before` (by a name, a nationality, a place or a government), or
  // null. (A region is no one's country: "officials met in Europe".)
  const Entry* FirstCountryAfter(uint32_t before) const {
    for (const RawMatch& rm : matches_) {
      if (rm.first < before) continue;
      const Role* role = nullptr;
      const Entry* e = Pick(rm.terminals[0], &role);
      if (e &&
          (e->kind == EK::kCountry || e->kind == EK::kAdjective || e->kind == EK::kPlace ||
           e->kind == EK::kGovernment) &&
          !IsRegionCode(std::string_view(e->code).substr(0, 3))) {
        return e;
      }
    }
    return nullptr;
  }

  // Whether the first country named in the sentence at or after `before` is
  // named by a nationality ("Russian"), not by a country's or place's name.
  bool NationalityFirstAfter(uint32_t before) const {
    const Entry* e = FirstCountryAfter(before);
    return e && e->kind == EK::kAdjective;
  }

  // The country the document has named most so far (the most recent among
  // equals), else the first one after `before` in the sentence: an unnamed
  // "police" or "officials" usually belong to the story's main country.
  std::string ContextCountry(uint32_t before) const {
    if (!country_counts_.empty()) {
      const auto* best = &country_counts_[0];
      for (const auto& c : country_counts_) {
        if (c.second > best->second) best = &c;
      }
      return std::string(best->first.code, 3);
    }
    const Entry* e = FirstCountryAfter(before);
    return e ? e->code.substr(0, 3) : std::string();
  }

  // "General Xu Qiliang": a role word followed by a name the dictionaries do
  // not know introduces that person with the role's code.
  void IntroduceFromMember(size_t gb, size_t ge, uint32_t end, uint32_t limit, Member* m) {
    if (m->code.empty() || m->how == ActorHow::kDateRule) return;
    const RawMatch& last = matches_[ge - 1];
    const Role* role = nullptr;
    const Entry* e = Pick(last.terminals[0], &role);
    if (!e || e->kind != EK::kAgent) return;
    uint32_t t = end;
    // ("Development Minister Friday said": a day or month is no one's name.)
    while (t < limit && (Tag(t) == PosTag::kNNP) && (Flags(t) & kTokCapitalized) && !IsWeekdayOrMonthName(Lower(t))) {
      ++t;
    }
    if (t == end) return;
    // "ambassador Simon" after "Former French ambassador to Chad, Jean-Marc
    // Simon": a role whose country only the context gave is the person
    // the story introduced by that name.
    if (m->how == ActorHow::kContext) {
      auto it = introduced_.find(std::string(Lower(t - 1)));
      if (it != introduced_.end() && it->second.size() >= 3) m->code = it->second;
    }
    Register(end, t, m->code);
    m->end = t;
    m->how = ActorHow::kRole;
    m->detail = "introduced as " + std::string(a_.text.substr(a_.tokens[matches_[gb].first].begin,
                                                             a_.tokens[end - 1].end - a_.tokens[matches_[gb].first].begin));
    m->person_like = true;
  }

  void Register(uint32_t b, uint32_t e, const std::string& code) {
    std::string full;
    for (uint32_t t = b; t < e; ++t) {
      if (!full.empty()) full.push_back(' ');
      full.append(Lower(t));
    }
    introduced_[full] = code;
    if (e - b >= 2) {
      introduced_[std::string(Lower(e - 1))] = code;
      introduced_[std::string(Lower(b))] = code;
    }
  }

  // "Xu said": a surname of someone introduced earlier in the document.
  bool IntroducedName(uint32_t s, uint32_t c) {
    const Chunk& ch = a_.chunks[c];
    if (introduced_.empty()) return false;
    bool any_name = false;
    for (uint32_t t = ch.first_token; t < ch.end_token && !any_name; ++t) any_name = Tag(t) == PosTag::kNNP;
    if (!any_name) return false;
    std::string full;
    for (uint32_t t = ch.first_token; t < ch.end_token; ++t) {
      if (Tag(t) != PosTag::kNNP) continue;
      if (!full.empty()) full.push_back(' ');
      full.append(Lower(t));
    }
    auto it = introduced_.find(full);
    if (it == introduced_.end()) {
      // a single known surname inside the phrase
      for (uint32_t t = ch.first_token; t < ch.end_token && it == introduced_.end(); ++t) {
        if (Tag(t) == PosTag::kNNP) it = introduced_.find(std::string(Lower(t)));
      }
    }
    if (it == introduced_.end()) return false;
    Member m;
    m.first = ch.first_token;
    m.end = ch.end_token;
    m.code = it->second;
    m.how = ActorHow::kRole;
    m.detail = "introduced earlier as " + it->second;
    m.person_like = true;
    m.has_country = true;
    Emit(s, c, std::move(m), -1);  // (its last use)
    return true;
  }

  // "established ties with the Pacific island nation of Tuvalu": a phrase
  // with no name whose head is a word for a country (country-noun), followed
  // by "of" and a country's name alone, is that country (the "of" phrase
  // names it, as an apposition would).
  bool CountryNamedAfter(uint32_t s, uint32_t c) {
    const Chunk& ch = a_.chunks[c];
    const SentenceParse& p = a_.parses[s];
    if (c + 2 >= p.end_chunk || !Listed(WL::kCountryNoun, a_.Lemma(a_.tokens[ch.head]))) return false;
    const Chunk& of = a_.chunks[c + 1];
    const Chunk& np = a_.chunks[c + 2];
    if (of.kind != ChunkKind::kPP || Lower(of.first_token) != "of" || np.kind != ChunkKind::kNP) return false;
    size_t b, e;
    MatchesIn(np, &b, &e);
    if (e != b + 1) return false;
    const RawMatch& rm = matches_[b];
    const uint32_t first = np.first_token + (Lower(np.first_token) == "the" ? 1 : 0);
    if (rm.first != first || rm.end != np.end_token) return false;
    const Role* role = nullptr;
    const Entry* x = Pick(rm.terminals[0], &role);
    if (!x || x->kind != EK::kCountry || !IsStateCode(std::string_view(x->code).substr(0, 3))) return false;
    Member m;
    m.first = ch.first_token;
    m.end = ch.end_token;
    m.code = x->code;
    m.how = ActorHow::kCoreference;
    m.detail = "the country the \"of\" phrase after it names";
    m.has_country = true;
    Emit(s, c, std::move(m), -1);  // (its last use)
    return true;
  }

  // "Wang Yi, China's foreign minister, said": an unknown name followed by an
  // appositive role.
  bool Apposition(uint32_t s, uint32_t c) {
    const Chunk& ch = a_.chunks[c];
    for (uint32_t t = ch.first_token; t < ch.end_token; ++t) {
      if (Tag(t) != PosTag::kNNP) return false;
    }
    if (ch.end_token - ch.first_token < 2) return false;
    const SentenceParse& p = a_.parses[s];
    if (c + 2 >= p.end_chunk) return false;
    const Chunk& comma = a_.chunks[c + 1];
    const Chunk& np = a_.chunks[c + 2];
    if (comma.kind != ChunkKind::kO || Lower(comma.first_token) != "," || np.kind != ChunkKind::kNP) {
      return false;
    }
    // resolve the appositive NP now (its matches are later in matches_)
    size_t b, e;
    MatchesIn(np, &b, &e);
    if (b == e) return false;
    Member role = ResolveMember(b, e, matches_[b].first, matches_[e - 1].end);
    if (role.code.empty()) {
      // "Musa Kali, the commander of al-Shabaab, was arrested", "the
      // leader of a Sylvanian gang": a role word with no country of its own
      // is of the body, or the armed group or gang, its "of" phrase names,
      // so the phrase is resolved again as the phrase it is. (Only then: a
      // country from the story's context says nothing of whose an envoy or
      // a spokesperson is.)
      const int32_t head = head_, chunk = chunk_;
      head_ = np.head;
      chunk_ = static_cast<int32_t>(c + 2);
      std::string sector;
      if (Listed(WL::kHeadOfBody, a_.Lemma(a_.tokens[np.head])) &&
          (!FollowingBody(&sector).empty() || !sector.empty())) {
        role = ResolveMember(b, e, matches_[b].first, matches_[e - 1].end);
      }
      head_ = head;
      chunk_ = chunk;
    }
    // (a role word anywhere in it: "the former Prime Minister of Sri Lanka")
    bool agent = false;
    for (size_t k = b; k < e && !agent; ++k) {
      const Role* r = nullptr;
      const Entry* x = Pick(matches_[k].terminals[0], &r);
      agent = x && x->kind == EK::kAgent;
    }
    if (role.code.empty() || !agent) return false;
    EmitPersonOfRole(s, c, role.code, "apposition: ", np);
    return true;
  }

  // Whether the country match `rm` (code `country`) follows an unknown
  // capitalised word in the same name and is followed by "in", adjectives
  // and the name of another country.
  bool PlaceInAnotherCountry(const RawMatch& rm, std::string_view country) const {
    if (rm.first == 0 || Tag(rm.first - 1) != PosTag::kNNP || !(Flags(rm.first - 1) & kTokCapitalized)) return false;
    for (const RawMatch& other : matches_) {
      if (other.first <= rm.first - 1 && rm.first - 1 < other.end) return false;  // a name of its own
    }
    const uint32_t sentence_end = a_.sentences[SentenceOf(rm.first)].end_token;
    uint32_t t = rm.end;
    if (t >= sentence_end || Lower(t) != "in") return false;
    for (++t; t < sentence_end && IsAdjective(Tag(t)); ++t) {
    }
    for (const RawMatch& other : matches_) {
      if (other.first != t) continue;
      const Role* r = nullptr;
      const Entry* x = Pick(other.terminals[0], &r);
      return x && x->kind == EK::kCountry && x->code.compare(0, 3, country) != 0;
    }
    return false;
  }

  // The dictionary matches [*b, *e) inside chunk `np`.
  void MatchesIn(const Chunk& np, size_t* b, size_t* e) const {
    *b = 0;
    while (*b < matches_.size() && matches_[*b].first < np.first_token) ++*b;
    *e = *b;
    while (*e < matches_.size() && matches_[*e].first < np.end_token) ++*e;
  }

  // Name chunk c is the person the role phrase `phrase` describes: coded
  // with the phrase's code, and registered for the name's later uses.
  void EmitPersonOfRole(uint32_t s, uint32_t c, const std::string& code, std::string_view why, const Chunk& phrase) {
    const Chunk& ch = a_.chunks[c];
    Register(ch.first_token, ch.end_token, code);
    Member m;
    m.first = ch.first_token;
    m.end = ch.end_token;
    m.code = code;
    m.how = ActorHow::kRole;
    const uint32_t begin = a_.tokens[phrase.first_token].begin;
    m.detail = std::string(why) + std::string(a_.text.substr(begin, a_.tokens[phrase.end_token - 1].end - begin));
    m.person_like = true;
    m.has_country = true;
    Emit(s, c, std::move(m), -1);  // (its last use)
  }

  // "Former French ambassador to Chad, Jean-Marc Simon, said": a name the
  // dictionaries lack, after a comma that ends a role phrase (with at most
  // one "to" or "of" phrase), is the person the phrase describes; the mirror
  // of Apposition. Later "ambassador Simon" is then that person too.
  bool RoleBeforeName(uint32_t s, uint32_t c) {
    const Chunk& ch = a_.chunks[c];
    if (ch.end_token - ch.first_token < 2) return false;
    for (uint32_t t = ch.first_token; t < ch.end_token; ++t) {
      if (Tag(t) != PosTag::kNNP || !(Flags(t) & kTokCapitalized)) return false;
    }
    const SentenceParse& p = a_.parses[s];
    if (c < p.first_chunk + 2) return false;
    const Chunk& comma = a_.chunks[c - 1];
    if (comma.kind != ChunkKind::kO || Lower(comma.first_token) != ",") return false;
    uint32_t np = c - 2;
    if (np >= p.first_chunk + 2 && a_.chunks[np].kind == ChunkKind::kNP && a_.chunks[np - 1].kind == ChunkKind::kPP &&
        OneOf(Lower(a_.chunks[np - 1].first_token), {"to", "of"}) && a_.chunks[np - 2].kind == ChunkKind::kNP) {
      np -= 2;
    }
    const Chunk& role_np = a_.chunks[np];
    if (role_np.kind != ChunkKind::kNP) return false;
    size_t b, e;
    MatchesIn(role_np, &b, &e);
    if (b == e) return false;
    // the phrase's head is a role word ("ambassador", "minister"), not a
    // country or a body ("Chile's foreign ministry, Ana Ruiz" is no one)
    const RawMatch& last = matches_[e - 1];
    const Role* r = nullptr;
    const Entry* x = Pick(last.terminals[0], &r);
    if (!x || x->kind != EK::kAgent || last.end != role_np.end_token ||
        !IsPersonRole(a_.Lemma(a_.tokens[last.end - 1]))) {
      return false;
    }
    Member role = ResolveMember(b, e, matches_[b].first, last.end);
    if (role.code.size() < 3 || !IsStateCode(role.code)) return false;
    EmitPersonOfRole(s, c, role.code, "named after its role: ", role_np);
    return true;
  }

  // "the two countries", "both sides", "the two".
  // Whether the first dash or comma after chunk c, in its sentence, opens a
  // noun phrase that joins two or more names with "and" (an apposition
  // naming the members of a collective).
  bool NamesItsPairAfter(uint32_t s, uint32_t c) const {
    const SentenceParse& p = a_.parses[s];
    for (uint32_t k = c + 1; k + 1 < p.end_chunk; ++k) {
      const Chunk& ck = a_.chunks[k];
      if (ck.kind != ChunkKind::kO || !OneOf(Lower(ck.first_token), {"--", ","})) continue;
      const Chunk& np = a_.chunks[k + 1];
      if (np.kind != ChunkKind::kNP) return false;
      size_t b, e;
      MatchesIn(np, &b, &e);
      if (e < b + 2) return false;
      for (uint32_t t = np.first_token; t < np.end_token; ++t) {
        if (Lower(t) == "and") return true;
      }
      return false;
    }
    return false;
  }

  bool Collective(uint32_t s, uint32_t c) {
    const Chunk& ch = a_.chunks[c];
    bool any = false;
    for (uint32_t t = ch.first_token; t < ch.end_token && !any; ++t) {
      std::string_view w = Lower(t);
      any = SameWord(w, "two") || SameWord(w, "both");
    }
    if (!any) return false;
    bool two = false, group_noun = false;
    for (uint32_t t = ch.first_token; t < ch.end_token; ++t) {
      std::string_view w = Lower(t);
      if (SameWord(w, "two") || SameWord(w, "both")) two = true;
      std::string_view lemma = a_.Lemma(a_.tokens[t]);
      if (Listed(WL::kPairNoun, lemma)) group_noun = true;
    }
    bool bare_two = two && ch.end_token - ch.first_token <= 2 &&
                    (SameWord(Lower(ch.end_token - 1), "two") || SameWord(Lower(ch.end_token - 1), "both"));
    if (!two || !(group_noun || bare_two)) return false;
    // "the only two Arab states to have signed treaties with Israel --
    // Egypt and Jordan -- criticised": the pair the sentence names itself,
    // after a dash or comma, is who the two are, not a pair named before.
    if (NamesItsPairAfter(s, c)) return false;
    std::vector<const ActorMention*> found;
    // most recent compound first
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend(); ++it) {
      if (it->group >= 0 && !it->attributive) {
        int32_t g = it->group;
        for (auto jt = it; jt != out_->mentions.rend() && jt->group == g; ++jt) {
          bool dup = false;
          for (auto* f : found) dup = dup || Head3(f->code) == Head3(jt->code);
          if (!dup) found.push_back(&*jt);
        }
        if (found.size() >= 2) break;
        found.clear();
      }
    }
    // "Shoigu arrived for talks with his Iranian counterpart Hossein
    // Dehghan on the war in Syria ... The two agreed": the two are the
    // people who met, not every country named on the way.
    for (int pass = 0; pass < 2 && found.size() < 2; ++pass) {
      found.clear();
      for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend() && found.size() < 2; ++it) {
        if (it->code.size() < 3 || SameWord(Head3(it->code), "---") || it->place || it->attributive) continue;
        if (pass == 0 && (!person_like_[&*it - out_->mentions.data()] || it->how == ActorHow::kContext ||
                          it->sentence + 2 < s)) {
          continue;
        }
        if (pass == 1 && InLocativePhrase(*it)) continue;
        bool dup = false;
        for (auto* f : found) dup = dup || Head3(f->code) == Head3(it->code);
        if (!dup) found.push_back(&*it);
      }
    }
    if (found.size() < 2) return false;
    std::vector<Member> ms;
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
      Member m;
      m.first = ch.first_token;
      m.end = ch.end_token;
      m.code = (*it)->code.substr(0, 3);
      if ((*it)->code.compare(0, 3, "IGO") == 0 || (*it)->code.compare(0, 3, "NGM") == 0) m.code = (*it)->code;
      m.how = ActorHow::kCoreference;
      m.detail = "collective: " + (*it)->code + " from sentence " + std::to_string((*it)->sentence);
      m.has_country = true;
      ms.push_back(m);
    }
    int32_t g = next_group_++;
    for (auto& m : ms) Emit(s, c, m, g);
    return true;
  }

  // "near the Syrian border", "in Iraq": an actor named only as where
  // something happened is rarely what a later "it" or "its" refers to.
  bool InLocativePhrase(const ActorMention& m) const {
    if (m.chunk <= 0) return false;
    const Chunk& pp = a_.chunks[m.chunk - 1];
    if (pp.kind != ChunkKind::kPP) return false;
    return OneOf(Lower(pp.first_token), {"near", "in", "at", "across", "along", "inside", "outside", "around",
                                          "into", "over", "through", "off", "within"});
  }

  // (Only the clauses of m's sentence can hold t, which is in the same
  // sentence: reading the document's clauses made long documents quadratic.)
  // "the convoy was passing through Kalat when it came under attack": "it"
  // is the thing the nearest clause before it in the sentence is about,
  // when that subject is a singular common noun that names no actor and
  // is no word for a body.
  bool ThingSubjectBefore(uint32_t s, uint32_t t) const {
    if (s >= a_.parses.size()) return false;
    const SentenceParse& p = a_.parses[s];
    int32_t subject = -1;
    for (uint32_t k = p.first_clause; k < p.end_clause && k < a_.clauses.size(); ++k) {
      const Clause& cl = a_.clauses[k];
      if (cl.subject >= 0 && a_.chunks[cl.subject].end_token <= t && cl.first_token < t &&
          (subject < 0 || a_.chunks[cl.subject].first_token > a_.chunks[subject].first_token)) {
        subject = cl.subject;
      }
    }
    if (subject < 0) return false;
    // (a name no dictionary knows is such a subject too: "Acme Relief said
    // it is sending seeds" is Acme Relief's act, not that of an actor named
    // before)
    const uint32_t head = a_.chunks[subject].head;
    const bool unknown_name = (Tag(head) == PosTag::kNNP || Tag(head) == PosTag::kNNPS) &&
                              (Flags(head) & kTokCapitalized) && Tag(a_.chunks[subject].first_token) != PosTag::kPRP;
    if (Tag(head) != PosTag::kNN && !unknown_name) return false;
    // (where the name begins, across "of", "for" and "and" inside it)
    uint32_t name_first = a_.chunks[subject].first_token;
    while (unknown_name && name_first > a_.sentences[s].first_token) {
      const uint32_t k = name_first - 1;
      const bool capitalised = (Flags(k) & kTokCapitalized) && Tag(k) != PosTag::kPRP;
      if (!capitalised && !OneOf(Lower(k), {"of", "for", "and", "the", "&"})) break;
      name_first = k;
    }
    // ("the group said it had killed ...": a word for a body is the actor
    // named before it, which the pronoun then refers to)
    if (!unknown_name && Listed(WL::kBodyNoun, a_.Lemma(a_.tokens[a_.chunks[subject].head]))) {
      return false;
    }
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend() && it->sentence == s; ++it) {
      if (it->chunk == subject) return false;
      // ("the Chinese Center for Disease Control and Prevention said it": a
      // name with a known country's word in it is no unknown name)
      if (unknown_name && it->end_token > name_first && it->first_token < a_.chunks[subject].end_token) return false;
    }
    return true;
  }

  bool IsSubjectOfClauseAt(const ActorMention& m, uint32_t t) const {
    if (m.sentence >= a_.parses.size()) return false;
    const SentenceParse& p = a_.parses[m.sentence];
    for (uint32_t k = p.first_clause; k < p.end_clause && k < a_.clauses.size(); ++k) {
      const Clause& cl = a_.clauses[k];
      if (cl.first_token <= t && t < cl.end_token) return cl.subject >= 0 && cl.subject == m.chunk;
    }
    return false;
  }

  // The actor a possessive pronoun at token t refers to: the most recent
  // non-person actor for its/their, the most recent person for his/her.
  // The sentence of token t (sentences are in token order): a binary
  // search, not a walk over the document's sentences for each phrase.
  uint32_t SentenceOf(uint32_t t) const {
    const auto after = std::upper_bound(a_.sentences.begin(), a_.sentences.end(), t,
                                        [](uint32_t tok, const Sentence& x) { return tok < x.first_token; });
    if (after != a_.sentences.begin() && t < std::prev(after)->end_token) {
      return static_cast<uint32_t>(std::prev(after) - a_.sentences.begin());
    }
    return 0;
  }

  const ActorMention* Antecedent(uint32_t t) const {
    std::string_view w = Lower(t);
    bool person = w == "his" || w == "her";
    const uint32_t s = SentenceOf(t);
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend(); ++it) {
      const ActorMention& m = *it;
      if (m.sentence + kPronounSentences < s) break;  // as for pronouns
      if (m.attributive || m.code.size() < 3 || SameWord(Head3(m.code), "---")) continue;
      if (m.sentence == s && m.first_token >= t) continue;
      if (!person && InLocativePhrase(m)) continue;
      if (person_like_[&m - out_->mentions.data()] == person) return &m;
    }
    return nullptr;
  }

  // "Freedonia indicated it had condemned Sylvania": a pronoun that is the subject of a
  // clause right after a verb, with an actor before it in the sentence.
  // PETRARCH resolves only this one: the clause's speaker.
  bool ReportedSubjectPronoun(uint32_t s, uint32_t c) const {
    const Chunk& ch = a_.chunks[c];
    if (ch.end_token != ch.first_token + 1 || c == 0 || a_.chunks[c - 1].kind != ChunkKind::kVP) return false;
    if (!OneOf(Lower(ch.first_token), {"it", "he", "she", "they"})) return false;
    // Sentence s is being resolved: its mentions are the last ones.
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend() && it->sentence >= s; ++it) {
      if (it->sentence == s && it->first_token < ch.first_token && !it->attributive) return true;
    }
    return false;
  }

  // "It is necessary to ...", "it was unclear whether ...", "it is worth
  // noting": an "it" that stands for the clause after it refers to no actor.
  bool Dummy(uint32_t t) const {
    uint32_t n = t + 1, end = static_cast<uint32_t>(a_.tokens.size());
    // "when it comes to trade": an idiom whose "it" names nothing.
    if (t > 0 && Lower(t - 1) == "when" && n + 1 < end && a_.Lemma(a_.tokens[n]) == "come" && Lower(n + 1) == "to") {
      return true;
    }
    while (n < end && (Tag(n) == PosTag::kMD || Tag(n) == PosTag::kRB)) ++n;
    if (n >= end || a_.Lemma(a_.tokens[n]) != "be") return false;
    ++n;
    while (n < end && (Tag(n) == PosTag::kRB || a_.Lemma(a_.tokens[n]) == "be")) ++n;
    if (n >= end) return false;
    if (Lower(n) == "worth" || Lower(n) == "time") return true;
    // "it is perhaps cruel but nonetheless accurate to note": of adjectives
    // joined before the clause, the last one is said of it.
    uint32_t adjective = n, after = n + 1;
    while (after < end && after < n + 6 &&
           (Tag(after) == PosTag::kCC || Tag(after) == PosTag::kRB || IsAdjective(Tag(after)))) {
      if (IsAdjective(Tag(after))) adjective = after;
      ++after;
    }
    // (adjectives said of a clause, not of a party: "it was ready to talk" is a party)
    if (!Listed(WL::kClauseAdjective, Lower(adjective))) {
      return false;
    }
    return after < end && OneOf(Lower(after), {"to", "that", "whether", "if", "for", "how", "why", "what", "when"});
  }

  // How far back (in sentences) a pronoun's antecedent is looked for. 32 is
  // what the coder's context targets reach too (events/coder.cc); no VOA or
  // dev-gold pronoun reaches further.
  static constexpr uint32_t kPronounSentences = 32;

  // Whether a person's mention opens with a country's possessive ("Turkey's
  // president") and the person has that country's code.
  bool CountryPossessor(const ActorMention& m) const {
    if (!IsStateCode(m.code)) return false;
    for (uint32_t k = m.first_token + 1; k + 1 < m.end_token && k <= m.first_token + 3; ++k) {
      if (Tag(k) == PosTag::kPOS) return Tag(k - 1) == PosTag::kNNP || Tag(k - 1) == PosTag::kNNPS;
    }
    return false;
  }

  // When the pronoun at t speaks the quotation that closes right before it
  // ('"...," they wrote', '"...," he said'), the quotation's first token;
  // t otherwise (nothing to skip).
  uint32_t QuotationSpokenBy(uint32_t s, uint32_t t) const {
    const uint32_t first = a_.sentences[s].first_token;
    uint32_t k = t;
    if (k > first && Tag(k - 1) == PosTag::kComma) --k;
    if (k == first || Tag(k - 1) != PosTag::kCloseQuote) return t;
    if (k - 1 > first && Tag(k - 2) == PosTag::kComma) --k;  // (comma inside or outside the quote)
    for (uint32_t o = k - 1; o-- > first;) {
      if (Tag(o) == PosTag::kOpenQuote) return o;
      if (Tag(o) == PosTag::kCloseQuote) break;
    }
    return t;
  }

  enum class SpeakerIs { kNone, kUnknown, kActor };

  // "A member of the gang told the court that he fired": "he" or "she"
  // as the subject of reported speech is the person who reports it, when
  // that person is named in the sentence before the pronoun (by a name or
  // a word for a person), not whoever an earlier sentence named. Sets *ante
  // when the speaker is an actor ("a member of X" is X's); kUnknown when
  // the speaker is a person no dictionary codes.
  SpeakerIs ReportingSpeaker(uint32_t s, uint32_t c, const ActorMention** ante) const {
    if (s >= a_.parses.size()) return SpeakerIs::kNone;
    const SentenceParse& p = a_.parses[s];
    int32_t speaker = -1;
    for (uint32_t k = p.first_clause; k < p.end_clause && k < a_.clauses.size(); ++k) {
      const Clause& cl = a_.clauses[k];
      if (cl.subject == static_cast<int32_t>(c) && cl.reported) speaker = cl.speaker;
    }
    if (speaker < 0 || static_cast<uint32_t>(speaker) >= c) return SpeakerIs::kNone;
    const Chunk& sp = a_.chunks[speaker];
    const uint32_t h = sp.head;
    const bool name = Tag(h) == PosTag::kNNP && (Flags(h) & kTokCapitalized);
    if (!name && (Tag(h) != PosTag::kNN || !IsPersonNoun(a_.Lemma(a_.tokens[h])))) return SpeakerIs::kNone;
    // The speaker's own mention, or that of an "of" phrase right after it.
    const int32_t of = speaker + 2 < static_cast<int32_t>(a_.chunks.size()) &&
                               a_.chunks[speaker + 1].kind == ChunkKind::kPP &&
                               Lower(a_.chunks[speaker + 1].first_token) == "of"
                           ? speaker + 2
                           : -1;
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend() && it->sentence >= s; ++it) {
      if (it->sentence != s || it->attributive || it->code.size() < 3 || SameWord(Head3(it->code), "---")) continue;
      if (it->chunk == speaker) {
        // "Iran said he ...": a country or body speaking is no "he".
        if (!person_like_[&*it - out_->mentions.data()]) return SpeakerIs::kNone;
        *ante = &*it;
        return SpeakerIs::kActor;
      }
      if (it->chunk == of && !name) {
        *ante = &*it;
        return SpeakerIs::kActor;
      }
    }
    return SpeakerIs::kUnknown;
  }

  // Whether chunk c of sentence s is a noun phrase that ends before token t
  // and that no actor mention of the sentence overlaps (-1: none).
  bool UnmentionedNpBefore(uint32_t s, uint32_t t, int32_t c) const {
    if (c < 0) return false;
    const Chunk& ch = a_.chunks[c];
    if (ch.kind != ChunkKind::kNP || ch.end_token > t) return false;
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend() && it->sentence >= s; ++it) {
      if (it->sentence == s && it->first_token < ch.end_token && it->end_token > ch.first_token) return false;
    }
    return true;
  }

  // "Reporters spoke with Armitage about his trip", "Armitage said his
  // visit went well": a name no dictionary knows, as a clause's subject or
  // the object of "with" earlier in the sentence of the pronoun at t, is the
  // person "he", "his" or "her" most likely stands for; an actor of an
  // earlier sentence is then not. (A name is a phrase of capitalised proper
  // nouns only; a place or body the dictionaries know has a mention.)
  // With any_role, the name is an object or stands in any prepositional
  // phrase instead: "send them to Acme Labs as it has worked with us": "it"
  // is the body named there, which no dictionary codes. (An unknown name as
  // the subject is mostly the story's own actor, whom an earlier sentence
  // coded by a word for it: "the company ... Acme said it".)
  bool UnknownNameBefore(uint32_t s, uint32_t t, bool any_role = false) const {
    if (s >= a_.parses.size()) return false;
    const SentenceParse& p = a_.parses[s];
    auto unknown_name = [&](int32_t c) {
      if (!UnmentionedNpBefore(s, t, c)) return false;
      const Chunk& ch = a_.chunks[c];
      for (uint32_t k = ch.first_token; k < ch.end_token; ++k) {
        if (Tag(k) != PosTag::kNNP || !(Flags(k) & kTokCapitalized)) return false;
      }
      // ("on Tuesday": a day's name is no one)
      return !IsWeekdayOrMonthName(Lower(ch.head));
    };
    for (uint32_t k = p.first_clause; k < p.end_clause && k < a_.clauses.size(); ++k) {
      const Clause& cl = a_.clauses[k];
      if (!any_role && unknown_name(cl.subject)) return true;
      if (any_role && unknown_name(cl.object)) return true;
      for (const Attachment& at : cl.attachments) {
        if ((any_role || Lower(at.prep) == "with") && unknown_name(at.np)) return true;
      }
    }
    return false;
  }

  // Whether a clause of sentence s has, before token t, a subject or object
  // in the plural ("new immigrants", "residents") that names no actor (nor
  // a stretch of time: "for years").
  bool UnknownPluralBefore(uint32_t s, uint32_t t) const {
    if (s >= a_.parses.size()) return false;
    const SentenceParse& p = a_.parses[s];
    auto unknown_plural = [&](int32_t c) {
      if (!UnmentionedNpBefore(s, t, c)) return false;
      const uint32_t head = a_.chunks[c].head;
      return Tag(head) == PosTag::kNNS && !IsTimeNoun(a_.Lemma(a_.tokens[head]));
    };
    for (uint32_t k = p.first_clause; k < p.end_clause && k < a_.clauses.size(); ++k) {
      if (unknown_plural(a_.clauses[k].subject) || unknown_plural(a_.clauses[k].object)) return true;
    }
    return false;
  }

  // Whether token t of sentence s stands inside a quotation: after an
  // opening quote that no closing one follows before t, or before a closing
  // quote whose opening one is in an earlier sentence.
  bool InsideQuotation(uint32_t s, uint32_t t) const {
    int open = 0;
    for (uint32_t k = a_.sentences[s].first_token; k < t; ++k) {
      if (Tag(k) == PosTag::kOpenQuote) ++open;
      if (Tag(k) == PosTag::kCloseQuote && open > 0) --open;
    }
    if (open > 0) return true;
    for (uint32_t k = t + 1; k < a_.sentences[s].end_token; ++k) {
      if (Tag(k) == PosTag::kOpenQuote) return false;
      if (Tag(k) == PosTag::kCloseQuote) return true;
    }
    return false;
  }

  // Whether mention m's noun phrase is a singular common noun owned by
  // what its possessive names ("China's military build-up", "Russia's invasion").
  bool PossessedThing(const ActorMention& m) const {
    if (m.chunk < 0) return false;
    const Chunk& ch = a_.chunks[m.chunk];
    if (ch.end_token <= ch.first_token || Tag(ch.end_token - 1) != PosTag::kNN) return false;
    for (uint32_t t = ch.first_token; t + 1 < ch.end_token; ++t) {
      if (Tag(t) == PosTag::kPOS) return true;
    }
    return false;
  }

  // Whether mention m names its actors in the plural: a common noun in the
  // plural ("villagers") or a "they", "them" or "their" standing for one. (A
  // capitalised plural may be a body's name: "Doctors Without Borders".)
  bool PluralMention(const ActorMention& m) const {
    if (m.end_token <= m.first_token) return false;
    const uint32_t last = m.end_token - 1;
    if (Tag(last) == PosTag::kNNS) return !(Flags(last) & (kTokCapitalized | kTokAllCaps));
    return OneOf(Lower(last), {"they", "them", "their"});
  }

  // Whether mention m names a person of the other sex than the pronoun w
  // ("he", "him", "his" / "she", "her"): its last word, or the head of its
  // phrase after it ("the envoy's wife", whose mention is "envoy"), is a
  // noun or pronoun of the other sex.
  bool OtherSex(std::string_view w, const ActorMention& m) const {
    const bool female = OneOf(w, {"she", "her"});
    const WL list = female ? WL::kMaleNoun : WL::kFemaleNoun;
    auto other = [&](uint32_t t) {
      // (a "he" an earlier sentence resolved is no "she")
      if (Tag(t) == PosTag::kPRP || Tag(t) == PosTag::kPRPS) {
        return female ? OneOf(Lower(t), {"he", "him", "his"}) : OneOf(Lower(t), {"she", "her"});
      }
      return (Tag(t) == PosTag::kNN || Tag(t) == PosTag::kNNS) && Listed(list, a_.Lemma(a_.tokens[t]));
    };
    if (m.end_token > m.first_token && other(m.end_token - 1)) return true;
    if (m.chunk < 0) return false;
    const uint32_t head = a_.chunks[m.chunk].head;
    return head >= m.end_token && other(head);
  }

  // Whether chunk c is the subject of a passive clause of sentence s.
  bool PassiveSubject(uint32_t s, uint32_t c) const {
    if (s >= a_.parses.size()) return false;
    const SentenceParse& p = a_.parses[s];
    for (uint32_t k = p.first_clause; k < p.end_clause && k < a_.clauses.size(); ++k) {
      const Clause& cl = a_.clauses[k];
      if (cl.subject == static_cast<int32_t>(c) && cl.verb >= 0) return a_.chunks[cl.verb].voice == Voice::kPassive;
    }
    return false;
  }

  // "Ruto met the Somali president. He accused Somalia ...": a "he" or
  // "she" that opens the next sentence's subject continues the person the
  // sentence before spoke of as its subject, not the one that person met,
  // hosted or spoke with (the object, or the "with" or "to" phrase, of the
  // subject's own clause). The subject's mention when it is one person of
  // the pronoun's sex; nullptr otherwise (the nearest person stays). (Only
  // for a pronoun that acts: "fired the minister. He had been accused of
  // fraud" speaks of the one acted on; see PassiveSubject.)
  const ActorMention* SubjectOverPartner(const ActorMention& ante, std::string_view w) const {
    if (ante.chunk < 0 || ante.sentence >= a_.parses.size()) return nullptr;
    const SentenceParse& p = a_.parses[ante.sentence];
    int32_t subject = -1;
    for (uint32_t k = p.first_clause; k < p.end_clause && k < a_.clauses.size() && subject < 0; ++k) {
      const Clause& cl = a_.clauses[k];
      if (cl.subject < 0 || cl.reported || cl.relative || cl.agent >= 0) continue;
      bool partner = cl.object == ante.chunk;
      for (const Attachment& at : cl.attachments) {
        partner = partner || (at.np == ante.chunk && OneOf(Lower(at.prep), {"with", "to"}));
      }
      if (partner) subject = cl.subject;
    }
    if (subject < 0 || subject == ante.chunk) return nullptr;
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend() && it->sentence >= ante.sentence; ++it) {
      const ActorMention& m = *it;
      if (m.sentence != ante.sentence || m.chunk != subject) continue;
      if (m.attributive || m.group >= 0 || m.code.size() < 3 || SameWord(Head3(m.code), "---")) return nullptr;
      if (!person_like_[&m - out_->mentions.data()] || OtherSex(w, m)) return nullptr;
      const PosTag last = Tag(m.end_token - 1);
      return last == PosTag::kNNS || last == PosTag::kNNPS ? nullptr : &m;
    }
    return nullptr;
  }

  bool Pronoun(uint32_t s, uint32_t c) {
    const Chunk& ch = a_.chunks[c];
    uint32_t t = ch.first_token;
    // "its commitments" is not an actor; "its forces" is (see ResolveMember)
    if (Tag(t) != PosTag::kPRP && Tag(t) != PosTag::kPRPS) return false;
    std::string_view w = Lower(t);
    enum { kPerson, kThing, kPlural } want;
    if (OneOf(w, {"he", "him", "his", "she", "her"})) want = kPerson;
    else if (OneOf(w, {"it", "its"})) want = kThing;
    else if (OneOf(w, {"they", "them", "their"})) want = kPlural;
    else return false;
    if (SameWord(w, "it") && Dummy(t)) return false;
    if (SameWord(w, "it") && ThingSubjectBefore(s, t)) return false;
    if (want != kPerson && OtherPartyOfPossessor(t)) return false;
    const ActorMention* ante = nullptr;
    if (SameWord(w, "he") || SameWord(w, "she")) {
      switch (ReportingSpeaker(s, c, &ante)) {
        case SpeakerIs::kNone: break;
        case SpeakerIs::kUnknown: return false;
        case SpeakerIs::kActor: break;
      }
    }
    const ActorMention* singular_country = nullptr;
    const ActorMention* possessor_country = nullptr;
    std::vector<const ActorMention*> group;
    const uint32_t quoted_from = QuotationSpokenBy(s, t);
    const bool quoted = want == kPlural && InsideQuotation(s, t);
    for (auto it = out_->mentions.rbegin(); it != out_->mentions.rend() && !ante; ++it) {
      const ActorMention& m = *it;
      // ("'We are worried about Freedonia,' they wrote": the speakers are
      // not anyone their words name)
      if (m.sentence == s && m.first_token >= quoted_from && m.first_token < t) continue;
      // A pronoun refers to an actor of the last sentences, not to one a
      // page before; the bound also keeps a long document linear in time.
      if (m.sentence + kPronounSentences < s) break;
      if (m.attributive || m.code.size() < 3 || SameWord(Head3(m.code), "---")) continue;
      if (m.sentence == s && m.first_token >= t) continue;
      if (want != kPerson && InLocativePhrase(m)) continue;
      // "a spokesman told The Sylvania Herald it had sent troops": a news
      // outlet reports, it is never the party a state's "it" or "they"
      // stands for.
      if (want != kPerson && IsNewsOutletCode(m.code)) continue;
      // "Singh will hold talks with him": an object pronoun is not the
      // subject of its own clause.
      if ((SameWord(w, "him") || SameWord(w, "them")) && m.sentence == s && IsSubjectOfClauseAt(m, t)) continue;
      bool person = person_like_[&m - out_->mentions.data()];
      // "He held talks with Russian officials. He is due in Ottawa": "he"
      // is one person, not people named in the plural.
      if (want == kPerson && person && m.end_token > m.first_token &&
          (Tag(m.end_token - 1) == PosTag::kNNS || Tag(m.end_token - 1) == PosTag::kNNPS)) {
        continue;
      }
      // "Singh met Rao's wife when he visited Delhi": "he" is no one a
      // noun of the other sex names, nor "she" ("his widow", "her son").
      if (want == kPerson && person && OtherSex(w, m)) continue;
      if (want == kPerson && person) { ante = &m; break; }
      // "Clinics test people who caught the flu to follow its spread": "its"
      // is one thing's, never people's named in the plural or a "they"'s; so
      // when such a plural is the nearest non-person actor, "its" most likely
      // stands for a thing no dictionary names, and it stands for no actor.
      if (SameWord(w, "its") && !person && PluralMention(m)) break;
      if (want == kThing && !person && m.group < 0) { ante = &m; break; }
      if (want == kThing && person && m.sentence == s && m.group < 0 && CountryPossessor(m)) {
        // "Turkey's president says it will begin an operation": "it" is the
        // country whose office holder speaks.
        possessor_country = &m;
        break;
      }
      if (want == kPlural) {
        // ('"Then they picked out police officers and shot them": inside a
        // quotation, "they" of another sentence are people of the speaker's
        // story, unnamed)
        if (m.sentence != s && quoted) break;
        if (singular_country && m.sentence != s) break;
        if (m.group >= 0) {
          for (auto jt = it; jt != out_->mentions.rend() && jt->group == m.group; ++jt) group.push_back(&*jt);
          break;
        }
        // "India, Japan and the Philippines face pressure from China over
        // their borders": a country named in the singular is an "it"; a
        // plural in the same sentence comes first, the country otherwise.
        if (!person && m.sentence == s && m.code.size() == 3 && Tag(m.end_token - 1) == PosTag::kNNP) {
          if (!singular_country) singular_country = &m;
          continue;
        }
        // "concerned about China's military build-up. They urged ...":
        // a thing an actor owns ("X's build-up") is an "it", never a "they".
        if (!person && PossessedThing(m)) continue;
        if (!person) { ante = &m; break; }
        // "supporters who say they approve": people named in the plural
        // are a "they" too.
        if (m.end_token > m.first_token &&
            (Tag(m.end_token - 1) == PosTag::kNNS || Tag(m.end_token - 1) == PosTag::kNNPS)) {
          ante = &m;
          break;
        }
      }
    }
    if (want == kPerson && ante && ante->sentence + 1 == s && (SameWord(w, "he") || SameWord(w, "she")) &&
        !PassiveSubject(s, c)) {
      if (const ActorMention* subject = SubjectOverPartner(*ante, w)) ante = subject;
    }
    if (want == kPerson && ante && ante->sentence < s && UnknownNameBefore(s, t)) return false;
    if (SameWord(w, "it") && ante && (ante->sentence < s || ante->how == ActorHow::kCoreference) &&
        UnknownNameBefore(s, t, true)) {
      return false;
    }
    // "The government gives new immigrants mentors to help them": people
    // named in the plural in the sentence, whom no dictionary knows, are who
    // "they" and "them" are before any actor of an earlier sentence.
    const ActorMention* plural_ante = ante ? ante : group.empty() ? nullptr : group.front();
    if (want == kPlural && plural_ante && plural_ante->sentence < s && UnknownPluralBefore(s, t)) return false;
    if (!ante && group.empty()) ante = singular_country;
    if (!ante && group.empty() && possessor_country) {
      Member m;
      m.first = t;
      m.end = t + 1;
      m.code = possessor_country->code.substr(0, 3);
      m.how = ActorHow::kCoreference;
      m.detail = "\"" + std::string(w) + "\" = " + m.code + ", the country of " + possessor_country->code;
      m.has_country = true;
      Emit(s, c, std::move(m), -1);  // (its last use)
      return true;
    }
    if (!ante && group.empty()) return false;
    if (!group.empty()) {
      int32_t g = next_group_++;
      // (Members are read before any is emitted: Emit appends to the
      // mentions the group points into.)
      std::vector<Member> members;
      for (auto it = group.rbegin(); it != group.rend(); ++it) {
        Member& m = members.emplace_back();
        m.first = t;
        m.end = t + 1;
        m.code = (*it)->code;
        m.how = ActorHow::kCoreference;
        m.detail = "\"" + std::string(w) + "\" = " + (*it)->code + " from sentence " + std::to_string((*it)->sentence);
        m.has_country = true;
      }
      for (Member& m : members) Emit(s, c, std::move(m), g);
      return true;
    }
    Member m;
    m.first = t;
    m.end = t + 1;
    m.code = ante->code;
    m.how = ActorHow::kCoreference;
    m.detail = "\"" + std::string(w) + "\" = " + ante->code + " from sentence " + std::to_string(ante->sentence);
    m.person_like = want == kPerson;
    m.has_country = true;
    Emit(s, c, std::move(m), -1);  // (its last use)
    return true;
  }

  // Takes the member by value: its strings move into the mention.
  void Emit(uint32_t s, int32_t c, Member m, int32_t group) {
    if (m.code.empty()) return;
    ActorMention am;
    am.sentence = s;
    am.first_token = m.first;
    am.end_token = m.end;
    am.code = std::move(m.code);
    am.how = m.how;
    am.detail = std::move(m.detail);
    am.group = group;
    am.chunk = c;
    am.attributive = m.attributive;
    am.place = m.place;
    // (A news outlet's country is not the story's: "told VOA" says nothing of
    // where the story is.)
    if (am.how != ActorHow::kContext && am.how != ActorHow::kCoreference && IsStateCode(am.code) &&
        !IsNewsOutletCode(am.code)) {
      std::string_view p = std::string_view(am.code).substr(0, 3);
      bool found = false;
      for (auto& c : country_counts_) {
        if (SameWord(std::string_view(c.first.code, 3), p)) {
          ++c.second;
          c.first.last = out_->mentions.size();
          found = true;
          break;
        }
      }
      if (!found) {
        CountryKey k;
        std::memcpy(k.code, p.data(), 3);
        k.last = out_->mentions.size();
        country_counts_.push_back({k, 1});
      }
    }
    out_->mentions.push_back(std::move(am));
    person_like_.push_back(m.person_like);
  }

  const actors::DictionaryData& d_;
  const Analysis& a_;
  const ActorOptions& o_;
  const petrarch::Policy policy_;
  ActorMentions* out_;
  std::vector<RawMatch> matches_;
  // Scratch for Chunk_, kept so that its buffers are reused.
  std::vector<std::pair<size_t, size_t>> groups_;
  std::vector<Member> members_;
  // The country of an "X-based" match skipped before the member being
  // resolved, or "".
  std::string based_in_;
  std::vector<bool> person_like_;
  std::unordered_map<std::string, std::string> introduced_;
  // Surnames the story gave to someone else than the dictionary's person
  // of that name (SurnameOfAnotherPerson).
  std::unordered_set<std::string> other_surnames_;
  int32_t next_group_ = 0;
  // How often each country has been named so far (context for unnamed
  // agents), with the index of its latest mention.
  struct CountryKey {
    char code[3];
    size_t last;
  };
  std::vector<std::pair<CountryKey, int>> country_counts_;
  int32_t head_ = -1;  // head token of the noun phrase being resolved, or -1
  // RegionWideSentence's answer for one sentence of one text.
  mutable int64_t region_wide_sentence_ = -1;
  mutable const char* region_wide_text_ = nullptr;
  mutable bool region_wide_ = false;
  int32_t chunk_ = -1;  // its chunk index
};

}  // namespace
}  // namespace actors

void ActorDictionary::ResolveActors(const Analysis& a, const ActorOptions& options,
                                    ActorMentions* out) const {
  actors::Resolver(*impl_, a, options, out).Run();
}

void ActorDictionary::FindNames(const Analysis& a, const ActorOptions& options, ActorMentions* out) const {
  actors::Resolver(*impl_, a, options, out).RunNamesOnly();
}

}  // namespace dyad
