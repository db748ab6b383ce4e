// Line-oriented reading of dyad's data files (internal): comments after '#'
// are dropped and lines are split into white-space separated fields.
// Stateless; thread-safe.
#ifndef DYAD_SRC_CORE_DATA_LINES_H_
#define DYAD_SRC_CORE_DATA_LINES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::data {

// Calls fn(line, line_no) for every line of `text` (numbered from 1, the
// newline left out). fn returns false to stop early. Returns false when
// stopped.
template <typename Fn>
bool ForEachNumberedLine(std::string_view text, Fn&& fn) {
  size_t pos = 0;
  uint32_t line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (!fn(line, ++line_no)) return false;
  }
  return true;
}

// Calls fn(line_no, fields) for every line with at least one field; the
// last of at most `max_fields` fields keeps the rest of the line (names with
// spaces). fn returns false to stop early. Returns false when stopped.
template <typename Fn>
bool ForEachLine(std::string_view text, size_t max_fields, Fn&& fn) {
  std::vector<std::string_view> fields;
  return ForEachNumberedLine(text, [&](std::string_view line, uint32_t line_no) {
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    fields.clear();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    size_t i = 0;
    while (i < line.size() && fields.size() + 1 < max_fields) {
      while (i < line.size() && space(line[i])) ++i;
      size_t b = i;
      while (i < line.size() && !space(line[i])) ++i;
      if (b < i) fields.push_back(line.substr(b, i - b));
    }
    while (i < line.size() && space(line[i])) ++i;
    std::string_view rest = line.substr(i);
    while (!rest.empty() && space(rest.back())) rest.remove_suffix(1);
    if (!rest.empty()) fields.push_back(rest);
    if (fields.empty()) return true;
    return static_cast<bool>(fn(line_no, fields));
  });
}

}  // namespace dyad::data

#endif  // DYAD_SRC_CORE_DATA_LINES_H_
