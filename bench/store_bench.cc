// Event store benchmarks.
//  BM_StoreAdd: documents and events per second written into a fresh SQLite
//    store (the store alone, events made up; coding is measured by
//    `dyad ingest`, see bench/README.md).
//  BM_StoreSeriesMonthly: one monthly series for one dyad (both directions)
//    over the store named by $DYAD_BENCH_STORE, made with dyad_gen_events
//    (>= 1,000,000 events); the budget is 100 ms. Skipped when unset.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace {

dyad::CameoCode kCodes[] = {{"112", "Accuse", -2.0, 3, 3, "", ""},
                            {"051", "Praise", 3.4, 1, 1, "", ""},
                            {"190", "Fight", -10.0, 4, 4, "", ""}};
const char* kActors[] = {"CHN", "RUS", "USA", "FRA", "DEUGOV", "INDMIL", "JPN", "IRN"};

std::vector<dyad::StoreDocument> MakeBatch(int64_t first, int docs) {
  std::vector<dyad::StoreDocument> batch;
  for (int i = 0; i < docs; ++i) {
    int64_t n = first + i;
    dyad::StoreDocument d;
    d.doc.id = "b" + std::to_string(n);
    d.doc.url = "https://site" + std::to_string(n % 50) + ".example/" + d.doc.id;
    d.doc.date = "2024-0" + std::to_string(1 + n % 9) + "-1" + std::to_string(n % 10);
    for (int k = 0; k < 4; ++k) {
      dyad::Event e;
      e.date = d.doc.date;
      e.source = kActors[(n + k) % 8];
      e.target = kActors[(n / 8 + k + 1) % 8];
      e.cameo = &kCodes[(n + k) % 3];
      e.sentence = static_cast<uint32_t>(k);
      e.verb_text = "verb";
      e.rule = "bench";
      d.events.push_back(e);
      d.sentences.push_back("A sentence of about the usual length for a news story, with its actors and verb.");
    }
    batch.push_back(std::move(d));
  }
  return batch;
}

void BM_StoreAdd(benchmark::State& state) {
  const int batch_docs = static_cast<int>(state.range(0));
  std::string path = (std::filesystem::temp_directory_path() / ("dyad-store-bench-" + std::to_string(getpid()) + ".sqlite")).string();
  auto store = dyad::EventStore::Open(path);
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  int64_t next = 0, docs = 0, events = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto batch = MakeBatch(next, batch_docs);
    next += batch_docs;
    state.ResumeTiming();
    dyad::AddCounts c;
    dyad::Status s = (*store)->Add(batch, &c);
    if (!s.ok()) {
      state.SkipWithError(s.ToString().c_str());
      break;
    }
    docs += static_cast<int64_t>(c.documents_added);
    events += static_cast<int64_t>(c.mentions_added);
  }
  state.counters["documents/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
  store->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}
BENCHMARK(BM_StoreAdd)->Arg(256)->Unit(benchmark::kMillisecond);

void BM_StoreSeriesMonthly(benchmark::State& state) {
  const char* db = std::getenv("DYAD_BENCH_STORE");
  if (!db) {
    state.SkipWithError("set DYAD_BENCH_STORE to a store made by dyad_gen_events (see bench/README.md)");
    return;
  }
  auto store = dyad::EventStore::Open(db);
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  dyad::EventFilter f;
  f.dyad_a = "CHN";
  f.dyad_b = "RUS";
  int64_t events = 0;
  for (auto _ : state) {
    auto rows = (*store)->Series(f, dyad::SeriesPeriod::kMonth);
    if (!rows.ok()) {
      state.SkipWithError(rows.status().ToString().c_str());
      break;
    }
    events = 0;
    for (const dyad::SeriesRow& r : *rows) events += r.total;
    benchmark::DoNotOptimize(rows);
  }
  state.counters["dyad_events"] = static_cast<double>(events);
}
BENCHMARK(BM_StoreSeriesMonthly)->Unit(benchmark::kMillisecond);

}  // namespace
