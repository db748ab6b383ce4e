// The shallow parser through the real pipeline (segmenter, tagger, lemmatiser,
// chunker): each row is one sentence, the verb whose clause is checked, and
// what that clause and its verb group must say.
#include "parse/chunker.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "dyad/pipeline.h"
#include "test_util.h"

namespace dyad::parse {
namespace {

using testing_util::ChunkText;
using testing_util::DataDir;

class ChunkerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.data_dir = DataDir();
    pipeline_ = testing_util::LoadForSuite(Pipeline::Create(options), &status_);
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
  }
  void SetUp() override {
    if (!pipeline_) GTEST_SKIP() << "pipeline could not be loaded: " << status_.ToString();
  }

  // Analyses one sentence; `text_` keeps the text alive for the Analysis.
  const Analysis& Analyze(const std::string& text) {
    text_ = text;
    pipeline_->Analyze(text_, 0, &a_);
    return a_;
  }

  // The clause whose verb group's head (or any word of the group) is `verb`,
  // searching the first sentence; -1 when none.
  int32_t ClauseOf(std::string_view verb) const {
    for (size_t c = 0; c < a_.clauses.size(); ++c) {
      const Chunk& v = a_.chunks[a_.clauses[c].verb];
      if (a_.Surface(a_.tokens[v.head]) == verb) return c;
    }
    for (size_t c = 0; c < a_.clauses.size(); ++c) {
      const Chunk& v = a_.chunks[a_.clauses[c].verb];
      for (uint32_t t = v.first_token; t < v.end_token; ++t) {
        if (a_.Surface(a_.tokens[t]) == verb) return c;
      }
    }
    return -1;
  }

  // Analyses `sentence` and returns the clause of `verb`, with *context set
  // to the sentence and its clauses for failure messages; nullptr (a test
  // failure) when there is no such clause.
  const Clause* AnalyzeClause(const char* sentence, const char* verb, std::string* context) {
    Analyze(sentence);
    int32_t ci = ClauseOf(verb);
    *context = std::string("\n  sentence: ") + sentence + Dump();
    if (ci < 0) {
      ADD_FAILURE() << "no clause for verb \"" << verb << "\"" << *context;
      return nullptr;
    }
    return &a_.clauses[ci];
  }

  // A one-line rendering of every clause, for failure messages.
  std::string Dump() const {
    std::string s;
    for (size_t c = 0; c < a_.clauses.size(); ++c) {
      const Clause& cl = a_.clauses[c];
      s += "\n  clause " + std::to_string(c) + ": verb=[" + ChunkText(a_, cl.verb) + "] subject=[" +
           ChunkText(a_, cl.subject) + "] object=[" + ChunkText(a_, cl.object) + "] agent=[" +
           ChunkText(a_, cl.agent) + "] speaker=[" + ChunkText(a_, cl.speaker) + "]" +
           (cl.reported ? " reported" : "") + (cl.relative ? " relative" : "") +
           (cl.conditional ? " conditional" : "") +
           (cl.coordinated_with >= 0 ? " coordinated_with=" + std::to_string(cl.coordinated_with) : "");
    }
    return s;
  }

  static inline Pipeline* pipeline_ = nullptr;
  static inline Status status_;
  std::string text_;
  Analysis a_;
};

// nullptr: not checked; "-": must be absent.
struct ClauseCase {
  const char* sentence;
  const char* verb;  // head word of the verb group whose clause is checked
  const char* subject;
  const char* object;
  const char* agent = nullptr;
  const char* speaker = nullptr;
};

void ExpectPart(const char* want, const std::string& got, const char* what, const std::string& context) {
  if (want) {
    EXPECT_EQ(got, want) << what << context;
  }
}

TEST_F(ChunkerTest, SubjectObjectAgent) {
  const ClauseCase cases[] = {
      // active and passive
      {"Danish troops shelled the village near the river.", "shelled", "Danish troops", "the village", "-"},
      {"The village was shelled by Danish troops.", "shelled", "The village", "-", "Danish troops"},
      {"Two ministers were detained by the police in Lima.", "detained", "Two ministers", "-", "the police"},
      // a short prepositional phrase between an auxiliary or a modal and its
      // verb stays in the verb group; after "be" only a time or "among those"
      {"Denmark has in recent weeks accused Norway of spying.", "accused", "Denmark", "Norway"},
      {"Chile had in fact asked Peru for help.", "asked", "Chile", "Peru"},
      {"Sweden has, in turn, condemned Finland.", "condemned", "Sweden", "Finland"},
      {"Egypt will on Monday meet Sudanese envoys.", "meet", "Egypt", "Sudanese envoys"},
      {"Two Danish soldiers were among those killed by the rebels.", "killed", "Two Danish soldiers", "-",
       "the rebels"},
      {"The Danish minister was at a meeting chaired by Norway.", "chaired", "a meeting", "-", "Norway"},
      {"The Danish envoy was in Oslo and met Norwegian officials.", "met", "The Danish envoy", "Norwegian officials"},
      // a participle after a word of time that opens the sentence is the
      // speaker's act, not the speech
      {"After meeting the Chilean president, the Danish envoy said he would visit Peru.", "meeting", "the Danish envoy",
       "the Chilean president"},
      {"While visiting Chile, the Danish minister said she hoped for a deal.", "visiting", "the Danish minister",
       "Chile"},
      // a currency sign after a determiner goes with its amount, in the phrase
      {"Chile extended a $2 billion loan to Peru.", "extended", "Chile", "a $ 2 billion loan"},
      {"Chile approved a £40 million grant for Peru.", "approved", "Chile", "a £ 40 million grant"},
      // two adjectives joined by "and" share one noun, in any case
      {"Danish rebels attacked civilian and military targets.", "attacked", "Danish rebels",
       "civilian and military targets"},
      {"Peruvian and Chilean forces shelled the ridge.", "shelled", "Peruvian and Chilean forces", "the ridge"},
      // "more" after a determiner or a count counts the noun: one phrase
      {"Chad will not accept any more Sudanese refugees.", "accept", "Chad", "any more Sudanese refugees"},
      {"Kenya sent two more battalions to the border.", "sent", "Kenya", "two more battalions"},
      // (not "more" as an adverb, nor before a verb)
      {"Chad accepted more refugees.", "accepted", "Chad", "more refugees"},
      // a name after a time noun that opens the sentence or a prepositional
      // phrase starts the subject; after a verb the time phrase and the
      // object stay one phrase
      {"In recent months Peru and Chile have fired across the line.", "fired", "Peru and Chile", "-"},
      {"Last week Peru and Chile signed a deal.", "signed", "Peru and Chile", "a deal"},
      {"Britain supplied last week Peru with rifles.", "supplied", "Britain", "last week Peru"},
      // an adjective right after the head, before a preposition, is no modifier
      {"A Peruvian court found Ana Ruiz guilty of fraud.", "found", "A Peruvian court", "Ana Ruiz"},
      // coordination: the second verb shares the subject
      {"Peru condemned the raid and recalled its ambassador.", "recalled", "Peru", "its ambassador"},
      // the phrase a naming clause after "what" gives is the object of the
      // verb before "what"
      {"Peru condemned what it called Chile's aggression.", "condemned", "Peru", "Chile 's aggression"},
      {"Peru denounced what it described as Chilean meddling.", "denounced", "Peru", "Chilean meddling"},
      // names joined by "and" before an infinitive stay one phrase; before
      // a finite verb after an object they start a new clause
      {"Peru urged Chile and Bolivia to show restraint.", "urged", "Peru", "Chile and Bolivia"},
      {"Peru attacked Chile and Bolivia began to mobilize.", "attacked", "Peru", "Chile"},
      // (not a "what" clause of another verb)
      {"Peru asked what Chile wanted.", "asked", "Peru", "-"},
      // after a verb of saying, a participle form with an object is the
      // reported clause's past tense; one without is a phrase's participle
      {"An envoy said some Peruvian farmers set fire to the depot.", "set", "some Peruvian farmers", "fire"},
      {"An envoy said some Peruvian farmers set fire to the depot.", "said", "An envoy", "-"},
      {"An envoy said the rifles seized in the raid were Chilean.", "said", "An envoy", "the rifles"},
      // ... a base form after "and" with the last base form, past a finite
      // verb of a clause between them
      {"Peru said Chile should close the border that Bolivia uses, and stop trade with Bolivia.", "stop", "Chile",
       "trade"},
      // ... a finite verb after "and" with the finite verb that governs the
      // infinitive before it, not with the infinitive's own subject
      {"The Danish premier ordered his ministers to protect the embassy and asked Norway to send guards.", "asked",
       "The Danish premier", "Norway"},
      // (a base form after "and" still goes with the infinitive)
      {"Peru urged the rebels to lay down their arms and join the talks.", "join", "the rebels"},
      // ... past a bare participle that describes the noun before it
      {"Peruvian senators sent a letter about the plan dated May 4, urging Chile to act.", "urging",
       "Peruvian senators", "Chile"},
      // apposition: the name before the comma is the subject
      {"Maria Olsen, deputy director of the Danish agency, met Finnish officials.", "met", "Maria Olsen",
       "Finnish officials"},
      // relative clause: the antecedent is the subject of both verbs
      {"Protesters who blocked the highway clashed with police.", "blocked", "Protesters", "the highway"},
      {"Protesters who blocked the highway clashed with police.", "clashed", "Protesters", "-"},
      {"The ships, which carried grain, reached Odessa.", "reached", "The ships", "Odessa"},
      // a verb right after an apposition set off by commas is the name's
      // before it, when the name opens a segment (after a quote, a comma)
      {"\"We took cover,\" Ana Ruiz, a Chilean lawmaker, told Peruvian officials.", "told", "Ana Ruiz",
       "Peruvian officials"},
      {"The talks failed, Ana Ruiz, director of the Chilean agency, told reporters.", "told", "Ana Ruiz", "reporters"},
      {"The rebels attacked Goma, the provincial capital, killed ten people.", "killed", "-", "ten people"},
      // ... also when the relative clause holds clauses of its own after its
      // verb; a lone participle with an object there is the past tense
      {"The Danish minister, who said the talks had failed, criticized Norway.", "criticized", "The Danish minister",
       "Norway"},
      {"The Danish minister, who said the talks had failed, accused Norway of lying.", "accused", "The Danish minister",
       "Norway"},
      {"The government, which believed the ships were Danish, demanded that Norway act.", "demanded", "The government",
       "-"},
      {"Olsen, who resigned after being defeated in 2013, rejected the charges.", "rejected", "Olsen", "the charges"},
      // a gerund after "for": the doer is the verb's object, or whom the
      // measure is on
      {"Norway thanked Denmark for hosting the talks.", "hosting", "Denmark", "the talks"},
      {"Norway imposed sanctions on two Danish firms for supplying Russia.", "supplying", "two Danish firms", "Russia"},
      {"Norway took action against the Danish banks for violating the embargo.", "violating", "the Danish banks",
       "the embargo"},
      // ... and after a possessive relative ("whose"), whose own subject is
      // the "whose" phrase; past an adverb, with a lone participle as the
      // past tense
      {"Denmark, whose troops seized the port in May, rejected the Norwegian plan.", "rejected", "Denmark",
       "the Norwegian plan"},
      {"The doctor, whose name was not released, brought the drawings to Oslo.", "brought", "The doctor",
       "the drawings"},
      {"Olsen, whose party lost the vote in 2018, rarely criticized Norway.", "criticized", "Olsen", "Norway"},
      {"Denmark, whose troops seized the port in May, rejected the plan.", "seized", "whose troops", "the port"},
      // ... and after a participle set off by commas
      {"Six Danish sailors, held captive for weeks, were freed by the navy.", "freed", "Six Danish sailors", "-",
       "the navy"},
      {"The Kenyan envoy, speaking in Lima, praised the accord.", "praised", "The Kenyan envoy", "the accord"},
      // ... and after a parenthesis set off by two dashes, whatever it holds
      {"The Danish minister — a former general who led the army of Peru — met the Chilean envoy.", "met",
       "The Danish minister", "the Chilean envoy"},
      {"Ana Ruiz — head of the Peruvian party, the group funded by Chile — criticized the plan.", "criticized",
       "Ana Ruiz", "the plan"},
      {"The Kenyan navy -- which has six ships -- will visit Lima.", "visit", "The Kenyan navy", "Lima"},
      {"Ana Ruiz, a Peruvian who founded Alta — a rival of Baja, the firm owned by Chile — held talks with Peru.",
       "held", "a Peruvian", "talks"},
      {"The Danish party - which backs the plan and has rejected the vote - called for a meeting of the body.",
       "called", "The Danish party", "-"},
      // ... but not through "of" to a phrase the chunker joined across a comma
      {"Peru never condemned the seizure of Chile, and their pact — signed in May — has helped Kenya.", "helped",
       nullptr, "Kenya"},
      // ... through "of" phrases back to their head
      {"Some of the Danish sailors — about forty — were freed.", "freed", "Some of the Danish sailors", "-"},
      // ... but not a phrase after another preposition, nor before a participle
      {"Danish protesters in the capital — thousands of them — marched on Friday.", "marched", "Danish protesters",
       "-"},
      {"Peru hit the rebels — its foes for years — killing six.", "killing", "Peru", "six"},
      // ... and after a bare present participle with no commas
      {"The alliance fighting Danish rebels in the north has declared a truce.", "declared", "The alliance", "a truce"},
      {"Protesters demanding reforms marched in Lima.", "marched", "Protesters", "-"},
      // a bare past participle right after the object, with no object of its
      // own, is a passive on that object, not the subject's act
      {"Chile returned the islands seized in the war.", "seized", "the islands", "-"},
      {"Chile returned the islands seized in the war.", "returned", "Chile", "the islands"},
      // ... also before a "by" phrase, which names who did it to the noun
      {"The envoy said Danish police backed by Swedish troops could be seen at the border.", "backed", "Danish police",
       "-"},
      {"The envoy said Danish police backed by Swedish troops could be seen at the border.", "seen", "Danish police",
       "-"},
      {"Chile condemned the villagers attacked by rebels.", "attacked", "the villagers", "-"},
      {"Chile condemned the villagers attacked by rebels.", "condemned", "Chile", "the villagers"},
      // (not a verb after "that", which has a subject of its own)
      {"Chile rejected claims made by Peru that it had bombed the camps.", "bombed", "it", "the camps"},
      // ... also with a particle ("put forward", "drawn up")
      {"Chile welcomed the plan put forward by Peru.", "put", "the plan", "-", "Peru"},
      {"Chile welcomed the plan drawn up by Peru.", "drawn", "the plan", "-", "Peru"},
      {"Chile welcomed the plan drawn up by Peru.", "welcomed", "Chile", "the plan"},
      {"The talks set up by Peru failed.", "failed", "The talks", "-"},
      // ... also when the noun opens the sentence and another verb follows
      {"The plan put forward by Peru was rejected by Chile.", "put", "The plan", "-", "Peru"},
      {"The plan put forward by Peru was rejected by Chile.", "rejected", "The plan", "-", "Chile"},
      {"The raid carried out by Peruvian troops killed six Chilean soldiers.", "killed", "The raid",
       "six Chilean soldiers"},
      // a day's word between the subject and its verb is a time adverb
      {"The Danish court today refused the appeal.", "refused", "The Danish court", "the appeal"},
      {"Peruvian police Monday arrested six men.", "arrested", "Peruvian police", "six men"},
      {"The Kenyan envoy tomorrow will visit Lima.", "visit", "The Kenyan envoy", "Lima"},
      // compound subjects are one noun phrase
      {"Kenya and Uganda signed an accord.", "signed", "Kenya and Uganda", "an accord"},
      {"Iran, Iraq and Syria condemned the strike.", "condemned", "Iran , Iraq and Syria", "the strike"},
      // (a time phrase before the comma closes an opening phrase: the list
      // starts after it)
      {"On Monday, Norway and Denmark signed an accord.", "signed", "Norway and Denmark", "an accord"},
      {"In a call on Tuesday, Olsen and Berg discussed the war.", "discussed", "Olsen and Berg", "the war"},
      // ... but a pronoun after "but", or after "and" behind an object that
      // a parenthesis splits, opens a new clause
      {"Kenya praised the plan, but we rejected it.", "rejected", "we", "it"},
      {"We will go to the (Danish) parliament and we will ask the court to act.", "ask", "we", "the court"},
      // two adjectives sharing one noun, also after a determiner
      {"The Peruvian and Chilean navies held drills.", "held", "The Peruvian and Chilean navies", "drills"},
      // quantity phrases take the counted noun
      {"Thousands of protesters rallied in the capital.", "rallied", "Thousands of protesters", "-"},
      // ... and so does a bare number before a determiner, not before a possessive
      {"Sylvania freed four of the hostages on Monday.", "freed", "Sylvania", "four of the hostages"},
      {"Sylvania expelled one of his closest allies.", "expelled", "Sylvania", "one"},
      // ... and a quantity so made takes the noun it counts in turn
      {"Sylvania freed three of the dozens of hostages.", "freed", "Sylvania", "three of the dozens of hostages"},
      {"Hundreds of thousands of refugees fled Sylvania.", "fled", "Hundreds of thousands of refugees", "Sylvania"},
      {"Sylvania freed three of the dozens of hostages of Freedonia.", "freed", "Sylvania",
       "three of the dozens of hostages"},
      // object control: the object of "urged" is the subject of the infinitive
      {"Germany urged Iran to resume talks with inspectors.", "resume", "Iran", "talks"},
      {"Germany urged Iran to resume talks with inspectors.", "urged", "Germany", "Iran"},
      // a noun phrase after "for", right before an infinitive, is that
      // infinitive's own subject, whatever governs it
      {"Chile is waiting for the Bolivian navy to answer.", "answer", "the Bolivian navy", "-"},
      {"Peru arranged for Danish envoys to visit Lima.", "visit", "Danish envoys", "Lima"},
      {"The accord opened the door for Sylvania to join the bloc.", "join", "Sylvania", "the bloc"},
      {"Kenya said it was time for Uganda to recall its troops.", "recall", "Uganda", "its troops"},
      {"Kenya called for them to leave Nairobi.", "leave", "them", "Nairobi"},
      // ... not a span of time, nor a phrase farther back
      {"Chile waited for two weeks to answer Peru.", "answer", "Chile", "Peru"},
      {"Kenya appealed for help to rebuild the bridge.", "rebuild", "Kenya", "the bridge"},
      // ... nor when the governing verb asks its object
      {"Kenya asked Uganda for the funds to rebuild the bridge.", "rebuild", "Uganda", "the bridge"},
      // an honorific after a common noun opens the next clause's subject
      {"The historian told the news agency Mr Ruiz had copied the text.", "copied", "Mr Ruiz", "the text"},
      {"The historian told the news agency Mr Ruiz had copied the text.", "told", "The historian", "the news agency"},
      // after a causative verb its object is the subject of the bare verb
      {"Kenya made Uganda withdraw its troops.", "withdraw", "Uganda", "its troops"},
      // subject control through an adjective
      {"Kenya is willing to deepen cooperation with Uganda.", "deepen", "Kenya", "cooperation"},
      // reported speech: the reported clause keeps its own subject
      {"Lebanon said Israel violated the truce.", "violated", "Israel", "the truce"},
      // ... also when its subject carries a prepositional phrase
      {"Lebanon said talks with Israel must continue.", "continue", "talks", "-"},
      {"Lebanon said talks with Israel must continue.", "said", "Lebanon", "-"},
      // a relative clause after a quantity of its antecedent ("some of whom")
      {"Police fired tear gas at the demonstrators, some of whom threw rocks at police.", "threw", "the demonstrators",
       "rocks"},
      // a participle that opens the sentence is done by the subject after its comma
      {"Addressing the assembly on Monday, the envoy urged Israel to withdraw.", "Addressing", "the envoy",
       "the assembly"},
      {"Speaking to reporters, the envoy said talks would resume.", "Speaking", "the envoy", "-"},
      {"Backed by Israel, the rebels attacked the town.", "attacked", "the rebels", "the town"},
      {"Following talks with Israel, the envoy left.", "Following", "-", "talks"},
      // a participle's phrase set off by commas after the subject, also one opened by an adverb
      {"The envoy, widely known as a hawk, met the Israeli minister.", "met", "The envoy", "the Israeli minister"},
      // ... and when a name in commas follows it (an apposition)
      {"Lebanon said its envoy, Ana Ruiz, met the Israeli minister.", "met", "its envoy", "the Israeli minister"},
      {"Lebanon said its envoy, Ana Ruiz, met the Israeli minister.", "said", "Lebanon", "-"},
      {"Lebanon accused Israel, its neighbour, of spying.", "accused", "Lebanon", "Israel"},
      {"Lebanon rejected the claim that troops of Israel were withdrawn.", "rejected", "Lebanon", "the claim"},
      // a day or month between the verb and its object is passed over
      {"Macron phoned on Sunday the Iranian president.", "phoned", "Macron", "the Iranian president"},
      {"Kenya deployed on Monday its new battalions.", "deployed", "Kenya", "its new battalions"},
      {"Kenya deployed on Monday two battalions.", "deployed", "Kenya", "two battalions"},
      // ... and so is a bare day: "threatened Monday to resume" has no object
      {"The rebels threatened Monday to resume attacks.", "threatened", "The rebels", "-"},
      {"The rebels threatened Monday to resume attacks.", "resume", "The rebels", "attacks"},
      {"Kenya released Tuesday two prisoners.", "released", "Kenya", "two prisoners"},
      // a time phrase right before the verb is not its subject
      {"The Danish envoy Maria Olsen this week criticized the plan.", "criticized", "The Danish envoy Maria Olsen",
       "the plan"},
      // a day's name ends its phrase: what follows is the next one
      {"Kenya sent on Friday anti-tank missiles to Uganda.", "sent", "Kenya", "anti-tank missiles"},
      {"On Monday Danish troops shelled the village.", "shelled", "Danish troops", "the village"},
      {"Ireland praised the Good Friday Agreement.", "praised", "Ireland", "the Good Friday Agreement"},
      // ... but a place is not a time
      {"Kenya deployed in Somalia two battalions.", "deployed", "Kenya", "-"},
      // a count of things after a common noun starts the next phrase (two
      // objects), but a small number or a name numbers the noun before it
      {"Kenya gave the Danish army 100 armoured trucks.", "gave", "Kenya", "the Danish army"},
      {"Kenya sent the Danish ministry eight old maps.", "sent", "Kenya", "the Danish ministry"},
      {"The phase 2 trials ended.", "ended", "The phase 2 trials", "-"},
      {"The Boeing 737 jets landed.", "landed", "The Boeing 737 jets", "-"},
      // ... and a span of time after a name is one too: a deadline given ("gave X 48 hours to")
      {"The rebels gave the Danish Government 48 hours to leave.", "gave", "The rebels", "the Danish Government"},
      {"Kenya gave the U.N. Refugee Agency 14 days to close the camps.", "gave", "Kenya", "the U.N. Refugee Agency"},
      // a present tense after "and" agrees in number with its subject: the
      // plural verb goes with the plural speakers, not the reported country
      {"Many islanders argue Sylvania has no claim to the atoll and object to the deal.", "object", "Many islanders",
       "-"},
      {"Sylvania says the islanders have no claim to the atoll and rejects the deal.", "rejects", "Sylvania",
       "the deal"},
      // (a verb that agrees with the one before it stays with it)
      {"Peru says Chile has closed the border and refuses to reopen it.", "reopen", "Chile", "it"},
      // after a verb of saying, a phrase and a quotation mark before a
      // finite verb: the phrase is the quoted verb's subject
      {"The envoy spoke, adding the Baltic states \"are quickly rearming\" now.", "adding", "The envoy", "-"},
      {"The envoy spoke, adding the Baltic states \"are quickly rearming\" now.", "rearming", "the Baltic states",
       nullptr},
      // a quantifier floated after an auxiliary is the subject's: the
      // participle after it is the verb, not a noun phrase's modifier
      {"Peru and Chile have both charged the smuggler.", "charged", "Peru and Chile", "the smuggler"},
      {"The envoys were all expelled by Bolivia.", "expelled", "The envoys", "-", "Bolivia"},
      // an -ly adverb and a participle between a determiner (or a comma
      // after an adjective) and a noun describe the noun
      {"The internationally recognised government expelled the envoy.", "expelled",
       "The internationally recognised government", "the envoy"},
      {"Peru's Lima-based, internationally recognised authorities expelled the envoy.", "expelled",
       "Peru 's Lima-based , internationally recognised authorities", "the envoy"},
      // ... but not after a date's number, before a name
      {"A court on May 13 formally charged Ruiz with fraud.", "charged", "A court", "Ruiz"},
      // a participle right after a finite verb, before a noun, describes the
      // noun: the verb's object (not after an auxiliary)
      {"Peru freed kidnapped Chilean tourists.", "freed", "Peru", "kidnapped Chilean tourists"},
      {"Peru has condemned continued raids.", "condemned", "Peru", "continued raids"},
      {"Peru has detained Chilean fishermen.", "detained", "Peru", "Chilean fishermen"},
      // a measure of things ("a series of", "a spate of", "a list of") and
      // the things are one phrase, as "a number of" is: an -ing verb after
      // them is done by the clause's subject
      {"Peru issued a series of warnings demanding that Chile pay.", "issued", "Peru", "a series of warnings"},
      {"Peru issued a series of warnings demanding that Chile pay.", "demanding", "Peru", nullptr},
      {"Chile sent a list of demands urging Peru to withdraw.", "urging", "Chile", "Peru"},
      {"Chile saw a spate of attacks on its border posts.", "saw", "Chile", "a spate of attacks"},
      // (as with the things alone)
      {"Peru issued warnings demanding that Chile pay.", "demanding", "Peru", nullptr},
      // a relative clause with no comma: the phrase after its verb is its
      // object and the finite verb after that is the antecedent's
      {"Gunmen who stopped the bus ordered Chilean passengers to leave.", "stopped", "Gunmen", "the bus"},
      {"Gunmen who stopped the bus ordered Chilean passengers to leave.", "ordered", "Gunmen", "Chilean passengers"},
      {"A Peruvian envoy who visited the camp criticized Chile.", "criticized", "A Peruvian envoy", "Chile"},
      {"Witnesses said soldiers who entered the village fired on protesters.", "fired", "soldiers", "-"},
      // (not after a verb that takes a clause: that phrase is the next
      // verb's subject)
      {"Lawmakers who fear Chile will retaliate opposed the deal.", "retaliate", "Chile", "-"},
      // (nor when the phrase before the pronoun is a preposition's object:
      // which phrase the pronoun stands for is not known)
      {"Firms in Chile that import rifles are named in the report.", "named", "Firms", "-"},
      // (nor with a comma before the pronoun, which was right already)
      {"The envoy, who met the minister, criticized Chile.", "criticized", "The envoy", "Chile"},
      // a finite verb after "and" is not coordinated with a bare participle
      // that describes the noun before it, but with the clause before that
      {"Peru voiced sorrow over lives lost and urged Chile to act.", "urged", "Peru", "Chile"},
      {"The couriers worked for a gang known as Los Lobos and were paid in cash.", "paid", "The couriers", "-"},
      // a bare past participle with no object right after a noun, then only
      // prepositional phrases before a finite verb: a reduced relative on the
      // noun; the finite verb is the subject's of the phrase the noun is in
      {"Chilean troops stationed in Peru attacked the rebels.", "attacked", "Chilean troops", "the rebels"},
      {"Chilean troops stationed in Peru attacked the rebels.", "stationed", "Chilean troops", "-"},
      {"Leaders of the refugees trapped in the fighting in Lima thanked Chile.", "thanked", "Leaders", "Chile"},
      {"Leaders of the refugees trapped in the fighting in Lima thanked Chile.", "trapped", "the refugees", "-"},
      {"Peru said soldiers deployed on the border had fired on Chilean fishermen.", "fired", "soldiers", "-"},
      // (not with a comma or a conjunction before the verb)
      {"Peru freed the fishermen held in Lima and Chile thanked it.", "thanked", "Chile", "it"},
      // (unchanged: a participle with an object, or passive verbs joined)
      {"Two ministers were detained and questioned by police.", "questioned", "Two ministers", "-"},
      // a quotation that opens on the verb after its subject, or closes on
      // it before its object, leaves both where they are
      {"Officials said that the Danish navy \"successfully seized\" the smugglers' boat.", "seized", "the Danish navy",
       "the smugglers ' boat"},
      {"The envoy added that Norway \"firmly rejects\" the Swedish plan.", "rejects", "Norway", "the Swedish plan"},
      {"Chile \"strongly condemned\" the raid on Peru.", "condemned", "Chile", "the raid"},
      // (unchanged: a quotation that opens after the verb)
      {"Chile called the raid \"an outrage\".", "called", "Chile", "the raid"},
  };
  for (const ClauseCase& c : cases) {
    std::string context;
    const Clause* found = AnalyzeClause(c.sentence, c.verb, &context);
    if (!found) continue;
    const Clause& cl = *found;
    ExpectPart(c.subject, ChunkText(a_, cl.subject), "subject", context);
    ExpectPart(c.object, ChunkText(a_, cl.object), "object", context);
    ExpectPart(c.agent, ChunkText(a_, cl.agent), "agent", context);
    ExpectPart(c.speaker, ChunkText(a_, cl.speaker), "speaker", context);
  }
}

struct VerbCase {
  const char* sentence;
  const char* verb;
  Tense tense;
  Voice voice;
  bool negated;
  const char* modal;    // lower-case modal word, "-" for none
  const char* control;  // lemma of the governing word, "-" for none
};

TEST_F(ChunkerTest, VerbGroups) {
  const VerbCase cases[] = {
      {"Danish troops shelled the village.", "shelled", Tense::kPast, Voice::kActive, false, "-", "-"},
      {"The village was shelled by Danish troops.", "shelled", Tense::kPast, Voice::kPassive, false, "-", "-"},
      {"The village is shelled every night.", "shelled", Tense::kPresent, Voice::kPassive, false, "-", "-"},
      // "been" before a gerund is progressive, not passive
      {"Danish troops have been shelling the village.", "shelling", Tense::kPresent, Voice::kActive, false, "-", "-"},
      {"The village has been shelled for days.", "shelled", Tense::kPresent, Voice::kPassive, false, "-", "-"},
      {"Turkey did not criticize Greece.", "criticize", Tense::kPast, Voice::kActive, true, "-", "-"},
      {"Turkey has never criticized Greece.", "criticized", Tense::kPresent, Voice::kActive, true, "-", "-"},
      // adverbs saying the act (almost) never happens negate it; "barely" does not
      {"Turkey seldom criticizes Greece.", "criticizes", Tense::kPresent, Voice::kActive, true, "-", "-"},
      {"Turkey has rarely criticized Greece.", "criticized", Tense::kPresent, Voice::kActive, true, "-", "-"},
      {"Turkey hardly criticized Greece.", "criticized", Tense::kPast, Voice::kActive, true, "-", "-"},
      {"Turkey barely criticized Greece.", "criticized", Tense::kPast, Voice::kActive, false, "-", "-"},
      {"Turkey no longer criticizes Greece.", "criticizes", Tense::kPresent, Voice::kActive, true, "-", "-"},
      // a "neither ... nor" subject denies the act; a clause after a comma is its own
      {"Neither Turkey nor Cyprus criticized Greece.", "criticized", Tense::kPast, Voice::kActive, true, "-", "-"},
      {"Neither Turkey nor Cyprus spoke, but Malta criticized Greece.", "criticized", Tense::kPast, Voice::kActive,
       false, "-", "-"},
      // so does a subject with "none of" or "no", and "nor" before an inverted auxiliary
      {"None of the envoys criticized Greece.", "criticized", Tense::kPast, Voice::kActive, true, "-", "-"},
      {"No Turkish envoy criticized Greece.", "criticized", Tense::kPast, Voice::kActive, true, "-", "-"},
      {"There is no doubt that Turkey criticized Greece.", "criticized", Tense::kPast, Voice::kActive, false, "-", "-"},
      {"Turkey does not praise Greece, nor does it criticize Cyprus.", "criticize", Tense::kPresent, Voice::kActive,
       true, "-", "-"},
      {"Egypt will host talks with Sudan.", "host", Tense::kFuture, Voice::kActive, false, "will", "-"},
      {"Egypt won't host talks with Sudan.", "host", Tense::kFuture, Voice::kActive, true, "wo", "-"},
      {"Norway will continue to strengthen ties with Sweden.", "strengthen", Tense::kFuture, Voice::kActive, false,
       "will", "continue"},
      {"Kenya is willing to deepen cooperation with Uganda.", "deepen", Tense::kPresent, Voice::kActive, false, "-",
       "willing"},
      {"Germany urged Iran to resume talks.", "resume", Tense::kPast, Voice::kActive, false, "-", "urge"},
      {"Chile refused to meet Bolivian officials.", "meet", Tense::kPast, Voice::kActive, false, "-", "refuse"},
      // (a "for" subject's own adjective is not the governing word)
      {"Chile is waiting for the Bolivian military to answer.", "answer", Tense::kPresent, Voice::kActive, false, "-",
       "wait"},
      // the "and" of a compound object does not coordinate the gerund after
      // it with the verb: "accuse" governs it as with a single object
      {"Chile accused Peru of attacking Bolivia.", "attacking", Tense::kPast, Voice::kActive, false, "-", "accuse"},
      {"Chile accused Peru and Ecuador of attacking Bolivia.", "attacking", Tense::kPast, Voice::kActive, false, "-",
       "accuse"},
      {"Iran threatened to attack Israel.", "attack", Tense::kPast, Voice::kActive, false, "-", "threaten"},
      {"Brazil could send envoys to Chile.", "send", Tense::kPresent, Voice::kActive, false, "could", "-"},
      // a bare past form after a noun with a "by" phrase naming someone is a
      // participle; with a number after "by" it stays active
      {"They discussed a summit requested by the Danish government.", "requested", Tense::kPast, Voice::kPassive, false,
       "-", "-"},
      {"Danish exports rose by five percent.", "rose", Tense::kPast, Voice::kActive, false, "-", "-"},
      // "held hostage" or "held captive" with no object after it is passive:
      // its subject is the one held; with an object it stays active
      {"Four Danish engineers, held captive for a year, were freed.", "held", Tense::kPast, Voice::kPassive, false, "-",
       "-"},
      {"Gunmen held hostage four Danish engineers.", "held", Tense::kPast, Voice::kActive, false, "-", "-"},
      // "stand" before a past participle is a copula: the group is passive
      {"Two Danish officers stand accused of fraud.", "accused", Tense::kPresent, Voice::kPassive, false, "-", "-"},
      {"Two Danish officers stood charged with fraud.", "charged", Tense::kPast, Voice::kPassive, false, "-", "-"},
      // a lone participle joined by "and" to a passive verb group is passive
      // too; a past form with an object of its own is not
      {"Two Danish reporters were detained and beaten.", "beaten", Tense::kPast, Voice::kPassive, false, "-", "-"},
      {"Two Danish sailors had been seized and held captive.", "held", Tense::kPast, Voice::kPassive, false, "-", "-"},
      {"The Danish envoy was attacked and fled the city.", "fled", Tense::kPast, Voice::kActive, false, "-", "-"},
      {"Peru will no longer recognize the election.", "recognize", Tense::kFuture, Voice::kActive, true, "will", "-"},
  };
  for (const VerbCase& c : cases) {
    std::string context;
    const Clause* cl = AnalyzeClause(c.sentence, c.verb, &context);
    if (!cl) continue;
    const Chunk& v = a_.chunks[cl->verb];
    EXPECT_EQ(static_cast<int>(v.tense), static_cast<int>(c.tense)) << "tense" << context;
    EXPECT_EQ(v.voice, c.voice) << "voice" << context;
    EXPECT_EQ(v.negated, c.negated) << "negated" << context;
    std::string modal = v.modal >= 0 ? std::string(a_.Lower(a_.tokens[v.modal])) : "-";
    EXPECT_EQ(modal, c.modal) << "modal" << context;
    std::string control = v.control >= 0 ? std::string(a_.Lemma(a_.tokens[v.control])) : "-";
    EXPECT_EQ(control, c.control) << "control" << context;
  }
}

struct FlagCase {
  const char* sentence;
  const char* verb;
  bool reported;
  const char* speaker;  // nullptr: not checked
  bool conditional;
  bool relative;
  int coordinated;  // 1: shares a subject through coordinated_with, 0: does not, -1: not checked
};

TEST_F(ChunkerTest, ReportedSpeechConditionalsRelativesCoordination) {
  const FlagCase cases[] = {
      // "X said ..."
      {"Lebanon said Israel violated the truce.", "violated", true, "Lebanon", false, false, false},
      {"Lebanon said that Israel had violated the truce.", "violated", true, "Lebanon", false, false, false},
      {"Lebanon said Israel violated the truce.", "said", false, "-", false, false, false},
      // "..., X said."
      {"Israel violated the truce, Lebanon said.", "violated", true, "Lebanon", false, false, false},
      {"Israel violated the truce, the Lebanese army said on Monday.", "violated", true, "the Lebanese army", false,
       false, false},
      // "..., said X."
      {"Israel violated the truce, said a Lebanese official.", "violated", true, "a Lebanese official", false, false,
       false},
      // ... but whom one tells is never the speaker (", told reporters")
      // (the speaker is the name before the apposition)
      {"\"The truce is over,\" Pedro Gomez, a Chilean envoy, told reporters.", "is", true, "Pedro Gomez", false, false,
       false},
      {"\"The truce is over,\" Ana Ruiz, a spokesperson for the Chilean army, said.", "is", true, "Ana Ruiz", false,
       false, false},
      // the speech of a relative clause set off by commas ends where the main
      // clause resumes with its antecedent
      {"The Danish minister, who said the talks had failed, criticized Norway.", "failed", true, "The Danish minister",
       false, false, -1},
      {"The Danish minister, who said the talks had failed, criticized Norway.", "criticized", false, nullptr, false,
       false, -1},
      // ... but a participle opening the sentence is what the speaker did
      {"Speaking to reporters, the envoy said talks had resumed.", "Speaking", false, "-", false, false, -1},
      {"Speaking to reporters, the envoy said talks had resumed.", "resumed", true, "the envoy", false, false, -1},
      // an -ing word that works as a preposition opening the sentence is not
      // speech of the clause after its comma; what follows the verb is
      {"Following the talks, Chile said that it had withdrawn its envoy.", "withdrawn", true, "Chile", false, false,
       -1},
      {"Following the talks, Chile said that it had withdrawn its envoy.", "Following", false, "-", false, false, -1},
      {"Regarding the dispute, the minister said Peru had closed the border.", "closed", true, "the minister", false,
       false, -1},
      // (unchanged: a clause before the comma with a subject is the speech)
      {"Peru closed the border, the minister said.", "closed", true, "the minister", false, false, -1},
      // a clause between the speaker and the verb is about the speaker: the
      // speech follows the verb ("X, who ..., said ...")
      {"Pedro Gomez, who is Chilean, said he had met the envoy.", "met", true, "Pedro Gomez", false, false, false},
      {"Pedro Gomez, who is Chilean, said he had met the envoy.", "is", false, "-", false, true, false},
      {"The minister, speaking in Lima, said Chile had closed the border.", "closed", true, "The minister", false,
       false, false},
      {"Peru rejected the warrant, telling reporters it had appealed.", "appealed", true, "Peru", false, false, false},
      {"Peru rejected the warrant, telling reporters it had appealed.", "rejected", false, "-", false, false, false},
      // "according to X, ..."
      {"According to Jordanian officials, Syria has sealed the border.", "sealed", true, "Jordanian officials", false,
       false, false},
      // plain assertions are not reported
      {"Israel violated the truce on Monday.", "violated", false, "-", false, false, false},
      // conditionals and questions
      {"If Cuba sends troops, Mexico will protest.", "sends", false, nullptr, true, false, false},
      {"Mexico will protest if Cuba sends troops.", "sends", false, nullptr, true, false, false},
      // a clause joined by "and" or "or" to an opening condition is part of it;
      // after a condition at the end, "and" may begin a new clause
      {"If Cuba agrees and Spain sends troops, Mexico will protest.", "sends", false, nullptr, true, false, false},
      {"Mexico will protest if Cuba agrees and Spain sent troops.", "sent", false, nullptr, false, false, false},
      {"Mexico will protest.", "protest", false, nullptr, false, false, false},
      {"Did Spain recall its envoy?", "recall", false, nullptr, true, false, false},
      {"Brazil could send envoys to Chile.", "send", false, nullptr, true, false, false},
      // relative clauses
      {"Protesters who blocked the highway clashed with police.", "blocked", false, nullptr, false, true, false},
      {"Protesters who blocked the highway clashed with police.", "clashed", false, nullptr, false, false, -1},
      {"The ships, which carried grain, reached Odessa.", "carried", false, nullptr, false, true, false},
      // coordination
      {"Peru condemned the raid and recalled its ambassador.", "recalled", false, nullptr, false, false, true},
      {"Peru condemned the raid and recalled its ambassador.", "condemned", false, nullptr, false, false, false},
  };
  for (const FlagCase& c : cases) {
    std::string context;
    const Clause* found = AnalyzeClause(c.sentence, c.verb, &context);
    if (!found) continue;
    const Clause& cl = *found;
    EXPECT_EQ(cl.reported, c.reported) << "reported" << context;
    if (c.speaker) {
      EXPECT_EQ(ChunkText(a_, cl.speaker), c.speaker) << "speaker" << context;
    }
    EXPECT_EQ(cl.conditional, c.conditional) << "conditional" << context;
    EXPECT_EQ(cl.relative, c.relative) << "relative" << context;
    if (c.coordinated >= 0) {
      EXPECT_EQ(cl.coordinated_with >= 0, c.coordinated == 1) << "coordinated_with" << context;
    }
  }
}

// Every clause and chunk stays inside its sentence, and chunks tile the
// sentence's tokens without overlap.
TEST_F(ChunkerTest, ChunksTileSentences) {
  const char* text =
      "Chinese troops did not fire on Indian patrols, an army spokesman said. "
      "According to Jordanian officials, Syria has sealed the border. "
      "Thousands of protesters who had gathered in the capital were dispersed by police on Friday.";
  Analyze(text);
  ASSERT_EQ(a_.parses.size(), a_.sentences.size());
  ASSERT_EQ(a_.sentences.size(), 3u);
  for (size_t s = 0; s < a_.sentences.size(); ++s) {
    const Sentence& sent = a_.sentences[s];
    const SentenceParse& p = a_.parses[s];
    uint32_t next = sent.first_token;
    for (uint32_t c = p.first_chunk; c < p.end_chunk; ++c) {
      const Chunk& ch = a_.chunks[c];
      EXPECT_EQ(ch.first_token, next) << "sentence " << s << " chunk " << c;
      EXPECT_LT(ch.first_token, ch.end_token);
      EXPECT_GE(ch.head, ch.first_token);
      EXPECT_LT(ch.head, ch.end_token);
      next = ch.end_token;
    }
    EXPECT_EQ(next, sent.end_token) << "sentence " << s;
    for (uint32_t c = p.first_clause; c < p.end_clause; ++c) {
      const Clause& cl = a_.clauses[c];
      for (int32_t k : {cl.verb, cl.subject, cl.object, cl.agent, cl.speaker}) {
        if (k < 0) continue;
        EXPECT_GE(k, static_cast<int32_t>(p.first_chunk)) << "sentence " << s << Dump();
        EXPECT_LT(k, static_cast<int32_t>(p.end_chunk)) << "sentence " << s << Dump();
      }
      EXPECT_EQ(a_.chunks[cl.verb].kind, ChunkKind::kVP);
    }
  }
}

TEST(ChunkKindNameTest, Names) {
  EXPECT_STREQ(ChunkKindName(ChunkKind::kNP), "NP");
  EXPECT_STREQ(ChunkKindName(ChunkKind::kVP), "VP");
  EXPECT_STREQ(ChunkKindName(ChunkKind::kPP), "PP");
  EXPECT_STREQ(ChunkKindName(ChunkKind::kADVP), "ADVP");
}

}  // namespace
}  // namespace dyad::parse
