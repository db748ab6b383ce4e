#include "core/words.h"
#include "core/calendar_words.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {
namespace {

// WordSet is the fast path for OneOf: for every probe, both must agree.
// Against memcmp, the reference: every length up to 24, equal and differing
// in each single byte.
TEST(SameShortBytes, AgreesWithMemcmp) {
  for (size_t n = 0; n <= 24; ++n) {
    std::string a, b;
    for (size_t i = 0; i < n; ++i) a += static_cast<char>('a' + (i * 7) % 26);
    b = a;
    EXPECT_TRUE(SameShortBytes(a.data(), b)) << n;
    for (size_t i = 0; i < n; ++i) {
      std::string c = a;
      c[i] = static_cast<char>(c[i] ^ 0x20);
      EXPECT_EQ(SameShortBytes(a.data(), c), std::memcmp(a.data(), c.data(), n) == 0) << n << " " << i;
      EXPECT_FALSE(SameShortBytes(c.data(), a)) << n << " " << i;
    }
  }
}

TEST(WordSet, AgreesWithOneOf) {
  static const WordSet kSet{"say", "tell", "add", "state", "announce", "claim", "declare", "insist", "stress",
                            "note", "report", "as", "a", "that", "foreign secretary", "emphasize", "emphasise"};
  const std::vector<std::string_view> probes = {
      "say",   "says", "sa",      "tell",    "tel",      "add",  "ad",    "a",    "as",  "an",  "that",
      "than",  "",     "STATE",   "state",   "stat",     "note", "nose",  "emphasize", "emphasise",
      "emphasis", "foreign secretary", "foreign", "secretary", "xsay", "sayx", "report", "reports"};
  for (std::string_view p : probes) {
    EXPECT_EQ(kSet.Contains(p),
              OneOf(p, {"say", "tell", "add", "state", "announce", "claim", "declare", "insist", "stress", "note",
                        "report", "as", "a", "that", "foreign secretary", "emphasize", "emphasise"}))
        << p;
  }
}

TEST(WordSet, HoldsEveryWordOfAFullList) {
  // As many words as a set takes, many of them alike in length and first and
  // last letters (the bucket's inputs), so that probing runs long.
  std::vector<std::string> words;
  for (char a = 'a'; words.size() < WordSet::kMaxWords; ++a) {
    for (char b : {'a', 'e', 'o', 'u'}) {
      if (words.size() < WordSet::kMaxWords) words.push_back(std::string("x") + a + b + "y");
    }
  }
  const std::vector<std::string_view> views(words.begin(), words.end());
  const WordSet set{views[0],  views[1],  views[2],  views[3],  views[4],  views[5],  views[6],  views[7],
                    views[8],  views[9],  views[10], views[11], views[12], views[13], views[14], views[15],
                    views[16], views[17], views[18], views[19], views[20], views[21], views[22], views[23],
                    views[24], views[25], views[26], views[27], views[28], views[29], views[30], views[31],
                    views[32], views[33], views[34], views[35], views[36], views[37], views[38], views[39],
                    views[40], views[41], views[42], views[43], views[44], views[45], views[46], views[47],
                    views[48], views[49], views[50], views[51], views[52], views[53], views[54], views[55],
                    views[56], views[57], views[58], views[59], views[60], views[61], views[62], views[63]};
  for (std::string_view w : views) EXPECT_TRUE(set.Contains(w)) << w;
  for (std::string_view w : {"xaiy", "xzzy", "xay", "xaay ", "yaax", ""}) EXPECT_FALSE(set.Contains(w)) << w;
}

TEST(WordSet, EmptyWordOnlyWhenListed) {
  static const WordSet kWith{"", "of"};
  static const WordSet kWithout{"of"};
  EXPECT_TRUE(kWith.Contains(""));
  EXPECT_FALSE(kWithout.Contains(""));
  EXPECT_TRUE(kWith.Contains("of"));
}

// IsWeekdayName's length test is only a shortcut: it must agree with the
// list itself for every word, the names and words of every length near them.
TEST(CalendarWords, WeekdayNameAgreesWithTheList) {
  for (std::string_view w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "may",
                             "day", "today", "mondays", "fridays", "weekday", "wednesdays", "sun", "Friday", ""}) {
    const bool listed = std::find(kWeekdayNames.begin(), kWeekdayNames.end(), w) != kWeekdayNames.end();
    EXPECT_EQ(IsWeekdayName(w), listed) << w;
    if (listed) {
      EXPECT_TRUE(IsWeekdayOrMonthName(w)) << w;
    }
  }
}

// A time phrase's head: the calendar's units, the parts of a day and the
// days named from the story's own; no weekday name (the parser asks for
// those separately) and no word that only looks like one.
TEST(CalendarWords, TimeNouns) {
  for (std::string_view w :
       {"day", "week", "weekend", "month", "year", "morning", "night", "today", "tonight", "tomorrow", "yesterday"}) {
    EXPECT_TRUE(IsTimeNoun(w)) << w;
  }
  for (std::string_view w : {"monday", "march", "days", "daytime", "someday", "hour", "time", "Today", ""}) {
    EXPECT_FALSE(IsTimeNoun(w)) << w;
  }
  EXPECT_TRUE(IsRelativeDayWord("tomorrow"));
  EXPECT_FALSE(IsRelativeDayWord("morning"));
  EXPECT_TRUE(IsPartOfDay("evening"));
  EXPECT_FALSE(IsPartOfDay("today"));
}

}  // namespace
}  // namespace dyad
