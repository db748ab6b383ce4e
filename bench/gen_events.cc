// dyad_gen_events: fills an event store with synthetic events, for the store
// benchmarks (a monthly series over >= 1,000,000 events must take <= 100 ms).
//
//   dyad_gen_events --db big.sqlite --events 1000000 [--seed 1] [--days 3650]
//
// Documents and events are made up (no coding): countries drawn with a
// skewed distribution (a few are in most of the news, as in real data) with
// optional roles, CAMEO codes from dyad's codebook, days spread over
// --days days from 2015-01-01, a place on one event in five. Some events are
// repeated by other documents, so deduplication and the counts are exercised.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "dyad/events.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace {

const char* kCountries[] = {
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "JPN", "ISR", "IRN", "UKR", "TUR", "PAK", "SAU",
    "KOR", "PRK", "BRA", "EGY", "SYR", "IRQ", "AFG", "CAN", "AUS", "ITA", "ESP", "MEX", "NGA", "ZAF",
    "IDN", "PHL", "VNM", "THA", "POL", "QAT", "ARE", "LBN", "JOR", "YEM", "LBY", "SDN", "ETH", "KEN",
    "VEN", "COL", "ARG", "CHL", "PER", "CUB", "BLR", "KAZ", "GEO", "ARM", "AZE", "SRB", "GRC", "NLD",
    "BEL", "SWE", "NOR", "FIN"};
const char* kRoles[] = {"", "", "", "GOV", "MIL", "BUS", "OPP", "MED", "CVL", "JUD"};
struct Place {
  const char* name;
  const char* country;
  double lat, lon;
};
const Place kPlaces[] = {{"Beijing", "CHN", 39.9, 116.4}, {"Moscow", "RUS", 55.75, 37.62},
                         {"Washington", "USA", 38.9, -77.04}, {"Kyiv", "UKR", 50.45, 30.52},
                         {"Paris", "FRA", 48.86, 2.35}, {"New Delhi", "IND", 28.61, 77.21}};

std::string Day(int64_t z) {  // days since 1970-01-01 -> YYYY-MM-DD
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(yoe + era * 400 + (m <= 2)), m, d);
  return buf;
}

int Usage() {
  std::fprintf(stderr, "usage: dyad_gen_events --db PATH|postgresql://... [--events N] [--seed S] [--days D]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  int64_t target = 1000000, days = 3650;
  unsigned seed = 1;
  for (int i = 1; i < argc; ++i) {
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (!std::strcmp(argv[i], "--db") && (v = next())) db = v;
    else if (!std::strcmp(argv[i], "--events") && (v = next())) target = std::atoll(v);
    else if (!std::strcmp(argv[i], "--seed") && (v = next())) seed = static_cast<unsigned>(std::atoi(v));
    else if (!std::strcmp(argv[i], "--days") && (v = next())) days = std::atoll(v);
    else return Usage();
  }
  if (db.empty() || target <= 0 || days <= 0) return Usage();
  auto codebook = dyad::Codebook::Load(dyad::DefaultDataDir() + "/cameo/codebook.txt");
  if (!codebook.ok()) {
    std::fprintf(stderr, "dyad_gen_events: %s\n", codebook.status().ToString().c_str());
    return 1;
  }
  const std::vector<dyad::CameoCode>& codes = (*codebook)->codes();
  auto store = dyad::EventStore::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "dyad_gen_events: %s\n", store.status().ToString().c_str());
    return 1;
  }
  auto have = (*store)->Stats();
  if (!have.ok()) return 1;

  std::mt19937_64 rng(seed);
  // Zipf-like weights: country k has weight 1 / (k + 1).
  std::vector<double> weights;
  for (size_t k = 0; k < std::size(kCountries); ++k) weights.push_back(1.0 / static_cast<double>(k + 1));
  std::discrete_distribution<size_t> country(weights.begin(), weights.end());
  std::uniform_int_distribution<size_t> role(0, std::size(kRoles) - 1), code(0, codes.size() - 1),
      place(0, std::size(kPlaces) - 1), sites(0, 199), per_doc(1, 7);
  std::uniform_int_distribution<int64_t> day(0, days - 1);
  std::uniform_real_distribution<double> unit(0, 1);
  const int64_t day0 = 16436;  // 2015-01-01

  int64_t events = have->events, docs = have->documents;
  std::vector<dyad::StoreDocument> batch;
  std::vector<dyad::Event> recent;  // events to repeat in later documents
  auto start = std::chrono::steady_clock::now();
  while (events < target) {
    batch.clear();
    for (int b = 0; b < 2000; ++b) {
      dyad::StoreDocument d;
      d.doc.id = "g" + std::to_string(seed) + "-" + std::to_string(docs + b);
      d.doc.url = "https://site" + std::to_string(sites(rng)) + ".example/" + d.doc.id;
      d.doc.source = "synthetic";
      d.doc.date = Day(day0 + day(rng));
      size_t n = per_doc(rng);
      for (size_t k = 0; k < n; ++k) {
        dyad::Event e;
        if (!recent.empty() && unit(rng) < 0.1) {
          e = recent[std::uniform_int_distribution<size_t>(0, recent.size() - 1)(rng)];
        } else {
          size_t a = country(rng), t = country(rng);
          if (a == t) t = (t + 1) % std::size(kCountries);
          e.source = std::string(kCountries[a]) + kRoles[role(rng)];
          e.target = std::string(kCountries[t]) + kRoles[role(rng)];
          e.cameo = &codes[code(rng)];
          e.date = unit(rng) < 0.8 ? d.doc.date : Day(day0 + day(rng));
          if (unit(rng) < 0.2) {
            const Place& p = kPlaces[place(rng)];
            e.action_geo = {p.name, p.country, "", p.lat, p.lon, "city", 0, ""};
          }
          e.source_text = e.source;
          e.target_text = e.target;
          e.verb_text = "did";
          e.rule = e.cameo->code + ".gen";
          if (recent.size() < 1000) recent.push_back(e); else recent[rng() % recent.size()] = e;
        }
        e.sentence = static_cast<uint32_t>(k);
        d.events.push_back(e);
        d.sentences.push_back(e.source + " did " + e.cameo->code + " to " + e.target + ".");
      }
      batch.push_back(std::move(d));
    }
    dyad::AddCounts counts;
    dyad::Status s = (*store)->Add(batch, &counts);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad_gen_events: %s\n", s.ToString().c_str());
      return 1;
    }
    docs += static_cast<int64_t>(batch.size());
    events += static_cast<int64_t>(counts.events_added);
    double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "\r%lld events, %lld documents, %.0f s", static_cast<long long>(events),
                 static_cast<long long>(docs), t);
  }
  std::fprintf(stderr, "\n");
  return 0;
}
