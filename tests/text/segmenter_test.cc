#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/prefilters.h"
#include "dyad/analysis.h"
#include "test_util.h"

namespace dyad::text {
namespace {

// One string per sentence: its flags ("[T]" title, "[D]" dateline, "[L]" list
// item) followed by the token surfaces joined by spaces.
std::vector<std::string> Render(const Analysis& a, bool norm) {
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) {
    std::string line;
    if (s.is_title) line += "[T] ";
    if (s.is_dateline) line += "[D] ";
    if (s.is_list_item) line += "[L] ";
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (i > s.first_token) line += ' ';
      line += norm ? a.Norm(a.tokens[i]) : a.Surface(a.tokens[i]);
    }
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> Sentences(std::string_view text, size_t title_end = 0, bool norm = false) {
  Analysis a;
  Segment(text, title_end, &a);
  return Render(a, norm);
}

// Surfaces of all tokens, space-joined (one sentence or many).
std::string Tokens(std::string_view text, bool norm = false) {
  Analysis a;
  Segment(text, 0, &a);
  std::string out;
  for (const Token& t : a.tokens) {
    if (!out.empty()) out += ' ';
    out += norm ? a.Norm(t) : a.Surface(t);
  }
  return out;
}

struct TokenCase {
  const char* text;
  const char* want;
};

class SegmenterTokens : public ::testing::TestWithParam<TokenCase> {};

TEST_P(SegmenterTokens, SurfaceTokens) {
  EXPECT_EQ(Tokens(GetParam().text), GetParam().want) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    News, SegmenterTokens,
    ::testing::Values(
        TokenCase{"Moscow's envoy didn't sign.", "Moscow 's envoy did n't sign ."},
        TokenCase{"They won't stay and we can't leave.", "They wo n't stay and we ca n't leave ."},
        TokenCase{"We cannot agree.", "We can not agree ."},
        TokenCase{"They'll say we're sure I'm right; you've seen it, he'd said.",
                  "They 'll say we 're sure I 'm right ; you 've seen it , he 'd said ."},
        TokenCase{"O'Neill's aide met al-Qa'ida defectors.", "O'Neill 's aide met al-Qa'ida defectors ."},
        TokenCase{"the militants' camp", "the militants ' camp"},
        TokenCase{"Sino-Russian drills and U.S.-backed units", "Sino-Russian drills and U.S.-backed units"},
        TokenCase{"An F-16 and a Su-24 in an all-time low, 4-2.", "An F-16 and a Su-24 in an all-time low , 4-2 ."},
        TokenCase{"Gen. Ito met Lt. Col. Park on Nov. 3.", "Gen. Ito met Lt. Col. Park on Nov. 3 ."},
        TokenCase{"Mr. Amin, Dr. Lee and Acme Inc. of St. Louis", "Mr. Amin , Dr. Lee and Acme Inc. of St. Louis"},
        TokenCase{"George W. Bush and the U.N. chief", "George W. Bush and the U.N. chief"},
        TokenCase{"Boats, planes, etc. were used", "Boats , planes , etc. were used"},
        TokenCase{"No. 2 official said no.", "No. 2 official said no ."},
        TokenCase{"It cost $1,000, or 3.5% more.", "It cost $ 1,000 , or 3.5 % more ."},
        TokenCase{"Some 300,000-year-old tools and 12,500 troops", "Some 300,000-year-old tools and 12,500 troops"},
        TokenCase{"scores of 1,2 and 3,45", "scores of 1 , 2 and 3 , 45"},
        TokenCase{"At 10:30 a.m. on Monday", "At 10:30 a.m. on Monday"},
        TokenCase{"in the '90s and 1990s", "in the '90s and 1990s"},
        TokenCase{"(AP) [sic] {x}", "( AP ) [ sic ] { x }"},
        TokenCase{"Wait... what?! No!!", "Wait ... what ?! No !!"},
        TokenCase{"See https://example.org/a/b?c=1. Then", "See https://example.org/a/b?c=1 . Then"},
        TokenCase{"Write to press@example.org or @newsdesk now", "Write to press@example.org or @newsdesk now"},
        TokenCase{"AT&T and the Q & A", "AT&T and the Q & A"},
        TokenCase{"fighting.The next day", "fighting . The next day"},
        TokenCase{"and/or 24/7 #hashtag", "and/or 24/7 # hashtag"}));

class SegmenterNorm : public ::testing::TestWithParam<TokenCase> {};

TEST_P(SegmenterNorm, NormalisedTokens) {
  EXPECT_EQ(Tokens(GetParam().text, /*norm=*/true), GetParam().want) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Unicode, SegmenterNorm,
    ::testing::Values(
        TokenCase{"\u201CWe won\u2019t,\u201D she said \u2014 it\u2019s over\u2026",
                  "`` We wo n't , '' she said -- it 's over ..."},
        TokenCase{"He said \"no\" to \"peace.\"", "He said `` no '' to `` peace . ''"},
        TokenCase{"\u201EDas\u201C ist", "`` Das '' ist"}, TokenCase{"\u2018Yes\u2019 she said", "' Yes ' she said"},
        TokenCase{"the government\u02BCs plan", "the government 's plan"},
        TokenCase{"Iran\u2018s navy and Kyiv\u2019s", "Iran 's navy and Kyiv 's"},
        // a possessive split from its word by a stray space is still one token
        TokenCase{"the Navy\u2019 s ships and Ann' s car", "the Navy 's ships and Ann 's car"},
        TokenCase{"they said \u2018 so\u2019 s o", "they said ' so ' s o"},
        TokenCase{"10\u00A0km and 5\u2009m\u3000away", "10 km and 5 m away"},
        TokenCase{"an all\u00ADtime high", "an alltime high"},
        TokenCase{"1990\u20132000 and \u2015 that", "1990 -- 2000 and -- that"},
        // a lone accented letter between spaces inside a name joins it; one
        // between ASCII words or before an accented letter does not
        TokenCase{"Mayor Pe \u00F1 aranda and Ib \u00E1 \u00F1ez", "Mayor Pe\u00F1aranda and Ib \u00E1 \u00F1ez"},
        TokenCase{"war - or peace --- now", "war -- or peace -- now"},
        // a hyphen typed between spaces inside a name or a compound (text
        // split into tokens and joined again) is one word; elsewhere a dash
        TokenCase{"Minister Rami al - Hakim and Marie - Claude Dumont met",
                  "Minister Rami al-Hakim and Marie-Claude Dumont met"},
        TokenCase{"the Freedonia - backed militia and an anti - war group",
                  "the Freedonia-backed militia and an anti-war group"},
        TokenCase{"roads in Sylvania - and bridges - Freedonia - silent",
                  "roads in Sylvania -- and bridges -- Freedonia -- silent"},
        // ... but a pair of dashes around an aside stays two dashes, even
        // between capitalised words
        TokenCase{"both neighbours of Freedonia - Sylvania and Ruritania - objected",
                  "both neighbours of Freedonia -- Sylvania and Ruritania -- objected"},
        TokenCase{"Marie - Claude Dumont said no. Then Sylvania - a neighbour - objected",
                  "Marie-Claude Dumont said no . Then Sylvania -- a neighbour -- objected"},
        // lower-case parts of names: the Persian linking vowel and a Korean
        // given name's last syllable; an English word after the dash stays apart
        TokenCase{"Kim Jong - un met a Herat - e - Nau delegation in Mazar - i - Sharif",
                  "Kim Jong-un met a Herat-e-Nau delegation in Mazar-i-Sharif"},
        TokenCase{"Sylvania - a close ally - and Freedonia - in turn",
                  "Sylvania -- a close ally -- and Freedonia -- in turn"},
        // a count before a unit ("a 72 - hour truce", "a 3 - year - old ban"); a score or range stays apart
        TokenCase{"a 72 - hour truce and a 3 - year - old ban", "a 72-hour truce and a 3-year-old ban"},
        TokenCase{"a three - month truce, two - thirds - one - sided",
                  "a three-month truce , two -- thirds -- one -- sided"},
        TokenCase{"won 3 - 2 in 1990 - 1995 over 48 - hours", "won 3 -- 2 in 1990 -- 1995 over 48 -- hours"},
        // ... and likewise a thousands separator typed with a space
        TokenCase{"deported 1, 086 migrants and 22, 374 others in 2019, 2020",
                  "deported 1,086 migrants and 22,374 others in 2019 , 2020"},
        // ... in every group of a longer number; a list of numbers stays apart
        TokenCase{"an appeal for 88, 550, 000 dollars and 1, 250, 000, 000 euros",
                  "an appeal for 88,550,000 dollars and 1,250,000,000 euros"},
        TokenCase{"rounds 5, 100, 2000 and 1, 086, 22, 374 and 12, 345, 67",
                  "rounds 5 , 100 , 2000 and 1 , 086 , 22,374 and 12 , 345 , 67"},
        TokenCase{"gave 6. 3 million euros in 2019. 3 more", "gave 6.3 million euros in 2019 . 3 more"},
        TokenCase{"U. S officials met the U. K. team and John F. Kennedy",
                  "U.S officials met the U.K. team and John F. Kennedy"},
        TokenCase{"Rodrigo Go \u00F1 i and Ana Pe \u00F1 a met", "Rodrigo Go\u00F1i and Ana Pe\u00F1a met"},
        TokenCase{"the non\u2011aligned bloc", "the non-aligned bloc"},
        TokenCase{"``quoted'' text", "`` quoted '' text"}));

TEST(SegmenterTest, OffsetsReferToTheOriginalBytes) {
  const std::string text = "\u201CRussia\u2019s\u201D army";
  Analysis a;
  Segment(text, 0, &a);
  ASSERT_EQ(a.tokens.size(), 5u);
  struct Want {
    uint32_t begin, end;
    std::string_view norm;
  };
  const Want want[] = {{0, 3, "``"}, {3, 9, "Russia"}, {9, 13, "'s"}, {13, 16, "''"}, {17, 21, "army"}};
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(a.tokens[i].begin, want[i].begin) << i;
    EXPECT_EQ(a.tokens[i].end, want[i].end) << i;
    EXPECT_EQ(a.Norm(a.tokens[i]), want[i].norm) << i;
  }
  EXPECT_EQ(a.text.data(), text.data());
  EXPECT_EQ(a.Surface(a.tokens[2]), "\u2019s");
}

TEST(SegmenterTest, SoftHyphenStaysInSurfaceButNotInNorm) {
  const std::string text = "all\u00ADtime";
  Analysis a;
  Segment(text, 0, &a);
  ASSERT_EQ(a.tokens.size(), 1u);
  EXPECT_EQ(a.Surface(a.tokens[0]), text);
  EXPECT_EQ(a.Norm(a.tokens[0]), "alltime");
}

TEST(SegmenterTest, LowerCase) {
  Analysis a;
  Segment("NATO \u00C9LITE \u00DCnter Kyiv iPhone 3.5", 0, &a);
  std::vector<std::string> lower;
  for (const Token& t : a.tokens) lower.emplace_back(a.Lower(t));
  EXPECT_EQ(lower, (std::vector<std::string>{"nato", "\u00E9lite", "\u00FCnter", "kyiv", "iphone", "3.5"}));
  // Tokens already in lower case share their normalised bytes.
  EXPECT_EQ(a.tokens[5].lower_off, a.tokens[5].norm_off);
  EXPECT_NE(a.tokens[0].lower_off, a.tokens[0].norm_off);
}

struct FlagCase {
  const char* text;
  size_t token;
  uint16_t set;    // flags that must be set
  uint16_t clear;  // flags that must not be set
};

class SegmenterFlags : public ::testing::TestWithParam<FlagCase> {};

TEST_P(SegmenterFlags, Flags) {
  const FlagCase& c = GetParam();
  Analysis a;
  Segment(c.text, 0, &a);
  ASSERT_LT(c.token, a.tokens.size()) << c.text;
  const uint16_t f = a.tokens[c.token].flags;
  EXPECT_EQ(f & c.set, c.set) << c.text << " token " << c.token << " flags " << f;
  EXPECT_EQ(f & c.clear, 0) << c.text << " token " << c.token << " flags " << f;
}

INSTANTIATE_TEST_SUITE_P(
    News, SegmenterFlags,
    ::testing::Values(
        FlagCase{"NATO met", 0, kTokAllCaps | kTokCapitalized | kTokSentenceStart | kTokLineStart, kTokNumber},
        FlagCase{"NATO met", 1, 0, kTokCapitalized | kTokAllCaps | kTokSentenceStart | kTokLineStart},
        FlagCase{"in the U.S. army", 2, kTokAbbreviation | kTokAllCaps | kTokCapitalized, kTokPunct},
        FlagCase{"an F-16 jet", 1, kTokCapitalized | kTokHyphenated | kTokHasDigit, kTokAllCaps | kTokNumber},
        FlagCase{"all-time", 0, kTokHyphenated, kTokCapitalized},
        FlagCase{"paid 1,000 here", 1, kTokNumber | kTokHasDigit, kTokPunct},
        FlagCase{"rose 3.5 percent", 1, kTokNumber | kTokHasDigit, 0},
        FlagCase{"the 1990s", 1, kTokHasDigit, kTokNumber},
        FlagCase{"a \"quote\"", 1, kTokQuote | kTokPunct, 0},
        FlagCase{"the rebels' camp", 2, kTokPunct, kTokQuote},
        FlagCase{"yes, no", 1, kTokPunct, kTokQuote},
        FlagCase{"\u00DCnter met", 0, kTokCapitalized, kTokAllCaps},
        FlagCase{"Gen. Ito", 0, kTokAbbreviation | kTokCapitalized, 0},
        FlagCase{"one\nTwo three", 1, kTokLineStart | kTokSentenceStart, 0},
        FlagCase{"one\ntwo three", 1, kTokLineStart, kTokSentenceStart},
        FlagCase{"one\ntwo three", 2, 0, kTokLineStart | kTokSentenceStart}));

struct SentenceCase {
  const char* name;
  const char* text;
  size_t title_end;
  std::vector<std::string> want;
};

class SegmenterSentences : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SegmenterSentences, Boundaries) {
  const SentenceCase& c = GetParam();
  EXPECT_EQ(Sentences(c.text, c.title_end), c.want) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    News, SegmenterSentences,
    ::testing::Values(
        SentenceCase{"plain", "Troops withdrew. Talks resumed on Monday.", 0,
                     {"Troops withdrew .", "Talks resumed on Monday ."}},
        SentenceCase{"abbreviation then starter", "Aid arrived from the U.S. The convoy left.", 0,
                     {"Aid arrived from the U.S.", "The convoy left ."}},
        SentenceCase{"abbreviation then name", "He studied in the U.S. Lavrov said so.", 0,
                     {"He studied in the U.S. Lavrov said so ."}},
        SentenceCase{"abbreviation then lower case", "U.S. officials met Gen. Ito and Lt. Col. Park.", 0,
                     {"U.S. officials met Gen. Ito and Lt. Col. Park ."}},
        SentenceCase{"month and number", "It began on Jan. 6. No. 2 resigned.", 0,
                     {"It began on Jan. 6 .", "No. 2 resigned ."}},
        SentenceCase{"initials", "George W. Bush met Kim J. Park in Seoul.", 0,
                     {"George W. Bush met Kim J. Park in Seoul ."}},
        SentenceCase{"letter after a lower-case word is not an initial",
                     "She posted on X. Militants denied it.", 0,
                     {"She posted on X .", "Militants denied it ."}},
        SentenceCase{"abbreviation inside brackets", "calls by the [U.N.] Security Council.", 0,
                     {"calls by the [ U.N. ] Security Council ."}},
        SentenceCase{"stray space before possessive", "the ship \u2019s cargo", 0, {"the ship \u2019s cargo"}},
        SentenceCase{"a heading that lost its line break", "Talks ended. Border dispute flares Since Monday, troops have fired.", 0,
                     {"Talks ended .", "Border dispute flares", "Since Monday , troops have fired ."}},
        SentenceCase{"a capital word inside a sentence is no heading's end", "Aid arrived from The Hague and Geneva.", 0,
                     {"Aid arrived from The Hague and Geneva ."}},
        SentenceCase{"a long run of words is no heading", "Officials said the talks would go on for days While others left.", 0,
                     {"Officials said the talks would go on for days While others left ."}},
        SentenceCase{"decimals", "Output rose 3.5 percent. Prices fell 0.4 percent.", 0,
                     {"Output rose 3.5 percent .", "Prices fell 0.4 percent ."}},
        SentenceCase{"decimal point set apart", "Aid rose to 6 . 3 million euros. 12 died.", 0,
                     {"Aid rose to 6 . 3 million euros .", "12 died ."}},
        SentenceCase{"quotation spanning sentences",
                     "\"We will fight. We will win,\" he said. Then he left.", 0,
                     {"\" We will fight .", "We will win , \" he said .", "Then he left ."}},
        SentenceCase{"closing quote belongs before", "\"It is over.\" Both sides agreed.", 0,
                     {"\" It is over . \"", "Both sides agreed ."}},
        SentenceCase{"question inside quote", "\"Why?\" he asked. \"Because!\" She left.", 0,
                     {"\" Why ? \" he asked .", "\" Because ! \"", "She left ."}},
        SentenceCase{"question and exclamation", "Is it over? Yes! It is.", 0,
                     {"Is it over ?", "Yes !", "It is ."}},
        SentenceCase{"abbreviation before closing quote", "\"He lives in the U.S.\" Moscow disagreed.", 0,
                     {"\" He lives in the U.S. \"", "Moscow disagreed ."}},
        SentenceCase{"bracket after period", "Both met (in Oslo.) Talks followed.", 0,
                     {"Both met ( in Oslo . )", "Talks followed ."}},
        SentenceCase{"xinhua dateline", "BEIJING, Nov. 18 (Xinhua) -- Chinese leaders met on Monday.", 0,
                     {"[D] BEIJING , Nov. 18 ( Xinhua ) --", "Chinese leaders met on Monday ."}},
        SentenceCase{"ap dateline", "KYIV, Ukraine (AP) \u2014 Drones struck a depot.", 0,
                     {"[D] KYIV , Ukraine ( AP ) \u2014", "Drones struck a depot ."}},
        SentenceCase{"bare dateline", "WASHINGTON \u2014 The Senate voted.", 0,
                     {"[D] WASHINGTON \u2014", "The Senate voted ."}},
        SentenceCase{"reuters dateline", "MOSCOW (Reuters) - Officials denied it.", 0,
                     {"[D] MOSCOW ( Reuters ) -", "Officials denied it ."}},
        SentenceCase{"two-word dateline", "UNITED NATIONS, Feb. 2 (AP) -- Envoys met.", 0,
                     {"[D] UNITED NATIONS , Feb. 2 ( AP ) --", "Envoys met ."}},
        SentenceCase{"not a dateline", "NATO -- the alliance -- met.", 0, {"NATO -- the alliance -- met ."}},
        SentenceCase{"headline line", "Talks resume in Geneva\nDiplomats met on Monday.", 0,
                     {"Talks resume in Geneva", "Diplomats met on Monday ."}},
        SentenceCase{"wrapped line", "The talks, which had\nresumed on Monday, ended.", 0,
                     {"The talks , which had resumed on Monday , ended ."}},
        SentenceCase{"line ends with comma", "Envoys from Iran,\nChina and Qatar met.", 0,
                     {"Envoys from Iran , China and Qatar met ."}},
        SentenceCase{"blank line always ends", "Talks ended\n\nthe next round", 0, {"Talks ended", "the next round"}},
        SentenceCase{"bullets", "Related:\n- Qatar hosts talks\n* Iran rejects offer\n\u2022 Troops withdraw\n"
                                "1. First point\n2) Second point",
                     0,
                     {"Related :", "[L] - Qatar hosts talks", "[L] * Iran rejects offer",
                      "[L] \u2022 Troops withdraw", "[L] 1. First point", "[L] 2) Second point"}},
        SentenceCase{"list item with two sentences", "- Talks failed. Both left.\nAfter that", 0,
                     {"[L] - Talks failed .", "[L] Both left .", "After that"}},
        SentenceCase{"title", "Leaders meet. Talks go on\n\nThe summit opened.", 25,
                     {"[T] Leaders meet . Talks go on", "The summit opened ."}},
        SentenceCase{"title cut mid-word", "AbcDef", 3, {"[T] Abc", "Def"}},
        SentenceCase{"title only", "Leaders meet", 100, {"[T] Leaders meet"}},
        SentenceCase{"empty", "", 0, {}},
        SentenceCase{"ellipsis", "He paused... and went on... Then silence.", 0,
                     {"He paused ... and went on ...", "Then silence ."}},
        SentenceCase{"line ending in abbreviation", "Aid came from the U.S.\nThe convoy left.", 0,
                     {"Aid came from the U.S.", "The convoy left ."}}),
    [](const ::testing::TestParamInfo<SentenceCase>& info) {
      std::string name;
      for (const char* p = info.param.name; *p; ++p) name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
      return name;
    });

TEST(SegmenterTest, EmptyTitleIsStillSentenceZero) {
  Analysis a;
  Segment("", 5, &a);
  ASSERT_EQ(a.sentences.size(), 1u);
  EXPECT_TRUE(a.sentences[0].is_title);
  EXPECT_EQ(a.sentences[0].first_token, a.sentences[0].end_token);
}

TEST(SegmenterTest, SentenceSpansAndStarts) {
  const std::string text = "  One two.  Three four.\n";
  Analysis a;
  Segment(text, 0, &a);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(text.substr(a.sentences[0].begin, a.sentences[0].end - a.sentences[0].begin), "One two.");
  EXPECT_EQ(text.substr(a.sentences[1].begin, a.sentences[1].end - a.sentences[1].begin), "Three four.");
  for (const Sentence& s : a.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      EXPECT_EQ((a.tokens[i].flags & kTokSentenceStart) != 0, i == s.first_token) << i;
    }
  }
}

TEST(SegmenterTest, ReusedAnalysisGivesTheSameResult) {
  const std::string first = "A long first document. It has two sentences and many words in it.";
  const std::string second = "\u201CShort,\u201D he said.";
  Analysis fresh;
  Segment(second, 0, &fresh);
  Analysis reused;
  Segment(first, 0, &reused);
  reused.Clear();
  Segment(second, 0, &reused);
  EXPECT_EQ(Render(reused, true), Render(fresh, true));
  EXPECT_EQ(reused.arena, fresh.arena);
}

// Boundary's shortcut after a plain word and a space (taken with the
// prefilters on) splits every text as the full test does.
TEST(SegmenterTest, BoundaryFastPathChangesNoSentence) {
  std::vector<std::string> texts = {
      "Gen. Smith met the envoy in the U.S. capital. Talks went on.",
      "Recent attacks Since the beginning of the year, rebels have shelled the town.",
      "WASHINGTON \u2014 Officials said. \"We will act,\" he said.\n\nA new paragraph began",
      "The rate rose 6 . 3 million times... Then it fell!",
  };
  for (const Document& d : testing_util::FastPathCorpus()) texts.push_back(d.FullText());
  for (const std::string& text : texts) {
    for (size_t title_end : {size_t{0}, std::min<size_t>(text.size(), 40)}) {
      SetPrefiltersEnabled(false);
      Analysis slow;
      Segment(text, title_end, &slow);
      SetPrefiltersEnabled(true);
      Analysis fast;
      Segment(text, title_end, &fast);
      ASSERT_EQ(Render(fast, false), Render(slow, false)) << text.substr(0, 80);
      ASSERT_EQ(fast.tokens.size(), slow.tokens.size());
      for (size_t i = 0; i < fast.tokens.size(); ++i) ASSERT_EQ(fast.tokens[i].flags, slow.tokens[i].flags) << i;
    }
  }
}

TEST(SegmenterTest, LongRunsAreCut) {
  // A word longer than a token may hold and a sentence with no boundary.
  std::string text(70000, 'a');
  text += ' ';
  for (int i = 0; i < 1000; ++i) text += "w ";
  Analysis a;
  Segment(text, 0, &a);
  size_t covered = 0;
  for (const Token& t : a.tokens) {
    EXPECT_LE(t.norm_len, 1024);
    covered += t.end - t.begin;
  }
  EXPECT_EQ(covered, 70000u + 1000u);
  EXPECT_GT(a.sentences.size(), 2u);
}

// The tokenizer reads a word's ASCII letters four bytes a step: a word of
// any length ends at the byte that is no letter, wherever that falls in the
// step, at the end of the text too, and no word is longer than the longest
// it takes in one piece (1024 bytes).
TEST(SegmentTest, WordsOfEveryLengthEndWhereTheirLettersEnd) {
  for (size_t n = 1; n <= 13; ++n) {
    const std::string word(n, 'k');
    for (std::string_view after : {"", " said.", ",", "-"}) {
      const std::string text = "Bo " + word + std::string(after);
      Analysis a;
      Segment(text, 0, &a);
      ASSERT_GE(a.tokens.size(), 2u) << n;
      EXPECT_EQ(a.Surface(a.tokens[1]), word) << n << " before \"" << after << "\"";
    }
  }
  for (size_t n : {1023, 1024, 1025, 1030}) {
    Analysis a;
    Segment(std::string(n, 'k'), 0, &a);
    ASSERT_FALSE(a.tokens.empty());
    EXPECT_EQ(a.Surface(a.tokens[0]).size(), std::min<size_t>(n, 1024)) << n;
  }
}

// The tokenizer's ASCII lower case, several bytes a step, agrees with
// tolower on every length up to 40, for random ASCII bytes and for the bytes
// on either side of each range of letters.
TEST(WordFlagsTest, AsciiLowerCaseMatchesTolower) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 0x7f);
  const std::string_view edges = "@AZ[`az{";
  for (size_t len = 0; len <= 40; ++len) {
    for (int trial = 0; trial < 60; ++trial) {
      std::string w(len, ' ');
      for (char& c : w) c = static_cast<char>(trial % 2 ? byte(rng) : edges[byte(rng) % edges.size()]);
      std::string want = w;
      for (char& c : want) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string got(len, '#');
      internal::AsciiLowerCase(w, got.data());
      ASSERT_EQ(got, want) << "length " << len;
    }
  }
}

// The tokenizer's fast flags for ASCII words agree with the reference on
// every string of up to five bytes over an alphabet that covers each class
// (both cases, digits, number punctuation, hyphen, apostrophe), on longer
// words of one class with one byte of each class anywhere, on a few
// longer words and on words with non-ASCII bytes (where it falls back).
TEST(WordFlagsTest, AsciiFastPathMatchesReference) {
  const std::string_view alphabet = "aZ7,.-'";
  std::vector<std::string> words = {"",           "Washington", "NATO", "U.S.",   "F-16", "1,000.5",  "-",
                                    "co-operate", "ABC-",       "-abc", "x1",     "3rd",  "don't",    "IS",
                                    "A",          "café",       "ÉLAN", "Zürich", "٣٤",   "naïve-ish"};
  std::vector<std::string> level = {""};
  for (int n = 1; n <= 5; ++n) {
    std::vector<std::string> next;
    for (const std::string& w : level) {
      for (char c : alphabet) next.push_back(w + c);
    }
    words.insert(words.end(), next.begin(), next.end());
    level = std::move(next);
  }
  // Longer words (the fast path reads four bytes a step): each class at each
  // position of a word of one class, at every length up to 17.
  for (size_t n = 6; n <= 17; ++n) {
    for (char base : {'a', 'Z', '7'}) {
      for (size_t pos = 0; pos < n; ++pos) {
        for (char c : alphabet) {
          std::string w(n, base);
          w[pos] = c;
          words.push_back(w);
        }
      }
    }
  }
  for (const std::string& w : words) {
    bool up_ref = false, high_ref = false, up_fast = true, high_fast = true;
    uint16_t ref = internal::WordFlags(w, &up_ref, &high_ref);
    uint16_t fast = internal::AsciiWordFlags(w, &up_fast, &high_fast);
    EXPECT_EQ(fast, ref) << w;
    EXPECT_EQ(up_fast, up_ref) << w;
    EXPECT_EQ(high_fast, high_ref) << w;
  }
}

}  // namespace
}  // namespace dyad::text
