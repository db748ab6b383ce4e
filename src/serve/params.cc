#include "serve/params.h"

#include <charconv>
#include <cstdio>
#include <initializer_list>
#include <set>

#include "core/date.h"

namespace dyad::serve {
namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Up to 19 digits, the width of INT64_MAX (from_chars refuses what passes
// it): event ids are hashes, up to 16 digits.
bool ParseInt(std::string_view s, int64_t* v) {
  if (!IsDigits(s) || s.size() > 19) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size();
}

// Days since 1970-01-01; false unless `d` is a YYYY-MM-DD day (core/date.h).
bool DaysFromIso(std::string_view d, int64_t* days) {
  dyad::Date date;
  if (!ParseIsoDate(d, &date)) return false;
  *days = DaysFromCivil(date);
  return true;
}

// Rejects parameters not in `known` and repeated ones: both are mistakes a
// caller should hear about.
Status CheckNames(const Params& params, std::initializer_list<std::string_view> known) {
  std::set<std::string_view> seen;
  for (const auto& [name, value] : params) {
    bool ok = false;
    for (std::string_view k : known) ok = ok || k == name;
    if (!ok) {
      std::string list;
      for (std::string_view k : known) list.append(list.empty() ? "" : ", ").append(k);
      return Status::InvalidArgument("unknown parameter \"" + name.substr(0, 64) + "\" (known: " + list + ")");
    }
    if (!seen.insert(name).second) return Status::InvalidArgument("parameter \"" + name + "\" given twice");
  }
  return Status::Ok();
}

const std::string* Get(const Params& params, std::string_view name) {
  auto it = params.find(std::string(name));
  return it == params.end() ? nullptr : &it->second;
}

Status Date(const Params& params, const char* name, std::string* out) {
  const std::string* v = Get(params, name);
  if (!v) return Status::Ok();
  dyad::Date date;
  if (!ParseIsoDate(*v, &date)) {
    return Status::InvalidArgument(std::string(name) + " must be a date YYYY-MM-DD");
  }
  if (!InDateRange(date)) {
    return Status::InvalidArgument(std::string(name) + " must be between " + std::to_string(kMinYear) + " and " +
                                   std::to_string(kMaxYear));
  }
  *out = *v;
  return Status::Ok();
}

Status Flag(const Params& params, const char* name, bool* out) {
  const std::string* v = Get(params, name);
  if (!v) return Status::Ok();
  if (*v == "1" || *v == "true" || v->empty()) *out = true;
  else if (*v == "0" || *v == "false") *out = false;
  else return Status::InvalidArgument(std::string(name) + " must be 1 or 0");
  return Status::Ok();
}

Status Limit(const Params& params, int64_t def, int64_t* out) {
  *out = def;
  const std::string* v = Get(params, "limit");
  if (!v) return Status::Ok();
  if (!ParseInt(*v, out) || *out < 1 || *out > kMaxPageSize) {
    return Status::InvalidArgument("limit must be a number from 1 to " + std::to_string(kMaxPageSize));
  }
  return Status::Ok();
}

Status Actor(const Params& params, const char* name, std::string* out) {
  const std::string* v = Get(params, name);
  if (!v) return Status::Ok();
  if (!IsActorCode(*v)) {
    return Status::InvalidArgument(std::string(name) + " must be an actor code (A-Z, 0-9, at most 32)");
  }
  *out = *v;
  return Status::Ok();
}

// actor_type=MIL, country=UKR, near=LAT,LON,KM (the store checks the codes).
Status PlaceAndType(const Params& params, EventFilter* f) {
  if (const std::string* v = Get(params, "actor_type")) {
    if (v->size() != 3 || !IsActorCode(*v)) return Status::InvalidArgument("actor_type must be a type code (MIL, REB)");
    f->actor_type = *v;
  }
  if (const std::string* v = Get(params, "country")) {
    if (v->size() != 3 || !IsActorCode(*v)) return Status::InvalidArgument("country must be an ISO alpha-3 code (UKR)");
    f->country = *v;
  }
  if (const std::string* v = Get(params, "near")) {
    double lat = 0, lon = 0, km = 0;
    char end = 0;
    if (std::sscanf(v->c_str(), "%lf,%lf,%lf%c", &lat, &lon, &km, &end) != 3 || !(lat >= -90 && lat <= 90) ||
        !(lon >= -180 && lon <= 180) || !(km > 0 && km <= 20100)) {
      return Status::InvalidArgument("near must be LAT,LON,KM (50.45,30.52,100)");
    }
    f->lat = lat;
    f->lon = lon;
    f->radius_km = km;
  }
  return Status::Ok();
}

Status Dyad(const Params& params, bool required, EventFilter* f) {
  const std::string* v = Get(params, "dyad");
  if (!v) {
    return required ? Status::InvalidArgument("dyad=A,B is required (two actor codes, e.g. CHN,RUS)") : Status::Ok();
  }
  const size_t comma = v->find(',');
  if (comma == std::string::npos || !IsActorCode(v->substr(0, comma)) || !IsActorCode(v->substr(comma + 1))) {
    return Status::InvalidArgument("dyad must be two actor codes A,B (e.g. CHN,RUS)");
  }
  f->dyad_a = v->substr(0, comma);
  f->dyad_b = v->substr(comma + 1);
  return Flag(params, "directed", &f->directed);
}

Status Range(const Params& params, EventFilter* f) {
  DYAD_RETURN_IF_ERROR(Date(params, "from", &f->from));
  DYAD_RETURN_IF_ERROR(Date(params, "to", &f->to));
  if (!f->from.empty() && !f->to.empty() && f->from > f->to) {
    return Status::InvalidArgument("from must not be after to");
  }
  return Status::Ok();
}

}  // namespace

bool IsActorCode(std::string_view s) {
  if (s.empty() || s.size() > 32) return false;
  for (char c : s) {
    // Any case: the store matches codes case-insensitively.
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

bool ParseEventId(std::string_view s, int64_t* id) { return ParseInt(s, id) && *id > 0; }

bool DaysBetween(std::string_view from, std::string_view to, int64_t* days) {
  int64_t a = 0, b = 0;
  if (!DaysFromIso(from, &a) || !DaysFromIso(to, &b)) return false;
  *days = b - a;
  return true;
}

Status ParseEventsRequest(const Params& params, EventsRequest* out) {
  DYAD_RETURN_IF_ERROR(CheckNames(params, {"source", "target", "dyad", "directed", "code", "root", "quad", "from",
                                           "to", "limit", "after", "mentions", "actor_type", "country", "near"}));
  EventFilter& f = out->filter;
  DYAD_RETURN_IF_ERROR(PlaceAndType(params, &f));
  DYAD_RETURN_IF_ERROR(Actor(params, "source", &f.source));
  DYAD_RETURN_IF_ERROR(Actor(params, "target", &f.target));
  DYAD_RETURN_IF_ERROR(Dyad(params, /*required=*/false, &f));
  if (const std::string* v = Get(params, "code")) {
    std::string_view digits = *v;
    if (!digits.empty() && digits.back() == '*') digits.remove_suffix(1);
    if (!IsDigits(digits) || digits.size() > 4) {
      return Status::InvalidArgument("code must be a CAMEO code (0311) or a prefix ending in * (03*)");
    }
    f.code = *v;
  }
  if (const std::string* v = Get(params, "root")) {
    if (v->size() != 2 || !IsDigits(*v)) return Status::InvalidArgument("root must be a two-digit CAMEO root (19)");
    f.root = *v;
  }
  if (const std::string* v = Get(params, "quad")) {
    if (v->size() != 1 || (*v)[0] < '1' || (*v)[0] > '4') return Status::InvalidArgument("quad must be 1, 2, 3 or 4");
    f.quad_class = (*v)[0] - '0';
  }
  DYAD_RETURN_IF_ERROR(Range(params, &f));
  DYAD_RETURN_IF_ERROR(Limit(params, kDefaultPageSize, &f.limit));
  if (const std::string* v = Get(params, "after")) {
    const size_t comma = v->find(',');
    int64_t days = 0;
    const bool undated = v->starts_with(std::string(kUndatedCursor) + ",");
    if (comma == std::string::npos || (!undated && comma != 10) ||
        (!undated && !DaysBetween(v->substr(0, 10), v->substr(0, 10), &days)) ||
        !ParseEventId(v->substr(comma + 1), &f.after_id)) {
      return Status::InvalidArgument("after must be the cursor DATE,ID of the previous page");
    }
    f.after_date = v->substr(0, comma);
  }
  return Flag(params, "mentions", &out->with_mentions);
}

Status ParseSeriesRequest(const Params& params, SeriesRequest* out) {
  DYAD_RETURN_IF_ERROR(CheckNames(params, {"dyad", "directed", "by", "from", "to", "actor_type", "country", "near"}));
  DYAD_RETURN_IF_ERROR(Dyad(params, /*required=*/true, &out->filter));
  DYAD_RETURN_IF_ERROR(PlaceAndType(params, &out->filter));
  if (const std::string* v = Get(params, "by")) {
    if (!ParseSeriesPeriod(*v, &out->by)) return Status::InvalidArgument("by must be day, week or month");
    out->by_name = *v;
  }
  DYAD_RETURN_IF_ERROR(Range(params, &out->filter));
  const EventFilter& f = out->filter;
  // With both ends given the length is known now; with an open end it is
  // bounded by the years allowed and by the data.
  int64_t days = 0;
  if (!f.from.empty() && !f.to.empty() && DaysBetween(f.from, f.to, &days)) {
    const int64_t periods = out->by == SeriesPeriod::kDay ? days : out->by == SeriesPeriod::kWeek ? days / 7 : days / 28;
    if (periods > kMaxSeriesPeriods) {
      return Status::InvalidArgument("the range has more than " + std::to_string(kMaxSeriesPeriods) + " periods of a " +
                                     out->by_name + ": narrow it or count by a longer period");
    }
  }
  return Status::Ok();
}

Status ParseTopRequest(const Params& params, TopRequest* out) {
  DYAD_RETURN_IF_ERROR(CheckNames(params, {"limit", "level", "from", "to"}));
  DYAD_RETURN_IF_ERROR(Limit(params, 50, &out->limit));
  if (const std::string* v = Get(params, "level")) {
    if (*v == "country") out->country = true;
    else if (*v == "code") out->country = false;
    else return Status::InvalidArgument("level must be country or code");
  }
  return Range(params, &out->filter);
}

}  // namespace dyad::serve
