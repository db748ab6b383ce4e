#include "parse/chunker.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/calendar_words.h"
#include "core/words.h"

namespace dyad::parse {
namespace {

using T = PosTag;

// Words that may sit inside a noun phrase before its head.
bool IsNpModifier(T t) {
  return t == T::kDT || t == T::kPDT || t == T::kPRPS || t == T::kCD || IsAdjective(t) ||
         t == T::kPOS || IsNoun(t) || t == T::kWPS;
}

// Forms that invert with the subject after "nor" ("nor did it criticize").
bool IsAuxiliary(std::string_view lower) {
  return OneOf(lower, {"do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "will", "would", "can",
                       "could", "shall", "should", "may", "might", "must"});
}

// "seldom criticized", "hardly cooperates": an adverb that says the act does
// not (or almost never) happen negates it as "never" does. Not "barely",
// which says it did happen, just ("barely escaped").
bool IsNegation(std::string_view lower) {
  return OneOf(lower, {"not", "n't", "never", "seldom", "rarely", "hardly", "scarcely"});
}

// Verbs that report speech: their subject is the speaker of the clause they
// introduce or follow.
bool IsSpeechVerb(std::string_view lemma) {
  static const WordSet kWords{"say", "tell", "add", "state", "announce", "claim", "declare", "insist",
                       "stress", "note", "report", "assert", "explain", "write", "warn",
                       "argue", "emphasize", "emphasise", "reiterate", "affirm", "confirm",
                       "allege", "acknowledge", "admit", "predict", "believe", "think", "deny", "refute"};
  return kWords.Contains(lemma);
}

// Verbs that take a clause without "that" ("who said the army fired",
// "who feared the talks would fail"): a noun phrase after them may be the
// subject of the next verb.
bool TakesBareClause(std::string_view lemma) {
  static const WordSet kWords{"know",       "fear",     "hope",    "feel",     "expect",    "suspect",   "suggest",
                              "show",       "find",     "realize", "realise",  "learn",     "hear",      "see",
                              "understand", "worry",    "agree",   "decide",   "recall",    "remember",  "insist",
                              "assume",     "estimate", "doubt",   "indicate", "reveal",    "mean",      "guess",
                              "suppose",    "imagine",  "notice",  "conclude", "recognize", "recognise", "concede",
                              "contend",    "maintain", "testify", "prove",    "wish",      "pray"};
  return IsSpeechVerb(lemma) || kWords.Contains(lemma);
}

// Verbs whose object does what the infinitive after it says: "urged Iran
// to resume", "asked the council to meet". After other verbs the infinitive
// is the subject's own ("accepted an invitation to meet", "launched an
// appeal to help"), unless the object is a name or a pronoun.
bool IsObjectControlVerb(std::string_view lemma) {
  static const WordSet kWords{"urge", "ask", "call", "press", "pressure", "push", "persuade", "force", "order",
                       "invite", "encourage", "help", "allow", "permit", "tell", "warn", "request", "require",
                       "enable", "compel", "oblige", "authorize", "authorise", "instruct", "direct", "advise",
                       "appeal", "beg", "implore", "convince", "expect", "want", "need", "lead", "prompt",
                       "cause", "get", "leave", "challenge", "dare", "pressure", "train", "mandate", "empower",
                       "forbid", "prohibit", "ban", "bar", "prevent", "inspire", "motivate", "entice", "exhort",
                       "commission", "assign", "hire", "recruit", "send", "mobilize", "mobilise", "deploy"};
  return kWords.Contains(lemma);
}

bool IsQuantity(std::string_view lemma) {
  static const WordSet kWords{"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million",
                       "millions", "score", "scores", "number", "group", "some", "many", "most",
                       "all", "several", "few", "tens", "contingent", "team", "unit", "band",
                       "crowd", "couple", "pair", "handful", "batch", "wave", "convoy", "fleet",
                       "squad", "column", "delegation"};
  // "a series of warnings demanding ...", "a spate of attacks on ...": a
  // measure of things, like "a number of", is one phrase with the things.
  static const WordSet kMeasures{"series", "spate", "flurry", "string", "raft", "list"};
  return kWords.Contains(lemma) || kMeasures.Contains(lemma);
}

bool IsConditionalWord(std::string_view lower) {
  return OneOf(lower, {"if", "whether", "unless", "should"});
}

bool IsSubordinator(std::string_view lower) {
  static const WordSet kWords{"because", "although", "though", "while", "when", "after", "before",
                       "since", "as", "until", "if", "whether", "unless", "that", "whereas",
                       "once"};
  return kWords.Contains(lower);
}

class SentenceParser {
 public:
  SentenceParser(Analysis* a, const WordLists& words, uint32_t b, uint32_t e) : a_(a), words_(words), b_(b), e_(e) {}

  void Run() {
    SentenceParse sp;
    sp.first_chunk = a_->chunks.size();
    cb_ = sp.first_chunk;
    Chunk_();
    // Coordinated NPs ("China and Russia", "Iran, Iraq and Syria") are
    // merged so that a clause sees one compound subject or object, unless the
    // phrase after the conjunction is itself the subject of a new verb.
    MergeCoordinatedNps(sp.first_chunk, a_->chunks.size());
    sp.end_chunk = a_->chunks.size();
    sp.first_clause = a_->clauses.size();
    Clauses(sp.first_chunk, sp.end_chunk);
    sp.end_clause = a_->clauses.size();
    a_->parses.push_back(sp);
  }

 private:
  T Tag(uint32_t i) const { return a_->tokens[i].tag; }
  std::string_view Lower(uint32_t i) const { return a_->Lower(a_->tokens[i]); }
  std::string_view Lemma(uint32_t i) const { return a_->Lemma(a_->tokens[i]); }

  bool StartsVerbGroup(uint32_t i) const {
    T t = Tag(i);
    if (t == T::kMD || IsVerb(t)) return true;
    if (t == T::kTO && i + 1 < e_ && (IsVerb(Tag(i + 1)) || Tag(i + 1) == T::kRB)) {
      // "to" + verb is an infinitive, not a preposition.
      uint32_t j = i + 1;
      while (j < e_ && Tag(j) == T::kRB) ++j;
      return j < e_ && Tag(j) == T::kVB;
    }
    return false;
  }

  // A VBN/VBG directly before a noun inside a noun phrase is a modifier
  // ("the disputed islands", "growing uncertainties").
  bool IsAttributiveVerb(uint32_t i) const {
    T t = Tag(i);
    if (t != T::kVBN && t != T::kVBG) return false;
    if (i + 1 >= e_) return false;
    // "handed over captured Indian pilot": a participle after a particle,
    // preposition or determiner, before a name used as a modifier.
    if (t == T::kVBN && i > b_ && (Tag(i + 1) == T::kNNP || Tag(i + 1) == T::kJJ) && i + 2 < e_ &&
        (IsNoun(Tag(i + 2)) || IsAdjective(Tag(i + 2)))) {
      T p = Tag(i - 1);
      if (p == T::kIN || p == T::kRP || p == T::kDT || p == T::kPRPS) return true;
    }
    // before a common noun only: "accusing Doha" is a verb and its object
    if (!(Tag(i + 1) == T::kNN || Tag(i + 1) == T::kNNS)) return false;
    if (i == b_) return t == T::kVBN;  // "Disputed islands ..." vs "Meeting leaders"
    T p = Tag(i - 1);
    return p == T::kDT || p == T::kPRPS || IsAdjective(p) || p == T::kPOS || p == T::kCD ||
           p == T::kIN;
  }

  void Chunk_() {
    uint32_t i = b_;
    while (i < e_) {
      T t = Tag(i);
      if (StartsVerbGroup(i) && !IsAttributiveVerb(i)) {
        i = VerbGroup(i);
      } else if (IsNpModifier(t) || t == T::kPRP || t == T::kEX || IsAttributiveVerb(i) || Approximator(i) != i ||
                 // "internationally recognised authorities": an adverb of
                 // an adjective before a noun opens the noun's phrase
                 (t == T::kRB && i + 2 < e_ && Lower(i).ends_with("ly") && IsAdjective(Tag(i + 1)) &&
                  IsNoun(Tag(i + 2)))) {
        i = NounPhrase(i);
      } else if (t == T::kIN || t == T::kTO) {
        Push(ChunkKind::kPP, i, i + 1, i);
        ++i;
      } else if (t == T::kRB || t == T::kRBR || t == T::kRBS || t == T::kWRB) {
        Push(ChunkKind::kADVP, i, i + 1, i);
        ++i;
      } else {
        Push(ChunkKind::kO, i, i + 1, i);
        ++i;
      }
    }
  }

  void Push(ChunkKind k, uint32_t f, uint32_t e, uint32_t head) {
    Chunk c;
    c.kind = k;
    c.first_token = f;
    c.end_token = e;
    c.head = head;
    a_->chunks.push_back(c);
  }

  // "more than 400", "about 6,000", "at least 20": approximators that
  // belong to the number after them. Returns the number's index or `i`.
  uint32_t Approximator(uint32_t i) const {
    // Only a number one or two words on can be approximated.
    if (!((i + 1 < e_ && Tag(i + 1) == T::kCD) || (i + 2 < e_ && Tag(i + 2) == T::kCD))) return i;
    std::string_view w = Lower(i);
    uint32_t j = i;
    if ((w == "more" || w == "less" || w == "fewer") && i + 1 < e_ && Lower(i + 1) == "than") j = i + 2;
    else if ((w == "at" && i + 1 < e_ && (Lower(i + 1) == "least" || Lower(i + 1) == "most")) ||
             (w == "up" && i + 1 < e_ && Lower(i + 1) == "to")) j = i + 2;
    else if (OneOf(w, {"about", "nearly", "around", "almost", "approximately", "some", "over",
                       "roughly", "some"})) j = i + 1;
    return j > i && j < e_ && Tag(j) == T::kCD ? j : i;
  }

  // "The court today refused", "Police Monday arrested": a day's word
  // between a subject and its verb is a time adverb, not the phrase's head
  // (the tagger reads "today" as a noun). Only right before a finite verb
  // or a modal: "Friday prayers", "the Good Friday Agreement" keep the day.
  bool TimeWordBeforeVerb(uint32_t i) const {
    const std::string_view w = Lower(i);
    if (!IsRelativeDayWord(w) && !(Tag(i) == T::kNNP && IsWeekdayName(w))) {
      return false;
    }
    uint32_t j = i + 1;
    while (j < e_ && Tag(j) == T::kRB) ++j;
    if (j >= e_) return false;
    const T next = Tag(j);
    return next == T::kVBD || next == T::kVBZ || next == T::kVBP || next == T::kMD;
  }

  // A noun for a span of time (IsTimeNoun's, and the units it lacks).
  static bool TimeSpanNoun(std::string_view lemma) {
    return IsTimeNoun(lemma) || OneOf(lemma, {"hour", "minute", "decade", "century"});
  }

  // "returned to the government eight artifacts", "gave the army 100
  // tanks": a count of things after a common noun starts the phrase of the
  // things counted (two objects), where "phase 2 trials" or "Boeing 737
  // jets" number the noun before: the count is spelled out or has two
  // digits or more, the noun before is not capitalised, and a plural noun
  // follows (past adjectives).
  bool CountAfterCommonNoun(uint32_t i) const {
    const T before = Tag(i - 1);
    // ("gave the U.N. Refugee Agency 14 days to present a plan": so does a
    // span of time after a name, not after a month's or a day's, "March 24")
    const bool capitalised = (a_->tokens[i - 1].flags & (kTokCapitalized | kTokAllCaps)) != 0;
    const bool name =
        (before == T::kNNP || before == T::kNNPS || ((before == T::kNN || before == T::kNNS) && capitalised)) &&
        !IsWeekdayOrMonthName(Lower(i - 1));
    if (!name && (before != T::kNN && before != T::kNNS)) return false;
    const std::string_view w = Lower(i);
    const bool digits =
        w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; });
    if (!digits &&
        !OneOf(w, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                   "thirty", "forty", "fifty", "hundred", "hundreds", "dozens", "thousands"})) {
      return false;
    }
    uint32_t j = i + 1;
    while (j < e_ && IsAdjective(Tag(j))) ++j;
    // (after a name only a span of time: "Boeing 737 jets" numbers the name)
    return j < e_ && Tag(j) == T::kNNS && (!name || TimeSpanNoun(Lemma(j)));
  }

  uint32_t NounPhrase(uint32_t i) {
    uint32_t start = i;
    i = Approximator(i);
    if (Tag(i) == T::kPRP || Tag(i) == T::kEX) {
      Push(ChunkKind::kNP, i, i + 1, i);
      return i + 1;
    }
    uint32_t head = i;
    bool has_head = false;
    while (i < e_) {
      T t = Tag(i);
      // "sent on Friday anti-tank missiles", "on Monday 12 soldiers": a word
      // after a day's name starts a new phrase (but "Friday morning").
      // (Only a day that opens the phrase: "the Good Friday Agreement" is a name.)
      // (The day's name is tested first: this runs for every word after a
      // proper noun, and a comparison with seven names was a call each.)
      if (has_head && head + 1 == i && Tag(head) == T::kNNP && t != T::kPOS && IsWeekdayName(Lower(head)) &&
          (head == start || OneOf(Lower(head - 1), {"last", "next", "this", "early", "late"})) &&
          !OneOf(Lower(i), {"morning", "afternoon", "evening", "night", "noon", "midnight"})) {
        break;
      }
      // "in recent months Syria and Israel have fired", "last week Kenya":
      // a name after a lower-case time noun that opens the sentence or a
      // prepositional phrase starts a new phrase. (After a verb the time
      // phrase stands between the verb and its object: "supplied last week
      // Ukraine with weapons" keeps its object whole.)
      if (has_head && head + 1 == i && (t == T::kNNP || t == T::kNNPS) && (start == b_ || Tag(start - 1) == T::kIN) &&
          (Tag(head) == T::kNN || Tag(head) == T::kNNS) &&
          !(a_->tokens[head].flags & (kTokCapitalized | kTokAllCaps)) && IsTimeNoun(Lemma(head))) {
        break;
      }
      if (has_head && IsNoun(t) && TimeWordBeforeVerb(i)) break;
      if (t == T::kCD && has_head && head + 1 == i && CountAfterCommonNoun(i)) break;
      // "told the news agency Mr Suarez had borrowed": an honorific after a
      // lower-case common noun opens a new phrase, a person's name.
      if (has_head && head + 1 == i && (Tag(head) == T::kNN || Tag(head) == T::kNNS) &&
          !(a_->tokens[head].flags & (kTokCapitalized | kTokAllCaps)) &&
          OneOf(Lower(i), {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."})) {
        break;
      }
      if (IsNoun(t) || t == T::kCD) {
        head = i;
        has_head = true;
        ++i;
      } else if (has_head && head + 1 == i && IsAdjective(t) && i + 1 < e_ && Tag(i + 1) == T::kIN) {
        // "found Ana Ruiz guilty of fraud", "held Sylvania responsible for":
        // an adjective right after the head, before a preposition, says
        // what the phrase is; it modifies nothing after it.
        break;
      } else if (t == T::kPOS) {
        ++i;  // possessive: the phrase goes on ("Russia 's defense minister")
      } else if (IsNpModifier(t) || IsAttributiveVerb(i)) {
        // A determiner or a possessive pronoun after a noun starts a new
        // phrase ("gave Russia the ...", "gave Peru its ...").
        // ("workers whose wages ...": "whose" opens a relative clause's
        // subject.)
        if ((t == T::kDT || t == T::kPDT || t == T::kPRPS || t == T::kWPS) && has_head) break;
        ++i;
      } else if ((t == T::kDollar || (t == T::kSYM && OneOf(Lower(i), {"£", "€", "¥"}))) && !has_head && i > start &&
                 i + 1 < e_ && Tag(i + 1) == T::kCD) {
        ++i;  // "a $3 billion loan", "a £40 million grant": the currency sign goes with its amount
      } else if (t == T::kRB && i + 1 < e_ && IsAdjective(Tag(i + 1)) && !has_head) {
        ++i;  // "very large crowds"
      } else if (t == T::kRBR && i > start && i + 1 < e_ && (Tag(i - 1) == T::kDT || Tag(i - 1) == T::kCD) &&
                 (IsAdjective(Tag(i + 1)) || IsNoun(Tag(i + 1))) && Lower(i) == "more") {
        ++i;  // "any more refugees", "two more soldiers": "more" counts the noun
      } else if (Lower(i) == "," && i > start && IsAdjective(Tag(i - 1)) && i + 3 < e_ && Tag(i + 1) == T::kRB &&
                 Lower(i + 1).ends_with("ly") && IsAdjective(Tag(i + 2)) && IsNoun(Tag(i + 3))) {
        i += 2;  // "Freedonia's Zenda-based, internationally recognised government"
      } else {
        break;
      }
    }
    if (i == start) ++i;
    if (!has_head) head = i - 1;
    Push(ChunkKind::kNP, start, i, head);
    return i;
  }

  // "had in fact asked", "has in recent weeks accused", "will on Monday
  // meet": a short prepositional phrase (set off by commas or not) between
  // an auxiliary or modal and the verb it carries is an adverbial inside
  // the verb group; cut there, the auxiliary would be the clause's verb and
  // the main verb would take the phrase's noun for its subject. Only a
  // participle after "be" or "have", or a base form after a modal, closes
  // it ("was in Sudan and witnessed" stays a copula). Returns the main
  // verb's index (retagged), or `i`.
  uint32_t AdverbialBeforeMainVerb(uint32_t i, int32_t last_verb, int32_t modal, int32_t first_main) {
    const bool after_aux = last_verb >= 0 && last_verb == first_main && static_cast<uint32_t>(last_verb) + 1 == i &&
                           OneOf(Lemma(last_verb), {"be", "have"});
    const bool after_modal = modal >= 0 && last_verb < 0 && static_cast<uint32_t>(modal) + 1 == i;
    if (!after_aux && !after_modal) return i;
    uint32_t j = i;
    const bool comma = Tag(j) == T::kComma;
    if (comma) ++j;
    if (j >= e_ || Tag(j) != T::kIN || IsSubordinator(Lower(j))) return i;
    ++j;
    const uint32_t np = j;
    while (j < e_ && j < np + 4 &&
           (IsNoun(Tag(j)) || IsAdjective(Tag(j)) || Tag(j) == T::kDT || Tag(j) == T::kCD || Tag(j) == T::kPRPS)) {
      ++j;
    }
    if (j == np || j >= e_) return i;
    // After "be" only a time ("was on Tuesday expelled") or "among those"
    // ("were among those killed"): "was at a meeting chaired by" is a copula
    // and a participle of the meeting's.
    if (Lemma(last_verb >= 0 ? last_verb : modal) == "be" && !TimeSpanNoun(Lemma(j - 1)) &&
        !IsWeekdayOrMonthName(Lower(j - 1)) && !(Lower(np - 1) == "among" && Lower(np) == "those")) {
      return i;
    }
    if (comma) {
      if (Tag(j) != T::kComma) return i;
      ++j;
    }
    if (j >= e_) return i;
    const T v = Tag(j);
    // (A past form of "be" or "have" there is the next clause's own verb.)
    if (after_aux && (v == T::kVBN || (v == T::kVBD && !OneOf(Lemma(j), {"be", "have"})))) {
      a_->tokens[j].tag = T::kVBN;
      return j;
    }
    if (after_modal && (v == T::kVB || v == T::kVBP)) {
      a_->tokens[j].tag = T::kVB;
      return j;
    }
    return i;
  }

  uint32_t VerbGroup(uint32_t i) {
    Chunk c;
    c.kind = ChunkKind::kVP;
    c.first_token = i;
    int32_t last_verb = -1;
    int32_t first_main = -1;
    bool saw_be = false, saw_have = false, saw_going = false;
    int32_t pending_to = -1;
    while (i < e_) {
      T t = Tag(i);
      std::string_view lower = Lower(i);
      if (t == T::kMD) {
        if (c.modal < 0) c.modal = i;
        // "won't host", "will fence": after a modal (and adverbs) a word the
        // tagger took for a noun is the verb's base form.
        uint32_t j = i + 1;
        while (j < e_ && (Tag(j) == T::kRB || Tag(j) == T::kRBR)) ++j;
        if (j < e_ && (Tag(j) == T::kNN || Tag(j) == T::kVBP) &&
            !(a_->tokens[j].flags & (kTokCapitalized | kTokAllCaps))) {
          a_->tokens[j].tag = T::kVB;
        }
      } else if (t == T::kRB || t == T::kRBR) {
        if (IsNegation(lower)) c.negated = true;
        // Adverbs inside the group ("will also continue", "has not yet").
        if (i + 1 >= e_ || !(IsVerb(Tag(i + 1)) || Tag(i + 1) == T::kRB || Tag(i + 1) == T::kTO ||
                             Tag(i + 1) == T::kMD)) {
          break;
        }
      } else if (t == T::kTO) {
        if (last_verb < 0) {
          // "to strengthen": an infinitive group starts here
          uint32_t j = i + 1;
          while (j < e_ && Tag(j) == T::kRB) ++j;
          if (j >= e_ || Tag(j) != T::kVB) break;
          c.infinitive = true;
          ++i;
          continue;
        }
        uint32_t j = i + 1;
        while (j < e_ && Tag(j) == T::kRB) ++j;
        if (j >= e_ || Tag(j) != T::kVB) break;
        pending_to = i;
      } else if (IsVerb(t)) {
        if (last_verb >= 0 && Tag(last_verb) != T::kMD && pending_to < 0) {
          // verb after verb: an auxiliary chain ("has been", "is being attacked")
          // unless the earlier one is a full verb followed by a gerund
          // complement ("prioritizes strengthening").
          std::string_view prev = Lemma(last_verb);
          bool aux = prev == "be" || prev == "have" || prev == "do" || prev == "get";
          // "two officers stand accused of the killing", "stood charged":
          // "stand" before a past participle is a copula, and the group
          // passive (its subject is who is accused).
          if (!aux && prev == "stand" && last_verb + 1 == static_cast<int32_t>(i) && (t == T::kVBN || t == T::kVBD)) {
            a_->tokens[i].tag = t = T::kVBN;
            saw_be = aux = true;
          }
          if (!aux) break;
        }
        if (pending_to >= 0) {
          // "continue to strengthen": the earlier verb governs the later one.
          if (c.control < 0 && first_main >= 0) c.control = first_main;
          c.infinitive = c.infinitive || (first_main < 0);
          saw_be = saw_have = false;
          pending_to = -1;
        }
        std::string_view lemma = Lemma(i);
        if (lemma == "be") saw_be = true;
        if (lemma == "have") saw_have = true;
        if (lower == "going" && i + 1 < e_ && Tag(i + 1) == T::kTO) saw_going = true;
        // "been" itself is no passive: "have been launching" is active.
        if (t == T::kVBN && saw_be && lemma != "be") c.voice = Voice::kPassive;
        if (t == T::kVBN && saw_have) c.perfect = true;
        if (t == T::kVBG && saw_be) c.progressive = true;
        // The governing verb of a chain is its first full verb: "has
        // threatened to close" is governed by "threatened", not "has".
        bool auxiliary = lemma == "be" || lemma == "have" || lemma == "do";
        if (first_main < 0) {
          first_main = static_cast<int32_t>(i);
        } else if (!auxiliary && OneOf(Lemma(first_main), {"be", "have", "do"}) && c.control < 0) {
          first_main = static_cast<int32_t>(i);
        }
        last_verb = i;
      } else if (t == T::kDT && i > c.first_token && OneOf(lower, {"both", "all", "each"}) && i + 1 < e_ &&
                 (Tag(i - 1) == T::kMD || (IsVerb(Tag(i - 1)) && OneOf(Lemma(i - 1), {"be", "have"}))) &&
                 (Tag(i + 1) == T::kVBN || Tag(i + 1) == T::kVBD || Tag(i + 1) == T::kVBG || Tag(i + 1) == T::kVB)) {
        // a quantifier floated after an auxiliary, said of the subject:
        // "have both charged", "were all expelled", "will each send"
      } else if (t == T::kRP && last_verb >= 0) {
        // particle: "cracked down", "pulled out"
      } else if (uint32_t v = AdverbialBeforeMainVerb(i, last_verb, c.modal, first_main); v > i) {
        i = v;
        continue;
      } else {
        break;
      }
      ++i;
    }
    if (pending_to >= 0 && i > static_cast<uint32_t>(pending_to)) i = pending_to;
    if (i == c.first_token) i = c.first_token + 1;
    c.end_token = i;
    // "forces backed by Russia", "a convoy, attacked by militants,": a bare
    // participle with its "by" phrase is passive.
    if (last_verb >= 0 && Tag(last_verb) == T::kVBN && !saw_be && !saw_have && i < e_ && Lower(i) == "by") {
      c.voice = Voice::kPassive;
    }
    // ("a meeting of the council requested by the United States": a bare
    // past form right after a noun with a "by" phrase naming someone is the
    // participle; "prices rose by 5%" keeps its number.)
    if (last_verb >= 0 && last_verb == static_cast<int32_t>(c.first_token) && Tag(last_verb) == T::kVBD &&
        c.first_token > b_ && (Tag(c.first_token - 1) == T::kNN || Tag(c.first_token - 1) == T::kNNS ||
                               Tag(c.first_token - 1) == T::kNNP || Tag(c.first_token - 1) == T::kNNPS) &&
        i + 1 < e_ && Lower(i) == "by" && (Tag(i + 1) == T::kDT || Tag(i + 1) == T::kNNP || Tag(i + 1) == T::kNNPS)) {
      a_->tokens[last_verb].tag = T::kVBN;
      c.voice = Voice::kPassive;
    }
    if (last_verb < 0) last_verb = c.modal >= 0 ? c.modal : static_cast<int32_t>(c.first_token);
    c.head = last_verb;
    if (c.control == static_cast<int32_t>(c.head)) c.control = -1;
    // Tense from the first verb of the group.
    T first = Tag(c.first_token);
    if (c.modal >= 0) {
      std::string_view m = Lower(c.modal);
      c.tense = (m == "will" || m == "shall" || m == "'ll" || m == "wo") ? Tense::kFuture
                                                                          : Tense::kPresent;
    } else if (saw_going) {
      c.tense = Tense::kFuture;
    } else if (first == T::kVBD || (first == T::kVBN)) {
      c.tense = Tense::kPast;
    } else {
      c.tense = Tense::kPresent;
    }
    if (c.control >= 0 && Tag(c.control) == T::kVBD && c.modal < 0) c.tense = Tense::kPast;
    for (uint32_t k = c.first_token; k < c.end_token; ++k) {
      if (IsNegation(Lower(k))) c.negated = true;
      // "will no longer recognize": two words
      if (k > c.first_token && Lower(k) == "longer" && Lower(k - 1) == "no") c.negated = true;
    }
    // "troops never attacked": the adverb before the group negates it, as
    // "no longer" does ("the agency no longer conducts inspections")
    if (c.first_token > b_ && IsNegation(Lower(c.first_token - 1))) c.negated = true;
    if (c.first_token >= b_ + 2 && Lower(c.first_token - 1) == "longer" && Lower(c.first_token - 2) == "no") {
      c.negated = true;
    }
    // The subject before the group may deny the act: "Neither Chad nor Niger
    // condemned Sudan", "None of the ministers criticized it", "No envoy met
    // them"; so may "nor" before an inverted auxiliary ("nor did it criticize
    // Libya"). A comma or another verb ends the subject.
    bool saw_nor = false;
    for (uint32_t k = c.first_token; k-- > b_;) {
      const T t = Tag(k);
      if (IsVerb(t) || t == T::kMD) {
        if (k > b_ && (Tag(k - 1) == T::kCC || Tag(k - 1) == T::kDT) && OneOf(Lower(k - 1), {"nor", "neither"}) &&
            IsAuxiliary(Lower(k))) {
          c.negated = true;
        }
        break;
      }
      if (t == T::kComma || t == T::kColon) break;
      // ("nor", "neither", "no" and "none" are tagged CC, DT or NN)
      if (t != T::kCC && t != T::kDT && t != T::kNN) continue;
      const std::string_view w = Lower(k);
      if (w == "nor") saw_nor = true;
      if (w == "neither") {
        c.negated = c.negated || saw_nor;
        break;
      }
      if ((w == "none" || (w == "no" && t == T::kDT)) &&
          (k == b_ || Tag(k - 1) == T::kComma || Tag(k - 1) == T::kCC || Lower(k - 1) == "that")) {
        c.negated = true;
        break;
      }
    }
    a_->chunks.push_back(c);
    return c.end_token;
  }

  // ---- clauses ----------------------------------------------------------

  const Chunk& C(int32_t i) const { return a_->chunks[i]; }

  // A preposition of time and a noun phrase that is a day, a month or a
  // part of the day: "on Sunday", "in March", "on Tuesday morning".
  bool TimePhrase(int32_t pp) const {
    if (C(pp).end_token != C(pp).first_token + 1 || !OneOf(Lower(C(pp).first_token), {"on", "in"})) return false;
    const Chunk& np = C(pp + 1);
    for (uint32_t t = np.first_token; t < np.end_token; ++t) {
      std::string_view w = Lower(t);
      if (!IsWeekdayOrMonthName(w) && !OneOf(w, {"morning", "afternoon", "evening", "night", "weekend"}) &&
          a_->tokens[t].tag != T::kCD) {
        return false;
      }
    }
    return IsWeekdayOrMonthName(Lower(np.first_token));
  }

  // A noun phrase that is only a weekday ("Monday", "Tuesday night") or
  // "today", "yesterday", "tonight".
  // Whether chunk ci is a lone comma.
  // "'We took cover,' Ghulam Nabi, a freed passenger, told reporters", "...,
  // Ana Ruiz, a spokesperson for the ministry, said.": a verb right after an
  // apposition set off by commas, with no subject in its own segment, is
  // the name's before the apposition, when that name opens a segment (the
  // sentence starts there, or a comma or closing quote comes before it).
  // Returns the name's chunk, or -1.
  int32_t NameBeforeApposition(int32_t cb, int32_t vc) const {
    if (vc < cb + 4 || !IsComma(vc - 1)) return -1;
    int32_t k = vc - 2;
    int n = 0;
    while (k >= cb && n < 7 && (C(k).kind == ChunkKind::kNP || C(k).kind == ChunkKind::kPP)) --k, ++n;
    if (n == 0 || k <= cb || !IsComma(k) || C(k + 1).kind != ChunkKind::kNP) return -1;
    const int32_t name = k - 1;
    if (C(name).kind != ChunkKind::kNP || IsTimePhrase(name)) return -1;
    if (name > cb && !IsComma(name - 1) &&
        !(C(name - 1).kind == ChunkKind::kO && Tag(C(name - 1).first_token) == T::kCloseQuote)) {
      return -1;
    }
    return name;
  }

  // Whether relative clause r's pronoun ("who", "which") follows a comma:
  // the clause is set off, not restrictive.
  bool CommaBeforeRelativePronoun(const Clause& r) const {
    for (uint32_t t = C(r.verb).first_token; t-- > r.first_token;) {
      if (Tag(t) == T::kWP || Tag(t) == T::kWDT) return t > b_ && Lower(t - 1) == ",";
    }
    return false;
  }

  bool IsComma(int32_t ci) const {
    return C(ci).kind == ChunkKind::kO && C(ci).end_token == C(ci).first_token + 1 && Lower(C(ci).first_token) == ",";
  }

  // A quotation mark alone, of the given kind (kOpenQuote or kCloseQuote).
  bool IsLoneQuote(int32_t ci, T kind) const {
    return C(ci).kind == ChunkKind::kO && C(ci).end_token == C(ci).first_token + 1 && Tag(C(ci).first_token) == kind;
  }

  bool BareDay(int32_t ci) const {
    const Chunk& np = C(ci);
    const std::string_view first = Lower(np.first_token);
    if (np.end_token == np.first_token + 1 && IsRelativeDayWord(first)) return true;
    if (!IsWeekdayName(first)) return false;
    for (uint32_t t = np.first_token + 1; t < np.end_token; ++t) {
      if (!IsPartOfDay(Lower(t))) return false;
    }
    return true;
  }

  bool ChunkIsWord(int32_t ci, std::initializer_list<std::string_view> words) const {
    const Chunk& c = C(ci);
    return c.end_token == c.first_token + 1 && OneOf(Lower(c.first_token), words);
  }

  // "on Friday", "in March": a time phrase is never a clause's subject.
  bool IsTimePhrase(int32_t ci) const {
    const std::string_view head = Lower(C(ci).head);
    return IsWeekdayOrMonthName(head) || IsTimeNoun(head);
  }

  // "men who boarded", "the ship that carried": a relative pronoun right
  // before verb chunk vc, right after a noun phrase (no comma between) that
  // is not the object of a preposition ("companies in Sylvania that import
  // arms": which of the two the pronoun stands for is not known).
  bool RelativeRightBefore(int32_t vc) const {
    if (vc < 2) return false;
    if (vc >= 3 && C(vc - 3).kind == ChunkKind::kPP) return false;
    const Chunk& pr = C(vc - 1);
    const T t = Tag(pr.first_token);
    return pr.end_token == pr.first_token + 1 && pr.end_token == C(vc).first_token && (t == T::kWP || t == T::kWDT) &&
           OneOf(Lower(pr.first_token), {"who", "which", "that"}) && C(vc - 2).kind == ChunkKind::kNP &&
           C(vc - 2).end_token == pr.first_token;
  }

  // A verb group that is a lone past participle, or one with its particles
  // ("drawn up", "carried out").
  bool BareParticiple(const Chunk& c) const {
    if (c.head != c.first_token || Tag(c.head) != T::kVBN) return false;
    for (uint32_t t = c.head + 1; t < c.end_token; ++t) {
      if (Tag(t) != T::kRP) return false;
    }
    return true;
  }

  // "The Freedonian minister — a general who led the army — met the envoy":
  // a parenthesis set off by two dashes is skipped by the sentence, so a
  // finite verb right after the closing dash goes with the noun phrase
  // before the opening one, not with a phrase inside the pair (nor with
  // none). Through "of" phrases back to their head ("the growth of the
  // models — the technology behind chatbots — may slow"); a phrase after
  // another preposition is left to the rules above ("protesters in the
  // capital — thousands — marched"). Returns that phrase's chunk, or -1.
  int32_t SubjectBeforeDashes(uint32_t cb, int32_t vc, size_t first_clause) const {
    const uint32_t v = C(vc).first_token;
    const T vt = Tag(v);
    // (a lone past participle there is the past tense, "— held talks with
    // Peru", unless a "by" phrase says who did it to the phrase)
    const bool past = vt == T::kVBN && C(vc).end_token == v + 1 && v + 1 < e_ && Lower(v + 1) != "by";
    if (!(vt == T::kVBZ || vt == T::kVBD || vt == T::kVBP || vt == T::kMD || past)) return -1;
    if (v < b_ + 3 || Lower(v - 1) != "--") return -1;
    uint32_t open = v - 2;
    while (open > b_ && Lower(open) != "--") --open;
    if (Lower(open) != "--") return -1;
    int32_t np = vc - 1;
    while (np >= static_cast<int32_t>(cb) && C(np).first_token >= open) --np;
    if (np < static_cast<int32_t>(cb) || C(np).kind != ChunkKind::kNP || C(np).end_token != open) return -1;
    // ("the invasion of Ukraine, and their partnership — ... — has": a
    // phrase joined across a comma after "of" is two, the second its own)
    for (uint32_t t = C(np).first_token; t < C(np).end_token; ++t) {
      if (Lower(t) == "," && np > static_cast<int32_t>(cb) && C(np - 1).kind == ChunkKind::kPP) return -1;
    }
    while (np >= static_cast<int32_t>(cb) + 2 && C(np - 1).kind == ChunkKind::kPP &&
           C(np - 1).end_token == C(np - 1).first_token + 1 && Lower(C(np - 1).first_token) == "of" &&
           C(np - 2).kind == ChunkKind::kNP && C(np - 2).end_token == C(np - 1).first_token) {
      np -= 2;
    }
    if (np > static_cast<int32_t>(cb) && C(np - 1).kind == ChunkKind::kPP) return -1;
    // ("Ana Ruiz, a Peruvian who founded Alta — a rival of Baja — held
    // talks": the object of a relative clause before the dash is not the
    // subject; the relative clause's antecedent is.)
    for (size_t k = first_clause; k < a_->clauses.size(); ++k) {
      const Clause& rel = a_->clauses[k];
      if (rel.relative && rel.object == np && rel.subject >= 0) return rel.subject;
    }
    return np;
  }

  void Clauses(uint32_t cb, uint32_t ce) {
    // The sentence's verb chunks. Kept by the thread from one sentence to
    // the next: a new vector grew one to three times for every sentence.
    thread_local std::vector<int32_t> verbs;
    verbs.clear();
    for (uint32_t k = cb; k < ce; ++k) {
      if (C(k).kind == ChunkKind::kVP) verbs.push_back(k);
    }
    uint32_t first_clause = a_->clauses.size();
    bool question = e_ > b_ && Lower(e_ - 1) == "?";
    int32_t seg_start = cb;
    for (size_t v = 0; v < verbs.size(); ++v) {
      int32_t vc = verbs[v];
      Clause cl;
      cl.verb = vc;
      cl.first_token = C(seg_start < vc ? seg_start : vc).first_token;
      int32_t next_vc = v + 1 < verbs.size() ? verbs[v + 1] : static_cast<int32_t>(ce);
      // subject: relative pronoun first, then the first NP of the segment.
      bool relative = false;
      int32_t subj = -1;
      for (int32_t k = vc - 1; k >= seg_start; --k) {
        const Chunk& ck = C(k);
        if (ck.kind == ChunkKind::kO && (Tag(ck.first_token) == T::kWP || Tag(ck.first_token) == T::kWDT)) {
          relative = true;
          // antecedent: the NP right before the pronoun (skipping a comma);
          // "protesters, some of whom threw rocks": past a quantity "of" it
          int32_t from = k - 1;
          if (from - 2 >= static_cast<int32_t>(cb) && C(from).kind == ChunkKind::kPP &&
              C(from).end_token == C(from).first_token + 1 && Lower(C(from).first_token) == "of" &&
              C(from - 1).kind == ChunkKind::kNP && C(from - 1).end_token == C(from - 1).first_token + 1 &&
              (Tag(C(from - 1).first_token) == T::kDT || Tag(C(from - 1).first_token) == T::kCD ||
               OneOf(Lower(C(from - 1).first_token), {"many", "most", "several", "none", "one", "both", "each"})) &&
              IsComma(from - 2)) {
            from -= 2;
          }
          for (int32_t m = from; m >= 0 && m >= static_cast<int32_t>(cb); --m) {
            if (C(m).kind == ChunkKind::kNP) { subj = m; break; }
            if (C(m).kind != ChunkKind::kO) break;
          }
          break;
        }
        if (ck.kind == ChunkKind::kNP && Tag(ck.first_token) == T::kWDT) {
          relative = true;
          for (int32_t m = k - 1; m >= 0 && m >= static_cast<int32_t>(cb); --m) {
            if (C(m).kind == ChunkKind::kNP) { subj = m; break; }
            if (C(m).kind != ChunkKind::kO) break;
          }
          break;
        }
      }
      if (!relative) {
        int32_t depth_pp = 0;
        for (int32_t k = seg_start; k < vc; ++k) {
          const Chunk& ck = C(k);
          if (ck.kind == ChunkKind::kPP) { depth_pp = 1; continue; }
          if (ck.kind == ChunkKind::kNP) {
            if (depth_pp) { depth_pp = 0; continue; }  // object of a fronted preposition
            subj = k;
            break;
          }
          if (ck.kind == ChunkKind::kO && Lower(ck.first_token) == ",") depth_pp = 0;
        }
        // "Shoygu said Russia prioritizes": a later NP right before the verb
        // is the subject when the segment started with a clause boundary.
        int32_t near = -1;
        for (int32_t k = vc - 1; k >= seg_start; --k) {
          if (C(k).kind == ChunkKind::kNP) { near = k; break; }
          // ("said that the army \"successfully eliminated\" the commander":
          // a quotation may open on the verb, after its subject.)
          if (C(k).kind == ChunkKind::kADVP || IsLoneQuote(k, T::kOpenQuote)) continue;
          break;
        }
        // ("packed the square on Friday demanding": "Friday" is the object
        // of "on", not the subject of "demanding".)
        bool near_in_pp = near - 1 >= seg_start && C(near - 1).kind == ChunkKind::kPP && IsTimePhrase(near);
        if (subj < 0 && !near_in_pp) subj = near;
        else if (near >= 0 && near != subj) {
          // The phrase right before the verb is its subject ("Hours later,
          // India's foreign secretary accused"), except after an apposition
          // ("X, vice chairman of Y, made": comma before the verb) or inside
          // a prepositional phrase ("protesters from X marched").
          bool comma_before_verb = vc - 1 >= seg_start && C(vc - 1).kind == ChunkKind::kO &&
                                   Lower(C(vc - 1).first_token) == ",";
          bool pp_before_near = near - 1 >= seg_start && C(near - 1).kind == ChunkKind::kPP;
          // ("Commissioner Michelle Bachelet this week voiced concern": a
          // time phrase right before the verb is not its subject.)
          if (!comma_before_verb && !pp_before_near && !IsTimePhrase(near)) subj = near;
        }
      }
      cl.relative = relative;
      cl.subject = subj;
      // "UN Chief: Killing of Protesters Unacceptable": a gerund right after
      // a colon and followed by "of" is a noun whose doer is not named; the
      // phrase before the colon says who speaks, not who acted.
      if (C(vc).first_token > b_ && Lower(C(vc).first_token - 1) == ":" && C(vc).head == C(vc).first_token &&
          Tag(C(vc).head) == T::kVBG && C(vc).end_token < e_ && Lower(C(vc).end_token) == "of") {
        cl.subject = -1;
      }
      // "took back the freedoms given to the city", "condemned the sanctions
      // imposed on Sylvania": a bare past participle right after the noun
      // object of the verb before it (no comma), with no object of its own,
      // is a passive reduced relative clause on that noun: the noun is what
      // it was done to, and the verb before's subject did not do it.
      if (v > 0 && cl.subject < 0 && a_->clauses.size() > first_clause) {
        Chunk& me = a_->chunks[vc];
        const Clause& prev = a_->clauses.back();
        const bool own_object = vc + 1 < static_cast<int32_t>(ce) && C(vc + 1).kind == ChunkKind::kNP;
        // "said Sylvanian police backed by Ruritanian troops could be seen":
        // a "by" phrase names who did it to the noun, so the noun is still
        // the participle's subject. (Not before "for": "migrants slated for
        // deportation", "aid bound for Gaza" say what the noun is meant for.)
        const bool for_follows = me.end_token < e_ && Lower(me.end_token) == "for";
        if (BareParticiple(me) && !own_object && !for_follows && !prev.relative && prev.object == vc - 1 &&
            C(vc - 1).kind == ChunkKind::kNP && C(vc - 1).end_token == me.first_token && IsNoun(Tag(C(vc - 1).head))) {
          cl.subject = vc - 1;
          cl.relative = true;
          me.voice = Voice::kPassive;
        }
      }
      if (v > 0 && a_->clauses.size() > first_clause && InheritFromController(vc, first_clause, &cl)) {
        // handled: infinitive, gerund or coordinated verb under a governing one
      }
      // "thanked Sylvania for hosting the talks": a gerund that is the object
      // of "for" right after the previous verb's noun object is that object's
      // act (praise, blame, thanks or punishment for what it did).
      if (a_->clauses.size() > first_clause && C(vc).head == C(vc).first_token && Tag(C(vc).head) == T::kVBG &&
          vc >= 2 && C(vc - 1).kind == ChunkKind::kPP && C(vc - 1).end_token == C(vc - 1).first_token + 1 &&
          Lower(C(vc - 1).first_token) == "for") {
        const Clause& prev = a_->clauses.back();
        // ("took credit for attacking", "claimed responsibility for": a
        // bare singular noun is part of the verb's phrase, not a party.)
        const bool party = prev.object >= 0 && IsNoun(Tag(C(prev.object).head)) &&
                           (Tag(C(prev.object).head) != T::kNN || Tag(C(prev.object).first_token) == T::kDT ||
                            Tag(C(prev.object).first_token) == T::kPRPS);
        if (party && prev.object == vc - 2) {
          cl.subject = prev.object;
          cl.coordinated_with = -1;
        } else if (vc >= 3 && C(vc - 2).kind == ChunkKind::kNP && C(vc - 3).kind == ChunkKind::kPP &&
                   C(vc - 3).end_token == C(vc - 2).first_token &&
                   OneOf(Lower(C(vc - 3).first_token), {"on", "against", "upon"}) && IsNoun(Tag(C(vc - 2).head)) &&
                   Tag(C(vc - 2).head) != T::kNN) {
          // ("imposed sanctions on three companies for supplying Russia",
          // "took action against the firms for violating": whom the measure
          // is on is the one that did it.)
          cl.subject = vc - 2;
          cl.coordinated_with = -1;
        }
      }
      // "Syrian troops backed by tanks attacked ...": a bare participle with a
      // "by" phrase right after its noun is a reduced relative clause; the
      // next verb belongs to that noun.
      if (a_->clauses.size() > first_clause) {
        Clause& prev = a_->clauses.back();
        const Chunk& pv = C(prev.verb);
        bool bare_participle = BareParticiple(pv);
        bool by_follows = prev.verb + 1 < vc && C(prev.verb + 1).kind == ChunkKind::kPP &&
                          Lower(C(prev.verb + 1).first_token) == "by";
        bool noun_before = prev.subject >= 0 && prev.subject == prev.verb - 1;
        bool no_comma = true;
        // ("allegations made by Peru that it had armed the rebels": a verb
        // after "that" has a subject of its own.)
        bool no_that = true;
        for (uint32_t t = pv.end_token; t < C(vc).first_token; ++t) {
          no_comma = no_comma && Lower(t) != ",";
          no_that = no_that && Lower(t) != "that";
        }
        if (bare_participle && by_follows && noun_before && no_comma && no_that) {
          prev.relative = true;
          cl.subject = prev.subject;
        }
        // "Sylvanian troops stationed in Ruritania attacked rebels", "leaders
        // of refugees caught in the fighting in Aleppo thanked Canada": a bare
        // past participle with no object right after a noun (no comma), then
        // only prepositional phrases before a finite verb, is a passive
        // reduced relative on that noun; the finite verb is the subject's of
        // the phrase the noun is in, not the last prepositional object's.
        const T fv = Tag(C(vc).first_token);
        if (bare_participle && !by_follows && prev.object < 0 && prev.subject >= 0 && prev.subject < prev.verb &&
            C(prev.verb - 1).kind == ChunkKind::kNP && C(prev.verb - 1).end_token == pv.first_token &&
            (fv == T::kVBD || fv == T::kVBZ || fv == T::kVBP || fv == T::kMD) && cl.subject > prev.verb &&
            OnlyPrepositionalPhrases(prev.verb + 1, vc)) {
          cl.subject = prev.subject;
          prev.subject = prev.verb - 1;
          prev.relative = true;
          a_->chunks[prev.verb].voice = Voice::kPassive;
        }
        // "The coalition fighting Houthi rebels in Yemen has declared a
        // truce": a bare present participle right after a noun, with no
        // comma or conjunction before the next finite verb, is a reduced
        // relative too; the finite verb is the noun's.
        const bool bare_gerund = pv.end_token == pv.first_token + 1 && Tag(pv.head) == T::kVBG;
        const T vt = Tag(C(vc).first_token);
        const bool finite = vt == T::kVBZ || vt == T::kVBD || vt == T::kVBP || vt == T::kMD;
        bool no_cc = true;
        for (uint32_t t = pv.end_token; t < C(vc).first_token; ++t) no_cc = no_cc && Tag(t) != T::kCC;
        if (bare_gerund && noun_before && no_comma && no_cc && finite && !pv.infinitive &&
            cl.subject > prev.verb) {
          prev.relative = true;
          cl.subject = prev.subject;
        }
        // "Eighteen fishermen, held captive for months, have been freed",
        // "The envoy, speaking in Kabul, said": a participle set off by
        // commas right after a noun describes it, and the verb after the
        // closing comma is that noun's.
        const bool participle = pv.end_token == pv.first_token + 1 &&
                                (Tag(pv.head) == T::kVBN || Tag(pv.head) == T::kVBG);
        // (an adverb may open the participle's phrase: "X, commonly known as
        // Y, met")
        const int32_t before_participle =
            prev.verb >= 2 && C(prev.verb - 1).kind == ChunkKind::kADVP ? prev.verb - 1 : prev.verb;
        const bool comma_after_noun =
            prev.subject >= 0 && prev.subject == before_participle - 2 && IsComma(before_participle - 1);
        const bool comma_before_verb = vc > 0 && C(vc - 1).kind == ChunkKind::kO && Lower(C(vc - 1).first_token) == ",";
        if (cl.subject < 0 && participle && comma_after_noun && comma_before_verb && !pv.infinitive) {
          prev.relative = true;
          cl.subject = prev.subject;
        }
      }
      // "Armed men who boarded the bus told passengers": the finite verb
      // right after the object of a relative clause (set above) is the
      // antecedent's.
      if (cl.subject < 0 && a_->clauses.size() > first_clause) {
        const Clause& prev = a_->clauses.back();
        const T vt = Tag(C(vc).first_token);
        if (prev.relative && prev.subject >= 0 && prev.object >= 0 && prev.object == vc - 1 &&
            RelativeRightBefore(prev.verb) && C(prev.object).end_token == C(vc).first_token &&
            (vt == T::kVBZ || vt == T::kVBD || vt == T::kVBP || vt == T::kMD)) {
          cl.subject = prev.subject;
        }
      }
      // "The ships, which carried grain, reached Odessa": after a relative
      // clause set off by commas the main clause resumes with its antecedent.
      if (cl.subject < 0 && a_->clauses.size() > first_clause && a_->clauses.back().relative &&
          vc > 0 && C(vc - 1).kind == ChunkKind::kO && Lower(C(vc - 1).first_token) == ",") {
        cl.subject = a_->clauses.back().subject;
      }
      // "The government, which believed the ships were Chinese, demanded
      // ...", "Berisha, who resigned after being defeated, rejected ...": the
      // relative clause may hold clauses of its own after its verb; a finite
      // verb after the closing comma still resumes with the antecedent. The
      // nearest relative clause is taken, if its pronoun follows a comma.
      if (cl.subject < 0 && vc > 0 && IsComma(vc - 1) && a_->clauses.size() > first_clause) {
        // (A lone past participle with an object after it is the past tense:
        // "who said the talks had failed, accused Uganda".)
        const Chunk& me = C(vc);
        const T ft = Tag(me.first_token);
        const bool past_with_object = ft == T::kVBN && me.head == me.first_token && me.end_token == me.head + 1 &&
                                      vc + 1 < static_cast<int32_t>(ce) && C(vc + 1).kind == ChunkKind::kNP;
        if (ft == T::kVBD || ft == T::kVBZ || ft == T::kVBP || ft == T::kMD || past_with_object) {
          for (size_t k = a_->clauses.size(); k-- > first_clause && k + 4 >= a_->clauses.size();) {
            const Clause& r = a_->clauses[k];
            if (!r.relative) continue;
            if (r.subject >= 0 && CommaBeforeRelativePronoun(r)) {
              cl.subject = r.subject;
              if (past_with_object) a_->tokens[me.head].tag = T::kVBD;
            }
            break;
          }
        }
      }
      // "Russia, whose forces seized the town, rejected the plan": after a
      // possessive relative clause set off by commas (its subject is the
      // "whose" phrase), a finite verb resumes with the noun phrase before
      // "whose" (past an adverb: "..., seldom criticized").
      if (cl.subject < 0 && vc > 1 && a_->clauses.size() > first_clause) {
        const int32_t before = C(vc - 1).kind == ChunkKind::kADVP ? vc - 2 : vc - 1;
        const Chunk& me = C(vc);
        const T ft = Tag(me.first_token);
        // (a lone past participle with an object is the past tense, as above)
        const bool past_with_object = ft == T::kVBN && me.head == me.first_token && me.end_token == me.head + 1 &&
                                      vc + 1 < static_cast<int32_t>(ce) && C(vc + 1).kind == ChunkKind::kNP;
        if (before > static_cast<int32_t>(cb) && IsComma(before) &&
            (ft == T::kVBD || ft == T::kVBZ || ft == T::kVBP || ft == T::kMD || past_with_object)) {
          for (size_t k = a_->clauses.size(); k-- > first_clause && k + 4 >= a_->clauses.size();) {
            const int32_t whose = a_->clauses[k].subject;
            if (whose < 2 || Tag(C(whose).first_token) != T::kWPS) continue;
            if (IsComma(whose - 1) && whose - 2 >= static_cast<int32_t>(cb) && C(whose - 2).kind == ChunkKind::kNP) {
              cl.subject = whose - 2;
              if (past_with_object) a_->tokens[me.head].tag = T::kVBD;
            }
            break;
          }
        }
      }
      if (cl.subject < 0) cl.subject = NameBeforeApposition(cb, vc);
      if (const int32_t before_dash = SubjectBeforeDashes(cb, vc, first_clause); before_dash >= 0) {
        cl.subject = before_dash;
        cl.relative = false;
      }
      // Coordination: "condemned the downing and warned ..." shares its subject.
      if (cl.subject < 0 && v > 0) {
        bool after_cc = false;
        for (int32_t k = seg_start; k < vc; ++k) {
          if (C(k).kind == ChunkKind::kO && Tag(C(k).first_token) == T::kCC) after_cc = true;
        }
        const Chunk& vchunk = C(vc);
        bool participle = Tag(vchunk.first_token) == T::kVBG;
        if (after_cc || participle || C(vc).first_token == C(seg_start).first_token) {
          int32_t prev = a_->clauses.size() - 1;
          // "ordered officials to guard the embassy and asked Sylvania to
          // ...": a finite verb after "and" is coordinated with the finite
          // verb that governs the infinitive before it, not with the
          // infinitive (whose subject may be the first verb's object).
          const T ft = Tag(vchunk.first_token);
          if (after_cc && (ft == T::kVBD || ft == T::kVBZ || ft == T::kVBP)) {
            for (int step = 0; step < 3 && prev > static_cast<int32_t>(first_clause); ++step) {
              const Chunk& pv = C(a_->clauses[prev].verb);
              if (!pv.infinitive || pv.control < 0) break;
              int32_t governing = -1;
              for (int32_t k = prev - 1; k >= static_cast<int32_t>(first_clause); --k) {
                const Chunk& kv = C(a_->clauses[k].verb);
                if (static_cast<int32_t>(kv.first_token) <= pv.control &&
                    pv.control < static_cast<int32_t>(kv.end_token)) {
                  governing = k;
                  break;
                }
              }
              if (governing < 0) break;
              prev = governing;
            }
          }
          // "praised the envoys, who had arrived late, and criticised
          // Sylvania": after a relative clause set off by commas, ", and"
          // resumes the clause the relative clause hangs on, not the
          // relative clause (whose subject is the antecedent). (Without the
          // comma it may go on inside it: "the envoys who arrived and
          // criticised Sylvania".)
          if (after_cc && prev > static_cast<int32_t>(first_clause) && a_->clauses[prev].relative) {
            uint32_t t = C(vc).first_token;
            while (t > 0 && Tag(t - 1) == T::kRB) --t;
            if (t >= 2 && Tag(t - 1) == T::kCC && Lower(t - 2) == ",") {
              while (prev > static_cast<int32_t>(first_clause) && a_->clauses[prev].relative) --prev;
            }
          }
          // "voiced sorrow over lives lost and urged Sylvania to act", "worked
          // for a gang known as Kadro and were its couriers": a finite verb
          // after "and" is not coordinated with a bare past participle that
          // describes the noun right before it (a reduced relative, with no
          // object), but with the clause before that.
          if (after_cc && (ft == T::kVBD || ft == T::kVBZ || ft == T::kVBP) &&
              prev > static_cast<int32_t>(first_clause)) {
            const Clause& reduced = a_->clauses[prev];
            if (BareParticiple(C(reduced.verb)) && reduced.object < 0 && reduced.subject >= 0 &&
                reduced.subject == reduced.verb - 1 && a_->clauses[prev - 1].subject >= 0 &&
                a_->clauses[prev - 1].verb < reduced.subject) {
              prev = prev - 1;
            }
          }
          // "considers Sylvania biased and has rejected its mediation": a lone
          // participle right after the object of the verb before it says
          // what that object is (a small clause, no finite verb); a finite
          // verb after "and" is coordinated with the verb that governs it.
          if (after_cc && (ft == T::kVBD || ft == T::kVBZ || ft == T::kVBP) &&
              prev > static_cast<int32_t>(first_clause)) {
            const Clause& small = a_->clauses[prev];
            const Chunk& sv = C(small.verb);
            const Clause& governing = a_->clauses[prev - 1];
            if (sv.end_token == sv.first_token + 1 && (Tag(sv.head) == T::kVBN || Tag(sv.head) == T::kVBD) &&
                small.object < 0 && small.subject >= 0 && small.subject == small.verb - 1 && governing.subject >= 0 &&
                C(governing.verb).end_token == C(small.subject).first_token &&
                OneOf(Lemma(C(governing.verb).head), {"consider", "deem", "find", "judge", "declare", "call"})) {
              prev = prev - 1;
            }
          }
          // "Islanders argue Sylvania has no claim to the atoll and object
          // to the deal": a present tense after "and" that does not agree
          // in number with the verb before it is coordinated with the
          // nearest earlier verb that does.
          if (after_cc && (ft == T::kVBZ || ft == T::kVBP) && prev > static_cast<int32_t>(first_clause)) {
            const T other = ft == T::kVBZ ? T::kVBP : T::kVBZ;
            if (Tag(C(a_->clauses[prev].verb).first_token) == other) {
              for (int32_t k = prev - 1; k >= static_cast<int32_t>(first_clause); --k) {
                if (Tag(C(a_->clauses[k].verb).first_token) == ft && a_->clauses[k].subject >= 0) {
                  prev = k;
                  break;
                }
              }
            }
          }
          if (prev >= static_cast<int32_t>(first_clause)) {
            cl.subject = a_->clauses[prev].subject;
            cl.coordinated_with = prev;
            // "were arrested and charged", "had been kidnapped and held
            // hostage": a lone past participle right after "and" or "or"
            // that joins a passive verb group is passive too. (A past form
            // tagged as such only before a bare noun or adjective: "held
            // hostage", not "fled the city".)
            Chunk& me = a_->chunks[vc];
            const uint32_t h = me.head;
            const bool lone = h == me.first_token && me.end_token == h + 1 && h > 0 && Tag(h - 1) == T::kCC &&
                              OneOf(Lower(h - 1), {"and", "or"});
            const bool participle = Tag(h) == T::kVBN ||
                                    (Tag(h) == T::kVBD && h + 1 < e_ && (Tag(h + 1) == T::kNN || Tag(h + 1) == T::kJJ));
            if (lone && participle && me.voice == Voice::kActive &&
                C(a_->clauses[prev].verb).voice == Voice::kPassive && vc == a_->clauses[prev].verb + 2) {
              me.voice = Voice::kPassive;
            }
          }
        }
      }
      // "sailors held hostage in the port", "the engineer, held captive for
      // a year,", "held in captivity": "hold" with a bare "hostage" or
      // "captive" and no object after it is passive; its subject is the one
      // held, not the holder.
      if (Chunk& me = a_->chunks[vc]; me.first_token == me.head && me.end_token == me.head + 1 && me.modal < 0 &&
                                      (Tag(me.head) == T::kVBN || Tag(me.head) == T::kVBD) &&
                                      Lemma(me.head) == "hold" && me.head + 2 < e_) {
        const uint32_t word = me.head + (Lower(me.head + 1) == "in" ? 2 : 1);
        if (OneOf(Lower(word), {"hostage", "captive", "captivity"})) {
          const T after = word + 1 < e_ ? Tag(word + 1) : T::kRB;
          if (after != T::kDT && after != T::kCD && after != T::kPRP && after != T::kPRPS && !IsNoun(after) &&
              after != T::kJJ) {
            me.voice = Voice::kPassive;
          }
        }
      }
      // object, agent and attachments after the verb, up to the next verb.
      const Chunk& vch = C(vc);
      int32_t k = vc + 1;
      int32_t apposed_subject = -1;  // the next verb's subject, set off from it by an apposition
      // ("Kenya \"strongly condemned\" the raid": a quotation may close on
      // the verb, before its object.)
      if (k < next_vc && IsLoneQuote(k, T::kCloseQuote)) ++k;
      if (k < next_vc && C(k).kind == ChunkKind::kADVP) ++k;
      // "threatened Monday to resume attacks", "met Tuesday with rebels": a
      // bare day right after the verb says when, it is not the object.
      if (k < next_vc && C(k).kind == ChunkKind::kNP && BareDay(k)) ++k;
      // "phoned on Sunday the Iranian president": a time phrase between the
      // verb and its object; the phrase stays an attachment.
      const bool time_gap = k + 2 < next_vc && C(k).kind == ChunkKind::kPP && C(k + 1).kind == ChunkKind::kNP &&
                            C(k + 2).kind == ChunkKind::kNP && TimePhrase(k) && vch.voice == Voice::kActive;
      if (time_gap) {
        cl.object = k + 2;
      } else if (k < next_vc && C(k).kind == ChunkKind::kNP && vch.voice == Voice::kActive) {
        // "said Russia prioritizes": a phrase followed by a finite verb is
        // that verb's subject, not this one's object.
        int32_t n = k + 1;
        // ("said talks with China must continue": the phrase may carry
        // prepositional phrases of its own before that verb.)
        for (int pp = 0; pp < 2 && n + 1 < next_vc && C(n).kind == ChunkKind::kPP && C(n + 1).kind == ChunkKind::kNP &&
                         !TimePhrase(n) && C(n).end_token == C(n).first_token + 1 &&
                         OneOf(Lower(C(n).first_token), {"of", "with", "in", "on", "from", "for", "between", "against",
                                                         "by", "at", "over", "near", "about"});
             ++pp) {
          n += 2;
        }
        // ("said Trump's envoy, Steve Witkoff, spoke with": after a verb of
        // saying, a name set off by commas right after the phrase is its
        // apposition.)
        if (IsSpeechVerb(Lemma(vch.head)) && n + 2 < next_vc && IsComma(n) && C(n + 1).kind == ChunkKind::kNP &&
            IsComma(n + 2) && n + 3 == next_vc) {
          n += 3;
          apposed_subject = k;
        }
        // ("adding the allies \"are rearming\"": a quotation mark may open
        // the reported words between the phrase and its verb.)
        while (n < static_cast<int32_t>(ce) && (C(n).kind == ChunkKind::kADVP ||
                                                (C(n).kind == ChunkKind::kO && C(n).end_token == C(n).first_token + 1 &&
                                                 Tag(C(n).first_token) == T::kOpenQuote))) {
          ++n;
        }
        bool subject_of_next = n == next_vc && n < static_cast<int32_t>(ce) &&
                               (Tag(C(n).first_token) == T::kMD || Tag(C(n).first_token) == T::kVBZ ||
                                Tag(C(n).first_token) == T::kVBD || Tag(C(n).first_token) == T::kVBP);
        // "said some civilians set fire to their homes": after a verb of
        // saying, a lone participle form with an object of its own is the
        // reported clause's past tense (a participle describing the phrase,
        // "the weapons seized in the raid", takes no object).
        if (!subject_of_next && n == next_vc && n + 1 < static_cast<int32_t>(ce) && IsSpeechVerb(Lemma(vch.head)) &&
            C(n).end_token == C(n).first_token + 1 && Tag(C(n).head) == T::kVBN && C(n + 1).kind == ChunkKind::kNP &&
            C(n + 1).first_token == C(n).end_token) {
          subject_of_next = true;
        }
        // "Armed men who boarded the bus told passengers to leave": in a
        // relative clause (no comma before its pronoun) whose verb takes no
        // bare clause, the phrase after the verb is its object, and the
        // finite verb after it is the antecedent's (below).
        if (subject_of_next && cl.relative && cl.subject >= 0 && n == k + 1 && RelativeRightBefore(vc) &&
            !TakesBareClause(Lemma(vch.head))) {
          subject_of_next = false;
        }
        if (!subject_of_next) {
          cl.object = k;
          ++k;
        }
      }
      int32_t clause_end_chunk = next_vc;
      // (One allocation for the attachments, not one per doubling.)
      int32_t pps = 0;
      for (int32_t m = k; m < next_vc; ++m) pps += C(m).kind == ChunkKind::kPP;
      if (pps > 1) cl.attachments.reserve(pps);
      // The next verb's subject belongs to the next clause.
      for (int32_t m = k; m < next_vc; ++m) {
        const Chunk& cm = C(m);
        if (cm.kind == ChunkKind::kPP) {
          Attachment at;
          at.prep = cm.first_token;
          if (m + 1 < next_vc && C(m + 1).kind == ChunkKind::kNP) at.np = m + 1;
          if (vch.voice == Voice::kPassive && Lower(cm.first_token) == "by" && at.np >= 0 &&
              cl.agent < 0) {
            cl.agent = at.np;
          }
          cl.attachments.push_back(at);
        } else if (cm.kind == ChunkKind::kO &&
                   (Tag(cm.first_token) == T::kWP || Tag(cm.first_token) == T::kWDT ||
                    Lower(cm.first_token) == "that")) {
          clause_end_chunk = m;
          break;
        }
      }
      uint32_t end_tok = clause_end_chunk < static_cast<int32_t>(ce) ? C(clause_end_chunk).first_token : e_;
      if (next_vc < static_cast<int32_t>(ce) && clause_end_chunk == next_vc) {
        // end before the next clause's own segment (its subject)
        end_tok = C(next_vc).first_token;
      }
      cl.end_token = end_tok > cl.first_token ? end_tok : C(vc).end_token;
      // conditionals and questions
      cl.conditional = question;
      for (uint32_t t = cl.first_token; t < C(vc).first_token; ++t) {
        if (IsConditionalWord(Lower(t)) && Tag(t) != T::kMD) cl.conditional = true;
      }
      if (vch.modal >= 0) {
        std::string_view m = Lower(vch.modal);
        if (m == "could" || m == "might" || m == "may" || m == "would" || m == "should") {
          cl.conditional = true;
        }
      }
      // "... if they are added to the lists of prisoners pardoned by the
      // king": a bare participle right after a noun of a conditional clause,
      // with no comma or conjunction between, describes that noun inside the
      // condition, and is as hypothetical as it. (Only under a conditional
      // word: "would free the fishermen detained by X" tells a detention.)
      if (!cl.conditional && a_->clauses.size() > first_clause && OpensWithCondition(a_->clauses.back()) &&
          C(vc).end_token == C(vc).first_token + 1 && (Tag(C(vc).head) == T::kVBN || Tag(C(vc).head) == T::kVBG) &&
          vc > 0 && C(vc - 1).kind == ChunkKind::kNP && IsNoun(Tag(C(vc - 1).head))) {
        bool joined = true;
        for (uint32_t t = C(a_->clauses.back().verb).end_token; t < C(vc).first_token && joined; ++t) {
          joined = Lower(t) != "," && Lower(t) != ";" && Tag(t) != T::kCC && !IsSubordinator(Lower(t));
        }
        cl.conditional = joined;
      }
      // "If Chile agrees and Peru frees the prisoners, ...": a clause that
      // "and" or "or" joins to a condition that opens the sentence, before
      // any comma closes it, is part of the condition. (A condition at the
      // end may be followed by a new clause: "... if Chile agrees and Bolivia
      // said ...".)
      uint32_t opening = b_;
      while (opening < e_ && (Tag(opening) == T::kOpenQuote || Tag(opening) == T::kCC || Tag(opening) == T::kRB)) {
        ++opening;
      }
      if (!cl.conditional && a_->clauses.size() > first_clause && opening < e_ && IsConditionalWord(Lower(opening)) &&
          a_->clauses.back().first_token <= opening + 1 && OpensWithCondition(a_->clauses.back())) {
        bool joined = false;
        bool closed = false;
        for (uint32_t t = C(a_->clauses.back().verb).end_token; t < C(vc).first_token && !closed; ++t) {
          closed = Lower(t) == "," || Lower(t) == ";" || Lower(t) == ":" || Lower(t) == "--";
          joined = joined || (Tag(t) == T::kCC && OneOf(Lower(t), {"and", "or"}));
        }
        cl.conditional = joined && !closed;
      }
      const int32_t object = cl.object;
      a_->clauses.push_back(std::move(cl));
      // next segment: after this verb's object; a new subject NP may follow.
      seg_start = vc + 1;
      if (object >= 0) seg_start = object + 1;
      if (apposed_subject >= 0) {
        seg_start = apposed_subject;
        continue;
      }
      // Skip attachments: the next clause's subject is the NP right before
      // the next verb unless there's a boundary word.
      for (int32_t m = seg_start; m < next_vc; ++m) {
        const Chunk& cm = C(m);
        if (cm.kind == ChunkKind::kO || (cm.kind == ChunkKind::kPP && IsSubordinator(Lower(cm.first_token)))) {
          std::string_view w = Lower(cm.first_token);
          if (w == "," || w == ";" || Tag(cm.first_token) == T::kCC || IsSubordinator(w) ||
              Tag(cm.first_token) == T::kWP || Tag(cm.first_token) == T::kWDT || w == "--" || w == ":") {
            seg_start = m;
          }
        }
      }
    }
    FrontedParticipleSubject(cb, first_clause);
    WhatItCalled(first_clause);
    ResolveSpeech(first_clause);
  }

  // "condemned what it called a senseless attack", "denounced what he
  // described as Sylvanian interference": the phrase the naming clause
  // after "what" gives is what the verb before it is done to (its object),
  // as the writer reports the speaker's words for it.
  void WhatItCalled(uint32_t first_clause) {
    std::vector<Clause>& cls = a_->clauses;
    for (size_t i = first_clause; i + 1 < cls.size(); ++i) {
      Clause& main = cls[i];
      const Clause& naming = cls[i + 1];
      const int32_t v = main.verb;
      if (main.object >= 0 || naming.verb <= v + 1 || static_cast<size_t>(naming.verb + 1) >= a_->chunks.size()) {
        continue;
      }
      // (the word "what" may be a chunk of its own)
      const uint32_t what = C(v).end_token;
      const Chunk& speaker = C(naming.verb - 1);
      if (Lower(what) != "what" || speaker.kind != ChunkKind::kNP || speaker.first_token != what + 1 ||
          !words_.Has(WordLists::List::kNamingVerb, Lemma(C(naming.verb).head))) {
        continue;
      }
      int32_t named = naming.verb + 1;
      if (C(named).kind == ChunkKind::kPP && Lower(C(named).first_token) == "as" &&
          static_cast<size_t>(named + 1) < a_->chunks.size()) {
        ++named;
      }
      if (C(named).kind == ChunkKind::kNP) main.object = named;
    }
  }

  // Whether clause `cl` has a conditional word ("if", "unless") before its verb.
  bool OpensWithCondition(const Clause& cl) const {
    if (!cl.conditional) return false;
    for (uint32_t t = cl.first_token; t < C(cl.verb).first_token; ++t) {
      if (IsConditionalWord(Lower(t)) && Tag(t) != T::kMD) return true;
    }
    return false;
  }

  // "convicted Webb, 51, of kidnapping", "accused the minister, a former
  // general, of ordering": an -ing form right after "of" or "with" completes
  // the verb before it; commas around an appositive in between do not make
  // it a clause of its own.
  bool PrepositionalGerund(uint32_t first) const { return first > 0 && OneOf(Lower(first - 1), {"of", "with"}); }

  // "waiting for the army to withdraw", "paved the way for Sylvania to
  // join", "it is time for Freedonia to leave": a noun phrase after "for",
  // right before an infinitive, is that infinitive's own subject, not the
  // governing clause's subject. Returns its chunk, or -1. Not a span of
  // time ("waited for two weeks to reply" is the waiter's reply), nor a
  // bare singular common noun, which names what is asked for rather than who
  // acts ("appealed for help to rebuild").
  int32_t ForSubject(int32_t vc, int32_t governing) const {
    const int32_t np = vc - 1;
    if (np - 1 <= governing || C(np).kind != ChunkKind::kNP || C(np).end_token != C(vc).first_token) return -1;
    const Chunk& pp = C(np - 1);
    if (pp.kind != ChunkKind::kPP || pp.end_token != C(np).first_token || Lower(pp.end_token - 1) != "for") return -1;
    const T head = Tag(C(np).head);
    if (!(IsNoun(head) || head == T::kPRP || IsAdjective(head))) return -1;
    if (head == T::kNN && C(np).end_token == C(np).first_token + 1 &&
        !(a_->tokens[C(np).head].flags & (kTokCapitalized | kTokAllCaps))) {
      return -1;
    }
    const std::string_view lemma = Lemma(C(np).head);
    if (IsTimePhrase(np) || TimeSpanNoun(lemma)) return -1;
    return np;
  }

  // Whether the -ing verb at chunk vc says what the object of clause prev
  // says: the object is a document (a letter, a statement), only
  // prepositional phrases stand between them ("a letter to the head of the
  // WHO threatening ..."), and the -ing verb is one of saying or of a
  // verbal act (threaten, accuse, urge, demand, call ...).
  bool DocumentSays(const Clause& prev, int32_t vc) const {
    if (prev.subject < 0 || prev.object < 0 || prev.object >= vc) return false;
    if (!words_.Has(WordLists::List::kDocumentNoun, Lemma(C(prev.object).head))) return false;
    for (int32_t k = prev.object + 1; k < vc; k += 2) {
      if (k + 1 >= vc || C(k).kind != ChunkKind::kPP || C(k + 1).kind != ChunkKind::kNP) return false;
    }
    const std::string_view v = Lemma(C(vc).first_token);  // ("threatening to cut": the -ing word)
    return IsSpeechVerb(v) || words_.Has(WordLists::List::kVerbalActVerb, v);
  }

  // "China is willing to deepen ...", "urged Beijing to restore ...",
  // "prioritizes strengthening ...", "will expand and deepen ...": the verb
  // takes its subject from the governing clause and inherits its tense,
  // negation and modal; the governing word becomes its control.
  bool InheritFromController(int32_t vc, uint32_t first_clause, Clause* cl) {
    const Clause& prev = a_->clauses.back();
    Chunk& me = a_->chunks[vc];
    const Chunk& pv = a_->chunks[prev.verb];
    uint32_t first = me.first_token;
    bool infinitive = Tag(first) == T::kTO;
    bool gerund = Tag(me.head) == T::kVBG && me.first_token == me.head;
    bool bare = Tag(me.head) == T::kVB && me.first_token == me.head;
    // what lies between the governing verb and this one
    bool cc = false, comma = false, np_between = false;
    int32_t adjective = -1;
    for (uint32_t t = pv.end_token; t < first; ++t) {
      // ("accused Peru and Bolivia of attacking": the "and" and commas of a
      // compound object are its own, not a coordination of the verbs)
      const bool in_object = prev.object >= 0 && t >= C(prev.object).first_token && t < C(prev.object).end_token;
      if (Tag(t) == T::kCC && !in_object) cc = true;
      if (Lower(t) == "," && !in_object) comma = true;
      // "willing to deepen": the adjective right before the infinitive (not
      // a modifier inside the object: "urged G7 foreign ministers to focus")
      if (IsAdjective(Tag(t)) && t + 1 == first) {
        adjective = t;
      }
    }
    // a noun phrase right before this verb is its own subject
    for (int32_t k = vc - 1; k > prev.verb; --k) {
      const Chunk& ck = a_->chunks[k];
      if (ck.kind == ChunkKind::kADVP) continue;
      np_between = ck.kind == ChunkKind::kNP && k != prev.object &&
                   !(k - 1 > prev.verb && a_->chunks[k - 1].kind == ChunkKind::kPP && IsTimePhrase(k));
      break;
    }
    bool object_is_noun = prev.object >= 0 && (IsNoun(Tag(a_->chunks[prev.object].head)) ||
                                               Tag(a_->chunks[prev.object].head) == T::kPRP);
    if (infinitive && !comma) {
      me.infinitive = true;
      T object_head = prev.object >= 0 ? Tag(a_->chunks[prev.object].head) : T::kNone;
      bool named = object_head == T::kNNP || object_head == T::kNNPS || object_head == T::kPRP;
      // "taking samples from people infected with the flu to monitor its
      // spread": after a bare participle that tells what its noun suffered,
      // the infinitive is the purpose of the active clause before it.
      const bool suffered = pv.end_token == pv.first_token + 1 && Tag(pv.head) == T::kVBN && prev.subject >= 0 &&
                            prev.subject + 1 == prev.verb && prev.agent < 0 && prev.object < 0 &&
                            a_->clauses.size() >= first_clause + 2;
      const Clause* before = suffered ? &a_->clauses[a_->clauses.size() - 2] : nullptr;
      // (an object that is asked stays the doer: "asked Peru for the funds
      // to rebuild")
      const bool object_control = object_is_noun && prev.object < vc && (named || IsObjectControlVerb(Lemma(pv.head)));
      if (const int32_t own = object_control ? -1 : ForSubject(vc, prev.verb); own >= 0) {
        cl->subject = own;  // "waited for the army to withdraw"
        adjective = -1;     // (the subject's own word: "the Pakistani military")
      } else if (object_control) {
        cl->subject = prev.object;  // "urged Beijing to restore calm"
      } else if (before && before->subject >= 0 && before->verb < prev.subject &&
                 a_->chunks[before->verb].voice == Voice::kActive) {
        cl->subject = before->subject;
        if (me.control < 0) me.control = static_cast<int32_t>(a_->chunks[before->verb].head);
      } else {
        cl->subject = prev.subject;
      }
      if (me.control < 0) me.control = adjective >= 0 ? adjective : static_cast<int32_t>(pv.head);
    } else if (bare && !comma && !cc && prev.object >= 0 && prev.object == vc - 1 && object_is_noun &&
               OneOf(Lemma(pv.head), {"make", "let", "help", "have", "see", "watch", "hear"})) {
      // "make the country give up its programme": after a causative verb the
      // object is the subject of the bare verb, which that verb governs.
      cl->subject = prev.object;
      if (me.control < 0) me.control = pv.head;
    } else if (Tag(first) == T::kVBG && np_between && !comma && !cc && DocumentSays(prev, vc)) {
      // "sent a letter to the head of the WHO threatening to cut funding":
      // what the document sent or issued says, its sender says.
      cl->subject = prev.subject;
      if (me.control < 0) me.control = pv.head;
    } else if (gerund && !np_between && (!comma || PrepositionalGerund(first)) && !cc && cl->subject < 0) {
      cl->subject = prev.subject;
      // "agreed to a truce while continuing attacks", "prioritizing ties
      // with X while punishing Y": an -ing clause opened by a subordinating
      // word is an adverbial clause of the same subject, not governed by the
      // verb before it (no agreement, intent or wish passes to it).
      bool subordinate = false;
      // (not "that", "if" or "as": "warned that supplying arms would ...")
      for (uint32_t t = pv.end_token; t < first && !subordinate; ++t) {
        subordinate = OneOf(Lower(t), {"while", "when", "whilst", "after", "before", "since", "until", "although",
                                       "though", "whereas", "once", "because"});
      }
      if (me.control < 0 && !subordinate) me.control = pv.head;
    } else if ((bare || gerund) && (cc || comma) && !np_between && cl->subject < 0) {
      cl->subject = prev.subject;
      // "should keep their offers open for those Thailand holds, and
      // continue putting pressure on ...": a base form after "and" goes
      // with the last verb in the base form (under a modal or "to"), not
      // with a finite verb between them.
      const T pt = Tag(pv.head);
      if (bare && cc && pv.modal < 0 && (pt == T::kVBZ || pt == T::kVBD || pt == T::kVBP)) {
        for (size_t k = a_->clauses.size() - 1; k-- > 0;) {
          const Clause& earlier = a_->clauses[k];
          if (earlier.verb < static_cast<int32_t>(cb_)) break;
          const Chunk& ev = a_->chunks[earlier.verb];
          if (Tag(ev.head) == T::kVB && (ev.modal >= 0 || ev.infinitive) && earlier.subject >= 0) {
            cl->subject = earlier.subject;
            if (me.control < 0) me.control = ev.control;
            if (me.modal < 0) me.modal = ev.modal;
            cl->coordinated_with = static_cast<int32_t>(k);
            if (me.tense != Tense::kFuture && ev.tense == Tense::kFuture) me.tense = Tense::kFuture;
            if (ev.negated) me.negated = true;
            return true;
          }
        }
      }
      // "sent a letter about the scheme dated Feb. 4, urging him to act": a
      // bare participle right after its noun describes that noun; the verb
      // after the comma goes with the clause before it.
      if (gerund && !cc && first > 0 && Lower(first - 1) == "," && a_->clauses.size() >= 2 &&
          pv.end_token == pv.first_token + 1 && (Tag(pv.head) == T::kVBN || Tag(pv.head) == T::kVBG) && prev.verb > 0 &&
          prev.subject == prev.verb - 1) {
        const Clause& before = a_->clauses[a_->clauses.size() - 2];
        if (before.subject >= 0 && before.subject != prev.subject &&
            C(before.verb).end_token <= C(prev.subject).first_token) {
          cl->subject = before.subject;
        }
      }
      if (me.control < 0) me.control = pv.control;
      if (me.modal < 0) me.modal = pv.modal;
    } else {
      return false;
    }
    cl->coordinated_with = a_->clauses.size() - 1;
    if (me.tense != Tense::kFuture && pv.tense == Tense::kFuture) me.tense = Tense::kFuture;
    if (pv.tense == Tense::kPast && me.tense == Tense::kPresent) me.tense = Tense::kPast;
    if (pv.negated) me.negated = true;
    return true;
  }

  void MergeCoordinatedNps(uint32_t cb, uint32_t ce) {
    std::vector<Chunk>& ch = a_->chunks;
    // The merged chunks, in a buffer the thread keeps (one allocation a
    // sentence otherwise).
    auto has_possessive = [&](const Chunk& x) {
      for (uint32_t t = x.first_token; t < x.end_token; ++t) {
        if (Tag(t) == T::kPOS) return true;
      }
      return false;
    };
    thread_local std::vector<Chunk> out;
    out.clear();
    out.reserve(ce - cb);
    for (uint32_t k = cb; k < ce; ++k) {
      Chunk c = ch[k];
      // "Secretary of State Marco Rubio", "the President of France": a
      // capitalised title and its "of" phrase name one person or body.
      while (c.kind == ChunkKind::kNP && k + 2 < ce && ch[k + 1].kind == ChunkKind::kPP &&
             Lower(ch[k + 1].first_token) == "of" && ch[k + 2].kind == ChunkKind::kNP &&
             Tag(c.head) == T::kNNP && Tag(ch[k + 2].first_token) == T::kNNP) {
        c.end_token = ch[k + 2].end_token;
        c.head = ch[k + 2].head;
        k += 2;
      }
      // "Thousands of Chinese protesters", "dozens of schoolgirls": the
      // quantity and its "of" phrase are one noun phrase headed by the
      // counted noun. So is a bare number before a phrase that opens with a
      // determiner: "released four of the hostages". ("one of his allies"
      // and "two of the country's residents" stay apart: the possessive
      // there says whose they are.) The phrase so made may be a quantity
      // again: "three of the dozens of hostages", "hundreds of thousands of
      // refugees".
      while (c.kind == ChunkKind::kNP && k + 2 < ce && ch[k + 1].kind == ChunkKind::kPP &&
             Lower(ch[k + 1].first_token) == "of" && ch[k + 2].kind == ChunkKind::kNP &&
             (IsQuantity(Lemma(c.head)) || (c.end_token == c.first_token + 1 && Tag(c.head) == T::kCD &&
                                            Tag(ch[k + 2].first_token) == T::kDT && !has_possessive(ch[k + 2])))) {
        c.end_token = ch[k + 2].end_token;
        c.head = ch[k + 2].head;
        k += 2;
      }
      out.push_back(c);
      // try to extend: NP (, NP)* (,)? CC NP
      if (c.kind != ChunkKind::kNP) continue;
      uint32_t j = k + 1;
      uint32_t last_np = k;
      while (j + 1 < ce) {
        const Chunk& sep = ch[j];
        bool is_cc = sep.kind == ChunkKind::kO && Tag(sep.first_token) == T::kCC &&
                     (Lower(sep.first_token) == "and" || Lower(sep.first_token) == "or");
        bool is_comma = sep.kind == ChunkKind::kO && Lower(sep.first_token) == ",";
        if (!is_cc && !is_comma) break;
        uint32_t n = j + 1;
        if (is_comma && n < ce && ch[n].kind == ChunkKind::kO && Tag(ch[n].first_token) == T::kCC) {
          // ("it, but we": a contrast opens a new clause; only "and" and
          // "or" list noun phrases)
          if (!OneOf(Lower(ch[n].first_token), {"and", "or"})) break;
          is_cc = true;
          ++n;
        }
        if (n >= ce || ch[n].kind != ChunkKind::kNP) break;
        // ("On Monday, Kenya and Uganda signed": a time phrase before a
        // comma closes an opening phrase; the list starts after it.)
        if (is_comma && IsTimePhrase(static_cast<int32_t>(last_np)) && !IsTimePhrase(static_cast<int32_t>(n))) break;
        // only phrases headed by nouns or pronouns are listed ("condemned
        // the test as unforgivable, and China said": no compound)
        auto nominal = [&](const Chunk& x) {
          PosTag h = Tag(x.head);
          return IsNoun(h) || h == T::kPRP || h == T::kCD;
        };
        // "Peruvian and Chilean forces": a lone adjective before "and"
        // shares the noun of the phrase after it.
        // ("The Russian and US navies": also after a determiner)
        const uint32_t adj_first = ch[last_np].first_token + (Tag(ch[last_np].first_token) == T::kDT ? 1 : 0);
        // ("civilian and military targets", "political and economic ties":
        // lower-case adjectives too, when the phrase after "and" opens with
        // an adjective of its own.)
        bool shared_noun = is_cc && !is_comma && ch[last_np].end_token == adj_first + 1 &&
                           IsAdjective(Tag(ch[last_np].head)) &&
                           ((a_->tokens[ch[last_np].head].flags & kTokCapitalized) ||
                            (ch[n].kind == ChunkKind::kNP && IsAdjective(Tag(ch[n].first_token))));
        if (!(nominal(ch[last_np]) || shared_noun) || !nominal(ch[n])) break;
        // "X and Y attacked": Y is part of the subject; "A attacked X and Y
        // fled": Y starts a new clause.
        // ("urged Israel and Iran to show restraint": an infinitive after
        // the phrase opens no clause of its own; the list goes on.)
        bool followed_by_verb = n + 1 < ce && ch[n + 1].kind == ChunkKind::kVP;
        const bool infinitive_after = followed_by_verb && Tag(ch[n + 1].first_token) == T::kTO;
        // Only a phrase in subject position starts a compound subject: "on
        // Friday and Russian warplanes bombed" is two clauses.
        bool subject_position = true;
        // "going to the (UN) General Assembly and we will ask": noun phrases
        // that a parenthesis split are one; what stands before them decides.
        size_t first_np = out.size() - 1;
        auto paren = [&](const Chunk& x) {
          return x.kind == ChunkKind::kO && (Tag(x.first_token) == T::kLRB || Tag(x.first_token) == T::kRRB);
        };
        for (size_t b = first_np; b > 0 && paren(out[b - 1]);) {
          while (b > 0 && paren(out[b - 1])) --b;
          if (b == 0 || out[b - 1].kind != ChunkKind::kNP) break;
          first_np = --b;
        }
        if (first_np >= 1) {
          const Chunk& before = out[first_np - 1];
          subject_position = before.kind != ChunkKind::kVP &&
                             (before.kind != ChunkKind::kPP || IsSubordinator(Lower(before.first_token)));
          // "Lawmakers in Freedonia and Sylvania condemned": names listed in the
          // "in"/"of"/"from" phrase of a subject before any verb.
          if (!subject_position && first_np >= 2 && before.kind == ChunkKind::kPP &&
              out[first_np - 2].kind == ChunkKind::kNP && Tag(ch[last_np].head) == T::kNNP &&
              Tag(ch[n].head) == T::kNNP) {
            std::string_view prep = Lower(before.first_token);
            bool verb_before = false;
            for (const Chunk& x : out) verb_before = verb_before || x.kind == ChunkKind::kVP;
            subject_position = !verb_before && (prep == "in" || prep == "of" || prep == "from");
          }
          // "Freedonia believes Sylvania and Grand Fenwick can cope": the subject of
          // a reported clause.
          if (!subject_position && before.kind == ChunkKind::kVP && IsSpeechVerb(Lemma(before.head))) {
            subject_position = true;
          }
        }
        // (only a verb's object: "urged X and Y", "called on X and Y"; not
        // a phrase's, whose infinitive may be another's purpose: "met
        // officials in X and Y to lobby ...")
        bool verbs_object = false;
        if (first_np >= 1) {
          const Chunk& before = out[first_np - 1];
          verbs_object = before.kind == ChunkKind::kVP ||
                         (before.kind == ChunkKind::kPP && first_np >= 2 && out[first_np - 2].kind == ChunkKind::kVP);
        }
        if (followed_by_verb && !subject_position && !(infinitive_after && verbs_object)) break;
        // only merge proper/plural nouns and pronouns ("the two countries")
        // Headlines write "China, Russia to strengthen ...": two names
        // separated by a comma and followed by a verb are one subject.
        // ("United States, China resume ...": a name's head may be plural.)
        auto proper_head = [&](const Chunk& x) { return Tag(x.head) == T::kNNP || Tag(x.head) == T::kNNPS; };
        bool headline_pair = is_comma && !is_cc && k == cb && followed_by_verb &&
                             proper_head(ch[k]) && proper_head(ch[n]) &&
                             ch[k].end_token - ch[k].first_token <= 3 && ch[n].end_token - ch[n].first_token <= 3;
        if (is_comma && !is_cc && !headline_pair) {
          // a comma list must end with "and": look ahead over ", NP" pairs
          uint32_t m = n + 1;
          bool ends_with_cc = false;
          while (m + 1 < ce && ch[m].kind == ChunkKind::kO) {
            if (Tag(ch[m].first_token) == T::kCC) { ends_with_cc = true; break; }
            if (Lower(ch[m].first_token) != ",") break;
            ++m;
            if (m < ce && ch[m].kind == ChunkKind::kNP) ++m;
          }
          auto is_name = [&](uint32_t k) {
            return Tag(ch[k].head) == T::kNNP || Tag(ch[k].head) == T::kNNPS;
          };
          bool proper = is_name(n) && is_name(last_np);
          if (!ends_with_cc || !proper) break;
        }
        last_np = n;
        out.back().end_token = ch[n].end_token;
        out.back().head = ch[n].head;
        j = n + 1;
        if (is_cc) break;
      }
      k = last_np;
    }
    ch.resize(cb);
    ch.insert(ch.end(), out.begin(), out.end());
  }

  // Whether chunks [from, to) are one or more prepositional phrases (a
  // preposition, then a noun phrase) and nothing else.
  bool OnlyPrepositionalPhrases(int32_t from, int32_t to) const {
    if (from >= to) return false;
    for (int32_t k = from; k < to; k += 2) {
      if (k + 1 >= to || C(k).kind != ChunkKind::kPP || C(k + 1).kind != ChunkKind::kNP) return false;
      if (IsSubordinator(Lower(C(k).first_token))) return false;
    }
    return true;
  }

  // Whether clause cl's verb is a lone -ing word that opens the sentence
  // (after adverbs at most): "Following the talks, ...".
  bool OpensWithBareGerund(const Clause& cl) const {
    const Chunk& v = C(cl.verb);
    if (v.head != v.first_token || v.end_token != v.head + 1 || Tag(v.head) != T::kVBG) return false;
    for (uint32_t t = b_; t < v.first_token; ++t) {
      if (Tag(t) != T::kRB && Tag(t) != T::kOpenQuote) return false;
    }
    return true;
  }

  // "X said (that) ...", "..., X said.", "..., said X.", "according to X, ..."
  // "Speaking to lawmakers on Monday, Starmer said ...", "Addressing the
  // assembly, the envoy urged ...": a participle that opens the sentence with
  // no subject of its own, followed by a comma and a clause with one, is
  // done by that clause's subject (and is no reported speech of it).
  void FrontedParticipleSubject(uint32_t cb, uint32_t first_clause) {
    std::vector<Clause>& cls = a_->clauses;
    if (cls.size() < first_clause + 2) return;
    Clause& opening = cls[first_clause];
    const Clause& main = cls[first_clause + 1];
    const Chunk& v = C(opening.verb);
    int32_t first = static_cast<int32_t>(cb);
    while (first < opening.verb && C(first).kind == ChunkKind::kADVP) ++first;
    // ("After meeting the Chilean president, the envoy said ...": a word of
    // time before the participle leaves it the speaker's act, not words the
    // speaker said. Only before a verb of saying: the subject of another
    // verb is left to the coder's own reading.)
    if (first + 1 == opening.verb && C(first).kind == ChunkKind::kPP &&
        C(first).end_token == C(first).first_token + 1 && IsSpeechVerb(Lemma(C(main.verb).head)) &&
        OneOf(Lower(C(first).first_token), {"after", "before", "while", "when", "upon", "since"})) {
      ++first;
    }
    if (opening.subject >= 0 || first != opening.verb || v.head != v.first_token || Tag(v.head) != T::kVBG) return;
    // ("Following talks with X, the leaders ...": -ing words that work as
    // prepositions say when or about what, not what the subject did.)
    if (OneOf(Lower(v.head), {"following", "including", "according", "regarding", "concerning", "considering",
                              "excluding", "barring", "pending", "beginning", "starting", "underscoring",
                              "highlighting", "illustrating", "reflecting", "given"})) {
      return;
    }
    if (main.subject < 0 || main.subject <= opening.verb || main.subject < 1 || !IsComma(main.subject - 1)) return;
    const T finite = Tag(C(main.verb).first_token);
    if (finite != T::kVBD && finite != T::kVBZ && finite != T::kVBP && finite != T::kMD) return;
    opening.subject = main.subject;
  }

  void ResolveSpeech(uint32_t first_clause) {
    std::vector<Clause>& cls = a_->clauses;
    uint32_t n = cls.size();
    for (uint32_t i = first_clause; i < n; ++i) {
      Clause& c = cls[i];
      const Chunk& v = C(c.verb);
      if (!IsSpeechVerb(Lemma(v.head))) continue;
      bool trailing = i > first_clause;  // "..., X said."
      // "X, who is Chilean, said he ...", "X, speaking in Lima, said ...": a
      // clause between the speaker and the verb is about the speaker; the
      // speech still follows the verb.
      if (trailing && c.subject >= 0 && C(c.subject).end_token <= C(cls[i - 1].verb).first_token) trailing = false;
      // ("Speaking to lawmakers, Starmer said": a clause whose subject is the
      // speaker's own phrase is what the speaker did, FrontedParticipleSubject.)
      if (trailing && c.subject >= 0 && cls[i - 1].subject == c.subject) trailing = false;
      // ("Following the deal, Chile said that it would ...", "Regarding the
      // outbreak, he said ...": an -ing word that opens the sentence with no
      // subject is a preposition of the speaker's clause, not words the
      // speaker said; what follows the verb is the speech.)
      if (trailing && i == first_clause + 1 && c.subject >= 0 && cls[first_clause].subject < 0 &&
          OpensWithBareGerund(cls[first_clause]) && C(c.subject).first_token > b_ &&
          Lower(C(c.subject).first_token - 1) == ",") {
        trailing = false;
      }
      // "said X" inversion: subject after the verb.
      int32_t speaker = c.subject;
      if (trailing) {
        // the speaker NP is between the previous clause's end and this verb,
        // or right after the verb ("said Xu").
        bool comma_before = false;
        for (uint32_t t = cls[i - 1].end_token; t < v.first_token; ++t) {
          if (Lower(t) == "," || Lower(t) == "''" || Lower(t) == "\"") comma_before = true;
        }
        // "..., Lebanon said": a comma or closing quote right before the
        // speaker
        if (c.subject >= 0) {
          uint32_t f = C(c.subject).first_token;
          if (f > b_ && (Lower(f - 1) == "," || Lower(f - 1) == "''" || Lower(f - 1) == "\"")) comma_before = true;
        }
        if (v.first_token > b_ && (Lower(v.first_token - 1) == "," || Lower(v.first_token - 1) == "''")) {
          // ", said X" (but ", told X": whom one tells is never the speaker)
          if (c.object >= 0 && Lemma(v.head) != "tell") speaker = c.object, c.subject = c.object, c.object = -1;
          comma_before = true;
        }
        if (comma_before) {
          for (uint32_t j = first_clause; j < i; ++j) {
            if (cls[j].speaker < 0 && !cls[j].reported) {
              cls[j].reported = true;
              cls[j].speaker = speaker;
              cls[j].parent = i;
            }
          }
          continue;
        }
      }
      // "X said (that) CLAUSE ...": every later clause is reported. (Not
      // past the close of a relative clause set off by commas: "The minister,
      // who said the talks failed, accused Uganda" resumes with its antecedent.)
      for (uint32_t j = i + 1; j < n; ++j) {
        if (c.relative && c.subject >= 0 && cls[j].subject == c.subject && cls[j].verb > 0 &&
            IsComma(cls[j].verb - 1)) {
          break;
        }
        if (cls[j].reported) continue;
        cls[j].reported = true;
        cls[j].speaker = speaker;
        cls[j].parent = i;
      }
      break;
    }
    // "according to X"
    for (uint32_t t = b_; t + 1 < e_; ++t) {
      if (Lower(t) == "according" && Lower(t + 1) == "to") {
        int32_t np = -1;
        for (uint32_t k = cb_; k < a_->chunks.size(); ++k) {
          if (a_->chunks[k].kind == ChunkKind::kNP && a_->chunks[k].first_token > t + 1 &&
              a_->chunks[k].first_token <= t + 3) {
            np = k;
            break;
          }
        }
        for (uint32_t j = first_clause; j < n; ++j) {
          if (!cls[j].reported) {
            cls[j].reported = true;
            cls[j].speaker = np;
          }
          // ("According to the WHO H5N1 has killed 109 people": with no
          // comma the source and what it reports run together; the one
          // it is according to is not the doer.)
          if (np >= 0 && cls[j].subject == np) cls[j].subject = -1;
        }
        break;
      }
    }
  }

  Analysis* a_;
  const WordLists& words_;
  uint32_t b_, e_;
  uint32_t cb_ = 0;
};

}  // namespace

const char* ChunkKindName(ChunkKind kind) {
  switch (kind) {
    case ChunkKind::kNP: return "NP";
    case ChunkKind::kVP: return "VP";
    case ChunkKind::kPP: return "PP";
    case ChunkKind::kADJP: return "ADJP";
    case ChunkKind::kADVP: return "ADVP";
    case ChunkKind::kO: return "O";
  }
  return "O";
}

void Parse(Analysis* a, const WordLists& words) {
  a->chunks.clear();
  a->clauses.clear();
  a->parses.clear();
  a->chunks.reserve(a->tokens.size());
  a->parses.reserve(a->sentences.size());
  for (const Sentence& s : a->sentences) {
    SentenceParser(a, words, s.first_token, s.end_token).Run();
  }
}

}  // namespace dyad::parse
