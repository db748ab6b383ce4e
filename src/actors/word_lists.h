// The actor resolver's word lists (internal), read from
// data/actors/words/words.txt (format in data/actors/FORMAT.md): role words
// that name a person, titles, words for the head of a body, the sectors of
// bodies that are no state, and the like.
//
// Read once with the dictionary and checked then (file:line for a bad line;
// a list the file does not give is an error); read-only afterwards, so any
// number of threads may test it, and a test allocates nothing.
#ifndef DYAD_SRC_ACTORS_WORD_LISTS_H_
#define DYAD_SRC_ACTORS_WORD_LISTS_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/word_list_set.h"
#include "dyad/status.h"

namespace dyad::actors {

class WordLists {
 public:
  enum class List {
    kPersonRole,
    kPersonNoun,
    kHeadOfBody,
    kNonStateSector,
    kArmedSector,
    kStateOrganSector,
    kTitle,
    kAttributiveSuffix,
    kOtherParty,
    kOneOfficePlural,
    kPortfolio,
    kStatesNoun,
    kForeignModifier,
    kPlacePossessor,
    kGeographicFeature,
    kPairNoun,
    kBodyNoun,
    kClauseAdjective,
    kLanguageService,
    kCityPart,
    kDocumentName,
    kRelationNoun,
    kFleeVerb,
    kReturnVerb,
    kLocalSector,
    kCountryNoun,
    kFemaleNoun,
    kMaleNoun,
    kFightVerb,
    kStatelessPeople,
    kEnvoyNoun,
    kFigurativeForce,
    kJoiningVerb,
    kCountingWord,
    kSpokespersonNoun,
    kMemberWord,
  };
  static constexpr size_t kLists = 36;

  // Adds the lists of one file's text (`name` is used in messages).
  Status Add(std::string_view text, const std::string& name);
  // After the last Add: an error naming `name` when a list has no word.
  Status CheckComplete(const std::string& name) const;

  bool Has(List list, std::string_view word) const { return lists_.Has(static_cast<size_t>(list), word); }

  // The name as written in the file ("person-role").
  static std::string_view Name(List list);

 private:
  WordListSet<kLists> lists_;
};

}  // namespace dyad::actors

#endif  // DYAD_SRC_ACTORS_WORD_LISTS_H_
