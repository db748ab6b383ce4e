// Conventions: which coder's ways dyad follows where PETRARCH 2 and dyad's own
// coding read the same sentence differently (whom an event is aimed at, how
// actor codes are composed, which pronouns are resolved; docs/petrarch.md,
// "PETRARCH's conventions", lists them).
//
// The caller chooses them (CoderOptions::conventions, `dyad code
// --conventions`); they are never inferred from the dictionaries loaded, so
// PETRARCH dictionaries can be coded the dyad way and dyad's the PETRARCH way.
// A plain value: no ownership, and safe to share between threads.
#ifndef DYAD_CONVENTIONS_H_
#define DYAD_CONVENTIONS_H_

#include <cstdint>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

enum class Conventions : uint8_t {
  kDyad,      // dyad's own coding (the default)
  kPetrarch,  // PETRARCH 2's, to reproduce its output (dyad validate)
};

// "dyad" or "petrarch".
const char* ConventionsName(Conventions c);
// The inverse of ConventionsName; any other name is InvalidArgument.
Result<Conventions> ParseConventions(std::string_view name);

}  // namespace dyad

#endif  // DYAD_CONVENTIONS_H_
