#include "actors/word_lists.h"

#include <iterator>
#include <vector>

#include "core/data_lines.h"
#include "core/strings.h"

namespace dyad::actors {
namespace {

constexpr std::string_view kNames[] = {"person-role",
                                       "person-noun",
                                       "head-of-body",
                                       "non-state-sector",
                                       "armed-sector",
                                       "state-organ-sector",
                                       "title",
                                       "attributive-suffix",
                                       "other-party",
                                       "one-office-plural",
                                       "portfolio",
                                       "states-noun",
                                       "foreign-modifier",
                                       "place-possessor",
                                       "geographic-feature",
                                       "pair-noun",
                                       "body-noun",
                                       "clause-adjective",
                                       "language-service",
                                       "city-part",
                                       "document-name",
                                       "relation-noun",
                                       "flee-verb",
                                       "return-verb",
                                       "local-sector",
                                       "country-noun",
                                       "female-noun",
                                       "male-noun",
                                       "fight-verb",
                                       "stateless-people",
                                       "envoy-noun",
                                       "figurative-force",
                                       "joining-verb",
                                       "counting-word",
                                       "spokesperson-noun",
                                       "member-word"};
static_assert(std::size(kNames) == WordLists::kLists);

}  // namespace

std::string_view WordLists::Name(List list) { return kNames[static_cast<size_t>(list)]; }

Status WordLists::Add(std::string_view text, const std::string& name) { return lists_.Add(text, name, kNames); }

Status WordLists::CheckComplete(const std::string& name) const { return lists_.CheckComplete(name, kNames); }

}  // namespace dyad::actors
