#include "places/resolve.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/calendar_words.h"

namespace dyad::places {

namespace {

// Evidence weights. A candidate's score is the sum of what supports it; the
// values order the evidence (a country named in the same phrase beats one
// named elsewhere in the sentence, which beats one named in the story), and a
// type word outweighs any population difference short of a factor of 1e6.
constexpr double kPhraseCountryWeight = 6;    // "Iraq's Anbar desert"
constexpr double kSentenceCountryWeight = 4;  // an actor of that country in the sentence
constexpr double kDocumentCountryWeight = 2;  // ... elsewhere in the story
constexpr double kCountryBase = 4;            // a country name is rarely anything else
constexpr double kRegionBase = 2;
constexpr double kAreaBase = 4;  // "Asia", "Central America": as sure as a country
constexpr double kTypeWordWeight = 3;  // "province", "the city of" agree with the kind
// A city's prior: log10(population + 10) divided by this (1,000 people: 1.5;
// 10 million: 3.5).
constexpr double kPopulationLogDivisor = 2;
constexpr double kNationalCapitalWeight = 1;
constexpr double kRegionalSeatWeight = 0.5;
// A big city outranks its namesake region ("Beijing", "New York").
constexpr uint32_t kMillionCity = 1000000;
constexpr double kMillionCityWeight = 1;
// Without support from the text, a city is taken only from this size up:
// small places with a common name match too often by chance.
constexpr uint32_t kUnsupportedCityPopulation = 100000;
// How far a phrase and a name reach, in tokens.
constexpr uint32_t kMaxPhraseTokens = 12;
constexpr uint32_t kMaxNameTokens = 5;
// Cities this big are meant even inside another name ("London police").
constexpr uint32_t kWellKnownCityPopulation = 100000;

}  // namespace

bool NameParticle(std::string_view w) {
  return w == "des" || w == "de" || w == "du" || w == "la" || w == "le" || w == "del" || w == "da" ||
         w == "dos" || w == "das" || w == "do";
}

namespace {

// Names that look like places in the gazetteer but name something else when
// capitalised in news (weekdays and months are towns somewhere).
bool NeverAPlace(std::string_view folded) {
  static constexpr std::string_view kWords[] = {
      "white house", "police", "university",
      "parliament", "congress", "senate", "un", "eu", "nato", "god", "president", "minister"};
  if (IsWeekdayOrMonthName(folded)) return true;
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

bool Contains(const std::vector<std::string_view>& v, const char* cc) {
  // (By bytes, not string_view ==: a memcmp call for every candidate place.)
  return std::any_of(v.begin(), v.end(), [cc](std::string_view x) {
    return x.size() == 3 && x[0] == cc[0] && x[1] == cc[1] && x[2] == cc[2];
  });
}

}  // namespace

bool IsOn(std::string_view w) { return w == "on"; }

bool WrittenAsCode(std::string_view surface) {
  bool letter = false;
  for (char c : surface) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= c >= 'A' && c <= 'Z';
  }
  return letter;
}

bool IsLocativePrep(std::string_view w) {
  return w == "in" || w == "near" || w == "at" || w == "outside" || w == "inside" || w == "across" ||
         w == "around" || w == "throughout";
}

TypeHint TypeWord(std::string_view w) {
  if (w == "city" || w == "town" || w == "village" || w == "port" || w == "capital" || w == "suburb" ||
      w == "cities" || w == "towns" || w == "villages" || w == "outskirts") {
    return TypeHint::kCity;
  }
  if (w == "province" || w == "state" || w == "region" || w == "governorate" || w == "county" ||
      w == "prefecture" || w == "oblast" || w == "provinces" || w == "regions") {
    return TypeHint::kRegion;
  }
  if (w == "country") return TypeHint::kCountry;
  return TypeHint::kNone;
}

Phrase PhraseAfter(const Analysis& a, uint32_t prep, uint32_t sentence_end) {
  Phrase p;
  p.first = prep + 1;
  uint32_t i = prep + 1;
  for (; i < sentence_end && i < prep + kMaxPhraseTokens; ++i) {
    const Token& t = a.tokens[i];
    std::string_view w = a.Lower(t);
    if (t.tag == PosTag::kPOS) continue;
    if (t.tag == PosTag::kIN && w != "of") break;
    // "the city of X", "the outskirts of X", but not "the hands of X" or "the
    // request of X": after "of" comes the place only when a place word or a
    // part of a place precedes it.
    if (w == "of" && i > prep + 1) {
      std::string_view before = a.Lower(a.tokens[i - 1]);
      bool place_word = TypeWord(before) != TypeHint::kNone || before == "center" || before == "centre" ||
                        before == "heart" || before == "north" || before == "south" || before == "east" ||
                        before == "west" || before == "edge" || before == "streets" || before == "suburbs" ||
                        before == "border" || before == "coast" || before == "area" || before == "district";
      if (!place_word && !(a.tokens[i - 1].flags & kTokCapitalized)) break;
      if (place_word) p.part_of_place = true;
    }
    if ((t.flags & kTokPunct) && w != "-" && w != "'s") break;
    if (t.tag == PosTag::kCC || t.tag == PosTag::kWDT || t.tag == PosTag::kWP || t.tag == PosTag::kTO) break;
    if (IsVerb(t.tag) && !(t.flags & kTokCapitalized)) break;
    if (TypeHint h = TypeWord(w); h != TypeHint::kNone) p.hint = h;
  }
  p.end = i;
  return p;
}

bool Direction(std::string_view w) {
  return w == "north" || w == "south" || w == "east" || w == "west" || w == "northern" || w == "southern" ||
         w == "eastern" || w == "western" || w == "central" || w == "greater" || w == "upper" || w == "lower" ||
         w == "metro" || w == "northwest" || w == "northeast" || w == "southwest" || w == "southeast";
}

bool WellKnown(const Gazetteer& g, const KeyRecord* begin, const KeyRecord* stop) {
  for (const KeyRecord* k = begin; k != stop; ++k) {
    if (k->flags & kKeyAlternate) continue;  // "Drug" is Durg's other name, not a name anyone means
    const PlaceRecord& p = g.place(k->place);
    if (p.kind != static_cast<uint8_t>(PlaceKind::kCity) || p.population >= kWellKnownCityPopulation) return true;
  }
  return false;
}

bool CountryHints::InSentence(const char* cc) const { return Contains(sentence, cc); }
bool CountryHints::InDocument(const char* cc) const { return Contains(document, cc); }

bool IsCountryCode(std::string_view s) {
  return s.size() >= 3 && std::all_of(s.begin(), s.begin() + 3, [](char c) { return c >= 'A' && c <= 'Z'; });
}

namespace {

// Both are the three letters of a code that IsCountryCode passed: compared
// inline (HintsFor runs for every event, and memcmp was a call per pair).
bool SameCode(std::string_view a, std::string_view b) {
  return a.size() == b.size() && a.size() == 3 && a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
}

}  // namespace

DocumentCountries::DocumentCountries(const ActorMentions& actors) : actors_(actors) {
  for (size_t i = 0; i < actors.mentions.size(); ++i) {
    const ActorMention& m = actors.mentions[i];
    if (i > 0 && m.sentence < actors.mentions[i - 1].sentence) sorted_ = false;
    if (!IsCountryCode(m.code)) continue;
    const std::string_view cc = std::string_view(m.code).substr(0, 3);
    auto it = std::find_if(totals_.begin(), totals_.end(), [cc](const auto& t) { return SameCode(t.first, cc); });
    if (it == totals_.end()) totals_.emplace_back(cc, 1); else ++it->second;
  }
}

void DocumentCountries::HintsFor(uint32_t sentence, CountryHints* hints) const {
  // The sentence's countries from its own mentions; the document's are the
  // countries mentioned more often in all than in this sentence (that is,
  // also in another sentence).
  auto first = actors_.mentions.begin(), last = actors_.mentions.end();
  if (sorted_) {
    first = std::partition_point(first, last, [sentence](const ActorMention& m) { return m.sentence < sentence; });
    last = std::partition_point(first, last, [sentence](const ActorMention& m) { return m.sentence == sentence; });
  }
  for (auto it = first; it != last; ++it) {
    if (it->sentence == sentence && IsCountryCode(it->code)) {
      hints->sentence.push_back(std::string_view(it->code).substr(0, 3));
    }
  }
  for (const auto& [cc, total] : totals_) {
    const size_t here = static_cast<size_t>(
        std::count_if(hints->sentence.begin(), hints->sentence.end(), [cc](std::string_view x) { return SameCode(x, cc); }));
    if (total > here) hints->document.push_back(cc);
  }
}

const PlaceRecord* Resolver::Resolve(const Phrase& p) {
  matches_.clear();
  for (uint32_t i = p.first; i < p.end;) {
    uint32_t next = MatchAt(i, p.end);
    i = next > i ? next : i + 1;
  }
  if (matches_.empty()) return nullptr;
  // Countries named in the phrase itself ("Iraq's Anbar desert").
  phrase_countries_.clear();
  for (const Match& m : matches_) {
    for (const KeyRecord* k = m.begin; k != m.stop; ++k) {
      if (k->flags & kKeyDemonym) continue;
      const PlaceRecord& pl = g_.place(k->place);
      if (pl.kind == static_cast<uint8_t>(PlaceKind::kCountry)) phrase_countries_.emplace_back(pl.country, 3);
    }
  }
  const PlaceRecord* best = nullptr;
  double best_score = -1e9;
  int best_specific = std::numeric_limits<int>::min();
  for (const Match& m : matches_) {
    const PlaceRecord* cand = nullptr;
    double cand_score = -1e9;
    size_t n = static_cast<size_t>(
        std::count_if(m.begin, m.stop, [](const KeyRecord& k) { return !(k.flags & kKeyDemonym); }));
    // A country's or continent's name is that, not a namesake town ("Asia"
    // in the Philippines), unless a type word says "city".
    const bool has_area = std::any_of(m.begin, m.stop, [&](const KeyRecord& k) {
      return !(k.flags & kKeyDemonym) && Specificity(g_.place(k.place)) <= 0;
    });
    for (const KeyRecord* k = m.begin; k != m.stop; ++k) {
      if (k->flags & kKeyDemonym) continue;
      const PlaceRecord& pl = g_.place(k->place);
      if (has_area && pl.kind == static_cast<uint8_t>(PlaceKind::kCity) && p.hint != TypeHint::kCity) continue;
      if ((k->flags & kKeyAbbreviation) && !(a_.tokens[m.first].flags & kTokAbbreviation)) continue;
      // A region's code ("NSW") only in a story about its country.
      if ((k->flags & kKeyCapsOnly) && pl.kind == static_cast<uint8_t>(PlaceKind::kAdmin1) && !InPhrase(pl.country) &&
          !hints_.InSentence(pl.country) && !hints_.InDocument(pl.country)) {
        continue;
      }
      bool in_phrase = InPhrase(pl.country);
      if (!phrase_countries_.empty() && !in_phrase) continue;
      double s = Score(pl, p.hint, in_phrase);
      if (!Acceptable(pl, p.hint, in_phrase, n)) continue;
      if (s > cand_score) {
        cand = &pl;
        cand_score = s;
      }
    }
    if (!cand) continue;
    // The most specific place wins (city over its region over its country).
    int specific = Specificity(*cand);
    if (specific > best_specific || (specific == best_specific && cand_score > best_score)) {
      best = cand;
      best_score = cand_score;
      best_specific = specific;
    }
  }
  return best;
}

bool Resolver::InPhrase(const char* cc) const { return Contains(phrase_countries_, cc); }

int Specificity(const PlaceRecord& pl) {
  switch (static_cast<PlaceKind>(pl.kind)) {
    case PlaceKind::kCity: return 2;
    case PlaceKind::kAdmin1: return 1;
    case PlaceKind::kCountry: return 0;
    case PlaceKind::kWorldRegion: return -1;
    case PlaceKind::kContinent: return -2;
  }
  return -3;
}

double Resolver::Score(const PlaceRecord& pl, TypeHint hint, bool in_phrase) const {
  return ScorePlace(pl, hint, in_phrase, hints_);
}

bool Resolver::Acceptable(const PlaceRecord& pl, TypeHint hint, bool in_phrase, size_t n_candidates) const {
  return AcceptPlace(pl, hint, in_phrase, n_candidates, hints_);
}

double ScorePlace(const PlaceRecord& pl, TypeHint hint, bool in_phrase, const CountryHints& hints) {
  double s = 0;
  if (in_phrase) s += kPhraseCountryWeight;
  if (hints.InSentence(pl.country)) s += kSentenceCountryWeight;
  else if (hints.InDocument(pl.country)) s += kDocumentCountryWeight;
  switch (static_cast<PlaceKind>(pl.kind)) {
    case PlaceKind::kCountry:
      s += kCountryBase + (hint == TypeHint::kCountry ? kTypeWordWeight : 0);
      break;
    case PlaceKind::kAdmin1:
      s += kRegionBase + (hint == TypeHint::kRegion ? kTypeWordWeight : 0);
      break;
    case PlaceKind::kCity:
      s += std::log10(pl.population + 10.0) / kPopulationLogDivisor +
           (pl.capital == 1 ? kNationalCapitalWeight : pl.capital == 2 ? kRegionalSeatWeight : 0) +
           (hint == TypeHint::kCity ? kTypeWordWeight : 0);
      if (pl.population >= kMillionCity) s += kMillionCityWeight;
      break;
    case PlaceKind::kContinent:
    case PlaceKind::kWorldRegion:
      s += kAreaBase;
      break;
  }
  return s;
}

// Small places with a common name match too often by chance: take them only
// with support from the text.
bool AcceptPlace(const PlaceRecord& pl, TypeHint hint, bool in_phrase, size_t n_candidates,
                 const CountryHints& hints) {
  bool supported = in_phrase || hints.InSentence(pl.country) || hints.InDocument(pl.country);
  switch (static_cast<PlaceKind>(pl.kind)) {
    case PlaceKind::kCountry:
    case PlaceKind::kContinent:
    case PlaceKind::kWorldRegion:
      return true;
    case PlaceKind::kAdmin1:
      return supported || hint == TypeHint::kRegion || n_candidates == 1;
    case PlaceKind::kCity:
      return supported || hint == TypeHint::kCity || pl.population >= kUnsupportedCityPopulation;
  }
  return false;
}

bool Resolver::PartOfLongerName(uint32_t first, uint32_t end) const {
  if (in_title_) return true;
  const size_t n = a_.tokens.size();
  if (end < n && !(a_.tokens[end].flags & kTokSentenceStart)) {
    const Token& next = a_.tokens[end];
    if ((next.flags & kTokCapitalized) && next.tag != PosTag::kPOS && TypeWord(a_.Lower(next)) == TypeHint::kNone) {
      return true;
    }
    if (NameParticle(a_.Lower(next)) && end + 1 < n && (a_.tokens[end + 1].flags & kTokCapitalized)) return true;
  }
  if (first > 0 && !(a_.tokens[first].flags & kTokSentenceStart)) {
    const Token& before = a_.tokens[first - 1];
    if ((before.flags & kTokCapitalized) && !(before.flags & kTokAllCaps) && before.tag == PosTag::kNNP &&
        !Direction(a_.Lower(before))) {
      return true;
    }
  }
  return false;
}

// Longest name starting at token i (capitalised words, up to kMaxNameTokens).
uint32_t Resolver::MatchAt(uint32_t i, uint32_t end) {
  const Token& t0 = a_.tokens[i];
  if (!(t0.flags & (kTokCapitalized | kTokAllCaps))) return i;
  uint32_t best_end = i;
  Match best;
  for (uint32_t j = i; j < end && j < i + kMaxNameTokens; ++j) {
    const Token& t = a_.tokens[j];
    // "People's Republic of China" is one name; "Iraq's Anbar" two.
    if (t.tag == PosTag::kPOS) {
      if (j == i || t.begin != a_.tokens[j - 1].end) break;
      std::string folded;
      FoldInto(a_.Surface(t), &folded);
      key_ += folded;
      continue;
    }
    bool cap = t.flags & (kTokCapitalized | kTokAllCaps);
    std::string_view w = a_.Lower(t);
    bool joiner = w == "-" || w == "de" || w == "al" || w == "el" || w == "of" || w == "upon";
    if (!cap && !joiner) break;
    if (j == i) key_.clear();
    FoldInto(a_.Surface(t), &key_);
    if (!cap) continue;
    std::string_view k = key_;
    while (!k.empty() && k.back() == ' ') k.remove_suffix(1);
    auto found = g_.Find(k);
    if (found.empty() || NeverAPlace(k)) continue;
    bool caps_ok = WrittenAsCode(a_.Surface(t)) || j > i;
    const KeyRecord* b = found.data();
    const KeyRecord* e = found.data() + found.size();
    // Codes ("US", "DRC") only when written as codes.
    bool any = false;
    const bool dotted = (t.flags & kTokAbbreviation) && j == i;
    for (const KeyRecord* r = b; r != e; ++r) {
      any |= !(r->flags & kKeyDemonym) && (!(r->flags & kKeyCapsOnly) || caps_ok) &&
             (!(r->flags & kKeyAbbreviation) || dotted);
    }
    if (!any) continue;
    best = Match{i, j + 1, b, e};
    best_end = j + 1;
  }
  if (best_end == i) return i;
  // Part of a longer name ("Security Council", "Croix des Bouquets", "Forest
  // Service", a person's "John Washington"), or a title's capitals: a small
  // place is then not meant; a well-known one still is ("Texas A&M").
  if (!WellKnown(g_, best.begin, best.stop) && PartOfLongerName(best.first, best.end)) return best_end;
  matches_.push_back(best);
  return best_end;
}

}  // namespace dyad::places
