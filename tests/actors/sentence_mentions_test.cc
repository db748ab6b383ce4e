// The per-sentence index of actor mentions against its slow references: the
// loops over all of a document's mentions, which where.cc's MentionIn was.
#include "actors/sentence_mentions.h"

#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

std::vector<const ActorMention*> Pointers(std::span<const ActorMention> mentions) {
  std::vector<const ActorMention*> out;
  for (const ActorMention& m : mentions) out.push_back(&m);
  return out;
}

ActorMentions WithSentences(const std::vector<uint32_t>& sentences) {
  ActorMentions actors;
  for (uint32_t s : sentences) actors.mentions.emplace_back().sentence = s;
  return actors;
}

TEST(SentenceMentionsTest, SlicesTheMentionsOfSentences) {
  // The mentions' sentences, the sentences indexed, and for sentences
  // [first, end) the slice [from, to) of the mentions expected.
  struct Case {
    std::vector<uint32_t> sentences;
    size_t indexed;
    uint32_t first, end;
    size_t from, to;
  };
  // Five sentences; the second and the fifth name no one.
  const std::vector<uint32_t> five = {0, 0, 2, 3, 3, 3};
  const Case cases[] = {
      {five, 5, 0, 1, 0, 2},
      {five, 5, 1, 2, 2, 2},
      {five, 5, 2, 3, 2, 3},
      {five, 5, 3, 4, 3, 6},
      {five, 5, 4, 5, 6, 6},
      {five, 5, 0, 5, 0, 6},
      {five, 5, 1, 4, 2, 6},
      {five, 5, 2, 2, 2, 2},
      {five, 5, 3, 1, 0, 0},
      {five, 5, 7, 9, 6, 6},
      // Mentions of sentences past those indexed end the last slice.
      {{0, 7, 9}, 5, 0, 1, 0, 1},
      {{0, 7, 9}, 5, 1, 4, 1, 1},
      {{0, 7, 9}, 5, 4, 5, 1, 3},
      {{0, 7, 9}, 5, 8, 10, 1, 3},
      // Mentions out of sentence order: every slice is all of them.
      {{0, 2, 1}, 3, 1, 2, 0, 3},
      {{0, 2, 1}, 3, 0, 0, 0, 3},
  };
  for (const Case& c : cases) {
    const ActorMentions actors = WithSentences(c.sentences);
    SentenceMentions index;
    index.Build(actors, c.indexed);
    EXPECT_EQ(Pointers(index.Of(c.first, c.end)), Pointers(std::span(actors.mentions).subspan(c.from, c.to - c.from)))
        << ::testing::PrintToString(c.sentences) << ", sentences [" << c.first << ", " << c.end << ")";
  }
}

TEST(SentenceMentionsTest, ABuildReplacesTheLastDocument) {
  SentenceMentions index;
  const ActorMentions longer = WithSentences({0, 1, 1, 4});
  index.Build(longer, 6);
  const ActorMentions shorter = WithSentences({1});
  index.Build(shorter, 2);
  EXPECT_EQ(index.Of(0, 1).size(), 0u);
  ASSERT_EQ(index.Of(1, 2).size(), 1u);
  EXPECT_EQ(&index.Of(1, 2)[0], &shorter.mentions[0]);
}

// The references: the loops over all of a document's mentions.
std::vector<const ActorMention*> OfSentenceReference(const ActorMentions& actors, uint32_t s) {
  std::vector<const ActorMention*> out;
  for (const ActorMention& m : actors.mentions) {
    if (m.sentence == s) out.push_back(&m);
  }
  return out;
}

// The mentions whose tokens lie in bytes [begin, end), as where.cc's
// MentionIn tests them; it takes the first of the code asked for, else the
// first: the same list in the same order gives the same answer.
std::vector<const ActorMention*> InBytes(const Analysis& a, std::span<const ActorMention> mentions, uint32_t begin,
                                         uint32_t end) {
  std::vector<const ActorMention*> out;
  for (const ActorMention& m : mentions) {
    if (m.first_token >= m.end_token || m.end_token > a.tokens.size()) continue;
    if (a.tokens[m.first_token].begin < begin || a.tokens[m.end_token - 1].end > end) continue;
    out.push_back(&m);
  }
  return out;
}

TEST(SentenceMentionsTest, AgreesWithTheLoopsOverAllMentionsOnTheCorpus) {
  std::string error;
  const Coder* coder = testing_util::SharedCoder(&error);
  if (!coder) GTEST_SKIP() << "coder not loaded (outside data missing?): " << error;
  const std::vector<Document> docs = testing_util::FastPathCorpus();
  ASSERT_FALSE(docs.empty());
  CodedDocument coded;
  SentenceMentions index;
  size_t spans = 0, found = 0;
  for (const Document& d : docs) {
    coder->Code(d, &coded);
    const Analysis& a = coded.analysis;
    const ActorMentions& actors = coded.actors;
    index.Build(actors, a.sentences.size());
    for (uint32_t s = 0; s < a.sentences.size(); ++s) {
      ASSERT_EQ(Pointers(index.Of(s, s + 1)), OfSentenceReference(actors, s)) << d.id << " sentence " << s;
    }
    // The spans of the events' sides, and those a side may have: a
    // mention's own, its sentence's, and two sentences together (a side
    // found in another sentence).
    std::vector<std::pair<uint32_t, uint32_t>> tried;
    for (const Event& e : coded.events) {
      tried.emplace_back(e.source_begin, e.source_end);
      tried.emplace_back(e.target_begin, e.target_end);
    }
    for (const ActorMention& m : actors.mentions) {
      if (m.first_token < m.end_token && m.end_token <= a.tokens.size()) {
        tried.emplace_back(a.tokens[m.first_token].begin, a.tokens[m.end_token - 1].end);
      }
    }
    for (size_t s = 0; s < a.sentences.size(); ++s) {
      tried.emplace_back(a.sentences[s].begin, a.sentences[s].end);
      if (s + 1 < a.sentences.size()) tried.emplace_back(a.sentences[s].begin, a.sentences[s + 1].end);
    }
    for (const auto& [begin, end] : tried) {
      const std::vector<const ActorMention*> want = InBytes(a, actors.mentions, begin, end);
      ASSERT_EQ(InBytes(a, index.OfBytes(a, begin, end), begin, end), want)
          << d.id << " bytes [" << begin << ", " << end << ")";
      ++spans;
      found += !want.empty();
    }
  }
  EXPECT_GT(found, 1000u) << "of " << spans << " spans";
}

}  // namespace
}  // namespace dyad
