// An allocator for the large tables read at random on every token (the
// lexicons' hash tables, the actor trie): blocks of 1 MiB or more are
// aligned to 2 MiB and offered to the kernel as transparent huge pages
// (internal).
//
// Why: a look-up in a table of several megabytes misses the TLB as often as
// the cache, and on virtual machines a TLB miss costs a nested page walk.
// Debian's kernels default to `madvise` for transparent huge pages, so the
// tables must ask. Where the kernel declines, the memory is used as is.
// Stateless; safe from any thread.
#ifndef DYAD_SRC_CORE_HUGE_PAGES_H_
#define DYAD_SRC_CORE_HUGE_PAGES_H_

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

namespace dyad {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;
  static constexpr size_t kThreshold = size_t{1} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: allocators convert implicitly

  T* allocate(size_t n) {
    size_t bytes = n == 0 ? 1 : n * sizeof(T);
    void* p = nullptr;
    if (bytes >= kThreshold) {
      size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
      p = std::aligned_alloc(kHugePage, rounded);
      if (p) madvise(p, rounded, MADV_HUGEPAGE);
    } else {
      p = std::aligned_alloc(alignof(T) < alignof(std::max_align_t) ? alignof(std::max_align_t) : alignof(T),
                             (bytes + alignof(std::max_align_t) - 1) / alignof(std::max_align_t) *
                                 alignof(std::max_align_t));
    }
    if (!p) throw std::bad_alloc();  // as std::allocator does
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) { std::free(p); }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

// A vector whose large buffers sit on huge pages.
template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace dyad

#endif  // DYAD_SRC_CORE_HUGE_PAGES_H_
