// A small HTTP/1.1 server on Boost.Beast: loopback only, bounded requests, clean shutdown.
#include "web/http_server.hpp"

#include <fmt/format.h>

#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <csignal>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "concord/engine/error.hpp"

namespace concord::web {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session;

}  // namespace

struct HttpServer::Impl {
  Impl(const ServerOptions& opts, HttpApplication app)
      : options(opts),
        application(std::move(app)),
        ioc(static_cast<int>(opts.threads == 0 ? 1 : opts.threads)),
        control(net::make_strand(ioc)),
        acceptor(control),
        signals(control, SIGINT, SIGTERM),
        retry_timer(control),
        grace_timer(control),
        slow_pool(opts.slow_threads == 0 ? 1 : opts.slow_threads) {}

  void start_accept();
  void on_accept(beast::error_code ec, tcp::socket socket);
  void begin_stop();
  void session_opened(Session* session, std::weak_ptr<Session> weak);
  void session_closed(Session* session);

  /// The application's response, or a 500 when it throws.
  [[nodiscard]] HttpResponse answer(const HttpRequest& request) const;
  /// The application's refusal, or plain text when it words none.
  [[nodiscard]] HttpResponse refusal(int status, const std::string& message,
                                     const HttpRequest& request) const;

  ServerOptions options;
  HttpApplication application;
  std::atomic<std::size_t> connections{0};
  std::atomic<bool> stopping{false};
  // Set once run() has joined its threads: sessions destroyed after that (with the
  // io_context) must not touch it.
  std::atomic<bool> finished{false};
  // Open sessions, so that a stop can close those waiting for a request at once.
  std::mutex sessions_mutex;
  std::map<Session*, std::weak_ptr<Session>> sessions;
  net::io_context ioc;
  // Acceptor, signals and timers share one strand, so stop() never races an accept.
  net::strand<net::io_context::executor_type> control;
  tcp::acceptor acceptor;
  net::signal_set signals;
  net::steady_timer retry_timer;
  net::steady_timer grace_timer;
  // Declared after the io_context so that it is destroyed first: a slow request still queued
  // holds its session, whose socket belongs to the io_context.
  net::thread_pool slow_pool;
  unsigned short port = 0;
};

HttpResponse HttpServer::Impl::answer(const HttpRequest& request) const {
  try {
    return application.handle(request);
  } catch (const std::exception& e) {
    return refusal(500, fmt::format("internal error: {}", e.what()), request);
  }
}

HttpResponse HttpServer::Impl::refusal(int status, const std::string& message,
                                       const HttpRequest& request) const {
  if (application.refuse) {
    try {
      return application.refuse(status, message, request);
    } catch (const std::exception&) {
      // Plain text below, then: a refusal must always be sent.
    }
  }
  return HttpResponse{status, "text/plain; charset=utf-8", message + "\n", {}};
}

namespace {

// One connection: reads requests one after the other (keep-alive), each within the read
// timeout, hands them to the application and writes the responses.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, HttpServer::Impl& server)
      : stream_(std::move(socket)), server_(server) {}
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  ~Session() { server_.session_closed(this); }

  void start() {
    server_.session_opened(this, weak_from_this());
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::read, shared_from_this()));
  }

  /// On shutdown: a connection waiting for a request is closed now; one whose request is
  /// being handled or answered finishes first (and is closed then).
  void stop_if_waiting() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      if (self->reading_) self->stream_.cancel();
    });
  }

 private:
  void read() {
    if (server_.stopping) return close();
    reading_ = true;
    parser_.emplace();
    parser_->body_limit(server_.options.body_limit);
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.header_limit));
    stream_.expires_after(server_.options.read_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  // A client that sent "Expect: 100-continue" waits for a 100 (Continue) before it sends the
  // body (RFC 9110, 10.1.1); a body over the limit was refused with the header already.
  void on_header(beast::error_code ec, std::size_t bytes) {
    if (ec || parser_->is_done()) return on_read(ec, bytes);
    if (beast::iequals(parser_->get()[http::field::expect], "100-continue")) {
      interim_ = {http::status::continue_, parser_->get().version()};
      interim_.set(http::field::server, "concord");
      return http::async_write(
          stream_, interim_, [self = shared_from_this()](beast::error_code write_ec, std::size_t) {
            if (write_ec) return self->close();
            self->read_body();
          });
    }
    read_body();
  }

  void read_body() {
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t /*bytes*/) {
    reading_ = false;
    if (ec == http::error::body_limit) {
      return refuse(http::status::payload_too_large, "request body too large");
    }
    if (ec == http::error::header_limit) {
      return refuse(http::status::request_header_fields_too_large,
                    "request line or headers too large");
    }
    if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
        ec == net::error::operation_aborted) {
      return close();
    }
    if (ec && ec.category() == beast::error_code(http::error::end_of_stream).category()) {
      // Any other parse error: the request is malformed.
      return refuse(http::status::bad_request, "malformed HTTP request");
    }
    if (ec) return close();

    HttpRequest in = request_read();
    if (server_.application.is_slow && server_.application.is_slow(in)) {
      net::post(server_.slow_pool, [self = shared_from_this(), in = std::move(in)] {
        HttpResponse out = self->server_.answer(in);
        net::post(self->stream_.get_executor(),
                  [self, out = std::move(out)]() mutable { self->respond(std::move(out)); });
      });
      return;
    }
    respond(server_.answer(in));
  }

  // What the parser holds of the request, as the application sees it.
  [[nodiscard]] HttpRequest request_read() const {
    const auto& request = parser_->get();
    HttpRequest in;
    in.method = std::string(request.method_string());
    in.target = std::string(request.target());
    if (const auto host = request.find(http::field::host); host != request.end()) {
      in.host = std::string(host->value());
    }
    // Two Host fields make the request invalid (RFC 9112, 3.2); the router refuses this one.
    if (request.count(http::field::host) > 1) in.host = "(more than one Host field)";
    return in;
  }

  void respond(HttpResponse out) {
    const auto& request = parser_->get();
    send(std::move(out), request.version(), request.keep_alive() && !server_.stopping,
         request.method() == http::verb::head);
  }

  // A request refused before the application saw it: answered, then the connection closed,
  // as what follows on it cannot be read reliably.
  void refuse(http::status status, const std::string& message) {
    send(server_.refusal(static_cast<int>(status), message, request_read()), 11, false, false);
  }

  void send(HttpResponse out, unsigned version, bool keep_alive, bool head) {
    response_ = {};
    response_.version(version);
    response_.result(static_cast<unsigned>(out.status));
    response_.set(http::field::server, "concord");
    response_.set(http::field::content_type, out.content_type);
    for (const auto& [name, value] : out.headers) response_.set(name, value);
    response_.body() = std::move(out.body);
    response_.keep_alive(keep_alive);
    response_.prepare_payload();
    if (head) response_.body().clear();  // Content-Length still tells the size.
    write(!keep_alive);
  }

  void write(bool close_after) {
    stream_.expires_after(server_.options.write_timeout);
    http::async_write(stream_, response_,
                      [self = shared_from_this(), close_after](beast::error_code ec, std::size_t) {
                        if (ec || close_after) return self->close();
                        self->read();
                      });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> response_;
  http::response<http::empty_body> interim_;
  HttpServer::Impl& server_;
  // Waiting for (the rest of) a request; only touched on the connection's strand.
  bool reading_ = false;
};

}  // namespace

void HttpServer::Impl::start_accept() {
  acceptor.async_accept(net::make_strand(ioc), beast::bind_front_handler(&Impl::on_accept, this));
}

void HttpServer::Impl::on_accept(beast::error_code ec, tcp::socket socket) {
  if (stopping || !acceptor.is_open()) return;
  if (ec) {
    // Out of descriptors, say: try again shortly rather than spin.
    retry_timer.expires_after(std::chrono::milliseconds(100));
    retry_timer.async_wait([this](beast::error_code wait_ec) {
      if (!wait_ec) start_accept();
    });
    return;
  }
  if (connections.load() >= options.max_connections) {
    beast::error_code ignored;
    socket.close(ignored);
  } else {
    ++connections;
    std::make_shared<Session>(std::move(socket), *this)->start();
  }
  start_accept();
}

void HttpServer::Impl::begin_stop() {
  if (stopping.exchange(true)) return;
  beast::error_code ignored;
  acceptor.close(ignored);
  signals.cancel(ignored);
  retry_timer.cancel();
  std::vector<std::shared_ptr<Session>> open;
  {
    const std::lock_guard lock(sessions_mutex);
    for (const auto& [raw, weak] : sessions) {
      if (auto session = weak.lock()) open.push_back(std::move(session));
    }
  }
  for (const auto& session : open) session->stop_if_waiting();
  open.clear();
  if (connections.load() == 0) {
    ioc.stop();
    return;
  }
  grace_timer.expires_after(options.shutdown_grace);
  grace_timer.async_wait([this](beast::error_code) { ioc.stop(); });
}

void HttpServer::Impl::session_opened(Session* session, std::weak_ptr<Session> weak) {
  const std::lock_guard lock(sessions_mutex);
  sessions.emplace(session, std::move(weak));
}

void HttpServer::Impl::session_closed(Session* session) {
  {
    const std::lock_guard lock(sessions_mutex);
    sessions.erase(session);
  }
  if (connections.fetch_sub(1) == 1 && stopping && !finished) ioc.stop();
}

HttpServer::HttpServer(const ServerOptions& options, HttpApplication application)
    : impl_(std::make_unique<Impl>(options, std::move(application))) {
  beast::error_code ec;
  const auto address = net::ip::make_address(options.address, ec);
  if (ec)
    throw EnvironmentError(fmt::format("bad address '{}': {}", options.address, ec.message()));
  const tcp::endpoint endpoint(address, options.port);
  auto& acceptor = impl_->acceptor;
  if (!acceptor.open(endpoint.protocol(), ec) &&
      !acceptor.set_option(net::socket_base::reuse_address(true), ec) &&
      !acceptor.bind(endpoint, ec) &&
      !acceptor.listen(net::socket_base::max_listen_connections, ec)) {
    impl_->port = acceptor.local_endpoint(ec).port();
  }
  if (ec) {
    throw EnvironmentError(
        fmt::format("cannot listen on {}:{}: {}", options.address, options.port, ec.message()));
  }
}

HttpServer::~HttpServer() {
  if (impl_) impl_->finished = true;
}

unsigned short HttpServer::port() const { return impl_->port; }

void HttpServer::run() {
  Impl& impl = *impl_;
  impl.signals.async_wait([&impl](beast::error_code ec, int) {
    if (!ec) impl.begin_stop();
  });
  net::dispatch(impl.control, [&impl] { impl.start_accept(); });
  const std::size_t count = impl.options.threads == 0 ? 1 : impl.options.threads;
  std::vector<std::thread> threads;
  threads.reserve(count - 1);
  for (std::size_t i = 1; i < count; ++i) threads.emplace_back([&impl] { impl.ioc.run(); });
  impl.ioc.run();
  for (auto& t : threads) t.join();
  // Slow requests still queued are dropped; one running finishes, its answer unsent.
  impl.slow_pool.stop();
  impl.slow_pool.join();
  impl.finished = true;
}

void HttpServer::stop() {
  Impl& impl = *impl_;
  net::post(impl.control, [&impl] { impl.begin_stop(); });
}

}  // namespace concord::web
