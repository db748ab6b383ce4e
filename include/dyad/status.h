// Status and Result<T>: how every dyad library call reports failure.
//
// No exception crosses the library boundary. A call that can fail returns a
// Status (or a Result<T> holding either a value or a non-OK Status). Messages
// name the file and record (line) where the problem is, so a user can find it.
// Both types are plain values: copy them freely; they are thread-compatible.
// Reading the value of a Result that holds an error is a bug in the caller:
// it aborts the process with the Status's message (the one place the library
// writes to stderr), instead of reading an empty optional.
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace dyad {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something malformed (usage)
  kNotFound,         // a file, document or entry does not exist
  kIoError,          // the operating system refused a read or write
  kDataError,        // input or dictionary content is malformed
  kInternal,         // a bug: an invariant does not hold
};

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(StatusCode::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(StatusCode::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(StatusCode::kIoError, std::move(msg)); }
  static Status DataError(std::string msg) { return Status(StatusCode::kDataError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(StatusCode::kInternal, std::move(msg)); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string msg) : code_(code), message_(std::move(msg)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

namespace internal {
// Writes "dyad: Result::value() on an error: <status>" to stderr and aborts.
[[noreturn]] void DieOnErrorValue(const Status& status);
}  // namespace internal

// A value or the reason there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}    // NOLINT: implicit by design
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return (Check(), *value_); }
  const T& value() const& { return (Check(), *value_); }
  T&& value() && { return (Check(), std::move(*value_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }

 private:
  void Check() const {
    if (!value_.has_value()) internal::DieOnErrorValue(status_);
  }
  std::optional<T> value_;
  Status status_;
};

#define DYAD_RETURN_IF_ERROR(expr)            \
  do {                                        \
    ::dyad::Status dyad_status_ = (expr);     \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

}  // namespace dyad

#endif  // DYAD_STATUS_H_
