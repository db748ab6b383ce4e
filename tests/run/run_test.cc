// The run layer (dyad/run.h): one path for the CLI, the server and the
// bindings. The same documents go through the CLI's path (input files, as
// `dyad code` and `dyad ingest` read them) and through a real server
// (POST /api/code, /api/ingest), and what comes out is compared: events, and
// every stored event with its mentions. The documents include untrimmed
// fields, a document in French, a duplicate, documents without id and a
// text/plain body.
#include "dyad/run.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dyad/serve.h"
#include "dyad/store.h"
#include "store/test_util.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing_store::TempDir;

constexpr const char* kToken = "run-layer-test-token-0123456789";

// Long enough (over 200 bytes) for the language filter to judge it.
constexpr const char* kFrench =
    "Le gouvernement fran\u00e7ais a condamn\u00e9 mardi les frappes a\u00e9riennes contre les villages du "
    "nord, et le ministre des affaires \u00e9trang\u00e8res a demand\u00e9 aux deux parties de reprendre "
    "les n\u00e9gociations sans attendre. La Russie a critiqu\u00e9 la d\u00e9cision de l'Union "
    "europ\u00e9enne.";

struct TestDoc {
  std::string id, url, date, title, text;
};

// Untrimmed fields, a French document, and a copy of the second document
// under another id (a duplicate within the run).
std::vector<TestDoc> Docs() {
  return {
      {"a1", "  https://news.example/a1  ", "2021-06-01", "  Talks in Geneva  ",
       "   China praised Russia on Monday. Iran threatened to attack Israel.   "},
      {"a2", "https://news.example/a2", "2021-06-02", "", "India accused Pakistan of shelling villages in Kashmir."},
      {"fr", "https://news.example/fr", "2021-06-03", "", kFrench},
      {"a2-copy", "https://news.example/a2", "2021-06-02", "", "India accused Pakistan of shelling villages in Kashmir."},
      {"a3", "https://news.example/a3", "2021-06-04", "\tSummit\t",
       "\n\nThe United States imposed sanctions on North Korea. Japan welcomed the move.\n"},
  };
}

std::string Quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') { out += "\\n"; continue; }
    if (c == '\t') { out += "\\t"; continue; }
    out.push_back(c);
  }
  return out + "\"";
}

// One JSON object per line; without ids when `with_ids` is false.
std::string JsonLines(const std::vector<TestDoc>& docs, bool with_ids) {
  std::string out;
  for (const TestDoc& d : docs) {
    out += "{";
    if (with_ids) out += "\"id\":" + Quoted(d.id) + ",";
    out += "\"url\":" + Quoted(d.url) + ",\"date\":" + Quoted(d.date) + ",";
    if (!d.title.empty()) out += "\"title\":" + Quoted(d.title) + ",";
    out += "\"text\":" + Quoted(d.text) + "}\n";
  }
  return out;
}

// Everything stored, in order, without the provenance that differs by path
// (the input file, the document's id, the site named after the file) or by
// time (the day of ingest, row ids).
std::string StoreContents(const std::string& db) {
  auto store = EventStore::Open(db, StoreAccess::kReadOnly);
  if (!store.ok()) return "cannot open: " + store.status().ToString();
  std::string out;
  auto stats = (*store)->Stats();
  if (!stats.ok()) return stats.status().ToString();
  out += "documents " + std::to_string(stats->documents) + ", events " + std::to_string(stats->events) +
         ", mentions " + std::to_string(stats->mentions) + "\n";
  Status s = (*store)->Query(EventFilter(), true, [&](const StoredEvent& e) {
    out += e.date + " " + e.source + " " + e.target + " " + e.code + " " + e.geo.name + " m" +
           std::to_string(e.num_mentions) + " a" + std::to_string(e.num_articles) + " s" +
           std::to_string(e.num_sources) + " " + e.source_url + "\n";
    for (const StoredMention& m : e.mentions) {
      out += "  " + m.doc_key + " " + m.url + " #" + std::to_string(m.sentence) + " [" + m.sentence_text + "] " +
             m.source_text + "|" + m.verb_text + "|" + m.target_text + " " + m.rule + " " + m.modality + " " +
             std::to_string(m.source_begin) + "-" + std::to_string(m.target_end) + "\n";
    }
    return true;
  });
  if (!s.ok()) out += s.ToString();
  return out;
}

class RunLayerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    coder_ = testing_util::SharedCoder(&error);
    if (!coder_) {
      skip_ = "the coder did not load: " + error;
      return;
    }
    dir_ = new TempDir();
    db_ = dir_->File("server.sqlite");
    serve::ServerOptions o;
    o.db = db_;
    o.port = 0;
    o.token = kToken;
    o.data_dir = testing_util::DataDir();
    o.threads = 4;
    o.warm_cache = false;
    o.cache_entries = 0;
    {
      // The server needs its store to exist.
      auto store = EventStore::Open(db_);
      ASSERT_TRUE(store.ok()) << store.status().ToString();
    }
    auto s = serve::Server::Create(o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(s).value().release();
    ASSERT_TRUE(server_->Start().ok());
  }

  static void TearDownTestSuite() {
    if (server_) server_->Stop();
    delete server_;
    server_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }

  void SetUp() override {
    if (!skip_.empty()) GTEST_SKIP() << skip_;
    ASSERT_NE(server_, nullptr);
  }

  static httplib::Client Client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(120, 0);
    return c;
  }

  static std::string WriteFile(const std::string& name, const std::string& content) {
    const std::string path = dir_->File(name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  // `dyad ingest FILES --db db` in-process: the CLI's path.
  static void IngestFiles(const std::vector<std::string>& paths, const std::string& db, Corpus* corpus,
                          AddCounts* out = nullptr) {
    auto store = EventStore::Open(db);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    IngestOptions io;
    io.run.threads = 2;
    io.run.batch_size = 2;  // several transactions
    AddCounts local;
    AddCounts& counts = out ? *out : local;
    Status s = IngestDocuments(*coder_, store->get(), RunInput{paths, {}}, io, corpus, &counts);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  // POST /api/ingest with the server's own store emptied first: the
  // server's path into a store of its own.
  static std::string PostIngest(const std::string& body, const std::string& type, int* status) {
    auto res = Client().Post("/api/ingest", {{"Authorization", std::string("Bearer ") + kToken}}, body, type);
    if (!res) {
      *status = -1;
      return "";
    }
    *status = res->status;
    return res->body;
  }

  static const Coder* coder_;
  static serve::Server* server_;
  static TempDir* dir_;
  static std::string db_;
  static std::string skip_;
};

const Coder* RunLayerTest::coder_ = nullptr;
serve::Server* RunLayerTest::server_ = nullptr;
TempDir* RunLayerTest::dir_ = nullptr;
std::string RunLayerTest::db_;
std::string RunLayerTest::skip_;

// The tests that post to /api/ingest share the server's store; they all
// post the same documents, so the store's contents do not depend on which
// ran first.
TEST_F(RunLayerTest, CliAndServerStoreTheSameRows) {
  const std::vector<TestDoc> docs = Docs();
  const std::string file = WriteFile("docs.jsonl", JsonLines(docs, true));
  const std::string cli_db = dir_->File("cli.sqlite");
  Corpus corpus{ReadOptions()};
  IngestFiles({file}, cli_db, &corpus);
  EXPECT_EQ(corpus.report().documents_read, 5u);
  EXPECT_EQ(corpus.report().skipped_language, 1u);
  EXPECT_EQ(corpus.report().duplicates, 1u);
  EXPECT_EQ(corpus.coded(), 3u);

  int status = 0;
  const std::string body = PostIngest(JsonLines(docs, true), "application/x-ndjson", &status);
  ASSERT_EQ(status, 200) << body;
  EXPECT_NE(body.find("\"skipped_language\":1"), std::string::npos) << body;
  EXPECT_NE(body.find("\"duplicates\":1"), std::string::npos) << body;

  const std::string cli = StoreContents(cli_db);
  EXPECT_NE(cli.find("documents 3,"), std::string::npos) << cli;
  EXPECT_EQ(cli.find("events 0,"), std::string::npos) << cli;
  EXPECT_EQ(StoreContents(db_), cli);
  // The trimmed URL is the one stored.
  EXPECT_NE(cli.find(" https://news.example/a1\n"), std::string::npos) << cli;
  EXPECT_EQ(cli.find("  https://news.example/a1  "), std::string::npos) << cli;
}

// Documents without id, posted twice in separate requests and once more in
// one: each is stored once, by its content, as the CLI stores them with ids.
TEST_F(RunLayerTest, DocumentsWithoutIdAreStoredByTheirContent) {
  const std::vector<TestDoc> docs = Docs();
  for (const TestDoc& d : docs) {
    int status = 0;
    const std::string body = PostIngest(JsonLines({d}, false), "application/json", &status);
    ASSERT_EQ(status, 200) << body;
  }
  int status = 0;
  const std::string body = PostIngest(JsonLines(docs, false), "application/x-ndjson", &status);
  ASSERT_EQ(status, 200) << body;
  EXPECT_NE(body.find("\"documents_added\":0"), std::string::npos) << body;
  // The same rows as the CLI stores from the documents with ids: nothing
  // lost, nothing twice.
  const std::string cli_db = dir_->File("cli-ids.sqlite");
  Corpus corpus{ReadOptions()};
  IngestFiles({WriteFile("ids.jsonl", JsonLines(docs, true))}, cli_db, &corpus);
  EXPECT_EQ(StoreContents(db_), StoreContents(cli_db));
}

// A text/plain body is read as a .txt file is: trimmed, title first.
TEST_F(RunLayerTest, PlainTextBodyIsReadAsATextFile) {
  const std::string text = "  Border clashes  \n\n   Armenia accused Azerbaijan of shelling border villages.  \n\n";
  const std::string file = WriteFile("story.txt", text);
  Corpus corpus{ReadOptions()};
  std::vector<std::string> cli;
  CodeDocuments(
      *coder_, RunInput{{file}, {}}, RunOptions(), &corpus,
      [&](size_t, const Document& d, const CodedDocument& c) {
        for (const Event& e : c.events) {
          cli.push_back(e.source + " " + e.target + " " + e.cameo->code + " " + e.source_text + "|" + e.verb_text +
                        "|" + e.target_text + " " + std::to_string(c.CodePointOffset(e.verb_begin)));
        }
        EXPECT_EQ(d.title, "Border clashes");
      },
      nullptr);
  ASSERT_FALSE(cli.empty());
  auto res = Client().Post("/api/code", text, "text/plain");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  for (const std::string& e : cli) {
    const std::string verb_text = e.substr(e.find('|') + 1, e.rfind('|') - e.find('|') - 1);
    EXPECT_NE(res->body.find("\"" + verb_text + "\""), std::string::npos) << res->body;
  }
  // The title is read off, as from the file: the same code point offsets.
  const std::string verb_offset = cli.front().substr(cli.front().rfind(' ') + 1);
  EXPECT_NE(res->body.find("[" + verb_offset + ","), std::string::npos) << res->body << "\n" << cli.front();
}

// POST /api/code gives, for each document, what `dyad code` writes for it.
TEST_F(RunLayerTest, ApiCodeGivesTheEventsDyadCodeWrites) {
  const std::vector<TestDoc> docs = Docs();
  const std::string file = WriteFile("code.jsonl", JsonLines(docs, true));
  Corpus corpus{ReadOptions()};
  std::vector<std::string> text(4);
  std::vector<std::string> cli;
  RunOptions run;
  run.threads = 2;
  run.batch_size = 4;
  CodeDocuments(
      *coder_, RunInput{{file}, {}}, run, &corpus,
      [&](size_t i, const Document& d, const CodedDocument& c) {
        text[i].clear();
        for (const Event& e : c.events) AppendEventJson(d, c, e, &text[i]);
      },
      [&](size_t i, const Document&) {
        size_t start = 0;
        for (size_t nl; (nl = text[i].find('\n', start)) != std::string::npos; start = nl + 1) {
          cli.push_back(text[i].substr(start, nl - start));
        }
      });
  ASSERT_FALSE(cli.empty());
  std::string served;
  for (const TestDoc& d : docs) {
    auto res = Client().Post("/api/code", JsonLines({d}, true), "application/json");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    if (d.id == "fr") {
      EXPECT_NE(res->body.find("\"events\":[],\"skipped\":"), std::string::npos) << res->body;
    }
    served += res->body;
  }
  // Every line `dyad code` wrote is an element of the answers, and they hold
  // no other event (the duplicate, coded alone, repeats a2's events).
  size_t found = 0;
  for (const std::string& line : cli) {
    EXPECT_NE(served.find(line), std::string::npos) << line;
    found += served.find(line) != std::string::npos;
  }
  EXPECT_EQ(found, cli.size());
}

TEST_F(RunLayerTest, IngestNamesDocumentsAlreadyStored) {
  const std::string file = WriteFile("again.jsonl", JsonLines(Docs(), true));
  const std::string db = dir_->File("again.sqlite");
  Corpus first{ReadOptions()};
  IngestFiles({file}, db, &first);
  Corpus second{ReadOptions()};
  IngestFiles({file}, db, &second);
  size_t already = 0;
  for (const ReadProblem& p : second.report().problems) already += p.reason.starts_with("already stored: ");
  EXPECT_EQ(already, 3u) << second.Summary();
}

// Issue 15: a second ingest of the same inputs finds every document in the
// store before coding it: nothing is coded, nothing stored, and each is
// still counted and named as already stored.
TEST_F(RunLayerTest, IngestAgainCodesNothing) {
  const std::string file = WriteFile("twice.jsonl", JsonLines(Docs(), true));
  const std::string db = dir_->File("twice.sqlite");
  Corpus first{ReadOptions()};
  AddCounts added;
  IngestFiles({file}, db, &first, &added);
  EXPECT_EQ(first.coded(), 3u);
  EXPECT_EQ(first.stored(), 0u);
  ASSERT_EQ(added.documents_added, 3u);
  auto before = EventStore::Open(db).value()->Stats();
  ASSERT_TRUE(before.ok());

  Corpus second{ReadOptions()};
  AddCounts again;
  IngestFiles({file}, db, &second, &again);
  EXPECT_EQ(second.coded() + second.empty(), 0u) << second.Summary();
  EXPECT_EQ(second.events(), 0u);
  EXPECT_EQ(second.stored(), 3u);
  EXPECT_EQ(again.documents_added, 0u);
  EXPECT_EQ(again.documents_skipped, 3u);
  EXPECT_EQ(again.events_added, 0u);
  EXPECT_EQ(again.mentions_added, 0u);
  EXPECT_TRUE(again.skipped.empty());
  EXPECT_NE(second.Summary().find(", 3 already stored"), std::string::npos) << second.Summary();
  // The account still adds up: read = coded + empty + rejected + duplicates
  // + other languages + already stored.
  const ReadReport& r = second.report();
  EXPECT_EQ(r.documents_read,
            second.coded() + second.empty() + r.rejected + r.duplicates + r.skipped_language + second.stored());
  auto after = EventStore::Open(db).value()->Stats();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->documents, before->documents);
  EXPECT_EQ(after->events, before->events);
  EXPECT_EQ(after->mentions, before->mentions);
}

// Part of the inputs stored first, then all of them, in batches that mix
// stored and new documents: only the new ones are coded, and the store ends
// as one ingest of everything leaves it.
TEST_F(RunLayerTest, IngestCodesOnlyDocumentsNotStored) {
  std::vector<TestDoc> docs = Docs();
  const std::string all = WriteFile("all.jsonl", JsonLines(docs, true));
  const std::string some = WriteFile("some.jsonl", JsonLines({docs[0], docs[4]}, true));  // a1, a3
  const std::string db = dir_->File("parts.sqlite");
  Corpus part{ReadOptions()};
  IngestFiles({some}, db, &part);
  Corpus rest{ReadOptions()};
  AddCounts counts;
  IngestFiles({all}, db, &rest, &counts);
  EXPECT_EQ(rest.coded(), 1u) << rest.Summary();  // a2
  EXPECT_EQ(rest.stored(), 2u);
  EXPECT_EQ(counts.documents_added, 1u);
  EXPECT_EQ(counts.documents_skipped, 2u);
  // Named in input order: a1 (record 1), then a3 (record 5).
  std::vector<uint64_t> named;
  for (const ReadProblem& p : rest.report().problems) {
    if (p.reason.starts_with("already stored: ")) named.push_back(p.line);
  }
  EXPECT_EQ(named, (std::vector<uint64_t>{1, 5}));

  const std::string whole = dir_->File("whole.sqlite");
  Corpus once{ReadOptions()};
  IngestFiles({all}, whole, &once);
  auto a = EventStore::Open(db).value()->Stats();
  auto b = EventStore::Open(whole).value()->Stats();
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->documents, b->documents);
  EXPECT_EQ(a->events, b->events);
  EXPECT_EQ(a->mentions, b->mentions);
}

// Without a coder: documents in memory are counted and filtered as read ones.
TEST(CorpusTest, DocumentsInMemoryAreCountedAndFiltered) {
  std::vector<Document> docs(4);
  docs[0].id = "1";
  docs[0].text = "China praised Russia.";
  docs[1].id = "2";
  docs[1].text = "China praised Russia.";  // a duplicate
  docs[2].id = "3";
  docs[2].text = kFrench;
  docs[3].id = "4";
  docs[3].text = "India accused Pakistan.";
  for (Document& d : docs) d.source = "memory";
  Corpus corpus{ReadOptions()};
  std::vector<std::string> admitted;
  corpus.ForEach(std::move(docs), [&](Document&& d) { admitted.push_back(d.id); });
  EXPECT_EQ(admitted, (std::vector<std::string>{"1", "4"}));
  EXPECT_EQ(corpus.report().documents_read, 4u);
  EXPECT_EQ(corpus.report().duplicates, 1u);
  EXPECT_EQ(corpus.report().skipped_language, 1u);
  corpus.CountCoded(true);
  corpus.CountCoded(false);
  const std::string summary = corpus.Summary("coded");
  EXPECT_TRUE(summary.starts_with("dyad: 4 documents read, 1 coded, 1 empty, 0 rejected, 1 duplicates, "
                                  "1 skipped (not English)\n"))
      << summary;
}

}  // namespace
}  // namespace dyad
