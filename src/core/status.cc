#include "dyad/status.h"

#include <cstdio>
#include <cstdlib>

namespace dyad {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: name = "invalid argument"; break;
    case StatusCode::kNotFound: name = "not found"; break;
    case StatusCode::kIoError: name = "I/O error"; break;
    case StatusCode::kDataError: name = "data error"; break;
    case StatusCode::kInternal: name = "internal error"; break;
  }
  return std::string(name) + ": " + message_;
}

namespace internal {

void DieOnErrorValue(const Status& status) {
  // The caller did not check ok(): there is no value to return and no way
  // to report it as a Status, so say why before stopping.
  std::fprintf(stderr, "dyad: Result::value() on an error: %s\n", status.ToString().c_str());
  std::fflush(stderr);
  std::abort();
}

}  // namespace internal

}  // namespace dyad
