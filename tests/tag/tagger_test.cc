#include "tag/tagger.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "core/prefilters.h"
#include "dyad/analysis.h"
#include "dyad/pipeline.h"
#include "tag/pretokenized.h"
#include "test_util.h"

namespace dyad::tag {
namespace {

// The tags `t` gives pre-tokenized sentences, as names joined by spaces.
std::string TagNames(const Tagger& t, const std::vector<std::vector<std::string>>& sentences) {
  Analysis a;
  std::string text;
  BuildPretokenized(sentences, &text, &a);
  t.Tag(&a);
  std::string out;
  for (const Token& k : a.tokens) {
    if (!out.empty()) out += ' ';
    out += PosTagName(k.tag);
  }
  return out;
}

constexpr char kLinguaDir[] = "/usr/share/perl5/Lingua/EN/Tagger";

class TaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tagger_ = testing_util::LoadForSuite(Tagger::Load(kLinguaDir), &status_);
  }
  static void TearDownTestSuite() {
    delete tagger_;
    tagger_ = nullptr;
  }
  void SetUp() override {
    if (!tagger_) GTEST_SKIP() << "Lingua::EN::Tagger lexicon not available: " << status_.ToString();
  }
  // Tags a space-separated, Penn-tokenised sentence; returns its tags joined
  // by spaces.
  static std::string TagLine(const std::string& line) {
    std::vector<std::string> words;
    std::istringstream in(line);
    for (std::string w; in >> w;) words.push_back(w);
    Analysis a;
    std::string text;
    BuildPretokenized({words}, &text, &a);
    tagger_->Tag(&a);
    std::string out;
    for (const Token& t : a.tokens) {
      if (!out.empty()) out += ' ';
      out += PosTagName(t.tag);
    }
    return out;
  }
  static inline Tagger* tagger_ = nullptr;
  static inline Status status_;
};

struct Case {
  const char* sentence;
  const char* tags;
};

TEST_F(TaggerTest, NewsSentences) {
  const Case cases[] = {
      {"Russian troops attacked the town on Tuesday .", "JJ NNS VBD DT NN IN NNP ."},
      {"The town was attacked by Russian troops .", "DT NN VBD VBN IN JJ NNS ."},
      {"The minister said talks would resume next week .", "DT NN VBD NNS MD VB JJ NN ."},
      {"Police arrested 12 protesters in the capital on Monday .", "NNS VBD CD NNS IN DT NN IN NNP ."},
      {"He could not confirm the report .", "PRP MD RB VB DT NN ."},
      {"Officials are meeting in Geneva .", "NNS VBP VBG IN NNP ."},
      {"The rebels do n't want a ceasefire .", "DT NNS VBP RB VB DT NN ."},
      {"Iran 's foreign minister will visit Moscow .", "NNP POS JJ NN MD VB NNP ."},
      {"Mr. Putin met President Xi in Beijing .", "NNP NNP VBD NNP NNP IN NNP ."},
      {"Protesters burned tires and blocked roads .", "NNS VBD NNS CC VBD NNS ."},
      {"The United Nations condemned the attack .", "DT NNP NNPS VBD DT NN ."},
      {"Two soldiers were killed and three wounded .", "CD NNS VBD VBN CC CD VBN ."},
      {"It is expected to sign a trade agreement .", "PRP VBZ VBN TO VB DT NN NN ."},
      // after "have", a word that can be a participle is one
      {"The city has celebrated Easter .", "DT NN VBZ VBN NN ."},
      {"They have celebrated Christmas in Rome .", "PRP VBP VBN NNP IN NNP ."},
      // after "and", a second past tense
      {"The council criticized the raid on Friday and promised funds to the farmers .",
       "DT NN VBD DT NN IN NNP CC VBD NNS TO DT NNS ."},
      {"They signed a bold and promised reform .", "PRP VBD DT JJ CC JJ NN ."},
      // ... and before "and" and a past tense, a first one after its subject noun
      {"The clash ended when soldiers shot and killed the gunman .", "DT NN VBD WRB NNS VBD CC VBD DT NN ."},
      // a name, then a present-tense verb, then a preposition
      {"Sylvania act on a proposal .", "NNP VBP IN DT NN ."},
      // what is demanded: a base-form verb right after its subject
      {"Sylvania demanded that the European Union lift visa restrictions .", "NNP VBD IN DT NNP NNP VB NN NNS ."},
      {"Sylvania demanded that Freedonia share intelligence on the smugglers .", "NNP VBD IN NNP VB NN IN DT NNS ."},
      {"Sylvania demanded that the ban be lifted .", "NNP VBD IN DT NN VB VBN ."},
      // after a word that takes an infinitive, "to" + a word that can be a verb
      {"Sylvania and Freedonia agreed to share information .", "NNP CC NNP VBD TO VB NN ."},
      {"Sylvania vowed to fight the rebels .", "NNP VBD TO VB DT NNS ."},
      {"Sylvania agreed to a ceasefire .", "NNP VBD TO DT NN ."},
      // an -ing word after "be" is the verb when an object follows it (a
      // determiner or a capitalised name), an adjective otherwise
      {"Freedonian warplanes are striking Islamist positions .", "JJ NNS VBP VBG NN NNS ."},
      {"These are striking examples .", "DT VBP JJ NNS ."},
      // a headline whose subject ends in a common noun: the first plural after it is the
      // verb, unless a name stands before a noun that can be a verb ("Britain launch strikes")
      {"Sylvanian government lifts ban on parties", "JJ NN VBZ NN IN NNS"},
      {"Freedonia roadside bomb hits Sylvanian troops", "NNP NN NN VBZ JJ NNS"},
      // a word read as an adjective that can be a noun ("military") heads an opening subject:
      // a plural after it is the verb when an object's noun phrase starts after it and no
      // verb comes before the next comma; not before a preposition or a verb
      {"The Sylvanian military trains Freedonian pilots .", "DT JJ JJ VBZ JJ NNS ."},
      {"The Sylvanian military trains Freedonian pilots to fly jets , an officer said .",
       "DT JJ JJ VBZ JJ NNS TO VB NNS , DT NN VBD ."},
      {"Sylvanian military drills near the border", "JJ JJ NNS IN DT NN"},
      {"Military trains carried tanks to the border .", "JJ NNS VBD NNS TO DT NN ."},
      // a headline whose plural subject takes a base-form verb, also before an infinitive;
      // after a name, a plural that can be a verb is the verb
      {"Sylvanian protesters block roads to demand reforms", "JJ NNS VBP NNS TO VB NNS"},
      {"Freedonian tanks pound border town", "JJ NNS VBP NN NN"},
      {"Sylvanian students rally for free elections", "JJ NNS VBP IN JJ NNS"},
      {"Sylvania demands market access from Freedonia", "NNP VBZ NN NN IN NNP"},
      // a headline in title case: its capitalised verb is no name; names
      // that cannot be verbs are passed over
      {"Sylvania Criticizes Freedonia", "NNP VBZ NNP"},
      {"Freedonia Threatens Sylvania With Sanctions", "NNP VBZ NNP IN NNS"},
      {"United Nations Urges Calm in Freedonia", "NNP NNPS VBZ NNP IN NNP"},
      // ... and a plural subject's base-form verb in title case is the verb (not when a
      // word after it can be the verb instead, "Human Rights Watch Urges")
      {"Freedonian Tanks Pound Border Town", "NNP NNP VBP NNP NNP"},
      {"Police Shoot and Kill Sylvanian Gang Leader", "NNP VBP CC VBP NNP NNP NNP"},
      {"Freedonian Farmers Urge Sylvania to Ease Restrictions", "NNP NNPS VBP NNP TO VB NNS"},
      {"Human Rights Watch Urges Sylvania", "NNP NNPS NNP VBZ NNP"},
      // "a" or "an" wants a singular head: a plural inside its phrase is a
      // modifier, and the noun after it the head; a word of quantity makes
      // the phrase plural
      {"Sylvania broke a U.N. arms embargo on Freedonia .", "NNP VBD DT NNP NNS NN IN NNP ."},
      {"A dozen states ban the sale .", "DT NN NNS VBP DT NN ."},
      // a word in capitals opening a sentence is an acronym, not a word
      // capitalised by its place ("US" is not "us")
      {"US troops withdrew from the base .", "NNP NNS VBD IN DT NN ."},
      {"Give us the names .", "VB PRP DT NNS ."},
      // "IS" in capitals among other words is the Islamic State's name; the
      // verb only in a line all in capitals
      {"Sylvanian troops captured three IS fighters .", "JJ NNS VBD CD NNP NNS ."},
      {"IS gunmen attacked the town .", "NNP NNS VBD DT NN ."},
      {"WHAT IS NEXT", "WP VBZ NNP"},
      // ... and so is "WHO" the World Health Organization's, also opening a sentence
      {"Sylvania asked the WHO for vaccines .", "NNP VBD DT NNP IN NNS ."},
      {"WHO officials praised Freedonia .", "NNP NNS VBD NNP ."},
      {"WHO WILL PAY", "WP MD VB"},
      {"Who attacked the town ?", "WP VBD DT NN ."},
      // after a determiner and one name, a word that can be a plural is one where
      // the sentence ends or a modal follows; before a preposition it stays a verb
      {"Sylvania joined the NATO exercises .", "NNP VBD DT NNP NNS ."},
      {"The Sylvanian suspects would be freed .", "DT JJ NNS MD VB VBN ."},
      {"The Charter calls on members .", "DT NNP VBZ IN NNS ."},
      // a word that can be a plural, after a noun and before a preposition's phrase, is
      // the plural where a verb that only a plural takes follows that phrase; a word
      // that may open a clause, or a second phrase, keeps the verb
      {"UN sanctions against Sylvania were lifted .", "NNP NNS IN NNP VBD VBN ."},
      {"Security forces in the capital say they shot two men .", "NNP NNS IN DT NN VBP PRP VBD CD NNS ."},
      {"Recent energy finds in the sea have angered Freedonia .", "JJ NN NNS IN DT NN VBP VBN NNP ."},
      {"The army withdraws after clashes were reported .", "DT NN VBZ IN NNS VBD VBN ."},
      {"The army withdraws from the town as clashes were reported .", "DT NN VBZ IN DT NN IN NNS VBD VBN ."},
      {"Sylvania warns of protests .", "NNP VBZ IN NNS ."},
      // a base form after "and" in a list of nouns, when the verb before is past or
      // third-person present, is a noun modifier; not after a modal
      {"Kenyan police fired tear gas and stun grenades at protesters .", "JJ NNS VBD JJ NN CC NN NNS IN NNS ."},
      {"The troops used rifles , tear gas and stun grenades .", "DT NNS VBD NNS , JJ NN CC NN NNS ."},
      {"The ministry said it would close the border and stop trade .", "DT NN VBD PRP MD VB DT NN CC VB NN ."},
      // a participle of feeling after a linking verb, before what the feeling
      // is about, is an adjective; before an infinitive it stays a participle
      {"Sylvania is deeply concerned about the raids .", "NNP VBZ RB JJ IN DT NNS ."},
      {"Sylvania remains worried over the border .", "NNP VBZ JJ IN DT NN ."},
      {"The traders were encouraged to leave .", "DT NNS VBD VBN TO VB ."},
      // "call" after "and" and before "on"/"upon" agrees with a present tense
      // before it; a bare plural before "and" keeps the noun
      {"Sylvania condemns the raid and calls on Freedonia to show restraint .",
       "NNP VBZ DT NN CC VBZ IN NNP TO VB NN ."},
      {"We condemn the raid and call upon Freedonia to act .", "PRP VB DT NN CC VBP IN NNP TO VB ."},
      {"The minister faces protests and calls on him to resign .", "DT NN VBZ NNS CC NNS IN PRP TO VB ."},
  };
  for (const Case& c : cases) EXPECT_EQ(TagLine(c.sentence), c.tags) << c.sentence;
}

TEST_F(TaggerTest, UnknownWords) {
  // Words absent from the lexicon get their tag from shape and suffix.
  const Case cases[] = {
      // Capitalised inside a sentence: proper noun.
      {"Troops from Zarkovia entered the city .", "NNS IN NNP VBD DT NN ."},
      // ... whatever its ending shares with rare common nouns.
      {"Troops from Uganda and Kenya attacked the rebels .", "NNS IN NNP CC NNP VBD DT NNS ."},
      {"The talks in Morganda ended .", "DT NNS IN NNP VBD ."},
      {"Envoys from Velapal and Borunda met .", "NNS IN NNP CC NNP VBD ."},
      // ... nor an adverb, whatever its ending, even before adverbs
      {"Morales and Zelvickyy also publicly disagreed .", "NNP CC NNP RB RB VBD ."},
      {"The envoy , Marta Quirly , spoke .", "DT NN , NNP NNP , VBD ."},
      // (guard: a lower-case invented -ly word stays an adverb)
      {"Kenya and Uganda flimbly disagreed .", "NNP CC NNP RB VBD ."},
      // Numbers and ordinals.
      {"They fired 1,234 rockets .", "PRP VBD CD NNS ."},
      // -ing, -ed, -ly, -s, -tion on invented stems.
      {"They are blorfing the grumbles .", "PRP VBP VBG DT NNS ."},
      {"The army quickly snurfled the village .", "DT NN RB VBD DT NN ."},
      {"The blorfication of the region failed .", "DT NN IN DT NN VBD ."},
      {"It was a flimbly decision .", "PRP VBD DT JJ NN ."},
      // An -s word whose stem is no verb is a plural noun, even after a noun.
      {"The army skyraids killed dozens .", "DT NN NNS VBD NNS ."},
      {"The navy gunboats shelled the port .", "DT NN NNS VBD DT NN ."},
      // An -ing word whose stem is no verb describes the noun after a verb
      // (a participle there would split the verb from its object) ...
      {"They provided peacekeeping training to the army .", "PRP VBD JJ NN TO DT NN ."},
      {"They funded glimbering projects .", "PRP VBD JJ NNS ."},
      // A headline with no other verb has one after its opening name.
      {"Peru demands answers from Chile", "NNP VBZ NNS IN NNP"},
      // ... and one that opens with two names joined by a comma or "and"
      // has its base-form verb after them
      {"Chile , Peru sign trade deal", "NNP , NNP VBP NN NN"},
      {"Chile and Uganda sign trade deal", "NNP CC NNP VBP NN NN"},
      {"Chile and Peru border dispute flares", "NNP CC NNP NN NN VBZ"},
      // A few participles before a noun phrase describe it.
      {"Kenya met with visiting Chinese officials .", "NNP VBD IN JJ JJ NNS ."},
      {"The outgoing president left .", "DT JJ NN VBD ."},
      // A past participle between a number or determiner and the noun's words describes it.
      {"Troops killed 24 unarmed Danish civilians .", "NNS VBD CD JJ JJ NNS ."},
      {"Chile and Peru have both banned Sylvania .", "NNP CC NNP VBP DT VBN NNP ."},
      // ... and after an -ly adverb that follows a determiner or possessive
      // (both rules in one sentence: the loop that runs them reads each
      // participle once).
      {"Freedonia 's widely criticised government resigned .", "NNP POS RB JJ NN VBD ."},
      {"The 40 detained Sylvanian sailors met the newly elected mayor .", "DT CD JJ JJ NNS VBD DT RB JJ NN ."},
      // ... and right after a verb, before a name, unless the verb takes a
      // gerund
      {"Kenya welcomed visiting Chinese President Xi .", "NNP VBD JJ JJ NNP NNP ."},
      {"Kenya began visiting Chinese ports .", "NNP VBD VBG JJ NNS ."},
      // ... and a few that are no act of anyone's, after any word but a noun
      {"Peru was criticized on Monday by neighboring Chile .", "NNP VBD VBN IN NNP IN JJ NNP ."},
      // Hyphenated forms follow their last part.
      {"They signed a long-delayed agreement .", "PRP VBD DT JJ NN ."},
      // ... except a name particle joined to a capitalised name.
      {"Rami al-Hakim arrived .", "NNP NNP VBD ."},
      // (the particles are the tokenizer's and the name rule's list, with the
      // article's forms before a sun letter)
      {"The envoys met ould-Zeyad and ash-Shamari .", "DT NNS VBD NNP CC NNP ."},
      // A lowercase particle between two parts of a name belongs to it.
      {"Prince Khalid bin Tariq met Anna van der Berg .", "NNP NNP NNP NNP VBD NNP NNP NNP NNP ."},
      {"Pedro de Souza left for the city .", "NNP NNP NNP VBD IN DT NN ."},
      // Sentence-initial capitals of common words.
      {"Blorfications were announced .", "NNS VBD VBN ."},
  };
  for (const Case& c : cases) EXPECT_EQ(TagLine(c.sentence), c.tags) << c.sentence;
}

TEST(TaggerWithWordNet, IrregularPastFormsOfWordNetVerbsAreVerbs) {
  // verb.exc lists irregular forms; an unknown one after a plural noun is the
  // clause's verb, not a compound noun. Without WordNet it stays a noun.
  auto with = Tagger::Load(kLinguaDir, "/usr/share/wordnet");
  if (!with.ok()) GTEST_SKIP() << "Lingua::EN::Tagger or WordNet not available: " << with.status().ToString();
  const std::vector<std::string> words = {"The", "rebel", "fighters", "overran", "a", "checkpoint", "."};
  EXPECT_EQ(TagNames(**with, {words}), "DT NN NNS VBD DT NN .");
  auto without = Tagger::Load(kLinguaDir);
  ASSERT_TRUE(without.ok());
  EXPECT_EQ(TagNames(**without, {words}), "DT NN NNS NN DT NN .");
}

TEST(TaggerWithWordNet, HeadlineAndDemandedVerbsTakeWordNetsVerbs) {
  // After a verb of demanding ("that" or, in a headline, nothing) and a name,
  // a word the lexicon knows only as a noun, or not at all, is the demanded
  // verb when WordNet knows it as a verb.
  auto with = Tagger::Load(kLinguaDir, "/usr/share/wordnet");
  if (!with.ok()) GTEST_SKIP() << "Lingua::EN::Tagger or WordNet not available: " << with.status().ToString();
  struct Case {
    std::vector<std::string> words;
    const char* tags;
  } cases[] = {
      {{"Sylvania", "demanded", "that", "the", "United", "States", "station", "more", "troops", "on", "its", "soil",
        "."},
       "NNP VBD IN DT NNP NNPS VB JJR NNS IN PRP$ NN ."},
      // ... also in a headline without "that", for a word the lexicon lacks
      {{"Sylvania", "demands", "Freedonia", "de-escalate"}, "NNP VBZ NNP VB"},
      // a headline's plural that WordNet does not know as a verb is the subject
      {{"Thai", "protesters", "march", "for", "higher", "wages"}, "NNP NNS VBP IN JJR NNS"},
      // ... one it knows stays the verb
      {{"Sylvania", "demands", "market", "access"}, "NNP VBZ NN NN"},
      // a noun of the subject after a common noun is left alone
      {{"Sylvania", "demanded", "that", "the", "police", "station", "be", "closed", "."},
       "NNP VBD IN DT NN NN VB VBN ."},
      // an opening past form read as an adjective before a noun is the
      // clause's verb when it has no other
      {{"Sylvania", "organized", "talks", "between", "the", "rivals", "."}, "NNP VBD NNS IN DT NNS ."},
      {{"Sylvania", "brokered", "talks", ",", "officials", "said", "."}, "NNP VBD NNS , NNS VBD ."},
  };
  for (const Case& c : cases) {
    Analysis a;
    std::string text;
    BuildPretokenized({c.words}, &text, &a);
    (*with)->Tag(&a);
    std::string out;
    for (const Token& k : a.tokens) {
      if (!out.empty()) out += ' ';
      out += PosTagName(k.tag);
    }
    EXPECT_EQ(out, c.tags) << c.words.back();
  }
}

TEST(TaggerWithWordNet, APluralWhoseStemIsNoVerbIsNotAPresentTenseVerb) {
  // "inspectors" before a participle may look like a verb to the bigram, but
  // "inspector" is no verb: the word is the plural closing the object; a
  // plural whose stem is a verb ("monitors") keeps what the bigram chose.
  auto with = Tagger::Load(kLinguaDir, "/usr/share/wordnet");
  if (!with.ok()) GTEST_SKIP() << "Lingua::EN::Tagger or WordNet not available: " << with.status().ToString();
  auto tags = [&](const std::vector<std::string>& words) {
    Analysis a;
    std::string text;
    BuildPretokenized({words}, &text, &a);
    (*with)->Tag(&a);
    std::vector<std::string> out;
    for (const Token& k : a.tokens) out.emplace_back(PosTagName(k.tag));
    return out;
  };
  std::vector<std::string> got = tags({"Sylvania", "expelled", "all", "UNSCOM", "weapons", "inspectors", "charging",
                                       "that", "they", "were", "spies", "."});
  EXPECT_EQ(got[5], "NNS");
  EXPECT_EQ(got[1], "VBD");
  got = tags({"Freedonia", "monitors", "the", "border", "."});
  EXPECT_EQ(got[1], "VBZ");
}

TEST_F(TaggerTest, PunctuationAndTreebankTokens) {
  const Case cases[] = {
      {"`` We will respond , '' he said .", "`` PRP MD VB , '' PRP VBD ."},
      {"The group -LRB- Fatah -RRB- agreed .", "DT NN -LRB- NNP -RRB- VBD ."},
      {"Prices rose 5 % in $ terms .", "NNS VBD CD NN IN $ NNS ."},
  };
  for (const Case& c : cases) EXPECT_EQ(TagLine(c.sentence), c.tags) << c.sentence;
}

TEST_F(TaggerTest, EachSentenceTaggedSeparatelyAndEveryTokenTagged) {
  Analysis a;
  std::string text;
  BuildPretokenized({{"Talks", "failed", "."}, {"Talks", "resume", "today", "."}, {}}, &text, &a);
  tagger_->Tag(&a);
  ASSERT_EQ(a.tokens.size(), 7u);
  for (const Token& t : a.tokens) EXPECT_NE(t.tag, PosTag::kNone);
  // Both "Talks" start a sentence, so both are looked up in lower case too.
  EXPECT_EQ(a.tokens[0].tag, PosTag::kNNS);
  EXPECT_EQ(a.tokens[3].tag, PosTag::kNNS);
}

// The compiled tables (tag/tagger.bin) replace the text files' loading: they
// must give the same tables, hence the same tags, and a file that does not
// fit the text files must be ignored.
class CompiledTaggerTest : public ::testing::Test {
 protected:
  static constexpr char kWordNetDir[] = "/usr/share/wordnet";
  void SetUp() override {
    text_ = Tagger::Load(kLinguaDir, kWordNetDir);
    if (!text_.ok()) GTEST_SKIP() << "Lingua::EN::Tagger or WordNet not available: " << text_.status().ToString();
    // (one file per test and process: ctest runs the tests at once, and a
    // file one test maps must not be rewritten by another)
    path_ = ::testing::TempDir() + "/compiled_tagger_test-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + "-" + std::to_string(::getpid()) + ".bin";
    ASSERT_TRUE(CompileTagger(kLinguaDir, kWordNetDir, path_).ok());
  }
  void TearDown() override { std::remove(path_.c_str()); }
  static std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  static void WriteFile(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
  }
  Result<std::unique_ptr<Tagger>> text_ = Status::Ok();
  std::string path_;
};

TEST_F(CompiledTaggerTest, SameTablesAndTagsAsTheTextFiles) {
  auto compiled = Tagger::Load(kLinguaDir, kWordNetDir, path_);
  ASSERT_TRUE(compiled.ok());
  EXPECT_TRUE((*compiled)->FromCompiled());
  EXPECT_FALSE((*text_)->FromCompiled());
  // Every table, written out again from what was read back.
  EXPECT_TRUE((*compiled)->Compiled() == (*text_)->Compiled());
  EXPECT_TRUE((*compiled)->Compiled() == ReadFile(path_));
  // Known words, unknown ones (suffix model, capitalised, hyphenated, WordNet
  // verbs and irregular forms), numbers and punctuation.
  const std::vector<std::vector<std::string>> sentences = {
      {"Freedonian", "troops", "outfought", "the", "Sylvanian", "militia", "near", "Zorbatown", "on", "Tuesday", "."},
      {"The", "ministry", "said", "1,200", "people", "were", "abducted", "in", "the", "19th", "-", "century", "fort",
       "."},
      {"Sylvania", "'s", "premier", "re-elected", "unopposed", ",", "vowed", "to", "keep", "negotiating", "with",
       "Freedonia", "."},
      {"UN", "envoys", "flerbified", "the", "grunkish", "accords", "yesterday", "!"},
  };
  EXPECT_EQ(TagNames(**compiled, sentences), TagNames(**text_, sentences));
}

TEST_F(CompiledTaggerTest, AFileThatDoesNotFitIsIgnored) {
  const std::vector<std::vector<std::string>> sentences = {
      {"Freedonia", "overran", "a", "Sylvanian", "checkpoint", "."}};
  const std::string want = TagNames(**text_, sentences);
  const std::string good = ReadFile(path_);
  auto expect_text = [&](const char* why) {
    auto t = Tagger::Load(kLinguaDir, kWordNetDir, path_);
    ASSERT_TRUE(t.ok()) << why;
    EXPECT_FALSE((*t)->FromCompiled()) << why;
    EXPECT_EQ(TagNames(**t, sentences), want) << why;
  };
  WriteFile(path_, good.substr(0, good.size() / 2));
  expect_text("truncated");
  std::string other_version = good;
  other_version[8] ^= 1;  // the format version follows the 8-byte magic
  WriteFile(path_, other_version);
  expect_text("another format version");
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  WriteFile(path_, bad_magic);
  expect_text("not a compiled tagger");
  WriteFile(path_, good + "x");
  expect_text("bytes after the key block");
  // Compiled without WordNet: its stamp names other files.
  ASSERT_TRUE(CompileTagger(kLinguaDir, "", path_).ok());
  expect_text("other source files");
  std::remove(path_.c_str());
  expect_text("missing file");
}

TEST_F(CompiledTaggerTest, TheBuildsFileIsCurrent) {
  // The file the build wrote beside the binary (share/dyad/tag/tagger.bin)
  // must hold what the text files give today.
  const std::string data = DefaultDataDir();
  const std::string built = data + "/tag/tagger.bin";
  if (data.empty() || !std::ifstream(built)) GTEST_SKIP() << "no compiled tables in " << data;
  auto t = Tagger::Load(kLinguaDir, kWordNetDir, built);
  ASSERT_TRUE(t.ok());
  EXPECT_TRUE((*t)->FromCompiled());
  EXPECT_TRUE((*t)->Compiled() == (*text_)->Compiled());
}

// The correction passes that a sentence's tags let TagSentence skip, against
// the slow reference that runs every pass (prefilters off, core/prefilters.h):
// the same tags for every token, on invented sentences that set the passes
// off and on the examples and the dev and VOA corpora when ../shared is there.
TEST(TaggerPrefilters, SkippedPassesChangeNoTag) {
  auto load = [](bool prefilters) {
    SetPrefiltersEnabled(prefilters);
    auto p = Pipeline::Create(PipelineOptions{});
    SetPrefiltersEnabled(true);
    return p;
  };
  auto slow = load(false);
  if (!slow.ok()) GTEST_SKIP() << "pipeline not loaded: " << slow.status().ToString();
  auto fast = load(true);
  ASSERT_TRUE(fast.ok()) << fast.status().ToString();
  std::vector<std::string> texts = {
      "Freedonian tanks pound Sylvanian town",
      "The ministry has celebrated the accord and pledged help to the visiting envoy.",
      "Police shot and killed the attacker before government forces backed by Sylvania attacked.",
      "Sylvania demanded that the Union lift visa restrictions and agreed to share information.",
      "Jets are striking rebel positions near the widely reported talks of Mohammed bin Salman.",
      "Zorbatown protesters block roads to demand reforms",
      "A few groups say an arms embargo on the caretaker government expelled all inspectors.",
  };
  for (const Document& d : testing_util::FastPathCorpus()) texts.push_back(d.FullText());
  Analysis want, got;
  size_t tokens = 0;
  for (const std::string& text : texts) {
    (*slow)->Analyze(text, 0, &want);
    (*fast)->Analyze(text, 0, &got);
    ASSERT_EQ(want.tokens.size(), got.tokens.size());
    for (size_t i = 0; i < want.tokens.size(); ++i) {
      ASSERT_EQ(want.tokens[i].tag, got.tokens[i].tag) << "token " << i << " of: " << text.substr(0, 80);
    }
    tokens += want.tokens.size();
  }
  EXPECT_GT(tokens, 100u);
}

TEST(TaggerLoad, MissingDirectoryIsNotFound) {
  auto t = Tagger::Load("/nonexistent/lingua");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dyad::tag
