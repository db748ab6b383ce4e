#include "dyad/status.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(StatusTest, OkAndErrors) {
  EXPECT_TRUE(Status::Ok().ok());
  Status s = Status::DataError("a.txt:3: bad entry");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kDataError);
  EXPECT_EQ(s.ToString(), "data error: a.txt:3: bad entry");
}

TEST(ResultTest, ValueOrStatus) {
  Result<int> r = 7;
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 7);
  Result<int> e = Status::NotFound("x");
  EXPECT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), StatusCode::kNotFound);
}

// Reading the value of an error is a caller's bug: it stops with the
// message, not with whatever an empty optional holds.
TEST(ResultDeathTest, ValueOfAnErrorAbortsWithTheMessage) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  Result<std::string> e = Status::NotFound("data/actors: no such folder");
  EXPECT_DEATH((void)e.value(), "Result::value\\(\\) on an error: not found: data/actors: no such folder");
  EXPECT_DEATH((void)*e, "not found: data/actors");
  EXPECT_DEATH((void)e->size(), "not found: data/actors");
  EXPECT_DEATH((void)std::move(e).value(), "not found: data/actors");
}

}  // namespace
}  // namespace dyad
