#include "core/date.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "core/strings.h"

namespace dyad {
namespace {

// The day number against a slow reference: counting days one by one from
// 1970-01-01 with DaysInMonth, over the whole accepted range and beyond.
TEST(DateTest, DayNumbersAgreeWithCountingDays) {
  Date d{1970, 1, 1};
  int64_t n = 0;
  auto next = [](Date* x) {
    if (++x->day > DaysInMonth(x->year, x->month)) {
      x->day = 1;
      if (++x->month > 12) x->month = 1, ++x->year;
    }
  };
  while (d.year <= 2300) {
    ASSERT_EQ(DaysFromCivil(d), n) << FormatIsoDate(d);
    ASSERT_EQ(CivilFromDays(n), d) << n;
    next(&d);
    ++n;
  }
  // Backwards to 1700, through 1800 (not a leap year).
  d = Date{1970, 1, 1};
  for (n = 0; d.year >= 1700; --n) {
    ASSERT_EQ(DaysFromCivil(d), n) << FormatIsoDate(d);
    d = CivilFromDays(n - 1);
    ASSERT_TRUE(IsCalendarDay(d)) << n;
  }
}

TEST(DateTest, CalendarFacts) {
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2024, 13), 0);
  EXPECT_EQ(Weekday(Date{1970, 1, 1}), 3);  // Thursday
  EXPECT_EQ(Weekday(Date{2024, 3, 4}), 0);  // Monday
  EXPECT_EQ(Weekday(Date{1800, 1, 5}), 6);  // Sunday
  EXPECT_EQ(AddMonths(Date{2024, 1, 31}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(AddMonths(Date{2024, 1, 15}, -1), (Date{2023, 12, 15}));
  EXPECT_EQ(AddDays(Date{2024, 12, 31}, 1), (Date{2025, 1, 1}));
  EXPECT_LT((Date{2024, 1, 31}), (Date{2024, 2, 1}));
}

struct ParseCase {
  const char* text;
  bool parses;    // a calendar day in YYYY-MM-DD form
  bool in_range;  // and within 1800-01-01..2200-12-31
};

TEST(DateTest, ParseIsoDateAndRange) {
  const ParseCase kCases[] = {
      {"2024-02-29", true, true},   {"2023-02-29", false, false}, {"2024-02-30", false, false},
      {"2024-13-45", false, false}, {"2024-00-10", false, false}, {"2024-01-00", false, false},
      {"yesterday", false, false},  {"2024-1-05", false, false},  {"2024-01-05 ", false, false},
      {"+024-01-05", false, false}, {"1800-01-01", true, true},   {"1799-12-31", true, false},
      {"2200-12-31", true, true},   {"2201-01-01", true, false},  {"9999-12-31", true, false},
      {"0000-01-01", false, false}, {"", false, false},
  };
  for (const ParseCase& c : kCases) {
    Date d;
    EXPECT_EQ(ParseIsoDate(c.text, &d), c.parses) << c.text;
    if (c.parses) {
      EXPECT_EQ(FormatIsoDate(d), c.text);
      EXPECT_EQ(InDateRange(d), c.in_range) << c.text;
    }
  }
  EXPECT_EQ(FormatIsoMonth(Date{1850, 3, 9}), "1850-03");
}

// NextWord is the actors loader's stand-in for `istringstream >> word` and
// then getline for the rest: the same words and the same rest, checked
// against the stream on lines with every kind of space and missing words.
TEST(StringsTest, NextWordReadsAsAStreamDoes) {
  for (std::string_view line :
       {"", "   ", "GOVFRE", "GOVFRE 2019-05", "GOVFRE 2019 2021", "GOVFRE 2019 2021 President of Freedonia ",
        " \t ELI\v2001-02-03\f-  leader\tof the  party\r", "a b c", "a b c ", "x\n y \n z  tail  end"}) {
    std::istringstream in{std::string(line)};
    std::string a, b, c, tail;
    in >> a >> b >> c;
    std::getline(in, tail);
    std::string_view rest = line;
    const std::string_view x = NextWord(&rest), y = NextWord(&rest), z = NextWord(&rest);
    EXPECT_EQ(x, a) << line;
    EXPECT_EQ(y, b) << line;
    EXPECT_EQ(z, c) << line;
    EXPECT_EQ(z.empty() ? std::string_view() : rest, tail) << line;
  }
}

TEST(StringsTest, TrimLowerFnv) {
  EXPECT_EQ(Trim(" \t\r\n\f\vabc d \n"), "abc d");
  EXPECT_EQ(Trim("   "), "");
  EXPECT_EQ(AsciiLower("ÀB-cD"), "Àb-cd");  // bytes outside ASCII are kept
  EXPECT_TRUE(EqualsAsciiLower("Napolitano", "napolitano"));
  EXPECT_FALSE(EqualsAsciiLower("Napolitan", "napolitano"));
  EXPECT_FALSE(EqualsAsciiLower("ÀB", "àb"));  // only ASCII letters fold
  // FNV-1a reference values.
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ull);
  EXPECT_EQ(Fnv1a64("bar", Fnv1a64("foo")), Fnv1a64("foobar"));
}

}  // namespace
}  // namespace dyad
