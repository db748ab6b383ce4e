// Names of the conventions (dyad/conventions.h).
#include "dyad/conventions.h"

#include <string>

namespace dyad {

const char* ConventionsName(Conventions c) { return c == Conventions::kPetrarch ? "petrarch" : "dyad"; }

Result<Conventions> ParseConventions(std::string_view name) {
  if (name == "dyad") return Conventions::kDyad;
  if (name == "petrarch") return Conventions::kPetrarch;
  return Status::InvalidArgument("unknown conventions \"" + std::string(name) + "\" (dyad or petrarch)");
}

}  // namespace dyad
