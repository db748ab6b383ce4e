#include "tag/lemmatizer.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "dyad/analysis.h"
#include "dyad/pipeline.h"
#include "tag/pretokenized.h"
#include "test_util.h"

namespace dyad::tag {
namespace {

constexpr char kWordNetDir[] = "/usr/share/wordnet";

class LemmatizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lemmatizer_ = testing_util::LoadForSuite(Lemmatizer::Load(kWordNetDir), &status_);
  }
  static void TearDownTestSuite() {
    delete lemmatizer_;
    lemmatizer_ = nullptr;
  }
  void SetUp() override {
    if (!lemmatizer_) GTEST_SKIP() << "WordNet not available: " << status_.ToString();
  }
  static inline Lemmatizer* lemmatizer_ = nullptr;
  static inline Status status_;
};

struct Case {
  const char* word;
  PosTag tag;
  const char* lemma;
};

TEST_F(LemmatizerTest, Table) {
  const Case cases[] = {
      // Irregular forms from the exception lists.
      {"was", PosTag::kVBD, "be"},
      {"were", PosTag::kVBD, "be"},
      {"is", PosTag::kVBZ, "be"},
      {"are", PosTag::kVBP, "be"},
      {"held", PosTag::kVBD, "hold"},
      {"said", PosTag::kVBD, "say"},
      {"said", PosTag::kVBN, "say"},
      {"men", PosTag::kNNS, "man"},
      {"women", PosTag::kNNS, "woman"},
      {"better", PosTag::kJJR, "good"},
      {"worst", PosTag::kJJS, "bad"},
      {"better", PosTag::kRBR, "well"},
      {"children", PosTag::kNNS, "child"},
      {"went", PosTag::kVBD, "go"},
      // Detachment rules.
      {"talks", PosTag::kVBZ, "talk"},
      {"talks", PosTag::kNNS, "talk"},
      {"troops", PosTag::kNNS, "troop"},
      {"attacked", PosTag::kVBD, "attack"},
      {"attacking", PosTag::kVBG, "attack"},
      {"accused", PosTag::kVBN, "accuse"},
      {"making", PosTag::kVBG, "make"},
      {"hoping", PosTag::kVBG, "hope"},
      {"singing", PosTag::kVBG, "sing"},
      {"stopped", PosTag::kVBD, "stop"},
      {"churches", PosTag::kNNS, "church"},
      {"boxes", PosTag::kNNS, "box"},
      {"cities", PosTag::kNNS, "city"},
      {"countries", PosTag::kNNS, "country"},
      {"tries", PosTag::kVBZ, "try"},
      {"goes", PosTag::kVBZ, "go"},
      {"buses", PosTag::kNNS, "bus"},
      {"policemen", PosTag::kNNS, "policeman"},
      {"larger", PosTag::kJJR, "large"},
      {"greatest", PosTag::kJJS, "great"},
      {"quickly", PosTag::kRB, "quickly"},
      // An inflected verb WordNet lacks, made by a prefix on one it has.
      {"unbanned", PosTag::kVBD, "unban"},
      {"deregistered", PosTag::kVBN, "deregister"},
      {"resupplies", PosTag::kVBZ, "resupply"},
      {"co-sponsored", PosTag::kVBD, "co-sponsor"},
      {"defunding", PosTag::kVBG, "defund"},
      // (a verb WordNet knows keeps its own lemma; a noun is no verb)
      {"reported", PosTag::kVBD, "report"},
      {"discovered", PosTag::kVBD, "discover"},
      {"unknownwords", PosTag::kVBZ, "unknownwords"},
      // Base forms stay.
      {"gas", PosTag::kNN, "gas"},
      {"news", PosTag::kNN, "news"},
      {"outer", PosTag::kJJ, "outer"},
      {"meet", PosTag::kVB, "meet"},
      {"meeting", PosTag::kNN, "meeting"},
      {"unknownword", PosTag::kNN, "unknownword"},
      {"unknownwords", PosTag::kNNS, "unknownwords"},
      // Names and closed classes keep their lower form.
      {"russia", PosTag::kNNP, "russia"},
      {"states", PosTag::kNNPS, "states"},
      {"the", PosTag::kDT, "the"},
      {"its", PosTag::kPRPS, "its"},
      // Penn's split contractions.
      {"n't", PosTag::kRB, "not"},
      {"'s", PosTag::kVBZ, "be"},
      {"'s", PosTag::kPOS, "'s"},
      {"wo", PosTag::kMD, "will"},
      {"ca", PosTag::kMD, "can"},
      {"'ll", PosTag::kMD, "will"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(lemmatizer_->Lemma(c.word, c.tag), c.lemma) << c.word << "/" << PosTagName(c.tag);
  }
}

TEST_F(LemmatizerTest, LemmatizeWritesOnlyDifferingLemmas) {
  Analysis a;
  std::string text;
  BuildPretokenized({{"The", "soldiers", "were", "attacking", "Gondor", "."}}, &text, &a);
  const PosTag tags[] = {PosTag::kDT, PosTag::kNNS, PosTag::kVBD, PosTag::kVBG, PosTag::kNNP, PosTag::kPeriod};
  for (size_t i = 0; i < a.tokens.size(); ++i) a.tokens[i].tag = tags[i];
  lemmatizer_->Lemmatize(&a);
  const char* want[] = {"the", "soldier", "be", "attack", "gondor", "."};
  for (size_t i = 0; i < a.tokens.size(); ++i) EXPECT_EQ(a.Lemma(a.tokens[i]), want[i]) << i;
  EXPECT_EQ(a.tokens[0].lemma_len, 0);  // "the": same as lower form
  EXPECT_EQ(a.tokens[4].lemma_len, 0);
  EXPECT_GT(a.tokens[1].lemma_len, 0);
}

// Lemmatize answers repeated words from a per-thread memo: it must agree
// with Lemma(), the reference, on every token, on the first pass (which
// fills the memo), on the second (answered from it), and for the same word
// under different tags.
TEST_F(LemmatizerTest, MemoisedLemmatizeAgreesWithLemma) {
  std::vector<std::string> words;
  for (const char* w : {"soldiers", "attacking", "hoping", "singing", "gas", "outer", "children", "went",
                        "crises", "studies", "boxes", "leaves", "saw", "meeting", "meetings", "better", "was", "'s", "n't", "United",
                        "internationalisations", "counterrevolutionaries", "x"}) {
    words.push_back(w);
  }
  const PosTag tags[] = {PosTag::kNN, PosTag::kNNS, PosTag::kVB, PosTag::kVBD, PosTag::kVBG, PosTag::kVBZ,
                         PosTag::kJJ, PosTag::kJJR, PosTag::kRB, PosTag::kNNP, PosTag::kPRP};
  for (int pass = 0; pass < 2; ++pass) {
    for (PosTag tag : tags) {
      Analysis a;
      std::string text;
      BuildPretokenized({words}, &text, &a);
      for (Token& t : a.tokens) t.tag = tag;
      lemmatizer_->Lemmatize(&a);
      for (size_t i = 0; i < a.tokens.size(); ++i) {
        EXPECT_EQ(a.Lemma(a.tokens[i]), lemmatizer_->Lemma(a.Lower(a.tokens[i]), tag))
            << words[i] << "/" << PosTagName(tag) << " pass " << pass;
      }
    }
  }
}

TEST(LemmatizerLoad, MissingDirectoryIsNotFound) {
  auto l = Lemmatizer::Load("/nonexistent/wordnet");
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().code(), StatusCode::kNotFound);
}

// The compiled tables (tag/lemmatizer.bin) replace reading WordNet's files:
// the same tables, the same lemmas, and a file that does not fit is ignored.
TEST(CompiledLemmatizer, SameTablesAndLemmasAsTheTextFiles) {
  auto text = Lemmatizer::Load(kWordNetDir);
  if (!text.ok()) GTEST_SKIP() << "WordNet not available: " << text.status().ToString();
  const std::string path = ::testing::TempDir() + "/compiled_lemmatizer_test-" + std::to_string(::getpid()) + ".bin";
  ASSERT_TRUE(CompileLemmatizer(kWordNetDir, path).ok());
  auto compiled = Lemmatizer::Load(kWordNetDir, path);
  ASSERT_TRUE(compiled.ok());
  EXPECT_TRUE((*compiled)->FromCompiled());
  EXPECT_FALSE((*text)->FromCompiled());
  EXPECT_TRUE((*compiled)->Compiled() == (*text)->Compiled());
  // Exceptions, rules, base forms, clitics and words WordNet lacks.
  const std::pair<const char*, PosTag> words[] = {
      {"geese", PosTag::kNNS},      {"ministries", PosTag::kNNS}, {"talks", PosTag::kNNS},
      {"fought", PosTag::kVBD},     {"hoping", PosTag::kVBG},     {"shelled", PosTag::kVBN},
      {"negotiates", PosTag::kVBZ}, {"gas", PosTag::kNN},         {"better", PosTag::kJJR},
      {"largest", PosTag::kJJS},    {"'s", PosTag::kVBZ},         {"freedonian", PosTag::kJJ},
      {"sylvanians", PosTag::kNNS}, {"outfought", PosTag::kVBD},  {"quickly", PosTag::kRB}};
  for (const auto& [w, tag] : words) {
    EXPECT_EQ((*compiled)->Lemma(w, tag), (*text)->Lemma(w, tag)) << w;
  }
  // Compiled from other files (its stamp names "dir/index.noun", not
  // "dir//index.noun"), then damaged.
  auto elsewhere = Lemmatizer::Load(std::string(kWordNetDir) + "/", path);
  ASSERT_TRUE(elsewhere.ok());
  EXPECT_FALSE((*elsewhere)->FromCompiled());
  const std::string good = (*text)->Compiled();
  { std::ofstream(path, std::ios::binary) << good.substr(0, good.size() - 1); }
  auto truncated = Lemmatizer::Load(kWordNetDir, path);
  ASSERT_TRUE(truncated.ok());
  EXPECT_FALSE((*truncated)->FromCompiled());
  EXPECT_EQ((*truncated)->Lemma("geese", PosTag::kNNS), "goose");
  std::remove(path.c_str());
}

TEST(CompiledLemmatizer, TheBuildsFileIsCurrent) {
  // The file the build wrote beside the binary (share/dyad/tag/lemmatizer.bin)
  // must hold what WordNet's files give today.
  auto text = Lemmatizer::Load(kWordNetDir);
  if (!text.ok()) GTEST_SKIP() << "WordNet not available: " << text.status().ToString();
  const std::string data = DefaultDataDir();
  const std::string built = data + "/tag/lemmatizer.bin";
  if (data.empty() || !std::ifstream(built)) GTEST_SKIP() << "no compiled tables in " << data;
  auto l = Lemmatizer::Load(kWordNetDir, built);
  ASSERT_TRUE(l.ok());
  EXPECT_TRUE((*l)->FromCompiled());
  EXPECT_TRUE((*l)->Compiled() == (*text)->Compiled());
}

}  // namespace
}  // namespace dyad::tag
