#include "tag/float_mask.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace dyad::tag {
namespace {

TEST(FloatMaskTest, MarksEntriesNotBelowTheFloor) {
  const float v[] = {0.0f, 0.5f, 0.25f, 0.1f, 0.3f, 0.0f};
  // 0.25 equals the floor and is kept; the trailing entries go the scalar way.
  EXPECT_EQ(AtLeastMask(v, 6, 0.25f), 0b010110u);
  EXPECT_EQ(AtLeastMask(v, 0, 0.25f), 0u);
}

TEST(FloatMaskTest, KeepsNaNAsTheScalarTestDoes) {
  float v[8] = {};
  v[5] = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(AtLeastMask(v, 8, 0.1f), uint64_t{1} << 5);
}

TEST(FloatMaskTest, AgreesWithTheReference) {
  // The tagger's 46-entry distributions and other lengths, mostly zeros.
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> value(0.0f, 1.0f);
  for (size_t n : {1u, 3u, 4u, 5u, 8u, 45u, 46u, 47u, 64u}) {
    for (int round = 0; round < 200; ++round) {
      std::vector<float> v(n);
      for (float& x : v) x = value(rng) < 0.7f ? 0.0f : value(rng);
      if (round % 10 == 0) v[round % n] = std::nanf("");
      const float floor = round % 3 == 0 ? 0.0f : value(rng) * 0.5f;
      ASSERT_EQ(AtLeastMask(v.data(), n, floor), AtLeastMaskReference(v.data(), n, floor))
          << "n=" << n << " round=" << round;
    }
  }
}

}  // namespace
}  // namespace dyad::tag
