#include "core/json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>

namespace dyad::json {
namespace {

// The slow reference AppendFixed replaced in the event writer.
std::string Printf(double v, int precision) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*f", precision, v);
  return buf;
}

std::string Fixed(double v, int precision) {
  std::string s;
  AppendFixed(&s, v, precision);
  return s;
}

TEST(JsonAppendFixed, MatchesPrintfOnChosenValues) {
  // Ties at each precision (0.25, 0.125, 2.5), values just off a tie,
  // the writer's ranges (Goldstein -10..10, confidence 0..1, coordinates)
  // and extremes.
  const double kValues[] = {0.0,     -0.0,       0.05,      0.15,       0.25,      0.125,       2.5,
                            -2.5,    0.995,      1.0,       -10.0,      8.3,       -7.2,        0.7,
                            0.85,    0.45,       90.0,      -180.0,     35.68945,  -0.00005,    139.69171,
                            51.5074, -122.41942, 1e-300,    -1e-300,    1e300,     -1.7976931348623157e308};
  for (int precision : {0, 1, 2, 4}) {
    for (double v : kValues) EXPECT_EQ(Fixed(v, precision), Printf(v, precision)) << v << " %." << precision << "f";
  }
}

TEST(JsonAppendFixed, MatchesPrintfOnRandomValues) {
  std::mt19937_64 rng(13);
  std::uniform_real_distribution<double> coordinate(-180.0, 180.0);
  std::uniform_int_distribution<int> hundredths(-1000, 1000);
  for (int i = 0; i < 20000; ++i) {
    const double c = coordinate(rng);
    EXPECT_EQ(Fixed(c, 4), Printf(c, 4)) << c;
    // Decimal values as the codebook and the coder write them (8.3, 0.85).
    const double d = hundredths(rng) / 100.0;
    EXPECT_EQ(Fixed(d, 1), Printf(d, 1)) << d;
    EXPECT_EQ(Fixed(d, 2), Printf(d, 2)) << d;
  }
}

TEST(JsonAppendFixed, Appends) {
  std::string s = "x=";
  AppendFixed(&s, 1.5, 2);
  EXPECT_EQ(s, "x=1.50");
}

}  // namespace
}  // namespace dyad::json
