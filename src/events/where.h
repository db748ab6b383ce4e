// Where an event happened: the place (places::Resolver) named by the
// locative phrase most closely tied to the event's verb, its clause's
// "in"/"near"/"at" phrases first, then those elsewhere in its sentence.
//
// LocateEvent is a pure function of its arguments; the gazetteer is shared
// read-only, so any number of threads may locate events at once.
#ifndef DYAD_EVENTS_WHERE_H_
#define DYAD_EVENTS_WHERE_H_

#include "actors/sentence_mentions.h"
#include "dyad/actors.h"
#include "dyad/analysis.h"
#include "dyad/events.h"
#include "places/gazetteer.h"
#include "places/resolve.h"

namespace dyad::where {

// The place of event `e`. Ambiguous names are settled by the countries named
// in the same phrase, the countries of the sentence's and the document's
// actors and of the event's own source and target, a type word in the phrase
// ("city", "province") and population. False (and `out` untouched) when none.
bool LocateEvent(const places::Gazetteer& g, const Analysis& a, const ActorMentions& actors, const Event& e,
                 Geo* out);
// As above, with the document's countries counted beforehand; *phrase, when
// given, receives the token span of the words that named the place.
bool LocateEvent(const places::Gazetteer& g, const Analysis& a, const ActorMentions& actors, const Event& e,
                 const places::DocumentCountries& countries, Geo* out, places::Phrase* phrase = nullptr);

// Where the sentence places an event's source and target below their
// country: a place in the actor's country that its own noun phrase names
// ("Kharkiv police", "Kharkiv's mayor", "Ankara" for Turkey's government;
// not inside a person's name), else the "in"/"of"/"from"
// phrase right after it ("police in Kharkiv", "the governor of Texas",
// "protesters in the capital", the capital being the actor's country's). A
// bare country ("Japan in Tokyo") is not placed by a phrase after it: that
// phrase is the event's place more often than the country's. Only a city or
// a first-level region counts (the country is the actor code's already);
// `how` is "actor". A side left unplaced keeps its Geo untouched.
// `by_sentence` indexes the document's actor mentions.
void LocateActors(const places::Gazetteer& g, const Analysis& a, const SentenceMentions& by_sentence, const Event& e,
                  const places::DocumentCountries& countries, Geo* source, Geo* target);

}  // namespace dyad::where

#endif  // DYAD_EVENTS_WHERE_H_
