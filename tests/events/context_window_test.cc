// Issue 18.9: a target or antecedent from context is looked for in the last
// sentences of the story (SentenceCoder::kContextSentences, 32), not across
// the whole document, which also keeps a long document's cost linear.
#include <gtest/gtest.h>

#include <string>

#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

// The target of the event coded in the last sentence, after `fillers`
// sentences without actors; "" when it has none or there is no such event.
std::string LastTarget(const Coder& coder, int fillers) {
  std::string text = "North Korea fired missiles at Japan on Monday.";
  for (int i = 0; i < fillers; ++i) text += " The weather in the region was cold and dry that week.";
  text += " South Korea condemned the launch on Tuesday.";
  CodedDocument out;
  coder.Code(testing_util::MakeDocument(text), &out);
  const uint32_t last = static_cast<uint32_t>(fillers + 1);
  for (const Event& e : out.events) {
    if (e.sentence == last) return e.target;
  }
  return "";
}

TEST(ContextWindowTest, TargetFromContextReachesBackAFewSentencesNotAPage) {
  std::string error;
  const Coder* coder = testing_util::SharedCoder(&error);
  ASSERT_NE(coder, nullptr) << error;
  EXPECT_EQ(LastTarget(*coder, 1), "PRK");
  EXPECT_EQ(LastTarget(*coder, 20), "PRK");
  EXPECT_NE(LastTarget(*coder, 40), "PRK");
}

}  // namespace
}  // namespace dyad
