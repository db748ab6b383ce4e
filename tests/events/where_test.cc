// Event places: the gazetteer compiler and loader on a small fixture written
// here, the resolver on sentences analysed by the real pipeline, and (when the
// real gazetteer is installed) the seed article.
#include "events/where.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <unistd.h>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"

namespace dyad::where {
namespace {

namespace fs = std::filesystem;

void WriteFile(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

// One GeoNames cities1000 line (19 tab-separated fields).
std::string City(const std::string& name, const std::string& alternates, double lat, double lon,
                 const std::string& fcode, const std::string& cc2, const std::string& admin1, long population) {
  return "1\t" + name + "\t" + name + "\t" + alternates + "\t" + std::to_string(lat) + "\t" + std::to_string(lon) +
         "\tP\t" + fcode + "\t" + cc2 + "\t\t" + admin1 + "\t\t\t\t" + std::to_string(population) +
         "\t\t0\tUTC\t2020-01-01\n";
}

class WhereTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("dyad-where-test-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    WriteFile(*dir_ / "countries.json", R"([
      {"name":{"common":"China","official":"People's Republic of China"},"cca2":"CN","cca3":"CHN","latlng":[35,105],"altSpellings":["CN","Zhongguo"]},
      {"name":{"common":"Iraq","official":"Republic of Iraq"},"cca2":"IQ","cca3":"IRQ","latlng":[33,44],"altSpellings":["IQ"]},
      {"name":{"common":"Syria","official":"Syrian Arab Republic"},"cca2":"SY","cca3":"SYR","latlng":[35,38],"altSpellings":["SY"]},
      {"name":{"common":"India","official":"Republic of India"},"cca2":"IN","cca3":"IND","latlng":[20,77],"altSpellings":["IN","Bharat"]},
      {"name":{"common":"Pakistan","official":"Islamic Republic of Pakistan"},"cca2":"PK","cca3":"PAK","latlng":[30,70],"altSpellings":["PK"]},
      {"name":{"common":"United Kingdom","official":"United Kingdom of Great Britain and Northern Ireland"},"cca2":"GB","cca3":"GBR","latlng":[54,-2],"altSpellings":["GB","UK"]},
      {"name":{"common":"United States","official":"United States of America"},"cca2":"US","cca3":"USA","latlng":[38,-97],"altSpellings":["US","USA"]}
    ])");
    WriteFile(*dir_ / "regions.json", R"({
      "CN":{"iso3":"CHN","regions":[{"name":"Beijing","names":{"geonames":"Beijing","en":"Beijing"},"admin":"22"},
                                    {"name":"Guangdong","names":{"geonames":"Guangdong","en":"Guangdong"},"admin":"30"}]},
      "IQ":{"iso3":"IRQ","regions":[{"name":"Al Anbar Governorate","names":{"geonames":"Anbar","en":"Al Anbar Governorate"},"admin":"01"}]},
      "SY":{"iso3":"SYR","regions":[{"name":"Latakia Governorate","names":{"geonames":"Latakia","en":"Latakia Governorate"},"admin":"02"}]},
      "IN":{"iso3":"IND","regions":[{"name":"Telangana","names":{"geonames":"Telangana","en":"Telangana"},"admin":"40"}]},
      "PK":{"iso3":"PAK","regions":[{"name":"Sindh","names":{"geonames":"Sindh","en":"Sindh"},"admin":"05"}]},
      "US":{"iso3":"USA","regions":[{"name":"Georgia","names":{"geonames":"Georgia","en":"Georgia"},"admin":"GA"}]},
      "XX":{"iso3":"XXX","regions":[{"name":"Nowhere","admin":"01"}]}
    })");
    std::string cities = City("Beijing", "Peking,Pekin,BJS", 39.9075, 116.39723, "PPLC", "CN", "22", 11716620) +
                         City("Shenzhen", "", 22.54554, 114.0683, "PPLA2", "CN", "30", 10358381) +
                         City("Ramadi", "", 33.42056, 43.30778, "PPLA", "IQ", "01", 274539) +
                         City("Fallujah", "", 33.35, 43.78, "PPL", "IQ", "01", 190159) +
                         City("Latakia", "", 35.51484, 35.78, "PPLA", "SY", "02", 340181) +
                         City("Hyderabad", "", 17.38405, 78.45636, "PPLA", "IN", "40", 6809970) +
                         City("Hyderabad", "", 25.39242, 68.37366, "PPL", "PK", "05", 1386330) +
                         City("Karachi", "", 24.8608, 67.0104, "PPLA", "PK", "05", 11624219) +
                         City("Wagah", "", 31.6047, 74.5731, "PPL", "PK", "05", 2000) +
                         City("March", "", 52.55, 0.08, "PPL", "GB", "ENG", 22298) +
                         City("Atlanta", "", 33.749, -84.388, "PPLA", "US", "GA", 463878) +
                         City("Oldtown", "", 1, 1, "PPLH", "PK", "05", 5000) + "short\tline\n";
    WriteFile(*dir_ / "cities.txt", cities);
    GazetteerSources src{(*dir_ / "cities.txt").string(), (*dir_ / "regions.json").string(),
                         (*dir_ / "countries.json").string()};
    std::string summary;
    Status st = CompileGazetteer(src, (*dir_ / "gazetteer.bin").string(), &summary);
    ASSERT_TRUE(st.ok()) << st.ToString();
    auto g = Gazetteer::Load((*dir_ / "gazetteer.bin").string());
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gazetteer_ = std::move(g).value().release();
    auto p = Pipeline::Create(PipelineOptions{});
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p).value().release();
  }
  static void TearDownTestSuite() {
    delete gazetteer_;
    delete pipeline_;
    std::error_code ec;
    fs::remove_all(*dir_, ec);
    delete dir_;
  }

  // Locates the event whose verb is `verb` in `sentence`, with actors of the
  // given country codes in the sentence.
  Geo Locate(const std::string& sentence, const std::string& verb, std::vector<std::string> actor_codes) {
    text_ = sentence;
    pipeline_->Analyze(text_, 0, &a_);
    Event e;
    size_t at = text_.find(verb);
    EXPECT_NE(at, std::string::npos);
    e.verb_begin = static_cast<uint32_t>(at);
    e.verb_end = static_cast<uint32_t>(at + verb.size());
    ActorMentions actors;
    for (const std::string& code : actor_codes) {
      ActorMention m;
      m.code = code;
      actors.mentions.push_back(m);
    }
    Geo g;
    LocateEvent(*gazetteer_, a_, actors, e, &g);
    return g;
  }

  static fs::path* dir_;
  static Gazetteer* gazetteer_;
  static Pipeline* pipeline_;
  std::string text_;
  Analysis a_;
};
fs::path* WhereTest::dir_ = nullptr;
Gazetteer* WhereTest::gazetteer_ = nullptr;
Pipeline* WhereTest::pipeline_ = nullptr;

TEST(WhereFoldTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(FoldName("São Paulo"), "sao paulo");
  EXPECT_EQ(FoldName("Al-Anbar"), "al anbar");
  EXPECT_EQ(FoldName("U.S."), "us");
  EXPECT_EQ(FoldName("  N’Djamena "), "n'djamena");
  EXPECT_EQ(FoldName("Zürich"), "zurich");
}

TEST_F(WhereTest, CompilesKeysForEveryKind) {
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
  // A region's point is the mean of its cities'.
  for (const KeyRecord& k : gazetteer_->Find("anbar")) {
    const PlaceRecord& p = gazetteer_->place(k.place);
    EXPECT_NEAR(p.lat, (33.42056 + 33.35) / 2, 1e-4);
    EXPECT_NEAR(p.lon, (43.30778 + 43.78) / 2, 1e-4);
    EXPECT_EQ(std::string(p.country), "IRQ");
  }
}

TEST_F(WhereTest, RefusesCorruptFiles) {
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

struct PlaceCase {
  const char* sentence;
  const char* verb;
  std::vector<std::string> actors;  // country codes of actors in the text
  const char* name;                 // "" when no place
  const char* country;
  const char* type;
};

TEST_F(WhereTest, LocatesTable) {
  const PlaceCase cases[] = {
      {"Xu met Shoygu in Beijing on Tuesday.", "met", {"CHN", "RUS"}, "Beijing", "CHN", "city"},
      {"Troops clashed with militants in Iraq's Anbar desert.", "clashed", {}, "Anbar", "IRQ", "admin1"},
      {"Rebels attacked troops near the port city of Latakia.", "attacked", {}, "Latakia", "SYR", "city"},
      {"Rebels attacked troops in Latakia province.", "attacked", {}, "Latakia", "SYR", "admin1"},
      {"Workers protested in the southern city of Shenzhen.", "protested", {}, "Shenzhen", "CHN", "city"},
      {"Police arrested protesters in Hyderabad.", "arrested", {"PAK"}, "Hyderabad", "PAK", "city"},
      {"Police arrested protesters in Hyderabad.", "arrested", {"IND"}, "Hyderabad", "IND", "city"},
      {"Police arrested protesters in Hyderabad.", "arrested", {}, "Hyderabad", "IND", "city"},
      {"Soldiers exchanged fire at the Wagah border crossing.", "exchanged", {"PAK", "IND"}, "Wagah", "PAK", "city"},
      {"Soldiers exchanged fire at the Wagah border crossing.", "exchanged", {}, "", "", ""},
      {"Protesters rallied in Syria.", "rallied", {}, "Syria", "SYR", "country"},
      {"Protesters rallied in the U.S. on Monday.", "rallied", {}, "United States", "USA", "country"},
      {"Protesters rallied in Georgia.", "rallied", {"USA"}, "Georgia", "USA", "admin1"},
      {"The minister spoke in Beijing and troops fired in Ramadi.", "fired", {}, "Ramadi", "IRQ", "city"},
      {"Officials met in March.", "met", {"GBR"}, "", "", ""},
      {"Officials met on Tuesday.", "met", {}, "", "", ""},
      {"Rebels suffered losses at the hands of Syria.", "suffered", {}, "", "", ""},
      {"The minister imposed sanctions on Syria.", "imposed", {}, "", "", ""},
      {"Rebels attacked troops on the outskirts of Ramadi.", "attacked", {}, "Ramadi", "IRQ", "city"},
      {"Officials met in the capital.", "met", {}, "", "", ""},
  };
  for (const PlaceCase& c : cases) {
    Geo g = Locate(c.sentence, c.verb, c.actors);
    std::string what = std::string(c.sentence) + " [" + std::to_string(c.actors.size()) + " actors]";
    EXPECT_EQ(g.name, c.name) << what;
    EXPECT_EQ(g.country_code, c.country) << what;
    EXPECT_EQ(g.feature_type, c.type) << what;
  }
  Geo b = Locate("Xu met Shoygu in Beijing.", "met", {});
  EXPECT_NEAR(b.latitude, 39.9075, 1e-3);
  EXPECT_NEAR(b.longitude, 116.39723, 1e-3);
  EXPECT_EQ(b.admin1, "Beijing");
}

// The real gazetteer and the seed article: the meeting is in Beijing, on the
// Tuesday before publication (2014-11-19).
TEST(WhereSeedTest, SeedArticleMeetingIsInBeijingOnTuesday) {
  const std::string seed = DYAD_SOURCE_DIR "/../shared/dev/seed-article.jsonl";
  if (!fs::exists(seed)) GTEST_SKIP() << "no " << seed;
  std::string path = Gazetteer::DefaultPath(DefaultDataDir());
  if (!fs::exists(path)) GTEST_SKIP() << "gazetteer not installed (" << path << "): run scripts/deps.sh and build";
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  std::vector<Document> docs;
  ReadReport report;
  ASSERT_TRUE(ReadDocuments(seed, ReadOptions{}, [&](Document&& d) { docs.push_back(std::move(d)); }, &report).ok());
  ASSERT_EQ(docs.size(), 1u);
  CodedDocument coded;
  (*coder)->Code(docs[0], &coded);
  int meetings = 0;
  for (const Event& e : coded.events) {
    if (e.verb_text.find("meet") == std::string::npos) continue;
    ++meetings;
    EXPECT_EQ(e.date, "2014-11-18");
    EXPECT_TRUE(e.date_resolved);
    EXPECT_EQ(e.action_geo.name, "Beijing");
    EXPECT_EQ(e.action_geo.country_code, "CHN");
    EXPECT_EQ(e.action_geo.feature_type, "city");
    EXPECT_NEAR(e.action_geo.latitude, 39.9, 0.1);
    EXPECT_NEAR(e.action_geo.longitude, 116.4, 0.1);
  }
  EXPECT_GT(meetings, 0);
}

}  // namespace
}  // namespace dyad::where
