#include "dyad/analysis.h"

#include <array>

namespace dyad {
namespace {

constexpr std::array<std::string_view, static_cast<size_t>(PosTag::kCount)> kTagNames = {
    "",    "CC",  "CD",   "DT",  "EX",  "FW",  "IN",   "JJ",   "JJR", "JJS", "LS",  "MD",
    "NN",  "NNS", "NNP",  "NNPS", "PDT", "POS", "PRP", "PRP$", "RB",  "RBR", "RBS", "RP",
    "SYM", "TO",  "UH",   "VB",  "VBD", "VBG", "VBN",  "VBP",  "VBZ", "WDT", "WP",  "WP$",
    "WRB", "``",  "''",   ",",   ".",   ":",   "-LRB-", "-RRB-", "$",  "#"};

}  // namespace

std::string_view PosTagName(PosTag tag) {
  auto i = static_cast<size_t>(tag);
  return i < kTagNames.size() ? kTagNames[i] : std::string_view();
}

PosTag PosTagFromName(std::string_view name) {
  for (size_t i = 1; i < kTagNames.size(); ++i) {
    if (kTagNames[i] == name) return static_cast<PosTag>(i);
  }
  return PosTag::kNone;
}

void Analysis::Clear() {
  text = {};
  sentences.clear();
  tokens.clear();
  chunks.clear();
  clauses.clear();
  parses.clear();
  arena.clear();
}

}  // namespace dyad
