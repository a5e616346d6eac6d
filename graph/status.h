// Status and Result<T>: the error type at every module boundary of stancegraph.
//
// A Status is OK or carries a code and a message meant for a person ("FILE:LINE: reason",
// "key 0x...: truncated record"). Result<T> holds either a T or a non-OK Status. Both are
// cheap to move and [[nodiscard]]: an ignored error is a compile warning.
//
// Thread safety: plain values; distinct objects may be used from distinct threads.
#ifndef SG_GRAPH_STATUS_H_
#define SG_GRAPH_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sg {

class [[nodiscard]] Status {
 public:
  // Stable: the CLI maps codes to exit statuses. Never renumber.
  enum class Code : int {
    kOk = 0,
    kNotFound = 1,
    kInvalidArgument = 2,  // bad user input: a malformed record, an unknown name
    kCorruption = 3,       // stored bytes that cannot be decoded
    kIoError = 4,          // the file system or RocksDB refused
    kNotSupported = 5,     // e.g. a database written by a newer format version
    kFailedPrecondition = 6,  // e.g. a folder that is not a stancegraph database
    kAlreadyExists = 7,
    kInternal = 8,
  };

  Status() = default;
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }
  static Status NotSupported(std::string m) { return {Code::kNotSupported, std::move(m)}; }
  static Status FailedPrecondition(std::string m) {
    return {Code::kFailedPrecondition, std::move(m)};
  }
  static Status AlreadyExists(std::string m) { return {Code::kAlreadyExists, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "Corruption: key ...: truncated record"; "OK" when ok.
  std::string ToString() const;

  // Returns a copy whose message is "context: message" (no-op when ok).
  Status WithContext(std::string_view context) const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a non-OK Status. Accessing value() of an error is a programmer error.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "Result built from an OK status has no value");
    if (status_.ok()) status_ = Status::Internal("Result built from an OK status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace sg

#define SG_STATUS_CONCAT_INNER_(a, b) a##b
#define SG_STATUS_CONCAT_(a, b) SG_STATUS_CONCAT_INNER_(a, b)

// Returns the Status from the enclosing function if `expr` is not OK.
#define SG_RETURN_IF_ERROR(expr)         \
  do {                                   \
    ::sg::Status sg_status_ = (expr);    \
    if (!sg_status_.ok()) return sg_status_; \
  } while (0)

// `lhs = value of expr`, or returns its Status from the enclosing function.
#define SG_ASSIGN_OR_RETURN(lhs, expr) \
  SG_ASSIGN_OR_RETURN_IMPL_(SG_STATUS_CONCAT_(sg_result_, __LINE__), lhs, expr)
#define SG_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()

#endif  // SG_GRAPH_STATUS_H_
