// A switch for the fast prefilters that let the hot paths skip work: the
// event patterns' word filters and anchor bits (events/patterns.h), the
// actor trie's first-word bits (actors/dictionary.h), the tagger's skipped
// passes and memo of unknown words (tag/tagger.cc) and the sentence
// splitter's shortcut after a plain word (text/segmenter.cc). They are always on,
// except in the test that checks each fast path against the slow reference
// it stands for (tests/events/prefilter_test.cc, as re2 checks its fast
// paths): with them off, every pattern of an anchor is tried and every word
// probes the full tables.
//
// Read when a dictionary is loaded, never while coding: a loaded dictionary
// keeps what it was built with. Set it only while nothing is loading.
#ifndef DYAD_SRC_CORE_PREFILTERS_H_
#define DYAD_SRC_CORE_PREFILTERS_H_

#include <atomic>

namespace dyad {

inline std::atomic<bool>& PrefiltersSwitch() {
  static std::atomic<bool> on{true};
  return on;
}
inline bool PrefiltersEnabled() { return PrefiltersSwitch().load(std::memory_order_relaxed); }
inline void SetPrefiltersEnabled(bool on) { PrefiltersSwitch().store(on, std::memory_order_relaxed); }

}  // namespace dyad

#endif  // DYAD_SRC_CORE_PREFILTERS_H_
