#pragma once
// Status and Result<T>: how Qonun's libraries report expected failures.
//
// Codes are transport-neutral (a subset of Abseil's); the API maps them to
// HTTP statuses and the CLI to exit codes. Nothing in the libraries throws
// across a module boundary: third-party exceptions are converted where the
// call is made.
//
//   Result<Corpus> corpus = LoadCorpus(dir);
//   if (!corpus.ok()) return corpus.status();
//   Use(corpus.value());
//
// Thread-safety: Status and Result are values, like std::string: const
// methods may be called concurrently, and value() returns a reference that
// lives as long as the Result it came from.

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace qonun {

enum class StatusCode {
  kOk,
  kInvalidArgument,
  kNotFound,
  kAlreadyExists,
  kFailedPrecondition,
  kUnavailable,
  kDataLoss,
  kInternal,
};

// Lower-case name of a code, for logs and error payloads ("invalid_argument").
const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK

  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }

  bool ok() const { return code_ == StatusCode::kOk; }

  StatusCode code() const { return code_; }

  const std::string& message() const { return message_; }

  // "invalid_argument: <message>", or "ok".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string m) {
  return {StatusCode::kInvalidArgument, std::move(m)};
}

inline Status NotFoundError(std::string m) {
  return {StatusCode::kNotFound, std::move(m)};
}

inline Status FailedPreconditionError(std::string m) {
  return {StatusCode::kFailedPrecondition, std::move(m)};
}

inline Status UnavailableError(std::string m) {
  return {StatusCode::kUnavailable, std::move(m)};
}

inline Status DataLossError(std::string m) {
  return {StatusCode::kDataLoss, std::move(m)};
}

inline Status InternalError(std::string m) {
  return {StatusCode::kInternal, std::move(m)};
}

// Either a value or a non-OK Status. Accessing value() of an error is a bug
// and aborts.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)

  Result(Status status) : data_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    if (std::get<Status>(data_).ok()) {
      data_ = Status(StatusCode::kInternal, "Result constructed from an OK status");
    }
  }

  bool ok() const { return std::holds_alternative<T>(data_); }

  Status status() const { return ok() ? Status() : std::get<Status>(data_); }

  const T& value() const& { return std::get<T>(data_); }

  T& value() & { return std::get<T>(data_); }

  T&& value() && { return std::get<T>(std::move(data_)); }

  const T& operator*() const& { return value(); }

  T& operator*() & { return value(); }

  const T* operator->() const { return &value(); }

  T* operator->() { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace qonun

// Returns from the enclosing function when `expr` yields a non-OK Status.
#define QONUN_RETURN_IF_ERROR(expr)         \
  do {                                      \
    ::qonun::Status qonun_status_ = (expr); \
    if (!qonun_status_.ok()) {              \
      return qonun_status_;                 \
    }                                       \
  } while (false)
