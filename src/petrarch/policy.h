// The coding conventions as a policy: every place where PETRARCH 2's reading
// of a sentence and dyad's own differ asks this object by name, so a
// convention is documented once, here, and the actor resolver and the event
// coder never test which dictionaries were loaded (dyad/conventions.h: the
// caller chooses). docs/petrarch.md describes the PETRARCH side for users.
//
// A Policy is a small value (one flag), copied into each resolver and
// sentence coder; it is immutable, so threads share it freely. The questions
// are inline because they sit on the coder's hot path.
#ifndef DYAD_SRC_PETRARCH_POLICY_H_
#define DYAD_SRC_PETRARCH_POLICY_H_

#include "dyad/conventions.h"

namespace dyad::petrarch {

class Policy {
 public:
  constexpr Policy() = default;
  constexpr explicit Policy(Conventions c) : petrarch_(c == Conventions::kPetrarch) {}

  constexpr Conventions conventions() const { return petrarch_ ? Conventions::kPetrarch : Conventions::kDyad; }

  // --- Actors (src/actors/resolve.cc) ---

  // An agent that no phrase gives a country ("Police detain protesters")
  // takes the story's main country; PETRARCH leaves it "---GOV".
  constexpr bool AgentsTakeStoryCountry() const { return !petrarch_; }
  // "the two countries", "both sides" and other collectives stand for the
  // actors named before them; PETRARCH does not resolve them.
  constexpr bool ResolvesCollectives() const { return !petrarch_; }
  // Pronouns are resolved wherever they are; PETRARCH only resolves the
  // subject of a clause right after a verb ("Freedonia indicated it had
  // condemned Sylvania"), as the actor named before it.
  constexpr bool ResolvesEveryPronoun() const { return !petrarch_; }
  // An actor's code is composed as PETRARCH composes it: the first actor
  // named, then every agent's code in order, three letters at a time
  // ("White House security officials" = USAGOV), prefix agents first,
  // "former" as ELI, and an agent before "in/of/from" and actors standing for
  // each of them. dyad's own composition picks one country and one sector.
  constexpr bool ComposesCodesAsPetrarch() const { return petrarch_; }
  // In "Russia's Putin", a possessor followed by a name only describes the
  // phrase, which is the name's; PETRARCH codes the first actor named.
  constexpr bool PossessorOnlyDescribesName() const { return !petrarch_; }
  // "protesters' demands": a possessor owns the phrase rather than modifying
  // its head; PETRARCH reads it as a modifier like any other word.
  constexpr bool PossessorOwnsPhrase() const { return !petrarch_; }
  // "America's allies", "its neighbours": a possessor of a noun that names
  // another party (ally, neighbour, rival) is not that party; PETRARCH
  // codes the possessor.
  constexpr bool OtherPartyIsNotPossessor() const { return !petrarch_; }
  // A name before the phrase's head modifies it even when "and", "or" or a
  // comma follows it; PETRARCH then reads it as a member of a list.
  constexpr bool ModifierBeforeCoordinator() const { return !petrarch_; }

  // A statement verb's default yields to the event its object names
  // ("announced a suspension of aid to Egypt" is the suspension);
  // PETRARCH codes the verb.
  constexpr bool ObjectEventOverStatement() const { return !petrarch_; }

  // What a speaker says another party must do is the speaker's demand on it
  // ("said Israel must end the attacks": 10); PETRARCH codes the content as
  // the other party's act.
  constexpr bool MustIsDemand() const { return !petrarch_; }

  // --- Sources (src/events/coder.cc) ---

  // A clause's subject that a pattern made its target ("observed + *":
  // "Firefly observed that Sylvania lamented") leaves the source to the
  // subject of the clause that reports it.
  constexpr bool ReporterIsSourceOfSubjectTarget() const { return petrarch_; }
  // A relative pronoun ("a woman ... who shot at US officers") names no
  // source: PETRARCH does not resolve it. dyad's clauses take the noun it
  // refers to.
  constexpr bool RelativePronounHasNoSource() const { return petrarch_; }
  // A verb after a parenthesis ("Freedonia's envoy, speaking to reporters on
  // Friday, pressed") takes the phrase before the parenthesis as subject.
  constexpr bool SubjectBeforeParenthesis() const { return petrarch_; }
  // A subject phrase that names no actor is coded by the first actor of the
  // whole noun phrase before the verb ("The Freedonia branch of a bank near
  // Sylvania condemned Grand Fenwick" is Freedonia's act).
  constexpr bool SubjectFromWholePhraseBeforeVerb() const { return petrarch_; }
  // A passive verb with no "by" phrase is read as active ("Freedonia was
  // assailed for ..." is Freedonia's act); dyad's leaves the agent unknown.
  constexpr bool AgentlessPassiveIsActive() const { return petrarch_; }

  // --- Targets ---

  // With no actor in the object, the first of the verb's phrases that names
  // one is the target, whatever its preposition ("sought refuge in
  // Sylvania"); dyad reads a place after "in" or "at" as where, not whom.
  constexpr bool TargetFromAnyPhrase() const { return petrarch_; }
  // A phrase that names the source again ("was assailed for its policy
  // toward Sylvania") is not the target: read on.
  constexpr bool SkipsTargetRepeatingSource() const { return petrarch_; }
  // The target read on after the pattern's words may be any actor, places
  // included; dyad's takes only phrases, and no place.
  constexpr bool TargetAfterPatternMayBePlace() const { return petrarch_; }
  // A statement or hostile act with no target is aimed at the source of an
  // earlier event whether or not the clause refers back to it ("condemned
  // the downing"); dyad's asks for a reference ("the attack", "it").
  constexpr bool EarlierSourceWithoutReference() const { return petrarch_; }
  // A denial takes its target from the clause it denies ("denied that it had
  // sent troops into Ukraine"); PETRARCH codes the denial alone.
  constexpr bool DenialTakesDeniedTarget() const { return !petrarch_; }
  // Force is aimed at the place it hits when the phrase after the pattern's
  // words names no one else ("shelled the outskirts of Kharkiv"), and
  // material help and appeals at the place whose people they are for, even
  // after "in" ("support for flood victims in Bolivia", "urged an end to the
  // fighting in Peru"); dyad's read-on otherwise skips places.
  constexpr bool ForceAimedAtPlace() const { return !petrarch_; }
  // A statement by a state's organ (GOV, MIL, ...) about its own bare
  // country is not aimed at it, nor is help or cooperation between a state
  // and a thing of its own named by "its"/"his" ("its new law will help
  // Beijing"); PETRARCH codes both.
  constexpr bool StateNotAimedAtItself() const { return !petrarch_; }
  // Sanctions or an embargo (163) within one country ("the Taliban imposed
  // restrictions on women", "froze the newspaper's assets") are the
  // administrative sanctions of 172; PETRARCH keeps its pattern's code.
  constexpr bool DomesticSanctionIsRestriction() const { return !petrarch_; }
  // Coordinated verbs share any target phrase of the first (PETRARCH reads
  // the whole verb phrase); dyad's share only a partner ("with").
  constexpr bool TargetFromAnyCoordinatedPhrase() const { return petrarch_; }
  // The press after "on" or "in" is how a statement was made, not whom it is
  // aimed at ("announcing on social media").
  constexpr bool PressIsChannelOfStatement() const { return !petrarch_; }
  // A pattern's target slot passes over a time or place phrase before its
  // actor ("phoned on Sunday the Iranian president").
  constexpr bool SlotPassesAdjunct() const { return !petrarch_; }
  // A place other than a capital is not an event's source ("Diego Garcia
  // offered"); PETRARCH codes it as its country.
  constexpr bool PlaceIsNoSource() const { return !petrarch_; }
  // An unnamed local agent whose country only the story gave (police,
  // gunmen, protesters) acts in the country of the place its clause names
  // ("gunmen kidnapped two engineers in Nigeria"); PETRARCH keeps the
  // story's country.
  constexpr bool LocalAgentOfClausePlace() const { return !petrarch_; }
  // A state, its government or an international body that protests
  // complains officially (114); only people demonstrate (14).
  constexpr bool StateProtestIsComplaint() const { return !petrarch_; }
  // An act named by the object with its doer's possessive ("Iran's
  // detention of two citizens") is the doer's: a verb that judges, asks
  // for or answers it is aimed at the doer, not at those the act was done
  // to ("of" phrase).
  constexpr bool PossessorOfJudgedAct() const { return !petrarch_; }
  // In a noun pattern, the target slot right after the noun phrase's own
  // "by" ("~killing of * soldiers by +") names who did it; those it was done
  // to are the "of" phrase.
  constexpr bool NounByPhraseIsDoer() const { return !petrarch_; }
  // A claim of responsibility with no target is aimed at whom the claimed
  // act hit, named by the clause that describes it ("claimed the attack,
  // which killed dozens of people").
  constexpr bool ClaimAimedAtClaimedAct() const { return !petrarch_; }
  // A verb whose object is a clause that codes nothing of its own is aimed at
  // that clause's subject ("Freedonia believes Sylvania can cope").
  constexpr bool AimsAtContentSubject() const { return petrarch_; }
  // The members of a compound source ("Freedonia and Sylvania signed") act
  // on each other under any code; dyad's only under mutual codes (meet,
  // negotiate, fight).
  constexpr bool CompoundSourceAlwaysMutual() const { return petrarch_; }

  // --- Modality and duplicates ---

  // A pattern that reads the words before the verb ("will not *") has taken
  // their negation or modality into account: the event is coded as the
  // pattern says, not as the clause's modality would decide.
  constexpr bool BeforeWordsPatternDecidesModality() const { return petrarch_; }
  // Two events of a sentence are one when their actors' countries match
  // ("arrived in Islamabad on his first visit to Pakistan"); PETRARCH keeps
  // one per full actor code ("---REL" and "---LEG" are two).
  constexpr bool DuplicatesByCountry() const { return !petrarch_; }
  // "China trade with Mauritius on rise": one country's name before the
  // plural form of a verb modifies a noun; PETRARCH reads the verb ("Ethiopia
  // act on a resolution" is Ethiopia's act).
  constexpr bool CountryBeforePluralVerbIsModifier() const { return !petrarch_; }
  // "police arrested Ana Ferreira", "outlawed the Northern Branch": a
  // person's full name that no dictionary knows, arrested or freed by a
  // state, or such a body's name that a state bans, is of that state's
  // country; PETRARCH codes no one its dictionaries lack.
  constexpr bool UnknownPersonOfArrestingState() const { return !petrarch_; }

 private:
  bool petrarch_ = false;
};

}  // namespace dyad::petrarch

#endif  // DYAD_SRC_PETRARCH_POLICY_H_
