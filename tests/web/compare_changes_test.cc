// concord serve's compare page and API label changes of speech act as `concord compare` does.
#include <gtest/gtest.h>
#include <signal.h>

#include <nlohmann/json.hpp>

#include "support/process.hpp"
#include "web/web_support.hpp"

namespace concord {
namespace {

using testing::http_get;
using testing::HttpReply;
using testing::ServeProcess;

// Two statements whose operative paragraphs differ by their verb only: "calls upon" in the
// first, "demands" (a stronger request) in the second.
constexpr const char* kFirst = R"md(---
title: "Statement on maritime security (test)"
body: "Test Group One"
date: 2025-11-01
language: en
---

# Statement on maritime security

The Test Group One,

1. Recalling the purposes and principles of the Charter of the United Nations and the
obligation of all States to settle their international disputes by peaceful means,

2. Calls upon all States to refrain from the threat or use of force against the territorial
integrity or political independence of any State in the Caribbean region,

3. Decides to remain seized of the matter.
)md";

constexpr const char* kSecond = R"md(---
title: "Statement on maritime security, revised (test)"
body: "Test Group Two"
date: 2025-11-20
language: en
---

# Statement on maritime security, revised

The Test Group Two,

1. Recalling the purposes and principles of the Charter of the United Nations and the
obligation of all States to settle their international disputes by peaceful means,

2. Demands that all States refrain from the threat or use of force against the territorial
integrity or political independence of any State in the Caribbean region,

3. Decides to remain seized of the matter.
)md";

constexpr const char* kFirstId = "maritime-security-first";
constexpr const char* kSecondId = "maritime-security-second";

class CompareChangesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    const auto first = dir_->write(std::string(kFirstId) + ".md", kFirst);
    const auto second = dir_->write(std::string(kSecondId) + ".md", kSecond);
    db_ = (dir_->path() / "db").string();
    const auto ingest =
        testing::run_concord({"--db", db_, "ingest", first.string(), second.string()});
    if (ingest.exit_code != 0) FAIL() << "cannot ingest: " << ingest.err;
    std::string error;
    server_ = ServeProcess::start(db_, error);
    if (server_ == nullptr) FAIL() << error;
  }
  static void TearDownTestSuite() {
    testing::stop_shared_server(server_);
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(server_, nullptr); }

  static std::string ids() { return std::string("ids=") + kFirstId + "," + kSecondId; }

  static testing::TempDir* dir_;
  static std::string db_;
  static std::unique_ptr<ServeProcess> server_;
};

testing::TempDir* CompareChangesTest::dir_ = nullptr;
std::string CompareChangesTest::db_;
std::unique_ptr<ServeProcess> CompareChangesTest::server_;

TEST_F(CompareChangesTest, ApiGroupCarriesTheStrengthenedVerb) {
  const HttpReply reply = http_get(server_->port(), "/api/compare?" + ids());
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto json = nlohmann::json::parse(reply.body);
  ASSERT_EQ(json["statements"].size(), 2u);
  EXPECT_EQ(json["statements"][0]["id"], kFirstId);
  int strengthened = 0;
  for (const auto& group : json["groups"]) {
    ASSERT_TRUE(group.contains("changes"));
    for (const auto& c : group["changes"]) {
      if (c["kind"] != "strengthened") continue;
      ++strengthened;
      EXPECT_EQ(c["from"], "calls upon");
      EXPECT_EQ(c["to"], "demands");
      EXPECT_EQ(c["family"], "request");
      EXPECT_EQ(c["statements"], nlohmann::json::array({0, 1}));
      EXPECT_EQ(c["paragraphs"][0], c["paragraphs"][1]) << "the second paragraphs of both";
    }
  }
  EXPECT_EQ(strengthened, 1) << reply.body;
}

TEST_F(CompareChangesTest, ApiMatchesTheCommandLine) {
  const HttpReply reply = http_get(server_->port(), "/api/compare?" + ids());
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto web = nlohmann::json::parse(reply.body);
  const auto cli =
      testing::run_concord({"--db", db_, "compare", "--format", "json", kFirstId, kSecondId});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  const auto command_line = nlohmann::json::parse(cli.out);
  ASSERT_EQ(web["groups"].size(), command_line["groups"].size());
  for (std::size_t g = 0; g < web["groups"].size(); ++g) {
    EXPECT_EQ(web["groups"][g]["changes"], command_line["groups"][g]["changes"]) << "group " << g;
  }
}

TEST_F(CompareChangesTest, HtmlPageTagsTheStrengthenedVerb) {
  const HttpReply page = http_get(server_->port(), "/compare?" + ids());
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("concord-app"), std::string::npos) << "the app's page, with its nav";
  EXPECT_NE(page.body.find("class=\"change strengthened\""), std::string::npos);
  EXPECT_NE(page.body.find("↑ calls upon → demands"), std::string::npos);
  // The download is the same report.
  const HttpReply download = http_get(server_->port(), "/compare?" + ids() + "&download=html");
  ASSERT_EQ(download.status, 200);
  EXPECT_NE(download.body.find("↑ calls upon → demands"), std::string::npos);
}

}  // namespace
}  // namespace concord
