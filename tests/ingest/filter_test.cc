#include "ingest/filter.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/document.h"
#include "test_util.h"

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
  // Each names the earlier document it repeats, not only the later one.
  EXPECT_NE(r.problems[0].reason.find("same text as document a (https://www.news.example/story#top) at t.jsonl: b"), std::string::npos) << r.problems[0].reason;
  EXPECT_NE(r.problems[1].reason.find("same URL as document a (https://www.news.example/story#top) at t.jsonl"), std::string::npos) << r.problems[1].reason;

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

// The fast path must never call English what CLD2 does not: it is checked
// against CLD2 on real stories, and it must not claim other languages.
TEST(DocumentFilterTest, ClearlyEnglishAgreesWithCld2) {
  const char* kOthers[] = {
      kFrench, kGerman,
      "El gobierno anunció el martes que las conversaciones con los rebeldes se reanudarán la "
      "próxima semana en la capital, según un comunicado del ministerio de asuntos exteriores, "
      "que pidió a todas las partes respetar el alto el fuego firmado el año pasado en la ciudad.",
      "Il governo ha annunciato martedì che i colloqui con i ribelli riprenderanno la prossima "
      "settimana nella capitale, secondo un comunicato del ministero degli esteri, che ha chiesto "
      "a tutte le parti di rispettare il cessate il fuoco firmato l'anno scorso in città.",
      "De regering maakte dinsdag bekend dat de gesprekken met de rebellen volgende week in de "
      "hoofdstad worden hervat, volgens een verklaring van het ministerie van buitenlandse zaken, "
      "dat alle partijen opriep het staakt-het-vuren te respecteren dat vorig jaar is getekend."};
  for (const char* t : kOthers) EXPECT_FALSE(ClearlyEnglish(t)) << t;

  const std::string rel = "corpora/voa/voa_stories.jsonl";
  if (!testing_util::HaveShared(rel)) GTEST_SKIP() << "no " << testing_util::SharedDir() << "/" << rel;
  size_t docs = 0, fast = 0;
  ReadReport report;
  Status st = ReadDocuments(testing_util::SharedDir() + "/" + rel, ReadOptions{}, [&](Document&& d) {
    ++docs;
    if (!ClearlyEnglish(d.text)) return;
    ++fast;
    LanguageGuess g = IdentifyLanguage(d.text);
    EXPECT_TRUE(g.code == "en" || !g.reliable) << d.id << ": CLD2 says " << g.name;
  }, &report);
  ASSERT_TRUE(st.ok()) << st.ToString();
  ASSERT_GT(docs, 0u);
  // the fast path settles nearly every English story
  EXPECT_GE(fast * 10, docs * 9) << fast << " of " << docs;
}

TEST(DocumentFilterTest, NormalisedKeys) {
  EXPECT_EQ(NormalisedTextHash(" A  b\nC "), NormalisedTextHash("a b c"));
  EXPECT_NE(NormalisedTextHash("a b c"), NormalisedTextHash("a bc"));
  EXPECT_EQ(NormaliseUrl("HTTPS://WWW.News.Example/Path/#frag"), "news.example/Path");
}

}  // namespace
}  // namespace dyad::ingest
