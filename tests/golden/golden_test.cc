// Golden end-to-end tests: run the built `dyad` binary on the bundled examples
// and compare its standard output byte for byte with tests/golden/*.expected.
//
// When a change in output is intended, regenerate the expected files with
//
//   DYAD_UPDATE_GOLDEN=1 ./dyad_tests --gtest_filter='*GoldenTest*'
//
// then read the diff (git diff tests/golden) before committing it: the files
// are the record of what dyad says about the examples.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "store/test_util.h"
#include "test_util.h"

namespace dyad {
namespace {

struct GoldenCase {
  const char* name;  // tests/golden/<name>.expected
  const char* args;  // arguments after the binary, relative to the source tree
};

const GoldenCase kCases[] = {
    {"parse-border-talks", "parse examples/border-talks.txt"},
    {"code-examples", "code examples/border-talks.txt examples/wire.jsonl"},
};

// Runs the command in the source tree with the environment's DYAD_DATA
// removed, so that the binary uses the data beside it (build/share/dyad).
bool RunDyad(const std::string& args, std::string* out, int* exit_code) {
  std::string cmd = std::string("cd '") + DYAD_SOURCE_DIR + "' && env -u DYAD_DATA '" + DYAD_BINARY_DIR +
                    "/dyad' " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return false;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out->append(buf, n);
  int status = pclose(p);
  *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return true;
}

class GoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenTest, OutputMatchesExpected) {
  const GoldenCase& c = GetParam();
  const std::string binary = std::string(DYAD_BINARY_DIR) + "/dyad";
  if (!std::filesystem::exists(binary)) GTEST_SKIP() << binary << " is not built";
  std::string out;
  int code = -1;
  ASSERT_TRUE(RunDyad(c.args, &out, &code)) << "cannot run " << binary;
  ASSERT_EQ(code, 0) << "dyad " << c.args << " failed";
  ASSERT_FALSE(out.empty()) << "dyad " << c.args << " printed nothing";
  // The data version is a hash of every data file: any edit of the data
  // changes it, whether or not the output does. The file keeps its place.
  constexpr std::string_view kVersionKey = "\"data_version\":\"";
  for (size_t p = out.find(kVersionKey); p != std::string::npos; p = out.find(kVersionKey, p + 1)) {
    const size_t b = p + kVersionKey.size(), e = out.find('"', b);
    if (e != std::string::npos) out.replace(b, e - b, "DATA_VERSION");
  }
  const std::string path = std::string(DYAD_SOURCE_DIR) + "/tests/golden/" + c.name + ".expected";
  const char* update = std::getenv("DYAD_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << out;
    ASSERT_TRUE(f.good()) << "cannot write " << path;
    GTEST_SKIP() << "rewrote " << path;
  }
  ASSERT_TRUE(std::filesystem::exists(path)) << path << " is missing; run with DYAD_UPDATE_GOLDEN=1";
  const std::string want = testing_util::ReadFile(path);
  if (out == want) return;
  // Point at the first differing line rather than dumping both outputs.
  size_t i = 0;
  while (i < out.size() && i < want.size() && out[i] == want[i]) ++i;
  size_t line = 1 + std::count(want.begin(), want.begin() + i, '\n');
  auto line_at = [](const std::string& s, size_t pos) {
    size_t b = s.rfind('\n', pos == 0 ? 0 : pos - 1);
    b = (b == std::string::npos || pos == 0) ? 0 : b + 1;
    size_t e = s.find('\n', pos);
    return s.substr(b, e == std::string::npos ? std::string::npos : e - b);
  };
  ADD_FAILURE() << "dyad " << c.args << " differs from " << path << " at line " << line
                << "\n  expected: " << line_at(want, i) << "\n  actual:   " << line_at(out, i)
                << "\n(if intended: DYAD_UPDATE_GOLDEN=1 and review the diff)";
}

// Extraction has nothing to do with language: `dyad extract` keeps pages in
// every language, and --english-only keeps only English ones (what coding
// does by default).
TEST(ExtractTest, EveryLanguageUnlessEnglishOnly) {
  const std::string binary = std::string(DYAD_BINARY_DIR) + "/dyad";
  if (!std::filesystem::exists(binary)) GTEST_SKIP() << binary << " is not built";
  testing_store::TempDir dir;
  std::ofstream(dir.File("english.txt"))
      << "The foreign ministers met in Geneva on Tuesday to discuss the ceasefire, and both sides said "
         "afterwards that the talks had been useful, although no agreement was signed.\n";
  std::ofstream(dir.File("french.txt"))
      << "Les ministres des affaires étrangères se sont réunis mardi à Genève pour discuter du "
         "cessez-le-feu, et les deux parties ont déclaré ensuite que les discussions avaient été "
         "utiles, bien qu'aucun accord n'ait été signé.\n";
  for (bool english_only : {false, true}) {
    std::string out;
    int code = -1;
    ASSERT_TRUE(RunDyad(std::string("extract --format jsonl ") + (english_only ? "--english-only " : "") + "'" +
                            dir.File("english.txt") + "' '" + dir.File("french.txt") + "'",
                        &out, &code));
    ASSERT_EQ(code, 0) << out;
    EXPECT_NE(out.find("\"id\":\"english\""), std::string::npos) << out;
    EXPECT_EQ(out.find("\"id\":\"french\"") != std::string::npos, !english_only) << out;
  }
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<GoldenCase>& info) {
                           std::string n = info.param.name;
                           for (char& ch : n) {
                             if (ch == '-') ch = '_';
                           }
                           return n;
                         });

// Issue 18, items 7-8: a date on the command line that is not a day of
// 1800-01-01..2200-12-31 is a usage error (exit 2), before any input is read.
TEST(CommandLineDateTest, InvalidDatesAreUsageErrors) {
  const std::string binary = std::string(DYAD_BINARY_DIR) + "/dyad";
  if (!std::filesystem::exists(binary)) GTEST_SKIP() << binary << " is not built";
  struct Case {
    const char* args;
    int exit_code;
  };
  const Case kDateCases[] = {
      {"code --date yesterday examples/wire.jsonl", 2},
      {"code --date 2024-13-45 examples/wire.jsonl", 2},
      {"code --date 2024-02-30 examples/wire.jsonl", 2},
      {"code --date 10000-01-01 examples/wire.jsonl", 2},
      {"code --date 1799-12-31 examples/wire.jsonl", 2},
      {"parse --date 2201-01-01 examples/border-talks.txt", 2},
      {"query --db /nonexistent/x.sqlite --from 2024-02-30", 2},
      {"series --db /nonexistent/x.sqlite --dyad CHN,RUS --to 9999-12-31", 2},
      {"code --date 2024-02-29 examples/border-talks.txt", 0},
      {"code --date 1800-01-01T00:00:00Z examples/border-talks.txt", 0},
  };
  for (const Case& c : kDateCases) {
    std::string out;
    int code = -1;
    ASSERT_TRUE(RunDyad(c.args, &out, &code));
    EXPECT_EQ(code, c.exit_code) << "dyad " << c.args;
  }
}

// Issue 19, item 6: the batch runner hands documents to worker threads and
// writes them back in input order. One thread and four threads must give the
// same bytes, over several batches (cmd_code.cc codes 512 documents a batch)
// whose documents differ in length, so that workers finish out of order.
TEST(CommandLineThreadsTest, OneAndFourThreadsGiveTheSameOutput) {
  const std::string binary = std::string(DYAD_BINARY_DIR) + "/dyad";
  if (!std::filesystem::exists(binary)) GTEST_SKIP() << binary << " is not built";
  // (per process: test runs of several checkouts may share the folder)
  const std::string path = testing::TempDir() + "/dyad-threads-" + std::to_string(::getpid()) + ".jsonl";
  {
    std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/examples/wire.jsonl");
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) {
      if (!l.empty()) lines.push_back(l);
    }
    ASSERT_FALSE(lines.empty());
    std::ofstream out(path);
    for (int i = 0; i < 1300; ++i) {
      // A fresh id for every copy; every seventh copy has its text twice.
      std::string l = lines[i % lines.size()];
      const size_t id = l.find("\"id\": \"");
      ASSERT_NE(id, std::string::npos);
      l.insert(id + 7, std::to_string(i) + "-");
      if (i % 7 == 0) {
        const size_t text = l.find("\"text\": \"");
        ASSERT_NE(text, std::string::npos);
        const size_t end = l.rfind('"');
        const std::string body = l.substr(text + 9, end - text - 9);
        l.insert(end, " " + body);
      }
      out << l << "\n";
    }
  }
  std::string one, four;
  int code1 = -1, code4 = -1;
  ASSERT_TRUE(RunDyad("code --keep-duplicates --threads 1 " + path, &one, &code1));
  ASSERT_TRUE(RunDyad("code --keep-duplicates --threads 4 " + path, &four, &code4));
  EXPECT_EQ(code1, 0);
  EXPECT_EQ(code4, 0);
  EXPECT_GT(std::count(one.begin(), one.end(), '\n'), 1300);
  EXPECT_TRUE(one == four) << "--threads 1 and --threads 4 differ";
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace dyad
