// Part-of-speech tagger: a bigram Viterbi tagger over the word-tag counts and
// tag transition tables of Lingua::EN::Tagger's lexicon (internal).
//
// Load() reads the lexicon once; the Tagger is then immutable and Tag() may be
// called from many threads at once.
#ifndef DYAD_SRC_TAG_TAGGER_H_
#define DYAD_SRC_TAG_TAGGER_H_

#include <memory>
#include <string>

#include "dyad/analysis.h"
#include "dyad/status.h"

namespace dyad::tag {

class Tagger {
 public:
  // `dir` holds words.yml, tags.yml and unknown.yml
  // (default /usr/share/perl5/Lingua/EN/Tagger).
  // `wordnet_dir` (optional) holds WordNet's index.verb, used to recognise
  // inflections of verbs the lexicon lacks ("abducted").
  static Result<std::unique_ptr<Tagger>> Load(const std::string& dir, const std::string& wordnet_dir = "");
  virtual ~Tagger() = default;
  // Sets Token::tag for every token of every sentence in `a`.
  virtual void Tag(Analysis* a) const = 0;
};

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_TAGGER_H_
