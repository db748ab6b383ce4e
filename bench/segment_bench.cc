// Throughput of the tokeniser and sentence splitter over the VOA stories in
// ../shared (skipped when that folder is absent). Reports sentences/s and
// bytes/s on one core; the language layer's budget is >= 100k sentences/s.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.h"
#include "text/segmenter.h"

namespace {

struct Doc {
  std::string full;
  size_t title_end = 0;
};

// Appends code point cp as UTF-8.
void AppendUtf8(unsigned cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The string value of "key" in a one-line JSON object; enough JSON for this
// file (surrogate pairs are not joined, which does not matter for timing).
std::string JsonField(std::string_view line, std::string_view key) {
  std::string pattern = "\"" + std::string(key) + "\": \"";
  size_t p = line.find(pattern);
  std::string out;
  if (p == std::string_view::npos) return out;
  for (p += pattern.size(); p < line.size() && line[p] != '"'; ++p) {
    if (line[p] != '\\' || p + 1 >= line.size()) {
      out.push_back(line[p]);
      continue;
    }
    char e = line[++p];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'u':
        if (p + 4 < line.size()) {
          AppendUtf8(std::stoul(std::string(line.substr(p + 1, 4)), nullptr, 16), &out);
          p += 4;
        }
        break;
      default: out.push_back(e); break;
    }
  }
  return out;
}

const std::vector<Doc>& VoaDocs() {
  static const std::vector<Doc> docs = [] {
    std::vector<Doc> d;
    std::ifstream in(DYAD_SOURCE_DIR "/../shared/corpora/voa/voa_stories.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      Doc doc;
      std::string title = JsonField(line, "title");
      doc.full = title + "\n\n" + JsonField(line, "text");
      doc.title_end = title.size();
      d.push_back(std::move(doc));
    }
    return d;
  }();
  return docs;
}

void BM_SegmentVoa(benchmark::State& state) {
  const auto& docs = VoaDocs();
  if (docs.empty()) {
    state.SkipWithError("../shared/corpora/voa/voa_stories.jsonl not found");
    return;
  }
  dyad::Analysis a;
  size_t sentences = 0, tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const Doc& d : docs) {
      a.Clear();
      dyad::text::Segment(d.full, d.title_end, &a);
      sentences += a.sentences.size();
      tokens += a.tokens.size();
      bytes += d.full.size();
    }
    benchmark::DoNotOptimize(a.tokens.data());
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["tokens/sentence"] = static_cast<double>(tokens) / static_cast<double>(sentences ? sentences : 1);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_SegmentVoa);

}  // namespace

// dyad_bench links benchmark::benchmark without benchmark_main, and several
// *_bench.cc files share the binary: a weak main lets exactly one definition
// win whether or not another bench file brings BENCHMARK_MAIN().
__attribute__((weak)) int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
