// The chunker's word lists (data/parse/words.txt): the shipped file loads
// with every list given, and the loader's error reports.
#include "parse/word_lists.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace dyad::parse {
namespace {

using L = WordLists::List;

TEST(ParseWordListsTest, ShippedListsLoad) {
  WordLists w;
  const Status st = w.Load(testing_util::DataDir() + "/parse/words.txt");
  ASSERT_TRUE(st.ok()) << st.ToString();
  for (const char* verb : {"call", "describe", "term", "dub", "brand", "label"}) {
    EXPECT_TRUE(w.Has(L::kNamingVerb, verb)) << verb;
  }
  EXPECT_FALSE(w.Has(L::kNamingVerb, "say"));
  EXPECT_TRUE(w.Has(L::kDocumentNoun, "letter"));
  EXPECT_TRUE(w.Has(L::kDocumentNoun, "communique"));
  EXPECT_TRUE(w.Has(L::kVerbalActVerb, "threaten"));
  EXPECT_TRUE(w.Has(L::kVerbalActVerb, "invite"));
}

TEST(ParseWordListsTest, BadFilesNameFileAndLine) {
  const struct {
    const char* name;
    const char* text;
    const char* reason;
  } kCases[] = {
      {"unknown_list", "# c\nnaming-verbs: call\n", "w.txt:2: expected LIST"},
      {"empty_entry", "naming-verb: call;; dub\n", "w.txt:1: empty entry"},
      {"duplicate_word", "naming-verb: call\nnaming-verb: call\n", "w.txt:2: \"call\" is already in"},
      {"missing_list", "naming-verb: call\ndocument-noun: letter\n", "w.txt: no list \"verbal-act-verb\""},
  };
  for (const auto& c : kCases) {
    WordLists w;
    Status st = w.Add(c.text, "w.txt");
    if (st.ok()) st = w.CheckComplete("w.txt");
    ASSERT_FALSE(st.ok()) << c.name;
    EXPECT_EQ(st.code(), StatusCode::kDataError) << c.name;
    EXPECT_NE(st.message().find(c.reason), std::string::npos) << c.name << ": " << st.message();
  }
}

TEST(ParseWordListsTest, MissingFileIsAnError) {
  WordLists w;
  const Status st = w.Load("/nonexistent/parse/words.txt");
  EXPECT_EQ(st.code(), StatusCode::kNotFound);
  EXPECT_NE(st.message().find("/nonexistent/parse/words.txt"), std::string::npos) << st.message();
}

}  // namespace
}  // namespace dyad::parse
