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
  // As Load, but first tries `compiled` (tag/tagger.bin, written by
  // CompileTagger at build time), which holds the tables Load computes from
  // the text files. It is used only when its format version matches and it
  // was compiled from these very files (same paths, sizes and modification
  // times); otherwise, or when it is missing or damaged, the text files are
  // read as by Load. Either way the tagger tags identically.
  static Result<std::unique_ptr<Tagger>> Load(const std::string& dir, const std::string& wordnet_dir,
                                              const std::string& compiled);
  virtual ~Tagger() = default;
  // Sets Token::tag for every token of every sentence in `a`.
  virtual void Tag(Analysis* a) const = 0;
  // True when the tables came from a compiled file.
  virtual bool FromCompiled() const = 0;
  // The compiled form of this tagger's tables (what CompileTagger writes).
  virtual std::string Compiled() const = 0;
};

// Reads the text files as Load does and writes their compiled form to `out`
// (the build's step for share/dyad/tag/tagger.bin).
Status CompileTagger(const std::string& dir, const std::string& wordnet_dir, const std::string& out);

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_TAGGER_H_
