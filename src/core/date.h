// Calendar days: the one date type of dyad (internal). A Date is a day of the
// proleptic Gregorian calendar; it converts to and from a day number (days
// since 1970-01-01, Howard Hinnant's days_from_civil and civil_from_days) so
// that adding days, weeks and months and naming weekdays is arithmetic, not a
// loop. Every reader of a date (JSON Lines, HTML, WARC, --date, the API, the
// store's series) and every stage that resolves one (events/when) uses it.
//
// The accepted range, kMinDateYear..kMaxDateYear (1800-01-01..2200-12-31),
// is the one documented range for dates that come from outside: news is not
// older, and later years are typos or hostile input (a year 10000 does not
// fit YYYY and would sort before 9999). Arithmetic itself works on any year.
//
// Pure functions on values: safe from any thread.
#ifndef DYAD_SRC_CORE_DATE_H_
#define DYAD_SRC_CORE_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

inline constexpr int kMinDateYear = 1800;
inline constexpr int kMaxDateYear = 2200;
// For messages: "1800-01-01..2200-12-31".
inline constexpr const char* kDateRangeText = "1800-01-01..2200-12-31";

struct Date {
  int year = 0, month = 0, day = 0;
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

inline bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// 28..31, or 0 when `month` is not 1..12.
inline int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

// Whether `d` names a real day (any year from 1 to 9999).
inline bool IsCalendarDay(const Date& d) {
  return d.year >= 1 && d.year <= 9999 && d.day >= 1 && d.day <= DaysInMonth(d.year, d.month);
}

// Whether `d` is a real day within kMinDateYear..kMaxDateYear.
inline bool InDateRange(const Date& d) { return IsCalendarDay(d) && d.year >= kMinDateYear && d.year <= kMaxDateYear; }

// Days since 1970-01-01 (days_from_civil).
inline int64_t DaysFromCivil(const Date& d) {
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(d.month + (d.month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

// The day `z` days after 1970-01-01 (civil_from_days).
inline Date CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
inline int Weekday(const Date& d) {
  const int64_t w = (DaysFromCivil(d) + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

inline Date AddDays(const Date& d, int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

// `n` months later (or earlier), the day clamped to the month's length.
inline Date AddMonths(const Date& d, int n) {
  const int m0 = d.year * 12 + (d.month - 1) + n;
  Date r{m0 / 12, m0 % 12 + 1, 0};
  r.day = d.day < DaysInMonth(r.year, r.month) ? d.day : DaysInMonth(r.year, r.month);
  return r;
}

// Strict "YYYY-MM-DD" (exactly ten characters, a real day of years 1..9999).
// The range check is the caller's (InDateRange), because dates inside text
// ("in 1750") and dates from outside are judged differently.
bool ParseIsoDate(std::string_view s, Date* out);

// "YYYY-MM-DD" (years 0..9999 print with four digits).
std::string FormatIsoDate(const Date& d);
// "YYYY-MM".
std::string FormatIsoMonth(const Date& d);

}  // namespace dyad

#endif  // DYAD_SRC_CORE_DATE_H_
