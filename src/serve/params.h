// Request parameters of the JSON API, checked and turned into store filters
// (internal to dyad serve). Every value is validated against a strict shape
// (actor codes, CAMEO codes, dates, bounded numbers) before it reaches the
// store, which binds it as a parameter in any case; unknown parameters are
// errors so that a misspelt filter is not silently ignored.
// Stateless; thread-safe.
#ifndef DYAD_SRC_SERVE_PARAMS_H_
#define DYAD_SRC_SERVE_PARAMS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/date.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::serve {

using Params = std::multimap<std::string, std::string>;

inline constexpr int64_t kMaxPageSize = 1000;
inline constexpr int64_t kDefaultPageSize = 100;
// Series longer than this many periods are refused (ask for weeks or months).
inline constexpr int64_t kMaxSeriesPeriods = 20000;
// Dates outside these years are refused: they bound the periods of a series
// whose range is open at one end. The one range of core/date.h.
inline constexpr int kMinYear = kMinDateYear;
inline constexpr int kMaxYear = kMaxDateYear;

// GET /api/events: the filters of `dyad query` (source, target, dyad=A,B,
// directed, code, root, quad, from, to), limit (1..1000, default 100),
// after=DATE,ID (the cursor of the previous page) and mentions=0|1.
struct EventsRequest {
  EventFilter filter;
  bool with_mentions = false;
};
Status ParseEventsRequest(const Params& params, EventsRequest* out);

// GET /api/series: dyad=A,B (required), directed, by=day|week|month, from, to.
struct SeriesRequest {
  EventFilter filter;
  SeriesPeriod by = SeriesPeriod::kMonth;
  std::string by_name = "month";
};
Status ParseSeriesRequest(const Params& params, SeriesRequest* out);

// GET /api/actors and /api/dyads: limit (1..1000, default 50),
// level=country|code (country: the first three letters of each code), from,
// to.
struct TopRequest {
  int64_t limit = 50;
  bool country = true;
  EventFilter filter;  // from, to
};
Status ParseTopRequest(const Params& params, TopRequest* out);

// An actor code or prefix: 1 to 32 upper-case letters and digits.
bool IsActorCode(std::string_view s);
// A decimal event id (1 .. 2^63-1).
bool ParseEventId(std::string_view s, int64_t* id);
// The number of days from `from` to `to` (both YYYY-MM-DD); false when
// either is not a date.
bool DaysBetween(std::string_view from, std::string_view to, int64_t* days);

}  // namespace dyad::serve

#endif  // DYAD_SRC_SERVE_PARAMS_H_
