// Event dates: calendar arithmetic and the resolution of date expressions
// against the publication date, on sentences analysed by the real pipeline.
#include "events/when.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/pipeline.h"
#include "test_util.h"

namespace dyad::when {
namespace {

TEST(WhenCalendarTest, DayNumbersRoundTripAndWeekdays) {
  for (int64_t n = -800000; n < 800000; n += 997) {
    Day d = CivilFromDays(n);
    EXPECT_EQ(DaysFromCivil(d), n);
  }
  Day d;
  ASSERT_TRUE(ParseDay("2014-11-19", &d));
  EXPECT_EQ(Weekday(d), 2);  // a Wednesday
  ASSERT_TRUE(ParseDay("2000-02-29", &d));
  EXPECT_EQ(FormatDay(CivilFromDays(DaysFromCivil(d) + 1)), "2000-03-01");
  EXPECT_FALSE(ParseDay("2014-02-29", &d));
  EXPECT_FALSE(ParseDay("2014-13-01", &d));
  EXPECT_FALSE(ParseDay("2014-11-1", &d));
  EXPECT_FALSE(ParseDay("", &d));
}

class WhenTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto p = Pipeline::Create(PipelineOptions{});
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p).value().release();
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
  }

  // The date of the event whose verb is the first occurrence of `verb`, or ""
  // when the sentence has nothing to resolve.
  std::string Resolve(const std::string& sentence, const std::string& verb, const std::string& published) {
    text_ = sentence;
    pipeline_->Analyze(text_, 0, &a_);
    Event e;
    size_t at = text_.find(verb);
    EXPECT_NE(at, std::string::npos) << verb;
    e.verb_begin = static_cast<uint32_t>(at);
    e.verb_end = static_cast<uint32_t>(at + verb.size());
    for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
      if (a_.sentences[s].begin <= at && at < a_.sentences[s].end) e.sentence = s;
    }
    Day pub, out;
    EXPECT_TRUE(ParseDay(published, &pub));
    precision_ = "";
    if (!ResolveEventDate(a_, e, pub, &out, &precision_)) return "";
    return FormatDay(out);
  }

  const char* precision_ = "";

  static Pipeline* pipeline_;
  std::string text_;
  Analysis a_;
};
Pipeline* WhenTest::pipeline_ = nullptr;

struct DateCase {
  const char* sentence;
  const char* verb;
  const char* published;
  const char* want;  // "" when nothing resolves
};

// 2014-11-19 is a Wednesday.
constexpr DateCase kCases[] = {
    // Bare weekdays in past-tense reports: the last such day, today included.
    {"Officials met on Monday.", "met", "2014-11-19", "2014-11-17"},
    {"Officials met on Tuesday.", "met", "2014-11-19", "2014-11-18"},
    {"Officials met on Wednesday.", "met", "2014-11-19", "2014-11-19"},
    {"Officials met on Thursday.", "met", "2014-11-19", "2014-11-13"},
    {"Officials met on Friday.", "met", "2014-11-19", "2014-11-14"},
    {"Officials met on Saturday.", "met", "2014-11-19", "2014-11-15"},
    {"Officials met on Sunday.", "met", "2014-11-19", "2014-11-16"},
    {"Police arrested two men on Monday night.", "arrested", "2014-11-19", "2014-11-17"},
    // "last" is strictly before, "next" strictly after; future tense looks ahead.
    {"Officials met last Wednesday.", "met", "2014-11-19", "2014-11-12"},
    {"Officials met last Tuesday.", "met", "2014-11-19", "2014-11-18"},
    {"The ministers will meet on Friday.", "meet", "2014-11-19", "2014-11-21"},
    {"The ministers will meet on Monday.", "meet", "2014-11-19", "2014-11-24"},
    {"The ministers will meet next Wednesday.", "meet", "2014-11-19", "2014-11-26"},
    // Relative days.
    {"Officials met yesterday.", "met", "2014-11-19", "2014-11-18"},
    {"Officials met today.", "met", "2014-11-19", "2014-11-19"},
    {"The ministers will meet tomorrow.", "meet", "2014-11-19", "2014-11-20"},
    {"Officials met three days ago.", "met", "2014-11-19", "2014-11-16"},
    {"Officials met two weeks ago.", "met", "2014-11-19", "2014-11-05"},
    // Periods, by the documented conventions.
    {"Officials met last week.", "met", "2014-11-19", "2014-11-12"},
    {"Officials met last month.", "met", "2014-11-19", "2014-10-19"},
    {"Officials met last month.", "met", "2015-03-31", "2015-02-28"},
    {"Officials met earlier this month.", "met", "2014-11-19", "2014-11-01"},
    {"Officials met earlier this week.", "met", "2014-11-19", "2014-11-17"},
    {"Rebels attacked the town over the weekend.", "attacked", "2014-11-19", "2014-11-15"},
    // Month and day: the publication year, or the year before when the day
    // would lie well after publication.
    {"Officials met on March 3.", "met", "2014-11-19", "2014-03-03"},
    {"Officials met on 3 March.", "met", "2014-11-19", "2014-03-03"},
    {"Officials met on Nov. 18.", "met", "2014-11-19", "2014-11-18"},
    {"Officials met on November 21.", "met", "2014-11-19", "2014-11-21"},
    {"Officials met on December 3.", "met", "2014-11-19", "2013-12-03"},
    {"Officials met on December 30.", "met", "2015-01-02", "2014-12-30"},
    {"The ministers will meet on January 5.", "meet", "2014-12-28", "2015-01-05"},
    // Explicit years and ISO dates.
    {"Officials met on March 3, 2012.", "met", "2014-11-19", "2012-03-03"},
    {"Officials met on 3rd March 2012.", "met", "2014-11-19", "2012-03-03"},
    {"Officials met on 2013-05-06 in Geneva.", "met", "2014-11-19", "2013-05-06"},
    {"Officials met on Tuesday, March 3, 2015.", "met", "2015-03-05", "2015-03-03"},
    // Nothing to resolve.
    {"Officials met in Geneva.", "met", "2014-11-19", ""},
    {"Officials may meet again.", "meet", "2014-11-19", ""},
    {"Protesters march on the capital.", "march", "2014-11-19", ""},
    {"Officials met on February 30.", "met", "2014-11-19", ""},
};

TEST_F(WhenTest, ResolvesTable) {
  for (const DateCase& c : kCases) {
    EXPECT_EQ(Resolve(c.sentence, c.verb, c.published), c.want)
        << c.sentence << " (published " << c.published << ")";
  }
}

// Issue 15.6: an expression that names a period, not a day, says which, and
// the date is a day inside it.
TEST_F(WhenTest, ApproximateDatesCarryTheirPrecision) {
  struct Case {
    const char* sentence;
    const char* want;
    const char* precision;
  };
  const Case cases[] = {
      {"Officials met on Monday.", "2014-11-17", "day"},
      {"Officials met yesterday.", "2014-11-18", "day"},
      {"Officials met on March 3, 2012.", "2012-03-03", "day"},
      {"Officials met three days ago.", "2014-11-16", "day"},
      {"Officials met last week.", "2014-11-12", "week"},
      {"Officials met earlier this week.", "2014-11-17", "week"},
      {"Officials met two weeks ago.", "2014-11-05", "week"},
      {"Officials met over the weekend.", "2014-11-15", "week"},
      {"Officials met last month.", "2014-10-19", "month"},
      {"Officials met earlier this month.", "2014-11-01", "month"},
      {"Officials met last year.", "2013-01-01", "year"},
      {"Officials met earlier this year.", "2014-01-01", "year"},
      {"Officials met this week.", "2014-11-17", "week"},
      {"Officials met this month.", "2014-11-01", "month"},
      {"Officials met this year.", "2014-01-01", "year"},
      // A finer expression in the sentence wins over a year.
      {"Officials met on Monday to revive last year's accord.", "2014-11-17", "day"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Resolve(c.sentence, "met", "2014-11-19"), c.want) << c.sentence;
    EXPECT_STREQ(precision_, c.precision) << c.sentence;
  }
}

// Issue 15.6: a month named without a day dates the event to the month's
// 1st, with a month's precision; a day named with its month and year stays a
// day. Published 2014-11-19 unless the case says otherwise.
TEST_F(WhenTest, MonthsWithoutADayCarryAMonthsPrecision) {
  struct Case {
    const char* sentence;
    const char* verb;
    const char* published;
    const char* want;  // "" when nothing resolves
    const char* precision;
  };
  const Case cases[] = {
      {"Officials met in December 2012.", "met", "2014-11-19", "2012-12-01", "month"},
      {"In December 2012, officials met in Geneva.", "met", "2014-11-19", "2012-12-01", "month"},
      {"Officials met December 2012 to settle the dispute.", "met", "2014-11-19", "2012-12-01", "month"},
      {"Officials met in March, 2013.", "met", "2014-11-19", "2013-03-01", "month"},
      // The latest such month before the publication month.
      {"Officials met last December.", "met", "2014-11-19", "2013-12-01", "month"},
      {"Officials met last October.", "met", "2014-11-19", "2014-10-01", "month"},
      {"Officials met last November.", "met", "2014-11-19", "2013-11-01", "month"},
      // A bare month: the latest not after publication, the publication
      // month included; in a future clause the first not before it.
      {"Officials met in March.", "met", "2014-11-19", "2014-03-01", "month"},
      {"Officials met in November.", "met", "2014-11-19", "2014-11-01", "month"},
      {"Officials met in December.", "met", "2014-11-19", "2013-12-01", "month"},
      {"Officials met in early December.", "met", "2014-11-19", "2013-12-01", "month"},
      {"Officials met during May.", "met", "2014-11-19", "2014-05-01", "month"},
      {"The ministers will meet in March.", "meet", "2014-11-19", "2015-03-01", "month"},
      {"The ministers will meet in December.", "meet", "2014-11-19", "2014-12-01", "month"},
      {"The ministers will meet next March.", "meet", "2014-11-19", "2015-03-01", "month"},
      {"The ministers will meet next December.", "meet", "2014-11-19", "2014-12-01", "month"},
      {"The ministers will meet this December.", "meet", "2014-11-19", "2014-12-01", "month"},
      // A day with its month and year is a day.
      {"Officials met on 5 March 2012.", "met", "2014-11-19", "2012-03-05", "day"},
      {"Officials met on March 5, 2012.", "met", "2014-11-19", "2012-03-05", "day"},
      // A month after "since", "until", "by" only bounds the event; "March"
      // and "May" alone are a verb and a modal.
      {"Officials have met since March.", "met", "2014-11-19", "", ""},
      {"Officials have met since December 2012.", "met", "2014-11-19", "", ""},
      {"Officials have met since last August.", "met", "2014-11-19", "", ""},
      {"The talks will end by March.", "end", "2014-11-19", "", ""},
      {"Protesters March to the capital.", "March", "2014-11-19", "", ""},
      {"Officials May meet again.", "meet", "2014-11-19", "", ""},
      // A finer expression wins; a month wins over a year.
      {"Officials met on Monday to revive the December 2012 accord.", "met", "2014-11-19", "2014-11-17", "day"},
      {"Officials met in March to revive last year's accord.", "met", "2014-11-19", "2014-03-01", "month"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Resolve(c.sentence, c.verb, c.published), c.want) << c.sentence;
    EXPECT_STREQ(c.want[0] ? precision_ : "", c.precision) << c.sentence;
  }
}

TEST_F(WhenTest, PrefersTheEventsOwnClause) {
  const std::string s = "The minister said on Monday that rebels attacked the town on Friday.";
  EXPECT_EQ(Resolve(s, "attacked", "2014-11-19"), "2014-11-14");
  EXPECT_EQ(Resolve(s, "said", "2014-11-19"), "2014-11-17");
}

// A month or a year dates the event only from its own clause, a clause it
// hangs on, or one that continues it; never from a clause that modifies
// something else (relative, opened by a subordinator, an opening
// participle). On VOA these were the wrong month dates read by hand.
TEST_F(WhenTest, AMonthDatesTheEventOnlyFromItsOwnClause) {
  struct Case {
    const char* sentence;
    const char* verb;
    const char* published;
    const char* want;  // "" when nothing resolves
  };
  const Case cases[] = {
      // Not from a relative clause, a subordinate clause or an opening participle.
      {"The Taliban, who seized power in August 2021, have imposed strict measures.", "imposed", "2025-03-14", ""},
      {"The Taliban, who seized power in August 2021, have imposed strict measures.", "seized", "2025-03-14",
       "2021-08-01"},
      {"Encouraged by the reception in January, the leaders are going all out to encourage companies.", "encourage",
       "2025-03-12", ""},
      {"Britain is seeking a deal after Trump said last month that he was inclined to support it.", "seeking",
       "2025-03-10", ""},
      {"Pyongyang has shipped shells to Russia since the leaders held a summit in September.", "shipped", "2024-06-28",
       ""},
      {"Pyongyang has shipped shells to Russia since the leaders held a summit in September.", "held", "2024-06-28",
       "2023-09-01"},
      // From the event's clause, the verb it shares a subject with, the
      // speaker's verb it is reported under, and the clause that continues it.
      {"Russia used its veto in April.", "used", "2024-06-28", "2024-04-01"},
      {"In April, the military removed Bashir and jailed him.", "jailed", "2019-05-01", "2019-04-01"},
      {"In December, Mogadishu announced it was cutting ties with Kenya.", "cutting", "2021-01-10", "2020-12-01"},
      {"Russia then used its veto to shut down the panel in April.", "used", "2024-06-28", "2024-04-01"},
      {"Japan accused a spy plane of violating its airspace in August.", "accused", "2024-10-04", "2024-08-01"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Resolve(c.sentence, c.verb, c.published), c.want) << c.sentence << " / " << c.verb;
  }
}

// "is due to", "are set to", "is scheduled to", "is expected to" announce an
// event to come: its weekday or month is the next one, not the last.
TEST_F(WhenTest, DueToAndScheduledToAreFuture) {
  // 2019-11-25 is a Monday.
  const DateCase cases[] = {
      {"Putin is due to meet Erdogan in Turkey in January.", "meet", "2019-11-25", "2020-01-01"},
      {"The ministers are set to sign the deal in March.", "sign", "2019-11-25", "2020-03-01"},
      {"He is scheduled to travel to Canada on Wednesday.", "travel", "2019-11-25", "2019-11-27"},
      {"Modi is due to travel to Mauritius on Tuesday.", "travel", "2019-11-25", "2019-11-26"},
      {"Putin is expected to visit Turkey in January.", "visit", "2019-11-25", "2020-01-01"},
      {"Putin is also expected to visit Turkey on Friday.", "visit", "2019-11-25", "2019-11-29"},
      // The past tense keeps reading back.
      {"Putin met Erdogan in Turkey in January.", "met", "2019-11-25", "2019-01-01"},
      {"He travelled to Canada on Wednesday.", "travelled", "2019-11-25", "2019-11-20"},
  };
  for (const DateCase& c : cases) {
    EXPECT_EQ(Resolve(c.sentence, c.verb, c.published), c.want) << c.sentence;
  }
}

TEST_F(WhenTest, FindsEveryExpressionInASpan) {
  text_ = "Talks began on Monday and ended yesterday.";
  pipeline_->Analyze(text_, 0, &a_);
  Day pub;
  ASSERT_TRUE(ParseDay("2014-11-19", &pub));
  std::vector<DateMention> found;
  FindDates(a_, 0, static_cast<uint32_t>(a_.tokens.size()), pub, Tense::kPast, &found);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(FormatDay(found[0].day), "2014-11-17");
  EXPECT_EQ(FormatDay(found[1].day), "2014-11-18");
  EXPECT_EQ(a_.Lower(a_.tokens[found[1].first_token]), "yesterday");
}

}  // namespace
}  // namespace dyad::when

namespace dyad {
namespace {

// A sentence that names another year than the publication's dates an event
// in that year ("In 2019, ...") to it, with a year's precision, and leaves
// one the year only bounds ("since 2014") undated rather than dated to the
// publication day, years away (issue 15.6); the publication year itself, or
// none, changes nothing.
TEST(EventDateTest, AnotherYearInTheSentenceDatesTheEventToItOrLeavesItUndated) {
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  struct Case {
    const char* text;
    const char* date;
    const char* precision;
    bool resolved;
  };
  const std::vector<Case> cases = {
      {"In 2019, China accused Japan of spying.", "2019-01-01", "year", true},
      {"China accused Japan of spying in 2016.", "2016-01-01", "year", true},
      {"During 2016, China accused Japan of spying.", "2016-01-01", "year", true},
      {"Since 2014, China has accused Japan of spying.", "", "", false},
      {"China accused Japan of spying.", "2025-03-12", "day", false},
      {"In 2025, China accused Japan of spying.", "2025-03-12", "day", false},  // the publication year
      {"China accused Japan of spying on 12 officials.", "2025-03-12", "day", false},
      {"China accused Japan of spying last year.", "2024-01-01", "year", true},
      // A year in a clause that modifies something else does not date the
      // event: one opened by "since", "after" ... bounds it (undated); a
      // relative clause's says nothing of it (the publication day stands in).
      {"Since he took office in 2022, China has accused Japan of spying.", "", "", false},
      {"China has accused Japan of spying since its minister took office in 2022.", "", "", false},
      {"China, which joined the body in 2001, accused Japan of spying.", "2025-03-12", "day", false},
  };
  for (const Case& c : cases) {
    CodedDocument out;
    (*coder)->Code(testing_util::MakeDocument(c.text, "2025-03-12", "", "1"), &out);
    ASSERT_FALSE(out.events.empty()) << c.text;
    EXPECT_EQ(out.events[0].date, c.date) << c.text;
    EXPECT_EQ(out.events[0].date_precision, c.precision) << c.text;
    EXPECT_EQ(out.events[0].date_resolved, c.resolved) << c.text;
  }
}

// A day named by another clause, or one whose year is left to the
// publication's, does not date an event in a year its own clause names: the
// year does ("China, which attacked Vietnam in 1979, ..." is no news of
// the publication week).
TEST(EventDateTest, AYearInTheEventsOwnClauseOutranksADayOfAnotherClause) {
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  struct Case {
    const char* text;
    const char* root;  // the event's CAMEO root
    const char* date;
    const char* precision;
  };
  const std::vector<Case> cases = {
      {"China, which attacked Vietnam in 1979, accused Japan of spying on Monday.", "19", "1979-01-01", "year"},
      {"China, which attacked Vietnam in 1979, accused Japan of spying on Monday.", "11", "2025-03-10", "day"},
      {"In 2019, China attacked Vietnam on March 3.", "19", "2019-01-01", "year"},
      {"China attacked Vietnam on March 3.", "19", "2025-03-03", "day"},
  };
  for (const Case& c : cases) {
    CodedDocument out;
    (*coder)->Code(testing_util::MakeDocument(c.text, "2025-03-12", "", "1"), &out);
    const Event* e = nullptr;
    for (const Event& x : out.events) {
      if (x.cameo->code.starts_with(c.root)) e = &x;
    }
    ASSERT_NE(e, nullptr) << c.text;
    EXPECT_EQ(e->date, c.date) << c.text;
    EXPECT_EQ(e->date_precision, c.precision) << c.text;
  }
}

}  // namespace
}  // namespace dyad
