// concord serve's compare page and API label changes of speech act as `concord compare` does,
// and the page and its downloads show the consensus matrix of `concord report`.
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

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

// The first statement's call, in Spanish.
constexpr const char* kSpanish = R"md(---
title: "Declaración sobre la seguridad marítima (prueba)"
body: "Grupo de Prueba Tres"
date: 2025-11-21
language: es
---

# Declaración sobre la seguridad marítima

2. Exhorta a todos los Estados a que se abstengan de recurrir a la amenaza o al uso de la
fuerza contra la integridad territorial o la independencia política de cualquier Estado de la
región del Caribe,
)md";

constexpr const char* kFirstId = "maritime-security-first";
constexpr const char* kSpanishId = "maritime-security-spanish";
constexpr const char* kSecondId = "maritime-security-second";

class CompareChangesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    const auto first = dir_->write(std::string(kFirstId) + ".md", kFirst);
    const auto second = dir_->write(std::string(kSecondId) + ".md", kSecond);
    const auto spanish = dir_->write(std::string(kSpanishId) + ".md", kSpanish);
    db_ = (dir_->path() / "db").string();
    const auto ingest = testing::run_concord(
        {"--db", db_, "ingest", first.string(), second.string(), spanish.string()});
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

TEST_F(CompareChangesTest, StatementsInTwoLanguagesAreAlignedThroughTranslations) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const std::string pair = std::string("ids=") + kFirstId + "," + kSpanishId;
  const HttpReply reply = http_get(server_->port(), "/api/compare?" + pair);
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto json = nlohmann::json::parse(reply.body);
  EXPECT_EQ(json["translated_into"], "en") << reply.body;
  bool call_linked = false;
  for (const auto& group : json["groups"]) {
    call_linked = call_linked || group["kind"] == "shared";
    // "Calls upon" and "Exhorta" are one act (the lexicons share English lemmas): no change.
    EXPECT_TRUE(group["changes"].empty()) << group.dump();
  }
  EXPECT_TRUE(call_linked) << reply.body;
  const HttpReply page = http_get(server_->port(), "/compare?" + pair);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("machine translations into English"), std::string::npos);
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

// The text from the first `start` up to the end of the first `end` after it; "" when either
// is missing.
std::string between(const std::string& text, const std::string& start, const std::string& end) {
  const auto from = text.find(start);
  if (from == std::string::npos) return {};
  const auto to = text.find(end, from + start.size());
  if (to == std::string::npos) return {};
  return text.substr(from, to + end.size() - from);
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The demand both statements make, in the words of its matrix row.
constexpr const char* kSharedDemand =
    "all States: refrain from the threat or use of force against the territorial integrity or "
    "political independence of any State in the Caribbean region";

TEST_F(CompareChangesTest, HtmlPageHasTheConsensusMatrix) {
  const HttpReply page = http_get(server_->port(), "/compare?" + ids());
  ASSERT_EQ(page.status, 200);
  const std::string matrix = between(page.body, "<section class=\"matrix\">", "</section>");
  ASSERT_FALSE(matrix.empty()) << "no consensus-matrix section";
  EXPECT_NE(matrix.find("<h2>Consensus matrix</h2>"), std::string::npos) << matrix;
  // One row for the demand, with a cell for each statement: its verb and rung.
  const std::string row = between(matrix, "<tr><td>" + std::string(kSharedDemand), "</tr>");
  ASSERT_FALSE(row.empty()) << matrix;
  EXPECT_NE(row.find("<span class=\"family\">request</span>"), std::string::npos) << row;
  const auto first = row.find(">calls upon (3)</td>");
  const auto second = row.find(">demands (5)</td>");
  EXPECT_NE(first, std::string::npos) << row;
  EXPECT_NE(second, std::string::npos) << row;
  EXPECT_LT(first, second) << "column A is the first statement";
  EXPECT_EQ(row.find("class=\"none\""), std::string::npos) << "both statements make it";
  // It follows the summary and comes before the rows, as in the report.
  EXPECT_LT(page.body.find("<section class=\"matrix\">"), page.body.find("<nav class=\"toc\">"));
}

TEST_F(CompareChangesTest, DownloadsCarryTheMatrixOfTheReport) {
  const auto html_file = dir_->path() / "report.html";
  const auto md_file = dir_->path() / "report.md";
  for (const auto& file : {html_file, md_file}) {
    const auto report =
        testing::run_concord({"--db", db_, "report", "-o", file.string(), kFirstId, kSecondId});
    ASSERT_EQ(report.exit_code, 0) << report.err;
  }

  const HttpReply html = http_get(server_->port(), "/compare?" + ids() + "&download=html");
  ASSERT_EQ(html.status, 200);
  const std::string report_matrix =
      between(read_text(html_file), "<section class=\"matrix\">", "</section>");
  ASSERT_NE(report_matrix.find(kSharedDemand), std::string::npos) << report_matrix;
  EXPECT_EQ(between(html.body, "<section class=\"matrix\">", "</section>"), report_matrix);

  const HttpReply md = http_get(server_->port(), "/compare?" + ids() + "&download=md");
  ASSERT_EQ(md.status, 200);
  const std::string report_md_matrix =
      between(read_text(md_file), "## Consensus matrix", "\n\n## ");
  const std::string md_row =
      std::string("| ") + kSharedDemand + " | request | calls upon (3) | demands (5) |";
  ASSERT_NE(report_md_matrix.find(md_row), std::string::npos) << report_md_matrix;
  EXPECT_EQ(between(md.body, "## Consensus matrix", "\n\n## "), report_md_matrix);

  // Both name the statements compared in one heading.
  const std::string heading = between(read_text(html_file), "<h1>", "</h1>");
  EXPECT_NE(heading.find("Comparison of "), std::string::npos) << heading;
  EXPECT_EQ(between(html.body, "<h1>", "</h1>"), heading);
  const std::string md_heading = between(read_text(md_file), "# ", "\n");
  EXPECT_EQ(between(md.body, "# ", "\n"), md_heading);
}

TEST_F(CompareChangesTest, ChangesOnlyLeavesOutTheGroupsThatChangeNothing) {
  const HttpReply all = http_get(server_->port(), "/api/compare?" + ids());
  const HttpReply changed = http_get(server_->port(), "/api/compare?" + ids() + "&changes=only");
  ASSERT_EQ(all.status, 200);
  ASSERT_EQ(changed.status, 200) << changed.body;
  const auto all_json = nlohmann::json::parse(all.body);
  const auto json = nlohmann::json::parse(changed.body);
  // "Recalling the purposes ..." and "Decides to remain seized of the matter." are the same.
  EXPECT_EQ(json["unchanged_groups_left_out"], 2);
  EXPECT_EQ(json["groups"].size() + 2, all_json["groups"].size());

  const HttpReply page = http_get(server_->port(), "/compare?" + ids() + "&changes=only");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("2 rows that change nothing left out"), std::string::npos);
  const std::string rows_links = page.body.substr(page.body.find("<span>Rows</span>"), 400);
  EXPECT_NE(rows_links.find("<a href=\"/compare?ids=" + std::string(kFirstId) + "," + kSecondId +
                            "\">all</a>"),
            std::string::npos)
      << rows_links;
  EXPECT_NE(rows_links.find("<a class=\"current\""), std::string::npos) << rows_links;
  EXPECT_LT(rows_links.find("<a class=\"current\""), rows_links.find(">changes only</a>"));
  EXPECT_NE(page.body.find("changes=only&amp;download=md"), std::string::npos) << page.body;
  const HttpReply md = http_get(server_->port(), "/compare?" + ids() + "&changes=only&download=md");
  ASSERT_EQ(md.status, 200);
  EXPECT_NE(md.body.find("2 rows that change nothing left out"), std::string::npos);

  EXPECT_EQ(http_get(server_->port(), "/api/compare?" + ids() + "&changes=some").status, 400);
}

}  // namespace
}  // namespace concord
