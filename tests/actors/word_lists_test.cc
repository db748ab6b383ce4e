// The actor resolver's word lists (data/actors/words/words.txt): the
// loader's error reports, and that a word added to a list changes what the
// resolver does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

std::string ShippedLists() { return testing_util::ReadFile(testing_util::DataDir() + "/actors/words/words.txt"); }

constexpr char kTinyDictionary[] =
    "country FRD Freedonia\n"
    "  names: Freedonia\n"
    "  adjectives: Freedonian\n"
    "\n"
    "country SYL Sylvania\n"
    "  names: Sylvania\n"
    "\n"
    "agent GOV Government\n"
    "  names: steward; stewards\n"
    "\n"
    "agent REF Refugees\n"
    "  names: refugee; refugees\n";

std::unique_ptr<ActorDictionary> TinyDictionary() {
  auto d = ActorDictionary::Parse(kTinyDictionary, "tiny.txt");
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? std::move(d).value() : nullptr;
}

// The code the tiny dictionary with word lists `lists` gives the mention
// whose text is `mention` in `text`, or what went wrong.
std::string CodeOf(const std::string& lists, const std::string& text, const std::string& mention) {
  std::string error;
  const Coder* coder = testing_util::SharedCoder(&error);
  if (!coder) return "(coder not loaded: " + error + ")";
  CodedDocument doc;
  coder->FindActors(testing_util::MakeDocument(text), &doc);
  auto d = TinyDictionary();
  if (!d) return "(no dictionary)";
  const Status st = d->ParseWordLists(lists, "lists.txt");
  if (!st.ok()) return st.ToString();
  ActorOptions options;
  options.date = "2020-06-15";
  ActorMentions mentions;
  d->ResolveActors(doc.analysis, options, &mentions);
  for (const ActorMention& m : mentions.mentions) {
    if (testing_util::TokenText(doc.analysis, m.first_token, m.end_token) == mention) return m.code;
  }
  return "(none)";
}

TEST(ActorWordListsTest, ShippedListsLoad) {
  auto d = TinyDictionary();
  ASSERT_TRUE(d);
  const Status st = d->ParseWordLists(ShippedLists(), "words.txt");
  EXPECT_TRUE(st.ok()) << st.ToString();
}

TEST(ActorWordListsTest, BadLinesNameFileAndLine) {
  struct Case {
    const char* what;
    std::string text;
    const char* location;  // "file:line:", or "file:" for the whole file
    const char* words;     // part of the message
  } cases[] = {
      {"no colon", ShippedLists() + "\n# a comment\nperson-role steward\n", "lists.txt:", "expected LIST"},
      {"unknown list", "# lists\nfavourite-colour: blue; green\n", "lists.txt:2:", "favourite-colour"},
      {"empty entry", ShippedLists() + "person-role: steward; ; warden\n", "lists.txt:", "empty entry"},
      {"a word twice", ShippedLists() + "title: mr\n", "lists.txt:", "already in title"},
      {"a list missing", "person-role: steward\n", "lists.txt:", "person-noun"},
  };
  const size_t shipped_lines = [] {
    size_t n = 0;
    for (char c : ShippedLists()) n += c == '\n';
    return n;
  }();
  for (const Case& c : cases) {
    auto d = TinyDictionary();
    ASSERT_TRUE(d);
    const Status st = d->ParseWordLists(c.text, "lists.txt");
    ASSERT_FALSE(st.ok()) << c.what;
    EXPECT_NE(st.message().find(c.location), std::string::npos) << c.what << ": " << st.message();
    EXPECT_NE(st.message().find(c.words), std::string::npos) << c.what << ": " << st.message();
  }
  // (the line number counts from the top of the text: the appended lines)
  auto d = TinyDictionary();
  ASSERT_TRUE(d);
  const Status st = d->ParseWordLists(ShippedLists() + "person-role: steward; ; warden\n", "lists.txt");
  EXPECT_NE(st.message().find("lists.txt:" + std::to_string(shipped_lines + 1) + ":"), std::string::npos)
      << st.message();
}

TEST(ActorWordListsTest, MissingFileIsAnError) {
  auto d = TinyDictionary();
  ASSERT_TRUE(d);
  const Status st = d->LoadWordLists("/nonexistent/words/words.txt");
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/nonexistent/words/words.txt"), std::string::npos) << st.message();
}

// A role word added to person-role makes the phrase it ends name a person,
// whom a later "he" refers to; without it the steward is an office ("it").
TEST(ActorWordListsTest, ARoleWordFromTheFileMakesThePhraseAPerson) {
  const std::string text = "The Freedonian steward arrived in Sylvania on Monday. He praised the talks.";
  EXPECT_EQ(CodeOf(ShippedLists() + "person-role: steward\n", text, "He"), "FRDGOV");
  EXPECT_NE(CodeOf(ShippedLists(), text, "He"), "FRDGOV");
}

// A verb in flee-verb makes the people who leave a country its people; the
// same sentence without it keeps the story's country.
TEST(ActorWordListsTest, AFleeVerbFromTheFileGivesThePeopleTheCountryTheyLeave) {
  const std::string text = "Freedonia hosts a large camp. Volunteers fed refugees quitting Sylvania.";
  EXPECT_EQ(CodeOf(ShippedLists() + "flee-verb: quit\n", text, "refugees"), "SYLREF");
  EXPECT_EQ(CodeOf(ShippedLists(), text, "refugees"), "FRDREF");
}

}  // namespace
}  // namespace dyad
