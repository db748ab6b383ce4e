// The conventions' names and the policy the coder asks (src/petrarch/policy.h).
#include "petrarch/policy.h"

#include <gtest/gtest.h>

#include "dyad/conventions.h"

namespace dyad::petrarch {
namespace {

TEST(ConventionsTest, NamesRoundTrip) {
  for (Conventions c : {Conventions::kDyad, Conventions::kPetrarch}) {
    auto parsed = ParseConventions(ConventionsName(c));
    ASSERT_TRUE(parsed.ok()) << ConventionsName(c);
    EXPECT_EQ(*parsed, c);
  }
  for (const char* bad : {"", "PETRARCH", "tabari", "dyad "}) {
    auto parsed = ParseConventions(bad);
    EXPECT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

// Each question has one answer per side; a default policy is dyad's.
TEST(PolicyTest, EachConventionBelongsToOneSide) {
  constexpr Policy kDefault;
  EXPECT_EQ(kDefault.conventions(), Conventions::kDyad);
  struct Case {
    const char* name;
    bool (Policy::*ask)() const;
    bool petrarch_answer;
  };
  const Case cases[] = {
      {"AgentsTakeStoryCountry", &Policy::AgentsTakeStoryCountry, false},
      {"ResolvesCollectives", &Policy::ResolvesCollectives, false},
      {"ResolvesEveryPronoun", &Policy::ResolvesEveryPronoun, false},
      {"ComposesCodesAsPetrarch", &Policy::ComposesCodesAsPetrarch, true},
      {"PossessorOnlyDescribesName", &Policy::PossessorOnlyDescribesName, false},
      {"PossessorOwnsPhrase", &Policy::PossessorOwnsPhrase, false},
      {"ModifierBeforeCoordinator", &Policy::ModifierBeforeCoordinator, false},
      {"ReporterIsSourceOfSubjectTarget", &Policy::ReporterIsSourceOfSubjectTarget, true},
      {"RelativePronounHasNoSource", &Policy::RelativePronounHasNoSource, true},
      {"SubjectBeforeParenthesis", &Policy::SubjectBeforeParenthesis, true},
      {"SubjectFromWholePhraseBeforeVerb", &Policy::SubjectFromWholePhraseBeforeVerb, true},
      {"AgentlessPassiveIsActive", &Policy::AgentlessPassiveIsActive, true},
      {"TargetFromAnyPhrase", &Policy::TargetFromAnyPhrase, true},
      {"TargetFromAnyCoordinatedPhrase", &Policy::TargetFromAnyCoordinatedPhrase, true},
      {"SkipsTargetRepeatingSource", &Policy::SkipsTargetRepeatingSource, true},
      {"TargetAfterPatternMayBePlace", &Policy::TargetAfterPatternMayBePlace, true},
      {"EarlierSourceWithoutReference", &Policy::EarlierSourceWithoutReference, true},
      {"DenialTakesDeniedTarget", &Policy::DenialTakesDeniedTarget, false},
      {"ForceAimedAtPlace", &Policy::ForceAimedAtPlace, false},
      {"StateNotAimedAtItself", &Policy::StateNotAimedAtItself, false},
      {"PressIsChannelOfStatement", &Policy::PressIsChannelOfStatement, false},
      {"SlotPassesAdjunct", &Policy::SlotPassesAdjunct, false},
      {"PlaceIsNoSource", &Policy::PlaceIsNoSource, false},
      {"ClaimAimedAtClaimedAct", &Policy::ClaimAimedAtClaimedAct, false},
      {"AimsAtContentSubject", &Policy::AimsAtContentSubject, true},
      {"CompoundSourceAlwaysMutual", &Policy::CompoundSourceAlwaysMutual, true},
      {"BeforeWordsPatternDecidesModality", &Policy::BeforeWordsPatternDecidesModality, true},
      {"DuplicatesByCountry", &Policy::DuplicatesByCountry, false},
      {"CountryBeforePluralVerbIsModifier", &Policy::CountryBeforePluralVerbIsModifier, false},
      {"UnknownPersonOfArrestingState", &Policy::UnknownPersonOfArrestingState, false},
  };
  const Policy dyad(Conventions::kDyad), petrarch(Conventions::kPetrarch);
  EXPECT_EQ(petrarch.conventions(), Conventions::kPetrarch);
  for (const Case& c : cases) {
    EXPECT_EQ((petrarch.*c.ask)(), c.petrarch_answer) << c.name;
    EXPECT_EQ((dyad.*c.ask)(), !c.petrarch_answer) << c.name;
    EXPECT_EQ((kDefault.*c.ask)(), !c.petrarch_answer) << c.name;
  }
}

}  // namespace
}  // namespace dyad::petrarch
