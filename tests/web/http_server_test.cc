// The HTTP server in-process, with a handler of the test's own: slow requests on threads of
// their own, and "Expect: 100-continue".
#include "web/http_server.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <string>
#include <thread>

#include "web/web_support.hpp"

namespace concord {
namespace {

using testing::http_exchange;
using testing::HttpReply;
using web::HttpRequest;
using web::HttpResponse;
using web::HttpServer;
using web::ServerOptions;

// A server on a free port, run on a thread of its own and stopped on destruction.
class RunningServer {
 public:
  RunningServer(const ServerOptions& options, web::RequestHandler handler,
                web::SlowRequestTest is_slow = {}, web::RefusalHandler refuse = {})
      : server_(options, {std::move(handler), std::move(is_slow), std::move(refuse)}),
        thread_([this] { server_.run(); }) {}
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;
  ~RunningServer() {
    server_.stop();
    thread_.join();
  }
  [[nodiscard]] unsigned short port() const { return server_.port(); }

 private:
  HttpServer server_;
  std::thread thread_;
};

ServerOptions one_thread_each() {
  ServerOptions options;
  options.port = 0;
  options.threads = 1;
  options.slow_threads = 1;
  options.shutdown_grace = std::chrono::milliseconds(100);
  return options;
}

HttpResponse text(std::string body) { return HttpResponse{200, "text/plain", std::move(body), {}}; }

std::string get(const std::string& target) {
  return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}

TEST(HttpServer, AQuickRequestIsAnsweredWhileASlowOneRuns) {
  std::promise<void> slow_started;
  std::promise<void> release_slow;
  std::shared_future<void> released = release_slow.get_future().share();
  RunningServer server(
      one_thread_each(),
      [&](const HttpRequest& request) {
        if (request.target != "/slow") return text("quick");
        slow_started.set_value();
        released.wait();
        return text("slow");
      },
      [](const HttpRequest& request) { return request.target == "/slow"; });

  auto slow =
      std::async(std::launch::async, [&] { return http_exchange(server.port(), get("/slow")); });
  slow_started.get_future().wait();
  // With one I/O thread, this would wait for the slow request if the I/O thread ran it.
  const HttpReply quick = http_exchange(server.port(), get("/quick"), std::chrono::seconds(20));
  release_slow.set_value();
  EXPECT_EQ(quick.status, 200);
  EXPECT_EQ(quick.body, "quick");
  const HttpReply slow_reply = slow.get();
  EXPECT_EQ(slow_reply.status, 200);
  EXPECT_EQ(slow_reply.body, "slow");
}

TEST(HttpServer, ASlowRequestThatThrowsIsA500) {
  RunningServer server(
      one_thread_each(),
      [](const HttpRequest&) -> HttpResponse { throw std::runtime_error("broken"); },
      [](const HttpRequest&) { return true; });
  const HttpReply reply = http_exchange(server.port(), get("/anything"));
  EXPECT_EQ(reply.status, 500);
  EXPECT_NE(reply.body.find("broken"), std::string::npos) << reply.body;
}

TEST(HttpServer, AClientExpectingContinueGetsA100BeforeSendingItsBody) {
  RunningServer server(one_thread_each(),
                       [](const HttpRequest& request) { return text(request.method); });
  testing::Connection connection(server.port());
  ASSERT_TRUE(
      connection.send("POST /form HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nExpect: "
                      "100-continue\r\n\r\n"));
  // Without the interim response the client and the server would wait for each other until
  // the read timeout.
  const HttpReply interim = connection.read_reply(std::chrono::seconds(5));
  EXPECT_EQ(interim.status, 100);
  ASSERT_TRUE(connection.send("hello"));
  const HttpReply reply = connection.read_reply(std::chrono::seconds(20));
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "POST");
}

TEST(HttpServer, ABodyOverTheLimitIsRefusedBeforeItIsSent) {
  ServerOptions options = one_thread_each();
  options.body_limit = 10;
  RunningServer server(options, [](const HttpRequest&) { return text("read"); });
  testing::Connection connection(server.port());
  ASSERT_TRUE(
      connection.send("POST /form HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\nExpect: "
                      "100-continue\r\n\r\n"));
  EXPECT_EQ(connection.read_reply(std::chrono::seconds(20)).status, 413);
}

TEST(HttpServer, RefusalsAreWordedByTheApplicationWithWhatWasReadOfTheRequest) {
  ServerOptions options = one_thread_each();
  options.body_limit = 10;
  RunningServer server(
      options, [](const HttpRequest&) { return text("read"); }, {},
      [](int status, const std::string& message, const HttpRequest& request) {
        return HttpResponse{
            status,
            "application/json",
            "{\"target\":\"" + request.target + "\",\"message\":\"" + message + "\"}",
            {}};
      });
  const HttpReply too_large = http_exchange(
      server.port(), "POST /api/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n");
  EXPECT_EQ(too_large.status, 413);
  EXPECT_EQ(too_large.header("content-type"), "application/json");
  EXPECT_EQ(too_large.body, R"({"target":"/api/x","message":"request body too large"})");
  const HttpReply garbage = http_exchange(server.port(), "HELLO\r\n\r\n");
  EXPECT_EQ(garbage.status, 400);
  EXPECT_EQ(garbage.body, R"({"target":"","message":"malformed HTTP request"})");
}

TEST(HttpServer, RefusalsArePlainTextWhenTheApplicationWordsNone) {
  RunningServer server(one_thread_each(), [](const HttpRequest&) { return text("read"); });
  const HttpReply garbage = http_exchange(server.port(), "HELLO\r\n\r\n");
  EXPECT_EQ(garbage.status, 400);
  EXPECT_EQ(garbage.header("content-type"), "text/plain; charset=utf-8");
  EXPECT_EQ(garbage.body, "malformed HTTP request\n");
}

}  // namespace
}  // namespace concord
