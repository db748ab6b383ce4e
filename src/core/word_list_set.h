// Named word lists read from "list: word; word; ..." files
// (ForEachListWord in core/data_lines.h), one LoadedWordSet a list: the
// shared body of the stages' word lists (the parser's, the actor
// resolver's), which keep their own list names and enum.
//
// Filled while data loads and checked then (file:line for a bad line; a
// list the files do not give is an error); read-only afterwards, so any
// number of threads may test it, and a test allocates nothing.
#ifndef DYAD_SRC_CORE_WORD_LIST_SET_H_
#define DYAD_SRC_CORE_WORD_LIST_SET_H_

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/data_lines.h"
#include "core/words.h"
#include "dyad/status.h"

namespace dyad {

template <size_t N>
class WordListSet {
 public:
  // Adds the lists of one file's text; `names` are the lists' names as
  // written, in the order of the sets; `name` is used in messages.
  Status Add(std::string_view text, const std::string& name, std::span<const std::string_view, N> names) {
    return data::ForEachListWord(text, name, names,
                                 [&](size_t l, std::string_view word) { return sets_[l].Insert(word); });
  }
  // After the last Add: an error naming `name` when a list has no word.
  Status CheckComplete(const std::string& name, std::span<const std::string_view, N> names) const {
    for (size_t l = 0; l < N; ++l) {
      if (sets_[l].size() == 0) {
        return Status::DataError(name + ": no list \"" + std::string(names[l]) + "\" (every list must be given)");
      }
    }
    return Status::Ok();
  }
  bool Has(size_t list, std::string_view word) const { return sets_[list].Contains(word); }

 private:
  std::array<LoadedWordSet, N> sets_;
};

}  // namespace dyad

#endif  // DYAD_SRC_CORE_WORD_LIST_SET_H_
