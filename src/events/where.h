// Where an event happened: the place (places::Resolver) named by the
// locative phrase most closely tied to the event's verb, its clause's
// "in"/"near"/"at" phrases first, then those elsewhere in its sentence.
//
// LocateEvent is a pure function of its arguments; the gazetteer is shared
// read-only, so any number of threads may locate events at once.
#ifndef DYAD_EVENTS_WHERE_H_
#define DYAD_EVENTS_WHERE_H_

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
// As above, with the document's countries counted beforehand.
bool LocateEvent(const places::Gazetteer& g, const Analysis& a, const ActorMentions& actors, const Event& e,
                 const places::DocumentCountries& countries, Geo* out);

}  // namespace dyad::where

#endif  // DYAD_EVENTS_WHERE_H_
