// The one exception hierarchy thrown across Concord's library boundaries.
#pragma once

#include <stdexcept>
#include <string>

namespace concord {

/// Process exit statuses; `concord --help` documents them.
enum class ExitCode : int {
  Success = 0,
  /// Some input could not be used (a bad file, a missing statement); the rest was done.
  DataError = 1,
  /// The command line or a query is malformed.
  UsageError = 2,
  /// The environment failed: the database cannot be opened or written, a library broke.
  EnvironmentError = 3,
  /// Interrupted (Ctrl-C, SIGTERM) while a helper program ran; it was stopped and its
  /// scratch files removed. 128 + SIGINT, as a shell reports it.
  Interrupted = 130,
};

/// Base of every error Concord throws; carries the exit status the CLI should use.
class Error : public std::runtime_error {
 public:
  Error(const std::string& message, ExitCode code) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] ExitCode exit_code() const noexcept { return code_; }

 private:
  ExitCode code_;
};

/// The user asked for something malformed: bad arguments, an unparsable query.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, ExitCode::UsageError) {}
};

/// Input data cannot be used: a malformed PDF, invalid UTF-8, an unknown statement id.
class DataError : public Error {
 public:
  explicit DataError(const std::string& message) : Error(message, ExitCode::DataError) {}
};

/// The environment failed: a database that cannot be opened, a missing data file.
class EnvironmentError : public Error {
 public:
  explicit EnvironmentError(const std::string& message)
      : Error(message, ExitCode::EnvironmentError) {}
};

/// The user interrupted a run of a helper program (Apertium, Chromium).
class Interrupted : public Error {
 public:
  explicit Interrupted(const std::string& message) : Error(message, ExitCode::Interrupted) {}
};

}  // namespace concord
