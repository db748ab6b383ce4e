// The gazetteer: the compiler (tools/geo) and the loader on the small fixture
// of test_gazetteer.h, and name folding.
#include "places/gazetteer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <unistd.h>

#include "core/prefilters.h"
#include "places/test_gazetteer.h"

namespace dyad::places {
namespace {

namespace fs = std::filesystem;
using testing::WriteFile;

class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("dyad-gazetteer-test-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    std::string summary;
    Status st = CompileGazetteer(testing::WriteFixtureSources(*dir_), (*dir_ / "gazetteer.bin").string(), &summary);
    ASSERT_TRUE(st.ok()) << st.ToString();
    auto g = Gazetteer::Load((*dir_ / "gazetteer.bin").string());
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gazetteer_ = std::move(g).value().release();
  }
  static void TearDownTestSuite() {
    delete gazetteer_;
    std::error_code ec;
    fs::remove_all(*dir_, ec);
    delete dir_;
  }

  static fs::path* dir_;
  static Gazetteer* gazetteer_;
};
fs::path* GazetteerTest::dir_ = nullptr;
Gazetteer* GazetteerTest::gazetteer_ = nullptr;

TEST(GazetteerFoldTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(FoldName("São Paulo"), "sao paulo");
  EXPECT_EQ(FoldName("Al-Anbar"), "al anbar");
  EXPECT_EQ(FoldName("U.S."), "us");
  EXPECT_EQ(FoldName("  N’Djamena "), "n'djamena");
  EXPECT_EQ(FoldName("Zürich"), "zurich");
}

TEST_F(GazetteerTest, CompilesKeysForEveryKind) {
  auto kinds_of = [&](const std::string& key) {
    std::string kinds;
    for (const KeyRecord& k : gazetteer_->Find(key)) kinds += std::to_string(gazetteer_->place(k.place).kind);
    return kinds;
  };
  EXPECT_EQ(kinds_of("beijing"), "10");    // the region and the city
  EXPECT_EQ(kinds_of("peking"), "0");      // alternate name of a large city
  EXPECT_EQ(kinds_of("bjs"), "");          // codes among alternates are not names
  EXPECT_EQ(kinds_of("anbar"), "1");       // GeoNames' short region name
  EXPECT_EQ(kinds_of("al anbar"), "1");    // the English name without its type word
  EXPECT_EQ(kinds_of("syrian arab republic"), "2");
  EXPECT_EQ(kinds_of("oldtown"), "");      // historical places are left out
  EXPECT_EQ(kinds_of("nowhere"), "");      // a region without cities has no point
  // A region's point is the centre of the box around its cities (Sindh:
  // Karachi in the south-west, Wagah in the north-east), not their mean.
  for (const KeyRecord& k : gazetteer_->Find("anbar")) {
    const PlaceRecord& p = gazetteer_->place(k.place);
    EXPECT_NEAR(p.lat, (33.42056 + 33.35) / 2, 1e-4);
    EXPECT_NEAR(p.lon, (43.30778 + 43.78) / 2, 1e-4);
    EXPECT_EQ(std::string(p.country), "IRQ");
  }
  for (const KeyRecord& k : gazetteer_->Find("sindh")) {
    const PlaceRecord& p = gazetteer_->place(k.place);
    EXPECT_NEAR(p.lat, (24.8608 + 31.6047) / 2, 1e-4);
    EXPECT_NEAR(p.lon, (67.0104 + 74.5731) / 2, 1e-4);
  }
  // Two-letter ISO codes are not names ("IN" is a word, "CN" an acronym),
  // except those the abbreviations file lists as written for the country.
  EXPECT_EQ(kinds_of("in"), "");
  EXPECT_EQ(kinds_of("cn"), "");
  EXPECT_EQ(kinds_of("uk"), "2");  // an alternate that is not the ISO code
  auto us = gazetteer_->Find("us");
  ASSERT_EQ(us.size(), 1u);
  EXPECT_EQ(us[0].flags, kKeyCapsOnly);
  EXPECT_EQ(std::string(gazetteer_->place(us[0].place).country), "USA");
  // Press abbreviations of regions, marked as such.
  auto ga = gazetteer_->Find("ga");
  ASSERT_EQ(ga.size(), 1u);
  EXPECT_EQ(ga[0].flags, kKeyAbbreviation);
  EXPECT_EQ(std::string(gazetteer_->Name(gazetteer_->place(ga[0].place))), "Georgia");
  // A world region named as two countries is read as them.
  EXPECT_EQ(kinds_of("australia and new zealand"), "");
  EXPECT_EQ(kinds_of("melanesia"), "4");
  // Oceania's countries lie on both sides of the date line: their mean is
  // taken on the sphere, in the Pacific (a plain mean of longitudes, 45,
  // would put it in Africa).
  auto oceania = gazetteer_->Find("oceania");
  ASSERT_EQ(oceania.size(), 1u);
  EXPECT_GT(std::abs(gazetteer_->place(oceania[0].place).lon), 150);
}

// The hash index is a prefilter: with it off, Find searches the sorted keys,
// and both must give the same records for every key and for words that are
// none (prefixes and extensions of keys, the empty word).
TEST_F(GazetteerTest, IndexFindsWhatTheSortedSearchFinds) {
  SetPrefiltersEnabled(false);
  auto plain = Gazetteer::Load((*dir_ / "gazetteer.bin").string());
  SetPrefiltersEnabled(true);
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  const Gazetteer& slow = *plain.value();
  std::vector<std::string> words = {"", "a", "nowhere at all", "hyderabad pakistan", "zzzz"};
  for (size_t i = 0; i < slow.key_count(); ++i) words.emplace_back(slow.Key(slow.key(i)));
  for (const std::string& seed : {std::string("beijing"), std::string("anbar"), std::string("ga"),
                                  std::string("hyderabad"), std::string("china"), std::string("georgia")}) {
    words.push_back(seed);
    words.push_back(seed.substr(0, seed.size() - 1));
    words.push_back(seed + " city");
  }
  for (const std::string& w : words) {
    auto fast = gazetteer_->Find(w);
    auto ref = slow.Find(w);
    ASSERT_EQ(fast.size(), ref.size()) << w;
    for (size_t j = 0; j < fast.size(); ++j) {
      EXPECT_EQ(fast[j].place, ref[j].place) << w;
      EXPECT_EQ(fast[j].flags, ref[j].flags) << w;
    }
  }
}

TEST_F(GazetteerTest, RefusesBadAbbreviations) {
  GazetteerSources src = testing::WriteFixtureSources(*dir_);
  src.abbreviations_tsv = (*dir_ / "bad-abbreviations.tsv").string();
  WriteFile(src.abbreviations_tsv, "Ga.\tUS\tGA\nZz.\tUS\tZZ\n");
  Status st = CompileGazetteer(src, (*dir_ / "other.bin").string());
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.ToString().find("bad-abbreviations.tsv:2"), std::string::npos) << st.ToString();
  WriteFile(src.abbreviations_tsv, "Ga. US GA\n");
  st = CompileGazetteer(src, (*dir_ / "other.bin").string());
  EXPECT_NE(st.ToString().find("bad-abbreviations.tsv:1"), std::string::npos) << st.ToString();
  // A country code line must name a country the packages have, in capitals.
  for (const char* bad : {"ZZ\tZZ\n", "us\tUS\n"}) {
    WriteFile(src.abbreviations_tsv, std::string("Ga.\tUS\tGA\n") + bad);
    st = CompileGazetteer(src, (*dir_ / "other.bin").string());
    EXPECT_NE(st.ToString().find("bad-abbreviations.tsv:2"), std::string::npos) << st.ToString();
  }
}

TEST_F(GazetteerTest, RefusesCorruptFiles) {
  std::string good = (*dir_ / "gazetteer.bin").string();
  std::ifstream in(good, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  fs::path bad = *dir_ / "bad.bin";
  WriteFile(bad, bytes.substr(0, bytes.size() - 1));
  EXPECT_FALSE(Gazetteer::Load(bad.string()).ok());
  std::string flipped = bytes;
  flipped[24] = '\xff';  // first place record's name offset, far out of range
  flipped[27] = '\x7f';
  WriteFile(bad, flipped);
  EXPECT_FALSE(Gazetteer::Load(bad.string()).ok());
  WriteFile(bad, "not a gazetteer at all, but long enough");
  EXPECT_FALSE(Gazetteer::Load(bad.string()).ok());
  EXPECT_EQ(Gazetteer::Load((*dir_ / "missing.bin").string()).status().code(), StatusCode::kNotFound);
}
}  // namespace
}  // namespace dyad::places
