// A store over its life (issue 15, items 5 and 9): stores coded from two
// halves of a corpus and merged hold what one ingest of the whole corpus
// holds (the same events, ids, mentions and counts), and `dyad recode`
// replaces stored events with what the current coder finds, from the text
// the store keeps. On SQLite, and on PostgreSQL when DYAD_TEST_PG names a
// server.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dyad/run.h"
#include "dyad/store.h"
#include "store/test_util.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing_store::TempDir;

// Everything stored that does not depend on when it was stored (date_added,
// a document's time of ingest), in (date, id) order.
std::string Dump(EventStore* store) {
  std::string out;
  auto stats = store->Stats();
  if (!stats.ok()) return stats.status().ToString();
  out += "documents " + std::to_string(stats->documents) + ", events " + std::to_string(stats->events) + ", mentions " +
         std::to_string(stats->mentions) + "\n";
  Status s = store->Query(EventFilter(), true, [&](const StoredEvent& e) {
    out += std::to_string(e.id) + " " + e.date + " " + e.source + " " + e.target + " " + e.code + " [" + e.source_name +
           "|" + e.target_name + "] " + e.geo.name + "/" + std::to_string(e.geo.geonameid) + " actors@" +
           std::to_string(e.source_geonameid) + "," + std::to_string(e.target_geonameid) + " m" +
           std::to_string(e.num_mentions) + " a" + std::to_string(e.num_articles) + " s" +
           std::to_string(e.num_sources) + " f" + std::to_string(e.first_sentence) + " " + e.source_url + "\n";
    for (const StoredMention& m : e.mentions) {
      out += "  " + m.doc_key + " " + m.doc_id + " " + m.url + " " + m.site + " #" + std::to_string(m.sentence) + " [" +
             m.sentence_text + "] " + m.source_text + "|" + m.verb_text + "|" + m.target_text + " " + m.rule + " " +
             m.modality + " " + (m.date_resolved ? "resolved " : "") + m.date_precision + " " +
             std::to_string(m.source_begin) + "-" + std::to_string(m.target_end) + " " + m.target_how + " " + m.coder +
             " " + m.data_version + "\n";
    }
    return true;
  });
  if (!s.ok()) out += s.ToString();
  if (Status c = store->CheckConsistency(); !c.ok()) out += c.ToString();
  return out;
}

std::string Dump(const std::string& location) {
  auto store = EventStore::Open(location, StoreAccess::kReadOnly);
  if (!store.ok()) return "cannot open: " + store.status().ToString();
  return Dump(store->get());
}

std::string Doc(const std::string& id, const std::string& url, const std::string& date, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}\n";
}

class StoreLifecycleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    coder_ = testing_util::SharedCoder(&error);
    if (!coder_) GTEST_SKIP() << "the coder did not load: " << error;
  }

  std::string Write(const std::string& name, const std::string& content) {
    const std::string path = dir_.File(name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  void Ingest(const std::vector<std::string>& paths, const std::string& db) {
    auto store = EventStore::Open(db);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    IngestOptions io;
    io.run.threads = 2;
    io.run.batch_size = 3;  // several transactions
    Corpus corpus{ReadOptions()};
    AddCounts counts;
    Status s = IngestDocuments(*coder_, store->get(), RunInput{paths, {}}, io, &corpus, &counts);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  // Ingests `first` and `second` into two stores, merges both into `into`,
  // and compares it with one ingest of both into a third store.
  void MergeHalves(const std::vector<std::string>& first, const std::vector<std::string>& second,
                   const std::string& into) {
    const std::string a = dir_.File("a.sqlite"), b = dir_.File("b.sqlite"), whole = dir_.File("whole.sqlite");
    ASSERT_NO_FATAL_FAILURE(Ingest(first, a));
    ASSERT_NO_FATAL_FAILURE(Ingest(second, b));
    std::vector<std::string> all = first;
    all.insert(all.end(), second.begin(), second.end());
    ASSERT_NO_FATAL_FAILURE(Ingest(all, whole));
    auto out = EventStore::Open(into);
    ASSERT_TRUE(out.ok()) << out.status().ToString();
    AddCounts counts;
    for (const std::string& in : {a, b}) {
      auto from = EventStore::Open(in, StoreAccess::kReadOnly);
      ASSERT_TRUE(from.ok()) << from.status().ToString();
      Status s = MergeStores(from->get(), out->get(), &counts, /*batch_size=*/2);
      ASSERT_TRUE(s.ok()) << s.ToString();
    }
    const std::string expected = Dump(whole);
    EXPECT_EQ(expected.find("events 0,"), std::string::npos) << expected;
    EXPECT_EQ(Dump(out->get()), expected);
    // Merging again adds nothing.
    AddCounts again;
    auto from = EventStore::Open(a, StoreAccess::kReadOnly);
    ASSERT_TRUE(from.ok());
    ASSERT_TRUE(MergeStores(from->get(), out->get(), &again).ok());
    EXPECT_EQ(again.documents_added, 0u);
    EXPECT_EQ(again.mentions_added, 0u);
    EXPECT_EQ(Dump(out->get()), expected);
  }

  // Documents in two halves: the same event reported in both (by other
  // sites, in other words), a document repeated in the second half, and
  // events only one half has.
  std::pair<std::vector<std::string>, std::vector<std::string>> Halves() {
    const std::string first = Write(
        "first.jsonl",
        Doc("f1", "https://one.example/f1", "2024-03-06", "China praised Russia on Monday. Iran threatened Israel.") +
            Doc("f2", "https://two.example/f2", "2024-03-07",
                "India accused Pakistan of shelling villages in Kashmir on Tuesday.") +
            Doc("f3", "https://one.example/f3", "2024-03-08",
                "In 2019, Japan signed a trade agreement with South Korea. Germany condemned Turkey last week."));
    const std::string second =
        Write("second.jsonl",
              Doc("s1", "https://three.example/s1", "2024-03-06", "On Monday China praised Russia, officials said.") +
                  Doc("f2-again", "https://two.example/f2", "2024-03-07",
                      "India accused Pakistan of shelling villages in Kashmir on Tuesday.") +
                  Doc("s2", "https://two.example/s2", "2024-03-09",
                      "The United States imposed sanctions on North Korea. Japan welcomed the move."));
    std::vector<std::string> a = {first, DYAD_SOURCE_DIR "/examples/wire.jsonl"};
    std::vector<std::string> b = {second, DYAD_SOURCE_DIR "/tests/contract/documents.jsonl"};
    return {a, b};
  }

  const Coder* coder_ = nullptr;
  TempDir dir_;
};

TEST_F(StoreLifecycleTest, MergedHalvesHoldWhatTheWholeCorpusGives) {
  auto [a, b] = Halves();
  MergeHalves(a, b, dir_.File("merged.sqlite"));
}

TEST_F(StoreLifecycleTest, MergedHalvesHoldWhatTheWholeCorpusGivesOnPostgres) {
  if (testing_store::TestPostgres().empty()) GTEST_SKIP() << "DYAD_TEST_PG is not set: no PostgreSQL server";
  const std::string pg = testing_store::FreshPostgresDatabase();
  ASSERT_FALSE(pg.empty()) << "cannot create a test database on DYAD_TEST_PG with psql";
  auto [a, b] = Halves();
  MergeHalves(a, b, pg);
}

TEST_F(StoreLifecycleTest, MergedHalvesOfTheVoaStoriesHoldWhatTheWholeGives) {
  const std::string voa = testing_util::SharedDir() + "/corpora/voa/voa_stories.jsonl";
  if (!testing_util::HaveShared("corpora/voa/voa_stories.jsonl")) GTEST_SKIP() << "../shared is absent: " << voa;
  std::ifstream in(voa);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_GT(lines.size(), 10u);
  std::string first, second;
  for (size_t i = 0; i < lines.size(); ++i) (i < lines.size() / 2 ? first : second) += lines[i] + "\n";
  MergeHalves({Write("voa1.jsonl", first)}, {Write("voa2.jsonl", second)}, dir_.File("voa.sqlite"));
}

// Events stored by an older coder (here: made by hand, wrong) are replaced
// by what this coder finds in the stored text; the store then holds what an
// ingest with this coder gives. A second recode finds nothing to do.
TEST_F(StoreLifecycleTest, RecodeReplacesEventsWithTheCurrentCodersFromTheStoredText) {
  auto [a, b] = Halves();
  std::vector<std::string> all = a;
  all.insert(all.end(), b.begin(), b.end());
  const std::string fresh = dir_.File("fresh.sqlite");
  ASSERT_NO_FATAL_FAILURE(Ingest(all, fresh));

  // The same documents as an old coder stored them: each with one wrong
  // event, and the same event in two documents (so that removing one
  // document's mention must keep the event for the other).
  const std::string old = dir_.File("old.sqlite");
  {
    auto from = EventStore::Open(fresh, StoreAccess::kReadOnly);
    ASSERT_TRUE(from.ok());
    auto to = EventStore::Open(old);
    ASSERT_TRUE(to.ok());
    testing_store::Codes codes;
    std::vector<StoreDocument> docs;
    ASSERT_TRUE((*from)
                    ->ForEachDocument(
                        0, 0, false,
                        [&](StoreDocument& sd) {
                          sd.coder = "dyad 0.0.1";
                          sd.data_version = "old";
                          sd.events = {testing_store::MakeEvent("2001-01-01", "FRA", "DEU", &codes.accuse, 0)};
                          sd.sentences = {"An old sentence."};
                          docs.push_back(std::move(sd));
                          return true;
                        },
                        nullptr)
                    .ok());
    ASSERT_GT(docs.size(), 3u);
    AddCounts counts;
    ASSERT_TRUE((*to)->Add(docs, &counts).ok());
    ASSERT_EQ(counts.documents_added, docs.size());
  }
  ASSERT_NE(Dump(old), Dump(fresh));

  auto store = EventStore::Open(old);
  ASSERT_TRUE(store.ok());
  RecodeOptions ro;
  ro.run.threads = 2;
  ro.run.batch_size = 2;
  RecodeCounts counts;
  Status s = RecodeStore(*coder_, store->get(), ro, &counts);
  ASSERT_TRUE(s.ok()) << s.ToString();
  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(counts.documents, static_cast<uint64_t>(stats->documents));
  EXPECT_EQ(counts.recoded, counts.documents);
  EXPECT_EQ(counts.current, 0u);
  EXPECT_EQ(counts.mentions, static_cast<uint64_t>(stats->mentions));
  EXPECT_EQ(Dump(store->get()), Dump(fresh));

  // Everything is current now: nothing is coded again, nothing changes.
  RecodeCounts again;
  ASSERT_TRUE(RecodeStore(*coder_, store->get(), ro, &again).ok());
  EXPECT_EQ(again.recoded, 0u);
  EXPECT_EQ(again.current, again.documents);
  EXPECT_EQ(Dump(store->get()), Dump(fresh));
  // --all codes everything again, with the same result.
  ro.all = true;
  RecodeCounts all_again;
  ASSERT_TRUE(RecodeStore(*coder_, store->get(), ro, &all_again).ok());
  EXPECT_EQ(all_again.recoded, all_again.documents);
  EXPECT_EQ(Dump(store->get()), Dump(fresh));
}

// The store keeps each document's text (compressed), and gives it back as
// it was, non-ASCII and all.
TEST_F(StoreLifecycleTest, StoredDocumentsKeepTheirText) {
  const std::string text =
      "C\u00f4te d'Ivoire\u2019s president met Ghana's in Abidjan on Monday.\n\nA second paragraph.";
  const std::string file =
      Write("text.jsonl", "{\"id\":\"t1\",\"title\":\"A title\",\"date\":\"2024-01-02\",\"text\":\"" +
                              std::string("C\u00f4te d'Ivoire\u2019s president met Ghana's in "
                                          "Abidjan on Monday.\\n\\nA second paragraph.") +
                              "\"}\n");
  const std::string db = dir_.File("text.sqlite");
  ASSERT_NO_FATAL_FAILURE(Ingest({file}, db));
  auto store = EventStore::Open(db, StoreAccess::kReadOnly);
  ASSERT_TRUE(store.ok());
  std::vector<StoreDocument> docs;
  int64_t last = 0;
  ASSERT_TRUE((*store)
                  ->ForEachDocument(
                      0, 0, true,
                      [&](StoreDocument& sd) {
                        docs.push_back(std::move(sd));
                        return true;
                      },
                      &last)
                  .ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].doc.text, text);
  EXPECT_EQ(docs[0].doc.title, "A title");
  EXPECT_EQ(docs[0].doc.date, "2024-01-02");
  EXPECT_EQ(docs[0].doc_key, DocumentKey(docs[0].doc));
  EXPECT_EQ(docs[0].coder, Coder::Version());
  EXPECT_GT(last, 0);
  for (const Event& e : docs[0].events) {
    ASSERT_NE(e.cameo, nullptr);
    EXPECT_FALSE(e.cameo->code.empty());
  }
}

}  // namespace
}  // namespace dyad
