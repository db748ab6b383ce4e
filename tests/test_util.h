// Shared helpers for the tagger, parser, actor, event and golden tests: one Coder
// loaded from the source tree's data folder for the whole test binary, short
// text renderings of chunks, mentions and events so that table rows can state
// expectations as strings, and access to the optional /work/shared material.
//
// The Coder is created on first use and never freed (it is immutable and
// thread-safe); every other helper is a free function without state.
#ifndef DYAD_TESTS_TEST_UTIL_H_
#define DYAD_TESTS_TEST_UTIL_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/coder.h"
#include "dyad/document.h"

namespace dyad::testing_util {

inline std::string DataDir() { return DYAD_SOURCE_DIR "/data"; }

// Test material that lives outside the project (never copied into it).
inline std::string SharedDir() { return DYAD_SOURCE_DIR "/../shared"; }
inline bool HaveShared(const std::string& relative) {
  return std::filesystem::exists(SharedDir() + "/" + relative);
}

// What a test suite loads once (a tagger, a lemmatiser, a pipeline), owned
// by the suite; nullptr, with *status saying why, when it could not be
// loaded, so that the suite's tests can skip.
template <typename T>
T* LoadForSuite(Result<std::unique_ptr<T>> loaded, Status* status) {
  if (loaded.ok()) return std::move(loaded).value().release();
  *status = loaded.status();
  return nullptr;
}

// The one Coder of the test binary; null (with `*error` set) when loading
// failed, so that suites can report why instead of crashing.
inline const Coder* SharedCoder(std::string* error = nullptr) {
  static std::string load_error;
  static const Coder* coder = [] {
    CoderOptions options;
    options.pipeline.data_dir = DataDir();
    auto c = Coder::Create(options);
    if (!c.ok()) {
      load_error = c.status().ToString();
      return static_cast<const Coder*>(nullptr);
    }
    return static_cast<const Coder*>(std::move(c).value().release());
  }();
  if (error) *error = load_error;
  return coder;
}

inline Document MakeDocument(std::string text, std::string date = "2020-06-15",
                             std::string title = "", std::string id = "t") {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.date = std::move(date);
  d.title = std::move(title);
  d.source = "test";
  return d;
}

// Surface text of a token range, tokens joined by single spaces.
inline std::string TokenText(const Analysis& a, uint32_t first, uint32_t end) {
  std::string s;
  for (uint32_t t = first; t < end && t < a.tokens.size(); ++t) {
    if (!s.empty()) s.push_back(' ');
    s.append(a.Surface(a.tokens[t]));
  }
  return s;
}

inline std::string ChunkText(const Analysis& a, int32_t chunk) {
  if (chunk < 0) return "-";
  const Chunk& c = a.chunks[chunk];
  return TokenText(a, c.first_token, c.end_token);
}

// "USA>IRN:111" for every event, in output order.
inline std::vector<std::string> EventKeys(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.source + ">" + e.target + ":" + e.cameo->code);
  return out;
}

inline std::string Join(const std::vector<std::string>& v, std::string_view sep = ", ") {
  std::string s;
  for (const std::string& x : v) {
    if (!s.empty()) s.append(sep);
    s.append(x);
  }
  return s;
}

inline bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Documents of a JSON Lines file through dyad's own reader (dedupe and
// language filtering are the corpus's business, not the reader's).
inline std::vector<Document> ReadJsonl(const std::string& path) {
  std::vector<Document> docs;
  ReadReport report;
  Status s = ReadDocuments(path, ReadOptions(), [&](Document&& d) { docs.push_back(std::move(d)); },
                           &report);
  (void)s;
  return docs;
}

// The documents fast paths are checked against their slow references on:
// the examples always, the dev and VOA corpora when ../shared is there.
inline std::vector<Document> FastPathCorpus() {
  std::vector<Document> docs = ReadJsonl(DYAD_SOURCE_DIR "/examples/wire.jsonl");
  for (const char* rel : {"dev/dev-gold.jsonl", "corpora/voa/voa_stories.jsonl"}) {
    if (!HaveShared(rel)) continue;
    std::vector<Document> more = ReadJsonl(SharedDir() + "/" + rel);
    docs.insert(docs.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  return docs;
}

}  // namespace dyad::testing_util

#endif  // DYAD_TESTS_TEST_UTIL_H_
