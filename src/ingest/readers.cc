// Document readers: text files, JSON Lines files and standard input.
//
// Choices the header leaves open:
//  - Text is repaired before it is parsed: every maximal invalid UTF-8
//    subsequence becomes U+FFFD, so a JSON line with a bad byte inside a string
//    is kept (and reported) instead of being rejected by simdjson, which
//    refuses invalid UTF-8 outright.
//  - NUL bytes (raw in text files, or "\u0000" in JSON) are valid UTF-8 and
//    are kept; nothing downstream treats strings as C strings.
//  - Titles and bodies are trimmed of ASCII whitespace at both ends; line
//    breaks inside a JSON title become spaces so that the title stays one
//    sentence in FullText().
//  - A date keeps the calendar day as written; a time-zone offset is checked
//    but not applied (the local publication day is what users expect).
//  - A JSON Lines file is streamed line by line through one reused buffer and
//    one reused simdjson parser, so memory is bounded by the longest line.
//  - No file is read whole: compressed files are decoded as they are read
//    (ingest::DecodingReader), a text or HTML document is read up to the
//    maximum document size and a WARC archive through a window of one record
//    (warc.h), so memory is bounded by the maximum document size whatever the
//    size of the file or of what it decompresses to.
#include "ingest/readers.h"

#include "ingest/compress.h"
#include "ingest/json_record.h"
#include "ingest/html.h"
#include "ingest/warc.h"
#include "core/date.h"
#include "core/strings.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <istream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

std::string Document::FullText() const {
  if (title.empty()) return text;
  std::string full;
  full.reserve(title.size() + 2 + text.size());
  full.append(title).append("\n\n").append(text);
  return full;
}

void ReadReport::Reject(const std::string& file, uint64_t line, std::string reason) {
  ++rejected;
  problems.push_back({file, line, std::move(reason), true});
}

void ReadReport::Warn(const std::string& file, uint64_t line, std::string reason) {
  problems.push_back({file, line, std::move(reason), false});
}

namespace {

// Length of the well-formed UTF-8 sequence at `p`, or 0 when it is ill-formed;
// then `*invalid` is the length of its maximal subpart (Unicode 15, 3.9 U+FFFD
// substitution), which is what one U+FFFD replaces.
size_t SequenceLength(const unsigned char* p, const unsigned char* end, size_t* invalid) {
  const unsigned char lead = p[0];
  if (lead < 0x80) return 1;
  size_t trail;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail = 1;
  } else if (lead == 0xE0) {
    trail = 2, lo = 0xA0;  // shorter forms are overlong
  } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
    trail = 2;
  } else if (lead == 0xED) {
    trail = 2, hi = 0x9F;  // D800..DFFF are surrogates
  } else if (lead == 0xF0) {
    trail = 3, lo = 0x90;  // shorter forms are overlong
  } else if (lead >= 0xF1 && lead <= 0xF3) {
    trail = 3;
  } else if (lead == 0xF4) {
    trail = 3, hi = 0x8F;  // beyond U+10FFFF otherwise
  } else {
    *invalid = 1;  // continuation byte, C0/C1 or F5..FF
    return 0;
  }
  for (size_t k = 1; k <= trail; ++k) {
    if (p + k >= end || p[k] < lo || p[k] > hi) {
      *invalid = k;
      return 0;
    }
    lo = 0x80, hi = 0xBF;
  }
  return trail + 1;
}

// Offset of the first ill-formed sequence, or npos.
size_t FirstInvalidUtf8(std::string_view s) {
  // Nearly all text is valid: simdjson's vectorised check (the same rules:
  // no overlong forms, surrogates or code points past U+10FFFF) clears it at a
  // fraction of the byte loop's cost; the loop below finds where it fails.
  if (simdjson::validate_utf8(s.data(), s.size())) return std::string_view::npos;
  const auto* begin = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = begin + s.size();
  const auto* p = begin;
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    size_t invalid = 0;
    const size_t n = SequenceLength(p, end, &invalid);
    if (n == 0) return static_cast<size_t>(p - begin);
    p += n;
  }
  return std::string_view::npos;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsBlank(std::string_view s) { return Trim(s).empty(); }

// Reads exactly `n` ASCII digits from the front of `s`.
bool TakeDigits(std::string_view* s, size_t n, int* value) {
  if (s->size() < n) return false;
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    const char c = (*s)[i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  s->remove_prefix(n);
  return true;
}

bool TakeChar(std::string_view* s, char c) {
  if (s->empty() || s->front() != c) return false;
  s->remove_prefix(1);
  return true;
}

// HH:MM[:SS[.fff]][Z|±HH[:MM]|±HHMM], the part of ISO 8601 that feeds use.
bool ValidTime(std::string_view s) {
  int hour, minute, second, zh, zm;
  if (!TakeDigits(&s, 2, &hour) || hour > 23) return false;
  if (!TakeChar(&s, ':') || !TakeDigits(&s, 2, &minute) || minute > 59) return false;
  if (TakeChar(&s, ':')) {
    if (!TakeDigits(&s, 2, &second) || second > 60) return false;  // 60: leap second
    if (TakeChar(&s, '.') || TakeChar(&s, ',')) {
      size_t digits = 0;
      while (!s.empty() && s.front() >= '0' && s.front() <= '9') s.remove_prefix(1), ++digits;
      if (digits == 0) return false;
    }
  }
  if (s.empty()) return true;
  if (s == "Z" || s == "z") return true;
  if (!TakeChar(&s, '+') && !TakeChar(&s, '-')) return false;
  if (!TakeDigits(&s, 2, &zh) || zh > 23) return false;
  if (s.empty()) return true;
  TakeChar(&s, ':');
  return TakeDigits(&s, 2, &zm) && zm <= 59 && s.empty();
}

// Cuts `s` for quoting in a message without splitting a UTF-8 sequence.
std::string Excerpt(std::string_view s) {
  constexpr size_t kMax = 40;
  if (s.size() <= kMax) return std::string(s);
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

std::string CountedSequences(size_t n) {
  return std::to_string(n) + (n == 1 ? " sequence" : " sequences");
}

}  // namespace

size_t RepairUtf8(std::string* text) {
  const size_t first = FirstInvalidUtf8(*text);
  if (first == std::string_view::npos) return 0;
  std::string out;
  out.reserve(text->size() + 16);
  out.append(*text, 0, first);
  const auto* p = reinterpret_cast<const unsigned char*>(text->data()) + first;
  const auto* end = reinterpret_cast<const unsigned char*>(text->data()) + text->size();
  size_t replaced = 0;
  while (p < end) {
    size_t invalid = 0;
    const size_t n = SequenceLength(p, end, &invalid);
    if (n > 0) {
      out.append(reinterpret_cast<const char*>(p), n);
      p += n;
    } else {
      out.append(kReplacement);
      ++replaced;
      p += invalid;
    }
  }
  *text = std::move(out);
  return replaced;
}

bool NormalizeDate(std::string_view in, std::string* out) {
  std::string_view s = Trim(in);
  const std::string_view day_part = s.substr(0, 10);
  int year, month, day;
  if (!TakeDigits(&s, 4, &year) || !TakeChar(&s, '-') || !TakeDigits(&s, 2, &month) ||
      !TakeChar(&s, '-') || !TakeDigits(&s, 2, &day)) {
    return false;
  }
  // One range for every date from outside (core/date.h): a year 10000 or
  // 0001 is a typo or hostile, and would break period arithmetic later.
  if (!InDateRange(Date{year, month, day})) return false;
  if (!s.empty()) {
    if (!TakeChar(&s, 'T') && !TakeChar(&s, 't') && !TakeChar(&s, ' ')) return false;
    if (!ValidTime(s)) return false;
  }
  out->assign(day_part);
  return true;
}

namespace ingest {
namespace {

namespace od = simdjson::ondemand;

// Deeper nesting than this in a news record is an attack or a bug, and the
// validator below recurses.
constexpr int kMaxDepth = 256;

enum class Format { kText, kJsonLines, kHtml, kWarc, kUnknown };

Format FormatOf(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonLines;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".warc") return Format::kWarc;
  return Format::kUnknown;
}

std::string TextId(const std::string& name) {
  if (name == "-") return "stdin";
  return std::filesystem::path(name).stem().string();
}

const char* TypeName(od::json_type type) {
  switch (type) {
    case od::json_type::array: return "an array";
    case od::json_type::object: return "an object";
    case od::json_type::number: return "a number";
    case od::json_type::string: return "a string";
    case od::json_type::boolean: return "a boolean";
    case od::json_type::null: return "null";
  }
  return "unknown";
}

// JSON number grammar; simdjson refuses integers beyond 64 bits and numbers
// out of double range, which are still valid JSON.
bool IsJsonNumber(std::string_view s, bool* is_integer) {
  size_t i = 0;
  const auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (i < s.size() && s[i] == '-') ++i;
  if (!digit(i)) return false;
  if (s[i] == '0') {
    ++i;
  } else {
    while (digit(i)) ++i;
  }
  *is_integer = true;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
    *is_integer = false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
    *is_integer = false;
  }
  return i == s.size();
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of a "\uXXXX" escape at `i`, or -1.
int EscapedUnit(std::string_view s, size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return -1;
  int unit = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int h = HexValue(s[k]);
    if (h < 0) return -1;
    unit = unit * 16 + h;
  }
  return unit;
}

// Rewrites each unpaired surrogate escape ("\ud800" alone) as "\ufffd", in
// place (same length). Such escapes are valid JSON that simdjson rejects, and
// they stand for text no better than invalid UTF-8. Outside strings a
// backslash is malformed anyway, so no string tracking is needed.
size_t RepairSurrogateEscapes(std::string* line) {
  size_t repaired = 0;
  std::string_view s = *line;
  for (size_t i = s.find('\\'); i != std::string_view::npos; i = s.find('\\', i)) {
    const int unit = EscapedUnit(s, i);
    if (unit < 0xD800 || unit > 0xDFFF) {
      i += 2;  // any other escape, including "\\"
      continue;
    }
    if (unit <= 0xDBFF) {
      const int next = EscapedUnit(s, i + 6);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        i += 12;
        continue;
      }
    }
    line->replace(i, 6, "\\ufffd");
    ++repaired;
    i += 6;
  }
  return repaired;
}

}  // namespace

// True when something other than whitespace follows the first complete
// top-level object or array. On Demand stops reading at the end of the
// object, so "{...} {...}" would otherwise lose the second record silently.
bool HasTrailingContent(std::string_view s) {
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"') {
      // Most of a record is string contents: jump from quote to quote with
      // memchr instead of testing every byte. A quote ends the string unless
      // an odd number of backslashes stands right before it.
      for (size_t q = i + 1;; ++q) {
        const void* hit = std::memchr(s.data() + q, '"', s.size() - q);
        if (hit == nullptr) return false;  // unterminated: simdjson says what is wrong
        q = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
        size_t backslashes = 0;
        while (q - backslashes > i + 1 && s[q - backslashes - 1] == '\\') ++backslashes;
        if (backslashes % 2 == 0) {
          i = q;
          break;
        }
      }
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth <= 0) {
      return !IsBlank(s.substr(i + 1));
    }
  }
  return false;  // unterminated: simdjson says what is wrong
}

// Walks a value completely. On Demand does not check what it skips, so a
// field we do not use must still be walked for a malformed line to be caught.
simdjson::error_code ValidateJson(od::value value, int depth) {
  if (depth > kMaxDepth) return simdjson::DEPTH_ERROR;
  od::json_type type;
  if (auto err = value.type().get(type)) return err;
  switch (type) {
    case od::json_type::array: {
      od::array array;
      if (auto err = value.get_array().get(array)) return err;
      for (auto element : array) {
        od::value v;
        if (auto err = std::move(element).get(v)) return err;
        if (auto err = ValidateJson(v, depth + 1)) return err;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::object: {
      od::object object;
      if (auto err = value.get_object().get(object)) return err;
      for (auto field_result : object) {
        od::field field;
        if (auto err = std::move(field_result).get(field)) return err;
        std::string_view key;
        if (auto err = field.unescaped_key().get(key)) return err;
        if (auto err = ValidateJson(field.value(), depth + 1)) return err;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::number: {
      const std::string_view token = value.raw_json_token();
      bool is_integer;
      return IsJsonNumber(Trim(token), &is_integer) ? simdjson::SUCCESS : simdjson::NUMBER_ERROR;
    }
    case od::json_type::string: {
      std::string_view s;
      return value.get_string().get(s);
    }
    case od::json_type::boolean: {
      bool b;
      return value.get_bool().get(b);
    }
    case od::json_type::null: {
      bool is_null = false;
      if (auto err = value.is_null().get(is_null)) return err;
      return is_null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
  }
  return simdjson::INCORRECT_TYPE;
}

namespace {

// Same for a document whose top level is not an object; `line` is all of it.
simdjson::error_code ValidateScalarOrArray(od::document& doc, od::json_type type,
                                           std::string_view line) {
  simdjson::error_code err = simdjson::SUCCESS;
  switch (type) {
    case od::json_type::array: {
      od::array array;
      if ((err = doc.get_array().get(array))) return err;
      for (auto element : array) {
        od::value v;
        if ((err = std::move(element).get(v))) return err;
        if ((err = ValidateJson(v, 1))) return err;
      }
      break;
    }
    case od::json_type::number: {
      bool is_integer;
      if (!IsJsonNumber(Trim(line), &is_integer)) err = simdjson::NUMBER_ERROR;
      break;
    }
    case od::json_type::string: {
      std::string_view s;
      err = doc.get_string().get(s);
      break;
    }
    case od::json_type::boolean: {
      bool b;
      err = doc.get_bool().get(b);
      break;
    }
    case od::json_type::null: {
      bool is_null = false;
      err = doc.is_null().get(is_null);
      if (!err && !is_null) err = simdjson::N_ATOM_ERROR;
      break;
    }
    case od::json_type::object:
      break;
  }
  return err;
}

}  // namespace

std::string MalformedJson(simdjson::error_code err) {
  return std::string("malformed JSON: ") + simdjson::error_message(err);
}

namespace {

// The dyad field a JSON key stands for under the --field mapping: a mapped
// key gives its target; a dyad name that was mapped away gives "" (kept
// only for validation).
std::string_view Canonical(const ReadOptions& options, std::string_view key) {
  if (options.fields.empty()) return key;
  for (const auto& [target, source] : options.fields) {
    if (key == source) return target;
  }
  for (const auto& [target, source] : options.fields) {
    if (key == target) return "";
  }
  return key;
}

std::string SourceOf(const ReadOptions& options, std::string_view target) {
  for (const auto& [t, source] : options.fields) {
    if (t == target) return source;
  }
  return std::string(target);
}

}  // namespace

std::string ParseJsonRecord(od::object& object, const ReadOptions& options, bool id_required,
                            Document* doc, std::vector<std::string>* warnings) {
  simdjson::error_code err;
  bool has_id = false, has_text = false;
  std::string problem;  // first field-level reason to reject
  std::optional<std::string> date, published;
  for (auto field_result : object) {
    od::field field;
    if ((err = std::move(field_result).get(field))) return MalformedJson(err);
    std::string_view raw_key;
    if ((err = field.unescaped_key().get(raw_key))) return MalformedJson(err);
    const std::string_view key = Canonical(options, raw_key);
    od::value value = field.value();
    od::json_type vtype;
    if ((err = value.type().get(vtype))) return MalformedJson(err);
    std::string_view s;
    if (key == "id") {
      if (vtype == od::json_type::string) {
        if ((err = value.get_string().get(s))) return MalformedJson(err);
        doc->id.assign(Trim(s));
        has_id = true;
        continue;
      }
      if (vtype == od::json_type::number) {
        // The token itself, so that integers beyond 64 bits survive.
        s = value.raw_json_token();
        bool is_integer = false;
        if (!IsJsonNumber(Trim(s), &is_integer)) {
          return MalformedJson(simdjson::NUMBER_ERROR);
        }
        if (is_integer) {
          doc->id.assign(Trim(s));
          has_id = true;
          continue;
        }
      }
      has_id = true;
      if (problem.empty()) {
        problem = "\"id\" must be a string or an integer, not " +
                  (vtype == od::json_type::number ? Excerpt(Trim(s)) : TypeName(vtype));
      }
    } else if (key == "text") {
      has_text = true;
      if (vtype == od::json_type::string) {
        if ((err = value.get_string().get(s))) return MalformedJson(err);
        doc->text.assign(Trim(s));
        continue;
      }
      if (problem.empty()) {
        problem = std::string("\"text\" is ") + TypeName(vtype) + ", not a string";
      }
    } else if (key == "title" || key == "url") {
      std::string& target = key == "title" ? doc->title : doc->url;
      if (vtype == od::json_type::string) {
        if ((err = value.get_string().get(s))) return MalformedJson(err);
        target.assign(Trim(s));
        continue;
      }
      if (vtype != od::json_type::null) {
        warnings->push_back("\"" + std::string(raw_key) + "\" is " + TypeName(vtype) +
                            ", not a string; ignored");
      }
    } else if (key == "date" || key == "published") {
      std::optional<std::string>& target = key == "date" ? date : published;
      if (vtype == od::json_type::string) {
        if ((err = value.get_string().get(s))) return MalformedJson(err);
        target.emplace(s);
        continue;
      }
      if (vtype != od::json_type::null) {
        warnings->push_back("\"" + std::string(raw_key) + "\" is " + TypeName(vtype) +
                            ", not a date; ignored");
      }
    }
    // Values we do not keep are still walked so that bad JSON is caught.
    if ((err = ValidateJson(value, 1))) return MalformedJson(err);
  }
  if (!problem.empty()) return problem;
  if (!has_id && id_required) return "record has no \"" + SourceOf(options, "id") + "\"";
  if (has_id && doc->id.empty()) return "\"" + SourceOf(options, "id") + "\" is empty";
  if (!has_text) return "record has no \"" + SourceOf(options, "text") + "\"";

  // "date" wins over "published" when both are usable.
  std::vector<std::string> bad_dates;
  for (const auto& [key, value] :
       {std::pair{"date", &date}, std::pair{"published", &published}}) {
    if (!value->has_value()) continue;
    if (NormalizeDate(**value, &doc->date)) break;
    bad_dates.push_back(std::string("\"") + key + "\" is not a date: \"" + Excerpt(**value) + "\"");
  }
  // A date that is there but wrong is not replaced by --date: the record
  // is rejected, so that nothing is coded or stored under a made-up day.
  // A bad field beside a usable one is only a warning.
  if (doc->date.empty() && !bad_dates.empty()) {
    return bad_dates.front() + " (YYYY-MM-DD or ISO 8601, " + kDateRangeText + ")";
  }
  for (std::string& w : bad_dates) warnings->push_back(std::move(w) + "; ignored");
  for (char& c : doc->title) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return "";
}

namespace {

// Turns JSON lines into documents; owns the reused parser.
class JsonLinesReader {
 public:
  JsonLinesReader(const std::string& name, const ReadOptions& options,
                  const DocumentSink& sink, ReadReport* report)
      : name_(name), options_(options), sink_(sink), report_(report) {}

  // `line` is the caller's scratch buffer: it is repaired and padded in place.
  void Line(std::string* line, uint64_t number) {
    if (IsBlank(*line)) return;
    ++report_->documents_read;
    const size_t repaired = RepairUtf8(line) + RepairSurrogateEscapes(line);
    if (line->capacity() < line->size() + simdjson::SIMDJSON_PADDING) {
      line->reserve(line->size() + simdjson::SIMDJSON_PADDING);
    }
    Document doc;
    warnings_.clear();
    std::string reason;
    if (!Parse(*line, &doc, &reason)) {
      report_->Reject(name_, number, std::move(reason));
      return;
    }
    doc.source = name_;
    doc.record = number;
    if (doc.date.empty()) doc.date = options_.default_date;
    if (repaired > 0) {
      ++report_->repaired_utf8;
      report_->Warn(name_, number,
                    "invalid UTF-8 or unpaired surrogates replaced with U+FFFD (" +
                        CountedSequences(repaired) + ")");
    }
    for (std::string& w : warnings_) report_->Warn(name_, number, std::move(w));
    ++report_->documents_passed;
    sink_(std::move(doc));
  }

 private:
  bool Parse(const std::string& line, Document* doc, std::string* reason) {
    if (HasTrailingContent(line)) {
      return Fail("malformed JSON: more content after the end of the record", reason);
    }
    od::document json;
    auto err = parser_
                   .iterate(simdjson::padded_string_view(line.data(), line.size(),
                                                         line.capacity()))
                   .get(json);
    if (err) return Fail(MalformedJson(err), reason);
    od::json_type type;
    if ((err = json.type().get(type))) return Fail(MalformedJson(err), reason);
    if (type != od::json_type::object) {
      if ((err = ValidateScalarOrArray(json, type, line))) return Fail(MalformedJson(err), reason);
      return Fail(std::string("top level is ") + TypeName(type) + ", not an object", reason);
    }
    od::object object;
    if ((err = json.get_object().get(object))) return Fail(MalformedJson(err), reason);
    *reason = ParseJsonRecord(object, options_, /*id_required=*/true, doc, &warnings_);
    return reason->empty();
  }

  static bool Fail(std::string why, std::string* reason) {
    *reason = std::move(why);
    return false;
  }

  const std::string& name_;
  const ReadOptions& options_;
  const DocumentSink& sink_;
  ReadReport* report_;
  od::parser parser_;
  std::vector<std::string> warnings_;
};

// `line` already holds the start of line `first_line` (bytes consumed while
// sniffing standard input); the rest of it and further lines come from `in`.
std::string TooLarge(const ReadOptions& options, const char* what) {
  return std::string(what) + " larger than the maximum document size of " +
         std::to_string(options.max_document_bytes) + " bytes (--max-document-bytes)";
}

// Cuts a byte stream, fed piece by piece, into the lines of a JSON Lines
// input. A line longer than the maximum document size is rejected and its
// bytes are dropped as they come: one line is all that is ever held.
class BoundedLines {
 public:
  BoundedLines(const std::string& name, const ReadOptions& options, const DocumentSink& sink,
               ReadReport* report, uint64_t first_line, std::string line)
      : name_(name), options_(options), report_(report), reader_(name, options, sink, report),
        number_(first_line), line_(std::move(line)) {}

  void Feed(std::string_view chunk) {
    while (!chunk.empty()) {
      const size_t nl = chunk.find('\n');
      const std::string_view part = chunk.substr(0, nl);
      if (!overlong_) {
        if (line_.size() + part.size() > options_.max_document_bytes) {
          overlong_ = true;
          std::string().swap(line_);
        } else {
          line_.append(part);
        }
      }
      if (nl == std::string_view::npos) return;
      EndLine();
      chunk.remove_prefix(nl + 1);
    }
  }
  void Finish() {
    if (!line_.empty() || overlong_) EndLine();
  }
  uint64_t number() const { return number_; }

 private:
  void EndLine() {
    if (overlong_) {
      ++report_->documents_read;
      report_->Reject(name_, number_, TooLarge(options_, "record"));
      overlong_ = false;
    } else {
      if (number_ == 1 && std::string_view(line_).starts_with(kByteOrderMark)) line_.erase(0, kByteOrderMark.size());
      reader_.Line(&line_, number_);
    }
    line_.clear();
    ++number_;
  }

  const std::string& name_;
  const ReadOptions& options_;
  ReadReport* report_;
  JsonLinesReader reader_;
  uint64_t number_;
  std::string line_;
  bool overlong_ = false;
};

Status ReadJsonLinesStream(std::istream& in, const std::string& name, uint64_t first_line,
                           std::string line, const ReadOptions& options,
                           const DocumentSink& sink, ReadReport* report) {
  BoundedLines lines(name, options, sink, report, first_line, std::move(line));
  std::vector<char> buf(size_t{1} << 16);
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
    lines.Feed(std::string_view(buf.data(), static_cast<size_t>(in.gcount())));
  }
  if (in.bad()) {
    return Status::IoError(name + ": read error at line " + std::to_string(lines.number()));
  }
  lines.Finish();
  return Status::Ok();
}

}  // namespace

Status ReadTextBuffer(std::string_view data, const std::string& name,
                      const ReadOptions& options, const DocumentSink& sink,
                      ReadReport* report) {
  ++report->documents_read;
  if (data.starts_with(kByteOrderMark)) data.remove_prefix(kByteOrderMark.size());
  Document doc;
  doc.id = TextId(name);
  doc.source = name;
  doc.record = 1;
  doc.date = options.default_date;

  std::string repaired_storage;
  size_t repaired = 0;
  uint64_t bad_line = 0;
  if (const size_t bad = FirstInvalidUtf8(data); bad != std::string_view::npos) {
    bad_line = 1 + std::count(data.begin(), data.begin() + bad, '\n');
    repaired_storage.assign(data);
    repaired = RepairUtf8(&repaired_storage);
    data = repaired_storage;
  }

  const std::string_view all = Trim(data);
  std::string_view body = all;
  if (const size_t nl = all.find('\n'); nl != std::string_view::npos) {
    const std::string_view rest = all.substr(nl + 1);
    if (IsBlank(rest.substr(0, rest.find('\n')))) {
      doc.title.assign(Trim(all.substr(0, nl)));
      body = Trim(rest);
    }
  }
  doc.text.assign(body);

  if (repaired > 0) {
    ++report->repaired_utf8;
    report->Warn(name, bad_line,
                 "invalid UTF-8 replaced with U+FFFD (" + CountedSequences(repaired) + ")");
  }
  ++report->documents_passed;
  sink(std::move(doc));
  return Status::Ok();
}

Status ReadJsonLinesBuffer(std::string_view data, const std::string& name,
                           const ReadOptions& options, const DocumentSink& sink,
                           ReadReport* report) {
  BoundedLines lines(name, options, sink, report, 1, "");
  lines.Feed(data);
  lines.Finish();
  return Status::Ok();
}

Status ReadSniffedStream(std::istream& in, const std::string& name, const ReadOptions& options,
                         const DocumentSink& sink, ReadReport* report) {
  // Leading whitespace is consumed to find the first byte; the newlines in it
  // still count for the line numbers of JSON Lines.
  std::string prefix;
  int c;
  while ((c = in.peek()) != std::char_traits<char>::eof() && IsAsciiSpace(static_cast<char>(c))) {
    prefix.push_back(static_cast<char>(in.get()));
  }
  if (c == '{') {
    const size_t last_newline = prefix.rfind('\n');
    const uint64_t skipped = std::count(prefix.begin(), prefix.end(), '\n');
    return ReadJsonLinesStream(
        in, name, skipped + 1,
        last_newline == std::string::npos ? prefix : prefix.substr(last_newline + 1), options,
        sink, report);
  }
  // One text document: read at most the maximum size (standard input may
  // not end, as from /dev/zero).
  std::string data = std::move(prefix);
  std::vector<char> buf(size_t{1} << 16);
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
    data.append(buf.data(), static_cast<size_t>(in.gcount()));
    if (data.size() > options.max_document_bytes) {
      ++report->documents_read;
      report->Reject(name, 1, TooLarge(options, "text document") + "; the rest of the input is not read");
      return Status::Ok();
    }
  }
  if (in.bad()) return Status::IoError(name + ": read error");
  return ReadTextBuffer(data, name, options, sink, report);
}

}  // namespace ingest

namespace {

// A file ReadDocuments knows, by its name without a compression extension.
ingest::Format FormatOfPath(const std::string& path, ingest::Codec* codec) {
  *codec = ingest::CodecOfName(path);
  return ingest::FormatOf(std::string(ingest::StripCodecExtension(path)));
}

Status ReadFile(const std::string& path, ingest::Format format, ingest::Codec codec,
                const ReadOptions& options, const DocumentSink& sink, ReadReport* report) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open: " + std::strerror(errno));

  if (format == ingest::Format::kJsonLines && codec == ingest::Codec::kNone) {
    return ingest::ReadJsonLinesStream(in, path, 1, "", options, sink, report);
  }
  if ((format == ingest::Format::kText || format == ingest::Format::kHtml) && codec == ingest::Codec::kNone) {
    std::error_code ec;
    if (const auto size = std::filesystem::file_size(path, ec); !ec && size > options.max_document_bytes) {
      ++report->documents_read;
      report->Reject(path, 1, ingest::TooLarge(options, "document"));
      return Status::Ok();
    }
  }
  if (format == ingest::Format::kWarc) {
    // Plain or compressed as the first bytes say, whatever the name.
    return ingest::ReadWarcStream(in, path, options, sink, report);
  }
  // The file is decoded as it is read: neither it nor its decoded bytes are
  // held beyond one line (JSON Lines) or one document.
  ingest::DecodingReader reader(in, codec);
  std::vector<char> buf(size_t{1} << 16);
  if (format == ingest::Format::kJsonLines) {
    ingest::BoundedLines lines(path, options, sink, report, 1, "");
    while (const size_t n = reader.Read(buf.data(), buf.size())) lines.Feed(std::string_view(buf.data(), n));
    if (reader.read_error()) {
      return Status::IoError(path + ": read error at line " + std::to_string(lines.number()));
    }
    const std::string& problem = reader.problem();
    if (!problem.empty() && reader.decoded() == 0) return Status::InvalidArgument(path + ": " + problem);
    lines.Finish();
    if (!problem.empty()) report->Warn(path, 0, problem + "; the data before the damage is read");
    return Status::Ok();
  }
  std::string data;
  while (const size_t n = reader.Read(buf.data(), buf.size())) {
    if (data.size() + n > options.max_document_bytes) {
      // Over the limit, not damaged: one document too large, not read on.
      ++report->documents_read;
      report->Reject(path, 1,
                     ingest::TooLarge(options, codec == ingest::Codec::kNone ? "document" : "decompressed document"));
      return Status::Ok();
    }
    data.append(buf.data(), n);
  }
  if (reader.read_error()) return Status::IoError(path + ": read error");
  if (const std::string& problem = reader.problem(); !problem.empty()) {
    if (data.empty()) return Status::InvalidArgument(path + ": " + problem);
    report->Warn(path, 0, problem + "; the data before the damage is read");
  }
  if (format == ingest::Format::kHtml) return ingest::ReadHtmlBuffer(data, path, options, sink, report);
  return ingest::ReadTextBuffer(data, path, options, sink, report);
}

// Every file under `folder`, recursively, following links to folders. What
// cannot be read is a counted warning naming it (ReadReport::skipped_entries):
// unreadable folders, dangling links, link loops (a folder met again on its
// own path), FIFOs, sockets and devices. Hidden files (".name") are left out
// on purpose and not reported. Files of an unknown format are counted in
// *others.
void WalkFolder(const std::string& folder, ReadReport* report, std::vector<std::string>* files,
                uint64_t* others) {
  namespace fs = std::filesystem;
  struct Dir {
    fs::path path;
    std::vector<std::pair<dev_t, ino_t>> ancestors;  // for loops
  };
  auto skip = [report](const fs::path& p, const std::string& why) {
    ++report->skipped_entries;
    report->Warn(p.string(), 0, "skipped: " + why);
  };
  struct stat top;
  if (::stat(folder.c_str(), &top) != 0) return;
  std::vector<Dir> todo = {{fs::path(folder), {{top.st_dev, top.st_ino}}}};
  while (!todo.empty()) {
    Dir dir = std::move(todo.back());
    todo.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir.path, ec);
    if (ec) {
      skip(dir.path, "cannot read the folder: " + ec.message());
      continue;
    }
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path p = it->path();
      if (p.filename().string().starts_with(".")) continue;
      struct stat st;
      if (::stat(p.c_str(), &st) != 0) {
        const int err = errno;
        struct stat lst;
        if (err == ELOOP) {
          skip(p, "symbolic link loop");
        } else if (::lstat(p.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode) && err == ENOENT) {
          skip(p, "dangling symbolic link (its target does not exist)");
        } else {
          skip(p, std::strerror(err));
        }
        continue;
      }
      if (S_ISDIR(st.st_mode)) {
        const std::pair<dev_t, ino_t> id{st.st_dev, st.st_ino};
        if (std::find(dir.ancestors.begin(), dir.ancestors.end(), id) != dir.ancestors.end()) {
          skip(p, "link loop: a folder that contains it");
          continue;
        }
        Dir sub{p, dir.ancestors};
        sub.ancestors.push_back(id);
        todo.push_back(std::move(sub));
      } else if (S_ISREG(st.st_mode)) {
        ingest::Codec codec;
        if (FormatOfPath(p.string(), &codec) == ingest::Format::kUnknown) {
          ++*others;
        } else {
          files->push_back(p.string());
        }
      } else {
        skip(p, S_ISFIFO(st.st_mode) ? "a FIFO, not a file" : S_ISSOCK(st.st_mode) ? "a socket, not a file"
                                                                                 : "a device, not a file");
      }
    }
    if (ec) skip(dir.path, "cannot list the whole folder: " + ec.message());
  }
}

}  // namespace

std::string ingest::WithoutPrefix(const std::string& message, const std::string& file) {
  const std::string prefix = file + ": ";
  return message.starts_with(prefix) ? message.substr(prefix.size()) : message;
}

Status ReadDocuments(const std::string& path, const ReadOptions& options,
                     const DocumentSink& sink, ReadReport* report) {
  if (path == "-") return ingest::ReadSniffedStream(std::cin, path, options, sink, report);

  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) {
    if (ec == std::errc::too_many_symbolic_link_levels) return Status::InvalidArgument(path + ": symbolic link loop");
    std::error_code lec;
    if (std::filesystem::is_symlink(std::filesystem::symlink_status(path, lec))) {
      return Status::NotFound(path + ": dangling symbolic link (its target does not exist)");
    }
    if (ec && ec != std::errc::no_such_file_or_directory) return Status::IoError(path + ": " + ec.message());
    return Status::NotFound(path + ": no such file");
  }
  ingest::Codec codec;
  if (std::filesystem::is_directory(status)) {
    std::vector<std::string> files;
    uint64_t others = 0;
    WalkFolder(path, report, &files, &others);
    if (files.empty()) {
      return Status::InvalidArgument(path + ": folder holds no input files (" +
                                     std::to_string(others) + " files of unknown format)");
    }
    // Sorted so that runs are repeatable whatever order the file system has.
    std::sort(files.begin(), files.end());
    if (others > 0) {
      report->Warn(path, 0, std::to_string(others) + " files of unknown format skipped");
    }
    for (const std::string& file : files) {
      const ingest::Format format = FormatOfPath(file, &codec);
      if (Status st = ReadFile(file, format, codec, options, sink, report); !st.ok()) {
        report->Reject(file, 0, ingest::WithoutPrefix(st.message(), file));
      }
    }
    return Status::Ok();
  }
  const ingest::Format format = FormatOfPath(path, &codec);
  if (format == ingest::Format::kUnknown) {
    return Status::InvalidArgument(
        path + ": unknown input format (expected .txt, .jsonl, .html, .htm or .warc, "
               "optionally .gz; .jsonl also .zst)");
  }
  return ReadFile(path, format, codec, options, sink, report);
}

}  // namespace dyad
