// Test support: run the concord binary and capture what it prints; child processes that keep
// running (servers); temporary folders.
#include "support/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "concord/indexer/machine_translation.hpp"

extern char** environ;

namespace concord::testing {
namespace {

using std::chrono::steady_clock;

std::vector<std::string> environment_with(const std::map<std::string, std::string>& extra) {
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string entry(*e);
    const auto eq = entry.find('=');
    if (eq != std::string::npos && extra.count(entry.substr(0, eq))) continue;
    env.push_back(entry);
  }
  for (const auto& [key, value] : extra) env.push_back(key + "=" + value);
  return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// A posix_spawn settings object (file actions, attributes), initialised with `Init` and
// destroyed with `Destroy` when the object dies.
template <typename Settings, auto Init, auto Destroy>
class SpawnSettings {
 public:
  SpawnSettings() { Init(&settings_); }
  ~SpawnSettings() { Destroy(&settings_); }
  SpawnSettings(const SpawnSettings&) = delete;
  SpawnSettings& operator=(const SpawnSettings&) = delete;
  Settings* get() { return &settings_; }

 private:
  Settings settings_;
};

using SpawnFileActions = SpawnSettings<posix_spawn_file_actions_t, posix_spawn_file_actions_init,
                                       posix_spawn_file_actions_destroy>;
using SpawnAttributes =
    SpawnSettings<posix_spawnattr_t, posix_spawnattr_init, posix_spawnattr_destroy>;

struct Pipe {
  UniqueFd read_end;
  UniqueFd write_end;
};

Pipe make_pipe() {
  std::array<int, 2> ends{};
  // Close-on-exec, so that a child started meanwhile by another thread cannot inherit an end
  // and hold the pipe open; the dup2 that gives the child its copy clears the flag.
  if (pipe2(ends.data(), O_CLOEXEC) != 0) {
    throw std::system_error(errno, std::generic_category(), "pipe2");
  }
  return {UniqueFd(ends[0]), UniqueFd(ends[1])};
}

// Makes the child's `target` (stdout or stderr) go `to`; a pipe made for it goes to `pipe`.
void redirect(posix_spawn_file_actions_t* actions, int target, Output to,
              const std::filesystem::path& output_file, Pipe& pipe) {
  switch (to) {
    case Output::kDiscard:
      posix_spawn_file_actions_addopen(actions, target, "/dev/null", O_WRONLY, 0);
      break;
    case Output::kPipe:
      pipe = make_pipe();
      posix_spawn_file_actions_adddup2(actions, pipe.write_end.get(), target);
      break;
    case Output::kAppendToFile:
      posix_spawn_file_actions_addopen(actions, target, output_file.c_str(),
                                       O_WRONLY | O_CREAT | O_APPEND, 0644);
      break;
    case Output::kLikeStdout:
      posix_spawn_file_actions_adddup2(actions, STDOUT_FILENO, target);
      break;
  }
}

int exit_code_of(int wait_status) {
  return WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
}

}  // namespace

int poll_timeout_ms(Deadline deadline) {
  if (deadline == kNoDeadline) return -1;
  const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - steady_clock::now());
  return static_cast<int>(std::clamp<long long>(left.count(), 0, INT_MAX));
}

UniqueFd::UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
  if (this != &other) {
    reset();
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

void UniqueFd::reset() noexcept {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
}

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& args,
                           const SpawnOptions& options)
    : own_process_group_(options.own_process_group) {
  SpawnFileActions actions;
  posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  if (options.stdout_to == Output::kLikeStdout) {
    throw std::invalid_argument("stdout cannot go where stdout goes");
  }
  // The parent's copies of the write ends close when these go out of scope, after the spawn:
  // only then does the child's exit bring end-of-file.
  Pipe stdout_pipe;
  Pipe stderr_pipe;
  redirect(actions.get(), STDOUT_FILENO, options.stdout_to, options.output_file, stdout_pipe);
  redirect(actions.get(), STDERR_FILENO, options.stderr_to, options.output_file, stderr_pipe);
  SpawnAttributes attributes;
  if (options.own_process_group) {
    posix_spawnattr_setflags(attributes.get(), POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(attributes.get(), 0);
  }
  std::vector<std::string> argv_strings{program};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  auto argv = pointers(argv_strings);
  auto env_strings = environment_with(options.env);
  auto envp = pointers(env_strings);
  const int spawned = posix_spawn(&pid_, program.c_str(), actions.get(), attributes.get(),
                                  argv.data(), envp.data());
  if (spawned != 0) {
    pid_ = -1;
    throw std::runtime_error("cannot start " + program + ": " + std::strerror(spawned));
  }
  stdout_pipe_ = std::move(stdout_pipe.read_end);
  stderr_pipe_ = std::move(stderr_pipe.read_end);
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : pid_(std::exchange(other.pid_, -1)),
      own_process_group_(other.own_process_group_),
      stdout_pipe_(std::move(other.stdout_pipe_)),
      stderr_pipe_(std::move(other.stderr_pipe_)),
      stdout_text_(std::move(other.stdout_text_)),
      stderr_text_(std::move(other.stderr_text_)) {}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
  if (this != &other) {
    kill_and_reap();
    pid_ = std::exchange(other.pid_, -1);
    own_process_group_ = other.own_process_group_;
    stdout_pipe_ = std::move(other.stdout_pipe_);
    stderr_pipe_ = std::move(other.stderr_pipe_);
    stdout_text_ = std::move(other.stdout_text_);
    stderr_text_ = std::move(other.stderr_text_);
  }
  return *this;
}

ChildProcess::~ChildProcess() { kill_and_reap(); }

void ChildProcess::kill_and_reap() noexcept {
  if (send_signal(SIGKILL)) reap(0);
}

bool ChildProcess::read_available(Deadline deadline) {
  struct Source {
    UniqueFd* pipe;
    std::string* text;
  };
  std::array<Source, 2> open_sources{};
  std::array<pollfd, 2> fds{};
  std::size_t open_count = 0;
  for (const Source source :
       {Source{&stdout_pipe_, &stdout_text_}, Source{&stderr_pipe_, &stderr_text_}}) {
    if (!source.pipe->is_open()) continue;
    open_sources[open_count] = source;
    fds[open_count] = {source.pipe->get(), POLLIN, 0};
    ++open_count;
  }
  if (open_count == 0) return false;
  int ready = 0;
  do {
    ready = poll(fds.data(), open_count, poll_timeout_ms(deadline));
  } while (ready < 0 && errno == EINTR);
  if (ready < 0) throw std::system_error(errno, std::generic_category(), "poll");
  if (ready == 0) return false;
  std::array<char, 65536> buffer{};
  for (std::size_t i = 0; i < open_count; ++i) {
    if (fds[i].revents == 0) continue;
    const ssize_t n = read(fds[i].fd, buffer.data(), buffer.size());
    if (n > 0) {
      open_sources[i].text->append(buffer.data(), static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      open_sources[i].pipe->reset();  // End of file, or an error no retry mends.
    }
  }
  return true;
}

std::optional<std::string> ChildProcess::read_line_containing(const std::string& text,
                                                              Deadline deadline) {
  while (true) {
    const auto at = stdout_text_.find(text);
    const auto line_end = at == std::string::npos ? at : stdout_text_.find('\n', at);
    if (line_end != std::string::npos) {
      const auto previous_line_end = stdout_text_.rfind('\n', at);
      const auto line_start = previous_line_end == std::string::npos ? 0 : previous_line_end + 1;
      return stdout_text_.substr(line_start, line_end - line_start);
    }
    if (!stdout_open() || !read_available(deadline)) return std::nullopt;
  }
}

bool ChildProcess::read_until_closed(Deadline deadline) {
  while (stdout_pipe_.is_open() || stderr_pipe_.is_open()) {
    if (!read_available(deadline)) return false;
  }
  return true;
}

bool ChildProcess::send_signal(int signal) {
  if (pid_ <= 0) return false;
  return kill(own_process_group_ ? -pid_ : pid_, signal) == 0;
}

std::optional<int> ChildProcess::reap(int flags) {
  if (pid_ <= 0) return std::nullopt;
  int status = 0;
  pid_t done = 0;
  do {
    done = waitpid(pid_, &status, flags);
  } while (done < 0 && errno == EINTR);
  if (done == 0) return std::nullopt;
  // Reaped, or not ours to wait for: either way the pid must no longer be signalled, as the
  // system may give it to another process.
  pid_ = -1;
  if (done < 0) return std::nullopt;
  return exit_code_of(status);
}

int ChildProcess::wait() { return reap(0).value_or(-1); }

std::optional<int> ChildProcess::try_wait() { return reap(WNOHANG); }

std::optional<int> ChildProcess::wait_until(Deadline deadline) {
  if (deadline == kNoDeadline) return reap(0);
  while (running()) {
    if (const auto status = reap(WNOHANG)) return status;
    if (steady_clock::now() >= deadline) return std::nullopt;
    // Polling interval of the bounded loop, not a guess at when the child is done: waitpid
    // cannot wait with a timeout.
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return std::nullopt;
}

std::optional<int> ChildProcess::stop(int signal, Deadline deadline) {
  if (!send_signal(signal)) return std::nullopt;
  // The child's pipes close when it exits: waiting for that needs no polling.
  read_until_closed(deadline);
  return wait_until(deadline);
}

pid_t ChildProcess::release() { return std::exchange(pid_, -1); }

ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env,
                          std::optional<std::chrono::milliseconds> timeout) {
  const Deadline deadline = timeout ? steady_clock::now() + *timeout : kNoDeadline;
  ChildProcess child(program, args, {.env = env});
  // Both pipes are read together, so that a child filling one of them cannot block.
  const bool all_output_read = child.read_until_closed(deadline);
  // A child still writing at the deadline gets no more time to exit.
  const auto status = child.wait_until(all_output_read ? deadline : steady_clock::now());
  ProcessResult result;
  result.timed_out = timeout.has_value() && (!all_output_read || !status);
  if (status) result.exit_code = *status;
  result.out = child.take_stdout_text();
  result.err = child.take_stderr_text();
  return result;  // The child's destructor kills and reaps it if it still runs.
}

ProcessResult run_concord(const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env) {
  std::map<std::string, std::string> full_env{{"NO_COLOR", "1"}};
  for (const auto& [k, v] : env) full_env[k] = v;
  return run_process(CONCORD_BINARY, args, full_env);
}

pid_t start_process(const std::string& program, const std::vector<std::string>& args) {
  ChildProcess child(program, args, {.stdout_to = Output::kDiscard, .stderr_to = Output::kDiscard});
  return child.release();
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "concord-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path TempDir::write(const std::string& relative,
                                     const std::string& content) const {
  const auto full = path_ / relative;
  std::filesystem::create_directories(full.parent_path());
  std::ofstream(full, std::ios::binary) << content;
  return full;
}

std::filesystem::path shared_dir() {
  const std::filesystem::path dir = CONCORD_SHARED_DIR;
  std::error_code ec;
  return std::filesystem::is_directory(dir / "corpus", ec) ? dir : std::filesystem::path();
}

bool apertium_translates(const std::string& from, const std::string& to) {
  return MachineTranslator().can_translate(from, to);
}

}  // namespace concord::testing
