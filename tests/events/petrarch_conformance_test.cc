// PETRARCH's own unit-test records (../shared/conformance/petrarch2), coded
// from their text with the dictionaries beside them: an outside check of the
// coding engine. Fails when the pass count drops below the level reached;
// skips when the shared material is absent.
#include <gtest/gtest.h>

#include <string>

#include "events/petrarch_validate.h"
#include "test_util.h"

namespace dyad::petrarch {
namespace {

// Records passing when this floor was set (of 284). Raise it when the coder
// improves; never lower it to make a change pass.
constexpr size_t kPassFloor = 246;

TEST(PetrarchConformanceTest, UnitTestRecordsFromText) {
  const std::string records = "conformance/petrarch2/PETR.UnitTest.records.xml";
  if (!testing_util::HaveShared(records)) GTEST_SKIP() << "no " << testing_util::SharedDir() << "/" << records;
  ValidationOptions options;
  options.data_dir = testing_util::DataDir();
  auto report = Validate(testing_util::SharedDir() + "/" + records, options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->passed + report->failed, report->records.size());
  EXPECT_GE(report->records.size(), 280u);
  // dyad reads every line of the validation dictionaries (some entries use
  // features it lacks: those are notes, not errors).
  size_t errors = 0;
  for (const std::string& n : report->load_notes) errors += n.find(": error: ") != std::string::npos;
  EXPECT_EQ(errors, 0u) << ::testing::PrintToString(report->load_notes);
  EXPECT_GE(report->passed, kPassFloor) << report->passed << " of " << report->records.size()
                                        << " records pass (dyad validate lists the failures)";
}

}  // namespace
}  // namespace dyad::petrarch
