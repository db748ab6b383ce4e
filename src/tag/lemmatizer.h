// Lemmatizer from WordNet's exception lists and morphological rules (internal).
//
// Load() reads the WordNet files once (about 6 MB; their lemmas are hashed
// in place); the Lemmatizer is then immutable and thread-safe, and lemmatizing
// costs a hash lookup or two per token with no allocation.
#ifndef DYAD_SRC_TAG_LEMMATIZER_H_
#define DYAD_SRC_TAG_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "dyad/analysis.h"
#include "dyad/status.h"

namespace dyad::tag {

class Lemmatizer {
 public:
  // `dir` holds index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc
  // (default /usr/share/wordnet).
  static Result<std::unique_ptr<Lemmatizer>> Load(const std::string& dir);
  // As Load, but first tries `compiled` (tag/lemmatizer.bin, written by
  // CompileLemmatizer at build time; see tag/compiled_tables.h): used only
  // when it was compiled from these very files, else the text is read.
  static Result<std::unique_ptr<Lemmatizer>> Load(const std::string& dir, const std::string& compiled);
  virtual ~Lemmatizer() = default;
  // True when the tables came from a compiled file.
  virtual bool FromCompiled() const = 0;
  // The compiled form of the tables (what CompileLemmatizer writes).
  virtual std::string Compiled() const = 0;
  // Lemma of a lower-case word with the given tag; returns `lower` itself when
  // the word is its own lemma. The returned view points into the lemmatizer's
  // tables, into `lower`, or into a per-thread buffer that the next call on
  // the same thread overwrites. Tags decide the WordNet part of speech: NN*
  // noun, VB* verb, JJ* adjective, RB* adverb; names (NNP, NNPS) and closed
  // classes keep their lower form. Base forms (NN, VB, VBP, JJ, RB) that
  // WordNet lists are kept as they are; inflected ones go through the
  // exception lists, then morphy's detachment rules.
  virtual std::string_view Lemma(std::string_view lower, PosTag tag) const = 0;
  // Sets lemma_off/lemma_len of every token whose lemma differs from its lower
  // form (the lemma text is appended to a->arena).
  virtual void Lemmatize(Analysis* a) const = 0;
};

// Reads WordNet's files in `dir` as Load does and writes the compiled form of
// the tables to `out` (the build's step for share/dyad/tag/lemmatizer.bin).
Status CompileLemmatizer(const std::string& dir, const std::string& out);

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_LEMMATIZER_H_
