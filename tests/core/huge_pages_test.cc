// HugeVector: large buffers are aligned to huge pages, small ones are not
// rounded up to them, and both hold what is written.
#include "core/huge_pages.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace dyad {
namespace {

TEST(HugePagesTest, LargeBuffersAreAlignedAndUsable) {
  struct Case {
    size_t n;
    bool huge;
  } cases[] = {{0, false}, {1, false}, {1000, false}, {(size_t{1} << 20) / 8, true}, {3'000'000, true}};
  for (const Case& c : cases) {
    HugeVector<uint64_t> v(c.n, 7);
    for (size_t i = 0; i < c.n; i += 4096) v[i] = i;
    for (size_t i = 0; i < c.n; ++i) ASSERT_EQ(v[i], i % 4096 == 0 ? i : 7u) << c.n;
    if (c.n) {
      uintptr_t addr = reinterpret_cast<uintptr_t>(v.data());
      EXPECT_EQ(addr % alignof(std::max_align_t), 0u) << c.n;
      if (c.huge) {
        EXPECT_EQ(addr % HugePageAllocator<uint64_t>::kHugePage, 0u) << c.n;
      }
    }
  }
}

}  // namespace
}  // namespace dyad
