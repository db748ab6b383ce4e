// Which entries of a small float array reach a floor, as a bit mask (internal):
// the tagger's distributions have 46 entries of which few pass its cut, and
// testing four at a time lets it visit only those.
#ifndef DYAD_SRC_TAG_FLOAT_MASK_H_
#define DYAD_SRC_TAG_FLOAT_MASK_H_

#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dyad::tag {

// The reference: bit i set where !(v[i] < floor) (a NaN entry is kept, as the
// scalar test `if (v[i] < floor) continue;` keeps it). n is at most 64.
inline uint64_t AtLeastMaskReference(const float* v, size_t n, float floor) {
  uint64_t m = 0;
  for (size_t i = 0; i < n; ++i) m |= static_cast<uint64_t>(!(v[i] < floor)) << i;
  return m;
}

// The same mask, four entries per compare where SSE2 is there (every x86-64).
inline uint64_t AtLeastMask(const float* v, size_t n, float floor) {
  uint64_t m = 0;
  size_t i = 0;
#if defined(__SSE2__)
  const __m128 f = _mm_set1_ps(floor);
  // Unrolled: the tagger's 46 entries are eleven compares, and the loop's own
  // counting and branching was as costly as the compares.
#pragma GCC unroll 16
  for (; i + 4 <= n; i += 4) {
    // cmpnlt is "not less than": true for NaN too, as the reference.
    const int bits = _mm_movemask_ps(_mm_cmpnlt_ps(_mm_loadu_ps(v + i), f));
    m |= static_cast<uint64_t>(bits) << i;
  }
#endif
  for (; i < n; ++i) m |= static_cast<uint64_t>(!(v[i] < floor)) << i;
  return m;
}

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_FLOAT_MASK_H_
