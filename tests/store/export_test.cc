// Export rows: GDELT 2.0 records (61 columns of the right kinds), Phoenix
// (26 columns) and JSON, from a store filled with hand-made events.
#include <gtest/gtest.h>

#include <sstream>

#include "dyad/store.h"
#include "store/test_util.h"

namespace dyad {
namespace {

using testing_store::CheckGdeltRow;
using testing_store::Codes;
using testing_store::MakeDoc;
using testing_store::MakeEvent;
using testing_store::SplitTabs;

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
      EXPECT_EQ(f[52], "Brussels");
      EXPECT_EQ(f[60], "https://one.example/x1");
    }
  }
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
