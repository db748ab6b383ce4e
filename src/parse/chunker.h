// Phrase chunks and clause structure from tagged, lemmatised tokens
// (internal). A deterministic shallow parser: noun phrases with heads, verb
// groups with tense, voice, negation and modality, prepositional phrases, and
// clauses with subject, verb, object and attachments, including passives,
// coordination, apposition, relative clauses and reported speech.
//
// Stateless (its word lists are read-only); thread-safe.
#ifndef DYAD_SRC_PARSE_CHUNKER_H_
#define DYAD_SRC_PARSE_CHUNKER_H_

#include "dyad/analysis.h"
#include "parse/word_lists.h"

namespace dyad::parse {

// Fills a->chunks, a->clauses and a->parses for every sentence; `words` are
// the lists its rules read (data/parse/words.txt).
void Parse(Analysis* a, const WordLists& words);

// For tests and `dyad parse`: "NP", "VP", ...
const char* ChunkKindName(ChunkKind kind);

}  // namespace dyad::parse

#endif  // DYAD_SRC_PARSE_CHUNKER_H_
