// Sentence splitting and tokenisation for news text (internal).
//
// Stateless functions over immutable tables; thread-safe.
#ifndef DYAD_SRC_TEXT_SEGMENTER_H_
#define DYAD_SRC_TEXT_SEGMENTER_H_

#include <cstdint>
#include <string_view>

#include "dyad/analysis.h"

namespace dyad::text {

// Splits `text` (a document's full text) into sentences and tokens and fills
// out->sentences and out->tokens (with norm and lower forms in out->arena;
// lemma and tag left empty). `title_end` is the byte offset where the title
// ends (0 when there is none): the title is always sentence 0 on its own and
// is marked is_title. out->text is set to `text`. Offsets are bytes in `text`.
void Segment(std::string_view text, size_t title_end, Analysis* out);

namespace internal {

// The kTokCapitalized, kTokAllCaps, kTokHasDigit, kTokNumber and
// kTokHyphenated flags of a normalised word; *has_upper tells whether it has
// an upper-case letter and *non_ascii whether it has a byte from 0x80 up.
// WordFlags is the reference; AsciiWordFlags is the tokenizer's fast path for
// words of ASCII bytes (it falls back to WordFlags on any other byte), and
// the tests check it against WordFlags.
uint16_t WordFlags(std::string_view norm, bool* has_upper, bool* non_ascii);
uint16_t AsciiWordFlags(std::string_view norm, bool* has_upper, bool* non_ascii);
// The tokenizer's lower case of a word of ASCII bytes (several bytes a step),
// written to `out` (ascii.size() bytes); the tests check it against tolower.
void AsciiLowerCase(std::string_view ascii, char* out);

}  // namespace internal

}  // namespace dyad::text

#endif  // DYAD_SRC_TEXT_SEGMENTER_H_
