// Test support for concord serve: the demo database, a server process, a raw HTTP client.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "support/process.hpp"

namespace concord::testing {

/// A database of the shipped demo corpus (corpus/), ingested once per test process.
[[nodiscard]] const std::filesystem::path& demo_database();

/// Ids of three demo statements by different bodies.
inline const std::vector<std::string> kThreeStatements{"nam-coordinating-bureau-2025-11-18",
                                                       "friends-of-the-charter-2025-11-18",
                                                       "celac-eu-summit-2025-11-09"};

/// A running `concord serve --port 0`, killed (SIGKILL) and reaped on destruction if it is
/// still running.
class ServeProcess {
 public:
  /// Starts the server on `database` and waits (at most 30 s) for its "listening on" line.
  /// Returns nullptr, with the reason in `error`, when it exits or prints nothing in time.
  static std::unique_ptr<ServeProcess> start(const std::filesystem::path& database,
                                             std::string& error,
                                             const std::vector<std::string>& extra_args = {});
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  [[nodiscard]] unsigned short port() const { return port_; }
  [[nodiscard]] std::string url(const std::string& target) const;

  /// Sends `signal` and waits at most `timeout` for the process to exit: first for its
  /// stdout to close, then polling waitpid(WNOHANG). Returns the exit status (128 + signal
  /// when killed by one), or nullopt when it is still running after `timeout`.
  std::optional<int> stop(int signal, std::chrono::milliseconds timeout);

 private:
  ServeProcess(ChildProcess process, unsigned short port)
      : process_(std::move(process)), port_(port) {}
  ChildProcess process_;
  unsigned short port_ = 0;
};

/// Stops a test suite's shared server with SIGTERM (it must exit cleanly within 20 s) and
/// forgets it; does nothing when there is none.
void stop_shared_server(std::unique_ptr<ServeProcess>& server);

/// A parsed HTTP response; status 0 when the server closed the connection without one.
struct HttpReply {
  int status = 0;
  /// Header names in lower case.
  std::map<std::string, std::string> headers;
  std::string body;
  /// The value of header `name` (lower case), or "" when absent.
  [[nodiscard]] std::string header(const std::string& name) const {
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

/// Sends `raw` (a whole request, or the start of one) to 127.0.0.1:`port` and reads until
/// the server closes the connection or `timeout` passes; parses what came back.
[[nodiscard]] HttpReply http_exchange(unsigned short port, const std::string& raw,
                                      std::chrono::seconds timeout = std::chrono::seconds(60));

/// A GET (or `method`) request for `target` with "Connection: close".
[[nodiscard]] HttpReply http_get(unsigned short port, const std::string& target,
                                 const std::string& method = "GET",
                                 const std::vector<std::string>& extra_headers = {});

/// Parses the bytes of one or more responses; the first is returned, `rest` gets what
/// follows it.
[[nodiscard]] HttpReply parse_reply(const std::string& bytes, std::string* rest = nullptr);

/// A connected TCP socket to 127.0.0.1:`port`, closed on destruction; -1 when it cannot
/// connect.
class Connection {
 public:
  explicit Connection(unsigned short port);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();
  [[nodiscard]] bool ok() const { return fd_ >= 0; }
  /// Sends all of `bytes`; false when the connection failed.
  bool send(const std::string& bytes);
  /// Reads one response (headers, then Content-Length bytes of body); status 0 on failure.
  [[nodiscard]] HttpReply read_reply(std::chrono::seconds timeout = std::chrono::seconds(60));

 private:
  int fd_ = -1;
  std::string pending_;
};

/// Chromium's path when it is installed (/usr/bin/chromium), else empty.
[[nodiscard]] std::filesystem::path chromium_path();

using ChromiumResult = ProcessResult;

/// Runs headless Chromium with `args` after the standard flags (--headless --no-sandbox
/// --disable-gpu --no-first-run --disable-background-networking, a fresh profile folder),
/// killing it when it runs longer than `timeout`.
[[nodiscard]] ChromiumResult run_chromium(const std::vector<std::string>& args,
                                          std::chrono::seconds timeout = std::chrono::seconds(90));

}  // namespace concord::testing
