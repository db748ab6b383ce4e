// Whole-pipeline speed on the VOA stories in ../shared, in one thread:
// the language layer (segment, tag, lemmatize, parse), the language layer
// plus actors, and full coding (plus events). Counters give sentences per
// second of CPU time, which is the per-core figure the issues ask for.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "dyad/coder.h"

namespace dyad {
namespace {

const std::string kVoa = DYAD_SOURCE_DIR "/../shared/corpora/voa/voa_stories.jsonl";

struct Fixture {
  std::unique_ptr<Coder> coder;
  std::vector<Document> docs;
  std::string error;
};

const Fixture& Load() {
  static Fixture* f = [] {
    auto* fx = new Fixture();
    CoderOptions o;
    o.pipeline.data_dir = DYAD_SOURCE_DIR "/data";
    auto c = Coder::Create(o);
    if (!c.ok()) {
      fx->error = c.status().ToString();
      return fx;
    }
    fx->coder = std::move(c).value();
    ReadReport report;
    Status st = ReadDocuments(kVoa, ReadOptions{}, [&](Document&& d) { fx->docs.push_back(std::move(d)); },
                              &report);
    if (!st.ok()) fx->error = st.ToString();
    return fx;
  }();
  return *f;
}

enum Stage { kLanguage, kActors, kEvents };

void Run(benchmark::State& state, Stage stage) {
  const Fixture& f = Load();
  if (!f.error.empty() || f.docs.empty()) {
    state.SkipWithError(f.error.empty() ? "no VOA stories (../shared absent)" : f.error.c_str());
    return;
  }
  CodedDocument c;
  size_t sentences = 0, tokens = 0, events = 0;
  for (auto _ : state) {
    for (const Document& d : f.docs) {
      switch (stage) {
        case kLanguage:
          c.full_text = d.FullText();
          f.coder->pipeline().Analyze(c.full_text, d.title.size(), &c.analysis);
          break;
        case kActors:
          f.coder->FindActors(d, &c);
          break;
        case kEvents:
          f.coder->Code(d, &c);
          events += c.events.size();
          break;
      }
      sentences += c.analysis.sentences.size();
      tokens += c.analysis.tokens.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(sentences, benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(tokens, benchmark::Counter::kIsRate);
  if (stage == kEvents) state.counters["events/s"] = benchmark::Counter(events, benchmark::Counter::kIsRate);
}

void BM_LanguageLayer(benchmark::State& state) { Run(state, kLanguage); }
void BM_LanguageAndActors(benchmark::State& state) { Run(state, kActors); }
void BM_FullCoding(benchmark::State& state) { Run(state, kEvents); }

void BM_CoderStartup(benchmark::State& state) {
  for (auto _ : state) {
    CoderOptions o;
    o.pipeline.data_dir = DYAD_SOURCE_DIR "/data";
    auto c = Coder::Create(o);
    if (!c.ok()) {
      state.SkipWithError(c.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(c);
  }
}

BENCHMARK(BM_LanguageLayer)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LanguageAndActors)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullCoding)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CoderStartup)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace dyad
