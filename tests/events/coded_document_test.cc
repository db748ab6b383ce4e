// CodedDocument's copies and moves: its Analysis views its own full_text, so
// a copy or a moved-to document must view its own text, not the original's
// (under AddressSanitizer a stale view is a use after free). Both a short
// text (kept inside the string object, so its bytes move with it) and a
// long one are tried, and the originals are destroyed before the copies are
// read.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>

#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

// A CodedDocument as Coder::FindActors leaves it, without a coder: the
// view over the text and one token over its first word.
std::unique_ptr<CodedDocument> Made(const std::string& text) {
  auto c = std::make_unique<CodedDocument>();
  c->full_text = text;
  c->analysis.text = c->full_text;
  Token t;
  t.begin = 0;
  t.end = static_cast<uint32_t>(text.find(' '));
  c->analysis.tokens.push_back(t);
  return c;
}

void ExpectOwnView(const CodedDocument& c, const std::string& text) {
  EXPECT_EQ(c.full_text, text);
  EXPECT_EQ(c.analysis.text.data(), c.full_text.data());
  EXPECT_EQ(c.analysis.text.size(), c.full_text.size());
  EXPECT_EQ(c.analysis.Surface(c.analysis.tokens[0]), text.substr(0, text.find(' ')));
}

class CodedDocumentTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CodedDocumentTest, CopyViewsItsOwnText) {
  const std::string text = GetParam();
  auto original = Made(text);
  CodedDocument copy(*original);
  CodedDocument assigned;
  assigned = *original;
  original.reset();
  ExpectOwnView(copy, text);
  ExpectOwnView(assigned, text);
}

TEST_P(CodedDocumentTest, MoveViewsItsOwnText) {
  const std::string text = GetParam();
  auto original = Made(text);
  CodedDocument moved(std::move(*original));
  EXPECT_TRUE(original->analysis.text.empty());
  original.reset();
  ExpectOwnView(moved, text);
  auto other = Made(text);
  CodedDocument assigned;
  assigned = std::move(*other);
  other.reset();
  ExpectOwnView(assigned, text);
  // Into a vector that grows: every element moves.
  std::vector<CodedDocument> v;
  for (int i = 0; i < 9; ++i) v.push_back(*Made(text));
  for (const CodedDocument& c : v) ExpectOwnView(c, text);
}

INSTANTIATE_TEST_SUITE_P(ShortAndLong, CodedDocumentTest,
                         ::testing::Values(std::string("Iran warned."),
                                           std::string("China praised Russia on Monday, and the talks went on ") +
                                               std::string(200, 'x')));

// A real document coded, copied and the original dropped: the copy's events
// and surfaces still read.
TEST(CodedDocumentCoderTest, CopyOfACodedDocumentOutlivesIt) {
  std::string error;
  const Coder* coder = testing_util::SharedCoder(&error);
  if (!coder) GTEST_SKIP() << "the coder did not load: " << error;
  auto original = std::make_unique<CodedDocument>();
  coder->Code(testing_util::MakeDocument("China praised Russia on Monday."), original.get());
  ASSERT_FALSE(original->events.empty());
  std::string expected;
  for (const Token& t : original->analysis.tokens) expected.append(original->analysis.Surface(t)).push_back(' ');
  CodedDocument copy = *original;
  CodedDocument moved = std::move(*original);
  original.reset();
  for (const CodedDocument* c : {&copy, &moved}) {
    std::string got;
    for (const Token& t : c->analysis.tokens) got.append(c->analysis.Surface(t)).push_back(' ');
    EXPECT_EQ(got, expected);
    EXPECT_EQ(c->events.front().cameo->code.substr(0, 2), "05");
  }
}

}  // namespace
}  // namespace dyad
