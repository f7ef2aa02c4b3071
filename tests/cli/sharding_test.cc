// A corpus split with `concord ingest --shard I/N`, searched through a Xapian stub database
// naming a local shard and a remote one served by xapian-tcpsrv, gives the same hits as one
// database holding everything.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "support/process.hpp"

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using concord::testing::ChildProcess;
using concord::testing::Output;
using concord::testing::ProcessResult;
using concord::testing::run_concord;

constexpr const char* kTcpServer = "/usr/bin/xapian-tcpsrv";

// A loopback port nobody listens on right now. Another process may take it before the server
// binds it; the server then exits and the caller tries another port.
int free_loopback_port() {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error("socket failed");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    close(fd);
    throw std::runtime_error("cannot bind a loopback port");
  }
  close(fd);
  return ntohs(address.sin_port);
}

bool accepts_connections(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return false;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool connected = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return connected;
}

// xapian-tcpsrv serving one database on a loopback port, stopped when the object dies.
class TcpServer {
 public:
  // Starts the server and waits until it accepts connections; nullopt when it exited first
  // (the port was taken) or never listened.
  static std::optional<TcpServer> start(const fs::path& database, const fs::path& log) {
    const int port = free_loopback_port();
    TcpServer server(ChildProcess(kTcpServer,
                                  {"--port", std::to_string(port), "--interface", "127.0.0.1",
                                   database.string()},
                                  {.stdout_to = Output::kAppendToFile,
                                   .stderr_to = Output::kLikeStdout,
                                   .output_file = log,
                                   // Stopping the group also stops the children it forks per
                                   // connection.
                                   .own_process_group = true}),
                     port);
    // Bounded wait: up to 500 connection attempts, 10 ms apart at most (5 s in all).
    for (int attempt = 0; attempt < 500; ++attempt) {
      if (accepts_connections(port)) return server;
      if (server.process_.try_wait()) return std::nullopt;
      poll(nullptr, 0, 10);
    }
    return std::nullopt;
  }

  TcpServer(TcpServer&&) noexcept = default;
  TcpServer& operator=(TcpServer&& other) noexcept {
    if (this != &other) {
      stop();
      process_ = std::move(other.process_);
      port_ = other.port_;
    }
    return *this;
  }
  ~TcpServer() { stop(); }

  [[nodiscard]] int port() const { return port_; }

 private:
  TcpServer(ChildProcess process, int port) : process_(std::move(process)), port_(port) {}

  // SIGTERM, so that the server and its children end as they do when stopped in service,
  // rather than the SIGKILL that ChildProcess's destructor sends.
  void stop() noexcept {
    if (process_.send_signal(SIGTERM)) process_.wait();
  }

  ChildProcess process_;
  int port_ = 0;
};

struct StatementFile {
  const char* name;
  const char* title;
  const char* body;
  const char* date;
  const char* text;
};

// Shared phrases ("zone of peace", "territorial integrity", "humanitarian corridors",
// "climate finance") spread over bodies, years and both shards; paragraphs of different
// lengths so that relevance differs between hits.
const std::vector<StatementFile> kStatements{
    {"nam-summit-2023", "Final Document of the Summit", "Non-Aligned Movement", "2023-10-12",
     "# Final Document\n\n"
     "The Heads of State reaffirmed the Indian Ocean as a zone of peace.\n\n"
     "1. Calls upon all States to respect the sovereignty and territorial integrity of "
     "every Member State.\n\n"
     "2. Urges developed countries to deliver climate finance.\n"},
    {"nam-bureau-2024", "Communiqué of the Coordinating Bureau", "Non-Aligned Movement",
     "2024-03-05",
     "# Communiqué\n\n"
     "The Bureau demanded humanitarian corridors for civilians and respect for territorial "
     "integrity.\n\n"
     "The Bureau recalled the zone of peace and cooperation of the South Atlantic, a zone "
     "of peace long cherished by its members.\n"},
    {"g77-ministers-2024", "Ministerial Declaration", "Group of 77", "2024-09-27",
     "# Ministerial Declaration\n\n"
     "1. Stresses that climate finance must be new and additional.\n\n"
     "2. Reaffirms the sovereignty and territorial integrity of States.\n\n"
     "3. Calls for humanitarian corridors.\n"},
    {"g77-chair-2025", "Statement by the Chair", "Group of 77", "2025-01-15",
     "# Statement by the Chair\n\n"
     "The Group welcomes the climate finance goal and recalls the zone of peace.\n"},
    {"au-council-2023", "Communiqué of the Peace and Security Council", "African Union",
     "2023-06-30",
     "# Communiqué\n\n"
     "The Council condemned attacks on humanitarian corridors and on civilians.\n\n"
     "The Council reaffirmed the territorial integrity of the Sudan.\n"},
    {"au-summit-2025", "Declaration of the Assembly", "African Union", "2025-02-16",
     "# Declaration\n\n"
     "Africa must be a zone of peace, free of nuclear weapons.\n\n"
     "The Assembly called for climate finance and for humanitarian corridors in every "
     "conflict on the continent, with humanitarian access guaranteed.\n"},
    {"nam-ministers-2025", "Ministerial Communiqué", "Non-Aligned Movement", "2025-07-04",
     "# Ministerial Communiqué\n\n"
     "The Ministers underlined sovereignty, territorial integrity and non-interference.\n\n"
     "They called the region a zone of peace.\n"},
    {"g77-summit-2023", "Havana Declaration", "Group of 77", "2023-09-16",
     "# Havana Declaration\n\n"
     "We call for science, technology and innovation for development.\n\n"
     "We call for climate finance and a zone of peace.\n"},
};

// Runs concord and throws, with its stderr, unless it succeeds; GoogleTest reports the
// exception as the test's failure.
ProcessResult concord_ok(const std::vector<std::string>& args) {
  ProcessResult r = run_concord(args);
  if (r.exit_code != 0) {
    std::string command = "concord";
    for (const std::string& a : args) command += " " + a;
    throw std::runtime_error(command + " exited with " + std::to_string(r.exit_code) + ": " +
                             r.err);
  }
  return r;
}

Json concord_json(const std::vector<std::string>& args) {
  return Json::parse(concord_ok(args).out);
}

// A hit, keyed by statement and paragraph, with everything that must not depend on how the
// corpus is split. Its rank is compared separately: Xapian breaks ties by document id, and
// document ids differ between one database and a stub over shards.
using HitKey = std::pair<std::string, int>;

std::map<HitKey, Json> hits_by_paragraph(const Json& result, bool with_relevance = true) {
  std::map<HitKey, Json> out;
  for (Json hit : result.at("hits")) {
    if (!with_relevance) hit.erase("percent");
    out[{hit.at("statement").get<std::string>(), hit.at("paragraph").get<int>()}] = hit;
  }
  return out;
}

std::vector<Json> column(const Json& result, const char* field) {
  std::vector<Json> out;
  for (const Json& hit : result.at("hits")) out.push_back(hit.at(field));
  return out;
}

std::string read(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

std::vector<std::string> ids_of(const Json& list) {
  std::vector<std::string> ids;
  for (const Json& s : list) ids.push_back(s.at("id").get<std::string>());
  std::sort(ids.begin(), ids.end());
  return ids;
}

class ShardingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "concord-sharding-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr) << "mkdtemp failed";
    dir_ = pattern;
    for (const StatementFile& s : kStatements) {
      write(fs::path("corpus") / (std::string(s.name) + ".md"),
            std::string("---\ntitle: ") + s.title + "\nbody: " + s.body + "\ndate: " + s.date +
                "\nlanguage: en\n---\n\n" + s.text);
    }
  }

  void TearDown() override {
    server_.reset();  // Stops the server before its database goes.
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }

  void write(const fs::path& relative, const std::string& content) const {
    fs::create_directories((dir_ / relative).parent_path());
    std::ofstream(dir_ / relative, std::ios::binary) << content;
  }

  [[nodiscard]] std::string at(const std::string& relative) const {
    return (dir_ / relative).string();
  }

  void ingest(const std::string& database, const std::vector<std::string>& options,
              const std::string& corpus = "corpus") const {
    std::vector<std::string> args{"--db", at(database), "ingest"};
    args.insert(args.end(), options.begin(), options.end());
    args.push_back(at(corpus));
    concord_ok(args);
  }

  // Ingests everything into all/, and shard I of 2 into shardI/.
  void ingest_all_and_shards(const std::string& corpus = "corpus") const {
    ingest("all", {}, corpus);
    ingest("shard0", {"--shard", "0/2"}, corpus);
    ingest("shard1", {"--shard", "1/2"}, corpus);
  }

  [[nodiscard]] Json list(const std::string& database) const {
    return concord_json({"--db", at(database), "list", "--format", "json"});
  }

  [[nodiscard]] Json search(const std::string& database,
                            const std::vector<std::string>& args) const {
    std::vector<std::string> all{"--db", at(database), "search", "--format",
                                 "json", "--limit",    "100"};
    all.insert(all.end(), args.begin(), args.end());
    return concord_json(all);
  }

  fs::path dir_;
  std::optional<TcpServer> server_;
};

TEST_F(ShardingTest, ShardsPartitionTheCorpus) {
  ingest_all_and_shards();
  const std::vector<std::string> all = ids_of(list("all"));
  const std::vector<std::string> shard0 = ids_of(list("shard0"));
  const std::vector<std::string> shard1 = ids_of(list("shard1"));
  ASSERT_EQ(all.size(), kStatements.size());
  EXPECT_FALSE(shard0.empty());
  EXPECT_FALSE(shard1.empty());
  std::vector<std::string> both;
  std::set_intersection(shard0.begin(), shard0.end(), shard1.begin(), shard1.end(),
                        std::back_inserter(both));
  EXPECT_TRUE(both.empty()) << both.size() << " statements in both shards";
  std::vector<std::string> either;
  std::set_union(shard0.begin(), shard0.end(), shard1.begin(), shard1.end(),
                 std::back_inserter(either));
  EXPECT_EQ(either, all);
}

TEST_F(ShardingTest, UnreachableRemoteShardIsAnEnvironmentError) {
  ingest_all_and_shards();
  // Nothing listens on a port that was free a moment ago.
  write("stub", "auto " + at("shard0") +
                    "\nremote 127.0.0.1:" + std::to_string(free_loopback_port()) + "\n");
  const ProcessResult r = run_concord({"--db", at("stub"), "search", "peace"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("cannot open database"), std::string::npos) << r.err;
}

// Files of the same name in different folders get distinct ids ("same-name",
// "same-name-<digest>"). The shard is chosen from the id before the suffix, so all of them
// land in one shard, which suffixes them exactly as a single database does.
TEST_F(ShardingTest, SameFileNameInSeveralFoldersLandsInExactlyOneShard) {
  for (const char* folder : {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}) {
    write(fs::path("dup") / folder / "same-name.md",
          std::string("---\ntitle: From ") + folder +
              "\nbody: Group of 77\ndate: 2024-01-01\nlanguage: en\n---\n\nText from " + folder +
              ".\n");
  }
  ingest_all_and_shards("dup");
  const std::vector<std::string> all = ids_of(list("all"));
  const std::vector<std::string> shard0 = ids_of(list("shard0"));
  const std::vector<std::string> shard1 = ids_of(list("shard1"));
  std::vector<std::string> either;
  std::set_union(shard0.begin(), shard0.end(), shard1.begin(), shard1.end(),
                 std::back_inserter(either));
  EXPECT_EQ(all.size(), 10u);
  EXPECT_EQ(either, all);
  EXPECT_EQ(shard0.size() + shard1.size(), all.size());
}

// Shard 0 local and shard 1 behind xapian-tcpsrv on a loopback port, combined by `stub`.
class RemoteShardTest : public ShardingTest {
 protected:
  void SetUp() override {
    ShardingTest::SetUp();
    if (HasFatalFailure()) return;
    if (access(kTcpServer, X_OK) != 0) {
      GTEST_SKIP() << kTcpServer << " is absent: install xapian-tools to test remote shards";
    }
    ingest_all_and_shards();
    ASSERT_FALSE(list("shard0").empty());
    ASSERT_FALSE(list("shard1").empty());
    // The port is free when picked but may be taken before the server binds it: try again.
    for (int attempt = 0; attempt < 3 && !server_; ++attempt) {
      server_ = TcpServer::start(dir_ / "shard1", dir_ / "xapian-tcpsrv.log");
    }
    ASSERT_TRUE(server_) << "xapian-tcpsrv did not start listening; its log:\n"
                         << read(dir_ / "xapian-tcpsrv.log");
    write("stub", "# shard 0 here, shard 1 behind xapian-tcpsrv\nauto " + at("shard0") +
                      "\nremote 127.0.0.1:" + std::to_string(server_->port()) + "\n");
  }

  // Searches the stub and the single database alike and expects the same hits.
  void expect_same_search(const std::vector<std::string>& args, bool with_relevance) {
    SCOPED_TRACE(args.back());
    const Json stub = search("stub", args);
    const Json all = search("all", args);
    ASSERT_FALSE(all.at("hits").empty()) << "the query should find something";
    EXPECT_EQ(hits_by_paragraph(stub, with_relevance), hits_by_paragraph(all, with_relevance));
    EXPECT_EQ(stub.at("estimated_total"), all.at("estimated_total"));
    EXPECT_EQ(stub.value("facets", Json()), all.value("facets", Json()));
    // Same order up to ties: relevance, or the date when sorting by date.
    if (with_relevance) {
      EXPECT_EQ(column(stub, "percent"), column(all, "percent"));
    }
    if (args.front() == "--sort") {
      EXPECT_EQ(column(stub, "date"), column(all, "date"));
    }
  }
};

TEST_F(RemoteShardTest, ListsAndShowsEveryStatement) {
  EXPECT_EQ(list("stub"), list("all"));
  for (const StatementFile& s : kStatements) {
    EXPECT_EQ(concord_json({"--db", at("stub"), "show", "--format", "json", s.name}),
              concord_json({"--db", at("all"), "show", "--format", "json", s.name}))
        << s.name;
  }
}

TEST_F(RemoteShardTest, SearchesLikeOneDatabase) {
  const std::vector<std::vector<std::string>> searches{
      {"\"zone of peace\""},
      {"--facets", "\"zone of peace\" OR \"climate finance\""},
      {"--facets", "body:movement"},
      {"--facets", "body:\"Group of 77\" climate"},
      {"--facets", "2024-01-01..2025-12-31 humanitarian"},
      {"--facets", "year:2023 NOT corridors"},
      {"territorial NEAR/3 integrity"},
      {"--facets", "--collapse", "humanitarian OR climate"},
      {"--sort", "date", "sovereignty OR territorial"},
      {"kind:heading"},
      {"--body", "African Union"},
      {"--from", "2024", "--to", "2024-12", "--lang", "en", "corridors"},
  };
  for (const auto& args : searches) expect_same_search(args, true);
}

// A wildcard expands to an OP_SYNONYM of the matching terms, and Xapian 1.4 weights a synonym
// with each sub-database's own statistics: over shards (local or remote alike) the same
// paragraphs match, with other relevance.
TEST_F(RemoteShardTest, WildcardFindsTheSameParagraphs) {
  for (const char* query : {"clim*", "co*", "hum* OR terr*"}) {
    expect_same_search({"--facets", query}, false);
  }
}

// Disabled until wildcard expansion weights the same over shards as in one database (for
// instance by expanding to OP_OR of the terms, whose statistics Xapian merges).
TEST_F(RemoteShardTest, DISABLED_WildcardRanksLikeOneDatabase) {
  for (const char* query : {"clim*", "co*", "hum* OR terr*"}) {
    expect_same_search({"--facets", query}, true);
  }
}

}  // namespace
