// Export rows of stored events: GDELT 2.0 event records, Phoenix and JSON.
#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>

#include "core/json.h"
#include "dyad/store.h"

namespace dyad {
namespace {

// CAMEO actor type codes (the 3-letter units after, or instead of, a
// country code).
bool IsTypeCode(std::string_view c) {
  static const std::set<std::string_view> kTypes = {
      "AGR", "BUS", "CIV", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
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

// GDELT's geographic resolution codes.
std::string GdeltGeoType(const Geo& g) {
  if (!g.known()) return "";
  bool us = g.country_code == "USA";
  if (g.feature_type == "country") return "1";
  if (g.feature_type == "admin1") return us ? "2" : "5";
  return us ? "3" : "4";
}

void GdeltActor(std::string* out, const std::string& code, const std::string& name) {
  ActorParts p = SplitActor(code);
  Cell(out, code);
  Cell(out, name);
  Cell(out, p.country);
  Cell(out, p.group);
  Cell(out, "");  // EthnicCode
  Cell(out, "");  // Religion1Code
  Cell(out, "");  // Religion2Code
  for (const std::string& t : p.type) Cell(out, t);
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

// Adds `v` to the ;-separated `list` unless it is in `seen` already.
void AddOnce(const std::string& v, std::string* list, std::set<std::string>* seen) {
  if (!seen->insert(v).second) return;
  if (!list->empty()) list->push_back(';');
  list->append(v);
}

}  // namespace

void AppendGdeltRow(const StoredEvent& e, std::string* out) {
  const std::string day = Compact(e.date);
  int year = 0, month = 0, dom = 0;
  std::sscanf(e.date.c_str(), "%d-%d-%d", &year, &month, &dom);
  Cell(out, e.id);
  Cell(out, day);
  Cell(out, day.substr(0, 6));
  Cell(out, day.substr(0, 4));
  // GDELT's own approximation of the fraction of the year; undated events
  // leave the date columns empty.
  if (e.date.empty()) Cell(out, ""); else CellF(out, "%.4f", year + (month * 30 + dom) / 365.0);
  GdeltActor(out, e.source, e.source_name);
  GdeltActor(out, e.target, e.target_name);
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
  Cell(out, "");       // AvgTone
  EmptyCells(out, 8);  // Actor1Geo_*
  EmptyCells(out, 8);  // Actor2Geo_*
  const Geo& g = e.geo;
  Cell(out, GdeltGeoType(g));
  Cell(out, g.name);
  Cell(out, g.country_code);
  Cell(out, "");  // ADM1Code: dyad keeps region names, not codes
  Cell(out, "");  // ADM2Code
  LatLonCells(out, g);
  Cell(out, "");  // FeatureID
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
  auto key = [out](const char* k) {
    if (out->back() != '{') out->push_back(',');
    out->push_back('"');
    out->append(k);
    out->append("\":");
  };
  auto str = [&](const char* k, std::string_view v) { key(k); json::AppendString(out, v); };
  auto num = [&](const char* k, int64_t v) { key(k); out->append(std::to_string(v)); };
  auto dbl = [&](const char* k, double v, const char* fmt) {
    key(k);
    char buf[48];
    std::snprintf(buf, sizeof buf, fmt, v);
    out->append(buf);
  };
  out->push_back('{');
  num("id", e.id);
  if (e.date.empty()) {
    key("date");
    out->append("null");  // undated, as dyad code writes it
  } else {
    str("date", e.date);
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
  key("geo");
  if (e.geo.known()) {
    out->push_back('{');
    str("name", e.geo.name);
    str("country_code", e.geo.country_code);
    str("admin1", e.geo.admin1);
    dbl("latitude", e.geo.latitude, "%.4f");
    dbl("longitude", e.geo.longitude, "%.4f");
    str("feature_type", e.geo.feature_type);
    out->push_back('}');
  } else {
    out->append("null");
  }
  num("num_mentions", e.num_mentions);
  num("num_sources", e.num_sources);
  num("num_articles", e.num_articles);
  str("date_added", e.date_added);
  str("source_url", e.source_url);
  key("mentions");
  out->push_back('[');
  for (size_t i = 0; i < e.mentions.size(); ++i) {
    const StoredMention& m = e.mentions[i];
    if (i) out->push_back(',');
    out->push_back('{');
    str("doc_id", m.doc_id);
    str("doc_key", m.doc_key);
    str("url", m.url);
    str("source_file", m.source_file);
    str("site", m.site);
    num("sentence", m.sentence);
    str("source_text", m.source_text);
    str("target_text", m.target_text);
    str("rule", m.rule);
    str("modality", m.modality);
    key("date_resolved");
    out->append(m.date_resolved ? "true" : "false");
    key("evidence");
    out->push_back('{');
    str("sentence", m.sentence_text);
    str("verb_text", m.verb_text);
    auto span = [&](const char* k, uint32_t b, uint32_t en) {
      key(k);
      out->append("[").append(std::to_string(b)).append(",").append(std::to_string(en)).append("]");
    };
    span("source", m.source_begin, m.source_end);
    span("verb", m.verb_begin, m.verb_end);
    span("target", m.target_begin, m.target_end);
    out->append("}}");
  }
  out->append("]}\n");
}

}  // namespace dyad
