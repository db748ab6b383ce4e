#include "actors/sentence_mentions.h"

#include <algorithm>

namespace dyad {

void SentenceMentions::Build(const ActorMentions& actors, size_t sentences) {
  all_ = actors.mentions;
  first_.resize(sentences + 1);
  sorted_ = true;
  // (Most mentions share the sentence of the one before: that costs a
  // compare; a new sentence fills the entries up to it.)
  size_t next = 0;  // the first sentence whose first mention is not yet known
  for (size_t i = 0; i < all_.size(); ++i) {
    const size_t sentence = all_[i].sentence;
    if (sentence < next) {
      if (sentence + 1 < next) {
        sorted_ = false;
        return;
      }
      continue;
    }
    if (next <= sentences) {
      std::fill(first_.begin() + next, first_.begin() + std::min(sentence, sentences) + 1, static_cast<uint32_t>(i));
    }
    next = sentence + 1;
  }
  if (next <= sentences) std::fill(first_.begin() + next, first_.end(), static_cast<uint32_t>(all_.size()));
}

std::span<const ActorMention> SentenceMentions::Of(uint32_t first, uint32_t end) const {
  if (!sorted_ || first_.empty()) return all_;
  if (end <= first) return {};
  const size_t last = first_.size() - 1;  // the number of sentences indexed
  const size_t lo = first_[std::min<size_t>(first, last)];
  const size_t hi = end >= last ? all_.size() : first_[end];
  return all_.subspan(lo, hi - lo);
}

std::span<const ActorMention> SentenceMentions::OfBytes(const Analysis& a, uint32_t begin, uint32_t end) const {
  if (!sorted_) return all_;
  const auto& ss = a.sentences;
  const auto lo = std::partition_point(ss.begin(), ss.end(), [begin](const Sentence& s) { return s.end < begin; });
  const auto hi = std::partition_point(lo, ss.end(), [end](const Sentence& s) { return s.begin <= end; });
  return Of(static_cast<uint32_t>(lo - ss.begin()), static_cast<uint32_t>(hi - ss.begin()));
}

}  // namespace dyad
