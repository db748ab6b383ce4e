// dyad's CAMEO codebook (data/cameo/codebook.txt) and pattern coverage: the
// codebook agrees with the reference CAMEO table when that is available, the
// penta class follows its documented rule, and every specific code has at
// least one pattern in data/events.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dyad/events.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing_util::DataDir;

class CodebookTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto ec = EventCoder::Load(DataDir());
    if (ec.ok()) coder_ = std::move(ec).value().release();
    else status_ = ec.status();
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(coder_, nullptr) << "dyad's own data must load: " << status_.ToString(); }

  static inline EventCoder* coder_ = nullptr;
  static inline Status status_;
};

// Phoenix penta class from the root, as the codebook header states it.
int PentaOfRoot(int root) {
  if (root <= 2) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root == 16) return 3;
  return 4;
}

int QuadOfRoot(int root) {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

TEST_F(CodebookTest, ClassesFollowTheRoot) {
  const Codebook& cb = coder_->codebook();
  ASSERT_GE(cb.codes().size(), 20u);
  for (const CameoCode& c : cb.codes()) {
    int root = std::stoi(std::string(c.Root()));
    ASSERT_GE(root, 1) << c.code;
    ASSERT_LE(root, 20) << c.code;
    EXPECT_EQ(c.penta_class, PentaOfRoot(root)) << c.code;
    EXPECT_EQ(c.quad_class, QuadOfRoot(root)) << c.code;
    EXPECT_GE(c.goldstein, -10.0) << c.code;
    EXPECT_LE(c.goldstein, 10.0) << c.code;
    EXPECT_FALSE(c.name.empty()) << c.code;
    EXPECT_EQ(cb.Find(c.code), &c);
  }
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    EXPECT_NE(cb.Find(root), nullptr) << "root " << root;
  }
  EXPECT_EQ(cb.Find("999"), nullptr);
}

TEST_F(CodebookTest, MilitaryCooperationIntent) {
  const CameoCode* c = coder_->codebook().Find("0312");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Express intent to cooperate militarily");
  EXPECT_DOUBLE_EQ(c->goldstein, 5.2);
  EXPECT_EQ(c->quad_class, 1);
  EXPECT_EQ(c->penta_class, 1);
  EXPECT_EQ(c->plover, "AGREE");
  EXPECT_EQ(c->plover_context, "military");
  EXPECT_EQ(c->Root(), "03");
}

// Root() views the code itself, and a temporary's Root() does not compile:
// a view of a temporary once dangled (found by the sanitizer pass).
template <typename T>
concept HasRoot = requires(T t) {
  std::forward<T>(t).Root();
};
static_assert(HasRoot<const CameoCode&>);
static_assert(!HasRoot<CameoCode>);
static_assert(!HasRoot<CameoCode&&>);

TEST_F(CodebookTest, RootViewsTheCode) {
  for (const CameoCode& c : coder_->codebook().codes()) {
    ASSERT_GE(c.code.size(), 2u);
    EXPECT_EQ(c.Root().data(), c.code.data()) << c.code;
    EXPECT_EQ(c.Root(), c.code.substr(0, 2)) << c.code;
  }
}

// PLOVER is a type, a mode and a context (plover-modes.txt holds the modes).
TEST_F(CodebookTest, PloverTypeModeAndContext) {
  struct Case {
    const char* code;
    const char* type;
    const char* mode;
    const char* context;
  };
  const std::vector<Case> cases = {
      {"041", "CONSULT", "phone", ""},      {"042", "CONSULT", "visit", ""},
      {"0841", "RETREAT", "release", "legal"}, {"091", "ACCUSE", "investigate", "crime;corruption"},
      {"0312", "AGREE", "", "military"},    {"010", "", "", ""},
  };
  for (const Case& c : cases) {
    const CameoCode* code = coder_->codebook().Find(c.code);
    ASSERT_NE(code, nullptr) << c.code;
    EXPECT_EQ(code->plover, c.type) << c.code;
    EXPECT_EQ(code->plover_mode, c.mode) << c.code;
    EXPECT_EQ(code->plover_context, c.context) << c.code;
  }
}

// Every code the CAMEO->PLOVER table lists has its type, mode and context
// (contexts joined by ';'), except where codebook.txt notes a reason (08).
TEST_F(CodebookTest, PloverMatchesTheReferenceTable) {
  const std::string rel = "reference/cameo2plover-2021.txt";
  if (!testing_util::HaveShared(rel)) GTEST_SKIP() << "no " << testing_util::SharedDir() << "/" << rel;
  std::istringstream in(testing_util::ReadFile(testing_util::SharedDir() + "/" + rel));
  auto trim = [](std::string s) {
    const char* ws = " \t\r";
    s.erase(0, s.find_first_not_of(ws));
    s.erase(s.find_last_not_of(ws) + 1);
    return s;
  };
  std::string line;
  size_t rows = 0, same = 0;
  std::vector<std::string> differ;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string code = trim(line.substr(0, colon));
    const CameoCode* c = coder_->codebook().Find(code);
    if (!c) continue;  // 1213, 1214: not CAMEO codes
    std::vector<std::string> parts;
    std::istringstream fields(line.substr(colon + 1));
    for (std::string p; std::getline(fields, p, ',');) parts.push_back(trim(p));
    parts.resize(3);
    std::string context;
    std::istringstream contexts(parts[2]);
    for (std::string p; std::getline(contexts, p, ';');) context += (context.empty() ? "" : ";") + trim(p);
    ++rows;
    if (c->plover == parts[0] && c->plover_mode == parts[1] && c->plover_context == context) ++same;
    else differ.push_back(code);
  }
  EXPECT_GT(rows, 250u);
  // 08: the table heads it RETREAT and CONCEDE; codebook.txt says why CONCEDE.
  EXPECT_EQ(differ, std::vector<std::string>{"08"}) << same << " of " << rows << " agree";
}

TEST_F(CodebookTest, MatchesTheReferenceTable) {
  const std::string rel = "reference/cameo-codebook.tsv";
  if (!testing_util::HaveShared(rel)) GTEST_SKIP() << "no " << testing_util::SharedDir() << "/" << rel;
  std::istringstream in(testing_util::ReadFile(testing_util::SharedDir() + "/" + rel));
  std::string line;
  std::getline(in, line);  // header: code root name goldstein quad_class
  ASSERT_EQ(line.rfind("code\t", 0), 0u) << "unexpected header: " << line;
  size_t rows = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> f;
    std::istringstream ls(line);
    for (std::string cell; std::getline(ls, cell, '\t');) f.push_back(cell);
    ASSERT_GE(f.size(), 5u) << line;
    ++rows;
    const CameoCode* c = coder_->codebook().Find(f[0]);
    if (!c) {
      ADD_FAILURE() << "code " << f[0] << " (" << f[2] << ") missing from data/cameo/codebook.txt";
      continue;
    }
    EXPECT_NEAR(c->goldstein, std::stod(f[3]), 1e-9) << f[0];
    EXPECT_EQ(c->quad_class, std::stoi(f[4])) << f[0];
  }
  EXPECT_GT(rows, 300u);
  // Codes beyond the reference must be deliberate: 176 (cyber attack) is
  // CAMEO 2.0 as PETRARCH codes it, documented in the codebook.
  const std::set<std::string> kDeliberateExtras = {"176"};
  EXPECT_EQ(coder_->codebook().codes().size(), rows + kDeliberateExtras.size())
      << "the codebook has codes the reference lacks besides the deliberate ones";
  for (const std::string& code : kDeliberateExtras) EXPECT_NE(coder_->codebook().Find(code), nullptr) << code;
}

// The codes used by data/events/*.txt, read from the files themselves (the
// EventCoder exposes only its pattern count).
std::map<std::string, size_t> PatternCodes() {
  std::map<std::string, size_t> codes;
  for (const auto& entry : std::filesystem::directory_iterator(DataDir() + "/events")) {
    if (entry.path().extension() != ".txt") continue;
    std::istringstream in(testing_util::ReadFile(entry.path().string()));
    for (std::string line; std::getline(in, line);) {
      size_t hash = line.find('#');
      if (hash != std::string::npos) line.resize(hash);
      std::istringstream ls(line);
      std::string id, code;
      // ("@name words": a word group, not a pattern)
      if (ls >> id >> code && id[0] != '@') ++codes[code];
    }
  }
  return codes;
}

TEST_F(CodebookTest, PatternCountAndCoverage) {
  EXPECT_GE(coder_->pattern_count(), 3000u);
  std::map<std::string, size_t> used = PatternCodes();
  size_t lines = 0;
  for (const auto& [code, n] : used) lines += n;
  EXPECT_EQ(lines, coder_->pattern_count()) << "pattern lines in data/events vs. loaded patterns";
  std::vector<std::string> uncovered;
  for (const CameoCode& c : coder_->codebook().codes()) {
    if (c.code.size() == 2) continue;  // roots are reached through their codes
    if (!used.count(c.code)) uncovered.push_back(c.code);
  }
  EXPECT_TRUE(uncovered.empty()) << uncovered.size() << " codes without a pattern: "
                                 << testing_util::Join(uncovered, " ");
}

}  // namespace
}  // namespace dyad
