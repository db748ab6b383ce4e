#include "events/restates.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

// A story's later sentence that tells the same act again is no new event;
// the headline's restatement in the lead is, and so is any other act.
TEST(RestatesEarlier, SameActAgainButNotTheHeadline) {
  Analysis a;
  a.sentences.resize(3);
  a.sentences[0].is_title = true;
  const CameoCode attack{"190"}, shell{"195"};
  auto event = [](uint32_t sentence, const char* source, const char* target, const CameoCode* code) {
    Event e;
    e.sentence = sentence;
    e.source = source;
    e.target = target;
    e.cameo = code;
    return e;
  };
  const Event headline = event(0, "RUSMIL", "UKR", &attack);
  const Event lead = event(1, "RUSMIL", "UKR", &attack);
  EXPECT_FALSE(RestatesEarlier(a, headline, lead));
  EXPECT_TRUE(RestatesEarlier(a, lead, event(2, "RUSMIL", "UKR", &attack)));
  EXPECT_FALSE(RestatesEarlier(a, lead, event(2, "RUSMIL", "UKR", &shell)));      // another code
  EXPECT_FALSE(RestatesEarlier(a, lead, event(2, "RUSMIL", "UKRMIL", &attack)));  // another target
  EXPECT_FALSE(RestatesEarlier(a, lead, event(2, "RUS", "UKR", &attack)));        // another source
  EXPECT_FALSE(RestatesEarlier(a, lead, event(1, "RUSMIL", "UKR", &attack)));     // the same sentence
}

}  // namespace
}  // namespace dyad
