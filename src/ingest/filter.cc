#include "ingest/filter.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <cctype>

#include "core/strings.h"
#include "core/words.h"

namespace dyad::ingest {
namespace {

std::string Where(const Document& d) {
  return d.id + (d.url.empty() ? "" : " (" + d.url + ")");
}

}  // namespace

bool ClearlyEnglish(std::string_view text) {
  // English prose is about a third function words; the same words make up a
  // few percent of French, German, Spanish or Italian text, which share the
  // script. Only the first 1 KiB is read, as for CLD2.
  // (A WordSet: one probe where testing the short words against all 40 in
  // turn was 1.3% of coding a document.)
  static const WordSet kWords{"the",  "of",    "and",  "to",  "a",    "in",   "is",  "that", "for",   "on",
                              "with", "was",   "said", "as",  "by",   "at",   "it",  "from", "his",   "be",
                              "are",  "has",   "have", "he",  "will", "an",   "its", "were", "would", "their",
                              "they", "which", "this", "had", "not",  "been", "but", "who",  "after", "also"};
  text = text.substr(0, std::min<size_t>(text.size(), 1024));
  size_t words = 0, hits = 0;
  size_t i = 0;
  // ASCII letters only (std::isalpha is a call per byte, and depends on
  // the locale): other scripts are not English anyway.
  auto letter = [](unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; };
  while (i < text.size()) {
    while (i < text.size() && !letter(static_cast<unsigned char>(text[i]))) ++i;
    size_t b = i;
    while (i < text.size() && letter(static_cast<unsigned char>(text[i]))) ++i;
    if (i == b) break;
    ++words;
    if (i - b > 5) continue;
    char lower[5];
    for (size_t k = b; k < i; ++k) lower[k - b] = static_cast<char>(text[k] | 0x20);
    hits += kWords.Contains(std::string_view(lower, i - b));
  }
  return words >= 40 && hits * 100 >= words * 22;
}

LanguageGuess IdentifyLanguage(std::string_view text) {
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  // The first 1 KiB says enough about the language (CLD2 is reliable on a few
  // hundred bytes) and keep identification cheap next to coding; the cut
  // backs off to a character boundary.
  size_t cut = std::min<size_t>(text.size(), 1024);
  while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  const int n = static_cast<int>(cut);
  CLD2::Language lang =
      CLD2::DetectLanguageSummary(text.data(), n, true, top3, percent3, &text_bytes, &reliable);
  LanguageGuess g;
  g.code = CLD2::LanguageCode(lang);
  g.name = CLD2::LanguageName(lang);
  g.reliable = reliable;
  g.percent = top3[0] == lang ? percent3[0] : 0;
  return g;
}

uint64_t NormalisedTextHash(std::string_view text) {
  uint64_t h = kFnvOffset;
  bool space = false, any = false;
  for (unsigned char c : text) {
    if (IsAsciiSpace(c)) {
      space = any;
      continue;
    }
    if (space) h = (h ^ ' ') * kFnvPrime;
    space = false;
    any = true;
    h = (h ^ static_cast<unsigned char>(std::tolower(c))) * kFnvPrime;
  }
  return h;
}

std::string NormaliseUrl(std::string_view url) {
  while (!url.empty() && IsAsciiSpace(url.front())) url.remove_prefix(1);
  while (!url.empty() && IsAsciiSpace(url.back())) url.remove_suffix(1);
  if (const size_t hash = url.find('#'); hash != std::string_view::npos) url = url.substr(0, hash);
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  std::string out(url);
  const size_t host_end = std::min(out.find('/'), out.size());
  std::transform(out.begin(), out.begin() + host_end, out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (out.starts_with("www.")) out.erase(0, 4);
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

bool DocumentFilter::Admit(const Document& doc, ReadReport* report) {
  if (dedupe_) {
    const std::string url = NormaliseUrl(doc.url);
    // Empty documents are counted as empty, not as copies of each other.
    const bool has_text = !doc.text.empty();
    const uint64_t text_hash = NormalisedTextHash(doc.text);
    const std::string* earlier = nullptr;
    std::string why;
    if (!url.empty()) {
      if (auto it = urls_.find(Fnv1a64(url)); it != urls_.end()) {
        earlier = &it->second;
        why = "duplicate: same URL as ";
      }
    }
    if (!earlier && has_text) {
      if (auto it = texts_.find(text_hash); it != texts_.end()) {
        earlier = &it->second;
        why = "duplicate: same text as ";
      }
    }
    if (earlier) {
      ++report->duplicates;
      report->problems.push_back({doc.source, doc.record, why + *earlier + ": " + Where(doc) + " not coded", false});
      return false;
    }
    std::string here =
        "document " + Where(doc) + " at " + doc.source + (doc.record ? ":" + std::to_string(doc.record) : "");
    if (!url.empty()) urls_.emplace(Fnv1a64(url), here);
    if (has_text) texts_.emplace(text_hash, std::move(here));
  }
  // Most input is English: a cheap count of function words settles those
  // (tests/ingest/filter_test.cc checks it against CLD2), CLD2 the rest.
  if (english_only_ && doc.text.size() >= kMinLanguageBytes && !ClearlyEnglish(doc.text)) {
    const LanguageGuess g = IdentifyLanguage(doc.text);
    if (g.reliable && g.code != "en" && g.code != "un") {
      ++report->skipped_language;
      report->problems.push_back({doc.source, doc.record,
                                  "skipped: not English (detected " + g.name + ", " + g.code +
                                      ", " + std::to_string(g.percent) + "% of the text): " +
                                      Where(doc),
                                  false});
      return false;
    }
  }
  return true;
}

}  // namespace dyad::ingest
