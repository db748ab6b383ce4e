#include "events/where.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "events/when.h"

namespace dyad::where {

namespace {

using places::PlaceKind;
using places::PlaceRecord;

void FillGeo(const places::Gazetteer& g, const PlaceRecord& p, const char* how, Geo* out) {
  out->how = how;
  out->name = std::string(g.Name(p));
  // Continents and world regions have no country.
  if (p.country[0]) out->country_code.assign(p.country, 3); else out->country_code.clear();
  out->admin1 = std::string(g.Admin1(p));
  out->latitude = p.lat;
  out->longitude = p.lon;
  out->geonameid = p.geonameid;
  switch (static_cast<PlaceKind>(p.kind)) {
    case PlaceKind::kCity: out->feature_type = "city"; break;
    case PlaceKind::kAdmin1: out->feature_type = "admin1"; break;
    case PlaceKind::kCountry: out->feature_type = "country"; break;
    case PlaceKind::kContinent: out->feature_type = "continent"; break;
    case PlaceKind::kWorldRegion: out->feature_type = "region"; break;
  }
}

}  // namespace

bool LocateEvent(const places::Gazetteer& g, const Analysis& a, const ActorMentions& actors, const Event& e,
                 Geo* out) {
  return LocateEvent(g, a, actors, e, places::DocumentCountries(actors), out);
}

bool LocateEvent(const places::Gazetteer& g, const Analysis& a, const ActorMentions& actors, const Event& e,
                 const places::DocumentCountries& countries, Geo* out) {
  if (e.sentence >= a.sentences.size() || g.key_count() == 0) return false;
  const Sentence& s = a.sentences[e.sentence];
  places::CountryHints hints;
  countries.HintsFor(e.sentence, &hints);
  for (const std::string* code : {&e.source, &e.target}) {
    if (places::IsCountryCode(*code)) hints.sentence.push_back(std::string_view(*code).substr(0, 3));
  }
  places::Resolver resolver(g, a, hints);
  resolver.set_title(s.is_title);

  // The event's own clause first.
  int32_t c = when::EventClause(a, e);
  if (c >= 0) {
    for (const Attachment& at : a.clauses[c].attachments) {
      if (at.prep >= a.tokens.size()) continue;
      std::string_view w = a.Lower(a.tokens[at.prep]);
      if (!places::IsLocativePrep(w) && !places::IsOn(w)) continue;
      places::Phrase ph = places::PhraseAfter(a, at.prep, s.end_token);
      if (places::IsOn(w) && !ph.part_of_place) continue;
      if (const PlaceRecord* p = resolver.Resolve(ph)) {
        FillGeo(g, *p, "clause", out);
        return true;
      }
    }
    // Its object, when a type word says it is a place: "shelled the
    // Ukrainian city of Kharkiv" (but "attacked Russia" names a target).
    const Clause& cl = a.clauses[c];
    if (cl.object >= 0 && cl.verb >= 0) {
      const Chunk& v = a.chunks[cl.verb];
      places::Phrase ph = places::PhraseAfter(a, v.end_token - 1, s.end_token);
      if (ph.hint == places::TypeHint::kCity || ph.part_of_place) {
        if (const PlaceRecord* p = resolver.Resolve(ph)) {
          FillGeo(g, *p, "clause", out);
          return true;
        }
      }
    }
  }
  // Then any locative phrase of the sentence, nearest to the verb first.
  std::vector<uint32_t> preps;
  for (uint32_t t = s.first_token; t < s.end_token && t < a.tokens.size(); ++t) {
    std::string_view w = a.Lower(a.tokens[t]);
    if (a.tokens[t].tag == PosTag::kIN && (places::IsLocativePrep(w) || places::IsOn(w))) preps.push_back(t);
  }
  std::sort(preps.begin(), preps.end(), [&](uint32_t x, uint32_t y) {
    auto d = [&](uint32_t t) { return std::llabs(static_cast<int64_t>(a.tokens[t].begin) - e.verb_begin); };
    return d(x) < d(y);
  });
  for (uint32_t t : preps) {
    places::Phrase ph = places::PhraseAfter(a, t, s.end_token);
    if (places::IsOn(a.Lower(a.tokens[t])) && !ph.part_of_place) continue;
    if (const PlaceRecord* p = resolver.Resolve(ph)) {
      FillGeo(g, *p, "sentence", out);
      return true;
    }
  }
  // Last, the story's dateline ("KHARTOUM, May 3 (AP) --").
  for (const Sentence& d : a.sentences) {
    if (!d.is_dateline) continue;
    places::Phrase ph;
    ph.first = d.first_token;
    ph.end = d.end_token;
    if (const PlaceRecord* p = resolver.Resolve(ph)) {
      FillGeo(g, *p, "dateline", out);
      return true;
    }
    break;
  }
  return false;
}

}  // namespace dyad::where
