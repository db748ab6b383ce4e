#include "core/json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>

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

// A byte-at-a-time escaper, the reference for AppendString (which passes
// eight clean bytes at a time).
std::string SlowQuoted(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

TEST(JsonAppendString, EscapesAtEveryOffsetOfTheEightByteBlocks) {
  // Each character to escape at each position of a 20-byte text in
  // Sylvanian news, and next to bytes of UTF-8 and DEL (which stay as they are).
  const std::string base = "Sylvania’s army\x7f said";
  for (char special : {'"', '\\', '\n', '\r', '\t', '\x01', '\x1f'}) {
    for (size_t at = 0; at <= base.size(); ++at) {
      std::string text = base;
      text.insert(at, 1, special);
      std::string out;
      AppendString(&out, text);
      EXPECT_EQ(out, SlowQuoted(text)) << "escape " << static_cast<int>(special) << " at " << at;
    }
  }
  std::string out = "x";
  AppendString(&out, "");
  EXPECT_EQ(out, "x\"\"");
}

TEST(JsonAppendString, MatchesTheByteLoopOnRandomText) {
  std::mt19937 rng(7);
  const char kAlphabet[] = "abcXYZ \"\\\n\t\x02\x7f\xc3\xa9";
  for (int i = 0; i < 500; ++i) {
    std::string text(rng() % 40, ' ');
    for (char& c : text) c = kAlphabet[rng() % (sizeof kAlphabet - 1)];
    std::string out;
    AppendString(&out, text);
    EXPECT_EQ(out, SlowQuoted(text)) << text;
  }
}

}  // namespace
}  // namespace dyad::json
