#include "tag/pretokenized.h"

namespace dyad::tag {
namespace {

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsAlpha(unsigned char c) { return IsUpper(c) || IsLower(c) || c >= 0x80; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace

uint16_t WordShapeFlags(std::string_view w) {
  uint16_t flags = 0;
  if (w.empty()) return flags;
  int letters = 0, uppers = 0, alnum = 0;
  bool number = IsDigit(w[0]) || (w.size() > 1 && w[0] == '.' && IsDigit(w[1]));
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = w[i];
    if (IsDigit(c)) {
      flags |= kTokHasDigit;
      ++alnum;
    } else if (c == ',' || c == '.') {
      // separators inside numbers only
      if (i + 1 == w.size() || !IsDigit(w[i + 1])) number = false;
    } else {
      number = false;
    }
    if (IsAlpha(c)) {
      ++letters;
      ++alnum;
      if (IsUpper(c)) ++uppers;
    }
    if (c == '-' && i > 0 && i + 1 < w.size() && IsAlpha(w[i - 1]) && IsAlpha(w[i + 1])) {
      flags |= kTokHyphenated;
    }
  }
  for (unsigned char c : w) {
    if (IsAlpha(c)) {
      if (IsUpper(c)) flags |= kTokCapitalized;
      break;
    }
    if (IsDigit(c)) break;
  }
  if (letters >= 2 && uppers == letters) flags |= kTokAllCaps;
  if (number) flags |= kTokNumber;
  if (alnum == 0) flags |= kTokPunct;
  if (w == "\"" || w == "'" || w == "`") flags |= kTokQuote;
  if (w.size() > 1 && w.back() == '.' && letters > 0) flags |= kTokAbbreviation;
  return flags;
}

std::string_view NormalizeTreebankWord(std::string_view w) {
  if (w == "``" || w == "''") return "\"";
  if (w == "-LRB-") return "(";
  if (w == "-RRB-") return ")";
  if (w == "-LSB-") return "[";
  if (w == "-RSB-") return "]";
  if (w == "-LCB-") return "{";
  if (w == "-RCB-") return "}";
  return w;
}

void BuildPretokenized(const std::vector<std::vector<std::string>>& sentences, std::string* text,
                       Analysis* a) {
  a->Clear();
  text->clear();
  for (const auto& s : sentences) {
    Sentence sent;
    sent.begin = static_cast<uint32_t>(text->size());
    sent.first_token = static_cast<uint32_t>(a->tokens.size());
    for (size_t i = 0; i < s.size(); ++i) {
      if (i) text->push_back(' ');
      Token t;
      t.begin = static_cast<uint32_t>(text->size());
      text->append(s[i]);
      t.end = static_cast<uint32_t>(text->size());
      std::string_view norm = NormalizeTreebankWord(s[i]);
      t.norm_off = static_cast<uint32_t>(a->arena.size());
      t.norm_len = static_cast<uint16_t>(norm.size());
      a->arena.append(norm);
      t.lower_off = static_cast<uint32_t>(a->arena.size());
      t.lower_len = t.norm_len;
      for (char c : norm) a->arena.push_back(IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c);
      t.flags = WordShapeFlags(norm);
      if (i == 0) t.flags |= kTokSentenceStart;
      a->tokens.push_back(t);
    }
    sent.end = static_cast<uint32_t>(text->size());
    sent.end_token = static_cast<uint32_t>(a->tokens.size());
    a->sentences.push_back(sent);
    text->push_back('\n');
  }
  a->text = *text;
}

}  // namespace dyad::tag
