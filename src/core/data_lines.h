// Line-oriented reading of dyad's data files (internal): comments after '#'
// are dropped and lines are split into white-space separated fields.
// Stateless; thread-safe.
#ifndef DYAD_SRC_CORE_DATA_LINES_H_
#define DYAD_SRC_CORE_DATA_LINES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/strings.h"
#include "dyad/status.h"

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

// Reads a word-list file ("list-name: word; word; ..." lines, the format
// of data/coding/words.txt and data/actors/words/words.txt): calls
// add(list, word) for every word, with `list` the index of its list in
// `lists`; add returns false when the word is already in that list. A line
// with no list or an unknown one, an empty entry or a word given twice is a
// DataError naming `name` and the line.
template <typename Add>
Status ForEachListWord(std::string_view text, const std::string& name, std::span<const std::string_view> lists,
                       Add&& add) {
  Status st;
  ForEachLine(text, 1, [&](uint32_t line_no, const std::vector<std::string_view>& f) {
    const std::string where = name + ":" + std::to_string(line_no) + ": ";
    const std::string_view line = f[0];
    const size_t colon = line.find(':');
    const std::string_view list = colon == std::string_view::npos ? line : Trim(line.substr(0, colon));
    size_t l = 0;
    while (l < lists.size() && list != lists[l]) ++l;
    if (colon == std::string_view::npos || l == lists.size()) {
      std::string known;
      for (std::string_view n : lists) known.append(known.empty() ? "" : ", ").append(n);
      st = Status::DataError(where + "expected LIST: word; word; ... (" +
                             (colon == std::string_view::npos ? std::string()
                                                              : "unknown list \"" + std::string(list) + "\"; ") +
                             "LIST one of " + known + ")");
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
      if (!add(l, word)) {
        st = Status::DataError(where + "\"" + std::string(word) + "\" is already in " + std::string(list));
        return false;
      }
    }
    return true;
  });
  return st;
}

}  // namespace dyad::data

#endif  // DYAD_SRC_CORE_DATA_LINES_H_
