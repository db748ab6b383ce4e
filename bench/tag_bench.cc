// Tagger and lemmatizer speed on VOA news text, and their load times.
//
// The segmenter is not used: stories are split crudely here (sentences at
// ". ", tokens at spaces with punctuation and "n't"/"'s" split off), which is
// close enough for timing. Counters report sentences and tokens per second.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "dyad/analysis.h"
#include "tag/lemmatizer.h"
#include "tag/pretokenized.h"
#include "tag/tagger.h"

namespace dyad::tag {
namespace {

constexpr char kLinguaDir[] = "/usr/share/perl5/Lingua/EN/Tagger";
constexpr char kWordNetDir[] = "/usr/share/wordnet";
const std::string kVoa = DYAD_SOURCE_DIR "/../shared/corpora/voa/voa_stories.jsonl";

// The "text" field of each JSON line, with simple escapes undone.
std::vector<std::string> ReadStories(size_t max) {
  std::vector<std::string> out;
  std::ifstream in(kVoa);
  std::string line;
  while (out.size() < max && std::getline(in, line)) {
    size_t p = line.find("\"text\": \"");
    if (p == std::string::npos) continue;
    std::string s;
    for (size_t i = p + 9; i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) {
        char c = line[++i];
        if (c == 'n') s += ' ';
        else if (c == 'u') { s += '\''; i += 4; }
        else s += c;
      } else {
        s += line[i];
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::vector<std::string>> CrudeSplit(const std::vector<std::string>& stories) {
  std::vector<std::vector<std::string>> sents;
  for (const std::string& story : stories) {
    std::vector<std::string> cur;
    std::string w;
    auto flush_word = [&] {
      if (w.empty()) return;
      std::vector<std::string> tail;
      while (!w.empty() && std::string(",.;:?!\")").find(w.back()) != std::string::npos) {
        tail.insert(tail.begin(), std::string(1, w.back()));
        w.pop_back();
      }
      if (!w.empty() && (w[0] == '"' || w[0] == '(')) {
        cur.push_back(std::string(1, w[0]));
        w.erase(0, 1);
      }
      if (w.size() > 3 && w.ends_with("n't")) {
        cur.push_back(w.substr(0, w.size() - 3));
        cur.push_back("n't");
      } else if (w.size() > 2 && w.ends_with("'s")) {
        cur.push_back(w.substr(0, w.size() - 2));
        cur.push_back("'s");
      } else if (!w.empty()) {
        cur.push_back(w);
      }
      for (auto& t : tail) cur.push_back(t);
      w.clear();
      if (!cur.empty() && (cur.back() == "." || cur.back() == "?" || cur.back() == "!") && cur.size() > 3) {
        sents.push_back(std::move(cur));
        cur.clear();
      }
    };
    for (char c : story) {
      if (c == ' ') flush_word();
      else w += c;
    }
    flush_word();
    if (!cur.empty()) sents.push_back(std::move(cur));
  }
  return sents;
}

struct Corpus {
  std::string text;
  Analysis a;
  size_t sentences = 0;
  bool ok = false;
  Corpus() {
    auto sents = CrudeSplit(ReadStories(400));
    sentences = sents.size();
    BuildPretokenized(sents, &text, &a);
    ok = sentences > 0;
  }
};

Corpus& GetCorpus() {
  static Corpus c;
  return c;
}

void BM_TaggerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto t = Tagger::Load(kLinguaDir);
    if (!t.ok()) state.SkipWithError(t.status().ToString().c_str());
    benchmark::DoNotOptimize(t);
  }
}
BENCHMARK(BM_TaggerLoad)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_LemmatizerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto l = Lemmatizer::Load(kWordNetDir);
    if (!l.ok()) state.SkipWithError(l.status().ToString().c_str());
    benchmark::DoNotOptimize(l);
  }
}
BENCHMARK(BM_LemmatizerLoad)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_TagVoa(benchmark::State& state) {
  Corpus& c = GetCorpus();
  auto t = Tagger::Load(kLinguaDir);
  if (!c.ok || !t.ok()) {
    state.SkipWithError("VOA corpus or Lingua lexicon missing");
    return;
  }
  for (auto _ : state) (*t)->Tag(&c.a);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(c.sentences) * state.iterations(),
                                                     benchmark::Counter::kIsRate);
  state.counters["tokens/sentence"] = static_cast<double>(c.a.tokens.size()) / c.sentences;
  state.counters["ns/sentence"] = benchmark::Counter(
      static_cast<double>(c.sentences) * state.iterations() * 1e-9,
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_TagVoa)->Unit(benchmark::kMillisecond);

void BM_LemmatizeVoa(benchmark::State& state) {
  Corpus& c = GetCorpus();
  auto t = Tagger::Load(kLinguaDir);
  auto l = Lemmatizer::Load(kWordNetDir);
  if (!c.ok || !t.ok() || !l.ok()) {
    state.SkipWithError("VOA corpus, Lingua lexicon or WordNet missing");
    return;
  }
  (*t)->Tag(&c.a);
  const size_t arena = c.a.arena.size();
  for (auto _ : state) {
    c.a.arena.resize(arena);  // drop the lemmas of the previous round
    (*l)->Lemmatize(&c.a);
  }
  state.counters["ns/sentence"] = benchmark::Counter(
      static_cast<double>(c.sentences) * state.iterations() * 1e-9,
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_LemmatizeVoa)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::tag
