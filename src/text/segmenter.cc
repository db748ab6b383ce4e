// PLACEHOLDER until the segmenter lands: whitespace tokens, one sentence.
#include "text/segmenter.h"

namespace dyad::text {

void Segment(std::string_view text, size_t title_end, Analysis* out) {
  out->text = text;
  out->sentences.clear();
  out->tokens.clear();
  size_t i = 0;
  Sentence s;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
    if (b == i) break;
    Token t;
    t.begin = b;
    t.end = i;
    t.norm_off = out->arena.size();
    t.norm_len = i - b;
    out->arena.append(text.substr(b, i - b));
    t.lower_off = t.norm_off;
    t.lower_len = t.norm_len;
    out->tokens.push_back(t);
  }
  s.end = text.size();
  s.end_token = out->tokens.size();
  out->sentences.push_back(s);
}

}  // namespace dyad::text
