#include "places/mentions.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "core/calendar_words.h"
#include "places/resolve.h"

namespace dyad::places {

namespace {

using Candidate = MentionScratch::Candidate;

// How far a name reaches, in tokens ("Bosnia and Herzegovina" is matched
// through the joiners below; "Democratic Republic of the Congo" is five).
constexpr uint32_t kMaxNameTokens = 6;
// "Edmonton, Alberta": the region beside a town is its own (on top of the
// country beside it, resolve.cc's kPhraseCountryWeight).
constexpr double kSameRegionWeight = 2;
// A region named anywhere in the story ("Queensland") supports its towns as
// much as the story's country does.
constexpr double kStoryRegionWeight = 2;
// A first-level region's name is that, not a namesake town ("California",
// Maryland), unless the town is at least this big ("New York", "Quebec").
constexpr uint32_t kTownOverRegionPopulation = 100000;

// Capitalised words that are places somewhere but, alone, are far more often
// something else in news text.
bool NeverAPlace(std::string_view folded) {
  static constexpr std::string_view kWords[] = {
      "white house", "police", "university", "parliament", "congress", "senate", "un", "eu", "nato", "god",
      "president", "minister", "mr", "mrs", "ms", "dr", "i", "a", "we", "he", "she", "it", "they", "you",
      "the", "this", "that", "but", "and", "if", "in", "on", "at", "as", "so", "no", "yes", "my", "our"};
  if (IsWeekdayOrMonthName(folded)) return true;
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

bool Capitalised(const Token& t) { return t.flags & (kTokCapitalized | kTokAllCaps); }

// Words that join the parts of one name: "Bosnia and Herzegovina" is not one
// of them (and is a list), but "Trinidad and Tobago" is found by its key.
bool Joiner(std::string_view w) {
  return w == "-" || w == "de" || w == "al" || w == "el" || w == "of" || w == "upon" || w == "and" ||
         w == "the" || w == "da" || w == "do" || w == "la" || w == "du";
}

// A capitalised word that makes the name before it part of another proper
// name's type: "Edmonton Oilers" is a team, but "Metcalfe County" and
// "Jefferson City" are places.
TypeHint TypeAfter(std::string_view w) {
  if (w == "county" || w == "province" || w == "state" || w == "region" || w == "governorate" ||
      w == "district" || w == "prefecture" || w == "oblast" || w == "territory") {
    return TypeHint::kRegion;
  }
  if (w == "city" || w == "town" || w == "village") return TypeHint::kCity;
  return TypeHint::kNone;
}

// Actor codes that are organisations, not countries: a place name inside
// such a mention ("the African Union", "Kenya Airways") is part of a name.
bool OrganisationCode(std::string_view code) {
  static constexpr std::string_view kPrefixes[] = {"IGO", "NGO", "NGM", "MNC", "UIS", "REL"};
  for (std::string_view p : kPrefixes) {
    if (code.substr(0, 3) == p) return true;
  }
  return false;
}

bool Contains(const std::vector<std::string_view>& v, const char* cc) {
  return std::find(v.begin(), v.end(), std::string_view(cc, 3)) != v.end();
}

// Appends "'s" to a key as its word's ending, not as a word of its own.
void FoldPossessive(std::string_view surface, std::string* key) {
  std::string folded;
  FoldInto(surface, &folded);
  *key += folded;
}

// The longest gazetteer name starting at token i; false when none.
bool LongestName(const Gazetteer& g, const Analysis& a, uint32_t i, uint32_t end, std::string* key,
                 Candidate* out) {
  bool found = false;
  key->clear();
  for (uint32_t j = i; j < end && j < i + kMaxNameTokens; ++j) {
    const Token& t = a.tokens[j];
    // A possessive inside a name ("People's Republic of China") joins its
    // word; one after a name ends it ("Iraq's Anbar"), as no key goes on.
    if (t.tag == PosTag::kPOS) {
      if (j == i || t.begin != a.tokens[j - 1].end) break;
      FoldPossessive(a.Surface(t), key);
      continue;
    }
    bool cap = Capitalised(t);
    std::string_view w = a.Lower(t);
    if (!cap && !(j > i && Joiner(w))) break;
    FoldInto(a.Surface(t), key);
    if (!cap) continue;
    std::string_view k = *key;
    while (!k.empty() && k.back() == ' ') k.remove_suffix(1);
    // (Looked up first: most words are no key, and the lookup is cheaper
    // than the list of words that never are places.)
    auto hits = g.Find(k);
    if (hits.empty() || NeverAPlace(k)) continue;
    // Codes ("US", "DRC") only when written as codes.
    const bool caps_ok = WrittenAsCode(a.Surface(t)) || j > i;
    // A demonym reading wins over a namesake town ("Canadian", Victoria).
    bool any = false, demonym = false;
    const bool dotted = (t.flags & kTokAbbreviation) && j == i;
    for (const KeyRecord& r : hits) {
      if ((r.flags & kKeyCapsOnly) && !caps_ok) continue;
      if ((r.flags & kKeyAbbreviation) && !dotted) continue;
      any = true;
      demonym |= (r.flags & kKeyDemonym) != 0;
    }
    if (!any) continue;
    out->first = i;
    out->end = j + 1;
    out->begin = hits.data();
    out->stop = hits.data() + hits.size();
    out->demonym = demonym;
    found = true;
  }
  return found;
}

bool Usable(const KeyRecord& k, const Candidate& c, const Analysis& a) {
  if (((k.flags & kKeyDemonym) != 0) != c.demonym) return false;
  if ((k.flags & kKeyAbbreviation) && !(a.tokens[c.first].flags & kTokAbbreviation)) return false;
  if (k.flags & kKeyCapsOnly) {
    const Token& t = a.tokens[c.first];
    return WrittenAsCode(a.Surface(t)) || c.end > c.first + 1;
  }
  return true;
}

void SetPlace(const Gazetteer& g, const PlaceRecord& p, PlaceMention* m) {
  m->resolved = true;
  m->name = std::string(g.Name(p));
  m->country = p.country[0] ? std::string(p.country, 3) : std::string();
  m->admin1 = std::string(g.Admin1(p));
  m->geonameid = p.geonameid;
  m->latitude = p.lat;
  m->longitude = p.lon;
  m->feature_class.clear();
  if (p.feature_class) m->feature_class.assign(1, p.feature_class);
  m->feature_code = p.feature_code;
}

// One story means one place by one name: once "Paris, Texas" is written, the
// story's other "Paris" is that one too, whatever the prior of the capital.
// The reading nearest in the text wins when the story ties the name to two.
void SameNameSameReading(const Gazetteer& g, size_t first_out, std::vector<PlaceMention>* out,
                         MentionScratch* scratch) {
  const std::vector<size_t>& near = scratch->near_resolved;
  if (near.empty()) return;
  for (size_t i = first_out; i < out->size(); ++i) {
    PlaceMention& m = (*out)[i];
    if (m.demonym || std::string_view(m.how) == "only reading" || std::string_view(m.how) == "nearby place") continue;
    size_t from = SIZE_MAX, gap = SIZE_MAX;
    for (size_t j : near) {
      if (scratch->resolved_key[j] != scratch->resolved_key[i]) continue;
      size_t d = j > i ? j - i : i - j;
      if (d < gap) {
        gap = d;
        from = j;
      }
    }
    if (from == SIZE_MAX || scratch->resolved_place[from] == scratch->resolved_place[i]) continue;
    // Which of several towns; a region or country of the name stays itself.
    if (scratch->resolved_place[from]->kind != static_cast<uint8_t>(PlaceKind::kCity) ||
        scratch->resolved_place[i]->kind != static_cast<uint8_t>(PlaceKind::kCity)) {
      continue;
    }
    SetPlace(g, *scratch->resolved_place[from], &m);
    m.how = "nearby place elsewhere";
  }
}

}  // namespace

void FindPlaceMentions(const Gazetteer& g, const Analysis& a, const ActorMentions& actors,
                       std::vector<PlaceMention>* out, MentionScratch* scratch) {
  if (g.key_count() == 0) return;
  std::vector<Candidate>& cands = scratch->candidates;
  cands.clear();
  scratch->person_names.clear();
  // Organisation spans from the actor mentions, in text order.
  size_t next_actor = 0;
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sent = a.sentences[s];
    for (uint32_t i = sent.first_token; i < sent.end_token;) {
      const Token& t = a.tokens[i];
      Candidate c;
      if (!Capitalised(t) || !LongestName(g, a, i, sent.end_token, &scratch->key, &c)) {
        ++i;
        continue;
      }
      c.sentence = s;
      // A lone word at the start of a sentence is a place only when tagged
      // as a proper noun ("March", "Split", "Bath" start sentences too).
      const bool single = c.end == c.first + 1;
      // Datelines ("WASHINGTON", "AUSTIN, Texas") are written in capitals.
      const bool proper = t.tag == PosTag::kNNP || t.tag == PosTag::kNNPS || (t.flags & kTokAllCaps);
      bool keep = !(single && (t.flags & kTokSentenceStart) && !proper && !c.demonym);
      // Part of a longer proper name: "Security Council", "Forest Service".
      // A type word makes it a place instead ("Metcalfe County"); a
      // well-known place stays one inside a name ("London police", "Texas
      // A&M", "U.S. Department of Justice"), as geoparsing counts them.
      if (keep && !c.demonym && c.end < sent.end_token && Capitalised(a.tokens[c.end]) &&
          a.tokens[c.end].tag != PosTag::kPOS) {
        TypeHint after = TypeAfter(a.Lower(a.tokens[c.end]));
        if (after != TypeHint::kNone) {
          c.hint = static_cast<int>(after);
          ++c.end;
        } else {
          keep = WellKnown(g, c.begin, c.stop);
        }
      }
      // A title's capitals say nothing; "Croix des Bouquets" and "Center
      // for Disease Control" are one name.
      if (keep && !c.demonym && !WellKnown(g, c.begin, c.stop)) {
        if (sent.is_title) keep = false;
        if (c.end + 1 < sent.end_token && Capitalised(a.tokens[c.end + 1]) &&
            (NameParticle(a.Lower(a.tokens[c.end])) || a.Lower(a.tokens[c.end]) == "for")) {
          keep = false;
        }
      }
      // "West", "Central" alone are directions ("West Africa", "West African
      // countries"), whatever region somewhere bears the name.
      if (keep && single && Direction(a.Lower(t))) keep = false;
      // A person's name: after a capitalised word that is not a place
      // ("Hillary Clinton", "Lt. Logan"), or a name seen so earlier in the
      // story ("Clinton" alone later).
      if (keep && !c.demonym && c.first > sent.first_token) {
        const Token& before = a.tokens[c.first - 1];
        // (A dateline in capitals and "Southern California" are not names.)
        if (Capitalised(before) && !(before.flags & kTokAllCaps) && !Direction(a.Lower(before)) &&
            (before.tag == PosTag::kNNP || (before.flags & kTokAbbreviation)) && !WellKnown(g, c.begin, c.stop)) {
          keep = false;
          scratch->person_names.emplace_back(a.Lower(t));
        }
      }
      if (keep && single && !c.demonym &&
          std::find(scratch->person_names.begin(), scratch->person_names.end(), a.Lower(t)) !=
              scratch->person_names.end()) {
        keep = false;
      }
      // Inside an organisation the actor dictionaries know, or a person
      // they know.
      while (next_actor < actors.mentions.size() &&
             (actors.mentions[next_actor].sentence < s ||
              (actors.mentions[next_actor].sentence == s && actors.mentions[next_actor].end_token <= c.first))) {
        ++next_actor;
      }
      for (size_t m = next_actor; keep && m < actors.mentions.size() && actors.mentions[m].sentence == s; ++m) {
        const ActorMention& am = actors.mentions[m];
        if (am.first_token > c.first) break;
        if (am.end_token > c.first && am.end_token - am.first_token > c.end - c.first &&
            OrganisationCode(am.code)) {
          keep = false;
        }
        if (am.end_token > c.first && (am.how == ActorHow::kDateRule || am.how == ActorHow::kRole) &&
            !c.demonym) {
          keep = false;
        }
      }
      // A type word before it: "the city of Kharkiv", "Anbar province".
      if (keep && c.hint == 0) {
        for (uint32_t k = c.first; k > sent.first_token && k + 3 > c.first; --k) {
          TypeHint h = TypeWord(a.Lower(a.tokens[k - 1]));
          if (h != TypeHint::kNone) {
            c.hint = static_cast<int>(h);
            break;
          }
        }
        if (c.end < sent.end_token) {
          TypeHint h = TypeWord(a.Lower(a.tokens[c.end]));
          if (h != TypeHint::kNone) c.hint = static_cast<int>(h);
        }
      }
      if (keep) cands.push_back(c);
      i = c.end;
    }
  }
  if (cands.empty()) return;

  // The story's countries: its actors' and those its names can only mean
  // (every reading of "Kenya" or "Kenyan" is Kenya).
  DocumentCountries doc_countries(actors);
  std::vector<std::string_view>& sure = scratch->document_countries;
  sure.clear();
  std::vector<int8_t> sure_of(cands.size(), 0);
  for (size_t ci = 0; ci < cands.size(); ++ci) {
    const Candidate& c = cands[ci];
    const char* cc = nullptr;
    bool one = true;
    for (const KeyRecord* k = c.begin; k != c.stop && one; ++k) {
      if (!Usable(*k, c, a)) continue;
      const PlaceRecord& p = g.place(k->place);
      if (p.country[0] == 0) continue;
      // (A region's code is no evidence of its country by itself.)
      if ((p.kind != static_cast<uint8_t>(PlaceKind::kCountry) &&
           p.kind != static_cast<uint8_t>(PlaceKind::kAdmin1)) ||
          (k->flags & kKeyCapsOnly && p.kind == static_cast<uint8_t>(PlaceKind::kAdmin1))) {
        one = false;
        break;
      }
      if (cc && std::string_view(cc, 3) != std::string_view(p.country, 3)) one = false;
      cc = p.country;
    }
    if (one && cc) {
      sure_of[ci] = 1;
      if (!Contains(sure, cc)) sure.emplace_back(cc, 3);
    }
  }
  // First-level regions the story names ("Queensland"): a namesake town
  // there is the one meant ("Edmonton" near Cairns).
  std::vector<std::string_view>& regions = scratch->regions;
  regions.clear();
  for (const Candidate& c : cands) {
    if (c.demonym) continue;
    for (const KeyRecord* k = c.begin; k != c.stop; ++k) {
      const PlaceRecord& p = g.place(k->place);
      if (Usable(*k, c, a) && p.kind == static_cast<uint8_t>(PlaceKind::kAdmin1) && c.stop - c.begin == 1) {
        regions.push_back(g.Name(p));
      }
    }
  }

  CountryHints hints;
  const size_t first_out = out->size();
  scratch->near_resolved.clear();
  scratch->resolved_key.assign(first_out, nullptr);
  scratch->resolved_place.assign(first_out, nullptr);
  // The story's hints for a sentence are the same for each of its names: made
  // once per sentence (candidates come in sentence order), which keeps a
  // long story's cost linear.
  CountryHints sentence_hints;
  uint32_t hints_sentence = UINT32_MAX;
  size_t sentence_first = 0, sentence_end = 0;  // the sentence's candidates
  for (size_t ci = 0; ci < cands.size(); ++ci) {
    const Candidate& c = cands[ci];
    if (c.sentence != hints_sentence) {
      hints_sentence = c.sentence;
      sentence_hints.sentence.clear();
      sentence_hints.document.clear();
      doc_countries.HintsFor(c.sentence, &sentence_hints);
      for (std::string_view cc : sure) {
        if (std::find(sentence_hints.document.begin(), sentence_hints.document.end(), cc) ==
            sentence_hints.document.end()) {
          sentence_hints.document.push_back(cc);
        }
      }
      sentence_first = ci;
      for (sentence_end = ci; sentence_end < cands.size() && cands[sentence_end].sentence == c.sentence;) {
        ++sentence_end;
      }
    }
    hints.sentence = sentence_hints.sentence;
    hints.document = sentence_hints.document;
    // Countries of the sentence's other sure names.
    for (size_t o = sentence_first; o < sentence_end; ++o) {
      if (o == ci || !sure_of[o]) continue;
      const PlaceRecord& p = g.place(cands[o].begin->place);
      hints.sentence.emplace_back(p.country, 3);
    }
    // A place beside it: "Hyderabad, Pakistan", "Aleppo in Syria", "Iraq's
    // Anbar". Its readings' countries (and first-level regions) are near.
    std::vector<std::string_view>& near = scratch->near;
    near.clear();
    std::string_view near_admin1;
    auto take_near = [&](const Candidate& o) {
      for (const KeyRecord* k = o.begin; k != o.stop; ++k) {
        if (!Usable(*k, o, a)) continue;
        const PlaceRecord& p = g.place(k->place);
        if (p.kind == static_cast<uint8_t>(PlaceKind::kCountry)) near.emplace_back(p.country, 3);
        if (p.kind == static_cast<uint8_t>(PlaceKind::kAdmin1)) {
          near.emplace_back(p.country, 3);
          near_admin1 = g.Name(p);
        }
      }
    };
    if (ci + 1 < cands.size() && cands[ci + 1].sentence == c.sentence) {
      const Candidate& o = cands[ci + 1];
      std::string_view between = o.first == c.end + 1 ? a.Lower(a.tokens[c.end]) : std::string_view();
      if (between == "," || between == "in" || (o.first == c.end + 2 && a.Lower(a.tokens[c.end]) == "," &&
                                                 a.Lower(a.tokens[c.end + 1]) == "in")) {
        take_near(o);
      }
    }
    if (ci > 0 && cands[ci - 1].sentence == c.sentence && cands[ci - 1].end + 1 == c.first &&
        a.tokens[cands[ci - 1].end].tag == PosTag::kPOS) {
      take_near(cands[ci - 1]);
    }

    const TypeHint hint = static_cast<TypeHint>(c.hint);
    size_t n = 0;
    bool has_area = false;  // a country, continent or world region of this name
    bool has_region = false;
    for (const KeyRecord* k = c.begin; k != c.stop; ++k) {
      if (!Usable(*k, c, a)) continue;
      ++n;
      has_area |= Specificity(g.place(k->place)) <= 0;
      has_region |= g.place(k->place).kind == static_cast<uint8_t>(PlaceKind::kAdmin1);
    }
    const PlaceRecord* best = nullptr;
    double best_score = -1e9;
    bool best_near = false;
    for (const KeyRecord* k = c.begin; k != c.stop; ++k) {
      if (!Usable(*k, c, a)) continue;
      const PlaceRecord& p = g.place(k->place);
      bool is_near = p.country[0] != 0 && Contains(near, p.country) &&
                     p.kind != static_cast<uint8_t>(PlaceKind::kCountry);
      // "Edmonton, Alberta": the region named beside it is the city's own.
      bool same_admin1 = is_near && !near_admin1.empty() && g.Admin1(p) == near_admin1;
      // Nobody writes "Asia" for the Philippine town or "Chad" for a village
      // without saying so: a country's or continent's name is that, unless a
      // type word or a place beside it says otherwise.
      // A place beside a region's name makes its namesake town meant only
      // when it is the town's own region ("Washington, Pennsylvania"): in
      // "California, Oregon and Washington" the names beside are a list.
      if (p.kind == static_cast<uint8_t>(PlaceKind::kCity) && hint != TypeHint::kCity &&
          ((has_area && !is_near) || (has_region && p.population < kTownOverRegionPopulation && !same_admin1))) {
        continue;
      }
      if (!AcceptPlace(p, hint, is_near, n, hints)) continue;
      // A region's code ("NSW") only in a story about its country: "CNN" is
      // not Angola's Cunene.
      if ((k->flags & kKeyCapsOnly) && p.kind == static_cast<uint8_t>(PlaceKind::kAdmin1) && !is_near &&
          !hints.InSentence(p.country) && !hints.InDocument(p.country)) {
        continue;
      }
      // A city's other name ("Drug" for Durg, "Cordova" for Córdoba) only in
      // a story about its country.
      if ((k->flags & kKeyAlternate) && !is_near && !hints.InSentence(p.country) && !hints.InDocument(p.country)) {
        continue;
      }
      const bool story_region = p.kind == static_cast<uint8_t>(PlaceKind::kCity) && !g.Admin1(p).empty() &&
                                std::find(regions.begin(), regions.end(), g.Admin1(p)) != regions.end();
      double s = ScorePlace(p, hint, is_near, hints) + (same_admin1 ? kSameRegionWeight : 0) +
                 (story_region ? kStoryRegionWeight : 0);
      if (s > best_score) {
        best = &p;
        best_score = s;
        best_near = is_near;
      }
    }
    if (!best) continue;
    PlaceMention m;
    m.sentence = c.sentence;
    m.begin = a.tokens[c.first].begin;
    m.end = a.tokens[c.end - 1].end;
    m.demonym = c.demonym;
    SetPlace(g, *best, &m);
    if (n == 1) {
      m.how = "only reading";
    } else if (best_near) {
      m.how = "nearby place";
    } else if ((hint == TypeHint::kCity && best->kind == static_cast<uint8_t>(PlaceKind::kCity)) ||
               (hint == TypeHint::kRegion && best->kind == static_cast<uint8_t>(PlaceKind::kAdmin1)) ||
               (hint == TypeHint::kCountry && best->kind == static_cast<uint8_t>(PlaceKind::kCountry))) {
      // Local and explicit: "the city of", "province".
      m.how = "type word";
    } else if (hints.InSentence(best->country) || hints.InDocument(best->country)) {
      m.how = "story country";
    } else {
      m.how = "population";
    }
    if (best_near) scratch->near_resolved.push_back(out->size());
    scratch->resolved_key.push_back(c.begin);
    scratch->resolved_place.push_back(best);
    out->push_back(std::move(m));
  }
  SameNameSameReading(g, first_out, out, scratch);
}

}  // namespace dyad::places
