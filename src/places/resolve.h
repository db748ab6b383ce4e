// Resolution: which gazetteer place a phrase of an analysed document names.
// A phrase is the words after a locative preposition ("in Iraq's Anbar
// desert", "near the port city of Latakia"); the names in it are matched
// longest first, and an ambiguous name is settled by the evidence of the
// story: countries named in the same phrase, the countries of the sentence's
// and the document's actors, a type word ("city", "province") and population.
// The weights of that evidence are named constants in resolve.cc.
//
// Ownership: a Resolver refers to the gazetteer, the analysis and the hints
// it is given, which must outlive it; DocumentCountries refers to the actor
// mentions it counted. Thread-safety: both are used by one thread at a time
// (a Resolver keeps scratch buffers); the gazetteer they read is shared.
#ifndef DYAD_PLACES_RESOLVE_H_
#define DYAD_PLACES_RESOLVE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/actors.h"
#include "dyad/analysis.h"
#include "places/gazetteer.h"

namespace dyad::places {

// "on" places something only with a part of a place ("on the outskirts of
// X"): "sanctions on China" names no place.
bool IsOn(std::string_view lower);
// A code is written in capitals ("US", "U.S.", "DRC"): "Ky." and "Mo." are
// abbreviations of words, not the codes of the Cayman Islands and Macau.
bool WrittenAsCode(std::string_view surface);
// "in", "near", "at", ...: prepositions whose object can be where.
bool IsLocativePrep(std::string_view lower);

// The kind of place a type word in the phrase implies.
enum class TypeHint { kNone, kCity, kRegion, kCountry };
TypeHint TypeWord(std::string_view lower);

struct Phrase {
  uint32_t first = 0, end = 0;  // token range
  TypeHint hint = TypeHint::kNone;
  bool part_of_place = false;  // "the outskirts of", "the city of"
};

// The tokens after a locative preposition that can hold its place name: "the
// port city of Latakia", "Iraq's Anbar desert".
Phrase PhraseAfter(const Analysis& a, uint32_t prep, uint32_t sentence_end);

// Countries (ISO alpha-3) the story gives as evidence.
struct CountryHints {
  std::vector<std::string_view> sentence, document;
  bool InSentence(const char* cc) const;
  bool InDocument(const char* cc) const;
};

// The countries of a document's actor mentions, counted once per document so
// that resolving each sentence's places does not read every mention again
// (which made a long document cost quadratic time).
class DocumentCountries {
 public:
  explicit DocumentCountries(const ActorMentions& actors);
  // The countries of sentence `sentence`'s actor mentions, and those of the
  // document named also in another sentence.
  void HintsFor(uint32_t sentence, CountryHints* out) const;

 private:
  const ActorMentions& actors_;
  bool sorted_ = true;  // mentions in sentence order (as the resolver makes them)
  std::vector<std::pair<std::string_view, size_t>> totals_;  // country code, mentions
};

// A name with a reading no one mistakes: a country, continent, first-level
// region or a city of 100,000 or more.
bool WellKnown(const Gazetteer& g, const KeyRecord* begin, const KeyRecord* stop);
// "Southern", "Greater", "East": a word that names a part of the place after
// it, not another name.
bool Direction(std::string_view lower);

// Lower-case words inside a foreign place name ("Croix des Bouquets").
bool NameParticle(std::string_view lower);

// Whether an actor code starts with a country (three capitals).
bool IsCountryCode(std::string_view code);

// A candidate's score from the evidence (`near`: a country named beside it,
// as in "Iraq's Anbar" or "Hyderabad, Pakistan"), and whether it has enough
// support to be taken at all (`n_candidates`: readings of the name).
double ScorePlace(const PlaceRecord& pl, TypeHint hint, bool near, const CountryHints& hints);
bool AcceptPlace(const PlaceRecord& pl, TypeHint hint, bool near, size_t n_candidates, const CountryHints& hints);
// City 2, region 1, country 0, world region -1, continent -2: the most
// specific of several names in one phrase is where.
int Specificity(const PlaceRecord& pl);

class Resolver {
 public:
  Resolver(const Gazetteer& g, const Analysis& a, const CountryHints& hints) : g_(g), a_(a), hints_(hints) {}

  // The best place named in `p`, or nullptr.
  const PlaceRecord* Resolve(const Phrase& p);
  // Phrases of a title: its capitals say nothing, so only well-known places
  // are taken.
  void set_title(bool in_title) { in_title_ = in_title; }

 private:
  struct Match {
    uint32_t first = 0, end = 0;
    const KeyRecord* begin = nullptr;
    const KeyRecord* stop = nullptr;
  };
  bool InPhrase(const char* cc) const;
  double Score(const PlaceRecord& pl, TypeHint hint, bool in_phrase) const;
  bool Acceptable(const PlaceRecord& pl, TypeHint hint, bool in_phrase, size_t n_candidates) const;
  uint32_t MatchAt(uint32_t i, uint32_t end);
  bool PartOfLongerName(uint32_t first, uint32_t end) const;

  const Gazetteer& g_;
  const Analysis& a_;
  const CountryHints& hints_;
  std::vector<Match> matches_;
  std::vector<std::string_view> phrase_countries_;
  std::string key_;
  bool in_title_ = false;
};

}  // namespace dyad::places

#endif  // DYAD_PLACES_RESOLVE_H_
