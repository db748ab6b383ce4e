#include "tag/word_memo.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/string_table.h"

namespace dyad::tag {
namespace {

// Words of up to 8 bytes, three values, 16 slots: small enough that the
// cases below share slots. (No stage uses this instance: its table is the
// test's own.)
using Memo = WordMemo<int, 8, 3, 4>;
constexpr uint8_t kMark = 0xFF;  // a mark above kValues, as the stages use

// Two words of one length and one FNV-1a hash, found by a search over
// random six-letter strings.
constexpr std::string_view kWord = "talzdl";
constexpr std::string_view kSameHash = "pcrcwx";

TEST(WordMemoTest, TheCollidingWordsShareTheirHash) {
  ASSERT_EQ(HashBytes(kWord), HashBytes(kSameHash));
  ASSERT_NE(kWord, kSameHash);
}

TEST(WordMemoTest, AHitReturnsWhatWasStored) {
  const Memo memo(NewMemoOwner());
  const int values[] = {7, -3, 12};
  ASSERT_FALSE(memo.Find("harbour", 2).hit());
  memo.Find("harbour", 2).Fill(3, values);
  const Memo::Probe p = memo.Find("harbour", 2);
  ASSERT_TRUE(p.hit());
  ASSERT_EQ(p.n(), 3);
  EXPECT_EQ(std::vector<int>(p.values(), p.values() + 3), std::vector<int>({7, -3, 12}));
}

TEST(WordMemoTest, AMarkIsKeptWithoutValues) {
  const Memo memo(NewMemoOwner());
  memo.Find("quay", 0).Fill(kMark, nullptr);
  const Memo::Probe p = memo.Find("quay", 0);
  ASSERT_TRUE(p.hit());
  EXPECT_EQ(p.n(), kMark);
  memo.Find("pier", 0).Fill(0, nullptr);  // no values at all is an answer too
  EXPECT_TRUE(memo.Find("pier", 0).hit());
  EXPECT_EQ(memo.Find("pier", 0).n(), 0);
}

TEST(WordMemoTest, OnlyTheSameOwnerWordAndKeyHit) {
  const uint64_t owner = NewMemoOwner();
  const uint64_t other_owner = NewMemoOwner();
  struct Case {
    const char* what;
    uint64_t owner;
    std::string_view word;
    uint8_t key;
    bool hit;
  };
  const Case cases[] = {
      {"the word stored", owner, kWord, 5, true},
      {"another owner", other_owner, kWord, 5, false},
      {"another key", owner, kWord, 6, false},
      {"another word of the same hash", owner, kSameHash, 5, false},
      {"a prefix of the word", owner, kWord.substr(0, 5), 5, false},
  };
  for (const Case& c : cases) {
    const int value = 41;
    Memo(owner).Find(kWord, 5).Fill(1, &value);
    const Memo::Probe p = Memo(c.owner).Find(c.word, c.key);
    EXPECT_EQ(p.hit(), c.hit) << c.what;
    if (p.hit()) {
      EXPECT_EQ(p.values()[0], 41) << c.what;
    }
  }
}

TEST(WordMemoTest, AFillReplacesTheSlotsWord) {
  // The same hash and key: the same slot, which keeps the last word only.
  const Memo memo(NewMemoOwner());
  const int first = 1, second = 2;
  memo.Find(kWord, 0).Fill(1, &first);
  memo.Find(kSameHash, 0).Fill(1, &second);
  EXPECT_FALSE(memo.Find(kWord, 0).hit());
  const Memo::Probe p = memo.Find(kSameHash, 0);
  ASSERT_TRUE(p.hit());
  EXPECT_EQ(p.values()[0], 2);
}

TEST(WordMemoTest, LongWordsAreNotMemoised) {
  const Memo memo(NewMemoOwner());
  const int value = 9;
  for (std::string_view word : {"lighthouse", "breakwaters", "ninechars"}) {
    EXPECT_FALSE(Memo::Fits(word)) << word;
    memo.Find(word, 1).Fill(1, &value);
    EXPECT_FALSE(memo.Find(word, 1).hit()) << word;
  }
  // The longest word kept is kWord bytes.
  EXPECT_TRUE(Memo::Fits("eightch8"));
  memo.Find("eightch8", 1).Fill(1, &value);
  EXPECT_TRUE(memo.Find("eightch8", 1).hit());
}

TEST(WordMemoTest, EachThreadHasItsOwnTable) {
  const uint64_t owner = NewMemoOwner();
  const int value = 3;
  Memo(owner).Find("jetty", 0).Fill(1, &value);
  bool hit_elsewhere = true;
  std::thread([&] { hit_elsewhere = Memo(owner).Find("jetty", 0).hit(); }).join();
  EXPECT_FALSE(hit_elsewhere);
  EXPECT_TRUE(Memo(owner).Find("jetty", 0).hit());
}

}  // namespace
}  // namespace dyad::tag
