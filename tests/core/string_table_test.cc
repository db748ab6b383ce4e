// StringTable is checked against std::unordered_map, the slow reference:
// same answers for present and absent keys, keys longer and shorter than the
// 8-byte prefix kept in each slot, through growth, and with a precomputed
// hash.
#include "core/string_table.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace dyad {
namespace {

std::vector<std::string> RandomWords(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> len(0, 20);
  std::uniform_int_distribution<int> letter('a', 'd');  // few letters: many shared prefixes
  std::vector<std::string> words;
  for (size_t i = 0; i < n; ++i) {
    std::string w(len(rng), ' ');
    for (char& c : w) c = static_cast<char>(letter(rng));
    words.push_back(w);
  }
  return words;
}

TEST(StringTableTest, AgreesWithUnorderedMap) {
  std::vector<std::string> keys = RandomWords(20000, 1);  // grows the table many times
  std::vector<std::string> probes = RandomWords(20000, 2);
  StringTable table;
  std::unordered_map<std::string, uint32_t> ref;
  for (size_t i = 0; i < keys.size(); ++i) {
    bool inserted = false;
    uint32_t* v = table.Insert(keys[i], static_cast<uint32_t>(i), &inserted);
    auto [it, fresh] = ref.emplace(keys[i], static_cast<uint32_t>(i));
    ASSERT_EQ(inserted, fresh) << keys[i];
    ASSERT_EQ(*v, it->second) << keys[i];  // the first value is kept
  }
  EXPECT_EQ(table.size(), ref.size());
  probes.insert(probes.end(), keys.begin(), keys.end());
  for (const std::string& w : probes) {
    auto it = ref.find(w);
    const uint32_t* v = table.Find(w);
    ASSERT_EQ(v != nullptr, it != ref.end()) << w;
    if (v) {
      EXPECT_EQ(*v, it->second) << w;
    }
    EXPECT_EQ(table.Find(w, HashBytes(w)), v) << w;
  }
}

// HashBytes takes four bytes a step; the compiled tables store its hashes,
// so it must give the byte loop's value at every length and for every byte.
TEST(StringTableTest, HashBytesMatchesByteLoop) {
  std::mt19937 rng(3);
  std::uniform_int_distribution<int> byte(0, 255);
  for (size_t len = 0; len <= 40; ++len) {
    for (int trial = 0; trial < 50; ++trial) {
      std::string w(len, ' ');
      for (char& c : w) c = static_cast<char>(byte(rng));
      ASSERT_EQ(HashBytes(w), HashBytesReference(w)) << "length " << len;
    }
  }
  EXPECT_EQ(HashBytes(""), 2166136261u);
}

TEST(StringTableTest, InsertCopyOwnsItsKeys) {
  std::string storage;
  storage.reserve(1024);
  StringTable table;
  {
    std::string temporary = "transient key";
    bool inserted;
    table.InsertCopy(temporary, 7, &inserted, &storage);
    EXPECT_TRUE(inserted);
    temporary.assign("overwritten!!");
  }
  const uint32_t* v = table.Find("transient key");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(*v, 7u);
  EXPECT_EQ(table.Find("overwritten!!"), nullptr);
}

}  // namespace
}  // namespace dyad
