#include "events/patterns.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace dyad {
namespace {

using Filter = AnchorPatterns::Filter;

Signature Bits(std::initializer_list<uint32_t> bits) {
  Signature s;
  for (uint32_t b : bits) s.Add(b);
  return s;
}

WordWindow Window(std::initializer_list<uint32_t> bits) {
  WordWindow w;
  for (uint32_t b : bits) w.Add(b);
  return w;
}

// A sealed filter (four slots an element) lets exactly the windows through
// that the filter as Add left it does, the slow reference.
TEST(AnchorFilter, SealedFilterAgreesWithTheReference) {
  std::mt19937 rng(20261206);
  std::uniform_int_distribution<uint32_t> bit(0, 255), elements(0, 3), alternatives(1, 6);
  std::bernoulli_distribution in_window(0.15);
  size_t sealed = 0, passed = 0;
  for (int round = 0; round < 2000; ++round) {
    Filter reference;
    const uint32_t m = elements(rng);
    for (uint32_t e = 0; e < m; ++e) {
      Signature s;
      for (uint32_t k = alternatives(rng); k > 0; --k) s.Add(bit(rng));
      reference.Add(s);
    }
    Filter fast = reference;
    fast.Seal();
    if (fast.count != reference.count) ++sealed;
    for (int w = 0; w < 50; ++w) {
      WordWindow window;
      for (uint32_t b = 0; b < 256; ++b) {
        if (in_window(rng)) window.Add(b);
      }
      // (also windows that hold one alternative of each element, which pass)
      if (w % 2 == 1) {
        for (uint32_t k = 0; k < Filter::kBits; ++k) {
          if (bit(rng) % 3 == 0) window.Add(reference.bits[k]);
        }
      }
      const bool want = reference.MayMatchReference(window);
      ASSERT_EQ(fast.MayMatch(window), want) << "round " << round << ", window " << w;
      passed += want;
    }
  }
  // Both kinds were tried: sealed filters and ones left as they were, windows
  // that pass and windows that do not.
  EXPECT_GT(sealed, 500u);
  EXPECT_LT(sealed, 2000u);
  EXPECT_GT(passed, 1000u);
  EXPECT_LT(passed, 99000u);
}

TEST(AnchorFilter, SealingKeepsWhatEachElementNeeds) {
  Filter f;
  f.Add(Bits({3}));
  f.Add(Bits({10, 20}));
  f.Seal();
  EXPECT_TRUE(f.MayMatch(Window({3, 20})));
  EXPECT_TRUE(f.MayMatch(Window({3, 10, 99})));
  EXPECT_FALSE(f.MayMatch(Window({3, 11})));      // the second element's words are missing
  EXPECT_FALSE(f.MayMatch(Window({10, 20, 4})));  // the first's are
  // Five alternatives do not fit four slots: the filter stays as it was.
  Filter wide;
  wide.Add(Bits({1, 2, 3, 4, 5}));
  Filter before = wide;
  wide.Seal();
  EXPECT_EQ(wide.count, before.count);
  EXPECT_TRUE(wide.MayMatch(Window({5})));
  EXPECT_FALSE(wide.MayMatch(Window({6})));
  // No word element: every window passes.
  Filter none;
  none.Seal();
  EXPECT_TRUE(none.MayMatch(Window({})));
}

// The index over a list's first elements visits exactly the patterns the
// scan of every filter lets through, in the same order, and stops where it
// is told to.
TEST(AnchorIndex, VisitsWhatTheScanVisits) {
  std::mt19937 rng(20261207);
  std::uniform_int_distribution<uint32_t> bit(0, 255), elements(0, 3), alternatives(1, 6), length(0, 300);
  std::bernoulli_distribution in_window(0.15), common(0.5);
  size_t indexed = 0, visited = 0;
  for (int round = 0; round < 300; ++round) {
    AnchorPatterns list;
    const uint32_t n = length(rng);
    // (Bits drawn from a few words, as a verb's patterns share their
    // prepositions, and from all 256.)
    const uint32_t few[6] = {bit(rng), bit(rng), bit(rng), bit(rng), bit(rng), bit(rng)};
    for (uint32_t i = 0; i < n; ++i) {
      Filter f;
      const uint32_t m = elements(rng);
      for (uint32_t e = 0; e < m; ++e) {
        Signature s;
        for (uint32_t k = alternatives(rng); k > 0; --k) s.Add(common(rng) ? few[bit(rng) % 6] : bit(rng));
        f.Add(s);
      }
      f.Seal();
      list.filters.push_back(f);
      list.patterns.push_back(nullptr);
    }
    list.BuildIndex();
    indexed += list.Indexed();
    for (int w = 0; w < 20; ++w) {
      WordWindow window;
      for (uint32_t b = 0; b < 256; ++b) {
        if (in_window(rng)) window.Add(b);
      }
      if (w % 2 == 1) {
        for (uint32_t b : few) {
          if (common(rng)) window.Add(b);
        }
      }
      std::vector<size_t> want, got;
      list.ScanFilters(window, [&](size_t k) {
        want.push_back(k);
        return false;
      });
      list.ForEachPassing(window, [&](size_t k) {
        got.push_back(k);
        return false;
      });
      ASSERT_EQ(got, want) << "round " << round << ", window " << w;
      visited += want.size();
      // Stopping at the third pattern visited.
      if (want.size() >= 3) {
        size_t seen = 0;
        std::vector<size_t> stopped;
        EXPECT_TRUE(list.ForEachPassing(window, [&](size_t k) {
          stopped.push_back(k);
          return ++seen == 3;
        }));
        EXPECT_EQ(stopped, std::vector<size_t>(want.begin(), want.begin() + 3));
      }
    }
  }
  EXPECT_GT(indexed, 250u);
  EXPECT_GT(visited, 1000u);
}

}  // namespace
}  // namespace dyad
