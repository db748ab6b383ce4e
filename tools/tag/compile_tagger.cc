// dyad_compile_tagger LINGUA_TAGGER_DIR WORDNET_DIR OUT_DIR: the build's step
// that writes the compiled tables of the tagger (OUT_DIR/tagger.bin, from
// Lingua's lexicon and WordNet's verbs) and of the lemmatizer
// (OUT_DIR/lemmatizer.bin, from WordNet) that start-up reads
// (src/tag/compiled_tables.h).
#include <cstdio>
#include <string>

#include "tag/lemmatizer.h"
#include "tag/tagger.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s LINGUA_TAGGER_DIR WORDNET_DIR OUT_DIR\n", argv[0]);
    return 2;
  }
  const std::string out = argv[3];
  dyad::Status s = dyad::tag::CompileTagger(argv[1], argv[2], out + "/tagger.bin");
  if (s.ok()) s = dyad::tag::CompileLemmatizer(argv[2], out + "/lemmatizer.bin");
  if (!s.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], s.ToString().c_str());
    return 1;
  }
  return 0;
}
