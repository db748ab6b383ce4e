// Helpers for the event store tests: temporary stores on each backend, and
// hand-made events (no coder involved) so that expectations are exact.
#ifndef DYAD_TESTS_STORE_TEST_UTIL_H_
#define DYAD_TESTS_STORE_TEST_UTIL_H_

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::testing_store {

// A temporary directory removed at destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "dyad-store-test.XXXXXX").string();
    char* p = mkdtemp(tmpl.data());
    if (p) path_ = p;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// The PostgreSQL server given by DYAD_TEST_PG, or "" when there is none.
inline std::string TestPostgres() {
  const char* uri = std::getenv("DYAD_TEST_PG");
  return uri ? uri : "";
}

// A fresh, empty database on the DYAD_TEST_PG server (created with psql);
// "" when that fails. Each test gets its own, so tests can run in parallel.
inline std::string FreshPostgresDatabase() {
  static int counter = 0;
  std::string base = TestPostgres();
  if (base.empty()) return "";
  std::string name = "dyad_t_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
  std::string cmd = "psql '" + base + "' -q -v ON_ERROR_STOP=1 -c 'DROP DATABASE IF EXISTS " + name +
                    "' -c 'CREATE DATABASE " + name + "' >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0) return "";
  // A later dbname parameter overrides the one in the URI's path.
  return base + (base.find('?') == std::string::npos ? "?" : "&") + "dbname=" + name;
}

// CAMEO codes for hand-made events.
struct Codes {
  CameoCode accuse{"112", "Accuse", -2.0, 3, 3, "ACCUSE", "", ""};
  CameoCode praise{"051", "Praise or endorse", 3.4, 1, 1, "SUPPORT", "", ""};
  CameoCode aid{"070", "Provide aid", 7.0, 2, 2, "AID", "", ""};
  CameoCode attack{"190", "Use conventional military force", -10.0, 4, 4, "ASSAULT", "", ""};
  CameoCode intent{"0311", "Express intent to cooperate economically", 5.2, 1, 1, "", "", ""};
};

inline Event MakeEvent(const std::string& date, const std::string& source, const std::string& target,
                       const CameoCode* code, uint32_t sentence = 1) {
  Event e;
  e.date = date;
  e.source = source;
  e.target = target;
  e.cameo = code;
  e.sentence = sentence;
  e.source_text = source + " text";
  e.target_text = target + " text";
  e.verb_text = "verb";
  e.rule = code->code + ".t";
  e.source_begin = 0;
  e.source_end = 5;
  e.verb_begin = 6;
  e.verb_end = 10;
  e.target_begin = 11;
  e.target_end = 15;
  return e;
}

inline StoreDocument MakeDoc(const std::string& id, const std::string& url, const std::vector<Event>& events) {
  StoreDocument d;
  d.doc.id = id;
  d.doc.url = url;
  d.doc.source = "synthetic.jsonl";
  d.doc.title = "Title of " + id;
  d.doc.text = "Body of " + id;
  d.doc.date = events.empty() ? "2024-01-01" : events.front().date;
  d.events = events;
  for (const Event& e : events) d.sentences.push_back("Sentence " + std::to_string(e.sentence) + " of " + id);
  return d;
}

// Splits a tab-separated line (without its newline).
inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f(1);
  for (char c : line) {
    if (c == '\t') f.emplace_back(); else f.back().push_back(c);
  }
  return f;
}

inline bool AllDigits(const std::string& s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

inline bool IsNumber(const std::string& s, double* v = nullptr) {
  if (s.empty()) return false;
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return false;
  if (v) *v = d;
  return true;
}

inline bool IsDate8(const std::string& s) {
  if (!AllDigits(s, 8)) return false;
  int m = std::stoi(s.substr(4, 2)), d = std::stoi(s.substr(6, 2));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

// Checks one GDELT 2.0 event record: 61 fields, each of its kind. Returns ""
// when it is right, else what is wrong.
inline std::string CheckGdeltRow(const std::string& line) {
  std::vector<std::string> f = SplitTabs(line);
  if (f.size() != 61) return "has " + std::to_string(f.size()) + " fields, not 61";
  auto bad = [&](int col, const char* what) {
    return "column " + std::to_string(col + 1) + " (\"" + f[col] + "\") is not " + what;
  };
  double v = 0;
  if (!IsNumber(f[0], &v) || v < 1 || f[0].find('.') != std::string::npos) return bad(0, "a positive integer id");
  if (!IsDate8(f[1])) return bad(1, "a YYYYMMDD date");
  if (f[2] != f[1].substr(0, 6)) return bad(2, "the SQLDATE's YYYYMM");
  if (f[3] != f[1].substr(0, 4)) return bad(3, "the SQLDATE's year");
  if (!IsNumber(f[4], &v) || static_cast<int>(v) != std::stoi(f[3])) return bad(4, "a fraction of the year");
  for (int c : {5, 15}) if (f[c].empty()) return bad(c, "an actor code");
  for (int c : {7, 17}) {
    if (!f[c].empty() && f[c].size() != 3) return bad(c, "empty or a 3-letter country code");
  }
  for (int c : {9, 10, 11, 19, 20, 21, 34, 55}) if (!f[c].empty()) return bad(c, "empty");
  // Actor places: empty, or the actor's country as GDELT writes a country
  // (type 1, the FIPS code as country, ADM1 and feature id, a point).
  for (int g : {35, 43}) {
    if (f[g].empty()) {
      for (int c = g; c < g + 8; ++c) if (!f[c].empty()) return bad(c, "empty without an actor place");
      continue;
    }
    if (f[g] != "1") return bad(g, "1 (a country)");
    if (f[g + 2].size() != 2) return bad(g + 2, "a FIPS country code");
    if (f[g + 3] != f[g + 2] || f[g + 7] != f[g + 2]) return bad(g + 3, "the FIPS country code");
    if (!IsNumber(f[g + 5], &v) || v < -90 || v > 90) return bad(g + 5, "a latitude");
    if (!IsNumber(f[g + 6], &v) || v < -180 || v > 180) return bad(g + 6, "a longitude");
  }
  for (int c : {53, 54, 58}) {
    if (!f[c].empty() && f[c].size() != 2) return bad(c, "empty or a FIPS country code");
  }
  if (f[25] != "0" && f[25] != "1") return bad(25, "0 or 1");
  if (!AllDigits(f[26], f[26].size()) || f[26].size() < 3 || f[26].size() > 4) return bad(26, "a CAMEO code");
  if (f[27] != f[26].substr(0, 3)) return bad(27, "the event's base code");
  if (f[28] != f[26].substr(0, 2)) return bad(28, "the event's root code");
  if (f[29].size() != 1 || f[29][0] < '1' || f[29][0] > '4') return bad(29, "a quad class 1..4");
  if (!IsNumber(f[30], &v) || v < -10 || v > 10) return bad(30, "a Goldstein value in [-10, 10]");
  for (int c : {31, 32, 33}) {
    if (!IsNumber(f[c], &v) || v < 1 || f[c].find('.') != std::string::npos) return bad(c, "a count >= 1");
  }
  if (f[51].empty()) {
    for (int c : {52, 53, 56, 57}) if (!f[c].empty()) return bad(c, "empty without a place");
  } else {
    if (f[51].size() != 1 || f[51][0] < '1' || f[51][0] > '5') return bad(51, "a geo type 1..5");
    if (!IsNumber(f[56], &v) || v < -90 || v > 90) return bad(56, "a latitude");
    if (!IsNumber(f[57], &v) || v < -180 || v > 180) return bad(57, "a longitude");
  }
  if (!AllDigits(f[59], 14) || !IsDate8(f[59].substr(0, 8))) return bad(59, "a YYYYMMDDHHMMSS time");
  if (!f[60].empty() && !f[60].starts_with("http")) return bad(60, "empty or a URL");
  return "";
}

}  // namespace dyad::testing_store

#endif  // DYAD_TESTS_STORE_TEST_UTIL_H_
