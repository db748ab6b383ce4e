// The event coder through the whole pipeline with dyad's own dictionaries and
// patterns; the pattern loader's error reports; and, when the shared test
// material is present, the seed article and a dev-set regression floor.
#include "dyad/events.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing_util::EventKeys;
using testing_util::Join;
using testing_util::MakeDocument;

// "SRC>TGT:CODE" where CODE may be a prefix: "SRC>TGT:12" is any 12x code.
bool KeyMatches(const std::string& want, const std::string& got) {
  size_t colon = want.find(':');
  if (got.compare(0, colon + 1, want, 0, colon + 1) != 0) return false;
  return got.compare(colon + 1, want.size() - colon - 1, want, colon + 1) == 0;
}

struct EventCase {
  const char* text;
  std::vector<std::string> events;  // exactly these events, in any order
};

void CheckExactly(const EventCase& c, const std::vector<std::string>& got, const std::string& explain) {
  std::vector<bool> used(got.size(), false);
  for (const std::string& want : c.events) {
    bool found = false;
    for (size_t i = 0; i < got.size() && !found; ++i) {
      if (!used[i] && KeyMatches(want, got[i])) used[i] = found = true;
    }
    EXPECT_TRUE(found) << "text: " << c.text << "\n  missing: " << want << "\n  got: " << Join(got) << explain;
  }
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_TRUE(used[i]) << "text: " << c.text << "\n  unexpected: " << got[i] << "\n  wanted: "
                         << Join(c.events) << explain;
  }
}

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { coder_ = testing_util::SharedCoder(&error_); }
  void SetUp() override {
    if (!coder_) GTEST_SKIP() << "coder could not be loaded: " << error_;
  }

  std::vector<std::string> Code(const std::string& text, const std::string& title = "") {
    coder_->Code(MakeDocument(text, "2020-06-15", title), &out_, /*explain=*/true);
    return EventKeys(out_.events);
  }

  std::string Explain() const {
    std::string s;
    for (const ExplainLine& l : out_.explain) s += "\n    [" + std::to_string(l.sentence) + "] " + l.text;
    return s;
  }

  // Codes each case's text and checks its events.
  void ExpectEach(std::span<const EventCase> cases) {
    for (const EventCase& c : cases) CheckExactly(c, Code(c.text), Explain());
  }

  static inline const Coder* coder_ = nullptr;
  static inline std::string error_;
  CodedDocument out_;
};

TEST_F(CoderTest, SubjectObjectAndVoice) {
  const EventCase cases[] = {
      {"Egypt imposed sanctions on Libya.", {"EGY>LBY:163"}},
      {"Peru criticized Chile on Monday.", {"PER>CHL:11"}},
      // passive: the "by" phrase is the source, the subject the target
      {"Sudan was attacked by Chadian troops.", {"TCDMIL>SDN:19"}},
      {"Chadian troops attacked Sudan.", {"TCDMIL>SDN:19"}},
      // prepositional target
      {"Kenya held talks with Uganda.", {"KEN>UGA:04"}},
      // armed groups and coast guards as targets
      {"The Nigerian army attacked Boko Haram.", {"NGAMIL>NGAREBBKH:19"}},
  };
  ExpectEach(cases);
}

// Verb patterns of the .700 round: a speech given to someone is a statement, not aid;
// agreeing to a ceasefire is an intent to settle (declaring one stays 0871); troops in a
// peacekeeping mission and rescue teams sent abroad; and "lay" in its base form, which the
// lemmatizer reads as "lie" ("will lay down their arms").
TEST_F(CoderTest, SpeechesCeasefireAgreementsPeacekeepingAndBaseFormLay) {
  const EventCase cases[] = {
      {"The Chilean president gave a speech to Peruvian business leaders.", {"CHLGOV>PERBUS:010"}},
      {"Chile gave medicines to Peru.", {"CHL>PER:07"}},
      {"Armenia and Azerbaijan agreed to a ceasefire on Saturday.", {"ARM>AZE:037", "AZE>ARM:037"}},
      {"Ethiopia agreed to a truce with Eritrea.", {"ETH>ERI:037"}},
      {"Turkey declared a ceasefire in Syria.", {"TUR>SYR:0871"}},
      {"Ghanaian troops participate in peacekeeping operations in Mali.", {"GHAMIL>MLI:074"}},
      {"Kenyan soldiers joined the peacekeeping mission in Somalia.", {"KENMIL>SOM:074"}},
      {"Japan deployed search-and-rescue teams to Nepal after the earthquake.", {"JPN>NPL:073"}},
      {"The Indian prime minister will lay a wreath at the Nepalese parliament.", {"INDGOV>NPLLEG:017"}},
      {"Colombian rebels said they would lay down their arms to the government.", {"COLREB>COLGOV:035"}},
      {"Russia threatened to lay siege to the Ukrainian city.", {"RUS>UKR:138"}},
  };
  ExpectEach(cases);
}

// The subject's own things named only by "their" or "its" ("laid down their arms") are
// not whom the act is aimed at: a place the clause names after them is, where the act is
// one done in a place. With no place named, nothing changes.
TEST_F(CoderTest, OwnThingsGiveWayToThePlaceNamedAfterThem) {
  const EventCase cases[] = {
      {"Taliban fighters laid down their arms in Kunduz.", {"AFGREBTLB>AFG:0873"}},
      {"Colombian rebels agreed to lay down their weapons in Colombia.", {"COLREB>COL:0356"}},
      {"The Kenyan army withdrew its troops in Somalia.", {"KENMIL>SOM:0874"}},
      // (unchanged: no place named, a place named before, a place for an act not aimed at one)
      {"Colombian rebels laid down their weapons.", {}},
      {"Rebels in Colombia laid down their weapons.", {}},
      {"The company expanded its operations in Kenya.", {}},
      {"Russia increased its military presence in Syria.", {"RUS>SYR:154"}},
  };
  ExpectEach(cases);
}

// Where a group is based ("Gaza-based militants") is its country when nothing else in
// its phrase names one, not the story's country (in a one-sentence story, the party it
// attacks); a body named only by where it is based is of that country. A backer's
// country is not the group's ("Iran-backed militants").
TEST_F(CoderTest, WhereAGroupIsBasedIsItsCountry) {
  const EventCase cases[] = {
      {"A Gaza-based militant group fired rockets at Israel.", {"PSEREB>ISR:195"}},
      {"Pakistan-based militants attacked Indian soldiers.", {"PAKREB>INDMIL:190"}},
      {"A London-based rights group criticized Turkey.", {"GBRHRI>TUR:111"}},
      {"Pakistan-based groups attacked Indian soldiers.", {"PAK>INDMIL:190"}},
      // (unchanged: a backer, a body the dictionary names, a country after the group's own)
      {"Iran-backed militants attacked Iraqi soldiers.", {"IRQREB>IRQMIL:190"}},
      {"Iran-backed groups attacked Iraqi soldiers.", {}},
      {"The London-based Syrian Observatory for Human Rights criticized Turkey.", {"SYRNGOSOH>TUR:111"}},
  };
  ExpectEach(cases);
}

// "agreed a free trade agreement" (no "on") is a signed agreement, and troops sent to a
// peacekeeping mission keep peace rather than show force; troops sent to a border still do.
TEST_F(CoderTest, AgreedDealsAndTroopsForPeacekeepingMissions) {
  const EventCase cases[] = {
      {"British and Japanese negotiators have agreed a free trade agreement.",
       {"GBRGOV>JPNGOV:057", "JPNGOV>GBRGOV:057"}},
      {"Britain agreed a new security pact with Poland on Monday.", {"GBR>POL:057"}},
      {"Rwanda sent 300 soldiers to the peacekeeping force in the Central African Republic.", {"RWA>CAF:074"}},
      {"Russia deployed 3,000 troops to the border with Ukraine.", {"RUS>UKR:15"}},
  };
  ExpectEach(cases);
}

// People sent to a country to investigate investigate it; food sent there is still aid. A
// mediation effort launched between two sides is mediation with each of them.
TEST_F(CoderTest, SentToInvestigateAndLaunchedMediation) {
  const EventCase cases[] = {
      {"The United States has sent senior officials to Qatar to investigate reports of illegal funding.",
       {"USA>QAT:090"}},
      {"Norway sent food to Sudan to help refugees.", {"NOR>SDN:07"}},
      {"The African Union launched a mediation effort between Ethiopia and Eritrea.",
       {"IGOAFU>ETH:045", "IGOAFU>ERI:045"}},
      {"Egypt has launched a mediation effort in Sudan.", {"EGY>SDN:045"}},
      // (a swap or an exchange brokered between two sides, capitals named for them)
      {"Oman brokered a swap between Lima and Santiago.", {"OMN>PERGOV:045", "OMN>CHLGOV:045"}},
      {"Oman brokered an exchange between Peru and Chile.", {"OMN>PER:045", "OMN>CHL:045"}},
  };
  ExpectEach(cases);
}

// What a rejected or denied accusation says did not happen as far as the sentence tells:
// "rejected accusations that it had armed the rebels" codes no arming. An accusation that
// nobody rejects, and a rejected plan, are not hearsay.
TEST_F(CoderTest, RejectedAccusationsAreNotAsserted) {
  const EventCase cases[] = {
      {"Kenya rejected accusations that it had armed rebels in Somalia.", {}},
      {"The Red Cross dismissed claims that it had helped Syrian rebels.", {}},
      {"Kenya repeated accusations that Uganda had armed rebels in Somalia.", {"UGA>SOMREB:07"}},
      // (with "that" left out, and what the accusation's clause governs)
      {"Kenya rejected accusations its army had armed rebels in Somalia.", {"KEN>KENMIL:016"}},
      {"Kenya rejected claims that a deal allowing Ugandan police to enter and detain Somali refugees was illegal.",
       {}},
      // (also with who made the accusation between the noun and its clause)
      {"Kenya rejected allegations from Uganda that it had armed rebels in Somalia.", {"KEN>UGA:016"}},
      {"Kenya dismissed accusations by Ugandan officials that its army had shelled a border town.", {"KEN>UGAGOV:016"}},
      {"Peru rejected claims by the rebels from Colombia that it had bombed their camps.", {"PER>COLREB:016"}},
      {"Kenya repeated allegations from Uganda that Somalia had armed the rebels.", {"SOM>KENREB:072"}},
      {"Kenya rejected allegations made by Uganda that it had armed rebels in Somalia.", {"KEN>UGA:016"}},
      {"Kenya repeated allegations made by Uganda that Somalia had armed the rebels.", {"SOM>KENREB:072"}},
  };
  ExpectEach(cases);
}

// Claims rejected, dismissed or rebutted are answered to whoever made them: the
// accuser named in a "by" or "from" phrase is the target, not a party the claims
// were against that is named after it.
TEST_F(CoderTest, RejectedClaimsAreAimedAtTheirAuthor) {
  const EventCase cases[] = {
      {"The Kenyan embassy rejected accusations by President Museveni against the government of Kenya.",
       {"KENGOV>UGAGOV:016"}},
      {"Kenya rejected accusations by Uganda against Tanzania.", {"KEN>UGA:016"}},
      {"Kenya rebutted accusations by Uganda against Kenyan officials.", {"KEN>UGA:016"}},
      {"Kenya dismissed charges from Uganda against Kenyan police officers.", {"KEN>UGA:016"}},
      {"Kenya refuted claims from Uganda about Kenyan officials.", {"KEN>UGA:016"}},
      {"Kenya rebuffed allegations by Uganda against Kenyan officials.", {"KEN>UGA:016"}},
      // (a state's organ answering claims from someone of its own country,
      // named only by the country, still answers them)
      {"The government rejected claims by a Mombasa politician.", {"KENGOV>KEN:016"}},
      // (unchanged: the claims' author named first, or nobody named as their author)
      {"Kenya rejected Uganda's accusations.", {"KEN>UGA:016"}},
      {"Kenya dismissed charges from Uganda.", {"KEN>UGA:016"}},
      {"The Kenyan government dismissed accusations from the opposition of vote rigging.", {"KENGOV>KENOPP:016"}},
      {"Kenya rejected criticism against Uganda.", {"KEN>UGA:052"}},
      // (the own country as a topic, or the press spoken to, is no target)
      {"The Kenyan government rejected the report on Kenya.", {}},
      {"A Kenyan government spokesman told Kenya Radio that the talks had failed.", {}},
  };
  ExpectEach(cases);
}

// "called Sylvania's claims baseless" rejects what the target said (016);
// calling a person a dictator, a liar or a thug names him, as "brand" does
// (111). A relative clause or a reduced one before the main verb does not
// take the main verb's subject.
TEST_F(CoderTest, CallingClaimsBaselessAndLeadersNamesAndRelativeClausesBeforeTheVerb) {
  const EventCase cases[] = {
      {"Kenya called Uganda's claims baseless.", {"KEN>UGA:016"}},
      {"The Kenyan foreign ministry called Uganda's assertions \"unfounded\" in a statement.", {"KENGOV>UGA:016"}},
      {"Kenya's president called the Ugandan leader a dictator.", {"KENGOV>UGAGOV:111"}},
      {"The Kenyan opposition calls President Museveni a 'brutal tyrant'", {"KENOPP>UGAGOV:111"}},
      // (unchanged: what is not a claim or a name, and a claim with no author)
      {"Kenya called the talks with Uganda useful.", {}},
      {"Kenya called the report baseless.", {}},
      // relative and reduced relative clauses
      {"Kenyan gunmen who stopped the bus ordered Ugandan passengers to leave.", {"KENREB>UGACVL:106"}},
      {"A Kenyan spokesman voiced sorrow over lives lost and urged the Ugandan government to act.",
       {"KENGOV>UGAGOV:020"}},
      // (a verb that takes a clause leaves the phrase after it to the next verb)
      {"Ugandan officials who said Kenyan troops attacked Tanzanian villages resigned.", {"KENMIL>TZA:190"}},
      // what follows "Following X, Y said that" is Y's speech (an intent here)
      {"Following the deal, Kenya said on Tuesday that it would resume cooperation with Uganda.", {"KEN>UGA:032"}},
      {"Following the deal, Kenya said Tuesday that it would resume cooperation with Uganda.", {"KEN>UGA:032"}},
      // a reduced relative with a prepositional phrase before the main verb
      {"Kenyan troops stationed in Uganda attacked Tanzanian rebels.", {"KENMIL>TZAREB:190"}},
      {"Uganda said Kenyan soldiers deployed on the border had fired on Tanzanian fishermen.", {"KENMIL>TZAAGR:193"}},
      // "infect with" is a cyber attack only with malware
      {"Ugandan hackers infected Kenyan ministries with ransomware.", {"UGACRM>KENGOV:176"}},
      {"Ugandan doctors infected Kenyan patients with the virus.", {}},
      // "with" a name and an -ing word before a preposition, "that" or a
      // determiner: the name does what the -ing word says
      {"Kenya voiced concern, with Foreign Minister Jane Ouko speaking by phone with her Ugandan counterpart.",
       {"KENGOV>UGAGOV:041"}},
      {"Kenya met Uganda on Sunday, with Tanzania meeting the Ugandan envoy.", {"KEN>UGA:040", "TZA>UGAGOV:040"}},
      // a bare day between the pattern's words says when
      {"The Kenyan foreign minister spoke by phone Sunday with her Ugandan counterpart.", {"KENGOV>UGAGOV:041"}},
      {"Kenya's president held a telephone call Tuesday with the Ugandan president.", {"KENGOV>UGAGOV:041"}},
      // "cease" aid as "halt" or "stop" it
      {"Kenya ceased military aid and intelligence sharing with Uganda.", {"KEN>UGA:1622"}},
      {"Kenya has ceased aid to Uganda.", {"KEN>UGA:162"}},
      {"Kenya ceased fire.", {}},
  };
  ExpectEach(cases);
}

// An event named inside another clause's phrase belongs to whom that phrase
// names, not to the main clause's subject: the doer of a gerund after "for"
// is the object praised or blamed for it; a noun event that the subject
// links to someone is an accusation, not the subject's act; a headline's
// "Speaker: Killing of ..." names who speaks, not who killed.
TEST_F(CoderTest, EventsInsideAnotherClausesPhraseKeepTheirOwnDoer) {
  const EventCase cases[] = {
      {"Egypt praised Jordan for playing a key role in talks with Israel.", {"EGY>JOR:051", "JOR>ISR:046"}},
      // a bare noun after the verb is part of its phrase: the subject acts
      {"Egypt took credit for playing a key role in talks with Israel.", {"EGY>ISR:046"}},
      {"Kenyan officials linked an attack on a Ugandan convoy with Somalia.", {}},
      {"Kenyan police linked the bombing of a Ugandan convoy to Somali militants.", {}},
      // a noun event that starts a new phrase after "and" is not the subject's
      {"Kenyan herders are afraid to go into the hills and a deadly raid on a Ugandan army camp has alarmed them.", {}},
      {"Kenyan troops took part in a raid on a Ugandan army camp.", {"KENMIL>UGAMIL:"}},
      // a noun event that is the subject of a passive verb of doing was done
      // by the "by" phrase; not so after another verb, nor when not asserted
      {"The raid on a Ugandan army camp was carried out by Kenyan troops.", {"KENMIL>UGAMIL:"}},
      {"The attack on the Ugandan embassy was staged by Kenyan militants.", {"KENREB>UGAGOV:"}},
      {"The attack on the Ugandan embassy was condemned by Kenya.", {}},
      {"The raid on a Ugandan army camp was not carried out by Kenyan troops.", {}},
      // a noun event in a phrase that opens the sentence is the subject's;
      // not an attack (another's), nor under a negated or refused clause
      {"During a meeting with Ugandan officials, Kenya praised the plan.", {"KEN>UGAGOV:04"}},
      {"In a phone call with the Ugandan president, Ruto discussed trade.", {"KENGOV>UGAGOV:041"}},
      {"After an attack on its troops, Kenya closed the Ugandan border.", {}},
      {"During talks with Ugandan officials, Kenya did not sign the deal.", {}},
  };
  ExpectEach(cases);
}

// What a speaker alleges is a charge, not an act the report asserts; the same
// words said plainly are.
TEST_F(CoderTest, AllegedActsAreNotAsserted) {
  const EventCase cases[] = {
      {"Kenyan troops attacked Ugandan soldiers, the Ugandan army chief alleged.", {}},
      {"Kenyan troops attacked Ugandan soldiers, the Ugandan army chief said.", {"KENMIL>UGAMIL:19"}},
      // what a compound object is accused of is no more asserted than what
      // one party is
      {"Kenya accused the Ugandan army and Rwanda of blocking the deal by attacking Burundi.",
       {"KEN>UGAMIL:112", "KEN>RWA:112"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, HeadlineSpeakerIsNotTheDoerOfANominalGerund) {
  EXPECT_TRUE(Code("Kenyan President: Killing of Ugandan Protesters Unacceptable").empty()) << Explain();
  // the same verb with a subject of its own is still an event
  const EventCase cases[] = {
      {"Kenyan soldiers killed Ugandan protesters.", {"KENMIL>UGACVL:1"}},
  };
  ExpectEach(cases);
}

// "a|b" alternatives are single words: a pattern that wrote "against|over|to protest" meant
// "to protest" as one alternative, but the format reads a required word "protest" after the
// preposition, so "against the government" never matched and the plain strike code won.
TEST_F(CoderTest, HungerStrikesAndLabourStrikesKeepTheirCodes) {
  const EventCase cases[] = {
      {"Ghanaian prisoners went on hunger strike against the government.", {"GHACVL>GHAGOV:142"}},
      {"Peruvian teachers staged a hunger strike over the government.", {"PEREDU>PERGOV:142"}},
      // the "to protest" form keeps its code
      {"Ghanaian prisoners went on hunger strike to protest the government.", {"GHACVL>GHAGOV:142"}},
      // a hunger strike's purpose gives 142x, a labour strike's 143x: "on strike" skips the
      // adjective of "general strike" by itself, so no "*" there to swallow "hunger"
      {"Ghanaian activists went on hunger strike to demand the president's resignation.",
       {"GHACVL>GHAGOV:1421", "GHACVL>GHAGOV:1041"}},
      {"Peruvian students went on hunger strike to demand democracy.", {"PEREDU>PERGOV:1424"}},
      {"Ghanaian workers went on general strike to demand the president's resignation.",
       {"GHALAB>GHAGOV:1431", "GHALAB>GHAGOV:1041"}},
      // the purpose of a strike begun, held or staged, and of a demonstration "for" it
      {"Kenyan activists began a hunger strike to demand the president step down.", {"KENCVL>KENGOV:1421"}},
      {"Peruvian workers held a general strike to demand the president's resignation.",
       {"PERLAB>PERGOV:1431", "PERLAB>PERGOV:1041"}},
      {"Kenyan teachers staged a strike to demand their rights.", {"KENEDU>KENGOV:1433"}},
      {"Ghanaian protesters demonstrated for the president's resignation.", {"GHACVL>GHAGOV:1411"}},
      // a strike to force a leader out is for a change of leadership (the forcing is 170)
      {"Peruvian miners went on strike to force the president to step down.",
       {"PERLAB>PERGOV:1431", "PERLAB>PERGOV:170"}},
      {"Bolivian teachers went on strike to force the minister to resign.",
       {"BOLEDU>BOLGOV:1431", "BOLEDU>BOLGOV:170"}},
      // ending or suspending a protest is easing dissent (082), and refusing
      // to is refusing to ease it (1242), by the verb and its object alone
      {"Peruvian miners refused to end the protest against the government.", {"PERLAB>PERGOV:1242"}},
      {"Chilean students suspended the sit-in against the government.", {"CHLEDU>CHLGOV:082"}},
  };
  ExpectEach(cases);
}

// What is asked for or turned down is read from a compound noun too: its modifier
// carries the sub-code ("food aid" 073 under an appeal is 0233), and a bare "aid" keeps 023.
// Money given with no word for aid is economic aid, aimed where its purpose is.
TEST_F(CoderTest, MoneyGivenIsEconomicAid) {
  const EventCase cases[] = {
      {"Chile gave 30 million dollars to promote development in Peru.", {"CHL>PER:071"}},
      {"The European Union is mobilising new funds to support farmers in Ghana.", {"IGOEUN>GHAAGR:071"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, KindOfAidAskedForOrRejectedComesFromItsModifier) {
  const EventCase cases[] = {
      {"Chad asked France for food aid.", {"TCD>FRA:0233"}},
      {"Peru asked Spain for economic assistance.", {"PER>ESP:0231"}},
      {"Peru asked Spain for aid.", {"PER>ESP:023"}},
      {"Kenya rejected Chinese military aid.", {"KEN>CHNMIL:1222"}},
  };
  ExpectEach(cases);
}

// Missiles, rockets and air strikes that hit someone are aerial force by
// their phrase's owner.
TEST_F(CoderTest, MissilesThatHitSomeoneAreAerialForce) {
  const EventCase cases[] = {
      {"Chilean missiles hit the Peruvian city of Tacna.", {"CHL>PER:195"}},
      {"Chilean rockets struck southern Peru.", {"CHL>PER:195"}},
      // (air, drone and missile strikes in two words, and "airstrikes")
      {"Chilean air strikes hit the Peruvian city of Tacna.", {"CHL>PER:195"}},
      {"Chilean airstrikes hit southern Peru.", {"CHL>PER:195"}},
      {"A Chilean drone strike hit the Peruvian capital.", {"CHL>PER:195"}},
      {"Chilean missile strikes struck Peruvian towns on Monday.", {"CHL>PER:195"}},
      // aircraft, drones or missiles downed or intercepted are force against
      // whoever the object names as their owner
      {"Chile said its air defences downed 12 Peruvian drones.", {"CHLMIL>PER:190"}},
      {"Chile intercepted two Peruvian missiles on Monday.", {"CHL>PER:190"}},
      {"Chile intercepted two missiles on Monday.", {}},
      // (no owner named: no source; a strike of workers is no attack)
      {"Missiles hit Lima on Monday.", {}},
      {"Air strikes hit Lima on Monday.", {}},
      {"A general strike hit Peru on Monday.", {}},
      {"A Chilean dockers' strike hit Peruvian exports.", {}},
  };
  ExpectEach(cases);
}

// Accepting another's plan or proposal agrees to it (030); a plan for peace or
// to settle a dispute commits to settle it (037), as rejecting one is 127.
TEST_F(CoderTest, AcceptingAProposalAgreesToIt) {
  const EventCase cases[] = {
      {"Peru accepted the proposal submitted by Chile.", {"PER>CHL:030"}},
      {"Peru accepted Chile's proposal.", {"PER>CHL:030"}},
      {"Peru accepted a proposal by Chile.", {"PER>CHL:030"}},
      {"Peru accepted the peace plan of Chile.", {"PER>CHL:037"}},
      {"Peru accepted Chile's peace plan.", {"PER>CHL:037"}},
      {"Peruvian dockers accepted a formula for settling a pay dispute with the Chilean government.",
       {"PERLAB>CHLGOV:037"}},
      // (no one's proposal named: no target; mediation and rejection as before)
      {"Peru accepted the proposal.", {}},
      {"Peru accepted a Chilean offer of mediation.", {"PER>CHL:038"}},
      {"Peru rejected Chile's proposal.", {"PER>CHL:120"}},
  };
  ExpectEach(cases);
}

// A gun battle or firefight fought with someone is small-arms fighting (193), not the plain
// "fight with" (190).
TEST_F(CoderTest, GunBattleFoughtWithSomeoneIsSmallArmsFighting) {
  const EventCase cases[] = {
      {"Peruvian troops fought a gun battle with rebels.", {"PERMIL>PERREB:193"}},
      {"Kenyan police fought a fierce firefight with Somali militants.", {"KENCOP>SOMREB:193"}},
  };
  ExpectEach(cases);
}

// A passive verb's subject is the object its active patterns name: their first words are
// read before the verb, the rest after it, and the "by" phrase is the source.
TEST_F(CoderTest, PassiveSubjectStandsForThePatternsObject) {
  const EventCase cases[] = {
      {"Tariffs were imposed on Mexico by Canada.", {"CAN>MEX:163"}},
      {"Relations with Iran were severed by Morocco.", {"MAR>IRN:161"}},
      {"Kenyan journalists were beaten by Kenyan police.", {"KENCOP>KENMED:175"}},
      // the by-phrase right after the verb is passed over
      {"A trade agreement was signed by Chile with Peru.", {"CHL>PER:057"}},
      // a weapon in the by-phrase: its owner is the source, the subject the target
      {"Syria was hit by Israeli air strikes.", {"ISR>SYR:195"}},
      {"Armenia was hit by Azerbaijani shelling.", {"AZE>ARM:194"}},
      // an actor subject with no pattern words before the verb stays the target
      {"Sudan was attacked by Chadian troops.", {"TCDMIL>SDN:19"}},
  };
  ExpectEach(cases);
}

// With no "by" phrase, a measure's owner named in the passive subject imposes or lifts it,
// and the phrase after the measure says on whom; people in the subject stay the target, and
// a measure with no one it is aimed at codes nothing.
TEST_F(CoderTest, PassiveMeasureOwnerIsTheSource) {
  const EventCase cases[] = {
      {"UN sanctions against Sudan were lifted on Monday.", {"IGOUNO>SDN:085"}},
      {"Chile's ban on Peruvian fruit was lifted.", {"CHL>PER:081"}},
      {"American aid to Egypt was suspended last year.", {"USA>EGY:162"}},
      {"Chilean sanctions were lifted.", {}},
      {"Russian diplomats were expelled from Britain.", {"GBR>RUSGOV:174"}},
  };
  ExpectEach(cases);
}

// A passive with a "by" agent whose own country follows "from" ("expelled from
// Uganda by the Ugandan government") sends the subject out of that country: the
// subject is the target, not the country left. A country other than the agent's
// is what it withdrew from.
TEST_F(CoderTest, PassiveFromTheAgentsOwnCountryTargetsTheSubject) {
  const EventCase cases[] = {
      {"Two Kenyan diplomats were expelled from Uganda by the Ugandan government.", {"UGAGOV>KENGOV:166"}},
      {"Ugandan aid workers were expelled from Kenya by the Kenyan authorities.", {"KENGOV>UGANGO:1663"}},
      {"Kenyan peacekeepers were withdrawn from Somalia by the Kenyan government.", {"KENGOV>SOM:1661"}},
      {"Chilean diplomats were expelled from Peru by Bolivia.", {"BOL>PER:166"}},
  };
  ExpectEach(cases);
}

// An accepted offer of mediation is intent to accept mediation (038), an accepted offer of
// talks intent to negotiate (036), as an accepted invitation is; the one who made the offer
// is the target, named before it or after "from". A proposal with no subject says no code.
TEST_F(CoderTest, AcceptedOffersOfTalksOrMediation) {
  const EventCase cases[] = {
      {"Uganda accepted Kenya's offer of mediation.", {"UGA>KEN:038"}},
      {"Uganda accepted an offer from Kenya to mediate.", {"UGA>KEN:038"}},
      {"Uganda accepted Kenya's offer of talks.", {"UGA>KEN:036"}},
      {"Uganda accepted an offer of negotiations from Kenya.", {"UGA>KEN:036"}},
      {"Uganda accepted Kenya's offer to host talks.", {"UGA>KEN:036"}},
      {"Uganda refused to accept Kenya's offer of mediation.", {"UGA>KEN:126"}},
      // (a proposal of neither: agreed to, as AcceptingAProposalAgreesToIt)
      {"Uganda accepted the proposal from Kenya.", {"UGA>KEN:030"}},
  };
  ExpectEach(cases);
}

// A participle with its particle before a "by" phrase ("put forward by", "drawn up by",
// "carried out by") is a reduced relative on the noun before it, not a past tense.
TEST_F(CoderTest, ParticipleWithParticleBeforeByIsAReducedRelative) {
  const EventCase cases[] = {
      {"Uganda welcomed the plan put forward by Kenya.", {"UGA>KEN:051"}},
      {"Uganda rejected the proposal put forward by Kenya.", {"UGA>KEN:12"}},
      {"Uganda praised the peace plan drawn up by Kenyan mediators.", {"UGA>KENGOV:051"}},
      {"Chile condemned the raid carried out by Peruvian troops.", {"CHL>PERMIL:111"}},
      // (the noun as a subject: what it did is done by whoever the "by" names)
      {"The raid carried out by Peruvian troops killed six Chilean soldiers.", {"PERMIL>CHLMIL:190"}},
      // (a go-between that mediated or brokered it is no party to the act)
      {"Peru and Chile signed a border accord brokered by Brazil.", {"PER>CHL:057", "CHL>PER:057"}},
      {"Bolivia signed an accord mediated by Brazil.", {}},
  };
  ExpectEach(cases);
}

// What was offered, asked for or stopped gives the sub-code: cooperation offers 121,
// requests for bases 1212 or weapons 1222, arms sales halted 1622, licences revoked 172.
TEST_F(CoderTest, OffersRequestsAndSalesByWhatTheyAreAbout) {
  const EventCase cases[] = {
      {"Peru rejected Japanese investment offers.", {"PER>JPN:121"}},
      {"Chile turned down Bolivian offers of joint ventures.", {"CHL>BOL:121"}},
      {"Kenya refused Ethiopian requests for military bases.", {"KEN>ETH:1212"}},
      {"Norway turned down Ukraine's request for tanks.", {"NOR>UKR:1222"}},
      {"Canada halted arms sales to Egypt.", {"CAN>EGY:1622"}},
      {"Spain revoked the licences of Moroccan companies.", {"ESP>MARBUS:172"}},
      // ties cut are diplomatic relations broken (161), a military operation investigated 093
      {"Chile cut ties with Venezuela.", {"CHL>VEN:161"}},
      {"The United Nations investigated Ethiopia's military operation.", {"IGOUNO>ETHMIL:093"}},
      // a car bomb "set off" is 1832, as one detonated or planted
      {"The Taliban set off a car bomb in Kabul.", {"AFGREBTLB>AFGGOV:1832"}},
  };
  ExpectEach(cases);
}

// Drills held with a partner, joint programmes, intelligence passed on, inspectors let in,
// measures weighed and policy changes demanded.
TEST_F(CoderTest, CooperationInspectionAndPolicyPatterns) {
  const EventCase cases[] = {
      {"Egypt held naval drills with Greece.", {"EGY>GRC:062"}},
      {"India launched a joint research programme with France.", {"IND>FRA:060"}},
      {"Jordan passed intelligence about the plot to Egypt.", {"JOR>EGY:064"}},
      {"Iraq allowed inspectors from the United Nations into the site.", {"IRQ>IGOUNO:0862"}},
      {"Canada is weighing new sanctions against Venezuela.", {"CAN>VEN:014"}},
      {"Kenya demanded a change in Uganda's trade policy.", {"KEN>UGA:1042"}},
  };
  ExpectEach(cases);
}

// Threats, demands, accusations and yielding by what they are about.
// A noun pattern keyed on a word that modifies the head ("~mediation effort
// between +") is read where the head has no pattern of its own.
TEST_F(CoderTest, NounPatternsOfAModifierThatSpellOutTheHead) {
  const EventCase cases[] = {
      {"Kuwait launched a mediation effort between Sudan and Chad.", {"KWT>SDN:045", "KWT>TCD:045"}},
      // the head's own pattern comes first
      {"Kenya sent an aid convoy to Somalia.", {"KEN>SOM:073"}},
  };
  ExpectEach(cases);
}

// Where both match, a modifier's pattern that spells the head out wins over
// the head's own, more general one; an adjective may be that modifier.
TEST_F(CoderTest, AModifiersPatternThatSpellsOutTheHeadGoesFirst) {
  const EventCase cases[] = {
      {"Chile's economic cooperation with Peru grew last year.", {"CHL>PER:061"}},
      {"Canada's humanitarian aid to Haiti reached the port.", {"CAN>HTI:073"}},
      {"Ghana's security cooperation with Togo deepened.", {"GHA>TGO:062"}},
      {"India's food aid to Nepal reached the border.", {"IND>NPL:073"}},
      {"France's joint patrol with Niger began on Monday.", {"FRA>NER:062"}},
      // the head's pattern where no modifier has one
      {"Canada's generous aid to Haiti reached the port.", {"CAN>HTI:070"}},
      {"Chile's cooperation with Peru grew last year.", {"CHL>PER:050"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, ContentNounsGiveTheSubCode) {
  const EventCase cases[] = {
      {"Greece demanded economic concessions from Turkey.", {"GRC>TUR:1011"}},
      {"Egypt accused Ethiopia of aggression.", {"EGY>ETH:1123"}},
      {"Iran mobilised neighbouring states against Israel.", {"IRN>ISR:113"}},
      {"The Kenyan army threatened to use force against protesters.", {"KENMIL>KENCVL:137"}},
      {"Austria returned ancient artefacts to Egypt.", {"AUT>EGY:0842"}},
      {"The Nepali government accepted protesters' demands for reform.", {"NPLGOV>NPLCVL:083"}},
      {"Peru vowed to resolve its dispute with Chile.", {"PER>CHL:037"}},
      {"Vietnam seeks Japanese investment", {"VNM>JPN:0211"}},
      {"Russia mobilised troops near the Ukrainian border.", {"RUS>UKR:154"}},
      // what is promised, as a second object
      {"The Kenyan government promised students a new constitution.", {"KENGOV>KENEDU:0344"}},
      {"Kenya's president offered to stop the arrests of opposition activists.", {"KENGOV>KENOPP:0352"}},
      {"The Nepali government granted citizenship rights to minorities.", {"NPLGOV>NPLCVL:0833"}},
      {"Yemen sent an appeal for food aid to the United Nations.", {"YEM>IGOUNO:0233"}},
      // what is said of someone in a that-clause: the speaker is the source
      {"Chile said that Peru was responsible for the attack.", {"CHL>PER:112"}},
      {"Kenya said that Somalia's conduct was unacceptable.", {"KEN>SOM:111"}},
      {"Russia held drills near the border with Georgia.", {"RUS>GEO:150"}},
  };
  ExpectEach(cases);
}

// Women, girls and minorities are civilians; protesters who strike "for their rights" aim
// at their government, not at themselves.
TEST_F(CoderTest, CiviliansAndTheirOwnRights) {
  const EventCase cases[] = {
      {"Nigerian police arrested women.", {"NGACOP>NGACVL:173"}},
      {"Chilean teachers went on strike for their rights.", {"CHLEDU>CHLGOV:1433"}},
      {"Kenyan students rioted to demand their rights.", {"KENEDU>KENGOV:1453"}},
  };
  ExpectEach(cases);
}

// Aid to unnamed people goes to the people of the country their own modifiers
// place them in, not to the donor's own civilians; "those" and a participle
// are such people only where a place follows.
TEST_F(CoderTest, AidGoesToThePeopleOfWhereTheyAre) {
  const EventCase cases[] = {
      {"Canada sent food to people affected by the floods in Malawi.", {"CAN>MWICVL:073"}},
      {"Japan gave tents to families displaced by the fighting in Sudan.", {"JPN>SDNCVL:073"}},
      {"Japan gave tents to populations affected by the floods in Malawi.", {"JPN>MWICVL:073"}},
      {"Sweden sent blankets to those displaced by the war in Sudan.", {"SWE>SDNCVL:073"}},
      {"Norway gave money to pay for relief for those affected in Yemen.", {"NOR>YEMCVL:071"}},
      // (no place: no one; a nationality's people stay its own)
      {"Sweden sent blankets to those displaced by the war.", {}},
      {"France gave food to Syrian families living in Lebanon.", {"FRA>SYRCVL:073"}},
  };
  ExpectEach(cases);
}

// "ended its ban on opposition politicians": the actor's own measure ("its ban") names the
// actor itself, so the target is whom the phrase after it names.
TEST_F(CoderTest, OwnMeasureIsNotTheTarget) {
  const EventCase cases[] = {
      {"The Kenyan government ended its ban on opposition politicians.", {"KENGOV>KENOPP:0812"}},
      {"The Ugandan government banned opposition politicians from the elections.", {"UGAGOV>UGAOPP:1722"}},
      {"Spain granted asylum to a Venezuelan opposition activist.", {"ESP>VENOPP:075"}},
  };
  ExpectEach(cases);
}

// People who seek or take refuge in a country ask it for protection (023): the place
// they flee to is the target; a place that is no actor gives nothing.
TEST_F(CoderTest, SeekingRefugeInACountry) {
  const EventCase cases[] = {
      {"Hundreds of Eritrean families sought refuge in Sudan last winter.", {"ERICVL>SDN:023"}},
      {"Some 5,000 Afghans have sought asylum in Austria since May, officials said.", {"AFG>AUT:023"}},
      {"The Malian soldiers took refuge in Niger after the battle.", {"MLIMIL>NER:023"}},
      {"Thousands of Iraqis sought refuge in the mountains.", {}},
  };
  ExpectEach(cases);
}

// Weighing an act (014) is aimed at whom the act weighed would be aimed at, found in the
// clause the verb of considering governs, or in the purpose clause after it.
TEST_F(CoderTest, ConsideringAnActIsAimedAtItsTarget) {
  const EventCase cases[] = {
      {"The Chilean government is considering sending food aid to Bolivia.", {"CHLGOV>BOL:014"}},
      {"Japan is considering giving emergency loans to Sri Lanka, officials said.", {"JPN>LKA:014"}},
      {"Norway is considering sending rescue teams to help Turkey cope with the earthquake.", {"NOR>TUR:014"}},
      // nobody named: no event
      {"Peru is considering sending more aid.", {}},
  };
  ExpectEach(cases);
}

// Refugees a state takes in are not its own: when only the story's country (the state's
// own) stands for theirs, they are refugees of unknown country; a country their phrase
// names is kept. Other acts on refugees keep the story's country.
TEST_F(CoderTest, RefugeesTakenInAreNotTheStatesOwn) {
  const EventCase cases[] = {
      {"In 2015, Austria opened its borders to refugees.", {"AUT>---REF:075"}},
      {"Chad opened its borders to refugees from Sudan.", {"TCD>SDNREF:075"}},
      {"The Kenyan police arrested refugees in Nairobi.", {"KENCOP>KENREF:173"}},
  };
  ExpectEach(cases);
}

// A relative clause describing the object ("a statue that was looted in 1985") is read
// past to the phrase the pattern wants next; a preposition of an adjective inside it
// ("acceptable to Peru") is not that phrase.
TEST_F(CoderTest, PatternReadsPastRelativeClauseOfObject) {
  const EventCase cases[] = {
      {"Spain returned a bronze statue that was looted in 1985 to Greece.", {"ESP>GRC:0842"}},
      {"Norway returned 20 manuscripts which date back to the 12th century to Iceland on Monday.", {"NOR>ISL:0842"}},
      {"Chile offered concessions that were acceptable to Peru.", {}},
      // a past participle and its phrase describe the object in the same way
      {"Italy returned two sculptures stolen from a museum in 1999 to Libya.", {"ITA>LBY:0842"}},
  };
  ExpectEach(cases);
}

// "pledged to the African Union to restore civilian rule": the pattern of the pledge reads
// on after the addressee, who is the target.
TEST_F(CoderTest, AddresseeBetweenVerbAndInfinitive) {
  const EventCase cases[] = {
      {"Peru pledged to the United Nations to carry out political reforms.", {"PER>IGOUNO:034"}},
      {"Chad pledged to the African Union to restore civilian rule.", {"TCD>IGOAFU:0344"}},
      // ... also when what the pattern reads names only the subject again
      {"Myanmar pledged to the African Union to guarantee the rights of the Rohingya.", {"MMR>IGOAFU:0343"}},
      // without an addressee the pledge is coded as before
      {"Chad pledged to restore civilian rule.", {}},
  };
  ExpectEach(cases);
}

// What is named inside the object decides the sub-code: penalties called administrative
// (132, 172), a crackdown on dissent threatened (133), a blockade (191, not the sanctions
// of 163), a demand for a new constitution or for reform agreed to (0834, 083), the
// deployment of peacekeepers agreed to (0861), a prisoner handed back (0841), and police
// sent against someone, who is the target (153).
TEST_F(CoderTest, WhatTheObjectNamesGivesTheSubCode) {
  const EventCase cases[] = {
      {"Brazil threatened Argentine exporters with administrative sanctions.", {"BRA>ARGBUS:132"}},
      {"Egypt imposed administrative penalties on Turkish firms.", {"EGY>TURBUS:172"}},
      {"Russia threatened Belarus with a clampdown on protests.", {"RUS>BLR:133"}},
      {"Egypt enforced a blockade on Gaza.", {"EGY>PSE:191"}},
      {"The Bolivian government agreed to the protesters' demands for a new constitution.",
       {"BOLGOV>BOLCVL:0834"}},
      {"The Nepalese government bowed to the opposition's demands for reforms.", {"NPLGOV>NPLOPP:083"}},
      {"Mali agreed to the deployment of UN peacekeepers.", {"MLI>IGOUNPKO:0861"}},
      {"Mali welcomed more UN peacekeepers in the north.", {"MLI>IGOUNPKO:0861"}},
      {"Iran handed two French prisoners back to France.", {"IRN>FRA:0841"}},
      {"The Chilean government deployed riot police against students.", {"CHLGOV>CHLEDU:153"}},
      {"The Kenyan government sent police to confront striking teachers.", {"KENGOV>KENEDU:153"}},
  };
  ExpectEach(cases);
}

// "urged Armenia and Azerbaijan to resolve": a pattern reads on after the last member of a
// compound its slot's actor opens, not after the first.
TEST_F(CoderTest, PatternsReadOnPastACompoundSlot) {
  const EventCase cases[] = {
      {"France urged Armenia and Azerbaijan to resolve their dispute.", {"FRA>ARM:027", "FRA>AZE:027"}},
      {"Japan urges China, South Korea to de-escalate", {"JPN>CHN:0256"}},
      // a member that names no actor is not part of the compound, as before
      {"France urged Serbia and its allies to resolve the dispute.", {"FRA>SRB:027"}},
  };
  ExpectEach(cases);
}

// A gerund with its own object completing a noun's "of" names another act: the phrases
// after it are that act's, not a target of the verb before it. After "after" or "on" the
// gerund's phrases are still read.
TEST_F(CoderTest, PhrasesOfAGerundAfterOfAreAnotherAct) {
  const EventCase cases[] = {
      {"Peru has expressed concerns over potential implications of handing control of the port to Chile.", {}},
      {"Peru expressed worry over security implications of handing sovereignty of the islands to Chile.", {}},
      // a noun's "of" with no gerund is read on, as before
      {"Peru expressed concern over the risks of the port deal with Chile.", {"PER>CHL:012"}},
      // after "after" or "on", the gerund is the source's own act or measure
      {"Bolivian miners called off their strike hours after reaching agreement with the Bolivian government.",
       {"BOLLAB>BOLGOV:082"}},
      {"Peru lifted its ban on doing business with Chile.", {"PER>CHL:081"}},
  };
  ExpectEach(cases);
}

// A trip of private people (civilians, students) is no visit between parties (042).
TEST_F(CoderTest, APrivateTripIsNoVisit) {
  const EventCase cases[] = {
      {"In Peru, 20 students and teachers might have been infected during their trip to Chile.", {}},
      {"Peruvian residents who had travelled to Chile fell ill.", {}},
      // office holders, parties and the opposition still visit
      {"The Peruvian president visited Chile last week.", {"PERGOV>CHL:042"}},
      {"Peruvian opposition leaders visited Chile.", {"PEROPP>CHL:042"}},
  };
  ExpectEach(cases);
}

// Means asked for ("funds", "aid", "money") with a purpose infinitive: whom the purpose
// names are who the means are for, not whom the appeal is aimed at (the donors).
TEST_F(CoderTest, AnAppealForMeansIsNotAimedAtWhomTheyAreFor) {
  const EventCase cases[] = {
      {"Chile has asked for funds to treat two thousand Peruvian refugees.", {}},
      {"Chile appealed for aid to rebuild schools in Peru.", {}},
      // whom the appeal names is still its target
      {"Chile asked Peru for funds to treat two thousand refugees.", {"CHL>PER:02"}},
      {"Chile appealed to Peru for aid.", {"CHL>PER:02"}},
  };
  ExpectEach(cases);
}

// Armed men with no country of their own who fight a state's government or leader are
// that state's, not the story's; a title set off by a comma before a known person's name
// is that person's office.
TEST_F(CoderTest, RebelsAreOfTheStateTheyFight) {
  const EventCase cases[] = {
      {"Chilean officials met on Monday. Chile was accused of arming rebels fighting the Peruvian government.",
       {"PERREB>PERGOV:190"}},
      {"Chilean officials met on Monday. Chile was accused of arming rebels fighting then-president, Robert Mugabe.",
       {"ZWEREB>ZWEGOV:190"}},
      {"Chilean officials met on Monday. The rebels attacked the president, Robert Mugabe.", {"CHLREB>ZWEGOV:190"}},
      // rebels who fight no named state are still the story's
      {"Chilean officials met on Monday. Rebels fighting in the hills attacked a police station.",
       {"CHLREB>CHLCOP:190"}},
  };
  ExpectEach(cases);
}

// "House of Commons" is the lower house of more than one state: the story gives its
// country; "House of Lords" is only Britain's.
TEST_F(CoderTest, AHouseOfCommonsIsTheStorysLegislature) {
  const EventCase cases[] = {
      {"Canadian farmers protested on Monday. The House of Commons voted to condemn Mexico.",
       {"CANAGR>CANGOV:141", "CANLEG>MEX:111"}},
      {"British farmers protested on Monday. The House of Commons voted to condemn Mexico.",
       {"GBRAGR>GBRGOV:141", "GBRLEG>MEX:111"}},
      {"Canadian farmers protested on Monday. The House of Lords voted to condemn Mexico.",
       {"CANAGR>CANGOV:141", "GBRLEGHOC>MEX:111"}},
  };
  ExpectEach(cases);
}

// A relief from prison that is revoked (house arrest, bail, parole) sends the person back
// into custody: a detention, not an easing; the same relief lifted or ended is an easing.
TEST_F(CoderTest, ReliefFromPrisonRevokedIsADetention) {
  const EventCase cases[] = {
      {"A Peruvian court revoked the Chilean lawmaker's house arrest.", {"PERJUD>CHLLEG:173"}},
      {"The Peruvian judge rescinded the bail of two Chilean smugglers.", {"PERJUD>CHLCRM:173"}},
      {"A Peruvian court revoked the parole of a Chilean smuggler.", {"PERJUD>CHLCRM:173"}},
      // the relief itself lifted is an easing
      {"A Peruvian court lifted the Chilean lawmaker's house arrest.", {"PERJUD>CHLLEG:081"}},
      {"A Guatemalan judge overturned the house arrest of the journalist.", {"GTMJUD>GTMMED:081"}},
      // other things revoked are sanctions, as before
      {"Peru revoked the visa of a Chilean reporter.", {"PER>CHLMED:172"}},
  };
  ExpectEach(cases);
}

// mediation is still aimed at the parties of the dispute it is over.
TEST_F(CoderTest, AMeetingsTopicIsNotItsPartner) {
  const EventCase cases[] = {
      {"Peruvian rights groups plan to meet in court over Chilean migrants.", {}},
      {"Peru held talks about Chilean migrants.", {}},
      {"Peru held talks with Chile about migrants.", {"PER>CHL:046"}},
      {"Egypt launched a mediation effort to prevent a confrontation over Turkish allegations.", {"EGY>TUR:045"}},
  };
  ExpectEach(cases);
}

// Material cooperation (06) is done with partners: a place named after it is where they
// are, not a partner; help (07) is still for the people of the place it names.
TEST_F(CoderTest, APlaceIsNoPartnerOfMaterialCooperation) {
  const EventCase cases[] = {
      {"Sudanese rebels collaborated with partners in Chad.", {}},
      {"Sudan cooperated with Chad on border security.", {"SDN>TCD:062"}},
      {"Sudan shared intelligence with Chad.", {"SDN>TCD:064"}},
      {"Sudan provided food aid to farmers in Chad.", {"SDN>TCDAGR:073"}},
      {"The European Union gave 50 million euros to promote development in Chad.", {"IGOEUN>TCD:071"}},
  };
  ExpectEach(cases);
}

// Troops stationed or deployed, asked for or demanded, are military cooperation (0212,
// 1012); rights demanded "from" someone aim at them (1043); a verdict read inside the
// object's phrase ("found a Somali pirate guilty") is 116.
TEST_F(CoderTest, WhatIsAskedForAndVerdicts) {
  const EventCase cases[] = {
      {"Lithuania urged NATO to deploy more troops on its territory.", {"LTU>IGONATO:0212"}},
      {"Latvia demanded that Germany deploy more soldiers.", {"LVA>DEU:1012"}},
      {"Kuwaiti women demanded the right to vote from the government.", {"KWTCVL>KWTGOV:1043"}},
      {"A Kenyan court found a Somali pirate guilty.", {"KENJUD>SOMCRM:116"}},
      {"A French court found the Nigerian minister liable for fraud.", {"FRAJUD>NGAGOV:116"}},
  };
  ExpectEach(cases);
}

// Practical cooperation promised is material (031); being ready or willing to talk or to
// compromise is the intent (036, 035), while talks held stay 046.
TEST_F(CoderTest, ReadinessAndPracticalCooperation) {
  const EventCase cases[] = {
      {"Chile promised to strengthen practical cooperation with Peru.", {"CHL>PER:031"}},
      {"Egypt is ready for negotiations with Ethiopia.", {"EGY>ETH:036"}},
      {"Egypt was willing to talk with Ethiopia.", {"EGY>ETH:036"}},
      {"Serbia is willing to compromise with Croatia, the minister said.", {"SRB>HRV:035"}},
      {"Chile held talks with Peru.", {"CHL>PER:046"}},
  };
  ExpectEach(cases);
}

// An attempt whose governing verb has its own pattern is that pattern's event ("attempted
// to assassinate" is 185); an attempt at anything else is still not asserted.
TEST_F(CoderTest, AttemptsThatThePatternNames) {
  const EventCase cases[] = {
      {"Gunmen from Al-Shabaab tried to assassinate the Somali president.", {"SOMREB>SOMGOV:185"}},
      {"The Taliban attempted to kill the Afghan governor.", {"AFGREBTLB>AFGGOV:185"}},
      {"The Taliban tried to meet the Afghan governor.", {}},
  };
  ExpectEach(cases);
}

// Migrants sent back to a country are deported there (174, the country the target); a
// fugitive handed over to a country with words between is judicial cooperation (063).
TEST_F(CoderTest, PeopleSentBackOrHandedOver) {
  const EventCase cases[] = {
      {"Spain sent dozens of migrants back to Morocco.", {"ESP>MAR:174"}},
      {"Greece handed the fugitive over to Turkey.", {"GRC>TUR:063"}},
      // a court that approves or authorises an extradition extradites (063),
      // as one that orders it does; approving anything else stays 051
      {"A Chilean court approved the extradition of a Peruvian rebel commander to Peru.", {"CHLJUD>PER:063"}},
      {"A Chilean judge approved the extradition of a Peruvian rebel.", {"CHLJUD>PERREB:063"}},
      {"The Chilean government authorized the extradition of a Peruvian rebel to Peru.", {"CHLGOV>PER:063"}},
      {"A Chilean court ordered the extradition of a Peruvian rebel to Peru.", {"CHLJUD>PER:063"}},
      {"The Chilean government approved the Peruvian plan.", {"CHLGOV>PER:051"}},
  };
  ExpectEach(cases);
}

// An arrest or a release that names no doer is the act of the state where it happened; an
// abduction is not, a doer named after "by" is the doer, and an armed group's people freed
// in another state than their own were freed there by someone else.
TEST_F(CoderTest, UnnamedArrestOrReleaseIsTheStateWhereItHappened) {
  const EventCase cases[] = {
      {"A Canadian reporter was arrested in Egypt on Monday.", {"EGY>CANMED:173"}},
      {"Two French engineers were released from captivity in Mali.", {"MLI>FRA:0841"}},
      {"Two French engineers were abducted in Mali.", {}},
      {"A Canadian reporter was arrested by Turkish police in Egypt.", {"TURCOP>CANMED:173"}},
      // (an armed group's people freed in another state are handed over there)
      {"Four Taliban fighters were released in Oman on Monday.", {}},
      {"Four Taliban fighters were released in Afghanistan on Monday.", {"AFG>AFGREBTLB:0841"}},
      // an expulsion that names no doer is the act of the state it is from
      {"Two UN inspectors were expelled from North Korea.", {"PRK>IGOUNO:174"}},
      {"A Canadian reporter was deported from Egypt on Monday.", {"EGY>CANMED:174"}},
      {"Two Canadian diplomats were expelled on Monday.", {}},
      // (releasing in other words)
      {"Egypt finally let free the jailed Canadian reporter.", {"EGY>CANMED:0841"}},
  };
  ExpectEach(cases);
}

// A person's full name no dictionary knows, arrested, convicted or freed by a state, is a person of that
// state's country (an intent to free too); nothing else is coded against such a name, nor is a
// name after "in" (a place), one an appositive codes, or a headline's capitalised words.
TEST_F(CoderTest, UnknownPersonArrestedOrFreedIsOfTheStatesCountry) {
  const EventCase cases[] = {
      {"Peruvian police arrested Ana Ferreira on Tuesday.", {"PERCOP>PERCVL:173"}},
      {"Ana Ferreira was detained by Chilean police.", {"CHLCOP>CHLCVL:173"}},
      // (the state where an arrest with no doer happened)
      {"Ana Ferreira was arrested in Peru on Monday.", {"PER>PERCVL:173"}},
      {"The Bolivian government freed Mateo Quispe Mamani.", {"BOLGOV>BOLCVL:0841"}},
      {"The Tamil Tigers will release Ana Ferreira.", {"LKASEPLTT>LKACVL:0353"}},
      {"Kenya praised Ana Ferreira.", {}},
      {"Ana Ferreira criticised Peru.", {}},
      {"Chilean police arrested a Peruvian smuggler in Villa Roja Alta.", {"CHLCOP>PERCRM:173"}},
      {"Ana Ferreira, a Chilean lawmaker, was arrested by Peruvian police.", {"PERCOP>CHLLEG:173"}},
      {"Peru Arrests Ana Ferreira", {}},
      // (convicted too: a state's court convicts its own people; the
      // adjective after the name is no part of it)
      {"A Peruvian court found Ana Ferreira guilty of fraud.", {"PERJUD>PERCVL:116"}},
      {"Peru held Chile responsible for the attack.", {"PER>CHL:112"}},
  };
  ExpectEach(cases);
}

// A body's name no dictionary knows ("the" and capitalised words ending in a word for a body),
// banned by a state, is a body of that state's country; nothing else is coded against it.
TEST_F(CoderTest, UnknownBodyBannedIsOfTheStatesCountry) {
  const EventCase cases[] = {
      {"The Egyptian government outlawed the Green Dawn Movement.", {"EGYGOV>EGYNGO:1722"}},
      {"The Egyptian government praised the Green Dawn Movement.", {}},
      {"Egyptian police arrested the Green Dawn Movement.", {}},
  };
  ExpectEach(cases);
}

// A thing given back is the verb's object ('^' in "return ^ to +", with its "of" phrases):
// returning it to a party is 084, but going back to a place is no event, nor is going home,
// nor giving a country back to its own people.
TEST_F(CoderTest, ThingsGivenBackAreTheObjectNotAPlaceGoneTo) {
  const EventCase cases[] = {
      {"Italy returned a bronze helmet to Greece.", {"ITA>GRC:084"}},
      {"Italy returned a carved panel of the tomb of an old king to Greece.", {"ITA>GRC:084"}},
      {"The Italian minister returned to Greece on Monday.", {}},
      {"Italian pilgrims returned home to Greece last week.", {}},
      // (the things counted after the receiver are a phrase of their own)
      {"Chile returned to the Peruvian government eight stolen paintings.", {"CHL>PERGOV:0842"}},
      // (a country given back to its own people changes no hands)
      {"The new Peruvian leader returned Peru to the Peruvian people.", {}},
      {"Britain returned Hong Kong to China.", {"GBR>CHN:084"}},
  };
  ExpectEach(cases);
}

// Martial law or a state of emergency lifted from those it was imposed on: they are the
// target (0814).
TEST_F(CoderTest, EmergencyLiftedFromThoseItWasImposedOn) {
  const EventCase cases[] = {
      {"The Bolivian government lifted the state of emergency it had imposed on Bolivian miners.",
       {"BOLGOV>BOLLAB:0814"}},
      {"The Thai army ended martial law imposed on Thai students.", {"THAMIL>THAEDU:0814"}},
  };
  ExpectEach(cases);
}

// Optimism or pessimism about something with a partner is about the partner (012, 013);
// help read inside the object that names the receiver ("gave Vietnam help") is 070, money
// "in economic aid" 071.
TEST_F(CoderTest, MoodsAboutAPartnerAndHelpInsideTheObject) {
  const EventCase cases[] = {
      {"Peru was pessimistic about a quick deal with Chile.", {"PER>CHL:012"}},
      {"Ghana was hopeful about new trade talks with Nigeria.", {"GHA>NGA:013"}},
      {"Japan gave Vietnam help with its ports.", {"JPN>VNM:070"}},
      {"Qatar gave Sudan one billion dollars in economic aid.", {"QAT>SDN:071"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, Compounds) {
  const EventCase cases[] = {
      // one event per source/target pair
      {"Egypt and Sudan criticized Ethiopia.", {"EGY>ETH:11", "SDN>ETH:11"}},
      {"Peru criticized Chile and Bolivia.", {"PER>CHL:11", "PER>BOL:11"}},
      // reciprocal: members act on each other
      {"Ghana and Togo signed an agreement.", {"GHA>TGO:057", "TGO>GHA:057"}},
      // ... also in cutting ties
      {"Both Ghana and Togo withdrew their ambassadors in 2018.", {"GHA>TGO:161", "TGO>GHA:161"}},
      // what is not done together is aimed at whom the phrases after it name
      {"The leaders of Ghana and Togo condemned the attacks on Benin.", {"GHAGOV>BEN:111", "TGOGOV>BEN:111"}},
      // a headline's two names before the verb, one of them with a plural head
      {"United Arab Emirates, Qatar resume trade talks", {"ARE>QAT:046", "QAT>ARE:046"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, SubCodesFromTheDeviceThePlaceAndWhatIsActedOn) {
  const EventCase cases[] = {
      // the device named by the subject is CAMEO's split of bombings
      {"A Boko Haram suicide bomber attacked Cameroonian soldiers.", {"NGAREBBKH>CMRMIL:1831"}},
      {"An al-Shabaab car bomb killed Somali soldiers.", {"SOMREBSHB>SOMMIL:1832"}},
      {"A Boko Haram roadside bomb hit Chadian soldiers.", {"NGAREBBKH>TCDMIL:1833"}},
      // what is hit names force when it is troops or a place where people gather
      {"Boko Haram hits Chadian village", {"NGAREBBKH>TCD:190"}},
      {"New tariffs hit Chinese steel.", {}},
      // a place where people gather bombed is a non-military bombing, also
      // when the object names its country; "Al-" opening a name is a name
      {"Al-Shabaab bombs Kenyan hotel", {"SOMREBSHB>KEN:183"}},
      // ... also when the subject is the device and the source its "by" phrase
      {"A roadside bomb planted by Boko Haram hit Chadian soldiers.", {"NGAREBBKH>TCDMIL:1833"}},
      // tanks as the subject fight with tanks
      {"Russian tanks pounded Ukrainian positions.", {"RUS>UKR:194"}},
      // a clash fought with sticks and stones is a physical assault
      {"Kenyan soldiers clashed with Ugandan troops with sticks.", {"KENMIL>UGAMIL:182"}},
      // "sexually" before the verb names sexual assault
      {"Sudanese militiamen sexually assaulted refugees.", {"SDNREB>SDNREF:1821"}},
      // civilians beaten are physically assaulted; rivals beaten are not
      {"Israeli settlers beat Palestinian shepherds.", {"ISRCVL>PSE:182"}},
      {"India beat Pakistan in the final.", {}},
      // an aid organisation expelled is CAMEO's code for aid agencies
      {"Niger expelled Doctors Without Borders.", {"NER>NGOMSF:1663"}},
      {"Niger expelled two French journalists.", {"NER>FRAMED:166"}},
      // an appeal (the noun) to someone for help is an appeal for aid
      {"Haiti's appeal to Canada for help after the storm was heard.", {"HTI>CAN:023"}},
      // protesters who use force riot; soldiers fight
      {"Kenyan protesters attacked the Ugandan embassy.", {"KENCVL>UGAGOV:145"}},
      {"Kenyan soldiers attacked Ugandan positions.", {"KENMIL>UGA:190"}},
      // ... not a bomber of the air force
      {"Russian bombers struck Ukrainian positions.", {"RUS>UKR:195"}},
      // a meeting in a country of neither side is at a third location
      {"Macron met Putin in Finland.", {"FRAGOV>RUSGOV:044"}},
      {"Macron, Merkel meet in Tokyo", {"FRAGOV>DEUGOV:044", "DEUGOV>FRAGOV:044"}},
      // ... in a place of one of them it is not
      {"Macron met Putin in Moscow.", {"FRAGOV>RUSGOV:040"}},
      {"Macron met Putin in March.", {"FRAGOV>RUSGOV:040"}},
      // a ship named after its owner is property given back to the owner
      {"Egypt released a Greek vessel.", {"EGY>GRC:0842"}},
      {"Egypt released Greek fishermen.", {"EGY>GRCAGR:0841"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, WhatProtestersWantIsNotWhomTheyProtestAgainst) {
  const EventCase cases[] = {
      // a noun of the protesters' own kind names what they want: the
      // protest aims at their government
      {"Chilean miners went on strike for workers' rights.", {"CHLLAB>CHLGOV:1433"}},
      {"Chilean teachers went on strike for their rights.", {"CHLEDU>CHLGOV:1433"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, WhatIsAttackedInReportedSpeechIsTheSpeakers) {
  const EventCase cases[] = {
      // a party does not attack or criticise what is its own: "its" is the speaker's
      {"Armenia said that Azerbaijan had attacked its positions.", {"AZE>ARM:190"}},
      {"Armenia said that Azerbaijan had criticized its policy.", {"AZE>ARM:111"}},
      // ... but keeps what is its own in cooperation
      {"Armenia said that Azerbaijan had kept its promises.", {}},
      // ... and breaks its own laws, which are no one else's
      {"Armenia said that Azerbaijan was violating its constitution.", {}},
      // ... and outside reported speech there is no speaker to stand for
      {"Azerbaijan attacked its positions.", {}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, ModalityNegationAndHypotheticals) {
  const EventCase cases[] = {
      // negation: nothing happened
      {"Turkey did not criticize Greece.", {}},
      {"Turkey will not criticize Greece.", {}},
      {"Turkey won't criticize Greece.", {}},
      {"Chadian troops never attacked Sudan.", {}},
      {"Chadian troops seldom attacked Sudan.", {}},
      {"Chad has rarely criticized Sudan.", {}},
      {"Chad barely criticized Sudan.", {"TCD>SDN:11"}},
      {"Chad no longer criticizes Sudan.", {}},
      {"Neither Chad nor Niger criticized Sudan.", {}},
      {"The minister said neither Chad nor Niger would attack Sudan.", {}},
      {"None of the Chadian ministers criticized Sudan.", {}},
      {"No Chadian envoy met Sudanese officials.", {}},
      {"Chad did not praise Sudan, nor did it criticize Libya.", {}},
      // what a denied report says, and what one is barred from doing, did not happen
      {"Chad rejected reports that its troops had attacked Sudan.", {}},
      {"Chadian envoys were barred from meeting Sudanese officials.", {}},
      // nor what one is unable or hesitates to do, what is feared, or an act with "no" object
      {"Chad has been unable to meet Sudanese officials.", {}},
      {"Chad hesitated to condemn Sudan.", {}},
      {"Sudan fears that Chad will attack it.", {}},
      {"Chad gave no aid to Sudan.", {}},
      {"Chad offered no support to Sudan.", {}},
      {"Chad gave aid to Sudan.", {"TCD>SDN:07"}},
      {"Chad will offer no support to Sudan.", {"TCD>SDN:12"}},
      {"The Chadian ministry had no comment on Sudan.", {"TCDGOV>SDN:01"}},
      // refusal of cooperation: 12x
      {"Chile refused to meet Bolivian officials.", {"CHL>BOLGOV:12"}},
      // ... nor what an effort is meant to make another do
      {"Chile imposed sanctions on Peru in an effort to make the country give up its nuclear programme.",
       {"CHL>PER:163"}},
      // ... nor what a mission or operation is launched to do
      {"Chilean forces launched a rescue mission to free the Peruvian hostages.", {}},
      {"Chilean forces launched an operation to free the Peruvian hostages.", {}},
      {"Chilean forces freed the Peruvian hostages.", {"CHLMIL>PERCVL:0841"}},
      // ... nor what a plot or a conspiracy is to do, whoever uncovers it
      {"Chilean police foiled a plot to kill the Peruvian president.", {}},
      {"The rebels hatched a conspiracy to bomb the Chilean parliament.", {}},
      {"Peru accused Chile of a plot to assassinate its president.", {"PER>CHL:112"}},
      // ... whoever's it is ("by" and a phrase, past a participle or not), and
      // what a verb coordinated with the infinitive says too
      {"Peru welcomed a proposal made by Chile to withdraw its troops from Bolivia.", {"PER>CHL:051"}},
      {"Peru welcomed a proposal by Chile to withdraw its troops from Bolivia.", {"PER>CHL:051"}},
      {"Peru issued a call to release the Chilean prisoners and withdraw its troops from Bolivia.", {}},
      {"Peru decided to free the Chilean prisoners and withdraw its troops from Bolivia.",
       {"PER>CHLCVL:0841", "PER>BOL:0874"}},
      // what a call asks its addressee to do is not done
      {"Chile reiterated its call to the Peruvian authorities to free the Bolivian fishermen.", {"CHL>PERGOV:02"}},
      {"Chile renewed its call on Peru to drop all charges against the Bolivian journalist.", {"CHL>PER:02"}},
      // what one party wants or expects another to do is not done
      {"Chileans want their government to step up pressure on Peru.", {}},
      {"Chile expects Peru to sign the treaty with Bolivia.", {}},
      {"Chile wants to sign a treaty with Peru.", {"CHL>PER:03"}},
      // reluctance is no act (nor its noun events)
      {"Chile is reluctant to join an alliance in opposition to Peru.", {}},
      // cooperation announced as not to be done is refused; conflict is not
      {"Bolivia says it will not accept refugees from Peru.", {"BOL>PER:12"}},
      {"Peru won't sign the border accord with Chile.", {"PER>CHL:12"}},
      {"Chile cannot provide aid to Bolivia this year.", {"CHL>BOL:12"}},
      {"Peru will no longer recognize the Bolivian government.", {"PER>BOLGOV:12"}},
      // intent: 03x
      {"Brazil will strengthen military ties with Argentina.", {"BRA>ARG:03"}},
      {"Japan pledged to provide aid to Nepal.", {"JPN>NPL:03"}},
      // ... and what a noun of commitment governs (the act itself is done)
      {"Ghana restated its commitment to assist refugees from Togo.", {"GHA>TGOREF:033"}},
      {"Ghana announced a plan to attack Togo.", {"GHA>TGO:13"}},
      {"Ghana assisted refugees from Togo.", {"GHA>TGOREF:07"}},
      // up a chain of governed verbs too
      {"Chile offered to send troops to distribute food in Peru.", {"CHLMIL>PER:0333"}},
      {"Norway is willing to deepen cooperation with Sweden.", {"NOR>SWE:03"}},
      // "to share" after "agreed" is the verb, not the noun
      {"Chile and Peru agreed to share information on smugglers.", {"CHL>PER:0314", "PER>CHL:0314"}},
      // a decision taken is the act, not an intent
      {"Japan decided to ease its sanctions on Peru.", {"JPN>PER:08"}},
      // one act, not also the sanctions its object names
      {"Japan eased its sanctions on Peru.", {"JPN>PER:085"}},
      // threats of force: 13x
      {"Iran threatened to attack Israel.", {"IRN>ISR:13"}},
      // conditionals and questions: nothing asserted
      {"Did Spain criticize Morocco?", {}},
      {"If Syria attacks Jordan, Iraq will respond.", {}},
      {"Egypt could impose sanctions on Libya.", {}},
      // what a verb under if/unless governs is hypothetical too, unless the
      // verb presupposes it ("kept attacking")
      {"Unless Chile has the intention to invade Peru, there is no danger.", {}},
      {"If Peru decides to attack Chile, Bolivia will respond.", {}},
      {"Bolivia warned that it would respond if Peru kept attacking Chile.", {"PER>CHL:19"}},
      // an intention had, or not had, is not an act
      {"Chile has no intention to invade Peru.", {}},
      // urged to act: the action is not asserted (the appeal is)
      {"Germany urged Iran to attack Israel.", {"DEU>IRN:02"}},
      // nor what a call, a proposal or an effort is for
      {"Chile rejected calls to impose sanctions on Peru.", {}},
      {"Chile backed a proposal for the council to lift sanctions on Peru.", {}},
      // nor what an aim is to do
      {"Ghana's aim was to help Togo.", {}},
      {"Ghana's stated goal is to help Togo.", {}},
      // nor is what someone is accused of (the accusation is)
      {"Peru accused Bolivia of attacking the Chilean embassy.", {"PER>BOL:112"}},
      {"Peru accused Bolivia of sending weapons to the rebels.", {"PER>BOL:112"}},
      // what a commentator says is a reading, not an event; an official's
      // words are
      {"Chile will attack Peru next year, analysts say.", {}},
      {"\"Chile is ready to talk to Peru,\" said Ana Ruiz, an expert at the University of Lima.", {}},
      // a speaker named with a research body is a commentator too
      {"Ana Ruiz, director of the Andean Institute's security programme, said Chile is sending a signal to Peru.", {}},
      {"The Lima Peace Foundation's Ruiz said Chile is sending a signal to Peru.", {}},
      {"Ana Ruiz, the Chilean foreign minister, said Chile is sending a signal to Peru.", {"CHL>PER:01"}},
      {"\"Chile is ready to talk to Peru,\" said Ana Ruiz, the Chilean foreign minister.", {"CHL>PER:03"}},
      {"Chile will attack Peru next year, the Chilean defence minister said.", {"CHL>PER:13"}},
  };
  ExpectEach(cases);
}

// "for X to do": X is the infinitive's own subject, and what X is to do is
// waited, hoped or asked for, arranged or made possible, not done, nor the
// intention of the governing clause's subject; unless the word before "for"
// or the governing verb lets it be done (data/coding/words.txt,
// for-subject-done).
TEST_F(CoderTest, InfinitiveWithItsOwnSubjectAfterFor) {
  const EventCase cases[] = {
      {"The UN is waiting for the Bolivian military to investigate the Chilean raid.", {}},
      {"Kenya is hoping for Uganda to release the Rwandan journalists.", {"KEN>UGA:013"}},
      {"Kenya is eager for Uganda to sign the deal with Rwanda.", {}},
      {"Kenya arranged for Ugandan officials to visit Tanzania.", {}},
      {"The accord paved the way for Denmark to sign a trade deal with Estonia.", {}},
      {"The vote opened the door for Denmark to expel the Estonian ambassador.", {}},
      {"Norway said it was time for Sweden to expel the Finnish ambassador.", {}},
      // nor what a verb joined to it by "and", or governed by it, says
      {"It is necessary for Kenya to hold talks with Uganda and send aid to Rwanda.", {}},
      {"The next step is for Kenya to send envoys to Kampala to sign a trade agreement with Uganda.", {}},
      // (a finite verb after "and" goes on with the governing clause)
      {"Kenya waited for Uganda to leave and attacked Rwanda.", {"KEN>RWA:19"}},
      // the appeal is still coded on its own verb, with X as its target
      {"Chile called for Bolivia to free the Peruvian fishermen.", {"CHL>BOL:0253"}},
      {"Chile asked for Bolivia to free the Peruvian fishermen.", {"CHL>BOL:0253"}},
      {"Chile is pressing for Bolivia to free the Peruvian fishermen.", {"CHL>BOL:0253"}},
      {"Chile urged Bolivia to free the Peruvian fishermen.", {"CHL>BOL:0253"}},
      // a permission lets it be done, as "allowed the UN to deliver aid"
      // does, and what it took days for X to do was done, by X
      {"Turkey gave permission for the UN to deliver aid to Syrian refugees.", {"IGOUNO>SYRREF:07"}},
      {"It took two days for Kenyan troops to capture the Somali town.", {"KENMIL>SOM:19"}},
  };
  ExpectEach(cases);
}

// An appeal, demand or rejection takes the sub-code of what it asks for or
// turns down (data/coding/modality.txt, maps appeal, demand and reject).
TEST_F(CoderTest, AppealsDemandsAndRejectionsTakeTheirContentsCode) {
  const EventCase cases[] = {
      // infinitive after the target
      {"Egypt urged Libya to release the detained fishermen.", {"EGY>LBY:0253"}},
      {"Peru called on Chile to declare a ceasefire.", {"PER>CHL:0256"}},
      {"Ghana urged Togo to hold talks with the rebels.", {"GHA>TGO:026"}},
      {"Ghana asked Togo to send humanitarian aid.", {"GHA>TGO:0233"}},
      {"Peru urged Chile to lift sanctions.", {"PER>CHL:0254"}},
      // that-clause: the demand is coded, what is demanded is not asserted
      {"Egypt demanded that Libya release the detained fishermen.", {"EGY>LBY:1053"}},
      {"Peru demanded that Chile lift the curfew.", {"PER>CHL:1051"}},
      {"Peru demanded that Chile declare a ceasefire.", {"PER>CHL:107"}},
      {"Ghana demanded that Togo withdraw its troops from the border.", {"GHA>TGO:106"}},
      {"Peru demanded that Chile's president resign.", {"PER>CHLGOV:1041"}},
      // the rejection of a request
      {"Norway rejected Sweden's request to hold talks.", {"NOR>SWE:125"}},
      // a noun asked for or turned down
      {"Peru rejected Chilean mediation.", {"PER>CHL:126"}},
      {"Norway turned down Sweden's request for assistance.", {"NOR>SWE:122"}},
      {"Ghana rejected demands from Togo for reform.", {"GHA>TGO:123"}},
      {"Peru asked Chile for investment.", {"PER>CHL:0211"}},
      // ... and a noun pattern that names no actor is no event of its own
      {"Ghana praised Togo's aid.", {"GHA>TGO:051"}},
      // content with no parallel sub-code, or negated: the plain code
      {"Ghana urged Togo to respond.", {"GHA>TGO:020"}},
      {"Ghana urged Togo to attack Benin.", {"GHA>TGO:020"}},
      {"Kenya demanded that Uganda not build the dam.", {"KEN>UGA:100"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, ImpliedSourcesAndTargets) {
  const EventCase cases[] = {
      // a passive verb with no "by" phrase: the attack names who acted
      {"A Malian soldier was killed in a French drone strike on Monday.", {"FRA>MLIMIL:18"}},
      // "X-led" forces are X's
      {"Saudi-led coalition warplanes pounded Houthi positions.", {"SAUMIL>YEMREBHTH:19"}},
      // a statement about an earlier event is aimed at every member of its
      // compound source
      // a show of force is aimed at the adversary of the story
      {"Chilean warships fired missiles at a Peruvian patrol boat on Monday. Peru's defence ministry said it had "
       "raised its military alert level in response.",
       {"CHLMIL>PER:19", "PERMIL>CHLMIL:152"}},
      {"Peruvian and Chilean forces began joint military exercises on Monday. Bolivia denounced the exercises.",
       {"PERMIL>CHLMIL:06", "CHLMIL>PERMIL:06", "BOL>PERMIL:11", "BOL>CHLMIL:11"}},
      // a curfew or state of emergency that names no place is imposed on the
      // country's own people; an international body's is not a country's
      {"Bolivian authorities declared a state of emergency on Friday.", {"BOLGOV>BOL:1724"}},
      {"The Peruvian government imposed a nightly curfew.", {"PERGOV>PER:1723"}},
      {"The UN mission declared a state of emergency on Friday.", {}},
      // so is one lifted or eased, in the capital as anywhere (the capital
      // is then a place, not the government it names)
      {"Bolivian authorities lifted the state of emergency on Friday.", {"BOLGOV>BOL:0814"}},
      {"The Peruvian government lifted the curfew in Lima.", {"PERGOV>PER:0813"}},
      // when the country itself is the source, the people are its civilians
      // (a country is never aimed at itself)
      {"Bolivia lifted the state of emergency on Friday.", {"BOL>BOLCVL:0814"}},
      {"Chile eased the nightly curfew.", {"CHL>CHLCVL:0813"}},
      {"Peru imposed a nightly curfew.", {"PER>PERCVL:1723"}},
      // (but not an emergency it declares, which may bind no one: "declared
      // a public health emergency")
      {"Peru declared a state of emergency on Friday.", {}},
      // (a curfew on named people stays theirs)
      {"Chile imposed a curfew on Bolivian refugees.", {"CHL>BOLREF:1723"}},
      // an armed group's ceasefire, kept or broken, that names no one is
      // aimed at the government it fights; one that names a party is aimed at
      // it, and a state's names no one
      {"Peruvian rebels declared a unilateral ceasefire on Sunday.", {"PERREB>PERGOV:0871"}},
      {"Peruvian rebels violated the truce.", {"PERREB>PERGOV:196"}},
      {"Peruvian rebels declared a ceasefire with Chile.", {"PERREB>CHL:0871"}},
      {"The Peruvian army declared a ceasefire.", {}},
      // a state's police or prosecutors who investigate naming no one
      // investigate something of their own country; other officials do not
      {"Chilean prosecutors launched an investigation into the fire.", {"CHLJUD>CHL:09"}},
      {"Police in Lima opened an investigation into the theft.", {"PERCOP>PER:09"}},
      {"Chilean officials are investigating cases of the flu.", {}},
  };
  ExpectEach(cases);
}

// A curfew imposed "in" a place that names no actor binds the people there:
// the target keeps the country's code, and its words are the place's, with
// the "of" phrases after it.
TEST_F(CoderTest, CurfewInAPlaceNamesThePlaceAsItsTarget) {
  struct Case {
    const char* text;
    const char* key;
    const char* target_text;
  };
  const Case cases[] = {
      {"The Peruvian government imposed a curfew in parts of the southern highlands.", "PERGOV>PER:1723",
       "parts of the southern highlands"},
      {"Bolivian authorities declared a state of emergency on Friday in the mining town.", "BOLGOV>BOL:1724",
       "the mining town"},
      // no place phrase: the target stays without words, at the verb
      {"The Peruvian government imposed a nightly curfew.", "PERGOV>PER:1723", ""},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got = Code(c.text);
    ASSERT_EQ(out_.events.size(), 1u) << c.text << ": " << Join(got) << Explain();
    const Event& e = out_.events[0];
    EXPECT_EQ(got[0], c.key) << c.text << Explain();
    EXPECT_EQ(e.target_text, c.target_text) << c.text << Explain();
    EXPECT_EQ(out_.full_text.substr(e.target_begin, e.target_end - e.target_begin), e.target_text) << c.text;
  }
}

TEST_F(CoderTest, PatternsReadPastTimeAndPlace) {
  const EventCase cases[] = {
      // the first "on" belongs to "on Saturday", the pattern's to "on a framework"
      {"Peru and Chile agreed in Lima on Saturday on a deal.", {"PER>CHL:05", "CHL>PER:05"}},
      // a compound subject acts on the partner its object names, not on itself
      {"Peru and Chile praised the resumption of trade with Bolivia.", {"PER>BOL:05", "CHL>BOL:05"}},
      {"Peru and Chile praised their resumption of trade with Bolivia.", {"PER>BOL:05", "CHL>BOL:05"}},
      // "their" naming the compound subject again: members act on each other
      // only in what is done together
      {"Peru and Chile strengthened their military cooperation.", {"PER>CHL:06", "CHL>PER:06"}},
      {"Peru and Chile face threats to their borders.", {}},
      // a capitalised noun inside a name is no noun event ("the U.S. Mission
      // to Peru" is a body, not a mission sent)
      {"The U.S. Mission to Peru said on Monday that Chile had attacked Bolivia.", {"CHL>BOL:190"}},
      // a trade flow or investment named by a noun is background, not an act
      // of cooperation: only the verb's own event is coded
      {"Peru raised tariffs on Chilean exports to Bolivia.", {"PER>CHL:163"}},
      {"Bolivian rebels oppose Chilean investment in Peru.", {"BOLREB>CHL:110"}},
      // after "told X", a phrase that is the subject of the next verb is what
      // was said, not whom it was said to
      {"The Chilean minister told reporters two Peruvian soldiers had been freed.", {}},
      {"The Chilean minister told the Peruvian ambassador that Chile would help.", {"CHLGOV>PERGOV:01"}},
      // a noun event that is the subject of a hypothetical clause did not
      // happen; a planned one is still coded, and an appeal keeps its
      // infinitive
      {"A ceasefire between Chile and Peru could take place within days.", {}},
      {"Talks between Chile and Peru will take place next week.", {"CHL>PER:046"}},
      {"Chile and Bolivia call on Peru to lift sanctions against Ecuador.", {"CHL>PER:02", "BOL>PER:02"}},
      // welcoming a party's decision or agreement is praise, not a host's
      // welcome; a pattern reads on into the phrase a possessor owns
      {"Chilean lawmakers welcomed Peru's agreement to a ceasefire.", {"CHLLEG>PER:051"}},
      {"Chile welcomed Peru's lifting of tariffs on Chilean copper.", {"CHL>PER:051"}},
      {"Bolivia welcomed the resumption of talks by Peru.", {"BOL>PER:051"}},
      {"Chile welcomed the Peruvian president to Santiago.", {"CHL>PERGOV:043"}},
      // sanctions within one country are administrative sanctions (172)
      {"Chile imposed sanctions on Peru.", {"CHL>PER:163"}},
      {"The Chilean government imposed sanctions on Chilean opposition leaders.", {"CHLGOV>CHLOPP:172"}},
      // a by-phrase right after a noun event's words names who did it
      {"The arrest of Peruvian journalists by Chilean police drew protests.", {"CHLCOP>PERMED:173"}},
      {"Bolivia is seeing a wave of kidnappings of Peruvian tourists by Chilean gangs.", {"CHLCRM>PERCVL:181"}},
      // a person the verb acts on, whom no actor stands for, is the target:
      // not a later phrase
      {"The Chilean court refused him access to Peru.", {}},
      {"The Chilean court refused Peruvian officials access to the files.", {"CHLJUD>PERGOV:12"}},
      // a pattern's skip does not run on into a subordinate clause
      {"Chile suspended aid to Peru after a group of Bolivian officers seized power.", {"CHL>PER:162"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, ArgumentsOfRealNewsConstructions) {
  const EventCase cases[] = {
      // the target sits in the phrase of the infinitive the pattern read
      {"The Chilean president accepted an invitation to meet with the Peruvian foreign minister.",
       {"CHLGOV>PERGOV:036"}},
      // after a verb that does not hand its object the infinitive, the
      // infinitive is the subject's own ("an invitation" does not meet)
      // (and refugees in Peru are Peru's, whatever the story's country; the
      // appeal is for them too)
      {"Bolivia launched an appeal on Monday to help refugees in Peru.", {"BOL>PERREF:07", "BOL>PERREF:023"}},
      // but "urged X to" does
      {"Chile urged Peru to release the detained Bolivian fishermen.", {"CHL>PER:02"}},
      // help for a peacekeeping force is aimed at the country it serves in;
      // the force itself keeps the peace there (soldiers sent to it are
      // peacekeeping too: 074.706)
      {"Ghana is sending soldiers to the African Union peacekeeping force in Somalia.",
       {"GHA>SOM:074", "IGOAFU>SOM:074"}},
      {"Chile is ready to contribute to the UN peacekeeping operation in Haiti.", {"CHL>HTI:03", "IGOUNPKO>HTI:074"}},
      // a force named without "peacekeeping" stays the target
      {"Ghana is sending soldiers to the African Union in Ethiopia.", {"GHA>IGOAFU:154"}},
      // troops withdrawn from another country's cities retreat from it; from
      // the streets, the army eases its own rule
      {"Ethiopia withdrew its troops from the Somali cities.", {"ETH>SOM:0874"}},
      {"Guinea's junta withdrew the army from the streets.", {"GINGOV>GINMIL:0814"}},
      // a former office holder is an elite, not the government; an
      // opposition member is the opposition
      {"Peru's president pardoned ex-president Ana Ruiz, the ministry said.", {"PERGOV>PERELI:0"}},
      {"Bolivia banned an opposition member from holding office.", {"BOL>BOLOPP:172"}},
      // a list set off by commas after the object is passed over on the way to the target
      {"Chile returned the seized artifacts, including two rare icons, to the government of Peru.",
       {"CHL>PERGOV:0842"}},
      // a participle set off by commas after the subject leaves it the main verb's
      {"Six Peruvian fishermen, held for weeks in a port, were freed by Chilean police.", {"CHLCOP>PERAGR:0841"}},
      // a place named as a location is not what the verb acts on
      {"Peruvian troops clashed with rebels near a Chilean town.", {"PERMIL>PERREB:19"}},
      // what a cessation verb governs did not happen
      // (ending the fighting is an event of its own: de-escalation)
      {"Peru and Chile signed an accord on Tuesday to end the fighting.",
       {"PER>CHL:057", "CHL>PER:057", "PER>CHL:087", "CHL>PER:087"}},
      // a thing done or fired by an actor acts for it
      {"A bombing by Colombian rebels killed three Peruvian soldiers.", {"COLREB>PERMIL:19"}},
      {"Rockets fired by Colombian rebels struck a Peruvian army base.", {"COLREB>PERMIL:19"}},
      // a facility named by its force stands for the force
      {"Colombian rebels attacked a police checkpoint in Bogota.", {"COLREB>COLCOP:19"}},
      // force is aimed at the place it hits when the phrase names no one
      // else; a statement about a place is not aimed at the place
      {"Russian artillery shelled the outskirts of Kharkiv.", {"RUSMIL>UKR:194"}},
      {"Chile praised the outskirts of Kharkiv.", {}},
      // so are aid and appeals, which are for the people of the place they
      // name ("in" included); a meeting's place is only where it was held
      {"Chile provided emergency support for flood victims in Bolivia.", {"CHL>BOL:07"}},
      {"The United Nations urged an end to the fighting in Peru.", {"IGOUNO>PER:025"}},
      {"Chile met Bolivian officials in Lima.", {"CHL>BOLGOV:04"}},
      // and restrictions at the people of the place they are imposed in
      {"Chilean troops imposed a curfew in Bolivia.", {"CHLMIL>BOL:172"}},
      {"The Chilean president spoke to reporters in Lima.", {}},
      // a claim is aimed at whom the claimed act hit, even the source's own
      // country's forces; with no one named, there is no claim to code
      {"Colombian rebels claimed responsibility for the bombing, which killed three Peruvian soldiers.",
       {"COLREB>PERMIL:015"}},
      {"Colombian rebels claimed responsibility for the ambush, dealing a heavy blow to the Colombian army.",
       {"COLREB>COLMIL:015"}},
      {"Colombian rebels claimed responsibility for the bombing.", {}},
      // a claim for an attack in a place is a claim, aimed at the place
      {"Colombian rebels claimed responsibility for the bombings in Peru.", {"COLREB>PER:015"}},
      // people (or places) "of" an actor stand for it as a pattern's target;
      // other nouns do not
      {"Chilean police released two followers of the Peruvian opposition leader.", {"CHLCOP>PEROPP:0841"}},
      {"Chile sent a letter to the head of the World Health Organization.", {"CHL>IGOWHO:010"}},
      {"Chilean police released the savings of the Peruvian opposition leader.", {}},
      // a prepositional phrase between an auxiliary and its verb does not cut
      // the verb from its subject
      {"Chile has in recent weeks accused Peru of arming rebels.", {"CHL>PER:112"}},
      {"Chile had on Monday criticized Peru.", {"CHL>PER:111"}},
      {"Chile was at a meeting chaired by Peru.", {}},
      // after a relative clause set off by commas, however long, the verb
      // takes the antecedent for its subject
      {"The Chilean minister, who said the talks had failed, accused Peru of lying.", {"CHLGOV>PER:112"}},
      {"Chile, which believed the ships were Peruvian, demanded that Peru remove them.", {"CHL>PER:100"}},
      {"Chile hosted envoys from Peru, who said the talks had failed.", {"CHL>PER:043"}},
      // the name before an apposition after a quote is the verb's subject
      {"\"We took cover,\" Ana Ruiz, a Chilean lawmaker, told Peruvian officials.", {"CHLLEG>PERGOV:010"}},
      // "WHO" in capitals is the World Health Organization, not a pronoun that
      // would cut its name out of the noun phrase
      {"Chile has accused the WHO of acting too slowly.", {"CHL>IGOWHO:112"}},
      {"WHO sent vaccines to Peru.", {"IGOWHO>PER:073"}},
      {"WHO officials praised Peru.", {"IGOWHO>PER:051"}},
      {"The man who attacked Peru was arrested.", {}},
      // a place other than a capital does not act; a capital is its government
      {"Aleppo praised Chile.", {}},
      {"Damascus praised Chile.", {"SYRGOV>CHL:051"}},
      // what a hypothetical verb governs is hypothetical too
      {"The deal could lead Chile to impose sanctions on Peru.", {}},
      {"The deal led Chile to impose sanctions on Peru.", {"CHL>PER:163"}},
      // "would" in reported speech is what was said of the future: an
      // intention; with a condition it stays a hypothetical
      {"Peru said that it would cooperate with Chile on the border.", {"PER>CHL:03"}},
      {"Peru said that it would cooperate with Chile if the border stays open.", {}},
      // ... and "would not" there is the past of "will not": cooperation
      // refused (12); conflict is not, nor a "would not have", nor a "would
      // not" with a condition
      {"Bolivia said it would not accept refugees from Peru.", {"BOL>PER:12"}},
      {"Peru announced it would not sign the border accord with Chile.", {"PER>CHL:12"}},
      {"Bolivia said it would not negotiate with Peruvian rebels.", {"BOL>PERREB:12"}},
      {"Bolivia said it would not attack Peru.", {}},
      {"Bolivia said it would not have signed the accord with Peru.", {}},
      {"Bolivia said it would not sign the accord with Peru if Chile objected.", {}},
      // a day between the verb and its object
      {"Macron phoned on Sunday the Iranian president.", {"FRAGOV>IRNGOV:041"}},
      // the press a statement is made on is how it was made, not whom it is aimed at
      {"The Peruvian president, announcing on social media on Friday that the army had freed the hostages, "
       "thanked Chile.",
       {"PERMIL>PERCVL:0841"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, FeelingsTitlesAndPositions) {
  const EventCase cases[] = {
      // a feeling expressed, with the target in the phrase after it
      {"Chile expressed concern to Peru after the border incident.", {"CHL>PER:012"}},
      {"Argentina expressed optimism to Uruguay about the river treaty talks.", {"ARG>URY:013"}},
      // ... and with no actor to aim at, nothing
      {"Chile expressed concern on Monday.", {}},
      // a titled person the dictionaries lack acts, country unknown
      {"Prime Minister Tomas Velloza criticized Chile.", {"---GOV>CHL:111"}},
      // "have been shelling" is active; a force's positions stand for it
      {"Peruvian troops have been shelling rebel positions near the border.", {"PERMIL>PERREB:194"}},
      // "visiting" before a title describes the guest: the host met them
      {"Putin met with visiting Chinese Premier Li Qiang in Moscow.", {"RUSGOV>CHNGOV:040"}},
      // ... but after "after" it is the subject's own visit
      {"After visiting Peru, Chile's foreign minister praised Bolivia.", {"CHLGOV>BOL:051"}},
      // an attack the subject condemns or reports is not the subject's attack
      {"Chile condemned the attack on the Peruvian embassy.", {"CHL>PERGOV:111"}},
      {"Kenya launched an attack on Somali militants.", {"KEN>SOMREB:190"}},
      // a participle with its "by" phrase describes the noun: passive, and
      // the verb after it is the sentence's (the support it names is no
      // event of its own: SupportDescribingTheSubjectIsNoEvent)
      {"Syrian government forces backed by Russian warplanes attacked Turkish troops.", {"SYRMIL>TURMIL:190"}},
      // what an appeal asks for is not done, even when the object has an
      // adjective ("Peruvian officials") or the act is further down the chain
      {"Chile urged Peruvian officials to release the detained fishermen.", {"CHL>PERGOV:0253"}},
      {"Chile urged Peru to focus on ending the fighting with Bolivia.", {"CHL>PER:020"}},
      // what is denied did not happen; the denial is aimed at its target
      {"Peru denied that it had sent troops into Chile.", {"PER>CHL:016"}},
      // what a counterfactual speaker would have said is not asserted
      {"The Chilean envoy would then have claimed that Peru had sent troops into Bolivia.", {}},
      {"The Chilean envoy claimed that Peru had sent troops into Bolivia.", {"CHLGOV>PER:010", "PER>BOL:192"}},
      // a headline's verb that the lexicon knows only as a noun
      {"Turkey downgrades ties with Israel", {"TUR>ISR:161"}},
      // a headline whose subject ends in a common noun
      {"Nigerian government lifts ban on opposition parties", {"NGAGOV>NGAOPP:0812"}},
      {"Chad and Niger launch strikes on Libya", {"TCD>LBY:19", "NER>LBY:19"}},
      // a headline whose plural subject takes a base-form verb
      {"Peruvian students rally for free elections", {"PEREDU>PERGOV:1414"}},
      {"Nigerian protesters riot to demand the president's resignation", {"NGACVL>NGAGOV:1451"}},
      {"Chadian tanks pound Libyan town", {"TCD>LBY:19"}},
      // cultural property handed back
      {"Chile returned two colonial sculptures to Peru.", {"CHL>PER:0842"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, TargetsFromEarlierSentencesAndCompoundsAreLimited) {
  const EventCase cases[] = {
      // a statement about an event told before is aimed at who did it ...
      {"The Peruvian navy seized a Chilean trawler on Monday. Bolivia condemned the seizure.",
       {"PERMIL>CHL:171", "BOL>PERMIL:111"}},
      // allegations denied are the accuser's, not whoever acted last ...
      {"Chile accused Peru of spying on Monday. Peru rejected the allegations.", {"CHL>PER:112", "PER>CHL:016"}},
      {"Peru attacked a Chilean convoy. Bolivia rejected the allegations.", {"PER>CHL:190"}},
      // ... at home too, when the accuser is outside the state
      {"Rights groups sued the Peruvian interior ministry over the detentions. The ministry dismissed the allegations.",
       {"PERHRI>PERGOV:115", "PERGOV>PERHRI:016"}},
      // ... unless the sentence itself names who made them ("a statement by X")
      {"Chile accused Peru of spying on Monday. The Peruvian foreign ministry rejected the claims while "
       "answering a speech by the Bolivian president.",
       {"CHL>PER:112", "PERGOV>BOLGOV:016"}},
      // ... but a statement about something else is not aimed at anyone told before
      {"The Peruvian navy seized a Chilean trawler on Monday. Bolivia criticized the budget.", {"PERMIL>CHL:171"}},
      // members of a compound subject act on each other only in what is done together
      {"Peru and Chile held talks in Lima.", {"PER>CHL:04", "CHL>PER:04"}},
      {"Peru, Chile and Bolivia claim the islands.", {}},
      {"Peru and Chile criticized the ruling.", {}},
      // the press a statement is made to is not its target
      {"The Chilean foreign minister told reporters on Monday that talks would resume.", {}},
      // a plain statement about a party's thing is not aimed at that party;
      // other acts on its thing are
      {"On Monday, the European Union confirmed Sweden's first case of the disease.", {}},
      {"The Chilean minister met Peru's president. His lawyer announced his death.", {"CHLGOV>PERGOV:04"}},
      {"The European Union criticized Sweden's policy.", {"IGOEUN>SWE:11"}},
      // the State Department is Washington's
      {"The State Department criticized Peru.", {"USAGOV>PER:11"}},
      // a town named before an event noun is its venue, not its doer (and
      // talks one will attend are an intent to meet)
      {"Chile's foreign minister will attend the Cusco talks with Bolivian officials on Tuesday.",
       {"CHLGOV>BOLGOV:036"}},
  };
  ExpectEach(cases);
}

// The press a statement or an appeal is given to, or whose question is
// answered, is how it was made, whoever's press it is; the press praised,
// urged, criticised or raided is a target.
TEST_F(CoderTest, PressSpokenToIsNoTargetOfAStatement) {
  const EventCase cases[] = {
      {"The Chilean foreign minister told a Peruvian newspaper that talks would resume.", {}},
      {"The Chilean foreign minister told Peruvian journalists that Bolivia must withdraw its troops.",
       {"CHLGOV>BOL:106"}},
      {"Bolivia ignored Peruvian newspaper requests for comment.", {}},
      {"Chile urged the Peruvian media to stop the campaign.", {"CHL>PERMED:02"}},
      {"The Chilean foreign minister praised Peruvian journalists.", {"CHLGOV>PERMED:051"}},
      {"The Chilean army raided a Peruvian newspaper.", {"CHLMIL>PERMED:17"}},
  };
  ExpectEach(cases);
}

// A news outlet reports events: the outlet spoken with, asked by or told is
// no party of them, nor the doer of an earlier event; an outlet banned or
// raided is a target.
TEST_F(CoderTest, NewsOutletsAreNoPartyOfWhatTheyReport) {
  const EventCase cases[] = {
      {"The Peruvian minister told CNN that the talks would go on. Bolivia condemned the remarks.", {"BOL>PERGOV:111"}},
      {"The Chilean minister spoke with the BBC about the talks.", {}},
      {"Asked by the BBC whether Chile would close the border, the Peruvian president said Peru would protest.", {}},
      {"The Peruvian president did not reply to a BBC email requesting comment on the border.", {}},
      {"A Peruvian lawyer provided the documents to Reuters.", {}},
      {"Chile banned Al Jazeera from the country.", {"CHL>QATMEDAJZ:17"}},
      {"Peruvian police raided the offices of Reuters in Lima.", {"PERCOP>GBRMEDRTR:17"}},
  };
  ExpectEach(cases);
}

// Health workers' inquiries and inquiries into a disease are medical work,
// not an investigation (09) of the people examined or of the place.
TEST_F(CoderTest, MedicalInquiriesAreNoInvestigationOfAParty) {
  const EventCase cases[] = {
      {"Peruvian doctors are investigating several Chilean tourists.", {}},
      {"The World Health Organization is investigating an outbreak of cholera in the south of Peru.", {}},
      {"Peru said it had conducted epidemiological investigations on Chilean travellers.", {}},
      // an investigation of a party stays one
      {"Peruvian police are investigating several Chilean tourists.", {"PERCOP>CHLCVL:09"}},
      {"Peru said it had conducted investigations on Chilean officials.", {"PER>CHLGOV:09"}},
      {"The United Nations is investigating an outbreak of violence in the south of Peru.", {"IGOUNO>PER:09"}},
  };
  ExpectEach(cases);
}

// Shielding people from a disease or a disaster is no military protection or
// peacekeeping (074), nor a pledge of it (0334) or an appeal for it (0234);
// protection from a party still is.
TEST_F(CoderTest, ProtectionFromAHazardIsNoMilitaryProtection) {
  const EventCase cases[] = {
      {"Chilean nurses gave injections to protect Peruvian children from measles.", {}},
      {"The Peruvian army pledged to protect Chilean villages against the floods.", {}},
      {"The United Nations urged Peru to protect its farmers from drought.", {}},
      {"Peru launched a vaccination drive to protect Chilean children against polio.", {}},
      // guards: protection from people, or from their attacks
      {"Peruvian police protected the Chilean refugees from the mob.", {"PERCOP>CHLREF:074"}},
      {"Chilean troops protected Peruvian civilians against the rebels.", {"CHLMIL>PERCVL:074"}},
      {"The United Nations pledged to protect Peru against rebel attacks.", {"IGOUNO>PER:0334"}},
  };
  ExpectEach(cases);
}

// What a business provides, offers or ships by the bare verb is what it
// sells: commerce, no aid (07) or offer of cooperation (03). Aid a business
// names, and what a government provides, stay events.
TEST_F(CoderTest, WhatABusinessProvidesByTheBareVerbIsCommerce) {
  const EventCase cases[] = {
      {"A Peruvian software company provides tools for Chilean publishers.", {}},
      {"The Peruvian firm offers a new boiler to Chilean farmers.", {}},
      {"A Peruvian company shipped its new phones to Chile.", {}},
      // guards
      {"A Peruvian company provided aid to Chilean flood victims.", {"PERBUS>CHL:070"}},
      {"A Peruvian company offered to help Chile rebuild the bridge.", {"PERBUS>CHL:033"}},
      {"The Peruvian government provided tools to Chilean farmers.", {"PERGOV>CHLAGR:070"}},
  };
  ExpectEach(cases);
}

// A present participle right after a pattern's target opens a phrase of the
// target's own: a pattern word after it ("attack + for") belongs to that
// phrase, not to the pattern's verb.
TEST_F(CoderTest, APatternWordAfterTheTargetsParticiplePhraseIsNotThePatterns) {
  const EventCase cases[] = {
      {"Peruvian rebels attacked a Chilean army truck carrying food for the refugees.", {"PERREB>CHLMIL:190"}},
      {"Peruvian rebels attacked Chilean soldiers escorting a convoy over the border.", {"PERREB>CHLMIL:190"}},
      // guards: the pattern's own word right after the target
      {"The Peruvian minister attacked Chile for its failures.", {"PERGOV>CHL:111"}},
      {"Peru accused Chilean soldiers guarding the border of abuses.", {"PER>CHLMIL:112"}},
  };
  ExpectEach(cases);
}

// Destroying arms or forces whose owner is named before them is force (190),
// as with an "of" phrase; destroying homes or property stays 1712.
TEST_F(CoderTest, DestroyingForcesOrArmsIsForce) {
  const EventCase cases[] = {
      {"Chile destroyed the Peruvian air force.", {"CHL>PERMIL:190"}},
      {"Chilean jets destroyed Peruvian rebel positions.", {"CHLMIL>PERREB:190"}},
      {"Chilean troops destroyed Peruvian tanks.", {"CHLMIL>PER:190"}},
      // guard
      {"Chilean troops destroyed the homes of Peruvian farmers.", {"CHLMIL>PERAGR:1712"}},
  };
  ExpectEach(cases);
}

// A hosting (043) is of people: a country named only as the owner or maker
// of a thing received or welcomed is no one hosted. A visit to a country's
// place is still a visit to the country.
TEST_F(CoderTest, AThingOfACountryReceivedIsNoOneHosted) {
  const EventCase cases[] = {
      {"Peru received the first Chilean missiles.", {}},
      {"Peru welcomed Chilean investment.", {}},
      // guards
      {"Peru received a Chilean delegation.", {"PER>CHLGOV:043"}},
      {"The Peruvian president visited the Chilean capital.", {"PERGOV>CHL:042"}},
  };
  ExpectEach(cases);
}

// What a letter or statement someone sends or issues says (an -ing verb of
// saying after it and the phrases naming its addressee), its sender says.
TEST_F(CoderTest, WhatADocumentSaysItsSenderSays) {
  const EventCase cases[] = {
      {"Kenya sent a letter to the president of Uganda accusing him of spying.", {"KEN>UGAGOV:010", "KEN>UGAGOV:1125"}},
      {"Chile issued a statement on Monday urging Peru to release the fishermen.", {"CHL>PER:0253"}},
  };
  ExpectEach(cases);
}

// A deadline given is an ultimatum to whom it is given, and what it is given
// for is demanded, not done.
TEST_F(CoderTest, WhatADeadlineIsGivenForIsNotDone) {
  const EventCase cases[] = {
      {"The Chilean rebels gave the Peruvian Government 48 hours to release the prisoners.", {"CHLREB>PERGOV:139"}},
      {"Kenya gave the U.N. Refugee Agency 14 days to close the camps.", {"KEN>IGOUNHCR:139"}},
  };
  ExpectEach(cases);
}

// A base form after "and" in a list of the weapons a force used is a noun
// modifier ("stun grenades"), not a verb joined to the one before.
TEST_F(CoderTest, AWeaponListedAfterAndIsNoVerb) {
  const EventCase cases[] = {
      {"Witnesses said Kenyan police fired tear gas, rubber bullets, and stun grenades at Ugandan protesters.",
       {"KENCOP>UGACVL:175"}},
  };
  ExpectEach(cases);
}

// A word pair inside an alternative ("bailout|rescue package|loan") splits the
// pattern in two elements; the pairs have their own lines, so the single
// words match on their own.
TEST_F(CoderTest, SingleWordsOfAnAlternativeWithAPairMatchAlone) {
  const EventCase cases[] = {
      {"The IMF approved a bailout for Chile.", {"IGOIMF>CHL:071"}},
      {"A Chilean warship rammed a vessel of Peru.", {"CHLMIL>PER:190"}},
      // the pairs still match
      {"The IMF approved a rescue package for Chile.", {"IGOIMF>CHL:071"}},
      {"A Chilean ship rammed the coast guard of Peru.", {"CHL>PER:190"}},
      {"The Chilean president offered to resign.", {"CHLGOV>CHL:0341"}},
      {"Chile lifted restrictions on aid to Peru.", {"CHL>PER:0863"}},
      {"Peru urged Chile to use its influence.", {"PER>CHL:028"}},
      {"Protesters demanded an end to the regime in Chile.", {"CHLCVL>CHLGOV:1044"}},
      {"Peruvians boycotted Chilean products over the war.", {"PER>CHL:1432"}},
      {"Peruvians boycotted Chilean products in protest against the war.", {"PER>CHL:1432"}},
      {"Chile provided air support to Peru.", {"CHL>PER:072"}},
      {"Peru urged Chile to provide protection.", {"PER>CHL:0234"}},
      {"The Peruvian army inflicted casualties on Chilean troops.", {"PERMIL>CHLMIL:190"}},
      {"The Peruvian army inflicted heavy losses on Chilean troops.", {"PERMIL>CHLMIL:190"}},
  };
  ExpectEach(cases);
}

// The phrase an attack is aimed at ("fired on a patrol") is what was hit: a
// noun event in it is not coded; the same noun as a clause's own act is.
TEST_F(CoderTest, WhatAnAttackHitIsNoEventOfItsOwn) {
  const EventCase cases[] = {
      {"Peruvian rebels fired on a Chilean army patrol in Peru.", {"PERREB>CHLMIL:193"}},
      {"The Chilean army began a patrol near the Peruvian border.", {"CHLMIL>PER:150"}},
  };
  ExpectEach(cases);
}

// A verb whose act goes both ways (reciprocal-verb): a compound subject with
// no other party does it to each other, whatever the code; with another
// party named, both do it to that party.
TEST_F(CoderTest, ReciprocalVerbsPairACompoundSubject) {
  const EventCase cases[] = {
      {"Peru and Chile exchanged fire across the border.", {"PER>CHL:19", "CHL>PER:19"}},
      {"Peru and Chile traded fire on Monday.", {"PER>CHL:19", "CHL>PER:19"}},
      {"Peru and Chile exchanged fire with Bolivian troops.", {"PER>BOLMIL:19", "CHL>BOLMIL:19"}},
      // not a reciprocal verb: no pair
      {"Peru and Chile fired shots across the border.", {}},
  };
  ExpectEach(cases);
}

// A compound subject that fails to reach what is done together (an
// agreement, 057) rejects it with each other, as its members would reach
// it with each other.
TEST_F(CoderTest, AFailureToAgreePairsACompoundSubject) {
  const EventCase cases[] = {
      {"Peru and Chile failed to reach agreement on the border.", {"PER>CHL:12", "CHL>PER:12"}},
      {"Peru and Chile failed to reach a deal on Bolivia.", {"PER>CHL:12", "CHL>PER:12"}},
      // (one party failing with another named, as before)
      {"Peru failed to reach a deal with Chile.", {"PER>CHL:12"}},
      // a rejection of what is not done together: no pair
      {"Peru and Chile rejected the plan.", {}},
  };
  ExpectEach(cases);
}

// A pattern's target slot followed by a noun ("train + soldier") reads that
// noun inside the target's own phrase when a name or nationality modifies it
// ("trained Afghan soldiers"), as it would after the phrase.
TEST_F(CoderTest, ATargetNamedBeforeItsHeadNounLetsThePatternReadOn) {
  const EventCase cases[] = {
      {"American troops trained Afghan soldiers.", {"USAMIL>AFGMIL:07"}},
      {"Kenya took part in the Ugandan military exercises.", {"KEN>UGAMIL:06"}},
      {"Kenya refused to take part in the NATO drills.", {"KEN>IGONATO:12"}},
      // (one's own recruits trained are a mobilisation, as before)
      {"Kenya trained 500 recruits.", {}},
  };
  ExpectEach(cases);
}

// Firing across a border or a ceasefire line is force (a pair fires at each
// other); fields seized are ground taken, as towns are.
TEST_F(CoderTest, FireAcrossALineAndFieldsSeized) {
  const EventCase cases[] = {
      {"Peru and Chile have fired across the ceasefire line.", {"PER>CHL:19", "CHL>PER:19"}},
      {"Peruvian troops fired across the border into Chile.", {"PERMIL>CHL:19"}},
      {"Kenyan forces seized two oil fields from Ugandan rebels.", {"KENMIL>UGAREB:19"}},
  };
  ExpectEach(cases);
}

// An act on a thing that names no one ("condemned the attacks") is aimed at
// whoever did it, named with "by" after a participle right after it.
TEST_F(CoderTest, AnActOnAThingIsAimedAtItsDoer) {
  const EventCase cases[] = {
      {"Peru condemned the attacks carried out by Chilean rebels.", {"PER>CHLREB:11"}},
      {"Peru criticized the sanctions imposed by the United States on Bolivia.", {"PER>USA:11"}},
      {"Peru welcomed the decision taken by the Chilean government.", {"PER>CHLGOV:05"}},
      // (not a that-clause's subject read as the object)
      {"Peruvian officials claim that pollution caused by the mine has made people ill.", {}},
  };
  ExpectEach(cases);
}

// Forces pulled out of a place are a military retreat (0874); only aid
// workers pulled out are aid agencies withdrawn (1663). Forces moved in
// occupy (192).
TEST_F(CoderTest, ForcesPulledOutRetreatAndMovedInOccupy) {
  const EventCase cases[] = {
      {"Peru pulled its forces out of the Chilean border town.", {"PER>CHL:08"}},
      {"Peru pulled its troops out of Chile.", {"PER>CHL:08"}},
      {"The charity pulled its aid workers out of Chile.", {"CHLNGO>CHL:16"}},
      // forces moved or poured into a place occupy it; other things moved
      // there do not
      {"Peruvian troops poured into Chile.", {"PERMIL>CHL:19"}},
      {"Peru rolled tanks into Chile.", {"PER>CHL:19"}},
      {"The Peruvian company moved its headquarters into Chile.", {}},
  };
  ExpectEach(cases);
}

// A thing returned, in the passive, is whatever the subject names, words set
// off beside it or not; a capitalised adjective ending a name inside a
// relative phrase is no adjective a preposition belongs to.
TEST_F(CoderTest, ThingsReturnedByPassiveOrPastANamesAdjective) {
  const EventCase cases[] = {
      {"A bookmark, a gift from a Chilean museum, was returned by Peruvian officials to Chilean authorities.",
       {"PERGOV>CHLGOV:08"}},
      {"Peru returned a pendant engraved with the image of Peter the Great to Chilean authorities.", {"PER>CHLGOV:08"}},
  };
  ExpectEach(cases);
}

// A set of states that names no one ("21 countries") stands for the
// members its "including" phrase names.
TEST_F(CoderTest, ASetOfStatesIsTheMembersItIncludes) {
  const EventCase cases[] = {
      {"Peru suspended air links with 21 countries including Chile and Bolivia.", {"PER>CHL:16", "PER>BOL:16"}},
      // (a set with no members named is no one)
      {"Peru suspended air links with 21 countries.", {}},
      // the set as the subject acts through its members
      {"Western countries, including Chile, imposed sanctions on Peru.", {"CHL>PER:163"}},
      {"Several states, including Chile and Bolivia, condemned Peru.", {"CHL>PER:111", "BOL>PER:111"}},
      {"Three countries including Bolivia criticized Peru on Monday.", {"BOL>PER:11"}},
      // (people other than states are not: whose critics they are is unsaid)
      {"Critics, including Bolivia's president, condemned Peru.", {}},
      {"Several countries condemned Peru.", {}},
      // so after "such as" and "among them", and for a list set off by
      // dashes or brackets right after a plural
      {"Several nations, such as Chile and Bolivia, denounced Peru.", {"CHL>PER:11", "BOL>PER:11"}},
      {"Several nations, such as Chile and Bolivia, have warned the WHO.", {"CHL>IGOWHO:13", "BOL>IGOWHO:13"}},
      {"Many countries, among them Chile and Bolivia, have warned Peru.", {"CHL>PER:13", "BOL>PER:13"}},
      {"Peru criticized several governments, among them Chile and Bolivia.", {"PER>CHL:11", "PER>BOL:11"}},
      {"Two countries - Chile and Bolivia - condemned Peru on Monday.", {"CHL>PER:111", "BOL>PER:111"}},
      {"Three states (Chile, Bolivia and Ecuador) accused Peru of spying.",
       {"CHL>PER:112", "BOL>PER:112", "ECU>PER:112"}},
      // (not what one name's modifier is, nor a list left open, nor a singular)
      {"The country - Chile's closest ally - condemned Peru.", {}},
      {"Two countries - Chile and Bolivia, say officials, condemned Peru.", {}},
      {"The country (Chile) condemned Peru.", {}},
  };
  ExpectEach(cases);
}

// What members of a compound subject give goes to whom the "to" phrase
// after it names, even one that names no one: they do not act on each other.
TEST_F(CoderTest, WhatACompoundSendsOnIsNotAimedAtItsMembers) {
  const EventCase cases[] = {
      {"Chile and Bolivia promised to send part of their grain to other countries.", {}},
      {"Three countries - Chile, Bolivia and Ecuador - pledged to send their surplus vaccines to poorer nations.", {}},
      // (a "to" phrase that names a party is the target)
      {"Chile and Bolivia promised to send their troops to Peru.", {"CHL>PER:03", "BOL>PER:03"}},
      // (with no "to" phrase, what is done together still pairs them)
      {"Chile and Bolivia agreed to strengthen their ties.", {"CHL>BOL:03", "BOL>CHL:03"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, FigurativeWarsAreNotForce) {
  const EventCase cases[] = {
      {"Chile escalated its trade war with Peru on Monday.", {}},
      {"Peru and Bolivia are locked in a war of words.", {}},
      // a war qualified by nothing economic is force
      {"Chile waged war against Peru.", {"CHL>PER:19"}},
      // a building is what was hit, whatever word describes it
      {"Chilean police attacked the Peruvian Supreme Court building.", {"CHLCOP>PERJUD:19"}},
      // words, publications and decisions are criticised, not struck
      {"The Chilean president attacked a Peruvian newspaper for its coverage of the talks.", {"CHLGOV>PERMED:111"}},
      {"The Chilean president attacked the offices of a Peruvian newspaper.", {"CHLGOV>PERMED:19"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, VerbDefaultsCodeWhatNoLongerPatternCovers) {
  const EventCase cases[] = {
      // no pattern of "reject" names a request for someone: the verb's default
      {"A Chilean court rejected an extradition request for the Peruvian banker Juan Soto.", {"CHLJUD>PERBUS:12"}},
      {"Bolivia pledged help for Chile's flood victims.", {"BOL>CHL:03"}},
      {"Peru relaxed its visa rules for Chilean students.", {"PER>CHLEDU:08"}},
      {"Chile severed all contact with Bolivia.", {"CHL>BOL:16"}},
      // banning and destroying are coercion whatever the object
      {"Chile banned all Peruvian newspapers.", {"CHL>PERMED:172"}},
      {"The Chilean army destroyed several Peruvian rebel camps.", {"CHLMIL>PERREB:1712"}},
      // an irregular past tense the tagger learns from WordNet
      {"The rebel fighters overran a Chilean army checkpoint.", {"CHLREB>CHLMIL:190"}},
      // the default is the least specific pattern: a longer one still wins
      {"Chile severed diplomatic ties with Bolivia.", {"CHL>BOL:161"}},
      // a thing given or sent to an actor, when no longer pattern names it
      {"Chile gave two million dollars to Bolivia.", {"CHL>BOL:070"}},
      {"Chile sent a signal to Peru.", {"CHL>PER:010"}},
      // ... but people or words sent or given are no aid
      {"Peru freed two Chilean fishermen and sent them to Bolivia.", {"PER>CHLAGR:0841"}},
      {"Bolivian families still send their children to Peru.", {}},
      {"The Chilean envoy sent a letter sent to the Peruvian bishop.", {}},
      {"Chile sent tents to Bolivia.", {"CHL>BOL:07"}},
      // (nor is a thing someone else gave, told by a participle after the
      // object)
      {"Chile took back the funds given to Bolivia.", {}},
      // (a participle with a "by" phrase after the object of a report is
      // done to that object, not to the speaker)
      {"The Bolivian minister said Chilean villagers attacked by Peruvian soldiers had fled.", {"PERMIL>CHLCVL:190"}},
      // (soldiers sent or contributed are help in force)
      {"Chile contributed two hundred soldiers to Bolivia.", {"CHL>BOL:07"}},
      // verbs whose every use in news about states is one kind of act
      {"Peru asked Chile for two firefighting planes.", {"PER>CHL:02"}},
      {"Bolivia funded a water project in Peru last year.", {"BOL>PER:07"}},
      {"Chile contributed three engineers to Bolivia's relief effort.", {"CHL>BOL:07"}},
      {"Peru allowed Chilean inspectors into the mine.", {"PER>CHL:08"}},
      {"Bolivia hosted the Peruvian president for two days.", {"BOL>PERGOV:043"}},
      // help is aimed at the place its purpose names, not where someone it
      // lets go goes
      {"Germany provided fifty million euros to promote investment and development in Ethiopia.", {"DEU>ETH:07"}},
      {"Germany provided fifty million euros to help him leave Ethiopia.", {}},
      // ... and so is any act whose words name no one: the purpose
      // infinitive's phrases name whom it is aimed at (pressing someone is
      // itself coded, as a demand)
      {"Chile refused to lift the sanctions to pressure Bolivia.", {"CHL>BOL:1244", "CHL>BOL:100"}},
      {"Chile recalled its ambassador to protest the Peruvian decision.", {"CHL>PER:161", "CHL>PER:114"}},
      // ... but not past "what", which opens a clause of its own
      {"Chile signed an accord to curb what Peru calls piracy.", {}},
      // ... but someone named after "at" is where an act that is not hostile
      // happened (the venue), not whom it is aimed at
      {"Chilean police inspected the scene of the fire at the Peruvian embassy.", {}},
      {"Germany distributed food at the Ethiopian embassy.", {}},
      // pushed someone for something: an appeal
      {"The Chilean president pushed the Peruvian parliament for changes to the border law.", {"CHLGOV>PERLEG:020"}},
      // civilians held as human shields
      {"Colombian rebels held Peruvian villagers as human shields.", {"COLREB>PERCVL:184"}},
      // "a call to X to do": an appeal, not a telephone call
      {"Chile renewed its call to Peru to free the fishermen.", {"CHL>PER:020"}},
      // arriving somewhere is no visit unless the sentence says it is one
      {"A Chilean cargo ship arrived in Peru on Monday.", {}},
      {"The Chilean president arrived in Peru for talks.", {"CHLGOV>PER:042"}},
      // joined for talks
      {"The Peruvian president joined his Chilean counterpart for talks in Lima.", {"PERGOV>CHLGOV:040"}},
      // coordinated verbs share a partner, not any phrase
      {"Chile is willing to deepen support with Peru, increase cooperation and enhance relations.", {"CHL>PER:032"}},
      {"Chile condemned the attack and urged calm.", {}},
      // a state's organ speaking of its own country speaks for it
      {"The Chilean foreign minister reaffirmed that Chile wants peace.", {}},
      {"The Chilean foreign minister reaffirmed that Peru wants peace.", {"CHLGOV>PER:010"}},
      // ... and so is one whose target is only the first phrase naming an
      // actor, when that is its own country: a topic, not a party
      {"The Chilean president urged an end to the tariff fight over wine between Chile and Europe.", {}},
      {"The Chilean president urged an end to the tariff fight over wine between Peru and Europe.", {"CHLGOV>PER:020"}},
      {"The Chilean president welcomed the influx of foreign capital into Chile.", {}},
      // ... nor does a state's own thing, named by "its" or "his", help or
      // protect that state or its government: one actor twice
      {"Observers fear that a Chilean reform of its mining law will help Santiago control the coast.", {}},
      {"Observers fear that a Chilean reform of its mining law will help Lima control the coast.", {"CHL>PERGOV:03"}},
      {"The Chilean president says his new tariffs will protect Chile.", {}},
      {"The Chilean president says his new tariffs will protect Peru.", {"CHLGOV>PER:03"}},
      // (force and restrictions are done in the own country's places)
      {"The Peruvian government imposed martial law on six towns in Peru.", {"PERGOV>PER:1724"}},
      // a bare statement is aimed at whom it is made to, not at what its
      // phrases are about
      {"Chile's president noted the importance of the loan from Peru.", {}},
      {"Chile's president argued that its border with Peru should be moved.", {}},
      {"Chile's president spoke to Peru about the border.", {"CHLGOV>PER:01"}},
      // a noun event that a clause speaks, writes or feels about is not the
      // subject's act
      {"The Peruvian rights league issued a statement on the release of the Chilean journalist.", {}},
      {"The Peruvian president wept over the crackdown against Chilean students.", {}},
      {"The Peruvian president spoke about the crackdown against Chilean students.", {}},
      {"Peru ordered the release of the Chilean journalist.", {"PER>CHLMED:0841"}},
      {"Peru launched a crackdown against Chilean smugglers.", {"PER>CHLCRM:175"}},
      // a passive clause's subject suffered its verb: it is not the doer of
      // a noun event in its phrases, unless the event is one "with" someone
      {"Two Peruvian journalists were detained for taking photos during the arrest of a Chilean lawmaker.", {}},
      {"Peruvian soldiers were wounded in an attack on a Chilean convoy.", {}},
      {"The Chilean gunman was killed in a shootout with Peruvian police.", {"CHLREB>PERCOP:193"}},
      // killing armed men is fighting (19), killing civilians assault (18)
      {"Peruvian troops killed twelve Chilean terrorists near the border.", {"PERMIL>CHLREB:190"}},
      // a noun event that a noun of stopping governs is not done
      {"Peru hopes to resolve the pause in aid to Chile during talks on Tuesday.", {}},
      {"Peru discussed the freeze on aid to Chile.", {}},
      {"Peru ordered a halt to military aid to Chile.", {"PER>CHL:1622"}},
      // a country's own capital where a curfew or force is applied is the
      // place and its people, not the government
      {"The Peruvian army imposed a curfew in Lima.", {"PERMIL>PER:1723"}},
      // ... and so is one where a curfew is kept in force
      {"The Peruvian government extended the curfew in Lima.", {"PERGOV>PER:1241"}},
      // concerns shared about a third party are pessimism about it; sharing
      // someone's concerns is accord with them
      {"Peru shared concerns over Bolivia's rapid expansion of its army.", {"PER>BOL:012"}},
      {"Peru shared the concerns of Chile.", {"PER>CHL:019"}},
      // a show of force takes no target from an earlier sentence when its
      // own sentence names another party after the verb
      {"Chile sent a delegation to the inauguration in Lima. Bolivia conducted military drills encircling Paraguay.",
       {}},
      // several who agree to yield (ease a ban, free people) yield to
      // someone else, not to each other; a ceasefire is between them
      {"Peru and Chile agreed to lift a ban on imports of Bolivian grain.", {"PER>BOL:0351", "CHL>BOL:0351"}},
      {"Peru and Chile agreed to free the Bolivian fishermen.", {"PER>BOLAGR:0353", "CHL>BOLAGR:0353"}},
      // a threat someone poses is no threat made
      {"Chile poses a threat to Peru.", {}},
      {"Chile made a threat against Peru.", {"CHL>PER:130"}},
      // the press telling the news is no statement; what it tells may be
      {"Chilean media reported that Peru had criticized Bolivia.", {"PER>BOL:111"}},
      // a call to a named leader for a purpose is a telephone call
      {"The Chilean president called the Peruvian president on Monday to thank him for the rescue.",
       {"CHLGOV>PERGOV:041"}},
      {"The Chilean president visited Lima on Monday.", {"CHLGOV>PERGOV:042"}},
      // a name set off by commas after the target renames it
      {"The Chilean president called his Peruvian counterpart, Ana Ruiz, on Monday to thank her.",
       {"CHLGOV>PERGOV:041"}},
  };
  ExpectEach(cases);
}

// Issue 13, the .800 round: verbs that name one act in news whatever their
// object get a default code; a few WordNet synonyms of verbs that already had
// one get the same code. Each sentence is coded by the default alone.
TEST_F(CoderTest, VerbDefaultsOfTheEightHundredRound) {
  const EventCase cases[] = {
      // passing on a message or a concern is a statement to whom it is passed
      {"Chile conveyed its thanks to the Peruvian navy.", {"CHL>PERMIL:010"}},
      // welcoming what another did is praise; welcoming a visitor stays hosting
      {"Peru welcomed the influx of Bolivian capital.", {"PER>BOL:051"}},
      {"Peru welcomed the Bolivian president on Monday.", {"PER>BOLGOV:043"}},
      // examining someone's conduct is an investigation of them
      {"Chile examined the conduct of Peruvian border guards.", {"CHL>PERCOP:090"}},
      // WordNet neighbours read one by one
      {"The Chilean president chastised Peru for its stance.", {"CHLGOV>PER:111"}},
      {"Bolivian protesters reviled the Chilean president.", {"BOLCVL>CHLGOV:111"}},
      {"Peru furnished Bolivia with grain.", {"PER>BOL:070"}},
      {"Chile restated its position to Peru.", {"CHL>PER:010"}},
      {"Chile interceded with Peru on behalf of the fishermen.", {"CHL>PER:045"}},
      {"Rebels waylaid a Chilean army convoy.", {"CHLREB>CHLMIL:190"}},
      {"Chile gaoled two Peruvian activists.", {"CHL>PERCVL:173"}},
      {"Peruvian police oppressed Chilean migrants.", {"PERCOP>CHLREF:170"}},
      {"Peru indorsed the Chilean candidate.", {"PER>CHL:051"}},
      // verbs that had no pattern at all, coded as the verb they mean
      {"Bolivian farmers begged the Chilean government for water.", {"BOLAGR>CHLGOV:020"}},
      {"The Peruvian government obeyed the ruling of the Chilean court.", {"PERGOV>CHLJUD:080"}},
      {"The Chilean president insulted Peru.", {"CHLGOV>PER:111"}},
      // a warning of what will befall someone is a threat to them; a warning
      // of what befalls no one is not
      {"The Chilean president warned of grave consequences for Peru.", {"CHLGOV>PER:130"}},
      {"Chile warned of floods.", {}},
  };
  ExpectEach(cases);
}

// Issue 13, the args11 round: "agree" alone is the codebook's AGREE root. What
// is agreed to is cooperation with its owner; an infinitive still goes to the
// verb it governs, and agreeing with someone stays an expression of accord.
TEST_F(CoderTest, AgreeingToSomethingIsAnIntentToCooperate) {
  const EventCase cases[] = {
      {"Bolivia agreed to an extension of the Peruvian border mission.", {"BOL>PER:030"}},
      {"Chile agreed to a Peruvian proposal for joint patrols.", {"CHL>PER:030"}},
      // an infinitive with no pattern of its own: the agreement is the intent
      {"Chile agreed to set up a fund for Bolivian farmers.", {"CHL>BOLAGR:030"}},
      // a longer pattern of the governed verb still decides the code
      {"Chile agreed to extradite the Peruvian banker.", {"CHL>PERBUS:0313"}},
      // also when a time phrase puts the infinitive in a clause of its own:
      // the default of "agree" gives way to the verb it governs
      {"Chile and Peru agreed on Friday to pull back their troops from the border.",
       {"CHL>PER:0356", "PER>CHL:0356"}},
      {"Peru agreed with Chile on Monday.", {"PER>CHL:019"}},
      // nobody's plan: no target
      {"Chile agreed to the plan.", {}},
  };
  ExpectEach(cases);
}

// "hope" alone: hoping that another party will act is an optimistic comment
// aimed at that party; hoping to do something is coded by what is hoped for.
TEST_F(CoderTest, HopingThatAnotherActsIsAnOptimisticComment) {
  const EventCase cases[] = {
      {"Chile said it hoped that Peru would join the talks.", {"CHL>PER:013"}},
      {"The Chilean minister hopes Peru will sign the deal.", {"CHLGOV>PER:013"}},
      {"Chile hopes to meet Peru.", {"CHL>PER:036"}},
      {"Chile hoped for rain.", {}},
  };
  ExpectEach(cases);
}

// "express" alone is a statement (010) aimed at whom it is about; what is
// expressed, when a longer pattern names it, still decides the code.
TEST_F(CoderTest, ExpressingAViewIsAStatement) {
  const EventCase cases[] = {
      {"The Chilean president expressed surprise that Peru had closed the border.", {"CHLGOV>PER:010"}},
      {"Chile expressed concern about Peru.", {"CHL>PER:012"}},
      {"Chile expressed its condolences to Peru.", {"CHL>PER:018"}},
      // about no one: no target
      {"Chile expressed surprise.", {}},
  };
  ExpectEach(cases);
}

// Support named by a participle inside the subject of another verb says who
// acts, not what was done: "forces backed by X attacked" is an attack, and no
// endorsement by X. Backing that is the sentence's own verb stays an event.
TEST_F(CoderTest, SupportDescribingTheSubjectIsNoEvent) {
  const EventCase cases[] = {
      {"Peruvian rebels backed by Chile attacked a Bolivian army base.", {"PERREB>BOLMIL:19"}},
      {"Bolivian soldiers, supported by Chilean warplanes, attacked Peruvian rebels.", {"BOLMIL>PERREB:19"}},
      {"Chile backed Peru.", {"CHL>PER:051"}},
      {"Peru was backed by Chile.", {"CHL>PER:051"}},
  };
  ExpectEach(cases);
}

// A person no dictionary knows, followed by an appositive naming a role of an
// actor, acts for that actor; a place set off by commas is where they are
// from, and a list of actors is no appositive.
TEST_F(CoderTest, AnUnknownNameActsForItsAppositive) {
  const EventCase cases[] = {
      {"Ana Ruiz, the foreign minister of Peru, condemned Chile.", {"PERGOV>CHL:111"}},
      {"Ana Ruiz, a spokeswoman for the Peruvian army, condemned Chile.", {"PERGOV>CHL:111"}},
      {"Ana Ruiz, of Lima, condemned Chile.", {}},
      {"Ana Ruiz, Peru and Chile condemned Bolivia.", {"PER>BOL:111", "CHL>BOL:111"}},
  };
  ExpectEach(cases);
}

// Idioms of the .800 round that no pattern had: what is rained on a place is
// fired at it, an envoy pulled from a country is a downgrade, an olive branch
// held out is an offer.
TEST_F(CoderTest, IdiomsOfTheEightHundredRound) {
  const EventCase cases[] = {
      {"Chile hurled insults at Peru.", {"CHL>PER:111"}},
      {"Chilean forces rained rockets on Peruvian border towns.", {"CHLMIL>PER:195"}},
      {"Chilean artillery rained shells down on Peruvian positions.", {"CHLMIL>PER:194"}},
      {"Chile pulled its ambassador from Peru.", {"CHL>PER:161"}},
      {"Chile held out an olive branch to Peru.", {"CHL>PER:030"}},
      {"Chile extended an olive branch to Peru.", {"CHL>PER:030"}},
      // stones thrown stay a riot, not abuse
      {"Chile hurled stones at Peru.", {"CHL>PER:145"}},
  };
  ExpectEach(cases);
}

// "is due to" says the act is scheduled: an intention, not the act.
TEST_F(CoderTest, DueToIsAnIntention) {
  const EventCase cases[] = {
      {"Chile's president is due to visit Peru in May.", {"CHLGOV>PER:036"}},
  };
  ExpectEach(cases);
}

// A refusal to comment is aimed at the actor its topic names ("on Peruvian
// claims"), not at one named in a detail of that topic.
TEST_F(CoderTest, NoCommentIsNotAimedAtADetailOfItsTopic) {
  const EventCase cases[] = {
      {"The Chilean foreign ministry had no comment on the ship's departure from Peru.", {}},
      {"Chilean officials declined to respond to questions about the identities of Peruvian detainees.", {}},
      {"Chilean officials declined to comment on Peruvian claims.", {"CHLGOV>PER:011"}},
  };
  ExpectEach(cases);
}

// A measure named with its doer ("a U.N. arms embargo") as the object of a
// hypothetical clause is not reported as imposed; as the object of a
// negated one it still happened.
TEST_F(CoderTest, MeasureInAHypotheticalObjectIsNotImposed) {
  const EventCase cases[] = {
      {"Such sales would violate a U.N. arms embargo on Peru.", {}},
      {"Chile has never condemned Peru's invasion of Bolivia.", {"PER>BOL:192"}},
  };
  ExpectEach(cases);
}

// Shooting fighters dead is combat (190), as killing them is; shooting
// other people dead stays a killing (1823).
TEST_F(CoderTest, ShootingFightersDeadIsCombat) {
  const EventCase cases[] = {
      {"Peruvian soldiers shot dead three Chilean rebels on Monday.", {"PERMIL>CHLREB:190"}},
      {"Peruvian soldiers shot dead three Chilean farmers on Monday.", {"PERMIL>CHLAGR:1823"}},
  };
  ExpectEach(cases);
}

// Targeting fighters, commanders or their bases is force against whoever
// they belong to, with no "of" or "in" phrase as well as with one; other
// people targeted are not fighting.
TEST_F(CoderTest, TargetingFightersIsForce) {
  const EventCase cases[] = {
      {"Peruvian jets carried out raids, targeting Chilean rebel commanders.", {"PERMIL>CHLREB:190"}},
      {"The Chilean rebels staged several attacks, targeting Peruvian soldiers.", {"CHLREB>PERMIL:190"}},
      {"The Peruvian party is targeting Chilean voters.", {}},
  };
  ExpectEach(cases);
}

// One country's name before the plural form of a verb ("Chile trade") is a
// noun modifier in a headline's noun phrase, not an actor acting; with the
// singular form it acts.
TEST_F(CoderTest, CountryBeforePluralVerbFormIsNoActor) {
  const EventCase cases[] = {
      {"Chile trade with Peru on the rise", {}},
      {"Chile trades with Peru", {"CHL>PER:061"}},
  };
  ExpectEach(cases);
}

// The phrase after "resigned as" or "quit as" is the role given up, not a
// party the resignation is aimed at; a party named after it still is.
TEST_F(CoderTest, RoleAfterResignedAsIsNoTarget) {
  const EventCase cases[] = {
      // (neither the role nor Chile of the sentence before: stepping down
      // with no one named yields to the office holder's own country)
      {"Chile protested. The Peruvian minister resigned as leader of his party.", {"PERGOV>PER:0831"}},
      {"Chile protested. The Peruvian minister quit as head of the ruling party on Monday.", {"PERGOV>PER:0831"}},
      {"The Peruvian minister resigned as leader after pressure from Chile.", {"PERGOV>CHL:0831"}},
  };
  ExpectEach(cases);
}

// An -ing clause opened by "while" or "after" is an adverbial clause of the
// same subject: the verb before it does not govern it, so an intent or
// agreement there does not pass to what it tells.
TEST_F(CoderTest, WhileClauseIsNotGovernedByTheVerbBefore) {
  const EventCase cases[] = {
      {"Chile appears to be prioritizing closer ties with Bolivia while punishing Peru over fishing.", {"CHL>PER:170"}},
      // (governed, the same act is only planned: a threat)
      {"Chile plans to punish Peru over fishing.", {"CHL>PER:137"}},
  };
  ExpectEach(cases);
}

// A participle that describes a noun inside an "if" clause is as
// hypothetical as the condition; after a comma, or outside any condition,
// it is told as done.
TEST_F(CoderTest, ParticipleInsideAConditionIsHypothetical) {
  const EventCase cases[] = {
      {"The men could return to Chile if they are among the Chilean fishermen released by Peru.", {}},
      {"The men are among the Chilean fishermen released by Peru.", {"PER>CHLAGR:0841"}},
      {"The men would return to Chile as the Chilean fishermen released by Peru.", {"PER>CHLAGR:0841"}},
  };
  ExpectEach(cases);
}

// Unnamed people named in what a statement says are its topic, not whom it
// is aimed at; a party named there still is.
TEST_F(CoderTest, PeopleInAStatementsContentAreItsTopic) {
  const EventCase cases[] = {
      {"The Chilean health ministry said that 40 people in Peru were taken to hospital.", {}},
      {"The United Nations warned that thousands of Chilean children could go hungry.", {}},
      {"Chile warned that Peru could face sanctions.", {"CHL>PER:01"}},
  };
  ExpectEach(cases);
}

// Ordering or sending someone back to prison detains them; ordering someone
// to do something is still a demand.
TEST_F(CoderTest, OrderedBackToPrisonIsDetention) {
  const EventCase cases[] = {
      {"A Chilean judge ordered the Peruvian activist back to prison.", {"CHLJUD>PERCVL:173"}},
      {"A Chilean court sent the Peruvian activist back to jail on Monday.", {"CHLJUD>PERCVL:173"}},
      {"Chile ordered Peru to pay the debt.", {"CHL>PER:100"}},
  };
  ExpectEach(cases);
}

// Withdrawing from an organisation reduces relations with it; withdrawing
// from a country or a front is a retreat.
TEST_F(CoderTest, WithdrawingFromAnOrganisationReducesRelations) {
  const EventCase cases[] = {
      {"Chile withdrew from the OAS on Monday.", {"CHL>IGOOAS:160"}},
      {"Chilean troops withdrew from Peru.", {"CHLMIL>PER:0874"}},
  };
  ExpectEach(cases);
}

// A flag or effigy burned is a protest against whom it stands for.
TEST_F(CoderTest, BurningAFlagIsAProtest) {
  const EventCase cases[] = {
      {"Chilean protesters burned the Peruvian flag.", {"CHLCVL>PER:140"}},
      {"Chilean protesters burned the flag of Peru.", {"CHLCVL>PER:140"}},
  };
  ExpectEach(cases);
}

// A border closed or links suspended with a country reduce relations with
// it, announced as a noun as well as done with a verb.
TEST_F(CoderTest, ClosedBordersAndSuspendedLinksReduceRelations) {
  const EventCase cases[] = {
      {"Chile announced the closure of its border with Peru.", {"CHL>PER:160"}},
      {"Chile announced a suspension of flights to Peru.", {"CHL>PER:160"}},
      {"Chile closed its border with Peru.", {"CHL>PER:160"}},
  };
  ExpectEach(cases);
}

// What a proposal or call asks for is not done, also past a participle
// phrase that describes the proposal.
TEST_F(CoderTest, WhatAProposalAsksForIsNotDone) {
  const EventCase cases[] = {
      {"Chile made a proposal for the Security Council to lift sanctions on Peru.", {}},
      {"Chile tabled a proposal drafted last week for the Security Council to lift sanctions on Peru.", {}},
  };
  ExpectEach(cases);
}

// The leader of a gang named in one sentence is the gang's in the next
// ("he" is the gang leader, not the government).
TEST_F(CoderTest, AGangLeaderIsTheGangs) {
  const EventCase cases[] = {
      {"Police in Chile killed Juan Soto, the notorious leader of a Chilean gang, on Friday. "
       "He had opened fire on a police patrol in May.",
       {"CHLCOP>CHLCRM:186", "CHLCRM>CHLCOP:190"}},
  };
  ExpectEach(cases);
}

// What is "yet to" be done has not happened; what was done beside it has.
TEST_F(CoderTest, YetToBeDoneIsNotDone) {
  const EventCase cases[] = {
      {"Chilean officials have yet to comment on the Peruvian claims.", {}},
      {"The treaty between Chile and Peru is yet to be signed.", {}},
      {"Chile has yet to recognize the new government of Peru.", {}},
      {"Chile signed the treaty with Peru but has yet to ratify it.", {"CHL>PER:057"}},
  };
  ExpectEach(cases);
}

// Peacekeepers arriving in a country are their sender's peacekeeping there;
// other troops arriving are not read as help.
TEST_F(CoderTest, PeacekeepersArrivingKeepThePeace) {
  const EventCase cases[] = {
      {"Two hundred Chilean peacekeepers arrived in Haiti on Monday.", {"CHLMIL>HTI:074"}},
      {"A Peruvian peacekeeping contingent arrived in Haiti.", {"PER>HTI:074"}},
      {"Chilean troops arrived in Peru on Monday.", {}},
      // troops that arrive for or on a peacekeeping mission
      {"Chilean troops arrived in Haiti on Monday for a peacekeeping mission.", {"CHLMIL>HTI:074"}},
      {"Two hundred Peruvian soldiers arrived in Haiti on a peacekeeping mission.", {"PERMIL>HTI:074"}},
  };
  ExpectEach(cases);
}

// Asking for a party to be punished rallies opposition against that party;
// asking for its punishment to end is an appeal for its relief.
TEST_F(CoderTest, CallsForSanctionsAgainstAPartyRallyOppositionToIt) {
  const EventCase cases[] = {
      {"Chile called for sanctions against Peru.", {"CHL>PER:113"}},
      {"The Chilean foreign minister on Monday called for tougher sanctions on Peru over the border clash.",
       {"CHLGOV>PER:113"}},
      {"Bolivia urged new sanctions against Peru.", {"BOL>PER:113"}},
      {"Chile pushed for an arms embargo on Peru.", {"CHL>PER:113"}},
      {"Chile called for the lifting of sanctions against Peru.", {"CHL>PER:0254"}},
      {"Chile called for sanctions relief for Peru.", {"CHL>PER:0254"}},
  };
  ExpectEach(cases);
}

// A plain statement verb with no pattern of its own says less than the event
// its object names; the words of that event hold no second one.
TEST_F(CoderTest, AnnouncedEventsAreTheEvent) {
  const EventCase cases[] = {
      {"Denmark announced a suspension of aid to Egypt.", {"DNK>EGY:162"}},
      {"Nigeria announced the deployment of troops to Liberia.", {"NGA>LBR:15"}},
      {"Chile announced on Monday a new partnership with Peru.", {"CHL>PER:05"}},
      // what is only weighed is not done
      {"Chile mulls new export curbs on Peru.", {"CHL>PER:014"}},
  };
  ExpectEach(cases);
}

// A reaction "by" doing something is that act, coded on its own verb.
TEST_F(CoderTest, AReactionByAnActIsTheAct) {
  const EventCase cases[] = {
      {"Peru attacked Chile. Chile retaliated by expelling two Peruvian diplomats.", {"PER>CHL:190", "CHL>PERGOV:166"}},
      {"Peru attacked Chile. Chile retaliated.", {"PER>CHL:190", "CHL>PER:170"}},
      // ... answering the act told just before, not one told pages before
      {"Peru attacked Chile. Chilean farmers rebuilt their homes. Chile retaliated.", {"PER>CHL:190", "CHL>PER:170"}},
      {"Peru attacked Chile. Chilean farmers rebuilt their homes. The harvest was poor. Prices rose in the capital. "
       "Chilean families left the valley. Chile retaliated.",
       {"PER>CHL:190"}},
  };
  ExpectEach(cases);
}

// A bare participle under a clause that coded an event on the party its object
// names continues that act or describes that object: it takes no target from
// an earlier sentence. (A participle after an object naming no one still
// may: "condemned the attack, calling the raid unlawful".)
TEST_F(CoderTest, AParticipleOfACodedClauseTakesNoTargetFromContext) {
  const EventCase cases[] = {
      {"Peru attacked Chile. Bolivia denounced a Chilean court ruling declaring the ban unconstitutional.",
       {"PER>CHL:190", "BOL>CHLJUD:111"}},
      {"Peru attacked Chile. Bolivia condemned the attack, calling the raid unlawful.", {"PER>CHL:190", "BOL>PER:111"}},
  };
  ExpectEach(cases);
}

// What a speaker says another party must do is a demand on that party, by
// what it asks for; what a party says it must do itself is nothing yet.
TEST_F(CoderTest, WhatAnotherMustDoIsADemand) {
  const EventCase cases[] = {
      {"Bolivia says Chile must end its attacks on Peru.", {"BOL>CHL:1056"}},
      {"The Bolivian ambassador said on Tuesday that Chile must mediate with Peru.", {"BOLGOV>CHL:105"}},
      {"Chile said it must defend itself against Peru.", {}},
      // whatever the verb, when it has no pattern of its own
      {"The Bolivian ambassador said the Chilean government must ensure calm.", {"BOLGOV>CHLGOV:100"}},
      // a speaker named by a title after the name; the government of the speaker's country
      {"Ana Ruiz, the former Prime Minister of Peru, said the Peruvian government must ensure calm.",
       {"PERELI>PERGOV:100"}},
      // not the speaker's own country named bare, nor what is to be done to someone
      {"A Chilean senator said Chile must ensure calm.", {}},
      {"Chile said Peru must be treated with respect.", {}},
  };
  ExpectEach(cases);
}

// Pressing a party to act against its will insists as a demand does, and what it is to do
// gives the sub-code; being under pressure is no act.
TEST_F(CoderTest, PressuringSomeoneIsADemand) {
  const EventCase cases[] = {
      {"Bolivia pressured Chile to free the detained fishermen.", {"BOL>CHL:1053"}},
      {"The Peruvian government is pressuring Chile over the border dispute.", {"PERGOV>CHL:100"}},
      {"Bolivia is under pressure from Chile.", {}},
  };
  ExpectEach(cases);
}

// A raised alert or a bigger police presence is named by the verb's own
// object, not by a word further on ("ramped up attacks on security forces").
TEST_F(CoderTest, ForcePostureIsTheVerbsOwnObject) {
  const EventCase cases[] = {
      {"Peruvian rebels ramped up attacks on Chilean security forces.", {"PERREB>CHLCOP:19"}},
      {"Chile boosted cooperation with Peru in several sectors including maritime security.", {"CHL>PER:05"}},
      {"Chile ramped up security in Peru.", {"CHL>PER:151"}},
      // forces kept on alert show force as much as forces put on it
      {"Chilean troops remained on alert against Peruvian forces on the border.", {"CHLMIL>PERMIL:150"}},
      // taking over a place is its seizure; a lead over someone is not
      {"Peruvian rebels took over the Chilean embassy.", {"PERREB>CHLGOV:192"}},
      {"Chile took a commanding lead over Peru in the talks.", {}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, ConfidenceFollowsHowTheEventWasFound) {
  auto confidence_of = [&](const std::string& text) {
    coder_->Code(MakeDocument(text, "2020-06-15", ""), &out_, false);
    EXPECT_EQ(out_.events.size(), 1u) << text << Join(EventKeys(out_.events));
    return out_.events.empty() ? -1.0 : out_.events[0].confidence;
  };
  // a pattern of several words with its target in its slot
  double full = confidence_of("Chile severed diplomatic ties with Bolivia.");
  // the verb's default code, its target the verb's object phrase
  double fallback = confidence_of("Chile terminated its pact with Bolivia.");
  EXPECT_GT(full, fallback);
  EXPECT_GT(fallback, 0.0);
  EXPECT_LE(full, 1.0);

  // --min-confidence: the coder leaves out what is below it
  CoderOptions options;
  options.pipeline.data_dir = testing_util::DataDir();
  options.min_confidence = (full + fallback) / 2;
  auto strict = Coder::Create(options);
  ASSERT_TRUE(strict.ok()) << strict.status().ToString();
  CodedDocument out;
  (*strict)->Code(MakeDocument("Chile terminated its pact with Bolivia.", "2020-06-15", ""), &out, false);
  EXPECT_TRUE(out.events.empty()) << Join(EventKeys(out.events));
  (*strict)->Code(MakeDocument("Chile severed diplomatic ties with Bolivia.", "2020-06-15", ""), &out, false);
  EXPECT_EQ(out.events.size(), 1u);
  options.min_confidence = 1.5;
  EXPECT_FALSE(Coder::Create(options).ok());
}

TEST_F(CoderTest, UnknownSidesAreWrittenOnlyWhenAskedFor) {
  const std::string text = "Two Chilean soldiers were killed in an ambush on Sunday.";
  EXPECT_TRUE(Code(text).empty()) << Join(Code(text));
  CoderOptions options;
  options.pipeline.data_dir = testing_util::DataDir();
  options.unknown_sides = true;
  auto coder = Coder::Create(options);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  CodedDocument out;
  (*coder)->Code(MakeDocument(text, "2020-06-15", ""), &out, false);
  ASSERT_EQ(EventKeys(out.events), std::vector<std::string>{"--->CHLMIL:1823"}) << Join(EventKeys(out.events));
  const Event& e = out.events[0];
  EXPECT_EQ(e.source_text, "");
  EXPECT_EQ(e.source_begin, e.source_end);  // no words: an empty span at the verb
  EXPECT_EQ(e.target_how, "unknown");
  EXPECT_LT(e.confidence, 0.3);
}

TEST_F(CoderTest, AMoodSaidOfNoOneHasAnUnknownTarget) {
  // "said they were pessimistic": the mood (012, 013) is coded, about no one
  // named, only where unknown sides are asked for
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Chilean officials said they were pessimistic.", "CHLGOV>---:012"},
      {"The Peruvian minister is hopeful that the talks will resume.", "PERGOV>---:013"},
  };
  CoderOptions options;
  options.pipeline.data_dir = testing_util::DataDir();
  options.unknown_sides = true;
  auto coder = Coder::Create(options);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  for (const auto& [text, want] : cases) {
    EXPECT_TRUE(Code(text).empty()) << text << ": " << Join(Code(text));
    CodedDocument out;
    (*coder)->Code(MakeDocument(text, "2020-06-15", ""), &out, false);
    EXPECT_EQ(EventKeys(out.events), std::vector<std::string>{want}) << text;
  }
}

TEST_F(CoderTest, AMoodIsAboutWhatItsAboutClauseActsOn) {
  const EventCase cases[] = {
      // the mood names no one; the clause its "about" phrase governs does
      {"Chile expressed pessimism about bringing the Bolivian dispute to an end.", {"CHL>BOL:012"}},
      {"The Chilean deputy expressed concern regarding the stance of the Peruvian government.", {"CHLLEG>PERGOV:012"}},
      {"Chile expressed optimism over ending the Bolivian dispute.", {"CHL>BOL:013"}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, FailingToReachAnAgreementIsRejectingIt) {
  const EventCase cases[] = {
      // the agreement is not reached (an unreal control); the parties disagree
      {"Chile failed to reach an agreement with Peru on fishing rights.", {"CHL>PER:127"}},
      {"Bolivia failed to strike a deal with Chile.", {"BOL>CHL:127"}},
      // (failing to reach someone by phone is no disagreement)
      {"Chile tried to reach Peru by phone but failed.", {}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, AWouldDatedInTheFutureIsAnIntent) {
  const EventCase cases[] = {
      // a report whose speaker is left out: the future of what was said
      {"Chile would hold talks with Peru next week.", {"CHL>PER:036"}},
      // ... but a condition, a question or no date keeps it hypothetical
      {"Chile would hold talks with Peru if Bolivia agreed.", {}},
      {"Would Chile hold talks with Peru next week?", {}},
      {"Chile would hold talks with Peru.", {}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, SectorsAndSelfEvents) {
  const EventCase cases[] = {
      // a domestic event between sectors of one country
      {"Kenyan police arrested opposition supporters in Nairobi.", {"KENCOP>KENOPP:17"}},
      {"Egyptian police arrested protesters in Cairo.", {"EGYCOP>EGYCVL:17"}},
      // the same actor on both sides: no event
      {"Ghana's president praised the Ghanaian government.", {}},
      // a protest that names no one is aimed at the protesters' government;
      // troops marching are not protesters
      {"Kenyan opposition supporters marched through Nairobi on Sunday.", {"KENOPP>KENGOV:141"}},
      {"Thousands of Chilean students rallied in Santiago.", {"CHLEDU>CHLGOV:141"}},
      {"Kenyan troops marched through Nairobi on Sunday.", {}},
      // ... and so is one the protesters agree or refuse to end; a
      // government's is not its own protest
      {"Kenyan teachers will not end the strike until their demands are met.", {"KENEDU>KENGOV:12"}},
      {"Kenyan opposition leaders agreed to call off the protest.", {"KENOPP>KENGOV:03"}},
      {"The Kenyan government refused to end the sit-in.", {}},
      // (nor is a way home a protest)
      {"Kenyan opposition leaders plan to go home.", {}},
      // governments in the plural are no one country's: no event aimed at them
      {"Kenya said on Monday it would host a summit. The African Union urged governments to send aid.", {}},
      // a state freeing, arresting or appealing to its own people, named only
      // by their kind, is a domestic event; its own troops are not a target
      // and neither is the story's "people" when the act is not one a state
      // does to its own
      {"Gabon freed forty detained journalists.", {"GAB>GABMED:0841"}},
      // ... and so is one it refuses or announces (the act's own code, not
      // the refusal's or the intention's, decides); a deportation is not
      {"Gabon will not release the detained journalists.", {"GAB>GABMED:12"}},
      {"Gabon will release forty detained journalists.", {"GAB>GABMED:03"}},
      {"Gabon will not deport the migrants.", {}},
      // an office holder who steps down naming no one yields to the country;
      // a country with no office named is no office holder
      {"The Bolivian president resigned on Sunday after weeks of protests.", {"BOLGOV>BOL:0831"}},
      {"Chile's finance minister stepped down.", {"CHLGOV>CHL:0831"}},
      {"Bolivia resigned from the trade bloc.", {}},
      {"Bolivian students demanded the president quit.", {"BOLEDU>BOLGOV:1041"}},
      // office holders an actor dismisses or replaces, named only by their
      // office, are its own, not of the country the story is about: a
      // state's a domestic event, an armed group's no event (nor is the
      // place after them a target)
      {"Fighting went on across Syria. The Iraqi prime minister dismissed two army commanders.",
       {"IRQGOV>IRQMIL:0831"}},
      {"Fighting went on across Syria. Islamic State replaced several field commanders.", {}},
      {"Fighting went on across Syria. Islamic State replaced several field commanders in Raqqa.", {}},
      {"Chilean opposition supporters quit the march on Sunday.", {}},
      {"The Bolivian president agreed to resign on Sunday.", {"BOLGOV>BOL:0341"}},
      {"The Bolivian president refused to resign.", {"BOLGOV>BOL:124"}},
      // what is given up must be an office: a race or a habit is none
      {"The Chilean interior minister quit his post on Friday.", {"CHLGOV>CHL:0831"}},
      {"The Chilean interior minister resigned her seat in the senate.", {"CHLGOV>CHL:0831"}},
      {"The Chilean interior minister quit the race on Friday.", {}},
      {"The Bolivian president quit smoking.", {}},
      {"Belarus released hundreds of opposition supporters.", {"BLR>BLROPP:0841"}},
      {"Bolivia urged farmers to leave the flooded valley.", {"BOL>BOLAGR:02"}},
      {"Mali sent troops to the north.", {}},
      {"Chad deported dozens of students to Sudan.", {}},
  };
  ExpectEach(cases);
}

TEST_F(CoderTest, RelatedLinksAreNotCoded) {
  std::vector<std::string> got = Code(
      "Egypt imposed sanctions on Libya.\n"
      "- Peru accuses Chile of spying\n"
      "- Ghana and Togo sign trade pact\n"
      "- Iran threatens to attack Israel\n");
  EXPECT_EQ(got, (std::vector<std::string>{"EGY>LBY:163"})) << Explain();
}

TEST_F(CoderTest, EvidenceOffsetsPointIntoTheFullText) {
  Code("On Monday, Egypt imposed new sanctions on Libya. Sudan was attacked by Chadian troops.",
       "Egypt punishes Libya");
  ASSERT_GE(out_.events.size(), 2u) << Join(EventKeys(out_.events)) << Explain();
  const std::string& text = out_.full_text;
  std::set<std::string> verbs;
  for (const Event& e : out_.events) {
    ASSERT_LE(e.source_end, text.size());
    ASSERT_LE(e.target_end, text.size());
    ASSERT_LE(e.verb_end, text.size());
    EXPECT_EQ(text.substr(e.source_begin, e.source_end - e.source_begin), e.source_text);
    EXPECT_EQ(text.substr(e.target_begin, e.target_end - e.target_begin), e.target_text);
    EXPECT_EQ(text.substr(e.verb_begin, e.verb_end - e.verb_begin), e.verb_text);
    verbs.insert(e.source_text + "|" + e.verb_text + "|" + e.target_text);
    const Sentence& s = out_.analysis.sentences[e.sentence];
    EXPECT_GE(e.source_begin, s.begin);
    EXPECT_LE(e.target_end, s.end);
  }
  EXPECT_TRUE(verbs.count("Egypt|imposed|Libya")) << Join({verbs.begin(), verbs.end()});
  EXPECT_TRUE(verbs.count("Chadian troops|was attacked|Sudan")) << Join({verbs.begin(), verbs.end()});
}

// ---- a tiny coder from explicit texts ----------------------------------------

constexpr char kTinyCodebook[] =
    "# code goldstein quad penta plover context name\n"
    "04   1.0  1 1 CONSULT - Consult\n"
    "043  2.8  1 1 CONSULT - Meet at a third location\n"
    "19  -10.0 4 4 FIGHT   - Fight\n"
    "190 -10.0 4 4 FIGHT   - Use conventional military force\n";

// Output offsets are code points; CodePointOffset counts UTF-8 continuation
// bytes eight at a time from samples. Checked against a byte-by-byte count
// at every offset of a text mixing one- to four-byte characters.
TEST_F(CoderTest, CodePointOffsetsAgreeWithCountingEveryByte) {
  std::string text;
  const char* pieces[] = {"Ankara ", "Ümit ", "Zürich ", "北京 ", "São Paulo ", "\xF0\x9F\x99\x82 ", "Kyiv. "};
  for (int i = 0; i < 120; ++i) text += pieces[(i * 5) % 7];
  Code(text);
  const std::string& full = out_.full_text;
  ASSERT_FALSE(out_.continuation_samples.empty());
  uint32_t code_points = 0;
  for (uint32_t b = 0; b <= full.size(); ++b) {
    ASSERT_EQ(out_.CodePointOffset(b), code_points) << "byte " << b;
    if (b < full.size() && (static_cast<unsigned char>(full[b]) & 0xC0) != 0x80) ++code_points;
  }
}

TEST_F(CoderTest, TinyPatternSetCodesOnlyWhatItKnows) {
  auto tiny = EventCoder::FromText(kTinyCodebook, "043.1 043 meet with +\n043.2 043 meet\n");
  ASSERT_TRUE(tiny.ok()) << tiny.status().ToString();
  EXPECT_EQ(tiny.value()->pattern_count(), 2u);
  struct Case {
    const char* text;
    std::vector<std::string> events;
  } cases[] = {
      {"Kenya met with Uganda on Monday.", {"KEN>UGA:043"}},
      {"Kenya met Ugandan officials.", {"KEN>UGAGOV:043"}},
      {"Kenya attacked Uganda.", {}},  // no fighting pattern in this set
  };
  for (const Case& c : cases) {
    coder_->FindActors(MakeDocument(c.text), &out_);
    std::vector<Event> events;
    tiny.value()->Code(out_.analysis, out_.actors, &events);
    EXPECT_EQ(EventKeys(events), c.events) << c.text;
  }
}

TEST(EventPatternsTest, LoaderErrorsNameFileAndLine) {
  struct Case {
    const char* what;
    const char* patterns;
    const char* location;
    const char* words;
  } cases[] = {
      {"unknown code", "043.1 043 meet with +\n099.1 099 scold +\n", "patterns:2:", "099"},
      {"id not of its code", "190.1 043 meet with +\n", "patterns:1:", "190.1"},
      {"id without a number", "043.x 043 meet with +\n", "patterns:1:", "043.x"},
      {"duplicate id", "043.1 043 meet with +\n\n043.1 043 meet\n", "patterns:3:", "043.1"},
      {"duplicate pattern", "# meetings\n043.1 043 meet with +\n043.2 043 meet with +\n", "patterns:3:",
       "meet with +"},
      {"too few fields", "043.1 043\n", "patterns:1:", "PATTERN"},
      {"pattern ends with *", "043.1 043 meet with *\n", "patterns:1:", "*"},
      {"two targets", "043.1 043 meet + with +\n", "patterns:1:", "+"},
  };
  for (const Case& c : cases) {
    auto ec = EventCoder::FromText(kTinyCodebook, c.patterns);
    ASSERT_FALSE(ec.ok()) << c.what;
    const std::string msg = ec.status().message();
    EXPECT_NE(msg.find(c.location), std::string::npos) << c.what << ": " << msg;
    EXPECT_NE(msg.find(c.words), std::string::npos) << c.what << ": " << msg;
  }
}

TEST(EventPatternsTest, CodebookErrorsNameLine) {
  struct Case {
    const char* what;
    const char* codebook;
    const char* location;
  } cases[] = {
      {"bad quad", "04 1.0 1 1 CONSULT - Consult\n043 2.8 7 1 CONSULT - Meet\n", "codebook:2:"},
      {"bad Goldstein", "04 high 1 1 CONSULT - Consult\n", "codebook:1:"},
      {"code twice", "04 1.0 1 1 CONSULT - Consult\n\n04 1.0 1 1 CONSULT - Consult\n", "codebook:3:"},
      {"bad code", "4x 1.0 1 1 CONSULT - Consult\n", "codebook:1:"},
  };
  for (const Case& c : cases) {
    auto ec = EventCoder::FromText(c.codebook, "");
    ASSERT_FALSE(ec.ok()) << c.what;
    EXPECT_NE(ec.status().message().find(c.location), std::string::npos)
        << c.what << ": " << ec.status().message();
  }
}

// ---- shared material: gold events scored as score-events does -----------------

struct GoldEvent {
  std::string source, target, plover;
  std::vector<std::string> codes;
  bool optional = false;
};

struct GoldDoc {
  std::string id;
  std::vector<GoldEvent> events;
};

// Reads the gold events of a JSON Lines gold file.
std::vector<GoldDoc> ReadGold(const std::string& path, std::string* error) {
  std::vector<GoldDoc> docs;
  std::string text = testing_util::ReadFile(path);
  simdjson::dom::parser parser;
  size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element doc;
    if (parser.parse(line).get(doc)) {
      *error = path + ":" + std::to_string(line_no) + ": not JSON";
      return {};
    }
    GoldDoc g;
    std::string_view id;
    int64_t numeric_id;
    if (!doc["id"].get(id)) g.id = std::string(id);
    else if (!doc["id"].get(numeric_id)) g.id = std::to_string(numeric_id);
    simdjson::dom::array events;
    if (!doc["events"].get(events)) {
      for (simdjson::dom::element e : events) {
        GoldEvent ge;
        std::string_view v;
        if (!e["source"].get(v)) ge.source = std::string(v);
        if (!e["target"].get(v)) ge.target = std::string(v);
        if (!e["plover"].get(v)) ge.plover = std::string(v);
        bool opt = false;
        if (!e["optional"].get(opt)) ge.optional = opt;
        simdjson::dom::array codes;
        if (!e["codes"].get(codes)) {
          for (simdjson::dom::element c : codes) {
            if (!c.get(v)) ge.codes.emplace_back(v);
          }
        }
        g.events.push_back(std::move(ge));
      }
    }
    docs.push_back(std::move(g));
  }
  return docs;
}

std::string Upper3(const std::string& s) {
  std::string p = s.substr(0, 3);
  for (char& c : p) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  return p;
}

// score-events' matches(): prefix of source and target, and CAMEO root (or
// the PLOVER type when the gold event gives only that).
bool GoldMatches(const Event& e, const GoldEvent& g) {
  if (Upper3(e.source) != Upper3(g.source) || Upper3(e.target) != Upper3(g.target)) return false;
  if (!g.plover.empty() && g.codes.empty()) {
    std::string a = e.cameo->plover, b = g.plover;
    for (char& c : a) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
    for (char& c : b) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
    return a == b;
  }
  for (const std::string& c : g.codes) {
    if (c.size() >= 2 && e.cameo->code.size() >= 2 && c.substr(0, 2) == e.cameo->code.substr(0, 2)) return true;
  }
  return false;
}

struct Score {
  size_t required = 0, found = 0, predictions = 0, matched = 0;
  std::vector<std::string> missed;
};

// Greedy matching as score-events does it: required gold events first, each
// gold event takes the first unused matching prediction.
void ScoreDocument(const GoldDoc& g, const std::vector<Event>& events, Score* s) {
  s->predictions += events.size();
  std::vector<bool> used(events.size(), false);
  std::vector<const GoldEvent*> order;
  for (const GoldEvent& e : g.events) {
    if (!e.optional) order.push_back(&e);
  }
  for (const GoldEvent& e : g.events) {
    if (e.optional) order.push_back(&e);
  }
  for (const GoldEvent* ge : order) {
    if (!ge->optional) ++s->required;
    size_t hit = events.size();
    for (size_t i = 0; i < events.size(); ++i) {
      if (!used[i] && GoldMatches(events[i], *ge)) {
        hit = i;
        break;
      }
    }
    if (hit == events.size()) {
      if (!ge->optional) s->missed.push_back(g.id + ": " + ge->source + " -> " + ge->target);
      continue;
    }
    used[hit] = true;
    ++s->matched;
    if (!ge->optional) ++s->found;
  }
}

TEST_F(CoderTest, SeedArticleRequiredEventsAndNoEventsFromLinks) {
  const std::string rel = "dev/seed-article.jsonl";
  if (!testing_util::HaveShared(rel)) GTEST_SKIP() << "no " << testing_util::SharedDir() << "/" << rel;
  std::string path = testing_util::SharedDir() + "/" + rel;
  std::string error;
  std::vector<GoldDoc> gold = ReadGold(path, &error);
  ASSERT_TRUE(error.empty()) << error;
  std::vector<Document> docs = testing_util::ReadJsonl(path);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(gold.size(), 1u);
  coder_->Code(docs[0], &out_);
  Score s;
  ScoreDocument(gold[0], out_.events, &s);
  EXPECT_EQ(s.required, 6u) << "the seed article's gold changed";
  EXPECT_EQ(s.found, s.required) << "missed: " << Join(s.missed) << "\n  got: " << Join(EventKeys(out_.events));

  // Its last six lines are links to other stories.
  const std::string& full = out_.full_text;
  size_t cut = full.size();
  while (cut > 0 && full[cut - 1] == '\n') --cut;
  for (int lines = 0; lines < 6 && cut != std::string::npos; ++lines) {
    cut = full.rfind('\n', cut - 1);
  }
  ASSERT_NE(cut, std::string::npos);
  for (const Event& e : out_.events) {
    EXPECT_LT(out_.analysis.sentences[e.sentence].begin, cut)
        << "event from a related-links line: " << e.source << ">" << e.target << ":" << e.cameo->code << " | "
        << e.verb_text;
  }
}

// A floor under dev-set accuracy; the owner raises the thresholds as the
// coder improves.
constexpr double kMinRecall = 0.75;
constexpr double kMinPrecision = 0.75;

TEST_F(CoderTest, DevSetRegression) {
  const std::string rel = "dev/dev-gold.jsonl";
  if (!testing_util::HaveShared(rel)) GTEST_SKIP() << "no " << testing_util::SharedDir() << "/" << rel;
  std::string path = testing_util::SharedDir() + "/" + rel;
  std::string error;
  std::vector<GoldDoc> gold = ReadGold(path, &error);
  ASSERT_TRUE(error.empty()) << error;
  std::vector<Document> docs = testing_util::ReadJsonl(path);
  ASSERT_EQ(docs.size(), gold.size());
  Score s;
  for (size_t i = 0; i < docs.size(); ++i) {
    ASSERT_EQ(docs[i].id, gold[i].id);
    coder_->Code(docs[i], &out_);
    ScoreDocument(gold[i], out_.events, &s);
  }
  ASSERT_GT(s.required, 0u);
  double recall = static_cast<double>(s.found) / s.required;
  double precision = s.predictions ? static_cast<double>(s.matched) / s.predictions : 0.0;
  std::printf("dev set: %zu documents, recall %.4f (%zu/%zu), precision %.4f (%zu/%zu)\n", docs.size(), recall,
              s.found, s.required, precision, s.matched, s.predictions);
  RecordProperty("recall", std::to_string(recall));
  RecordProperty("precision", std::to_string(precision));
  EXPECT_GE(recall, kMinRecall);
  EXPECT_GE(precision, kMinPrecision);
}

// A word in capitals in a sentence-case heading is an acronym ("killed by
// US forces"), not the pronoun; in a heading whose every word is capitalised
// the capitals say nothing ("Turkey Threatens US With Retaliation").
TEST_F(CoderTest, AnAcronymInASentenceCaseHeadingIsAName) {
  std::vector<std::string> got = Code("Peru confirmed the death.", "Chilean rebel chief killed by US forces");
  EXPECT_NE(std::find(got.begin(), got.end(), "USAMIL>CHLREB:1823"), got.end()) << Join(got) << Explain();
  got = Code("Turkey spoke on Monday.", "Turkey Threatens US With Retaliation");
  EXPECT_NE(std::find(got.begin(), got.end(), "TUR>USA:130"), got.end()) << Join(got) << Explain();
}

}  // namespace
// A bare past form of a verb that always takes an object, with no object and a
// place or cause after it, is a participle: its noun suffered the act ("a
// reporter jailed in Freedonia"), so it is never the source. The active verb
// with its object, a "by" phrase and a day after the verb keep their reading. (A jailing or
// detention whose doer goes unnamed is the state's where it happened.)
TEST_F(CoderTest, BareParticipleOfAnObjectVerbIsItsNounsSuffering) {
  const EventCase cases[] = {
      {"Ecuadorian tourist killed in bomb blast in Bolivia", {}},
      {"A Chilean reporter jailed in Bolivia last year died on Sunday.", {"BOL>CHLMED:173"}},
      {"Peru asked for the return of Peruvian fishermen detained in Ecuador.", {"PER>PERAGR:02", "ECU>PERAGR:173"}},
      {"Bolivian soldiers killed two Chilean farmers near the border.", {"BOLMIL>CHLAGR:18"}},
      {"Chilean farmers killed by Bolivian soldiers were buried on Sunday.", {"BOLMIL>CHLAGR:1"}},
      {"Bolivian police arrested on Monday a Chilean smuggler.", {"BOLCOP>CHLCRM:17"}},
  };
  ExpectEach(cases);
}

// The subject of a statement's that-clause that names no one ("people",
// "children", whose country only the story gives) is what the statement is
// about, not its target; a named subject still is.
TEST_F(CoderTest, UnnamedSubjectOfAStatementsThatClauseIsItsTopic) {
  const EventCase cases[] = {
      {"Ghana's health minister said on Friday that the flu had spread. The ministry noted that eleven children "
       "were in hospital.",
       {}},
      {"The Ghanaian government warned that thousands of people could lose their homes.", {}},
      {"The Ghanaian government stated that Togo had closed the border.", {"GHAGOV>TGO:01"}},
      // (a pronoun for the people spoken of is the topic too)
      {"Ghanaian farmers protested on Monday. A government spokesman added that they had been paid.",
       {"GHAAGR>GHAGOV:141"}},
  };
  ExpectEach(cases);
}

// What an appeal or a need for money is for has not happened: "appealed for
// funds to help refugees" and "an appeal for US$ 5 million to assist victims"
// code the appeal, not the help. Help given is still coded.
TEST_F(CoderTest, WhatAnAppealForMoneyIsForIsNotDone) {
  const EventCase cases[] = {
      {"The Red Cross appealed for funds to help refugees in Malawi.", {"NGOICRC>MWIREF:02"}},
      {"The United Nations launched an appeal for US$ 5 million to assist flood victims in Malawi.", {"IGOUNO>MWI:02"}},
      {"The World Food Programme needs $2 million to feed refugees in Malawi.", {}},
      {"The United Nations sent food to help flood victims in Malawi.", {"IGOUNO>MWI:07"}},
  };
  ExpectEach(cases);
}

// A compound subject with no other party acts on itself only in what is done
// together (meeting, settling); mediating, visiting or giving aid is done for
// someone else, so two mediators are not each other's targets.
TEST_F(CoderTest, CoMediatorsAndCoDonorsAreNotEachOthersTargets) {
  const EventCase cases[] = {
      {"The truce was mediated by Norway and Qatar.", {}},
      {"Norway and Qatar intend to deliver food aid.", {}},
      {"Norway and Qatar held talks in Oslo.", {"NOR>QAT:04", "QAT>NOR:04"}},
      {"Peru and Chile agreed to settle their border dispute.", {"PER>CHL:03", "CHL>PER:03"}},
  };
  ExpectEach(cases);
}

// An alert is a police alert (151) only when it says so: a health or
// travel alert about a country is no force posture.
TEST_F(CoderTest, OnlyASecurityAlertIsAPoliceAlert) {
  const EventCase cases[] = {
      {"Kenya issued a travel alert for Uganda.", {}},
      {"Kenya declared a health alert for Uganda.", {}},
      {"Kenya issued a terror alert for Uganda.", {"KEN>UGA:151"}},
  };
  ExpectEach(cases);
}

// A disease or a disaster kills, but is no actor, even with a country's
// adjective in front of it; the same verb with a real subject is coded.
TEST_F(CoderTest, ADiseaseOrDisasterIsNoSource) {
  const EventCase cases[] = {
      {"The Malian cholera outbreak has killed 40 people in Niger.", {}},
      {"A Peruvian flood killed 12 farmers in Bolivia.", {}},
      {"Malian soldiers killed 40 people in Niger.", {"MLIMIL>NERCVL:18"}},
  };
  ExpectEach(cases);
}

// An act spread over decades is background history, not an event of the
// story; the same act on a day is coded.
TEST_F(CoderTest, WhatIsSpreadOverDecadesIsBackground) {
  const EventCase cases[] = {
      {"Cuba defied the United States for decades.", {}},
      {"Basque separatists attacked Spanish police over four decades.", {}},
      {"Cuba defied the United States on Monday.", {"CUB>USA:12"}},
  };
  ExpectEach(cases);
}

// Where a visitor comes from is not whom the visit is to.
TEST_F(CoderTest, AVisitorsFromPhraseIsNotTheVisited) {
  const EventCase cases[] = {
      {"Two Bolivian tourists visiting from Peru were injured on Sunday.", {}},
      {"A Bolivian delegation visiting from Bolivia arrived on Sunday.", {}},
      {"A Bolivian delegation visited Peru on Sunday.", {"BOLGOV>PER:042"}},
  };
  ExpectEach(cases);
}

// What a speaker hopes for or expects another to do is not asserted; one's
// own expectation to act is still an intent.
TEST_F(CoderTest, WhatIsHopedForOrExpectedIsNotDone) {
  const EventCase cases[] = {
      // (the hope itself is an optimistic comment on whom it is about; what
      // is hoped for is not coded)
      {"The Peruvian minister said he hopes Congress can ratify the trade deal with Chile this week.",
       {"PERGOV>PERLEG:013"}},
      {"Peru hopes that Chile will free the fishermen.", {"PER>CHL:013"}},
      {"Peru expects to sign a trade deal with Chile.", {"PER>CHL:03"}},
  };
  ExpectEach(cases);
}

// What is delayed, postponed, encouraged or pressed for has not been done.
TEST_F(CoderTest, WhatIsDelayedIsNotDone) {
  const EventCase cases[] = {
      {"Japan has delayed releasing the Chinese fishermen.", {}},
      {"Japan postponed signing the trade agreement with Peru.", {}},
      // (nor what one was encouraged or pressed to do: the encouragement is
      // coded, not the act)
      {"Iran encouraged Syrian troops to attack Israel.", {"IRN>SYRMIL:02"}},
  };
  ExpectEach(cases);
}

// What someone is, or will be, interested in doing is not done.
TEST_F(CoderTest, WhatOneIsInterestedInDoingIsNotDone) {
  const EventCase cases[] = {
      {"Chile is interested in buying fighter jets from Brazil.", {}},
      {"The Peruvian president will surely be interested in urging Bolivia to reopen the border.", {}},
      {"The Peruvian president urged Bolivia to reopen the border.", {"PERGOV>BOL:02"}},
  };
  ExpectEach(cases);
}

// A gerund phrase that is the subject of the verb after it speaks of an
// act; it does not report one.
TEST_F(CoderTest, AGerundThatIsASubjectIsNotAnEvent) {
  const EventCase cases[] = {
      {"Sending troops to Bolivia would be a mistake for Peru.", {}},
      {"\"Meeting the Chilean president in Lima would not be a concession,\" the Peruvian minister said.", {}},
      {"The Peruvian minister said: \"Meeting the Chilean president in Lima is a good idea.\"", {}},
      // (a verb group with its own tense is done)
      {"The Peruvian minister met the Chilean president in Lima.", {"PERGOV>CHLGOV:04"}},
  };
  ExpectEach(cases);
}

// A thing a country owns ("Sylvania's arms build-up") is no "they": the
// pronoun goes back to the speakers before it.
TEST_F(CoderTest, TheyIsNotAThingACountryOwns) {
  const EventCase cases[] = {
      {"The Group of Seven said it remains worried by Iran's missile build-up. They urged Iran to reduce tension.",
       {"IGOGSEVEN>IRN:02"}},
  };
  ExpectEach(cases);
}

// A secretary-general with no country of their own heads the international
// or non-governmental body named just before, not the story's country.
TEST_F(CoderTest, ASecretaryGeneralHeadsTheBodyNamedBefore) {
  const EventCase cases[] = {
      {"The UN Security Council held an emergency session on Monday. The secretary-general urged Peru to free the "
       "prisoners.",
       {"IGOUNO>PER:02"}},
      {"Amnesty International criticised Chile on Monday. \"Release them,\" said Secretary General Ana Ruiz. "
       "She urged Chile to free the prisoners.",
       {"NGOAMN>CHL:11", "NGOAMN>CHL:02"}},
  };
  ExpectEach(cases);
}

// "He" or "she" opening the sentence after one where a person met, hosted
// or spoke with another continues the subject, not the person met; people
// named in the plural are no "he", and a "he" acted on (a passive subject)
// stays the person met.
TEST_F(CoderTest, APronounAfterAMeetingIsTheHost) {
  const EventCase cases[] = {
      {"The Chilean president met the Peruvian foreign minister on Monday. He urged Peru to free the prisoners.",
       {"CHLGOV>PERGOV:04", "CHLGOV>PER:02"}},
      {"The Kenyan president spoke with the Somali prime minister by phone. He accused Somalia of harbouring "
       "militants.",
       {"KENGOV>SOMGOV:04", "KENGOV>SOM:11"}},
      {"The Chilean president hosted the Peruvian prime minister in Santiago. She praised Peru for its help.",
       {"CHLGOV>PERGOV:04", "CHLGOV>PER:05"}},
      {"Chilean officials met the Peruvian foreign minister on Monday. He urged Chile to free the prisoners.",
       {"CHLGOV>PERGOV:04", "PERGOV>CHL:02"}},
      // (a "he" acted on is the one acted on before: the person met)
      {"The Chilean president met the Peruvian foreign minister. He was later arrested by Bolivian police.",
       {"CHLGOV>PERGOV:04", "BOLCOP>PERGOV:173"}},
  };
  ExpectEach(cases);
}

// "The seizure of a Peruvian tanker by Chile": property seized is the
// party's whose adjective names it.
TEST_F(CoderTest, TheSeizureOfAPartysPropertyIsAimedAtIt) {
  const EventCase cases[] = {
      {"The seizure of a Peruvian tanker by Chile raised tensions.", {"CHL>PER:171"}},
      {"The seizure of Chilean fishing boats by Peru angered Santiago.", {"PER>CHL:171"}},
      {"Bolivia's seizure of Peruvian assets was condemned.", {"BOL>PER:171"}},
  };
  ExpectEach(cases);
}

// "The expulsion of Chilean diplomats from Peru": diplomats a nationality
// names are expelled by the country they are expelled from (166, as for
// the verb), and "Peru's expulsion of Chilean diplomats" is the same act.
TEST_F(CoderTest, TheExpulsionOfDiplomatsFromACountryIsItsAct) {
  const EventCase cases[] = {
      {"The expulsion of Chilean diplomats from Peru angered Santiago.", {"PER>CHLGOV:166"}},
      {"The expulsion of the Bolivian ambassador from Chile was announced on Friday.", {"CHL>BOLGOV:166"}},
      {"Peru's expulsion of Chilean diplomats angered Santiago.", {"PER>CHLGOV:166"}},
  };
  ExpectEach(cases);
}

// A protest made "to" a party is a complaint to it (114), with or without
// what it is about; a protest against a party in the street is a rally.
TEST_F(CoderTest, AProtestMadeToAPartyIsAComplaint) {
  const EventCase cases[] = {
      {"Peru protested to Chile on Monday, saying its boats had been seized.", {"PER>CHL:114"}},
      {"Peru formally protested the arrests to Chile.", {"PER>CHL:114"}},
      {"Peruvian farmers protested against Chile in Lima.", {"PERAGR>CHL:141"}},
  };
  ExpectEach(cases);
}

// "After meeting the Chilean president, the Peruvian minister said ...":
// the meeting is the speaker's, and what follows "said" is the speech (an
// intent, here), not the opening participle.
TEST_F(CoderTest, AfterMeetingSomeoneTheSpeakerSays) {
  const EventCase cases[] = {
      {"After meeting the Chilean president, the Peruvian foreign minister said he would visit Bolivia.",
       {"PERGOV>CHLGOV:040", "PERGOV>BOL:036"}},
      {"While visiting Chile, the Peruvian president said he hoped for a deal.", {"PERGOV>CHL:042"}},
      {"After talks with the Chilean president, the Peruvian minister said she would impose sanctions on Bolivia.",
       {"PERGOV>CHLGOV:046", "PERGOV>BOL:1312"}},
  };
  ExpectEach(cases);
}

// "Talks between Peru and Chile ended": a meeting, talk or visit that ends
// was held; a blockade or an embargo that ends is lifted, not imposed.
TEST_F(CoderTest, AMeetingThatEndedWasHeld) {
  const EventCase cases[] = {
      {"Peru's talks with Chile ended without agreement.", {"PER>CHL:046"}},
      {"Peru's visit to Chile ended on Friday.", {"PER>CHL:042"}},
      {"The Peruvian blockade of Chile ended in May.", {}},
      {"The Peruvian embargo on Chile ended last year.", {}},
  };
  ExpectEach(cases);
}

// "Peru cut ties with Chile, saying ...": a participle after a comma opens a
// clause of its own, so the opening clause still needs its verb, and a word
// after the opening name that can be one ("cut") is it.
TEST_F(CoderTest, AParticipleAfterACommaIsNoVerbOfTheOpeningClause) {
  const EventCase cases[] = {
      {"Peru cut ties with Chile, saying talks had failed.", {"PER>CHL:161"}},
      {"Ghana cut aid to Togo, citing the coup.", {"GHA>TGO:162"}},
      {"Ghana cut aid to Togo, accusing its leaders of fraud.", {"GHA>TGO:162", "GHA>TGOGOV:112"}},
      {"Peru cut ties with Chile.", {"PER>CHL:161"}},
      {"Peru trade officials met Chilean diplomats, hoping to ease tensions.", {"PERGOV>CHLGOV:040"}},
  };
  ExpectEach(cases);
}

// An event noun that is the subject of an undoing verb ("end", "ease",
// "stop") is undone only when the verb has no object or is passive; with an
// object it is the thing that ends something else, and it took place.
TEST_F(CoderTest, AnEventThatEndsSomethingElseTookPlace) {
  const EventCase cases[] = {
      {"Peru's release of two Chilean fishermen ended a long dispute.", {"PER>CHLAGR:0841"}},
      {"The ceasefire between Peru and Chile eased tensions.", {"PER>CHL:0871"}},
      {"Chile's aid to Peru stopped the famine.", {"CHL>PER:07"}},
      {"Peru's blockade of Chilean ports ended.", {}},
      {"The Peruvian embargo on Chile ended last year.", {}},
      {"The Peruvian embargo on Chile was lifted in May.", {"PER>CHL:085"}},
  };
  ExpectEach(cases);
}

// "Peru's call for Chile to free the prisoners": a call, appeal or demand
// for a party to do something is made to that party.
TEST_F(CoderTest, ACallForAPartyToActIsMadeToIt) {
  const EventCase cases[] = {
      {"Ghana's call for Togo to withdraw its troops angered officials.", {"GHA>TGO:020"}},
      {"Peru's appeal for Chile to reopen the border was ignored.", {"PER>CHL:020"}},
      {"Peru's demand for Chile to return the fishermen went unanswered.", {"PER>CHL:100"}},
      {"Peru's call for calm was welcomed.", {}},
  };
  ExpectEach(cases);
}

// "a $3 billion loan": the amount, currency sign and all, is part of the
// phrase of the thing given, so the verb's object is the loan.
TEST_F(CoderTest, AnAmountOfMoneyBelongsToThePhraseOfTheThingGiven) {
  const EventCase cases[] = {
      {"The IMF approved a $3 billion loan for Chile.", {"IGOIMF>CHL:071"}},
      {"Peru extended a $2 billion loan to Bolivia.", {"PER>BOL:071"}},
      {"Chile granted Peru a $750 million credit.", {"CHL>PER:071"}},
      {"Peru gave a €40 million loan to Chile.", {"PER>CHL:071"}},
      {"Peru gave $300 million in aid to Chile.", {"PER>CHL:07"}},
  };
  ExpectEach(cases);
}

// A warning or demand to unnamed people of one's own country to do
// something is advice to the public (an appeal); to another country it stays
// a threat.
TEST_F(CoderTest, AWarningToOnesOwnPublicIsAnAppeal) {
  const EventCase cases[] = {
      {"Floods hit Malawi on Monday. Malawian health officials warned residents to boil their water.",
       {"MWIHLH>MWICVL:020"}},
      {"Malawi warned Zambia to withdraw its troops.", {"MWI>ZMB:13"}},
  };
  ExpectEach(cases);
}

// A hospital is where patients are admitted, not whom an admission of
// responsibility is made to.
TEST_F(CoderTest, AHospitalIsNotWhomAnAdmissionIsMadeTo) {
  const EventCase cases[] = {
      {"Forty Chilean farmers were sick. The Chilean farmers admitted to hospitals in Santiago recovered.", {}},
      {"Peru admitted to the Chilean government that its troops had crossed the border.", {"PER>CHLGOV:015"}},
      // (a claimed attack on a hospital is aimed at the hospital)
      {"Peruvian rebels claimed responsibility for the attack on a hospital in Lima.", {"PERREB>PERHLH:015"}},
  };
  ExpectEach(cases);
}

// "Demonstrate" with an object or a that-clause is to show something; on its
// own it is still a protest.
TEST_F(CoderTest, DemonstratingSomethingIsNoProtest) {
  const EventCase cases[] = {
      {"Kenyan students demonstrated their skills at the fair.", {}},
      {"Kenyan farmers demonstrated last year that the seeds grew well.", {}},
      {"Kenyan students demonstrated outside the ministry on Monday.", {"KENEDU>KENGOV:14"}},
  };
  ExpectEach(cases);
}

// An appeal, a demand or a plain statement (010) by a state's actor to
// unnamed people whose country only the story gave is made to the speaker's
// own people; people named with a country stay that country's.
TEST_F(CoderTest, UnnamedPeopleAppealedToAreTheSpeakersOwn) {
  const std::string story = "Chile held elections on Sunday. Chile counted the votes. ";
  const EventCase cases[] = {
      {"The Peruvian president urged residents to stay calm.", {"PERGOV>PERCVL:02"}},
      {"The Peruvian president urged Chilean residents to stay calm.", {"PERGOV>CHLCVL:02"}},
      {"The Peruvian president urged refugees in Bolivia to stay calm.", {"PERGOV>BOLREF:02"}},
      // (one's own officials ordered about: the same actor, no event)
      {"Peruvian President Ana Ruiz ordered officials to close the border.", {}},
      // so is a plain statement (010) told to them; a denial stays the story's
      {"The Peruvian foreign minister told lawmakers that the talks had failed.", {"PERGOV>PERLEG:010"}},
      {"The Peruvian foreign minister told Chilean lawmakers that the talks had failed.", {"PERGOV>CHLLEG:010"}},
      {"The Peruvian foreign minister denied the claims of lawmakers.", {"PERGOV>CHLLEG:016"}},
  };
  for (const EventCase& c : cases) {
    const std::string text = story + c.text;
    CheckExactly(EventCase{text.c_str(), c.events}, Code(text), Explain());
  }
}

// An unnamed side takes the story's country only while its sentence stays
// there: one that names two or more other countries, and not the story's,
// leaves the side's country unsettled, and no event is coded. One other
// country named is a foreign party acting in the story's country.
TEST_F(CoderTest, UnnamedSideOfASentenceNamingOtherCountriesTakesNoCountry) {
  const std::string story = "Greece held elections on Sunday. Greece counted the votes. ";
  const EventCase cases[] = {
      {"Police arrested travellers from Peru at the border with Chile.", {}},
      {"The Peruvian-Chilean singer praised doctors for their work.", {}},
      {"Police arrested travellers from Peru.", {"GRCCOP>PER:17"}},
      {"The Peruvian singer praised doctors for their work.", {"PER>GRCHLH:05"}},
      {"Greek police arrested travellers from Peru at the border with Chile.", {"GRCCOP>PER:17"}},
      // (unless the clause names a place: police act where they are)
      {"Police are to question travellers landing in Lima from Chile, and monitor them during their stay in Peru.",
       {"PERCOP>CHL:09"}},
      {"Police are to question travellers landing in Lima from Chile, and monitor them during their stay in Greece.",
       {"GRCCOP>CHL:09"}},
  };
  for (const EventCase& c : cases) {
    const std::string text = story + c.text;
    CheckExactly(EventCase{text.c_str(), c.events}, Code(text), Explain());
  }
}

// Police, protesters, students and insurgents that no word gives a country
// act where they live: in the country of the place their clause names, not
// the story's or their target's. Armed forces, officials and businesses
// travel, and keep the country the story gives them.
TEST_F(CoderTest, LocalAgentsActWhereTheirClauseSays) {
  const std::string story = "Chile held elections on Sunday. Chile counted the votes. ";
  const EventCase cases[] = {
      {"Gunmen kidnapped two Bolivian engineers in Peru.", {"PERREB>BOL:18"}},
      {"Police detained three Bolivian students in Lima on Monday.", {"PERCOP>BOLEDU:17"}},
      {"Protesters stormed the Bolivian embassy in Peru.", {"PERCVL>BOLGOV:14"}},
      {"Rebels attacked a convoy of Bolivian peacekeepers in Peru.", {"PERREB>BOLMIL:19"}},
      // (no place named, or the story's own: the story's country)
      {"Police detained three Bolivian students.", {"CHLCOP>BOLEDU:17"}},
      {"Police detained three Bolivian students in Santiago.", {"CHLCOP>BOLEDU:17"}},
      // (those who travel are not placed: with two other countries named,
      // the story's country is unsettled and nothing is coded)
      {"Soldiers detained three Bolivian students in Peru.", {}},
      {"Soldiers detained three Bolivian students.", {"CHLMIL>BOLEDU:17"}},
  };
  for (const EventCase& c : cases) {
    const std::string text = story + c.text;
    CheckExactly(EventCase{text.c_str(), c.events}, Code(text), Explain());
  }
}

// An act named by the object with its doer's possessive is the doer's: a
// verb that judges or answers it is aimed at the doer, not at those the act
// was done to.
TEST_F(CoderTest, AnActNamedWithItsDoersPossessiveIsTheDoers) {
  const EventCase cases[] = {
      {"Peru denounced Chile's detention of two Peruvian fishermen.", {"PER>CHL:11"}},
      {"Bolivia condemned Chile's treatment of Peruvian migrants.", {"BOL>CHL:11"}},
      // (no possessive: those the act was done to, as before)
      {"Peru denounced the detention of two Chilean fishermen.", {"PER>CHLAGR:11"}},
      // (the source's own act: those it was done to)
      {"Peru denounced its own detention of two Chilean fishermen.", {"PER>CHLAGR:11"}},
      // (a "by" phrase after those it was done to names the doer too)
      {"Peru condemned the killing of two Peruvian soldiers by Chilean rebels.", {"PER>CHLREB:111"}},
      // (and as a noun event of its own, the doer acts on those of the "of"
      // phrase; a holder after a participle is still whom an appeal asks)
      {"The killing of two Peruvian soldiers by Chilean rebels drew protests.", {"CHLREB>PERMIL:18"}},
      {"Peru called for the release of hostages held by Chilean rebels.", {"PER>CHLREB:0253"}},
  };
  ExpectEach(cases);
}

// Words that judge an event naming no party judge the place it happened in;
// an act done at a place ("signed an accord in Lima") names a venue. And
// whatever a compound subject did to "each other", each did to the other.
TEST_F(CoderTest, JudgedEventsAtAPlaceAndActsOnEachOther) {
  const EventCase cases[] = {
      {"Peru condemned the coup in Bolivia.", {"PER>BOL:111"}},
      {"Chile welcomed the ceasefire in Colombia.", {"CHL>COL:051"}},
      // (a venue: the signers act on each other)
      {"Peru and Chile signed an accord in Bolivia.", {"PER>CHL:057", "CHL>PER:057"}},
      // (the source's own country is no target)
      {"Peru condemned the attack in Peru.", {}},
      {"Peru and Chile accused each other of violations.", {"PER>CHL:112", "CHL>PER:112"}},
      {"Peru and Bolivia blamed one another for the collapse of the talks.", {"PER>BOL:112", "BOL>PER:112"}},
      // (two parties that restore, resume or establish ties with no one
      // else named do so with each other)
      {"Peru and Chile restored diplomatic ties.", {"PER>CHL:054", "CHL>PER:054"}},
      {"Bolivia and Chile resumed diplomatic relations.", {"BOL>CHL:054", "CHL>BOL:054"}},
      {"Peru restored diplomatic ties.", {}},
      // (accusations and insults traded or exchanged go both ways)
      {"Peru and Chile traded accusations over the border.", {"PER>CHL:112", "CHL>PER:112"}},
      {"Bolivia exchanged insults with Peru.", {"BOL>PER:111"}},
  };
  ExpectEach(cases);
}

// What is denied any reason, sign or chance ("there is little reason to
// think that ...") and what an act only paves the way for are not done.
TEST_F(CoderTest, WhatThereIsNoReasonForOrAWayIsPavedForIsNotDone) {
  const EventCase cases[] = {
      {"There is little reason to think that the Peruvian and Chilean leaders will meet this year, an analyst said.",
       {}},
      {"There is no reason to believe that the Peruvian and Chilean leaders will meet, the minister said.", {}},
      {"Peru and Chile signed a treaty, paving the way for deepening their military cooperation.",
       {"PER>CHL:057", "CHL>PER:057"}},
      // guards: what is said to be meant, and a treaty signed
      {"The Peruvian and Chilean leaders will meet this year, the minister said.",
       {"PERGOV>CHLGOV:036", "CHLGOV>PERGOV:036"}},
      {"Peru and Chile deepened their military cooperation.", {"PER>CHL:062", "CHL>PER:062"}},
  };
  ExpectEach(cases);
}

// States, governments and international bodies protest through diplomatic
// channels: an official complaint (114). People demonstrate (14).
TEST_F(CoderTest, AStateThatProtestsComplainsOfficially) {
  const EventCase cases[] = {
      {"Peru protested Chile's new map of the border.", {"PER>CHL:114"}},
      {"The Peruvian foreign ministry protested Chile's decision to close the border.", {"PERGOV>CHL:114"}},
      {"The United Nations protested Chile's expulsion of aid workers.", {"IGOUNO>CHL:114"}},
      // (people, students, counted demonyms: a demonstration)
      {"Peruvian students protested against the Chilean embassy.", {"PEREDU>CHLGOV:14"}},
      {"Thousands of Peruvians protested outside the Chilean embassy.", {"PERCVL>CHLGOV:14"}},
  };
  ExpectEach(cases);
}

// What a reported "must" asks for, and what is done "without", are not done:
// neither the noun events inside them nor their verbs.
TEST_F(CoderTest, WhatMustBeDoneOrIsDoneWithoutIsNotDone) {
  const EventCase cases[] = {
      {"Father Juan Perez said that the Kenyan government must ensure protection for Ugandan refugees.", {}},
      {"Kenyan police buried the man without allowing Ugandan officials to see the body.", {}},
      {"Kenya left the summit without meeting Uganda.", {}},
      // (a noun after "without" is no act of the clause)
      {"Kenya met Uganda without preconditions.", {"KEN>UGA:04"}},
  };
  ExpectEach(cases);
}

// A strike called off "against" someone eases the dissent aimed at them;
// what one waits to do, or waits for another to do, is not done yet; what a
// verb undoes (lifts, ends) was in place before; a meal shared is a meeting.
TEST_F(CoderTest, StrikesCalledOffActsWaitedForOrUndoneAndMeals) {
  const EventCase cases[] = {
      {"Kenyan dock workers called off a strike against the Ugandan port company.", {"KENLAB>UGABUS:08"}},
      {"Kenya is waiting to sign the deal with Uganda.", {}},
      {"Kenya waited for Uganda to sign the deal.", {}},
      // what a verb undoes was in place before: no event of the clause
      {"The Kenyan siege of the Ugandan town was lifted on Monday.", {}},
      {"The Kenyan blockade of Ugandan ports was eased on Monday.", {}},
      {"Kenya agreed to a ceasefire halting Uganda's incursion into Kenya.", {}},
      // stopping another's act is no de-escalation of one's own; stopping
      // one's own, or easing a blockade named by its place, is
      {"Kenya strengthened its forces to stop possible Ugandan military action.", {}},
      {"Kenya halted its offensive against Uganda.", {"KEN>UGA:08"}},
      {"Kenya eased the Mombasa blockade of Ugandan ships.", {"KEN>UGA:08"}},
      // (only its subject or object: "stopped work in a strike" strikes)
      {"Kenyan employees stopped work in a strike against the Ugandan company.", {"KENLAB>UGABUS:14"}},
      // a meal taken with someone is a meeting
      {"The Kenyan president had lunch with the Ugandan president.", {"KENGOV>UGAGOV:04"}},
  };
  ExpectEach(cases);
}

// What a body is assigned or entrusted to do is its task, not something it
// did.
TEST_F(CoderTest, WhatOneIsAssignedToDoIsNotDone) {
  const EventCase cases[] = {
      {"A Kenyan police unit assigned to investigate Ugandan smugglers has twelve officers.", {}},
      {"Kenya entrusted a judge to investigate the Ugandan traders.", {}},
      {"Kenyan police investigated Ugandan smugglers.", {"KENCOP>UGACRM:09"}},
  };
  ExpectEach(cases);
}

// A noun event that the clause's verb wants, seeks or prevents has not
// happened; one the verb carries out has.
TEST_F(CoderTest, AnEventWantedOrPreventedIsNotDone) {
  const EventCase cases[] = {
      {"Sudan wanted the release of Chadian prisoners.", {}},
      {"Sudan prevented the release of Chadian prisoners.", {}},
      {"Sudan completed the release of Chadian prisoners.", {"SDN>TCDCVL:0841"}},
      // (nor what an act paved the way for)
      {"Sudanese officials said the vote paved the way for the annexation of Chadian villages by Sudan.", {}},
      {"Sudanese officials said the decree completed the annexation of Chadian villages by Sudan.", {"SDN>TCD:192"}},
  };
  ExpectEach(cases);
}

// A state that appeals for the release of its own people appeals to whoever
// holds them, not to them: its people named after "of" or as the release's
// owner are no target; the holder named by "held by", "detained in" or "from" is.
TEST_F(CoderTest, AStatesOwnPeopleToBeFreedAreNotWhomItAppealsTo) {
  const EventCase cases[] = {
      {"Kenya called for the release of the jailed Kenyan reporter.", {}},
      {"Kenya called for the Kenyan reporter's immediate release.", {}},
      {"Kenyan officials urged the release of Kenyan fishermen.", {}},
      {"Kenya demanded the release of Kenyan sailors.", {}},
      {"Kenya called for the release of Kenyan fishermen held by Somali pirates.", {"KEN>SOMCRM:0253"}},
      {"Kenya demanded the release of the hostages held by Uganda.", {"KEN>UGA:1053"}},
      // (or where a participle after them says they are held)
      {"Kenya demanded the release of a Kenyan reporter detained in Uganda.", {"KEN>UGA:1053"}},
      {"Kenya sought the return of its cattle from Uganda.", {"KEN>UGA:0253"}},
      // (asking the holder itself is aimed at it, as before)
      {"Kenya urged Uganda to release the fishermen.", {"KEN>UGA:0253"}},
      {"Kenya demanded the release of Kenyan prisoners from Uganda.", {"KEN>UGA:1053"}},
      // (another's people are mostly held by their own state: kept)
      {"Kenya called for the release of the jailed Ugandan reporter.", {"KEN>UGAMED:0253"}},
      // (nor is a rebel group a state: its country's people are held by it)
      {"Kenyan rebels demanded the release of jailed Kenyan students.", {"KENREB>KENEDU:1053"}},
  };
  ExpectEach(cases);
}

// A refusal of someone's call to free people is aimed at whoever called for
// it, named before the call ("a Kenyan call", "Kenya's request"), as it is
// when named after it ("calls by Kenya").
TEST_F(CoderTest, ARefusedCallToFreeIsAimedAtTheCaller) {
  const EventCase cases[] = {
      {"Uganda rejected a Kenyan call to release three activists.", {"UGA>KEN:1243"}},
      {"Uganda rejected Kenya's request to free the fishermen.", {"UGA>KEN:1243"}},
      {"Uganda rejected calls by Kenya to release the prisoners.", {"UGA>KEN:1243"}},
  };
  ExpectEach(cases);
}

// What a speaker calls necessary ("it is imperative that ...") is asked
// for, not done, in each clause the phrase introduces; what is called clear
// is still asserted.
TEST_F(CoderTest, WhatIsSaidToBeNecessaryIsNotDone) {
  const EventCase cases[] = {
      {"It is imperative that aid agencies provide food to Malian refugees, the minister said.", {}},
      {"It is essential that the Sudanese army stop the attacks on Chad and that Sudanese officials meet Chadian "
       "officials.",
       {}},
      {"It is clear that the Sudanese army attacked Chad.", {"SDNMIL>TCD:19"}},
  };
  ExpectEach(cases);
}

// People named in the plural ("lawmakers", "the two leaders") are what a
// later "they" or "their" stands for, not a country named before them.
TEST_F(CoderTest, PeopleInThePluralAreThey) {
  const EventCase cases[] = {
      {"Uganda closed the border on Monday. Kenyan lawmakers were angry. They accused Uganda of blocking trade.",
       {"KENLEG>UGA:112"}},
      {"Uganda closed the border. The two Kenyan leaders sidestepped questions about their policies.", {}},
  };
  ExpectEach(cases);
}

// A show of force takes the story's adversary as its target only when it is
// one: an armed force acts, or the clause names forces or arms. An alert
// over a disease is aimed at no one.
TEST_F(CoderTest, OnlyAShowOfForceIsAimedAtTheStorysAdversary) {
  const EventCase cases[] = {
      {"Sweden accused Norway of hiding the outbreak. Sweden has been on high alert since the virus was found.",
       {"SWE>NOR:112"}},
      {"Sweden accused Norway of violating its waters. Sweden put its troops on high alert.",
       {"SWE>NOR:112", "SWE>NOR:15"}},
  };
  ExpectEach(cases);
}

// A noun event a speaker's verb of saying takes as its object is what is
// said, not the speaker's own act.
TEST_F(CoderTest, ANounEventThatIsSaidIsNotTheSpeakers) {
  const EventCase cases[] = {
      {"The Chilean minister said the release of the Peruvian prisoners gives hope.", {}},
      {"The Chilean minister noted the release of the Peruvian prisoners.", {}},
      {"The Chilean minister completed the release of the Peruvian prisoners.", {"CHLGOV>PERCVL:0841"}},
  };
  ExpectEach(cases);
}

// The members of a compound subject are each other's targets only in what
// is done together with no other party: an intent to visit is no intent to
// meet each other, while one to meet is; talking to others named is not.
TEST_F(CoderTest, AnIntentToVisitIsNoMeetingOfTheVisitors) {
  const EventCase cases[] = {
      {"Peruvian doctors and Peruvian teachers will visit the area next week.", {}},
      {"Peruvian doctors and Chilean teachers will meet next week.", {"PERHLH>CHLEDU:036", "CHLEDU>PERHLH:036"}},
      // (nor is talking to a party the pattern names, though set aside)
      {"Chilean lawmakers and a Chilean bishop talked to protesters.", {}},
  };
  ExpectEach(cases);
}

// What a verb says there is no sign or mention of is not done; a pledge the
// verb makes known still is an intent.
TEST_F(CoderTest, WhatThereIsNoSignOfIsNotDone) {
  const EventCase cases[] = {
      {"Peru gave no sign of a plan to withdraw its troops from Chile.", {}},
      {"Peru made no mention of its pledge to lift sanctions on Chile.", {}},
      {"Peru made public its pledge to lift sanctions on Chile.", {"PER>CHL:0354"}},
  };
  ExpectEach(cases);
}

// In a sentence about the future, a present tense after "once", "after",
// "until" or "before" is still to come; a past tense there has happened.
TEST_F(CoderTest, APresentTenseUnderAFutureIsStillToCome) {
  const EventCase cases[] = {
      {"Lima would plan further steps with Quito after the Chilean army takes full control of Bolivian villages.", {}},
      {"Peru will close the border until the Chilean army withdraws from Bolivian villages.", {}},
      {"The border reopened after Chile signed the treaty with Bolivia.", {"CHL>BOL:057"}},
  };
  ExpectEach(cases);
}

// A security patrol is the police: firing on one is aimed at them.
TEST_F(CoderTest, ASecurityPatrolIsThePolice) {
  const EventCase cases[] = {
      {"Gunmen fired on a Jordanian security patrol near the border.", {"JORREB>JORCOP:19"}},
  };
  ExpectEach(cases);
}

// A capital right before an event noun says where it happens ("a Lima
// rally"); a capital's possessive says whose it is ("Lima's rally").
TEST_F(CoderTest, ACapitalBeforeAnEventNounIsWhere) {
  const EventCase cases[] = {
      {"A Lima rally in support of Chilean miners drew thousands.", {}},
      {"Lima's rally in support of Chilean miners drew thousands.", {"PERGOV>CHLLAB:053"}},
  };
  ExpectEach(cases);
}

// A weapon tested or shown is its holder's show of force: the country that
// made it is no target; airspace violated is its country's.
TEST_F(CoderTest, AWeaponsMakerIsNoTargetOfAShowOfForce) {
  const EventCase cases[] = {
      {"Peru tested a Chilean missile on Monday.", {}},
      {"Chilean jets violated Peruvian airspace on Monday.", {"CHLMIL>PER:150"}},
  };
  ExpectEach(cases);
}

// "whose" opens a relative clause whose subject is the thing possessed: the
// workers' wages provide, not the workers; a union of the miners is theirs.
TEST_F(CoderTest, WhoseOpensTheSubjectOfARelativeClause) {
  const EventCase cases[] = {
      {"Peru welcomed Chilean workers whose wages provide Bolivian families with food.", {"PER>CHLLAB:043"}},
      {"Peru welcomed Chilean miners whose union attacked Bolivian police.", {"PER>CHLLAB:043", "CHLLAB>BOLCOP:190"}},
  };
  ExpectEach(cases);
}

// An infinitive after a bare participle that tells what its noun suffered
// ("people injured in the blast") is the purpose of the active clause before.
TEST_F(CoderTest, APurposeAfterWhatPeopleSufferedIsTheDoers) {
  const EventCase cases[] = {
      {"Chilean police interviewed people injured in the blast to investigate Bolivian smugglers.",
       {"CHLCOP>CHLCVL:090", "CHLCOP>BOLCRM:090"}},
  };
  ExpectEach(cases);
}

// Forces strengthened are an ally's: whose they are is no target of the show
// of force; forces bolstered against someone are aimed at them.
TEST_F(CoderTest, WhoseForcesAreBolsteredIsNoTarget) {
  const EventCase cases[] = {
      {"Chilean troops arrived on Monday to bolster those of Peru.", {}},
      {"Chile bolstered its forces against Peru.", {"CHL>PER:154"}},
  };
  ExpectEach(cases);
}

// The one a report is "according to" is not the doer of what it reports,
// even when no comma parts the two.
TEST_F(CoderTest, WhomAReportIsAccordingToIsNotTheDoer) {
  const EventCase cases[] = {
      {"According to the Red Cross H7N9 has killed many Peruvian farmers.", {}},
      {"According to the Red Cross, Chilean rebels attacked Peruvian farmers.", {"CHLREB>PERAGR:190"}},
  };
  ExpectEach(cases);
}

// A meeting that is won or lost is a match, and contact come into is nearness: no
// consultation; a meeting held or contact made is.
TEST_F(CoderTest, AMatchOrNearnessIsNoConsultation) {
  const EventCase cases[] = {
      {"Peru had won all ten previous meetings with Chile.", {}},
      {"Peru lost its last meeting with Chile.", {}},
      {"Peru held meetings with Chile.", {"PER>CHL:040"}},
      // (what people come into is nearness)
      {"Peruvian nurses had come into contact with Chilean tourists.", {}},
      {"Peruvian officials made contact with Chilean officials.", {"PERGOV>CHLGOV:040"}},
  };
  ExpectEach(cases);
}

// Returning to work "in" a place is no easing of dissent aimed at the
// place; easing restrictions there is aimed at its people.
TEST_F(CoderTest, ReturningToWorkSomewhereIsNotAimedAtThePlace) {
  const EventCase cases[] = {
      {"Peruvian miners returned to work in Chile on Monday.", {}},
      {"Peru eased restrictions in Chile on Monday.", {"PER>CHL:081"}},
  };
  ExpectEach(cases);
}

// A noun event ("meetings with", "talks with") in the phrase of a clause
// that announces a plan ("is scheduled to", "will") is an intent, as the
// clause's own verb would be; in a past clause it is the act.
TEST_F(CoderTest, ANounEventUnderAPlanIsAnIntent) {
  const EventCase cases[] = {
      {"The Peruvian foreign minister is scheduled to travel to Quito on Monday for meetings with Ecuadorian "
       "officials.",
       {"PERGOV>ECUGOV:036"}},
      {"The Peruvian foreign minister travelled to Quito on Monday for meetings with Ecuadorian officials.",
       {"PERGOV>ECUGOV:042"}},
  };
  ExpectEach(cases);
}

// A warning given to someone is a threat to them, in either order of the
// two objects.
TEST_F(CoderTest, AWarningGivenIsAThreat) {
  const EventCase cases[] = {
      {"Chile gave Peru a stern and public warning on Monday.", {"CHL>PER:130"}},
      {"Chile gave a clear warning to Peru.", {"CHL>PER:130"}},
  };
  ExpectEach(cases);
}

// A bare present tense in a relative clause tells what someone habitually
// does ("neighbours which import wheat", "a charity that provides food"), not
// an event of the story; a past tense there is one.
TEST_F(CoderTest, APresentTenseInARelativeClauseIsHabitual) {
  const EventCase cases[] = {
      {"Prices have risen in Chile and Bolivia, which import wheat from Argentina.", {}},
      {"Prices have risen in Chile and Bolivia, which imported wheat from Argentina in May.",
       {"CHL>ARG:061", "BOL>ARG:061"}},
      {"She works for a Chilean charity that provides food to refugees from Peru.", {}},
      {"She works for a Chilean charity that provided food to refugees from Peru last week.", {"CHLNGO>PERREF:073"}},
      // (a main clause's present still codes: a headline or a report of today)
      {"The Chilean Red Cross provides food to refugees from Peru.", {"NGOICRC>PERREF:073"}},
  };
  ExpectEach(cases);
}

// Who "stands accused" or "stood charged" is accused, not accusing; the act
// they are charged with is not asserted.
TEST_F(CoderTest, WhoStandsAccusedIsNoAccuser) {
  const EventCase cases[] = {
      {"Two Ivorian soldiers stand accused of the bombing of a French base.", {}},
      {"Two Peruvian officers stood charged with the killing of a Chilean journalist.", {}},
      {"Peru accused Chile of the bombing of a Bolivian base.", {"PER>CHL:112"}},
  };
  ExpectEach(cases);
}

// What a subject "is expected to" do, down the chain of verbs it governs,
// is others' prediction; what it plans or expects to do is its intent.
TEST_F(CoderTest, WhatOneIsExpectedToDoIsAPrediction) {
  const EventCase cases[] = {
      {"The Peruvian president is expected to discuss upgrading defence ties with Chile.", {}},
      {"The Peruvian president plans to discuss upgrading defence ties with Chile.", {"PERGOV>CHL:036"}},
  };
  ExpectEach(cases);
}

// Handing something over to a party provides it; people and power handed
// over keep their own codes.
TEST_F(CoderTest, HandingSomethingOverProvidesIt) {
  const EventCase cases[] = {
      {"Chile handed over two new ambulances and medical supplies to the Bolivian health ministry on Monday.",
       {"CHL>BOLHLH:070"}},
      {"Chile handed over the suspect to Peruvian police.", {"CHL>PERCOP:063"}},
      {"The Chilean army handed over power to a civilian government.", {"CHLMIL>CHLGOV:0831"}},
  };
  ExpectEach(cases);
}

// "When it comes to" is an idiom: its "it" is no party that came anywhere.
TEST_F(CoderTest, WhenItComesToIsNoVisit) {
  const EventCase cases[] = {
      {"Peru sent troops to Chile. Voters in Peru are mostly negative when it comes to Chilean opposition figures.",
       {"PER>CHL:154"}},
      // (the clause it opens keeps its own subject)
      {"Peru sent troops to Chile. When it comes to trade, Peru praised Chile.", {"PER>CHL:154", "PER>CHL:051"}},
  };
  ExpectEach(cases);
}

// Attending a meeting consults the body it is of; observers sent to a
// country cooperate with it in kind; a visit or summit called off rejects
// the meeting even where the sentence names the other side only in a
// phrase of its own.
TEST_F(CoderTest, AttendDeployObserversAndCancelledVisit) {
  const EventCase cases[] = {
      {"The Peruvian president attended a summit of the African Union on Monday.", {"PERGOV>IGOAFU:040"}},
      {"Chile deployed electoral monitors in Bolivia ahead of the vote.", {"CHL>BOL:060"}},
      {"Chile sent a team of observers to Bolivia.", {"CHL>BOL:060"}},
      {"The Peruvian foreign minister cancelled his planned trip, angering Chile.", {}},
      {"The Peruvian foreign minister abruptly cancelled a meeting of the Andean Community.", {"PERGOV>IGOANDC:125"}},
      // (troops deployed keep their own code)
      {"Chile deployed troops in Bolivia.", {"CHL>BOL:154"}},
  };
  ExpectEach(cases);
}

// Settlements named as places people live in or goods come from are standing
// background, not a seizure of land; building or setting one up still is.
TEST_F(CoderTest, ExistingSettlementsAreNoOccupation) {
  const EventCase cases[] = {
      {"Thousands of Peruvians live in settlements in northern Chile.", {}},
      {"Shops must label goods made in Peruvian settlements on Chilean land.", {}},
      {"Peru built new settlements in northern Chile.", {"PER>CHL:192"}},
  };
  ExpectEach(cases);
}

// Whom one works with on an act of purpose is a fellow agent of that act,
// not its target; a partner met to discuss something still is.
TEST_F(CoderTest, WorkingWithSomeoneToActSharesNoTarget) {
  const EventCase cases[] = {
      {"Peruvian police worked with the Chilean army to investigate.", {"PERCOP>CHLMIL:050"}},
      {"Peruvian firms are working with the Chilean government to provide money to flood victims.",
       {"PERBUS>CHLGOV:050"}},
      {"Peruvian police worked with the Chilean army to help Bolivia.", {"PERCOP>CHLMIL:050", "PERCOP>BOL:033"}},
  };
  ExpectEach(cases);
}

// The "to" phrase of an envoy's title says where the envoy is posted; it is
// no party the clause acts on. An envoy who is acted on keeps it.
TEST_F(CoderTest, EnvoyTitleNamesNoTarget) {
  const EventCase cases[] = {
      {"Peru denied that the Chilean Ambassador to the European Union John Smith lied.", {"PER>CHLGOV:016"}},
      {"Chile named a new ambassador to Peru.", {"CHL>PER:054"}},
  };
  ExpectEach(cases);
}

// What a court convicts someone of, or police charge them with, is the
// accused's act: the court or the police did not do it.
TEST_F(CoderTest, ConvictedOfIsTheAccusedsAct) {
  const EventCase cases[] = {
      {"A Peruvian court convicted the Chilean man of kidnapping a Bolivian girl.", {"PERJUD>CHL:116"}},
      {"Peruvian police charged two men with kidnapping a Bolivian girl.", {"PERCOP>PERCVL:173"}},
      // (an appositive between the accused and the act changes nothing)
      {"A Peruvian jury deliberated for an hour before convicting Webb, 51, of kidnapping the girl.", {}},
  };
  ExpectEach(cases);
}

// "considers X biased": the participle says what the object is; a finite
// verb after "and" goes back to the one who considers, not to the object.
TEST_F(CoderTest, SmallClauseObjectIsNoSubjectOfCoordinatedVerb) {
  const EventCase cases[] = {
      {"Peru considers Chile biased and has rejected Bolivia as a mediator.", {"PER>BOL:120"}},
      // (an embedded clause with its own subject keeps it)
      {"Peru says Chile retreated and has rejected Bolivia as a mediator.", {"CHL>BOL:120"}},
  };
  ExpectEach(cases);
}

// After a relative clause set off by commas, ", and" goes back to the
// clause it hangs on; without the commas the relative clause may go on.
TEST_F(CoderTest, CommaAndAfterRelativeClauseResumesMainClause) {
  const EventCase cases[] = {
      {"The Peruvian minister praised the Chilean envoys, who had arrived late, and criticised Bolivia.",
       {"PERGOV>CHLGOV:051", "PERGOV>BOL:111"}},
      {"The Peruvian minister praised the Chilean envoys who arrived late and criticised Bolivia.",
       {"PERGOV>CHLGOV:051", "CHLGOV>BOL:111"}},
  };
  ExpectEach(cases);
}

// Whoever is "held hostage" or "held captive" with no object after it is the
// one held, not the holder: no abduction by the captives, nor by whoever
// announces their release.
TEST_F(CoderTest, WhoIsHeldHostageIsNoHostageTaker) {
  const EventCase cases[] = {
      {"Twelve Greek sailors, held captive in Somalia for two months, have been freed.", {}},
      {"France announced the release of a French engineer held hostage in Mali for a year.", {}},
      {"Somali pirates held twelve Greek sailors hostage for two months.", {"SOMCRM>GRCCVL:181"}},
  };
  ExpectEach(cases);
}

// What a party is reluctant, unwilling or unable to do it does not do.
TEST_F(CoderTest, WhatOneIsReluctantOrUnableToDoIsNotDone) {
  const EventCase cases[] = {
      {"The Kremlin signalled its reluctance to fully endorse the U.S. proposal.", {}},
      {"Kenya expressed its unwillingness to send troops to Somalia.", {}},
      // (nor what it has trouble doing)
      {"The Kenyan president says he has trouble even meeting Somali leaders.", {}},
      {"Kenya had difficulty sending aid to Somalia.", {}},
  };
  ExpectEach(cases);
}

// A wire story's byline ("X contributed to this report") is no aid given,
// even where unknown sides are asked for; troops or money contributed still are.
TEST_F(CoderTest, ABylineIsNoContribution) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"Jane Roe contributed to this report from the United Nations.", {}},
      {"Chilean correspondent Ana Ruiz contributed to this report.", {}},
      {"Norway contributed to the fund for Somali refugees.", {"NOR>SOMREF:070"}},
  };
  CoderOptions options;
  options.pipeline.data_dir = testing_util::DataDir();
  options.unknown_sides = true;
  auto coder = Coder::Create(options);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  for (const auto& [text, want] : cases) {
    CodedDocument out;
    (*coder)->Code(MakeDocument(text, "2020-06-15", ""), &out, false);
    EXPECT_EQ(EventKeys(out.events), want) << text << ": " << Join(EventKeys(out.events));
  }
}

// Harm from a disease, a disaster or a mishap has no unknown attacker, even
// where unknown sides are asked for; harm in a fight, an ambush or a strike
// still has one.
TEST_F(CoderTest, HarmFromAMishapHasNoUnknownAttacker) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"Three Chilean soldiers were killed in a helicopter crash on Monday.", {}},
      {"An elderly Peruvian woman was struck by a car in Lima.", {}},
      {"Two Bolivian farmers were killed when a large tree fell on their hut.", {}},
      {"A gas leak killed four Chilean miners.", {}},
      {"The H5N1 strain has killed twenty Peruvian farmers since March.", {}},
      {"Six Bolivian villagers were killed in the region from the disease.", {}},
      {"A Chilean farmer was struck by lightning on Sunday.", {}},
      // (an attack, a clash or an ambush still has an unknown doer)
      {"Two Chilean soldiers were killed in an ambush on Sunday.", {"--->CHLMIL:1823"}},
      {"Four Peruvian policemen were injured in clashes with protesters.", {"--->PERCOP:182"}},
      {"Three Bolivian soldiers were killed in their truck near the border.", {"--->BOLMIL:1823"}},
      {"The truck hit a mine and was attacked with gunfire, killing all the Chilean passengers.", {"--->CHLCVL:1823"}},
  };
  CoderOptions options;
  options.pipeline.data_dir = testing_util::DataDir();
  options.unknown_sides = true;
  auto coder = Coder::Create(options);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  for (const auto& [text, want] : cases) {
    CodedDocument out;
    (*coder)->Code(MakeDocument(text, "2020-06-15", ""), &out, false);
    EXPECT_EQ(EventKeys(out.events), want) << text << ": " << Join(EventKeys(out.events));
  }
}

// What a sentence's opening condition joins with "and" is as hypothetical as
// the condition.
TEST_F(CoderTest, WhatIsJoinedToAnOpeningConditionIsHypothetical) {
  const EventCase cases[] = {
      {"If Chile agrees and Peru releases the prisoners, the talks will resume.", {}},
      {"If you are Peru and you release the prisoners, your influence goes down.", {}},
      {"Chile agreed and Peru released the Chilean prisoners.", {"PER>CHLCVL:0841"}},
  };
  ExpectEach(cases);
}

// Who is said to be responsible for mass killings or massacres did them, to
// whom the phrase after them names; a denial of it is no event.
TEST_F(CoderTest, ResponsibleForMassKillings) {
  const EventCase cases[] = {
      {"The Sudanese army is responsible for mass killings, lootings and arson throughout Darfur.", {"SDNMIL>SDN:202"}},
      {"The rebels were responsible for the massacre of villagers in Mali.", {"MLIREB>MLICVL:202"}},
      {"Chad was not responsible for the mass killings in Niger.", {}},
  };
  ExpectEach(cases);
}

// Examples of what a pattern has just read ("such as X", ", including X,")
// are passed over to the words it reads next.
TEST_F(CoderTest, ExamplesAfterAPatternWordArePassedOver) {
  const EventCase cases[] = {
      {"Japan sent aid, including food and tents, to Nepal.", {"JPN>NPL:07"}},
      {"Chile sent supplies and staff such as doctors to Peru.", {"CHL>PER:07"}},
      // (the comma that opens them is theirs too: a noun pattern reads on)
      {"Ghana announced the deployment of 400 troops, including 20 officers, to Mali.", {"GHA>MLI:154"}},
      {"Ghana announced the deployment of 400 troops, such as engineers, to Mali.", {"GHA>MLI:154"}},
      // (not without the comma that closes them: "those from Oxfam" is theirs)
      {"Chad expelled aid workers, including those from Oxfam.", {}},
  };
  ExpectEach(cases);
}

// A meeting in a game of sport is a match; force with words or requests for
// ammunition, or a charm offensive, is a figure of speech; talks that are torpedoed or derailed were
// not held by who wrecked them; an attack provided for "in case of" one, or
// one after an opening "had" ("Had Chile attacked ..."), has not happened.
TEST_F(CoderTest, SportBarragesWreckedTalksAndProvisionsAreNoEvents) {
  const EventCase cases[] = {
      {"Chile hosted Peru in a friendly match in Santiago.", {}},
      {"Chile will meet Peru in the final on Sunday.", {}},
      {"The Chilean team visited Peru for a World Cup qualifier.", {}},
      {"Chile hosted Peru for talks on trade.", {"CHL>PER:043"}},
      {"The Chilean president met the Peruvian president at the final.", {"CHLGOV>PERGOV:04"}},
      {"Chilean journalists bombarded the Peruvian minister with questions.", {}},
      {"The Peruvian president was bombarded with questions by Chilean reporters.", {}},
      {"Chile bombarded Peruvian positions with artillery.", {"CHL>PER:194"}},
      {"Chile torpedoed the talks with Peru.", {}},
      {"Chile derailed the talks with Peru.", {}},
      {"Chile held talks with Peru.", {"CHL>PER:04"}},
      {"In the event of an attack by Chile on Peru, Bolivia will respond.", {}},
      {"In case of an invasion of Peru by Chile, Bolivia will help.", {}},
      {"The attack by Chile on Peru killed ten soldiers.", {"CHL>PER:19"}},
      {"Had Chile attacked Peru, the war would have spread.", {}},
      {"\"Had Chile invaded Peru, we would have fought back,\" the minister said.", {}},
      {"Chile had attacked Peru before the talks.", {"CHL>PER:19"}},
      {"Chile launched a charm offensive in Peru.", {}},
      {"Chile launched an offensive in Peru.", {"CHL>PER:19"}},
  };
  ExpectEach(cases);
}

// Stepping up, resuming or beginning attacks is the attack, and a place the
// attacks fall in is their target (19-fight.txt 190.960-190.970,
// 195.802-195.825); nouns of non-military work stay out.
TEST_F(CoderTest, AspectualVerbsWithForceNouns) {
  const EventCase cases[] = {
      {"Uganda stepped up attacks in Kenya.", {"UGA>KEN:190"}},
      {"Uganda resumed attacks in Kenya.", {"UGA>KEN:190"}},
      {"Uganda intensified its raids in Kenya.", {"UGA>KEN:190"}},
      {"Uganda stepped up air strikes in Kenya.", {"UGA>KEN:195"}},
      {"The Ugandan rebels threatened Monday to resume attacks in Kenya.", {"UGAREB>KEN:138"}},
      {"Israel carried out air strikes on targets in Syria.", {"ISR>SYR:195"}},
      // guards
      {"Uganda stepped up attacks on Kenya.", {"UGA>KEN:190"}},
      {"Ukraine carried out air strikes on Russian positions in Crimea.", {"UKR>RUS:195"}},
      {"Uganda resumed operations in Kenya.", {}},
      {"Ugandan workers resumed their strike in Kenya.", {}},
  };
  ExpectEach(cases);
}

// Flying relief goods into a country delivers them (07-aid.txt 073.702-703);
// flying alone is travel, and other goods are no relief.
TEST_F(CoderTest, FlyingReliefGoodsIn) {
  const EventCase cases[] = {
      {"Germany flew tons of medicine into Uganda.", {"DEU>UGA:073"}},
      {"Germany flew humanitarian supplies into Uganda.", {"DEU>UGA:073"}},
      // guards
      {"The German minister flew to Uganda.", {"DEUGOV>UGA:042"}},
      {"Germany flew military supplies into Uganda.", {}},
  };
  ExpectEach(cases);
}

// Joining another's exercises is military cooperation with the exercise's
// owner (06-material-coop.txt 062.101); refusing it is 12x.
TEST_F(CoderTest, JoiningExercises) {
  const EventCase cases[] = {
      {"Sweden joined the NATO exercises.", {"SWE>IGONATO:062"}},
      {"Sweden refused to join the NATO exercises.", {"SWE>IGONATO:12"}},
      {"Belarus joined Russian military drills.", {"BLR>RUSMIL:062"}},
      // guard: no partner named
      {"Finnish students joined the drills.", {}},
  };
  ExpectEach(cases);
}

// A threat whose threatened verb has no pattern is still a threat (the threat
// verb's default), aimed at whom the threatened act would fall on.
TEST_F(CoderTest, ThreatsOfActsWithNoPattern) {
  const EventCase cases[] = {
      {"China threatened to stop buying Australian coal.", {"CHN>AUS:13"}},
      {"Uganda threatened on Monday to stop buying Kenyan sugar.", {"UGA>KEN:13"}},
      {"Uganda threatened to stop buying Kenyan sugar if Kenya raised tariffs.", {"UGA>KEN:13"}},
      {"Uganda is threatening to stop buying Kenyan sugar.", {"UGA>KEN:13"}},
      // guards: no one named; a bare participle's threat is no one's; a
      // warning names its own target
      {"Kenya threatened to retaliate.", {}},
      {"Uganda sent a letter to the Kenyan president threatening to stop buying sugar.", {"UGA>KENGOV:010"}},
      {"Uganda warned Kenya to stop buying Tanzanian sugar.", {"UGA>KEN:130"}},
  };
  ExpectEach(cases);
}

// Parties that gather or convene for talks meet (a pair as the subject meets
// each other: 04-consult.txt 040.923-925); troops sent "in" a country are sent
// there (154.128), and sent there to serve as peacekeepers are a peacekeeping
// force (074.903).
TEST_F(CoderTest, GatheringForTalksAndTroopsSentIn) {
  const EventCase cases[] = {
      {"Kenya and Uganda gathered for talks in Nairobi.", {"KEN>UGA:040", "UGA>KEN:040"}},
      {"Kenya and Uganda will gather for a summit next week.", {"KEN>UGA:036", "UGA>KEN:036"}},
      {"Kenya convened for talks with Uganda.", {"KEN>UGA:040"}},
      {"Kenya sent troops in Somalia.", {"KEN>SOM:154"}},
      {"Kenya sent 300 soldiers to Somalia to serve as peacekeepers.", {"KEN>SOM:074"}},
      {"Chad sent 500 troops in Mali to serve as a peacekeeping force.", {"TCD>MLI:074"}},
      // guards: no one to meet; a gathering for something else; a time
      {"Kenya will gather for a meeting in Nairobi.", {}},
      {"Kenyan lawmakers gathered for a vote.", {}},
      {"Kenya sent troops in January.", {}},
  };
  ExpectEach(cases);
}

// "The US military trains Iraqi pilots": the tagger reads a plural after a
// subject's noun that it took for an adjective ("military") as the verb when
// an object follows (FixVerbAfterNounAdjective).
TEST_F(CoderTest, VerbAfterMilitaryAsSubjectNoun) {
  const EventCase cases[] = {
      {"The Kenyan military trains Somali soldiers.", {"KENMIL>SOMMIL:072"}},
      {"The Kenyan military trains Somali pilots to fly jets, an officer said.", {"KENMIL>SOM:072"}},
      // guard: the plural is the subject's head when a verb follows
      {"Kenyan military trains carried tanks to the Somali border.", {}},
  };
  ExpectEach(cases);
}

// A title-case headline whose plural subject takes a base-form verb: the
// capitalised verb is read as one, not as a name (FixTitleCasePluralVerb).
TEST_F(CoderTest, TitleCaseHeadlineWithPluralSubject) {
  const EventCase cases[] = {
      {"Kenyan Farmers Urge Uganda to Ease Trade Restrictions", {"KENAGR>UGA:0251"}},
      {"Ugandan Troops Kill Five Kenyan Rebels", {"UGAMIL>KENREB:190"}},
  };
  ExpectEach(cases);
}

// A pair that fails to agree, or refuses to do together what the verb's own
// pattern codes, does it to each other: the failure's content is known even
// when the reject map gives it no other code ("failed to agree", 030 under
// "fail"), and a refusal of the pattern's own mutual act ("refused to meet").
TEST_F(CoderTest, FailuresAndRefusalsOfWhatIsDoneTogether) {
  const EventCase cases[] = {
      {"Kenya and Uganda failed to agree on the border.", {"KEN>UGA:120", "UGA>KEN:120"}},
      {"Kenya and Uganda refused to meet.", {"KEN>UGA:125", "UGA>KEN:125"}},
      // guards: one party alone; a refusal aimed at another party; what is
      // not done together
      {"Kenya failed to agree on the border.", {}},
      {"Kenya and Uganda refused to pledge support for Somalia.", {"KEN>SOM:120", "UGA>SOM:120"}},
      {"Kenya and Uganda refused to condemn the attack.", {}},
  };
  ExpectEach(cases);
}

// A strike called off that names whom it was against yields to them (082.60),
// not a strike called (143.21, whose "*" would skip "off").
TEST_F(CoderTest, StrikeCalledOffAgainstSomeone) {
  const EventCase cases[] = {
      {"Kenyan doctors called off a five-day strike against the Ugandan government.", {"KENHLH>UGAGOV:082"}},
      {"Kenyan teachers called off their protest over the Kenyan government.", {"KENEDU>KENGOV:082"}},
      // guard: a strike called is still one
      {"Kenyan doctors called a strike against the Kenyan government.", {"KENHLH>KENGOV:143"}},
  };
  ExpectEach(cases);
}

// A peacekeeping force set up is peacekeeping (074.904-907), not armed forces
// raised (154.90), and troops deployed on or for a peacekeeping mission are
// peacekeeping too (074.908), not a show of force (154.99).
TEST_F(CoderTest, PeacekeepingForceSetUpOrDeployed) {
  const EventCase cases[] = {
      {"The African Union established a peacekeeping mission in Somalia.", {"IGOAFU>SOM:074"}},
      {"Kenya and Uganda formed a joint peacekeeping force for South Sudan.", {"KEN>SSD:074", "UGA>SSD:074"}},
      {"Kenya set up a peacekeeping force in Somalia.", {"KEN>SOM:074"}},
      {"The African Union agreed to establish a peacekeeping force for Somalia.", {"IGOAFU>SOMMIL:0334"}},
      {"Ghana announced the deployment of 300 troops to Mali on a peacekeeping mission.", {"GHA>MLI:074"}},
      {"Ghana announced the deployment of 300 soldiers to Mali for a UN peacekeeping operation.", {"GHA>MLI:074"}},
      // guards: a force raised to fight; troops deployed with no mission named
      {"Kenya formed a special force to fight Somali militants.", {"KEN>SOMREB:154", "KEN>SOMREB:190"}},
      {"Ghana announced the deployment of 300 troops to Mali.", {"GHA>MLI:154"}},
  };
  ExpectEach(cases);
}

// A past participle right after a finite verb and before a noun phrase
// describes the noun (HmmTagger::ParticipleAfterFiniteVerb): the verb before
// it acts on the people or acts the phrase names ("freed kidnapped
// tourists" is no kidnapping; "condemned continued attacks" no attack).
TEST_F(CoderTest, ParticipleAfterAVerbDescribesItsObject) {
  const EventCase cases[] = {
      {"Kenya freed kidnapped Ugandan tourists.", {"KEN>UGACVL:0841"}},
      {"Kenya released detained Ugandan fishermen.", {"KEN>UGAAGR:0841"}},
      {"Kenya repatriated wounded Ugandan soldiers.", {"KEN>UGAMIL:0841"}},
      {"Kenya condemned continued attacks on Uganda.", {"KEN>UGA:111"}},
      {"Kenya has condemned continued Ugandan raids.", {"KEN>UGA:111"}},
      {"Kenyan police arrested suspected Ugandan rebels.", {"KENCOP>UGAREB:173"}},
      // guards: after an auxiliary the participle is the verb; a
      // capitalised word the tagger took for a verb may be a name
      {"Kenya has expelled Ugandan diplomats.", {"KEN>UGAGOV:166"}},
      {"Kenya had detained Ugandan fishermen.", {"KEN>UGAAGR:173"}},
      {"Kenyan Defence Minister Ana Pires defended Uganda's border policy.", {"KENMIL>UGA:052"}},
  };
  ExpectEach(cases);
}

// "We" or "I" as the subject of a quotation is its speaker, when a
// dictionary codes the speaker, whether the speaker comes after the
// quotation or before it.
TEST_F(CoderTest, FirstPersonSubjectOfAQuotationIsItsSpeaker) {
  const EventCase cases[] = {
      {"\"We condemn Kenya,\" the Ugandan foreign minister said.", {"UGAGOV>KEN:111"}},
      {"\"I condemn Kenya,\" the Ugandan president said on Monday.", {"UGAGOV>KEN:111"}},
      {"The Ugandan foreign minister said: \"We condemn Kenya.\"", {"UGAGOV>KEN:111"}},
      {"\"We reject the claims made by Tanzania,\" a spokesman for the Ugandan foreign ministry told reporters.",
       {"UGAGOV>TZA:016"}},
      {"\"We strongly reject the allegations made by Kenya,\" Ugandan foreign ministry spokesperson John Okello "
       "told reporters.",
       {"UGAGOV>KEN:016"}},
      {"The Ugandan parliament met on Monday. \"We condemn Kenya,\" they said.", {"UGALEG>KEN:111"}},
      // a compound speaker: "we" are all of them
      {"\"We condemn Kenya,\" Uganda and Tanzania said in a joint statement.", {"UGA>KEN:111", "TZA>KEN:111"}},
      {"\"We urge Kenya to free the prisoners,\" the Ugandan and Tanzanian ministers said.",
       {"UGAGOV>KEN:0253", "TZAGOV>KEN:0253"}},
      // a speaker no dictionary codes leaves "we" unknown
      {"\"We condemn Kenya,\" John Okello said.", {}},
      // nor does a speaker whose country only the story gave
      {"Kenya hosted the talks. \"We called for Kenya to reciprocate,\" the diplomats said.", {}},
      // "we" outside any quotation is not resolved this way
      {"We condemn Kenya, the Ugandan foreign minister said.", {}},
  };
  ExpectEach(cases);
}

// Forces that a word of judgement or of kind qualifies ("hostile forces",
// "political forces") and the forces people join ("joined forces") are no
// army, nor any party the story's country stands for. Forces with a country
// of their own, or named as security or government forces, stay an army or
// police; "joined forces with X" keeps its partner.
TEST_F(CoderTest, FigurativeForcesAreNoArmy) {
  const EventCase cases[] = {
      {"The North Korean envoy rejected the resolution as a plot by hostile forces.", {}},
      {"The Kenyan president blamed dark forces for the violence.", {}},
      {"The Kenyan government blamed political forces for the unrest.", {}},
      {"The Chinese ambassador accused external forces of meddling in Hong Kong.", {}},
      {"Kenyan shoppers buy online. Retailers and delivery companies routinely joined forces.", {}},
      {"The Kenyan opposition is divided. Its parties joined forces on Monday.", {}},
      // guards: forces of a country, of the state or of security; a partner
      {"Kenyan forces attacked the rebels.", {"KENMIL>KENREB:190"}},
      {"Kenya accused hostile Ugandan forces of crossing the border.", {"KEN>UGAMIL:112"}},
      {"The Kenyan president blamed security forces for the violence.", {"KENGOV>KENCOP:112"}},
      {"The Kenyan president blamed government forces for the violence.", {"KENGOV>KENMIL:112"}},
      {"Kenya joined forces with Uganda.", {"KEN>UGA:060"}},
      {"Kenyan and Ugandan troops joined forces against the rebels.", {"KENMIL>UGAMIL:060", "UGAMIL>KENMIL:060"}},
  };
  ExpectEach(cases);
}

// A noun event that a word of plan or likelihood qualifies ("a planned
// summit", "a proposed meeting", "the upcoming talks") is not done: no
// event. The same noun without one is; a verb's pattern on the planned
// event ("cancelled a planned visit") still codes the verb's act.
TEST_F(CoderTest, PlannedOrPossibleNounEventsAreNotDone) {
  const EventCase cases[] = {
      {"The Kenyan president was reconsidering a planned summit with the Ugandan president.", {}},
      {"A proposed meeting between Kenya and Uganda was called off.", {}},
      {"A proposed summit between the Kenyan and Ugandan presidents collapsed.", {}},
      {"The upcoming talks between Kenya and Uganda will focus on trade.", {}},
      // guards
      {"The Kenyan president was reconsidering the summit with the Ugandan president.", {"KENGOV>UGAGOV:040"}},
      {"A meeting between Kenya and Uganda was held on Monday.", {"KEN>UGA:040"}},
      {"Kenya cancelled a planned visit to Uganda.", {"KEN>UGA:125"}},
      {"Kenya criticized the possible eviction of Ugandan traders.", {"KEN>UGABUS:111"}},
  };
  ExpectEach(cases);
}

// Where help or arms come from ("from" a country) is not whom they are
// given to: a "from" phrase is no target of material help (07), and the
// target is read on past it ("shipped weapons from Uganda to Somalia").
// Patterns that name a "from" target keep it ("evacuated ... from").
TEST_F(CoderTest, WhereHelpComesFromIsNoRecipient) {
  const EventCase cases[] = {
      {"Russia sent tanks across the border from Belarus.", {}},
      {"Kenya shipped weapons from Uganda.", {}},
      {"Kenya shipped weapons from Uganda to Somalia.", {"KEN>SOM:072"}},
      // guards
      {"Kenya sent weapons to Uganda.", {"KEN>UGA:072"}},
      {"Kenya sent aid from Uganda to Somalia.", {"KEN>SOM:070"}},
      {"Kenya evacuated its citizens from Uganda.", {"KEN>UGA:074"}},
      {"Kenya provided aid to refugees from Uganda.", {"KEN>UGAREF:070"}},
      {"Kenya airlifted people from Uganda.", {"KEN>UGACVL:070"}},
  };
  ExpectEach(cases);
}

// People that a participle after a comma acts on ("..., killing dozens of
// people") are of the country where the clause before it happened, named
// after "in" or "into", not of the story's country or the attackers'.
TEST_F(CoderTest, PeopleKilledAreOfThePlaceOfTheAttack) {
  const EventCase cases[] = {
      {"Ugandan rebels attacked a village in Kenya, killing dozens of people.", {"UGAREB>KENCVL:202"}},
      {"Somali militants opened fire in a market in northern Kenya, killing 20 people.", {"SOMREB>KENCVL:1823"}},
      {"Ugandan rebels stormed into Kenya, killing dozens of people.", {"UGAREB>KEN:192", "UGAREB>KENCVL:202"}},
      // guards: no place named before; the place of the people's own phrase
      {"Ugandan rebels killed dozens of people.", {"UGAREB>UGACVL:202"}},
      {"Kenyan police opened fire on protesters in Nairobi, wounding dozens of people.",
       {"KENCOP>KENCVL:175", "KENCOP>KENCVL:182"}},
      {"Ugandan rebels killed dozens of people in Kenya.", {"UGAREB>KENCVL:202"}},
  };
  ExpectEach(cases);
}

// Whoever makes the claims an investigation looks into accuses; the
// investigation is aimed at the party the claim's that-clause names, or at
// no one named. An investigation of a party, or of claims against one
// named by the pattern, keeps its target.
TEST_F(CoderTest, InvestigatedClaimsAreNotAimedAtTheAccuser) {
  const EventCase cases[] = {
      {"UN inspectors arrived to investigate Kenyan allegations that Uganda used chemical weapons.",
       {"IGOUNO>UGA:090"}},
      {"The UN will investigate Kenya's claims that Ugandan troops killed civilians.",
       {"IGOUNO>UGAMIL:090", "UGAMIL>KENCVL:1823"}},
      {"The UN investigated Kenyan claims of abuse.", {}},
      // guards
      {"Kenya investigated the Ugandan embassy.", {"KEN>UGAGOV:090"}},
      {"Kenya investigated the allegations against Uganda.", {"KEN>UGA:090"}},
      {"The UN investigated reports that Ugandan troops killed civilians.",
       {"IGOUNO>UGAMIL:090", "UGAMIL>UGACVL:1823"}},
  };
  ExpectEach(cases);
}

// A reaction whose object names a kind of event ("condemned the
// exercises", "called the attacks outrageous", "condemned the sanctions")
// takes its target from context as the source of the latest earlier event
// of that kind (by the quad class most of the noun's patterns code), not
// of whatever event was told last. An object with no noun patterns ("the
// remarks") keeps the latest event's source.
TEST_F(CoderTest, ReactionPointsBackAtAnEventOfTheKindItNames) {
  const EventCase cases[] = {
      {"Kenya launched military drills near Uganda on Thursday. The Tanzanian president ended a visit to Nairobi on "
       "Friday. Uganda condemned the exercises.",
       {"KEN>UGA:150", "TZAGOV>KENGOV:042", "UGA>KEN:111"}},
      {"Kenyan jets bombed Ugandan rebel camps on Saturday. The Tanzanian president praised the Ugandan government. "
       "The Ugandan army called the attacks outrageous.",
       {"KENMIL>UGAREB:195", "TZAGOV>UGAGOV:051", "UGAMIL>KENMIL:111"}},
      {"Kenya imposed sanctions on Uganda. The Tanzanian president later visited Nairobi. Uganda condemned the "
       "sanctions.",
       {"KEN>UGA:163", "TZAGOV>KENGOV:042", "UGA>KEN:111"}},
      // guards
      {"Kenya attacked Ugandan positions. Uganda condemned the attack.", {"KEN>UGA:190", "UGA>KEN:111"}},
      {"The Kenyan president criticized Uganda. Tanzania condemned the remarks.", {"KENGOV>UGA:111", "TZA>KENGOV:111"}},
  };
  ExpectEach(cases);
}

// An attack named in a phrase of time ("a week after an attack on Ugandan
// troops") is another event, which the clause's subject reacts to: its doer
// is unnamed, not the subject. An attack the phrase says is the subject's
// ("after its attack"), and a step of the subject's own in a phrase of time
// ("after talks with Uganda"), keep their source.
TEST_F(CoderTest, AttackInAPhraseOfTimeIsNotTheSubjects) {
  const EventCase cases[] = {
      {"Kenya closed its border a week after an attack on Ugandan troops.", {}},
      {"Kenya said Uganda was exporting terrorism, a week after an attack on a Kenyan army base killed 18 soldiers.",
       {}},
      // guards
      {"Kenya apologized after its attack on Ugandan troops.", {"KEN>UGAMIL:055", "KEN>UGAMIL:190"}},
      {"Kenya resumed talks with Uganda after the attack on Tanzanian troops.", {"KEN>UGA:046"}},
      {"Kenya attacked Uganda after the collapse of talks with Tanzania.", {"KEN>UGA:190"}},
  };
  ExpectEach(cases);
}

// "Musa Kali, the commander of al-Shabaab, was arrested": a name the
// dictionaries lack, set off by an apposition whose role word's "of" phrase
// names a body, is that body's member.
TEST_F(CoderTest, AppositionWithABodyAfterItsRoleWord) {
  const EventCase cases[] = {
      {"Musa Kali, the commander of al-Shabaab, was arrested by Kenyan police.", {"KENCOP>SOMREBSHB:173"}},
      {"Musa Kali, a senior leader of the Taliban, was killed by Pakistani troops.", {"PAKMIL>AFGREBTLB:190"}},
      // guards: a state's leader is its government; an apposition with its
      // own actor keeps working as before
      {"Musa Kali, the leader of North Korea, met Chinese officials.", {"PRKGOV>CHNGOV:040"}},
      {"Musa Kali, a Kenyan army commander, was arrested by Ugandan police.", {"UGACOP>KENMIL:173"}},
  };
  ExpectEach(cases);
}

// "flushed out the militants": an operation against them.
TEST_F(CoderTest, FlushingOutFightersIsForce) {
  const EventCase cases[] = {
      {"The Kenyan army flushed out Shabaab militants from the forest.", {"KENMIL>SOMREBSHB:190"}},
      // guard: what is flushed out is no actor
      {"Kenya flushed out corruption in its ministries.", {}},
  };
  ExpectEach(cases);
}

// "Kenyans hail peace deal": a headline's opening plural, then a word the
// lexicon knows only in its base form, which is the plural's verb.
TEST_F(CoderTest, HeadlineVerbInBaseFormAfterAnOpeningPlural) {
  const EventCase cases[] = {
      {"Kenyans hail Ugandan peace deal", {"KEN>UGA:051"}},
      {"Syrians hail Turkish withdrawal", {"SYR>TUR:051"}},
      // guard: an opening singular name keeps its noun
      {"Kenya hail damage in Uganda", {}},
  };
  ExpectEach(cases);
}

// "is deeply concerned about", "remains worried over": a participle of
// feeling after a linking verb is the subject's feeling about the phrase's
// actor, not something done to the subject.
TEST_F(CoderTest, FeelingAfterALinkingVerbIsTheSubjects) {
  const EventCase cases[] = {
      {"The Kenyan government is deeply concerned about Ugandan troop movements.", {"KENGOV>UGAMIL:012"}},
      {"Kenya remains worried over the Ugandan army.", {"KEN>UGAMIL:012"}},
      {"Kenya was alarmed by Uganda's decision.", {"KEN>UGA:012"}},
      // a feeling about a report is about what the report is about
      {"Kenya is concerned about the latest UN report about Ugandan troops.", {"KEN>UGAMIL:012"}},
      // guards: the verb "concern" and a participle before an infinitive
      {"The talks concerned Uganda's border with Kenya.", {}},
      {"Kenyan traders were encouraged to leave by Ugandan police.", {}},
      {"Kenya criticized the latest UN report about Uganda.", {"KEN>IGOUNO:111"}},
  };
  ExpectEach(cases);
}

// "condemns the raid and calls on Uganda to show restraint": a second
// present-tense verb after "and", not a noun joined to the raid.
TEST_F(CoderTest, CoordinatedCallOnIsAnAppeal) {
  const EventCase cases[] = {
      {"Kenya condemns the raid and calls on Uganda to show restraint.", {"KEN>UGA:0256"}},
      {"Kenyan leaders condemn the raid and call upon Uganda to show restraint.", {"KENGOV>UGA:0256"}},
      // guard: after a past tense the noun stays
      {"The Kenyan president resigned amid protests and calls on him to step down.", {"KENGOV>KEN:0831"}},
  };
  ExpectEach(cases);
}

// "Officials said the Kenyan army \"successfully eliminated\" a rebel
// commander": quotation marks around a verb keep its subject and object.
// "Eliminate", "neutralize" a commander or leader named in the object is an
// assassination, as with "of +". "Kenya and Uganda disagreed over X": a
// compound subject that disagrees does so with each other. "hopes this
// [deal] will move X toward peace": a pronoun that is the subject of what is
// hoped does not point back at an earlier event (no target from context).
TEST_F(CoderTest, QuotedVerbsEliminatedLeadersAndDisagreement) {
  const EventCase cases[] = {
      {"Officials said that the Kenyan army \"successfully eliminated\" a senior al-Shabaab commander.",
       {"KENMIL>SOMREBSHB:186"}},
      {"The Kenyan minister said Uganda \"flatly rejects\" the Tanzanian offer.", {"UGA>TZA:12"}},
      {"The Kenyan army neutralized the al-Shabaab deputy leader.", {"KENMIL>SOMREBSHB:186"}},
      // guard: what is no person of rank stays uncoded
      {"The Kenyan army eliminated al-Shabaab checkpoints.", {}},
      {"Kenya and Uganda disagreed over the border.", {"KEN>UGA:110", "UGA>KEN:110"}},
      {"Kenyan and Ugandan officials disagreed over the border.", {"KENGOV>UGAGOV:110", "UGAGOV>KENGOV:110"}},
      // guards: one party with no one to disagree with; a negated disagreement
      {"Kenya disagreed over the vote.", {}},
      {"Kenya and Uganda did not disagree on the border.", {}},
      {"Uganda condemned the Kenyan raid. The Tanzanian president said he \"hopes this [agreement] will move Kenya "
       "toward peace.\"",
       {"UGA>KEN:111"}},
  };
  ExpectEach(cases);
}

// "Chile drew sharp criticism from Peru", "Ukraine received tanks from
// Poland": a verb pattern whose source ($) stands after the verb, with no
// target slot, acts on the clause's subject.
TEST_F(CoderTest, SourceAfterTheVerbActsOnTheSubject) {
  const EventCase cases[] = {
      {"Chile drew sharp criticism from Peru over the fishing ban.", {"PER>CHL:111"}},
      {"Norway faced condemnation from Sweden after the vote.", {"SWE>NOR:111"}},
      {"Bolivia came under criticism from Argentina for the crackdown.", {"ARG>BOL:111"}},
      {"Laos faced accusations from Thailand over the dam.", {"THA>LAO:112"}},
      {"Ukraine received tanks from Poland.", {"POL>UKR:072"}},
      {"Mali took delivery of two helicopters from France.", {"FRA>MLI:072"}},
      {"Nepal received food aid from India after the flood.", {"IND>NPL:073"}},
      // guards: the giver acting, and what the subject got that is no aid
      {"Poland delivered tanks to Ukraine.", {"POL>UKR:072"}},
      {"Chile received a letter from Peru.", {}},
      {"Peru criticized Chile.", {"PER>CHL:111"}},
  };
  ExpectEach(cases);
}

// "Then the Kenyan government reported ... The government demanded": a bare
// "the government" right after a government was named with its country is
// that government, not that of the country the story names most.
TEST_F(CoderTest, TheGovernmentIsTheOneNamedJustBefore) {
  const EventCase cases[] = {
      {"China sent ships to Kenya. China said more ships would come. Then the Kenyan government reported that "
       "Chinese ships had entered its waters. The government, which believed the ships were Chinese, demanded "
       "that Beijing remove them.",
       {"CHN>KEN:070", "CHN>KENGOV:150", "KENGOV>CHNGOV:100"}},
      // guards: "the government of X" names its own; with no government
      // named in this sentence or the one before, the story's country stays
      {"China sent ships to Kenya. China said more ships would come. Then the Kenyan government reported that "
       "Chinese ships had entered its waters. The government of Tanzania demanded that Beijing remove them.",
       {"CHN>KEN:070", "CHN>KENGOV:150", "TZAGOV>CHNGOV:100"}},
      {"China sent ships to Kenya. China said more ships would come. China praised the Kenyan government. "
       "Chinese ships entered Ugandan waters. Then the government demanded that Uganda release them.",
       {"CHN>KEN:070", "CHN>KENGOV:051", "CHN>UGA:150", "CHNGOV>UGA:10"}},
  };
  ExpectEach(cases);
}

// "the Chilean secretary of state ... He": a role before "of" names one
// person as a role word at the end does, and "he" can stand for them.
TEST_F(CoderTest, ARoleBeforeOfIsAPersonAPronounCanName) {
  const EventCase cases[] = {
      {"The Chilean secretary of state flew home on Monday. He accused Peru of stalling the talks.",
       {"CHLGOV>PER:112"}},
      {"The Peruvian minister of defence arrived on Sunday. She urged Bolivia to free the prisoners.",
       {"PERMIL>BOL:02"}},
      // guards: a role at the end, and a ministry that is no "he"
      {"The Chilean foreign minister flew home on Monday. He accused Peru of stalling the talks.", {"CHLGOV>PER:112"}},
      {"The Chilean ministry of defence issued a report on Monday. He accused Peru of stalling the talks.", {}},
  };
  ExpectEach(cases);
}

// Arms handed over by "hand", and warships, patrol boats and armoured
// vehicles delivered or transferred, are military aid like other arms.
TEST_F(CoderTest, WarshipsAndHandedArmsAreMilitaryAid) {
  const EventCase cases[] = {
      {"Chile handed four fighter jets to Ecuador.", {"CHL>ECU:072"}},
      {"Spain transferred two corvettes to Morocco.", {"ESP>MAR:072"}},
      {"Italy delivered six patrol boats to Tunisia.", {"ITA>TUN:072"}},
      {"Brazil delivered armoured vehicles to Paraguay.", {"BRA>PRY:072"}},
      // guards: what is handed that is no arms, and arms already listed
      {"Chile handed power to Ecuador.", {"CHL>ECU:0831"}},
      {"Spain transferred tanks to Morocco.", {"ESP>MAR:072"}},
  };
  ExpectEach(cases);
}

// "the condemnation by Chile of Peru": a "by" phrase between the noun and
// its "of" phrase names the doer; the noun's pattern reads on after it.
TEST_F(CoderTest, ADoerBetweenTheNounAndItsOfPhrase) {
  const EventCase cases[] = {
      {"The condemnation by Chile of the Peruvian government came within hours.", {"CHL>PERGOV:111"}},
      {"The denunciation by Bolivia of the Chilean army drew attention.", {"BOL>CHLMIL:111"}},
      {"The seizure by Ecuador of a Peruvian tanker angered Lima.", {"ECU>PER:171"}},
      // guards: the doer after the "of" phrase, and a "by" phrase that is
      // no one's
      {"The condemnation of the Peruvian government by Chile came within hours.", {"CHL>PERGOV:111"}},
      {"The condemnation by phone of the Peruvian government came within hours.", {}},
      // (a doer whose country comes from its own "of" phrase owns it)
      {"Chile rejected accusations by the government of Peru over the border.", {"CHL>PERGOV:016"}},
  };
  ExpectEach(cases);
}

// "told reporters that Peru was responsible": what is told to a listener is
// said; the that-clause's subject is the target, as after "said".
TEST_F(CoderTest, ToldAListenerIsSaid) {
  const EventCase cases[] = {
      {"The Chilean defence minister told reporters that Peru was responsible for the bombing.", {"CHLMIL>PER:112"}},
      {"Bolivia's president told journalists that Chile's actions were reckless.", {"BOLGOV>CHL:111"}},
      {"The Peruvian foreign minister told the BBC that Ecuador was a close partner.", {"PERGOV>ECU:051"}},
      // guards: the same said, and a listener followed by what was told
      {"The Chilean defence minister said that Peru was responsible for the bombing.", {"CHLMIL>PER:112"}},
      {"The Chilean defence minister told Peru the talks were over.", {"CHLMIL>PER:010"}},
  };
  ExpectEach(cases);
}

// "Chile said Peruvian rebels had violated the truce": a ceasefire naming no
// one, broken in the words of another country, binds that country.
TEST_F(CoderTest, ACeasefireBrokenInAnotherCountrysWordsIsAimedAtIt) {
  const EventCase cases[] = {
      {"Chile said Peruvian rebels had violated the truce.", {"PERREB>CHL:196"}},
      {"Ecuador said Colombia had violated the ceasefire.", {"COL>ECU:196"}},
      // guards: the speaker's own rebels, and a truce that names its party
      {"Peru said Peruvian rebels had violated the truce.", {"PERREB>PERGOV:196"}},
      {"Chile said Peruvian rebels had violated the truce with Bolivia.", {"PERREB>BOL:196"}},
  };
  ExpectEach(cases);
}

}  // namespace dyad
