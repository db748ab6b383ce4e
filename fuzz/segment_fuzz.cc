// libFuzzer target for the sentence splitter and tokeniser: checks that every
// token and sentence stays inside the text and the arena, that tokens are
// ordered and disjoint, that sentences partition the tokens in order, and
// that segmenting the same text twice into a reused Analysis agrees.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_checks.h"
#include "dyad/analysis.h"
#include "text/segmenter.h"

namespace {

using dyad::fuzz::Check;
using dyad::fuzz::IsValidUtf8;

void CheckInvariants(const dyad::Analysis& a, std::string_view text, size_t title_end) {
  Check(a.text.data() == text.data() && a.text.size() == text.size());
  const size_t title = title_end < text.size() ? title_end : text.size();
  uint32_t prev_end = 0;
  for (const dyad::Token& t : a.tokens) {
    Check(t.begin < t.end && t.end <= text.size());
    Check(t.begin >= prev_end);
    // No token straddles the end of the title.
    Check(t.end <= title || t.begin >= title);
    prev_end = t.end;
    Check(t.norm_len > 0 && size_t{t.norm_off} + t.norm_len <= a.arena.size());
    Check(t.lower_len > 0 && size_t{t.lower_off} + t.lower_len <= a.arena.size());
  }
  uint32_t next = 0;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const dyad::Sentence& s = a.sentences[i];
    Check(s.first_token == next && s.end_token >= s.first_token && s.end_token <= a.tokens.size());
    Check(s.is_title == (i == 0 && title_end > 0));
    if (!s.is_title) Check(s.end_token > s.first_token);
    if (s.end_token > s.first_token) {
      Check(s.begin == a.tokens[s.first_token].begin && s.end == a.tokens[s.end_token - 1].end);
      for (uint32_t k = s.first_token; k < s.end_token; ++k) {
        bool start = (a.tokens[k].flags & dyad::kTokSentenceStart) != 0;
        Check(start == (k == s.first_token));
        if (s.is_title) Check(a.tokens[k].end <= title);
        else Check(a.tokens[k].begin >= title);
      }
    }
    Check(s.begin <= s.end && s.end <= text.size());
    next = s.end_token;
  }
  Check(next == a.tokens.size());
  if (title_end > 0) Check(!a.sentences.empty() && a.sentences[0].is_title);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  // First byte picks the title end: 0 (no title) or a position in the text.
  size_t title_end = data[0] == 0 ? 0 : data[0] % (size + 8);
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  static dyad::Analysis a;  // reused, as the pipeline does
  a.Clear();
  dyad::text::Segment(text, title_end, &a);
  CheckInvariants(a, text, title_end);
  const size_t tokens = a.tokens.size(), sentences = a.sentences.size();
  const std::string arena = a.arena;
  a.Clear();
  dyad::text::Segment(text, title_end, &a);
  Check(a.tokens.size() == tokens && a.sentences.size() == sentences && a.arena == arena);
  return 0;
}
