// The event coder: for each clause, the verb patterns of its main verb are
// tried against the words after the verb; source and target come from the
// clause (subject, object, prepositional phrases, passive agent) or from the
// pattern's slots. Negation, refusal, intent, threats, conditionals and
// reported speech decide whether and how an event is emitted.
#include <algorithm>
#include <array>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/calendar_words.h"
#include "core/words.h"
#include "dyad/events.h"
#include "dyad/pipeline.h"
#include "events/patterns.h"
#include "events/restates.h"
#include "petrarch/policy.h"

namespace dyad {
namespace {

// The word lists and the intent, threat and refusal code maps are data
// (data/coding, events/coding_rules.h): pats_.rules().
using CodeMap = CodingRules::Map;
using WordList = CodingRules::List;

// Whether an actor code's sector (letters 4-6) is a civilian one.
bool IsCivilianSector(const CodingRules& rules, std::string_view code) {
  return code.size() >= 6 && rules.Has(WordList::kCivilianSector, code.substr(3, 3));
}

// Whether an actor code's sector (letters 4-6) is one of the state's own
// organs: government, military, police, courts, legislature, intelligence.
bool IsStateOrganSector(std::string_view code) {
  return code.size() >= 6 && OneOf(code.substr(3, 3), {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"});
}

// Prepositions whose object can be the target when a pattern has no slot.
bool IsTargetPrep(std::string_view p) {
  return OneOf(p, {"with", "against", "on", "to", "at", "toward", "towards", "into", "upon", "for",
                   "from", "over"});
}

// How far an event is to be trusted, from how it was found. The weights are
// ordered by the precision of each way on the development material: a
// pattern's own slot or the verb's object is surest; a target read from a
// phrase, a governed clause or a coordinated verb less; members of a compound
// acting on each other and, least, a target taken from an earlier sentence.
// A verb's default code (its anchor alone) and the rules that code a verb
// with no pattern of its own lower it further.
constexpr struct {
  std::string_view how;
  double weight;
} kTargetConfidence[] = {
    // clang-format off
    {"pattern", 0.9}, {"object", 0.8}, {"passive subject", 0.8}, {"phrase", 0.75},
    {"clause it governs", 0.7}, {"coordinated clause", 0.7}, {"reciprocal", 0.6}, {"place", 0.5},
    {"context", 0.4}, {"unknown", 0.2},
    // clang-format on
};
constexpr double kDefaultCodeFactor = 0.75;  // the verb's default: its anchor alone
constexpr double kRuleFactor = 0.8;          // rule.agree-to, rule.protest
constexpr double kImpliedTarget = 0.5;       // a protest's government, which no word names

// A verb's default code: a pattern that is its verb alone.
bool IsDefault(const Pattern& p) { return p.elements.empty() && p.before.empty(); }

double ConfidenceOf(const Pattern& p, std::string_view target_how, bool implied_target) {
  double c = 0.5;
  for (const auto& t : kTargetConfidence) {
    if (t.how == target_how) c = t.weight;
  }
  if (implied_target) c = std::min(c, kImpliedTarget);
  if (p.id.starts_with("rule.")) {
    c *= kRuleFactor;
  } else if (IsDefault(p)) {
    c *= kDefaultCodeFactor;
  }
  return c;
}

// Acts aimed at the place they are done in when they name no one: force,
// a show of force, aid, and restrictions such as curfews, imposed or eased.
bool AimedAtPlace(const CameoCode& c) {
  const std::string_view root = c.Root();
  return root == "07" || root == "15" || root == "18" || root == "19" || root == "20" ||
         c.code.compare(0, 3, "172") == 0 || c.code.compare(0, 3, "081") == 0;
}

// Material conflict: assault, fight, mass violence.
bool IsForce(const CameoCode& c) {
  const std::string_view root = c.Root();
  return root == "18" || root == "19" || root == "20";
}

// Codes of what two parties can only do with each other, or do to each other
// when a compound subject names no one else.
bool IsMutual(const CameoCode& c) {
  const std::string_view root = c.Root();
  // ("Both countries withdrew their ambassadors": cutting ties or halting
  // talks is done to each other too.)
  // (Not what one party does for or to the others, even when announced by
  // several: visiting and hosting (042, 043), mediating (045, 039), and
  // intents to give aid or reform (033, 034): "Turkey and Russia mediated
  // the deal", "the UN and aid groups intend to deliver food" are not acts
  // on each other. Settling, accepting mediation and yielding are: "agreed
  // to a ceasefire", "committed to cut their warheads". Yielding to someone
  // else is not: easing sanctions, dissent or an emergency, releasing
  // people, letting others in (0351-0355): "Bahrain and Kuwait agreed to
  // lift a ban on Egyptian imports".)
  if (root == "03") {
    return !c.code.starts_with("033") && !c.code.starts_with("034") && c.code != "039" &&
           !(c.code.size() == 4 && c.code.starts_with("035") && c.code != "0356");
  }
  if (root == "04") return c.code != "042" && c.code != "043" && c.code != "045";
  // (Restoring or establishing ties, 054, is done with each other too:
  // "Saudi Arabia and Iran restored diplomatic ties".)
  return root == "06" || c.code == "050" || c.code == "054" || c.code == "057" || c.code.starts_with("087") ||
         c.code == "190" || c.code == "161" || c.code == "164";
}

// Prepositions of place: their phrase says where an event happened.
bool IsLocativePrep(std::string_view p) {
  return OneOf(p, {"in", "at", "near", "inside", "outside", "around", "across", "within", "throughout", "along",
                   "beyond", "off"});
}

bool Skippable(PosTag t) {
  return t == PosTag::kDT || t == PosTag::kPDT || t == PosTag::kPRPS || IsAdjective(t) ||
         t == PosTag::kRB || t == PosTag::kRBR || t == PosTag::kRBS || t == PosTag::kCD ||
         t == PosTag::kPOS;
}

struct Slot {
  int32_t chunk = -1;
};

constexpr uint32_t kNoMatch = ~0u;  // Match's answer when a pattern does not match

class SentenceCoder {
 public:
  SentenceCoder(const EventPatterns& pats, const Codebook& cb, const Analysis& a, const ActorMentions& actors,
                std::vector<Event>* out, std::vector<ExplainLine>* explain, petrarch::Policy policy, bool unknown_sides,
                bool place_targets)
      : pats_(pats),
        cb_(cb),
        a_(a),
        actors_(actors),
        out_(out),
        explain_(explain),
        policy_(policy),
        unknown_sides_(unknown_sides),
        place_targets_(place_targets),
        scratch_(ThreadScratch()),
        chunk_of_(scratch_.chunk_of),
        adjunct_end_(scratch_.adjunct_end),
        token_words_(scratch_.token_words),
        coded_clauses_(scratch_.coded_clauses),
        event_sources_(scratch_.event_sources),
        event_codes_(scratch_.event_codes),
        by_chunk_(scratch_.by_chunk) {
    coded_clauses_.clear();
    event_sources_.clear();
    event_codes_.clear();
    token_words_.resize(a.tokens.size());
    for (size_t t = 0; t < a.tokens.size(); ++t) {
      const Token& tok = a.tokens[t];
      const auto lower = static_cast<uint8_t>(WordIndex(a.Lower(tok)));
      // (Most tokens are their own lemma: hash the word once.)
      token_words_[t] = {tok.lemma_len ? static_cast<uint8_t>(WordIndex(a.Lemma(tok))) : lower, lower};
    }
    chunk_of_.assign(a.tokens.size(), -1);
    adjunct_end_.assign(a.tokens.size(), kNoMatch);
    for (size_t c = 0; c < a.chunks.size(); ++c) {
      for (uint32_t t = a.chunks[c].first_token; t < a.chunks[c].end_token; ++t) chunk_of_[t] = c;
    }
    // (Only the first a.chunks.size() lists are read; those past them keep
    // their buffers for a longer document.)
    if (by_chunk_.size() < a.chunks.size()) by_chunk_.resize(a.chunks.size());
    for (size_t c = 0; c < a.chunks.size(); ++c) by_chunk_[c].clear();
    for (const ActorMention& m : actors.mentions) {
      if (m.chunk >= 0 && !m.attributive) by_chunk_[m.chunk].push_back(&m);
    }
    // "police arrested Ana Ferreira", "outlawed the Northern Branch": a
    // person's full name or a body's name that no dictionary knows is an
    // actor of unknown country, which only an arrest or a release of the
    // person, or a ban of the body, by a state keeps (Push).
    for (uint32_t s = 0; s < a.parses.size() && s < a.sentences.size() && policy_.UnknownPersonOfArrestingState();
         ++s) {
      const bool running_text = RunningText(a.sentences[s]);
      for (uint32_t c = a.parses[s].first_chunk; c < a.parses[s].end_chunk; ++c) {
        const bool body = BodyName(static_cast<int32_t>(c));
        if (!body && !(running_text && PersonName(static_cast<int32_t>(c)))) continue;
        ActorMention& m = unknown_people_.emplace_back();
        m.first_token = a.chunks[c].first_token;
        m.end_token = a.chunks[c].end_token;
        m.sentence = s;
        m.code = "---";
        m.how = ActorHow::kContext;
        m.detail = body ? "unknown body" : "unknown person";
        m.chunk = static_cast<int32_t>(c);
        by_chunk_[c].push_back(&m);
      }
    }
  }

  void Run() {
    for (uint32_t s = 0; s < a_.sentences.size() && s < a_.parses.size(); ++s) {
      const Sentence& sent = a_.sentences[s];
      if (sent.is_list_item || sent.is_dateline) {
        if (explain_) Explain(s, sent.is_list_item ? "list item (links to other stories): not coded"
                                     : "dateline: not coded");
        continue;
      }
      size_t before = out_->size();
      const SentenceParse& p = a_.parses[s];
      for (uint32_t c = p.first_clause; c < p.end_clause; ++c) Clause_(s, a_.clauses[c], c);
      EmitOnContent(s);
      Nouns(s, p);
      Dedupe(before);
    }
  }

 private:
  std::string_view Lower(uint32_t t) const { return a_.Lower(a_.tokens[t]); }
  std::string_view Lemma(uint32_t t) const { return a_.Lemma(a_.tokens[t]); }
  PosTag Tag(uint32_t t) const { return a_.tokens[t].tag; }

  std::string Span(uint32_t b, uint32_t e) const {
    if (b >= e) return {};
    return std::string(a_.text.substr(a_.tokens[b].begin, a_.tokens[e - 1].end - a_.tokens[b].begin));
  }

  void Explain(uint32_t s, std::string text) {
    if (explain_) explain_->push_back({s, std::move(text)});
  }

  bool WordMatches(const PatternElement& e, uint32_t t, bool exact = false) const {
    // most tokens share no signature bit with the alternatives
    if (!e.mask.Has(token_words_[t][0]) && !e.mask.Has(token_words_[t][1])) return false;
    std::string_view lemma = exact ? std::string_view() : Lemma(t), lower = Lower(t);
    for (const std::string& w : e.words) {
      if (SameWord(w, lemma) || SameWord(w, lower)) return true;
    }
    return false;
  }

  // Where the words before the verb that its patterns may read start: after
  // the last comma or semicolon before it ("..., according to reports" is
  // not read with what the sentence said before).
  uint32_t BeforeBegin(uint32_t s, uint32_t verb) const {
    uint32_t b = a_.sentences[s].first_token;
    for (uint32_t t = verb; t-- > b;) {
      std::string_view w = Lower(t);
      if (w == "," || w == ";" || w == ":") return t + 1;
    }
    return b;
  }

  bool FormMatches(const Pattern& p, uint32_t verb) const {
    return p.forms.empty() || std::find(p.forms.begin(), p.forms.end(), Lower(verb)) != p.forms.end();
  }

  // The first phrase naming an actor from token `from` on, before the
  // sentence's next punctuation or subordinate clause; -1 when none.
  template <typename Skip>
  int32_t ActorAfter(uint32_t s, uint32_t from, const Skip& skip, bool phrases_only = false, bool located_ok = false,
                     bool through_purpose = false, bool purpose_of_act_only = false,
                     bool appeal_for_means = false) const {
    bool passed_someone = false;  // an infinitive after someone is theirs: "allowing him to leave Moscow"
    // (in a purpose infinitive, "what" opens a clause of its own: "signed an
    // accord to combat what they describe as ...")
    bool in_purpose = false;
    for (uint32_t t = from; t < a_.sentences[s].end_token; ++t) {
      // (phrases_only: through noun and prepositional phrases and the "to" of
      // an infinitive; the first verb of another clause, or "and"/"or", ends
      // the search, and a phrase of place is where, not whom: "killed
      // hundreds in northern Iraq", "fought near a UN compound"; located_ok:
      // not for acts aimed at the place they name)
      // (through_purpose: an act is also aimed at whom its purpose names,
      // through an infinitive and the nouns it joins: "gave 50 million euros
      // to promote investment and development in Ethiopia", "refused to lift
      // sanctions to bring Iran to the table".)
      if (phrases_only && chunk_of_[t] >= 0 && a_.chunks[chunk_of_[t]].kind == ChunkKind::kVP) {
        if (!(through_purpose && !passed_someone && a_.chunks[chunk_of_[t]].infinitive)) return -1;
        // (purpose_of_act_only: not an infinitive that says what a call, a
        // proposal or a plan is for, "rejected calls to impose sanctions on
        // Peru": that act is not the source's.)
        if (purpose_of_act_only) {
          for (uint32_t k = from; k < t; ++k) {
            if (pats_.rules().Has(WordList::kAppealNoun, Lemma(k)) ||
                pats_.rules().Has(WordList::kEventNoun, Lemma(k))) {
              return -1;
            }
          }
        }
        // (appeal_for_means: "asked for funds to treat 30,000 people",
        // "appealed for money to help the flood victims": what the means
        // asked for are to do names whom they are for, not whom the appeal
        // is aimed at, the donors.)
        const int32_t vc = chunk_of_[t];
        if (appeal_for_means && vc >= 2 && a_.chunks[vc - 1].kind == ChunkKind::kNP &&
            a_.chunks[vc - 2].kind == ChunkKind::kPP && Lower(a_.chunks[vc - 2].first_token) == "for") {
          return -1;
        }
        in_purpose = true;
      }
      std::string_view w = Lower(t);
      // "returned cultural artifacts, including a column krater, to the
      // government of Italy": a list set off by commas is passed over.
      if (w == "," && t + 1 < a_.sentences[s].end_token && Lower(t + 1) == "including") {
        uint32_t close = t + 2;
        while (close < a_.sentences[s].end_token && !OneOf(Lower(close), {",", ";", ":", "--", "("})) ++close;
        if (close < a_.sentences[s].end_token && Lower(close) == ",") {
          t = close;
          continue;
        }
      }
      if (in_purpose && w == "what") return -1;
      if (OneOf(w, {",", ";", ":", "(", "--", "after", "when", "while", "because", "before", "since", "until",
                    "although", "though", "that", "which", "who", "whom", "whose", "where", "if", "but"}) ||
          (phrases_only && (w == "and" || w == "or") && !(through_purpose && NounsJoined(t)))) {
        return -1;
      }
      if (Tag(t) == PosTag::kPRP) passed_someone = true;
      // (phrases_only: nor past a gerund with its own object, another act:
      // "voiced concern over the risks of handing the port to Freedonia".)
      if (phrases_only && chunk_of_[t] >= 0 && a_.chunks[chunk_of_[t]].first_token == t && GerundPhrase(chunk_of_[t])) {
        return -1;
      }
      int32_t c = ActorChunkAt(t);
      if (c < 0) continue;
      passed_someone = true;
      const bool after_locative = phrases_only && c > 0 && a_.chunks[c - 1].kind == ChunkKind::kPP &&
                                  IsLocativePrep(Lower(a_.chunks[c - 1].first_token));
      // (located_ok lets a place stand for the people help is for; anyone
      // else named after "at" is where it happened: "handed out food at the
      // Red Cross depot".)
      const bool venue =
          after_locative && Lower(a_.chunks[c - 1].first_token) == "at" &&
          std::none_of(by_chunk_[c].begin(), by_chunk_[c].end(), [](const ActorMention* x) { return x->place; });
      const bool located = after_locative && (!located_ok || venue);
      if (!located && !std::all_of(by_chunk_[c].begin(), by_chunk_[c].end(), skip)) return c;
      t = a_.chunks[c].end_token - 1;
    }
    return -1;
  }

  // Whether the conjunction at t joins two noun phrases without actors
  // ("investment and development").
  bool NounsJoined(uint32_t t) const {
    if (t == 0 || t + 1 >= a_.tokens.size()) return false;
    const int32_t before = chunk_of_[t - 1], after = chunk_of_[t + 1];
    return before >= 0 && after >= 0 && a_.chunks[before].kind == ChunkKind::kNP &&
           a_.chunks[after].kind == ChunkKind::kNP && by_chunk_[before].empty() && by_chunk_[after].empty();
  }

  // For a noun phrase with no actor whose head stands for its owner
  // (data/coding/words.txt, stand-for), followed by "of" and a phrase with
  // actors, that phrase; else -1.
  int32_t OfActor(int32_t c) const {
    if (c < 0 || static_cast<size_t>(c) + 2 >= a_.chunks.size()) return -1;
    const Chunk& np = a_.chunks[c];
    const Chunk& pp = a_.chunks[c + 1];
    const Chunk& of = a_.chunks[c + 2];
    if (np.kind != ChunkKind::kNP || !by_chunk_[c].empty() || pp.kind != ChunkKind::kPP ||
        !pats_.rules().Has(WordList::kStandFor, Lemma(np.head)) ||
        pp.first_token != np.end_token || pp.end_token != pp.first_token + 1 || Lower(pp.first_token) != "of" ||
        of.kind != ChunkKind::kNP || of.first_token != pp.end_token || by_chunk_[c + 2].empty()) {
      return -1;
    }
    return c + 2;
  }

  // "suspended air links with 21 countries including Austria and Greece":
  // a phrase that names no one, whose head is a word for a set of states
  // (set-noun), stands for the members its "including" phrase names; that
  // phrase's chunk, or -1. So for the members named after "such as" or
  // "among them", and for a list set off by dashes or brackets right after
  // a plural ("Three countries -- Sylvania, Freedonia and Ruritania -- have
  // warned"), closed later in the sentence.
  int32_t IncludingActor(int32_t c, uint32_t end) const {
    if (c < 0 || !by_chunk_[c].empty() || a_.chunks[c].kind != ChunkKind::kNP ||
        !pats_.rules().Has(WordList::kSetNoun, Lemma(a_.chunks[c].head))) {
      return -1;
    }
    uint32_t k = a_.chunks[c].end_token;
    if (k + 1 < end && (Tag(k) == PosTag::kColon || Tag(k) == PosTag::kLRB)) {
      const int32_t m = ListedNames(k + 1, Tag(k) == PosTag::kLRB ? PosTag::kRRB : PosTag::kColon, end);
      return Tag(a_.chunks[c].head) == PosTag::kNNS ? m : -1;
    }
    if (k < end && SameWord(Lower(k), ",")) ++k;
    if (k + 1 < end && SameWord(Lower(k), "including")) return ActorChunkAt(k + 1);
    if (k + 2 < end && ((SameWord(Lower(k), "such") && SameWord(Lower(k + 1), "as")) ||
                        (SameWord(Lower(k), "among") && SameWord(Lower(k + 1), "them")))) {
      return ActorChunkAt(k + 2);
    }
    return -1;
  }

  // The actor chunk starting at token t whose last word ends a name (a list
  // of members, not "Sylvania's closest ally"), when a `close` mark follows
  // it later in the sentence; else -1.
  int32_t ListedNames(uint32_t t, PosTag close, uint32_t end) const {
    const int32_t c = ActorChunkAt(t);
    if (c < 0 || a_.chunks[c].first_token != t) return -1;
    bool named = false;
    for (const ActorMention* m : by_chunk_[c]) named = named || m->end_token == a_.chunks[c].end_token;
    if (!named) return -1;
    for (uint32_t k = a_.chunks[c].end_token; k < end; ++k) {
      if (Tag(k) == close) return c;
    }
    return -1;
  }

  // The NP chunk with actors that token t is in, or -1.
  int32_t ActorChunkAt(uint32_t t) const {
    int32_t c = chunk_of_[t];
    return c >= 0 && a_.chunks[c].kind == ChunkKind::kNP && !by_chunk_[c].empty() ? c : -1;
  }

  // Matches p.before[bi..0] leftwards: element bi must end before token
  // `pos` (right at it when it is joined to what follows), at or after
  // `begin`. PETRARCH reads the words before the verb up its parse tree; the
  // sentence before the verb stands in for them, any words skipped unless
  // '_' joins the elements.
  bool MatchBefore(const Pattern& p, size_t bi, uint32_t pos, uint32_t begin, Slot* target, Slot* source) const {
    if (bi == 0) return true;
    const PatternElement& e = p.before[bi - 1];
    uint32_t low = e.adjacent ? (pos > begin ? pos - 1 : pos) : begin;
    switch (e.kind) {
      case PatternElement::kSkip:
      case PatternElement::kPhrase:
        return MatchBefore(p, bi - 1, pos, begin, target, source);
      case PatternElement::kWord:
        for (uint32_t t = pos; t-- > low;) {
          if (WordMatches(e, t, p.exact_words) && MatchBefore(p, bi - 1, t, begin, target, source)) return true;
        }
        return false;
      case PatternElement::kTarget:
      case PatternElement::kSource:
        for (uint32_t t = pos; t-- > low;) {
          int32_t c = ActorChunkAt(t);
          if (c < 0) continue;
          (e.kind == PatternElement::kTarget ? *target : *source).chunk = c;
          if (MatchBefore(p, bi - 1, a_.chunks[c].first_token, begin, target, source)) return true;
          t = a_.chunks[c].first_token;
        }
        return false;
    }
    return false;
  }

  // ", Michel Aoun," right after an actor's phrase: a name set off by commas
  // renames it ("called his Lebanese counterpart, Michel Aoun, to ..."), and
  // the pattern reads on after it. Returns the token after the second
  // comma, or t when there is no such apposition.
  // The end of a compound that a slot's actor opens ("called on Greece and
  // Turkey to resolve", "urges India, Pakistan to de-escalate"): the pattern
  // reads on after the last member, not after the first. Only members that
  // name an actor count, so "Greece and its islands" ends after "Greece".
  uint32_t CompoundEnd(uint32_t t, uint32_t end) const {
    while (t + 1 < end && (Lower(t) == "and" || Lower(t) == ",")) {
      uint32_t n = t + 1;
      if (Lower(t) == "," && n + 1 < end && Lower(n) == "and") ++n;
      const int32_t c = chunk_of_[n];
      if (c < 0 || a_.chunks[c].kind != ChunkKind::kNP || a_.chunks[c].first_token != n || by_chunk_[c].empty()) break;
      t = a_.chunks[c].end_token;
    }
    return t;
  }

  uint32_t AppositionEnd(uint32_t t, uint32_t end) const {
    if (t + 2 >= end || Lower(t) != ",") return t;
    const int32_t c = chunk_of_[t + 1];
    if (c < 0 || a_.chunks[c].kind != ChunkKind::kNP || a_.chunks[c].first_token != t + 1) return t;
    const uint32_t after = a_.chunks[c].end_token;
    if (after >= end || Lower(after) != "," || Tag(a_.chunks[c].head) != PosTag::kNNP) return t;
    return after + 1;
  }

  // A time or place adjunct starting at t ("on Saturday", "in Geneva"):
  // returns the token after it, or t when there is none. Such phrases sit
  // between a verb and its complement without changing the event.
  // The Match loops ask this of the same tokens for every pattern tried, so
  // each token's answer is kept for the document.
  uint32_t AdjunctEnd(uint32_t t) const {
    uint32_t& memo = adjunct_end_[t];
    if (memo == kNoMatch) memo = ComputeAdjunctEnd(t);
    return memo;
  }
  uint32_t ComputeAdjunctEnd(uint32_t t) const {
    int32_t c = chunk_of_[t];
    if (c < 0 || a_.chunks[c].kind != ChunkKind::kPP || static_cast<size_t>(c) + 1 >= a_.chunks.size()) return t;
    std::string_view prep = Lower(t);
    if (prep != "in" && prep != "on" && prep != "at" && prep != "during" && prep != "after" && prep != "before") return t;
    const Chunk& np = a_.chunks[c + 1];
    if (np.kind != ChunkKind::kNP) return t;
    std::string_view head = Lemma(np.head);
    if (IsWeekdayOrMonthName(head) || IsTimeNoun(head) || head == "time" || head == "hour") return np.end_token;
    const auto& actors = ActorsOf(c + 1);
    if (actors.empty()) return t;
    for (const ActorMention* m : actors) {
      if (!m->place) return t;
    }
    return np.end_token;
  }

  // The token after the "'s" that ends the first actor of noun phrase `c`
  // ("Ukraine 's | agreement"), or the phrase's end when its actor is no
  // possessor.
  uint32_t PossessorEnd(int32_t c) const {
    const Chunk& np = a_.chunks[c];
    const ActorMention* m = by_chunk_[c].front();
    if (m->end_token + 1 < np.end_token && m->end_token > np.first_token && Tag(m->end_token) == PosTag::kPOS) {
      return m->end_token + 1;
    }
    return np.end_token;
  }

  // Whether pattern element `e` is a word found in tokens [from, end).
  bool OwnedPhraseHas(const Pattern& p, const PatternElement& e, uint32_t from, uint32_t end) const {
    if (e.kind != PatternElement::kWord) return false;
    for (uint32_t t = from; t < end; ++t) {
      if (WordMatches(e, t, p.exact_words)) return true;
    }
    return false;
  }

  // "returned 12 skulls that date back to the 7th century to Peru",
  // "launched an attack that included tanks and rockets on the base": a
  // relative clause that describes the noun a pattern has just read is passed
  // over (up to kRelativeWords words) to what the pattern reads next.
  static constexpr uint32_t kRelativeWords = 16;
  bool RelativeAfterNoun(uint32_t t) const {
    if (t == 0 || t + 1 >= a_.tokens.size() || !IsNoun(Tag(t - 1))) return false;
    const PosTag after = Tag(t + 1);
    // ("a pendant engraved with the tsar's image to Russia": a past
    // participle and its phrase describe the noun as a relative clause does.)
    if (Tag(t) == PosTag::kVBN) return after == PosTag::kIN;
    if (!OneOf(Lower(t), {"that", "which", "who"})) return false;
    // (A relative pronoun is the subject of the verb right after it; "told
    // the council that the war ..." opens a that-clause with a subject.)
    return IsVerb(after) || after == PosTag::kMD;
  }

  // "such as doctors", ", including food,": a phrase of examples starting
  // at t; returns the token after it (and after a comma that closes it), or
  // t when there is none.
  uint32_t ExamplesEnd(uint32_t t, uint32_t end) const {
    // ("the deployment of 400 troops, including 20 officers, to Mali": the
    // examples between commas are passed over up to the comma that closes
    // them; with no closing comma, "aid workers, including those from
    // Oxfam" ends the phrase there.)
    const uint32_t start = t;
    if (Lower(t) == "," && t + 2 < end && (Lower(t + 1) == "including" || Lower(t + 1) == "such")) {
      for (uint32_t k = t + 2; k < end && k < t + 14; ++k) {
        if (Lower(k) == ",") return k + 1;
        const PosTag g = Tag(k);
        if (g == PosTag::kVBD || g == PosTag::kVBZ || g == PosTag::kVBP || g == PosTag::kMD) break;
      }
      return start;
    }
    uint32_t np = t;
    if (Lower(t) == "such" && t + 1 < end && Lower(t + 1) == "as") {
      np = t + 2;
    } else if (Lower(t) == "as" && t > 0 && Lower(t - 1) == "such") {
      np = t + 1;
    } else if (Lower(t) == "including") {
      np = t + 1;
    } else {
      return t;
    }
    const int32_t c = np < end ? chunk_of_[np] : -1;
    if (c < 0 || a_.chunks[c].kind != ChunkKind::kNP || a_.chunks[c].first_token != np) return t;
    uint32_t after = CompoundEnd(a_.chunks[c].end_token, end);
    if (after < end && Lower(after) == ",") ++after;
    return std::min(after, end);
  }

  // A word inside a noun phrase before its head ("a landmark agreement").
  bool NounModifier(uint32_t t) const {
    int32_t c = chunk_of_[t];
    return c >= 0 && a_.chunks[c].kind == ChunkKind::kNP && t < a_.chunks[c].head;
  }

  // A conjunction that opens a subordinate clause ("after", "because").
  bool Subordinator(uint32_t t) const {
    // (A WordSet: one probe where OneOf compared eleven words, at every step
    // of every skip that Match tries.)
    static const WordSet kWords{"after", "when",   "while",    "because", "before", "since",
                                "until", "unless", "although", "though",  "whereas"};
    return kWords.Contains(Lower(t));
  }

  bool SoftSkippable(uint32_t t) const {
    PosTag g = Tag(t);
    if (g == PosTag::kNN || g == PosTag::kNNS || g == PosTag::kVBG || g == PosTag::kVBN) return true;
    // (OneOf tests length and first byte inline; five calls of
    // string_view's operator== were a fifth of Match's own cost.)
    if (OneOf(Lower(t), {"to", "of", "and", "-", "--"})) return true;
    // "spoke by phone Sunday with the envoy": a bare day between the
    // pattern's words says when (checked last: rare).
    return g == PosTag::kNNP && IsWeekdayName(Lower(t));
  }

  WordWindow WindowBits(uint32_t from, uint32_t end) const {
    WordWindow m;
    for (uint32_t t = from; t < end; ++t) {
      m.Add(token_words_[t][0]);
      m.Add(token_words_[t][1]);
    }
    return m;
  }

  // Recursive match of elements [ei..] from token pos; fills slots. Returns
  // the token after the words matched, or kNoMatch.
  uint32_t Match(const Pattern& p, size_t ei, uint32_t pos, uint32_t end, Slot* target, Slot* source,
                 int depth = 0) const {
    if (ei == p.elements.size() || ei == match_stop_) return pos;
    const PatternElement& e = p.elements[ei];
    if (e.adjacent) {
      // PETRARCH's '_': the element starts right here
      if (pos >= end) return kNoMatch;
      if (e.kind == PatternElement::kWord) {
        return WordMatches(e, pos, p.exact_words) ? Match(p, ei + 1, pos + 1, end, target, source, depth + 1) : kNoMatch;
      }
      if (e.kind == PatternElement::kTarget || e.kind == PatternElement::kSource) {
        int32_t c = ActorChunkAt(pos);
        if (c < 0) return kNoMatch;
        (e.kind == PatternElement::kTarget ? *target : *source).chunk = c;
        return Match(p, ei + 1, a_.chunks[c].end_token, end, target, source, depth + 1);
      }
    }
    switch (e.kind) {
      case PatternElement::kPhrase: {
        // PETRARCH's '^': one phrase, a prepositional one with its noun phrase
        if (pos >= end || chunk_of_[pos] < 0) return kNoMatch;
        size_t c = chunk_of_[pos];
        // dyad's own '^' is a noun phrase, the verb's object: "returned the
        // statue to Greece", never "returned to Greece" or "returned home".
        if (!p.exact_words && (a_.chunks[c].kind != ChunkKind::kNP || a_.chunks[c].first_token != pos ||
                               pats_.rules().Has(WordList::kPlaceAdverb, Lower(a_.chunks[c].head)))) {
          return kNoMatch;
        }
        uint32_t next = a_.chunks[c].end_token;
        if (a_.chunks[c].kind == ChunkKind::kPP && c + 1 < a_.chunks.size() &&
            a_.chunks[c + 1].kind == ChunkKind::kNP && a_.chunks[c + 1].first_token == next) {
          next = a_.chunks[c + 1].end_token;
        }
        // (the object with its "of" phrases: "a statue of the head of a king")
        while (!p.exact_words && c + 2 < a_.chunks.size() && next < end && SameWord(Lower(next), "of") &&
               a_.chunks[c + 1].kind == ChunkKind::kPP && a_.chunks[c + 1].first_token == next &&
               a_.chunks[c + 1].end_token == next + 1 && a_.chunks[c + 2].kind == ChunkKind::kNP &&
               a_.chunks[c + 2].first_token == next + 1) {
          c += 2;
          next = a_.chunks[c].end_token;
        }
        return Match(p, ei + 1, std::min(next, end), end, target, source, depth + 1);
      }
      case PatternElement::kSkip:
        for (uint32_t k = 0; k <= 3 && pos + k <= end; ++k) {
          if (uint32_t r = Match(p, ei + 1, pos + k, end, target, source, depth + 1); r != kNoMatch) return r;
          // A skip stays in its clause: "suspended aid to Mali after a group
          // of officers seized power" has no aid group in it.
          if (pos + k < end && Subordinator(pos + k)) break;
        }
        return kNoMatch;
      case PatternElement::kWord: {
        // Modifiers are skipped freely; a few other words inside a phrase
        // ("military to military relations") are skipped too, so patterns
        // need not spell out every modifier.
        int soft = 0;
        uint32_t relative_end = 0;  // words of a relative clause are passed up to here
        for (uint32_t t = pos; t < end; ++t) {
          // A word that matches may still be the wrong one: "agreed on
          // Saturday on a framework" reads on past the first "on".
          // (Inside a relative clause, a preposition right after an adjective
          // is the adjective's: "concessions that are beneficial to Kyiv".)
          // (A capitalised adjective is part of a name: "Peter the Great to".)
          if (WordMatches(e, t, p.exact_words) &&
              !(t < relative_end && Tag(t - 1) == PosTag::kJJ && !(a_.tokens[t - 1].flags & kTokCapitalized))) {
            if (uint32_t r = Match(p, ei + 1, t + 1, end, target, source, depth + 1); r != kNoMatch) return r;
          }
          if (Skippable(Tag(t)) || NounModifier(t)) continue;
          if (uint32_t after = AdjunctEnd(t); after > t) {
            t = after - 1;  // "agreed in Geneva on Saturday on a framework"
            continue;
          }
          // (only right after the noun the pattern has just read)
          if (ei > 0 && t == pos && relative_end == 0 && RelativeAfterNoun(t))
            relative_end = std::min(end, t + kRelativeWords);
          if (t < relative_end && !Subordinator(t) && !SameWord(Lower(t), ";")) continue;
          // "sent supplies and staff such as doctors to Nepal", "aid, including
          // food, to the region": the examples of what the pattern has just
          // read are passed over.
          if (uint32_t after = ei > 0 ? ExamplesEnd(t, end) : t; after > t) {
            t = after - 1;
            continue;
          }
          // "attacked a military vehicle securing a convoy for a company": a
          // present participle right after the target opens a phrase of its
          // own (the target does that); the pattern's word after it is that
          // phrase's, not the pattern's verb's.
          if (ei > 0 && Tag(t) == PosTag::kVBG && p.elements[ei - 1].kind == PatternElement::kTarget &&
              chunk_of_[t] >= 0 && a_.chunks[chunk_of_[t]].kind == ChunkKind::kVP) {
            return kNoMatch;
          }
          if (ei > 0 && SoftSkippable(t) && ++soft <= 3) continue;
          return kNoMatch;
        }
        return kNoMatch;
      }
      case PatternElement::kTarget:
      case PatternElement::kSource: {
        for (uint32_t t = pos; t < end; ++t) {
          int32_t c = chunk_of_[t];
          if (c >= 0 && a_.chunks[c].kind == ChunkKind::kNP && !by_chunk_[c].empty()) {
            Slot& slot = e.kind == PatternElement::kTarget ? *target : *source;
            slot.chunk = c;
            // "welcomed Ukraine's agreement to a ceasefire": after a possessor
            // the pattern's next word may be the head of the phrase it owns.
            if (uint32_t own = PossessorEnd(c); own < a_.chunks[c].end_token && ei + 1 < p.elements.size() &&
                                                 OwnedPhraseHas(p, p.elements[ei + 1], own, a_.chunks[c].end_token)) {
              if (uint32_t r = Match(p, ei + 1, own, end, target, source, depth + 1); r != kNoMatch) return r;
              slot.chunk = c;
            }
            const uint32_t after = AppositionEnd(a_.chunks[c].end_token, end);
            const uint32_t r = Match(p, ei + 1, after, end, target, source, depth + 1);
            if (r != kNoMatch || ei + 1 == p.elements.size()) return r;
            // "trained Afghan soldiers", "joined in the NATO exercises": an
            // actor that modifies its phrase's head noun (a nationality, a
            // body's name) is followed by the pattern's next word inside the
            // phrase, where the phrase is the actor's.
            if (const PatternElement& next = p.elements[ei + 1]; next.kind == PatternElement::kWord) {
              const Chunk& np = a_.chunks[c];
              bool named = false;  // (a capitalised modifier before the word: not "dozens of hostages")
              for (uint32_t k = np.first_token; k < np.end_token; ++k) {
                if (named && IsNoun(Tag(k)) && WordMatches(next, k, p.exact_words)) {
                  slot.chunk = c;
                  if (uint32_t in = Match(p, ei + 1, k, end, target, source, depth + 1); in != kNoMatch) return in;
                }
                named = named || ((a_.tokens[k].flags & (kTokCapitalized | kTokAllCaps)) &&
                                  (IsNoun(Tag(k)) || IsAdjective(Tag(k))));
              }
              slot.chunk = c;
            }
            const uint32_t compound_end = CompoundEnd(after, end);
            return compound_end == after ? r : Match(p, ei + 1, compound_end, end, target, source, depth + 1);
          }
          // "released the followers of Riek Machar", "shelled the outskirts
          // of Kharkiv": a phrase that names no one stands for whom its "of"
          // phrase names.
          if (int32_t of = OfActor(c); e.kind == PatternElement::kTarget && of >= 0 && a_.chunks[of].end_token <= end) {
            target->chunk = of;
            return Match(p, ei + 1, a_.chunks[of].end_token, end, target, source, depth + 1);
          }
          if (int32_t inc = e.kind == PatternElement::kTarget ? IncludingActor(c, end) : -1; inc >= 0) {
            target->chunk = inc;
            return Match(p, ei + 1, CompoundEnd(a_.chunks[inc].end_token, end), end, target, source, depth + 1);
          }
          // (PETRARCH's slot reads on past a preposition: "* harvest_fair $"
          // matches "harvest fair with Sylvania".)
          if (!Skippable(Tag(t)) && !(p.exact_words && (Tag(t) == PosTag::kIN || Tag(t) == PosTag::kTO))) {
            // "phoned on Sunday the Iranian president": a time or place
            // phrase before the slot's actor is passed over.
            if (uint32_t after = policy_.SlotPassesAdjunct() ? AdjunctEnd(t) : t; after > t) {
              t = after - 1;
              continue;
            }
            return kNoMatch;
          }
        }
        return kNoMatch;
      }
    }
    return kNoMatch;
  }

  struct Modality {
    bool skip = false;
    std::string why;
    std::string kind;  // "", intent, threat, refusal
    bool unreal_control = false;  // skipped only because the governing verb is try, consider, deny, ...
  };

  // A clause that is not asserted, with the reason `dyad explain` shows.
  static Modality Skipped(std::string why) {
    Modality m;
    m.skip = true;
    m.why = std::move(why);
    return m;
  }

  // The verb token that governs the clause as what it asks for: the verb
  // right before "that" ("demanded that Libya release"), or in a headline a
  // verb of asking right before the noun phrase that the clause's verb
  // follows ("demands China free detained citizens"); else -1.
  int32_t ThatClauseVerb(const Clause& cl) const {
    if (cl.subject >= 0) {
      const uint32_t b = a_.chunks[cl.subject].first_token;
      if (b >= 2 && SameWord(Lower(b - 1), "that") && IsVerb(Tag(b - 2))) return static_cast<int32_t>(b - 2);
    }
    const int32_t vc = cl.verb;
    if (vc >= 2 && a_.chunks[vc - 1].kind == ChunkKind::kNP && a_.chunks[vc - 2].kind == ChunkKind::kVP &&
        a_.chunks[vc - 2].end_token == a_.chunks[vc - 1].first_token &&
        a_.chunks[vc - 1].end_token == a_.chunks[vc].first_token &&
        pats_.rules().Has(WordList::kUnrealControl, Lemma(a_.chunks[vc - 2].head))) {
      return static_cast<int32_t>(a_.chunks[vc - 2].head);
    }
    return -1;
  }

  // Whether clause cl is, or is governed by (a few control links up), a
  // that-clause right after a noun of accusation or claim that a verb of
  // denial governs: [VP rejected] [NP the accusations] [that] [NP it] ...
  // ("rejected accusations his government had taken an illiberal turn":
  // the "that" may be left out; "rejected claims that a deal allowing
  // officials to enter and interrogate nationals ...": what the clause
  // governs is not asserted either).
  bool DeniedHearsay(const Clause& cl) const {
    if (DeniedHearsayClause(cl)) return true;
    int32_t up = a_.chunks[cl.verb].control;
    for (int step = 0; up >= 0 && step < 3; ++step) {
      const Clause* g = ClauseOfVerb(chunk_of_[up]);
      if (!g) return false;
      if (DeniedHearsayClause(*g)) return true;
      up = a_.chunks[g->verb].control;
    }
    return false;
  }

  // The clause itself (DeniedHearsay).
  bool DeniedHearsayClause(const Clause& cl) const {
    if (cl.subject < 2) return false;
    const Chunk& that = a_.chunks[cl.subject - 1];
    const bool has_that = that.end_token == that.first_token + 1 && SameWord(Lower(that.first_token), "that");
    if (has_that && cl.subject < 3) return false;
    int32_t n = cl.subject - (has_that ? 2 : 1);
    // "rejected allegations from Uganda that ...", "denied claims made by
    // the rebels that ...": who made the accusation may stand between the
    // noun and its that-clause.
    while (has_that && n >= 3 && a_.chunks[n].kind == ChunkKind::kNP && a_.chunks[n - 1].kind == ChunkKind::kPP &&
           a_.chunks[n - 1].end_token == a_.chunks[n - 1].first_token + 1 &&
           OneOf(Lower(a_.chunks[n - 1].first_token), {"from", "by"}) &&
           a_.chunks[n - 1].end_token == a_.chunks[n].first_token && cl.subject - n < 6) {
      n -= 2;
      if (const Chunk& made = a_.chunks[n]; n >= 3 && made.kind == ChunkKind::kVP && made.head == made.first_token &&
                                            made.end_token == made.head + 1 && Tag(made.head) == PosTag::kVBN) {
        --n;
      }
    }
    const Chunk& noun = a_.chunks[n];
    const Chunk& verb = a_.chunks[n - 1];
    return noun.kind == ChunkKind::kNP && noun.end_token == a_.chunks[n + 1].first_token &&
           pats_.rules().Has(WordList::kHearsayNoun, Lemma(noun.head)) && verb.kind == ChunkKind::kVP &&
           verb.end_token == noun.first_token && pats_.rules().Has(WordList::kDenialVerb, Lemma(verb.head));
  }

  // A that-clause whose verb is a bare base form with no modal, tense
  // auxiliary or "to": "demanded that Libya release the fishermen".
  bool MandativeSubjunctive(const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    return v.modal < 0 && !v.infinitive && !v.negated && v.first_token == v.head && Tag(v.head) == PosTag::kVB &&
           ThatClauseVerb(cl) >= 0;
  }

  // Whether clause cl's verb is a present tense with no modal, right after
  // its subject, which follows "after", "once", "until" or "before", in a
  // sentence with a "will" or "would" elsewhere.
  bool PresentUnderFuture(uint32_t s, const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    const PosTag vt = Tag(v.first_token);
    if (v.modal >= 0 || (vt != PosTag::kVBZ && vt != PosTag::kVBP) || cl.subject < 0) return false;
    const Chunk& subject = a_.chunks[cl.subject];
    if (subject.end_token != v.first_token || subject.first_token <= a_.sentences[s].first_token) return false;
    if (!OneOf(Lower(subject.first_token - 1), {"after", "once", "until", "before"})) return false;
    for (uint32_t t = a_.sentences[s].first_token; t < a_.sentences[s].end_token; ++t) {
      if ((t < v.first_token || t >= v.end_token) && OneOf(Lower(t), {"will", "would", "'ll", "wo"})) return true;
    }
    return false;
  }

  // Whether clause cl is introduced by "that" in a sentence that says
  // earlier "it is (or was) necessary, essential, imperative ... that".
  bool NeededThat(uint32_t s, const Clause& cl) const {
    const uint32_t first = cl.subject >= 0 ? a_.chunks[cl.subject].first_token : a_.chunks[cl.verb].first_token;
    const uint32_t begin = a_.sentences[s].first_token;
    // (the parse may take "that" into the subject's phrase: "and that
    // Sudanese officials meet")
    if (first < begin + 4 || (Lower(first - 1) != "that" && Lower(first) != "that")) return false;
    for (uint32_t t = begin; t + 3 < first; ++t) {
      if (Lower(t) != "it" || a_.Lemma(a_.tokens[t + 1]) != "be") continue;
      uint32_t adj = t + 2;
      while (adj < first && Tag(adj) == PosTag::kRB) ++adj;
      if (adj + 1 < first && Lower(adj + 1) == "that" && pats_.rules().Has(WordList::kNecessity, Lower(adj))) {
        return true;
      }
    }
    return false;
  }

  // Whether the speaker NP chunk is a commentator ("analysts", "an
  // expert"), or a name set off by an apposition that says it is one
  // ("said Joshua Park, a North Korea expert at ...").
  bool CommentatorSpeaker(int32_t speaker) const {
    if (speaker < 0) return false;
    const Chunk& np = a_.chunks[speaker];
    if (pats_.rules().Has(WordList::kCommentator, Lemma(np.head))) return true;
    // A research body in the speaker's phrase or in the apposition after it
    // (up to its closing comma): "the Sasakawa Peace Foundation's Schoff",
    // "Richard Weitz, director of the Hudson Institute's Center, told".
    {
      uint32_t stop = std::min<uint32_t>(np.end_token + 16, static_cast<uint32_t>(a_.tokens.size()));
      bool in_apposition = false;
      for (uint32_t t = np.first_token; t < stop; ++t) {
        if (t >= np.end_token) {
          if (Lower(t) == ",") {
            if (in_apposition) break;
            in_apposition = true;
            continue;
          }
          if (!in_apposition) break;
        }
        if ((a_.tokens[t].flags & kTokCapitalized) && pats_.rules().Has(WordList::kResearchBody, Lemma(t))) {
          return true;
        }
      }
    }
    if (np.end_token >= a_.tokens.size() || Lower(np.end_token) != ",") return false;
    // the comma has a chunk of its own
    for (size_t c = static_cast<size_t>(speaker) + 1; c < a_.chunks.size() && c <= static_cast<size_t>(speaker) + 2; ++c) {
      const Chunk& apposition = a_.chunks[c];
      if (apposition.first_token != np.end_token + 1) continue;
      return apposition.kind == ChunkKind::kNP && pats_.rules().Has(WordList::kCommentator, Lemma(apposition.head));
    }
    return false;
  }

  Modality ClauseModality(uint32_t s, const Clause& cl) const {
    Modality m;
    const Chunk& v = a_.chunks[cl.verb];
    std::string_view control = v.control >= 0 ? Lemma(v.control) : std::string_view();
    // "Jane Roe contributed to this report from Geneva": a wire story's
    // byline names who helped write it; no one gave anything to anyone.
    if (Lemma(v.head) == "contribute") {
      for (const Attachment& at : cl.attachments) {
        if (at.np < 0 || Lower(at.prep) != "to") continue;
        const Chunk& np = a_.chunks[at.np];
        if (OneOf(Lower(np.first_token), {"this", "the"}) && pats_.rules().Has(WordList::kBylineNoun, Lemma(np.head))) {
          return Skipped("a byline (\"contributed to this report\"), not an act");
        }
      }
    }
    // "There is little reason to think that the two leaders will meet",
    // "there is no sign that Chile will attack": what an existential "there"
    // denies a reason, sign or chance of is not reported as done or meant.
    if (cl.reported && cl.speaker >= 0 && NoneThereIs(cl.speaker)) {
      return Skipped("reported under \"there is little/no ...\": not asserted");
    }
    // "China will likely attack Taiwan, analysts say": what a commentator
    // says is a reading of events, not a report of an act.
    if (cl.reported && CommentatorSpeaker(cl.speaker)) {
      return Skipped("reported by a commentator: a reading, not an event");
    }
    // "warned that it could launch strikes", "vowed that Hamas would pay":
    // what a threat announces is a threat, not a hypothetical.
    if (cl.reported && cl.parent >= 0 && !v.negated) {
      std::string_view say = Lemma(a_.chunks[a_.clauses[cl.parent].verb].head);
      bool modal_only = v.modal >= 0 && !IsConditionalIntro(s, cl);
      if ((say == "warn" || say == "threaten" || say == "vow") && (modal_only || v.tense == Tense::kFuture)) {
        m.kind = "threat";
        return m;
      }
    }
    // "Damascus would plan further action after the government takes full
    // control", "the troops will leave once Sylvania signs": a present tense
    // after "after", "once", "until" or "before" in a sentence that speaks
    // of the future is itself still to come.
    if (PresentUnderFuture(s, cl)) {
      return Skipped("a present tense after \"" + std::string(Lower(a_.chunks[cl.subject].first_token - 1)) +
                     "\" under a future: still to come");
    }
    // "Japan said that it would cooperate": "would" in reported speech is
    // the future of what was said, an intention, not a hypothetical.
    if (cl.conditional && ((ReportedFuture(s, cl) && !v.negated) || DatedFuture(s, cl))) {
      m.kind = "intent";
      return m;
    }
    // "Kenya said it would not negotiate with the rebels": "would not" in
    // reported speech is the past of "will not", cooperation announced as
    // not to be done, so refused as "will not" is (below); "would not have"
    // is a condition contrary to fact.
    if (cl.conditional && v.negated && !v.perfect && ReportedFuture(s, cl)) {
      m.kind = "refusal";
      return m;
    }
    if (cl.conditional) {
      return Skipped("hypothetical, conditional or question");
    }
    // "Had Sylvania attacked Freedonia, the war would have spread": "had"
    // opening the sentence before the subject is a condition contrary to
    // fact.
    if (InvertedHad(s, cl)) {
      return Skipped("\"had\" before the subject: a condition contrary to fact");
    }
    // "Russia denied that it had sent troops": what is denied is not
    // asserted (the denial is coded on its own verb).
    if (cl.reported && cl.parent >= 0 && IsDenial(Lemma(a_.chunks[a_.clauses[cl.parent].verb].head))) {
      return Skipped("denied by the clause that reports it");
    }
    // "the envoy would then have claimed that Sylvania had armed the rebels":
    // what a counterfactual speaker (a modal with a perfect: said in a past
    // that did not happen) says is not asserted by anyone.
    if (cl.reported && CounterfactualReport(cl)) {
      return Skipped("reported by a counterfactual (\"would have said\"): not asserted");
    }
    // "Freedonia has violated the truce, the rebel leader alleged": what an
    // allegation says is the speaker's charge, not an act it asserts (the
    // allegation is coded on its own verb, if at all).
    if (cl.reported && IsAllegation(ReportingVerb(cl))) {
      return Skipped("alleged by the clause that reports it");
    }
    // "rejected accusations that it had armed the rebels": what a rejected
    // accusation or claim says is not asserted either.
    if (DeniedHearsay(cl)) {
      return Skipped("what a rejected accusation or claim says is not asserted");
    }
    // "demanded that Libya release the fishermen": a base-form verb with no
    // modal in a that-clause is what was asked for, not what happened (the
    // demand is coded on its own verb, by what it asks for).
    if (MandativeSubjunctive(cl)) {
      return Skipped("a subjunctive (\"that X release\"): asked for, not asserted");
    }
    // "It is imperative that aid agencies provide food, and that the
    // government open the roads": what is said to be needed is asked for,
    // whatever the verb's form.
    if (NeededThat(s, cl)) {
      return Skipped("\"it is necessary that ...\": asked for, not asserted");
    }
    // "hopes parliament can ratify the deal", "expects that Sylvania will
    // sign", "fears the rebels will attack": what is hoped for, expected,
    // feared or predicted is not asserted.
    if (HopedOrExpected(cl)) {
      return Skipped("hoped for or expected by the clause that reports it: not asserted");
    }
    // "defied Sylvania for decades", "killed 800 people over four decades":
    // what is spread over decades is history told as background, not an
    // event of the story.
    if (OverDecades(cl)) {
      return Skipped("spread over decades: background, not an event");
    }
    // "holding a summit there would not be provocative": a gerund that is
    // the subject of the verb after it names an act that is spoken of, not
    // one that was done.
    if (GerundSubject(s, cl)) {
      return Skipped("a gerund that is the subject of the next verb: spoken of, not done");
    }
    if (HabitualRelative(s, cl)) {
      return Skipped("a present tense in a relative clause: what is habitually done, not an event");
    }
    // "buried him without allowing his family to see the body", "left
    // without meeting the minister": what is done "without" is not done.
    if (v.first_token > a_.sentences[s].first_token && SameWord(Lower(v.first_token - 1), "without") &&
        Tag(v.head) == PosTag::kVBG) {
      return Skipped("after \"without\": not done");
    }
    // "gave the government 48 hours to release the prisoners": what a
    // deadline is given for is demanded, not done (the ultimatum is coded on
    // the verb that gives it).
    if (v.infinitive && v.first_token >= 2 && v.control >= 0 && OneOf(Lemma(v.control), {"give", "grant"})) {
      const int32_t before = chunk_of_[v.first_token - 1];
      if (before >= 0 && a_.chunks[before].kind == ChunkKind::kNP &&
          pats_.rules().Has(WordList::kDeadlineNoun, Lemma(a_.chunks[before].head))) {
        return Skipped("what a deadline is given for: demanded, not done");
      }
    }
    // "officials have yet to comment", "the deal is yet to be signed": what
    // is yet to be done has not happened.
    for (uint32_t t = v.first_token; t + 1 < v.head; ++t) {
      if (Lower(t) == "yet" && Lower(t + 1) == "to") {
        return Skipped("not done yet (\"yet to\")");
      }
    }
    // "waiting for the army to withdraw", "called for Peru to free the
    // crew", "paved the way for Sylvania to join": what an infinitive with
    // its own subject after "for" says is waited, hoped or asked for, made
    // possible or arranged, not done (an appeal is coded on the verb that
    // governs it), nor its subject's intention; unless a word of
    // for-subject-done lets it be done ("gave permission for the UN to
    // deliver aid", as "allowed the UN to deliver aid").
    // (So is a verb joined to it by "and", or one it governs: "it is
    // necessary for India to engage with Mauritius and help them build".)
    if (UnassertedForSubjectAbove(cl)) {
      return Skipped("an infinitive with its own subject after \"for\", or under one: not asserted");
    }
    if (pats_.rules().Has(WordList::kRefusalControl, control)) {
      if (v.negated) {
        m.skip = true;
        m.why = "negated refusal";
      } else {
        m.kind = "refusal";
      }
      return m;
    }
    if (v.negated) {
      // "will not accept refugees", "cannot accept": cooperation announced
      // as not to be done is refused (the refusal map says as what); what
      // did not happen ("did not attack") is not an event.
      std::string_view modal = v.modal >= 0 ? Lower(v.modal) : std::string_view();
      if (v.tense == Tense::kFuture || OneOf(modal, {"will", "wo", "shall", "can", "ca", "cannot"})) {
        m.kind = "refusal";
        return m;
      }
      return Skipped("negated");
    }
    if (pats_.rules().Has(WordList::kThreatControl, control)) {
      m.kind = "threat";
      return m;
    }
    // "the minister is expected to discuss upgrading ties with Lima": what
    // a verb group passive in "expect" governs, up the chain, is what others
    // predict, not an intention the subject made known ("expects to sign"
    // is one). (The group itself is passive: its subject is no source.)
    for (int32_t up = v.control, step = 0; up >= 0 && step < 3; ++step) {
      const int32_t chunk = chunk_of_[up];
      if (chunk < 0 || a_.chunks[chunk].kind != ChunkKind::kVP) break;
      const Chunk& g = a_.chunks[chunk];
      if (g.voice == Voice::kPassive && g.control >= 0 && Lemma(g.control) == "expect") {
        return Skipped("governed by \"is expected to\": a prediction, not asserted");
      }
      up = g.control;
    }
    if (pats_.rules().Has(WordList::kUnrealControl, control)) {
      m.skip = true;
      m.why = "governed by \"" + std::string(control) + "\": not asserted";
      m.unreal_control = true;
      return m;
    }
    // "made no mention of his pledge to reverse it", "gave no sign of a
    // plan to withdraw": what a governing verb says there is none of is not
    // done.
    if (v.control >= 0 && chunk_of_[v.control] >= 0) {
      const int32_t governing = chunk_of_[v.control];
      // (the sentence's clauses only: all of the document's, for every
      // governed clause, grew with the square of its length)
      const SentenceParse& sp = a_.parses[s];
      for (uint32_t k = sp.first_clause; k < sp.end_clause; ++k) {
        const Clause& other = a_.clauses[k];
        if (other.verb == governing && other.object >= 0 && Lower(a_.chunks[other.object].first_token) == "no") {
          return Skipped("governed by \"" + std::string(control) + " no ...\": not done");
        }
      }
    }
    // "rejected calls to impose sanctions", "a proposal for the council to
    // lift sanctions": what a noun of appeal, proposal or effort governs is
    // asked for or tried, not done.
    if (std::string_view noun = AppealNounBefore(v); !noun.empty()) {
      return Skipped("governed by the noun \"" + std::string(noun) + "\": not asserted");
    }
    // ... and so is a verb coordinated with such an infinitive, which shares
    // its governor: "a call to free the prisoners and withdraw the troops",
    // "a plot to sterilize them or infect them".
    if (cl.coordinated_with >= 0 && static_cast<size_t>(cl.coordinated_with) < a_.clauses.size()) {
      const Chunk& first = a_.chunks[a_.clauses[cl.coordinated_with].verb];
      if (first.infinitive && first.control == v.control) {
        if (std::string_view noun = AppealNounBefore(first); !noun.empty()) {
          return Skipped("coordinated with an infinitive the noun \"" + std::string(noun) + "\" governs: not asserted");
        }
      }
    }
    // "he has trouble even reaching the border": a gerund after "have" and
    // a noun of inability says what is hard to do, not what was done.
    if (Tag(v.head) == PosTag::kVBG && v.control >= 0 && Lemma(v.control) == "have") {
      uint32_t t = v.first_token;
      while (t > static_cast<uint32_t>(v.control) + 1 && Tag(t - 1) == PosTag::kRB) --t;
      if (t > static_cast<uint32_t>(v.control) + 1 && (Tag(t - 1) == PosTag::kNN || Tag(t - 1) == PosTag::kNNS) &&
          pats_.rules().Has(WordList::kAppealNoun, Lemma(t - 1))) {
        return Skipped("a gerund after \"have " + std::string(Lemma(t - 1)) + "\": not asserted");
      }
    }
    // ... also up a chain of governed verbs: "in an effort to make the
    // country give up its programme" (give up <- make <- effort).
    for (int32_t control = v.control, step = 0; control >= 0 && step < 3; ++step) {
      const int32_t chunk = chunk_of_[control];
      if (chunk < 0 || a_.chunks[chunk].kind != ChunkKind::kVP) break;
      if (std::string_view noun = AppealNounBefore(a_.chunks[chunk]); !noun.empty()) {
        return Skipped("governed through a chain by the noun \"" + std::string(noun) + "\": not asserted");
      }
      control = a_.chunks[chunk].control;
    }
    // "the purchase could lead Congress to impose sanctions": what a
    // hypothetical verb governs is hypothetical too.
    if (HypotheticalAbove(s, v.control)) {
      return Skipped("governed by a hypothetical (could, might, may, would, should, or a verb under if or unless)");
    }
    // Further up the chain: "urged the ministers to focus on ending the war"
    // (ending <- focus <- urge) is not asserted either.
    if (std::string_view up = UnrealAbove(v.control); !up.empty()) {
      return Skipped("governed through a chain by \"" + std::string(up) + "\": not asserted");
    }
    // "want their government to step up pressure", "expect Peru to sign":
    // what one party wants or expects another to do is wished for, not done
    // and not the doer's intention.
    if (pats_.rules().Has(WordList::kIntentControl, control) && ControlsAnother(cl)) {
      return Skipped("wished for by another (\"" + std::string(control) + "\" with an object): not asserted");
    }
    bool title_infinitive = a_.sentences[s].is_title && v.infinitive && v.control < 0;
    // (up the chain too: "offered to send troops to distribute supplies")
    // ("reiterated its commitment to assist": a noun of commitment governs it)
    if (v.tense == Tense::kFuture || pats_.rules().Has(WordList::kIntentControl, control) || title_infinitive ||
        !AboveInList(v.control, WordList::kIntentControl).empty() ||
        !AppealNounBefore(v, WordList::kIntentNoun).empty()) {
      m.kind = "intent";
    }
    return m;
  }

  // Whether the clause is an infinitive whose subject the chunker took from
  // "for" right before it ("waiting for [the army] to withdraw").
  bool HasForSubject(const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    if (!v.infinitive || v.control < 0 || cl.subject < 0 || cl.subject + 1 != cl.verb) return false;
    const Chunk& np = a_.chunks[cl.subject];
    return np.end_token == v.first_token && np.first_token > static_cast<uint32_t>(v.control) + 1 &&
           Lower(np.first_token - 1) == "for";
  }

  // Whether the clause has a subject after "for" (HasForSubject) and no
  // word of for-subject-done lets what it says be done.
  bool UnassertedForSubject(const Clause& cl) const {
    if (!HasForSubject(cl)) return false;
    const Chunk& v = a_.chunks[cl.verb];
    return !pats_.rules().Has(WordList::kForSubjectDone, Lemma(v.control)) &&
           !pats_.rules().Has(WordList::kForSubjectDone, Lemma(a_.chunks[cl.subject].first_token - 2));
  }

  // Whether the clause, the clause it is joined to by "and", or one of
  // those up its chain of governing verbs (a few steps) is
  // UnassertedForSubject.
  bool UnassertedForSubjectAbove(const Clause& cl) const {
    const Clause* c = &cl;
    for (int step = 0; step < 3 && c != nullptr; ++step) {
      if (UnassertedForSubject(*c)) return true;
      if (c->coordinated_with >= 0 && UnassertedForSubject(a_.clauses[c->coordinated_with])) return true;
      const int32_t control = a_.chunks[c->verb].control;
      c = control >= 0 ? ClauseOfVerb(chunk_of_[control]) : nullptr;
    }
    return false;
  }

  // Whether the clause's subject is the object of the verb that governs it
  // ("want [their government] to step up").
  bool ControlsAnother(const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    if (v.control < 0 || cl.subject < 0) return false;
    const Clause* up = ClauseOfVerb(chunk_of_[v.control]);
    return up != nullptr && up->object == cl.subject && up->subject != cl.subject;
  }

  // Whether an infinitive clause of sentence `s` has the token `head`, out
  // of its own verb group, as its governing verb ("agreed on Thursday [to
  // pull back]").
  bool GovernsInfinitiveClause(uint32_t s, uint32_t head) const {
    const SentenceParse& p = a_.parses[s];
    for (uint32_t c = p.first_clause; c < p.end_clause; ++c) {
      const Chunk& v = a_.chunks[a_.clauses[c].verb];
      if (v.infinitive && v.control == static_cast<int32_t>(head) && (head < v.first_token || head >= v.end_token)) {
        return true;
      }
    }
    return false;
  }

  // The clause whose verb group is chunk `verb`, or nullptr. (Clauses are in
  // the order of their verbs.)
  const Clause* ClauseOfVerb(int32_t verb) const {
    if (verb < 0) return nullptr;
    auto it = std::lower_bound(a_.clauses.begin(), a_.clauses.end(), verb,
                               [](const Clause& c, int32_t v) { return c.verb < v; });
    return it != a_.clauses.end() && it->verb == verb ? &*it : nullptr;
  }

  // The lemma of an unreal governing verb (try, urge, ...) found by
  // following the control links above the verb `control` governs (a few
  // steps), or "".
  std::string_view UnrealAbove(int32_t control) const { return AboveInList(control, WordList::kUnrealControl); }

  // The lemma of a governing word of `list` found by following the control
  // links above the verb `control` governs (a few steps), or "".
  std::string_view AboveInList(int32_t control, WordList list) const {
    for (int step = 0; step < 3 && control >= 0; ++step) {
      int32_t chunk = chunk_of_[control];
      if (chunk < 0 || a_.chunks[chunk].kind != ChunkKind::kVP) return {};
      control = a_.chunks[chunk].control;
      if (control < 0) return {};
      std::string_view lemma = Lemma(control);
      if (pats_.rules().Has(list, lemma)) return lemma;
    }
    return {};
  }

  // For an infinitive right after a noun of appeal-noun ("calls to
  // impose", "the aim was to weaken"), or after "for", "to" or "on" and a noun phrase that follow one
  // ("a proposal for the council to lift", "a call on Peru to free"), that
  // noun's lemma; else "".
  // (With `list` kIntentNoun, the same for a noun of commitment: "its
  // commitment to help".)
  std::string_view AppealNounBefore(const Chunk& v, WordList list = WordList::kAppealNoun) const {
    if (v.first_token == 0) return {};
    auto appeal_noun = [&](uint32_t t) {
      return (Tag(t) == PosTag::kNN || Tag(t) == PosTag::kNNS) && pats_.rules().Has(list, Lemma(t));
    };
    // (or such a noun as the subject of "be to": "its aim was to weaken")
    if (const uint32_t be = v.first_token; v.control == static_cast<int32_t>(be) && be + 1 < v.end_token &&
                                           Lemma(be) == "be" && Lower(be + 1) == "to" && appeal_noun(be - 1)) {
      return Lemma(be - 1);
    }
    if (!v.infinitive) return {};
    uint32_t t = v.first_token - 1;
    if (appeal_noun(t)) return Lemma(t);
    int32_t c = chunk_of_[t];
    if (c < 0 || a_.chunks[c].kind != ChunkKind::kNP || a_.chunks[c].first_token < 2) return {};
    // (a sum the chunker split in two: "an appeal for US$ 40 million to
    // assist", "NZ$ 3 million")
    if (const uint32_t first = a_.chunks[c].first_token; Tag(first) == PosTag::kCD || Tag(first) == PosTag::kDollar) {
      int32_t prev = chunk_of_[first - 1];
      if (prev >= 0 && Tag(first - 1) == PosTag::kDollar && a_.chunks[prev].kind != ChunkKind::kNP) {
        prev = a_.chunks[prev].first_token > 0 ? chunk_of_[a_.chunks[prev].first_token - 1] : -1;
      } else if (prev < 0 && Tag(first - 1) == PosTag::kDollar && first >= 2) {
        prev = chunk_of_[first - 2];
      }
      if (prev >= 0 && a_.chunks[prev].kind == ChunkKind::kNP && a_.chunks[prev].first_token >= 2) c = prev;
    }
    uint32_t f = a_.chunks[c].first_token - 1;
    // (or its addressee: "its call to the authorities to drop the charges")
    if ((Lower(f) == "for" || (OneOf(Lower(f), {"to", "on", "upon"}) && !ActorsOf(c).empty())) && appeal_noun(f - 1)) {
      return Lemma(f - 1);
    }
    // (or whose it is, after "by", past a participle: "a plot by Sylvania to
    // topple", "a proposal made by Peru to withdraw its troops", "a plot led
    // by Freedonia to sterilize them")
    if (Lower(f) == "by" && f >= 2 && (appeal_noun(f - 1) || (Tag(f - 1) == PosTag::kVBN && appeal_noun(f - 2)))) {
      return Lemma(appeal_noun(f - 1) ? f - 1 : f - 2);
    }
    // (past a participle phrase that describes the noun: "a proposal made
    // on Monday for the council to lift sanctions")
    if (Lower(f) == "for") {
      for (uint32_t n = f - 1; n >= 2 && n + 6 > f; --n) {
        if (Tag(n) == PosTag::kVBN && appeal_noun(n - 1)) return Lemma(n - 1);
        if (OneOf(Lower(n), {",", ";", ":", "--"}) || (IsVerb(Tag(n)) && Tag(n) != PosTag::kVBN)) break;
      }
    }
    return {};
  }

  // Whether the clause is the content of a verb of hoping or expecting: its
  // parent's verb, or the verb right before its subject ("he hopes
  // parliament can ratify", "expects that Sylvania will sign").
  bool HopedOrExpected(const Clause& cl) const {
    auto hoping = [&](uint32_t t) { return IsVerb(Tag(t)) && pats_.rules().Has(WordList::kExpectVerb, Lemma(t)); };
    if (cl.parent >= 0 && hoping(a_.chunks[a_.clauses[cl.parent].verb].head)) return true;
    if (cl.subject < 0 || a_.chunks[cl.subject].first_token == 0) return false;
    uint32_t t = a_.chunks[cl.subject].first_token - 1;
    if (Lower(t) == "that" && t > 0) --t;
    return hoping(t);
  }

  // Whether clause cl is a relative clause ("a company that provides
  // loans to farmers", "neighbours which import grain from Sylvania",
  // "the office where she assists visitors") whose verb is a bare present
  // tense: it says what someone habitually does, not an event of the story.
  // (Not in a headline, whose present tense tells of a past event.)
  bool HabitualRelative(uint32_t s, const Clause& cl) const {
    if (a_.sentences[s].is_title) return false;
    const Chunk& v = a_.chunks[cl.verb];
    if (v.modal >= 0 || v.negated || v.infinitive || v.first_token != v.head) return false;
    if (Tag(v.head) != PosTag::kVBZ && Tag(v.head) != PosTag::kVBP) return false;
    if (cl.relative) return true;
    if (cl.subject < 0) return false;
    const Chunk& subject = a_.chunks[cl.subject];
    return subject.end_token == v.first_token && subject.first_token > a_.sentences[s].first_token &&
           Lower(subject.first_token - 1) == "where";
  }

  // Whether clause cl's verb is a bare gerund opening its clause (at the
  // start of the sentence, after a quotation mark or a colon) whose phrase
  // runs, with no comma, into a finite verb group with no subject of its
  // own before the gerund: the gerund phrase is that verb's subject ("Sending troops would be
  // a mistake").
  bool GerundSubject(uint32_t s, const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    if (v.first_token != v.head || v.end_token != v.head + 1 || Tag(v.head) != PosTag::kVBG) return false;
    const uint32_t first = a_.sentences[s].first_token;
    if (v.first_token > first) {
      const PosTag before = Tag(v.first_token - 1);
      if (before != PosTag::kOpenQuote && before != PosTag::kCloseQuote && before != PosTag::kColon) return false;
    }
    const SentenceParse& sp = a_.parses[s];
    const Clause* next = nullptr;
    for (uint32_t k = sp.first_clause; k < sp.end_clause; ++k) {
      const Clause& other = a_.clauses[k];
      if (other.verb > cl.verb && (next == nullptr || other.verb < next->verb)) next = &other;
    }
    // (a subject found inside the gerund's phrase is the gerund's object)
    if (next == nullptr || (next->subject >= 0 && next->subject < cl.verb)) return false;
    const Chunk& nv = a_.chunks[next->verb];
    if (nv.infinitive || nv.tense == Tense::kNone || Tag(nv.first_token) == PosTag::kVBG) return false;
    for (uint32_t t = v.end_token; t < nv.first_token; ++t) {
      if (OneOf(Lower(t), {",", ";", ":", "--", "—", "–"})) return false;
      const int32_t c = chunk_of_[t];
      if (c >= 0 && a_.chunks[c].kind == ChunkKind::kVP) return false;
    }
    return true;
  }

  // Whether the clause has "for", "over" or "throughout" followed, within
  // four words, by "decades" or "decade" ("for decades", "over the past
  // decade", "over four decades").
  bool OverDecades(const Clause& cl) const {
    for (uint32_t t = cl.first_token; t < cl.end_token; ++t) {
      if (!OneOf(Lower(t), {"for", "over", "throughout"})) continue;
      for (uint32_t u = t + 1; u < cl.end_token && u <= t + 4; ++u) {
        if (OneOf(Lower(u), {"decades", "decade"})) return true;
        if (!Skippable(Tag(u)) && Tag(u) != PosTag::kJJ && Lower(u) != "past" && Lower(u) != "last") break;
      }
    }
    return false;
  }

  // Whether a clause that reports cl (a few steps up) is counterfactual: a
  // modal with a perfect ("would have claimed", "might have said").
  bool CounterfactualReport(const Clause& cl) const {
    int32_t parent = cl.parent;
    for (int step = 0; step < 3 && parent >= 0; ++step) {
      const Clause& up = a_.clauses[parent];
      const Chunk& v = a_.chunks[up.verb];
      if (v.perfect && v.modal >= 0 && OneOf(Lower(v.modal), {"would", "could", "might", "should"})) return true;
      parent = up.parent;
    }
    return false;
  }

  // A reported clause whose only mark of the hypothetical is "would", under
  // a plain verb of saying, with no if/whether before it and no question.
  bool ReportedFuture(uint32_t s, const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    if (!cl.reported || cl.parent < 0 || v.modal < 0 || Lower(v.modal) != "would") return false;
    if (IsConditionalIntro(s, cl)) return false;
    for (uint32_t t = cl.first_token; t < cl.end_token; ++t) {
      if (OneOf(Lower(t), {"if", "unless", "whether"})) return false;
    }
    std::string_view say = Lemma(a_.chunks[a_.clauses[cl.parent].verb].head);
    return OneOf(say, {"say", "announce", "state", "declare", "tell", "confirm", "add"});
  }

  // "The EU would hold talks with Abbas next month": a "would" that no
  // condition or question qualifies, dated in the future, is the future of
  // a report whose speaker the sentence leaves out, not a hypothetical.
  bool DatedFuture(uint32_t s, const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    if (cl.reported || v.modal < 0 || Lower(v.modal) != "would" || v.negated || v.perfect) return false;
    if (IsConditionalIntro(s, cl)) return false;
    const Sentence& sent = a_.sentences[s];
    bool dated = false;
    for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      const std::string_view w = Lower(t);
      if (OneOf(w, {"if", "unless", "whether", "?"})) return false;
      if (w == "tomorrow" || (t + 1 < sent.end_token &&
                              ((w == "next" && (IsTimeNoun(Lower(t + 1)) || IsWeekdayOrMonthName(Lower(t + 1)))) ||
                               (w == "later" && Lower(t + 1) == "this")))) {
        dated = true;
      }
    }
    return dated;
  }

  // True when a verb group up the control chain from `control` (a few
  // steps) has a hypothetical modal.
  // ("unless Chile has the intention to invade Peru": a governing verb
  // under "if" or "unless" makes what it governs hypothetical too; an
  // aspectual one presupposes it: "if it kept threatening the US".)
  bool HypotheticalAbove(uint32_t s, int32_t control) const {
    const SentenceParse& p = a_.parses[s];
    for (int step = 0; step < 3 && control >= 0; ++step) {
      int32_t chunk = chunk_of_[control];
      if (chunk < 0 || a_.chunks[chunk].kind != ChunkKind::kVP) return false;
      const Chunk& vp = a_.chunks[chunk];
      if (vp.modal >= 0 && OneOf(Lower(vp.modal), {"could", "might", "may", "would", "should"})) return true;
      for (uint32_t k = p.first_clause; k < p.end_clause && !IsAspectual(Lemma(vp.head)); ++k) {
        if (a_.clauses[k].verb == chunk && a_.clauses[k].conditional) return true;
      }
      control = vp.control;
    }
    return false;
  }

  static bool IsAspectual(std::string_view lemma) {
    return OneOf(lemma, {"keep", "continue", "start", "begin", "resume", "stop"});
  }

  static bool IsDenial(std::string_view lemma) { return lemma == "deny" || lemma == "refute"; }
  static bool IsAllegation(std::string_view lemma) { return lemma == "allege"; }

  // Whether a conjunction followed by a determiner ("and a", "and the") lies
  // between `first` and `anchor`: the words from it on are a phrase of their
  // own.
  bool NewPhraseAfterConjunction(uint32_t first, uint32_t anchor) const {
    for (uint32_t t = first; t + 1 < anchor; ++t) {
      if (Tag(t) == PosTag::kCC && Tag(t + 1) == PosTag::kDT) return true;
    }
    return false;
  }

  // The lemma of the verb that reports a clause of reported speech: its
  // parent's, else that of the clause whose subject is the speaker ("...,"
  // the minister alleged), else empty.
  std::string_view ReportingVerb(const Clause& cl) const {
    if (cl.parent >= 0) return Lemma(a_.chunks[a_.clauses[cl.parent].verb].head);
    if (cl.speaker < 0) return {};
    // (the speaker's clause is near: look a few clauses either way)
    const size_t i = static_cast<size_t>(&cl - a_.clauses.data());
    const size_t lo = i >= 8 ? i - 8 : 0, hi = std::min(a_.clauses.size(), i + 9);
    for (size_t k = lo; k < hi; ++k) {
      if (k != i && a_.clauses[k].subject == cl.speaker) return Lemma(a_.chunks[a_.clauses[k].verb].head);
    }
    return {};
  }

  // "Russia denied that it had sent troops into Ukraine": a denial with no
  // target of its own is aimed at the target of what it denies.
  // The first of the denied clause's object and target phrases with an
  // actor of another country than the source's.
  std::vector<const ActorMention*> DeniedTargets(uint32_t s, uint32_t ci,
                                                 const std::vector<const ActorMention*>& sources) const {
    for (uint32_t k = ci + 1; k < a_.clauses.size() && a_.clauses[k].first_token < a_.sentences[s].end_token; ++k) {
      const Clause& child = a_.clauses[k];
      if (child.parent != static_cast<int32_t>(ci) || !child.reported) continue;
      return ForeignTargets(child, sources);
    }
    return {};
  }

  // "claimed responsibility for the attack, which killed dozens of people":
  // a claim is aimed at whom the claimed act hit, named by the clauses right
  // after it that describe the act or say what was done.
  std::vector<const ActorMention*> ClaimedTargets(uint32_t s, uint32_t ci,
                                                  const std::vector<const ActorMention*>& sources) const {
    for (uint32_t k = ci + 1; k <= ci + 2 && k < a_.clauses.size() &&
                              a_.clauses[k].first_token < a_.sentences[s].end_token;
         ++k) {
      const Clause& child = a_.clauses[k];
      if (!child.relative && !ReducedClause(child) && !(child.reported && child.parent == static_cast<int32_t>(ci))) {
        break;
      }
      std::vector<const ActorMention*> out = ForeignTargets(child, sources, /*same_country_ok=*/true);
      if (!out.empty()) return out;
    }
    return {};
  }

  // The actors of a clause's object, else of its first phrase aimed at
  // someone, that belong to no source's country (same_country_ok: that are
  // no source: rebels claim attacks on their own government).
  std::vector<const ActorMention*> ForeignTargets(const Clause& cl, const std::vector<const ActorMention*>& sources,
                                                  bool same_country_ok = false) const {
    std::vector<const ActorMention*> out;
    auto foreign = [&](const ActorMention* a) {
      return std::none_of(sources.begin(), sources.end(), [&](const ActorMention* x) {
        return same_country_ok ? x->code == a->code : x->code.compare(0, 3, a->code, 0, 3) == 0;
      });
    };
    std::vector<int32_t> phrases{cl.object};
    for (const Attachment& at : cl.attachments) {
      if (at.np >= 0 && IsTargetPrep(Lower(at.prep))) phrases.push_back(at.np);
    }
    for (int32_t c : phrases) {
      if (c < 0) continue;
      for (const ActorMention* a : ActorsOf(c)) {
        if (foreign(a)) out.push_back(a);
      }
      if (!out.empty()) return out;
    }
    return out;
  }

  // Whether sentence s opens with "had" right before cl's subject, cl's verb
  // after it ("Had Sylvania attacked ...").
  bool InvertedHad(uint32_t s, const Clause& cl) const {
    if (cl.subject < 0) return false;
    const uint32_t subject = a_.chunks[cl.subject].first_token;
    if (subject == 0 || subject <= a_.sentences[s].first_token || Lower(subject - 1) != "had") return false;
    for (uint32_t t = a_.sentences[s].first_token; t + 1 < subject; ++t) {
      const std::string_view w = Lower(t);  // (only an opening quote before it)
      if (!w.empty() && std::isalnum(static_cast<unsigned char>(w[0]))) return false;
    }
    return a_.chunks[cl.verb].first_token > subject;
  }

  // true when the clause is introduced by if/whether/unless or ends in "?"
  bool IsConditionalIntro(uint32_t s, const Clause& cl) const {
    const Sentence& st = a_.sentences[s];
    if (st.end_token > st.first_token && Lower(st.end_token - 1) == "?") return true;
    for (uint32_t t = cl.first_token; t < a_.chunks[cl.verb].first_token; ++t) {
      std::string_view w = Lower(t);
      if (w == "if" || w == "whether" || w == "unless") return true;
    }
    return false;
  }

  const CameoCode* ApplyModality(const Modality& m, const CameoCode* base, std::string* why) const {
    std::string_view mapped;
    // threats and rejections are already what a threat or refusal makes
    if (base->Root() == "12" || base->Root() == "13") return base;
    if (m.kind == "intent") {
      mapped = pats_.rules().Mapped(CodeMap::kIntent, base->code);
      if (mapped.empty()) mapped = pats_.rules().Mapped(CodeMap::kThreat, base->code);
      if (mapped.empty()) return base;  // statements, appeals, demands keep their code
    } else if (m.kind == "threat") {
      mapped = pats_.rules().Mapped(CodeMap::kThreat, base->code);
      if (mapped.empty()) mapped = "130";
    } else if (m.kind == "refusal") {
      mapped = pats_.rules().Mapped(CodeMap::kRefusal, base->code);
      if (mapped.empty()) {
        *why = "refusal of a non-cooperative action: not coded";
        return nullptr;
      }
    } else {
      return base;
    }
    const CameoCode* c = cb_.Find(mapped);
    return c ? c : base;
  }

  // "Inspectors from the IAEA arrived": a phrase with no actor of its own
  // acts for the actor of its "from"/"of" phrase.
  // So does a thing made or done by an actor: "a car bombing by the Islamic
  // State killed", "missiles fired by the Israeli military struck".
  int32_t Affiliation(int32_t chunk) const {
    if (chunk < 0 || !ActorsOf(chunk).empty()) return chunk;
    size_t c = chunk;
    if (c + 2 < a_.chunks.size() && a_.chunks[c + 1].kind == ChunkKind::kPP &&
        a_.chunks[c + 2].kind == ChunkKind::kNP) {
      std::string_view prep = Lower(a_.chunks[c + 1].first_token);
      if ((prep == "from" || prep == "of" || prep == "by") && !ActorsOf(c + 2).empty()) return c + 2;
    }
    // ("an attack carried out by rebels killed": also with a particle)
    if (c + 3 < a_.chunks.size() && a_.chunks[c + 1].kind == ChunkKind::kVP && BareParticiple(a_.chunks[c + 1]) &&
        a_.chunks[c + 2].kind == ChunkKind::kPP && Lower(a_.chunks[c + 2].first_token) == "by" &&
        a_.chunks[c + 3].kind == ChunkKind::kNP && !ActorsOf(c + 3).empty()) {
      return c + 3;
    }
    // "Ana Ruiz, the foreign minister of Peru, condemned": a name that no
    // dictionary knows acts for the actor of the phrase set off by commas
    // after it (not a place: "Ana Ruiz, of Lima," says where she is from).
    // (A comma is a chunk of its own, outside any phrase.)
    auto is_comma = [&](size_t k) {
      return a_.chunks[k].kind == ChunkKind::kO && a_.chunks[k].end_token == a_.chunks[k].first_token + 1 &&
             Lower(a_.chunks[k].first_token) == ",";
    };
    if (c + 2 < a_.chunks.size() && is_comma(c + 1) && a_.chunks[c + 2].kind == ChunkKind::kNP) {
      int32_t found = -1;
      for (size_t k = c + 2; k < a_.chunks.size() && k <= c + 10; ++k) {
        if (is_comma(k)) return found >= 0 ? found : chunk;
        const Chunk& ch = a_.chunks[k];
        if (ch.kind != ChunkKind::kNP && ch.kind != ChunkKind::kPP) break;
        const auto& xs = ActorsOf(static_cast<int32_t>(k));
        if (found < 0 && !xs.empty() &&
            std::none_of(xs.begin(), xs.end(), [](const ActorMention* x) { return x->place; })) {
          found = static_cast<int32_t>(k);
        }
      }
    }
    return chunk;
  }

  // "was killed in a US drone strike": with no "by" phrase, the actor of
  // the attack the victim died in is who acted.
  int32_t AttackPhrase(const Clause& cl) const {
    for (const Attachment& at : cl.attachments) {
      if (at.np < 0 || Lower(at.prep) != "in" || ActorsOf(at.np).empty()) continue;
      if (pats_.rules().Has(WordList::kAttackNoun, Lemma(a_.chunks[at.np].head))) {
        return at.np;
      }
    }
    return -1;
  }

  // Whether an "at" phrase names whom an act of this kind is aimed at: for
  // hostility (roots 11 to 20) it does, "lashed out at", "fired at"; an
  // investigation (09) or a demand (10) is made at a place.
  static bool AtAims(const CameoCode& code) { return code.Root().compare("11") >= 0; }

  // "to meet in court over migrants", "held talks about the refugees": what
  // a meeting or talks (04, and 036 for one intended) are over or about is
  // their topic; whom they are with is named by "with". (Not a mediation,
  // 045: it is aimed at the parties of the dispute it is over.)
  bool MeetingTopic(int32_t chunk, const CameoCode& code) const {
    if (chunk <= 0 || !(code.Root() == "04" || SameWord(code.code, "036")) || code.code.compare(0, 3, "045") == 0) {
      return false;
    }
    const Chunk& pp = a_.chunks[chunk - 1];
    return pp.kind == ChunkKind::kPP && pp.end_token == a_.chunks[chunk].first_token &&
           OneOf(Lower(pp.first_token), {"over", "about", "regarding", "concerning"});
  }

  // The actor the clause acts on when the pattern has no slot: the direct
  // object, else the first prepositional phrase that names an actor.
  // (at_aims: whether "at" aims the act, as a hostile act's does: "fired at
  // the police"; see PhraseTarget.)
  int32_t ClauseTarget(const Clause& cl, bool at_aims = true) const {
    if (cl.object >= 0 && !ActorsOf(cl.object).empty()) {
      // "ended its ban on opposition politicians", "eased their crackdown on
      // dissidents": the actor's own measure names the actor; whom it is
      // aimed at is in a phrase, when one names someone.
      if (!OwnMeasure(cl.object)) return cl.object;
      const int32_t t = PhraseTarget(cl, at_aims);
      return t >= 0 ? t : cl.object;
    }
    // "the Taliban refused him access to Afghanistan": a person the verb acts
    // on whom no actor stands for is still whom it is aimed at; a later
    // phrase is not.
    if (UnknownPersonObject(cl)) return -1;
    return PhraseTarget(cl, at_aims);
  }

  // Whether `token` lies in a clause that `cl` reports or governs (its
  // content: "said that [the rebels had left]").
  bool InContentClause(uint32_t s, const Clause& cl, uint32_t token) const {
    if (s >= a_.parses.size()) return false;
    const SentenceParse& p = a_.parses[s];
    const int32_t self = static_cast<int32_t>(&cl - a_.clauses.data());
    for (uint32_t k = p.first_clause; k < p.end_clause && k < a_.clauses.size(); ++k) {
      const Clause& c = a_.clauses[k];
      if (c.parent == self && c.first_token <= token && token < c.end_token) return true;
    }
    return false;
  }

  // "told Reuters", "said to the BBC", "in an interview with CNN",
  // "according to Kyodo", "ignored VOA requests for comment": whether the
  // press of mention a is whom something is said to, or who asked for it
  // (spoken-to: data/coding/words.txt).
  bool SpokenTo(const ActorMention& a) const {
    if (a.chunk < 0 || a.code.size() < 6 || a.code.compare(3, 3, "MED") != 0) return false;
    const Chunk& ch = a_.chunks[a.chunk];
    const CodingRules& rules = pats_.rules();
    if (a.end_token < ch.end_token && rules.Has(WordList::kSpokenTo, Lemma(ch.head))) return true;
    const uint32_t first = a_.sentences[a.sentence].first_token;
    if (ch.first_token <= first) return false;
    const uint32_t before = ch.first_token - 1;
    // ("directed VOA to the minister's remarks": whom a question is
    // answered by pointing elsewhere)
    if (rules.Has(WordList::kAddresseeVerb, Lemma(before))) return true;
    return (Lower(before) == "to" || Lower(before) == "with") && before > first &&
           (rules.Has(WordList::kSpokenTo, Lemma(before - 1)) || rules.Has(WordList::kSpokenTo, Lower(before - 1)));
  }

  // The clause's object is a personal pronoun no actor stands for.
  bool UnknownPersonObject(const Clause& cl) const {
    if (policy_.TargetFromAnyPhrase() || cl.object < 0 || !ActorsOf(cl.object).empty()) return false;
    const Chunk& np = a_.chunks[cl.object];
    return np.end_token == np.first_token + 1 && OneOf(Lower(np.first_token), {"him", "her", "them", "me", "us"});
  }

  // Whether a phrase of clause cl after chunk c is "in" a place or a
  // country as a whole ("... in Kunduz", "... in Iraq").
  bool PlaceAfter(const Clause& cl, int32_t c) const {
    for (const Attachment& at : cl.attachments) {
      if (at.np <= c || Lower(at.prep) != "in") continue;
      const auto& actors = ActorsOf(at.np);
      if (!actors.empty() && std::all_of(actors.begin(), actors.end(),
                                         [](const ActorMention* m) { return m->place || m->code.size() == 3; })) {
        return true;
      }
    }
    return false;
  }

  // A noun phrase that opens with a possessive pronoun and names no actor
  // but the one the pronoun stands for ("its ban").
  bool OwnMeasure(int32_t chunk) const {
    const Chunk& np = a_.chunks[chunk];
    if (Tag(np.first_token) != PosTag::kPRPS) return false;
    for (const ActorMention* m : ActorsOf(chunk)) {
      if (m->how != ActorHow::kCoreference) return false;
    }
    return true;
  }

  // "he, the U.S. ambassador to the European Union, and ...": the "to"
  // phrase of an envoy's title names where the envoy is posted, and is part
  // of the person's name, not whom the clause acts on. (An envoy the verb
  // acts on keeps it: "named an ambassador to Chile".)
  bool EnvoyTitlePhrase(const Clause& cl, const Attachment& at) const {
    if (Lower(at.prep) != "to" || at.np < 2 || at.prep == 0) return false;
    const int32_t title = at.np - 2;
    if (title == cl.object || a_.chunks[title].end_token != at.prep) return false;
    return pats_.rules().Has(WordList::kEnvoyTitle, Lower(at.prep - 1));
  }

  int32_t PhraseTarget(const Clause& cl, bool at_aims = true) const {
    if (policy_.TargetFromAnyPhrase()) {
      // PETRARCH reads the verb's phrases in order, whatever their
      // preposition: "denounced a raid by Sylvanian troops in northern
      // Freedonia" is aimed at the troops; "refuge in Sylvania" at Sylvania.
      for (const Attachment& at : cl.attachments) {
        if (at.np >= 0 && !ActorsOf(at.np).empty()) return at.np;
      }
      return -1;
    }
    // "voiced concern over the risks of handing the port to Freedonia": a
    // gerund with its own object names another act, whose phrases are that
    // act's, not the verb's; no phrase from the gerund on is read.
    uint32_t gerund = a_.tokens.size();
    for (const Attachment& at : cl.attachments) {
      if (at.np >= 0 && GerundPhrase(at.np)) {
        gerund = a_.chunks[at.np].first_token;
        break;
      }
    }
    for (const Attachment& at : cl.attachments) {
      if (at.np >= 0 && a_.chunks[at.np].first_token >= gerund) break;
      if (at.np < 0 || !IsTargetPrep(Lower(at.prep)) || EnvoyTitlePhrase(cl, at)) continue;
      auto actors = ActorsOf(at.np);
      if (actors.empty()) continue;
      // "met at a hotel on Singapore's Sentosa island": a place after a
      // locative preposition is where, not whom.
      bool all_places = true;
      for (const ActorMention* m : actors) all_places = all_places && m->place;
      std::string_view prep = Lower(at.prep);
      if (all_places && (prep == "at" || prep == "on" || prep == "from" || prep == "over")) continue;
      // "inspected the scene of the blast at the cathedral", "spoke to
      // reporters at the embassy": only a hostile act is aimed by "at"
      // ("fired at the police"); anyone else's "at" names where it happened.
      if (!at_aims && prep == "at") continue;
      return at.np;
    }
    // Then any actor named by a phrase of the clause that is not a mere
    // location: "condemned violations of human rights by North Korea",
    // "lifted a boycott of the University".
    // ("resigned as leader of the party": an "as" phrase, with the "of"
    // phrase that completes it, is the subject's role, not a party.)
    uint32_t role_end = 0;
    for (const Attachment& at : cl.attachments) {
      if (at.np < 0) continue;
      if (a_.chunks[at.np].first_token >= gerund) break;
      std::string_view role_prep = Lower(at.prep);
      if (role_prep == "as" || (role_prep == "of" && at.prep == role_end)) {
        role_end = a_.chunks[at.np].end_token;
        continue;
      }
      const auto& actors = ActorsOf(at.np);
      if (actors.empty() || EnvoyTitlePhrase(cl, at)) continue;
      bool all_places = true;
      for (const ActorMention* m : actors) all_places = all_places && m->place;
      std::string_view prep = Lower(at.prep);
      bool locative = prep == "in" || prep == "at" || prep == "near" || prep == "on" || prep == "across" ||
                      prep == "around" || prep == "over" || prep == "from" || prep == "through" ||
                      prep == "outside" || prep == "inside";
      if (all_places || (locative && prep != "across")) continue;
      return at.np;
    }
    return -1;
  }

  // Whether noun phrase c is a gerund and its object completing a noun's
  // "of" ("the risks of handing sovereignty"). (After "after", "by" or
  // "on" the gerund is mostly the source's own act or measure: "called off
  // the strike after reaching agreement with the government", "a ban on
  // doing business with the firm".)
  bool GerundPhrase(int32_t c) const {
    const Chunk& np = a_.chunks[c];
    const uint32_t t = np.first_token;
    return c > 0 && np.kind == ChunkKind::kNP && np.end_token > t + 1 && Tag(t) == PosTag::kVBG &&
           a_.chunks[c - 1].kind == ChunkKind::kPP && a_.chunks[c - 1].end_token == t && t > 0 && Lower(t - 1) == "of";
  }

  // "a trade war", "the tariff battle", "a war of words": a noun of
  // fighting that a word of economics or speech qualifies is not force.
  // Whether the phrase's head names a fight ("war", "battle", or an
  // attack noun), so that a modifier can make it figurative.
  bool NamesAFight(int32_t chunk) const {
    const std::string_view head = Lemma(a_.chunks[chunk].head);
    return OneOf(head, {"war", "battle", "fight", "campaign", "conflict", "warfare", "combat", "clash", "onslaught"}) ||
           pats_.rules().Has(WordList::kAttackNoun, head);
  }

  bool Figurative(int32_t chunk) const {
    const Chunk& np = a_.chunks[chunk];
    auto economic = [&](std::string_view w) { return pats_.rules().Has(WordList::kFigurative, w); };
    for (uint32_t t = np.first_token; t < np.head; ++t) {
      // ("tariff-trade wars": each part of a hyphenated word)
      std::string_view w = Lower(t);
      for (size_t b = 0; b <= w.size();) {
        size_t e = std::min(w.find('-', b), w.size());
        if (economic(w.substr(b, e - b))) return true;
        b = e + 1;
      }
    }
    // "a war of words"
    return np.end_token + 1 < a_.tokens.size() && Lower(np.end_token) == "of" && Lower(np.end_token + 1) == "words";
  }

  // Whether one of cl's prepositional phrases opened by one of `preps` has
  // its head in `list`.
  bool PhraseHeadIn(const Clause& cl, std::initializer_list<std::string_view> preps, WordList list) const {
    for (const Attachment& at : cl.attachments) {
      if (at.np < 0 || !OneOf(Lower(at.prep), preps)) continue;
      if (pats_.rules().Has(list, Lemma(a_.chunks[at.np].head))) return true;
    }
    return false;
  }

  // The clause reacts to something already told: its object is an event
  // named with a definite or demonstrative word ("the downing", "these
  // strikes", "the move"), or its verb is one of reaction ("retaliated",
  // "hit back") with no object of its own.
  bool RefersBack(const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    // "... in response", "in retaliation for the raid"
    for (const Attachment& at : cl.attachments) {
      if (Lower(at.prep) == "in" && at.np >= 0 && OneOf(Lemma(a_.chunks[at.np].head), {"response", "retaliation", "reaction"})) {
        return true;
      }
    }
    if (cl.object < 0) return pats_.rules().Has(WordList::kReactionVerb, Lemma(v.head));
    const Chunk& o = a_.chunks[cl.object];
    // "opposed it", "condemned this" (an actor would have been the object)
    if (o.end_token == o.first_token + 1 && OneOf(Lower(o.first_token), {"it", "this", "that", "them"})) {
      // ("hopes this [deal] will bring peace to Sylvania", "said it would
      // help": a pronoun before a finite verb, past a bracketed gloss, is
      // the subject of what is said, not a pointer to an earlier event.)
      uint32_t t = o.end_token;
      const uint32_t end = static_cast<uint32_t>(a_.tokens.size());
      if (t < end && a_.tokens[t].tag == PosTag::kLRB) {
        const uint32_t limit = std::min(end, t + 8);
        while (t < limit && a_.tokens[t].tag != PosTag::kRRB && a_.tokens[t].tag != PosTag::kPeriod) ++t;
        ++t;
      }
      if (t < end) {
        const PosTag n = a_.tokens[t].tag;
        if (n == PosTag::kMD || n == PosTag::kVBZ || n == PosTag::kVBD || n == PosTag::kVBP) return false;
      }
      return true;
    }
    std::string_view det = Lower(o.first_token);
    if (!OneOf(det, {"the", "this", "that", "these", "those", "such", "its", "their"})) return false;
    return pats_.rules().Has(WordList::kEventNoun, Lemma(o.head));
  }

  // How far back (in sentences) a target from context may be found. A
  // reader links "denounced the drills" to an actor of the story so far, not
  // of a page 2,000 sentences before; the bound also keeps the search
  // constant per event, so a long document costs linear time, not quadratic.
  // 32 covers the longest reach in the VOA stories (28 to 31 sentences:
  // smaller bounds change their events); dev-gold needs far less.
  static constexpr uint32_t kContextSentences = 32;
  // How far back a hostile act with no object of its own ("the rebels
  // retaliated", "fired back") finds whom it answers: the act it answers is
  // told just before it, not pages before (a party named then, in another
  // part of the story, is not its target).
  static constexpr uint32_t kReactionSentences = 3;

  // The source of the most recent event of the sentences before `s` (within
  // `reach` sentences) that `take` accepts, given the event's index; nullptr
  // when none.
  template <typename Take>
  const ActorMention* RecentEventSource(uint32_t s, Take take, uint32_t reach = kContextSentences) const {
    const uint32_t oldest = s > reach ? s - reach : 0;
    for (size_t i = event_sources_.size(); i-- > 0;) {
      const ActorMention* m = event_sources_[i];
      if (m->sentence >= s) continue;
      if (m->sentence < oldest) break;  // events come in sentence order
      if (take(i, *m)) return m;
    }
    return nullptr;
  }

  // "China denounced a Hong Kong court ruling declaring the ban void": a
  // bare participle governed by a clause of the sentence that coded an event
  // on the party its object names continues that act or describes that
  // object; it does not reach back into earlier sentences for a target.
  bool GovernorNamedItsTarget(uint32_t s, const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    if (v.control < 0 || v.head != v.first_token || Tag(v.head) != PosTag::kVBG) return false;
    const SentenceParse& p = a_.parses[s];
    for (uint32_t k = p.first_clause; k < p.end_clause; ++k) {
      const Clause& g = a_.clauses[k];
      const Chunk& gv = a_.chunks[g.verb];
      if (static_cast<uint32_t>(v.control) < gv.first_token || static_cast<uint32_t>(v.control) >= gv.end_token) {
        continue;
      }
      return g.object >= 0 && !ActorsOf(g.object).empty() &&
             std::find(coded_clauses_.begin(), coded_clauses_.end(), k) != coded_clauses_.end();
    }
    return false;
  }

  // The source of the most recent earlier event whose country differs from
  // `src`'s; failing that, the most recent such actor named in an earlier
  // sentence (either within `reach` sentences before `s`).
  const ActorMention* EarlierSource(uint32_t s, const ActorMention* src, uint32_t reach = kContextSentences) const {
    std::string_view mine = std::string_view(src->code).substr(0, 3);
    if (const ActorMention* m = RecentEventSource(
            s, [&](size_t, const ActorMention& x) { return std::string_view(x.code).substr(0, 3) != mine; }, reach)) {
      return m;
    }
    const uint32_t oldest = s > reach ? s - reach : 0;
    // Mentions come in sentence order: start at the last one before `s`.
    const auto before = std::partition_point(actors_.mentions.begin(), actors_.mentions.end(),
                                             [s](const ActorMention& m) { return m.sentence < s; });
    for (auto it = std::make_reverse_iterator(before); it != actors_.mentions.rend(); ++it) {
      const ActorMention& m = *it;
      if (m.sentence < oldest) break;
      // (nor is an outlet that reported it: "told CNN" two sentences before
      // "the president condemned the attack")
      if (m.attributive || m.place || m.code.size() < 3 || IsNewsOutletCode(m.code)) continue;
      std::string_view p = std::string_view(m.code).substr(0, 3);
      if (p != mine && p != "---") return &m;
    }
    return nullptr;
  }

  // The source of the latest event before sentence `s` (within the context
  // reach), of another country than `src`'s, whose quad class is the one
  // most of the noun patterns of noun phrase `object`'s head code ("the
  // exercises", "the attacks": material conflict); nullptr when the head
  // has no noun patterns or no such event was told.
  const ActorMention* EarlierSourceOfKind(uint32_t s, const ActorMention* src, int32_t object) const {
    const AnchorPatterns* list = pats_.ForNoun(Lemma(a_.chunks[object].head));
    if (!list || list->patterns.empty()) return nullptr;
    std::array<size_t, 5> count{};
    for (const Pattern* pt : list->patterns) {
      if (pt->code->quad_class >= 0 && pt->code->quad_class < 5) ++count[pt->code->quad_class];
    }
    // (a tie goes to the later class, conflict: "the sanctions" imposed
    // before "the sanctions" lifted)
    int quad = 0;
    for (int q = 1; q < 5; ++q) {
      if (count[q] >= count[quad]) quad = q;
    }
    std::string_view mine = std::string_view(src->code).substr(0, 3);
    return RecentEventSource(s, [&](size_t i, const ActorMention& x) {
      return std::string_view(x.code).substr(0, 3) != mine && event_codes_[i]->quad_class == quad;
    });
  }

  // "Beijing denies the allegations", "the ministry rejected those claims":
  // what is denied was said by whoever made an accusation, criticism or
  // complaint (root 11) in the sentences before, when that was of another
  // country or outside the state; not by whoever acted last. nullptr when
  // no such event was told (the claims were made by someone no event names).
  const ActorMention* EarlierAccuser(uint32_t s, const ActorMention* src) const {
    std::string_view mine = std::string_view(src->code).substr(0, 3);
    return RecentEventSource(s, [&](size_t i, const ActorMention& m) {
      // (at home, an accuser outside the state: "rights groups sued the
      // ministry ... the ministry dismissed the allegations")
      const bool other = std::string_view(m.code).substr(0, 3) != mine ||
                         (m.code.size() >= 6 && m.code != src->code && !IsStateOrganSector(m.code));
      return other && event_codes_[i]->Root() == "11";
    });
  }

  // "rejected the accusations, responding to a statement by the rebel
  // leader": a denial whose sentence names, after its verb, the author of
  // a noun ("<noun> by X") answers X, not an accuser of earlier sentences.
  // The first such actor that is not `src` itself, or nullptr.
  const ActorMention* AuthorNamedAfterVerb(uint32_t s, const Clause& cl, const ActorMention& src) const {
    const uint32_t end = a_.sentences[s].end_token;
    for (uint32_t t = a_.chunks[cl.verb].end_token; t + 1 < end; ++t) {
      if (Lower(t) != "by" || !IsNoun(Tag(t - 1))) continue;
      const int32_t c = chunk_of_[t + 1];
      if (c < 0 || a_.chunks[c].kind != ChunkKind::kNP || a_.chunks[c].first_token != t + 1) continue;
      for (const ActorMention* m : ActorsOf(c)) {
        if (!m->attributive && !m->place && m->code.size() >= 3 && m->code != src.code) return m;
      }
    }
    return nullptr;
  }

  // The end of the role phrase that starts at token `t` ("leader", "head of
  // the council"): its noun phrase and an "of" phrase after it; `t` when no
  // noun phrase starts there.
  uint32_t RoleEnd(uint32_t t) const {
    const int32_t c = t < a_.tokens.size() ? chunk_of_[t] : -1;
    if (c < 0 || a_.chunks[c].kind != ChunkKind::kNP || a_.chunks[c].first_token != t) return t;
    const size_t n = a_.chunks.size();
    if (static_cast<size_t>(c) + 2 < n && a_.chunks[c + 1].kind == ChunkKind::kPP &&
        Lower(a_.chunks[c + 1].first_token) == "of" && a_.chunks[c + 2].kind == ChunkKind::kNP) {
      return a_.chunks[c + 2].end_token;
    }
    return a_.chunks[c].end_token;
  }

  // "China trade with Mauritius on rise": one country's name, on its own,
  // takes "trades", never "trade"; before the plural form it modifies the
  // word as a noun (a headline's noun phrase), and no one acts.
  bool CountryBeforePluralVerb(const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    if (cl.subject < 0 || v.first_token != v.head || Tag(v.head) != PosTag::kVBP) return false;
    // (verbs whose past tense is their base form: "Chile cut ties" is past)
    static const WordSet kSamePast{"cut",       "hit",      "put",   "set", "shut", "quit", "let",   "beat",   "spread",
                                   "cast",      "hurt",     "burst", "bid", "bet",  "cost", "split", "thrust", "upset",
                                   "broadcast", "forecast", "read",  "rid", "shed", "slit", "spit",  "wed"};
    if (kSamePast.Contains(Lower(v.head))) return false;
    const Chunk& subject = a_.chunks[cl.subject];
    if (subject.end_token != subject.first_token + 1 || subject.end_token != v.first_token ||
        Tag(subject.first_token) != PosTag::kNNP) {
      return false;
    }
    const auto& actors = ActorsOf(cl.subject);
    return actors.size() == 1 && actors.front()->code.size() == 3 && actors.front()->how == ActorHow::kDictionary &&
           !actors.front()->place;
  }

  // A clause of a bare participle: "reopening", "sent" (not "was sent";
  // the tagger may read the participle as a past tense).
  bool ReducedClause(const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    PosTag t = Tag(v.head);
    return (t == PosTag::kVBG || t == PosTag::kVBN || t == PosTag::kVBD) && v.first_token == v.head;
  }

  // Every actor of `chunk` is a pronoun for one of `sources`.
  // "promised to send part of their grain to other countries": what the
  // subject's members give (naming no one, or only them: "their") goes to
  // whom a "to" phrase after it names, even one that names no one; the
  // members do not act on each other.
  bool OwnGoesTo(const Clause& cl, const std::vector<const ActorMention*>& sources) const {
    if (sources.size() < 2 || cl.object < 0) return false;
    if (!ActorsOf(cl.object).empty() && !OwnReference(cl.object, sources)) return false;
    for (const Attachment& at : cl.attachments) {
      if (at.np > cl.object && SameWord(Lower(at.prep), "to")) return true;
    }
    return false;
  }

  bool OwnReference(int32_t chunk, const std::vector<const ActorMention*>& sources) const {
    const auto& actors = ActorsOf(chunk);
    if (actors.empty()) return false;
    for (const ActorMention* o : actors) {
      if (o->how != ActorHow::kCoreference) return false;
      bool among = false;
      for (const ActorMention* x : sources) among = among || x->code == o->code;
      if (!among) return false;
    }
    return true;
  }

  bool CivilianSubject(const Clause& cl, bool passive) const {
    if (passive) return false;
    const auto& actors = ActorsOf(Affiliation(cl.subject));
    if (actors.empty()) return false;
    for (const ActorMention* m : actors) {
      if (!IsCivilianSector(pats_.rules(), m->code)) return false;
    }
    return true;
  }

  // "helped them to demonstrate good skills", "demonstrated in 2013 that it
  // responded": "demonstrate" with an object or a that-clause is to show
  // something, not to protest.
  bool ShowsSomething(uint32_t s, const Clause& cl, std::string_view lemma) const {
    if (lemma != "demonstrate") return false;
    if (cl.object >= 0) return true;
    for (uint32_t t = a_.chunks[cl.verb].end_token; t < a_.sentences[s].end_token; ++t) {
      const std::string_view w = Lower(t);
      if (OneOf(w, {"that", "how", "what", "whether"})) return true;
      if (OneOf(w, {",", ";", ":", "and", "but", "--"}) || IsVerb(Tag(t))) return false;
    }
    return false;
  }

  // Whether chunk c is an existential "there" followed by a form of "be"
  // and "little", "no" or "few" ("There is little reason to think").
  bool NoneThereIs(int32_t c) const {
    const Chunk& ch = a_.chunks[c];
    if (ch.end_token != ch.first_token + 1 || Tag(ch.first_token) != PosTag::kEX) return false;
    const uint32_t t = ch.end_token;
    return t + 1 < a_.tokens.size() && Lemma(t) == "be" && OneOf(Lower(t + 1), {"little", "no", "few"});
  }

  // Verbs whose object is wanted, asked for, tried, prevented or made
  // possible, not done: the governing verbs that do not assert
  // (unreal-control) and those of wanting (wish-verb).
  bool WantsOrPrevents(std::string_view lemma) const {
    return pats_.rules().Has(WordList::kUnrealControl, lemma) || pats_.rules().Has(WordList::kWishVerb, lemma);
  }

  // "students demanded the president quit", "urged the minister step down":
  // clause cl right after a verb that wants, asks for or prevents, with no
  // object of its own, is what that verb wants, not what was done.
  bool WantedByClauseBefore(uint32_t s, const Clause& cl) const {
    const SentenceParse& sp = a_.parses[s];
    for (uint32_t k = sp.first_clause; k + 1 < sp.end_clause; ++k) {
      if (&a_.clauses[k + 1] != &cl) continue;
      const Clause& before = a_.clauses[k];
      const uint32_t start = a_.chunks[cl.subject >= 0 ? cl.subject : cl.verb].first_token;
      return before.object < 0 && a_.chunks[before.verb].end_token == start &&
             WantsOrPrevents(Lemma(a_.chunks[before.verb].head));
    }
    return false;
  }

  // Whether a show of force is one: its source is an armed or police force
  // or its clause names forces or arms ("raised its military alert level",
  // "put troops on alert"). "Sweden has been on high alert since the virus
  // was found", "the exhibit reinforced the sense of unease": with neither,
  // it is aimed at no adversary of the story.
  bool ForcesInShow(uint32_t s, const Clause& cl, const std::vector<const ActorMention*>& sources) const {
    for (const ActorMention* m : sources) {
      if (m->code.size() >= 6 && OneOf(std::string_view(m->code).substr(3, 3), {"MIL", "COP", "REB", "SPY"}))
        return true;
    }
    const uint32_t from = a_.chunks[cl.verb].first_token;
    for (uint32_t t = from; t < a_.sentences[s].end_token; ++t) {
      if (pats_.rules().Has(WordList::kForceWord, Lemma(t))) return true;
    }
    return false;
  }

  const std::vector<const ActorMention*>& ActorsOf(int32_t chunk) const {
    static const std::vector<const ActorMention*> kNone;
    if (chunk < 0) return kNone;
    return by_chunk_[chunk];
  }

  // What a clause's verb matched.
  struct VerbMatch {
    const Pattern* pattern = nullptr;
    Slot target, source;      // the pattern's own slots
    uint32_t end = 0;         // the token after the words it matched
    bool by_control = false;  // a pattern of the governing verb: its code already says the modality
  };

  // The noun phrase right after "that" after noun phrase `c`, when it names
  // an actor ("claims that Ugandan troops ..."); else -1.
  int32_t ClaimContentSubject(int32_t c) const {
    const size_t that = static_cast<size_t>(c) + 1;
    if (that + 1 >= a_.chunks.size() || a_.chunks[that].kind != ChunkKind::kPP ||
        a_.chunks[that].first_token != a_.chunks[c].end_token || Lower(a_.chunks[that].first_token) != "that" ||
        a_.chunks[that + 1].kind != ChunkKind::kNP || ActorsOf(static_cast<int32_t>(that + 1)).empty()) {
      return -1;
    }
    return static_cast<int32_t>(that + 1);
  }

  // Noun phrase `c` is in a phrase that opens the sentence ("During a
  // meeting with X, ...", "In a letter to X, ...") and clause `cl`'s subject
  // follows that phrase's comma: only prepositional and noun phrases from
  // the sentence's start to the comma right before the subject.
  bool OpeningPhraseOf(const SentenceParse& p, const Clause& cl, int32_t c) const {
    const int32_t first = static_cast<int32_t>(p.first_chunk);
    if (cl.subject <= c + 1 || c <= first || cl.verb < cl.subject || a_.chunks[first].kind != ChunkKind::kPP) {
      return false;
    }
    const Chunk& comma = a_.chunks[cl.subject - 1];
    if (comma.kind != ChunkKind::kO || Lower(comma.first_token) != "," ||
        !pats_.rules().Has(WordList::kOpeningPreposition, Lower(a_.chunks[first].first_token))) {
      return false;
    }
    for (int32_t k = first; k < cl.subject - 1; ++k) {
      const ChunkKind kind = a_.chunks[k].kind;
      if (kind != ChunkKind::kPP && kind != ChunkKind::kNP) return false;
    }
    return true;
  }

  // Noun phrase `c` is attached to clause `cl` by a preposition of time
  // ("after", "following", "since", "before", "until").
  bool InTimePhrase(const Clause& cl, int32_t c) const {
    for (const Attachment& at : cl.attachments) {
      if (at.np == c) return OneOf(Lower(at.prep), {"after", "following", "since", "before", "until"});
    }
    return false;
  }

  // Noun phrase `c` is the object of "from".
  bool AfterFrom(int32_t c) const {
    return c > 0 && a_.chunks[c - 1].kind == ChunkKind::kPP && Lower(a_.chunks[c - 1].first_token) == "from";
  }

  // Whom the event is aimed at, and how that was decided.
  struct TargetChoice {
    std::vector<const ActorMention*> actors;
    int32_t chunk = -1;
    const char* how = "pattern";
  };

  // "concerned about the latest IAEA report about Iran's enrichment":
  // hope or worry about a report, statement or speech whose only actor is
  // its author, named before its head, is about what the "about", "on" or
  // "over" phrase right after it names (topic-frame in words.txt).
  void ReportTopicTarget(TargetChoice* t) const {
    if (t->chunk < 0 || t->actors.empty() || static_cast<size_t>(t->chunk) + 2 >= a_.chunks.size()) return;
    const Chunk& np = a_.chunks[t->chunk];
    if (np.kind != ChunkKind::kNP || !pats_.rules().Has(WordList::kTopicFrame, Lemma(np.head))) return;
    for (const ActorMention* a : t->actors) {
      if (a->end_token > static_cast<uint32_t>(np.head)) return;  // (the head itself names the actor)
    }
    const Chunk& pp = a_.chunks[t->chunk + 1];
    const Chunk& topic = a_.chunks[t->chunk + 2];
    if (pp.kind != ChunkKind::kPP || !OneOf(Lower(pp.first_token), {"about", "on", "over"}) ||
        topic.kind != ChunkKind::kNP || ActorsOf(t->chunk + 2).empty()) {
      return;
    }
    t->chunk = t->chunk + 2;
    t->actors = ActorsOf(t->chunk);
  }

  // "Sanctions were imposed on Belarus by the European Union", "Protesters
  // were beaten by police": a passive verb's subject is the object its
  // active patterns name after the verb, so their first elements are
  // matched among the words from the subject to the verb and the rest after
  // the verb, past a "by" phrase right after it ("was signed by Russia with
  // Turkey"), which names the source.
  //
  // "EU sanctions on Sylvania were eased", "Freedonia's ban on Sylvanian
  // wine was lifted": with no "by" phrase, a measure's owner named in the
  // subject is the one who imposes or lifts it (OwnerActs): the source.
  uint32_t MatchFronted(const Pattern& p, const Clause& cl, uint32_t verb, uint32_t end, Slot* target,
                        Slot* source) const {
    if (cl.subject < 0 || p.elements.empty()) return kNoMatch;
    const bool owner = cl.agent < 0;
    if (owner && (!OwnerActs(*p.code) || ActorsOf(cl.subject).empty())) return kNoMatch;
    const PatternElement::Kind first = p.elements[0].kind;
    const bool thing = first == PatternElement::kPhrase && !p.exact_words;
    if (first != PatternElement::kWord && first != PatternElement::kSkip && !thing) return kNoMatch;
    const uint32_t begin = owner ? a_.chunks[cl.subject].end_token - 1 : a_.chunks[cl.subject].first_token;
    const uint32_t verb_begin = a_.chunks[cl.verb].first_token;
    if (begin >= verb_begin) return kNoMatch;
    uint32_t after = verb + 1;
    if (owner) {
      if (thing) return kNoMatch;
    } else if (const Chunk& by = a_.chunks[cl.agent];
               after < end && by.first_token == after + 1 && Lower(after) == "by") {
      after = by.end_token;
    }
    if (thing) {
      // "A bookmark, a gift from a museum, was returned by X to Spain": the
      // passive subject is the thing the pattern's "^" (its object) names,
      // whatever words stand beside it.
      if (a_.chunks[cl.subject].kind != ChunkKind::kNP || !ActorsOf(cl.subject).empty()) return kNoMatch;
      Slot t, s;
      const uint32_t rest = p.elements.size() == 1 ? verb + 1 : Match(p, 1, after, end, &t, &s);
      if (rest == kNoMatch) return kNoMatch;
      *target = t;
      *source = s;
      return rest;
    }
    for (size_t k = p.elements.size(); k >= 1; --k) {
      if (p.elements[k - 1].kind != PatternElement::kWord) continue;
      Slot t, s;
      match_stop_ = k;
      const uint32_t r = Match(p, 0, begin, verb_begin, &t, &s);
      match_stop_ = kAllElements;
      if (r == kNoMatch) continue;
      const uint32_t rest = k == p.elements.size() ? verb + 1 : Match(p, k, after, end, &t, &s);
      if (rest == kNoMatch) continue;
      if (owner) {
        // The measure is the subject's head: its owner acts, and whom it
        // is aimed at follows ("sanctions on Sylvania").
        if (r != a_.chunks[cl.subject].end_token) continue;
        s.chunk = cl.subject;
        for (uint32_t x = r; x < verb_begin && t.chunk < 0; ++x) t.chunk = ActorChunkAt(x);
        if (t.chunk < 0) continue;
      } else if (!p.has_target && t.chunk < 0 && ActorsOf(cl.subject).empty()) {
        // "Ties with Qatar were severed", "Sanctions on Russia were eased":
        // the subject's own phrase names whom the act is aimed at.
        for (uint32_t x = begin; x < verb_begin && t.chunk < 0; ++x) t.chunk = ActorChunkAt(x);
      } else if (t.chunk >= 0 && a_.chunks[t.chunk].first_token > verb &&
                 SameWord(Lower(a_.chunks[t.chunk].first_token - 1), "from") && SharesCountry(t.chunk, cl.agent) &&
                 !ActorsOf(cl.subject).empty() && !SharesCountry(cl.subject, cl.agent)) {
        // "Two Kenyan diplomats were expelled from Uganda by the Ugandan
        // government": after the verb, "from Uganda" is the place they
        // were sent out of, the agent's own country, not the "diplomats
        // from X" the pattern reads; whom the act falls on is the subject.
        // ("Kenyan troops were withdrawn from Somalia by Kenya" keeps
        // Somalia.)
        t.chunk = cl.subject;
      }
      *target = t;
      *source = s;
      return rest;
    }
    return kNoMatch;
  }

  // A verb group that is a lone past participle, or one with its particles
  // ("carried out").
  bool BareParticiple(const Chunk& v) const {
    if (v.head != v.first_token || Tag(v.head) != PosTag::kVBN) return false;
    for (uint32_t t = v.head + 1; t < v.end_token; ++t) {
      if (Tag(t) != PosTag::kRP) return false;
    }
    return true;
  }

  // Whether an actor of chunk a has the country of an actor of chunk b
  // (false when either has none).
  bool SharesCountry(int32_t a, int32_t b) const {
    if (a < 0 || b < 0) return false;
    for (const ActorMention* x : ActorsOf(a)) {
      for (const ActorMention* y : ActorsOf(b)) {
        if (x->code.size() >= 3 && y->code.size() >= 3 && x->code.compare(0, 3, y->code, 0, 3) == 0) return true;
      }
    }
    return false;
  }

  // Measures whose owner is the one who imposes, keeps or lifts them:
  // restrictions and bans (081), sanctions (085, 163) and aid (162). (Not
  // a siege or blockade: one is "lifted" also when the other side breaks it.)
  static bool OwnerActs(const CameoCode& c) {
    return c.code.starts_with("081") || c.code == "085" || c.code == "163" || c.code.starts_with("162");
  }

  // A pattern that reads an infinitive after its verb ("pledge to restore").
  static bool StartsWithTo(const Pattern& p) {
    if (p.elements.size() < 2 || p.elements[0].kind != PatternElement::kWord) return false;
    const auto& w = p.elements[0].words;
    return std::find(w.begin(), w.end(), "to") != w.end();
  }

  // The first pattern of `list` that matches at `verb` (a verb group's head
  // or its governing verb); false when none does.
  bool FirstMatch(uint32_t s, const AnchorPatterns& list, uint32_t verb, const Clause& cl, bool passive,
                  VerbMatch* m, bool governing = false) {
    // Patterns may read on into the verb's complements ("urged Iran to
    // resume talks"), so the words to match run to the end of the sentence.
    const uint32_t end = a_.sentences[s].end_token;
    WordWindow window = WindowBits(verb + 1, end);
    // A passive verb's patterns may find their object words before it.
    // (Only with an auxiliary, "were imposed": a bare participle is mostly a
    // reduced relative, "an offensive launched by forces in Puntland has ...",
    // whose noun is not the clause's subject.)
    const bool fronted = passive && !governing && cl.subject >= 0 && (cl.agent >= 0 || !ActorsOf(cl.subject).empty()) &&
                         a_.chunks[cl.subject].first_token < a_.chunks[cl.verb].first_token &&
                         a_.chunks[cl.verb].first_token < verb;
    // "pledged to the European Union to carry out reforms": an addressee
    // between the verb and its infinitive.
    int32_t addressee = -1;
    if (!passive && verb + 2 < end && Lower(verb + 1) == "to") {
      if (int32_t c = ActorChunkAt(verb + 2);
          c >= 0 && a_.chunks[c].first_token == verb + 2 && a_.chunks[c].end_token + 1 < end &&
          Lower(a_.chunks[c].end_token) == "to" && IsVerb(Tag(a_.chunks[c].end_token + 1))) {
        addressee = c;
      }
    }
    // Pattern k, whose filter lets the window through; true when it matches.
    auto attempt = [&](size_t k) {
      const Pattern* p = list.patterns[k];
      if (!FormMatches(*p, verb)) return false;
      // A governing verb's default ("offer", "refuse" alone) says less than
      // the verb it governs, whose code the intent or refusal then maps.
      if (governing && IsDefault(*p)) return false;
      Slot target, source;
      uint32_t matched;
      if (passive && !p->elements.empty() && p->elements[0].kind == PatternElement::kTarget) {
        // "was attacked by X": the target slot is the subject.
        matched = Match(*p, 1, verb + 1, end, &target, &source);
        target.chunk = cl.subject;
      } else {
        matched = Match(*p, 0, verb + 1, end, &target, &source);
      }
      bool ok = matched != kNoMatch &&
                (p->before.empty() || MatchBefore(*p, p->before.size(), verb, BeforeBegin(s, verb), &target, &source));
      if (explain_)
        Explain(s, "  try " + p->id + " [" + p->code->code + "] \"" + p->text + "\": " + (ok ? "matches" : "no match"));
      if (!ok && addressee >= 0 && p->before.empty() && StartsWithTo(*p)) {
        // "pledged to the African Union to restore civilian rule": the
        // pattern reads on after the addressee, who is the target.
        target = source = Slot();
        matched = Match(*p, 0, a_.chunks[addressee].end_token, end, &target, &source);
        ok = matched != kNoMatch;
        // ("pledged to the UN to guarantee the rights of the Rohingya": a
        // target that only names the subject again leaves the addressee.)
        auto names_subject = [&](int32_t c) {
          const auto& xs = ActorsOf(c);
          const auto& ys = ActorsOf(cl.subject);
          return !xs.empty() && !ys.empty() && std::all_of(xs.begin(), xs.end(), [&](const ActorMention* x) {
                   return std::any_of(ys.begin(), ys.end(), [&](const ActorMention* y) { return x->code == y->code; });
                 });
        };
        if (ok && (target.chunk < 0 || (cl.subject >= 0 && names_subject(target.chunk)))) target.chunk = addressee;
        if (explain_ && ok) Explain(s, "  try " + p->id + " after the addressee: matches");
      }
      if (!ok && fronted && p->before.empty()) {
        target = source = Slot();
        matched = MatchFronted(*p, cl, verb, end, &target, &source);
        ok = matched != kNoMatch;
        if (explain_ && ok) Explain(s, "  try " + p->id + " before the passive verb: matches");
      }
      if (ok) {
        *m = VerbMatch{p, target, source, matched, false};
        return true;
      }
      return false;
    };
    // (Without a fronted window, the patterns whose filters fail are not
    // tried at all: the list's index skips them.)
    if (!fronted) return list.ForEachPassing(window, attempt);
    const WordWindow fronted_window = WindowBits(a_.chunks[cl.subject].first_token, end);
    for (size_t k = 0; k < list.patterns.size(); ++k) {
      if (!list.filters[k].MayMatch(window)) {
        const Pattern* p = list.patterns[k];
        if (!list.filters[k].MayMatch(fronted_window) || !FormMatches(*p, verb)) continue;
        Slot target, source;
        const uint32_t matched = MatchFronted(*p, cl, verb, end, &target, &source);
        if (explain_)
          Explain(s, "  try " + p->id + " [" + p->code->code + "] \"" + p->text +
                         "\" before the passive verb: " + (matched != kNoMatch ? "matches" : "no match"));
        if (matched != kNoMatch) {
          *m = VerbMatch{p, target, source, matched, false};
          return true;
        }
        continue;
      }
      if (attempt(k)) return true;
    }
    return false;
  }

  // Step 1: the pattern a clause codes by. A governing verb's own patterns
  // come first ("pledged to deepen military ties with" has a pattern of its
  // own, already coded as intent), then the verb's, then the rules for what
  // no pattern of the verb covers.
  bool MatchVerb(uint32_t s, const Clause& cl, bool passive, VerbMatch* m) {
    const Chunk& v = a_.chunks[cl.verb];
    // (Only a governing verb inside this verb group: one inherited from an
    // earlier clause has already had its own patterns tried.)
    const bool governed = v.control >= static_cast<int32_t>(v.first_token) && v.control < static_cast<int32_t>(v.end_token);
    if (governed && IsVerb(Tag(v.control))) {
      if (const auto* list = pats_.ForVerb(Lemma(v.control));
          list && FirstMatch(s, *list, v.control, cl, false, m, /*governing=*/true)) {
        m->by_control = true;
        return true;
      }
    }
    std::string_view lemma = Lemma(v.head);
    // "said the government must ensure security": what a speaker says another
    // party must do is a demand on it, whatever the verb (the clause's
    // coding turns a pattern's code into the demand it maps to).
    auto must = [&]() {
      // (not "refugees who must be treated with humanity": what is to be
      // done to the subject, or by the phrase a relative clause describes)
      if (!pats_.must_rule() || !policy_.MustIsDemand() || passive || v.voice == Voice::kPassive || cl.relative ||
          !MustSpeakerClause(cl)) {
        return false;
      }
      *m = VerbMatch();
      m->end = v.end_token;
      m->pattern = pats_.must_rule();
      if (explain_) Explain(s, "no pattern for \"" + std::string(lemma) + "\" after \"must\": rule " + m->pattern->id);
      return true;
    };
    const auto* list = pats_.ForVerb(lemma);
    if (!list) {
      if (must()) return true;
      if (explain_) Explain(s, "verb \"" + std::string(lemma) + "\": no pattern");
      return false;
    }
    if (FirstMatch(s, *list, v.head, cl, passive, m)) {
      // "agreed on Thursday to pull back troops": an agreement verb whose
      // infinitive stands in a clause of its own still governs it, and its
      // default says less than the governed verb, coded as the intent.
      if (!IsDefault(*m->pattern) || !pats_.rules().Has(WordList::kAgreement, lemma) ||
          !GovernsInfinitiveClause(s, v.head)) {
        return true;
      }
      if (explain_) Explain(s, "default " + m->pattern->id + ": the verb governs another clause");
    }
    if (must()) return true;
    *m = VerbMatch();
    m->end = v.end_token;
    // "The two sides agreed to restore staffing", "pledged to coordinate
    // their positions": whatever they agreed or pledged to do together is
    // an intent to cooperate, even when the verb itself has no pattern.
    if (governed && pats_.rules().Has(WordList::kAgreement, Lemma(v.control)) && !v.negated && !cl.conditional && pats_.agreement_rule()) {
      m->pattern = pats_.agreement_rule();
      if (explain_) Explain(s, "no pattern for \"" + std::string(lemma) + "\" under \"" + std::string(Lemma(v.control)) +
                                   "\": rule " + m->pattern->id);
      return true;
    }
    // "threatened to stop buying Australian coal", "threatens to open borders
    // to Europe": a threat is made even when the threatened verb has no
    // pattern; the threat verb's default codes it, aimed at whom the act
    // would fall on (TargetChunk).
    // (Not a bare participle, "sent a letter to the WHO threatening to pull
    // funding": whose threat it is the clause does not say.)
    if (governed && !v.negated && !cl.conditional &&
        !(Tag(v.control) == PosTag::kVBG && v.control == static_cast<int32_t>(v.first_token)) &&
        pats_.rules().Has(WordList::kThreatControl, Lemma(v.control))) {
      if (const auto* threats = pats_.ForVerb(Lemma(v.control))) {
        for (const Pattern* p : threats->patterns) {
          if (!IsDefault(*p)) continue;
          m->pattern = p;
          if (explain_)
            Explain(s, "no pattern for \"" + std::string(lemma) + "\" under \"" + std::string(Lemma(v.control)) +
                           "\": its default " + p->id);
          return true;
        }
      }
    }
    if (pats_.rules().Has(WordList::kProtestVerb, lemma) && pats_.protest_rule() && CivilianSubject(cl, passive) &&
        !ShowsSomething(s, cl, lemma)) {
      m->pattern = pats_.protest_rule();
      if (explain_) Explain(s, "civilians \"" + std::string(lemma) + "\": rule " + m->pattern->id);
      return true;
    }
    if (explain_) Explain(s, "verb \"" + std::string(lemma) + "\": no pattern matched");
    return false;
  }

  // Step 2: the phrase that acts: the pattern's source slot, else the
  // subject (the "by" phrase of a passive); false when the clause is not to
  // be coded.
  bool SourceChunk(uint32_t s, const Clause& cl, const VerbMatch& m, bool passive, int32_t* out) {
    const Chunk& v = a_.chunks[cl.verb];
    int32_t src = m.source.chunk;
    if (src < 0) src = passive ? cl.agent : cl.subject;
    if (passive && src < 0) src = AttackPhrase(cl);
    if (policy_.ReporterIsSourceOfSubjectTarget() && m.source.chunk < 0 && m.target.chunk >= 0 &&
        m.target.chunk == src && cl.parent >= 0) {
      // "Firefly observed that Sylvania lamented" ("observed + *"): the
      // pattern made the subject the target; the source is the one who
      // speaks of it.
      src = a_.clauses[cl.parent].subject;
    }
    src = Affiliation(src);
    // "Western countries, including Freedonia, imposed sanctions": a set of
    // states that names no one acts through the members its "including"
    // phrase names, as it is acted on through them (Targets).
    if (m.source.chunk < 0 && src >= 0 && src == cl.subject && !passive) {
      if (const int32_t inc = IncludingActor(src, a_.sentences[s].end_token); inc >= 0) {
        src = inc;
        if (explain_) Explain(s, "source: the members a set of states names after \"including\"");
      }
    }
    // "The Freedonian cholera outbreak has killed 300 people", "a Sylvanian
    // earthquake destroyed": a disease or disaster (cause-noun) is no actor,
    // whatever country its modifier names.
    if (src >= 0 && a_.chunks[src].kind == ChunkKind::kNP &&
        pats_.rules().Has(WordList::kCauseNoun, Lemma(a_.chunks[src].head))) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": the subject is a disease or disaster, not an actor");
      return false;
    }
    if (policy_.RelativePronounHasNoSource() && m.source.chunk < 0 && v.first_token > 0 &&
        OneOf(Lower(v.first_token - 1), {"who", "which", "that"}) &&
        (cl.subject < 0 || a_.chunks[cl.subject].end_token < v.first_token)) {
      // PETRARCH does not resolve a relative pronoun: "a woman linked to
      // Al-Qaeda who shot at US officers" has no source it can name.
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": the subject is a relative pronoun");
      return false;
    }
    if (policy_.SubjectBeforeParenthesis() && !passive && m.source.chunk < 0 && cl.subject < 0 && v.first_token > 0 &&
        Lower(v.first_token - 1) == ",") {
      // "Freedonia's envoy, speaking to reporters on Friday, pressed":
      // the subject is the phrase before the parenthesis.
      uint32_t t = v.first_token - 1;
      while (t > a_.sentences[s].first_token && Lower(t - 1) != ",") --t;
      if (t > a_.sentences[s].first_token + 1) src = ActorChunkAt(t - 2);
    }
    if (policy_.SubjectFromWholePhraseBeforeVerb() && !passive && m.source.chunk < 0 && cl.subject >= 0 &&
        ActorsOf(src).empty()) {
      // PETRARCH's subject is the whole noun phrase before the verb, coded
      // by its first actor: "The Freedonia branch of a bank near Sylvania
      // condemned Grand Fenwick" is Freedonia's act.
      // (Not across a comma: "On Sylvania's ports, he said ...".)
      uint32_t b = a_.chunks[cl.subject].first_token;
      while (b > cl.first_token && Lower(b - 1) != ",") --b;
      for (uint32_t t = b; t < a_.chunks[cl.subject].first_token; ++t) {
        if (int32_t c = ActorChunkAt(t); c >= 0) {
          src = c;
          break;
        }
      }
    }
    *out = src;
    return true;
  }

  // Whether pattern p reads one phrase (^) before its target slot.
  static bool ListenerBeforeTarget(const Pattern& p) {
    for (const PatternElement& e : p.elements) {
      if (e.kind == PatternElement::kPhrase) return true;
      if (e.kind == PatternElement::kTarget) return false;
    }
    return false;
  }

  bool SubjectOfNextFiniteVerb(int32_t chunk) const {
    if (policy_.TargetFromAnyPhrase() || static_cast<size_t>(chunk) + 1 >= a_.chunks.size()) return false;
    const Chunk& v = a_.chunks[chunk + 1];
    if (v.kind != ChunkKind::kVP || v.infinitive || v.first_token != a_.chunks[chunk].end_token) return false;
    const PosTag g = Tag(v.first_token);
    if (g != PosTag::kMD && g != PosTag::kVBD && g != PosTag::kVBZ && g != PosTag::kVBP) return false;
    const Clause* next = ClauseOfVerb(chunk + 1);
    return next != nullptr && next->subject == chunk;
  }

  // Step 3: the phrase acted on, from the clause where the pattern has no
  // target slot; -1 when none.
  // "denounced Iran's detention of two French citizens", "welcomed Peru's
  // release of the crew": when the target slot follows "of" after a noun
  // phrase whose possessive, or a "by" phrase after the slot, names an actor
  // other than the source, the act is that actor's, and the verb is aimed
  // at it. The chunk of the doer, or -1.
  // Whether noun phrase `c` follows a "by" that follows a noun: the doer of
  // a noun event ("the seizure of the city by rebels"), not the holder of a
  // participle ("hostages held by Hamas").
  bool DoerAfterBy(int32_t c) const {
    const Chunk& by = a_.chunks[c - 1];
    return by.kind == ChunkKind::kPP && by.end_token == a_.chunks[c].first_token && Lower(by.first_token) == "by" &&
           by.first_token > 0 && IsNoun(Tag(by.first_token - 1));
  }

  // The noun phrase of a "by" right after token `t` when it names an actor
  // and an "of" follows it ("the condemnation by Chile of Peru"); else -1.
  int32_t DoerRightAfter(uint32_t t) const {
    if (t + 2 >= a_.tokens.size() || Lower(t + 1) != "by") return -1;
    const int32_t np = chunk_of_[t + 2];
    if (np < 0 || a_.chunks[np].kind != ChunkKind::kNP || a_.chunks[np].first_token != t + 2 || ActorsOf(np).empty()) {
      return -1;
    }
    const uint32_t after = a_.chunks[np].end_token;
    if (after >= a_.tokens.size() || Lower(after) != "of") return -1;
    // ("accusations by the government of Sierra Leone": a doer whose
    // country the text around supplies may own the "of" phrase; only a
    // named one is read)
    for (const ActorMention* m : ActorsOf(np)) {
      if (m->how == ActorHow::kContext || m->how == ActorHow::kCoreference || m->end_token > after) return -1;
    }
    return np;
  }

  // The noun phrase of an "of" right after token `t`, when it names an
  // actor; else -1.
  int32_t OfPhraseAfter(uint32_t t) const {
    if (t + 2 >= a_.tokens.size() || Lower(t + 1) != "of") return -1;
    const int32_t np = chunk_of_[t + 2];
    if (np < 0 || a_.chunks[np].kind != ChunkKind::kNP || a_.chunks[np].first_token != t + 2 || ActorsOf(np).empty()) {
      return -1;
    }
    return np;
  }

  int32_t DoerOfActBefore(int32_t tgt, const std::vector<const ActorMention*>& sources) const {
    const Chunk& of = a_.chunks[tgt - 1];
    const Chunk& act = a_.chunks[tgt - 2];
    if (of.kind != ChunkKind::kPP || Lower(of.first_token) != "of" || act.kind != ChunkKind::kNP ||
        act.end_token != of.first_token || !IsNoun(Tag(act.head)) ||
        (a_.tokens[act.head].flags & (kTokCapitalized | kTokAllCaps))) {
      // (a capitalised head is a name, not an act: "Haiti's Chamber of
      // Deputies")
      return -1;
    }
    auto own = [&](const ActorMention* a) {
      return std::any_of(sources.begin(), sources.end(),
                         [&](const ActorMention* s) { return s->code.compare(0, 3, a->code, 0, 3) == 0; });
    };
    for (const ActorMention* a : ActorsOf(tgt - 2)) {
      if (a->end_token >= act.end_token || Tag(a->end_token) != PosTag::kPOS) continue;
      return own(a) ? -1 : tgt - 2;
    }
    // ("condemned the killing of three soldiers by militants": the doer
    // is the "by" phrase after those it was done to)
    const size_t by = static_cast<size_t>(tgt) + 1;
    if (by + 1 < a_.chunks.size() && a_.chunks[by].kind == ChunkKind::kPP &&
        a_.chunks[by].first_token == a_.chunks[tgt].end_token && Lower(a_.chunks[by].first_token) == "by" &&
        a_.chunks[by + 1].kind == ChunkKind::kNP) {
      const auto& doers = ActorsOf(static_cast<int32_t>(by) + 1);
      if (!doers.empty() && !own(doers.front())) return static_cast<int32_t>(by) + 1;
    }
    return -1;
  }

  int32_t TargetChunk(const Clause& cl, const VerbMatch& m, bool passive,
                      const std::vector<const ActorMention*>& sources, bool compound_source) const {
    const int32_t tgt = PhraseTarget(cl, m, passive, sources, compound_source);
    if (policy_.PossessorOfJudgedAct() && tgt >= 2) {
      if (const int32_t doer = DoerOfActBefore(tgt, sources); doer >= 0) return doer;
    }
    // "condemned the coup in Niger", "welcomed the ceasefire in Sudan":
    // words that judge an event naming no party (praise, sympathy,
    // disapproval, rejection) judge the place it happened in (the verb's
    // object, an event noun, then "in" a place of a state). (Not an act
    // done there: "signed an agreement in Beijing" names a venue.)
    const CameoCode* said = m.pattern->code;
    const bool judges = said && (said->code.starts_with("051") || said->code.starts_with("018") ||
                                 said->Root() == "11" || said->Root() == "12");
    if (policy_.PossessorOfJudgedAct() && tgt < 0 && !m.pattern->has_target && judges && cl.object >= 0 &&
        static_cast<size_t>(cl.object) + 2 < a_.chunks.size()) {
      const int32_t place = cl.object + 2;
      for (const ActorMention* a : ActorsOf(place)) {
        if (a->code.size() >= 3 && IsStateCode(a->code.substr(0, 3)) && PlaceOfEventNoun(*a) &&
            std::none_of(sources.begin(), sources.end(),
                         [&](const ActorMention* x) { return x->code.compare(0, 3, a->code, 0, 3) == 0; })) {
          return place;
        }
      }
    }
    return tgt;
  }

  int32_t PhraseTarget(const Clause& cl, const VerbMatch& m, bool passive,
                       const std::vector<const ActorMention*>& sources, bool compound_source) const {
    int32_t tgt = m.target.chunk;
    // "told VOA five people had been killed", "told media 339 passengers
    // were freed": a phrase that is the subject of the finite verb right
    // after it is what was said, not whom it was said to.
    // (Only after a verb that tells someone something: elsewhere a noun read
    // as a verb, "rejected U.S. calls for a ceasefire", would lose its target.)
    // (Not when the pattern read the listener before its target: "tell ^
    // that + be responsible for".)
    if (tgt >= 0 &&
        OneOf(Lemma(a_.chunks[cl.verb].head),
              {"tell", "warn", "assure", "inform", "remind", "brief", "notify", "advise"}) &&
        !ListenerBeforeTarget(*m.pattern) && SubjectOfNextFiniteVerb(tgt)) {
      tgt = -1;
    }
    if (passive && tgt < 0) tgt = cl.subject;
    const Pattern& p = *m.pattern;
    // "Chile drew criticism from Peru", "Ukraine received tanks from
    // Poland": a verb pattern that finds its source after the verb ($) and
    // names no target acts on the clause's subject.
    if (tgt < 0 && !passive && !p.noun && p.has_source && !p.has_target && m.source.chunk >= 0 && cl.subject >= 0 &&
        cl.subject != m.source.chunk) {
      return cl.subject;
    }
    if (compound_source) {
      // "Trump and Kim met at a hotel": members act on each other, unless
      // the phrase they act on names a partner ("welcomed the resumption of
      // ties with Iran", "... of ties between Iran and Iraq"); "their
      // resumption of ties with X" is the subject itself, not a partner.
      if (tgt < 0 && !p.has_target && cl.object >= 0 && !ActorsOf(cl.object).empty()) tgt = cl.object;
      if (tgt < 0 && !p.has_target && policy_.TargetFromAnyPhrase()) tgt = ClauseTarget(cl);
      int32_t phrase = tgt >= 0 ? tgt : (p.has_target ? -1 : cl.object);
      if (phrase >= 0 && (tgt < 0 || OwnReference(tgt, sources))) {
        for (const Attachment& at : cl.attachments) {
          if (at.np <= phrase || ActorsOf(at.np).empty()) continue;
          std::string_view prep = Lower(at.prep);
          if (prep == "with" || prep == "between") return at.np;
        }
      }
      return tgt;
    }
    if (tgt < 0 && !p.has_target) {
      tgt = ClauseTarget(cl, AtAims(*p.code));
      if (MeetingTopic(tgt, *p.code)) tgt = -1;
      // "the fighters will lay down their arms in Kunduz": the subject's own
      // thing, named only by "their", is the subject itself, not whom the act
      // is aimed at; when the clause goes on to name a place it is done in,
      // the target is read on past it (where the act is one aimed at a place).
      if (tgt >= 0 && tgt == cl.object && OwnMeasure(tgt) && OwnReference(tgt, sources) && PlaceAfter(cl, tgt)) {
        tgt = -1;
      }
      // "deepen support with Russia, increase cooperation and enhance
      // relations": coordinated verbs share the partner.
      // Only a partner ("with"): any other phrase of another clause is on
      // real news almost never whom this act is aimed at (0 of 13 events
      // so found on the VOA stories were right).
      for (int32_t k = cl.coordinated_with; tgt < 0 && k >= 0;) {
        const Clause& prev = a_.clauses[k];
        // "worked with the FBI to investigate", "are working with the
        // agency to provide money": whom one works with on an act of
        // purpose acts alongside, and is not what the act is aimed at.
        if (a_.chunks[cl.verb].infinitive &&
            pats_.rules().Has(WordList::kPartnerVerb, Lemma(a_.chunks[prev.verb].head))) {
          break;
        }
        int32_t shared = ClauseTarget(prev);
        if (shared > 0 && (policy_.TargetFromAnyCoordinatedPhrase() ||
                           (a_.chunks[shared - 1].kind == ChunkKind::kPP &&
                            OneOf(Lower(a_.chunks[shared - 1].first_token), {"with", "between"})))) {
          tgt = shared;
        }
        k = prev.coordinated_with;
      }
      if (tgt < 0 && SameWord(p.code->code, "014")) tgt = ConsideredActTarget(cl);
      // "threatened to stop buying Australian coal", "threatened Monday to
      // resume attacks in Kenya": a threat that names no one itself is aimed
      // at whom the threatened act would fall on.
      if (tgt < 0 && p.code->Root() == "13") tgt = ConsideredActTarget(cl);
      if (tgt < 0 && OneOf(p.code->code, {"012", "013"})) tgt = MoodTopicTarget(cl);
    }
    return tgt;
  }

  // "expressed pessimism about bringing the standoff to an end", "voiced
  // concern regarding the position of the government": a mood is about
  // what the clause its "about" phrase governs acts on. (Not a that-clause:
  // "warned that arming Kyiv would fuel the war" is not aimed at Kyiv.)
  int32_t MoodTopicTarget(const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    const size_t at = static_cast<size_t>(&cl - a_.clauses.data());
    for (size_t k = at + 1; k < a_.clauses.size() && k <= at + 8; ++k) {
      const Clause& child = a_.clauses[k];
      const Chunk& cv = a_.chunks[child.verb];
      if (cv.control < static_cast<int32_t>(v.first_token) || cv.control >= static_cast<int32_t>(v.end_token)) continue;
      const uint32_t first = cv.first_token;
      const bool about = first > 0 && OneOf(Lower(first - 1), {"about", "over", "regarding", "concerning", "on", "at"});
      if (!about && !OneOf(Lemma(cv.head), {"regard", "concern"})) return -1;
      return ClauseTarget(child);
    }
    return -1;
  }

  // "is considering sending aid to Haiti", "weighs imposing tariffs on
  // Chile": what is weighed (014) names no one itself; whom the act under
  // consideration would be aimed at is the target. Follows the clauses the
  // verb governs (through an infinitive of purpose: "sending aid to help
  // Haiti rebuild"), at most two deep; -1 when none names an actor.
  int32_t ConsideredActTarget(const Clause& cl) const {
    const Clause* governor = &cl;
    for (int depth = 0; depth < 2; ++depth) {
      const Chunk& v = a_.chunks[governor->verb];
      const Clause* governed = nullptr;
      // (A governed clause follows its governor in the same sentence: a few
      // clauses on, not the whole document.)
      const size_t at = static_cast<size_t>(governor - a_.clauses.data());
      for (size_t k = at + 1; k < a_.clauses.size() && k <= at + 8; ++k) {
        const Clause& child = a_.clauses[k];
        const int32_t control = a_.chunks[child.verb].control;
        if (control >= static_cast<int32_t>(v.first_token) && control < static_cast<int32_t>(v.end_token)) {
          governed = &child;
          break;
        }
      }
      if (!governed) return -1;
      if (const int32_t t = ClauseTarget(*governed); t >= 0) return t;
      governor = governed;
    }
    return -1;
  }

  bool ObjectSaysNo(const Clause& cl) const {
    return cl.object >= 0 && Lower(a_.chunks[cl.object].first_token) == "no" &&
           Tag(a_.chunks[cl.object].first_token) == PosTag::kDT;
  }
  static bool SpellsNo(const Pattern& p) {
    for (const PatternElement& e : p.elements) {
      for (const std::string& w : e.words) {
        if (w == "no") return true;
      }
    }
    return false;
  }

  // Step 4: the event's code once negation, refusal, intent and threats are
  // read; null when the clause is not to be coded.
  const CameoCode* EventCode(uint32_t s, const Clause& cl, const VerbMatch& m, std::string* modality) {
    Modality mod = ClauseModality(s, cl);
    if (m.by_control) {
      // the governing verb's pattern already says what kind of event it is
      // ("threatened to impose sanctions on": 1312 as written), and so what
      // an attempt or a denial is ("attempted to assassinate" 185, "denied
      // carrying out the attack" 016): the governing verb does not unmake it.
      mod.kind.clear();
      if (mod.unreal_control) mod = Modality();
    }
    if (policy_.BeforeWordsPatternDecidesModality() && !m.pattern->before.empty()) {
      // PETRARCH codes what the pattern says: one that reads the words
      // before the verb ("will not *", "indicated should *") has taken
      // their negation or modality into account.
      mod = Modality();
    }
    if (!mod.skip && (mod.kind.empty() || mod.kind == "intent") && ObjectSaysNo(cl) && !SpellsNo(*m.pattern)) {
      // "gave no aid to Sudan", "will offer no support": an object with
      // "no" denies the act as "not" does (what is announced as not to be
      // done is refused), unless the pattern spells the "no" out ("have no
      // comment" is how one declines to comment).
      const Chunk& v = a_.chunks[cl.verb];
      const std::string_view modal = v.modal >= 0 ? Lower(v.modal) : std::string_view();
      if (mod.kind == "intent" || v.tense == Tense::kFuture ||
          OneOf(modal, {"will", "wo", "shall", "can", "ca", "cannot"})) {
        mod.kind = "refusal";
      } else {
        mod = Skipped("an object with \"no\": not done");
      }
    }
    if (mod.skip) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + " matched but not coded: " + mod.why);
      return nullptr;
    }
    std::string why;
    const CameoCode* code = ApplyModality(mod, m.pattern->code, &why);
    if (!code && explain_) Explain(s, "pattern " + m.pattern->id + ": " + why);
    *modality = mod.kind;
    return code;
  }

  // "urged Myanmar to restore democracy", "demanded that Hungary restore
  // the independence of its courts", "refused to release the crew": CAMEO
  // splits appeals, demands and rejections by what is asked for or turned
  // down, so the code of the clause they govern, mapped by modality.txt's
  // appeal, demand or reject map, replaces theirs where it says more (an
  // unspecified X0 code, or a sub-code of theirs). Null when it does not.
  // Sets *governed to the code of the pattern that matched what it is about.
  const CameoCode* ContentCode(uint32_t s, const Clause& cl, uint32_t ci, const VerbMatch& m, const CameoCode* code,
                               const CameoCode** governed) {
    const std::string_view root = code->Root();
    if (root != "02" && root != "10" && root != "12") return nullptr;
    const CodeMap map = root == "02" ? CodeMap::kAppeal : root == "10" ? CodeMap::kDemand : CodeMap::kReject;
    const Chunk& v = a_.chunks[cl.verb];
    const Clause* content = nullptr;
    uint32_t head = 0;
    if (m.by_control) {
      // "called for Syria to hold talks" in one verb group: the governed
      // verb is the clause's own head
      content = &cl;
      head = v.head;
    } else {
      for (uint32_t k = ci + 1; k < a_.clauses.size() && a_.clauses[k].first_token < a_.sentences[s].end_token; ++k) {
        const Clause& child = a_.clauses[k];
        const int32_t control = a_.chunks[child.verb].control;
        const int32_t that_verb = ThatClauseVerb(child);
        if ((child.parent == static_cast<int32_t>(ci) && child.reported) ||
            (control >= static_cast<int32_t>(v.first_token) && control < static_cast<int32_t>(v.end_token)) ||
            (that_verb >= static_cast<int32_t>(v.first_token) && that_verb < static_cast<int32_t>(v.end_token))) {
          content = &child;
          head = a_.chunks[child.verb].head;
          break;
        }
      }
    }
    if (!content) {
      // "rejected American mediation", "turned down Greece's request for
      // assistance": with no clause, the noun asked for or turned down
      return ContentNounCode(s, cl, m, code, map, governed);
    }
    if (head == v.head && !m.by_control) return nullptr;
    const Chunk& cv = a_.chunks[content->verb];
    if (cv.negated) return nullptr;  // "demanded that X not build": not what the maps say
    const auto* list = pats_.ForVerb(Lemma(head));
    if (!list) return nullptr;
    // (the content's own tries are not the clause's: they stay out of explain)
    std::vector<ExplainLine>* explain = explain_;
    explain_ = nullptr;
    VerbMatch cm;
    const bool found = FirstMatch(s, *list, head, *content, cv.voice == Voice::kPassive, &cm);
    explain_ = explain;
    if (!found) return nullptr;
    const std::string_view mapped = pats_.rules().Mapped(map, cm.pattern->code->code);
    // ("Kenya and Uganda failed to agree": what it is about is known even
    // when the map gives it no other code, and a failure of what is done
    // together is done to each other.)
    *governed = cm.pattern->code;
    if (mapped.empty() || mapped == code->code) return nullptr;
    const bool unspecified = code->code.size() == 3 && code->code[2] == '0';
    if (!unspecified && mapped.compare(0, code->code.size(), code->code) != 0) return nullptr;
    const CameoCode* c = cb_.Find(mapped);
    if (!c) *governed = nullptr;
    if (c && explain_) {
      Explain(s, "pattern " + m.pattern->id + " [" + code->code + "]: what it is about, \"" + std::string(Lemma(head)) +
                     "\", matches " + cm.pattern->id + " [" + cm.pattern->code->code +
                     "]: " + std::string(CodingRules::MapName(map)) + " map -> " + std::string(mapped));
    }
    return c;
  }

  // Whether p's elements are all words that match the tokens right after t
  // inside the chunk, the last of them a noun: the whole pattern is a
  // compound noun that names no actor.
  bool CompoundInChunk(const Pattern& p, uint32_t t, const Chunk& ch) const {
    if (t + p.elements.size() >= ch.end_token) return false;
    for (size_t i = 0; i < p.elements.size(); ++i) {
      const PatternElement& e = p.elements[i];
      if (e.kind != PatternElement::kWord || !WordMatches(e, t + 1 + i)) return false;
    }
    return IsNoun(Tag(t + p.elements.size()));
  }

  // The noun form of ContentCode: the nouns of the clause's object and of a
  // "for"/"of" phrase after it ("demands ... for reform") are looked up as
  // noun patterns that name no actor (`~mediation`, `~aid`); the most
  // specific code found is mapped. Null when none says more.
  const CameoCode* ContentNounCode(uint32_t s, const Clause& cl, const VerbMatch& m, const CameoCode* code, CodeMap map,
                                   const CameoCode** governed) {
    std::vector<int32_t> phrases;
    if (cl.object >= 0) phrases.push_back(cl.object);
    for (const Attachment& at : cl.attachments) {
      if (at.np >= 0 && OneOf(Lower(at.prep), {"for", "of"})) phrases.push_back(at.np);
    }
    const CameoCode* best = nullptr;
    const Pattern* by = nullptr;
    for (int32_t c : phrases) {
      const Chunk& ch = a_.chunks[c];
      for (uint32_t t = ch.first_token; t < ch.end_token; ++t) {
        const auto* list = pats_.ForNoun(Lemma(t));
        if (!list) continue;
        for (const Pattern* p : list->patterns) {
          if (!p->before.empty()) continue;
          // a bare noun, or a compound written word by word whose modifier
          // carries the sub-code ("military aid" 072, "food aid" 073)
          if (p->elements.empty() ? !IsNoun(Tag(t)) : !CompoundInChunk(*p, t, ch)) continue;
          // the most specific: a sub-code over its root's unspecified X0
          const std::string& pc = p->code->code;
          if (!best || pc.size() > best->code.size() ||
              (pc.size() == 3 && pc.size() == best->code.size() && best->code[2] == '0' && pc[2] != '0')) {
            best = p->code;
            by = p;
          }
        }
      }
    }
    if (!best) return nullptr;
    const std::string_view mapped = pats_.rules().Mapped(map, best->code);
    if (mapped.empty() || mapped == code->code) return nullptr;
    const bool unspecified = code->code.size() == 3 && code->code[2] == '0';
    if (!unspecified && mapped.compare(0, code->code.size(), code->code) != 0) return nullptr;
    const CameoCode* out = cb_.Find(mapped);
    if (out) *governed = best;
    if (out && explain_) {
      Explain(s, "pattern " + m.pattern->id + " [" + code->code + "]: what it is about, noun pattern " + by->id + " [" +
                     best->code + "]: " + std::string(CodingRules::MapName(map)) + " map -> " + std::string(mapped));
    }
    return out;
  }

  // The country phrase after "in" that follows a phrase naming a
  // peacekeeping force or operation (chunk c), or -1.
  int32_t PeacekeepingHost(uint32_t s, int32_t c) const {
    const Chunk& ch = a_.chunks[c];
    bool peacekeeping = false;
    for (uint32_t t = ch.first_token; t < ch.end_token && !peacekeeping; ++t) {
      peacekeeping = OneOf(Lower(t), {"peacekeeping", "peacekeepers", "peace-keeping", "peacekeeper"});
    }
    if (!peacekeeping) return -1;
    // (the force's phrase may run on: "peacekeeping mission deployment plan in Ukraine")
    for (uint32_t k = c + 1; k + 1 < a_.chunks.size() && k <= static_cast<uint32_t>(c) + 2; ++k) {
      const Chunk& pp = a_.chunks[k];
      if (pp.first_token >= a_.sentences[s].end_token) break;
      if (pp.kind == ChunkKind::kNP) continue;
      if (pp.kind != ChunkKind::kPP || Lower(pp.first_token) != "in") break;
      const auto& place = ActorsOf(k + 1);
      if (!place.empty() && std::all_of(place.begin(), place.end(), [](const ActorMention* a) {
            return a->code.size() == 3;
          })) {
        return static_cast<int32_t>(k + 1);
      }
      break;
    }
    return -1;
  }

  // Step 5: the target actors, from the target phrase, else the phrases
  // after the pattern's words, an earlier event, or the protesters'
  // government; and how they were found.
  TargetChoice Targets(uint32_t s, const Clause& cl, const VerbMatch& m, bool passive, int32_t src_chunk,
                       const std::vector<const ActorMention*>& sources, bool compound_source, int32_t tgt_chunk,
                       const CameoCode* code, bool refused_together) {
    const Pattern& p = *m.pattern;
    TargetChoice t;
    t.chunk = tgt_chunk;
    // "Mogadishu argues its border with Kenya should ...", "underlined the
    // importance of the IMF loan": a bare statement's phrases are what it is
    // about; it is aimed only at whom it is made to. So are those of a
    // refusal to comment, past the phrase that says what it is on ("had no
    // comment on the ship's departure from China", "declined to respond to
    // questions about the identity of detainees"; but "declines comment on
    // Irish border talks").
    auto comment_detail = [&](int32_t c) {
      return SameWord(code->code, "011") && c > 0 && a_.chunks[c - 1].kind == ChunkKind::kPP &&
             !OneOf(Lower(a_.chunks[c - 1].first_token), {"on", "about", "over", "regarding", "concerning"});
    };
    const bool no_comment_detail = comment_detail(tgt_chunk);
    const bool bare_statement =
        (SameWord(code->code, "010") || no_comment_detail) && !p.has_target && m.target.chunk < 0 && !passive;
    // (The subject of a that-clause is still whom the statement concerns:
    // "reaffirmed that Peru wants peace".)
    if (bare_statement && tgt_chunk > 0 && tgt_chunk != cl.object && a_.chunks[tgt_chunk - 1].kind == ChunkKind::kPP &&
        !OneOf(Lower(a_.chunks[tgt_chunk - 1].first_token), {"to", "that", "whether", "if"})) {
      if (explain_) Explain(s, "pattern " + p.id + ": a statement's phrase is what it is about, not whom it is made to");
      t.chunk = tgt_chunk = -1;
    }
    t.actors = ActorsOf(tgt_chunk);
    // "noted that seven children died", "warned that thousands of people
    // could be hit": the subject of a statement's that-clause that names no
    // one (its country came from the story) is what the statement is about,
    // not whom it is aimed at; nor is any phrase after it.
    const bool unnamed_topic = code->Root() == "01" && !p.has_target && m.target.chunk < 0 && !passive &&
                               tgt_chunk > 0 && tgt_chunk != cl.object &&
                               a_.chunks[tgt_chunk - 1].kind == ChunkKind::kPP &&
                               Lower(a_.chunks[tgt_chunk - 1].first_token) == "that" && !t.actors.empty() &&
                               std::all_of(t.actors.begin(), t.actors.end(), [](const ActorMention* a) {
                                 return a->how == ActorHow::kContext || a->how == ActorHow::kCoreference;
                               });
    if (unnamed_topic) {
      if (explain_) Explain(s, "pattern " + p.id + ": the unnamed subject of a statement's that-clause is its topic");
      t.chunk = tgt_chunk = -1;
      t.actors.clear();
    }
    // "a woman visiting from Sylvania": where a visitor comes from is not
    // whom the visit is to (nor is any phrase after it).
    const bool visit_origin = SameWord(code->code, "042") && !p.has_target && m.target.chunk < 0 && tgt_chunk > 0 &&
                              a_.chunks[tgt_chunk - 1].kind == ChunkKind::kPP &&
                              Lower(a_.chunks[tgt_chunk - 1].first_token) == "from";
    if (visit_origin) {
      if (explain_) Explain(s, "pattern " + p.id + ": a visitor's \"from\" phrase is where they come from");
      t.chunk = tgt_chunk = -1;
      t.actors.clear();
    }
    // "sent tanks across the border from Belarus", "shipped weapons from
    // Sylvania": where help or arms come from is not whom they are given to
    // (a phrase after it may be: "sent aid from Kenya to Somalia").
    const bool help_origin = code->Root() == "07" && !p.has_target && m.target.chunk < 0 && AfterFrom(tgt_chunk);
    if (help_origin) {
      if (explain_) Explain(s, "pattern " + p.id + ": where help comes from (\"from\") is not whom it is given to");
      t.chunk = tgt_chunk = -1;
      t.actors.clear();
    }
    // "The United States called for the release of the American pastor",
    // "France demanded the freedom of French hostages": a state that appeals
    // for its own people's release appeals to whoever holds them, a foreign
    // party, not to them (named where a pattern says: "held by X", "from
    // X"). (Who appeals for another's people, "the union demanded the
    // release of the Malian president", is mostly aimed at that people's own
    // state, which holds them: their country stays the target.)
    const bool release_appeal = SameWord(code->code, "0253") || SameWord(code->code, "1053");
    int32_t freed_chunk = -1;
    auto own_people_freed = [&](const ActorMention* a) {
      if (!release_appeal || a->chunk < 0 || a->code.size() < 3 || !ReleasedParty(a->chunk)) return false;
      const bool own = std::any_of(sources.begin(), sources.end(), [&](const ActorMention* x) {
        const bool state = IsStateCode(x->code) && (x->code.size() == 3 || IsStateOrganSector(x->code));
        return state && x->code.compare(0, 3, a->code, 0, 3) == 0;
      });
      if (own) freed_chunk = a->chunk;
      return own;
    };
    if (std::erase_if(t.actors, own_people_freed) > 0 && t.actors.empty()) {
      if (explain_) Explain(s, "pattern " + p.id + ": a state's own people to be freed are not whom it appeals to");
      t.chunk = tgt_chunk = -1;
      // "demanded the release of a British national detained in Iran": who
      // holds them is where, or by whom, the phrase after them says they are
      // held.
      if (const int32_t holder = HolderOf(freed_chunk); holder >= 0) {
        t.actors = ActorsOf(holder);
        t.chunk = tgt_chunk = holder;
        if (explain_) Explain(s, "pattern " + p.id + ": appealed to whoever holds them, named where they are held");
      }
    }
    // "India and China agreed to pull back their troops": a target whose
    // country came from context and belongs to a source is the source's own
    // (unless both sides name a sector: police arresting protesters).
    // A state freeing, repressing or appealing to its own people is a
    // domestic event, though: "Venezuela released dozens of activists",
    // "the government urged civilians to return". (Other acts on "people"
    // of the story's country were mostly wrong on the VOA stories: people
    // fed by outside help, or deportees, are not the state's own. Deporting
    // is aimed at foreigners.)
    // (So are they when the state itself refuses or announces the act:
    // "Israel will not release the prisoners" (1243) is about its own
    // prisoners as "Israel released the prisoners" (0841) is, so the
    // pattern's own code decides. Not under a governing verb: "rejected a
    // call to release three activists" is aimed at the caller.)
    const CameoCode& act = p.code && a_.chunks[cl.verb].control < 0 ? *p.code : *code;
    const bool on_own_people =
        (act.Root() == "02" || act.Root() == "08" || act.Root() == "17") && !SameWord(act.code, "174");
    // "opened its borders to refugees", "Chad took in 5,000 refugees": those
    // a state takes in fleeing are not its own people, so the story's
    // country, when it is the state's, does not say where they come from:
    // they are refugees of unknown country.
    if (code->Root() == "07" && !compound_source) {
      for (const ActorMention*& a : t.actors) {
        if (a->how != ActorHow::kContext || a->code.size() != 6 || a->code.compare(3, 3, "REF") != 0) continue;
        for (const ActorMention* x : sources) {
          if (x->code.compare(0, 3, a->code, 0, 3) == 0) {
            ActorMention& unknown = implied_.emplace_back(*a);
            unknown.code = "---REF";
            unknown.detail = "refugees taken in: not the state's own";
            a = &unknown;
            break;
          }
        }
      }
    }
    std::erase_if(t.actors, [&](const ActorMention* a) {
      if (a->how != ActorHow::kContext && a->how != ActorHow::kCoreference) return false;
      const bool own_people = on_own_people && a->how == ActorHow::kContext && !compound_source &&
                              IsCivilianSector(pats_.rules(), a->code);
      for (const ActorMention* x : sources) {
        if (x->code.compare(0, 3, a->code, 0, 3) == 0 && (x->code.size() == 3 || compound_source) && !own_people) return true;
      }
      return false;
    });
    // "the group replaced field commanders", "the ministry sacked two
    // officials": the office holders an actor dismisses or replaces, when no
    // word says whose they are, are its own, not the story's country's. A
    // state's are of its country (a domestic event); an armed group's or an
    // organisation's are the actor itself: no event, and no phrase after
    // them is whom the change is aimed at.
    bool own_office = false;
    if (SameWord(code->code, "0831") && !p.has_target && m.target.chunk < 0 && sources.size() == 1 && tgt_chunk >= 0) {
      const std::string& src = sources.front()->code;
      for (auto it = t.actors.begin(); it != t.actors.end();) {
        const ActorMention* a = *it;
        const bool unnamed = a->how == ActorHow::kContext || a->code.compare(0, 3, "---") == 0;
        if (!unnamed || a->code.size() < 3 || a->code.compare(0, 3, src, 0, 3) == 0) {
          ++it;
          continue;
        }
        ActorMention& own = implied_.emplace_back(*a);
        own.code = IsStateCode(src) ? src.substr(0, 3) + a->code.substr(3) : src;
        own.detail = "office holders the source changes: its own";
        own_office = own_office || own.code == src;
        *it++ = &own;
        if (explain_) Explain(s, "pattern " + p.id + ": the office holders the source changes are its own");
      }
    }
    // The two filters below drop an agent of one sector that a statement
    // names: what the statement is made through, or what it is about.
    auto statement_agent_of = [&](const ActorMention* a, std::string_view sector) {
      return code->Root() == "01" && a->code.size() == 6 && a->code.compare(3, 3, sector) == 0;
    };
    // "told reporters", "said in an interview with a news agency": the press
    // a statement is made to, when no phrase says whose it is, is how the
    // statement was made, not whom it is aimed at.
    // Nor is the press a statement or an appeal is given to, whoever's it
    // is: "told The Freedonia Herald", "said in an interview with the
    // Sylvanian broadcaster". (An outlet attacked, banned or sued is a
    // target like any other.)
    auto press_spoken_to = [&](const ActorMention* a) {
      // (What is given to a news outlet, "documents provided to the
      // Associated Press", is information, not aid.)
      return (OneOf(code->Root(), {"01", "02", "04", "10"}) && SpokenTo(*a)) ||
             (code->Root() == "07" && IsNewsOutletCode(a->code));
    };
    auto press_of_statement = [&](const ActorMention* a) {
      return (statement_agent_of(a, "MED") && a->how == ActorHow::kContext) || press_spoken_to(a);
    };
    std::erase_if(t.actors, press_of_statement);
    // "warned that up to 750,000 people could be hit by floods", "noted that
    // seven children died": unnamed civilians named in what a statement says
    // are what it is about, not a party it is aimed at.
    auto topic_people = [&](const ActorMention* a) {
      return statement_agent_of(a, "CVL") && (a->how == ActorHow::kContext || a->how == ActorHow::kDictionary) &&
             InContentClause(s, cl, a->first_token);
    };
    std::erase_if(t.actors, topic_people);
    // "confirmed Freedonia's first case", "announced his death": a plain
    // statement (010) whose object only names a possessor is about that
    // party, not aimed at it.
    auto possessor_topic = [&](const ActorMention* a) {
      if (!SameWord(code->code, "010") || t.chunk < 0 || t.chunk != cl.object || a->sentence != s) return false;
      const Chunk& object = a_.chunks[t.chunk];
      if (a->first_token < object.first_token || a->end_token >= object.end_token) return false;
      return Tag(a->end_token) == PosTag::kPOS ||
             (a->end_token == a->first_token + 1 && Tag(a->first_token) == PosTag::kPRPS);
    };
    std::erase_if(t.actors, possessor_topic);
    // "condemned the attacks carried out by Sylvanian rebels", "criticized
    // the sanctions imposed by Freedonia": an object that names no one is
    // done by whom the participle right after it names with "by"; the act
    // on the thing is aimed at its doer. (A direct object, not "claim that
    // pollution caused by the company ...": a that-clause read as a phrase.)
    // "suspended air links with 21 countries including Austria and Greece":
    // the members a set of states names after "including" are whom the act
    // is aimed at, where the set itself names no one.
    bool set_members = false;
    if (t.actors.empty() && !p.has_target && m.target.chunk < 0) {
      const uint32_t send = a_.sentences[s].end_token;
      int32_t inc = IncludingActor(cl.object, send);
      for (const Attachment& at : cl.attachments) {
        if (inc < 0 && at.np >= 0 && IsTargetPrep(Lower(at.prep))) inc = IncludingActor(at.np, send);
      }
      if (inc >= 0 && inc != src_chunk) {
        t.actors = ActorsOf(inc);
        t.chunk = tgt_chunk = inc;
        set_members = true;
        if (explain_) Explain(s, "target: the members a set of states names after \"including\"");
      }
    }
    bool object_doer = false;
    if (t.actors.empty() && !p.has_target && m.target.chunk < 0 && !passive && cl.object >= 0 &&
        a_.chunks[cl.object].first_token == a_.chunks[cl.verb].end_token &&
        Lower(a_.chunks[cl.object].first_token) != "that" && ActorsOf(cl.object).empty()) {
      // ("Israel and Hamas reached a deal mediated by Qatar", "signed an
      // accord brokered by Egypt": a go-between is no party to the act.)
      const int32_t agent = ParticipleAgentAfter(cl.object);
      const bool go_between = agent >= 0 && static_cast<size_t>(cl.object) + 1 < a_.chunks.size() &&
                              pats_.rules().Has(WordList::kGoBetweenVerb, Lemma(a_.chunks[cl.object + 1].head));
      if (agent >= 0 && agent != src_chunk && !go_between) {
        t.actors = ActorsOf(agent);
        t.chunk = agent;
        object_doer = true;
        if (explain_) Explain(s, "target: the doer of what the object names (\"by\" after its participle)");
      }
    }
    bool read_on = false;  // the target is the first actor after the pattern's words
    auto same_as_source = [&](const ActorMention* a) {
      for (const ActorMention* x : sources) {
        if (x->code == a->code) return true;
      }
      return false;
    };
    if (policy_.SkipsTargetRepeatingSource() && !p.has_target && !compound_source && !t.actors.empty() && !own_office &&
        std::all_of(t.actors.begin(), t.actors.end(), same_as_source)) {
      // "was assailed for its policy toward Sylvania": a phrase that names the
      // source again is not whom the act is aimed at; read on.
      t.actors.clear();
    }
    // (A compound subject reads on too when what it does is not done
    // together: "the leaders of France and Germany condemned the attack on
    // Ukraine".)
    const bool compound_acts_together = compound_source && (policy_.CompoundSourceAlwaysMutual() || IsMutual(*code) ||
                                                            refused_together || ReciprocalVerb(p));
    if (t.actors.empty() && !p.has_target && !compound_acts_together && !sources.empty() && !UnknownPersonObject(cl) &&
        !bare_statement && !unnamed_topic && !visit_origin) {
      // PETRARCH takes the target from the phrases after the pattern's words
      // even where dyad's parse ends the clause early ("praised the roads
      // leading into Sylvania"). dyad reads on only through the verb's own
      // noun and prepositional phrases, and past places named as locations
      // ("accepted an invitation to meet with X": the infinitive's phrase).
      // (A place is where, not whom, except for force, which is aimed at the
      // place it hits: "launched air strikes on the enclave of Eastern
      // Ghouta", "shelled the city of Kharkiv"; and for material help and
      // appeals, aimed at the people of the place they are for even after
      // "in": "provided support for farmers in Nigeria". On the tuning part
      // this found 10 sentences' targets; statements and meetings, whose
      // place is a venue, keep skipping it.)
      // (Not an easing of dissent: strikers "returned to work in the
      // capital" yield to whom they opposed, not to the place.)
      // (Not a meeting intended, 036 for a meeting pattern: where it is to
      // be held is a venue, "agreed to meet in court"; a mediation intended
      // is still aimed at the place whose conflict it is. Nor material
      // cooperation, 06: it is done with partners, and a place is where they
      // are or where it happens, "collaborated with partners in Chad"; help
      // is for the people of a place.)
      const bool meeting_intended =
          SameWord(code->code, "036") && p.code && p.code->Root() == "04" && p.code->code.compare(0, 3, "045") != 0;
      const bool aid_at_place = ((code->quad_class == 2 && code->code.compare(0, 3, "082") != 0) ||
                                 code->code.compare(0, 2, "02") == 0 || code->code.compare(0, 2, "03") == 0) &&
                                !meeting_intended && code->Root() != "06";
      // (Restrictions, curfews and states of emergency too: "declared a
      // state of siege in Pando" is aimed at the people there.)
      const bool restriction = code->code.compare(0, 3, "172") == 0;
      const bool at_place = policy_.ForceAimedAtPlace() && (code->quad_class == 4 || aid_at_place);
      // (Material help, appeals and restrictions read through any purpose
      // infinitive; other acts only through one after a plain object.)
      const bool help_or_appeal = code->quad_class == 2 || restriction || code->code.compare(0, 2, "02") == 0;
      auto not_target = [&](const ActorMention* a) {
        return same_as_source(a) || topic_people(a) ||
               (!policy_.TargetAfterPatternMayBePlace() && a->place && !at_place);
      };
      // ("announced on social media", "said in a newspaper": the press after
      // "on" or "in" is how a statement was made, not whom it is aimed at.)
      auto channel = [&](const ActorMention* a) {
        return policy_.PressIsChannelOfStatement() && press_of_statement(a) && a->chunk > 0 &&
               a_.chunks[a->chunk - 1].kind == ChunkKind::kPP &&
               OneOf(Lower(a_.chunks[a->chunk - 1].first_token), {"on", "in"});
      };
      auto not_aimed = [&](const ActorMention* a) {
        return not_target(a) || channel(a) || press_spoken_to(a) || (p.code && MeetingTopic(a->chunk, *p.code)) ||
               own_people_freed(a) || (code->Root() == "07" && AfterFrom(a->chunk));
      };
      int32_t c = policy_.TargetAfterPatternMayBePlace()
                      ? ActorAfter(s, m.end, same_as_source)
                      : ActorAfter(s, m.end, not_aimed, /*phrases_only=*/true, aid_at_place || restriction,
                                   /*through_purpose=*/true, /*purpose_of_act_only=*/!help_or_appeal,
                                   /*appeal_for_means=*/code->code.compare(0, 2, "02") == 0);
      // "resigned as leader of the party", "quit as head of the council":
      // the phrase right after a pattern's final "as" is the role the source
      // leaves or holds, not a party the act is aimed at.
      if (c >= 0 && m.end > 0 && Lower(m.end - 1) == "as" && a_.chunks[c].first_token >= m.end &&
          a_.chunks[c].first_token < RoleEnd(m.end)) {
        if (explain_) Explain(s, "pattern " + p.id + ": the phrase after \"as\" is the source's role, not a target");
        c = -1;
      }
      if (c >= 0 && comment_detail(c)) {
        if (explain_) Explain(s, "pattern " + p.id + ": a refusal to comment is not aimed at a detail of its topic");
        c = -1;
      }
      if (c >= 0 && c != src_chunk) {
        t.actors = ActorsOf(c);
        t.chunk = c;
        read_on = true;
        if (explain_) Explain(s, "target: the first actor after the pattern's words");
      }
    }
    // "sent troops to the UN peacekeeping force in South Sudan", "ready to
    // contribute to peacekeeping operations in Syria": help given to a
    // peacekeeping force is aimed at the country it keeps the peace in.
    if (t.chunk >= 0 && !t.actors.empty()) {
      const int32_t host = PeacekeepingHost(s, t.chunk);
      // (a host that lets the force in is acting on the force:
      // "Sudan agreed to the deployment of UN peacekeepers in Darfur")
      const bool host_is_source =
          host >= 0 && std::any_of(sources.begin(), sources.end(), [&](const ActorMention* x) {
            return x->code.compare(0, 3, ActorsOf(host).front()->code, 0, 3) == 0;
          });
      if (host >= 0 && !host_is_source) {
        t.actors = ActorsOf(host);
        t.chunk = host;
        if (explain_) Explain(s, "target: the country a peacekeeping force is in");
      }
    }
    bool verbal = code->quad_class == 1 || code->quad_class == 3;
    bool hostile = code->quad_class == 3 || code->quad_class == 4;
    // Only a clause that points back at an earlier event ("condemned the
    // attack", "retaliated") takes its target from an earlier sentence: on
    // real news a target from context is otherwise mostly wrong.
    if (t.actors.empty() && !p.has_target && !compound_source && !sources.empty() && s > 0 &&
        (policy_.EarlierSourceWithoutReference() || !GovernorNamedItsTarget(s, cl)) &&
        (((policy_.EarlierSourceWithoutReference() || RefersBack(cl)) &&
          ((verbal && cl.object >= 0) || (hostile && cl.object < 0))) ||
         (code->code.compare(0, 2, "15") == 0 && ForcesInShow(s, cl, sources)))) {
      // (A show of force is aimed at the adversary of the story even when its
      // object is the actor's own forces: "raised its military alert level".)
      // "Putin condemned the downing": a statement about an earlier event is
      // aimed at that event's source; so is "fired back" or "retaliated".
      // ("denied the allegations": the accuser of an earlier event; no
      // accusation told, no target)
      const bool hearsay = !policy_.EarlierSourceWithoutReference() && cl.object >= 0 &&
                           pats_.rules().Has(WordList::kHearsayNoun, Lemma(a_.chunks[cl.object].head));
      const ActorMention* author = hearsay ? AuthorNamedAfterVerb(s, cl, *sources.front()) : nullptr;
      const bool reaction =
          !policy_.EarlierSourceWithoutReference() && hostile && cl.object < 0 && code->code.compare(0, 2, "15") != 0;
      // ("condemned the exercises", "called the attacks outrageous": an
      // object naming a kind of event points back at the latest earlier
      // event of that kind, before any later event of another kind.)
      const ActorMention* same_kind =
          author || hearsay || cl.object < 0 ? nullptr : EarlierSourceOfKind(s, sources.front(), cl.object);
      const ActorMention* earlier =
          author      ? author
          : hearsay   ? EarlierAccuser(s, sources.front())
          : same_kind ? same_kind
                      : EarlierSource(s, sources.front(), reaction ? kReactionSentences : kContextSentences);
      if (same_kind && explain_)
        Explain(s, "pattern " + p.id + ": the latest earlier event of the kind its object names");
      if (author && explain_) Explain(s, "pattern " + p.id + ": the sentence names who made the claims (by ...)");
      if (earlier && code->code.compare(0, 2, "15") == 0 && OtherActorAfterVerb(s, cl, sources, *earlier)) {
        if (explain_) Explain(s, "pattern " + p.id + ": the sentence names another party; no target from context");
        earlier = nullptr;
      }
      if (earlier) {
        // "US and South Korean forces began drills ... North Korea denounced
        // the drills": every member of a compound source is the target.
        t.actors.push_back(earlier);
        if (earlier->group >= 0) {
          for (const ActorMention* x : event_sources_) {
            if (x->group == earlier->group && x->sentence == earlier->sentence &&
                std::find(t.actors.begin(), t.actors.end(), x) == t.actors.end()) {
              t.actors.push_back(x);
            }
          }
        }
        for (const ActorMention* x : t.actors) {
          if (explain_) Explain(s, "target from context: the source of an earlier event (" + x->code + ")");
        }
      }
    }
    // "Teachers went on strike for their rights", "miners went on strike for
    // workers' rights": what names only the protesters themselves (their
    // pronoun, or a noun of their kind) is what they want, not whom they
    // protest against.
    const bool only_self =
        !t.actors.empty() && !sources.empty() &&
        std::all_of(t.actors.begin(), t.actors.end(), [&](const ActorMention* x) {
          // ("for workers' rights": a noun whose country came from context too)
          return x->code == sources.front()->code && (x->how == ActorHow::kCoreference || x->how == ActorHow::kContext);
        });
    // (So is a protest its protesters agree or refuse to end: "the union
    // will not end the strike", "agreed to call off the protest": the intent
    // or the refusal to ease dissent, 0352 or 1242, with the protest as the
    // verb's object. Dissent eased, 082, is not, nor what names no protest:
    // "miners returned to work in Chile", "plans to go home" may end none.)
    const bool protest =
        code->code.compare(0, 2, "14") == 0 ||
        (p.code && OneOf(code->code, {"0352", "1242"}) && OneOf(p.code->code, {"082", "0352", "1242"}) &&
         cl.object >= 0 && !pats_.rules().Has(WordList::kPlaceAdverb, Lower(a_.chunks[cl.object].head)));
    if ((t.actors.empty() || only_self) && protest && !sources.empty() && !compound_source &&
        IsCivilianSector(pats_.rules(), sources.front()->code)) {
      // "Opposition supporters marched through Moscow": a protest that names
      // no one is aimed at the protesters' own government.
      t.actors.clear();
      const ActorMention& gov = Implied(s, a_.chunks[cl.verb].first_token, sources.front()->code.substr(0, 3) + "GOV",
                                        "implied: a protest is aimed at the government");
      t.actors.push_back(&gov);
      if (explain_) Explain(s, "target implied: a protest naming no one is aimed at the government (" + gov.code + ")");
    }
    // "Bolivian authorities declared a state of siege", "the government
    // extended the curfew": a curfew, state of emergency or martial law that
    // names no place is imposed on the country's own people; so is one
    // lifted or eased ("the Egyptian government lifted the state of
    // emergency") lifted for them. When the country itself is the source
    // ("Egypt lifted the state of emergency", "imposed a curfew"), the people
    // are its civilians: the country would be aimed at itself, which no
    // event is. (Not an emergency a country declares: "the U.S. declared a
    // public health emergency" binds no one; with unknown sides it keeps
    // its unknown target.)
    const bool own_people = sources.size() == 1 && IsStateCode(sources.front()->code) &&
                            (sources.front()->code.size() > 3 || !SameWord(code->code, "1724"));
    if (t.actors.empty() && OneOf(code->code, {"1723", "1724", "0813", "0814"}) && own_people) {
      const std::string& src = sources.front()->code;
      ActorMention& own =
          Implied(s, a_.chunks[cl.verb].first_token, src.size() > 3 ? src.substr(0, 3) : src.substr(0, 3) + "CVL",
                  "implied: a curfew or emergency is imposed on the country");
      // "imposed a curfew in parts of the province": a place that names no
      // actor is still where the people it binds live; its words (through
      // its "of" phrases) are the target's, the code stays the country's.
      uint32_t place_end = 0;
      if (const int32_t np = PlaceOfClause(cl, &place_end); np >= 0) {
        own.first_token = a_.chunks[np].first_token;
        own.end_token = place_end;
      }
      t.actors.push_back(&own);
      if (explain_) Explain(s, "target implied: a curfew or emergency naming no place is imposed on " + own.code);
    }
    // "Israel said Hezbollah had violated the ceasefire", "Kenya said
    // al-Shabaab broke the truce": a ceasefire naming no one, in the words
    // of another country, binds that country; it is the target.
    if (t.actors.empty() && p.code && sources.size() == 1 && OneOf(p.code->code, {"0871", "196"}) && cl.reported &&
        cl.speaker >= 0) {
      const auto& speakers = ActorsOf(cl.speaker);
      if (speakers.size() == 1 && IsStateCode(speakers.front()->code) && IsStateCode(sources.front()->code) &&
          speakers.front()->code.compare(0, 3, sources.front()->code, 0, 3) != 0) {
        t.actors.push_back(speakers.front());
        if (explain_) Explain(s, "target: the country in whose words the ceasefire was broken or kept");
      }
    }
    // "the ELN declared a monthlong ceasefire", "the rebels violated the
    // truce": an armed group of a country that declares or breaks a
    // ceasefire naming no one does it towards the government it fights (the
    // act's own code decides: also when agreed to or refused). (Not a
    // retreat or a surrender: "rebels have simply retreated" names no one
    // they yield to.)
    if (t.actors.empty() && p.code && sources.size() == 1 && sources.front()->code.size() >= 6 &&
        OneOf(p.code->code, {"0871", "196"}) && IsStateCode(sources.front()->code) &&
        OneOf(std::string_view(sources.front()->code).substr(3, 3), {"REB", "INS", "SEP"})) {
      const ActorMention& gov = Implied(s, a_.chunks[cl.verb].first_token, sources.front()->code.substr(0, 3) + "GOV",
                                        "implied: an armed group's ceasefire is aimed at the government it fights");
      t.actors.push_back(&gov);
      if (explain_) Explain(s, "target implied: an armed group's ceasefire is aimed at " + gov.code);
    }
    // "German prosecutors have launched an investigation into the dealings
    // of a hotel group", "police in Los Angeles opened a probe": a state's
    // police or judiciary that investigates naming no one investigates
    // something of its own country, as a curfew naming no place binds it.
    // (Not other officials: "officials are investigating cases of the
    // outbreak" is no political event; nor when the sentence names another
    // country's party, whose the matter may be: "inspected the scene of the
    // fire at the Peruvian embassy".)
    if (t.actors.empty() && code->Root() == "09" && sources.size() == 1 && sources.front()->code.size() >= 6 &&
        IsStateCode(sources.front()->code) &&
        OneOf(std::string_view(sources.front()->code).substr(3, 3), {"JUD", "COP"}) &&
        !OtherCountryInSentence(s, sources.front()->code)) {
      const ActorMention& own = Implied(s, a_.chunks[cl.verb].first_token, sources.front()->code.substr(0, 3),
                                        "implied: a state's investigation is of its own country");
      t.actors.push_back(&own);
      if (explain_) Explain(s, "target implied: a state's investigation naming no one is of " + own.code);
    }
    const bool steps_down = OneOf(code->code, {"0831", "0341"}) ||
                            (SameWord(code->code, "124") && p.code && SameWord(p.code->code, "0831"));
    if ((t.actors.empty() || only_self) && steps_down && sources.size() == 1 && sources.front()->code.size() == 6 &&
        IsStateCode(sources.front()->code) && !IsCivilianSector(pats_.rules(), sources.front()->code) &&
        !a_.chunks[cl.verb].infinitive && !cl.reported && !WantedByClauseBefore(s, cl) && !QuitsNoOffice(cl, m)) {
      // "the Bolivian president resigned", "the defence minister stepped
      // down after the protests": an office holder who gives up office and
      // names no one accedes to a change of leadership that the country
      // asked for (0831), as a curfew naming no one binds the country; so
      // does one who agrees to (0341) or refuses to (124, a refused 0831):
      // "the premier agreed to resign", "declined to step down".
      // (Not an infinitive: "went on strike to force the minister to resign"
      // names a resignation wanted, not given; nor a clause another verb
      // reports or demands: "students demanded the president quit"; nor
      // people of a civilian sector, who hold no office.)
      t.actors.clear();
      const ActorMention& own = Implied(s, a_.chunks[cl.verb].first_token, sources.front()->code.substr(0, 3),
                                        "implied: an office holder stepping down yields to the country");
      t.actors.push_back(&own);
      if (explain_) Explain(s, "target implied: an office holder stepping down yields to " + own.code);
    }
    if (m.target.chunk >= 0) t.how = "pattern";
    else if (passive && t.chunk == cl.subject) t.how = "passive subject";
    else if (t.chunk >= 0 && t.chunk == cl.object) t.how = "object";
    else if (t.chunk >= 0 && (read_on || object_doer || set_members || ClauseTarget(cl, AtAims(*p.code)) == t.chunk))
      t.how = "phrase";
    else if (t.chunk >= 0) t.how = "coordinated clause";
    else if (!t.actors.empty()) t.how = "context";
    else t.how = "reciprocal";
    return t;
  }

  // The noun phrase of a "by" phrase that follows a past participle right
  // after noun phrase c ("the attacks carried out by X", "the threats made
  // by X"), when it names an actor; else -1.
  int32_t ParticipleAgentAfter(int32_t c) const {
    const size_t v = c + 1;
    if (v + 2 >= a_.chunks.size()) return -1;
    const Chunk& vp = a_.chunks[v];
    if (vp.kind != ChunkKind::kVP || vp.first_token != vp.head || Tag(vp.head) != PosTag::kVBN ||
        a_.chunks[c].end_token != vp.first_token) {
      return -1;
    }
    const Chunk& by = a_.chunks[v + 1];
    if (by.kind != ChunkKind::kPP || Lower(by.first_token) != "by" || a_.chunks[v + 2].kind != ChunkKind::kNP)
      return -1;
    return ActorsOf(static_cast<int32_t>(v + 2)).empty() ? -1 : static_cast<int32_t>(v + 2);
  }

  // Whether noun phrase c names whom a release frees: the "of" phrase of a
  // release noun ("the release of the reporter"), or a phrase the noun heads
  // ("the reporter's release").
  // For people in noun phrase `c`: the phrase that names where or by whom
  // a participle right after them says they are held ("a British national
  // detained in Iran", "sailors held by the Houthis"), when it names an
  // actor; else -1.
  int32_t HolderOf(int32_t c) const {
    if (c < 0 || static_cast<size_t>(c) + 3 >= a_.chunks.size()) return -1;
    const Chunk& v = a_.chunks[c + 1];
    const Chunk& pp = a_.chunks[c + 2];
    if (v.kind != ChunkKind::kVP || v.first_token != a_.chunks[c].end_token || v.head != v.first_token ||
        (Tag(v.head) != PosTag::kVBN && Tag(v.head) != PosTag::kVBD) || pp.kind != ChunkKind::kPP ||
        !OneOf(Lower(pp.first_token), {"in", "by"}) || a_.chunks[c + 3].kind != ChunkKind::kNP ||
        !pats_.rules().Has(WordList::kHoldingVerb, Lemma(v.head)) || ActorsOf(c + 3).empty()) {
      return -1;
    }
    return c + 3;
  }

  bool ReleasedParty(int32_t c) const {
    auto release_noun = [&](const Chunk& ch) {
      return ch.kind == ChunkKind::kNP && pats_.rules().Has(WordList::kReleaseNoun, Lemma(ch.head));
    };
    if (release_noun(a_.chunks[c])) return true;
    return c >= 2 && a_.chunks[c - 1].kind == ChunkKind::kPP && Lower(a_.chunks[c - 1].first_token) == "of" &&
           release_noun(a_.chunks[c - 2]);
  }

  // "She quit the race", "quit smoking": an object the pattern's own words
  // do not name, and that is no office, is what is given up; no office is.
  bool QuitsNoOffice(const Clause& cl, const VerbMatch& m) const {
    if (cl.object < 0) return false;
    const Chunk& o = a_.chunks[cl.object];
    return o.first_token >= m.end && !pats_.rules().Has(WordList::kOfficeNoun, Lemma(o.head));
  }

  // PETRARCH aims a verb whose object is a clause at that clause's subject,
  // when the clause codes no event of its own (EmitOnContent): "Freedonia
  // believes Sylvania and Grand Fenwick can cope". So is one whose object is
  // an infinitive ("signed an accord to supply Sylvania with wheat"), at the
  // infinitive's target. True when the event waits for that clause.
  bool DeferToContent(uint32_t s, const Clause& cl, uint32_t ci, const VerbMatch& m, const CameoCode* code,
                      const std::string& modality, const std::vector<const ActorMention*>& sources) {
    const Chunk& v = a_.chunks[cl.verb];
    for (uint32_t k = ci + 1; k < a_.clauses.size() && a_.clauses[k].first_token < a_.sentences[s].end_token; ++k) {
      const Clause& child = a_.clauses[k];
      int32_t control = a_.chunks[child.verb].control;
      int32_t aim = -1;
      if (child.parent == static_cast<int32_t>(ci) && child.reported) {
        // (its subject, else what it is aimed at: "said he felt warmly
        // toward Sylvania")
        aim = ActorsOf(child.subject).empty() ? ClauseTarget(child) : child.subject;
      } else if ((control >= static_cast<int32_t>(v.first_token) && control < static_cast<int32_t>(v.end_token)) ||
                 (ReducedClause(child) &&
                  std::any_of(cl.attachments.begin(), cl.attachments.end(),
                              [&](const Attachment& at) { return at.np >= 0 && at.np == child.subject; }))) {
        // (or a participle read on from one of its phrases: "pushed for
        // the rebuilding of bridges in Sylvania", "welcomed pledges sent
        // from Sylvania")
        aim = ClauseTarget(child);
      } else {
        continue;
      }
      if (ActorsOf(aim).empty()) return false;
      on_content_.push_back({k, aim, m.pattern, code, modality, sources, v.first_token, v.end_token});
      return true;
    }
    return false;
  }

  // Whether the participle clause `cl` (number `ci`) stands right after its
  // subject ("forces backed by X", "soldiers, supported by X,") and a later
  // clause of sentence `s` has the same subject: the participle then only
  // describes that subject.
  bool DescribesSubjectOfLaterVerb(uint32_t s, const Clause& cl, uint32_t ci) const {
    if (cl.subject < 0 || cl.verb <= cl.subject) return false;
    const uint32_t gap_begin = a_.chunks[cl.subject].end_token;
    const uint32_t gap_end = a_.chunks[cl.verb].first_token;
    if (gap_end > gap_begin + 1 || (gap_end == gap_begin + 1 && Lower(gap_begin) != ",")) return false;
    const SentenceParse& p = a_.parses[s];
    for (uint32_t k = ci + 1; k < p.end_clause; ++k) {
      const Clause& later = a_.clauses[k];
      if (later.subject == cl.subject && later.verb > cl.agent && later.agent < 0 &&
          !a_.chunks[later.verb].infinitive) {
        return true;
      }
    }
    return false;
  }

  // "a journalist jailed in Freedonia for insulting the president", the
  // headline "Tourist killed in attack in Sylvania": the bare past form of a
  // verb that always takes an object (object-verb), with no object, right
  // after its subject and before a preposition other than "by" (or ending
  // the sentence), is a passive participle; its noun is who suffered it.
  // ("Troops arrested on Monday two ..." keeps the day as no preposition.)
  bool BareParticipleOfObjectVerb(uint32_t s, const Clause& cl, const Chunk& v) const {
    if (v.voice != Voice::kActive || cl.object >= 0 || cl.agent >= 0 || cl.subject < 0 || cl.subject >= cl.verb ||
        v.end_token != v.first_token + 1 || v.modal >= 0 || v.control >= 0 || v.infinitive) {
      return false;
    }
    const PosTag t = Tag(v.head);
    if ((t != PosTag::kVBD && t != PosTag::kVBN) || !pats_.rules().Has(WordList::kObjectVerb, Lemma(v.head))) {
      return false;
    }
    const uint32_t next = v.end_token, end = a_.sentences[s].end_token;
    if (next >= end || Tag(next) == PosTag::kPeriod) return true;
    if (Tag(next) != PosTag::kIN || Lower(next) == "by") return false;
    return !(next + 1 < end && IsWeekdayOrMonthName(Lower(next + 1)));
  }

  // "sent a letter to the Pope", "freed three prisoners and sent them to
  // Qatar", "sending their children to school": a pattern of aid that names
  // no thing given ("send * to +") is aid only when what is sent or given is
  // a thing or armed force. People (a phrase that names an actor) or words
  // (a letter, a statement: the verbal-target nouns) are not aid.
  bool SendsPeopleOrWords(const Clause& cl, const VerbMatch& m, bool passive, int32_t tgt_chunk) const {
    const Pattern& p = *m.pattern;
    if (p.code->code.compare(0, 2, "07") != 0 || p.elements.size() != 3 ||
        p.elements[0].kind != PatternElement::kSkip || p.elements[1].kind != PatternElement::kWord ||
        p.elements[1].words.size() != 1 || p.elements[1].words[0] != "to" ||
        p.elements[2].kind != PatternElement::kTarget) {
      return false;
    }
    int32_t thing = passive ? cl.subject : cl.object;
    // ("sent a letter sent to him": the phrase right after the verb, though
    // the parse gave it to the participle after it)
    if (!passive && thing < 0 && cl.verb + 1 < static_cast<int32_t>(a_.chunks.size()) &&
        a_.chunks[cl.verb + 1].kind == ChunkKind::kNP) {
      thing = cl.verb + 1;
    }
    if (thing < 0 || thing == tgt_chunk) return false;
    const std::string_view head = Lemma(a_.chunks[thing].head);
    // (troops and police sent or contributed are help in force)
    if (pats_.rules().Has(WordList::kForceWord, head)) return false;
    return !ActorsOf(thing).empty() || pats_.rules().Has(WordList::kVerbalTarget, head);
  }

  // One clause: match, source, target phrase, code, target actors, emit.
  void Clause_(uint32_t s, const Clause& cl, uint32_t ci) {
    const Chunk& v = a_.chunks[cl.verb];
    // PETRARCH reads a passive verb with no "by" phrase as active: "Freedonia
    // was assailed for ..." is Freedonia's act.
    const bool passive = (v.voice == Voice::kPassive && !(policy_.AgentlessPassiveIsActive() && cl.agent < 0)) ||
                         (!policy_.AgentlessPassiveIsActive() && BareParticipleOfObjectVerb(s, cl, v));
    if (explain_ && v.voice == Voice::kActive && passive) {
      Explain(s, "\"" + std::string(Lower(v.head)) +
                     "\": the bare past form of a verb that takes an object, with none, is a participle (its subject "
                     "suffered it)");
    }
    VerbMatch m;
    if (!MatchVerb(s, cl, passive, &m)) return;
    if (policy_.CountryBeforePluralVerbIsModifier() && CountryBeforePluralVerb(cl)) {
      if (explain_) {
        Explain(s, "pattern " + m.pattern->id +
                       ": a country's name before a plural verb form modifies a noun (\"China trade\")");
      }
      return;
    }
    int32_t src_chunk;
    if (!SourceChunk(s, cl, m, passive, &src_chunk)) return;
    const std::vector<const ActorMention*>& subject_actors = ActorsOf(src_chunk);
    std::vector<const ActorMention*> relocated;
    if (policy_.LocalAgentOfClausePlace() && !passive) RelocateLocalAgents(s, cl, subject_actors, &relocated);
    const std::vector<const ActorMention*>& sources = relocated.empty() ? subject_actors : relocated;
    if (policy_.PlaceIsNoSource() && !sources.empty() &&
        std::all_of(sources.begin(), sources.end(), [](const ActorMention* a) { return a->place && a->code.size() == 3; })) {
      // "Diego Garcia offered", "the Chagos Islands expressed concern": a
      // place other than a capital does not act; what it names is where.
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": the subject is a place, not an actor");
      return;
    }
    const bool compound_source = sources.size() >= 2 && sources.front()->group >= 0;
    int32_t tgt_chunk = TargetChunk(cl, m, passive, sources, compound_source);
    // "investigate Kenya's claims that Ugandan troops killed civilians": who
    // makes the claims investigated accuses; the investigation is aimed at
    // the party the claim's that-clause names (none when it names none).
    if (m.pattern->code->Root() == "09" && tgt_chunk >= 0 &&
        pats_.rules().Has(WordList::kHearsayNoun, Lemma(a_.chunks[tgt_chunk].head))) {
      if (explain_)
        Explain(s, "pattern " + m.pattern->id + ": the claims investigated are the accuser's; read their content");
      tgt_chunk = ClaimContentSubject(tgt_chunk);
    }
    if (SendsPeopleOrWords(cl, m, passive, tgt_chunk)) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": what is sent or given is people or words, not aid");
      return;
    }
    std::string modality;
    const CameoCode* code = EventCode(s, cl, m, &modality);
    if (!code) return;
    const CameoCode* governed = nullptr;
    if (const CameoCode* by_content = ContentCode(s, cl, ci, m, code, &governed)) code = by_content;
    // "Kenya and Uganda failed to reach agreement", "refused to hold talks":
    // a refusal or failure (12x) of what is done together is still done to
    // each other; so is a refusal of the pattern's own act ("Kenya and
    // Uganda refused to meet": 040 refused, 125).
    const bool refused_together =
        code->Root() == "12" && ((governed && IsMutual(*governed)) ||
                                 (m.pattern->code && m.pattern->code != code && IsMutual(*m.pattern->code)));
    // "Russia says Israel must end its attacks on Syria": what a speaker
    // says another party must do is not done; it is the speaker's demand on
    // that party (10), by what is asked for (the demand map).
    if (const Clause* say = policy_.MustIsDemand() ? MustSpeakerClause(cl) : nullptr) {
      const std::vector<const ActorMention*>& speakers = ActorsOf(say->subject);
      const std::vector<const ActorMention*>& addressees = ActorsOf(cl.subject);
      // ("Chile said it must defend itself": the speaker's own duty; an
      // opposition leader saying the government must act is a demand.)
      auto itself = [&](const ActorMention* a) {
        const ActorMention* x = speakers.front();
        // ("the U.S. and our allies must", said a U.S. senator: the
        // speaker's own country, named bare)
        return a->code == x->code || (a->how == ActorHow::kCoreference && a->code.compare(0, 3, x->code, 0, 3) == 0) ||
               (a->code.size() == 3 && x->code.compare(0, 3, a->code) == 0);
      };
      if (speakers.empty() || addressees.empty() || itself(addressees.front())) {
        if (explain_) Explain(s, "pattern " + m.pattern->id + ": what must be done is not done");
        return;
      }
      const std::string_view mapped = pats_.rules().Mapped(CodeMap::kDemand, code->code);
      const CameoCode* demand = cb_.Find(mapped.empty() ? std::string_view("100") : mapped);
      if (!demand) return;
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": said to be what the subject must do: a demand (" + demand->code + ")");
      const size_t before = out_->size();
      Emit(s, m.pattern, demand, "", speakers, addressees, v.first_token, v.end_token, "clause it governs");
      if (out_->size() > before) coded_clauses_.push_back(ci);
      return;
    }
    // "Government forces backed by Russian warplanes attacked the town":
    // support named by a bare participle inside the subject of another verb
    // describes who acts (a standing alliance), it is not an act of its own.
    if (code->code.compare(0, 2, "05") == 0 && passive && ReducedClause(cl) && cl.agent >= 0 &&
        DescribesSubjectOfLaterVerb(s, cl, ci)) {
      if (explain_)
        Explain(s, "pattern " + m.pattern->id + ": support named inside the subject of a later verb describes it");
      return;
    }
    // ("waged a trade war": the object names the fight; "attacked the
    // Supreme Court building" names what was hit, whatever modifies it)
    if (IsForce(*code) && cl.object >= 0 && NamesAFight(cl.object) && Figurative(cl.object)) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": a figurative war or attack (\"" +
                                   Span(a_.chunks[cl.object].first_token, a_.chunks[cl.object].end_token) + "\")");
      return;
    }
    // "hosted Sylvania in a friendly match", "will meet Freedonia in the
    // final": a meeting in a game of sport is a match, no consultation.
    if (m.pattern->code->Root() == "04" && PhraseHeadIn(cl, {"in", "for"}, WordList::kSportNoun)) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": a meeting in a game of sport is a match");
      return;
    }
    // "bombarded the minister with questions": force whose ammunition is
    // words or requests is a figure of speech.
    if (IsForce(*code) && PhraseHeadIn(cl, {"with"}, WordList::kBarrageNoun)) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": bombarded with words or requests: no force");
      return;
    }
    // "attacked the newspaper for refusing to back him", "hit out at the
    // ruling": words, publications and decisions are criticised, not struck.
    if (IsForce(*code) && cl.object >= 0 &&
        pats_.rules().Has(WordList::kVerbalTarget, Lemma(a_.chunks[cl.object].head))) {
      const CameoCode* criticism = cb_.Find("111");
      if (!criticism) return;
      if (explain_)
        Explain(s, "pattern " + m.pattern->id + ": force aimed at words or a publication is criticism (111)");
      code = criticism;
    }
    // "retaliated by announcing tariffs", "responded by expelling two
    // diplomats": the means names the event, coded on its own verb.
    if (pats_.rules().Has(WordList::kReactionVerb, Lemma(v.head)) && MeansClause(s, ci)) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": the reaction is the act its \"by\" names");
      return;
    }
    // "announced a suspension of aid to Egypt", "declared the deployment of
    // troops to Liberia": a statement verb's default says less than the
    // event its object names, which the noun's pattern codes instead.
    if (m.pattern->elements.empty() && SameWord(code->code, "010") && modality.empty() && cl.object >= 0 &&
        policy_.ObjectEventOverStatement() && NounEventWithTarget(s, cl.object)) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": its object names an event of its own");
      return;
    }
    TargetChoice t = Targets(s, cl, m, passive, src_chunk, sources, compound_source, tgt_chunk, code, refused_together);
    if (code->code.starts_with("012") || code->code.starts_with("013")) ReportTopicTarget(&t);
    if (policy_.DenialTakesDeniedTarget() && t.actors.empty() && IsDenial(Lemma(v.head))) {
      t.actors = DeniedTargets(s, ci, sources);
      if (!t.actors.empty()) t.how = "clause it governs";
    }
    if (policy_.ClaimAimedAtClaimedAct() && t.actors.empty() && SameWord(code->code, "015")) {
      t.actors = ClaimedTargets(s, ci, sources);
      if (!t.actors.empty()) t.how = "clause it governs";
    }
    // "people admitted to hospitals", "admitted that patients had been
    // infected in the same hospitals": a hospital is where patients are
    // admitted, not whom an admission of responsibility is made to. (A
    // claimed attack on a hospital is aimed at it.)
    if (code->code.starts_with("015") && Lemma(v.head) != "claim") {
      std::erase_if(t.actors, [&](const ActorMention* a) {
        return a->chunk >= 0 && pats_.rules().Has(WordList::kCarePlace, Lemma(a_.chunks[a->chunk].head));
      });
    }
    if (code->quad_class >= 3 && modality.empty() && (t.actors.empty() || OnlySelf(t.actors, sources))) {
      if (const std::vector<const ActorMention*>* owner = SpeakersOwnObject(cl, sources)) {
        t.actors = *owner;
        t.how = "object";
      }
    }
    if (policy_.AimsAtContentSubject() && t.actors.empty() && t.chunk < 0 && !sources.empty() &&
        DeferToContent(s, cl, ci, m, code, modality, sources)) {
      return;
    }
    if (modality.empty()) code = SubCodeByAttacker(src_chunk, cl.subject, code);
    // ("sexually assaulted": the adverb before the verb, which no pattern
    // reads, names CAMEO's sexual assault.)
    if (SameWord(code->code, "182") && v.first_token > 0 && Lower(v.first_token - 1) == "sexually") {
      if (const CameoCode* sexual = cb_.Find("1821")) code = sexual;
    }
    // ("Sudan expelled Doctors Without Borders": an aid organisation expelled
    // is CAMEO's own code for it, not the expulsion of individuals.)
    if ((SameWord(code->code, "174") || SameWord(code->code, "166")) && !t.actors.empty() &&
        std::all_of(t.actors.begin(), t.actors.end(),
                    [](const ActorMention* a) { return a->code.starts_with("NGO"); })) {
      if (const CameoCode* agencies = cb_.Find("1663")) code = agencies;
    }
    // ("Niger withdrew from ECOWAS": leaving an organisation reduces
    // relations with it; it is no military retreat.)
    if (modality.empty() && SameWord(code->code, "0874") && !t.actors.empty() &&
        std::all_of(t.actors.begin(), t.actors.end(),
                    [](const ActorMention* a) { return a->code.starts_with("IGO"); })) {
      if (const CameoCode* leave = cb_.Find("160")) code = leave;
    }
    // "testing a Russian anti-aircraft weapon system", "paraded Chinese
    // missiles": a show of force whose own words name the weapon in the
    // verb's object shows the force of whoever holds it; the country named
    // before the weapon made it, and is no target.
    if (code->Root() == "15" && !m.pattern->has_target && !passive && cl.object >= 0 && t.chunk == cl.object &&
        m.end > a_.chunks[cl.object].first_token && !t.actors.empty() &&
        std::all_of(t.actors.begin(), t.actors.end(),
                    [&](const ActorMention* a) {
                      return a->chunk == cl.object && a->end_token <= a_.chunks[cl.object].head;
                    }) &&
        NamesAWeaponAfter(cl.object, t.actors.back()->end_token)) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": the weapon's maker is no target of the show of force");
      t.actors.clear();
    }
    // "arrived to bolster those of EUFOR", "to strengthen the positions of
    // its ally": forces strengthened are an ally's; whose they are is no
    // target of the show of force.
    if (code->Root() == "15" && !passive && cl.object >= 0 && t.chunk >= 0 &&
        pats_.rules().Has(WordList::kReinforceVerb, Lemma(v.head)) &&
        (t.chunk == cl.object + 2 && a_.chunks[cl.object + 1].kind == ChunkKind::kPP &&
         Lower(a_.chunks[cl.object + 1].first_token) == "of" && ActorsOf(cl.object).empty())) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": whose forces are strengthened is no target");
      t.actors.clear();
    }
    // "returned Cuba to the people", "gave Egypt back to Egyptians": a
    // country handed to its own people is a figure of speech, nothing that
    // changes hands. (A territory given to another state is: "returned
    // Hong Kong to China".)
    if (code->code.starts_with("084") && !passive && cl.object >= 0 && !t.actors.empty() &&
        CountryGivenToItsOwn(cl.object, t.actors)) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": a country given back to its own people: a figure");
      return;
    }
    if (modality.empty() && SameWord(code->code, "190") && Rioters(cl, passive)) {
      if (const CameoCode* riot = cb_.Find("145")) code = riot;
    }
    // "health authorities warned residents to boil their water", "doctors
    // are telling citizens to wash their hands": a bare warning or demand
    // to unnamed people of the speaker's own country, to do something, is
    // advice to the public, an appeal (020), not a threat or a demand.
    if (modality.empty() && (SameWord(code->code, "130") || SameWord(code->code, "100")) &&
        AdviceToOwnPublic(cl, sources, t.actors)) {
      if (const CameoCode* appeal = cb_.Find("020")) {
        if (explain_)
          Explain(s, "pattern " + m.pattern->id + ": advice to the speaker's own public is an appeal (020)");
        code = appeal;
      }
    }
    if (modality.empty() && SameWord(code->code, "040") && MeetsAtThirdPlace(cl, sources, t.actors)) {
      if (const CameoCode* third = cb_.Find("044")) code = third;
    }
    // "was arrested in Rwanda", "the two sailors were freed from captivity in
    // Libya": an arrest or a release whose doer goes unnamed is the act of
    // the state where it happened. (A release "in Doha" is now and then a
    // handover in a third country; far more often it is by those who held
    // them. An armed group's people freed abroad are the exception below.)
    std::vector<const ActorMention*> place_state;
    if (sources.empty() && passive && cl.agent < 0 && modality.empty() && !t.actors.empty() &&
        (code->code.starts_with("173") || SameWord(code->code, "0841"))) {
      const ActorMention* state = StateOfClausePlace(cl);
      // ("Taliban members were released in Doha": an armed group's people
      // are held by their enemies, and set free in another state than
      // their own they are handed over there; that state is the venue.)
      if (state && SameWord(code->code, "0841") &&
          std::all_of(t.actors.begin(), t.actors.end(), [&](const ActorMention* a) {
            return a->code.size() >= 6 && OneOf(std::string_view(a->code).substr(3, 3), {"REB", "INS", "SEP", "RAD"}) &&
                   a->code.compare(0, 3, state->code, 0, 3) != 0;
          })) {
        if (explain_)
          Explain(s, "pattern " + m.pattern->id + ": an armed group's people freed abroad: the place is a venue");
        state = nullptr;
      }
      if (state) {
        place_state.push_back(state);
        if (explain_)
          Explain(s, "pattern " + m.pattern->id + ": the state where it happened is the source (" + state->code + ")");
      }
    }
    // "Two inspectors were expelled from Sylvania", "was deported from
    // Freedonia": an expulsion whose doer goes unnamed is the act of the
    // state it is from.
    if (sources.empty() && passive && cl.agent < 0 && modality.empty() && !t.actors.empty() &&
        code->code.starts_with("174")) {
      if (const ActorMention* state = StateOfClausePhrase(cl, "from")) {
        place_state.push_back(state);
        if (explain_)
          Explain(s, "pattern " + m.pattern->id + ": the state expelled from is the source (" + state->code + ")");
      }
    }
    // "strengthened its forces to stop possible Russian military action":
    // stopping an act (an event noun) its object names as another's (a
    // nationality or possessor before the noun) is no de-escalation of the
    // source's own fighting (087 is the source's).
    if (code->code.starts_with("087") && cl.object >= 0 && t.chunk == cl.object && !t.actors.empty() &&
        pats_.rules().Has(WordList::kEventNoun, Lemma(a_.chunks[cl.object].head)) &&
        std::all_of(t.actors.begin(), t.actors.end(), [&](const ActorMention* a) {
          // (a nationality or a possessor; "eased the Gaza blockade" names
          // where the source's own act is, not whose it is)
          const bool owner = a->end_token < a_.tokens.size() &&
                             (IsAdjective(Tag(a->end_token - 1)) || Tag(a->end_token) == PosTag::kPOS);
          return owner && a->end_token <= a_.chunks[cl.object].head &&
                 std::none_of(sources.begin(), sources.end(),
                              [&](const ActorMention* x) { return x->code.compare(0, 3, a->code, 0, 3) == 0; });
        })) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": stopping another's act is no de-escalation");
      return;
    }
    if (PrivateTrip(*code, sources)) {
      if (explain_) Explain(s, "pattern " + m.pattern->id + ": a trip of private people is no visit");
      return;
    }
    size_t before = out_->size();
    Emit(s, m.pattern, code, modality, place_state.empty() ? sources : place_state, t.actors, v.first_token,
         v.end_token, t.how, (m.target.chunk >= 0 && !ActorsOf(m.target.chunk).empty()) || OwnGoesTo(cl, sources),
         refused_together);
    if (out_->size() > before) coded_clauses_.push_back(ci);
  }

  // Whether noun phrase `c` has a word of armed force (force-word: "missile",
  // "weapon", "jet") at or after token `from` ("a Russian weapon system",
  // not "Turkish airspace").
  bool NamesAWeaponAfter(int32_t c, uint32_t from) const {
    for (uint32_t k = from; k < a_.chunks[c].end_token; ++k) {
      if (pats_.rules().Has(WordList::kForceWord, Lemma(k))) return true;
    }
    return false;
  }

  // Whether phrase `thing` names a country alone and every one of `targets`
  // is of that country.
  bool CountryGivenToItsOwn(int32_t thing, const std::vector<const ActorMention*>& targets) const {
    const auto& own = ActorsOf(thing);
    if (own.size() != 1 || own[0]->code.size() != 3 || !IsStateCode(own[0]->code)) return false;
    // (the country's own name, the whole phrase: not "a Greek vessel" nor
    // "four Americans")
    const Chunk& ch = a_.chunks[thing];
    if (own[0]->first_token != ch.first_token || own[0]->end_token != ch.end_token || Tag(ch.head) != PosTag::kNNP) {
      return false;
    }
    return std::all_of(targets.begin(), targets.end(),
                       [&](const ActorMention* a) { return a->code.compare(0, 3, own[0]->code) == 0; });
  }

  // A name that no dictionary knows, of a person or a body (the constructor's).
  static bool UnknownPerson(const ActorMention* m) {
    return SameWord(m->code, "---") && (SameWord(m->detail, "unknown person") || SameWord(m->detail, "unknown body"));
  }

  // Whether chunk `c` is only a person's full name: two or three capitalised
  // proper nouns, none in capitals alone ("ANC"), with no actor in them
  // (in running text: see RunningText).
  bool PersonName(int32_t c) const {
    if (c < 0 || a_.chunks[c].kind != ChunkKind::kNP || !ActorsOf(c).empty()) return false;
    const Chunk& np = a_.chunks[c];
    const uint32_t n = np.end_token - np.first_token;
    if (n < 2 || n > 3) return false;
    for (uint32_t t = np.first_token; t < np.end_token; ++t) {
      const uint32_t flags = a_.tokens[t].flags;
      if (Tag(t) != PosTag::kNNP || !(flags & kTokCapitalized) || (flags & kTokAllCaps)) return false;
    }
    // ("in Santa Cruz Barillas", "the festival of Yanya Punhi": a name
    // after a preposition other than "by" is most often a place or a thing;
    // "Thomas Shannon, U.S. undersecretary":
    // a name an appositive follows is coded from it.)
    if (c > 0 && a_.chunks[c - 1].kind == ChunkKind::kPP && a_.chunks[c - 1].end_token == np.first_token &&
        Lower(a_.chunks[c - 1].first_token) != "by") {
      return false;
    }
    if (np.end_token < a_.tokens.size() && Lower(np.end_token) == "," && chunk_of_[np.end_token] >= 0 &&
        static_cast<size_t>(chunk_of_[np.end_token]) + 1 < a_.chunks.size() &&
        a_.chunks[chunk_of_[np.end_token] + 1].kind == ChunkKind::kNP) {
      return false;
    }
    return true;
  }

  // Whether a sentence is running text, where a person's name can be told
  // by its capitals: a headline capitalises every word, its verbs too
  // ("Lifts Travel Ban" names no one), so a sentence needs a verb in lower
  // case.
  bool RunningText(const Sentence& sent) const {
    if (sent.is_title) return false;
    for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      const unsigned char first = static_cast<unsigned char>(a_.text[a_.tokens[t].begin]);
      if (IsVerb(Tag(t)) && first >= 'a' && first <= 'z') return true;
    }
    return false;
  }

  // Whether chunk `c` is only the name of a body no dictionary knows: "the"
  // and capitalised proper nouns ending in a word for a body ("the
  // Neighbourhood Association").
  bool BodyName(int32_t c) const {
    if (c < 0 || a_.chunks[c].kind != ChunkKind::kNP || !ActorsOf(c).empty()) return false;
    const Chunk& np = a_.chunks[c];
    uint32_t first = np.first_token;
    if (Lower(first) == "the") ++first;
    if (np.end_token - first < 2 || np.end_token - first > 5) return false;
    for (uint32_t t = first; t < np.end_token; ++t) {
      if (Tag(t) != PosTag::kNNP || !(a_.tokens[t].flags & kTokCapitalized)) return false;
    }
    return pats_.rules().Has(WordList::kBodyNameEnd, Lower(np.end_token - 1));
  }

  // The state that the clause's place phrase ("in Libya", "in Kabul") names,
  // or null.
  // The state (a country, or a place of one) that the clause's first
  // phrase with preposition `prep` names, else null.
  const ActorMention* StateOfClausePhrase(const Clause& cl, std::string_view prep) const {
    for (const Attachment& at : cl.attachments) {
      if (at.np < 0 || Lower(at.prep) != prep) continue;
      for (const ActorMention* a : ActorsOf(at.np)) {
        if ((a->code.size() == 3 || a->place) && IsStateCode(a->code.substr(0, 3))) return a;
      }
      return nullptr;
    }
    return nullptr;
  }

  // "Gunmen kidnapped two Chinese engineers in Nigeria", "police arrested
  // three students in Algeria": agents that no word gives a country (the
  // story's context did) act where they live, and the place the clause names
  // is where (local-agent-sector). Armed forces and officials travel, so they are
  // left as they are ("soldiers detained a journalist in Syria" may be
  // anyone's).
  void RelocateLocalAgents(uint32_t s, const Clause& cl, const std::vector<const ActorMention*>& subject,
                           std::vector<const ActorMention*>* out) {
    if (subject.empty()) return;
    auto local = [&](const ActorMention* a) {
      if (a->how != ActorHow::kContext || a->end_token == a->first_token || a->code.size() < 6 ||
          !IsStateCode(std::string_view(a->code).substr(0, 3))) {
        return false;
      }
      return pats_.rules().Has(WordList::kLocalAgentSector, std::string_view(a->code).substr(3, 3));
    };
    if (!std::all_of(subject.begin(), subject.end(), local)) return;
    const ActorMention* state = StateOfClausePlace(cl);
    if (!state) return;
    const std::string_view here = std::string_view(state->code).substr(0, 3);
    for (const ActorMention* a : subject) {
      if (a->code.compare(0, 3, here) == 0) {
        out->clear();
        return;
      }
      ActorMention& m = implied_.emplace_back(*a);
      m.code.replace(0, 3, here);
      m.detail = "country of the place its clause names";
      out->push_back(&m);
    }
    if (explain_) Explain(s, "local agent acting in " + std::string(here) + ": " + out->front()->code);
  }

  const ActorMention* StateOfClausePlace(const Clause& cl) const {
    uint32_t end = 0;
    const int32_t np = PlaceOfClause(cl, &end);
    if (np < 0) return nullptr;
    for (const ActorMention* a : ActorsOf(np)) {
      if ((a->code.size() == 3 || a->place) && a->code.size() >= 3 && IsStateCode(a->code.substr(0, 3))) return a;
    }
    return nullptr;
  }

  // Whether `targets` are unnamed civilians (country from the story) of a
  // source's country, and the clause's verb governs an infinitive ("warned
  // residents to boil ...").
  bool AdviceToOwnPublic(const Clause& cl, const std::vector<const ActorMention*>& sources,
                         const std::vector<const ActorMention*>& targets) const {
    if (sources.empty() || targets.empty()) return false;
    for (const ActorMention* t : targets) {
      if (t->how != ActorHow::kContext || t->code.size() != 6 || t->code.compare(3, 3, "CVL") != 0) return false;
      if (std::none_of(sources.begin(), sources.end(),
                       [&](const ActorMention* x) { return x->code.compare(0, 3, t->code, 0, 3) == 0; })) {
        return false;
      }
    }
    const Chunk& v = a_.chunks[cl.verb];
    for (const Clause& child : a_.clauses) {
      const Chunk& cv = a_.chunks[child.verb];
      if (cv.infinitive && cv.control >= static_cast<int32_t>(v.first_token) &&
          cv.control < static_cast<int32_t>(v.end_token)) {
        return true;
      }
    }
    return false;
  }

  // Whether every actor of `targets` has the code of one of `sources`.
  static bool OnlySelf(const std::vector<const ActorMention*>& targets,
                       const std::vector<const ActorMention*>& sources) {
    return std::all_of(targets.begin(), targets.end(), [&](const ActorMention* t) {
      return std::any_of(sources.begin(), sources.end(), [&](const ActorMention* s) { return s->code == t->code; });
    });
  }

  // "Ukraine said that Russia had attacked its positions": a party does not
  // attack or accuse what is its own, so in reported speech a possessive in
  // the object that would stand for the acting subject stands for the
  // speaker. The speaker's actors, or null.
  const std::vector<const ActorMention*>* SpeakersOwnObject(const Clause& cl,
                                                            const std::vector<const ActorMention*>& sources) const {
    if (!cl.reported || cl.speaker < 0 || cl.object < 0 || sources.empty() || !OwnMeasure(cl.object)) return nullptr;
    const std::string_view pronoun = Lower(a_.chunks[cl.object].first_token);
    if (pronoun != "its" && pronoun != "their") return nullptr;
    // ("said Sylvania was breaking its own laws": a party does break the
    // rules and promises that bind it, so those stay the subject's.)
    if (pats_.rules().Has(WordList::kBindingRule, Lemma(a_.chunks[cl.object].head))) {
      return nullptr;
    }
    const std::vector<const ActorMention*>& own = ActorsOf(cl.object);
    if (!own.empty() && !OnlySelf(own, sources)) return nullptr;
    const std::vector<const ActorMention*>& speakers = ActorsOf(cl.speaker);
    if (speakers.empty() || OnlySelf(speakers, sources)) return nullptr;
    return &speakers;
  }

  // "Iraqi protesters attacked the American embassy": protesters who use
  // force riot (145); CAMEO keeps conventional force (190) for armed actors.
  bool Rioters(const Clause& cl, bool passive) const {
    if (cl.subject < 0 || !CivilianSubject(cl, passive)) return false;
    return OneOf(Lemma(a_.chunks[cl.subject].head), {"protester", "demonstrator", "rioter", "marcher", "crowd", "mob"});
  }

  // "A suicide bomber struck", "a car bomb killed", "a roadside bomb hit":
  // CAMEO splits bombings (183) by the device, and a subject that is the
  // device or its carrier names it, whatever the verb ("attack", "strike",
  // "kill"); "tanks pounded" is fighting with tanks (194). Only for the
  // general force codes such a subject gets from the verb; a pattern that
  // named a finer code keeps it. The device may be the clause's subject when
  // the source is a "by" phrase inside it ("a roadside bomb planted by ...").
  const CameoCode* SubCodeByAttacker(int32_t source, int32_t subject, const CameoCode* code) const {
    if (!OneOf(code->code, {"180", "182", "183", "190", "195", "1823"})) return code;
    std::string_view sub;
    for (int32_t c : {source, subject}) {
      if (c < 0 || !sub.empty()) continue;
      const Chunk& np = a_.chunks[c];
      const std::string_view head = Lemma(np.head);
      const std::string_view mod = np.head > np.first_token ? Lower(np.head - 1) : std::string_view();
      if (mod == "suicide" && OneOf(head, {"bomber", "attacker", "bombing", "bomb"})) {
        sub = "1831";
      } else if (OneOf(mod, {"car", "truck", "vehicle"}) && head == "bomb") {
        sub = "1832";
      } else if (OneOf(mod, {"roadside", "landmine"}) && OneOf(head, {"bomb", "mine", "device"})) {
        sub = "1833";
      } else if (SameWord(code->code, "190") && OneOf(head, {"tank", "artillery", "howitzer"})) {
        sub = "194";
      }
    }
    if (sub.empty()) return code;
    const CameoCode* c = cb_.Find(sub);
    return c ? c : code;
  }

  // "Trump met Kim in Singapore", "Putin, Trump meet in Helsinki": a meeting
  // "in" a country or capital that is neither side's is at a third location
  // (044). The place must be named by an actor of its own, so "met in the
  // capital" or "met in March" stay 040.
  bool MeetsAtThirdPlace(const Clause& cl, const std::vector<const ActorMention*>& sources,
                         const std::vector<const ActorMention*>& targets) const {
    // (A compound subject with no target meets among itself.)
    if (sources.empty() || (targets.empty() && sources.size() < 2)) return false;
    for (const Attachment& at : cl.attachments) {
      if (at.np < 0 || Lower(at.prep) != "in") continue;
      const std::vector<const ActorMention*>& here = ActorsOf(at.np);
      if (here.size() != 1 || here.front()->code.size() < 3) continue;
      const std::string_view country = std::string_view(here.front()->code).substr(0, 3);
      auto same = [&](const std::vector<const ActorMention*>& side) {
        return std::any_of(side.begin(), side.end(), [&](const ActorMention* m) {
          return m->code.size() >= 3 && std::string_view(m->code).substr(0, 3) == country;
        });
      };
      if (!same(sources) && !same(targets)) return true;
    }
    return false;
  }

  void EmitOnContent(uint32_t s) {
    for (const OnContent& d : on_content_) {
      if (std::find(coded_clauses_.begin(), coded_clauses_.end(), d.content) != coded_clauses_.end()) {
        if (explain_) Explain(s, "pattern " + d.pattern->id + ": the clause it reports coded its own event");
        continue;
      }
      Emit(s, d.pattern, d.code, d.modality, d.sources, ActorsOf(d.target), d.verb_b, d.verb_e, "clause it governs");
    }
    on_content_.clear();
  }

  // Whether clause ci's verb governs a "by" + -ing clause ("retaliated by
  // announcing tariffs").
  bool MeansClause(uint32_t s, uint32_t ci) const {
    const Chunk& v = a_.chunks[a_.clauses[ci].verb];
    for (uint32_t k = ci + 1; k < a_.clauses.size() && a_.clauses[k].first_token < a_.sentences[s].end_token; ++k) {
      const Chunk& cv = a_.chunks[a_.clauses[k].verb];
      if (cv.control < static_cast<int32_t>(v.first_token) || cv.control >= static_cast<int32_t>(v.end_token)) continue;
      if (Tag(cv.head) == PosTag::kVBG && cv.first_token > 0 && Lower(cv.first_token - 1) == "by") return true;
    }
    return false;
  }

  // For a reported clause whose verb is governed by "must" ("said Israel
  // must end the attacks"), the clause of the verb of saying; else null.
  const Clause* MustSpeakerClause(const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    if (!cl.reported || cl.parent < 0 || v.modal < 0 || v.negated || Lower(v.modal) != "must" || cl.subject < 0) {
      return nullptr;
    }
    const Clause& say = a_.clauses[cl.parent];
    if (say.subject < 0 || !OneOf(Lemma(a_.chunks[say.verb].head), {"say", "tell", "insist", "stress", "add", "state",
                                                                   "declare", "argue", "write", "reiterate"})) {
      return nullptr;
    }
    return &say;
  }

  // Whether a noun pattern of the phrase `c`'s head matches with a target.
  bool NounEventWithTarget(uint32_t s, int32_t c) const {
    const Chunk& ch = a_.chunks[c];
    const auto* list = pats_.ForNoun(Lemma(ch.head));
    if (!list) return false;
    const uint32_t end = std::min<uint32_t>(a_.sentences[s].end_token, ch.end_token + 12);
    for (const Pattern* pt : list->patterns) {
      Slot target, source;
      if (Match(*pt, 0, ch.head + 1, end, &target, &source) != kNoMatch && target.chunk >= 0) return true;
    }
    return false;
  }

  // Whether the phrase starting at token `first` follows "in case of" or
  // "in the event of".
  bool InCaseOf(uint32_t s, uint32_t first) const {
    const uint32_t begin = a_.sentences[s].first_token;
    if (first < begin + 3 || Lower(first - 1) != "of") return false;
    if (Lower(first - 2) == "case") return Lower(first - 3) == "in";
    return Lower(first - 2) == "event" && first >= begin + 4 && Lower(first - 3) == "the" && Lower(first - 4) == "in";
  }

  // Whether a noun event's phrase is the subject of a clause whose verb has a
  // hypothetical modal (could, might, may, would, should), or that
  // ClauseModality says is not asserted.
  // (The words [first, end) are the phrase and what its pattern matched:
  // "a ceasefire between Russia and Ukraine" may be parsed as several.)
  // Whether noun phrase c names a time ("last year", "Monday").
  bool TimePhrase(int32_t c) const {
    const std::string_view head = Lemma(a_.chunks[c].head);
    return IsWeekdayOrMonthName(head) || IsTimeNoun(head);
  }

  bool NounInUnassertedClause(uint32_t s, const SentenceParse& p, uint32_t first, uint32_t end, bool possessor = false,
                              bool meeting = false) const {
    for (uint32_t k = p.first_clause; k < p.end_clause; ++k) {
      const Clause& cl = a_.clauses[k];
      const Chunk& v = a_.chunks[cl.verb];
      // (an infinitive after the phrase is what it asks for: "call on the
      // US to lift sanctions")
      if (cl.subject < 0 || v.infinitive || a_.chunks[cl.subject].first_token < first ||
          a_.chunks[cl.subject].first_token >= end) {
        // "Such transfers would violate a U.N. arms embargo on North Korea":
        // a phrase whose own possessor names the doer, as the object of a
        // hypothetical clause, is not asserted either. (The object of a
        // negated or refused verb is: "has never condemned Russia's
        // invasion of Ukraine".)
        if (possessor && cl.conditional && cl.object >= 0 && !v.infinitive &&
            a_.chunks[cl.object].first_token == first && ClauseModality(s, cl).skip) {
          return true;
        }
        continue;
      }
      if (v.modal >= 0 && OneOf(Lower(v.modal), {"could", "might", "may", "would", "should"})) return true;
      // ("the siege of the town was lifted": undone, in place before; but
      // "China's release of the hostages ended the dispute": a phrase that
      // ends something else, the active verb's object, took place)
      // "talks between Peru and Chile ended on Monday": a meeting that ends
      // was held; a state that ends (a blockade, a ceasefire) is lifted.
      // (An object that is a stretch of time is none: "ended last year".)
      if (UndoingVerb(cl) && (v.voice == Voice::kPassive || cl.object < 0 || TimePhrase(cl.object)) &&
          !(meeting && v.voice != Voice::kPassive && Lemma(v.head) == "end")) {
        return true;
      }
      return ClauseModality(s, cl).skip;
    }
    return false;
  }

  // Whether sentence s names an actor of another country than `code`'s (or
  // of none).
  bool OtherCountryInSentence(uint32_t s, const std::string& code) const {
    for (const ActorMention& m : actors_.mentions) {
      if (m.sentence != s || m.attributive || m.end_token == m.first_token) continue;
      if (m.code.size() < 3 || m.code.compare(0, 3, code, 0, 3) != 0) return true;
    }
    return false;
  }

  // Whether sentence s names, after the clause's verb, an actor of another
  // country than `earlier` and the `sources` ("held drills
  // encircling Sylvania"): a show of force is then about that actor, or
  // about no one; not about the party of an earlier sentence.
  bool OtherActorAfterVerb(uint32_t s, const Clause& cl, const std::vector<const ActorMention*>& sources,
                           const ActorMention& earlier) const {
    const uint32_t from = a_.chunks[cl.verb].end_token;
    for (const ActorMention& m : actors_.mentions) {
      if (m.sentence != s || m.first_token < from || m.attributive || m.end_token == m.first_token ||
          m.code.size() < 3 || earlier.code.size() < 3 || m.code.compare(0, 3, earlier.code, 0, 3) == 0) {
        continue;
      }
      // (nor the source's own forces: "put its troops on alert")
      if (std::none_of(sources.begin(), sources.end(), [&](const ActorMention* x) {
            return x->code.size() >= 3 && x->code.compare(0, 3, m.code, 0, 3) == 0;
          })) {
        return true;
      }
    }
    return false;
  }

  // Whether noun phrase `c` is the object of a clause of winning or losing.
  bool ObjectOfWinOrLose(const SentenceParse& p, uint32_t c) const {
    for (uint32_t k = p.first_clause; k < p.end_clause; ++k) {
      const Clause& cl = a_.clauses[k];
      if (cl.object == static_cast<int32_t>(c) &&
          pats_.rules().Has(WordList::kMatchVerb, Lemma(a_.chunks[cl.verb].head))) {
        return true;
      }
    }
    return false;
  }

  // Whether a word before the head of noun phrase `np` is an
  // unrealised-modifier ("a planned summit", "the possible eviction").
  bool UnrealisedNoun(const Chunk& np) const {
    for (uint32_t t = np.first_token; t < np.head; ++t) {
      if (pats_.rules().Has(WordList::kUnrealisedModifier, Lower(t))) return true;
    }
    return false;
  }

  // Whether noun phrase `c` is the object of an "in", "of", "on" or "to"
  // phrase right after a noun of stopping (stop-noun).
  bool StoppedNoun(uint32_t c) const {
    if (c < 2) return false;
    const Chunk& pp = a_.chunks[c - 1];
    const Chunk& np = a_.chunks[c - 2];
    return pp.kind == ChunkKind::kPP && np.kind == ChunkKind::kNP && pp.first_token == np.end_token &&
           pp.end_token == a_.chunks[c].first_token && OneOf(Lower(pp.first_token), {"in", "of", "on", "to"}) &&
           pats_.rules().Has(WordList::kStopNoun, Lemma(np.head));
  }

  // Whether noun phrase `c`, attached to clause `cl`, is what the clause
  // speaks, writes or feels about: an "about", "regarding" or "concerning"
  // phrase, or an "on" or "over" phrase of a clause whose verb or object is
  // of speech or feeling (topic-frame: "issued a statement on", "wept over").
  bool SpokenOf(const Clause& cl, int32_t c) const {
    for (const Attachment& at : cl.attachments) {
      if (at.np != c) continue;
      const std::string_view prep = Lower(at.prep);
      if (OneOf(prep, {"about", "regarding", "concerning"})) return true;
      if (prep != "on" && prep != "over") return false;
      const CodingRules& rules = pats_.rules();
      return rules.Has(WordList::kTopicFrame, Lemma(a_.chunks[cl.verb].head)) ||
             (cl.object >= 0 && rules.Has(WordList::kTopicFrame, Lemma(a_.chunks[cl.object].head)));
    }
    return false;
  }

  // "students who had travelled to Sylvania", "residents back from a trip to
  // Freedonia": a trip of private people (every source of a private-traveller
  // sector) is no visit between parties (042), however its place is coded.
  template <typename Actors>
  bool PrivateTrip(const CameoCode& code, const Actors& sources) const {
    return SameWord(code.code, "042") && !sources.empty() &&
           std::all_of(sources.begin(), sources.end(), [&](const ActorMention* a) {
             return a->code.size() >= 6 && pats_.rules().Has(WordList::kPrivateTraveller, a->code.substr(3, 3));
           });
  }

  // "UN sanctions against Iran were lifted", "ended the siege of the town":
  // what an undoing verb (undo-verb) undoes was in place before, no event of
  // its clause (the undoing is coded on the verb). Whether cl's verb is one.
  bool UndoingVerb(const Clause& cl) const {
    return pats_.rules().Has(WordList::kUndoVerb, Lemma(a_.chunks[cl.verb].head));
  }

  // Whether cl's verb undoes the event noun phrase c, its object. (Its
  // object only: "stopped work in a strike" undoes the work, not the strike.)
  bool Undoes(const Clause& cl, int32_t c) const { return cl.object == c && UndoingVerb(cl); }

  // Whether clause cl of sentence s has coded a use of force (18, 19, 20).
  bool CodedForce(uint32_t s, const Clause& cl) const {
    const Chunk& v = a_.chunks[cl.verb];
    const uint32_t b = a_.tokens[v.first_token].begin, e = a_.tokens[v.end_token - 1].end;
    return std::any_of(out_->begin(), out_->end(), [&](const Event& x) {
      return x.sentence == s && x.verb_begin >= b && x.verb_begin < e && x.cameo && IsForce(*x.cameo);
    });
  }

  // Noun events: "a visit to China", "the ceasefire between X and Y".
  void Nouns(uint32_t s, const SentenceParse& p) {
    // (the words a noun event's pattern matched hold no event of their
    // own: "a suspension of aid to Egypt" is not also aid)
    uint32_t covered_end = 0;
    for (uint32_t c = p.first_chunk; c < p.end_chunk; ++c) {
      const Chunk& ch = a_.chunks[c];
      if (ch.kind != ChunkKind::kNP || ch.first_token < covered_end) continue;
      // ("the U.S. Mission to the United Nations", "the Peace Council": a
      // capitalised head inside a sentence is part of a name, not an event;
      // headlines capitalise every word.)
      if (!a_.sentences[s].is_title && ch.head > a_.sentences[s].first_token &&
          (Tag(ch.head) == PosTag::kNNP || Tag(ch.head) == PosTag::kNNPS) &&
          (a_.tokens[ch.head].flags & kTokCapitalized)) {
        continue;
      }
      // "the pause in aid to Freedonia", "a freeze on aid": a noun event
      // that a noun of stopping governs is not done.
      if (StoppedNoun(c)) {
        if (explain_)
          Explain(s, "noun \"" + std::string(Lower(ch.head)) + "\": governed by a noun of stopping, not done");
        continue;
      }
      // "reconsidering a planned summit with Moscow", "a proposed meeting
      // between the two leaders was called off": a noun event that a word
      // of plan or likelihood qualifies is not done (not yet, or never).
      if (UnrealisedNoun(ch)) {
        if (explain_) Explain(s, "noun \"" + std::string(Lower(ch.head)) + "\": planned or possible, not done");
        continue;
      }
      // The head's patterns first; then those of a noun modifying it whose
      // pattern spells the head out ("a mediation effort between Sudan and
      // Chad": "~mediation effort between +").
      // A modifier's pattern that spells the head out is tried before the
      // head's own, being the more specific ("~military aid to +" before
      // "~aid to +", "~economic cooperation with +" before "~cooperation
      // with +"); a modifier's other patterns only when the head's fail.
      bool decided = false;
      const uint32_t modifiers = ch.head - ch.first_token;
      for (uint32_t pass = 0; !decided && pass <= 2 * modifiers; ++pass) {
        // (pass k < modifiers: the k+1-th word, spelling the head out;
        // pass == modifiers: the head; then the words again, any match)
        const bool spell_head = pass < modifiers;
        const uint32_t step = pass < modifiers ? pass + 1 : pass - modifiers;
        const uint32_t anchor = step == 0 ? ch.head : ch.first_token + step - 1;
        // (an adjective too when its pattern spells the head out: "~military
        // aid to +", "~economic cooperation with +")
        if (step > 0 && (anchor >= ch.head || (Tag(anchor) != PosTag::kNN && Tag(anchor) != PosTag::kNNS &&
                                               !(spell_head && Tag(anchor) == PosTag::kJJ)))) {
          continue;
        }
        const auto* list = pats_.ForNoun(Lemma(anchor));
        if (!list) continue;
        uint32_t end = std::min<uint32_t>(a_.sentences[s].end_token, ch.end_token + 12);
        WordWindow window = WindowBits(anchor + 1, end);
        for (size_t k = 0; k < list->patterns.size(); ++k) {
          if (!list->filters[k].MayMatch(window)) continue;
          const Pattern* pt = list->patterns[k];
          Slot target, source;
          uint32_t match_end = Match(*pt, 0, anchor + 1, end, &target, &source);
          // "the condemnation by Chile of Peru", "the rejection by Peru of
          // the plan": a "by" phrase right after the noun names the doer, and
          // the pattern reads on after it.
          if (match_end == kNoMatch && !pt->has_source && anchor == ch.head && ch.end_token == anchor + 1) {
            if (const int32_t by = DoerRightAfter(anchor); by >= 0) {
              target = Slot();
              source = Slot();
              match_end = Match(*pt, 0, a_.chunks[by].end_token, end, &target, &source);
              if (match_end != kNoMatch) source.chunk = by;
            }
          }
          bool ok = match_end != kNoMatch && (!spell_head || match_end > ch.head);
          if (explain_) Explain(s, "  try " + pt->id + " [" + pt->code->code + "] \"~" + pt->text.substr(1) + "\": " + (ok ? "matches" : "no match"));
          if (!ok) continue;
          decided = true;
          int32_t src = source.chunk;
          // "the killing of three soldiers by militants", "the seizure of
          // the city by rebels": the slot after the phrase's own "by" (after
          // a noun, not "held by") is the doer, read as the by-phrase below;
          // the target is whom the "of" phrase names, if anyone.
          int32_t doer = -1;
          if (src < 0 && target.chunk >= 1 && policy_.NounByPhraseIsDoer() && DoerAfterBy(target.chunk)) {
            doer = target.chunk;
            target.chunk = OfPhraseAfter(anchor);
          }
          // the modality of the clause the phrase belongs to ("will join
          // Waltz for the talks with Kyiv": intent to negotiate, 036)
          std::string noun_modality;
          // "the arrest of journalists by the police", "kidnappings of
          // schoolchildren by armed gangs": a by-phrase right after the
          // pattern's words names who did it.
          // (The clause around the phrase is still asked whether it asserts
          // the event.)
          int32_t by_src = doer;
          if (src < 0 && by_src < 0 && match_end < a_.sentences[s].end_token && chunk_of_[match_end] >= 0) {
            const int32_t by = chunk_of_[match_end];
            if (a_.chunks[by].kind == ChunkKind::kPP && a_.chunks[by].first_token == match_end &&
                Lower(match_end) == "by" && static_cast<size_t>(by) + 1 < a_.chunks.size() &&
                a_.chunks[by + 1].kind == ChunkKind::kNP && !ActorsOf(by + 1).empty()) {
              by_src = by + 1;
            }
          }
          if (src < 0) {
            // possessor inside the phrase ("Putin's visit"), else the subject of
            // the clause the phrase belongs to; either way not when that
            // clause's verb already coded the phrase ("eased its sanctions on
            // Peru" is one event, not also sanctions imposed).
            // ("the Jeddah talks", "the Geneva conference": a town named
            // before the noun is where, not who; a capital standing for its
            // government is who: "the Washington-led war")
            // ("a London rally", "the Doha talks": a capital right before
            // the noun is where it happens too; "London's rally" is the
            // government's.)
            const auto& own = ActorsOf(c);
            const bool possessor = std::any_of(own.begin(), own.end(), [&](const ActorMention* x) {
              // (not "the Washington-led war": a hyphenated form is who)
              if (x->place && x->end_token == anchor && Lower(anchor - 1).find('-') == std::string_view::npos) {
                return false;
              }
              return !x->place || x->code.size() != 3;
            });
            // "had won all previous meetings with their neighbours", "lost
            // its encounter with Chile": a meeting that is won or lost is a
            // match, a game of sport, no consultation.
            if (pt->code->Root() == "04" && ObjectOfWinOrLose(p, c)) {
              if (explain_) Explain(s, "noun pattern " + pt->id + ": a meeting won or lost is a match");
              break;
            }
            // "children who had come into contact with the students": what
            // people are brought or come into is nearness, no consultation.
            if (pt->code->Root() == "04" && c > 0 && a_.chunks[c - 1].kind == ChunkKind::kPP &&
                a_.chunks[c - 1].end_token == ch.first_token && Lower(a_.chunks[c - 1].first_token) == "into") {
              if (explain_) Explain(s, "noun pattern " + pt->id + ": come or brought into it: nearness");
              break;
            }
            if (possessor) {
              src = c;
              for (uint32_t k = p.first_clause; k < p.end_clause; ++k) {
                const Clause& cl = a_.clauses[k];
                // ("fired on a Freedonian patrol in the hills", "ambushed a
                // Sylvanian convoy": the phrase an attack was aimed at is
                // what was hit, not an act of its own)
                bool attached = false;
                for (const Attachment& at : cl.attachments) attached = attached || at.np == static_cast<int32_t>(c);
                if (attached && CodedForce(s, cl)) {
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": what the clause's attack was aimed at");
                  src = -2;
                  break;
                }
                // ("sent soldiers to the peacekeeping force in Mali": a phrase
                // that names no actor of its own, only one from context, is
                // coded with the verb; "to the African Union force" has its own)
                const bool context_only = std::all_of(
                    own.begin(), own.end(), [](const ActorMention* x) { return x->how == ActorHow::kContext; });
                if ((cl.object == static_cast<int32_t>(c) || (attached && spell_head && context_only)) &&
                    std::find(coded_clauses_.begin(), coded_clauses_.end(), k) != coded_clauses_.end()) {
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": the clause's verb already coded an event");
                  src = -2;
                  break;
                }
                // ("a ceasefire halting Turkey's incursion": undone, as below)
                if (Undoes(cl, static_cast<int32_t>(c))) {
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": undone by the clause's verb, not done now");
                  src = -2;
                  break;
                }
              }
            } else {
              for (uint32_t k = p.first_clause; k < p.end_clause; ++k) {
                const Clause& cl = a_.clauses[k];
                // "During a meeting with Xi, Putin praised the ties", "In a
                // phone call with Ruto, Museveni discussed trade": a noun
                // event in a phrase that opens the sentence, before the comma
                // and the subject, is the subject's (not an attack: "After an
                // attack on its troops, Kenya closed the border" is another's).
                if (pt->code->quad_class != 4 && OpeningPhraseOf(p, cl, static_cast<int32_t>(c))) {
                  Modality mod = ClauseModality(s, cl);
                  if (mod.skip || mod.kind == "refusal" || a_.chunks[cl.verb].voice == Voice::kPassive) {
                    if (explain_)
                      Explain(s, "noun pattern " + pt->id + ": opening phrase of a clause that does not assert it");
                    src = -2;
                  } else {
                    src = cl.subject;
                  }
                  break;
                }
                // "the attack on the base was carried out by al-Shabaab": a
                // noun event that is the subject of a passive verb of doing
                // was done by the verb's "by" phrase.
                if (cl.subject == static_cast<int32_t>(c) && cl.agent >= 0 &&
                    a_.chunks[cl.verb].voice == Voice::kPassive &&
                    pats_.rules().Has(WordList::kPerformVerb, Lemma(a_.chunks[cl.verb].head))) {
                  src = cl.agent;
                  break;
                }
                bool in = cl.object == static_cast<int32_t>(c);
                bool attached = false;
                for (const Attachment& at : cl.attachments) attached = attached || at.np == static_cast<int32_t>(c);
                // "went into the forest, and a raid on a border post has
                // alarmed them": a noun event that begins a new phrase after
                // "and" inside a prepositional phrase's object is not the
                // clause's act; it names its own, unstated doer.
                if (!in && attached && NewPhraseAfterConjunction(ch.first_token, anchor)) {
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": a new phrase after a conjunction, not the clause's act");
                  src = -2;
                  break;
                }
                // "closed its border a week after an attack on its troops": an
                // attack named in a phrase of time is another event, which the
                // clause's subject reacts to; its doer is unnamed. (Not a
                // subject's own earlier step: "signed the deal after talks
                // with Uganda", "voted after a probe into the subsidies".)
                if (!in && attached && pt->code->quad_class == 4 && InTimePhrase(cl, static_cast<int32_t>(c))) {
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": in a phrase of time, not the clause's act");
                  src = -2;
                  break;
                }
                if (!in && attached && SpokenOf(cl, static_cast<int32_t>(c))) {
                  // "issued a statement on the release of the journalist",
                  // "wept over the crackdown": what is spoken or felt about
                  // is not the subject's act.
                  if (explain_)
                    Explain(s, "noun pattern " + pt->id + ": what the clause speaks or feels about, not its act");
                  src = -2;
                  break;
                }
                in = in || attached;
                if (in && std::find(coded_clauses_.begin(), coded_clauses_.end(), k) != coded_clauses_.end()) {
                  // the clause's verb already coded this phrase's event
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": the clause's verb already coded an event");
                  src = -2;
                  break;
                }
                if (in && pats_.rules().Has(WordList::kReportVerb, Lemma(a_.chunks[cl.verb].head))) {
                  // "reported the attack on a convoy": the subject tells of the
                  // attack, it did not make it
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": the clause's verb reports or judges it");
                  src = -2;
                  break;
                }
                // "Pompeo said the release of the hostages gives hope": the
                // object of a verb of saying is what is said, not the
                // speaker's act ("said in a speech to X" is still the speech).
                if (cl.object == static_cast<int32_t>(c) &&
                    pats_.rules().Has(WordList::kSayVerb, Lemma(a_.chunks[cl.verb].head))) {
                  if (explain_)
                    Explain(s, "noun pattern " + pt->id + ": what the clause's verb says, not the speaker's act");
                  src = -2;
                  break;
                }
                // "wanted the release of their fighters", "prevented the
                // deployment of troops": what the clause's verb wants, asks
                // for, tries or prevents has not been done.
                if (in && WantsOrPrevents(Lemma(a_.chunks[cl.verb].head))) {
                  if (explain_)
                    Explain(s,
                            "noun pattern " + pt->id + ": the clause's verb wants, asks for or prevents it: not done");
                  src = -2;
                  break;
                }
                if (Undoes(cl, static_cast<int32_t>(c))) {
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": undone by the clause's verb, not done now");
                  src = -2;
                  break;
                }
                // "said the government must ensure protection for the church
                // leaders": what a reported "must" asks for is not done (the
                // speaker's demand is coded on the verb, if at all).
                if (in && policy_.MustIsDemand() && MustSpeakerClause(cl)) {
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": what must be done is not done");
                  src = -2;
                  break;
                }
                // "gave no aid to Sudan", "there was no attack on the city":
                // an event noun under "no" did not happen.
                if (Lower(a_.chunks[c].first_token) == "no" && Tag(a_.chunks[c].first_token) == PosTag::kDT &&
                    !SpellsNo(*pt)) {
                  if (explain_) Explain(s, "noun pattern " + pt->id + ": under \"no\": not done");
                  src = -2;
                  break;
                }
                if (in) {
                  Modality mod = ClauseModality(s, cl);
                  if (mod.kind == "refusal") {
                    // ("rejected calls to impose sanctions on Peru": what is
                    // refused is not done)
                    mod.skip = true;
                    mod.why = "in a refused clause";
                  }
                  if (mod.skip) {
                    if (explain_) Explain(s, "noun pattern " + pt->id + " not coded: " + mod.why);
                    src = -2;
                    break;
                  }
                  if (mod.kind == "intent") noun_modality = mod.kind;
                  // (after the head: "in a gun battle with police")
                  const uint32_t after = std::max(anchor, ch.head) + 1;
                  if (a_.chunks[cl.verb].voice == Voice::kPassive &&
                      !(after < a_.sentences[s].end_token && Lower(after) == "with")) {
                    // "soldiers were wounded in an attack on a convoy",
                    // "were detained during the arrest of X": a passive
                    // clause's subject suffered its verb; the noun event's
                    // doer is its "by" phrase, if any. (One "with" someone
                    // has two sides, the subject one of them: "was killed
                    // in a shootout with police".)
                    src = cl.agent >= 0 ? cl.agent : -2;
                    if (src < 0 && explain_)
                      Explain(s, "noun pattern " + pt->id + ": in a passive clause with no \"by\" phrase");
                  } else {
                    src = cl.subject;
                  }
                  break;
                }
              }
            }
          }
          if (src == -2) break;
          if (by_src >= 0) src = by_src;
          // "a ceasefire between Russia and Ukraine could take place within
          // days": a phrase that is the subject of a hypothetical clause, or
          // one the clause does not assert, names no event that happened.
          // "in the event of an attack on Sylvania", "in case of an invasion":
          // what is provided for has not happened.
          if (InCaseOf(s, ch.first_token)) {
            if (explain_) Explain(s, "noun pattern " + pt->id + ": \"in case of\": provided for, not done");
            break;
          }
          if (src >= 0 && NounInUnassertedClause(s, p, ch.first_token, match_end, src == static_cast<int32_t>(c),
                                                 pt->code->Root() == "04")) {
            if (explain_) Explain(s, "noun pattern " + pt->id + " not coded: its clause is hypothetical or not asserted");
            break;
          }
          int32_t tgt = target.chunk;
          if (tgt < 0 || src < 0) {
            if (explain_) Explain(s, "noun pattern " + pt->id + ": no source or target actor");
            break;
          }
          if (IsForce(*pt->code) && Figurative(c)) {
            if (explain_) Explain(s, "noun pattern " + pt->id + ": a figurative war or attack (\"" + Span(ch.first_token, ch.end_token) + "\")");
            break;
          }
          const CameoCode* code = pt->code;
          if (!noun_modality.empty()) {
            Modality mod;
            mod.kind = noun_modality;
            std::string why;
            code = ApplyModality(mod, pt->code, &why);
            if (code == nullptr) break;
          }
          if (PrivateTrip(*code, ActorsOf(src))) {
            if (explain_) Explain(s, "noun pattern " + pt->id + ": a trip of private people is no visit");
            break;
          }
          const size_t before = out_->size();
          Emit(s, pt, code, noun_modality, ActorsOf(src), ActorsOf(tgt), anchor, anchor + 1, "pattern");
          if (out_->size() > before) covered_end = match_end;
          break;
        }
      }
    }
  }

  void Emit(uint32_t s, const Pattern* p, const CameoCode* code, const std::string& modality,
            const std::vector<const ActorMention*>& sources, const std::vector<const ActorMention*>& targets,
            uint32_t verb_b, uint32_t verb_e, const char* how, bool other_party_named = false,
            bool refused_together = false) {
    if (sources.empty()) {
      if (explain_) Explain(s, "pattern " + p->id + " matched: no source actor");
      if (!targets.empty()) EmitWithUnknown(s, p, code, modality, {}, targets, verb_b, verb_e);
      return;
    }
    if (targets.empty()) {
      // A compound subject acting together with no other party: the members
      // act toward each other ("China and Russia will deepen cooperation"),
      // when what they do is done together: meeting, cooperating, agreeing,
      // easing tension, fighting. "A, B and C claim the sea" or "Greece and
      // Panama supported the call" are not acts on each other.
      // (What the pattern codes counts, not only the intent it became:
      // "will visit" is no meeting of the visitors with each other.)
      // (Not when the pattern's own target phrase names another party whom
      // the coder set aside: "lawmakers and a bishop sought to talk to
      // protesters" is no talk of the lawmakers with the bishop.)
      // ("Ethiopia and Eritrea accused each other of violations": whatever
      // they did, "each other" says it was done to one another.)
      if (sources.size() >= 2 && sources.front()->group >= 0 && !other_party_named &&
          (policy_.CompoundSourceAlwaysMutual() || (IsMutual(*code) && (!p->code || IsMutual(*p->code))) ||
           refused_together || ReciprocalVerb(*p) || EachOtherAfter(verb_e))) {
        for (const ActorMention* x : sources) {
          for (const ActorMention* y : sources) {
            if (x != y) Push(s, p, code, modality, x, y, verb_b, verb_e, how);
          }
        }
        return;
      }
      if (explain_) Explain(s, "pattern " + p->id + " matched: no target actor");
      EmitWithUnknown(s, p, code, modality, sources, {}, verb_b, verb_e);
      return;
    }
    // "India and Japan face threats to their borders": a target that only
    // names the compound subject again ("their") is no other party either,
    // so its members act on each other only in what is done together.
    if (sources.size() >= 2 && !policy_.CompoundSourceAlwaysMutual() && !IsMutual(*code) &&
        std::all_of(targets.begin(), targets.end(), [&](const ActorMention* y) {
          return y->how == ActorHow::kCoreference &&
                 std::any_of(sources.begin(), sources.end(), [&](const ActorMention* x) { return x->code == y->code; });
        })) {
      if (explain_) Explain(s, "pattern " + p->id + ": the target is the compound subject itself, and " + code->code + " is not done together");
      return;
    }
    for (const ActorMention* x : sources) {
      for (const ActorMention* y : targets) Push(s, p, code, modality, x, y, verb_b, verb_e, how);
    }
  }

  // Whether the verb group ending at `verb_e` is followed by "each other" or
  // "one another" (past a preposition: "traded accusations with each other"
  // is not read; the verb's own object only).
  bool EachOtherAfter(uint32_t verb_e) const {
    if (verb_e + 1 >= a_.tokens.size()) return false;
    const std::string_view a = Lower(verb_e), b = Lower(verb_e + 1);
    return (a == "each" && b == "other") || (a == "one" && b == "another");
  }

  // Whether place mention `a` is the "in" phrase right after a noun phrase
  // headed by an event noun ("the coup in Niger", "the attack in Kabul").
  bool PlaceOfEventNoun(const ActorMention& a) const {
    if (a.chunk < 2) return false;
    const Chunk& in = a_.chunks[a.chunk - 1];
    const Chunk& np = a_.chunks[a.chunk - 2];
    return in.kind == ChunkKind::kPP && Lower(in.first_token) == "in" &&
           in.end_token == a_.chunks[a.chunk].first_token && np.kind == ChunkKind::kNP &&
           np.end_token == in.first_token && IsNoun(Tag(np.head)) &&
           pats_.rules().Has(WordList::kEventNoun, Lemma(np.head));
  }

  // The noun phrase of the clause's first "in", "across" or "throughout"
  // phrase after its verb, and in *end the end of that phrase with the "of"
  // phrases that follow it ("in parts of the north"); -1 when none.
  int32_t PlaceOfClause(const Clause& cl, uint32_t* end) const {
    for (const Attachment& at : cl.attachments) {
      if (at.np < 0 || at.prep < a_.chunks[cl.verb].end_token) continue;
      const std::string_view prep = Lower(at.prep);
      if (prep != "in" && prep != "across" && prep != "throughout") continue;
      uint32_t c = static_cast<uint32_t>(at.np);
      *end = a_.chunks[c].end_token;
      while (c + 2 < a_.chunks.size() && a_.chunks[c + 1].kind == ChunkKind::kPP &&
             a_.chunks[c + 1].first_token == *end && Lower(a_.chunks[c + 1].first_token) == "of" &&
             a_.chunks[c + 2].kind == ChunkKind::kNP && a_.chunks[c + 2].first_token == a_.chunks[c + 1].end_token) {
        c += 2;
        *end = a_.chunks[c].end_token;
      }
      return at.np;
    }
    return -1;
  }

  // An actor no words name (an empty span at `token`), kept in implied_ so
  // that events can point to it.
  ActorMention& Implied(uint32_t s, uint32_t token, std::string code, const char* detail) {
    ActorMention& m = implied_.emplace_back();
    m.sentence = s;
    m.first_token = m.end_token = token;
    m.code = std::move(code);
    m.how = ActorHow::kContext;
    m.detail = detail;
    return m;
  }

  // --unknown-sides: the side that no phrase names is written as "---"
  // (PETRARCH's convention: "was killed in an air strike" has a victim and an
  // unknown attacker), with the lowest confidence.
  void EmitWithUnknown(uint32_t s, const Pattern* p, const CameoCode* code, const std::string& modality,
                       const std::vector<const ActorMention*>& sources,
                       const std::vector<const ActorMention*>& targets, uint32_t verb_b, uint32_t verb_e) {
    // ("shelled villages in X", "deployed troops in X", "distributed food
    // in X": force, a show of force and aid that name no one are aimed at
    // the place they are done in, which the caller finds.)
    const bool place = place_targets_ && targets.empty() && !sources.empty() && AimedAtPlace(*code);
    if (!unknown_sides_ && !place) return;
    // ("was killed in a helicopter crash", "the virus has killed 90 people":
    // harm from a disease, disaster or mishap has no unknown attacker.)
    if (sources.empty() && OneOf(code->Root(), {"18", "19", "20"}) && HarmFromMishap(s, verb_e)) {
      if (explain_) Explain(s, "pattern " + p->id + ": the harm came from a disease, disaster or mishap, not an actor");
      return;
    }
    const ActorMention& unknown = Implied(s, verb_b, "---", "unknown");
    if (explain_) {
      Explain(s, "pattern " + p->id + ": the " + (sources.empty() ? "source" : "target") + " is unknown (---)" +
                     (place ? ", unless its clause names a place" : ""));
    }
    for (const ActorMention* x : sources.empty() ? std::vector<const ActorMention*>{&unknown} : sources) {
      for (const ActorMention* y : targets.empty() ? std::vector<const ActorMention*>{&unknown} : targets) {
        Push(s, p, code, modality, x, y, verb_b, verb_e, place ? "place" : "unknown");
      }
    }
  }

  // Whether the mention is a lone possessive pronoun ("its", "his"): the
  // owner of the thing its phrase names.
  bool OwnerPronoun(const ActorMention& m) const {
    return m.how == ActorHow::kCoreference && m.end_token == m.first_token + 1 && Tag(m.first_token) == PosTag::kPRPS;
  }

  // Whether one side is a state's bare country and the other that country
  // or its government.
  static bool StateAsWhole(const ActorMention& src, const ActorMention& tgt) {
    auto state = [](const std::string& code) {
      return code.size() == 3 || (code.size() == 6 && code.compare(3, 3, "GOV") == 0);
    };
    return src.code.size() >= 3 && tgt.code.size() >= 3 && src.code.compare(0, 3, tgt.code, 0, 3) == 0 &&
           IsStateCode(src.code) && (src.code.size() == 3 || tgt.code.size() == 3) && state(src.code) &&
           state(tgt.code);
  }

  bool OwnPeopleAddressed(const CameoCode& code, const ActorMention& src, const ActorMention& tgt) const {
    if (!SameWord(code.code, "010") && code.Root() != "02" && code.Root() != "10") return false;
    if (tgt.how != ActorHow::kContext || tgt.end_token == tgt.first_token || tgt.code.size() <= 3) return false;
    if (src.how == ActorHow::kContext || src.code.size() < 3 || !IsStateCode(src.code)) return false;
    if (src.code.compare(0, 3, tgt.code, 0, 3) == 0) return false;
    // ("refugees in Peru", "a tycoon from Britain": the phrase after them
    // named their country)
    const int32_t c = tgt.chunk;
    if (c >= 0 && static_cast<size_t>(c) + 2 < a_.chunks.size() && a_.chunks[c + 1].kind == ChunkKind::kPP &&
        OneOf(Lower(a_.chunks[c + 1].first_token), {"of", "from", "in"})) {
      for (const ActorMention* m : by_chunk_[c + 2]) {
        if (m->code.compare(0, 3, tgt.code, 0, 3) == 0) return false;
      }
    }
    return true;
  }

  // Whether the pattern's verb is one whose act goes both ways (exchange,
  // trade, swap: reciprocal-verb).
  bool ReciprocalVerb(const Pattern& p) const {
    return !p.noun && pats_.rules().Has(WordList::kReciprocalVerb, p.anchor);
  }

  // Whether the noun phrase at chunk `c`, whose head is a cause-noun, names
  // a disease or disaster: "an outbreak of cholera" does, "an outbreak of
  // violence" does not; what an outbreak is of decides ("an outbreak of an,
  // as yet, unidentified illness": the first noun after "of").
  bool CauseOfWhat(size_t c) const {
    const size_t of = c + 1;
    if (of >= a_.chunks.size() || a_.chunks[of].kind != ChunkKind::kPP || Lower(a_.chunks[of].first_token) != "of") {
      return true;
    }
    for (size_t k = of + 1; k < a_.chunks.size() && k <= of + 4; ++k) {
      const Chunk& what = a_.chunks[k];
      if (what.kind == ChunkKind::kNP && IsNoun(Tag(what.head))) {
        return pats_.rules().Has(WordList::kCauseNoun, Lemma(what.head));
      }
      if (what.kind != ChunkKind::kNP && what.kind != ChunkKind::kADVP) break;
    }
    return true;
  }

  // Whether the noun phrase at chunk `c` names a disease, disaster or
  // mishap (cause-noun, mishap-noun): "the crash", "an outbreak of cholera";
  // or, when `doer`, a thing that harms by striking or falling
  // (striking-thing: "a car", "a tree"), which only a doer's place reads
  // so ("killed in a car" may be an attack).
  bool MishapPhrase(size_t c, bool doer) const {
    if (c >= a_.chunks.size() || a_.chunks[c].kind != ChunkKind::kNP || !IsNoun(Tag(a_.chunks[c].head))) return false;
    const std::string_view head = Lemma(a_.chunks[c].head);
    if (pats_.rules().Has(WordList::kMishapNoun, head)) return true;
    if (doer && pats_.rules().Has(WordList::kStrikingThing, head)) return true;
    return pats_.rules().Has(WordList::kCauseNoun, head) && CauseOfWhat(c);
  }

  // Whether the harm the clause of the verb ending at `verb_e` reports came
  // from no one: its subject or "by" agent, or a phrase after the verb (an
  // "in", "from", "by", "after", "during" or "amid" phrase, or the subject
  // of a "when" clause), names a disease, disaster or mishap: "the virus has
  // killed 90 people", "two soldiers were killed in a helicopter crash",
  // "was struck by a car", "was killed when a tree fell on the crowd".
  // ("Were killed in clashes", "in an air strike" have an unknown attacker.)
  bool HarmFromMishap(uint32_t s, uint32_t verb_e) const {
    if (verb_e == 0 || verb_e > a_.tokens.size()) return false;
    const int32_t v = chunk_of_[verb_e - 1];
    if (v < 0) return false;
    if (const Clause* cl = ClauseOfVerb(v)) {
      int32_t subject = cl->subject;
      if (subject < 0 && cl->coordinated_with >= 0) subject = a_.clauses[cl->coordinated_with].subject;
      // (A thing that strikes is the doer of a finite verb, not of an "-ing"
      // clause after it: "the car hit a bomb, killing all inside".)
      const bool finite = Tag(a_.chunks[v].first_token) != PosTag::kVBG;
      if (subject >= 0 && MishapPhrase(static_cast<size_t>(subject), finite)) return true;
      if (cl->agent >= 0 && MishapPhrase(static_cast<size_t>(cl->agent), true)) return true;
    }
    const uint32_t end = a_.sentences[s].end_token;
    const size_t last = std::min(a_.chunks.size(), static_cast<size_t>(v) + 12);
    for (size_t c = static_cast<size_t>(v) + 1; c < last && a_.chunks[c].first_token < end; ++c) {
      const Chunk& ch = a_.chunks[c];
      const std::string_view first = Lower(ch.first_token);
      // (A relative or contrasting clause is about something else.)
      if (OneOf(first, {"who", "which", "while", "but", "because"})) break;
      if (ch.kind == ChunkKind::kPP && OneOf(first, {"in", "from", "by", "after", "during", "amid"})) {
        if (MishapPhrase(c + 1, first == "by")) return true;
      } else if (ch.kind == ChunkKind::kNP && ch.first_token > 0 && Lower(ch.first_token - 1) == "when") {
        if (MishapPhrase(c, true)) return true;
      }
    }
    return false;
  }

  // Whether force or a threat of it is aimed at an ill or a hazard, not a
  // party: the first noun phrase after the verb (its object) is a disease
  // or disaster (cause-noun) or an ill fought only as a figure of speech
  // (fought-thing): "doctors battled the outbreak in Sylvania", "agreed to
  // fight corruption".
  bool FoughtThing(uint32_t verb_e) const {
    if (verb_e == 0 || verb_e > a_.tokens.size()) return false;
    const int32_t v = chunk_of_[verb_e - 1];
    const size_t c = static_cast<size_t>(v) + 1;
    if (v < 0 || c >= a_.chunks.size() || a_.chunks[c].kind != ChunkKind::kNP) return false;
    const Chunk& ch = a_.chunks[c];
    if (!IsNoun(Tag(ch.head))) return false;
    const CodingRules& rules = pats_.rules();
    const std::string_view head = Lemma(ch.head);
    if (rules.Has(WordList::kFoughtThing, head) || rules.Has(WordList::kFoughtThing, Lower(ch.head))) return true;
    return rules.Has(WordList::kCauseNoun, head) && CauseOfWhat(c);
  }

  // Whether mention m is a bare country (no sector) named in a phrase whose
  // head is a lower-case common noun after it ("US Javelin missiles",
  // "Ugandan investment"): a thing of the country, not its people. (A word
  // for people or a body would have given the code a sector.)
  bool NationalityOfAThing(const ActorMention& m) const {
    if (m.code.size() != 3 || m.chunk < 0 || static_cast<size_t>(m.chunk) >= a_.chunks.size()) return false;
    const Chunk& ch = a_.chunks[m.chunk];
    const uint32_t head = ch.head;
    if (head <= m.first_token || head + 1 != ch.end_token) return false;
    if (Tag(head) != PosTag::kNN && Tag(head) != PosTag::kNNS) return false;
    return !(a_.tokens[head].flags & (kTokCapitalized | kTokAllCaps));
  }

  // Whether the protection a clause gives, promises or asks for is from an
  // ill or a hazard, not from a party: a "from" or "against" phrase among the
  // phrases after the verb (before any other finite verb) is headed by a disease or
  // disaster (cause-noun) or an ill fought only as a figure of speech
  // (fought-thing): "vaccinated to protect children from measles", "moved
  // to protect the camps against floods".
  bool ProtectedFromHazard(uint32_t verb_e) const {
    if (verb_e == 0 || verb_e > a_.tokens.size()) return false;
    const int32_t v = chunk_of_[verb_e - 1];
    if (v < 0) return false;
    const CodingRules& rules = pats_.rules();
    const size_t last = std::min(a_.chunks.size(), static_cast<size_t>(v) + 8);
    for (size_t c = static_cast<size_t>(v) + 1; c + 1 < last; ++c) {
      const Chunk& ch = a_.chunks[c];
      // (an infinitive the verb governs is read on: "urged Peru to protect
      // its farmers from drought")
      if (ch.kind == ChunkKind::kVP && !ch.infinitive) return false;
      if (ch.kind != ChunkKind::kPP || !OneOf(Lower(ch.first_token), {"from", "against"})) continue;
      const Chunk& np = a_.chunks[c + 1];
      if (np.kind != ChunkKind::kNP || !IsNoun(Tag(np.head))) return false;
      const std::string_view head = Lemma(np.head);
      if (rules.Has(WordList::kFoughtThing, head) || rules.Has(WordList::kFoughtThing, Lower(np.head))) return true;
      return rules.Has(WordList::kCauseNoun, head) && CauseOfWhat(c + 1);
    }
    return false;
  }

  // Whether an investigation is medical: its doer is of the health sector,
  // or the noun phrase it is made of or made into (the chunk of the verb's
  // last word and the noun phrase after it) names a disease (cause-noun) or
  // is qualified as medical (medical-word).
  bool MedicalInquiry(const ActorMention& src, uint32_t verb_b, uint32_t verb_e) const {
    if (src.code.size() >= 6 && src.code.find("HLH", 3) != std::string::npos) return true;
    if (verb_e <= verb_b || verb_e > a_.tokens.size()) return false;
    const CodingRules& rules = pats_.rules();
    int32_t c = chunk_of_[verb_e - 1];
    for (int n = 0; n < 2 && c >= 0 && static_cast<size_t>(c) < a_.chunks.size(); ++n, ++c) {
      const Chunk& ch = a_.chunks[c];
      if (ch.kind == ChunkKind::kNP) {
        // ("an outbreak of cholera", not "an outbreak of violence": what an
        // outbreak is of decides)
        if (rules.Has(WordList::kCauseNoun, Lemma(ch.head))) return CauseOfWhat(static_cast<size_t>(c));
        for (uint32_t t = ch.first_token; t < ch.end_token; ++t) {
          if (rules.Has(WordList::kMedicalWord, Lower(t))) return true;
        }
      }
      if (ch.kind != ChunkKind::kVP && ch.kind != ChunkKind::kNP) break;
    }
    return false;
  }

  // "The Canadian-American singer works with children", "medical staff
  // check travellers arriving from Peru and keep them in Chile", in a story
  // about Greece: a sentence that names two or more countries, none of them
  // the story's, has left the story's country, and no side of the event is
  // named as the story's. An unnamed side's country is then one guess among
  // several, and no event is better than a guessed one. (One other country
  // named is most often a foreign party acting in the story's country: "the
  // U.S. Army airlifted people".)
  bool ContextCountryUnsettled(uint32_t s, const ActorMention& src, const ActorMention& tgt) const {
    for (const ActorMention* side : {&src, &tgt}) {
      if (side->how != ActorHow::kContext || side->end_token == side->first_token || side->code.size() < 3 ||
          !IsStateCode(side->code)) {
        continue;
      }
      const std::string_view story = std::string_view(side->code).substr(0, 3);
      // (A pronoun for the sentence's own unnamed side, "monitor them",
      // names no one either.)
      const ActorMention* other = side == &src ? &tgt : &src;
      bool other_unnamed = other->how == ActorHow::kContext;
      std::string_view first_named;  // the first other country named, and
      bool two_named = false;        // whether a second one is
      bool story_named = false;
      for (const ActorMention& m : actors_.mentions) {
        if (m.sentence != s) continue;
        if (other->how == ActorHow::kCoreference && m.how == ActorHow::kContext && m.code == other->code) {
          other_unnamed = true;
        }
        if (m.how == ActorHow::kContext || m.how == ActorHow::kCoreference || m.code.size() < 3 ||
            !IsStateCode(m.code)) {
          continue;
        }
        const std::string_view country = std::string_view(m.code).substr(0, 3);
        story_named = story_named || country == story;
        if (first_named.empty()) {
          first_named = country;
        } else if (country != first_named) {
          two_named = true;
        }
      }
      if (!other_unnamed && std::string_view(other->code).substr(0, 3) == story) continue;
      if (!story_named && two_named) return true;
    }
    return false;
  }

  void Push(uint32_t s, const Pattern* p, const CameoCode* code, const std::string& modality,
            const ActorMention* src, const ActorMention* tgt, uint32_t verb_b, uint32_t verb_e, const char* how) {
    // (--unknown-sides writes such a person as any unknown side, "---".)
    // (A body's own acts, "a report released by the Game Committee", are
    // not coded even so.)
    if (UnknownPerson(src) && (!unknown_sides_ || src->detail == "unknown body")) return;
    if (UnknownPerson(tgt)) {
      // (What the pattern codes counts: "will release" is an intent to.)
      const CameoCode& done = p->code ? *p->code : *code;
      // States mostly arrest, convict and free their own people, and ban
      // their own bodies ("outlawed the Northern Branch"): the person or
      // body is of the source state's country. Anything else done to an
      // unknown name is left uncoded (no country to give it).
      const bool body = tgt->detail == "unknown body";
      if ((body ? done.code.starts_with("172")
                : (done.code.starts_with("173") || done.code == "0841" || done.code == "116")) &&
          src->code.size() >= 3 && IsStateCode(std::string_view(src->code).substr(0, 3))) {
        ActorMention& person = implied_.emplace_back(*tgt);
        person.code = src->code.substr(0, 3) + (body ? "NGO" : "CVL");
        person.detail = std::string(body ? "unknown body" : "unknown person") + ", of the acting state's country";
        tgt = &person;
        if (explain_) Explain(s, "pattern " + p->id + ": the target is an " + tgt->detail);
      } else if (!unknown_sides_) {
        if (explain_) Explain(s, "pattern " + p->id + ": the target is an " + tgt->detail);
        return;
      }
    }
    // "The Thai government extended the curfew in Bangkok", "the army
    // deployed troops in Lima": a country's own capital where force, a
    // show of force or a restriction is applied is the place and its
    // people, not the government it otherwise stands for. So is one where
    // a restriction is kept (1241) or eased (081): "extended the curfew in
    // Bangkok", "lifted the curfew in Lima".
    if (tgt->place && tgt->end_token > tgt->first_token && tgt->code.size() == 6 && src->code.size() >= 3 &&
        tgt->code.compare(3, 3, "GOV") == 0 && src->code.compare(0, 3, tgt->code, 0, 3) == 0 &&
        IsStateCode(tgt->code) &&
        (OneOf(code->Root(), {"15", "17", "19"}) || SameWord(code->code, "1241") ||
         code->code.compare(0, 3, "081") == 0)) {
      ActorMention& place = Implied(s, tgt->first_token, tgt->code.substr(0, 3), "the own capital as a place");
      place.end_token = tgt->end_token;
      tgt = &place;
    }
    if (src == tgt || src->code == tgt->code) {
      if (explain_) Explain(s, "pattern " + p->id + ": source and target are the same actor (" + src->code + ")");
      return;
    }
    // A state's organ making a statement about its own country as a whole
    // ("a State Department spokesperson reaffirmed that the United States
    // calls for ...") speaks for it, not to it.
    // So is one whose target is only the first phrase that names an actor,
    // when that phrase is its own country as a whole ("urged an end to the
    // dispute between the U.S. and Europe", "hopes to water down measures
    // against Turkey"): a topic, not a party. (Force, coercion and curfews
    // are done in the own country's places: "imposed martial law in
    // Yangon".) The author of claims that the pattern itself places
    // ("rejected accusations from a Freedonian lawmaker") is whom the
    // statement answers, though.
    const bool topic_phrase = std::string_view(how) == "phrase" && code->Root().compare("15") < 0;
    auto claims_author = [&] {
      return p->has_target && tgt->chunk > 0 && a_.chunks[tgt->chunk - 1].kind == ChunkKind::kPP &&
             OneOf(Lower(a_.chunks[tgt->chunk - 1].first_token), {"by", "from"});
    };
    if (policy_.StateNotAimedAtItself() && (code->Root() == "01" || topic_phrase) && tgt->code.size() == 3 &&
        src->code.size() >= 6 && src->code.compare(0, 3, tgt->code) == 0 && IsStateOrganSector(src->code) &&
        (topic_phrase || !claims_author())) {
      if (explain_) Explain(s, "pattern " + p->id + ": a state's organ speaking of its own country (" + src->code + ")");
      return;
    }
    // "China's update to its maritime law will help Beijing", "his tariffs
    // will protect American jobs": a thing a state owns, named by "its" or
    // "his", does not help or cooperate with that state or its government;
    // one actor is named twice. (A state's help to its own people is an
    // event, and so is an own thing that helps another: "its aid will help
    // Peru".)
    if (policy_.StateNotAimedAtItself() && OneOf(code->Root(), {"03", "04", "05", "06", "07"}) &&
        (OwnerPronoun(*src) || OwnerPronoun(*tgt)) && StateAsWhole(*src, *tgt)) {
      if (explain_)
        Explain(
            s, "pattern " + p->id + ": a state's own thing acting on the state (" + src->code + ", " + tgt->code + ")");
      return;
    }
    // "Japan protested China's new map", "the foreign ministry protested the
    // arrest": states and their governments protest through diplomatic
    // channels, not in the street; that is an official complaint.
    if (policy_.StateProtestIsComplaint() && code->Root() == "14" && !p->noun && p->anchor == "protest" &&
        OfficialBody(src->code)) {
      if (const CameoCode* complaint = cb_.Find("114")) code = complaint;
    }
    if (policy_.DomesticSanctionIsRestriction() && code->code.compare(0, 3, "163") == 0 && src->code.size() >= 3 &&
        tgt->code.size() >= 3 && src->code.compare(0, 3, tgt->code, 0, 3) == 0 && IsStateCode(src->code)) {
      if (const CameoCode* restriction = cb_.Find("172")) code = restriction;
    }
    // "asked by VOA whether ...", "did not reply to VOA's email requesting
    // comment", "the newspaper examined the records": a news outlet's
    // questions and inquiries are its reporting, not an appeal or an
    // investigation of a party.
    if (IsNewsOutletCode(src->code) && (SameWord(code->code, "020") || code->Root() == "09")) {
      if (explain_) Explain(s, "pattern " + p->id + ": a news outlet's question or inquiry is its reporting");
      return;
    }
    // "doctors are examining the residents", "the health ministry is
    // monitoring travellers", "investigated an outbreak of an unknown
    // illness", "conducted epidemiological investigations": health workers'
    // inquiries and inquiries into a disease are medical work, not an
    // investigation of a party.
    if (code->Root() == "09" && MedicalInquiry(*src, verb_b, verb_e)) {
      if (explain_) Explain(s, "pattern " + p->id + ": a medical inquiry is no investigation of a party");
      return;
    }
    // "doctors battled the outbreak in Sylvania", "firefighters fought the
    // blaze": force against a disease, a disaster or a social ill is a
    // figure of speech, aimed at no party.
    if ((IsForce(*code) || code->code.compare(0, 3, "138") == 0) && FoughtThing(verb_e)) {
      if (explain_) Explain(s, "pattern " + p->id + ": what is fought is an ill or a hazard, not a party");
      return;
    }
    // "the company's software provides tools for publishers", "the firm can
    // offer a boiler system", "Acme announced its phones were shipping": what
    // a business provides, offers or ships by the bare verb (its default
    // pattern) is what it sells, commerce, not aid or an offer of
    // cooperation. (Aid a business gives is coded by the patterns that name
    // it: "provided money to the victims".)
    if (IsDefault(*p) && OneOf(code->Root(), {"03", "07"}) && src->code.size() >= 6 &&
        src->code.compare(3, 3, "BUS") == 0) {
      if (explain_) Explain(s, "pattern " + p->id + ": what a business provides or offers is what it sells");
      return;
    }
    // "Ukraine receives first US Javelin missiles", "welcomed US investment":
    // a hosting (043) is of people; a country named only as the owner or
    // maker of a thing (a bare country whose phrase ends in a common noun no
    // dictionary codes) is no one hosted. (Not a visit's: "visited the
    // Turkish capital" is a visit to the country.)
    if (SameWord(code->code, "043") && NationalityOfAThing(*tgt)) {
      if (explain_) Explain(s, "pattern " + p->id + ": the target is a thing of a country, not people hosted");
      return;
    }
    // "injections to protect them from diseases", "pledged to protect the
    // camps against floods": shielding people from a disease or a disaster
    // is no military protection or peacekeeping (074, 0334, 0234).
    if (OneOf(code->code, {"074", "0334", "0234"}) && ProtectedFromHazard(verb_e)) {
      if (explain_) Explain(s, "pattern " + p->id + ": the protection is from an ill or a hazard, not a party");
      return;
    }
    if (ContextCountryUnsettled(s, *src, *tgt)) {
      if (explain_)
        Explain(s, "pattern " + p->id + ": the sentence names other countries, not the story's: no country");
      return;
    }
    Event e;
    e.sentence = s;
    e.source = src->code;
    e.target = tgt->code;
    // "Putin ordered top officials to ...", "the Mexican president urged
    // people to stay at home": an appeal or demand by a state's actor to
    // unnamed people whose country only the story's context gave is made to
    // the speaker's own people. So is a plain statement told to them ("the
    // envoy told lawmakers", in a story that names the other country most);
    // not a statement of another kind (a denial, a comment on a third party's
    // fighters), which is as often about the story's side.
    if (OwnPeopleAddressed(*code, *src, *tgt)) {
      e.target.replace(0, 3, src->code, 0, 3);
      if (e.target == e.source) {
        if (explain_) Explain(s, "pattern " + p->id + ": addressed to the source's own (" + e.target + ")");
        return;
      }
      if (explain_) Explain(s, "pattern " + p->id + ": unnamed people addressed are the source's own: " + e.target);
    }
    e.source_text = src->end_token > src->first_token ? Span(src->first_token, src->end_token) : std::string();
    e.target_text = tgt->end_token > tgt->first_token ? Span(tgt->first_token, tgt->end_token) : std::string();
    e.cameo = code;
    e.rule = p->id;
    e.verb_text = Span(verb_b, verb_e);
    // (An unknown source has no words either.)
    e.source_begin = src->end_token > src->first_token ? a_.tokens[src->first_token].begin : a_.tokens[verb_b].begin;
    e.source_end = src->end_token > src->first_token ? a_.tokens[src->end_token - 1].end : e.source_begin;
    // An implied target has no words: its offsets are empty, at the verb.
    e.target_begin = tgt->end_token > tgt->first_token ? a_.tokens[tgt->first_token].begin : a_.tokens[verb_b].begin;
    e.target_end = tgt->end_token > tgt->first_token ? a_.tokens[tgt->end_token - 1].end : e.target_begin;
    e.verb_begin = a_.tokens[verb_b].begin;
    e.verb_end = a_.tokens[verb_e - 1].end;
    e.modality = modality;
    e.base_code = p->code->code;
    e.target_how = how;
    e.confidence = ConfidenceOf(*p, e.target_how, tgt->end_token == tgt->first_token);
    if (explain_) Explain(s, "EVENT " + e.source + " -> " + e.target + " " + code->code + " (" + code->name + ") by " + p->id +
                   (modality.empty() ? "" : " as " + modality));
    out_->push_back(std::move(e));
    if (src->code != "---") {
      event_sources_.push_back(src);
      event_codes_.push_back(code);
    }
  }

  // One event per source, target and root in a sentence: the first wins,
  // unless it has its root's unspecified code and a later one between the
  // same two actors says more ("Chilean missiles hit the city": the verb's
  // force, 190, and the missile's, 195, are one event, 195).
  void Dedupe(size_t from) {
    std::vector<Event>& v = *out_;
    size_t w = from;
    for (size_t i = from; i < v.size(); ++i) {
      bool dup = false;
      // A story repeats its headline in its lead: one event per source,
      // target and root in the whole document.
      // (Within a sentence the root decides; across sentences the full code,
      // so "poured into" 192 and "bombed" 195 stay two events.)
      // (An act aimed at a place its clause names gets its target later:
      // "shelled Kharkiv ... shelled Odesa" are not one event yet; the
      // facade applies the rule to it once aimed.)
      const bool place_pending = v[i].target_how == "place" && v[i].target == "---";
      for (size_t j = 0; j < w && !place_pending && !dup; ++j) {
        if (j < from) {
          dup = RestatesEarlier(a_, v[j], v[i]);
          continue;
        }
        // Within a sentence the root decides.
        // "arrived in Islamabad on his first visit to Pakistan" is one
        // visit: the actors' countries decide (PETRARCH codes each actor:
        // "---REL" and "---LEG" are two).
        const bool same_actors =
            policy_.DuplicatesByCountry()
                ? v[j].source.compare(0, 3, v[i].source, 0, 3) == 0 && v[j].target.compare(0, 3, v[i].target, 0, 3) == 0
                : v[j].source == v[i].source && v[j].target == v[i].target;
        dup = same_actors && v[j].cameo->Root() == v[i].cameo->Root();
        if (dup && Unspecified(*v[j].cameo) && !Unspecified(*v[i].cameo) && v[j].source == v[i].source &&
            v[j].target == v[i].target) {
          v[j] = std::move(v[i]);
        }
      }
      if (!dup) {
        if (w != i) v[w] = std::move(v[i]);
        ++w;
      }
    }
    v.resize(w);
  }

  // A state as a whole, its government, legislature or courts, or an
  // international body: those who speak for a state or body.
  static bool OfficialBody(std::string_view code) {
    if (code.size() < 3) return false;
    if (code.starts_with("IGO")) return true;
    if (!IsStateCode(code.substr(0, 3))) return false;
    return code.size() == 3 || OneOf(code.substr(3, 3), {"GOV", "LEG", "JUD"});
  }

  // A root's "not specified below" code: 190, or 01 and 010 (the codebook's
  // X0 codes name the root's act with no detail).
  static bool Unspecified(const CameoCode& c) { return c.code.size() == 2 || (c.code.size() == 3 && c.code[2] == '0'); }

  const EventPatterns& pats_;
  const Codebook& cb_;
  const Analysis& a_;
  const ActorMentions& actors_;
  std::vector<Event>* out_;
  std::vector<ExplainLine>* explain_;
  petrarch::Policy policy_;
  bool unknown_sides_;
  bool place_targets_;
  // The per-document buffers, kept by each thread from one document to the
  // next: allocating them anew (and a list for every chunk with actors) was
  // about 1.5% of a document's instructions. One SentenceCoder at a time
  // runs on a thread (EventCoder::Code does not nest).
  struct Scratch {
    std::vector<int32_t> chunk_of;
    std::vector<uint32_t> adjunct_end;
    std::vector<std::array<uint8_t, 2>> token_words;
    std::vector<uint32_t> coded_clauses;
    std::vector<const ActorMention*> event_sources;
    std::vector<const CameoCode*> event_codes;
    std::vector<std::vector<const ActorMention*>> by_chunk;
  };
  static Scratch& ThreadScratch() {
    thread_local Scratch scratch;
    return scratch;
  }
  Scratch& scratch_;
  std::vector<int32_t>& chunk_of_;
  std::vector<uint32_t>& adjunct_end_;                // AdjunctEnd of each token, kNoMatch until asked
  std::vector<std::array<uint8_t, 2>>& token_words_;  // WordIndex of each token's lemma and lower form
  std::vector<uint32_t>& coded_clauses_;
  std::vector<const ActorMention*>& event_sources_;  // parallel to the events pushed
  std::vector<const CameoCode*>& event_codes_;       // their codes, parallel to event_sources_
  std::deque<ActorMention> implied_;  // targets no phrase names (stable addresses)
  std::deque<ActorMention> unknown_people_;  // names no dictionary knows (stable addresses)
  // PETRARCH conventions: events whose target is the subject of the clause
  // they report, emitted once that clause is known to code nothing.
  struct OnContent {
    uint32_t content;  // clause index
    int32_t target;    // its chunk the event is aimed at
    const Pattern* pattern;
    const CameoCode* code;
    std::string modality;
    std::vector<const ActorMention*> sources;
    uint32_t verb_b, verb_e;
  };
  std::vector<OnContent> on_content_;
  std::vector<std::vector<const ActorMention*>>& by_chunk_;  // the actors of each chunk
  // Match stops at this element (MatchFronted matches a pattern's first
  // elements before a passive verb, the rest after it).
  static constexpr size_t kAllElements = ~size_t{0};
  mutable size_t match_stop_ = kAllElements;
};

}  // namespace

EventCoder::EventCoder() = default;
EventCoder::~EventCoder() = default;

size_t EventCoder::pattern_count() const { return patterns_->size(); }

Result<std::unique_ptr<EventCoder>> EventCoder::Load(const std::string& data_dir) {
  std::unique_ptr<EventCoder> ec(new EventCoder());
  auto cb = Codebook::Load(data_dir + "/cameo/codebook.txt");
  if (!cb.ok()) return cb.status();
  ec->codebook_ = std::move(cb).value();
  ec->patterns_ = std::make_unique<EventPatterns>();
  DYAD_RETURN_IF_ERROR(ec->patterns_->AddDirectory(data_dir + "/events", *ec->codebook_));
  DYAD_RETURN_IF_ERROR(ec->patterns_->LoadCodingRules(data_dir + "/coding"));
  ec->patterns_->Finish(*ec->codebook_);
  return ec;
}

Result<std::unique_ptr<EventCoder>> EventCoder::FromText(std::string_view codebook,
                                                         std::string_view patterns) {
  std::unique_ptr<EventCoder> ec(new EventCoder());
  auto cb = Codebook::Parse(codebook, "codebook");
  if (!cb.ok()) return cb.status();
  ec->codebook_ = std::move(cb).value();
  ec->patterns_ = std::make_unique<EventPatterns>();
  DYAD_RETURN_IF_ERROR(ec->patterns_->Add(patterns, "patterns", *ec->codebook_));
  DYAD_RETURN_IF_ERROR(ec->patterns_->LoadCodingRules(DefaultDataDir() + "/coding"));
  ec->patterns_->Finish(*ec->codebook_);
  return ec;
}

void EventCoder::Code(const Analysis& a, const ActorMentions& actors, std::vector<Event>* out,
                      std::vector<ExplainLine>* explain) const {
  out->clear();
  SentenceCoder(*patterns_, *codebook_, a, actors, out, explain, petrarch::Policy(conventions_), unknown_sides_,
                place_targets_)
      .Run();
}

}  // namespace dyad
