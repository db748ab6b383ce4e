// The fast paths against their slow reference, as re2 checks its fast paths:
// a coder loaded with every prefilter off (the patterns' word filters and
// anchor bits, the actor trie's first-word bits; core/prefilters.h) tries
// every pattern and probes every table, and must find exactly the events of
// the normal coder, byte for byte in the JSON Lines output.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "core/prefilters.h"
#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

std::unique_ptr<Coder> Load(bool prefilters, Status* status) {
  SetPrefiltersEnabled(prefilters);
  CoderOptions options;
  options.pipeline.data_dir = testing_util::DataDir();
  auto c = Coder::Create(options);
  SetPrefiltersEnabled(true);
  if (!c.ok()) {
    *status = c.status();
    return nullptr;
  }
  return std::move(c).value();
}

std::string CodeAll(const Coder& coder, const std::vector<Document>& docs) {
  std::string out;
  CodedDocument coded;
  for (const Document& d : docs) {
    coder.Code(d, &coded);
    for (const Event& e : coded.events) AppendEventJson(d, coded, e, &out);
  }
  return out;
}

TEST(PrefilterTest, EveryPrefilterOffGivesTheSameEvents) {
  Status status;
  std::unique_ptr<Coder> slow = Load(false, &status);
  if (!slow) GTEST_SKIP() << "coder not loaded (outside data missing?): " << status.ToString();
  std::unique_ptr<Coder> fast = Load(true, &status);
  ASSERT_TRUE(fast) << status.ToString();

  const std::vector<Document> docs = testing_util::FastPathCorpus();
  ASSERT_FALSE(docs.empty());
  const std::string want = CodeAll(*fast, docs);
  const std::string got = CodeAll(*slow, docs);
  EXPECT_GT(std::count(want.begin(), want.end(), '\n'), 3);
  if (got == want) return;
  size_t i = 0;
  while (i < got.size() && i < want.size() && got[i] == want[i]) ++i;
  const size_t line_start = want.rfind('\n', i == 0 ? 0 : i - 1);
  const size_t b = line_start == std::string::npos ? 0 : line_start + 1;
  ADD_FAILURE() << "without prefilters the events differ from line "
                << 1 + std::count(want.begin(), want.begin() + static_cast<std::ptrdiff_t>(b), '\n')
                << "\n  normal:      " << want.substr(b, want.find('\n', b) - b)
                << "\n  no filters:  " << got.substr(b, got.find('\n', b) - b);
}

}  // namespace
}  // namespace dyad
