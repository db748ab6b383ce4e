// Builds an Analysis from text that is already split into sentences and
// tokens (Treebank leaves, test tables, benchmarks), marking tokens the way
// the segmenter does so that the tagger sees the same input (internal).
//
// Stateless functions; thread-safe.
#ifndef DYAD_SRC_TAG_PRETOKENIZED_H_
#define DYAD_SRC_TAG_PRETOKENIZED_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.h"

namespace dyad::tag {

// Token flags (TokenFlag bits, without kTokSentenceStart) for a normalised word.
uint16_t WordShapeFlags(std::string_view norm);

// Normalised form of a Penn Treebank leaf: `` and '' become ", -LRB- becomes
// (, -RRB- becomes ), and so on; other words are returned unchanged.
std::string_view NormalizeTreebankWord(std::string_view word);

// Replaces the contents of `a` with `sentences` (each a list of words). The
// document text (words joined by single spaces, sentences by newlines) is
// written to *text, which `a->text` then views: keep it alive and unchanged.
void BuildPretokenized(const std::vector<std::vector<std::string>>& sentences, std::string* text,
                       Analysis* a);

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_PRETOKENIZED_H_
