// The coder's editorial rules that are not patterns, read from data/coding/
// (FORMAT.md there): what an event becomes under intent, a threat or a
// refusal, and what an appeal, demand or rejection becomes from what it asks
// for or turns down (modality.txt), and the word lists the coder consults, such as the
// verbs that make the verb they govern an intention (words.txt).
//
// Loaded once with the patterns and checked then (file:line for every bad
// line); immutable afterwards, so any number of threads may read it. Every
// string_view returned points into this object.
#ifndef DYAD_SRC_EVENTS_CODING_RULES_H_
#define DYAD_SRC_EVENTS_CODING_RULES_H_

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/string_table.h"
#include "dyad/status.h"

namespace dyad {

class CodingRules {
 public:
  enum class Map { kIntent, kThreat, kRefusal, kAppeal, kDemand, kReject };
  enum class List {
    kIntentControl,
    kRefusalControl,
    kAgreement,
    kThreatControl,
    kUnrealControl,
    kProtestVerb,
    kCivilianSector,
    kAttackNoun,
    kReactionVerb,
    kEventNoun,
    kFigurative,
    kReportVerb,
    kStandFor,
    kAppealNoun,
    kCommentator,
    kResearchBody,
    kHearsayNoun,
    kDenialVerb,
    kVerbalTarget,
    kObjectVerb,
    kCauseNoun,
    kIntentNoun,
    kTopicFrame,
    kStopNoun,
    kWishVerb,
    kNecessity,
    kForceWord,
    kOfficeNoun,
    kPlaceAdverb,
    kMatchVerb,
    kReinforceVerb,
    kBodyNameEnd,
    kSpokenTo,
    kAddresseeVerb,
    kMedicalWord,
    kFoughtThing,
    kExpectVerb,
    kSportNoun,
    kBarrageNoun,
    kReciprocalVerb,
    kReleaseNoun,
    kUndoVerb,
    kSetNoun,
    kPrivateTraveller,
    kForSubjectDone,
    kUnrealisedModifier,
    kPerformVerb,
    kHoldingVerb,
    kGoBetweenVerb,
    kOpeningPreposition,
    kBylineNoun,
    kDeadlineNoun,
    kEnvoyTitle,
    kPartnerVerb,
    kCarePlace,
    kBindingRule,
    kSayVerb,
    kMishapNoun,
    kStrikingThing,
    kLocalAgentSector
  };
  static constexpr size_t kMaps = 6, kLists = 60;

  // Reads dir/modality.txt and dir/words.txt; an error when words.txt gives
  // no word for a list (the coder's rules read every one).
  Status LoadDirectory(const std::string& dir);
  // One file's text in each format; `name` is used in messages.
  Status AddModality(std::string_view text, const std::string& name);
  Status AddWords(std::string_view text, const std::string& name);

  // What `code` becomes under `map`: the rule for the code itself, else the
  // longest CODE* rule that it starts with; empty when none applies.
  std::string_view Mapped(Map map, std::string_view code) const;
  bool Has(List list, std::string_view word) const;

  // Names as written in the files ("intent", "intent-control").
  static std::string_view MapName(Map m);
  static std::string_view ListName(List l);

 private:
  // Heterogeneous look-up: a string_view finds a key without a copy, so the
  // coder allocates nothing per clause. FNV-1a, inline: the coder asks these
  // sets about words tens of thousands of times a megabyte, and std::hash's
  // murmur was a library call on each (the sets are only searched, never
  // walked, so their order does not matter).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return HashBytes(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  using Table = std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;
  struct CodeMap {
    Table exact, prefix;
  };
  std::array<CodeMap, kMaps> maps_;
  std::array<Set, kLists> lists_;
};

}  // namespace dyad

#endif  // DYAD_SRC_EVENTS_CODING_RULES_H_
