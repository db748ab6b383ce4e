// Actor recognition and coding through the full pipeline with dyad's own
// dictionaries, and the dictionary loader's error reports.
#include "dyad/actors.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing_util::Join;
using testing_util::MakeDocument;
using testing_util::TokenText;

struct MentionCase {
  const char* text;
  std::vector<std::string> present;  // "surface=CODE" mentions that must be found
  std::vector<std::string> absent;   // codes no non-attributive mention may have ("USA*": any code starting USA)
  const char* date = "2020-06-15";
};

// A phrase and the code its one mention in the first sentence must have.
struct CodeCase {
  const char* text;
  const char* surface;
  const char* date;
  const char* code;
};

class ActorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { coder_ = testing_util::SharedCoder(&error_); }
  void SetUp() override {
    if (!coder_) GTEST_SKIP() << "coder could not be loaded: " << error_;
  }

  // Finds the actors of `text` and renders each non-attributive mention as
  // "surface=CODE" (attributive ones as "surface=CODE(attr)").
  std::vector<std::string> Mentions(const std::string& text, const std::string& date = "2020-06-15") {
    coder_->FindActors(MakeDocument(text, date), &out_);
    std::vector<std::string> v;
    for (const ActorMention& m : out_.actors.mentions) {
      v.push_back(TokenText(out_.analysis, m.first_token, m.end_token) + "=" + m.code +
                  (m.attributive ? "(attr)" : ""));
    }
    return v;
  }

  // Mentions of sentence `s` whose surface is `surface`.
  std::vector<const ActorMention*> Find(uint32_t s, const std::string& surface) const {
    std::vector<const ActorMention*> v;
    for (const ActorMention& m : out_.actors.mentions) {
      if (m.sentence == s && TokenText(out_.analysis, m.first_token, m.end_token) == surface) v.push_back(&m);
    }
    return v;
  }

  // The code of the one mention of sentence `s` whose surface is
  // `surface` in `text`; "(none)" or "(N mentions)" otherwise.
  std::string CodeOf(const std::string& text, uint32_t s, const std::string& surface,
                     const std::string& date = "2020-06-15") {
    Mentions(text, date);
    auto m = Find(s, surface);
    if (m.size() != 1) return m.empty() ? "(none)" : "(" + std::to_string(m.size()) + " mentions)";
    return m[0]->code;
  }

  // Finds each case's actors and checks the code of its one mention.
  void ExpectCodes(std::span<const CodeCase> cases) {
    for (const CodeCase& c : cases) {
      std::vector<std::string> got = Mentions(c.text, c.date);
      auto m = Find(0, c.surface);
      ASSERT_EQ(m.size(), 1u) << c.text << " " << c.date << "\n  got: " << Join(got);
      EXPECT_EQ(m[0]->code, c.code) << c.text << " " << c.date;
    }
  }

  // Finds each case's actors and checks its present and absent codes.
  void ExpectMentions(std::span<const MentionCase> cases) {
    for (const MentionCase& c : cases) {
      std::vector<std::string> got = Mentions(c.text, c.date);
      for (const std::string& want : c.present) {
        EXPECT_TRUE(testing_util::Contains(got, want))
            << "text: " << c.text << "\n  wanted: " << want << "\n  got: " << Join(got);
      }
      for (const std::string& code : c.absent) {
        const bool prefix = !code.empty() && code.back() == '*';
        const std::string want = prefix ? code.substr(0, code.size() - 1) : code;
        for (const ActorMention& m : out_.actors.mentions) {
          if (m.attributive) continue;
          const bool hit = prefix ? m.code.rfind(want, 0) == 0 : m.code == want;
          EXPECT_FALSE(hit) << "unexpected " << m.code << "; text: " << c.text << "\n  got: " << Join(got);
        }
      }
    }
  }

  static inline const Coder* coder_ = nullptr;
  static inline std::string error_;
  CodedDocument out_;
};

TEST_F(ActorsTest, DictionaryMentions) {
  const MentionCase cases[] = {
      // countries, short forms and acronyms
      {"The United States criticized Iran.", {"United States=USA", "Iran=IRN"}, {}},
      {"The U.S. criticized Iran.", {"U.S.=USA", "Iran=IRN"}, {}},
      {"The US criticized Iran.", {"US=USA", "Iran=IRN"}, {}},
      // men, boys and families are civilians, as women and girls are
      {"Kenyan police detained three men.", {"men=KENCVL"}, {}},
      // role words of sectors: lecturers teach, insurers are businesses,
      // communities are civilians (not "suspects": the suspect of an
      // extradition is not whom it is asked of)
      {"Kenyan lecturers went on strike.", {"Kenyan lecturers=KENEDU"}, {}},
      {"Kenyan insurers paid the claims.", {"Kenyan insurers=KENBUS"}, {}},
      {"The Kenyan government gave money to local communities.", {"local communities=KENCVL"}, {}},
      {"Kenyan security agencies arrested him.", {"Kenyan security agencies=KENCOP"}, {}},
      {"The Kenyan election commission delayed the vote.", {"Kenyan election commission=KENGOV"}, {}},
      {"Kenyan police arrested looters and rioters.", {"looters=KENCRM", "rioters=KENCVL"}, {}},
      {"Kenyan customs officials seized the cargo.", {"Kenyan customs officials=KENCOP"}, {}},
      {"Kenyan troops killed the attackers.", {"attackers=KENREB"}, {}},
      // a banned party is the opposition
      {"Kenyan police detained members of an outlawed party.", {"outlawed party=KENOPP"}, {}},
      {"Peru fined Chilean suppliers.", {"Chilean suppliers=CHLBUS"}, {}},
      {"Bolivian troops evacuated local communities in Peru.", {"local communities=PERCVL"}, {}},
      // "the country's" is the country named before it in the sentence,
      // not the one the story has named most
      {"Mexico reported new cases. Mexico closed its schools. Chilean officials said two of the country's residents "
       "were ill.",
       {"residents=CHLCVL"},
       {}},
      {"Mexico reported new cases. Mexico closed its schools. Officials in Chile said two of the nation's doctors "
       "were ill.",
       {"doctors=CHLHLH"},
       {}},
      // (with no country before it, the story's country stays)
      {"Mexico reported new cases. Mexico closed its schools. Two of the country's residents were ill.",
       {"residents=MEXCVL"},
       {}},
      // a people named for the country it is from, state or none
      {"Rohingya refugees crossed the border.", {"Rohingya refugees=MMRREF"}, {}},
      // refugees who flee a country, or go back to it, are its people, not
      // the host's
      {"Kenya hosts two camps. Aid groups helped refugees fleeing the war in Somalia.", {"refugees=SOMREF"}, {}},
      {"Kenya hosts two camps. Aid groups helped refugees returning home to Somalia.", {"refugees=SOMREF"}, {}},
      // (not past a comma, nor going somewhere else than back)
      {"Kenya hosts two camps. Aid groups helped refugees fleeing, the agency in Somalia said.",
       {"refugees=KENREF"},
       {}},
      {"Kenya hosts two camps. Aid groups helped refugees reaching Somalia.", {"refugees=KENREF"}, {}},
      // unnamed civilians are of the country where their own modifiers
      // place them, read through participles and prepositional phrases
      {"Kenya hosts two camps. Aid groups helped people affected by the floods in Somalia.", {"people=SOMCVL"}, {}},
      {"Kenya hosts two camps. Aid groups fed families in need of food in Somalia.", {"families=SOMCVL"}, {}},
      {"Kenya hosts two camps. Aid groups sent tents to residents in the weeks after the earthquake in Somalia.",
       {"residents=SOMCVL"},
       {}},
      // (not past a comma or another clause; not civilians of a nationality;
      // not refugees, who are mostly another country's than where they are)
      {"Kenya hosts two camps. Aid groups helped people affected, the agency in Somalia said.", {"people=KENCVL"}, {}},
      {"Kenya hosts two camps. Aid groups helped people who were then sent home in Somalia.", {"people=KENCVL"}, {}},
      {"Kenya hosts two camps. Aid groups helped Ethiopian families living in Somalia.",
       {"Ethiopian families=ETHCVL"},
       {}},
      {"Somalia is at war. Aid groups helped refugees living in Kenya.", {"refugees=SOMREF"}, {}},
      // "those affected", "those in need": people only where a place follows
      {"Kenya hosts two camps. Aid groups helped those affected by the floods in Somalia.",
       {"those affected=SOMCVL"},
       {}},
      {"Kenya hosts two camps. Aid groups helped those in need in Somalia.", {"those in need=SOMCVL"}, {}},
      {"Kenya hosts two camps. Aid groups helped those affected by the floods.", {}, {"KENCVL"}},
      // a word for a country followed by "of" and a country's name alone is
      // that country (not a place in a country)
      {"Chile has established diplomatic ties with the Pacific island nation of Tuvalu.",
       {"the Pacific island nation=TUV"},
       {}},
      {"Peru signed a trade deal with the kingdom of Morocco.", {"the kingdom=MAR"}, {}},
      {"Police arrested protesters in the state of Texas.", {}, {"---"}},
      // populations are civilians; a country's population in numbers is no one
      {"The Kenyan government gave money to local populations.", {"local populations=KENCVL"}, {}},
      {"Kenya's population grew by two percent.", {}, {"KENCVL"}},
      // adjectives with a sector word
      {"Chinese troops crossed the river.", {"Chinese troops=CHNMIL"}, {"CHN"}},
      {"Kenyan police arrested opposition supporters.", {"Kenyan police=KENCOP"}, {}},
      // possessives keep the country and add the sector
      {"Russia's defense minister arrived on Monday.", {"Russia 's defense minister=RUSMIL"}, {}},
      // capitals and seats of government stand for the government
      {"The Kremlin denied the report.", {"Kremlin=RUSGOV"}, {}},
      {"Beijing rejected the claim.", {"Beijing=CHNGOV"}, {}},
      // international organisations and armed groups (codes from data/actors)
      {"NATO warned the Taliban.", {"NATO=IGONATO", "Taliban=AFGREBTLB"}, {}},
      {"The European Union fined the company.", {"European Union=IGOEUN"}, {}},
      {"Hamas fired rockets at Israel.", {"Hamas=PSEREBHMS", "Israel=ISR"}, {}},
      // parties: a name shared by several countries' parties is no one's;
      // a party name needs its capital ("dissident republicans" are not the
      // US party)
      {"Republicans criticized the budget.", {"Republicans=USAPTYREP"}, {}},
      {"The Awami League won the vote.", {"Awami League=BGDPTYAWL"}, {}},
      {"Police arrested dissident republicans in Belfast.", {}, {"USAPTYREP"}},
      {"The Democratic Party of Freedonia protested.", {}, {"USAPTYDEM"}},
      // a body under a former name or a department's acronym keeps the code
      // of the body it is (the OAU preceded the African Union)
      {"The OAU sent envoys to Angola.", {"OAU=IGOAFU", "Angola=AGO"}, {}},
      {"The Organization of African Unity met in Lagos.", {"Organization of African Unity=IGOAFU"}, {}},
      {"DPKO moved helicopters to Darfur.", {"DPKO=IGOUNSEC"}, {}},
      {"UNSCOM inspectors left Baghdad.", {"UNSCOM=IGOUNSCM"}, {}},
      {"UNITA shelled the town.", {"UNITA=AGOREBUNT"}, {}},
      {"The Sejm passed the bill.", {"Sejm=POLLEGSJM"}, {}},
      {"OFAC sanctioned two Kenyan firms.", {"OFAC=USAGOVTRS"}, {}},
      {"Hezb-e-Islami threatened Kabul.", {"Hezb-e-Islami=AFGREBHIG"}, {}},
      // the head or a member of a body that is no state is that body's; a
      // state's leader is its government
      {"Israel killed the leader of Hamas.", {"leader=PSEREBHMS", "Hamas=PSEREBHMS"}, {"PSEGOV"}},
      {"Kenya hosted the leader of the African Union.", {"leader=IGOAFU"}, {"IGOGOV"}},
      {"Chile met the leader of North Korea.", {"leader=PRKGOV"}, {}},
      // a spokesperson "for" a body speaks for it as "of" says
      {"A spokesman for Hamas denied the report.", {"spokesman=PSEREBHMS"}, {}},
      {"A spokeswoman for the African Union said it would send troops.", {"spokeswoman=IGOAFU"}, {"IGOGOV"}},
      {"A spokesman for Kenya said it would send troops.", {"spokesman=KENGOV"}, {}},
      // the longer name wins: Sudan's party is not India's "Congress party"
      {"Police banned the National Congress Party.", {"National Congress Party=SDNPTYNCP"}, {"INDPTYINC"}},
      {"The Congress party criticized the plan.", {"Congress party=INDPTYINC"}, {}},
      // an organisation's name of three words or more, in lower case, is
      // still the organisation; a shorter one is not ("the security council")
      {"Chile asked the international criminal court for help.", {"international criminal court=IGOICC"}, {}},
      {"The african union met.", {}, {"IGOAFU*"}},
      // the people or bodies of a region are the region's (CAMEO region
      // codes); a region on its own, or one of its countries, is not
      {"Russia threatened European companies.", {"European companies=EURBUS"}, {}},
      {"West African troops crossed the border.", {"West African troops=WAFMIL"}, {"AFRMIL"}},
      {"Latin American leaders criticized Spain.", {"Latin American leaders=LAMGOV"}, {"USAGOV"}},
      {"Chile said that Europe must act.", {}, {"EUR"}},
      // nor is it the country of an unnamed agent
      {"Officials met in Asia on Monday.", {}, {"ASAGOV"}},
      {"The Southeast Asian nation protested.", {}, {"SEA"}},
      // ... but a region's states in the plural are the region
      {"Chile criticized several Southeast Asian nations.", {"Southeast Asian=SEA"}, {}},
      {"Chile cut its aid to European allies.", {"European=EUR"}, {}},
      {"Kenya accused Uganda of the raid. African leaders met.", {"African leaders=AFRGOV"}, {"KENGOV"}},
      // the British press writes long acronyms as names
      {"Nato warned the Farc.", {"Nato=IGONATO", "Farc=COLREBFRC"}, {}},
      // lower-case "us" is a pronoun, not the United States
      {"They told us nothing.", {}, {"USA*"}},
      {"The talks gave us hope, Kenya said.", {"Kenya=KEN"}, {"USA*"}},
      // "Let" at a sentence start is a verb, not the acronym LeT
      {"Let the talks begin, Kenya said.", {"Kenya=KEN"}, {"PAKREBLET"}},
      // hyphenated forms name both countries; "-backed" names an actor that does not act
      {"Sino-Russian ties have grown.", {"Sino-Russian=CHN", "Sino-Russian=RUS"}, {}},
      {"U.S.-backed forces advanced on the town.", {}, {"USA*"}},
      // ... and the actor it modifies is the mention, not attributive itself
      {"Iran-backed Hamas fighters crossed the border.", {"Hamas fighters=PSEREBHMS"}, {"IRN*"}},
      // a name particle joined to a capitalised name starts a name
      {"Fighters of the al-Nusra Front crossed the border.", {"al-Nusra Front=SYRREBHTS"}, {}},
      {"Fighters of the al - Nusra Front crossed the border.", {"al - Nusra Front=SYRREBHTS"}, {}},
      // a title before a name the dictionaries lack is the person's role; a
      // country named later in the same sentence is not theirs
      {"Prime Minister Tomas Velloza wrote to Chile.",
       {"Prime Minister Tomas Velloza=---GOV", "Chile=CHL"},
       {"CHLGOV"}},
      // ... one named in another sentence is (the story's country)
      {"Peru's cabinet met in Lima on Monday. Prime Minister Tomas Velloza wrote to Chile.",
       {"Prime Minister Tomas Velloza=PERGOV"},
       {}},
      // a faith's leaders are religious actors of the story's country, not
      // its government
      {"Chile's president met Muslim leaders on Monday.", {"Muslim leaders=CHLREL"}, {}},
      {"Peru's president thanked church leaders.", {"church leaders=PERREL"}, {}},
      // ... and its followers are people of that country
      {"Gunmen attacked Christians in northern Chile.", {"Christians=CHLCVL"}, {"CHLREL"}},
      {"Peruvian Muslims protested outside parliament.", {"Peruvian Muslims=PERCVL"}, {}},
      // a role word that modifies a common noun is still no actor
      {"Military relations with Kenya grew.", {"Kenya=KEN"}, {"KENMIL"}},
      // two nationalities in one word: people are of the last, state organs of the first
      {"Two Chilean-Peruvian journalists were released.", {"Chilean-Peruvian journalists=PERMED"}, {"CHLMED"}},
      {"Chilean-Peruvian forces patrolled the border.", {"Chilean-Peruvian forces=CHLMIL"}, {}},
      // a role word that owns the phrase is an actor ("protesters' demands")
      {"The Peruvian government accepted protesters' demands.", {"protesters=PERCVL"}, {}},
      // an unnamed agent takes the story's country: the most named, and
      // among equals the first named (the story's own), not the latest
      {"Kenya accused Uganda of the raid. Police arrested ten men.", {"Police=KENCOP"}, {"UGACOP"}},
      // an acronym with one letter and digits ("G7") is still an acronym
      {"G7 foreign ministers met in Canada.", {"G7 foreign ministers=IGOGSEVEN"}, {"CANGOV"}},
      // a secretary-general is an official, not a general
      {"The secretary-general met Kenyan officials.", {}, {"KENMIL"}},
      // a possessor before another name only describes it
      {"Chile criticized Peru's ally Bolivia.", {"Bolivia=BOL"}, {"PER"}},
      // state agencies known by their acronym, in capitals only
      {"ICE detained the two men.", {"ICE=USACOPICE"}, {}},
      {"Rescuers used ice to cool the injured.", {}, {"USACOPICE"}},
      // drivers on strike are labour
      {"Peruvian truck drivers blocked the road.", {"Peruvian truck drivers=PERLAB"}, {}},
      // prisoners are civilians of the story's country
      {"Peru freed forty prisoners.", {"prisoners=PERCVL"}, {}},
      // an association is a civic body; one of a trade or profession takes
      // that sector
      {"Peru's fishing villages formed an association to sue the port.", {"association=PERCVL"}, {}},
      {"A Peruvian business association criticized the tax.", {"Peruvian business association=PERBUS"}, {}},
      {"The Peruvian bar association defended the judges.", {"Peruvian bar association=PERJUD"}, {}},
      {"The Peruvian medical association warned the ministry.", {"Peruvian medical association=PERHLH"}, {}},
      // rights organisations, advocates and defenders are human-rights actors
      {"Peruvian rights organizations criticized the police.", {"Peruvian rights organizations=PERHRI"}, {}},
      {"A Peruvian rights organisation sued the army.", {"Peruvian rights organisation=PERHRI"}, {}},
      {"Peruvian rights advocates met the minister.", {"Peruvian rights advocates=PERHRI"}, {}},
      // a capitalised office or ministry "of" its portfolio is a role, not an
      // unknown name, and takes the portfolio's sector
      {"Peru said the Minister of Interior banned the march.", {"Minister of Interior=PERGOV"}, {}},
      {"Peru said the Ministry of Finance froze the accounts.", {"Ministry of Finance=PERGOV"}, {}},
      {"Peru said the Minister of Defence sent troops.", {"Minister of Defence=PERMIL"}, {}},
      {"Peru's Minister of Health closed the clinics.", {"Peru 's Minister of Health=PERHLH"}, {}},
      {"Peru said the Minister of Justice freed the men.", {"Minister of Justice=PERJUD"}, {}},
      // one person of a sector is named as the plural is: a passenger, an
      // employee, a peacekeeper, a surgeon
      {"A Peruvian passenger told reporters that the guards fled.", {"Peruvian passenger=PERCVL"}, {}},
      {"A Peruvian employee sued the mine.", {"Peruvian employee=PERLAB"}, {}},
      {"Gunmen shot a Peruvian peacekeeper.", {"Peruvian peacekeeper=PERMIL"}, {}},
      {"A Peruvian surgeon warned the ministry.", {"Peruvian surgeon=PERHLH"}, {}},
      {"Police arrested a Peruvian trafficker.", {"Peruvian trafficker=PERCRM"}, {}},
      {"A Peruvian fisherman was detained.", {"Peruvian fisherman=PERAGR"}, {}},
      // a large US city is the United States' ("Denver officials"), as
      // Chicago or Houston are
      {"Denver officials closed the park.", {"Denver officials=USAGOV"}, {}},
      {"Baltimore police arrested two men.", {"Baltimore police=USACOP"}, {}},
      {"The mayor of Milwaukee met Peruvian envoys.", {"Milwaukee=USA"}, {}},
  };
  ExpectMentions(cases);
}

TEST_F(ActorsTest, ADayAfterATitleIsNoOnesName) {
  // "Trade Minister Friday said": the day is when, not who, and "Friday"
  // later in the story is no actor.
  Mentions("Peruvian Trade Minister Friday praised Chile. On Friday, rebels attacked Chile.");
  EXPECT_FALSE(Find(0, "Peruvian Trade Minister").empty());
  EXPECT_TRUE(Find(0, "Peruvian Trade Minister Friday").empty());
  EXPECT_TRUE(Find(1, "Friday").empty());
}

TEST_F(ActorsTest, ACountryNameBeforeACurrencySignIsTheCurrency) {
  // "US$", "HK$": the dollar of that country, not the country; the country
  // named on its own in the same sentence is still found.
  const std::string text = "Norway pledged US$5 million and the US sent HK$ 20 million to Nepal.";
  std::vector<std::string> all = Mentions(text);
  int usa = 0;
  for (const ActorMention& m : out_.actors.mentions) {
    if (m.code.starts_with("USA")) {
      ++usa;
      EXPECT_GT(m.first_token, out_.analysis.sentences[0].first_token + 3) << Join(all);  // not the "US" of "US$5"
    }
    EXPECT_FALSE(m.code.starts_with("HKG")) << Join(all);
  }
  EXPECT_EQ(usa, 1) << Join(all);
  EXPECT_FALSE(Find(0, "Nepal").empty()) << Join(all);
  // (with a space before the sign, the country is given the money)
  all = Mentions("Norway gave Nepal $5 million.");
  EXPECT_FALSE(Find(0, "Nepal").empty()) << Join(all);
}

// A capital's name after a capitalised word no dictionary knows is part of
// a club's name ("Real Madrid"), not the government; a compass word before
// it names a part of the city ("East Jerusalem" style), and a headline
// capitalises every word.
TEST_F(ActorsTest, ACapitalAfterAnUnknownCapitalisedWordIsPartOfAName) {
  const std::string club = "The fans cheered when Dynamo Lima arrived in Quito.";
  std::vector<std::string> all = Mentions(club);
  EXPECT_TRUE(Find(0, "Lima").empty() && Find(0, "Dynamo Lima").empty()) << Join(all);
  EXPECT_FALSE(Find(0, "Quito").empty()) << Join(all);
  const std::string part = "Police closed roads in Central Lima on Monday.";
  all = Mentions(part);
  EXPECT_FALSE(Find(0, "Lima").empty() && Find(0, "Central Lima").empty()) << Join(all);
}

// A place's name between a word for a person and a surname no dictionary
// knows is the person's given name; after a verb it is still the place.
TEST_F(ActorsTest, APlaceBetweenAPersonWordAndAnUnknownSurnameIsAGivenName) {
  std::vector<std::string> all = Mentions("The plan was praised by the senator Lima Vardakos on Monday.");
  EXPECT_TRUE(Find(0, "Lima").empty() && Find(0, "senator Lima").empty()) << Join(all);
  all = Mentions("The plan was praised by congresswoman Lima Vardakos on Monday.");
  EXPECT_TRUE(Find(0, "Lima").empty() && Find(0, "congresswoman Lima").empty()) << Join(all);
  all = Mentions("The senator visited Lima on Monday.");
  EXPECT_FALSE(Find(0, "Lima").empty()) << Join(all);
}

TEST_F(ActorsTest, UnnamedInternationalOrganisationsHaveNoCountry) {
  // In a story about Chad, "international organisations" are intergovernmental
  // bodies, not Chad's; unnamed officials still take the story's country.
  const std::string text =
      "Chad closed its border on Monday. Chad asked international organisations for help. Officials met in "
      "N'Djamena.";
  EXPECT_EQ(CodeOf(text, 1, "international organisations"), "IGO") << Join(Mentions(text));
  EXPECT_EQ(CodeOf(text, 2, "Officials"), "TCDGOV") << Join(Mentions(text));
}

TEST_F(ActorsTest, AStatelessPeoplesFightersAreAnArmedGroupOfTheirCountry) {
  // The armed men of a people with no state are an armed group of the
  // country they are in, not its army or police; its civilians and a
  // state's own adjective keep their codes.
  const std::string text =
      "Fighting went on in Syria. Syrian troops shelled Kurdish forces near the border. Kurdish civilians fled. "
      "Iraqi Kurdish forces withdrew.";
  EXPECT_EQ(CodeOf(text, 1, "forces"), "SYRREB") << Join(Mentions(text));
  EXPECT_EQ(CodeOf(text, 1, "Syrian troops"), "SYRMIL") << Join(Mentions(text));
  EXPECT_EQ(CodeOf(text, 2, "civilians"), "SYRCVL") << Join(Mentions(text));
  EXPECT_EQ(CodeOf(text, 3, "Iraqi Kurdish forces"), "IRQREB") << Join(Mentions(text));
  const std::string eth = "Ethiopian troops clashed with Tigrayan forces.";
  EXPECT_EQ(CodeOf(eth, 0, "forces"), "ETHREB") << Join(Mentions(eth));
}

// Parties named by their creed or place in politics are parties (PTY), of
// the country the phrase names.
TEST_F(ActorsTest, PartiesByCreedOrStanceAreParties) {
  const CodeCase cases[] = {
      {"Peru banned a religious party.", "religious party", "2020-06-15", "PERPTY"},
      {"Two Chilean Islamist parties joined the coalition.", "Chilean Islamist parties", "2020-06-15", "CHLPTY"},
      {"The Peruvian far-right party won the vote.", "Peruvian far-right party", "2020-06-15", "PERPTY"},
  };
  ExpectCodes(cases);
}

TEST_F(ActorsTest, CountedPeopleOfACountryAreItsCivilians) {
  // A number or a word of quantity before the plural of a demonym names
  // people, not the state; the plural alone may still be the state.
  const CodeCase cases[] = {
      {"Thousands of Peruvians protested against the government.", "Peruvians", "2020-06-15", "PERCVL"},
      {"Two Kenyans were arrested in Lima.", "Kenyans", "2020-06-15", "KENCVL"},
      {"The Peruvians rejected the offer.", "Peruvians", "2020-06-15", "PER"},
      {"Peruvian officials met in Lima.", "Peruvian officials", "2020-06-15", "PERGOV"},
      // (a demonym whose plural is the same word, read as a singular noun)
      {"Tens of thousands of Sudanese fled to Chad.", "Sudanese", "2020-06-15", "SDNCVL"},
      {"Two Japanese were detained in Lima.", "Japanese", "2020-06-15", "JPNCVL"},
  };
  ExpectCodes(cases);
}

TEST_F(ActorsTest, APossessiveInAnOpeningPhraseIsTheSubjectAfterIt) {
  // The subject is named after the phrase, so the search back alone finds
  // someone else; a possessive after the comma still looks back.
  const std::string text = "Museveni spoke on Monday. Following his visit to Lima, Modi flew to Quito.";
  EXPECT_EQ(CodeOf(text, 1, "his"), "INDGOV") << Join(Mentions(text));
  const std::string later = "Museveni spoke on Monday. On Tuesday, Modi praised his visit to Lima.";
  EXPECT_EQ(CodeOf(later, 1, "his"), "INDGOV") << Join(Mentions(later));
  const std::string own = "Museveni spoke on Monday. After the talks, Modi flew to Quito.";
  EXPECT_EQ(CodeOf(own, 1, "Modi"), "INDGOV") << Join(Mentions(own));
}

TEST_F(ActorsTest, AStatesEnvoyToABodySpeaksForTheState) {
  // A country before a body's name and an envoy word: the envoy is the
  // country's; the body's own envoy, or its soldiers, stay the body's.
  const CodeCase cases[] = {
      {"The Peruvian deputy U.N. ambassador criticized Kenya.", "Peruvian deputy U.N. ambassador", "2020-06-15",
       "PERGOV"},
      {"Kenya's NATO envoy rejected the plan.", "Kenya 's NATO envoy", "2020-06-15", "KENGOV"},
      {"Kenya's U.N. special representative spoke on Monday.", "Kenya 's U.N.", "2020-06-15", "KENGOV"},
      {"The Peruvian U.N. delegation walked out.", "Peruvian U.N. delegation", "2020-06-15", "PERGOV"},
      {"The U.N. envoy to Kenya met rebel leaders.", "U.N. envoy", "2020-06-15", "IGOUNO"},
      {"Peruvian U.N. peacekeepers left the town.", "Peruvian U.N. peacekeepers", "2020-06-15", "IGOUNPKO"},
  };
  ExpectCodes(cases);
}

TEST_F(ActorsTest, ARebelOrOppositionSpokesmanSpeaksForTheRebelsOrOpposition) {
  // "Rebel spokesman" is the rebels' voice, not the government's, and so
  // is the person it introduces.
  const std::string text =
      "Fighting went on in Syria. Rebel spokesman Omar Haddad accused the Syrian army of shelling.";
  const std::string code = CodeOf(text, 1, "Rebel spokesman Omar Haddad");
  EXPECT_EQ(code.substr(0, 6), "SYRREB") << Join(Mentions(text));
  const std::string opp = "Protests went on in Belarus. An opposition spokeswoman condemned the arrests.";
  EXPECT_EQ(CodeOf(opp, 1, "opposition spokeswoman").substr(0, 6), "BLROPP") << Join(Mentions(opp));
}

TEST_F(ActorsTest, AKnownSurnameAfterAnotherGivenNameIsSomeoneElse) {
  // "Janet Napolitano" is not Giorgio Napolitano; "Mr Napolitano" and
  // "Giorgio Napolitano" are.
  EXPECT_EQ(CodeOf("Janet Napolitano met reporters on Monday.", 0, "Napolitano", "2009-04-27"), "(none)");
  EXPECT_EQ(CodeOf("Giorgio Napolitano met reporters on Monday.", 0, "Giorgio Napolitano", "2009-04-27"), "ITAGOV");
  EXPECT_EQ(CodeOf("On Monday Mr Napolitano met reporters.", 0, "Napolitano", "2009-04-27"), "ITAGOV");
  EXPECT_EQ(CodeOf("Lula met on Friday Napolitano in Rome.", 0, "Napolitano", "2009-04-27"), "ITAGOV");  // a day
}

TEST_F(ActorsTest, ASurnameTheStoryGaveToSomeoneElseStaysTheirs) {
  // Once the story has named Marta Napolitano, a later "Napolitano", with
  // or without a title, is still her and not Giorgio Napolitano; a story
  // that never gave the surname to anyone else keeps the dictionary's man.
  const std::string text =
      "Transport Commissioner Marta Napolitano opened the new bridge. "
      "Commissioner Napolitano urged drivers to be patient. Napolitano thanked the workers.";
  EXPECT_NE(CodeOf(text, 1, "Napolitano", "2009-04-27").substr(0, 3), "ITA") << Join(Mentions(text, "2009-04-27"));
  EXPECT_NE(CodeOf(text, 2, "Napolitano", "2009-04-27").substr(0, 3), "ITA") << Join(Mentions(text, "2009-04-27"));
  const std::string other = "Marta Ruiz opened the new bridge. Mr Napolitano thanked the workers.";
  EXPECT_EQ(CodeOf(other, 1, "Napolitano", "2009-04-27"), "ITAGOV") << Join(Mentions(other, "2009-04-27"));
}

TEST_F(ActorsTest, HezbollahIsTheArmedGroup) {
  Mentions("Hezbollah fighters crossed the border.");
  auto m = Find(0, "Hezbollah fighters");
  if (m.empty()) m = Find(0, "Hezbollah");
  ASSERT_FALSE(m.empty()) << Join(Mentions("Hezbollah fighters crossed the border."));
  EXPECT_EQ(m[0]->code.substr(0, 9), "LBNREBHZB");
}

TEST_F(ActorsTest, AttributiveHyphenIsMarked) {
  // "U.S.-backed forces" are not the United States: a mention of it, when the
  // resolver keeps one, must be flagged attributive, and the forces must not
  // take its code.
  std::vector<std::string> got = Mentions("U.S.-backed forces advanced on the town.");
  for (const ActorMention& m : out_.actors.mentions) {
    std::string surface = TokenText(out_.analysis, m.first_token, m.end_token);
    if (surface.rfind("U.S.", 0) == 0 && surface.find("forces") == std::string::npos) {
      EXPECT_TRUE(m.attributive) << surface << "=" << m.code;
    } else {
      EXPECT_NE(m.code.substr(0, 3), "USA") << surface << "=" << m.code << "; got: " << Join(got);
    }
  }
}

// "The foreign ministers of Peru and Chile": one office holder of each
// country named after "of", members of one compound; likewise two
// nationality adjectives sharing one noun after a determiner.
TEST_F(ActorsTest, OneOfficeHolderOfEachCountryNamedAfterIt) {
  struct Case {
    const char* text;
    const char* surface;
    std::set<std::string> codes;
  } cases[] = {
      {"The foreign ministers of Peru and Chile met in Lima.", "foreign ministers", {"PERGOV", "CHLGOV"}},
      {"Officials from Ghana, Togo and Benin signed the accord.", "Officials", {"GHAGOV", "TGOGOV", "BENGOV"}},
      // one country: one holder
      {"The president of Kenya visited Uganda.", "president", {"KENGOV"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got = Mentions(c.text);
    std::set<std::string> codes;
    std::set<int32_t> groups;
    for (const ActorMention& m : out_.actors.mentions) {
      if (TokenText(out_.analysis, m.first_token, m.end_token) != c.surface) continue;
      codes.insert(m.code);
      groups.insert(m.group);
    }
    EXPECT_EQ(codes, c.codes) << c.text << "\n  got: " << Join(got);
    if (c.codes.size() > 1) {
      EXPECT_EQ(groups.size(), 1u) << c.text;
      EXPECT_GE(*groups.begin(), 0) << c.text;
    }
  }
}

TEST_F(ActorsTest, CompoundsShareOneGroup) {
  struct Case {
    const char* text;
    const char* surface;
    std::set<std::string> codes;
  } cases[] = {
      {"China and Russia signed an accord.", nullptr, {"CHN", "RUS"}},
      {"Iran, Iraq and Syria condemned the strike.", nullptr, {"IRN", "IRQ", "SYR"}},
      // members before a shared head take its sector; a last member with a
      // determiner of its own is a phrase of its own
      {"Chilean and Peruvian troops held drills.", nullptr, {"CHLMIL", "PERMIL"}},
      {"Chile and the rebels signed an accord.", nullptr, {"CHL", "CHLREB"}},
      {"Peru and the Chilean rebels signed an accord.", nullptr, {"PER", "CHLREB"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got = Mentions(c.text);
    std::map<int32_t, std::set<std::string>> groups;
    for (const ActorMention& m : out_.actors.mentions) {
      if (m.sentence == 0) groups[m.group].insert(m.code);
    }
    ASSERT_EQ(groups.size(), 1u) << c.text << "\n  got: " << Join(got);
    EXPECT_GE(groups.begin()->first, 0) << "compound members need a group id; " << c.text;
    EXPECT_EQ(groups.begin()->second, c.codes) << c.text;
  }
}

// The codes of the compound group in the last sentence of a text.
TEST_F(ActorsTest, PluralNounsBeforeAConjunctionAreMembers) {
  struct Case {
    const char* text;
    std::set<std::string> codes;
  } cases[] = {
      // plural nouns before "and" are members of the list, not modifiers of
      // the last noun
      {"Kenya was named. Soldiers and journalists were freed.", {"KENMIL", "KENMED"}},
      // a member named before the one with a country keeps the story's
      // country; one named after takes the partner's ("Turkish jets and
      // artillery")
      {"Kenya was named. Clan militias and Ugandan troops fought.", {"KENREB", "UGAMIL"}},
      {"Kenya was named. Ugandan jets and militiamen attacked.", {"UGAMIL", "UGAREB"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got = Mentions(c.text);
    std::set<std::string> codes;
    for (const ActorMention& m : out_.actors.mentions) {
      if (m.sentence == 1 && m.group >= 0) codes.insert(m.code);
    }
    EXPECT_EQ(codes, c.codes) << c.text << "\n  got: " << Join(got);
  }
}

TEST_F(ActorsTest, ConjunctionBetweenModifiersJoinsThem) {
  struct Case {
    const char* text;
    std::set<std::string> codes;  // of every mention in the sentence
  } cases[] = {
      // "and" between two adjectives joins them: one actor, not "Iran's
      // awful" and "evil foreign minister".
      {"Iran's awful and evil foreign minister condemned the strike.", {"IRNGOV"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got = Mentions(c.text);
    std::set<std::string> codes;
    for (const ActorMention& m : out_.actors.mentions) {
      if (m.sentence == 0) codes.insert(m.code);
    }
    EXPECT_EQ(codes, c.codes) << c.text << "\n  got: " << Join(got);
  }
}

// The names-only pass (`dyad places`) codes what names say by themselves:
// countries and their adjectives, bodies, people by their dated role; no
// role word, pronoun or context country.
TEST_F(ActorsTest, NamesOnlyCodeWhatNamesSay) {
  coder_->FindPlaces(MakeDocument("Russia's defense minister met Chinese troops at the U.N. Security Council. "
                                  "Sergey Shoygu then left. He flew home.",
                                  "2016-03-01"),
                     &out_);
  std::set<std::string> codes;
  for (const ActorMention& m : out_.actors.mentions) codes.insert(m.code);
  EXPECT_EQ(codes, (std::set<std::string>{"RUS", "CHN", "IGOUNSC", "RUSMIL"}));
  for (const ActorMention& m : out_.actors.mentions) {
    EXPECT_NE(m.how, ActorHow::kCoreference) << m.code;
    EXPECT_NE(m.how, ActorHow::kContext) << m.code;
  }
}

TEST_F(ActorsTest, DatedRolesFollowTheDocumentDate) {
  // A real person with two roles (data/actors/people-g20.txt).
  struct Case {
    const char* name;
    const char* date;
    const char* code;
  } cases[] = {
      {"Sergey Shoygu", "2016-03-01", "RUSMIL"},
      {"Sergey Shoygu", "2025-03-01", "RUSGOV"},
      // a legislator who later joined the government
      {"Marco Rubio", "2015-03-01", "USALEG"},
      {"Marco Rubio", "2025-03-01", "USAGOV"},
      // a president-elect is coded as the government he will lead; a former
      // one as the elites
      {"Donald Trump", "2016-12-01", "USAGOV"},
      {"Donald Trump", "2023-05-01", "USAELI"},
  };
  for (const Case& c : cases) {
    Mentions(std::string(c.name) + " arrived in Minsk on Monday.", c.date);
    auto m = Find(0, c.name);
    ASSERT_EQ(m.size(), 1u) << c.name << " " << c.date;
    EXPECT_EQ(m[0]->code, c.code) << c.name << " " << c.date;
    EXPECT_EQ(m[0]->how, ActorHow::kDateRule) << c.name << " " << c.date;
  }
}

TEST_F(ActorsTest, LongServingLeadersAreCodedByTheirOfficeOnTheDate) {
  // Heads of state and government who were once missing from
  // people-world.txt (issue 13): each by full name or by the surname the press
  // uses, on a date inside one of their terms, and once outside it where the
  // office changed.
  const CodeCase cases[] = {
      {"Yoweri Museveni flew to Nairobi for the summit.", "Yoweri Museveni", "2015-05-10", "UGAGOV"},
      {"Museveni flew to Nairobi for the summit.", "Museveni", "2015-05-10", "UGAGOV"},
      {"Hun Sen flew to Hanoi for the summit.", "Hun Sen", "2010-05-10", "KHMGOV"},
      {"Hun Manet flew to Hanoi for the summit.", "Hun Manet", "2024-05-10", "KHMGOV"},
      {"Mugabe flew to Pretoria for the summit.", "Mugabe", "2005-05-10", "ZWEGOV"},
      {"Evo Morales flew to Lima for the summit.", "Evo Morales", "2010-05-10", "BOLGOV"},
      {"Rafael Correa flew to Lima for the summit.", "Rafael Correa", "2010-05-10", "ECUGOV"},
      {"Zelaya flew to Managua for the summit.", "Zelaya", "2008-05-10", "HNDGOV"},
      {"Mahathir flew to Jakarta for the summit.", "Mahathir", "1998-05-10", "MYSGOV"},
      {"Lee Hsien Loong flew to Jakarta for the summit.", "Lee Hsien Loong", "2010-05-10", "SGPGOV"},
      {"Islam Karimov flew to Astana for the summit.", "Islam Karimov", "2010-05-10", "UZBGOV"},
      {"Tudjman flew to Sarajevo for the talks.", "Tudjman", "1995-05-10", "HRVGOV"},
      {"Mikhail Gorbachev flew to Washington for the summit.", "Mikhail Gorbachev", "1990-05-10", "RUSGOV"},
      // Zoran Milanovic: prime minister, then more than two years out of
      // office (his country only), then president.
      {"Zoran Milanovic flew to Ljubljana for the talks.", "Zoran Milanovic", "2013-05-10", "HRVGOV"},
      {"Zoran Milanovic flew to Ljubljana for the talks.", "Zoran Milanovic", "2019-05-10", "HRV"},
      {"Zoran Milanovic flew to Ljubljana for the talks.", "Zoran Milanovic", "2022-05-10", "HRVGOV"},
      // Charles Taylor: a rebel leader before he was elected president.
      {"Charles Taylor met the envoys near Monrovia.", "Charles Taylor", "1992-05-10", "LBRREB"},
      {"Charles Taylor met the envoys near Monrovia.", "Charles Taylor", "2000-05-10", "LBRGOV"},
      // What leaders were before their highest office: a businessman, a
      // legislator, an opposition leader, a crown prince.
      {"Trump criticised the trade deal in a speech.", "Trump", "2012-05-10", "USABUS"},
      {"Bolsonaro criticised the trade deal in a speech.", "Bolsonaro", "2012-05-10", "BRALEG"},
      {"Imran Khan criticised the trade deal in a speech.", "Imran Khan", "2012-05-10", "PAKOPP"},
      {"Justin Trudeau criticised the trade deal in a speech.", "Justin Trudeau", "2014-05-10", "CANOPP"},
      {"Vajiralongkorn opened the new bridge.", "Vajiralongkorn", "2012-05-10", "THAGOV"},
      {"Tillerson met the oil minister in the capital.", "Tillerson", "2012-05-10", "USABUS"},
      {"Alexis Tsipras criticised the trade deal in a speech.", "Alexis Tsipras", "2014-05-10", "GRCOPP"},
      {"Charles Michel criticised the trade deal in a speech.", "Charles Michel", "2016-05-10", "BELGOV"},
  };
  ExpectCodes(cases);
}

TEST_F(ActorsTest, CompaniesAreTheirHomeCountrysBusinessSector) {
  // companies.txt: a company news names as a party codes as its home
  // country's business sector; names that are common words are left out.
  const CodeCase cases[] = {
      {"Washington imposed new sanctions on Gazprom on Friday.", "Gazprom", "2021-05-10", "RUSBUSGZP"},
      {"Oil workers called off their strike against Petrobras.", "Petrobras", "2021-05-10", "BRABUSPTB"},
      {"Several governments banned Huawei from their networks.", "Huawei", "2021-05-10", "CHNBUSHWI"},
      {"The ministry signed a contract with Lockheed Martin.", "Lockheed Martin", "2021-05-10", "USABUSLMT"},
  };
  ExpectCodes(cases);
  // Shells are artillery, not the oil company.
  std::vector<std::string> got = Mentions("Shells hit the market in the town.", "2021-05-10");
  EXPECT_TRUE(Find(0, "Shells").empty()) << Join(got);
}

TEST_F(ActorsTest, NewsOutletsAreTheirCountrysMediaAndNoPartyOfTheStory) {
  // media.txt: an outlet codes as its home country's media sector, not as
  // the government of the capital in its name.
  const CodeCase cases[] = {
      {"The Washington Post published the letter on Monday.", "Washington Post", "2021-05-10", "USAMEDWPO"},
      {"The Moscow Times reported the arrests.", "Moscow Times", "2021-05-10", "RUSMEDMTM"},
      {"Xinhua said the talks had ended.", "Xinhua", "2021-05-10", "CHNMEDXIN"},
      {"The minister told Agence France-Presse that he would resign.", "Agence France-Presse", "2021-05-10",
       "FRAMEDAFP"},
  };
  ExpectCodes(cases);
  // An outlet is never what a party's "it" or "they" stands for ...
  EXPECT_EQ(CodeOf("The Peruvian government answered questions from Reuters on Monday. It said it had closed the "
                   "border.",
                   1, "It"),
            "PERGOV");
  // ... nor evidence of the story's country.
  EXPECT_EQ(CodeOf("A witness told Reuters that police had detained ten protesters.", 0, "police"), "---COP");
}

TEST_F(ActorsTest, FormerNamesOfStatesCodeAsTheirContinuingState) {
  // Older news names states that have since changed name or split; each
  // codes as the state that continues it (as its leaders do).
  const CodeCase cases[] = {
      {"Rebels crossed into Zaire from the east.", "Zaire", "1991-05-10", "COD"},
      {"The Zairian army withdrew from the town.", "Zairian army", "1991-05-10", "CODMIL"},
      {"The Soviet Union sent tanks to the border.", "Soviet Union", "1991-05-10", "RUS"},
      {"The Yugoslav army shelled the town.", "Yugoslav army", "1991-05-10", "SRBMIL"},
      {"Czechoslovakia expelled three diplomats.", "Czechoslovakia", "1991-05-10", "CZE"},
      {"Malayan police arrested the strike leaders.", "Malayan police", "1991-05-10", "MYSCOP"},
  };
  ExpectCodes(cases);
}

TEST_F(ActorsTest, KosovoIsItsOwnCountry) {
  // Kosovo has no ISO 3166-1 code; it codes as XKX (GeoNames' code), and
  // neither it nor its capital is Serbia.
  Mentions("Pristina accused Belgrade of blocking trade with Kosovo.", "2023-05-10");
  auto capital = Find(0, "Pristina");
  auto belgrade = Find(0, "Belgrade");
  auto name = Find(0, "Kosovo");
  ASSERT_EQ(capital.size(), 1u);
  ASSERT_EQ(belgrade.size(), 1u);
  ASSERT_EQ(name.size(), 1u);
  EXPECT_EQ(capital[0]->code, "XKXGOV");
  EXPECT_EQ(belgrade[0]->code, "SRBGOV");
  EXPECT_EQ(name[0]->code, "XKX");
}

TEST_F(ActorsTest, LocalBodiesDepartmentsAndInspectorsGeneralAreGovernment) {
  // Not the military: "General" in an inspector's title is no rank.
  const CodeCase cases[] = {
      {"The Danish inspector general opened an inquiry into the contracts.", "Danish inspector general", "2021-05-10", "DNKGOV"},
      {"The Peruvian health department closed the clinic.", "Peruvian health department", "2021-05-10", "PERGOV"},
      {"Kenya's county commissioners rejected the plan.", "Kenya 's county commissioners", "2021-05-10", "KENGOV"},
  };
  ExpectCodes(cases);
}

TEST_F(ActorsTest, AMemberOfAnOrganisationIsAState) {
  // "NATO member Turkey" is Turkey; one unnamed member is no one the
  // dictionaries can name; the members together stay the organisation.
  std::vector<std::string> got = Mentions("NATO member Turkey shot down a Russian jet.", "2021-05-10");
  auto m = Find(0, "Turkey");
  ASSERT_EQ(m.size(), 1u) << Join(got);
  EXPECT_EQ(m[0]->code, "TUR");
  EXPECT_TRUE(Find(0, "NATO member Turkey").empty()) << Join(got);
  got = Mentions("Washington imposed sanctions on the OPEC member.", "2021-05-10");
  EXPECT_TRUE(Find(0, "OPEC").empty()) << Join(got);
  got = Mentions("The EU member states condemned the coup.", "2021-05-10");
  m = Find(0, "EU");
  ASSERT_EQ(m.size(), 1u) << Join(got);
  EXPECT_EQ(m[0]->code, "IGOEUN");
}

TEST_F(ActorsTest, PeopleOutOfOfficeKeepTheirCountryWhenNamedInFull) {
  // Before his first office, named in full: Russia's, with no sector.
  Mentions("Sergey Shoygu arrived in Minsk on Monday.", "1985-03-01");
  auto m = Find(0, "Sergey Shoygu");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]->code, "RUS");
  EXPECT_EQ(m[0]->how, ActorHow::kDateRule);
  // The surname alone, years before: more likely someone else.
  Mentions("Shoygu arrived in Minsk on Monday.", "1985-03-01");
  EXPECT_TRUE(Find(0, "Shoygu").empty());
}

TEST_F(ActorsTest, ATitleInTheSentenceOverridesTheRoleTablesSector) {
  // In government by the role table on this date, a rebel by the sentence.
  Mentions("Rebel leader Riek Machar returned to Juba on Monday.", "2016-06-01");
  auto m = Find(0, "Rebel leader Riek Machar");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]->code, "SSDREB");
  Mentions("Riek Machar returned to Juba on Monday.", "2016-06-01");
  m = Find(0, "Riek Machar");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]->code, "SSDGOV");
}

TEST_F(ActorsTest, RolesSurnamesPronounsAndCollectives) {
  // An invented person: the role introduces the code, the surname and the
  // pronouns carry it on, the collective names both countries.
  Mentions(
      "Brazilian Foreign Minister Tomas Velloza met Chilean officials in Santiago on Monday. "
      "Velloza said the talks were useful. "
      "He thanked the hosts. "
      "The two countries signed a trade accord. "
      "Both sides agreed to meet again.");
  auto intro = Find(0, "Brazilian Foreign Minister Tomas Velloza");
  ASSERT_EQ(intro.size(), 1u);
  EXPECT_EQ(intro[0]->code, "BRAGOV");
  auto surname = Find(1, "Velloza");
  ASSERT_EQ(surname.size(), 1u);
  EXPECT_EQ(surname[0]->code, "BRAGOV");
  EXPECT_EQ(surname[0]->how, ActorHow::kRole);
  auto he = Find(2, "He");
  ASSERT_EQ(he.size(), 1u);
  EXPECT_EQ(he[0]->code, "BRAGOV");
  EXPECT_EQ(he[0]->how, ActorHow::kCoreference);
  for (auto [s, surface] : {std::pair{3u, "The two countries"}, std::pair{4u, "Both sides"}}) {
    auto m = Find(s, surface);
    std::set<std::string> countries;
    for (const ActorMention* x : m) countries.insert(x->code.substr(0, 3));
    EXPECT_EQ(countries, (std::set<std::string>{"BRA", "CHL"})) << surface;
    if (m.size() >= 2) {
      EXPECT_EQ(m[0]->group, m[1]->group) << surface;
    }
  }
}

TEST_F(ActorsTest, TheTwoAreThePeopleWhoMet) {
  // "the two" after a meeting are its two people, not the last two
  // countries named on the way ("the war in Yemen", "the ministry in ...").
  Mentions(
      "Brazilian Foreign Minister Tomas Velloza arrived in Santiago for talks with his Chilean counterpart "
      "Rosa Almagro on the war in Yemen, the ministry said. The two agreed to expand trade.");
  auto m = Find(1, "The two");
  std::set<std::string> countries;
  for (const ActorMention* x : m) countries.insert(x->code.substr(0, 3));
  EXPECT_EQ(countries, (std::set<std::string>{"BRA", "CHL"}));
  // "the two leaders": a collective, though "leaders" is also a role word
  Mentions("Brazilian President Tomas Velloza met Chilean President Rosa Almagro in Lima. "
           "The two leaders pledged to expand trade.");
  m = Find(1, "The two leaders");
  countries.clear();
  for (const ActorMention* x : m) countries.insert(x->code.substr(0, 3));
  EXPECT_EQ(countries, (std::set<std::string>{"BRA", "CHL"}));
}

// A collective followed by an apposition that names its members is not the
// pair the story named before.
TEST_F(ActorsTest, CollectiveNamedInItsOwnSentenceIsNotAnEarlierPair) {
  Mentions(
      "Brazil and Chile held talks in Lima. The only two states to have signed the pact -- Peru and Bolivia -- "
      "criticised the plan.");
  for (const ActorMention* x : Find(1, "The only two states")) {
    EXPECT_NE(x->code.substr(0, 3), "BRA") << x->code;
    EXPECT_NE(x->code.substr(0, 3), "CHL") << x->code;
  }
  // with no such apposition the pair named before is still who the two are
  Mentions("Brazil and Chile held talks in Lima. The two states signed the pact.");
  std::set<std::string> countries;
  for (const ActorMention* x : Find(1, "The two states")) countries.insert(x->code.substr(0, 3));
  EXPECT_EQ(countries, (std::set<std::string>{"BRA", "CHL"}));
}

TEST_F(ActorsTest, PronounsTakeTheNearestFittingAntecedent) {
  struct Case {
    const char* text;
    uint32_t sentence;
    const char* pronoun;
    const char* code_prefix;
  } cases[] = {
      {"Ghana recalled its ambassador. It said the move was temporary.", 1, "It", "GHA"},
      {"Ghanaian protesters marched on Monday. They demanded new elections.", 1, "They", "GHA"},
      // the antecedent in the same sentence beats one further back
      {"Chinese troops crossed the river. Beijing said it was ready to talk.", 1, "it", "CHN"},
      {"Chinese troops crossed the river. Beijing said it was ready to talk.", 1, "Beijing", "CHNGOV"},
      // an object pronoun is not the subject of its own clause
      {"Chinese Premier Wang Lidong arrived in Delhi. Indian Prime Minister Arun Mehra will hold talks with him.", 1,
       "him", "CHN"},
      // "their" is a plural before a country named in the singular, which
      // is an "it"; the country when no plural is named
      {"Chilean rebels attacked Peru to defend their villages.", 0, "their", "CHLREB"},
      {"Peru said they were ready.", 0, "they", "PER"},
      // a country named only as where something happened is not "it"
      {"Chilean jets shot down a Peruvian plane near the Bolivian border, saying it had entered Chilean airspace.", 0,
       "it", "PER"},
      // "it" after a country's office holder is the country, not the person
      {"Chile's president said it would send troops.", 0, "it", "CHL"},
      // "he" reporting his own deed is the speaker: a member of a group is
      // the group's
      {"Chile's president met the envoy. A member of the Peruvian army told the court that he fired.", 1, "he",
       "PERMIL"},
      // the speakers of a quotation are not anyone their words name
      {"The Peruvian Congress met the envoy. \"We worry about Chile,\" they wrote to the envoy.", 1, "they", "PER"},
      {"The Peruvian Congress met the envoy. \"We worry about Chile\", they wrote to the envoy.", 1, "they", "PER"},
      // "he" is one person: people named in the plural after him are not he
      {"The Chilean president arrived on Monday. He held talks with Peruvian ministers. He will fly home today.", 2,
       "He", "CHL"},
      {"The Chilean president arrived on Monday. Peruvian officials welcomed the decision. He will fly home today.", 2,
       "He", "CHL"},
      // a noun of the other sex is not who "he" or "she" stands for, even
      // when its possessor is a person
      {"The Chilean president met the Peruvian envoy's wife when he visited Lima.", 0, "he", "CHL"},
      {"The Chilean foreign minister met the Peruvian envoy's husband after she arrived in Lima.", 0, "she", "CHL"},
      // nor a "he" an earlier pronoun stood for
      {"The Chilean minister met Peruvian officials. The Peruvian envoy's husband said he was pleased. She flew home.",
       2, "She", "CHL"},
      // ... a noun of the same sex still is
      {"The Chilean president met the Peruvian envoy's wife when she visited Lima.", 0, "she", "PER"},
      {"The Chilean president met the Peruvian envoy when he visited Lima.", 0, "he", "PER"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got = Mentions(c.text);
    auto m = Find(c.sentence, c.pronoun);
    ASSERT_EQ(m.size(), 1u) << c.text << "\n  got: " << Join(got);
    EXPECT_EQ(m[0]->code.rfind(c.code_prefix, 0), 0u)
        << c.text << ": " << c.pronoun << " is " << m[0]->code << ", want " << c.code_prefix;
  }
}

TEST_F(ActorsTest, ALeadersNameBeforeAWordForABodyIsAnIt) {
  // "The Museveni government", "Museveni regime": a leader's name that
  // modifies a word for a body (body-noun) names the body, which "it"
  // stands for; before a word for a person ("a Museveni aide") or alone it
  // is still a person, a "he".
  struct Case {
    const char* text;
    const char* pronoun;
    const char* code_prefix;
  } cases[] = {
      {"The Museveni government said it would send troops to Somalia.", "it", "UGA"},
      {"Museveni regime said it would close the border with Kenya.", "it", "UGA"},
      {"The Museveni administration announced it would expel the envoy.", "it", "UGA"},
      {"A Museveni aide said he would fly to Nairobi.", "he", "UGA"},
      {"Yoweri Museveni said he would fly to Nairobi.", "he", "UGA"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got = Mentions(c.text, "2015-05-10");
    auto m = Find(0, c.pronoun);
    ASSERT_EQ(m.size(), 1u) << c.text << "\n  got: " << Join(got);
    EXPECT_EQ(m[0]->code.rfind(c.code_prefix, 0), 0u)
        << c.text << ": " << c.pronoun << " is " << m[0]->code << ", want " << c.code_prefix;
  }
}

TEST_F(ActorsTest, HeAfterANameNoDictionaryKnowsIsThatPerson) {
  // A name no dictionary knows, as a subject or after "with" in the
  // pronoun's sentence, is who "he" or "his" stands for: not the person an
  // earlier sentence named.
  const char* cases[] = {
      "The Chilean president thanked Peru. Reporters spoke with Halvorsen about his trip to Lima.",
      "The Chilean president thanked Peru. Halvorsen said his trip to Lima was a success.",
  };
  for (const char* text : cases) {
    std::vector<std::string> got = Mentions(text);
    EXPECT_TRUE(Find(1, "his").empty()) << text << "\n  got: " << Join(got);
  }
  // (with no such name, "his" is the person named before)
  std::vector<std::string> got = Mentions("The Chilean president thanked Peru. He said his trip to Lima was a success.");
  auto m = Find(1, "his");
  ASSERT_EQ(m.size(), 1u) << Join(got);
  EXPECT_EQ(m[0]->code, "CHLGOV");
}

TEST_F(ActorsTest, ItAfterABodyNoDictionaryKnowsIsThatBody) {
  // "it" after a name no dictionary codes, anywhere in its sentence, is most
  // likely that body: no event beats a guessed country of an earlier sentence.
  std::vector<std::string> got =
      Mentions("Chile sent the samples on Monday. We will pass them to Norbrook Research as it has worked with Peru.");
  EXPECT_TRUE(Find(1, "it").empty()) << Join(got);
  got = Mentions("Chile sent the samples on Monday. We will pass them to the lab as it has worked with Peru.");
  EXPECT_EQ(Find(1, "it").size(), 1u) << Join(got);
  // (a day's name is no body)
  got = Mentions("Chile warned Peru on Tuesday that it would face sanctions if it kept shelling Bolivia.");
  EXPECT_EQ(Find(0, "it").size(), 2u) << Join(got);
}

TEST_F(ActorsTest, TheyInsideAQuotationAreNotPeopleOfAnotherSentence) {
  // A witness's "they" are people of the witness's story, whom the story
  // has not named; outside a quotation "they" still looks back.
  std::vector<std::string> got =
      Mentions("Peruvian police arrested the passengers on Monday. \"Then they tied the guards and left,\" a witness said.");
  EXPECT_TRUE(Find(1, "they").empty()) << Join(got);
  got = Mentions("Peruvian police arrested the passengers on Monday. Then they tied the guards and left.");
  EXPECT_EQ(Find(1, "they").size(), 1u) << Join(got);
}

// "the insurgents" after the story has named an armed group is that group,
// not the country of a place after it; with a nationality of its own it is
// that country's.
TEST_F(ActorsTest, TheRebelsAreTheGroupNamedBefore) {
  EXPECT_EQ(CodeOf("The Taliban attacked a checkpoint. Chile later talked with the insurgents in Lima.", 1,
                   "insurgents"),
            "AFGREBTLB");
  EXPECT_EQ(CodeOf("Hamas fired rockets on Monday. Peru talked with the militants in Lima.", 1, "militants"),
            "PSEREBHMS");
  EXPECT_EQ(CodeOf("Hamas fired rockets on Monday. Peru arrested the Peruvian militants.", 1, "Peruvian militants"),
            "PERREB");
  // counted ones too, when the group is named before them in the sentence
  EXPECT_EQ(CodeOf("Peruvian jets struck Hamas positions, killing five fighters.", 0, "fighters"), "PSEREBHMS");
  EXPECT_EQ(CodeOf("Peruvian jets struck Hamas positions, killing dozens of militants.", 0, "militants"), "PSEREBHMS");
  EXPECT_NE(CodeOf("Hamas fired rockets on Monday. Peru arrested five militants.", 1, "militants"), "PSEREBHMS");
}

// "the judges" or "the court" right after an international court is named
// are that court, not judges of the story's country; judges with a
// nationality of their own, or long after the court, are not (the latter
// take the story's country).
TEST_F(ActorsTest, TheJudgesAreTheInternationalCourtNamedBefore) {
  const char* text =
      "Chile took its dispute with Peru to the International Court of Justice. The judges said Peru must respond.";
  EXPECT_EQ(CodeOf(text, 1, "judges"), "IGOICJ");
  EXPECT_EQ(
      CodeOf("Peru appealed to the International Criminal Court on Monday. The court rejected the appeal.", 1, "court"),
      "IGOICC");
  EXPECT_EQ(CodeOf("Chile took its dispute to the International Court of Justice. The Peruvian judges disagreed.", 1,
                   "Peruvian judges"),
            "PERJUD");
  EXPECT_EQ(CodeOf("Chile took its dispute to the International Court of Justice. Chile's navy sailed on Monday. "
                   "Peru held elections. The judges resigned.",
                   3, "judges"),
            "CHLJUD");
}

// "A man told reporters that he ...": a speaker the dictionaries do not
// code is still who "he" is, not a person an earlier sentence named; a
// country or body speaking is no "he".
TEST_F(ActorsTest, HeInReportedSpeechIsTheSpeaker) {
  EXPECT_EQ(CodeOf("Chile's president met the envoy. A local man told reporters that he saw the troops.", 1, "he"),
            "(none)");
  EXPECT_EQ(CodeOf("Chile's president met the envoy. Peru said he would come.", 1, "he"), "CHLGOV");
}

// "them" after people of its own sentence whom no dictionary knows ("new
// settlers") is those people, not an actor of an earlier sentence; a stretch
// of time in the plural does not count, and with no such people "them"
// still looks back.
TEST_F(ActorsTest, TheyAfterUnnamedPeopleOfTheSentenceAreThosePeople) {
  EXPECT_EQ(CodeOf("Chile opened its border. The Peruvian ministry gives new settlers maps to help them.", 1, "them"),
            "(none)");
  EXPECT_EQ(CodeOf("Chilean troops crossed the border. Peru spent months trying to stop them.", 1, "them"), "CHLMIL");
  EXPECT_EQ(CodeOf("Chilean troops crossed the border. Peru sent a warning to them.", 1, "them"), "CHLMIL");
}

TEST_F(ActorsTest, ItThatStandsForAClauseIsNoActor) {
  const char* texts[] = {
      "Ghana recalled its ambassador. It is necessary to restore trust, officials said.",
      "Ghana recalled its ambassador. It was unclear whether Togo would respond.",
      "Ghana recalled its ambassador. It is worth noting that Togo protested.",
      "Ghana recalled its ambassador. It was reported that Togo protested.",
      // (adjectives joined before the clause; the last one is said of it)
      "Ghana recalled its ambassador. It is harsh but fair to say that Togo protested.",
  };
  for (const char* text : texts) {
    Mentions(text);
    EXPECT_TRUE(Find(1, "It").empty()) << text;
  }
  // a referring "it" still refers
  Mentions("Ghana recalled its ambassador. It is angry with Togo.");
  EXPECT_EQ(Find(1, "It").size(), 1u);
  Mentions("Ghana recalled its ambassador. It is calm but ready to talk to Togo.");
  EXPECT_EQ(Find(1, "It").size(), 1u);
}

// "it" after a clause about a thing refers to the thing, not to an actor
// named earlier; a word for a body still stands for the actor.
TEST_F(ActorsTest, ItAfterAClauseAboutAThingIsTheThing) {
  Mentions("Ghanaian officials said the convoy was passing the border when it came under fire.");
  EXPECT_TRUE(Find(0, "it").empty());
  Mentions("The Ghanaian army attacked a village. In a statement, the group said it had killed ten people.");
  EXPECT_EQ(Find(1, "it").size(), 1u);
  // ... and so is a name no dictionary knows: "it" is that body, not the
  // actor of the sentence before
  Mentions("The European Union sent aid to Ghana. Harvest Hope said it is giving seeds to farmers.");
  EXPECT_TRUE(Find(1, "it").empty());
  Mentions("The European Union sent aid to Ghana. The Harvest Hope Trust said it is giving seeds to farmers.");
  EXPECT_TRUE(Find(1, "it").empty());
  // (a US agency the dictionaries name is an actor, and so is its "it")
  Mentions("The European Union sent aid to Ghana. NASA said it is sending a satellite to Ghana.");
  ASSERT_EQ(Find(1, "it").size(), 1u);
  EXPECT_EQ(Find(1, "it")[0]->code.substr(0, 6), "USAGOV");
  // (a name the dictionaries know is still the actor)
  Mentions("Chinese troops crossed the river. Beijing said it was ready to talk.");
  EXPECT_EQ(Find(1, "it").size(), 1u);
}

// "its" is one thing's: when the nearest actor before it is people named in
// the plural, or a "they" standing for them, it stands for a thing no
// dictionary names, and for no actor.
TEST_F(ActorsTest, ItsIsNotPeopleNamedInThePlural) {
  std::vector<std::string> got =
      Mentions("Floods drove Ghanaian villagers from their homes. Nurses took blood from them to track its spread.");
  EXPECT_TRUE(Find(1, "its").empty()) << Join(got);
  got = Mentions("Ghanaian villagers said they had lost their cattle, and a clinic posted the news on its website.");
  EXPECT_TRUE(Find(0, "its").empty()) << Join(got);
  // (a body named in the singular after them still is)
  got = Mentions("The villagers thanked the Ghanaian army for its help.");
  auto its = Find(0, "its");
  ASSERT_EQ(its.size(), 1u) << Join(got);
  EXPECT_EQ(its[0]->code.substr(0, 6), "GHAMIL");
}

TEST_F(ActorsTest, SameSentenceGovernmentOverContext) {
  // "it" right after "Beijing said" refers to Beijing's government, not to the
  // troops of the previous sentence.
  Mentions("Chinese troops crossed the river. Beijing said it was ready to talk.");
  auto m = Find(1, "it");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]->code, "CHNGOV");
}

TEST_F(ActorsTest, PeopleFromElsewhereDoNotTakeTheStorysCountry) {
  struct Case {
    const char* words;
    const char* mention;  // the actor's words, when the phrase is one
    bool actor;           // whether the phrase is the story country's
  } cases[] = {
      {"Chilean officials", "Chilean officials", true},
      {"Foreign journalists", "Foreign journalists", false},
      {"Foreign journalists", "journalists", false},
      {"International monitors", "monitors", false},
      {"Additional European peacekeepers", "peacekeepers", false},
      {"African leaders", "leaders", false},
      {"Regional mediators", "mediators", false},
      {"The court's president", "president", false},
      {"The country's president", "president", true},
      // an office each country has one of, in the plural, is a summit's
      {"The foreign ministers", "foreign ministers", false},
      {"The ministers", "ministers", true},
      // governments and parliaments, in the plural, are several countries'
      {"National governments", "governments", false},
      {"Several parliaments", "parliaments", false},
      {"The government", "government", true},
  };
  for (const Case& c : cases) {
    std::string second = std::string(c.words) + " visited the port.";
    Mentions("Chile held elections on Sunday. " + second);
    auto m = Find(1, c.mention);
    EXPECT_EQ(!m.empty() && m[0]->code.rfind("CHL", 0) == 0, c.actor) << c.words;
  }
}

// A sentence whose scope is a continent or the world speaks of people of
// many countries: its role words take no country from the story.
TEST_F(ActorsTest, ASentenceAboutAContinentIsNotTheStorysCountry) {
  struct Case {
    const char* sentence;
    const char* mention;
    bool storys;  // whether the phrase is the story country's
  } cases[] = {
      {"Throughout the continent, farmers have protested against low prices.", "farmers", false},
      {"Farmers around the world have protested against low prices.", "Farmers", false},
      {"In Latin America, the opposition has accused incumbents of fraud.", "opposition", false},
      {"Farmers have protested against low prices.", "Farmers", true},
      // one country's place in the world, or a region inside a name, is no
      // scope of the sentence
      {"Farmers in the world's third largest producer have protested.", "Farmers", true},
      {"Farmers protested near the Bank of West Africa Building.", "Farmers", true},
  };
  for (const Case& c : cases) {
    Mentions(std::string("Bolivia held elections on Sunday. ") + c.sentence);
    auto m = Find(1, c.mention);
    EXPECT_EQ(!m.empty() && m[0]->code.rfind("BOL", 0) == 0, c.storys) << c.sentence;
  }
}

// "their governments": an office each country has one of, in the plural, is
// held in several countries, so it takes no country from its possessor.
TEST_F(ActorsTest, PossessedPluralOfOneOfficeTakesNoCountry) {
  Mentions("Chilean police searched the port. The two sailors asked their governments for help.");
  EXPECT_TRUE(Find(1, "governments").empty());
  EXPECT_EQ(CodeOf("Chilean police searched the port. The sailors asked their government for help.", 1, "government"),
            "CHLGOV");
}

// The armed men a named armed group owns ("its commanders") are that group,
// not the army of the group's country; a state's are its army.
TEST_F(ActorsTest, AnArmedGroupsOwnFightersAreTheGroup) {
  EXPECT_EQ(CodeOf("The Taliban said its commanders attacked a checkpoint.", 0, "commanders"), "AFGREBTLB");
  EXPECT_EQ(CodeOf("The Taliban said its fighters attacked a checkpoint.", 0, "fighters"), "AFGREBTLB");
  EXPECT_EQ(CodeOf("Chile said its commanders attacked a checkpoint.", 0, "commanders"), "CHLMIL");
}

// A country's allies, neighbours and rivals are other parties than the
// country; a person's allies are of the person's country.
TEST_F(ActorsTest, ACountrysAlliesAreNotTheCountry) {
  struct Case {
    const char* text;
    const char* mention;  // the phrase (or its possessive pronoun)
    const char* code;     // its code, or "" when it is no actor
  } cases[] = {
      {"Peru's allies met on Monday.", "Peru 's allies", ""},
      {"Peru's closest allies met on Monday.", "Peru 's closest allies", ""},
      {"Peru's defence minister met on Monday.", "Peru 's defence minister", "PERMIL"},
      {"Chile warned its northern neighbour.", "its", ""},
      {"Chile warned its soldiers.", "soldiers", "CHLMIL"},
      // ... nor is a pronoun before a neighbour or ally that owns the thing
      {"Chile taxed its eastern neighbour's copper exports.", "its", ""},
      {"Peru criticized its allies' warships.", "its", ""},
      {"Peru praised its navy's sailors.", "navy 's sailors", "PERMIL"},
      // a country naming a sea, strait or peninsula is no party there
      {"Chile sent ships to the South China Sea.", "China", ""},
      {"Peru voiced concern about the Korean Peninsula.", "Korean", ""},
      {"Chile fired a missile into the Sea of Japan.", "Japan", ""},
      {"Peru protested Chinese drills near the Chilean coast.", "Chinese", "CHN"},
      // a country's name inside a place's name, with the place's country
      // after "in", is not that country
      {"The envoy visited Zanda Chile in southern Peru.", "Chile", ""},
      {"The envoy visited Upper Chile.", "Chile", "CHL"},
      // a nationality before a broadcaster's language service is the language
      {"The Chilean minister spoke to the radio's Peruvian Service.", "Peruvian", ""},
      {"Peruvian service members marched in Lima.", "Peruvian service members", "PERMIL"},
      // a body or country before a document's title names the text
      {"Chile said Peru was violating the UN Charter.", "UN", ""},
      {"Peru's Constitution guarantees a free press.", "Peru", ""},
      {"The UN charter flight landed in Lima.", "UN", "IGOUNO"},
      // ... as does a capital alone before an accord or agreement
      {"Chile rejected the Lima Accords.", "Lima", ""},
      {"Chile violated the Lima agreements.", "Lima", ""},
      {"Lima agreed to talks with Chile.", "Lima", "PERGOV"},
      {"Chile praised Lima's treaty with Bolivia.", "Lima", "PERGOV"},
      {"Peru's constitutional court met on Monday.", "Peru 's constitutional court", "PERJUD"},
      // ... and one before a link names the tie, not the party
      {"Chile declined to comment on a possible Peru link.", "Peru", ""},
      // opposition to something is a stance, not the political opposition
      {"Chile reiterated its opposition to the plan.", "its opposition", ""},
      {"Peru joined an alliance in opposition to Chile.", "opposition", ""},
      {"The Peruvian opposition criticized Chile.", "Peruvian opposition", "PEROPP"},
  };
  for (const Case& c : cases) {
    Mentions(c.text);
    auto m = Find(0, c.mention);
    if (*c.code == '\0') {
      EXPECT_TRUE(m.empty()) << c.text;
    } else {
      ASSERT_EQ(m.size(), 1u) << c.text;
      EXPECT_EQ(m[0]->code.substr(0, std::string(c.code).size()), c.code) << c.text;
    }
  }
  // "President Boric's allies": allies of a person, of his country
  Mentions("President Boric's allies met on Monday.", "2023-01-01");
  bool chilean = false;
  for (const ActorMention& m : out_.actors.mentions) chilean |= m.code.rfind("CHL", 0) == 0;
  EXPECT_TRUE(chilean);
}

TEST_F(ActorsTest, AntiXIsAgainstXNotXs) {
  Mentions("Anti-Chilean protesters marched in Lima.");
  for (const ActorMention* m : Find(0, "Anti-Chilean protesters")) EXPECT_NE(m->code.substr(0, 3), "CHL");
  Mentions("Chilean protesters marched in Lima.");
  auto m = Find(0, "Chilean protesters");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]->code, "CHLCVL");
}

TEST_F(ActorsTest, ATownEndingAnUnknownNameIsASurname) {
  Mentions("The spokesman, Abdi Yussouf Aden, spoke on Monday.");
  EXPECT_TRUE(Find(0, "Aden").empty());
  Mentions("Fighting resumed in Aden on Monday.");
  auto m = Find(0, "Aden");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]->code, "YEM");
}

// ---- seed article (outside the project) ----------------------------------

TEST_F(ActorsTest, SeedArticle) {
  const std::string rel = "dev/seed-article.jsonl";
  if (!testing_util::HaveShared(rel)) GTEST_SKIP() << "no " << testing_util::SharedDir() << "/" << rel;
  auto docs = testing_util::ReadJsonl(testing_util::SharedDir() + "/" + rel);
  ASSERT_EQ(docs.size(), 1u);
  coder_->FindActors(docs[0], &out_);
  const Analysis& a = out_.analysis;
  bool xu = false, shoygu = false;
  std::set<std::string> collective;
  for (const ActorMention& m : out_.actors.mentions) {
    std::string s = TokenText(a, m.first_token, m.end_token);
    if (s.find("Xu Qiliang") != std::string::npos) {
      xu = true;
      EXPECT_EQ(m.code, "CHNMIL") << s;
    }
    if (s.find("Shoygu") != std::string::npos) {
      shoygu = true;
      EXPECT_EQ(m.code.substr(0, 3), "RUS") << s;
    }
    if (s == "the two countries" || s == "both countries") collective.insert(s + "=" + m.code.substr(0, 3));
  }
  EXPECT_TRUE(xu);
  EXPECT_TRUE(shoygu);
  for (const char* s : {"the two countries=CHN", "the two countries=RUS", "both countries=CHN",
                        "both countries=RUS"}) {
    EXPECT_TRUE(collective.count(s)) << s << "; got: "
                                     << Join(std::vector<std::string>(collective.begin(), collective.end()));
  }
}

// A state's code against an organisation's, a region's or an unknown one.
TEST(ActorCodesTest, StatesAreNotOrganisationsRegionsOrUnknown) {
  const std::pair<const char*, bool> cases[] = {
      {"CHN", true},     {"CHNMIL", true},  {"IGOUNO", false}, {"NGOMSF", false}, {"---GOV", false},
      {"EURBUS", false}, {"WAFMIL", false}, {"UIS", false},    {"MNC", false},    {"", false},
  };
  for (const auto& [code, state] : cases) EXPECT_EQ(IsStateCode(code), state) << code;
  EXPECT_TRUE(IsRegionCode("MEA"));
  EXPECT_FALSE(IsRegionCode("KEN"));
  // Codes are compared as packed integers: only the first three letters of a
  // state code count, and a region is exactly three letters.
  EXPECT_TRUE(IsStateCode("KENREB"));
  EXPECT_FALSE(IsStateCode("KE"));
  EXPECT_FALSE(IsRegionCode("MEAGOV"));
  EXPECT_FALSE(IsRegionCode("ME"));
  EXPECT_FALSE(IsRegionCode(""));
  EXPECT_FALSE(IsRegionCode("mea"));
}

// ---- loader errors -----------------------------------------------------------

TEST(ActorDictionaryParseTest, ValidTextLoads) {
  auto d = ActorDictionary::Parse(
      "country ATL Atlantis\n"
      "  names: Atlantis; Republic of Atlantis\n"
      "  adjectives: Atlantean\n"
      "  government: Poseidonia\n"
      "\n"
      "agent MIL Military\n"
      "  names: army; troops\n"
      "\n"
      "person Nora Quell\n"
      "  names: Nora Quell; Quell\n"
      "  role: ATLGOV 2001 2009-06 president\n"
      "  role: ATLMIL 2009-06 - army chief\n",
      "mini.txt");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ActorDictionary::Stats st = d.value()->stats();
  EXPECT_EQ(st.countries, 1u);
  EXPECT_EQ(st.agents, 1u);
  EXPECT_EQ(st.people, 1u);
}

TEST(ActorDictionaryParseTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* what;
    const char* text;
    const char* location;  // "file:line"
    const char* words;     // part of the message
  } cases[] = {
      {"field line before any header", "  names: Atlantis\n", "bad.txt:1:", "header"},
      {"field line without colon", "country ATL Atlantis\n  names Atlantis\n", "bad.txt:2:", "field"},
      {"unknown field", "country ATL Atlantis\n  names: Atlantis\n  flag: blue\n", "bad.txt:3:",
       "unknown field"},
      {"duplicate code",
       "country ATL Atlantis\n  names: Atlantis\n\ncountry ATL Atlantica\n  names: Atlantica\n", "bad.txt:4:",
       "ATL"},
      {"one name, two codes",
       "country ATL Atlantis\n  names: Atlantis\n\ncountry LEM Lemuria\n  names: Lemuria; Atlantis\n",
       "bad.txt:5:", "Atlantis"},
      {"bad country code", "country ATLX Atlantis\n  names: Atlantis\n", "bad.txt:1:", "3 letters"},
      {"unknown block kind", "planet ATL Atlantis\n  names: Atlantis\n", "bad.txt:1:", "planet"},
      {"region code not CAMEO's", "region ATL Atlantic Rim\n  names: Atlantic Rim\n", "bad.txt:1:", "region"},
      {"role dates reversed", "person Nora Quell\n  names: Nora Quell\n  role: ATLGOV 2009 2001 president\n",
       "bad.txt:3:", "role"},
      {"person without role", "# people\nperson Nora Quell\n  names: Nora Quell\n", "bad.txt:2:", "role"},
  };
  for (const Case& c : cases) {
    auto d = ActorDictionary::Parse(c.text, "bad.txt");
    ASSERT_FALSE(d.ok()) << c.what;
    const std::string msg = d.status().message();
    EXPECT_NE(msg.find(c.location), std::string::npos) << c.what << ": " << msg;
    EXPECT_NE(msg.find(c.words), std::string::npos) << c.what << ": " << msg;
  }
}

// A sentence that opens with the place it is set in ("In Chile, ...") gives
// its unnamed people that place's country, not the story's main one; a place
// named later, or an opening that is no country, does not.
TEST_F(ActorsTest, TheOpeningPlaceIsTheCountryOfTheSentencesPeople) {
  const std::string story = "Bolivia closed its schools. Bolivia reported new cases. ";
  const std::string opening = story + "In Chile, nurses stayed at home.";
  EXPECT_EQ(CodeOf(opening, 2, "nurses").substr(0, 3), "CHL") << Join(Mentions(opening));
  const std::string the = story + "In the Philippines, teachers went on strike.";
  EXPECT_EQ(CodeOf(the, 2, "teachers").substr(0, 3), "PHL") << Join(Mentions(the));
  // (not a country named further on, nor an opening time)
  const std::string later = story + "Teachers stayed at home in Chile, officials said.";
  EXPECT_EQ(CodeOf(later, 2, "Teachers").substr(0, 3), "BOL") << Join(Mentions(later));
  const std::string time = story + "In March, teachers stayed at home.";
  EXPECT_EQ(CodeOf(time, 2, "teachers").substr(0, 3), "BOL") << Join(Mentions(time));
}

// A nationality named after the unnamed people of a story's opening sentence
// is another party's: they take the country the whole story names most. (A
// place named after them may be where they are, and a text of one sentence
// has no story to read: there the country named after them stands.)
TEST_F(ActorsTest, TheOpeningSentencesPeopleTakeTheStorysCountry) {
  const std::string story =
      "Police detained a Chilean diplomat on Monday. Peruvian officials said he had spied. Peru expelled two more.";
  EXPECT_EQ(CodeOf(story, 0, "Police"), "PERCOP") << Join(Mentions(story));
  const std::string alone = "Police detained a Chilean diplomat on Monday.";
  EXPECT_EQ(CodeOf(alone, 0, "Police"), "CHLCOP") << Join(Mentions(alone));
  // (a place named after them may be where they are)
  const std::string place = "Police detained two men in Lima on Monday. Chilean officials protested. Chile wrote.";
  EXPECT_EQ(CodeOf(place, 0, "Police"), "PERCOP") << Join(Mentions(place));
}

// The phrase "whose" opens is owned by the phrase before it (a comma between
// or not), not by the story's country.
TEST_F(ActorsTest, WhoseGivesThePhraseBeforeItsCountry) {
  const std::string text = "Peru closed its border. Peru welcomed Chilean miners whose union met Peruvian officials.";
  EXPECT_EQ(CodeOf(text, 1, "union"), "CHLLAB") << Join(Mentions(text));
  const std::string comma = "Peru closed its border. Chilean miners, whose union met Peruvian officials, went home.";
  EXPECT_EQ(CodeOf(comma, 1, "union"), "CHLLAB") << Join(Mentions(comma));
}

// "The international community" is the unnamed international bodies (IGO),
// not the story's country.
TEST_F(ActorsTest, TheInternationalCommunityIsInternational) {
  const std::string text = "Chad closed its border on Monday. Chad asked the international community for help.";
  EXPECT_EQ(CodeOf(text, 1, "international community"), "IGO") << Join(Mentions(text));
}

TEST_F(ActorsTest, UnEnvoysAndHeadsOfUnBodiesAreCodedByTheirPostOnTheDate) {
  // people-g20.txt: the UN's envoys for the conflicts of the news and the
  // heads of its agencies, by the post held on the document's date; one
  // person who moved between posts is checked on both sides of the move.
  const CodeCase cases[] = {
      {"Staffan de Mistura urged the warring sides to talk.", "Staffan de Mistura", "2016-02-01", "IGOUNO"},
      {"Brahimi urged the warring sides to talk.", "Brahimi", "2013-02-01", "IGOUNO"},
      {"Hans Grundberg urged the warring sides to talk.", "Hans Grundberg", "2023-02-01", "IGOUNO"},
      {"Ghassan Salame urged the warring sides to talk.", "Ghassan Salame", "2018-02-01", "IGOUNSMIL"},
      {"Martin Griffiths urged the warring sides to talk.", "Martin Griffiths", "2019-02-01", "IGOUNO"},
      {"Martin Griffiths asked donors for money.", "Martin Griffiths", "2022-02-01", "IGOOCHA"},
      {"Navi Pillay condemned the killings.", "Navi Pillay", "2012-02-01", "IGOOHCHR"},
      {"Michelle Bachelet condemned the killings.", "Michelle Bachelet", "2020-02-01", "IGOOHCHR"},
      {"Filippo Grandi thanked the host countries.", "Filippo Grandi", "2018-02-01", "IGOUNHCR"},
      {"Philippe Lazzarini appealed for funds.", "Philippe Lazzarini", "2024-02-01", "IGOUNRWA"},
      {"David Beasley appealed for funds.", "David Beasley", "2020-02-01", "IGOWFP"},
      {"Anthony Lake appealed for funds.", "Anthony Lake", "2014-02-01", "IGOUNICF"},
      {"Khalilzad met the negotiators in Doha.", "Khalilzad", "2020-02-01", "USAGOV"},
  };
  ExpectCodes(cases);
}

TEST_F(ActorsTest, StateBodiesKnownByTheirOwnNameCarryTheirCountry) {
  // groups.txt: departments, agencies, legislatures and security services
  // that the press names without their country; names other states share
  // need the country before them.
  const MentionCase cases[] = {
      {"The Food and Drug Administration warned two drug makers.", {"Food and Drug Administration=USAGOVREG"}, {}},
      {"The DEA arrested three smugglers in Texas.", {"DEA=USACOPFLE"}, {}},
      {"The U.S. Department of Education fined the college.", {"U.S. Department of Education=USAGOVDEP"}, {}},
      {"DFID cut its aid to Freedonia.", {"DFID=GBRGOVDFD"}, {}},
      {"The Lok Sabha passed the border bill.", {"Lok Sabha=INDLEGPRL"}, {}},
      {"The Wolesi Jirga rejected the nominee for defence minister.", {"Wolesi Jirga=AFGLEGJRG"}, {}},
      {"The Expediency Council approved the bill.", {"Expediency Council=IRNGOVEXC"}, {}},
      {"The EFCC arrested a former governor.", {"EFCC=NGACOPEFC"}, {}},
      {"ISPR said troops had killed four militants.", {"ISPR=PAKMILISP"}, {}},
      {"The BND warned of Russian sabotage.", {"BND=DEUSPYBND"}, {}},
      {"JSOC commandos raided the compound.", {"JSOC commandos=USAMILSOC"}, {}},
      {"The Reconnaissance General Bureau ran the hacking teams.",
       {"Reconnaissance General Bureau=PRKSPYRGB"},
       {}},
      // a secret service or a Department of Education of another state is not
      // the American one
      {"The Russian secret service detained a diplomat.", {}, {"USA*"}},
      {"Kenya's Department of Education closed the schools.", {}, {"USA*"}},
  };
  ExpectMentions(cases);
}

TEST_F(ActorsTest, ProvincesOfCountriesInConflictNewsCodeAsTheirCountry) {
  // countries.txt `places`: departments, states and provinces of countries
  // in conflict news, as the press names them, code as their country; a
  // place name that holds another one ("Rif Dimashq", with Morocco's Rif)
  // is read whole.
  const MentionCase cases[] = {
      {"Soldiers clashed with traffickers in Alta Verapaz.", {"Alta Verapaz=GTM"}, {}},
      {"Rebels attacked a police post in Guaviare.", {"Guaviare=COL"}, {}},
      {"Cattle raiders struck villages in Northern Bahr el Ghazal.", {"Northern Bahr el Ghazal=SSD"}, {}},
      {"Protesters blocked roads in Dhi Qar.", {"Dhi Qar=IRQ"}, {}},
      {"Gunmen killed twelve villagers in Adamawa.", {"Adamawa=NGA"}, {}},
      {"Militiamen burned houses in Haut-Uele.", {"Haut-Uele=COD"}, {}},
      {"Gunmen ambushed a convoy in Michoacan and Morelos.", {"Morelos=MEX"}, {}},
      {"Shelling hit a town in Rif Dimashq.", {"Rif Dimashq=SYR"}, {"MAR"}},
      {"Gang members killed two bus drivers in Sonsonate.", {"Sonsonate=SLV"}, {}},
      {"Police clashed with farmers in Yoro.", {"Yoro=HND"}, {}},
      {"Protesters blocked the road near Estelí.", {"Estelí=NIC"}, {}},
      {"Gangs attacked the police station in Mirebalais.", {"Mirebalais=HTI"}, {}},
  };
  ExpectMentions(cases);
}

TEST_F(ActorsTest, ArmedGroupLeadersAndOtherSpellingsOfKnownNames) {
  // people-*.txt: leaders of armed movements once missing, and the other
  // transliterations the wires use for names already known (each is a name
  // of its own to the matcher, so each spelling must be listed).
  const CodeCase cases[] = {
      {"Osama bin Laden praised the attackers in a video.", "Osama bin Laden", "2004-05-10", "NGMAQD"},
      {"Zawahiri praised the attackers in a video.", "Zawahiri", "2014-05-10", "NGMAQD"},
      {"Abdullah Ocalan called on his fighters to lay down their arms.", "Abdullah Ocalan", "2013-03-21", "TURSEP"},
      {"Droukdel praised the attackers in a video.", "Droukdel", "2012-05-10", "DZAREB"},
      {"Omer al-Bashir flew to Juba for the talks.", "Omer al-Bashir", "2012-05-10", "SDNGOV"},
      {"Walid al-Moualem flew to Moscow for the talks.", "Walid al-Moualem", "2016-05-10", "SYRGOV"},
      {"Abdel Fattah al-Sissi flew to Riyadh for the talks.", "Abdel Fattah al-Sissi", "2016-05-10", "EGYGOV"},
      {"Hassan Rowhani flew to Ankara for the talks.", "Hassan Rowhani", "2016-05-10", "IRNGOV"},
      {"Muammar al-Qadhafi flew to Cairo for the talks.", "Muammar al-Qadhafi", "2008-05-10", "LBYGOV"},
      {"Kais Saiyed flew to Algiers for the talks.", "Kais Saiyed", "2022-05-10", "TUNGOV"},
      {"Sam Kutesa flew to Kigali for the talks.", "Sam Kutesa", "2016-05-10", "UGAGOV"},
      {"Saeb Erekat flew to Amman for the talks.", "Saeb Erekat", "2016-05-10", "PSEGOV"},
  };
  ExpectCodes(cases);
  // out of the role's dates, the leader is not coded as the group
  Mentions("Osama bin Laden was born in Riyadh.", "1960-05-10");
  for (const ActorMention* m : Find(0, "Osama bin Laden")) EXPECT_NE(m->code, "NGMAQD");
}

TEST_F(ActorsTest, AidAndRightsGroupsAreNonGovernmentalActors) {
  // groups.txt: international aid, medical and rights groups code NGO;
  // national rights groups code their country's NGO sector, not the
  // country named inside them.
  const MentionCase cases[] = {
      {"Catholic Relief Services delivered food to Freedonia.", {"Catholic Relief Services=NGOCRS"}, {}},
      {"Medecins du Monde closed its clinics in the north.", {"Medecins du Monde=NGOMDM"}, {}},
      {"Physicians for Human Rights accused the army of torture.", {"Physicians for Human Rights=NGOPHR"},
       {"---HLH"}},
      {"The Danish Refugee Council suspended its work in the camps.", {"Danish Refugee Council=NGODRC"}, {"DNKREF"}},
      {"The Syrian Network for Human Rights counted the dead.", {"Syrian Network for Human Rights=SYRNGOSNH"}, {"SYR"}},
      {"The Egyptian Initiative for Personal Rights criticized the arrests.",
       {"Egyptian Initiative for Personal Rights=EGYNGOEIP"},
       {"EGY"}},
      {"Foro Penal said the police had detained 40 protesters.", {"Foro Penal=VENNGOFPN"}, {}},
  };
  ExpectMentions(cases);
}

TEST_F(ActorsTest, ArmedMovementsCodeAsTheirCountrysRebelsOrMilitias) {
  // groups.txt: armed movements of the wars of 2000-2025 by their own
  // names, each with its country and sector, not as the generic word inside
  // the name ("Army", "Fighters") or the place in it ("Niger Delta").
  const MentionCase cases[] = {
      {"Ahrar al-Sham fighters shelled the town.", {"Ahrar al-Sham fighters=SYRREBAHS"}, {}},
      {"The Mahdi Army clashed with police in Basra.", {"Mahdi Army=IRQREBMHD"}, {"---MIL"}},
      {"The Badr Organization sent fighters to the front.", {"Badr Organization=IRQMILBDR"}, {}},
      {"Lashkar-e-Jhangvi claimed the bombing.", {"Lashkar-e-Jhangvi=PAKREBLEJ"}, {}},
      {"ARSA attacked police posts in the north.", {"ARSA=MMRREBARS"}, {}},
      {"The Niger Delta Avengers blew up a pipeline.", {"Niger Delta Avengers=NGAREBNDA"}, {"NGA"}},
      {"Ansar Dine fighters seized the town.", {"Ansar Dine fighters=MLIREBADN"}, {}},
      {"Mai-Mai fighters attacked the village.", {"Mai-Mai fighters=CODREBMMI"}, {}},
      {"The Bangsamoro Islamic Freedom Fighters ambushed soldiers.",
       {"Bangsamoro Islamic Freedom Fighters=PHLREBBIF"},
       {"---REB"}},
  };
  ExpectMentions(cases);
}

TEST_F(ActorsTest, PartiesWithNamesOfTheirOwnAreTheirCountrysParties) {
  // groups.txt: parties whose names no other country's party shares code
  // as their country's PTY sector, whichever country the story is about.
  const MentionCase cases[] = {
      {"Kenyan officials met leaders of Tehreek-e-Labbaik Pakistan.", {"Tehreek-e-Labbaik Pakistan=PAKPTYTLP"}, {}},
      {"The Nationalist Movement Party backed the bill.", {"Nationalist Movement Party=TURPTYMHP"}, {}},
      {"Ennahda called for protests in Tunis.", {"Ennahda=TUNPTYENH"}, {}},
      {"The Dawa Party chose a new leader.", {"Dawa Party=IRQPTYDWA"}, {}},
      {"Yesh Atid left the coalition.", {"Yesh Atid=ISRPTYYSA"}, {}},
      {"The Five Star Movement criticized the budget.", {"Five Star Movement=ITAPTYFSM"}, {}},
      {"The Institutional Revolutionary Party lost the vote.", {"Institutional Revolutionary Party=MEXPTYPRI"}, {}},
      {"The Economic Freedom Fighters marched to the parliament.", {"Economic Freedom Fighters=ZAFPTYEFF"},
       {"---REB"}},
      // an acronym another body shares is left out
      {"The CSU basketball team won.", {}, {"DEUPTYCSU"}},
  };
  ExpectMentions(cases);
}

TEST_F(ActorsTest, UnMissionsAndMultinationalForcesAreInternationalActors) {
  // igos.txt: UN missions, programmes and commissions, multinational forces
  // and regional bodies by their names and acronyms, not as the country or
  // the generic word inside the name.
  const MentionCase cases[] = {
      {"UNAMID peacekeepers were attacked near El Fasher.", {"UNAMID peacekeepers=IGOUNAMID"}, {}},
      {"MINUSTAH troops patrolled the slum.", {"MINUSTAH troops=IGOMINUST"}, {}},
      {"UNMAS cleared mines from the road.", {"UNMAS=IGOUNMAS"}, {}},
      {"ISAF troops killed four insurgents.", {"ISAF troops=IGOISAF"}, {}},
      {"Operation Inherent Resolve struck targets near Raqqa.", {"Operation Inherent Resolve=IGOCOIR"}, {}},
      {"The Mano River Union called for calm.", {"Mano River Union=IGOMRU"}, {"---LAB"}},
      {"The Nuclear Suppliers Group rejected the bid.", {"Nuclear Suppliers Group=IGONSG"}, {"---BUS"}},
      {"The UN Commission of Inquiry on Syria accused both sides of war crimes.",
       {"UN Commission of Inquiry on Syria=IGOCOISY"},
       {"IGOUNO"}},
      // regional rights courts and commissions, and bodies of larger
      // organisations that take the organisation's code
      {"The Inter-American Court of Human Rights ruled against Peru.",
       {"Inter-American Court of Human Rights=IGOIACRT"},
       {"USAJUD"}},
      {"The IACHR criticized the arrests.", {"IACHR=IGOIACHR"}, {}},
      {"ODIHR criticized the vote count.", {"ODIHR=IGOOSCE"}, {}},
      {"The Venice Commission criticized the judicial reform.", {"Venice Commission=IGOCOE"}, {"ITA"}},
      // "resolute support" alone is a phrase, not the NATO mission
      {"Lithuania pledged resolute support for Ukraine.", {}, {"IGORSM"}},
  };
  ExpectMentions(cases);
}

TEST_F(ActorsTest, RulingAndOppositionCouncilsAreTheirCountrysActors) {
  // groups.txt: councils that ruled or claimed to rule a state at war code
  // as that state's government, military, rebels or opposition; names that
  // several states' councils have had are left unresolved.
  const MentionCase cases[] = {
      {"The Supreme Council of the Armed Forces dissolved parliament.",
       {"Supreme Council of the Armed Forces=EGYMILSCF"},
       {"---MIL"}},
      {"The Sovereignty Council appointed a new cabinet.", {"Sovereignty Council=SDNGOVSVC"}, {}},
      {"The Presidential Leadership Council accused the Houthis of attacks.",
       {"Presidential Leadership Council=YEMGOVPLC"},
       {}},
      {"The Syrian National Coalition rejected the talks.", {"Syrian National Coalition=SYROPPSNC"}, {"SYR"}},
      {"The High Peace Council met Taliban envoys.", {"High Peace Council=AFGGOVHPC"}, {}},
      // Sudan and Chad each had a Transitional Military Council
      {"The Transitional Military Council promised elections.", {}, {"SDNGOVSVC"}},
  };
  ExpectMentions(cases);
}

TEST_F(ActorsTest, HeadsOfRegionalBodiesAndTribunalsAreCodedByTheirPostOnTheDate) {
  // people-g20.txt: secretaries general of regional organisations and
  // prosecutors of international tribunals, by the post held on the date;
  // national posts held before or after are their country's.
  const CodeCase cases[] = {
      {"Luis Almagro criticized the election.", "Luis Almagro", "2012-05-10", "URYGOV"},
      {"Luis Almagro criticized the election.", "Luis Almagro", "2019-05-10", "IGOOAS"},
      {"Ihsanoglu criticized the cartoons.", "Ihsanoglu", "2008-05-10", "IGOOIC"},
      {"Abdullatif al-Zayani criticized the attack.", "Abdullatif al-Zayani", "2016-05-10", "IGOGCC"},
      {"Abdullatif al-Zayani criticized the attack.", "Abdullatif al-Zayani", "2022-05-10", "BHRGOV"},
      {"Lamberto Zannier visited the front line.", "Lamberto Zannier", "2015-05-10", "IGOOSCE"},
      {"Hans Blix reported to the council.", "Hans Blix", "2003-02-14", "IGOUNSCM"},
      {"Carla Del Ponte asked Belgrade for the suspects.", "Carla Del Ponte", "2004-05-10", "IGOICTY"},
  };
  ExpectCodes(cases);
}

// Someone out of office on the story's date, named in full, is their
// role's country; the surname alone later in the story is the same person.
// The surname alone, never named in full, is more likely someone else's.
TEST_F(ActorsTest, SurnameOfPersonOutOfOffice) {
  const MentionCase cases[] = {
      {"Former president Laurent Gbagbo flew home on Friday. Gbagbo thanked his supporters in Abidjan.",
       {"Former president Laurent Gbagbo=CIVELI", "Gbagbo=CIVELI"},
       {},
       "2025-03-01"},
      {"Gbagbo thanked his supporters in Abidjan.", {}, {"CIVELI"}, "2025-03-01"},
  };
  ExpectMentions(cases);
}

// A name no dictionary knows, after a role phrase and a comma, is the
// person the phrase describes; the role word and the surname later in the
// story are that person, whatever country the story is about.
TEST_F(ActorsTest, NameAfterItsRolePhrase) {
  const MentionCase cases[] = {
      {"Chad's army took the town. Former French ambassador to Chad, Marc Duvalon, told reporters he was worried. "
       "The claim was dismissed by ambassador Duvalon.",
       {"Marc Duvalon=FRAGOV", "ambassador Duvalon=FRAGOV"},
       {"TCDGOV"}},
  };
  ExpectMentions(cases);
  // (a body before the comma describes no one)
  EXPECT_EQ(CodeOf("Chad's foreign ministry, Marc Duvalon and Ana Ruiz met on Monday.", 0, "Marc Duvalon"), "(none)");
}

}  // namespace
// A leader the phrase puts out of office or outside the state is not the
// government: protest and detained leaders are civilians, exiled ones the
// opposition, ousted ones elites; a body named after "of" or "from" says
// whose they are.
TEST_F(ActorsTest, LeadersOutOfOfficeOrOfABodyAreNotTheGovernment) {
  const CodeCase cases[] = {
      {"Peru said the protest leaders had met the mayor.", "protest leaders", "2020-06-15", "PERCVL"},
      {"Peru freed the jailed leaders on Monday.", "jailed leaders", "2020-06-15", "PERCVL"},
      {"Peru freed the detained leaders from the Shining Path on Monday.", "detained leaders", "2020-06-15",
       "PERREBSHP"},
      {"Peru said its exiled leaders had returned.", "exiled leaders", "2020-06-15", "PEROPP"},
      {"Peru said the ousted leader had left the country.", "ousted leader", "2020-06-15", "PERELI"},
      // (a plain leader is still the government)
      {"Peru said the leaders had met.", "leaders", "2020-06-15", "PERGOV"},
  };
  ExpectCodes(cases);
}

}  // namespace dyad
