// Test support for concord serve: the demo database, a server process, a raw HTTP client.
#include "web/web_support.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <stdexcept>

#include "support/process.hpp"

namespace concord::testing {
namespace {

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
  // stderr joins stdout, so that an error message explains an early exit.
  ChildProcess process(CONCORD_BINARY, args, {.stderr_to = Output::kLikeStdout});
  const std::string marker = "listening on http://127.0.0.1:";
  const auto line = process.read_line_containing(
      marker, std::chrono::steady_clock::now() + std::chrono::seconds(30));
  if (!line) {
    if (process.stdout_open()) {
      error = "no 'listening on' line within 30 s; output: " + process.stdout_text();
      return nullptr;
    }
    const auto status =
        process.wait_until(std::chrono::steady_clock::now() + std::chrono::seconds(10));
    error = "server exited (status " + (status ? std::to_string(*status) : std::string("?")) +
            "): " + process.stdout_text();
    return nullptr;
  }
  const auto port =
      static_cast<unsigned short>(std::stoi(line->substr(line->find(marker) + marker.size())));
  return std::unique_ptr<ServeProcess>(new ServeProcess(std::move(process), port));
}

std::string ServeProcess::url(const std::string& target) const {
  return "http://127.0.0.1:" + std::to_string(port_) + target;
}

std::optional<int> ServeProcess::stop(int signal, std::chrono::milliseconds timeout) {
  return process_.stop(signal, std::chrono::steady_clock::now() + timeout);
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
  const Deadline deadline = std::chrono::steady_clock::now() + timeout;
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
    if (poll(&fds, 1, poll_timeout_ms(deadline)) <= 0) return {};
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
  return run_process(chromium_path().string(), full, /*env=*/{}, timeout);
}

void stop_shared_server(std::unique_ptr<ServeProcess>& server) {
  if (server == nullptr) return;
  EXPECT_EQ(server->stop(SIGTERM, std::chrono::seconds(20)), 0);
  server.reset();
}

}  // namespace concord::testing
