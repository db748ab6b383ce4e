// Tokeniser and sentence splitter for news text.
//
// Two passes over one document. The tokeniser walks the bytes once with a
// 256-entry class table (ASCII is the fast path; other code points are decoded
// and classified with a short switch, then utf8proc's category) and appends
// Penn-Treebank-style tokens with their normalised and lower-cased forms to
// the Analysis arena. It also records a one-byte "kind" per token in a
// thread-local scratch vector, so that the splitter can reason about quotes,
// brackets and terminal punctuation without looking at strings again. The
// splitter then groups tokens into sentences using the news rules (titles,
// datelines, list items, line breaks, abbreviations, quotations).
//
// Nothing here allocates per token: the output vectors are reserved per
// document and reused across documents when the caller reuses the Analysis.
#include "text/segmenter.h"

#include "core/prefilters.h"
#include "core/words.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace dyad::text {
namespace {

// Longer "words" (base64 blobs, runs of letters in garbage input) are cut so
// that norm_len and lower_len (uint16_t) cannot overflow.
constexpr size_t kMaxWordBytes = 1024;
// Text without any punctuation or line breaks would otherwise make one
// sentence of unbounded length, which later quadratic-ish stages dislike.
constexpr size_t kMaxSentenceTokens = 400;

// What the splitter needs to know about a token beyond its flags.
enum Kind : uint8_t {
  kWord,
  kPeriod,       // .
  kTerminal,     // ? ! and runs of them
  kEllipsis,     // ... or …
  kOpenQuote,
  kCloseQuote,
  kPossessive,   // the ' of "soldiers'"
  kOpenBracket,
  kCloseBracket,
  kComma,
  kSemicolon,
  kColon,
  kDash,         // -- — – and a free-standing -
  kBullet,       // list bullet at the start of a line
  kOther,
};

// Byte classes for the dispatch table.
enum ByteClass : uint8_t { kBcSpace, kBcNewline, kBcWord, kBcPunct, kBcHigh };

constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t k = kBcPunct;
    if (c < 0x20 || c == 0x7f) k = kBcSpace;  // control characters
    if (c == ' ') k = kBcSpace;
    if (c == '\n' || c == '\r') k = kBcNewline;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') k = kBcWord;
    if (c >= 0x80) k = kBcHigh;
    t[c] = k;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();

// Classes of a word's bytes for AsciiWordFlags.
enum : uint8_t {
  kWbLower = 1,
  kWbUpper = 2,
  kWbDigit = 4,
  kWbNumPunct = 8,  // , and . (inside numbers)
  kWbHyphen = 16,
  kWbOther = 32,
  kWbHigh = 64,
};

constexpr std::array<uint8_t, 256> MakeWordBytes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t k = kWbOther;
    if (c >= 'a' && c <= 'z') k = kWbLower;
    if (c >= 'A' && c <= 'Z') k = kWbUpper;
    if (c >= '0' && c <= '9') k = kWbDigit;
    if (c == ',' || c == '.') k = kWbNumPunct;
    if (c == '-') k = kWbHyphen | kWbOther;
    if (c >= 0x80) k = kWbHigh;
    t[c] = k;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kWordByte = MakeWordBytes();

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAlpha(unsigned char c) { return IsUpper(c) || IsLower(c); }
inline bool IsAlnum(unsigned char c) { return IsAlpha(c) || IsDigit(c); }
inline bool IsAsciiSpace(unsigned char c) { return kByteClass[c] == kBcSpace || kByteClass[c] == kBcNewline; }
inline char AsciiLower(unsigned char c) { return IsUpper(c) ? static_cast<char>(c + 32) : static_cast<char>(c); }

// AsciiLower on each byte of `n` (ASCII only) written to `out`, eight or four
// bytes at once: a byte from 'A' to 'Z' gains 0x20. (Adding 0x3f sets a byte's
// top bit from 'A' up, adding 0x25 from past 'Z'; no byte under 0x80 carries
// into the next.) The last step overlaps the one before rather than looping
// over the one to seven bytes left.
template <typename U>
inline void LowerAsciiWord(const unsigned char* n, char* out) {
  constexpr U kOnes = static_cast<U>(0x0101010101010101ull);
  U x;
  std::memcpy(&x, n, sizeof x);
  const U upper = (x + kOnes * 0x3f) & ~(x + kOnes * 0x25) & (kOnes * 0x80);
  x |= upper >> 2;
  std::memcpy(out, &x, sizeof x);
}
inline void LowerAscii(const unsigned char* n, size_t len, char* out) {
  if (len >= 8) {
    for (size_t i = 0; i + 8 < len; i += 8) LowerAsciiWord<uint64_t>(n + i, out + i);
    LowerAsciiWord<uint64_t>(n + len - 8, out + len - 8);
  } else if (len >= 4) {
    LowerAsciiWord<uint32_t>(n, out);
    LowerAsciiWord<uint32_t>(n + len - 4, out + len - 4);
  } else {
    for (size_t i = 0; i < len; ++i) out[i] = AsciiLower(n[i]);
  }
}

// Classes of non-ASCII code points.
enum class Uc : uint8_t {
  kLetter,       // anything that can be part of a word (letters, marks, digits, invalid bytes)
  kSpace,
  kNewline,
  kParagraph,    // U+2029: a blank line
  kTransparent,  // soft hyphen, joiners, BOM: dropped from the normalised form
  kOpenDq,
  kCloseDq,
  kOpenSq,
  kApos,         // ’ : apostrophe or closing single quote
  kModApos,      // ʼ : apostrophe
  kDash,
  kHyphen,       // U+2010, U+2011: a hyphen that may join words
  kMinus,
  kEllipsis,
  kBullet,
  kSymbol,       // other punctuation and symbols: one token each
};

Uc Classify(int32_t cp) {
  if (cp < 0) return Uc::kLetter;
  switch (cp) {
    case 0x85: case 0x2028: return Uc::kNewline;
    case 0x2029: return Uc::kParagraph;
    case 0x200B: return Uc::kSpace;
    case 0xAD: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: return Uc::kTransparent;
    case 0x201C: case 0x201E: case 0x201F: case 0xAB: return Uc::kOpenDq;
    case 0x201D: case 0xBB: return Uc::kCloseDq;
    case 0x2018: case 0x201A: case 0x201B: case 0x2039: return Uc::kOpenSq;
    case 0x2019: case 0x203A: return Uc::kApos;
    case 0x02BC: return Uc::kModApos;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B: return Uc::kDash;
    case 0x2010: case 0x2011: return Uc::kHyphen;
    case 0x2212: return Uc::kMinus;
    case 0x2026: return Uc::kEllipsis;
    case 0x2022: case 0x2023: case 0x2043: case 0x25AA: case 0x25A0: case 0x25CF: case 0x25E6: case 0xB7:
      return Uc::kBullet;
    default: break;
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC: return Uc::kSpace;
    case UTF8PROC_CATEGORY_ZL: return Uc::kNewline;
    case UTF8PROC_CATEGORY_ZP: return Uc::kParagraph;
    case UTF8PROC_CATEGORY_CF: return Uc::kTransparent;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
      return Uc::kSymbol;
    default: return Uc::kLetter;
  }
}

// Abbreviations that keep their period (case-sensitive, without the period).
const std::unordered_set<std::string_view>& Abbreviations() {
  static const auto* set = new std::unordered_set<std::string_view>{
      // Titles and ranks.
      "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cmdt", "Sgt",
      "Cpl", "Pvt", "Adm", "Brig", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Amb", "Supt",
      "Insp", "Det", "Atty", "Sr", "Jr", "St", "Mt", "Ft", "Sec", "Gens",
      // Months (May has no period).
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      // Companies and organisations.
      "Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Dept", "Univ", "Assn", "Govt",
      // U.S. states in AP style.
      "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
      "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
      "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
      // Streets.
      "Ave", "Blvd", "Rd",
      // Lower case.
      "etc", "vs", "al", "approx", "est", "cf", "ca", "viz",
  };
  return *set;
}

// Abbreviations that only keep their period before a number ("No. 1").
bool IsNumberAbbreviation(std::string_view w) {
  return w == "No" || w == "Nos" || w == "no" || w == "Fig" || w == "Art" || w == "Vol" || w == "Nr";
}

// Lower-cased words that, capitalised after an abbreviation, show that the
// abbreviation ended the sentence ("... in the U.S. The talks ...").
const std::unordered_set<std::string_view>& SentenceStarters() {
  static const auto* set = new std::unordered_set<std::string_view>{
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
      "there", "here", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "so", "yet",
      "in", "on", "at", "for", "if", "when", "while", "after", "before", "as", "however", "meanwhile",
      "some", "many", "most", "other", "others", "one", "both", "all", "each", "every", "several", "few",
      "last", "earlier", "later", "according", "since", "although", "though", "despite", "during",
      "under", "also", "then", "still", "now", "today", "yesterday", "what", "why", "how", "who", "where",
      "which", "neither", "either", "such", "because", "instead", "thus", "moreover", "nevertheless",
      "indeed", "officials", "no", "not", "more", "until", "from", "with", "by", "to", "about",
  };
  return *set;
}

// The fast path of internal::AsciiWordFlags, inlined into the tokenizer.
inline uint16_t AsciiFlags(std::string_view norm, bool* has_upper, bool* non_ascii) {
  const unsigned char* n = reinterpret_cast<const unsigned char*>(norm.data());
  const size_t len = norm.size();
  // One OR over the bytes' classes answers every flag but the first letter's
  // case, the hyphen's position and the count of capitals, which only rare
  // words need looked at again.
  // (Four bytes a step: the loop's own count and branch were half its cost.)
  unsigned any = 0;
  size_t i = 0;
  for (; i + 4 <= len; i += 4) any |= kWordByte[n[i]] | kWordByte[n[i + 1]] | kWordByte[n[i + 2]] | kWordByte[n[i + 3]];
  switch (len - i) {
    case 3:
      any |= kWordByte[n[i + 2]];
      [[fallthrough]];
    case 2:
      any |= kWordByte[n[i + 1]];
      [[fallthrough]];
    case 1:
      any |= kWordByte[n[i]];
      break;
    default:
      break;
  }
  if (any & kWbHigh) return internal::WordFlags(norm, has_upper, non_ascii);
  *non_ascii = false;
  *has_upper = (any & kWbUpper) != 0;
  uint16_t f = 0;
  if (any & kWbUpper) {
    i = 0;
    while (!(kWordByte[n[i]] & (kWbUpper | kWbLower))) ++i;
    if (kWordByte[n[i]] & kWbUpper) f |= kTokCapitalized;
    if (!(any & kWbLower)) {
      size_t uppers = 0;
      for (size_t j = i; j < len && uppers < 2; ++j) uppers += (kWordByte[n[j]] & kWbUpper) != 0;
      if (uppers >= 2) f |= kTokAllCaps;
    }
  }
  if (any & kWbDigit) {
    f |= kTokHasDigit;
    if (!(any & ~(kWbDigit | kWbNumPunct)) && IsDigit(n[0])) f |= kTokNumber;
  }
  if ((any & kWbHyphen) && len >= 3 && std::memchr(n + 1, '-', len - 2) != nullptr) f |= kTokHyphenated;
  return f;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, Analysis* out, std::vector<uint8_t>* kinds)
      : s_(reinterpret_cast<const unsigned char*>(text.data())), out_(out), kinds_(kinds) {}

  // Appends the tokens of text[begin, end). Tokens never cross `end`.
  void Run(size_t begin, size_t end);

 private:
  int Decode(size_t p, int32_t* cp) const {
    utf8proc_ssize_t n = utf8proc_iterate(s_ + p, static_cast<utf8proc_ssize_t>(end_ - p), cp);
    if (n <= 0) {
      *cp = -1;
      return 1;
    }
    return static_cast<int>(n);
  }
  Uc ClassAt(size_t p, int* len) const {
    int32_t cp;
    *len = Decode(p, &cp);
    return Classify(cp);
  }
  // A character that can start or continue a word.
  bool WordCharAt(size_t p) const {
    if (p >= end_) return false;
    unsigned char c = s_[p];
    if (c < 0x80) return kByteClass[c] == kBcWord;
    int len;
    return ClassAt(p, &len) == Uc::kLetter;
  }
  bool LetterAt(size_t p) const {
    if (p >= end_) return false;
    unsigned char c = s_[p];
    if (c < 0x80) return IsAlpha(c);
    int len;
    return ClassAt(p, &len) == Uc::kLetter;
  }
  bool DigitAt(size_t p) const { return p < end_ && IsDigit(s_[p]); }
  bool UpperAt(size_t p) const { return p < end_ && IsUpper(s_[p]); }
  bool AlnumAt(size_t p) const { return p < end_ && IsAlnum(s_[p]); }

  // True when the character before p leaves room for an opening quote:
  // start of range, space, opening bracket, dash or another opening quote.
  bool OpenContextBefore(size_t p) const;
  // True when the character at p can follow a closing quote.
  bool CloseContextAt(size_t p) const;

  size_t ScanWord(size_t s, size_t prefix);
  size_t ScanAsciiPunct(size_t p);
  size_t ScanHigh(size_t p);
  size_t DoubleQuote(size_t p, size_t len, int glyph /* 0 ambiguous, 1 open, -1 close */);
  size_t SingleQuote(size_t p, size_t len, bool open_glyph);
  bool IsAbbreviation(size_t s, size_t p, bool inner_dot, size_t max_seg) const;
  bool SpacedHyphenJoins(size_t b, size_t e, size_t next, bool look_ahead = true) const;
  bool ClosingDashAhead(size_t from) const;
  bool GroupedDigits(size_t b, size_t e) const;
  bool GroupAfter(size_t p) const;

  void EmitWord(size_t b, size_t e, bool high, uint16_t extra_flags, Kind kind);
  void EmitPunct(size_t b, size_t e, std::string_view norm, uint16_t flags, Kind kind);
  void Push(Token& t, Kind kind) {
    if (line_start_) {
      t.flags |= kTokLineStart;
      line_start_ = false;
    }
    out_->tokens.push_back(t);
    kinds_->push_back(kind);
  }

  const unsigned char* s_;
  Analysis* out_;
  std::vector<uint8_t>* kinds_;
  size_t begin_ = 0, end_ = 0;
  size_t range_first_token_ = 0;
  bool line_start_ = true;
  bool in_dq_ = false;  // inside a double quotation (for ambiguous quotes)
  bool in_sq_ = false;  // inside a single quotation
};

void Tokenizer::Run(size_t begin, size_t end) {
  begin_ = begin;
  end_ = end;
  range_first_token_ = out_->tokens.size();
  line_start_ = true;
  in_dq_ = in_sq_ = false;
  size_t p = begin;
  while (p < end) {
    unsigned char c = s_[p];
    switch (kByteClass[c]) {
      case kBcSpace: ++p; break;
      case kBcNewline: line_start_ = true; ++p; break;
      case kBcWord: p = ScanWord(p, 0); break;
      case kBcPunct: p = ScanAsciiPunct(p); break;
      default: p = ScanHigh(p); break;
    }
  }
}

bool Tokenizer::OpenContextBefore(size_t p) const {
  if (p <= begin_) return true;
  unsigned char c = s_[p - 1];
  if (c < 0x80) {
    return IsAsciiSpace(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == '/' || c == '`';
  }
  size_t q = p - 1;
  while (q > begin_ && p - q < 4 && (s_[q] & 0xC0) == 0x80) --q;
  int len;
  Uc u = ClassAt(q, &len);
  if (q + static_cast<size_t>(len) != p) return false;
  return u == Uc::kSpace || u == Uc::kNewline || u == Uc::kParagraph || u == Uc::kDash ||
         u == Uc::kOpenDq || u == Uc::kOpenSq;
}

bool Tokenizer::CloseContextAt(size_t p) const {
  if (p >= end_) return true;
  unsigned char c = s_[p];
  if (c < 0x80) {
    return IsAsciiSpace(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
           c == ')' || c == ']' || c == '}' || c == '-' || c == '\'' || c == '"';
  }
  int len;
  Uc u = ClassAt(p, &len);
  return u != Uc::kLetter && u != Uc::kOpenDq && u != Uc::kOpenSq;
}

bool Tokenizer::IsAbbreviation(size_t s, size_t p, bool inner_dot, size_t max_seg) const {
  // Initialisms: U.S, U.N, e.g, a.m, Ph.D (every segment at most two letters).
  if (inner_dot) return max_seg <= 2;
  // Initials: "George W. Bush", "J. Smith", but not "posted on X." or
  // "plan b.", where a lower-case word comes before the letter.
  if (p - s == 1) {
    if (!IsUpper(s_[s])) return false;
    const auto& toks = out_->tokens;
    if (toks.size() <= range_first_token_ || kinds_->back() != kWord) return true;
    return (toks.back().flags & kTokCapitalized) != 0;
  }
  if (p - s > 7) return false;
  std::string_view w(reinterpret_cast<const char*>(s_ + s), p - s);
  if (Abbreviations().count(w)) return true;
  if (IsNumberAbbreviation(w)) {
    size_t q = p + 1;
    while (q < end_ && s_[q] == ' ') ++q;
    return DigitAt(q);
  }
  return false;
}

// Whether " - " after the word part [b, e) joins it to the word at `next`:
// a capitalised part before a capitalised word ("Jean - Pierre", "Bosnia -
// Herzegovina"), a lowercase name particle before a capitalised word ("al -
// Sarraj"), a capitalised part before a participle ("US - backed", "Saudi -
// led"), or a prefix that never stands alone ("anti - government", "so -
// called"). Only ASCII letters are read; anything else stays a dash.
bool Tokenizer::SpacedHyphenJoins(size_t b, size_t e, size_t next, bool look_ahead) const {
  if (e <= b || e - b > 24) return false;
  size_t ne = next;
  while (ne < end_ && ne - next < 24 && IsAlpha(s_[ne])) ++ne;
  if (ne == next || (ne < end_ && (s_[ne] >= 0x80 || IsDigit(s_[ne])))) return false;
  // A count before a unit of time or size: "a 48 - hour blockade", "a 27 -
  // month sentence".
  static constexpr std::string_view kUnits[] = {"hour", "day", "week", "month", "year", "decade", "minute",
                                                "kilometer", "kilometre", "mile", "member", "nation", "point"};
  auto is_unit = [&](std::string_view x) {
    return std::find(std::begin(kUnits), std::end(kUnits), x) != std::end(kUnits);
  };
  if (IsDigit(s_[b])) {
    for (size_t i = b; i < e; ++i) {
      if (!IsDigit(s_[i])) return false;
    }
    if (ne - next > 12) return false;
    char unit[12];
    for (size_t i = 0; i < ne - next; ++i) unit[i] = AsciiLower(s_[next + i]);
    return is_unit(std::string_view(unit, ne - next));
  }
  if (!IsAlpha(s_[b]) || !IsAlpha(s_[e - 1])) return false;
  char before[25], after[25];
  const size_t nb = e - b, na = ne - next;
  for (size_t i = 0; i < nb; ++i) before[i] = AsciiLower(s_[b + i]);
  for (size_t i = 0; i < na; ++i) after[i] = AsciiLower(s_[next + i]);
  const std::string_view w(before, nb), x(after, na);
  const bool upper_before = IsUpper(s_[b]), upper_after = IsUpper(s_[next]);
  // Parts of names written in lower case after a hyphen: the Persian
  // linking vowel ("Mazar - i - Sharif", "Hezb - e - Islami") and the last
  // syllable of a Korean given name ("Kim Jong - un"); none is an English word.
  static constexpr std::string_view kNameLinks[] = {"i", "e"};
  static constexpr std::string_view kNameTails[] = {"i", "e", "un", "il"};
  if (upper_after) {
    // "treaties with Israel - Egypt and Jordan - also criticised": a second
    // spaced hyphen further on in the sentence closes a pair of dashes
    // around an aside, so the first is a dash, not a joined name.
    if (upper_before) return !look_ahead || !ClosingDashAhead(ne);
    return OneOf(w, kArabicNameParticles) || OneOf(w, kNameLinks);
  }
  if (upper_before && OneOf(x, kNameTails)) return true;
  if (upper_before) {
    static constexpr std::string_view kParticiples[] = {"led", "backed", "based", "held", "run", "born", "owned",
                                                        "controlled", "allied", "sponsored", "funded", "brokered",
                                                        "aligned", "leaning", "speaking", "made"};
    return std::find(std::begin(kParticiples), std::end(kParticiples), x) != std::end(kParticiples);
  }
  static constexpr std::string_view kPrefixes[] = {"anti", "pro", "self", "ex", "non", "co", "pre", "post",
                                                   "multi", "semi", "cross", "counter", "so", "inter", "neo"};
  // (and the unit's own tail: "a 2 - year - old ban", "a three - decade - long rule")
  if (is_unit(w) && (x == "old" || x == "long")) return true;
  static constexpr std::string_view kCounts[] = {"one", "two", "three", "four", "five", "six", "seven",
                                                 "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                                                 "twenty", "thirty", "forty", "fifty", "hundred"};
  if (is_unit(x) && std::find(std::begin(kCounts), std::end(kCounts), w) != std::end(kCounts)) return true;
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), w) != std::end(kPrefixes);
}

// Whether [b, e) is a number in groups: one to three digits, then groups
// of three after a comma, with or without a space ("88, 550" as text split
// into tokens and joined again has it).
bool Tokenizer::GroupedDigits(size_t b, size_t e) const {
  size_t q = b;
  while (q < e && IsDigit(s_[q])) ++q;
  if (q == b || q - b > 3) return false;
  while (q < e) {
    if (s_[q] != ',') return false;
    ++q;
    if (q < e && s_[q] == ' ') ++q;
    for (int i = 0; i < 3; ++i, ++q) {
      if (q >= e || !IsDigit(s_[q])) return false;
    }
  }
  return true;
}

// Whether ", " and a group of exactly three digits start at `p` (the next
// group of a number typed with spaces: "550, 000").
bool Tokenizer::GroupAfter(size_t p) const {
  return p + 5 <= end_ && s_[p] == ',' && s_[p + 1] == ' ' && DigitAt(p + 2) && DigitAt(p + 3) && DigitAt(p + 4) &&
         !DigitAt(p + 5);
}

// Whether a spaced hyphen that would not join its words (a dash) follows
// `from` in the same sentence, within a short aside's length.
bool Tokenizer::ClosingDashAhead(size_t from) const {
  const size_t limit = std::min(end_, from + 160);
  for (size_t q = from; q + 3 < limit; ++q) {
    const char c = s_[q];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';') && s_[q + 1] == ' ')) return false;
    if (c != ' ' || s_[q + 1] != '-' || s_[q + 2] != ' ') continue;
    size_t wb = q;
    while (wb > from && IsAlpha(s_[wb - 1])) --wb;
    if (!SpacedHyphenJoins(wb, q, q + 3, /*look_ahead=*/false)) return true;
  }
  return false;
}

size_t Tokenizer::ScanWord(size_t s, size_t prefix) {
  // Numbered list bullet at the start of a line: "1. ", "12) ".
  if (line_start_ && prefix == 0 && IsDigit(s_[s])) {
    size_t q = s + 1;
    if (DigitAt(q)) ++q;
    if (q + 1 < end_ && (s_[q] == '.' || s_[q] == ')') && (s_[q + 1] == ' ' || s_[q + 1] == '\t')) {
      EmitPunct(s, q + 1, std::string_view(reinterpret_cast<const char*>(s_ + s), q + 1 - s),
                kTokPunct | kTokHasDigit, kBullet);
      return q + 1;
    }
  }
  const size_t limit = std::min(end_, s + kMaxWordBytes);
  size_t p = s + prefix;
  bool high = false;
  bool abbrev = false;
  bool inner_dot = false;   // letter.letter seen in the current hyphen part
  size_t seg_start = p;     // start of the current '.'-separated segment
  size_t max_seg = 0;
  size_t apos = 0, apos_len = 0;  // last inner apostrophe
  enum { kPrevLetter, kPrevDigit } prev = kPrevLetter;
  bool prev_upper = false;
  while (p < limit) {
    unsigned char c = s_[p];
    // (kByteClass gives every byte from 0x80 up kBcHigh, so kBcWord alone
    // means an ASCII word byte.)
    if (kByteClass[c] == kBcWord) {
      // A run of ASCII word bytes: only its last byte matters to what follows.
      // (Four bytes a step, one bound test for them: the byte loop's count
      // and bound were half its cost.)
      ++p;
      for (;;) {
        if (p + 4 > limit) {
          while (p < limit && kByteClass[s_[p]] == kBcWord) ++p;
          break;
        }
        if (kByteClass[s_[p]] != kBcWord) break;
        if (kByteClass[s_[p + 1]] != kBcWord) {
          p += 1;
          break;
        }
        if (kByteClass[s_[p + 2]] != kBcWord) {
          p += 2;
          break;
        }
        if (kByteClass[s_[p + 3]] != kBcWord) {
          p += 3;
          break;
        }
        p += 4;
      }
      c = s_[p - 1];
      prev = IsDigit(c) ? kPrevDigit : kPrevLetter;
      prev_upper = IsUpper(c);
      continue;
    }
    if (c >= 0x80) {
      int len;
      Uc u = ClassAt(p, &len);
      if (p + len > limit) break;
      if (u == Uc::kLetter) {
        high = true;
        prev = kPrevLetter;
        prev_upper = false;
        p += len;
        continue;
      }
      if ((u == Uc::kTransparent || u == Uc::kHyphen) && p > s + prefix && WordCharAt(p + len)) {
        high = true;
        if (u == Uc::kHyphen) {
          inner_dot = false;
          max_seg = 0;
          seg_start = p + len;
        }
        p += len;
        continue;
      }
      // ‘ too: feeds often type it for an apostrophe ("Iran‘s").
      if ((u == Uc::kApos || u == Uc::kModApos || u == Uc::kOpenSq) && p > s + prefix &&
          LetterAt(p + len)) {
        high = true;
        apos = p;
        apos_len = len;
        p += len;
        continue;
      }
      break;
    }
    if (p == s + prefix) break;  // "@" or "'" not followed by a word
    bool go = false;
    switch (c) {
      case '-':
        if (WordCharAt(p + 1)) {
          go = true;
          inner_dot = false;
          max_seg = 0;
          seg_start = p + 1;
        }
        break;
      case '.':
        // "6. 3 million euros": a decimal point typed with a space (text
        // split into tokens and joined again) before a number word.
        if (prev == kPrevDigit && p - s <= 3 && p + 2 < limit && s_[p + 1] == ' ' && DigitAt(p + 2)) {
          size_t q = p + 2;
          while (q < limit && q - p < 6 && IsDigit(s_[q])) ++q;
          bool digits = true;
          for (size_t r = s; r < p; ++r) digits = digits && IsDigit(s_[r]);
          auto word_at = [&](size_t at, std::string_view w) {
            return at + w.size() <= end_ && std::memcmp(s_ + at, w.data(), w.size()) == 0 &&
                   !(at + w.size() < end_ && IsAlpha(s_[at + w.size()]));
          };
          if (digits && q < end_ && s_[q] == ' ' &&
              (word_at(q + 1, "million") || word_at(q + 1, "billion") || word_at(q + 1, "trillion"))) {
            go = true;
            high = true;
            ++p;  // the space
            break;
          }
        }
        // "U. S", "U. K.": initials typed with a space after each dot.
        if (prev == kPrevLetter && p == s + 1 && UpperAt(s) && p + 3 < limit && s_[p + 1] == ' ' && UpperAt(p + 2) &&
            (s_[p + 3] == '.' || s_[p + 3] == ' ') && !(p + 4 < end_ && s_[p + 3] == '.' && IsAlpha(s_[p + 4]))) {
          go = true;
          high = true;
          inner_dot = true;  // initials, as in "U.K."
          max_seg = std::max<size_t>(max_seg, 1);
          seg_start = p + 2;
          ++p;  // the space
          break;
        }
        if (WordCharAt(p + 1)) {
          if (prev == kPrevDigit && DigitAt(p + 1)) {
            go = true;
          } else if (prev == kPrevLetter) {
            size_t seg = p - seg_start;
            bool seg_lower = false;
            for (size_t q = seg_start; q < p; ++q) seg_lower |= IsLower(s_[q]);
            // "attack.The" is two words run together; "U.S", "Ph.D" and
            // "voanews.com" are one.
            if (!(UpperAt(p + 1) && seg >= 3 && seg_lower)) {
              go = true;
              inner_dot = true;
              max_seg = std::max(max_seg, seg);
              seg_start = p + 1;
            }
          }
        } else if (prev == kPrevLetter && !(p + 1 < end_ && s_[p + 1] == '.')) {
          size_t seg = p - seg_start;
          if (IsAbbreviation(s, p, inner_dot, std::max(max_seg, seg))) {
            ++p;
            abbrev = true;
            if (p + 1 < limit && s_[p] == '-' && WordCharAt(p + 1)) {  // "U.S.-backed"
              abbrev = false;
              go = true;
              inner_dot = false;
              max_seg = 0;
              seg_start = p + 1;
            } else {
              goto done;
            }
          }
        }
        break;
      case ',':  // 1,000 but not "1,2"
        go = prev == kPrevDigit && DigitAt(p + 1) && DigitAt(p + 2) && DigitAt(p + 3) && !DigitAt(p + 4);
        // "1, 086 migrants": a thousands separator typed with a space, as
        // text split into tokens and joined again has it (a group of one to
        // three digits, then exactly three); normalised without the space.
        // ("88, 550, 000": each further group likewise, the word so far
        // being such a number: one to three digits, then groups of three.)
        if (!go && prev == kPrevDigit && p + 5 <= limit && s_[p + 1] == ' ' && DigitAt(p + 2) && DigitAt(p + 3) &&
            DigitAt(p + 4) && !DigitAt(p + 5) && (!(p + 5 < end_ && s_[p + 5] == ',') || GroupAfter(p + 5))) {
          if (GroupedDigits(s, p)) {
            go = true;
            high = true;
            ++p;  // the space
          }
        }
        break;
      case ':':  // 10:30
        go = prev == kPrevDigit && DigitAt(p + 1);
        break;
      case '/':  // and/or, 24/7
      case '@':  // e-mail addresses
        go = AlnumAt(p + 1);
        break;
      case '&':  // AT&T
        go = prev_upper && UpperAt(p + 1);
        break;
      case ' ':
        // Most words end at a space before plain ASCII: neither join below
        // can apply.
        if (p + 1 >= limit || (s_[p + 1] < 0x80 && s_[p + 1] != '-')) break;
        // "Go ñ i", "Pe ñ a Nieto": a lone accented letter between spaces
        // inside a name (text split into tokens and joined again) is part of
        // the word around it.
        if (p + 1 < limit && s_[p + 1] >= 0x80 && prev == kPrevLetter) {
          int len;
          if (ClassAt(p + 1, &len) == Uc::kLetter && p + 1 + len < limit && s_[p + 1 + len] == ' ' &&
              LetterAt(p + 2 + len) && !(p + 2 + len < end_ && s_[p + 2 + len] >= 0x80)) {
            go = true;
            high = true;
            p += 1 + len;
            break;
          }
        }
        // A hyphen typed with a space on each side inside a name or a
        // compound, as text split into tokens and joined again has it
        // ("Fayez al - Sarraj", "Jean - Pierre", "US - backed"): one word,
        // normalised without the spaces. Elsewhere " - " is a dash ("in
        // Ukraine - drones").
        if (p + 3 < limit && s_[p + 1] == '-' && s_[p + 2] == ' ' && SpacedHyphenJoins(seg_start, p, p + 3)) {
          go = true;
          high = true;
          inner_dot = false;
          max_seg = 0;
          p += 2;
          seg_start = p + 1;
        }
        break;
      case '\'':
        if (LetterAt(p + 1)) {
          go = true;
          apos = p;
          apos_len = 1;
        }
        break;
      default: break;
    }
    if (!go) break;
    ++p;
  }
done:
  if (p == s + prefix) {
    // A lone prefix character ("@", "'") that did not start a word after all.
    EmitPunct(s, s + 1, std::string_view(reinterpret_cast<const char*>(s_ + s), 1), kTokPunct, kOther);
    return s + 1;
  }
  // URLs are one token up to the next space.
  if (p + 3 <= end_ && s_[p] == ':' && s_[p + 1] == '/' && s_[p + 2] == '/' && !high &&
      ((p - s == 4 && std::memcmp(s_ + s, "http", 4) == 0) ||
       (p - s == 5 && std::memcmp(s_ + s, "https", 5) == 0))) {
    size_t q = p;
    while (q < limit && !IsAsciiSpace(s_[q]) && s_[q] < 0x80 && s_[q] != '"') ++q;
    while (q > p + 3 && std::strchr(".,;:!?)]'", s_[q - 1]) != nullptr) --q;
    EmitWord(s, q, false, 0, kWord);
    return q;
  }
  // Clitics: Russia's -> Russia 's, didn't -> did n't, cannot -> can not.
  size_t split = p;
  if (apos != 0 && !abbrev) {
    size_t a = apos + apos_len;
    size_t n = p - a;
    char x = n >= 1 ? AsciiLower(s_[a]) : 0, y = n >= 2 ? AsciiLower(s_[a + 1]) : 0;
    if ((n == 1 && (x == 's' || x == 'm' || x == 'd')) ||
        (n == 2 && ((x == 'l' && y == 'l') || (x == 'r' && y == 'e') || (x == 'v' && y == 'e')))) {
      split = apos;
    } else if (n == 1 && x == 't' && apos > s + prefix + 1 && AsciiLower(s_[apos - 1]) == 'n') {
      split = apos - 1;
    }
  } else if (p - s == 6 && !high) {
    char w[6];
    for (int i = 0; i < 6; ++i) w[i] = AsciiLower(s_[s + i]);
    if (std::memcmp(w, "cannot", 6) == 0) split = s + 3;
  }
  if (split != p) {
    EmitWord(s, split, high, 0, kWord);
    EmitWord(split, p, high, 0, kWord);
  } else {
    EmitWord(s, p, high, abbrev ? kTokAbbreviation : 0, kWord);
  }
  return p;
}

void Tokenizer::EmitWord(size_t b, size_t e, bool high, uint16_t extra_flags, Kind kind) {
  std::string& arena = out_->arena;
  Token t;
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  t.norm_off = static_cast<uint32_t>(arena.size());
  if (!high) {
    arena.append(reinterpret_cast<const char*>(s_ + b), e - b);
  } else {
    for (size_t p = b; p < e;) {
      if (s_[p] < 0x80) {
        if (s_[p] != ' ') arena.push_back(static_cast<char>(s_[p]));  // the stray space of "EU’ s"
        ++p;
        continue;
      }
      int len;
      Uc u = ClassAt(p, &len);
      if (p + len > e) len = static_cast<int>(e - p);
      switch (u) {
        case Uc::kTransparent: break;
        case Uc::kApos: case Uc::kModApos: case Uc::kOpenSq: arena.push_back('\''); break;
        case Uc::kHyphen: arena.push_back('-'); break;
        default: arena.append(reinterpret_cast<const char*>(s_ + p), len); break;
      }
      p += len;
    }
  }
  t.norm_len = static_cast<uint16_t>(arena.size() - t.norm_off);

  // Flags from the normalised form.
  const unsigned char* n = reinterpret_cast<const unsigned char*>(arena.data()) + t.norm_off;
  const size_t len = t.norm_len;
  bool has_upper = false, non_ascii = false;
  uint16_t f = extra_flags;
  f |= high ? internal::WordFlags(std::string_view(reinterpret_cast<const char*>(n), len), &has_upper, &non_ascii)
            : AsciiFlags(std::string_view(reinterpret_cast<const char*>(n), len), &has_upper, &non_ascii);
  t.flags = f;

  // Lower-cased form; shares the normalised bytes when nothing changes.
  if (!has_upper) {
    t.lower_off = t.norm_off;
    t.lower_len = t.norm_len;
  } else if (!non_ascii) {
    t.lower_off = static_cast<uint32_t>(arena.size());
    arena.resize(arena.size() + len);
    char* a = arena.data();
    LowerAscii(reinterpret_cast<const unsigned char*>(a + t.norm_off), len, a + t.lower_off);
    t.lower_len = t.norm_len;
  } else {
    t.lower_off = static_cast<uint32_t>(arena.size());
    for (size_t i = 0; i < len;) {
      // Re-read through arena.data(): appending may have moved it.
      const unsigned char* m = reinterpret_cast<const unsigned char*>(arena.data()) + t.norm_off;
      unsigned char c = m[i];
      if (c < 0x80) {
        arena.push_back(AsciiLower(c));
        ++i;
        continue;
      }
      int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate(m + i, static_cast<utf8proc_ssize_t>(len - i), &cp);
      if (k <= 0) {
        arena.push_back(static_cast<char>(c));
        ++i;
        continue;
      }
      unsigned char buf[4];
      utf8proc_ssize_t w = utf8proc_encode_char(utf8proc_tolower(cp), buf);
      arena.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(w));
      i += static_cast<size_t>(k);
    }
    t.lower_len = static_cast<uint16_t>(arena.size() - t.lower_off);
  }
  Push(t, kind);
}

void Tokenizer::EmitPunct(size_t b, size_t e, std::string_view norm, uint16_t flags, Kind kind) {
  Token t;
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  t.norm_off = static_cast<uint32_t>(out_->arena.size());
  out_->arena.append(norm);
  t.norm_len = static_cast<uint16_t>(norm.size());
  t.lower_off = t.norm_off;
  t.lower_len = t.norm_len;
  t.flags = flags;
  Push(t, kind);
}

size_t Tokenizer::DoubleQuote(size_t p, size_t len, int glyph) {
  bool open_ctx = OpenContextBefore(p);
  bool close_ctx = CloseContextAt(p + len);
  bool opening;
  if (open_ctx != close_ctx) {
    opening = open_ctx;
  } else if (glyph != 0) {
    opening = glyph > 0;
  } else {
    opening = !in_dq_;
  }
  in_dq_ = opening;
  EmitPunct(p, p + len, opening ? "``" : "''", kTokPunct | kTokQuote, opening ? kOpenQuote : kCloseQuote);
  return p + len;
}

size_t Tokenizer::SingleQuote(size_t p, size_t len, bool open_glyph) {
  bool open_ctx = OpenContextBefore(p);
  bool close_ctx = CloseContextAt(p + len);
  // '90s
  if (open_ctx && DigitAt(p + len) && DigitAt(p + len + 1) && !DigitAt(p + len + 2) &&
      !open_glyph) {
    return ScanWord(p, len);
  }
  // "Jairan ’s": a possessive typed after a stray space.
  if (open_ctx && !open_glyph && (p + len < end_ && (s_[p + len] == 's' || s_[p + len] == 'S')) &&
      !WordCharAt(p + len + 1) && !out_->tokens.empty() && kinds_->back() == kWord &&
      out_->tokens.back().end + 1 == p && s_[p - 1] == ' ') {
    EmitWord(p, p + len + 1, len > 1, 0, kWord);
    return p + len + 1;
  }
  if (!open_ctx && !open_glyph) {
    const auto& toks = out_->tokens;
    // "the EU’ s chief": a possessive split by a stray space (text rebuilt
    // from tokens, or converted from HTML) is one token, normalised "'s".
    if (!in_sq_ && !toks.empty() && toks.back().end == p && kinds_->back() == kWord && p + len + 1 < end_ &&
        s_[p + len] == ' ' && (s_[p + len + 1] == 's' || s_[p + len + 1] == 'S') && !WordCharAt(p + len + 2)) {
      EmitWord(p, p + len + 2, true, 0, kWord);
      return p + len + 2;
    }
    // Right after a word: the possessive of a plural ("soldiers'") unless a
    // single quotation is open.
    if (!in_sq_ && close_ctx && !toks.empty() && toks.back().end == p && kinds_->back() == kWord) {
      unsigned char last = s_[p - 1];
      if (last == 's' || last == 'S') {
        EmitPunct(p, p + len, "'", kTokPunct, kPossessive);
        return p + len;
      }
    }
    in_sq_ = false;
    EmitPunct(p, p + len, "'", kTokPunct | kTokQuote, kCloseQuote);
    return p + len;
  }
  bool opening;
  if (open_ctx != close_ctx) {
    opening = open_ctx;
  } else {
    opening = open_glyph || !in_sq_;
  }
  in_sq_ = opening;
  EmitPunct(p, p + len, "'", kTokPunct | kTokQuote, opening ? kOpenQuote : kCloseQuote);
  return p + len;
}

size_t Tokenizer::ScanAsciiPunct(size_t p) {
  const unsigned char c = s_[p];
  auto one = [&](Kind kind) {
    EmitPunct(p, p + 1, std::string_view(reinterpret_cast<const char*>(s_ + p), 1), kTokPunct, kind);
    return p + 1;
  };
  switch (c) {
    case '.': {
      size_t q = p;
      while (q < end_ && q - p < 64 && s_[q] == '.') ++q;
      if (q - p == 1) return one(kPeriod);
      EmitPunct(p, q, "...", kTokPunct, kEllipsis);
      return q;
    }
    case '?': case '!': {
      size_t q = p;
      while (q < end_ && q - p < 8 && (s_[q] == '?' || s_[q] == '!')) ++q;
      EmitPunct(p, q, std::string_view(reinterpret_cast<const char*>(s_ + p), q - p), kTokPunct, kTerminal);
      return q;
    }
    case ',': return one(kComma);
    case ';': return one(kSemicolon);
    case ':': return one(kColon);
    case '(': case '[': case '{': return one(kOpenBracket);
    case ')': case ']': case '}': return one(kCloseBracket);
    case '-': {
      size_t q = p;
      while (q < end_ && q - p < 64 && s_[q] == '-') ++q;
      bool space_after = q >= end_ || IsAsciiSpace(s_[q]);
      if (q - p == 1) {
        if (line_start_ && q < end_ && (s_[q] == ' ' || s_[q] == '\t')) {
          EmitPunct(p, q, "-", kTokPunct, kBullet);
        } else if (space_after && OpenContextBefore(p)) {
          EmitPunct(p, q, "--", kTokPunct, kDash);  // a dash typed as " - "
        } else {
          EmitPunct(p, q, "-", kTokPunct, kOther);
        }
        return q;
      }
      EmitPunct(p, q, "--", kTokPunct, kDash);
      return q;
    }
    case '*': case '+':
      if (line_start_ && p + 1 < end_ && (s_[p + 1] == ' ' || s_[p + 1] == '\t')) return one(kBullet);
      return one(kOther);
    case '"': return DoubleQuote(p, 1, 0);
    case '`':
      if (p + 1 < end_ && s_[p + 1] == '`') {
        in_dq_ = true;
        EmitPunct(p, p + 2, "``", kTokPunct | kTokQuote, kOpenQuote);
        return p + 2;
      }
      return SingleQuote(p, 1, true);
    case '\'':
      if (p + 1 < end_ && s_[p + 1] == '\'') {
        in_dq_ = false;
        EmitPunct(p, p + 2, "''", kTokPunct | kTokQuote, kCloseQuote);
        return p + 2;
      }
      return SingleQuote(p, 1, false);
    case '@':
      if (AlnumAt(p + 1)) return ScanWord(p, 1);
      return one(kOther);
    default: return one(kOther);
  }
}

size_t Tokenizer::ScanHigh(size_t p) {
  int len;
  Uc u = ClassAt(p, &len);
  auto sym = [&](Kind kind) {
    EmitPunct(p, p + len, std::string_view(reinterpret_cast<const char*>(s_ + p), len), kTokPunct, kind);
    return p + len;
  };
  switch (u) {
    case Uc::kLetter: return ScanWord(p, 0);
    case Uc::kSpace: case Uc::kTransparent: return p + len;
    case Uc::kNewline: case Uc::kParagraph: line_start_ = true; return p + len;
    case Uc::kOpenDq: return DoubleQuote(p, len, 1);
    case Uc::kCloseDq: return DoubleQuote(p, len, -1);
    case Uc::kOpenSq: return SingleQuote(p, len, true);
    case Uc::kApos: case Uc::kModApos: return SingleQuote(p, len, false);
    case Uc::kDash: {
      size_t q = p + len;
      int n = 1;
      while (q < end_ && n < 16) {
        int l2;
        if (s_[q] == '-') {
          l2 = 1;
        } else if (s_[q] < 0x80 || ClassAt(q, &l2) != Uc::kDash) {
          break;
        }
        q += l2;
        ++n;
      }
      Kind kind = kDash;
      if (n == 1 && line_start_ && q < end_ && (s_[q] == ' ' || s_[q] == '\t')) kind = kBullet;
      EmitPunct(p, q, "--", kTokPunct, kind);
      return q;
    }
    case Uc::kHyphen: case Uc::kMinus:
      EmitPunct(p, p + len, "-", kTokPunct, kOther);
      return p + len;
    case Uc::kEllipsis: {
      size_t q = p + len;
      while (q < end_ && q - p < 64) {
        int l2;
        if (s_[q] == '.') {
          l2 = 1;
        } else if (s_[q] < 0x80 || ClassAt(q, &l2) != Uc::kEllipsis) {
          break;
        }
        q += l2;
      }
      EmitPunct(p, q, "...", kTokPunct, kEllipsis);
      return q;
    }
    case Uc::kBullet:
      return sym(line_start_ ? kBullet : kOther);
    case Uc::kSymbol: default:
      return sym(kOther);
  }
}

// Number of line breaks in a gap between tokens: 0, 1 or 2 (a blank line).
int GapNewlines(const unsigned char* s, size_t b, size_t e) {
  int n = 0;
  for (size_t i = b; i < e; ++i) {
    unsigned char c = s[i];
    if (c == '\n') {
      ++n;
    } else if (c == '\r') {
      if (!(i + 1 < e && s[i + 1] == '\n')) ++n;
    } else if (c == 0xE2 && i + 2 < e && s[i + 1] == 0x80) {
      if (s[i + 2] == 0xA8) ++n;
      if (s[i + 2] == 0xA9) n += 2;
    } else if (c == 0xC2 && i + 1 < e && s[i + 1] == 0x85) {
      ++n;
    }
    if (n >= 2) return 2;
  }
  return n;
}

class Splitter {
 public:
  Splitter(Analysis* out, const std::vector<uint8_t>& kinds)
      : a_(out), s_(reinterpret_cast<const unsigned char*>(out->text.data())), kinds_(kinds) {}

  void Run(size_t tb, size_t te);
  void Add(size_t first, size_t end, bool title, bool list, bool dateline);

 private:
  const Token& T(size_t i) const { return a_->tokens[i]; }
  int Newlines(size_t i, size_t j) const { return GapNewlines(s_, T(i).end, T(j).begin); }
  bool StartsUpper(size_t k) const {
    const Token& t = T(k);
    unsigned char c = static_cast<unsigned char>(a_->arena[t.norm_off]);
    if (c < 0x80) return IsUpper(c);
    return (t.flags & kTokCapitalized) != 0;
  }
  // Index of the first token at or after j that is not an opening quote or
  // bracket; te when there is none.
  size_t SkipOpeners(size_t j) const {
    while (j < te_ && (kinds_[j] == kOpenQuote || kinds_[j] == kOpenBracket)) ++j;
    return j;
  }
  // Whether the token at j can begin a sentence after terminal punctuation.
  bool NextStarts(size_t j, bool digits_start) const;
  bool NextIsStarter(size_t j) const;
  bool LineNextStarts(size_t j) const;
  bool Boundary(size_t start, size_t j) const;
  bool HeadingBefore(size_t start, size_t j) const;
  size_t Dateline(size_t s) const;

  Analysis* a_;
  const unsigned char* s_;
  const std::vector<uint8_t>& kinds_;
  size_t te_ = 0;
  bool fast_ = PrefiltersEnabled();  // Boundary's shortcut (core/prefilters.h)
};

void Splitter::Add(size_t first, size_t end, bool title, bool list, bool dateline) {
  Sentence s;
  s.first_token = static_cast<uint32_t>(first);
  s.end_token = static_cast<uint32_t>(end);
  if (end > first) {
    s.begin = T(first).begin;
    s.end = T(end - 1).end;
    a_->tokens[first].flags |= kTokSentenceStart;
  }
  s.is_title = title;
  s.is_list_item = list;
  s.is_dateline = dateline;
  a_->sentences.push_back(s);
}

bool Splitter::NextStarts(size_t j, bool digits_start) const {
  size_t k = SkipOpeners(j);
  if (k >= te_) return true;
  switch (kinds_[k]) {
    case kWord: {
      unsigned char c = static_cast<unsigned char>(a_->arena[T(k).norm_off]);
      if (IsDigit(c)) return digits_start;
      if (c < 0x80) return IsUpper(c) || (!IsAlpha(c) && c != '\'');
      // Non-ASCII: anything but a lower-case letter ("élite") may start one.
      int32_t cp;
      const Token& t = T(k);
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(a_->arena.data()) + t.norm_off,
                       t.norm_len, &cp);
      return cp < 0 || utf8proc_category(cp) != UTF8PROC_CATEGORY_LL;
    }
    case kComma: case kSemicolon: case kColon: case kCloseQuote: case kCloseBracket:
    case kPeriod: case kTerminal: case kEllipsis: case kPossessive:
      return false;
    default:
      return true;
  }
}

bool Splitter::NextIsStarter(size_t j) const {
  size_t k = SkipOpeners(j);
  if (k >= te_) return true;
  if (kinds_[k] != kWord || !StartsUpper(k)) return false;
  return SentenceStarters().count(a_->Lower(T(k))) != 0;
}

// "... on Thursday. Recent attacks Since the beginning of the year, ...": a
// section heading that lost its line break runs into the next sentence. A
// short run of words with no punctuation that starts a sentence, then a
// capitalised word that only starts a clause (never a name) after a
// lower-case word, ends the heading there.
bool Splitter::HeadingBefore(size_t start, size_t j) const {
  if (j - start < 2 || j - start > 8 || kinds_[j] != kWord || !StartsUpper(j) || !StartsUpper(start)) return false;
  const Token& prev = T(j - 1);
  if (kinds_[j - 1] != kWord || (prev.flags & (kTokCapitalized | kTokAllCaps | kTokNumber))) return false;
  for (size_t k = start; k < j; ++k) {
    if (kinds_[k] != kWord) return false;
  }
  static constexpr std::string_view kClauseStarters[] = {
      "while", "since", "although", "though", "however", "meanwhile", "but", "when", "after", "despite",
      "according", "earlier", "last", "on", "in", "as", "for", "this", "it", "he", "she", "they", "we"};
  const std::string_view w = a_->Lower(T(j));
  for (std::string_view x : kClauseStarters) {
    if (w == x) return true;
  }
  return false;
}

bool Splitter::LineNextStarts(size_t j) const {
  if (kinds_[j] == kBullet) return true;
  size_t k = SkipOpeners(j);
  return k < te_ && kinds_[k] == kWord && StartsUpper(k);
}

bool Splitter::Boundary(size_t start, size_t j) const {
  // Most tokens follow a word that is no abbreviation, after one space:
  // nothing below can end a sentence there but a heading (the full test
  // comes to the same answer; it runs when the prefilters are off, as
  // SegmenterTest.BoundaryFastPathChangesNoSentence compares).
  if (fast_ && kinds_[j - 1] == kWord && !(T(j - 1).flags & kTokAbbreviation) && T(j).begin == T(j - 1).end + 1 &&
      s_[T(j - 1).end] == ' ') {
    return HeadingBefore(start, j);
  }
  // Terminal punctuation, looking through closing quotes and brackets.
  size_t q = j - 1;
  bool closer = false;
  while (q > start && (kinds_[q] == kCloseQuote || kinds_[q] == kCloseBracket)) {
    closer |= kinds_[q] == kCloseQuote;  // "[U.N.] Security" goes on
    --q;
  }
  int nl = Newlines(j - 1, j);
  if (nl >= 2) return true;
  if (nl == 1) {
    if (kinds_[j] == kBullet) return true;
    switch (kinds_[q]) {
      case kPeriod: case kTerminal: case kEllipsis: break;  // decided below
      case kComma: case kSemicolon: case kDash: case kOpenBracket: case kOpenQuote: case kBullet:
        return false;  // the line goes on
      case kWord:
        if (T(q).flags & kTokAbbreviation) break;
        return LineNextStarts(j);
      default:
        return LineNextStarts(j);
    }
  }
  if (HeadingBefore(start, j)) return true;
  switch (kinds_[q]) {
    case kPeriod:
      // "6 . 3 million": a decimal point set apart from its digits by
      // spaces (text rebuilt from tokens) does not end a sentence.
      if (q > start && !closer && kinds_[q - 1] == kWord && (T(q - 1).flags & kTokNumber) && kinds_[j] == kWord &&
          (T(j).flags & kTokNumber)) {
        return false;
      }
      return NextStarts(j, true);
    case kTerminal: return NextStarts(j, true);
    case kEllipsis: return NextStarts(j, false) && LineNextStarts(j);
    case kWord:
      if (!(T(q).flags & kTokAbbreviation)) return false;
      // "... in the U.S." He said" vs. "U.S. officials", "Gen. Smith".
      if (closer) return NextStarts(j, false) && LineNextStarts(j);
      return NextIsStarter(j);
    default: return false;
  }
}

// Matches a dateline at token s ("BEIJING, Nov. 18 (Xinhua) --",
// "KYIV, Ukraine (AP) —", "WASHINGTON —"); returns the token index after its
// dash, or 0.
size_t Splitter::Dateline(size_t s) const {
  auto caps_word = [&](size_t k) {
    return kinds_[k] == kWord && (T(k).flags & kTokAllCaps) && !(T(k).flags & kTokHasDigit);
  };
  auto same_line = [&](size_t k) { return Newlines(k - 1, k) == 0; };
  size_t k = s;
  if (!caps_word(k)) return 0;
  ++k;
  while (k < te_ && k - s < 4 && caps_word(k) && same_line(k)) ++k;
  if (k < te_ && kinds_[k] == kComma && same_line(k)) {
    ++k;
    size_t n = 0;
    while (k < te_ && n < 8 && same_line(k) &&
           (kinds_[k] == kComma ||
            (kinds_[k] == kWord && (StartsUpper(k) || (T(k).flags & kTokNumber))))) {
      ++k;
      ++n;
    }
    if (n == 0 || kinds_[k - 1] == kComma) return 0;
  }
  if (k < te_ && kinds_[k] == kOpenBracket && same_line(k)) {
    ++k;
    size_t n = 0;
    while (k < te_ && n < 4 && same_line(k) && (kinds_[k] == kWord || kinds_[k] == kOther)) {
      ++k;
      ++n;
    }
    if (n == 0 || k >= te_ || kinds_[k] != kCloseBracket) return 0;
    ++k;
  }
  if (k >= te_ || kinds_[k] != kDash || !same_line(k)) return 0;
  ++k;
  if (k < te_ && !LineNextStarts(k)) return 0;
  return k;
}

void Splitter::Run(size_t tb, size_t te) {
  te_ = te;
  bool list_line = false;
  size_t i = tb;
  while (i < te) {
    const size_t start = i;
    if (T(start).flags & kTokLineStart) {
      list_line = kinds_[start] == kBullet;
      if (!list_line) {
        if (size_t d = Dateline(start)) {
          Add(start, d, false, false, true);
          i = d;
          continue;
        }
      }
    }
    size_t j = start + 1;
    while (j < te && j - start < kMaxSentenceTokens && !Boundary(start, j)) ++j;
    Add(start, j, false, list_line, false);
    i = j;
  }
}

}  // namespace

namespace internal {

[[gnu::noinline]] uint16_t WordFlags(std::string_view norm, bool* has_upper, bool* non_ascii_out) {
  const unsigned char* n = reinterpret_cast<const unsigned char*>(norm.data());
  const size_t len = norm.size();
  bool seen_letter = false, capitalized = false, hyphen = false, only_number = true, non_ascii = false;
  size_t letters = 0, uppers = 0, digits = 0;
  for (size_t i = 0; i < len;) {
    unsigned char c = n[i];
    if (c < 0x80) {
      if (IsUpper(c)) {
        if (!seen_letter) capitalized = true;
        seen_letter = true;
        ++letters;
        ++uppers;
        only_number = false;
      } else if (IsLower(c)) {
        seen_letter = true;
        ++letters;
        only_number = false;
      } else if (IsDigit(c)) {
        ++digits;
      } else if (c == ',' || c == '.') {
      } else {
        if (c == '-' && i > 0 && i + 1 < len) hyphen = true;
        only_number = false;
      }
      ++i;
      continue;
    }
    non_ascii = true;
    only_number = false;
    int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(n + i, static_cast<utf8proc_ssize_t>(len - i), &cp);
    if (k <= 0) {
      ++i;
      continue;
    }
    i += static_cast<size_t>(k);
    switch (utf8proc_category(cp)) {
      case UTF8PROC_CATEGORY_LU:
      case UTF8PROC_CATEGORY_LT:
        if (!seen_letter) capitalized = true;
        seen_letter = true;
        ++letters;
        ++uppers;
        break;
      case UTF8PROC_CATEGORY_LL:
      case UTF8PROC_CATEGORY_LM:
      case UTF8PROC_CATEGORY_LO:
        seen_letter = true;
        ++letters;
        break;
      case UTF8PROC_CATEGORY_ND:
        ++digits;
        break;
      default:
        break;
    }
  }
  uint16_t f = 0;
  if (capitalized) f |= kTokCapitalized;
  if (letters >= 2 && uppers == letters) f |= kTokAllCaps;
  if (digits) f |= kTokHasDigit;
  if (digits && only_number && IsDigit(n[0])) f |= kTokNumber;
  if (hyphen) f |= kTokHyphenated;
  *has_upper = uppers != 0;
  *non_ascii_out = non_ascii;
  return f;
}

uint16_t AsciiWordFlags(std::string_view norm, bool* has_upper, bool* non_ascii) {
  return AsciiFlags(norm, has_upper, non_ascii);
}

void AsciiLowerCase(std::string_view ascii, char* out) {
  LowerAscii(reinterpret_cast<const unsigned char*>(ascii.data()), ascii.size(), out);
}

}  // namespace internal

void Segment(std::string_view text, size_t title_end, Analysis* out) {
  // Offsets are 32-bit; a larger document is cut (no real article is 4 GB).
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  out->text = text;
  const size_t n = text.size();
  out->tokens.reserve(out->tokens.size() + n / 4 + 16);
  out->sentences.reserve(out->sentences.size() + n / 80 + 4);
  out->arena.reserve(out->arena.size() + n + n / 2 + 64);

  thread_local std::vector<uint8_t> kinds;
  kinds.clear();
  kinds.resize(out->tokens.size(), kOther);  // tokens already present (none after Clear())
  kinds.reserve(out->tokens.size() + n / 4 + 16);

  const size_t title = std::min(title_end, n);
  Tokenizer tokenizer(text, out, &kinds);
  const size_t title_first = out->tokens.size();
  if (title_end > 0) tokenizer.Run(0, title);
  const size_t body_first = out->tokens.size();
  tokenizer.Run(title, n);

  Splitter splitter(out, kinds);
  if (title_end > 0) {
    splitter.Add(title_first, body_first, true, false, false);
    if (body_first == title_first) {
      out->sentences.back().begin = 0;
      out->sentences.back().end = static_cast<uint32_t>(title);
    }
  }
  splitter.Run(body_first, out->tokens.size());
}

}  // namespace dyad::text
