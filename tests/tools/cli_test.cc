// The dyad command's promises about failure (issue 18): a write that fails
// is an error naming the output, nothing is lost silently between inputs and
// the store, limits are usage errors, and messages name what they are about.
// Runs the built binary on temporary files.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_util.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int code = -1;
  std::string out, err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    binary_ = std::string(DYAD_BINARY_DIR) + "/dyad";
    if (!fs::exists(binary_)) GTEST_SKIP() << binary_ << " is not built";
    dir_ = fs::path(::testing::TempDir()) / ("dyad_cli_" + std::to_string(::getpid()) + "_" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // Runs `dyad ARGS` in the test's folder; `redirect` is appended to the
  // shell command (for example "> /dev/full").
  Outcome Dyad(const std::string& args, const std::string& redirect = "") {
    const std::string err = (dir_ / "stderr").string();
    const std::string cmd = "cd '" + dir_.string() + "' && env -u DYAD_DATA '" + binary_ + "' " + args + " 2>'" +
                            err + "' " + redirect;
    Outcome r;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    const int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = testing_util::ReadFile(err);
    return r;
  }

  void Write(const std::string& name, const std::string& content) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }

  std::string binary_;
  fs::path dir_;
};

const char* kStory =
    "Russia accused Ukraine of shelling the border town on Monday, the ministry said.\n";

TEST_F(CliTest, FailedWritesExitOneNamingTheOutput) {
  Write("story.txt", kStory);
  Outcome r = Dyad("code story.txt", "> /dev/full");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("cannot write standard output: No space left on device"), std::string::npos) << r.err;
  r = Dyad("code -o /dev/full story.txt");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("cannot write /dev/full"), std::string::npos) << r.err;
  for (const char* cmd : {"parse story.txt", "actors story.txt", "explain story.txt"}) {
    r = Dyad(cmd, "> /dev/full");
    EXPECT_EQ(r.code, 1) << cmd << ": " << r.err;
  }
  Write("page.html", "<html><body><article><p>" + std::string(kStory) + "</p></article></body></html>");
  r = Dyad("extract page.html", "> /dev/full");
  EXPECT_EQ(r.code, 1) << r.err;
  // The store's readers too.
  r = Dyad("ingest --date 2024-01-01 --db s.sqlite story.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  for (const char* cmd : {"export --db s.sqlite", "export --db s.sqlite --format gdelt",
                          "query --db s.sqlite", "series --db s.sqlite --dyad RUS,UKR"}) {
    r = Dyad(cmd, "> /dev/null");
    EXPECT_EQ(r.code, 0) << cmd << ": " << r.err;
    r = Dyad(cmd, "> /dev/full");
    EXPECT_EQ(r.code, 1) << cmd << ": " << r.err;
    EXPECT_NE(r.err.find("cannot write standard output"), std::string::npos) << cmd << ": " << r.err;
  }
}

TEST_F(CliTest, SameNamesInOtherFoldersAndDaysAreStoredAndRepeatsNameTheEarlierDocument) {
  Write("a/story.txt", "Russia accused Ukraine of shelling.\n");
  Write("b/story.txt", "China praised Pakistan for its help.\n");
  Write("day1/news.jsonl",
        "{\"id\":\"1\",\"date\":\"2024-01-01\",\"text\":\"Russia accused Ukraine of shelling the town.\"}\n"
        "{\"id\":\"2\",\"date\":\"2024-01-01\",\"text\":\"Iran threatened Israel.\"}\n");
  Write("day2/news.jsonl",
        "{\"id\":\"1\",\"date\":\"2024-01-02\",\"text\":\"France praised Germany.\"}\n"
        "{\"id\":\"2\",\"date\":\"2024-01-02\",\"text\":\"India accused Pakistan.\"}\n");
  Outcome r = Dyad("ingest --date 2024-01-01 --db s.sqlite a/story.txt b/story.txt day1/news.jsonl");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("4 new documents (0 already stored)"), std::string::npos) << r.err;
  r = Dyad("ingest --db s.sqlite day2/news.jsonl");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("2 new documents (0 already stored)"), std::string::npos) << r.err;
  // A copy under another name: skipped, and the warning names the stored one.
  Write("later/copy.jsonl", "{\"id\":\"77\",\"date\":\"2024-01-02\",\"text\":\"France  praised Germany.\"}\n");
  r = Dyad("ingest --db s.sqlite later/copy.jsonl");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("0 new documents (1 already stored)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("later/copy.jsonl:1: already stored: same text and URL as the stored document 1 of "
                       "day2/news.jsonl"),
            std::string::npos)
      << r.err;
}

TEST_F(CliTest, SameIdWithAnotherTextInOneFileIsStoredTwice) {
  Write("dup.jsonl",
        "{\"id\":\"7\",\"date\":\"2024-01-01\",\"text\":\"Russia accused Ukraine of shelling the town.\"}\n"
        "{\"id\":\"7\",\"date\":\"2024-01-01\",\"text\":\"China praised Pakistan for its help.\"}\n");
  Outcome r = Dyad("ingest --db s.sqlite dup.jsonl");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("2 new documents"), std::string::npos) << r.err;
}

TEST_F(CliTest, UndatedDocumentsAreStoredUndated) {
  Write("story.txt", kStory);
  Outcome r = Dyad("code story.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  ASSERT_NE(r.out.find("\"date\":null"), std::string::npos) << r.out;
  r = Dyad("ingest --db s.sqlite story.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  r = Dyad("export --db s.sqlite");
  ASSERT_EQ(r.code, 0) << r.err;
  ASSERT_FALSE(r.out.empty());
  EXPECT_NE(r.out.find("\"date\":null"), std::string::npos) << r.out;
}

TEST_F(CliTest, ThreadCountsAreCheckedAsUsage) {
  Write("story.txt", kStory);
  for (const char* cmd : {"code --threads 100000 story.txt", "code --threads 0 story.txt",
                          "ingest --db s.sqlite --threads 100000 story.txt"}) {
    Outcome r = Dyad(cmd);
    EXPECT_EQ(r.code, 2) << cmd << ": " << r.err;
    EXPECT_NE(r.err.find("--threads"), std::string::npos) << r.err;
  }
}

// `dyad dask` only hands its arguments to the Python package: without a
// scheduler it is a usage error, and without the interpreter it says what
// it needs (exit 1) instead of failing silently. The package's tests run
// it on a real cluster (python/tests/test_dask.py).
TEST_F(CliTest, DaskNeedsASchedulerAndSaysWhenPythonIsMissing) {
  Write("story.txt", kStory);
  Outcome usage = Dyad("dask story.txt");
  EXPECT_EQ(usage.code, 2) << usage.err;
  EXPECT_NE(usage.err.find("--scheduler"), std::string::npos) << usage.err;
  ::setenv("DYAD_PYTHON", "/nonexistent/python3", 1);
  Outcome missing = Dyad("dask --scheduler tcp://127.0.0.1:1 story.txt");
  ::unsetenv("DYAD_PYTHON");
  EXPECT_EQ(missing.code, 1) << missing.err;
  EXPECT_NE(missing.err.find("cannot run /nonexistent/python3"), std::string::npos) << missing.err;
}

TEST_F(CliTest, MessagesNameTheirFileOnceAndListEveryProblemOnRequest) {
  Write("broken.jsonl.gz", "this is not gzip data");
  Outcome r = Dyad("code broken.jsonl.gz");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.find("broken.jsonl.gz: broken.jsonl.gz"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("broken.jsonl.gz: "), std::string::npos) << r.err;
  // Not a database: the message says which file.
  Write("other.sqlite", std::string(4096, 'x'));
  r = Dyad("query --db other.sqlite");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("other.sqlite"), std::string::npos) << r.err;
  // 30 bad records: 20 listed, then all of them with --all-problems.
  std::string bad;
  for (int i = 0; i < 30; ++i) bad += "{\"id\": " + std::to_string(i) + "}\n";
  Write("bad.jsonl", bad);
  r = Dyad("code bad.jsonl");
  EXPECT_NE(r.err.find("and 10 more problems (--all-problems lists them)"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("bad.jsonl:30:"), std::string::npos);
  r = Dyad("code --all-problems bad.jsonl");
  EXPECT_NE(r.err.find("bad.jsonl:30:"), std::string::npos) << r.err;
  // A sentence the document does not have is an error, not silence.
  Write("story.txt", kStory);
  r = Dyad("explain story.txt --sentence 99999");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("has 1 sentences"), std::string::npos) << r.err;
}

TEST_F(CliTest, DocumentsOverTheMaximumSizeAreRejectedByName) {
  Write("big.txt", std::string(3000, 'a') + " " + kStory);
  Outcome r = Dyad("code --max-document-bytes 1000 big.txt");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("rejected: big.txt:1: document larger than the maximum document size of 1000 bytes"),
            std::string::npos)
      << r.err;
  r = Dyad("code big.txt");
  EXPECT_EQ(r.code, 0) << r.err;
}

}  // namespace
}  // namespace dyad
