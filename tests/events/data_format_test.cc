// Every FORMAT.md under data/ shows examples; each example must parse with
// the loader of its files and agree with the data it describes (the same line
// for the same id or rule, the same names for the same actor), so that the
// documentation cannot drift from the dictionaries again.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/data_lines.h"
#include "core/strings.h"
#include "dyad/actors.h"
#include "dyad/events.h"
#include "events/coding_rules.h"
#include "events/patterns.h"
#include "test_util.h"

namespace dyad {
namespace {

std::string Data(const std::string& rel) { return testing_util::DataDir() + "/" + rel; }

// The indented (4 spaces) lines of the blocks that follow a line starting
// with "Examples" in a FORMAT.md, each block a vector of lines.
std::vector<std::vector<std::string>> ExampleBlocks(const std::string& format_md) {
  std::istringstream in(testing_util::ReadFile(format_md));
  std::vector<std::vector<std::string>> blocks;
  std::string line;
  bool in_examples = false;
  bool in_block = false;
  while (std::getline(in, line)) {
    if (line.rfind("Example", 0) == 0) {
      in_examples = true;
      in_block = false;
      continue;
    }
    if (!in_examples) continue;
    if (line.rfind("    ", 0) == 0) {
      if (!in_block) blocks.emplace_back();
      in_block = true;
      blocks.back().push_back(line.substr(4));
    } else if (Trim(line).empty()) {
      in_block = false;
    } else if (in_block || !blocks.empty()) {
      in_examples = false;  // prose after the examples
      in_block = false;
    }
  }
  return blocks;
}

// Fields of a data line, comments dropped.
std::vector<std::string> Fields(std::string_view line) {
  std::vector<std::string> out;
  data::ForEachLine(line, 64, [&](uint32_t, const std::vector<std::string_view>& f) {
    for (std::string_view x : f) out.emplace_back(x);
    return true;
  });
  return out;
}

std::vector<std::string> AllExampleLines(const std::string& format_md) {
  std::vector<std::string> lines;
  for (const auto& b : ExampleBlocks(format_md)) lines.insert(lines.end(), b.begin(), b.end());
  return lines;
}

TEST(DataFormatTest, EventPatternExamplesParseAndAreTheDataLines) {
  auto codebook = Codebook::Load(Data("cameo/codebook.txt"));
  ASSERT_TRUE(codebook.ok()) << codebook.status().ToString();
  // id -> fields of the data line.
  std::map<std::string, std::vector<std::string>> data;
  for (const auto& e : std::filesystem::directory_iterator(Data("events"))) {
    if (e.path().extension() != ".txt") continue;
    data::ForEachLine(testing_util::ReadFile(e.path().string()), 64,
                      [&](uint32_t, const std::vector<std::string_view>& f) {
                        data[std::string(f[0])] = std::vector<std::string>(f.begin(), f.end());
                        return true;
                      });
  }
  const std::vector<std::string> examples = AllExampleLines(Data("events/FORMAT.md"));
  ASSERT_GE(examples.size(), 5u) << "data/events/FORMAT.md shows no examples";
  for (const std::string& ex : examples) {
    EventPatterns one;
    Status s = one.Add(ex + "\n", "FORMAT.md example", **codebook);
    EXPECT_TRUE(s.ok()) << ex << ": " << s.ToString();
    const std::vector<std::string> f = Fields(ex);
    ASSERT_FALSE(f.empty());
    auto it = data.find(f[0]);
    if (it == data.end()) {
      ADD_FAILURE() << "example " << ex << ": no pattern " << f[0] << " in data/events";
      continue;
    }
    EXPECT_EQ(it->second, f) << "example " << ex << " disagrees with the data line of " << f[0];
  }
}

// An alternative cannot hold a word pair ("reform package|reform plan" is
// "reform", then "package|reform", then "plan"): no alternative of a pattern
// repeats the single word right before it, the telltale of a pair written
// inside one.
TEST(DataFormatTest, NoAlternativeRepeatsTheWordBeforeIt) {
  size_t lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(Data("events"))) {
    if (entry.path().extension() != ".txt") continue;
    std::istringstream in(testing_util::ReadFile(entry.path().string()));
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      std::vector<std::string> f = Fields(line);
      if (f.size() < 4) continue;
      ++lines;
      // (from the word after the verb: "grant loan|credit|grant" is granting a grant)
      for (size_t i = 4; i < f.size(); ++i) {
        const std::string& before = f[i - 1];
        if (f[i].find('|') == std::string::npos || before.find('|') != std::string::npos) continue;
        const std::string word = before[0] == '~' ? before.substr(1) : before;
        std::istringstream alts(f[i]);
        for (std::string alt; std::getline(alts, alt, '|');) {
          EXPECT_NE(alt, word) << entry.path().filename().string() << ":" << n << ": " << line;
        }
      }
    }
  }
  EXPECT_GT(lines, 1000u);
}

// A repeated id or pattern names where it was first defined, by file and
// line, also when the first definition is in another file.
TEST(DataFormatTest, DuplicatePatternsNameTheirFirstDefinition) {
  auto codebook = Codebook::Load(Data("cameo/codebook.txt"));
  ASSERT_TRUE(codebook.ok());
  {
    EventPatterns p;
    ASSERT_TRUE(p.Add("# Freedonia\n010.1 010 say to +\n", "a.txt", **codebook).ok());
    Status s = p.Add("\n\n010.1 010 tell +\n", "b.txt", **codebook);
    EXPECT_EQ(s.message(), "b.txt:3: id 010.1 already used at a.txt:2: ");
  }
  {
    EventPatterns p;
    Status s = p.Add("010.1 010 say to +\n010.2 010 tell +\n010.3 010 say to +\n", "c.txt", **codebook);
    EXPECT_EQ(s.message(), "c.txt:3: pattern \"say to +\" already defined at c.txt:1: ");
  }
}

// "@name word|word" defines a group of words that later patterns write as
// "@name": the pattern's element holds the group's words, as if written out.
// A group used before it is defined, defined twice or holding a bad word
// stops loading, naming the file and line.
TEST(DataFormatTest, WordGroupsStandForTheirWords) {
  auto codebook = Codebook::Load(Data("cameo/codebook.txt"));
  ASSERT_TRUE(codebook.ok());
  {
    EventPatterns p;
    ASSERT_TRUE(p.Add("@fruit apple|pear\n010.1 010 eat @fruit with +\n", "a.txt", **codebook).ok());
    p.Finish(**codebook);
    const AnchorPatterns* eat = p.ForVerb("eat");
    ASSERT_NE(eat, nullptr);
    ASSERT_EQ(eat->patterns.size(), 1u);
    const Pattern& one = *eat->patterns[0];
    ASSERT_EQ(one.elements.size(), 3u);
    EXPECT_EQ(one.elements[0].words, (std::vector<std::string>{"apple", "pear"}));
    EXPECT_TRUE(one.elements[0].mask.Has(WordIndex("pear")));
    EXPECT_EQ(one.text, "eat @fruit with +");
  }
  struct Bad {
    const char* text;
    const char* message;
  } bad[] = {
      {"010.1 010 eat @fruit\n", "b.txt:1: group @fruit is not defined above"},
      {"@fruit apple\n\n@fruit pear\n", "b.txt:3: group @fruit already defined at b.txt:1: "},
      {"@fruit apple|Pear\n", "b.txt:1: bad word \"Pear\" in \"apple|Pear\""},
      {"@fruit apple pear\n", "b.txt:1: expected: @NAME word|word|..."},
      {"@Fruit apple\n", "b.txt:1: bad group name \"@Fruit\" (lower-case letters and -)"},
  };
  for (const Bad& b : bad) {
    EventPatterns p;
    EXPECT_EQ(p.Add(b.text, "b.txt", **codebook).message(), b.message) << b.text;
  }
}

TEST(DataFormatTest, CodingRuleExamplesParseAndAgreeWithTheData) {
  CodingRules data;
  ASSERT_TRUE(data.LoadDirectory(Data("coding")).ok());
  auto codebook = Codebook::Load(Data("cameo/codebook.txt"));
  ASSERT_TRUE(codebook.ok());
  const auto blocks = ExampleBlocks(Data("coding/FORMAT.md"));
  ASSERT_EQ(blocks.size(), 2u) << "data/coding/FORMAT.md: one example block per file";
  // modality.txt examples: the same rule is in the data.
  std::set<std::vector<std::string>> rules;
  data::ForEachLine(testing_util::ReadFile(Data("coding/modality.txt")), 64,
                    [&](uint32_t, const std::vector<std::string_view>& f) {
                      rules.emplace(f.begin(), f.end());
                      return true;
                    });
  for (const std::string& ex : blocks[0]) {
    CodingRules one;
    EXPECT_TRUE(one.AddModality(ex + "\n", "example").ok()) << ex;
    EXPECT_TRUE(rules.count(Fields(ex))) << "example " << ex << " is not a rule of data/coding/modality.txt";
  }
  // words.txt examples: every word is in the data's list.
  for (const std::string& ex : blocks[1]) {
    CodingRules one;
    EXPECT_TRUE(one.AddWords(ex + "\n", "example").ok()) << ex;
    for (size_t l = 0; l < CodingRules::kLists; ++l) {
      const auto list = static_cast<CodingRules::List>(l);
      const std::string prefix = std::string(CodingRules::ListName(list)) + ":";
      if (ex.rfind(prefix, 0) != 0) continue;
      std::string_view rest = std::string_view(ex).substr(prefix.size());
      while (!rest.empty()) {
        const size_t semi = rest.find(';');
        const std::string_view w = Trim(rest.substr(0, semi));
        EXPECT_TRUE(data.Has(list, w)) << "example " << ex << ": \"" << w << "\" is not in the data";
        rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
      }
    }
  }
  // Every code the maps produce or cover is in the codebook.
  for (const auto& f : rules) {
    std::string from = f[1];
    if (from.back() == '*') from.pop_back();
    EXPECT_NE((*codebook)->Find(f[2]), nullptr) << f[0] << " " << f[1] << " -> " << f[2] << ": not in the codebook";
    EXPECT_NE((*codebook)->Find(from), nullptr) << f[0] << " " << f[1] << ": not in the codebook";
  }
}

// The maps against the code they replaced, for every code of the codebook:
// table-driven spot checks of each kind of rule.
TEST(DataFormatTest, CodingRulesLookUpExactThenLongestPrefix) {
  CodingRules r;
  ASSERT_TRUE(r.LoadDirectory(Data("coding")).ok());
  using M = CodingRules::Map;
  struct Case {
    M map;
    const char* code;
    const char* becomes;
  };
  const Case kCases[] = {
      {M::kIntent, "040", "036"},    {M::kIntent, "046", "036"},  {M::kIntent, "057", "030"},
      {M::kIntent, "051", "032"},    {M::kIntent, "061", "0311"}, {M::kIntent, "065", "031"},
      {M::kIntent, "0811", "0351"},  {M::kIntent, "081", "0351"}, {M::kIntent, "0831", "034"},
      {M::kIntent, "082", "0352"},   {M::kIntent, "080", "035"},  {M::kIntent, "190", ""},
      {M::kThreat, "190", "1384"},   {M::kThreat, "191", "1381"}, {M::kThreat, "1621", "1311"},
      {M::kThreat, "161", "1313"},   {M::kThreat, "1721", "132"}, {M::kThreat, "173", "137"},
      {M::kThreat, "040", ""},       {M::kRefusal, "057", "127"}, {M::kRefusal, "036", "120"},
      {M::kRefusal, "0871", "1246"}, {M::kRefusal, "19", ""},     {M::kRefusal, "", ""},
      // what an appeal, demand or rejection asks for or turns down
      {M::kAppeal, "0841", "0253"},  {M::kAppeal, "0813", "0251"}, {M::kAppeal, "0834", "0244"},
      {M::kAppeal, "046", "026"},    {M::kAppeal, "045", "028"},   {M::kAppeal, "190", ""},
      {M::kDemand, "0841", "1053"},  {M::kDemand, "0871", "107"},  {M::kDemand, "0874", "106"},
      {M::kDemand, "0872", "1056"},  {M::kDemand, "091", "101"},   {M::kDemand, "060", ""},
      {M::kReject, "0831", "1231"},  {M::kReject, "073", "1223"},  {M::kReject, "045", "126"},
      {M::kReject, "040", "125"},    {M::kReject, "010", ""},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(r.Mapped(c.map, c.code), c.becomes) << CodingRules::MapName(c.map) << " " << c.code;
  }
  using L = CodingRules::List;
  EXPECT_TRUE(r.Has(L::kIntentControl, "plan"));
  EXPECT_TRUE(r.Has(L::kCivilianSector, "CVL"));
  EXPECT_FALSE(r.Has(L::kCivilianSector, "GOV"));
  EXPECT_FALSE(r.Has(L::kRefusalControl, "plan"));
  EXPECT_TRUE(r.Has(L::kAttackNoun, "airstrike"));
  EXPECT_FALSE(r.Has(L::kAttackNoun, "meeting"));
}

// Actor blocks: header line at column 0, then "  field: v; v; ..." lines.
// Returns header -> field -> values (role lines: each whole value).
using ActorBlocks = std::map<std::string, std::map<std::string, std::set<std::string>>>;
void ReadActorBlocks(std::string_view text, ActorBlocks* out) {
  std::string header;
  data::ForEachNumberedLine(text, [&](std::string_view line, uint32_t) {
    if (size_t hash = line.find(" #"); hash != std::string_view::npos) line = line.substr(0, hash);
    if (Trim(line).empty() || Trim(line)[0] == '#') return true;
    if (line[0] != ' ') {
      header = std::string(Trim(line));
      (*out)[header];
      return true;
    }
    line = Trim(line);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return true;
    const std::string field(Trim(line.substr(0, colon)));
    std::string_view rest = line.substr(colon + 1);
    if (field == "role") {
      (*out)[header][field].emplace(Trim(rest));
      return true;
    }
    while (!rest.empty()) {
      const size_t semi = rest.find(';');
      (*out)[header][field].emplace(Trim(rest.substr(0, semi)));
      rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    }
    return true;
  });
}

TEST(DataFormatTest, ActorExamplesParseAndAgreeWithTheData) {
  ActorBlocks data;
  for (const auto& e : std::filesystem::directory_iterator(Data("actors"))) {
    if (e.path().extension() == ".txt") ReadActorBlocks(testing_util::ReadFile(e.path().string()), &data);
  }
  const auto blocks = ExampleBlocks(Data("actors/FORMAT.md"));
  ASSERT_FALSE(blocks.empty()) << "data/actors/FORMAT.md shows no examples";
  for (const auto& block : blocks) {
    std::string text;
    for (const std::string& l : block) text += l + "\n";
    auto parsed = ActorDictionary::Parse(text, "FORMAT.md example");
    EXPECT_TRUE(parsed.ok()) << text << parsed.status().ToString();
    ActorBlocks ex;
    ReadActorBlocks(text, &ex);
    for (const auto& [header, fields] : ex) {
      auto it = data.find(header);
      if (it == data.end()) {
        ADD_FAILURE() << "example block \"" << header << "\" is not in data/actors";
        continue;
      }
      for (const auto& [field, values] : fields) {
        for (const std::string& v : values) {
          EXPECT_TRUE(it->second[field].count(v)) << header << ": " << field << " \"" << v << "\" is not in the data";
        }
      }
    }
  }
}

struct BadRules {
  const char* name;
  const char* modality;
  const char* words;
  const char* reason;
};

TEST(DataFormatTest, BadCodingRulesAreRejectedWithFileAndLine) {
  const BadRules kCases[] = {
      {"unknown_map", "intent 04* 036\nhope 05* 032\n", "", "m.txt:2: unknown map"},
      {"missing_field", "intent 04*\n", "", "m.txt:1: expected MAP CODE BECOMES"},
      {"letters", "intent 0x* 036\n", "", "m.txt:1: codes are"},
      {"twice", "\nintent 04* 036\nintent 04* 035\n", "", "m.txt:3: intent 04* is given twice"},
      {"unknown_list", "", "# c\nwish-control: want\n", "w.txt:2: expected LIST"},
      {"empty_entry", "", "agreement: agree;; vow\n", "w.txt:1: empty entry"},
      {"duplicate_word", "", "agreement: agree\nagreement: agree\n", "w.txt:2: \"agree\" is already in"},
  };
  for (const BadRules& c : kCases) {
    CodingRules r;
    Status s = r.AddModality(c.modality, "m.txt");
    if (s.ok()) s = r.AddWords(c.words, "w.txt");
    ASSERT_FALSE(s.ok()) << c.name;
    EXPECT_EQ(s.code(), StatusCode::kDataError) << c.name;
    EXPECT_NE(s.message().find(c.reason), std::string::npos) << c.name << ": " << s.message();
  }
}

// The lists that moved out of the coder's C++ (holding, go-between,
// opening-phrase, byline, deadline, envoy, partner, care-place, binding-rule
// and saying words) load from the shipped data with their words, and a
// words.txt that gives no word for a list stops the load, naming the list.
TEST(DataFormatTest, EveryCodingListIsGivenAndTheMovedListsHaveTheirWords) {
  CodingRules r;
  ASSERT_TRUE(r.LoadDirectory(Data("coding")).ok());
  using L = CodingRules::List;
  const struct {
    L list;
    const char* word;
  } kCases[] = {{L::kHoldingVerb, "detain"},
                {L::kHoldingVerb, "hold"},
                {L::kGoBetweenVerb, "mediate"},
                {L::kGoBetweenVerb, "broker"},
                {L::kOpeningPreposition, "during"},
                {L::kOpeningPreposition, "in"},
                {L::kBylineNoun, "report"},
                {L::kDeadlineNoun, "ultimatum"},
                {L::kEnvoyTitle, "ambassadors"},
                {L::kPartnerVerb, "cooperate"},
                {L::kCarePlace, "hospital"},
                {L::kBindingRule, "law"},
                {L::kSayVerb, "say"}};
  for (const auto& c : kCases) EXPECT_TRUE(r.Has(c.list, c.word)) << CodingRules::ListName(c.list) << " " << c.word;
  EXPECT_FALSE(r.Has(L::kOpeningPreposition, "before"));

  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      ("dyad-coding-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(Data("coding/modality.txt"), dir / "modality.txt",
                             std::filesystem::copy_options::overwrite_existing);
  std::string words;
  std::istringstream in(testing_util::ReadFile(Data("coding/words.txt")));
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("holding-verb:", 0) != 0) words += line + "\n";
  }
  std::ofstream(dir / "words.txt") << words;
  CodingRules missing;
  const Status st = missing.LoadDirectory(dir.string());
  std::filesystem::remove_all(dir);
  EXPECT_EQ(st.code(), StatusCode::kDataError);
  EXPECT_NE(st.message().find("no list \"holding-verb\""), std::string::npos) << st.message();
}

}  // namespace
}  // namespace dyad
