// When an event happened: finds date expressions in a sentence ("on
// Tuesday", "yesterday", "last week", "March 3", "3 March 2014",
// "2014-11-18") and resolves them against the document's publication date.
//
// Conventions (what a GDELT or Phoenix user gets in "date"):
// - A bare weekday follows the clause's tense. In a past-tense or tenseless
//   report it is the last such day on or before publication (the same day when
//   the document was published on that weekday); in a future-tense clause it
//   is the next such day on or after publication. "last Tuesday" is strictly
//   before, "next Tuesday" strictly after.
// - "yesterday" / "today" / "tonight" / "tomorrow"; "N days ago", "a week ago".
// - Vague periods resolve to a fixed day inside the period so that grouping by
//   week or month stays right: "last week" is publication minus 7 days, "next
//   week" plus 7; "last month" the same day of the previous month (clamped to
//   its length), "next month" likewise; "earlier this week" the Monday of the
//   publication week; "earlier this month" the 1st of the publication month;
//   "last weekend" / "over the weekend" the last Saturday before publication;
//   "this week" / "this month" as "earlier this week" / "earlier this month";
//   "last year", "this year" and "earlier this year" 1 January of that year. Each carries
//   its precision (week, month, year; a day otherwise).
// - A month without a day is its 1st, with a month's precision: "December
//   2024" that month; "last December" the latest December before the
//   publication month, "next March" the first March after it, "this March"
//   the publication year's; "in March" / "during March" / "in early March"
//   the latest March not after the publication month, or in a future-tense
//   clause the first not before it. After "since", "until", "by" and the
//   like a month only bounds the event and dates nothing.
// - A month and day without a year take the publication year, or the previous
//   year when that would put the day more than 7 days after publication (the
//   following year for future-tense clauses when more than 7 days before).
// An expression attached to the event's own clause (a PP of the clause, or
// inside the clause's span) wins over others in the sentence. A month or a
// year (with or without a day's words: "in March", "last month", "in 2019")
// dates the event only from its own clause or one it hangs on
// (GovernsEvent), never from a relative or subordinate clause of another
// verb. "is due to", "is set to", "is scheduled to" and "is expected to"
// make the clause future.
//
// Everything here is a pure function of its arguments: thread-safe.
#ifndef DYAD_EVENTS_WHEN_H_
#define DYAD_EVENTS_WHEN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "dyad/analysis.h"
#include "dyad/events.h"

namespace dyad::when {

// The calendar arithmetic (day numbers, weekdays, month lengths) is
// core/date.h's; a Day is that Date.
using Day = Date;

// "YYYY-MM-DD" (a valid calendar day) -> Day.
bool ParseDay(std::string_view iso, Day* out);
std::string FormatDay(const Day& d);

// One date expression: tokens [first_token, end_token) of the Analysis.
struct DateMention {
  uint32_t first_token = 0, end_token = 0;
  Day day;
  const char* precision = "day";  // "day", "week", "month" or "year"
};

// Appends every resolvable date expression among tokens [first, end) to
// `out`. `tense` is that of the clause the expressions belong to (kNone reads
// as past: news reports what happened).
void FindDates(const Analysis& a, uint32_t first, uint32_t end, const Day& published,
               Tense tense, std::vector<DateMention>* out);

// The day event `e` happened, from the expressions in its sentence; false
// when there is none (the caller then uses the publication date).
// `precision`, when not null, gets the expression's (DateMention::precision).
bool ResolveEventDate(const Analysis& a, const Event& e, const Day& published, Day* out,
                      const char** precision = nullptr);

// The clause whose verb group holds the event's verb (-1 when none). Shared
// with where.cc.
int32_t EventClause(const Analysis& a, const Event& e);

// Whether the words at `token` of `sentence` speak for the event's clause
// `own` (EventClause): they lie in it, in a clause it hangs on (its parent,
// and theirs), in a verb that shares its subject, or outside every clause
// (a sentence's opening "In 2019, ..."). True when `own` is -1. A month or a
// year dates an event only from there. When it does not, `bounds` (if not
// null) says whether the words are in a clause opened by "since", "until",
// "after" or "before", which bounds the event by their date rather than
// saying nothing of it.
bool GovernsEvent(const Analysis& a, uint32_t sentence, int32_t own, uint32_t token, bool* bounds = nullptr);

// Whether token t begins, or lies in, a prepositional phrase of clause c.
bool AttachedToClause(const Analysis& a, int32_t c, uint32_t t);

}  // namespace dyad::when

#endif  // DYAD_EVENTS_WHEN_H_
