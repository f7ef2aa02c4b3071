// concord serve over HTTP: routes, JSON API, errors, limits, concurrency and shutdown.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/process.hpp"
#include "web/web_support.hpp"

namespace concord {
namespace {

using testing::http_exchange;
using testing::http_get;
using testing::HttpReply;
using testing::kThreeStatements;
using testing::ServeProcess;

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    server_ = ServeProcess::start(testing::demo_database(), error);
    if (server_ == nullptr) FAIL() << error;
  }
  static void TearDownTestSuite() { testing::stop_shared_server(server_); }
  void SetUp() override { ASSERT_NE(server_, nullptr); }

  static HttpReply get(const std::string& target) { return http_get(server_->port(), target); }
  static nlohmann::json get_json(const std::string& target, int status = 200) {
    const HttpReply reply = get(target);
    EXPECT_EQ(reply.status, status) << target << "\n" << reply.body;
    EXPECT_EQ(reply.header("content-type"), "application/json; charset=utf-8") << target;
    return nlohmann::json::parse(reply.body, nullptr, false);
  }

  static std::unique_ptr<ServeProcess> server_;
};

std::unique_ptr<ServeProcess> ServeTest::server_;

TEST_F(ServeTest, SearchApiReturnsHitsWithHighlightsAndFacets) {
  const auto json = get_json("/api/search?q=%22zone+of+peace%22&facets=1&limit=5");
  ASSERT_TRUE(json.is_object());
  ASSERT_FALSE(json["hits"].empty());
  const auto& hit = json["hits"][0];
  const std::string snippet = hit["snippet"];
  const auto range = hit["highlights"][0];
  std::string matched =
      snippet.substr(range[0], range[1].get<std::size_t>() - range[0].get<std::size_t>());
  std::transform(matched.begin(), matched.end(), matched.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  EXPECT_EQ(matched, "zone of peace");
  EXPECT_EQ(hit["url"].get<std::string>().rfind("/statements/", 0), 0u);
  EXPECT_FALSE(json["facets"]["body"].empty());
  EXPECT_FALSE(json["facets"]["year"].empty());
}

TEST_F(ServeTest, SearchApiFiltersAndPages) {
  const auto spanish = get_json("/api/search?q=embarcaciones&lang=es");
  ASSERT_FALSE(spanish["hits"].empty());
  for (const auto& hit : spanish["hits"]) EXPECT_EQ(hit["language"], "es");

  const auto nam = get_json("/api/search?q=peace&body=Non-Aligned+Movement");
  ASSERT_FALSE(nam["hits"].empty());
  for (const auto& hit : nam["hits"]) EXPECT_EQ(hit["body"], "Non-Aligned Movement");

  const auto none = get_json("/api/search?q=peace&from=2030-01-01");
  EXPECT_TRUE(none["hits"].empty());

  const auto first = get_json("/api/search?q=peace&limit=2");
  const auto second = get_json("/api/search?q=peace&limit=2&offset=2");
  ASSERT_EQ(first["hits"].size(), 2u);
  ASSERT_FALSE(second["hits"].empty());
  EXPECT_NE(first["hits"][0], second["hits"][0]);
  EXPECT_EQ(second["offset"], 2);
}

TEST_F(ServeTest, StatementsApiListsAndShowsStatements) {
  const auto list = get_json("/api/statements");
  EXPECT_EQ(list["count"], 5);
  ASSERT_EQ(list["statements"].size(), 5u);
  const auto statement = get_json("/api/statements/" + kThreeStatements[0]);
  EXPECT_EQ(statement["id"], kThreeStatements[0]);
  EXPECT_EQ(statement["body"], "Non-Aligned Movement");
  // The demo's statements are Markdown, which records no vote.
  EXPECT_TRUE(statement.contains("vote") && statement["vote"].is_null());
  EXPECT_TRUE(list["statements"][0].contains("vote"));
  ASSERT_GT(statement["paragraphs"].size(), 5u);
  bool labelled = false;
  for (const auto& p : statement["paragraphs"]) labelled |= !p["label"].get<std::string>().empty();
  EXPECT_TRUE(labelled);
}

TEST_F(ServeTest, PrecedentsOfAStatementSayWhichParagraphsWereUsedBefore) {
  // The revised draft of the demo corpus keeps most paragraphs of the communiqué of a month
  // earlier.
  const std::string draft = "friends-of-the-charter-2025-12-draft";
  const auto json = get_json("/api/statements/" + draft + "/precedents");
  EXPECT_EQ(json["statement"]["id"], draft);
  EXPECT_GE(json["summary"]["used_before"].get<int>(), 10) << json.dump(2);
  EXPECT_GE(json["summary"]["no_other_use"].get<int>(), 1) << json.dump(2);
  bool earlier_communique = false;
  for (const auto& p : json["paragraphs"]) {
    if (p["reuse"] != "used-before") continue;
    const auto& use = p["uses"][p["earliest"].get<std::size_t>()];
    earlier_communique |= use["statement"] == "friends-of-the-charter-2025-11-18";
  }
  EXPECT_TRUE(earlier_communique);
  const HttpReply page = get("/statements/" + draft + "/precedents");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Precedents of the paragraphs of"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/statements/friends-of-the-charter-2025-11-18#p"),
            std::string::npos);
  EXPECT_NE(get("/statements/" + draft).body.find("/statements/" + draft + "/precedents"),
            std::string::npos)
      << "the statement page links to its precedents";
  EXPECT_EQ(get("/statements/no-such-statement/precedents").status, 404);
  get_json("/api/statements/no-such-statement/precedents", 404);
}

TEST_F(ServeTest, CompareApiAlignsThreeStatements) {
  const auto json = get_json("/api/compare?ids=" + kThreeStatements[0] + "," + kThreeStatements[1] +
                             "," + kThreeStatements[2]);
  ASSERT_EQ(json["statements"].size(), 3u);
  EXPECT_EQ(json["statements"][1]["id"], kThreeStatements[1]);
  EXPECT_FALSE(json["groups"].empty());
  EXPECT_EQ(json["orders"].size(), 3u);
  bool shared = false;
  for (const auto& g : json["groups"]) shared |= g["kind"] == "shared";
  EXPECT_TRUE(shared);
  // Repeated ids= parameters work as well as a comma-separated list.
  const auto repeated =
      get_json("/api/compare?ids=" + kThreeStatements[0] + "&ids=" + kThreeStatements[1]);
  EXPECT_EQ(repeated["statements"].size(), 2u);
}

TEST_F(ServeTest, CompareDownloadsAsHtmlAndMarkdown) {
  const std::string ids = "/compare?ids=" + kThreeStatements[0] + "," + kThreeStatements[1];
  const HttpReply html = get(ids + "&download=html");
  ASSERT_EQ(html.status, 200);
  EXPECT_NE(html.header("content-disposition").find("attachment; filename=\"concord_"),
            std::string::npos);
  EXPECT_NE(html.header("content-disposition").find(".html\""), std::string::npos);
  EXPECT_NE(html.body.find("<table class=\"comparison\">"), std::string::npos);
  EXPECT_EQ(html.body.find("concord-app"), std::string::npos) << "download without app nav";
  const HttpReply md = get(ids + "&download=md");
  ASSERT_EQ(md.status, 200);
  EXPECT_EQ(md.header("content-type"), "text/markdown; charset=utf-8");
  EXPECT_NE(md.header("content-disposition").find(".md\""), std::string::npos);
  EXPECT_NE(md.body.find('|'), std::string::npos);
}

TEST_F(ServeTest, PagesAreServedAsEscapedHtml) {
  for (const std::string& target :
       std::vector<std::string>{"/", "/search?q=peace", "/statements",
                                "/statements/" + kThreeStatements[0], "/compare"}) {
    const HttpReply reply = get(target);
    EXPECT_EQ(reply.status, 200) << target;
    EXPECT_EQ(reply.header("content-type"), "text/html; charset=utf-8") << target;
    EXPECT_NE(reply.header("content-security-policy").find("default-src 'none'"),
              std::string::npos);
    EXPECT_EQ(reply.body.find("<script"), std::string::npos) << target;
  }
  // The query is echoed in the form, escaped.
  const HttpReply echoed = get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  EXPECT_EQ(echoed.body.find("<script>alert"), std::string::npos);
  EXPECT_NE(echoed.body.find("&lt;script&gt;alert(1)"), std::string::npos);
}

TEST_F(ServeTest, UnknownPathsAre404) {
  for (const std::string target : {"/nope", "/api/nope", "/statements/a/b", "/api/statements/x/y",
                                   "/favicon.ico", "/search/more", "//", "/statements//x"}) {
    const HttpReply reply = get(target);
    EXPECT_EQ(reply.status, 404) << target;
  }
  const auto missing = get_json("/api/statements/no-such-statement", 404);
  EXPECT_EQ(missing["error"]["status"], 404);
  EXPECT_NE(missing["error"]["message"].get<std::string>().find("no-such-statement"),
            std::string::npos);
  EXPECT_EQ(get("/statements/no-such-statement").status, 404);
}

TEST_F(ServeTest, MalformedParametersAre400WithAMessage) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"/api/search?q=peace&limit=abc", "limit"},
      {"/api/search?q=peace&limit=0", "limit"},
      {"/api/search?q=peace&limit=100000", "limit"},
      {"/api/search?q=peace&offset=-1", "offset"},
      {"/api/search?q=%22zone+of+peace", "unbalanced"},
      {"/api/search?q=(peace", "parenthes"},
      {"/api/search?q=peace&sort=random", "sort"},
      {"/api/search?q=peace&lang=EN!", "lang"},
      {"/api/search?q=peace&facets=maybe", "facets"},
      {"/api/search?q=peace&from=2025-13-45", "date"},
      {"/api/search?q=%zz", "percent"},
      {"/api/search?q=%C3%28", "UTF-8"},
      {"/api/search", "empty query"},
      {"/api/compare?ids=" + kThreeStatements[0], "two"},
      {"/api/compare?ids=a,b,c,d,e,f,g", "at most"},
      {"/api/compare?ids=" + kThreeStatements[0] + "," + kThreeStatements[1] + "&order=sideways",
       "order"},
  };
  for (const auto& [target, word] : cases) {
    const auto json = get_json(target, 400);
    ASSERT_TRUE(json.is_object()) << target;
    const std::string message = json["error"]["message"];
    EXPECT_NE(message.find(word), std::string::npos) << target << ": " << message;
  }
  // The HTML search page answers 400 too, keeps the form and says why.
  const HttpReply page = get("/search?q=%22zone+of+peace");
  EXPECT_EQ(page.status, 400);
  EXPECT_NE(page.body.find("unbalanced"), std::string::npos);
  EXPECT_NE(page.body.find("<form"), std::string::npos);
  EXPECT_EQ(get("/compare?ids=a,b&download=pdf").status, 400);
}

TEST_F(ServeTest, PathTraversalFindsNothing) {
  for (const std::string target :
       {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/statements/..%2f..%2f..%2fetc%2fpasswd", "/statements/../../../etc/passwd",
        "/api/statements/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/../../etc/passwd",
        "/..%5c..%5cetc%5cpasswd", "/etc/passwd", "/statements/%00"}) {
    const HttpReply reply = get(target);
    EXPECT_EQ(reply.status, 404) << target;
    EXPECT_EQ(reply.body.find("root:"), std::string::npos) << target;
  }
  // Compare takes ids, never file names, whatever is on the disk.
  const std::string corpus_file =
      std::string(CONCORD_SOURCE_DIR) + "/corpus/nam-coordinating-bureau-2025-11-18.md";
  for (const std::string& ids : std::vector<std::string>{"/etc/passwd,/etc/hostname",
                                                         corpus_file + "," + corpus_file + "x"}) {
    const HttpReply reply = get("/api/compare?ids=" + ids);
    EXPECT_EQ(reply.status, 404) << ids << "\n" << reply.body;
    EXPECT_EQ(reply.body.find("root:"), std::string::npos);
  }
}

TEST_F(ServeTest, OnlyGetAndHeadAreAllowed) {
  const HttpReply post =
      http_get(server_->port(), "/api/search?q=peace", "POST", {"Content-Length: 0"});
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(post.header("allow"), "GET, HEAD");
  const HttpReply head = http_get(server_->port(), "/api/statements", "HEAD");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_NE(head.header("content-length"), "0");
}

TEST_F(ServeTest, ForeignHostHeaderIsRefused) {
  const HttpReply reply = http_exchange(
      server_->port(),
      "GET /api/statements HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(reply.status, 400);
  EXPECT_NE(reply.body.find("Host"), std::string::npos);
  const HttpReply local = http_exchange(
      server_->port(),
      "GET /api/statements HTTP/1.1\r\nHost: localhost:1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(local.status, 200);
}

TEST_F(ServeTest, MalformedOrRepeatedHostHeadersAreRefused) {
  for (const std::string host : {"[::1]evil", "[::1]:80:evil", "localhost:abc",
                                 "localhost:99999999999", "127.0.0.1\r\nHost: evil.example"}) {
    const HttpReply reply =
        http_exchange(server_->port(), "GET /api/statements HTTP/1.1\r\nHost: " + host +
                                           "\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(reply.status, 400) << host;
  }
  const HttpReply ipv6 = http_exchange(
      server_->port(),
      "GET /api/statements HTTP/1.1\r\nHost: [::1]:8080\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(ipv6.status, 200);
}

TEST_F(ServeTest, AnAbsoluteFormTargetIsServedWhenItNamesThisHost) {
  const HttpReply local =
      http_exchange(server_->port(),
                    "GET http://127.0.0.1:" + std::to_string(server_->port()) +
                        "/api/statements HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(local.status, 200) << local.body;
  const HttpReply foreign = http_exchange(
      server_->port(),
      "GET http://evil.example/api/statements HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: "
      "close\r\n\r\n");
  EXPECT_EQ(foreign.status, 400);
}

TEST_F(ServeTest, AnErrorNamingALongValueStaysShort) {
  const HttpReply reply = http_get(server_->port(), "/api/statements/" + std::string(10000, 'x'));
  EXPECT_EQ(reply.status, 404);
  EXPECT_LT(reply.body.size(), 600u) << reply.body.size();
}

TEST_F(ServeTest, OversizedRequestsAreRefused) {
  // A body over 64 KiB: 413, or the connection closed before the server read it all.
  const std::string big_body(1024 * 1024, 'x');
  const HttpReply big = http_exchange(
      server_->port(), "POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                           std::to_string(big_body.size()) + "\r\n\r\n" + big_body);
  EXPECT_TRUE(big.status == 413 || big.status == 0) << big.status;
  // Announced, not sent: refused at once, in JSON under /api/ as every other API error.
  const HttpReply announced = http_exchange(
      server_->port(),
      "POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1048576\r\n\r\n");
  EXPECT_EQ(announced.status, 413);
  EXPECT_EQ(announced.header("content-type"), "application/json; charset=utf-8");
  EXPECT_EQ(nlohmann::json::parse(announced.body, nullptr, false)["error"]["status"], 413)
      << announced.body;
  // Headers over 16 KiB: 431, or closed.
  const HttpReply long_header = http_exchange(
      server_->port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " +
                           std::string(64 * 1024, 'y') + "\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(long_header.status == 431 || long_header.status == 0) << long_header.status;
  // Not HTTP at all: 400.
  const HttpReply garbage = http_exchange(server_->port(), "HELLO\r\n\r\n");
  EXPECT_TRUE(garbage.status == 400 || garbage.status == 0) << garbage.status;
  // The server is still there.
  EXPECT_EQ(get("/api/statements").status, 200);
}

TEST_F(ServeTest, KeepsConnectionsAlive) {
  testing::Connection connection(server_->port());
  ASSERT_TRUE(connection.ok());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(connection.send("GET /api/statements/" + kThreeStatements[i] +
                                " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    const HttpReply reply = connection.read_reply();
    ASSERT_EQ(reply.status, 200) << i;
    EXPECT_EQ(nlohmann::json::parse(reply.body)["id"], kThreeStatements[i]);
  }
}

TEST_F(ServeTest, ServesSeveralClientsAtOnce) {
  // Idle connections, one halfway through its request line, hold no worker.
  testing::Connection idle(server_->port());
  testing::Connection half(server_->port());
  ASSERT_TRUE(idle.ok());
  ASSERT_TRUE(half.send("GET /api/statem"));

  constexpr int kThreads = 8;
  constexpr int kRequests = 12;
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, &ok] {
      for (int i = 0; i < kRequests; ++i) {
        const std::string target = (i + t) % 3 == 0 ? "/api/search?q=peace&facets=1"
                                   : (i + t) % 3 == 1
                                       ? "/api/statements/" + kThreeStatements[(i + t) % 3]
                                       : "/search?q=sovereignty";
        const HttpReply reply = http_get(server_->port(), target);
        if (reply.status == 200 && !reply.body.empty()) ++ok;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(ok.load(), kThreads * kRequests);
}

TEST(ServeProcessTest, StopsCleanlyOnSigtermAndSigint) {
  for (const int signal : {SIGTERM, SIGINT}) {
    std::string error;
    auto server = ServeProcess::start(testing::demo_database(), error);
    ASSERT_NE(server, nullptr) << error;
    // A connection left open must not hold the shutdown up beyond its grace period.
    testing::Connection open(server->port());
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(http_get(server->port(), "/api/statements").status, 200);
    EXPECT_EQ(server->stop(signal, std::chrono::seconds(10)), 0) << "signal " << signal;
  }
}

TEST(ServeProcessTest, SeesStatementsIngestedWhileServing) {
  const testing::TempDir dir;
  const std::string db = (dir.path() / "db").string();
  const std::string corpus = std::string(CONCORD_SOURCE_DIR) + "/corpus/";
  ASSERT_EQ(
      testing::run_concord({"--db", db, "ingest", corpus + "nam-coordinating-bureau-2025-11-18.md"})
          .exit_code,
      0);
  std::string error;
  auto server = ServeProcess::start(db, error);
  ASSERT_NE(server, nullptr) << error;
  const std::string target = "/api/statements/celac-eu-summit-2025-11-09";
  EXPECT_EQ(http_get(server->port(), target).status, 404);
  ASSERT_EQ(testing::run_concord({"--db", db, "ingest", corpus + "celac-eu-summit-2025-11-09.md"})
                .exit_code,
            0);
  // The server reopens a database last opened over 2 s ago: poll, within a bound.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    status = http_get(server->port(), target).status;
    if (status == 200) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(status, 200);
  EXPECT_EQ(server->stop(SIGTERM, std::chrono::seconds(10)), 0);
}

TEST(ServeProcessTest, StartupErrorsExitWithAStatus) {
  using testing::run_concord;
  const testing::TempDir dir;
  const auto missing =
      run_concord({"serve", "--port", "0", "--db", (dir.path() / "none").string()});
  EXPECT_EQ(missing.exit_code, 3) << missing.err;
  EXPECT_EQ(run_concord({"serve", "--port", "70000", "--db", testing::demo_database().string()})
                .exit_code,
            2);
  const auto help = run_concord({"serve", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* section : {"SYNOPSIS", "DESCRIPTION", "--port", "127.0.0.1", "EXIT STATUS"}) {
    EXPECT_NE(help.out.find(section), std::string::npos) << section;
  }

  // A port in use is an environment error.
  std::string error;
  auto first = ServeProcess::start(testing::demo_database(), error);
  ASSERT_NE(first, nullptr) << error;
  const auto second = run_concord({"serve", "--port", std::to_string(first->port()), "--db",
                                   testing::demo_database().string()});
  EXPECT_EQ(second.exit_code, 3) << second.err;
  EXPECT_NE(second.err.find("cannot listen"), std::string::npos) << second.err;
}

}  // namespace
}  // namespace concord
