#include "parse/chunker.h"

namespace dyad::parse {

const char* ChunkKindName(ChunkKind kind) {
  switch (kind) {
    case ChunkKind::kNP: return "NP";
    case ChunkKind::kVP: return "VP";
    case ChunkKind::kPP: return "PP";
    case ChunkKind::kADJP: return "ADJP";
    case ChunkKind::kADVP: return "ADVP";
    case ChunkKind::kO: return "O";
  }
  return "O";
}

void Parse(Analysis* a) {
  a->chunks.clear();
  a->clauses.clear();
  a->parses.assign(a->sentences.size(), SentenceParse{});
}

}  // namespace dyad::parse
