// A small HTTP/1.1 server on Boost.Beast: loopback only, bounded requests, clean shutdown.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace concord::web {

/// A request as the application sees it; Beast types stay in http_server.cc.
struct HttpRequest {
  /// "GET", "HEAD", "POST"...
  std::string method;
  /// The request target as sent: path and query string, still percent-encoded.
  std::string target;
  /// The Host header, empty when there is none.
  std::string host;
};

/// A response: status, media type, body and any further headers.
struct HttpResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

/// Turns a request into a response. Called on the server's worker threads, several at once;
/// an exception it throws becomes a 500 response.
using RequestHandler = std::function<HttpResponse(const HttpRequest&)>;

/// True for a request that may take long (a comparison, the precedents of a statement). Such
/// requests are answered on threads of their own, so that however many of them run, a quick
/// request is answered at once. Must itself be quick.
using SlowRequestTest = std::function<bool(const HttpRequest&)>;

/// The response to a request refused before it reached the handler: malformed (400), body
/// too large (413), headers too large (431). `request` holds what could be read of it; its
/// target is empty when even the request line was not. Must not throw.
using RefusalHandler =
    std::function<HttpResponse(int status, const std::string& message, const HttpRequest&)>;

/// The application's side of HTTP: what the server calls.
struct HttpApplication {
  /// Answers every well-formed request. Required.
  RequestHandler handle;
  /// Picks out the slow requests; when not set, every request is quick.
  SlowRequestTest is_slow;
  /// Words refusals; when not set, they are plain text.
  RefusalHandler refuse;
};

struct ServerOptions {
  /// Address to bind: a loopback address, so nothing outside the machine can connect.
  std::string address = "127.0.0.1";
  /// Port to bind; 0 picks a free one (see HttpServer::port).
  unsigned short port = 8080;
  /// Threads reading requests, writing responses and answering quick requests.
  std::size_t threads = 4;
  /// Threads answering slow requests (see SlowRequestTest): slow requests handled at once.
  std::size_t slow_threads = 4;
  /// Largest request body accepted (413 beyond).
  std::size_t body_limit = 64 * 1024;
  /// Largest request line plus headers accepted (431 beyond).
  std::size_t header_limit = 16 * 1024;
  /// Time allowed to read a whole request, and to wait for the next one on a kept-alive
  /// connection.
  std::chrono::seconds read_timeout{10};
  /// Time allowed to send a response.
  std::chrono::seconds write_timeout{30};
  /// Connections open at once; more are closed as soon as they are accepted.
  std::size_t max_connections = 128;
  /// After SIGINT or SIGTERM, time given to requests in flight before the server stops.
  std::chrono::milliseconds shutdown_grace{2000};
};

/// An HTTP server bound on construction and serving in run().
class HttpServer {
 public:
  /// Binds and listens. Throws EnvironmentError when the address cannot be bound (a port in
  /// use, a bad address).
  HttpServer(const ServerOptions& options, HttpApplication application);
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;
  ~HttpServer();

  /// The port bound, the one picked when ServerOptions::port was 0.
  [[nodiscard]] unsigned short port() const;

  /// Serves on the worker threads until SIGINT, SIGTERM or stop(); then stops accepting,
  /// lets requests in flight finish within the grace period, and returns once every worker
  /// thread has been joined.
  void run();

  /// Asks run() to return; safe from any thread.
  void stop();

  /// Defined in http_server.cc only.
  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::web
