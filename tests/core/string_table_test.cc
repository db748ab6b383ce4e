// StringTable::FindCached, the per-thread cached look-up, is checked against
// the plain Find it speeds up: same answers for present and absent keys,
// long keys, several tables holding the same keys, and tables that change
// after their answers were cached.
#include "core/string_table.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

namespace dyad {
namespace {

std::vector<std::string> RandomWords(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> len(1, 24);  // some longer than the cache's 14 bytes
  std::uniform_int_distribution<int> letter('a', 'f');  // few letters: many near-collisions
  std::vector<std::string> words;
  for (size_t i = 0; i < n; ++i) {
    std::string w(len(rng), ' ');
    for (char& c : w) c = static_cast<char>(letter(rng));
    words.push_back(w);
  }
  return words;
}

void ExpectSameAsFind(const StringTable& table, const std::vector<std::string>& probes) {
  for (const std::string& w : probes) {
    const uint32_t* want = table.Find(w);
    uint32_t got = 12345;
    bool found = table.FindCached(w, &got);
    ASSERT_EQ(found, want != nullptr) << w;
    if (want) EXPECT_EQ(got, *want) << w;
  }
}

TEST(StringTableTest, CachedFindAgreesWithFind) {
  std::vector<std::string> keys = RandomWords(5000, 1);
  std::vector<std::string> probes = RandomWords(20000, 2);
  probes.insert(probes.end(), keys.begin(), keys.end());
  StringTable table;
  for (size_t i = 0; i < keys.size(); ++i) {
    bool inserted;
    table.Insert(keys[i], static_cast<uint32_t>(i), &inserted);
  }
  // Twice: the second pass answers from the cache.
  ExpectSameAsFind(table, probes);
  ExpectSameAsFind(table, probes);
}

TEST(StringTableTest, TablesWithTheSameKeysDoNotShareAnswers) {
  std::vector<std::string> keys = RandomWords(2000, 3);
  StringTable a, b;
  for (size_t i = 0; i < keys.size(); ++i) {
    bool inserted;
    a.Insert(keys[i], static_cast<uint32_t>(i), &inserted);
    if (i % 2 == 0) b.Insert(keys[i], static_cast<uint32_t>(i + 100000), &inserted);
  }
  for (int pass = 0; pass < 2; ++pass) {
    ExpectSameAsFind(a, keys);
    ExpectSameAsFind(b, keys);
  }
}

TEST(StringTableTest, AnswersCachedBeforeAnInsertAreNotReused) {
  std::vector<std::string> keys = RandomWords(1000, 4);
  StringTable table;
  bool inserted;
  for (size_t i = 0; i < keys.size() / 2; ++i) table.Insert(keys[i], static_cast<uint32_t>(i), &inserted);
  ExpectSameAsFind(table, keys);  // caches the misses of the second half
  for (size_t i = keys.size() / 2; i < keys.size(); ++i) table.Insert(keys[i], static_cast<uint32_t>(i), &inserted);
  ExpectSameAsFind(table, keys);
  // A moved-to table answers as the original did; the moved-from one is empty.
  StringTable moved = std::move(table);
  ExpectSameAsFind(moved, keys);
  ExpectSameAsFind(table, keys);
  EXPECT_EQ(table.size(), 0u);
}

TEST(StringTableTest, EachThreadHasItsOwnCache) {
  std::vector<std::string> keys = RandomWords(3000, 5);
  StringTable table;
  bool inserted;
  for (size_t i = 0; i < keys.size(); ++i) table.Insert(keys[i], static_cast<uint32_t>(i), &inserted);
  std::vector<std::string> probes = RandomWords(10000, 6);
  probes.insert(probes.end(), keys.begin(), keys.end());
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) threads.emplace_back([&] { ExpectSameAsFind(table, probes); });
  for (std::thread& t : threads) t.join();
}

}  // namespace
}  // namespace dyad
