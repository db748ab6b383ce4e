// The chunker's word lists (internal), read from data/parse/words.txt
// (format in data/parse/FORMAT.md): the lexical choices of its rules that
// are editorial rather than grammatical: the verbs of naming that make
// "condemned what it called an attack" condemn the attack, and the documents
// and verbal acts of "sent a letter threatening to cut funds".
//
// Read once with the pipeline and checked then (file:line for a bad line; a
// list the file does not give is an error); read-only afterwards, so any
// number of threads may test it, and a test allocates nothing.
#ifndef DYAD_SRC_PARSE_WORD_LISTS_H_
#define DYAD_SRC_PARSE_WORD_LISTS_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/word_list_set.h"
#include "dyad/status.h"

namespace dyad::parse {

class WordLists {
 public:
  enum class List {
    kNamingVerb,
    kDocumentNoun,
    kVerbalActVerb,
  };
  static constexpr size_t kLists = 3;

  // Reads `file` (data/parse/words.txt) and checks that every list is given.
  Status Load(const std::string& file);
  // Adds the lists of one file's text (`name` is used in messages).
  Status Add(std::string_view text, const std::string& name);
  // After the last Add: an error naming `name` when a list has no word.
  Status CheckComplete(const std::string& name) const;

  bool Has(List list, std::string_view word) const { return lists_.Has(static_cast<size_t>(list), word); }

  // The name as written in the file ("naming-verb").
  static std::string_view Name(List list);

 private:
  WordListSet<kLists> lists_;
};

}  // namespace dyad::parse

#endif  // DYAD_SRC_PARSE_WORD_LISTS_H_
