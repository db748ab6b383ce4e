// Every place mention of an analysed document: capitalised names found in the
// gazetteer (longest first), less those that are part of a longer proper name
// ("Security Council", "Forest Service") or of an organisation the actor
// dictionaries know, each resolved with the story's evidence: the countries
// of its actors and of its other places, "X, Y" and "X in Y", a type word
// ("the city of", "province") and population as the prior.
//
// FindPlaceMentions is a pure function of its arguments (the gazetteer is
// shared read-only); `scratch` holds buffers reused between documents and
// belongs to one thread.
#ifndef DYAD_PLACES_MENTIONS_H_
#define DYAD_PLACES_MENTIONS_H_

#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/analysis.h"
#include "dyad/places.h"
#include "places/gazetteer.h"

namespace dyad::places {

struct MentionScratch {
  struct Candidate {
    uint32_t sentence = 0, first = 0, end = 0;  // token span
    const KeyRecord* begin = nullptr;
    const KeyRecord* stop = nullptr;
    bool demonym = false;
    int hint = 0;  // TypeHint
  };
  std::vector<Candidate> candidates;
  std::string key;
  std::vector<std::string_view> sentence_countries, document_countries, near, regions, person_names;
  // Per mention written (indices into the output): the name's key and the
  // reading taken; and which mentions a place beside them settled.
  std::vector<const KeyRecord*> resolved_key;
  std::vector<const PlaceRecord*> resolved_place;
  std::vector<size_t> near_resolved;
};

// Appends the place mentions of `a` to `out`, in text order.
void FindPlaceMentions(const Gazetteer& g, const Analysis& a, const ActorMentions& actors,
                       std::vector<PlaceMention>* out, MentionScratch* scratch);

}  // namespace dyad::places

#endif  // DYAD_PLACES_MENTIONS_H_
