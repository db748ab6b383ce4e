#include "events/where.h"

#include <algorithm>
#include <cstdlib>
#include <span>
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

// The actor mention an event side names: the first mention of the event's
// sentence (or, for a side found elsewhere, of any sentence) inside the
// side's byte span [begin, end), of its code if one is. `mentions` holds
// every mention of those bytes in the document's order (OfBytes).
const ActorMention* MentionIn(const Analysis& a, std::span<const ActorMention> mentions, uint32_t begin, uint32_t end,
                              const std::string& code) {
  if (begin >= end) return nullptr;
  const ActorMention* any = nullptr;
  for (const ActorMention& m : mentions) {
    if (m.first_token >= m.end_token || m.end_token > a.tokens.size()) continue;
    if (a.tokens[m.first_token].begin < begin || a.tokens[m.end_token - 1].end > end) continue;
    if (m.code == code) return &m;
    if (!any) any = &m;
  }
  return any;
}

// The clause whose verb governs clause c's infinitive of purpose ("arrived
// in Peru to deliver aid": arrived), also through a "to help" or "to try"
// right before a bare verb ("arrived ... to help deliver aid"); -1 if none.
int32_t GoverningClause(const Analysis& a, const SentenceParse& p, int32_t c) {
  const Clause& cl = a.clauses[c];
  if (cl.verb < 0) return -1;
  const Chunk& v = a.chunks[cl.verb];
  int32_t control = v.control;
  if (control < 0 && cl.verb > 0) {
    const Chunk& before = a.chunks[cl.verb - 1];
    if (before.kind == ChunkKind::kVP && before.infinitive && before.end_token == v.first_token) {
      control = before.control;
    }
  }
  if (control < 0) return -1;
  for (uint32_t k = p.first_clause; k < p.end_clause && k < a.clauses.size(); ++k) {
    const Clause& g = a.clauses[k];
    if (static_cast<int32_t>(k) == c || g.verb < 0) continue;
    const Chunk& gv = a.chunks[g.verb];
    if (gv.first_token <= static_cast<uint32_t>(control) && static_cast<uint32_t>(control) < gv.end_token) {
      return static_cast<int32_t>(k);
    }
  }
  return -1;
}

bool BelowCountry(const PlaceRecord* p) {
  return p &&
         (p->kind == static_cast<uint8_t>(PlaceKind::kCity) || p->kind == static_cast<uint8_t>(PlaceKind::kAdmin1));
}

// The national capital of country `cc` (ISO alpha-3): rarely asked for, so
// a scan rather than an index.
const PlaceRecord* NationalCapital(const places::Gazetteer& g, std::string_view cc) {
  const PlaceRecord* best = nullptr;
  for (size_t i = 0; i < g.place_count(); ++i) {
    const PlaceRecord& p = g.place(i);
    if (p.capital == 1 && p.kind == static_cast<uint8_t>(PlaceKind::kCity) && std::string_view(p.country, 3) == cc &&
        (!best || p.population > best->population)) {
      best = &p;
    }
  }
  return best;
}

const PlaceRecord* ActorPlace(const places::Gazetteer& g, const Analysis& a, const ActorMention& m,
                              places::Resolver* resolver) {
  const Sentence& s = a.sentences[m.sentence];
  uint32_t np_first = m.first_token, np_end = m.end_token;
  if (m.chunk >= 0 && static_cast<size_t>(m.chunk) < a.chunks.size()) {
    const Chunk& c = a.chunks[m.chunk];
    np_first = std::min(np_first, c.first_token);
    np_end = std::max(np_end, c.end_token);
  }
  // The actor's own noun phrase up to the actor's words: "Kharkiv police",
  // "Kharkiv's mayor", "Ankara" for Turkey's government. Only in the
  // actor's own country, and not in a person's name: the words of a name
  // are often towns somewhere ("Vladimir" Putin, "Canadian" Prime Minister,
  // "Media" watchdog), which an "in"/"of" phrase is not.
  const bool person = m.how == ActorHow::kDateRule || m.how == ActorHow::kRole || m.how == ActorHow::kCoreference;
  if (!person && places::IsCountryCode(m.code)) {
    places::Phrase own;
    own.first = np_first;
    own.end = m.end_token;
    const PlaceRecord* p = resolver->Resolve(own);
    if (BelowCountry(p) && std::string_view(p->country, 3) == std::string_view(m.code).substr(0, 3)) return p;
  }
  // The phrase after it, unless the actor is a country by its name alone.
  if (m.code.size() == 3 && places::IsCountryCode(m.code)) return nullptr;
  if (np_end >= s.end_token || np_end >= a.tokens.size()) return nullptr;
  const std::string_view prep = a.Lower(a.tokens[np_end]);
  if (prep != "in" && prep != "of" && prep != "from") return nullptr;
  const places::Phrase after = places::PhraseAfter(a, np_end, s.end_token);
  if (const PlaceRecord* p = resolver->Resolve(after); BelowCountry(p)) return p;
  // "in the capital": the actor's country's.
  if (after.end == after.first + 2 && a.Lower(a.tokens[after.first]) == "the" &&
      a.Lower(a.tokens[after.first + 1]) == "capital" && places::IsCountryCode(m.code)) {
    return NationalCapital(g, std::string_view(m.code).substr(0, 3));
  }
  return nullptr;
}

// The country hints for one use, empty. Kept by the thread: LocateActors
// and LocateEvent run for every event, and their two new vectors a side were
// most of the allocations of placing events. A Resolver holds the hints by
// reference, so each use ends before the next begins.
places::CountryHints& ClearedHints() {
  thread_local places::CountryHints hints;
  hints.sentence.clear();
  hints.document.clear();
  return hints;
}

}  // namespace

void LocateActors(const places::Gazetteer& g, const Analysis& a, const SentenceMentions& by_sentence, const Event& e,
                  const places::DocumentCountries& countries, Geo* source, Geo* target) {
  if (g.key_count() == 0) return;
  struct Side {
    uint32_t begin, end;
    const std::string* code;
    Geo* out;
  };
  for (const Side& side :
       {Side{e.source_begin, e.source_end, &e.source, source}, Side{e.target_begin, e.target_end, &e.target, target}}) {
    const ActorMention* m =
        MentionIn(a, by_sentence.OfBytes(a, side.begin, side.end), side.begin, side.end, *side.code);
    if (!m || m->sentence >= a.sentences.size()) continue;
    places::CountryHints& hints = ClearedHints();
    countries.HintsFor(m->sentence, &hints);
    if (places::IsCountryCode(m->code)) hints.sentence.push_back(std::string_view(m->code).substr(0, 3));
    places::Resolver resolver(g, a, hints);
    resolver.set_title(a.sentences[m->sentence].is_title);
    if (const PlaceRecord* p = ActorPlace(g, a, *m, &resolver)) FillGeo(g, *p, "actor", side.out);
  }
}

bool LocateEvent(const places::Gazetteer& g, const Analysis& a, const ActorMentions& actors, const Event& e,
                 Geo* out) {
  return LocateEvent(g, a, actors, e, places::DocumentCountries(actors), out);
}

bool LocateEvent(const places::Gazetteer& g, const Analysis& a, const ActorMentions& actors, const Event& e,
                 const places::DocumentCountries& countries, Geo* out, places::Phrase* phrase) {
  if (e.sentence >= a.sentences.size() || g.key_count() == 0) return false;
  const Sentence& s = a.sentences[e.sentence];
  places::CountryHints& hints = ClearedHints();
  countries.HintsFor(e.sentence, &hints);
  for (const std::string* code : {&e.source, &e.target}) {
    if (places::IsCountryCode(*code)) hints.sentence.push_back(std::string_view(*code).substr(0, 3));
  }
  places::Resolver resolver(g, a, hints);
  resolver.set_title(s.is_title);

  // The "in", "near", "at" (or "on" a place) phrases of clause k.
  auto in_clause = [&](int32_t k) {
    for (const Attachment& at : a.clauses[k].attachments) {
      if (at.prep >= a.tokens.size()) continue;
      std::string_view w = a.Lower(a.tokens[at.prep]);
      if (!places::IsLocativePrep(w) && !places::IsOn(w)) continue;
      places::Phrase ph = places::PhraseAfter(a, at.prep, s.end_token);
      if (places::IsOn(w) && !ph.part_of_place) continue;
      if (const PlaceRecord* p = resolver.Resolve(ph)) {
        FillGeo(g, *p, "clause", out);
        if (phrase) *phrase = ph;
        return true;
      }
    }
    return false;
  };
  // The event's own clause first.
  int32_t c = when::EventClause(a, e);
  if (c >= 0) {
    if (in_clause(c)) return true;
    // Its object, when a type word says it is a place: "shelled the
    // Ukrainian city of Kharkiv" (but "attacked Russia" names a target).
    const Clause& cl = a.clauses[c];
    if (cl.object >= 0 && cl.verb >= 0) {
      const Chunk& v = a.chunks[cl.verb];
      places::Phrase ph = places::PhraseAfter(a, v.end_token - 1, s.end_token);
      if (ph.hint == places::TypeHint::kCity || ph.part_of_place) {
        if (const PlaceRecord* p = resolver.Resolve(ph)) {
          FillGeo(g, *p, "clause", out);
          if (phrase) *phrase = ph;
          return true;
        }
      }
    }
    // An act done for a purpose is done where its doer went to do it:
    // "arrived in Peru to help deliver aid" delivers it in Peru.
    if (const int32_t gov = GoverningClause(a, a.parses[e.sentence], c); gov >= 0 && in_clause(gov)) return true;
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
