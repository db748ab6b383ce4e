// The CAMEO coverage suite (issue 13, item 4): every event code of the codebook
// with at least three sentences in different constructions, written for this
// suite (tests/coverage/cases.txt, format at its top). Each sentence is coded on
// its own with the shared coder; a case passes when an event with the case's
// source, target and exact code (as written, not only its root or base) comes
// out, whatever else is produced.
//
// The suite must pass at least 90% of the cases. The cases dyad misses today
// stay in cases.txt and are listed in failing.txt, so that a fix or a
// regression shows up as a change to that list rather than as silence; the list
// must match in both directions. README.md groups the misses by cause.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing_util::EventKeys;
using testing_util::MakeDocument;

// Issue 13 asks for 0.90; the suite passes 0.909 today (tests/coverage/
// README.md groups the failures by cause). The floor keeps what is reached;
// FailingListIsCurrent pins each case.
constexpr double kMinPassRate = 0.90;
constexpr size_t kMinCasesPerCode = 3;
constexpr size_t kMinConstructionsPerCode = 2;

// The constructions of the issue; a case names one of them.
const std::set<std::string>& Constructions() {
  static const std::set<std::string> kAll = {
      "active",     // active past: "Freedonia criticised Sylvania"
      "passive",    // passive with "by"
      "agreed-to",  // "agreed/pledged/offered to ..."
      "said-end",   // reported speech, "..., the ministry said"
      "headline",   // headline style: present tense, no articles
      "time-gap",   // a day or time phrase between the verb and its object
      "pp-target",  // the target in a prepositional phrase after the object
      "that",       // a that-clause
      "domestic",   // both sides in one country, told apart by sector codes
  };
  return kAll;
}

struct Case {
  int line = 0;
  std::string code, source, target, construction, text;
  std::string Key() const { return code + " | " + source + ">" + target + " | " + construction + " | " + text; }
};

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  size_t e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Lines `CODE | SOURCE>TARGET | construction | sentence`; '#' lines and blank
// lines are skipped. A malformed line is reported in *errors.
std::vector<Case> ReadCases(const std::string& path, std::vector<std::string>* errors) {
  std::vector<Case> cases;
  std::istringstream in(testing_util::ReadFile(path));
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    std::string s = Trim(line);
    if (s.empty() || s[0] == '#') continue;
    std::vector<std::string> parts;
    size_t at = 0;
    for (int i = 0; i < 3; ++i) {
      size_t bar = s.find('|', at);
      if (bar == std::string::npos) break;
      parts.push_back(Trim(s.substr(at, bar - at)));
      at = bar + 1;
    }
    parts.push_back(Trim(s.substr(at)));
    size_t gt = parts.size() == 4 ? parts[1].find('>') : std::string::npos;
    if (gt == std::string::npos || parts[0].empty() || parts[3].empty()) {
      errors->push_back(path + ":" + std::to_string(n) + ": want CODE | SOURCE>TARGET | construction | sentence");
      continue;
    }
    Case c;
    c.line = n;
    c.code = parts[0];
    c.source = parts[1].substr(0, gt);
    c.target = parts[1].substr(gt + 1);
    c.construction = parts[2];
    c.text = parts[3];
    cases.push_back(std::move(c));
  }
  return cases;
}

// The event codes of the codebook below the root level (the roots, "01" to
// "20", are headings: dyad codes an event as the root's x0 code, never as the
// root itself).
std::vector<std::string> CodebookCodes() {
  std::vector<std::string> codes;
  std::istringstream in(testing_util::ReadFile(testing_util::DataDir() + "/cameo/codebook.txt"));
  std::string line;
  while (std::getline(in, line)) {
    std::string s = Trim(line);
    if (s.empty() || s[0] == '#') continue;
    std::string code = s.substr(0, s.find_first_of(" \t"));
    if (code.size() > 2) codes.push_back(code);
  }
  return codes;
}

class CoverageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string dir = DYAD_SOURCE_DIR "/tests/coverage/";
    cases_ = ReadCases(dir + "cases.txt", &errors_);
    for (const Case& c : ReadCases(dir + "failing.txt", &errors_)) listed_failing_.insert(c.Key());
    coder_ = testing_util::SharedCoder(&load_error_);
    if (!coder_) return;
    CodedDocument out;
    for (const Case& c : cases_) {
      coder_->Code(MakeDocument(c.text), &out);
      std::vector<std::string> got = EventKeys(out.events);
      const std::string want = c.source + ">" + c.target + ":" + c.code;
      passed_.push_back(testing_util::Contains(got, want));
      got_.push_back(testing_util::Join(got));
    }
  }
  void SetUp() override {
    if (!coder_) GTEST_SKIP() << "coder could not be loaded: " << load_error_;
  }

  static inline std::vector<Case> cases_;
  static inline std::vector<std::string> errors_;
  static inline std::set<std::string> listed_failing_;
  static inline std::vector<bool> passed_;
  static inline std::vector<std::string> got_;
  static inline const Coder* coder_ = nullptr;
  static inline std::string load_error_;
};

TEST_F(CoverageTest, CasesAreWellFormedAndCoverEveryCode) {
  for (const std::string& e : errors_) ADD_FAILURE() << e;
  std::set<std::string> codebook;
  for (const std::string& code : CodebookCodes()) codebook.insert(code);
  ASSERT_GT(codebook.size(), 250u) << "codebook not read";
  std::map<std::string, std::vector<const Case*>> by_code;
  std::set<std::string> texts;
  for (const Case& c : cases_) {
    EXPECT_TRUE(codebook.count(c.code)) << "cases.txt:" << c.line << ": not a codebook event code: " << c.code;
    EXPECT_TRUE(Constructions().count(c.construction))
        << "cases.txt:" << c.line << ": unknown construction: " << c.construction;
    EXPECT_FALSE(c.source.empty() || c.target.empty()) << "cases.txt:" << c.line << ": both sides are expected";
    EXPECT_TRUE(texts.insert(c.text).second) << "cases.txt:" << c.line << ": sentence repeated";
    by_code[c.code].push_back(&c);
  }
  for (const std::string& code : codebook) {
    const auto& cs = by_code[code];
    std::set<std::string> constructions;
    for (const Case* c : cs) constructions.insert(c->construction);
    EXPECT_GE(cs.size(), kMinCasesPerCode) << "too few cases for " << code;
    EXPECT_GE(constructions.size(), kMinConstructionsPerCode) << "too few constructions for " << code;
  }
}

TEST_F(CoverageTest, PassRateAtLeastTheFloor) {
  ASSERT_FALSE(cases_.empty());
  std::map<std::string, std::pair<int, int>> by_root;
  std::map<std::string, std::pair<int, int>> by_construction;
  int passed = 0;
  for (size_t i = 0; i < cases_.size(); ++i) {
    passed += passed_[i];
    auto& r = by_root[cases_[i].code.substr(0, 2)];
    r.first += passed_[i];
    ++r.second;
    auto& k = by_construction[cases_[i].construction];
    k.first += passed_[i];
    ++k.second;
  }
  const double rate = static_cast<double>(passed) / cases_.size();
  std::printf("coverage: %d of %zu cases pass (%.1f%%)\n", passed, cases_.size(), 100 * rate);
  for (const auto& [root, pt] : by_root) {
    std::printf("  root %s: %d/%d (%.0f%%)\n", root.c_str(), pt.first, pt.second, 100.0 * pt.first / pt.second);
  }
  for (const auto& [name, pt] : by_construction) {
    std::printf("  %-9s %d/%d (%.0f%%)\n", name.c_str(), pt.first, pt.second, 100.0 * pt.first / pt.second);
  }
  EXPECT_GE(rate, kMinPassRate) << "coverage below " << 100 * kMinPassRate << "%";
}

TEST_F(CoverageTest, FailingListIsCurrent) {
  std::set<std::string> failing_now;
  for (size_t i = 0; i < cases_.size(); ++i) {
    if (passed_[i]) continue;
    failing_now.insert(cases_[i].Key());
    EXPECT_TRUE(listed_failing_.count(cases_[i].Key()))
        << "cases.txt:" << cases_[i].line << " fails but is not in failing.txt:\n  " << cases_[i].Key()
        << "\n  got: " << (got_[i].empty() ? "-" : got_[i]);
  }
  for (const std::string& key : listed_failing_) {
    EXPECT_TRUE(failing_now.count(key)) << "listed in failing.txt but passes (or is no longer a case):\n  " << key;
  }
}

}  // namespace
}  // namespace dyad
