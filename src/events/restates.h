// Whether an event restates one of an earlier sentence (internal): the rule
// the coder applies to every event of a document and the facade applies
// again to acts aimed at a place, which get their target only after the
// place finder has run. Stateless; safe from any thread.
#ifndef DYAD_SRC_EVENTS_RESTATES_H_
#define DYAD_SRC_EVENTS_RESTATES_H_

#include "dyad/analysis.h"
#include "dyad/events.h"

namespace dyad {

// A story repeats its events: one event per source, target and full code in
// the document, the first kept. A headline and the lead that restates it are
// both kept (they are the story's two statements of the event), so an
// earlier event of a title sentence is restated by none.
inline bool RestatesEarlier(const Analysis& a, const Event& earlier, const Event& later) {
  if (earlier.sentence == later.sentence) return false;
  if (earlier.sentence < a.sentences.size() && a.sentences[earlier.sentence].is_title) return false;
  return earlier.cameo == later.cameo && earlier.source == later.source && earlier.target == later.target;
}

}  // namespace dyad

#endif  // DYAD_SRC_EVENTS_RESTATES_H_
