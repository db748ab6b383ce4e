#include "ingest/filter.h"

#include <gtest/gtest.h>

#include <string>

#include "core/corpus.h"
#include "dyad/document.h"

namespace dyad::ingest {
namespace {

Document Doc(std::string id, std::string text, std::string url = "") {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.url = std::move(url);
  d.source = "t.jsonl";
  return d;
}

const char* kEnglish =
    "The foreign ministers met in Geneva on Tuesday to discuss the ceasefire, and both sides "
    "said afterwards that the talks had been useful, although no agreement was signed.";
const char* kFrench =
    "Les ministres des affaires étrangères se sont réunis mardi à Genève pour discuter du "
    "cessez-le-feu, et les deux parties ont déclaré ensuite que les discussions avaient été "
    "utiles, bien qu'aucun accord n'ait été signé.";
const char* kGerman =
    "Die Außenminister trafen sich am Dienstag in Genf, um über den Waffenstillstand zu "
    "sprechen, und beide Seiten erklärten anschließend, die Gespräche seien nützlich gewesen, "
    "obwohl keine Vereinbarung unterzeichnet wurde.";

TEST(DocumentFilterTest, DuplicatesByUrlOrNormalisedText) {
  DocumentFilter f{ReadOptions()};
  ReadReport r;
  EXPECT_TRUE(f.Admit(Doc("a", kEnglish, "https://www.news.example/story#top"), &r));
  // Same text, other layout and case.
  std::string shouty = std::string("  ") + kEnglish;
  for (char& c : shouty) c = c == ' ' ? '\n' : static_cast<char>(std::toupper(c));
  EXPECT_FALSE(f.Admit(Doc("b", shouty), &r));
  // Same URL, other text.
  EXPECT_FALSE(f.Admit(Doc("c", "Updated story.", "http://news.example/story/"), &r));
  EXPECT_TRUE(f.Admit(Doc("d", "Another story."), &r));
  // Empty documents are not duplicates of each other.
  EXPECT_TRUE(f.Admit(Doc("e", ""), &r));
  EXPECT_TRUE(f.Admit(Doc("f", ""), &r));
  EXPECT_EQ(r.duplicates, 2u);
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_NE(r.problems[0].reason.find("same text"), std::string::npos);
  EXPECT_NE(r.problems[1].reason.find("same URL"), std::string::npos);

  ReadOptions keep;
  keep.dedupe = false;
  DocumentFilter all(keep);
  EXPECT_TRUE(all.Admit(Doc("a", kEnglish), &r));
  EXPECT_TRUE(all.Admit(Doc("b", kEnglish), &r));
}

TEST(DocumentFilterTest, NonEnglishSkippedWithTheLanguage) {
  DocumentFilter f{ReadOptions()};
  ReadReport r;
  EXPECT_TRUE(f.Admit(Doc("en", kEnglish), &r));
  EXPECT_FALSE(f.Admit(Doc("fr", kFrench), &r));
  EXPECT_FALSE(f.Admit(Doc("de", kGerman), &r));
  EXPECT_TRUE(f.Admit(Doc("short", "Bonjour tout le monde."), &r));  // too short to tell
  EXPECT_EQ(r.skipped_language, 2u);
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_NE(r.problems[0].reason.find("FRENCH"), std::string::npos) << r.problems[0].reason;
  EXPECT_NE(r.problems[1].reason.find("de"), std::string::npos);
  EXPECT_EQ(IdentifyLanguage(kEnglish).code, "en");

  ReadOptions any;
  any.english_only = false;
  DocumentFilter all(any);
  EXPECT_TRUE(all.Admit(Doc("fr", kFrench), &r));
}

TEST(DocumentFilterTest, NormalisedKeys) {
  EXPECT_EQ(NormalisedTextHash(" A  b\nC "), NormalisedTextHash("a b c"));
  EXPECT_NE(NormalisedTextHash("a b c"), NormalisedTextHash("a bc"));
  EXPECT_EQ(NormaliseUrl("HTTPS://WWW.News.Example/Path/#frag"), "news.example/Path");
}

}  // namespace
}  // namespace dyad::ingest
