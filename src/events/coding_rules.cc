#include "events/coding_rules.h"

#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

#include "core/data_lines.h"
#include "core/strings.h"

namespace dyad {
namespace {

constexpr std::string_view kMapNames[] = {"intent", "threat", "refusal", "appeal", "demand", "reject"};
constexpr std::string_view kListNames[] = {
    "intent-control",      "refusal-control", "agreement",    "threat-control",    "unreal-control",
    "protest-verb",        "civilian-sector", "attack-noun",  "reaction-verb",     "event-noun",
    "figurative",          "report-verb",     "stand-for",    "appeal-noun",       "commentator",
    "research-body",       "hearsay-noun",    "denial-verb",  "verbal-target",     "object-verb",
    "cause-noun",          "intent-noun",     "topic-frame",  "stop-noun",         "wish-verb",
    "necessity",           "force-word",      "office-noun",  "place-adverb",      "match-verb",
    "reinforce-verb",      "body-name-end",   "spoken-to",    "addressee-verb",    "medical-word",
    "fought-thing",        "expect-verb",     "sport-noun",   "barrage-noun",      "reciprocal-verb",
    "release-noun",        "undo-verb",       "set-noun",     "private-traveller", "for-subject-done",
    "unrealised-modifier", "perform-verb",    "holding-verb", "go-between-verb",   "opening-preposition",
    "byline-noun",         "deadline-noun",   "envoy-title",  "partner-verb",      "care-place",
    "binding-rule",        "say-verb",        "mishap-noun",  "striking-thing",    "local-agent-sector"};
static_assert(std::size(kMapNames) == CodingRules::kMaps && std::size(kListNames) == CodingRules::kLists);

bool IsCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::Ok();
}

}  // namespace

std::string_view CodingRules::MapName(Map m) { return kMapNames[static_cast<size_t>(m)]; }
std::string_view CodingRules::ListName(List l) { return kListNames[static_cast<size_t>(l)]; }

Status CodingRules::LoadDirectory(const std::string& dir) {
  std::string text;
  DYAD_RETURN_IF_ERROR(ReadFile(dir + "/modality.txt", &text));
  DYAD_RETURN_IF_ERROR(AddModality(text, dir + "/modality.txt"));
  DYAD_RETURN_IF_ERROR(ReadFile(dir + "/words.txt", &text));
  DYAD_RETURN_IF_ERROR(AddWords(text, dir + "/words.txt"));
  for (size_t l = 0; l < kLists; ++l) {
    if (lists_[l].empty()) {
      return Status::DataError(dir + "/words.txt: no list \"" + std::string(kListNames[l]) +
                               "\" (every list must be given)");
    }
  }
  return Status::Ok();
}

Status CodingRules::AddModality(std::string_view text, const std::string& name) {
  Status st;
  data::ForEachLine(text, 3, [&](uint32_t line_no, const std::vector<std::string_view>& f) {
    const std::string where = name + ":" + std::to_string(line_no) + ": ";
    if (f.size() != 3) {
      st = Status::DataError(where + "expected MAP CODE BECOMES");
      return false;
    }
    size_t m = 0;
    while (m < kMaps && f[0] != kMapNames[m]) ++m;
    if (m == kMaps) {
      st = Status::DataError(where + "unknown map \"" + std::string(f[0]) +
                             "\" (intent, threat, refusal, appeal, demand or reject)");
      return false;
    }
    std::string_view code = f[1];
    const bool prefix = !code.empty() && code.back() == '*';
    if (prefix) code.remove_suffix(1);
    if (!IsCode(code) || !IsCode(f[2])) {
      st = Status::DataError(where + "codes are 2 to 4 digits (CODE may end in *)");
      return false;
    }
    auto& table = prefix ? maps_[m].prefix : maps_[m].exact;
    if (!table.emplace(std::string(code), std::string(f[2])).second) {
      st = Status::DataError(where + std::string(f[0]) + " " + std::string(f[1]) + " is given twice");
      return false;
    }
    return true;
  });
  return st;
}

Status CodingRules::AddWords(std::string_view text, const std::string& name) {
  return data::ForEachListWord(text, name, kListNames, [&](size_t l, std::string_view word) {
    return lists_[l].emplace(std::string(word)).second;
  });
}

std::string_view CodingRules::Mapped(Map map, std::string_view code) const {
  const CodeMap& m = maps_[static_cast<size_t>(map)];
  if (auto it = m.exact.find(code); it != m.exact.end()) return it->second;
  for (size_t n = code.size(); n >= 1; --n) {
    if (auto it = m.prefix.find(code.substr(0, n)); it != m.prefix.end()) return it->second;
  }
  return {};
}

bool CodingRules::Has(List list, std::string_view word) const {
  return lists_[static_cast<size_t>(list)].find(word) != lists_[static_cast<size_t>(list)].end();
}

}  // namespace dyad
