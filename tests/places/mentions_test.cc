// The place finder on sentences written for these tests, analysed by the real
// pipeline, with the small gazetteer of test_gazetteer.h: what is a place
// mention, what is part of another name, and which reading each gets and why.
#include "places/mentions.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "dyad/pipeline.h"
#include "places/test_gazetteer.h"

namespace dyad::places {
namespace {

namespace fs = std::filesystem;

class MentionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("dyad-mentions-test-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    Status st = CompileGazetteer(testing::WriteFixtureSources(*dir_), (*dir_ / "gazetteer.bin").string());
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

  // "text=name/country/how" for every mention, space-separated.
  std::string Find(const std::string& text, std::vector<std::string> actor_codes = {}) {
    text_ = text;
    pipeline_->Analyze(text_, 0, &a_);
    ActorMentions actors;
    for (const std::string& code : actor_codes) {
      ActorMention m;
      m.code = code;
      actors.mentions.push_back(m);
    }
    std::vector<PlaceMention> found;
    MentionScratch scratch;
    FindPlaceMentions(*gazetteer_, a_, actors, &found, &scratch);
    std::string out;
    for (const PlaceMention& m : found) {
      if (!out.empty()) out += " ";
      out += text_.substr(m.begin, m.end - m.begin) + "=" + m.name + "/" + m.country + "/" + m.how;
      if (m.demonym) out += "/demonym";
    }
    return out;
  }

  static fs::path* dir_;
  static Gazetteer* gazetteer_;
  static Pipeline* pipeline_;
  std::string text_;
  Analysis a_;
};
fs::path* MentionsTest::dir_ = nullptr;
Gazetteer* MentionsTest::gazetteer_ = nullptr;
Pipeline* MentionsTest::pipeline_ = nullptr;

struct MentionCase {
  const char* text;
  std::vector<std::string> actors;
  const char* expected;
};

TEST_F(MentionsTest, FindsAndResolvesTable) {
  const MentionCase cases[] = {
      // A type word before the name; a demonym names its country.
      {"Artillery shelled the Ukrainian city of Kharkiv overnight.", {},
       "Ukrainian=Ukraine/UKR/only reading/demonym Kharkiv=Kharkiv/UKR/type word"},
      // "X, Y": the country beside the name picks the reading.
      {"Police arrested protesters in Hyderabad, Pakistan, on Friday.", {},
       "Hyderabad=Hyderabad/PAK/nearby place Pakistan=Pakistan/PAK/only reading"},
      // Without it, the story's countries; without those, population.
      {"Police arrested protesters in Hyderabad.", {"PAK"}, "Hyderabad=Hyderabad/PAK/story country"},
      {"Police arrested protesters in Hyderabad.", {}, "Hyderabad=Hyderabad/IND/population"},
      // Another place in the story counts as much as an actor.
      {"Pakistani officials said police arrested protesters in Hyderabad.", {},
       "Pakistani=Pakistan/PAK/only reading/demonym Hyderabad=Hyderabad/PAK/story country"},
      // Part of an organisation's name, not a place.
      {"The Security Council will meet again.", {}, ""},
      // Continents and world regions are places.
      {"Leaders from Asia and North America met.", {},
       "Asia=Asia//only reading North America=North America//only reading"},
      // A lone capitalised word that starts a sentence must be a proper noun.
      {"March was cold in Beijing.", {}, "Beijing=Beijing/CHN/population"},
      // A small town with a common name needs support from the story.
      {"Soldiers crossed near Wagah.", {}, ""},
      {"Indian and Pakistani soldiers crossed near Wagah.", {},
       "Indian=India/IND/only reading/demonym Pakistani=Pakistan/PAK/only reading/demonym "
       "Wagah=Wagah/PAK/only reading"},
      // A region's three-letter code, in capitals, only in a story about its
      // country (the code alone is no evidence of it).
      {"Pakistani officials said floods hit SND again.", {},
       "Pakistani=Pakistan/PAK/only reading/demonym SND=Sindh/PAK/only reading"},
      {"A reporter for SND said so.", {}, ""},
      // A city's other name is taken only in a story about its country.
      {"Officials in Peking said so.", {}, ""},
      {"Officials in Peking said so.", {"CHN"}, "Peking=Beijing/CHN/only reading"},
      // Once the story ties a name to a place ("Hyderabad, Pakistan"), its
      // other mentions of the name are that place too.
      {"Indian and Pakistani officials met in Hyderabad. Later police in Hyderabad, Pakistan, made arrests.", {},
       "Indian=India/IND/only reading/demonym Pakistani=Pakistan/PAK/only reading/demonym "
       "Hyderabad=Hyderabad/PAK/nearby place elsewhere Hyderabad=Hyderabad/PAK/nearby place "
       "Pakistan=Pakistan/PAK/only reading"},
      // Regions in a list are the regions, not a namesake town of the
      // country of the next one.
      {"Storms hit Alabama, Georgia and Sindh.", {},
       "Alabama=Alabama/USA/nearby place Georgia=Georgia/USA/only reading Sindh=Sindh/PAK/only reading"},
      // A region's press abbreviation, with its period.
      {"Police in Montgomery, Ala., said so.", {},
       "Montgomery=Montgomery/USA/only reading Ala.=Alabama/USA/only reading"},
      // A code only in capitals: "St." is a saint, not São Tomé's "ST".
      {"Worshippers gathered at St. Mark's church.", {}, ""},
      // A possessive inside a name: "People's Republic of China" is China,
      // not the "Republic of China" (Taiwan) within it.
      {"Officials of the People's Republic of China said so.", {},
       "People's Republic of China=China/CHN/only reading"},
  };
  for (const MentionCase& c : cases) EXPECT_EQ(Find(c.text, c.actors), c.expected) << c.text;
}

TEST_F(MentionsTest, CarriesGeoNamesFields) {
  text_ = "Fighting was reported in Kharkiv and elsewhere in Ukraine.";
  pipeline_->Analyze(text_, 0, &a_);
  std::vector<PlaceMention> found;
  MentionScratch scratch;
  FindPlaceMentions(*gazetteer_, a_, ActorMentions{}, &found, &scratch);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].feature_class, "P");
  EXPECT_EQ(found[0].feature_code, "PPLA");
  EXPECT_EQ(found[0].admin1, "Kharkiv Oblast");
  EXPECT_NEAR(found[0].latitude, 49.98, 1e-3);
  EXPECT_EQ(found[1].feature_code, "PCLI");
  EXPECT_EQ(found[1].geonameid, 690791u);
}

}  // namespace
}  // namespace dyad::places
