// PETRARCH 2 dictionary readers (verbs, actors, agents, discards), their
// translation into dyad's entries and patterns, the validation-record reader,
// and the whole path through the Coder with small invented dictionaries.
#include "events/petrarch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "dyad/coder.h"
#include "test_util.h"

namespace dyad::petrarch {
namespace {

std::string Messages(const std::vector<Diagnostic>& diags) {
  std::string s;
  for (const Diagnostic& d : diags) s += "\n  " + d.ToString();
  return s;
}

bool HasDiagnostic(const std::vector<Diagnostic>& diags, uint32_t line, bool error) {
  return std::any_of(diags.begin(), diags.end(),
                     [&](const Diagnostic& d) { return d.line == line && d.error == error; });
}

// ---- verbs ------------------------------------------------------------------

constexpr std::string_view kVerbs =
    "<!-- a test dictionary -->\n"         // 1
    "&FRUIT\n"                             // 2
    "+APPLES\n"                            // 3
    "+STAR FRUIT   # two words\n"          // 4
    "\n"                                   // 5
    "--- FROB  [051:052] ---\n"            // 6
    "FROB {FROBBED FROBS}\n"               // 7
    "+FROB_UP [053]\n"                     // 8
    "GRAX_+FROB\n"                         // 9
    "- * &FRUIT WITH +  [054]  # note\n"   // 10
    "- SAID * [055]\n"                     // 11
    "- *_AWAY $ [056:057]\n"               // 12
    "- * ZORP [+++]\n"                     // 13
    "\n"                                   // 14
    "--- TWIDDLE [---] ---\n"              // 15
    "TWIDDLE\n"                            // 16
    "- * KNOB [0871]\n";                   // 17

TEST(PetrarchVerbsTest, ReadsBlocksFormsPatternsAndSynsets) {
  std::vector<Diagnostic> diags;
  VerbDictionary d = ParseVerbs(kVerbs, "verbs.txt", &diags);
  ASSERT_EQ(d.synsets.count("&FRUIT"), 1u);
  const auto& fruit = d.synsets["&FRUIT"];
  ASSERT_EQ(fruit.size(), 2u);
  EXPECT_EQ(fruit[1], (std::vector<std::string>{"star", "fruit"}));
  ASSERT_EQ(d.blocks.size(), 2u);
  const VerbBlock& b = d.blocks[0];
  EXPECT_EQ(b.name, "FROB");
  EXPECT_EQ(b.code, "051");
  EXPECT_EQ(b.reverse_code, "052");
  ASSERT_EQ(b.forms.size(), 3u);
  EXPECT_EQ(b.forms[1].words, (std::vector<std::string>{"frob", "up"}));
  EXPECT_EQ(b.forms[1].verb_index, 0u);
  EXPECT_EQ(b.forms[1].code, "053");
  EXPECT_EQ(b.forms[2].verb_index, 1u);
  ASSERT_EQ(b.patterns.size(), 4u);
  const VerbPattern& p = b.patterns[0];
  EXPECT_EQ(p.line, 10u);
  EXPECT_EQ(p.code, "054");
  EXPECT_TRUE(p.before.empty());
  ASSERT_EQ(p.after.size(), 3u);
  EXPECT_EQ(p.after[0].kind, Element::kSynset);
  EXPECT_EQ(p.after[1].text, "with");
  EXPECT_EQ(p.after[2].kind, Element::kTarget);
  EXPECT_EQ(b.patterns[1].before.size(), 1u);
  EXPECT_TRUE(b.patterns[2].verb_joined);
  EXPECT_EQ(b.patterns[2].reverse_code, "057");
  EXPECT_EQ(b.patterns[3].code, "+++");
  EXPECT_TRUE(diags.empty()) << Messages(diags);
}

TEST(PetrarchVerbsTest, ReportsEveryUnreadableLine) {
  struct Case {
    const char* what;
    const char* text;
    uint32_t line;
  };
  const Case cases[] = {
      {"pattern without code", "--- A [010] ---\nA\n- * B\n", 3},
      {"pattern outside a block", "- * B [010]\n", 1},
      {"two verb positions", "--- A [010] ---\nA\n- * B * [010]\n", 3},
      {"no verb position", "--- A [010] ---\nA\n- B C [010]\n", 3},
      {"header without code", "--- A ---\nA\n", 1},
      {"synset member without +", "&S\nWORD\n", 2},
      {"line outside everything", "STRAY WORDS\n", 1},
      {"unclosed brace", "--- A [010] ---\nA {AS\n", 2},
      {"block without verbs", "--- A [010] ---\n- * B [010]\n", 1},
  };
  for (const Case& c : cases) {
    std::vector<Diagnostic> diags;
    ParseVerbs(c.text, "v.txt", &diags);
    EXPECT_TRUE(HasDiagnostic(diags, c.line, true)) << c.what << Messages(diags);
    for (const Diagnostic& d : diags) EXPECT_EQ(d.ToString().rfind("v.txt:", 0), 0u) << c.what;
  }
}

// ---- actors, agents, discards ----------------------------------------------------

TEST(PetrarchActorsTest, ReadsNamesAliasesAndDatedCodes) {
  std::vector<Diagnostic> diags;
  auto actors = ParseActors(
      "<!-- header\n"
      "   over two lines -->\n"
      "FREEDONIA_ [FRD] # comment\n"
      "+FREEDONIAN\n"
      "RUFUS_T_FIREFLY\n"
      "+FIREFLY\n"
      "\t[FRDGOV 19330101 - 19331231]\n"
      "\t[FRDELI > 340101]\n"
      "\t[FRD <330101]\n"
      "SYLVANIA\n"
      "\t[SYL]#trailing\n",
      "actors.txt", &diags);
  EXPECT_TRUE(diags.empty()) << Messages(diags);
  ASSERT_EQ(actors.size(), 3u);
  EXPECT_EQ(actors[0].names, (std::vector<std::string>{"FREEDONIA", "FREEDONIAN"}));
  EXPECT_EQ(actors[0].codes[0].code, "FRD");
  EXPECT_EQ(actors[1].names[0], "RUFUS T FIREFLY");
  ASSERT_EQ(actors[1].codes.size(), 3u);
  EXPECT_EQ(actors[1].codes[0].from, "1933-01-01");
  EXPECT_EQ(actors[1].codes[0].to, "1933-12-31");
  EXPECT_EQ(actors[1].codes[1].from, "1934-01-01");
  EXPECT_EQ(actors[1].codes[1].to, "");
  EXPECT_EQ(actors[1].codes[2].to, "1932-12-31");  // "<" is before the day
  EXPECT_EQ(actors[2].codes[0].code, "SYL");
}

TEST(PetrarchActorsTest, ReportsMalformedLines) {
  struct Case {
    const char* what;
    const char* text;
    uint32_t line;
  };
  const Case cases[] = {
      {"code before any actor", "[ABC]\n", 1},
      {"alias before any actor", "+NAME\n", 1},
      {"bad date", "NAME\n[ABC <19991340]\n", 2},
      {"range backwards", "NAME\n[ABC 20000101-19990101]\n", 2},
      {"no code at all", "NAME\nOTHER [DEF]\n", 1},
      {"unclosed code", "NAME [ABC\n", 1},
  };
  for (const Case& c : cases) {
    std::vector<Diagnostic> diags;
    ParseActors(c.text, "a.txt", &diags);
    EXPECT_TRUE(HasDiagnostic(diags, c.line, true)) << c.what << Messages(diags);
  }
}

TEST(PetrarchAgentsTest, PluralsPrefixesAndSubstitutions) {
  std::vector<Diagnostic> diags;
  auto agents = ParseAgents(
      "!ROLE! = WARDEN, WARDENS\n"
      "DEPUTY [~GOV]\n"
      "BOSS {} [~BUS]\n"
      "CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~GOVMIL]\n"
      "RELIEF_WORKER [  NGO~]\n"
      "GAME!ROLE! [~ENV]\n"
      "BADGE [GOV]\n"
      "CLERK\n",
      "agents.txt", &diags);
  ASSERT_EQ(agents.size(), 5u) << Messages(diags);
  EXPECT_EQ(agents[0].names, (std::vector<std::string>{"deputy", "deputies"}));
  EXPECT_EQ(agents[1].names, (std::vector<std::string>{"boss"}));
  EXPECT_EQ(agents[2].names, (std::vector<std::string>{"chief of staff", "chiefs of staff"}));
  EXPECT_EQ(agents[2].code, "GOVMIL");
  EXPECT_TRUE(agents[3].prefix);
  EXPECT_EQ(agents[3].code, "NGO");
  EXPECT_EQ(agents[4].names, (std::vector<std::string>{"gamewarden", "gamewardens"}));
  EXPECT_TRUE(HasDiagnostic(diags, 7, true)) << Messages(diags);  // no ~
  EXPECT_TRUE(HasDiagnostic(diags, 8, true)) << Messages(diags);  // no code
}

TEST(PetrarchAgentsTest, SeveralSubstitutionsInOneName) {
  // The second marker sits at a different place in each expansion of the
  // first (a fuzzer found the offsets reused).
  std::vector<Diagnostic> diags;
  auto agents = ParseAgents("!A! = X, LONGER_WORD\n!B! = Y, Z\n!A!_OF_!B! [~GOV]\n!A!_!C! [~GOV]\n", "agents.txt",
                            &diags);
  ASSERT_EQ(agents.size(), 1u) << Messages(diags);
  EXPECT_EQ(agents[0].names, (std::vector<std::string>{"x of y", "x of z", "longer word of y", "longer word of z"}));
  EXPECT_TRUE(HasDiagnostic(diags, 4, true)) << Messages(diags);  // unknown !C!
  // An empty list is reported and not defined, so no agent loses its names.
  diags.clear();
  EXPECT_TRUE(ParseAgents("!E! = ,\nX!E! [~GOV]\n", "agents.txt", &diags).empty());
  EXPECT_TRUE(HasDiagnostic(diags, 1, true)) << Messages(diags);
  EXPECT_TRUE(HasDiagnostic(diags, 2, true)) << Messages(diags);
}

TEST(PetrarchDiscardsTest, StoryAndSentenceLevels) {
  std::vector<Diagnostic> diags;
  auto d = ParseDiscards("CROQUET MATCH\n+TIDDLYWINKS_LEAGUE # story\n", "d.txt", &diags);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_FALSE(d[0].story);
  EXPECT_EQ(d[0].words, (std::vector<std::string>{"croquet", "match"}));
  EXPECT_TRUE(d[1].story);
  EXPECT_EQ(d[1].words, (std::vector<std::string>{"tiddlywinks", "league"}));
}

// ---- translation ------------------------------------------------------------------

class PetrarchTranslateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto cb = Codebook::Parse("051 1.0 1 1 - - Test\n0871 1.0 1 1 - - Test\n", "codebook");
    ASSERT_TRUE(cb.ok());
    codebook_ = std::move(cb).value();
  }
  std::unique_ptr<Codebook> codebook_;
};

TEST_F(PetrarchTranslateTest, PatternsSynsetsCodesAndNotes) {
  Dictionaries d;
  d.verbs = ParseVerbs(kVerbs, "verbs.txt", &d.diagnostics);
  std::vector<Diagnostic> diags;
  // A lemmatizer that knows every form of "frob" but "frobed" (a regular
  // form PETRARCH generates).
  LemmaFn lemma = [](std::string_view w) {
    return w == "frobbed" || w == "frobs" || w == "frobing" ? std::string("frob") : std::string(w);
  };
  Translation t = Translate(d, lemma, *codebook_, &diags);
  std::vector<std::string> texts;
  for (const ForeignPattern& p : t.patterns) {
    texts.push_back(p.code + " " + (p.before.empty() ? "" : p.before + " ") + p.pattern);
  }
  auto has = [&](const std::string& s) { return std::find(texts.begin(), texts.end(), s) != texts.end(); };
  // Non-adjacent words get a gap; '_' keeps them together; synsets expand.
  EXPECT_TRUE(has("054 frob * apples * with +")) << ::testing::PrintToString(texts);
  EXPECT_TRUE(has("054 frob * star fruit * with +")) << ::testing::PrintToString(texts);
  EXPECT_TRUE(has("056 frob _away $")) << ::testing::PrintToString(texts);
  EXPECT_TRUE(has("053 frob _up")) << ::testing::PrintToString(texts);
  EXPECT_TRUE(has("051 frob")) << ::testing::PrintToString(texts);
  // A form the lemmatizer leaves alone is an anchor of its own.
  EXPECT_TRUE(has("051 frobed")) << ::testing::PrintToString(texts);
  EXPECT_TRUE(has("054 frobed * apples * with +")) << ::testing::PrintToString(texts);
  EXPECT_FALSE(has("051 frobbed"));
  EXPECT_TRUE(has("0871 twiddle * knob")) << ::testing::PrintToString(texts);
  // Words before the verb, of a pattern or of a verb form (joined to it).
  EXPECT_TRUE(has("055 said frob")) << ::testing::PrintToString(texts);
  EXPECT_TRUE(has("051 grax_ frob")) << ::testing::PrintToString(texts);
  EXPECT_TRUE(has("055 said * grax_ frob")) << ::testing::PrintToString(texts);
  for (const std::string& s : texts) EXPECT_EQ(s.find("zorp"), std::string::npos) << "+++ is not a code";
  EXPECT_FALSE(has("--- twiddle"));  // a null verb needs no pattern
  EXPECT_FALSE(HasDiagnostic(diags, 11, false)) << Messages(diags);
  EXPECT_TRUE(HasDiagnostic(diags, 13, false)) << Messages(diags);
  // Each pattern knows the written forms of its verb: the block's
  // irregular ones and those PETRARCH generates, not every form of the lemma.
  for (const ForeignPattern& p : t.patterns) {
    if (p.line != 7) continue;
    for (const char* form : {"frob", "frobbed", "frobs", "frobed", "frobing"}) {
      EXPECT_NE(std::find(p.forms.begin(), p.forms.end(), form), p.forms.end()) << form;
    }
    EXPECT_EQ(std::find(p.forms.begin(), p.forms.end(), "frobbing"), p.forms.end());
  }
  // Codes the codebook lacks are declared; known ones are not.
  std::vector<std::string> foreign;
  for (const ForeignCode& c : t.codes) foreign.push_back(c.code);
  EXPECT_NE(std::find(foreign.begin(), foreign.end(), "054"), foreign.end());
  EXPECT_NE(std::find(foreign.begin(), foreign.end(), "057"), foreign.end());
  EXPECT_EQ(std::find(foreign.begin(), foreign.end(), "051"), foreign.end());
  EXPECT_EQ(t.reverse_codes.at("verbs.txt:12"), "057");
  EXPECT_EQ(t.reverse_codes.at("verbs.txt:7"), "052");
}

TEST_F(PetrarchTranslateTest, ActorsBecomeEntriesAndConflictsAreReported) {
  Dictionaries d;
  d.actors.push_back({"actors.txt", ParseActors("FREEDONIA [FRD]\nFREEDONIA_ARMY [FRDMIL]\n"
                                                "TEASDALE\n[FRDGOV >330101]\n[FRD]\n"
                                                "FREEDONIA [SYL]\nMARX [---]\n",
                                                "actors.txt", &d.diagnostics)});
  d.agents_file = "agents.txt";
  d.agents = ParseAgents("AMBASSADOR [~GOV]\n", "agents.txt", &d.diagnostics);
  std::vector<Diagnostic> diags;
  Translation t = Translate(d, [](std::string_view w) { return std::string(w); }, *codebook_, &diags);
  ASSERT_EQ(t.actors.size(), 5u);  // MARX's null code is not an entry
  EXPECT_EQ(t.actors[0].kind, ActorSpec::Kind::kCountry);
  EXPECT_EQ(t.actors[0].names[0], "Freedonia");
  EXPECT_EQ(t.actors[1].kind, ActorSpec::Kind::kGroup);
  EXPECT_EQ(t.actors[2].kind, ActorSpec::Kind::kPerson);
  ASSERT_EQ(t.actors[2].roles.size(), 2u);
  EXPECT_EQ(t.actors[2].roles[1].code, "FRD");  // the undated default comes last
  EXPECT_EQ(t.actors[4].kind, ActorSpec::Kind::kAgent);
  EXPECT_TRUE(HasDiagnostic(diags, 7, false)) << Messages(diags);
  std::vector<std::string> rejected;
  auto dict = ActorDictionary::Build({}, t.actors, &rejected);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].rfind("actors.txt:6: ", 0), 0u) << rejected[0];
}

// ---- validation records -----------------------------------------------------------

TEST(PetrarchRecordsTest, ReadsEnvironmentRecordsAndExpectations) {
  auto rf = ParseRecords(
      "<Validation>\n<Environment>\n <Verbfile>v.txt</Verbfile>\n <Actorfile>a.txt</Actorfile>\n</Environment>\n"
      "<!-- <Sentence date=\"20000101\" id=\"OFF\" category=\"X\"><Text>off</Text></Sentence> -->\n"
      "<Sentence date=\"19950102\" id=\"R-1\" category=\"DEMO\">\n"
      "<EventCoding sourcecode=\"FRD\" targetcode='\"THE PEOPLE\"' eventcode=\"051\"></EventCoding>\n"
      "<Text>\nFreedonia &amp; its\n   neighbour met.\n</Text>\n<Parse>(ROOT)</Parse>\n</Sentence>\n"
      "<Sentence date=\"19950103\" id=\"R-2\" category=\"ERROR\">\n"
      "<EventCoding noevents = \"True\"></EventCoding><Text>x</Text></Sentence>\n"
      "<Sentence id=\"R-3\" category=\"ERROR\"><EventCoding error=\"storydiscard\"></EventCoding>"
      "<Text>y</Text></Sentence>\n</Validation>\n",
      "records.xml", "/dir");
  ASSERT_TRUE(rf.ok()) << rf.status().ToString();
  EXPECT_EQ(rf->environment.verbs, "/dir/v.txt");
  ASSERT_EQ(rf->environment.actors.size(), 1u);
  ASSERT_EQ(rf->records.size(), 3u);
  const Record& r = rf->records[0];
  EXPECT_EQ(r.id, "R-1");
  EXPECT_EQ(r.date, "1995-01-02");
  EXPECT_EQ(r.line, 7u);
  EXPECT_EQ(r.text, "Freedonia & its neighbour met.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].target, "\"THE PEOPLE\"");
  EXPECT_TRUE(rf->records[1].noevents);
  EXPECT_EQ(rf->records[2].error, "storydiscard");
  EXPECT_EQ(rf->records[2].date, "");
}

TEST(PetrarchRecordsTest, RejectsFilesWithoutRecords) {
  EXPECT_FALSE(ParseRecords("<Validation></Validation>", "r.xml", ".").ok());
  auto bad = ParseRecords("<Sentence id=\"A\">\n<Text>never closed", "r.xml", ".");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("r.xml:1:"), std::string::npos);
}

// ---- through the coder ----------------------------------------------------------------

class PetrarchCoderTest : public ::testing::Test {
 protected:
  static void Write(const std::filesystem::path& p, std::string_view text) {
    std::ofstream(p, std::ios::binary) << text;
  }
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("dyad-petrarch-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    Write(dir_ / "verbs.txt",
          "--- CONDEMN [122] ---\nCONDEMN\n\n--- VISIT [042:043] ---\nVISIT\n- * MUSEUM [---]\n"
          "--- PRAISE [051] ---\nPRAISE\nBAD LINE [\n"
          "--- ASSAIL [111] ---\nASSAIL\n- HEAVILY_* [112]\n- NOT * [113]\n- * NEW_TRADE_RULES [114]\n"
          "- * RESOLUTION [115]\n"
          "--- LEFT [032] ---\nLEFT\n--- LEAVE [012] ---\nLEAVE\n"
          "--- WARN [160] ---\nWARN\n- * AT ^ + [162]\n--- REGRET [111] ---\nREGRET {REGRETTED}\n- NOTED + * [115]\n");
    Write(dir_ / "actors.txt", "FREEDONIA [FRD]\nSYLVANIA [SYL]\n+SYLVANIAN\nGRAND_FENWICK [GFW]\n");
    Write(dir_ / "agents.txt", "DEFENCE_MINISTER [~MIL]\n");
    Write(dir_ / "discards.txt", "CROQUET\n+TIDDLYWINKS\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // PETRARCH's dictionaries alone are coded by PETRARCH's conventions, next
  // to dyad's by dyad's, unless the test asks otherwise.
  std::unique_ptr<Coder> Make(bool defaults, std::string* error) {
    return Make(defaults, defaults ? Conventions::kDyad : Conventions::kPetrarch, error);
  }
  std::unique_ptr<Coder> Make(bool defaults, Conventions conventions, std::string* error) {
    CoderOptions o;
    o.conventions = conventions;
    o.pipeline.data_dir = testing_util::DataDir();
    o.petrarch_verbs = (dir_ / "verbs.txt").string();
    o.petrarch_actors = {(dir_ / "actors.txt").string()};
    o.petrarch_agents = (dir_ / "agents.txt").string();
    o.petrarch_discards = (dir_ / "discards.txt").string();
    o.no_default_dictionaries = !defaults;
    auto c = Coder::Create(o);
    if (!c.ok()) {
      *error = c.status().ToString();
      return nullptr;
    }
    return std::move(c).value();
  }

  std::vector<std::string> Code(const Coder& c, const std::string& text, std::string* discarded = nullptr) {
    CodedDocument out;
    c.Code(testing_util::MakeDocument(text, "1995-01-01"), &out);
    if (discarded) *discarded = out.discarded;
    std::vector<std::string> keys;
    for (const Event& e : out.events) {
      keys.push_back(e.source + ">" + e.target + ":" + (e.base_code.empty() ? e.cameo->code : e.base_code));
    }
    std::sort(keys.begin(), keys.end());
    return keys;
  }

  std::filesystem::path dir_;
};

TEST_F(PetrarchCoderTest, CodesWithPetrarchDictionariesOnly) {
  std::string error;
  auto coder = Make(/*defaults=*/false, &error);
  if (!coder) GTEST_SKIP() << "coder could not be loaded: " << error;
  // The unreadable verb line is reported with its file and line.
  bool reported = false;
  for (const std::string& n : coder->load_notes()) reported = reported || n.find("verbs.txt:9: error:") != std::string::npos;
  EXPECT_TRUE(reported) << ::testing::PrintToString(coder->load_notes());
  EXPECT_EQ(Code(*coder, "Freedonia condemned Sylvania on Monday."), (std::vector<std::string>{"FRD>SYL:122"}));
  // A paired code adds the reverse event.
  EXPECT_EQ(Code(*coder, "Freedonia visited Sylvania on Monday."),
            (std::vector<std::string>{"FRD>SYL:042", "SYL>FRD:043"}));
  // Agents compose with countries.
  EXPECT_EQ(Code(*coder, "The Sylvanian defence minister condemned Freedonia."),
            (std::vector<std::string>{"SYLMIL>FRD:122"}));
  // dyad's own dictionaries are off: dyad's China and its "criticize" pattern are unknown.
  EXPECT_TRUE(Code(*coder, "China criticized Japan on Monday.").empty());
  std::string discarded;
  EXPECT_TRUE(Code(*coder, "Freedonia condemned Sylvania after a croquet game.", &discarded).empty());
  EXPECT_EQ(discarded, "sentence");
  EXPECT_TRUE(Code(*coder, "Freedonia condemned Sylvania. Tiddlywinks resumed.", &discarded).empty());
  EXPECT_EQ(discarded, "story");
  // PETRARCH's conventions: with no other target, a place after "in" is it
  // (dyad's own coding would read it as where the praise was given).
  EXPECT_EQ(Code(*coder, "Freedonia praised the new bridge in Sylvania."), (std::vector<std::string>{"FRD>SYL:051"}));
}

TEST_F(PetrarchCoderTest, PatternsReadWordsBeforeTheVerbJoinedWordsAndWrittenForms) {
  std::string error;
  auto coder = Make(/*defaults=*/false, &error);
  if (!coder) GTEST_SKIP() << "coder could not be loaded: " << error;
  struct Case {
    const char* text;
    const char* want;
  };
  const Case cases[] = {
      {"Freedonia assailed Sylvania on Monday.", "FRD>SYL:111"},
      // words before the verb; '_' joins them to it
      {"Freedonia heavily assailed Sylvania on Monday.", "FRD>SYL:112"},
      {"Freedonia heavily and unfairly assailed Sylvania on Monday.", "FRD>SYL:111"},
      // PETRARCH codes what a pattern with the negation says
      {"Freedonia did not assail Sylvania on Monday.", "FRD>SYL:113"},
      // joined words admit no word between them
      {"Freedonia assailed new trade rules for Sylvania.", "FRD>SYL:114"},
      {"Freedonia assailed new global trade rules for Sylvania.", "FRD>SYL:111"},
      // pattern words match as written
      {"Freedonia assailed a resolution of Sylvania.", "FRD>SYL:115"},
      {"Freedonia assailed the resolutions of Sylvania.", "FRD>SYL:111"},
      // a passive with no "by" phrase is read as active; a phrase naming the
      // source again is not the target
      {"Freedonia was assailed for its policy toward Sylvania.", "FRD>SYL:111"},
      // the target may follow the pattern's words past the clause's end
      {"Freedonia praised the roads leading into Sylvania.", "FRD>SYL:051"},
      // '^' skips one phrase, actor or not
      {"Freedonia warned at Sylvania about Grand Fenwick.", "FRD>GFW:162"},
      // a target before the verb: the source is who speaks of it
      {"Freedonia noted that Sylvania regretted the decision.", "FRD>SYL:115"},
      // a subject phrase with no actor of its own: the first actor of the
      // noun phrase before the verb
      {"The Freedonia branch of a bank near Sylvania the Elder condemned Grand Fenwick.", "FRD>GFW:122"},
      // a parenthesis between the subject and its verb
      {"Freedonia's envoy, speaking to reporters on Friday, assailed Sylvania.", "FRD>SYL:111"},
      // a block is for the forms of its verb: LEFT is not LEAVE
      {"Freedonia left for Sylvania on Monday.", "FRD>SYL:032"},
      {"Freedonia leaves for Sylvania on Monday.", "FRD>SYL:012"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Code(*coder, c.text), (std::vector<std::string>{c.want})) << c.text;
  }
  // PETRARCH does not resolve a relative pronoun: no source.
  EXPECT_TRUE(Code(*coder, "The leader of Freedonia who assailed Sylvania resigned.").empty());
}

TEST_F(PetrarchCoderTest, AlongsideDyadsOwnDictionaries) {
  std::string error;
  auto coder = Make(/*defaults=*/true, &error);
  if (!coder) GTEST_SKIP() << "coder could not be loaded: " << error;
  // Both sets of actors are known; where both define the same pattern
  // ("condemn"), dyad's own comes first and the PETRARCH line is reported.
  auto theirs = Code(*coder, "Freedonia condemned Sylvania on Monday.");
  ASSERT_EQ(theirs.size(), 1u);
  EXPECT_EQ(theirs[0].rfind("FRD>SYL:", 0), 0u) << theirs[0];
  auto own = Code(*coder, "China condemned Japan on Monday.");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].rfind("CHN>JPN:", 0), 0u) << own[0];
  EXPECT_EQ(theirs[0].substr(8), own[0].substr(8));
  // With dyad's own patterns loaded, dyad's conventions hold: a place after
  // "in" is where, not whom.
  EXPECT_TRUE(Code(*coder, "Freedonia praised the new bridge in Sylvania.").empty());
}

// The conventions are what the caller chose, not what the dictionaries
// loaded suggest: PETRARCH's dictionaries alone can be coded dyad's way, and
// dyad's own PETRARCH's way.
TEST_F(PetrarchCoderTest, ConventionsAreChosenNotInferred) {
  std::string error;
  auto theirs_dyad_way = Make(/*defaults=*/false, Conventions::kDyad, &error);
  if (!theirs_dyad_way) GTEST_SKIP() << "coder could not be loaded: " << error;
  EXPECT_EQ(theirs_dyad_way->events().conventions(), Conventions::kDyad);
  EXPECT_EQ(Code(*theirs_dyad_way, "Freedonia condemned Sylvania on Monday."),
            (std::vector<std::string>{"FRD>SYL:122"}));
  // dyad's way: a place after "in" is where the praise was given.
  EXPECT_TRUE(Code(*theirs_dyad_way, "Freedonia praised the new bridge in Sylvania.").empty());
  // dyad's way: an agent alone takes the story's country; PETRARCH's leaves it "---".
  auto theirs = Make(/*defaults=*/false, Conventions::kPetrarch, &error);
  ASSERT_TRUE(theirs) << error;
  EXPECT_EQ(theirs->events().conventions(), Conventions::kPetrarch);
  const char* agent_alone = "Sylvania met Freedonia. The defence minister condemned Freedonia on Monday.";
  std::vector<std::string> petrarch_way = Code(*theirs, agent_alone);
  std::vector<std::string> dyad_way = Code(*theirs_dyad_way, agent_alone);
  EXPECT_NE(petrarch_way, dyad_way);
  EXPECT_TRUE(std::find(petrarch_way.begin(), petrarch_way.end(), "---MIL>FRD:122") != petrarch_way.end())
      << ::testing::PrintToString(petrarch_way);

  auto ours_petrarch_way = Make(/*defaults=*/true, Conventions::kPetrarch, &error);
  ASSERT_TRUE(ours_petrarch_way) << error;
  EXPECT_EQ(Code(*ours_petrarch_way, "Freedonia praised the new bridge in Sylvania."),
            (std::vector<std::string>{"FRD>SYL:051"}));
}

// PETRARCH's ways of composing actor codes, with PETRARCH dictionaries only.
TEST_F(PetrarchCoderTest, ActorConventions) {
  Write(dir_ / "verbs.txt",
        "--- CONDEMN [122] ---\nCONDEMN\n\n--- BELIEVE [023] ---\nBELIEVE\n\n"
        "--- SIGN [081] ---\nSIGN\n");
  Write(dir_ / "actors.txt",
        "FREEDONIA [FRD]\nSYLVANIA [SYL]\nGRAND_FENWICK [FEN]\nTHE_DUCHY [DCA/DCB]\n"
        "WESTERLAND [WSWGOV]\nRUFUS_T._FIREFLY [FRDGOV]\n");
  Write(dir_ / "agents.txt",
        "AMBASSADOR [~GOV]\nCLERIC [~REL]\nLAWMAKER [~LEG]\nCHARITY {} [NGO~]\n"
        "WORLD_GOVERNMENT {} [~WGO]\nSECURITY_OFFICIALS {} [~GOV]\n");
  std::string error;
  auto coder = Make(/*defaults=*/false, &error);
  if (!coder) GTEST_SKIP() << "coder could not be loaded: " << error;
  struct Case {
    const char* text;
    std::vector<std::string> events;
  } cases[] = {
      // [DCA/DCB]: the name stands for both actors; "the" in any case.
      {"Freedonia condemned the Duchy.", {"FRD>DCA:122", "FRD>DCB:122"}},
      // [NGO~] goes before the actor's code, [~GOV] after it.
      {"Charity Freedonia ambassadors condemned Sylvania.", {"NGOFRDGOV>SYL:122"}},
      // "former" makes the agent ELI.
      {"Former Freedonia ambassadors condemned Sylvania.", {"FRDELI>SYL:122"}},
      // An agent's code is appended part by part, leaving out a part the
      // code has in an aligned place: GOV is in FRDGOV, WGO is not aligned
      // in WSWGOV.
      {"Rufus T. Firefly security officials condemned Sylvania.", {"FRDGOV>SYL:122"}},
      {"Westerland world government condemned Sylvania.", {"WSWGOVWGO>SYL:122"}},
      // An agent before "in" and a list stands for each of them.
      {"Lawmakers in Freedonia and Sylvania condemned Grand Fenwick.", {"FRDLEG>FEN:122", "SYLLEG>FEN:122"}},
      // No country from context: the agents stay "---".
      {"Clerics and lawmakers condemned Sylvania.", {"---LEG>SYL:122", "---REL>SYL:122"}},
      // A verb whose object is a clause that codes nothing is aimed at that
      // clause's subject; one whose object is an infinitive, at its target.
      {"Freedonia believes Sylvania and Grand Fenwick can cope.", {"FRD>FEN:023", "FRD>SYL:023"}},
      {"Freedonia signed an accord to supply Sylvania with wheat.", {"FRD>SYL:081"}},
      // The one pronoun PETRARCH resolves: the subject of a clause right
      // after a verb, with an actor before it; other pronouns stay unknown.
      {"Freedonia indicated it had condemned Sylvania.", {"FRD>SYL:122"}},
      {"Freedonia met Sylvania. It condemned Grand Fenwick.", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Code(*coder, c.text), c.events) << c.text;
}

TEST(PetrarchFilesTest, MissingFileIsNotFound) {
  Files f;
  f.verbs = "/nonexistent/verbs.txt";
  Dictionaries d;
  Status s = Load(f, &d);
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_NE(s.message().find("/nonexistent/verbs.txt"), std::string::npos);
}

}  // namespace
}  // namespace dyad::petrarch
