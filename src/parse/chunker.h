// Phrase chunks and clause structure from tagged, lemmatised tokens
// (internal). A deterministic shallow parser: noun phrases with heads, verb
// groups with tense, voice, negation and modality, prepositional phrases, and
// clauses with subject, verb, object and attachments, including passives,
// coordination, apposition, relative clauses and reported speech.
//
// Stateless; thread-safe.
#ifndef DYAD_SRC_PARSE_CHUNKER_H_
#define DYAD_SRC_PARSE_CHUNKER_H_

#include "dyad/analysis.h"

namespace dyad::parse {

// Fills a->chunks, a->clauses and a->parses for every sentence.
void Parse(Analysis* a);

// For tests and `dyad parse`: "NP", "VP", ...
const char* ChunkKindName(ChunkKind kind);

}  // namespace dyad::parse

#endif  // DYAD_SRC_PARSE_CHUNKER_H_
