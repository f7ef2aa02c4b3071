// Test support: run the concord binary and capture what it prints; child processes that keep
// running (servers); temporary folders.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace concord::testing {

/// When a wait gives up. Steady time, so that a change of the wall clock cannot shorten a wait.
using Deadline = std::chrono::steady_clock::time_point;
/// A deadline that never passes: the wait takes as long as it takes.
inline constexpr Deadline kNoDeadline = Deadline::max();

/// poll's timeout for `deadline`: -1 (none) for kNoDeadline, else the milliseconds left,
/// rounded up so that poll does not return just before the deadline.
[[nodiscard]] int poll_timeout_ms(Deadline deadline);

struct ProcessResult {
  /// The exit status, 128 + the signal's number when a signal ended the process; -1 when it
  /// had not ended in time (`timed_out`).
  int exit_code = -1;
  /// Whether the process was killed for running longer than its timeout.
  bool timed_out = false;
  std::string out;
  std::string err;
};

/// Runs `program` with `args`, stdin from /dev/null, and waits for it. `env` entries are
/// added to (or replace) the environment. With a `timeout`, a process that has not ended and
/// closed its output by then is killed (SIGKILL).
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {},
                          std::optional<std::chrono::milliseconds> timeout = std::nullopt);

/// Runs the concord binary under test.
ProcessResult run_concord(const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {});

/// Starts `program` in the background with stdout and stderr to /dev/null; returns its pid,
/// which the caller kills and reaps.
pid_t start_process(const std::string& program, const std::vector<std::string>& args);

/// A file descriptor, closed when the object dies.
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(UniqueFd&& other) noexcept;
  UniqueFd& operator=(UniqueFd&& other) noexcept;
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd() { reset(); }

  [[nodiscard]] int get() const { return fd_; }
  [[nodiscard]] bool is_open() const { return fd_ >= 0; }
  void reset() noexcept;

 private:
  int fd_ = -1;
};

/// Where a child process's stdout or stderr goes.
enum class Output {
  /// /dev/null.
  kDiscard,
  /// A pipe that ChildProcess reads into stdout_text() or stderr_text().
  kPipe,
  /// Appended to SpawnOptions::output_file, created when absent.
  kAppendToFile,
  /// Wherever stdout goes (stderr only).
  kLikeStdout,
};

struct SpawnOptions {
  Output stdout_to = Output::kPipe;
  Output stderr_to = Output::kPipe;
  /// The file for Output::kAppendToFile.
  std::filesystem::path output_file{};
  /// The child leads a process group of its own and signals go to the whole group, so that
  /// stopping a server also stops the children it forks (one per connection, say).
  bool own_process_group = false;
  /// Added to (or replacing) entries of this process's environment.
  std::map<std::string, std::string> env{};
};

/// A child process started with stdin from /dev/null. When the object dies while the child
/// still runs, the child (or its group) is killed with SIGKILL and reaped, so that no test
/// leaves a process behind; its pipes are closed.
class ChildProcess {
 public:
  /// Starts `program` (a path; PATH is not searched); throws std::runtime_error when it
  /// cannot.
  ChildProcess(const std::string& program, const std::vector<std::string>& args,
               const SpawnOptions& options = {});
  ChildProcess(ChildProcess&& other) noexcept;
  ChildProcess& operator=(ChildProcess&& other) noexcept;
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  ~ChildProcess();

  /// Whether the child has not been reaped yet (it may have exited already).
  [[nodiscard]] bool running() const { return pid_ > 0; }

  /// What the piped stdout and stderr have said so far.
  [[nodiscard]] const std::string& stdout_text() const { return stdout_text_; }
  [[nodiscard]] const std::string& stderr_text() const { return stderr_text_; }
  /// Moves what stdout (stderr) has said so far out of the object.
  std::string take_stdout_text() { return std::move(stdout_text_); }
  std::string take_stderr_text() { return std::move(stderr_text_); }
  /// Whether stdout is a pipe the child has not closed yet.
  [[nodiscard]] bool stdout_open() const { return stdout_pipe_.is_open(); }

  /// Reads the pipes until stdout holds a whole line containing `text`, and returns that
  /// line (without its line end). nullopt when stdout closes or `deadline` passes first
  /// (stdout_open() tells which); stdout_text() has what came meanwhile.
  std::optional<std::string> read_line_containing(const std::string& text, Deadline deadline);

  /// Reads the pipes until the child closes them all; false when `deadline` passed first.
  bool read_until_closed(Deadline deadline);

  /// The exit status when the child has exited (reaping it), nullopt while it runs. Does not
  /// block.
  std::optional<int> try_wait();

  /// Sends `signal` to the child (to its group with own_process_group); false when it could
  /// not, for instance because the child was reaped already.
  bool send_signal(int signal);

  /// Waits for the child to exit and reaps it; its exit status (128 + signal when a signal
  /// ended it), or -1 when there is no child to wait for.
  int wait();

  /// Reaps the child if it exits before `deadline`; its exit status, or nullopt when it is
  /// still running then.
  std::optional<int> wait_until(Deadline deadline);

  /// Sends `signal`, then waits until `deadline` for the child to close its pipes and exit:
  /// a clean stop. The exit status, or nullopt when the signal could not be sent or the child
  /// still runs at `deadline` (the destructor then kills it).
  std::optional<int> stop(int signal, Deadline deadline);

  /// Hands the child over: this object no longer kills or reaps it. Its pid.
  pid_t release();

 private:
  // Waits until a pipe has something or closes, or `deadline` passes, and takes what came;
  // false when the deadline passed with nothing to take, or no pipe is open.
  bool read_available(Deadline deadline);
  // waitpid with `flags`: the exit status once the child is reaped; nullopt while it runs
  // (WNOHANG) or when there is none to wait for.
  std::optional<int> reap(int flags);
  void kill_and_reap() noexcept;

  pid_t pid_ = -1;
  bool own_process_group_ = false;
  UniqueFd stdout_pipe_;
  UniqueFd stderr_pipe_;
  std::string stdout_text_;
  std::string stderr_text_;
};

/// A fresh folder removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  /// Writes `content` to `relative` (creating folders) and returns the full path.
  std::filesystem::path write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

/// The shared folder of real documents, or an empty path when it is absent.
[[nodiscard]] std::filesystem::path shared_dir();

/// Whether Apertium is installed with a route from `from` to `to`, for the tests of
/// translated comparisons (scripts/setup.sh installs it; they skip without it).
[[nodiscard]] bool apertium_translates(const std::string& from, const std::string& to);

}  // namespace concord::testing
