// The actor mentions of each sentence of a document (internal). Placing an
// event's sides (events/where.cc) asks, for every event, which mention lies
// in a stretch of text: it reads the mentions of that stretch's sentences
// rather than all the document's, which was a fifth of placing them.
//
// The index refers to the mentions it was built for, which must outlive it
// unchanged. The resolver makes them in sentence order; for mentions in
// another order every slice is all of them, so a caller that still tests
// each mention's sentence or tokens gets the same answer, only slower.
#ifndef DYAD_SRC_ACTORS_SENTENCE_MENTIONS_H_
#define DYAD_SRC_ACTORS_SENTENCE_MENTIONS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "dyad/actors.h"
#include "dyad/analysis.h"

namespace dyad {

class SentenceMentions {
 public:
  // Indexes `actors` for a document of `sentences` sentences, in one pass.
  // A later Build reuses the buffer.
  void Build(const ActorMentions& actors, size_t sentences);

  // The mentions of sentences [first, end), in the document's order. (A
  // slice up to the last sentence indexed also holds any mention of a
  // sentence past it.)
  std::span<const ActorMention> Of(uint32_t first, uint32_t end) const;
  // The mentions of the sentences of `a` whose bytes meet [begin, end]:
  // among them is every mention whose tokens lie inside those bytes. (A
  // sentence holds its tokens' bytes, sentences come in text order and a
  // mention's tokens are in its sentence: the segmenter's and the
  // resolver's, which the tests check on a corpus.)
  std::span<const ActorMention> OfBytes(const Analysis& a, uint32_t begin, uint32_t end) const;

 private:
  std::span<const ActorMention> all_;
  // first_[s]: the index of the first mention of sentence s or after it.
  std::vector<uint32_t> first_;
  bool sorted_ = true;
};

}  // namespace dyad

#endif  // DYAD_SRC_ACTORS_SENTENCE_MENTIONS_H_
