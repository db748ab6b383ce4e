#include "events/when.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>

#include "core/calendar_words.h"
#include "core/words.h"

namespace dyad::when {

namespace {

// Dates inside text: any real day (the range check is for dates from outside).
bool Valid(const Day& d) { return IsCalendarDay(d); }

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string_view StripDot(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return s;
}

int WeekdayIndex(std::string_view w) {
  for (size_t i = 0; i < kWeekdayNames.size(); ++i) {
    if (w == kWeekdayNames[i]) return static_cast<int>(i);
  }
  return -1;
}

// 1..12 or 0. "may" and "march" are also ordinary words; callers accept them
// only next to a day number.
int MonthIndex(std::string_view w) {
  w = StripDot(w);
  if (w.size() < 3 || w.size() > 9) return 0;  // most words, at once
  for (size_t i = 0; i < 12; ++i) {
    if (SameWord(w, kMonthNames[i]) || SameWord(w, kMonthAbbreviations[i])) return static_cast<int>(i) + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

// "3", "3rd", "21st" -> day of month, or 0.
int DayOfMonth(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && n < 2 && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0) return 0;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  int d = ToInt(w.substr(0, n));
  return d >= 1 && d <= 31 ? d : 0;
}

int YearOf(std::string_view w) {
  if (w.size() != 4 || !AllDigits(w)) return 0;
  int y = ToInt(w);
  return y >= 1900 && y <= 2199 ? y : 0;
}

int SmallNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  if (w == "a" || w == "an") return 1;
  for (size_t i = 1; i < kWords.size(); ++i) {
    if (w == kWords[i]) return static_cast<int>(i);
  }
  if (AllDigits(w) && w.size() <= 2) return ToInt(w);
  return 0;
}

bool Future(Tense t) { return t == Tense::kFuture; }

// The weekday `wd` relative to `pub`: rel -1 "last" (strictly before), +1
// "next" (strictly after), 0 by tense (on or before / on or after).
Day ResolveWeekday(const Day& pub, int wd, int rel, Tense tense) {
  int today = Weekday(pub);
  if (rel > 0 || (rel == 0 && Future(tense))) {
    int ahead = (wd - today + 7) % 7;
    if (ahead == 0 && rel > 0) ahead = 7;
    return AddDays(pub, ahead);
  }
  int back = (today - wd + 7) % 7;
  if (back == 0 && rel < 0) back = 7;
  return AddDays(pub, -back);
}

Day ResolveMonthDay(const Day& pub, int month, int day, int year, Tense tense) {
  if (year) return Day{year, month, day};
  Day d{pub.year, month, std::min(day, 31)};
  int64_t diff = DaysFromCivil(Valid(d) ? d : Day{pub.year, month, 1}) - DaysFromCivil(pub);
  if (!Future(tense) && diff > 7) d.year -= 1;
  if (Future(tense) && diff < -7) d.year += 1;
  return d;
}

class Scanner {
 public:
  Scanner(const Analysis& a, uint32_t first, uint32_t end, const Day& pub, Tense tense,
          std::vector<DateMention>* out)
      : a_(a), first_(first), end_(end), pub_(pub), tense_(tense), out_(out) {}

  void Run() {
    for (uint32_t i = first_; i < end_;) {
      if (!MayStart(i)) {
        ++i;
        continue;
      }
      uint32_t next = Match(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  std::string_view W(uint32_t i) const {
    return i >= first_ && i < end_ ? a_.Lower(a_.tokens[i]) : std::string_view();
  }
  bool Capitalized(uint32_t i) const { return a_.tokens[i].flags & kTokCapitalized; }

  uint32_t Emit(uint32_t b, uint32_t e, const Day& d, const char* precision = "day") {
    if (Valid(d)) out_->push_back(DateMention{b, e, d, precision});
    return e;
  }

  // Returns the token after the expression starting at i, or i when none.
  // False where Match(i) cannot match: every expression starts with a digit,
  // a capital (a month, or a weekday as names are written) or one of these
  // words, and most tokens are none of them. (Match runs for every token of a
  // sentence for every event coded in it.)
  bool MayStart(uint32_t i) const {
    if (a_.tokens[i].flags & (kTokHasDigit | kTokCapitalized)) return true;
    std::string_view w = W(i);
    if (w.empty() || (w[0] >= '0' && w[0] <= '9')) return true;
    static const WordSet kStarts{"yesterday", "today", "tonight", "tomorrow", "monday", "tuesday", "wednesday",
                                 "thursday", "friday", "saturday", "sunday", "last", "next", "past", "this", "over",
                                 "earlier", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                 "nine", "ten"};
    return kStarts.Contains(w);
  }

  uint32_t Match(uint32_t i) {
    std::string_view w = W(i);
    if (uint32_t e = MatchIso(i); e > i) return e;
    if (w == "yesterday") return Emit(i, i + 1, AddDays(pub_, -1));
    if (w == "today" || w == "tonight") return Emit(i, i + 1, pub_);
    if (w == "tomorrow") return Emit(i, i + 1, AddDays(pub_, 1));
    if (uint32_t e = MatchMonthDay(i); e > i) return e;
    if (uint32_t e = MatchMonth(i); e > i) return e;
    if (int wd = WeekdayIndex(w); wd >= 0) {
      // "Tuesday, March 3": the month-day that follows is more precise.
      uint32_t j = W(i + 1) == "," ? i + 2 : i + 1;
      if (MatchMonthDayAt(j, /*emit=*/false) > j) return i + 1;
      std::string_view prev = W(i - 1);
      int rel = prev == "last" ? -1 : prev == "next" ? 1 : 0;
      uint32_t b = rel != 0 || prev == "this" ? i - 1 : i;
      return Emit(b, i + 1, ResolveWeekday(pub_, wd, rel, tense_));
    }
    std::string_view n1 = W(i + 1);
    if (w == "last" || w == "next" || w == "past") {
      int sign = w == "next" ? 1 : -1;
      if (n1 == "week") return Emit(i, i + 2, AddDays(pub_, 7 * sign), "week");
      if (n1 == "month") return Emit(i, i + 2, AddMonths(pub_, sign), "month");
      if (n1 == "weekend" && sign < 0) return Emit(i, i + 2, LastSaturday(), "week");
      // "last year" (not "the past year", a span up to now).
      if (n1 == "year" && w == "last") return Emit(i, i + 2, Day{pub_.year - 1, 1, 1}, "year");
    }
    // "this week", "this month", "this year": the period of publication,
    // from its start, as "earlier this week" is.
    if (w == "this") {
      if (n1 == "week") return Emit(i, i + 2, AddDays(pub_, -Weekday(pub_)), "week");
      if (n1 == "month") return Emit(i, i + 2, Day{pub_.year, pub_.month, 1}, "month");
      if (n1 == "year") return Emit(i, i + 2, Day{pub_.year, 1, 1}, "year");
    }
    if (w == "over" && n1 == "the" && W(i + 2) == "weekend") return Emit(i, i + 3, LastSaturday(), "week");
    if (w == "earlier" && n1 == "this") {
      std::string_view n2 = W(i + 2);
      if (n2 == "week") return Emit(i, i + 3, AddDays(pub_, -Weekday(pub_)), "week");
      if (n2 == "month") return Emit(i, i + 3, Day{pub_.year, pub_.month, 1}, "month");
      if (n2 == "year") return Emit(i, i + 3, Day{pub_.year, 1, 1}, "year");
    }
    if (int n = SmallNumber(w); n > 0 && W(i + 2) == "ago") {
      if (n1 == "day" || n1 == "days") return Emit(i, i + 3, AddDays(pub_, -n));
      if (n1 == "week" || n1 == "weeks") return Emit(i, i + 3, AddDays(pub_, -7 * n), "week");
    }
    return i;
  }

  Day LastSaturday() const {
    int back = (Weekday(pub_) - 5 + 7) % 7;
    return AddDays(pub_, back == 0 ? -7 : -back);
  }

  // "2014-11-18" in the text at token i (tokenisers split it differently).
  uint32_t MatchIso(uint32_t i) {
    const Token& t = a_.tokens[i];
    if (!(t.flags & kTokHasDigit)) return i;
    std::string_view text = a_.text;
    if (t.begin + 10 > text.size()) return i;
    std::string_view s = text.substr(t.begin, 10);
    if (s[4] != '-' || s[7] != '-' || !AllDigits(s.substr(0, 4)) || !AllDigits(s.substr(5, 2)) ||
        !AllDigits(s.substr(8, 2))) {
      return i;
    }
    // Not a longer number run ("2014-11-189").
    if (t.begin + 10 < text.size() && text[t.begin + 10] >= '0' && text[t.begin + 10] <= '9') return i;
    Day d;
    if (!ParseDay(s, &d)) return i;
    uint32_t e = i + 1;
    while (e < end_ && a_.tokens[e].begin < t.begin + 10) ++e;
    return Emit(i, e, d);
  }

  uint32_t MatchMonthDay(uint32_t i) { return MatchMonthDayAt(i, true); }

  // "March 3", "March 3rd, 2014", "Nov. 18", "3 March", "3rd of March 2014".
  uint32_t MatchMonthDayAt(uint32_t i, bool emit) {
    if (i < first_ || i >= end_) return i;
    int month = 0, day = 0;
    uint32_t e = i;
    if (Capitalized(i) && (month = MonthIndex(W(i)))) {
      day = DayOfMonth(W(i + 1));
      if (!day) return i;
      e = i + 2;
    } else if ((day = DayOfMonth(W(i)))) {
      uint32_t j = W(i + 1) == "of" ? i + 2 : i + 1;
      if (j >= end_ || !Capitalized(j) || !(month = MonthIndex(W(j)))) return i;
      e = j + 1;
    } else {
      return i;
    }
    int year = 0;
    uint32_t y = W(e) == "," ? e + 1 : e;
    if ((year = YearOf(W(y)))) e = y + 1;
    if (!emit) return e;
    Day d = ResolveMonthDay(pub_, month, day, year, tense_);
    if (!Valid(d)) return e;
    return Emit(i, e, d);
  }

  // A month without a day: "December 2024", "in December", "last December",
  // "next March", "in early March". With a year it is that month; "last" is
  // the latest such month before the publication month and "next" the first
  // after it; "this" is the publication year's; a bare month ("in March",
  // "during May") is the latest not after publication, or the first not
  // before it in a future-tense clause. A bare month needs a word before it
  // that makes it a time ("in", "during", "early", "late"), because "March"
  // and "May" are also a verb and a modal; after "since", "until", "by" and
  // the like the month only bounds the event, so nothing is emitted.
  uint32_t MatchMonth(uint32_t i) {
    if (!Capitalized(i)) return i;  // (the flag first: most words are no month)
    const int month = MonthIndex(W(i));
    if (!month) return i;
    std::string_view prev = W(i - 1);
    auto bounds = [](std::string_view w) {
      return w == "since" || w == "until" || w == "till" || w == "by" || w == "before" || w == "after" || w == "from" ||
             w == "through" || w == "to";
    };
    const bool modified = prev == "early" || prev == "late" || prev == "last" || prev == "next" || prev == "this";
    // "since last August", "until early March" bound the event too.
    if (bounds(prev) || (modified && bounds(W(i - 2)))) return i;
    uint32_t b = i, e = i + 1;
    int year = YearOf(W(i + 1));
    if (year) {
      e = i + 2;
    } else if (W(i + 1) == "," && YearOf(W(i + 2))) {
      year = YearOf(W(i + 2));
      e = i + 3;
    }
    if (modified) b = i - 1;
    if (year) return Emit(b, e, Day{year, month, 1}, "month");
    const bool after_pub_month = month > pub_.month, before_pub_month = month < pub_.month;
    int y = pub_.year;
    if (prev == "last") {
      if (!before_pub_month) y -= 1;
    } else if (prev == "next") {
      if (!after_pub_month) y += 1;
    } else if (prev == "this") {
    } else if (prev == "in" || prev == "during" || prev == "early" || prev == "late") {
      if (Future(tense_)) {
        if (before_pub_month) y += 1;
      } else if (after_pub_month) {
        y -= 1;
      }
    } else {
      return i;
    }
    return Emit(b, e, Day{y, month, 1}, "month");
  }

  const Analysis& a_;
  uint32_t first_, end_;
  Day pub_;
  Tense tense_;
  std::vector<DateMention>* out_;
};

}  // namespace

bool ParseDay(std::string_view s, Day* out) { return ParseIsoDate(s, out); }

std::string FormatDay(const Day& d) { return FormatIsoDate(d); }

void FindDates(const Analysis& a, uint32_t first, uint32_t end, const Day& published,
               Tense tense, std::vector<DateMention>* out) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(a.tokens.size()));
  Scanner(a, first, end, published, tense, out).Run();
}

int32_t EventClause(const Analysis& a, const Event& e) {
  if (e.sentence >= a.parses.size() || e.sentence >= a.sentences.size()) return -1;
  const Sentence& s = a.sentences[e.sentence];
  int32_t verb_tok = -1;
  for (uint32_t t = s.first_token; t < s.end_token && t < a.tokens.size(); ++t) {
    if (a.tokens[t].begin <= e.verb_begin && e.verb_begin < a.tokens[t].end) {
      verb_tok = static_cast<int32_t>(t);
      break;
    }
  }
  if (verb_tok < 0) return -1;
  const SentenceParse& p = a.parses[e.sentence];
  int32_t best = -1;
  uint32_t best_span = UINT32_MAX;
  for (uint32_t c = p.first_clause; c < p.end_clause && c < a.clauses.size(); ++c) {
    const Clause& cl = a.clauses[c];
    if (cl.verb >= 0 && static_cast<size_t>(cl.verb) < a.chunks.size()) {
      const Chunk& v = a.chunks[cl.verb];
      if (v.first_token <= static_cast<uint32_t>(verb_tok) && static_cast<uint32_t>(verb_tok) < v.end_token) {
        return static_cast<int32_t>(c);
      }
    }
    // Otherwise the narrowest clause around the verb.
    if (cl.first_token <= static_cast<uint32_t>(verb_tok) && static_cast<uint32_t>(verb_tok) < cl.end_token &&
        cl.end_token - cl.first_token < best_span) {
      best = static_cast<int32_t>(c);
      best_span = cl.end_token - cl.first_token;
    }
  }
  return best;
}

bool AttachedToClause(const Analysis& a, int32_t c, uint32_t t) {
  if (c < 0) return false;
  for (const Attachment& at : a.clauses[c].attachments) {
    if (at.prep + 1 == t || at.prep == t) return true;
    if (at.np >= 0 && static_cast<size_t>(at.np) < a.chunks.size()) {
      const Chunk& np = a.chunks[at.np];
      if (np.first_token <= t && t < np.end_token) return true;
    }
  }
  return false;
}

namespace {

bool InClauseSpan(const Clause& cl, uint32_t t) { return cl.first_token <= t && t < cl.end_token; }

// A clause that modifies something other than the clauses it sits among: a
// relative clause, one opened by a subordinator ("since he took office in
// 2022", "when she received ... in November", "after Trump said last
// month"), or a participle opening the sentence ("Encouraged by ... in
// January, ...").
bool ModifiesSomethingElse(const Analysis& a, const Sentence& s, const Clause& cl) {
  if (cl.relative) return true;
  if (cl.verb < 0 || static_cast<size_t>(cl.verb) >= a.chunks.size()) return false;
  const Chunk& v = a.chunks[cl.verb];
  for (uint32_t t = cl.first_token; t < v.first_token; ++t) {
    const std::string_view w = a.Lower(a.tokens[t]);
    if (w == "because" || w == "although" || w == "though" || w == "while" || w == "when" || w == "after" ||
        w == "before" || w == "since" || w == "until" || w == "till" || w == "whereas" || w == "once" || w == "if" ||
        w == "unless" || w == "whenever") {
      return true;
    }
    if (t == cl.first_token && (w == "as" || w == "that")) return true;
  }
  uint32_t first = s.first_token;
  auto is_word = [&](uint32_t t) {
    const std::string_view w = a.Lower(a.tokens[t]);
    return !w.empty() && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= '0' && w[0] <= '9'));
  };
  while (first < v.first_token && !is_word(first)) ++first;  // an opening quote
  const PosTag tag = a.tokens[v.first_token].tag;
  return v.first_token == first && (tag == PosTag::kVBN || tag == PosTag::kVBG);
}

}  // namespace

bool GovernsEvent(const Analysis& a, uint32_t sentence, int32_t own, uint32_t token, bool* bounds) {
  if (bounds) *bounds = false;
  if (own < 0 || sentence >= a.parses.size() || sentence >= a.sentences.size()) return true;
  if (static_cast<size_t>(own) >= a.clauses.size()) return true;
  const SentenceParse& p = a.parses[sentence];
  // The event's clause, the clauses it hangs on (reported speech hangs on its
  // speaker's verb) and the verb it shares a subject with: a word there, or
  // in a phrase of theirs, dates the event.
  std::vector<int32_t> scope;
  for (int32_t c = own, depth = 0; c >= 0 && static_cast<size_t>(c) < a.clauses.size() && depth < 16; ++depth) {
    scope.push_back(c);
    if (a.clauses[c].coordinated_with >= 0) scope.push_back(a.clauses[c].coordinated_with);
    c = a.clauses[c].parent;
  }
  for (int32_t c : scope) {
    if (static_cast<size_t>(c) < a.clauses.size() &&
        (AttachedToClause(a, c, token) || InClauseSpan(a.clauses[c], token))) {
      return true;
    }
  }
  // Otherwise the clause the words belong to: the one they are a phrase of,
  // else the narrowest around them; none (outside every clause) is the
  // sentence's own.
  int32_t holder = -1;
  uint32_t span = UINT32_MAX;
  for (uint32_t c = p.first_clause; c < p.end_clause && c < a.clauses.size(); ++c) {
    const Clause& cl = a.clauses[c];
    if (AttachedToClause(a, static_cast<int32_t>(c), token)) {
      holder = static_cast<int32_t>(c);
      break;
    }
    if (InClauseSpan(cl, token) && cl.end_token - cl.first_token < span) {
      holder = static_cast<int32_t>(c);
      span = cl.end_token - cl.first_token;
    }
  }
  // Clauses that continue the event's ("to shut down the panel in April",
  // "of violating its airspace in August") and others among the sentence's
  // main clauses still date it; a clause that modifies something else does not.
  if (holder < 0 || !ModifiesSomethingElse(a, a.sentences[sentence], a.clauses[holder])) return true;
  // "has made trips since he took office in 2022": a clause that opens with
  // "since", "until", "after" or "before" bounds the event by its date.
  if (bounds) {
    const Clause& cl = a.clauses[holder];
    const uint32_t verb = cl.verb >= 0 ? a.chunks[cl.verb].first_token : cl.first_token;
    for (uint32_t t = cl.first_token; t < verb; ++t) {
      const std::string_view w = a.Lower(a.tokens[t]);
      if (w == "since" || w == "until" || w == "till" || w == "after" || w == "before") *bounds = !cl.relative;
    }
  }
  return false;
}

namespace {

// "is due to", "are set to", "is scheduled to", "is expected to": an event
// still to come, whatever the tense of "is".
bool AnnouncedAsComing(const Analysis& a, const Chunk& v) {
  if (v.control < 0 || static_cast<size_t>(v.control) + 1 >= a.tokens.size() || v.control < 1) return false;
  const auto t = static_cast<uint32_t>(v.control);
  const std::string_view w = a.Lower(a.tokens[t]);
  if (w != "due" && w != "set" && w != "scheduled" && w != "expected") return false;
  if (a.Lower(a.tokens[t + 1]) != "to") return false;
  // "is", or "is now", "are also" before it.
  for (uint32_t k = t; k-- > 0 && k + 2 >= t;) {
    const std::string_view b = a.Lower(a.tokens[k]);
    if (b == "is" || b == "are" || b == "'s" || b == "am") return true;
    if (a.tokens[k].tag != PosTag::kRB) return false;
  }
  return false;
}

Tense ClauseTense(const Analysis& a, int32_t c) {
  // A participle clause ("while meeting ...") takes the tense of the clause it
  // hangs on.
  for (int depth = 0; c >= 0 && depth < 8; ++depth) {
    const Clause& cl = a.clauses[c];
    if (cl.verb >= 0 && static_cast<size_t>(cl.verb) < a.chunks.size()) {
      if (AnnouncedAsComing(a, a.chunks[cl.verb])) return Tense::kFuture;
      Tense t = a.chunks[cl.verb].tense;
      if (t != Tense::kNone) return t;
    }
    c = cl.parent;
    if (c >= 0 && static_cast<size_t>(c) >= a.clauses.size()) break;
  }
  return Tense::kPast;
}

}  // namespace

bool ResolveEventDate(const Analysis& a, const Event& e, const Day& published, Day* out, const char** precision) {
  if (e.sentence >= a.sentences.size()) return false;
  const Sentence& s = a.sentences[e.sentence];
  int32_t c = EventClause(a, e);
  Tense tense = c >= 0 ? ClauseTense(a, c) : Tense::kPast;
  std::vector<DateMention> found;
  FindDates(a, s.first_token, s.end_token, published, tense, &found);
  // A year ("last year") is the coarsest answer: any finer expression in the
  // sentence says more ("Last year's accord was signed on Monday").
  if (std::any_of(found.begin(), found.end(),
                  [](const DateMention& m) { return std::string_view(m.precision) != "year"; })) {
    std::erase_if(found, [](const DateMention& m) { return std::string_view(m.precision) == "year"; });
  }
  // A month or a year dates the event only from its own clause or one it
  // hangs on: "The Taliban, who seized power in August 2021, have imposed ..."
  // does not date the imposing, nor "Encouraged by ... in January, China's
  // leaders are going all out to ...". (Days keep the ranking below.)
  std::erase_if(found, [&](const DateMention& m) {
    const std::string_view p = m.precision;
    return (p == "month" || p == "year") && !AttachedToClause(a, c, m.first_token) &&
           !GovernsEvent(a, e.sentence, c, m.first_token);
  });
  if (found.empty()) return false;
  // Rank: 0 attached to the event's clause by a preposition, 1 inside the
  // clause, 2 elsewhere in the sentence; then nearest to the verb.
  auto rank = [&](const DateMention& m) {
    if (c < 0) return 2;
    if (AttachedToClause(a, c, m.first_token)) return 0;
    const Clause& cl = a.clauses[c];
    if (cl.first_token <= m.first_token && m.end_token <= cl.end_token) return 1;
    return 2;
  };
  auto distance = [&](const DateMention& m) {
    int64_t vb = e.verb_begin, mb = a.tokens[m.first_token].begin;
    return std::llabs(vb - mb);
  };
  const DateMention* best = &found[0];
  for (const DateMention& m : found) {
    int rm = rank(m), rb = rank(*best);
    if (rm < rb || (rm == rb && distance(m) < distance(*best))) best = &m;
  }
  *out = best->day;
  if (precision) *precision = best->precision;
  return true;
}

}  // namespace dyad::when
