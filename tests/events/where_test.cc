// Event places: the resolver on sentences analysed by the real pipeline with
// the small gazetteer of tests/places/test_gazetteer.h, and (when the real
// gazetteer is installed) the seed article.
#include "events/where.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <memory>
#include <string>

#include <unistd.h>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "places/test_gazetteer.h"
#include "test_util.h"

namespace dyad::where {
namespace {

namespace fs = std::filesystem;
using places::CompileGazetteer;
using places::Gazetteer;

class WhereTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("dyad-where-test-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    std::string summary;
    Status st = CompileGazetteer(places::testing::WriteFixtureSources(*dir_), (*dir_ / "gazetteer.bin").string(), &summary);
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
      // Issue 16's misreadings: a small town inside an organisation's name,
      // a continent that is also a town, and a place named as the object.
      {"Envoys criticized him at a Security Council meeting.", "criticized", {"USA"}, "", "", ""},
      {"Rivals compete for influence in Asia.", "compete", {}, "Asia", "", "continent"},
      {"Artillery shelled the Ukrainian city of Kharkiv.", "shelled", {}, "Kharkiv", "UKR", "city"},
  };
  for (const PlaceCase& c : cases) {
    Geo g = Locate(c.sentence, c.verb, c.actors);
    std::string what = std::string(c.sentence) + " [" + std::to_string(c.actors.size()) + " actors]";
    EXPECT_EQ(g.name, c.name) << what;
    EXPECT_EQ(g.country_code, c.country) << what;
    EXPECT_EQ(g.feature_type, c.type) << what;
  }
  EXPECT_EQ(Locate("Xu met Shoygu in Beijing.", "met", {}).how, "clause");
  EXPECT_EQ(Locate("Artillery shelled the Ukrainian city of Kharkiv.", "shelled", {}).how, "clause");
  EXPECT_EQ(Locate("In Beijing, Xu said he would meet Shoygu.", "meet", {}).how, "sentence");
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
// The events of `text`, "SOURCE>TARGET:ROOT" each, space-separated.
std::string EventKeys(const Coder& coder, const char* text) {
  CodedDocument coded;
  coder.Code(testing_util::MakeDocument(text), &coded);
  std::string keys;
  for (const Event& e : coded.events) {
    keys += (keys.empty() ? "" : " ") + e.source + ">" + e.target + ":" + e.cameo->code.substr(0, 2);
  }
  return keys;
}

// Force and aid that name no one are aimed at the country of the place
// their own clause names, with a lower confidence; with no such place they
// are dropped (kept as "---" only with unknown sides).
TEST(PlaceTargetTest, ForceNamingNoOneIsAimedAtItsClausePlace) {
  std::string path = Gazetteer::DefaultPath(DefaultDataDir());
  if (!fs::exists(path)) GTEST_SKIP() << "gazetteer not installed (" << path << "): run scripts/deps.sh and build";
  for (bool unknown_sides : {false, true}) {
    CoderOptions options;
    options.unknown_sides = unknown_sides;
    auto coder = Coder::Create(options);
    ASSERT_TRUE(coder.ok()) << coder.status().ToString();
    CodedDocument coded;
    (*coder)->Code(testing_util::MakeDocument("Chilean artillery shelled villages in the Kharkiv region on Monday. "
                                              "Chilean artillery shelled villages all night."),
                   &coded);
    int placed = 0, unknown = 0;
    for (const Event& e : coded.events) {
      if (e.sentence == 0) {
        ++placed;
        EXPECT_EQ(e.source, "CHLMIL");
        EXPECT_EQ(e.target, "UKR");
        EXPECT_EQ(e.target_how, "place");
        EXPECT_EQ(e.target_text, "the Kharkiv region");
        EXPECT_LT(e.confidence, 0.6);
      } else {
        ++unknown;
        EXPECT_EQ(e.target, "---");
        EXPECT_EQ(e.target_how, "unknown");
      }
    }
    EXPECT_EQ(placed, 1);
    EXPECT_EQ(unknown, unknown_sides ? 1 : 0);
  }
}

// What force strikes may be a thing, not an actor: a building, a power
// plant, a bridge. Struck, hit or targeted, it is force at the country of
// the place the clause names; an idiom of hitting is not ("hit the road"),
// nor is a collision of vehicles.
TEST(PlaceTargetTest, ForceAtAThingIsAimedAtItsPlace) {
  std::string path = Gazetteer::DefaultPath(DefaultDataDir());
  if (!fs::exists(path)) GTEST_SKIP() << "gazetteer not installed (" << path << "): run scripts/deps.sh and build";
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"Chilean drones struck a power plant in western Ukraine.", "CHL>UKR:19"},
      {"A Peruvian missile hit an apartment building in Kharkiv.", "PER>UKR:19"},
      {"Bolivian warplanes targeted an airport near Aleppo on Sunday.", "BOLMIL>SYR:19"},
      {"Chilean jets struck oil refineries in southern Iraq overnight.", "CHLMIL>IRQ:19"},
      {"Peruvian artillery hit a bridge over the river in Mali.", "PERMIL>MLI:19"},
      // (guards: idioms and accidents)
      {"Chilean negotiators struck a deal in Geneva.", ""},
      {"Peruvian exporters hit the road in Ukraine.", ""},
      {"A Bolivian truck hit a car in Peru.", ""},
  };
  for (const Case& c : cases) {
    std::string keys = EventKeys(**coder, c.text);
    if (std::string(c.want).empty()) {
      EXPECT_EQ(keys.find(":19"), std::string::npos) << c.text << " -> " << keys;
    } else {
      EXPECT_EQ(keys, c.want) << c.text;
    }
  }
}

// Diseases, disasters and social ills are fought only as a figure of speech:
// force aimed at one is aimed at no party, neither at the country of the
// place its clause names nor, with unknown sides, at "---". Force at a party
// or at people stays force.
TEST(PlaceTargetTest, FightingAnIllIsNoForce) {
  std::string path = Gazetteer::DefaultPath(DefaultDataDir());
  if (!fs::exists(path)) GTEST_SKIP() << "gazetteer not installed (" << path << "): run scripts/deps.sh and build";
  struct Case {
    const char* text;
    const char* want;  // "" for no event, else "SOURCE>TARGET:ROOT" of the one event
  };
  const Case cases[] = {
      {"Chilean doctors battled the cholera outbreak in Peru.", ""},
      {"Chilean soldiers fought the wildfire in Bolivia.", ""},
      {"Chilean firefighters fought the blaze near La Paz.", ""},
      {"Chilean police attacked corruption in Bolivia.", ""},
      {"The Chilean government agreed to fight poverty.", ""},
      {"Chilean soldiers fought Peruvian rebels in Peru.", "CHLMIL>PERREB:19"},
      {"Chilean soldiers shelled villages in Bolivia.", "CHLMIL>BOL:19"},
      {"Chilean police opened fire on protesters in Peru.", "CHLCOP>PERCVL:17"},
  };
  for (bool unknown_sides : {false, true}) {
    CoderOptions options;
    options.unknown_sides = unknown_sides;
    auto coder = Coder::Create(options);
    ASSERT_TRUE(coder.ok()) << coder.status().ToString();
    for (const Case& c : cases) {
      EXPECT_EQ(EventKeys(**coder, c.text), c.want) << c.text << (unknown_sides ? " (unknown sides)" : "");
    }
  }
}

// Aid or force done for a purpose named no one is aimed at the place its doer
// went to do it ("arrived in Peru to help deliver aid"), with the real
// gazetteer; not at a place another clause names, nor where nothing is done
// for a purpose.
TEST(PlaceTargetTest, PurposeIsDoneWhereItsDoerWent) {
  std::string path = Gazetteer::DefaultPath(DefaultDataDir());
  if (!fs::exists(path)) GTEST_SKIP() << "gazetteer not installed (" << path << "): run scripts/deps.sh and build";
  struct Case {
    const char* text;
    const char* want;  // "" for no event, else "SOURCE>TARGET:ROOT" of each event
  };
  const Case cases[] = {
      {"Chilean troops arrived in Peru to deliver aid.", "CHLMIL>PER:07"},
      {"Chilean troops arrived in Peru to help deliver aid.", "CHLMIL>PER:07"},
      {"Chilean artillery moved into position in Bolivia to shell villages.", "CHLMIL>BOL:19"},
      // (its own clause's place first; no purpose, no place of another clause)
      {"Chilean troops arrived in Peru to deliver aid in Bolivia.", "CHLMIL>BOL:07"},
      {"Chilean troops arrived in Peru, and later delivered aid.", ""},
  };
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  for (const Case& c : cases) {
    EXPECT_EQ(EventKeys(**coder, c.text), c.want) << c.text;
  }
}

// Issue 15.3: the place a sentence ties an actor to below its country, from
// the actor's own noun phrase or the "in"/"of"/"from" phrase after it, with
// the real coder and gazetteer. A bare country is not placed by the phrase
// after it, and a country-level place is not an actor's place.
TEST(ActorGeoTest, PlacesActorsBelowTheirCountry) {
  std::string path = Gazetteer::DefaultPath(DefaultDataDir());
  if (!fs::exists(path)) GTEST_SKIP() << "gazetteer not installed (" << path << "): run scripts/deps.sh and build";
  auto coder = Coder::Create(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  struct Case {
    const char* text;
    const char* source_place;  // "" when the source is not placed
    const char* target_place;
    const char* source_type;  // Geo::feature_type of the source's place
  };
  const Case cases[] = {
      {"Police in Kharkiv arrested two Russian agents.", "Kharkiv", "", "city"},
      {"Kharkiv police arrested two Russian agents.", "Kharkiv", "", "city"},
      {"Kharkiv's mayor accused Russia of shelling schools.", "Kharkiv", "", "city"},
      {"The governor of Texas criticized Mexico over the border.", "Texas", "", "admin1"},
      {"Kenyan protesters in the capital denounced the government.", "Nairobi", "", "city"},
      {"Russian troops shelled police in Kharkiv.", "", "Kharkiv", ""},
      {"Japan met China in Tokyo.", "", "", ""},
      {"The president of Ukraine thanked Germany.", "", "", ""},
      {"Russian troops attacked Ukraine.", "", "", ""},
  };
  for (const Case& c : cases) {
    CodedDocument out;
    (*coder)->Code(testing_util::MakeDocument(c.text, "2025-03-12", "", "1"), &out);
    ASSERT_FALSE(out.events.empty()) << c.text;
    const Event& e = out.events[0];
    EXPECT_EQ(e.source_geo.name, c.source_place) << c.text << " (source " << e.source << ")";
    EXPECT_EQ(e.target_geo.name, c.target_place) << c.text << " (target " << e.target << ")";
    EXPECT_EQ(e.source_geo.feature_type, c.source_type) << c.text;
    if (e.source_geo.known()) {
      EXPECT_EQ(e.source_geo.how, "actor") << c.text;
      EXPECT_GT(e.source_geo.geonameid, 0u) << c.text;
    }
  }
}

}  // namespace
}  // namespace dyad::where
