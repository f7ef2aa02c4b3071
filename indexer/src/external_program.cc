// Child processes: PATH lookup, scratch folders, and a run with a time limit.
#include "concord/indexer/external_program.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <utility>

#include "concord/engine/error.hpp"

extern char** environ;

namespace concord {
namespace {

namespace fs = std::filesystem;

std::string system_error_text(int error) { return std::strerror(error); }

// The signal that interrupted a run, 0 while none has. A signal handler may only set a
// lock-free atomic, so this one flag is shared by the process.
std::atomic<int> interrupting_signal{0};

void note_interruption(int signal) { interrupting_signal = signal; }

// While a child runs, Ctrl-C and SIGTERM are noted instead of ending Concord at once: the
// child runs in its own process group (the terminal's Ctrl-C does not reach it), so Concord
// must stop it and let its callers remove their scratch folders. The previous handlers come
// back when the run ends.
class InterruptionWatch {
 public:
  InterruptionWatch() {
    interrupting_signal = 0;
    struct sigaction action {};
    action.sa_handler = note_interruption;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previous_interrupt_);
    sigaction(SIGTERM, &action, &previous_terminate_);
  }
  ~InterruptionWatch() {
    sigaction(SIGINT, &previous_interrupt_, nullptr);
    sigaction(SIGTERM, &previous_terminate_, nullptr);
  }
  InterruptionWatch(const InterruptionWatch&) = delete;
  InterruptionWatch& operator=(const InterruptionWatch&) = delete;

  [[nodiscard]] bool interrupted() const { return interrupting_signal != 0; }

 private:
  struct sigaction previous_interrupt_ {};
  struct sigaction previous_terminate_ {};
};

// A file descriptor, closed when it goes.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() { close(fd_); }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;

  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

// Starts `program` with `args` in a process group of its own, reading nothing (/dev/null) and
// writing stdout and stderr into `output`; returns its process id.
pid_t spawn_in_own_group(const fs::path& program, const std::vector<std::string>& args,
                         int output) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, output, 1);
  posix_spawn_file_actions_adddup2(&actions, output, 2);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);

  std::vector<std::string> argv_strings{program.string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned =
      posix_spawn(&pid, program.c_str(), &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) {
    throw EnvironmentError(
        fmt::format("cannot run {}: {}", program.string(), system_error_text(spawned)));
  }
  return pid;
}

// Ends a child and the processes it started, and reaps it.
void stop_process_group(pid_t pid) {
  kill(-pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

}  // namespace

std::optional<fs::path> find_program(const std::vector<std::string>& names) {
  const char* path = std::getenv("PATH");
  std::stringstream stream(path != nullptr ? path : "");
  std::vector<fs::path> folders;
  for (std::string dir; std::getline(stream, dir, ':');)
    folders.emplace_back(dir.empty() ? "." : dir);
  for (const std::string& name : names) {
    for (const fs::path& folder : folders) {
      const fs::path candidate = folder / name;
      std::error_code ec;
      if (fs::is_regular_file(candidate, ec) && access(candidate.c_str(), X_OK) == 0)
        return candidate;
    }
  }
  return std::nullopt;
}

ScratchDirectory::ScratchDirectory() {
  std::string pattern = (fs::temp_directory_path() / "concord-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw EnvironmentError(
        fmt::format("cannot create a temporary folder: {}", system_error_text(errno)));
  }
  path_ = pattern;
}

ScratchDirectory::~ScratchDirectory() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

ProgramRun run_program(const fs::path& program, const std::vector<std::string>& args,
                       int timeout_seconds) {
  const InterruptionWatch watch;  // before the child exists, so that no signal is missed
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
    throw EnvironmentError(
        fmt::format("cannot run {}: {}", program.string(), system_error_text(errno)));
  }
  const FileDescriptor from_child(pipe_fds[0]);
  pid_t pid = 0;
  {
    // The parent's write end closes once the child has its own copy.
    const FileDescriptor to_child(pipe_fds[1]);
    pid = spawn_in_own_group(program, args, to_child.get());
  }

  // Helper processes (Chromium's) may keep the pipe open after the program exits, so the
  // loop ends when the process does, not at the end of the pipe.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  std::string output;
  char buffer[8192];
  bool pipe_open = true;
  int status = 0;
  for (;;) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      const int error = errno;
      kill(-pid, SIGKILL);
      throw EnvironmentError(fmt::format("cannot wait for {}: {}", program.filename().string(),
                                         system_error_text(error)));
    }
    if (watch.interrupted()) {
      stop_process_group(pid);
      throw Interrupted(fmt::format("interrupted; stopped {}", program.filename().string()));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      stop_process_group(pid);
      throw EnvironmentError(fmt::format("{} did not finish within {} s; stopped it",
                                         program.filename().string(), timeout_seconds));
    }
    if (pipe_open) {
      pollfd fd{from_child.get(), POLLIN, 0};
      if (poll(&fd, 1, 100) > 0) {
        const ssize_t n = read(from_child.get(), buffer, sizeof buffer);
        if (n > 0) {
          output.append(buffer, static_cast<std::size_t>(n));
        } else if (n == 0) {
          pipe_open = false;
        }
      }
    } else {
      usleep(50 * 1000);
    }
  }
  // Whatever is already in the pipe, without waiting for helpers.
  if (pipe_open) {
    fcntl(from_child.get(), F_SETFL, O_NONBLOCK);
    for (ssize_t n; (n = read(from_child.get(), buffer, sizeof buffer)) > 0;) {
      output.append(buffer, static_cast<std::size_t>(n));
    }
  }
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return {code, std::move(output)};
}

}  // namespace concord
