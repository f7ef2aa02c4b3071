// Test support for concord serve: the demo database, a server process, a raw HTTP client.
#include "web/web_support.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "support/process.hpp"

extern char** environ;

namespace concord::testing {
namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return static_cast<int>(std::max<long long>(0, left.count()));
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// Starts `program` with stdin from /dev/null and stdout (and stderr, unless `err_fd` is
// null, when it joins stdout) on pipes whose read ends are returned.
pid_t spawn_piped(const std::string& program, const std::vector<std::string>& args, int* out_fd,
                  int* err_fd) {
  int out_pipe[2];
  int err_pipe[2] = {-1, -1};
  if (pipe2(out_pipe, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  if (err_fd != nullptr && pipe2(err_pipe, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_fd != nullptr ? err_pipe[1] : out_pipe[1], 2);
  std::vector<std::string> argv_strings{program};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  auto argv = pointers(argv_strings);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  if (err_fd != nullptr) close(err_pipe[1]);
  if (spawned != 0) {
    close(out_pipe[0]);
    if (err_fd != nullptr) close(err_pipe[0]);
    throw std::runtime_error("cannot start " + program + ": " + std::strerror(spawned));
  }
  *out_fd = out_pipe[0];
  if (err_fd != nullptr) *err_fd = err_pipe[0];
  return pid;
}

// Reaps `pid` if it has exited, polling until `deadline`; the exit status, or nullopt.
std::optional<int> wait_until(pid_t pid, Clock::time_point deadline) {
  while (true) {
    int status = 0;
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (done < 0) return std::nullopt;
    if (Clock::now() >= deadline) return std::nullopt;
    // Polling interval of the bounded loop, not a guess at when the child is done.
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

int connect_loopback(unsigned short port, std::chrono::seconds timeout) {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(timeout.count());
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

bool send_all(int fd, const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

const std::filesystem::path& demo_database() {
  static const std::unique_ptr<TempDir> dir = [] {
    auto made = std::make_unique<TempDir>();
    const auto ingest = run_concord({"--db", (made->path() / "db").string(), "ingest",
                                     std::string(CONCORD_SOURCE_DIR) + "/corpus"});
    if (ingest.exit_code != 0)
      throw std::runtime_error("cannot ingest the demo corpus: " + ingest.err);
    return made;
  }();
  static const std::filesystem::path path = dir->path() / "db";
  return path;
}

std::unique_ptr<ServeProcess> ServeProcess::start(const std::filesystem::path& database,
                                                  std::string& error,
                                                  const std::vector<std::string>& extra_args) {
  std::vector<std::string> args{"serve", "--port", "0", "--db", database.string()};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  int out_fd = -1;
  const pid_t pid = spawn_piped(CONCORD_BINARY, args, &out_fd, nullptr);
  std::unique_ptr<ServeProcess> process(new ServeProcess(pid, out_fd));
  const auto deadline = Clock::now() + std::chrono::seconds(30);
  std::string output;
  const std::string marker = "listening on http://127.0.0.1:";
  while (true) {
    const auto at = output.find(marker);
    if (at != std::string::npos && output.find('\n', at) != std::string::npos) {
      process->port_ = static_cast<unsigned short>(std::stoi(output.substr(at + marker.size())));
      return process;
    }
    pollfd fds{out_fd, POLLIN, 0};
    const int ready = poll(&fds, 1, remaining_ms(deadline));
    if (ready <= 0) {
      error = "no 'listening on' line within 30 s; output: " + output;
      return nullptr;
    }
    char buffer[4096];
    const ssize_t n = read(out_fd, buffer, sizeof buffer);
    if (n <= 0) {
      const auto status = wait_until(pid, Clock::now() + std::chrono::seconds(10));
      process->reaped_ = status.has_value();
      error = "server exited (status " + (status ? std::to_string(*status) : std::string("?")) +
              "): " + output;
      return nullptr;
    }
    output.append(buffer, static_cast<std::size_t>(n));
  }
}

ServeProcess::~ServeProcess() {
  if (!reaped_) {
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  if (out_fd_ >= 0) close(out_fd_);
}

std::string ServeProcess::url(const std::string& target) const {
  return "http://127.0.0.1:" + std::to_string(port_) + target;
}

std::optional<int> ServeProcess::stop(int signal, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  if (kill(pid_, signal) != 0) return std::nullopt;
  // The server's stdout closes when it exits: wait for that first, without polling.
  char buffer[4096];
  while (out_fd_ >= 0) {
    pollfd fds{out_fd_, POLLIN, 0};
    if (poll(&fds, 1, remaining_ms(deadline)) <= 0) break;
    if (read(out_fd_, buffer, sizeof buffer) <= 0) break;
  }
  const auto status = wait_until(pid_, deadline);
  if (status) reaped_ = true;
  return status;
}

HttpReply parse_reply(const std::string& bytes, std::string* rest) {
  HttpReply reply;
  const auto head_end = bytes.find("\r\n\r\n");
  if (head_end == std::string::npos || !bytes.starts_with("HTTP/1.")) return reply;
  const auto first_line_end = bytes.find("\r\n");
  const auto space = bytes.find(' ');
  reply.status = std::atoi(bytes.c_str() + space + 1);
  std::size_t at = first_line_end + 2;
  while (at < head_end) {
    const auto line_end = bytes.find("\r\n", at);
    const std::string line = bytes.substr(at, line_end - at);
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
      std::string value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      reply.headers[lower(line.substr(0, colon))] = value;
    }
    at = line_end + 2;
  }
  const std::size_t body_start = head_end + 4;
  std::size_t length = bytes.size() - body_start;
  if (const auto it = reply.headers.find("content-length"); it != reply.headers.end()) {
    length = std::min<std::size_t>(length, std::stoul(it->second));
  }
  reply.body = bytes.substr(body_start, length);
  if (rest != nullptr) *rest = bytes.substr(body_start + length);
  return reply;
}

HttpReply http_exchange(unsigned short port, const std::string& raw, std::chrono::seconds timeout) {
  const int fd = connect_loopback(port, timeout);
  if (fd < 0) return {};
  // A refused request may close the connection before all of it was sent: read anyway.
  send_all(fd, raw);
  std::string bytes;
  char buffer[65536];
  while (true) {
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
  return parse_reply(bytes);
}

HttpReply http_get(unsigned short port, const std::string& target, const std::string& method,
                   const std::vector<std::string>& extra_headers) {
  std::string request = method + " " + target +
                        " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                        "\r\nConnection: close\r\n";
  for (const auto& header : extra_headers) request += header + "\r\n";
  request += "\r\n";
  return http_exchange(port, request);
}

Connection::Connection(unsigned short port)
    : fd_(connect_loopback(port, std::chrono::seconds(60))) {}

Connection::~Connection() {
  if (fd_ >= 0) close(fd_);
}

bool Connection::send(const std::string& bytes) { return fd_ >= 0 && send_all(fd_, bytes); }

HttpReply Connection::read_reply(std::chrono::seconds timeout) {
  const auto deadline = Clock::now() + timeout;
  char buffer[65536];
  while (fd_ >= 0) {
    const auto head_end = pending_.find("\r\n\r\n");
    if (head_end != std::string::npos) {
      const HttpReply head = parse_reply(pending_.substr(0, head_end + 4));
      std::size_t length = 0;
      if (const auto it = head.headers.find("content-length"); it != head.headers.end()) {
        length = std::stoul(it->second);
      }
      if (pending_.size() >= head_end + 4 + length) {
        std::string rest;
        HttpReply reply = parse_reply(pending_, &rest);
        pending_ = rest;
        return reply;
      }
    }
    pollfd fds{fd_, POLLIN, 0};
    if (poll(&fds, 1, remaining_ms(deadline)) <= 0) return {};
    const ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
    if (n <= 0) return {};
    pending_.append(buffer, static_cast<std::size_t>(n));
  }
  return {};
}

std::filesystem::path chromium_path() {
  const std::filesystem::path path = "/usr/bin/chromium";
  return access(path.c_str(), X_OK) == 0 ? path : std::filesystem::path();
}

ChromiumResult run_chromium(const std::vector<std::string>& args, std::chrono::seconds timeout) {
  const TempDir profile;
  std::vector<std::string> full{"--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-dev-shm-usage",
                                "--user-data-dir=" + profile.path().string()};
  full.insert(full.end(), args.begin(), args.end());
  int out_fd = -1;
  int err_fd = -1;
  const pid_t pid = spawn_piped(chromium_path().string(), full, &out_fd, &err_fd);
  ChromiumResult result;
  const auto deadline = Clock::now() + timeout;
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open_count = 2;
  char buffer[65536];
  while (open_count > 0) {
    const int ready = poll(fds, 2, remaining_ms(deadline));
    if (ready <= 0) {
      result.timed_out = true;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_count;
      } else {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      }
    }
  }
  for (auto& f : fds) {
    if (f.fd >= 0) close(f.fd);
  }
  auto status = wait_until(pid, result.timed_out ? Clock::now() : deadline);
  if (!status) {
    result.timed_out = true;
    kill(pid, SIGKILL);
    int raw = 0;
    waitpid(pid, &raw, 0);
  } else {
    result.exit_code = *status;
  }
  return result;
}

}  // namespace concord::testing
