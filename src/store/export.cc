// Export rows of stored events: GDELT 2.0 event records, Phoenix and JSON.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/date.h"
#include "core/json.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "places/gazetteer.h"

namespace dyad {
namespace {

// CAMEO actor type codes (the 3-letter units after, or instead of, a
// country code). Civilians are CVL; CIV is Côte d'Ivoire, a country.
bool IsTypeCode(std::string_view c) {
  static const std::set<std::string_view> kTypes = {
      "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
      "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP",
      "PTY", "RAD", "REB", "REF", "SEP", "SET", "SPY", "UAF", "UIS"};
  return kTypes.count(c) > 0;
}

// GDELT's split of a CAMEO actor code into country, known group and types.
struct ActorParts {
  std::string country, group, type[3];
};

ActorParts SplitActor(std::string_view code) {
  ActorParts p;
  size_t pos = 0;
  int types = 0;
  if (code.size() >= 3 && !IsTypeCode(code.substr(0, 3))) {
    p.country = code.substr(0, 3);
    pos = 3;
  }
  while (pos + 3 <= code.size()) {
    std::string_view unit = code.substr(pos, 3);
    if (IsTypeCode(unit)) {
      if (types < 3) p.type[types++] = unit;
      pos += 3;
    } else {
      // What follows an IGO/NGO type is the organisation ("IGOEUN").
      if (p.group.empty() && types > 0) p.group = code.substr(pos);
      break;
    }
  }
  return p;
}

void Cell(std::string* out, std::string_view s) {
  json::AppendTsvCell(out, s);
  out->push_back('\t');
}
void Cell(std::string* out, int64_t v) {
  out->append(std::to_string(v));
  out->push_back('\t');
}
void CellF(std::string* out, const char* fmt, double v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, fmt, v);
  out->append(buf);
  out->push_back('\t');
}
void EndRow(std::string* out) {
  if (!out->empty() && out->back() == '\t') out->back() = '\n'; else out->push_back('\n');
}

std::string Compact(std::string_view date) {  // YYYY-MM-DD -> YYYYMMDD
  std::string s;
  for (char c : date) if (c != '-') s.push_back(c);
  return s;
}

// A country in GDELT's terms: its FIPS 10-4 code, name and the point that
// stands for it.
struct FipsCountry {
  std::string code, name;
  bool has_point = false;
  double lat = 0, lon = 0;
};

// ISO 3166-1 alpha-3 -> FIPS 10-4 (data/export/fips10-4.txt), read once.
// Without the file GDELT's country columns stay empty rather than hold ISO
// codes a GDELT reader would take for other countries (CH is China in FIPS,
// Switzerland in ISO 3166-1 alpha-2).
const FipsCountry* Fips(std::string_view iso3) {
  static const auto* codes = [] {
    auto* m = new std::map<std::string, FipsCountry, std::less<>>();
    std::ifstream in(DefaultDataDir() + "/export/fips10-4.txt");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream f(line);
      std::string iso, lat, lon;
      FipsCountry c;
      if (!(f >> iso >> c.code >> lat >> lon)) continue;
      char* end = nullptr;
      c.lat = std::strtod(lat.c_str(), &end);
      c.has_point = lat != "-" && *end == '\0';
      c.lon = std::strtod(lon.c_str(), &end);
      c.has_point = c.has_point && lon != "-" && *end == '\0';
      std::getline(f >> std::ws, c.name);
      (*m)[iso] = std::move(c);
    }
    return m;
  }();
  auto it = codes->find(iso3);
  return it == codes->end() ? nullptr : &it->second;
}

// GDELT's FractionDate: the year plus the part of it gone by, day of year /
// 365, to four places (1 January 1979 is 1979.0027, as in GDELT's files).
// The codebook's (MONTH * 30 + DAY) / 365 runs past the next year in late
// December (2024-12-31 would be 2025.0712); the year's last day (365 or 366)
// is .9999, so that no day falls in the next year.
std::string FractionDate(const std::string& date) {
  Date d;
  if (!ParseIsoDate(date, &d)) return "";
  const int64_t day = DaysFromCivil(d) - DaysFromCivil(Date{d.year, 1, 1}) + 1;
  const double f = d.year + (day < 365 ? day / 365.0 : 0.9999);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", f);
  return buf;
}

// The gazetteer's cities and first-level regions by GeoNames id, loaded
// once: the store keeps a place's id, and what GDELT wants besides (the
// region's admin1 code, an actor place's name and point) is read here.
// Without the gazetteer nothing is found, and those cells stay as they were
// before dyad knew them (empty ADM1 below country, country-level actor geos).
struct PlaceIndex {
  std::unique_ptr<places::Gazetteer> gazetteer;
  std::unordered_map<uint32_t, uint32_t> by_id;
};

const places::PlaceRecord* PlaceById(uint32_t geonameid, const places::Gazetteer** g) {
  static const auto* index = [] {
    auto* x = new PlaceIndex();
    auto loaded = places::Gazetteer::Load(places::Gazetteer::DefaultPath(DefaultDataDir()));
    if (!loaded.ok()) return x;
    x->gazetteer = std::move(loaded).value();
    for (size_t i = 0; i < x->gazetteer->place_count(); ++i) {
      const places::PlaceRecord& p = x->gazetteer->place(i);
      const auto kind = static_cast<places::PlaceKind>(p.kind);
      if (p.geonameid && (kind == places::PlaceKind::kCity || kind == places::PlaceKind::kAdmin1)) {
        x->by_id.emplace(p.geonameid, static_cast<uint32_t>(i));
      }
    }
    return x;
  }();
  if (!geonameid) return nullptr;
  auto it = index->by_id.find(geonameid);
  if (it == index->by_id.end()) return nullptr;
  *g = index->gazetteer.get();
  return &index->gazetteer->place(it->second);
}

// GDELT's ADM1Code below country level: the FIPS country code and the
// place's GeoNames admin1 code ("US" + "CA"), empty when either is unknown.
std::string Adm1Code(const std::string& fips, uint32_t geonameid) {
  const places::Gazetteer* g = nullptr;
  const places::PlaceRecord* p = PlaceById(geonameid, &g);
  if (fips.empty() || !p || g->Admin1Code(*p).empty()) return "";
  return fips + std::string(g->Admin1Code(*p));
}

// GDELT's geographic resolution codes.
std::string GdeltGeoType(const Geo& g) {
  if (!g.known()) return "";
  bool us = g.country_code == "USA";
  if (g.feature_type == "country") return "1";
  if (g.feature_type == "admin1") return us ? "2" : "5";
  return us ? "3" : "4";
}

void EmptyCells(std::string* out, int n) {
  for (int i = 0; i < n; ++i) out->push_back('\t');
}

// Latitude and longitude, both empty when the place is unknown.
void LatLonCells(std::string* out, const Geo& g) {
  if (g.known()) {
    CellF(out, "%.4f", g.latitude);
    CellF(out, "%.4f", g.longitude);
  } else {
    EmptyCells(out, 2);
  }
}

// The eight cells of a GDELT place (ActionGeo_Type .. ActionGeo_FeatureID).
void GdeltPlaceCells(std::string* out, const Geo& g) {
  Cell(out, GdeltGeoType(g));
  const FipsCountry* country = g.known() ? Fips(g.country_code) : nullptr;
  // GDELT's full name runs from the place to its country: "Lyon,
  // Auvergne-Rhone-Alpes, France".
  std::string full = g.name;
  if (g.feature_type != "country") {
    if (!g.admin1.empty() && g.admin1 != g.name) full += ", " + g.admin1;
    if (country && !country->name.empty()) full += ", " + country->name;
  }
  Cell(out, full);
  const std::string fips = country ? country->code : std::string();
  Cell(out, fips);  // GDELT's country codes are FIPS 10-4
  // ADM1Code is the FIPS country code alone for a country-level place, as
  // GDELT writes it; below that, the FIPS country code and the region's
  // GeoNames admin1 code.
  Cell(out, g.feature_type == "country" ? fips : g.known() ? Adm1Code(fips, g.geonameid) : std::string());
  Cell(out, "");  // ADM2Code
  LatLonCells(out, g);
  // FeatureID: GDELT gives a country-level place its FIPS code, and the
  // others their GeoNames id (continents and world regions have none).
  Cell(out, g.feature_type == "country" ? fips
            : g.known() && g.geonameid  ? std::to_string(g.geonameid)
                                        : std::string());
}

// Actor1Geo/Actor2Geo: the place the text ties the actor to below its
// country ("police in Kharkiv"), written as ActionGeo is; else the actor's
// country, as GDELT writes a country-level place (type 1, the FIPS code as
// ADM1 code and feature id, the country's point), when the actor's code
// starts with a country; else eight empty cells.
void GdeltActorGeo(std::string* out, const std::string& code, uint32_t geonameid) {
  const places::Gazetteer* gz = nullptr;
  if (const places::PlaceRecord* place = PlaceById(geonameid, &gz)) {
    Geo g;
    g.name = std::string(gz->Name(*place));
    g.country_code.assign(place->country, 3);
    g.admin1 = std::string(gz->Admin1(*place));
    g.latitude = place->lat;
    g.longitude = place->lon;
    g.feature_type = place->kind == static_cast<uint8_t>(places::PlaceKind::kAdmin1) ? "admin1" : "city";
    g.geonameid = place->geonameid;
    GdeltPlaceCells(out, g);
    return;
  }
  const ActorParts p = SplitActor(code);
  const FipsCountry* c = p.country.empty() ? nullptr : Fips(p.country);
  if (!c || !c->has_point) {
    for (int i = 0; i < 8; ++i) out->push_back('\t');
    return;
  }
  Cell(out, "1");
  Cell(out, c->name);
  Cell(out, c->code);
  Cell(out, c->code);  // ADM1Code
  Cell(out, "");       // ADM2Code
  CellF(out, "%.4f", c->lat);
  CellF(out, "%.4f", c->lon);
  Cell(out, c->code);  // FeatureID
}

// The names of dyad's actor entries by code (data/actors: "country CHN
// China", "igo IGONATO NATO", "group PSEREBHMS Hamas", "agent MIL
// Military"), read once.
const std::map<std::string, std::string, std::less<>>& ActorNames() {
  static const auto* names = [] {
    auto* m = new std::map<std::string, std::string, std::less<>>();
    for (const char* file :
         {"countries.txt", "regions.txt", "igos.txt", "groups.txt", "companies.txt", "media.txt", "agents.txt"}) {
      std::ifstream in(DefaultDataDir() + "/actors/" + file);
      std::string line;
      while (std::getline(in, line)) {
        std::istringstream f(line.substr(0, line.find('#')));
        std::string kind, code, name;
        if (!(f >> kind >> code) || (kind != "country" && kind != "region" && kind != "igo" && kind != "group" && kind != "agent")) {
          continue;
        }
        std::getline(f >> std::ws, name);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\r')) name.pop_back();
        if (!name.empty()) m->emplace(code, name);
      }
    }
    return m;
  }();
  return *names;
}

// GDELT's ActorName: the resolved actor's name, in capitals, never the
// words of one mention (a pronoun, a role word). An organisation or group
// by its own entry (IGONATO: NATO), else the country (CHNMIL: CHINA), else
// the first type (COP: POLICE); empty for a code dyad has no name for.
std::string CanonicalName(std::string_view code) {
  const auto& names = ActorNames();
  auto named = [&](std::string_view c) -> std::string {
    auto it = names.find(c);
    return it == names.end() ? std::string() : it->second;
  };
  std::string name = named(code);
  if (name.empty()) {
    const ActorParts p = SplitActor(code);
    if (name.empty() && !p.country.empty()) name = named(p.country);
    if (name.empty() && !p.type[0].empty()) name = named(p.type[0]);
  }
  for (char& c : name) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return name;
}

void GdeltActor(std::string* out, const std::string& code) {
  ActorParts p = SplitActor(code);
  Cell(out, code);
  Cell(out, CanonicalName(code));
  Cell(out, p.country);
  Cell(out, p.group);
  Cell(out, "");  // EthnicCode
  Cell(out, "");  // Religion1Code
  Cell(out, "");  // Religion2Code
  for (const std::string& t : p.type) Cell(out, t);
}

// Adds `v` to the ;-separated `list` unless it is in `seen` already.
void AddOnce(const std::string& v, std::string* list, std::set<std::string>* seen) {
  if (!seen->insert(v).second) return;
  if (!list->empty()) list->push_back(';');
  list->append(v);
}

}  // namespace

void AppendGdeltRow(const StoredEvent& e, std::string* out) {
  const std::string day = Compact(e.date);
  Cell(out, e.id);
  Cell(out, day);
  Cell(out, day.substr(0, 6));
  Cell(out, day.substr(0, 4));
  // Undated events leave the date columns empty.
  Cell(out, FractionDate(e.date));
  GdeltActor(out, e.source);
  GdeltActor(out, e.target);
  // GDELT marks events from the lead paragraph; dyad's sentence 0 is the title
  // and 1 the first body sentence.
  Cell(out, e.first_sentence <= 1 ? 1 : 0);
  Cell(out, e.code);
  Cell(out, e.code.substr(0, 3));
  Cell(out, e.root);
  Cell(out, e.quad_class);
  CellF(out, "%.1f", e.goldstein);
  Cell(out, e.num_mentions);
  Cell(out, e.num_sources);
  Cell(out, e.num_articles);
  Cell(out, "");  // AvgTone: dyad measures no tone
  GdeltActorGeo(out, e.source, e.source_geonameid);
  GdeltActorGeo(out, e.target, e.target_geonameid);
  GdeltPlaceCells(out, e.geo);
  Cell(out, e.date_added);
  Cell(out, e.source_url);
  EndRow(out);
}

void AppendPhoenixRow(const StoredEvent& e, std::string* out) {
  int year = 0, month = 0, dom = 0;
  std::sscanf(e.date.c_str(), "%d-%d-%d", &year, &month, &dom);
  Cell(out, e.id);
  Cell(out, Compact(e.date));
  if (e.date.empty()) {
    EmptyCells(out, 3);  // undated
  } else {
    Cell(out, year);
    Cell(out, month);
    Cell(out, dom);
  }
  for (const std::string* code : {&e.source, &e.target}) {
    // Phoenix: entity (country or organisation), role, then attributes.
    std::string_view c = *code;
    Cell(out, c);
    Cell(out, c.substr(0, std::min<size_t>(3, c.size())));
    Cell(out, c.size() > 3 ? c.substr(3, 3) : std::string_view());
    Cell(out, c.size() > 6 ? c.substr(6) : std::string_view());
  }
  Cell(out, e.code);
  Cell(out, e.root);
  Cell(out, e.penta_class);
  CellF(out, "%.1f", e.goldstein);
  Cell(out, "");  // Issues
  LatLonCells(out, e.geo);
  Cell(out, e.geo.name);
  Cell(out, e.geo.admin1);
  Cell(out, e.geo.country_code);
  std::string sentence_id, urls, sites;
  std::set<std::string> seen_urls, seen_sites;
  for (const StoredMention& m : e.mentions) {
    if (sentence_id.empty()) sentence_id = m.doc_id + "_" + std::to_string(m.sentence);
    if (!m.url.empty()) AddOnce(m.url, &urls, &seen_urls);
    AddOnce(m.site, &sites, &seen_sites);
  }
  Cell(out, sentence_id);
  Cell(out, urls);
  Cell(out, sites);
  EndRow(out);
}

void AppendStoredEventJson(const StoredEvent& e, std::string* out) {
  // The keys, their order and their types are those of `dyad code`
  // (AppendEventJson) wherever the two say the same thing: docs/events.md,
  // docs/event.schema.json.
  auto key = [out](const char* k) {
    if (out->back() != '{') out->push_back(',');
    out->push_back('"');
    out->append(k);
    out->append("\":");
  };
  auto str = [&](const char* k, std::string_view v) { key(k); json::AppendString(out, v); };
  // Absent values are null, never "".
  auto opt = [&](const char* k, std::string_view v) {
    key(k);
    if (v.empty()) out->append("null"); else json::AppendString(out, v);
  };
  auto num = [&](const char* k, int64_t v) { key(k); out->append(std::to_string(v)); };
  auto dbl = [&](const char* k, double v, const char* fmt) {
    key(k);
    char buf[48];
    std::snprintf(buf, sizeof buf, fmt, v);
    out->append(buf);
  };
  auto span = [&](const char* k, uint32_t b, uint32_t en) {
    key(k);
    out->append("[").append(std::to_string(b)).append(",").append(std::to_string(en)).append("]");
  };
  out->push_back('{');
  num("id", e.id);
  opt("date", e.date);  // undated: null, as dyad code writes it
  key("action_geo");
  if (e.geo.known()) {
    out->push_back('{');
    str("name", e.geo.name);
    str("country_code", e.geo.country_code);
    opt("admin1", e.geo.admin1);
    dbl("lat", e.geo.latitude, "%.4f");
    dbl("lon", e.geo.longitude, "%.4f");
    str("feature_type", e.geo.feature_type);
    key("geonameid");
    if (e.geo.geonameid)
      out->append(std::to_string(e.geo.geonameid));
    else
      out->append("null");
    opt("how", e.geo.how);
    out->push_back('}');
  } else {
    out->append("null");
  }
  str("source", e.source);
  str("target", e.target);
  str("source_name", e.source_name);
  str("target_name", e.target_name);
  str("code", e.code);
  str("root", e.root);
  str("event_name", e.name);
  num("quad_class", e.quad_class);
  num("penta_class", e.penta_class);
  dbl("goldstein", e.goldstein, "%.1f");
  opt("plover", e.plover);
  opt("plover_mode", e.plover_mode);
  opt("plover_context", e.plover_context);
  num("num_mentions", e.num_mentions);
  num("num_sources", e.num_sources);
  num("num_articles", e.num_articles);
  str("date_added", e.date_added);
  opt("source_url", e.source_url);
  key("mentions");
  out->push_back('[');
  for (size_t i = 0; i < e.mentions.size(); ++i) {
    const StoredMention& m = e.mentions[i];
    if (i) out->push_back(',');
    out->push_back('{');
    str("doc_id", m.doc_id);
    str("doc_key", m.doc_key);
    opt("url", m.url);
    str("source_file", m.source_file);
    str("site", m.site);
    num("sentence", m.sentence);
    key("date_resolved");
    out->append(m.date_resolved ? "true" : "false");
    opt("date_precision", m.date_precision);
    str("source_text", m.source_text);
    str("target_text", m.target_text);
    opt("modality", m.modality);
    key("evidence");
    out->push_back('{');
    str("sentence", m.sentence_text);
    span("sentence_span", m.sentence_begin, m.sentence_end);
    str("verb_text", m.verb_text);
    span("source", m.source_begin, m.source_end);
    span("verb", m.verb_begin, m.verb_end);
    span("target", m.target_begin, m.target_end);
    str("target_how", m.target_how);
    out->push_back('}');
    str("rule", m.rule);
    dbl("confidence", m.confidence, "%.2f");
    str("coder", m.coder);
    str("data_version", m.data_version);
    out->push_back('}');
  }
  out->append("]}\n");
}

namespace {

void CsvCell(std::string* out, std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out->append(s);
  } else {
    out->push_back('"');
    for (char c : s) {
      if (c == '"') out->push_back('"');
      out->push_back(c);
    }
    out->push_back('"');
  }
  out->push_back(',');
}

std::string Printf(const char* fmt, double v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

}  // namespace

void AppendSeriesRow(const SeriesRow& r, bool json, std::string* out) {
  // A period without events has no mean and no index: null (an empty CSV
  // cell), as the chart leaves a gap, not 0, which would read as neutral.
  std::string mean = "null", index = "null";
  if (r.total > 0) {
    mean = Printf("%.3f", r.goldstein_mean);
    index = Printf("%.4f", r.coop_conflict);
  } else if (!json) {
    mean.clear();
    index.clear();
  }
  char line[384];
  std::snprintf(line, sizeof line,
                json ? "{\"period\":\"%s\",\"q1\":%lld,\"q2\":%lld,\"q3\":%lld,\"q4\":%lld,\"events\":%lld,"
                       "\"goldstein_sum\":%.1f,\"goldstein_mean\":%s,\"coop_minus_conflict\":%s}"
                     : "%s,%lld,%lld,%lld,%lld,%lld,%.1f,%s,%s\n",
                r.period.c_str(), static_cast<long long>(r.quad[0]), static_cast<long long>(r.quad[1]),
                static_cast<long long>(r.quad[2]), static_cast<long long>(r.quad[3]), static_cast<long long>(r.total),
                r.goldstein_sum, mean.c_str(), index.c_str());
  out->append(line);
}

void AppendStoredEventCsvHeader(std::string* out) {
  out->append(
      "id,date,action_geo_name,action_geo_country_code,action_geo_admin1,action_geo_lat,action_geo_lon,"
      "action_geo_feature_type,action_geo_geonameid,action_geo_how,source,target,source_name,target_name,code,root,"
      "event_name,quad_class,penta_class,goldstein,plover,plover_mode,plover_context,num_mentions,num_sources,"
      "num_articles,date_added,source_url\n");
}

void AppendStoredEventCsv(const StoredEvent& e, std::string* out) {
  // The JSON event's scalar keys in its order, action_geo's flattened; a
  // null is an empty cell.
  const Geo& g = e.geo;
  for (const std::string& v : {std::to_string(e.id),
                               e.date,
                               g.name,
                               g.country_code,
                               g.admin1,
                               g.known() ? Printf("%.4f", g.latitude) : std::string(),
                               g.known() ? Printf("%.4f", g.longitude) : std::string(),
                               g.feature_type,
                               g.geonameid ? std::to_string(g.geonameid) : std::string(),
                               g.how,
                               e.source,
                               e.target,
                               e.source_name,
                               e.target_name,
                               e.code,
                               e.root,
                               e.name,
                               std::to_string(e.quad_class),
                               std::to_string(e.penta_class),
                               Printf("%.1f", e.goldstein),
                               e.plover,
                               e.plover_mode,
                               e.plover_context,
                               std::to_string(e.num_mentions),
                               std::to_string(e.num_sources),
                               std::to_string(e.num_articles),
                               e.date_added,
                               e.source_url}) {
    CsvCell(out, v);
  }
  out->back() = '\n';
}

}  // namespace dyad
