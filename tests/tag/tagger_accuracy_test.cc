// Tagging accuracy against the gold Treebank parses of PETRARCH2's unit-test
// records (read in place from /work/shared; nothing is copied here).
//
// Each <Sentence>'s <Parse> gives the gold tokenisation and tags as (TAG word)
// leaves. Leaves whose tag is not Penn (PETRARCH's AUX* tags) are not scored.
//
// The sentences are split in two groups, reported separately:
//  (b) "fictional-name sentences": the sentence contains a word W such that
//      W is part of an entry of PETR.Validate.actors.txt or agents.txt whose
//      code's first three letters (after a leading '~') are not an ISO 3166-1
//      alpha-3 code, and W is not in the Lingua lexicon in any of the forms
//      as written, lower case, capitalised or upper case. These are the
//      Tolkien-style test names ("Arnor", "Gondor") that no lexicon knows.
//  (a) all other sentences ("real words").
// The test fails when (a) is below 95%.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/analysis.h"
#include "tag/pretokenized.h"
#include "tag/tagger.h"

namespace dyad::tag {
namespace {

constexpr char kLinguaDir[] = "/usr/share/perl5/Lingua/EN/Tagger";
constexpr char kIsoJson[] = "/usr/share/iso-codes/json/iso_3166-1.json";
const std::string kPetrDir = DYAD_SOURCE_DIR "/../shared/conformance/petrarch2";

bool ReadAll(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

struct GoldSentence {
  std::string id;
  std::vector<std::string> words;
  std::vector<std::string> tags;
};

// Leaves "(TAG word)" of every <Parse> in the records file.
std::vector<GoldSentence> ReadGold(const std::string& xml) {
  std::vector<GoldSentence> out;
  size_t pos = 0;
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    size_t end = xml.find("</Sentence>", pos);
    if (end == std::string::npos) break;
    GoldSentence g;
    size_t id = xml.find("id=\"", pos);
    if (id != std::string::npos && id < end) g.id = xml.substr(id + 4, xml.find('"', id + 4) - id - 4);
    size_t p0 = xml.find("<Parse>", pos);
    size_t p1 = xml.find("</Parse>", pos);
    if (p0 != std::string::npos && p1 != std::string::npos && p0 < end && p1 < end) {
      std::string_view parse(xml.data() + p0 + 7, p1 - p0 - 7);
      for (size_t i = 0; i < parse.size(); ++i) {
        if (parse[i] != '(') continue;
        size_t sp = parse.find_first_of(" \t\n()", i + 1);
        if (sp == std::string_view::npos || parse[sp] != ' ') continue;
        size_t w0 = sp + 1;
        size_t w1 = parse.find_first_of(" \t\n()", w0);
        if (w1 == std::string_view::npos || parse[w1] != ')' || w1 == w0) continue;
        g.tags.emplace_back(parse.substr(i + 1, sp - i - 1));
        g.words.emplace_back(parse.substr(w0, w1 - w0));
      }
    }
    if (!g.words.empty()) out.push_back(std::move(g));
    pos = end;
  }
  return out;
}

std::set<std::string> ReadLexiconKeys(const std::string& path) {
  std::set<std::string> keys;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("---")) continue;
    std::string key;
    if (!line.empty() && line[0] == '"') {
      key = line.substr(1, line.find('"', 1) - 1);
    } else {
      key = line.substr(0, line.find(": {"));
    }
    keys.insert(key);
  }
  return keys;
}

std::set<std::string> ReadIsoAlpha3(const std::string& json) {
  std::set<std::string> codes;
  size_t pos = 0;
  const std::string key = "\"alpha_3\": \"";
  while ((pos = json.find(key, pos)) != std::string::npos) {
    pos += key.size();
    codes.insert(json.substr(pos, 3));
  }
  return codes;
}

// Lower-cased words of dictionary entries with a non-ISO code that the
// lexicon does not know (see the file comment).
std::set<std::string> FictionalWords(const std::vector<std::string>& files,
                                     const std::set<std::string>& iso,
                                     const std::set<std::string>& lexicon) {
  std::set<std::string> out;
  for (const std::string& path : files) {
    std::ifstream in(path);
    std::string line;
    std::vector<std::string> block_names;
    std::string block_code;
    bool in_comment = false;
    auto flush = [&] {
      if (!block_code.empty()) {
        std::string code = block_code;
        code.erase(std::remove_if(code.begin(), code.end(), [](char c) { return c == '~' || c == ' '; }),
                   code.end());
        code = Upper(code.substr(0, 3));
        if (!iso.count(code)) {
          for (const std::string& name : block_names) {
            std::string w;
            auto emit = [&] {
              if (w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; })) {
                std::string cap = Lower(w);
                cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
                if (!lexicon.count(w) && !lexicon.count(Lower(w)) && !lexicon.count(cap) && !lexicon.count(Upper(w))) {
                  out.insert(Lower(w));
                }
              }
              w.clear();
            };
            for (char c : name) {
              if (c == '_' || c == ' ' || c == '\t') emit();
              else w.push_back(c);
            }
            emit();
          }
        }
      }
      block_names.clear();
      block_code.clear();
    };
    while (std::getline(in, line)) {
      if (in_comment) {
        if (line.find("-->") != std::string::npos) in_comment = false;
        continue;
      }
      if (line.find("<!--") != std::string::npos) {
        if (line.find("-->") == std::string::npos) in_comment = true;
        continue;
      }
      line = line.substr(0, line.find('#'));
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (line[0] == '!') continue;  // agent substitution macros
      size_t bracket = line.find('[');
      std::string code;
      if (bracket != std::string::npos) code = line.substr(bracket + 1, line.find(']', bracket) - bracket - 1);
      if (line[0] == ' ' || line[0] == '\t') {
        if (block_code.empty()) block_code = code;
        continue;
      }
      std::string name = line.substr(0, std::min(line.find('['), line.find('{')));
      if (line[0] == '+') {
        block_names.push_back(name.substr(1));
        continue;
      }
      flush();
      block_names.push_back(name);
      block_code = code;
    }
    flush();
  }
  return out;
}

struct Score {
  int correct = 0, total = 0, sentences = 0;
  double Accuracy() const { return total ? static_cast<double>(correct) / total : 0.0; }
};

TEST(TaggerAccuracy, PetrarchTreebankParses) {
  std::string xml;
  if (!ReadAll(kPetrDir + "/PETR.UnitTest.records.xml", &xml)) {
    GTEST_SKIP() << "PETRARCH2 records not found at " << kPetrDir << "/PETR.UnitTest.records.xml";
  }
  auto tagger = Tagger::Load(kLinguaDir);
  if (!tagger.ok() && tagger.status().code() == StatusCode::kNotFound) {
    GTEST_SKIP() << "Lingua::EN::Tagger lexicon not installed: " << tagger.status().ToString();
  }
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();

  std::string iso_json;
  const bool have_iso = ReadAll(kIsoJson, &iso_json);
  std::set<std::string> fictional;
  if (have_iso) {
    fictional = FictionalWords({kPetrDir + "/PETR.Validate.actors.txt", kPetrDir + "/PETR.Validate.agents.txt"},
                               ReadIsoAlpha3(iso_json), ReadLexiconKeys(std::string(kLinguaDir) + "/words.yml"));
  } else {
    std::cout << "iso-codes not installed: every sentence counts as real-word\n";
  }

  std::vector<GoldSentence> gold = ReadGold(xml);
  ASSERT_GT(gold.size(), 100u);
  Score real, fict;
  std::map<std::string, int> confusions;
  Analysis a;
  std::string text;
  for (const GoldSentence& g : gold) {
    BuildPretokenized({g.words}, &text, &a);
    (*tagger)->Tag(&a);
    bool is_fict = std::any_of(g.words.begin(), g.words.end(),
                               [&](const std::string& w) { return fictional.count(Lower(w)) > 0; });
    Score& s = is_fict ? fict : real;
    ++s.sentences;
    for (size_t i = 0; i < g.words.size(); ++i) {
      if (PosTagFromName(g.tags[i]) == PosTag::kNone) continue;  // AUX* etc.
      ++s.total;
      std::string_view got = PosTagName(a.tokens[i].tag);
      if (got == g.tags[i]) {
        ++s.correct;
      } else {
        ++confusions[g.tags[i] + "->" + std::string(got) + (is_fict ? " (b)" : " (a)")];
        if (std::getenv("DYAD_TAG_DEBUG")) {
          std::cout << g.id << " " << g.words[i] << " " << g.tags[i] << "->" << got << "\n";
        }
      }
    }
  }
  std::cout << "tagger accuracy (a) real-word sentences: " << real.Accuracy() << " (" << real.correct << "/"
            << real.total << " tokens, " << real.sentences << " sentences)\n";
  std::cout << "tagger accuracy (b) fictional-name sentences: " << fict.Accuracy() << " (" << fict.correct
            << "/" << fict.total << " tokens, " << fict.sentences << " sentences; "
            << fictional.size() << " fictional words)\n";
  std::vector<std::pair<int, std::string>> top;
  for (auto& [k, v] : confusions) top.emplace_back(v, k);
  std::sort(top.rbegin(), top.rend());
  std::cout << "most frequent confusions (gold->tagged):";
  for (size_t i = 0; i < top.size() && i < 12; ++i) std::cout << " " << top[i].second << " x" << top[i].first;
  std::cout << "\n";
  EXPECT_GE(real.Accuracy(), 0.95);
  EXPECT_GT(real.sentences, 0);
}

}  // namespace
}  // namespace dyad::tag
