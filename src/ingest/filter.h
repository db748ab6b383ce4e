// Decides which read documents go on to be coded, across all inputs of a run:
// a document with the URL or the normalised text of an earlier one is a
// duplicate, and a document whose text is identified (by CLD2) as a language
// other than English is skipped. Both are counted in the ReadReport with a
// reason, so the end-of-run account still adds up.
// Owns the hashes of what it has seen and where (some 60 bytes per document). Not
// thread-safe: one filter per run.
#ifndef DYAD_INGEST_FILTER_H_
#define DYAD_INGEST_FILTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/document.h"

namespace dyad::ingest {

// Texts shorter than this (bytes) are too short to identify reliably and
// are always taken as English.
inline constexpr size_t kMinLanguageBytes = 200;

struct LanguageGuess {
  std::string code;  // ISO 639-1 ("fr"), "un" when unknown
  std::string name;  // "FRENCH"
  bool reliable = false;
  int percent = 0;   // of the text in that language
};

// CLD2 on valid UTF-8 plain text.
LanguageGuess IdentifyLanguage(std::string_view text);

// A fast path for the common case: true when the first 1 KiB is English by
// its share of English function words. False says nothing (ask CLD2).
bool ClearlyEnglish(std::string_view text);

// Hash of the text lower-cased (ASCII) with all runs of whitespace made one
// space and the ends trimmed: copies that differ only in layout are equal.
uint64_t NormalisedTextHash(std::string_view text);

// The URL without fragment, trailing slash and scheme, lower-cased host.
std::string NormaliseUrl(std::string_view url);

class DocumentFilter {
 public:
  explicit DocumentFilter(const ReadOptions& options)
      : dedupe_(options.dedupe), english_only_(options.english_only) {}

  // True when `doc` should be coded; otherwise it is counted in `report`
  // (duplicates or skipped_language) with a problem naming the reason.
  bool Admit(const Document& doc, ReadReport* report);

 private:
  bool dedupe_, english_only_;
  // Hash -> the first document seen with it ("file:line (id)"), so that a
  // duplicate names the document it repeats.
  std::unordered_map<uint64_t, std::string> urls_, texts_;
};

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_FILTER_H_
