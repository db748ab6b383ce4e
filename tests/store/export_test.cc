// Export rows: GDELT 2.0 records (61 columns of the right kinds), Phoenix
// (26 columns) and JSON, from a store filled with hand-made events.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "store/test_util.h"

namespace dyad {
namespace {

using testing_store::CheckGdeltRow;
using testing_store::Codes;
using testing_store::MakeDoc;
using testing_store::MakeEvent;
using testing_store::SplitTabs;

// One GDELT row per case, checked cell by cell (0-based column, expected value).
struct GdeltCase {
  const char* name;
  StoredEvent event;
  std::vector<std::pair<int, std::string>> cells;
};

void ExpectGdeltCells(const std::vector<GdeltCase>& cases) {
  for (const GdeltCase& c : cases) {
    std::string row;
    AppendGdeltRow(c.event, &row);
    row.pop_back();
    std::vector<std::string> f = SplitTabs(row);
    ASSERT_EQ(f.size(), 61u) << c.name;
    for (const auto& [column, want] : c.cells) EXPECT_EQ(f[column], want) << c.name << ", column " << column + 1;
  }
}

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = EventStore::Open(dir_.File("e.sqlite"));
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
    Event placed = MakeEvent("2024-06-30", "IGOEUN", "RUSGOV", &codes_.intent, 0);
    placed.action_geo.name = "Brussels";
    placed.action_geo.country_code = "BEL";
    placed.action_geo.feature_type = "city";
    placed.action_geo.latitude = 50.85;
    placed.action_geo.longitude = 4.35;
    ASSERT_TRUE(store_->Add({MakeDoc("x1", "https://one.example/x1",
                                     {MakeEvent("2024-01-31", "CHNMIL", "USA", &codes_.attack, 7), placed}),
                             MakeDoc("x2", "", {MakeEvent("2024-01-31", "CHNMIL", "USA", &codes_.attack, 3)})},
                            nullptr)
                    .ok());
  }
  std::vector<StoredEvent> All() {
    std::vector<StoredEvent> out;
    EXPECT_TRUE(store_->Query({}, true, [&](const StoredEvent& e) { out.push_back(e); return true; }).ok());
    return out;
  }
  testing_store::TempDir dir_;
  std::unique_ptr<EventStore> store_;
  Codes codes_;
};

TEST_F(ExportTest, GdeltRowsHave61FieldsOfTheRightKinds) {
  std::vector<StoredEvent> events = All();
  ASSERT_EQ(events.size(), 2u);
  for (const StoredEvent& e : events) {
    std::string row;
    AppendGdeltRow(e, &row);
    ASSERT_FALSE(row.empty());
    ASSERT_EQ(row.back(), '\n');
    row.pop_back();
    EXPECT_EQ(CheckGdeltRow(row), "") << row;
    std::vector<std::string> f = SplitTabs(row);
    ASSERT_EQ(f.size(), 61u);
    EXPECT_EQ(f[0], std::to_string(e.id));
    EXPECT_EQ(f[26], e.code);
    EXPECT_EQ(f[31], std::to_string(e.num_mentions));
    if (e.code == "190") {
      EXPECT_EQ(f[1], "20240131");
      EXPECT_EQ(f[7], "CHN");   // Actor1CountryCode
      EXPECT_EQ(f[12], "MIL");  // Actor1Type1Code
      EXPECT_EQ(f[25], "0");    // first reported in sentence 3
      EXPECT_EQ(f[32], "2");    // two sites: one.example and the input file
      EXPECT_EQ(f[33], "2");
      EXPECT_EQ(f[51], "");
    } else {
      EXPECT_EQ(f[5], "IGOEUN");
      EXPECT_EQ(f[7], "");
      EXPECT_EQ(f[8], "EUN");
      EXPECT_EQ(f[12], "IGO");
      EXPECT_EQ(f[25], "1");
      EXPECT_EQ(f[51], "4");
      EXPECT_EQ(f[52], "Brussels, Belgium");  // GDELT's full name runs to the country
      EXPECT_EQ(f[53], "BE");                 // FIPS 10-4, as GDELT writes it (ISO: BEL)
      EXPECT_EQ(f[60], "https://one.example/x1");
    }
  }
}

// GDELT's columns, one fact at a time, from events made by hand.
TEST(GdeltColumnsTest, DatesCountriesAndTypesAsGdeltWritesThem) {
  using Case = GdeltCase;
  auto event = [](const char* date, const char* source, const char* target, const char* geo_country = "",
                  const char* feature = "") {
    StoredEvent e;
    e.id = 1;
    e.date = date;
    e.source = source;
    e.target = target;
    e.code = "042";
    e.root = "04";
    if (*geo_country) {
      e.geo.name = std::string(feature) == "country" ? "Ivory Coast" : "Abidjan";
      e.geo.country_code = geo_country;
      e.geo.feature_type = feature;
      e.geo.admin1 = "Abidjan";
      // GeoNames' ids of Abidjan and of Côte d'Ivoire.
      e.geo.geonameid = std::string(feature) == "country" ? 2287781 : 2293538;
    }
    return e;
  };
  const std::vector<Case> cases = {
      // FractionDate: day of year / 365, never into the next year.
      {"1 January", event("1979-01-01", "USA", "CHN"), {{4, "1979.0027"}}},
      {"18 February", event("2015-02-18", "USA", "CHN"), {{4, "2015.1342"}}},
      {"30 December", event("2023-12-30", "USA", "CHN"), {{4, "2023.9973"}}},
      {"31 December", event("2023-12-31", "USA", "CHN"), {{4, "2023.9999"}}},
      {"31 December of a leap year", event("2024-12-31", "USA", "CHN"), {{4, "2024.9999"}}},
      {"undated", event("", "USA", "CHN"), {{1, ""}, {4, ""}}},
      // CIV is Côte d'Ivoire, a country; civilians are CVL, a type.
      {"Ivorian government", event("2024-01-01", "CIVGOV", "CVL"), {{7, "CIV"}, {12, "GOV"}, {17, ""}, {22, "CVL"}}},
      // ActorName is the actor's name, not a mention's words: its own entry,
      // else its country, else its type.
      {"names", event("2024-01-01", "CIVGOV", "IGONATO"), {{6, "IVORY COAST"}, {16, "NATO"}}},
      {"names of types", event("2024-01-01", "COP", "PSEREBHMS"), {{6, "POLICE"}, {16, "HAMAS"}}},
      // An actor's place is its country, written as GDELT writes a country;
      // an actor without a country has none.
      {"actor places",
       event("2024-01-01", "CIVGOV", "CVL"),
       {{35, "1"}, {36, "Ivory Coast"}, {37, "IV"}, {38, "IV"}, {39, ""}, {42, "IV"}, {43, ""}, {44, ""}, {50, ""}}},
      // The action's country in FIPS 10-4; ADM1 is the country for a country.
      {"city",
       event("2024-01-01", "CIV", "FRA", "CIV", "city"),
       {{51, "4"}, {52, "Abidjan, Ivory Coast"}, {53, "IV"}, {58, "2293538"}}},
      {"country",
       event("2024-01-01", "CIV", "FRA", "CIV", "country"),
       {{51, "1"}, {52, "Ivory Coast"}, {53, "IV"}, {54, "IV"}, {58, "IV"}}},
  };
  ExpectGdeltCells(cases);
}

// Issue 15.3: below country level ADM1Code is the FIPS country code and
// GeoNames' admin1 code, and an actor placed below its country
// (StoredEvent::source_geonameid) gets that place as ActionGeo would; both
// are read from the installed gazetteer by GeoNames id.
TEST(GdeltColumnsTest, Adm1CodesAndActorPlacesFromTheGazetteer) {
  const std::string path = DefaultDataDir() + "/geo/gazetteer.bin";
  if (!std::ifstream(path)) GTEST_SKIP() << "gazetteer not installed (" << path << "): run scripts/deps.sh and build";
  auto event = [](const char* feature, uint32_t geonameid, uint32_t source_place, uint32_t target_place) {
    StoredEvent e;
    e.id = 1;
    e.date = "2024-01-01";
    e.source = "UKRCOP";
    e.target = "USAGOV";
    e.code = "042";
    e.root = "04";
    e.geo.name = "somewhere";
    e.geo.country_code = std::string(feature) == "admin1" ? "USA" : "UKR";
    e.geo.feature_type = feature;
    e.geo.geonameid = geonameid;
    e.source_geonameid = source_place;
    e.target_geonameid = target_place;
    return e;
  };
  using Case = GdeltCase;
  // GeoNames: Kharkiv 706483 (admin1 07), Texas 4736286 (admin1 TX).
  const std::vector<Case> cases = {
      {"a city", event("city", 706483, 0, 0), {{53, "UP"}, {54, "UP07"}, {58, "706483"}}},
      {"a region", event("admin1", 4736286, 0, 0), {{53, "US"}, {54, "USTX"}, {58, "4736286"}}},
      {"an id the gazetteer lacks", event("city", 1, 0, 0), {{53, "UP"}, {54, ""}}},
      {"actors at their countries",
       event("city", 706483, 0, 0),
       {{35, "1"}, {37, "UP"}, {38, "UP"}, {42, "UP"}, {43, "1"}, {45, "US"}, {46, "US"}, {50, "US"}}},
      {"actors placed below their countries",
       event("city", 706483, 706483, 4736286),
       {{35, "4"},
        {37, "UP"},
        {38, "UP07"},
        {39, ""},
        {40, "49.9808"},
        {41, "36.2527"},
        {42, "706483"},
        {43, "2"},
        {44, "Texas, United States"},
        {45, "US"},
        {46, "USTX"},
        {50, "4736286"}}},
  };
  ExpectGdeltCells(cases);
}

TEST(SeriesRowTest, APeriodWithoutEventsHasNoMeanNotZero) {
  SeriesRow empty;
  empty.period = "2024-02";
  SeriesRow full;
  full.period = "2024-03";
  full.quad[0] = 2;
  full.total = 2;
  full.goldstein_sum = 6.8;
  full.goldstein_mean = 3.4;
  full.coop_conflict = 1;
  std::string out;
  AppendSeriesRow(empty, /*json=*/false, &out);
  EXPECT_EQ(out, "2024-02,0,0,0,0,0,0.0,,\n");
  out.clear();
  AppendSeriesRow(empty, /*json=*/true, &out);
  EXPECT_EQ(out,
            "{\"period\":\"2024-02\",\"q1\":0,\"q2\":0,\"q3\":0,\"q4\":0,\"events\":0,\"goldstein_sum\":0.0,"
            "\"goldstein_mean\":null,\"coop_minus_conflict\":null}");
  out.clear();
  AppendSeriesRow(full, /*json=*/false, &out);
  EXPECT_EQ(out, "2024-03,2,0,0,0,2,6.8,3.400,1.0000\n");
}

TEST_F(ExportTest, PhoenixRowsHave26Columns) {
  for (const StoredEvent& e : All()) {
    std::string row;
    AppendPhoenixRow(e, &row);
    row.pop_back();
    std::vector<std::string> f = SplitTabs(row);
    ASSERT_EQ(f.size(), 26u) << row;
    EXPECT_TRUE(testing_store::IsDate8(f[1]));
    EXPECT_EQ(f[2] + (f[3].size() == 1 ? "0" : "") + f[3], f[1].substr(0, 6));
    EXPECT_EQ(f[13], e.code);
    EXPECT_EQ(f[15], std::to_string(e.penta_class));
    EXPECT_FALSE(f[23].empty());  // SentenceID
    EXPECT_FALSE(f[25].empty());  // NewsSources
  }
}

TEST_F(ExportTest, JsonCarriesMentionsAndEvidence) {
  for (const StoredEvent& e : All()) {
    std::string j;
    AppendStoredEventJson(e, &j);
    EXPECT_EQ(j.back(), '\n');
    EXPECT_EQ(std::count(j.begin(), j.end(), '\n'), 1);
    size_t mentions = 0;
    for (size_t p = j.find("\"evidence\""); p != std::string::npos; p = j.find("\"evidence\"", p + 1)) ++mentions;
    EXPECT_EQ(mentions, e.mentions.size());
    EXPECT_NE(j.find("\"num_mentions\":" + std::to_string(e.num_mentions)), std::string::npos);
  }
}

TEST_F(ExportTest, PlotWritesSvgAndPng) {
  EventFilter f;
  f.dyad_a = "CHN";
  f.dyad_b = "USA";
  auto rows = store_->Series(f, SeriesPeriod::kMonth);
  ASSERT_TRUE(rows.ok());
  for (const char* name : {"s.svg", "s.png"}) {
    std::string path = dir_.File(name);
    ASSERT_TRUE(PlotSeries(*rows, "CHN <-> USA", path).ok());
    EXPECT_GT(std::filesystem::file_size(path), 1000u) << name;
  }
  EXPECT_FALSE(PlotSeries(*rows, "x", dir_.File("s.gif")).ok());
}

}  // namespace
}  // namespace dyad
