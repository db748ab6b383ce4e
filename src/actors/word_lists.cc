#include "actors/word_lists.h"

#include <iterator>
#include <vector>

#include "core/data_lines.h"
#include "core/strings.h"

namespace dyad::actors {
namespace {

constexpr std::string_view kNames[] = {
    "person-role",        "person-noun", "head-of-body",       "non-state-sector", "armed-sector",
    "state-organ-sector", "title",       "attributive-suffix", "other-party",      "one-office-plural",
    "portfolio",          "states-noun", "foreign-modifier",   "place-possessor",  "geographic-feature",
    "pair-noun",          "body-noun",   "clause-adjective"};
static_assert(std::size(kNames) == WordLists::kLists);

}  // namespace

std::string_view WordLists::Name(List list) { return kNames[static_cast<size_t>(list)]; }

Status WordLists::Add(std::string_view text, const std::string& name) {
  Status st;
  data::ForEachLine(text, 1, [&](uint32_t line_no, const std::vector<std::string_view>& f) {
    const std::string where = name + ":" + std::to_string(line_no) + ": ";
    const std::string_view line = f[0];
    const size_t colon = line.find(':');
    const std::string_view list = colon == std::string_view::npos ? line : Trim(line.substr(0, colon));
    size_t l = 0;
    while (l < kLists && list != kNames[l]) ++l;
    if (colon == std::string_view::npos || l == kLists) {
      std::string known;
      for (std::string_view n : kNames) known.append(known.empty() ? "" : ", ").append(n);
      st = Status::DataError(where +
                             (colon == std::string_view::npos ? std::string("expected LIST: word; word; ...")
                                                              : "unknown list \"" + std::string(list) + "\"") +
                             " (LIST one of " + known + ")");
      return false;
    }
    std::string_view rest = line.substr(colon + 1);
    while (!rest.empty()) {
      const size_t semi = rest.find(';');
      const std::string_view word = Trim(rest.substr(0, semi));
      rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
      if (word.empty()) {
        st = Status::DataError(where + "empty entry");
        return false;
      }
      if (!sets_[l].Insert(word)) {
        st = Status::DataError(where + "\"" + std::string(word) + "\" is already in " + std::string(list));
        return false;
      }
    }
    return true;
  });
  return st;
}

Status WordLists::CheckComplete(const std::string& name) const {
  for (size_t l = 0; l < kLists; ++l) {
    if (sets_[l].size() == 0) {
      return Status::DataError(name + ": no list \"" + std::string(kNames[l]) + "\" (every list must be given)");
    }
  }
  return Status::Ok();
}

}  // namespace dyad::actors
