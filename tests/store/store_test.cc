// The event store on each backend: idempotent ingest, GDELT-style
// deduplication, filters, series and consistency. Runs on SQLite (temporary
// files) and on PostgreSQL when DYAD_TEST_PG names a server.
#include "dyad/store.h"

#include <gtest/gtest.h>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "store/test_util.h"

namespace dyad {
namespace {

using testing_store::Codes;
using testing_store::MakeDoc;
using testing_store::MakeEvent;

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string location;
    if (GetParam() == "sqlite") {
      location = dir_.File("t.sqlite");
    } else {
      if (testing_store::TestPostgres().empty()) {
        GTEST_SKIP() << "DYAD_TEST_PG is not set: no PostgreSQL server to test against "
                        "(scripts/test starts one)";
      }
      location = testing_store::FreshPostgresDatabase();
      ASSERT_FALSE(location.empty()) << "cannot create a test database on DYAD_TEST_PG with psql";
    }
    location_ = location;
    auto s = EventStore::Open(location);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }

  std::vector<StoredEvent> Find(const EventFilter& f, bool with_mentions = false) {
    std::vector<StoredEvent> out;
    Status s = store_->Query(f, with_mentions, [&](const StoredEvent& e) {
      out.push_back(e);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }

  void Add(const std::vector<StoreDocument>& docs, AddCounts* counts = nullptr) {
    AddCounts local;
    Status s = store_->Add(docs, counts ? counts : &local);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  testing_store::TempDir dir_;
  std::string location_;
  std::unique_ptr<EventStore> store_;
  Codes codes_;
};

// More keys than one lookup statement takes (64), stored and new ones
// mixed, a key asked twice: each stored key is found at every place it is
// asked, in the order asked, with the stored document's provenance.
TEST_P(StoreTest, FindDocumentsFindsStoredKeysInBatches) {
  std::vector<StoreDocument> docs;
  for (int i = 0; i < 150; ++i) docs.push_back(MakeDoc("d" + std::to_string(i), "", {}));
  std::vector<StoreDocument> stored;
  for (int i = 0; i < 150; i += 3) stored.push_back(docs[i]);
  Add(stored);
  std::vector<std::string> keys;
  for (const StoreDocument& d : docs) keys.push_back(DocumentKey(d.doc));
  keys.push_back(keys[3]);  // asked again, in another chunk
  std::vector<SkippedDocument> found;
  Status s = store_->FindDocuments(keys, &found);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(found.size(), 51u);
  for (size_t n = 0; n < 50; ++n) {
    EXPECT_EQ(found[n].index, 3 * n);
    EXPECT_EQ(found[n].doc_id, "d" + std::to_string(3 * n));
    EXPECT_EQ(found[n].source_file, "synthetic.jsonl");
  }
  EXPECT_EQ(found[50].index, 150u);
  EXPECT_EQ(found[50].doc_id, "d3");
  found.clear();
  ASSERT_TRUE(store_->FindDocuments({}, &found).ok());
  ASSERT_TRUE(store_->FindDocuments({keys[1]}, &found).ok());
  EXPECT_TRUE(found.empty());
}

TEST_P(StoreTest, IngestingTheSameDocumentsAgainAddsNothing) {
  std::vector<StoreDocument> docs = {
      MakeDoc("a", "https://one.example/a", {MakeEvent("2024-01-02", "CHN", "RUS", &codes_.accuse)}),
      MakeDoc("b", "", {MakeEvent("2024-01-03", "FRA", "DEU", &codes_.praise),
                        MakeEvent("2024-01-03", "DEU", "FRA", &codes_.praise, 2)}),
  };
  AddCounts first;
  Add(docs, &first);
  EXPECT_EQ(first.documents_added, 2u);
  EXPECT_EQ(first.events_added, 3u);
  EXPECT_EQ(first.mentions_added, 3u);
  auto before = store_->Stats();
  ASSERT_TRUE(before.ok());

  AddCounts again;
  Add(docs, &again);
  EXPECT_EQ(again.documents_added, 0u);
  EXPECT_EQ(again.documents_skipped, 2u);
  EXPECT_EQ(again.mentions_added, 0u);
  auto after = store_->Stats();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->documents, before->documents);
  EXPECT_EQ(after->events, before->events);
  EXPECT_EQ(after->mentions, before->mentions);
  EXPECT_TRUE(store_->CheckConsistency().ok());

  // A store reopened later sees the same documents.
  store_.reset();
  auto reopened = EventStore::Open(location_);
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  AddCounts third;
  ASSERT_TRUE((*reopened)->Add(docs, &third).ok());
  EXPECT_EQ(third.documents_added, 0u);
}

TEST_P(StoreTest, SameEventFromSeveralDocumentsIsOneEventWithCounts) {
  const Event e = MakeEvent("2024-02-10", "CHN", "RUS", &codes_.accuse);
  Event e_later = e;
  e_later.sentence = 5;
  Event other_day = MakeEvent("2024-02-11", "CHN", "RUS", &codes_.accuse);
  Event placed = e;
  placed.action_geo.name = "Beijing";
  placed.action_geo.country_code = "CHN";
  placed.action_geo.feature_type = "city";
  placed.action_geo.latitude = 39.9;
  placed.action_geo.longitude = 116.4;
  // Two sites; one document reports the event twice.
  Add({MakeDoc("d1", "https://www.one.example/1", {e, e_later}),
       MakeDoc("d2", "https://one.example/2", {e}),
       MakeDoc("d3", "http://two.example/3", {e, other_day, placed})});
  std::vector<StoredEvent> all = Find({}, /*with_mentions=*/true);
  ASSERT_EQ(all.size(), 3u);
  std::map<std::string, const StoredEvent*> by;
  for (const StoredEvent& s : all) by[s.date + "/" + s.geo.name] = &s;
  ASSERT_TRUE(by.count("2024-02-10/"));
  const StoredEvent& main = *by["2024-02-10/"];
  EXPECT_EQ(main.num_mentions, 4);
  EXPECT_EQ(main.num_articles, 3);
  EXPECT_EQ(main.num_sources, 2);  // one.example (www. dropped) and two.example
  EXPECT_EQ(main.mentions.size(), 4u);
  EXPECT_EQ(main.first_sentence, 1u);
  std::set<std::string> docs;
  for (const StoredMention& m : main.mentions) {
    docs.insert(m.doc_id);
    EXPECT_EQ(m.sentence_text, "Sentence " + std::to_string(m.sentence) + " of " + m.doc_id);
    EXPECT_EQ(m.verb_text, "verb");
    EXPECT_EQ(m.rule, "112.t");
    EXPECT_EQ(m.verb_begin, 6u);
    EXPECT_EQ(m.target_end, 15u);
  }
  EXPECT_EQ(docs, (std::set<std::string>{"d1", "d2", "d3"}));
  ASSERT_TRUE(by.count("2024-02-10/Beijing"));
  const StoredEvent& p = *by["2024-02-10/Beijing"];
  EXPECT_EQ(p.num_mentions, 1);
  EXPECT_NEAR(p.geo.latitude, 39.9, 1e-9);
  EXPECT_EQ(p.geo.country_code, "CHN");
  EXPECT_EQ(by["2024-02-11/"]->num_mentions, 1);
  EXPECT_TRUE(store_->CheckConsistency().ok());
}

TEST_P(StoreTest, FiltersMatchPrefixesDyadsCodesAndDates) {
  Add({MakeDoc("f1", "", {MakeEvent("2024-01-05", "CHNMIL", "RUS", &codes_.attack),
                          MakeEvent("2024-01-06", "RUS", "CHN", &codes_.intent),
                          MakeEvent("2024-02-07", "CHN", "USA", &codes_.accuse),
                          MakeEvent("2024-03-08", "FRA", "CHN", &codes_.aid),
                          MakeEvent("2024-03-09", "RUSGOV", "CHNGOV", &codes_.praise)})});
  struct Case {
    const char* name;
    EventFilter filter;
    std::vector<std::string> codes;  // expected event codes in date order
  };
  auto filter = [](auto set) {
    EventFilter f;
    set(&f);
    return f;
  };
  const std::vector<Case> cases = {
      {"source prefix", filter([](EventFilter* f) { f->source = "CHN"; }), {"190", "112"}},
      {"target", filter([](EventFilter* f) { f->target = "CHN"; }), {"0311", "070", "051"}},
      {"dyad both ways", filter([](EventFilter* f) { f->dyad_a = "CHN"; f->dyad_b = "RUS"; }),
       {"190", "0311", "051"}},
      {"dyad directed", filter([](EventFilter* f) { f->dyad_a = "CHN"; f->dyad_b = "RUS"; f->directed = true; }),
       {"190"}},
      {"code prefix", filter([](EventFilter* f) { f->code = "03*"; }), {"0311"}},
      {"code exact", filter([](EventFilter* f) { f->code = "03"; }), {}},
      {"root", filter([](EventFilter* f) { f->root = "19"; }), {"190"}},
      {"quad", filter([](EventFilter* f) { f->quad_class = 1; }), {"0311", "051"}},
      {"dates", filter([](EventFilter* f) { f->from = "2024-01-06"; f->to = "2024-03-08"; }),
       {"0311", "112", "070"}},
      {"limit", filter([](EventFilter* f) { f->limit = 2; }), {"190", "0311"}},
      {"lower case", filter([](EventFilter* f) { f->source = "chn"; }), {"190", "112"}},
      {"lower case dyad", filter([](EventFilter* f) { f->dyad_a = "rus"; f->dyad_b = "chnGov"; }), {"051"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    for (const StoredEvent& e : Find(c.filter)) got.push_back(e.code);
    EXPECT_EQ(got, c.codes) << c.name;
  }
  // A filter that is no actor code is refused, and one the store has never
  // seen says so: neither is an empty answer that looks like "no events".
  struct Refused {
    const char* name;
    EventFilter filter;
    StatusCode code;
  };
  const std::vector<Refused> refused = {
      {"shorter than a unit (CHN, CHE and CHL?)", filter([](EventFilter* f) { f->source = "CH"; }),
       StatusCode::kInvalidArgument},
      {"injection", filter([](EventFilter* f) { f->source = "CHN' OR '1'='1"; }), StatusCode::kInvalidArgument},
      {"unknown source", filter([](EventFilter* f) { f->source = "XYZ"; }), StatusCode::kNotFound},
      {"unknown in a dyad", filter([](EventFilter* f) { f->dyad_a = "CHN"; f->dyad_b = "CHL"; }),
       StatusCode::kNotFound},
  };
  for (const Refused& r : refused) {
    Status st = store_->Query(r.filter, false, [](const StoredEvent&) { return true; });
    EXPECT_EQ(st.code(), r.code) << r.name << ": " << st.ToString();
    EXPECT_FALSE(st.message().empty()) << r.name;
  }
  EventFilter chl;
  chl.dyad_a = "CHN";
  chl.dyad_b = "chl";
  Result<std::vector<SeriesRow>> series = store_->Series(chl, SeriesPeriod::kMonth);
  ASSERT_FALSE(series.ok());
  EXPECT_NE(series.status().message().find("unknown actor CHL"), std::string::npos) << series.status().ToString();
  // With mentions, the limit still counts events.
  EventFilter two;
  two.limit = 2;
  std::vector<StoredEvent> with = Find(two, true);
  ASSERT_EQ(with.size(), 2u);
  EXPECT_EQ(with[0].mentions.size(), 1u);
}

TEST_P(StoreTest, FiltersByActorTypeAndPlaceAndCountsTheWhole) {
  auto at = [](Event e, const char* name, const char* country, double lat, double lon) {
    e.action_geo.name = name;
    e.action_geo.country_code = country;
    e.action_geo.feature_type = "city";
    e.action_geo.latitude = lat;
    e.action_geo.longitude = lon;
    return e;
  };
  Add({MakeDoc("p1", "", {at(MakeEvent("2024-01-05", "UKRMIL", "RUSMIL", &codes_.attack), "Kharkiv", "UKR", 49.99, 36.23),
                          at(MakeEvent("2024-01-06", "RUSGOV", "UKR", &codes_.accuse), "Moscow", "RUS", 55.76, 37.62),
                          at(MakeEvent("2024-01-07", "NGMREB", "COLGOV", &codes_.attack), "Cali", "COL", 3.45, -76.53),
                          at(MakeEvent("2024-01-08", "UKR", "IGOUNO", &codes_.praise), "Kyiv", "UKR", 50.45, 30.52),
                          MakeEvent("2024-01-09", "CIVGOV", "FRA", &codes_.aid)})});
  struct Case {
    const char* name;
    EventFilter filter;
    std::vector<std::string> sources;
  };
  auto filter = [](auto set) {
    EventFilter f;
    set(&f);
    return f;
  };
  const std::vector<Case> cases = {
      {"military on either side", filter([](EventFilter* f) { f->actor_type = "mil"; }), {"UKRMIL"}},
      {"rebels", filter([](EventFilter* f) { f->actor_type = "REB"; }), {"NGMREB"}},
      {"government: a unit, not a substring", filter([](EventFilter* f) { f->actor_type = "GOV"; }),
       {"RUSGOV", "NGMREB", "CIVGOV"}},
      {"country of the place", filter([](EventFilter* f) { f->country = "ukr"; }), {"UKRMIL", "UKR"}},
      {"within 50 km of Kyiv", filter([](EventFilter* f) { f->lat = 50.45; f->lon = 30.52; f->radius_km = 50; }),
       {"UKR"}},
      {"within 500 km of Kyiv (Kharkiv 410 km)",
       filter([](EventFilter* f) { f->lat = 50.45; f->lon = 30.52; f->radius_km = 500; }), {"UKRMIL", "UKR"}},
      {"within 1000 km of Kyiv (Moscow 755 km)",
       filter([](EventFilter* f) { f->lat = 50.45; f->lon = 30.52; f->radius_km = 1000; }),
       {"UKRMIL", "RUSGOV", "UKR"}},
      {"type and place together", filter([](EventFilter* f) { f->actor_type = "MIL"; f->country = "RUS"; }), {}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    for (const StoredEvent& e : Find(c.filter)) got.push_back(e.source);
    EXPECT_EQ(got, c.sources) << c.name;
    Result<int64_t> n = store_->Count(c.filter);
    ASSERT_TRUE(n.ok()) << n.status().ToString();
    EXPECT_EQ(*n, static_cast<int64_t>(c.sources.size())) << c.name;
  }
  // The total ignores the page: a limit of one still counts all.
  EventFilter page;
  page.limit = 1;
  EXPECT_EQ(Find(page).size(), 1u);
  EXPECT_EQ(*store_->Count(page), 5);
  // Series take the same filters.
  EventFilter dyad;
  dyad.dyad_a = "UKR";
  dyad.dyad_b = "RUS";
  dyad.actor_type = "MIL";
  Result<std::vector<SeriesRow>> rows = store_->Series(dyad, SeriesPeriod::kMonth);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].total, 1);
  dyad.actor_type = "TOOLONG";
  EXPECT_EQ(store_->Series(dyad, SeriesPeriod::kMonth).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreTest, MonthlySeriesCountsQuadsGoldsteinAndIndexWithGaps) {
  Add({MakeDoc("s1", "", {MakeEvent("2024-01-05", "CHN", "RUS", &codes_.praise),     // q1 +3.4
                          MakeEvent("2024-01-20", "RUS", "CHNGOV", &codes_.aid),     // q2 +7
                          MakeEvent("2024-01-21", "RUS", "CHN", &codes_.accuse),     // q3 -2
                          MakeEvent("2024-03-02", "CHN", "RUS", &codes_.attack),     // q4 -10
                          MakeEvent("2024-03-03", "CHN", "USA", &codes_.attack)})}); // other dyad
  EventFilter f;
  f.dyad_a = "CHN";
  f.dyad_b = "RUS";
  auto rows = store_->Series(f, SeriesPeriod::kMonth);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].period, "2024-01");
  EXPECT_EQ((*rows)[1].period, "2024-02");
  EXPECT_EQ((*rows)[2].period, "2024-03");
  const SeriesRow& jan = (*rows)[0];
  EXPECT_EQ(jan.quad[0], 1);
  EXPECT_EQ(jan.quad[1], 1);
  EXPECT_EQ(jan.quad[2], 1);
  EXPECT_EQ(jan.quad[3], 0);
  EXPECT_EQ(jan.total, 3);
  EXPECT_NEAR(jan.goldstein_sum, 8.4, 1e-9);
  EXPECT_NEAR(jan.goldstein_mean, 2.8, 1e-9);
  EXPECT_NEAR(jan.coop_conflict, 1.0 / 3.0, 1e-9);
  EXPECT_EQ((*rows)[1].total, 0);
  EXPECT_EQ((*rows)[1].coop_conflict, 0);
  EXPECT_EQ((*rows)[2].quad[3], 1);
  EXPECT_NEAR((*rows)[2].coop_conflict, -1.0, 1e-9);

  f.directed = true;  // CHN -> RUS only
  rows = store_->Series(f, SeriesPeriod::kMonth);
  ASSERT_TRUE(rows.ok());
  int64_t total = 0;
  for (const SeriesRow& r : *rows) total += r.total;
  EXPECT_EQ(total, 2);

  // Weeks start on Monday: 2024-01-05 is a Friday, 2024-01-01 a Monday.
  f.directed = false;
  f.from = "2024-01-01";
  f.to = "2024-01-31";
  rows = store_->Series(f, SeriesPeriod::kWeek);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 5u);
  EXPECT_EQ((*rows)[0].period, "2024-01-01");
  EXPECT_EQ((*rows)[0].total, 1);
  EXPECT_EQ((*rows)[2].period, "2024-01-15");
  EXPECT_EQ((*rows)[2].total, 2);  // the 20th (Saturday) and the 21st (Sunday)
  EXPECT_EQ((*rows)[4].period, "2024-01-29");

  // Overlapping prefixes are not counted twice.
  EventFilter same;
  same.dyad_a = "CHN";
  same.dyad_b = "CHN";
  Add({MakeDoc("s2", "", {MakeEvent("2024-05-01", "CHNGOV", "CHNMIL", &codes_.praise)})});
  rows = store_->Series(same, SeriesPeriod::kDay);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].total, 1);
}

// Issue 18, items 7-8: a store written before dates were checked may hold
// "10000-01-01" (which sorts before "9999-12") or "yest"; a series used to
// loop on past 9999 or crash in stoi. Periods now come from the date type,
// their number is known before the loop, and dates outside 1800..2200 are
// left out of every period.
TEST_P(StoreTest, SeriesIgnoresDatesOutsideTheRangeAndEnds) {
  Add({MakeDoc("old", "", {MakeEvent("2024-01-05", "CHN", "RUS", &codes_.praise),
                           MakeEvent("2024-03-02", "CHN", "RUS", &codes_.attack),
                           MakeEvent("9999-12-31", "CHN", "RUS", &codes_.aid),
                           MakeEvent("10000-01-01", "CHN", "RUS", &codes_.aid),
                           MakeEvent("1799-12-31", "CHN", "RUS", &codes_.aid),
                           MakeEvent("2024-02-30", "CHN", "RUS", &codes_.aid),
                           MakeEvent("yest", "CHN", "RUS", &codes_.aid)})});
  EventFilter f;
  f.dyad_a = "CHN";
  f.dyad_b = "RUS";
  struct Case {
    SeriesPeriod by;
    size_t rows;
    const char* first;
    const char* last;
  };
  for (const Case& c : {Case{SeriesPeriod::kMonth, 3, "2024-01", "2024-03"},
                        Case{SeriesPeriod::kWeek, 9, "2024-01-01", "2024-02-26"},
                        Case{SeriesPeriod::kDay, 58, "2024-01-05", "2024-03-02"}}) {
    auto rows = store_->Series(f, c.by);
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    ASSERT_EQ(rows->size(), c.rows);
    EXPECT_EQ(rows->front().period, c.first);
    EXPECT_EQ(rows->back().period, c.last);
    int64_t total = 0;
    for (const SeriesRow& r : *rows) total += r.total;
    EXPECT_EQ(total, 2);
  }
  // A range over the whole accepted span is 401 years of months, no more.
  f.from = "1800-01-01";
  f.to = "2200-12-31";
  auto rows = store_->Series(f, SeriesPeriod::kMonth);
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->size(), 401u * 12);
  EXPECT_EQ(rows->back().period, "2200-12");
}

TEST_P(StoreTest, EmptyDateFallsBackToTheDocumentDate) {
  Event e = MakeEvent("", "IND", "PAK", &codes_.accuse);
  StoreDocument d = MakeDoc("nd", "", {e});
  d.doc.date = "2023-07-04";
  Add({d});
  std::vector<StoredEvent> got = Find({});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].date, "2023-07-04");
}

TEST_P(StoreTest, UndatedStaysUndatedNeverTheDayOfIngest) {
  // Issue 18.6: no event date and no document date is stored as undated.
  StoreDocument d = MakeDoc("nd", "", {MakeEvent("", "IND", "PAK", &codes_.accuse),
                                       MakeEvent("", "IND", "PAK", &codes_.praise, 2)});
  d.doc.date = "";
  StoreDocument dated = MakeDoc("dd", "", {MakeEvent("2023-07-04", "IND", "PAK", &codes_.accuse)});
  Add({d, dated});
  std::vector<StoredEvent> got = Find({});
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].date, "");  // undated first
  EXPECT_EQ(got[1].date, "");
  EXPECT_EQ(got[2].date, "2023-07-04");
  std::string json;
  AppendStoredEventJson(got[0], &json);
  EXPECT_NE(json.find("\"date\":null"), std::string::npos) << json;
  std::string gdelt;
  AppendGdeltRow(got[0], &gdelt);
  std::vector<std::string> cells = testing_store::SplitTabs(gdelt.substr(0, gdelt.size() - 1));
  ASSERT_EQ(cells.size(), 61u);
  for (int c = 1; c <= 4; ++c) EXPECT_EQ(cells[c], "") << c;
  // A page that ends on an undated event continues after it.
  EventFilter page;
  page.after_date = kUndatedCursor;
  page.after_id = got[0].id;
  std::vector<StoredEvent> rest = Find(page);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest[0].id, got[1].id);
  // Series count dated events only.
  EventFilter dy;
  dy.dyad_a = "IND";
  dy.dyad_b = "PAK";
  auto rows = store_->Series(dy, SeriesPeriod::kMonth);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].period, "2023-07");
  EXPECT_EQ((*rows)[0].total, 1);
}

TEST_P(StoreTest, CodedEventLeftUndatedStaysUndatedInADatedDocument) {
  // Issue 15.6: the coder leaves an event undated when its sentence only
  // bounds it by another year ("since 2014"); the store must not give it the
  // document's day, as it does for hand-made events without a date.
  StoreDocument d = MakeDoc("since", "", {MakeEvent("", "RUS", "UKR", &codes_.attack)});
  d.doc.date = "2024-02-03";
  d.events_dated = true;
  Add({d});
  std::vector<StoredEvent> got = Find({});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].date, "");
}

TEST_P(StoreTest, EventIdsAreTheSameInEveryStoreWhateverTheOrder) {
  // Issue 15.9: an id is a hash of what makes the event one, not a row
  // number, so that stores coded apart can be merged and joined.
  StoreDocument a = MakeDoc("a", "https://a.example/1", {MakeEvent("2024-01-02", "CHN", "RUS", &codes_.praise)});
  StoreDocument b = MakeDoc("b", "https://b.example/1",
                            {MakeEvent("2024-01-03", "IND", "PAK", &codes_.accuse),
                             MakeEvent("2024-01-02", "CHN", "RUS", &codes_.praise, 2)});
  Add({a, b});
  std::map<std::string, int64_t> ids;
  for (const StoredEvent& e : Find({})) ids[e.date + e.source + e.code] = e.id;
  ASSERT_EQ(ids.size(), 2u);
  testing_store::TempDir other_dir;
  auto other = EventStore::Open(other_dir.File("other.sqlite"));
  ASSERT_TRUE(other.ok());
  AddCounts counts;
  ASSERT_TRUE((*other)->Add({b}, &counts).ok());
  ASSERT_TRUE((*other)->Add({a}, &counts).ok());
  std::map<std::string, int64_t> other_ids;
  ASSERT_TRUE((*other)
                  ->Query({}, false,
                          [&](const StoredEvent& e) {
                            other_ids[e.date + e.source + e.code] = e.id;
                            return true;
                          })
                  .ok());
  EXPECT_EQ(other_ids, ids);
  // Positive, and exact as a double (JavaScript's numbers).
  for (const auto& [k, id] : ids) {
    EXPECT_GT(id, 0) << k;
    EXPECT_LT(id, int64_t{1} << 53) << k;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST_P(StoreTest, SameFileNameOrIdInAnotherInputIsAnotherDocument) {
  // Issue 18.1: a/story.txt and b/story.txt, and two days' files that both
  // number their records from 1, hold different documents.
  StoreDocument a = MakeDoc("story", "", {MakeEvent("2024-03-01", "CHN", "RUS", &codes_.accuse)});
  a.doc.source = "a/story.txt";
  StoreDocument b = MakeDoc("story", "", {MakeEvent("2024-03-02", "FRA", "DEU", &codes_.praise)});
  b.doc.source = "b/story.txt";
  b.doc.text = "Another body";
  AddCounts first;
  Add({a, b}, &first);
  EXPECT_EQ(first.documents_added, 2u);
  StoreDocument day2 = MakeDoc("1", "", {MakeEvent("2024-03-03", "IND", "PAK", &codes_.accuse)});
  day2.doc.source = "day2/news.jsonl";
  day2.doc.text = "News of the second day";
  StoreDocument day1 = day2;
  day1.doc.source = "day1/news.jsonl";
  day1.doc.text = "News of the first day";
  AddCounts later;
  Add({day1}, &later);
  Add({day2}, &later);
  EXPECT_EQ(later.documents_added, 2u);
  EXPECT_EQ(later.documents_skipped, 0u);
  EXPECT_EQ(store_->Stats()->documents, 4);
  EXPECT_TRUE(store_->CheckConsistency().ok());
}

TEST_P(StoreTest, SameIdWithAnotherTextIsStoredAndARepeatNamesTheEarlierDocument) {
  // Issue 18.3: two records with one id and different texts are both kept.
  StoreDocument one = MakeDoc("7", "", {MakeEvent("2024-04-01", "CHN", "RUS", &codes_.accuse)});
  one.doc.source = "in/first.jsonl";
  StoreDocument two = MakeDoc("7", "", {MakeEvent("2024-04-02", "FRA", "DEU", &codes_.praise)});
  two.doc.source = "in/first.jsonl";
  two.doc.text = "A different body";
  AddCounts counts;
  Add({one, two}, &counts);
  EXPECT_EQ(counts.documents_added, 2u);
  // The same content again, from another file and id, and with other
  // layout: skipped, naming the stored document, not the new one.
  StoreDocument copy = one;
  copy.doc.source = "later/copy.jsonl";
  copy.doc.id = "99";
  copy.doc.text = "  BODY\n of   7 ";
  AddCounts again;
  Add({two, copy}, &again);
  EXPECT_EQ(again.documents_added, 0u);
  ASSERT_EQ(again.skipped.size(), 2u);
  EXPECT_EQ(again.skipped[1].index, 1u);
  EXPECT_EQ(again.skipped[1].doc_id, "7");
  EXPECT_EQ(again.skipped[1].source_file, "in/first.jsonl");
}

TEST_P(StoreTest, DocumentsWithoutIdOrUrlAreKeptApartByTheirText) {
  // Issue 18.2: the API numbers documents without an id from 1 in every
  // request; each request's documents must still be stored.
  for (const char* text : {"First request's text", "Second request's text"}) {
    StoreDocument d = MakeDoc("1", "", {MakeEvent("2024-05-01", "CHN", "RUS", &codes_.accuse)});
    d.doc.source = "api";
    d.doc.record = 1;
    d.doc.text = text;
    AddCounts c;
    Add({d}, &c);
    EXPECT_EQ(c.documents_added, 1u) << text;
  }
  EXPECT_EQ(store_->Stats()->documents, 2);
}

// Runs `sql` on the SQLite file `path` with SQLite itself (not dyad).
void RawSqlite(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

// Byte 18 of a SQLite file: 1 for a rollback journal, 2 for WAL.
int JournalByte(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  char header[20] = {};
  f.read(header, sizeof header);
  return header[18];
}

// A store at `path` holding one document with one event.
void StoreOneEvent(const std::string& path) {
  Codes codes;
  auto s = EventStore::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  AddCounts c;
  ASSERT_TRUE((*s)->Add({MakeDoc("a", "", {MakeEvent("2024-01-02", "CHN", "RUS", &codes.accuse)})}, &c).ok());
}

TEST(StoreOpenTest, ReadOnlyOpenChangesNothingAndNeedsNoWriteAccess) {
  // Issue 18.16.
  testing_store::TempDir dir;
  const std::string path = dir.File("s.sqlite");
  ASSERT_NO_FATAL_FAILURE(StoreOneEvent(path));
  RawSqlite(path, "PRAGMA journal_mode=DELETE");
  ASSERT_EQ(JournalByte(path), 1);
  {
    auto s = EventStore::Open(path, StoreAccess::kReadOnly);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    int n = 0;
    ASSERT_TRUE((*s)->Query({}, false, [&](const StoredEvent&) { return ++n, true; }).ok());
    EXPECT_EQ(n, 1);
    AddCounts c;
    EXPECT_FALSE((*s)->Add({MakeDoc("b", "", {})}, &c).ok());
  }
  EXPECT_EQ(JournalByte(path), 1);  // still a rollback-journal store
  // Without write access to the file and its folder (meaningless as root,
  // who may write anyway).
  if (geteuid() != 0) {
    RawSqlite(path, "PRAGMA journal_mode=WAL");
    chmod(path.c_str(), 0444);
    chmod(dir.path().c_str(), 0555);
    auto s = EventStore::Open(path, StoreAccess::kReadOnly);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    chmod(dir.path().c_str(), 0755);
    chmod(path.c_str(), 0644);
  }
  // Reading opens no new store.
  const std::string none = dir.File("none.sqlite");
  EXPECT_FALSE(EventStore::Open(none, StoreAccess::kReadOnly).ok());
}

TEST(StoreOpenTest, AnotherApplicationsDatabaseIsRefusedUntouched) {
  // Issue 18.17.
  testing_store::TempDir dir;
  const std::string path = dir.File("other.sqlite");
  RawSqlite(path, "PRAGMA journal_mode=DELETE; CREATE TABLE invoices(id INTEGER, total REAL)");
  auto s = EventStore::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a dyad store"), std::string::npos) << s.status().ToString();
  EXPECT_NE(s.status().message().find(path), std::string::npos) << s.status().ToString();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM sqlite_master", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 1);  // only its own table
  sqlite3_finalize(st);
  sqlite3_close(db);
  EXPECT_EQ(JournalByte(path), 1);  // and not switched to WAL
  // An empty database becomes a store; a store opens again.
  const std::string fresh = dir.File("fresh.sqlite");
  ASSERT_TRUE(EventStore::Open(fresh).ok());
  EXPECT_TRUE(EventStore::Open(fresh).ok());
}

TEST(StoreOpenTest, StoreWithFileAndIdKeysIsRefusedUntouched) {
  // Issue 18: version 1 keyed documents by file name and id; today's content
  // keys must not be mixed into it (the same article would be stored twice).
  testing_store::TempDir dir;
  const std::string path = dir.File("old.sqlite");
  ASSERT_NO_FATAL_FAILURE(StoreOneEvent(path));
  RawSqlite(path, "PRAGMA journal_mode=DELETE; UPDATE dyad_meta SET value = '1' WHERE key = 'schema_version'");
  for (StoreAccess access : {StoreAccess::kReadWrite, StoreAccess::kReadOnly}) {
    auto s = EventStore::Open(path, access);
    ASSERT_FALSE(s.ok());
    const std::string& m = s.status().message();
    EXPECT_NE(m.find("schema version 1"), std::string::npos) << m;
    EXPECT_NE(m.find("file name and id"), std::string::npos) << m;
    EXPECT_NE(m.find("byte offsets"), std::string::npos) << m;  // and offsets in bytes (issue 15)
    EXPECT_NE(m.find("new store"), std::string::npos) << m;
    EXPECT_NE(m.find(path), std::string::npos) << m;
  }
  EXPECT_EQ(JournalByte(path), 1);  // refused before anything was written
  // Another version names both.
  RawSqlite(path, "UPDATE dyad_meta SET value = '7' WHERE key = 'schema_version'");
  auto s = EventStore::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("schema version 7, this dyad reads version 4"), std::string::npos)
      << s.status().ToString();
}

TEST(StoreOpenTest, StoreWithoutDocumentTextIsRefusedUntouched) {
  // Issue 15: version 2 kept no document text (recode and merge need it)
  // and numbered events by row; it is refused as version 1 is.
  testing_store::TempDir dir;
  const std::string path = dir.File("v2.sqlite");
  ASSERT_NO_FATAL_FAILURE(StoreOneEvent(path));
  RawSqlite(path, "PRAGMA journal_mode=DELETE; UPDATE dyad_meta SET value = '2' WHERE key = 'schema_version'");
  for (StoreAccess access : {StoreAccess::kReadWrite, StoreAccess::kReadOnly}) {
    auto s = EventStore::Open(path, access);
    ASSERT_FALSE(s.ok());
    const std::string& m = s.status().message();
    EXPECT_NE(m.find("schema version 2, this dyad reads version 4"), std::string::npos) << m;
    EXPECT_NE(m.find("no document text"), std::string::npos) << m;
    EXPECT_NE(m.find("new store"), std::string::npos) << m;
  }
  EXPECT_EQ(JournalByte(path), 1);  // refused before anything was written
}

TEST(StoreOpenTest, VersionThreeGainsActorPlacesWhenOpenedForWriting) {
  // Issue 15.3: version 4 adds the events' actor places; a version 3 store
  // keeps its text, so it is upgraded in place (the places empty until a
  // recode), not refused; read-only it cannot be, and says how.
  testing_store::TempDir dir;
  const std::string path = dir.File("v3.sqlite");
  ASSERT_NO_FATAL_FAILURE(StoreOneEvent(path));
  RawSqlite(path,
            "PRAGMA journal_mode=DELETE; ALTER TABLE events DROP COLUMN source_geo_id; "
            "ALTER TABLE events DROP COLUMN target_geo_id; "
            "UPDATE dyad_meta SET value = '3' WHERE key = 'schema_version'");
  {
    auto s = EventStore::Open(path, StoreAccess::kReadOnly);
    ASSERT_FALSE(s.ok());
    const std::string& m = s.status().message();
    EXPECT_NE(m.find("schema version 3, this dyad reads version 4"), std::string::npos) << m;
    EXPECT_NE(m.find("dyad recode"), std::string::npos) << m;
  }
  {
    auto s = EventStore::Open(path);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    std::vector<StoredEvent> events;
    ASSERT_TRUE((*s)->Query({}, false,
                            [&](const StoredEvent& e) {
                              events.push_back(e);
                              return true;
                            })
                    .ok());
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].source_geonameid, 0u);
    EXPECT_EQ(events[0].target_geonameid, 0u);
  }
  EXPECT_TRUE(EventStore::Open(path, StoreAccess::kReadOnly).ok());
}

TEST(StoreOpenTest, FirstIngestsAtOnceIntoAnEmptyPostgresDatabaseAllSucceed) {
  // Issue 18.18: schema creation takes turns (an advisory lock).
  if (testing_store::TestPostgres().empty()) GTEST_SKIP() << "DYAD_TEST_PG is not set";
  for (int round = 0; round < 3; ++round) {
    const std::string location = testing_store::FreshPostgresDatabase();
    ASSERT_FALSE(location.empty());
    constexpr int kClients = 4;
    std::vector<std::string> errors(kClients);
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
      threads.emplace_back([&, i] {
        auto s = EventStore::Open(location);
        if (!s.ok()) errors[i] = s.status().ToString();
      });
    }
    for (std::thread& t : threads) t.join();
    for (int i = 0; i < kClients; ++i) EXPECT_EQ(errors[i], "") << "client " << i;
  }
}

TEST(DocumentKeyTest, ContentAndUrlNotFileOrId) {
  Document d;
  d.id = "42";
  d.source = "/some/dir/news.jsonl";
  d.title = "Title";
  d.text = "Body.";
  const std::string key = DocumentKey(d);
  EXPECT_TRUE(key.starts_with("c:")) << key;
  EXPECT_EQ(DocumentSite(d), "news.jsonl");
  Document moved = d;
  moved.source = "/other/place.jsonl";
  moved.id = "7";
  moved.record = 12;
  EXPECT_EQ(DocumentKey(moved), key);
  Document relaid = d;
  relaid.title = "  TITLE ";
  relaid.text = "\n body.\n";
  EXPECT_EQ(DocumentKey(relaid), key);
  Document other = d;
  other.text = "Body!";
  EXPECT_NE(DocumentKey(other), key);
  Document linked = d;
  linked.url = "https://WWW.Example.org:8080/path?q=1";
  EXPECT_NE(DocumentKey(linked), key);
  EXPECT_EQ(DocumentSite(linked), "example.org");
  Document same_link = linked;
  same_link.url = "http://www.example.org:8080/path?q=1#frag";
  EXPECT_EQ(DocumentKey(same_link), DocumentKey(linked));
  // Without text or URL, the place in the input tells documents apart.
  Document e1, e2;
  e1.source = e2.source = "x.jsonl";
  e1.record = 1;
  e2.record = 2;
  EXPECT_NE(DocumentKey(e1), DocumentKey(e2));
}

}  // namespace
}  // namespace dyad
