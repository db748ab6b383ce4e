#include "ingest/charset.h"

#include <algorithm>
#include <cctype>

#include "dyad/document.h"
#include "core/strings.h"

namespace dyad::ingest {
namespace {

// Value after "charset=" in `s` (already lower-cased), without quotes.
std::string CharsetAfter(std::string_view s) {
  const size_t at = s.find("charset");
  if (at == std::string_view::npos) return "";
  size_t i = at + 7;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (i >= s.size() || s[i] != '=') return "";
  ++i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '"' || s[i] == '\'')) ++i;
  size_t j = i;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' ||
                          s[j] == '_' || s[j] == ':' || s[j] == '.')) {
    ++j;
  }
  return std::string(s.substr(i, j - i));
}

// windows-1252 0x80..0x9F; 0 where the code page has a hole (kept as C1).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0};

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool IsWindows1252Family(std::string_view cs) {
  return cs == "iso-8859-1" || cs == "iso8859-1" || cs == "latin1" || cs == "latin-1" ||
         cs == "l1" || cs == "windows-1252" || cs == "cp1252" || cs == "x-cp1252" ||
         cs == "us-ascii" || cs == "ascii" || cs == "iso_8859-1" || cs == "cp819";
}

bool IsUtf8Label(std::string_view cs) {
  return cs.empty() || cs == "utf-8" || cs == "utf8" || cs == "unicode-1-1-utf-8";
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  return CharsetAfter(AsciiLower(content_type));
}

std::string SniffMetaCharset(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, 4096));
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const size_t end = head.find('>', at);
    const std::string_view tag =
        std::string_view(head).substr(at, end == std::string::npos ? std::string::npos : end - at);
    std::string cs = CharsetAfter(tag);
    if (!cs.empty()) return cs;
  }
  return "";
}

bool ToUtf8(std::string_view data, std::string_view charset, std::string* out,
            std::string* note) {
  const std::string cs = AsciiLower(charset);
  if (IsWindows1252Family(cs)) {
    out->clear();
    out->reserve(data.size() + data.size() / 8);
    for (unsigned char c : data) {
      if (c < 0x80) {
        out->push_back(static_cast<char>(c));
      } else if (c < 0xA0 && kCp1252High[c - 0x80] != 0) {
        AppendUtf8(kCp1252High[c - 0x80], out);
      } else {
        AppendUtf8(c, out);
      }
    }
    return true;
  }
  out->assign(data);
  const size_t repaired = RepairUtf8(out);
  if (!IsUtf8Label(cs)) {
    *note = "charset \"" + cs + "\" is not supported; read as UTF-8" +
            (repaired ? " with " + std::to_string(repaired) + " invalid sequences replaced" : "");
    return false;
  }
  if (repaired) {
    *note = "invalid UTF-8 replaced with U+FFFD (" + std::to_string(repaired) + " sequences)";
    return false;
  }
  return true;
}

}  // namespace dyad::ingest
