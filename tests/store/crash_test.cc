// The real `dyad ingest` (the built binary, from DYAD_BINARY_DIR) killed with
// SIGKILL in the middle of a run leaves a consistent store holding whole
// batches only; running it again completes the store, which then equals one
// made in a single run, and a third run adds nothing. Also: the CLI's GDELT
// export of that store has 61 fields of the right kinds on every row.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>
#include <tuple>

#include "dyad/store.h"
#include "store/test_util.h"

namespace dyad {
namespace {

using testing_store::CheckGdeltRow;
using testing_store::TempDir;

const std::string kDyad = std::string(DYAD_BINARY_DIR) + "/dyad";
constexpr int kDocuments = 3000;
constexpr int kBatch = 5;

// Synthetic news: a few countries doing a few things to each other; the same
// report often appears on several sites (so events are deduplicated).
void WriteCorpus(const std::string& path) {
  const char* countries[] = {"China", "Russia", "France", "Germany", "India", "Japan", "Brazil", "Egypt"};
  const char* verbs[] = {"accused {} of spying", "praised {}", "threatened {}", "criticized {}",
                         "met with {}"};
  std::ofstream out(path);
  for (int i = 0; i < kDocuments; ++i) {
    std::string text;
    for (int s = 0; s < 3; ++s) {
      int k = (i / 3) * 7 + s * 13;  // groups of three documents report the same things
      std::string a = countries[k % 8], b = countries[(k / 8 + 1 + k % 8) % 8];
      if (a == b) b = countries[(k + 3) % 8];
      std::string v = verbs[(k / 5) % 5];
      v.replace(v.find("{}"), 2, b);
      text += a + " " + v + " on Tuesday. ";
    }
    // The reader drops exact duplicate texts; each story is told its own way.
    text += "This is story number " + std::to_string(i) + ".";
    out << "{\"id\":\"n" << i << "\",\"date\":\"2024-0" << (1 + (i / 3) % 9) << "-1" << (i / 3) % 10
        << "\",\"url\":\"https://site" << i % 3 << ".example/story/" << i << "\",\"text\":\"" << text << "\"}\n";
  }
}

pid_t Spawn(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(kDyad.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int RunToEnd(const std::vector<std::string>& args) {
  pid_t pid = Spawn(args);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

StoreStats StatsOf(const std::string& db) {
  auto s = EventStore::Open(db);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return {};
  auto st = (*s)->Stats();
  EXPECT_TRUE(st.ok());
  EXPECT_TRUE((*s)->CheckConsistency().ok()) << (*s)->CheckConsistency().ToString();
  return st.ok() ? *st : StoreStats{};
}

using EventRow = std::tuple<std::string, std::string, std::string, std::string, int64_t, int64_t, int64_t>;

std::multiset<EventRow> EventsOf(const std::string& db) {
  std::multiset<EventRow> rows;
  auto s = EventStore::Open(db);
  EXPECT_TRUE(s.ok());
  if (!s.ok()) return rows;
  EXPECT_TRUE((*s)->Query({}, false, [&](const StoredEvent& e) {
                   rows.insert({e.date, e.source, e.target, e.code, e.num_mentions, e.num_articles, e.num_sources});
                   return true;
                 }).ok());
  return rows;
}

class IngestProcessTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql" && testing_store::TestPostgres().empty()) {
      GTEST_SKIP() << "DYAD_TEST_PG is not set: no PostgreSQL server to test against (scripts/test starts one)";
    }
    ASSERT_EQ(access(kDyad.c_str(), X_OK), 0) << "the dyad binary is not built: " << kDyad;
    input_ = dir_.File("news.jsonl");
    WriteCorpus(input_);
  }
  // A new, empty store on the backend under test.
  std::string NewStore(const std::string& name) {
    if (GetParam() == "sqlite") return dir_.File(name + ".sqlite");
    std::string uri = testing_store::FreshPostgresDatabase();
    EXPECT_FALSE(uri.empty()) << "cannot create a test database on DYAD_TEST_PG with psql";
    return uri;
  }
  std::vector<std::string> Ingest(const std::string& db) {
    return {"dyad", "ingest", input_, "--db", db, "--batch", std::to_string(kBatch), "--threads", "1"};
  }
  TempDir dir_;
  std::string input_;
};

TEST_P(IngestProcessTest, KilledIngestLeavesConsistentStoreAndRerunCompletesIt) {
  const std::string db = NewStore("killed");
  pid_t pid = Spawn(Ingest(db));
  ASSERT_GT(pid, 0);
  // Wait until some batches are committed, then kill without warning.
  int64_t seen = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    if (GetParam() != "sqlite" || access(db.c_str(), F_OK) == 0) {
      auto s = EventStore::Open(db);
      if (s.ok()) {
        auto st = (*s)->Stats();
        if (st.ok()) seen = st->documents;
      }
    }
    if (seen >= 200) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest ended before it could be killed (" << seen
                                   << " documents seen); the test needs a larger corpus";

  StoreStats killed = StatsOf(db);  // also checks consistency
  EXPECT_GE(killed.documents, 200);
  EXPECT_LT(killed.documents, kDocuments);
  EXPECT_EQ(killed.documents % kBatch, 0) << "a batch was committed in part";

  ASSERT_EQ(RunToEnd(Ingest(db)), 0);
  StoreStats completed = StatsOf(db);
  EXPECT_EQ(completed.documents, kDocuments);

  const std::string ref = NewStore("reference");
  ASSERT_EQ(RunToEnd(Ingest(ref)), 0);
  StoreStats reference = StatsOf(ref);
  EXPECT_EQ(completed.documents, reference.documents);
  EXPECT_EQ(completed.events, reference.events);
  EXPECT_EQ(completed.mentions, reference.mentions);
  EXPECT_LT(reference.events, reference.mentions) << "the corpus should repeat events across documents";
  EXPECT_EQ(EventsOf(db), EventsOf(ref));

  ASSERT_EQ(RunToEnd(Ingest(db)), 0);
  StoreStats again = StatsOf(db);
  EXPECT_EQ(again.documents, completed.documents);
  EXPECT_EQ(again.events, completed.events);
  EXPECT_EQ(again.mentions, completed.mentions);
}

TEST_P(IngestProcessTest, GdeltExportRowsHave61FieldsOfTheRightKinds) {
  const std::string db = NewStore("export");
  ASSERT_EQ(RunToEnd(Ingest(db)), 0);
  const std::string out = dir_.File("events.gdelt.tsv");
  ASSERT_EQ(RunToEnd({"dyad", "export", "--db", db, "--format", "gdelt", "-o", out}), 0);
  std::ifstream in(out);
  std::string line;
  int64_t rows = 0;
  std::set<std::string> ids;
  while (std::getline(in, line)) {
    ++rows;
    ASSERT_EQ(CheckGdeltRow(line), "") << "row " << rows << ": " << line;
    ids.insert(line.substr(0, line.find('\t')));
  }
  StoreStats st = StatsOf(db);
  EXPECT_GT(rows, 0);
  EXPECT_EQ(rows, st.events);
  EXPECT_EQ(static_cast<int64_t>(ids.size()), rows) << "GLOBALEVENTIDs must be unique";
}

// `dyad series --format csv` and `dyad query --format csv` print what the
// library computes.
TEST_P(IngestProcessTest, SeriesAndQueryCommandsPrintTheStoreContents) {
  const std::string db = NewStore("cli");
  ASSERT_EQ(RunToEnd(Ingest(db)), 0);
  auto store = EventStore::Open(db);
  ASSERT_TRUE(store.ok());
  EventFilter f;
  f.dyad_a = "CHN";
  f.dyad_b = "RUS";
  auto rows = (*store)->Series(f, SeriesPeriod::kMonth);
  ASSERT_TRUE(rows.ok());
  int64_t series_total = 0;
  for (const SeriesRow& r : *rows) series_total += r.total;
  ASSERT_GT(series_total, 0) << "the corpus should have China-Russia events";

  const std::string csv = dir_.File("series.csv"), png = dir_.File("series.png");
  ASSERT_EQ(RunToEnd({"dyad", "series", "--db", db, "--dyad", "CHN,RUS", "--by", "month", "--format", "csv",
                      "-o", csv, "--plot", png}),
            0);
  std::ifstream in(csv);
  std::string line;
  ASSERT_TRUE(std::getline(in, line));
  EXPECT_EQ(line.rfind("period,q1,q2,q3,q4,events", 0), 0u) << line;
  size_t n = 0;
  int64_t printed_total = 0;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, ',');) cells.push_back(c);
    ASSERT_EQ(cells.size(), 9u) << line;
    ASSERT_LT(n, rows->size());
    EXPECT_EQ(cells[0], (*rows)[n].period);
    EXPECT_EQ(std::stoll(cells[5]), (*rows)[n].total);
    printed_total += std::stoll(cells[5]);
    ++n;
  }
  EXPECT_EQ(n, rows->size());
  EXPECT_EQ(printed_total, series_total);
  EXPECT_GT(std::filesystem::file_size(png), 1000u);

  const std::string q = dir_.File("query.csv");
  ASSERT_EQ(RunToEnd({"dyad", "query", "--db", db, "--dyad", "CHN,RUS", "--format", "csv", "-o", q}), 0);
  std::ifstream qin(q);
  int64_t lines = 0;
  while (std::getline(qin, line)) ++lines;
  EXPECT_EQ(lines - 1, series_total);  // minus the header
  // Usage errors are reported as such.
  EXPECT_EQ(RunToEnd({"dyad", "series", "--db", db, "--dyad", "CHN"}), 2);
  EXPECT_EQ(RunToEnd({"dyad", "query", "--db", db, "--from", "yesterday"}), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, IngestProcessTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dyad
