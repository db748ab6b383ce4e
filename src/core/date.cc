#include "core/date.h"

#include <cstdio>

namespace dyad {
namespace {

// The value of exactly `n` ASCII digits at s[at..], or -1.
int Digits(std::string_view s, size_t at, size_t n) {
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

bool ParseIsoDate(std::string_view s, Date* out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  const Date d{Digits(s, 0, 4), Digits(s, 5, 2), Digits(s, 8, 2)};
  if (!IsCalendarDay(d)) return false;
  *out = d;
  return true;
}

std::string FormatIsoDate(const Date& d) {
  // By hand rather than snprintf: the actor loader formats every role's
  // dates at start-up, thousands of them.
  if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
  }
  std::string out(10, '-');
  const auto put = [&out](size_t at, int v, int digits) {
    for (int i = digits - 1; i >= 0; --i, v /= 10) out[at + static_cast<size_t>(i)] = static_cast<char>('0' + v % 10);
  };
  put(0, d.year, 4);
  put(5, d.month, 2);
  put(8, d.day, 2);
  return out;
}

std::string FormatIsoMonth(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  return buf;
}

}  // namespace dyad
