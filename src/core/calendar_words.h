// The English names of weekdays and months and the common time nouns
// (internal), once: the date finder (events/when), the parser's time phrases
// (parse/chunker), the coder's time attachments and the place finder's
// never-a-place words all use these lists.
// Lower case; stateless; safe from any thread.
#ifndef DYAD_SRC_CORE_CALENDAR_WORDS_H_
#define DYAD_SRC_CORE_CALENDAR_WORDS_H_

#include <array>
#include <string_view>

#include "core/words.h"

namespace dyad {

// Monday first, as Weekday() in core/date.h counts.
inline constexpr std::array<std::string_view, 7> kWeekdayNames = {"monday", "tuesday",  "wednesday", "thursday",
                                                                  "friday", "saturday", "sunday"};
// January first: kMonthNames[m - 1] is month m.
inline constexpr std::array<std::string_view, 12> kMonthNames = {"january",   "february", "march",    "april",
                                                                 "may",       "june",     "july",     "august",
                                                                 "september", "october",  "november", "december"};
// Three-letter abbreviations, in the same order.
inline constexpr std::array<std::string_view, 12> kMonthAbbreviations = {"jan", "feb", "mar", "apr", "may", "jun",
                                                                         "jul", "aug", "sep", "oct", "nov", "dec"};

// Whether `lower` is the full name of a weekday.
inline bool IsWeekdayName(std::string_view lower) {
  if (lower.size() < 6 || lower.size() > 9) return false;  // most words, at once
  for (std::string_view n : kWeekdayNames) {
    if (SameWord(lower, n)) return true;
  }
  return false;
}

// Whether `lower` is the full name of a weekday or a month.
inline bool IsWeekdayOrMonthName(std::string_view lower) {
  if (lower.size() < 3 || lower.size() > 9) return false;  // most words, at once
  for (std::string_view n : kWeekdayNames) {
    if (SameWord(lower, n)) return true;
  }
  for (std::string_view n : kMonthNames) {
    if (SameWord(lower, n)) return true;
  }
  return false;
}

// Whether `lower` names a day relative to the story's own: "today",
// "yesterday", "tonight", "tomorrow" (the tagger reads them as nouns).
inline bool IsRelativeDayWord(std::string_view lower) {
  return OneOf(lower, {"today", "yesterday", "tonight", "tomorrow"});
}

// Whether `lower` is a part of a day ("Monday morning").
inline bool IsPartOfDay(std::string_view lower) { return OneOf(lower, {"morning", "afternoon", "evening", "night"}); }

// Whether `lower` is a noun that heads a time phrase: a unit of the calendar,
// a part of a day or a relative day ("on the same day", "last week").
inline bool IsTimeNoun(std::string_view lower) {
  return OneOf(lower, {"day", "week", "weekend", "month", "year"}) || IsPartOfDay(lower) || IsRelativeDayWord(lower);
}

}  // namespace dyad

#endif  // DYAD_SRC_CORE_CALENDAR_WORDS_H_
