// End-to-end tests of `concord matrix`, and of the changes of speech act `concord compare`
// reports, on the demo corpus.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace concord {
namespace {

namespace fs = std::filesystem;
using testing::run_concord;

const fs::path kCorpus = fs::path(CONCORD_SOURCE_DIR) / "corpus";

// Runs concord with `args` after a database path that does not exist (files are read on
// the fly) and parses what it prints as JSON.
nlohmann::json run_json(const std::vector<std::string>& args) {
  const testing::TempDir dir;
  std::vector<std::string> all{"--db", (dir.path() / "nodb").string()};
  all.insert(all.end(), args.begin(), args.end());
  const auto result = run_concord(all);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

TEST(MatrixCli, DemoCommuniquesShareRows) {
  const auto out = run_json({"matrix", "--format", "json",
                             (kCorpus / "nam-coordinating-bureau-2025-11-18.md").string(),
                             (kCorpus / "friends-of-the-charter-2025-11-18.md").string()});
  ASSERT_EQ(out["statements"].size(), 2u);
  EXPECT_EQ(out["statements"][0]["id"], "nam-coordinating-bureau-2025-11-18");
  ASSERT_FALSE(out["rows"].empty());
  std::size_t previous = 2;
  bool condemns_both = false;
  for (const auto& row : out["rows"]) {
    ASSERT_EQ(row["cells"].size(), 2u);
    const std::size_t count = row["statements"].get<std::size_t>();
    EXPECT_LE(count, previous) << "rows shared by more statements come first";
    previous = count;
    for (const auto& cell : row["cells"]) {
      if (!cell.is_null()) {
        EXPECT_NE(cell["family"], "other");
      }
    }
    if (count == 2 && row["cells"][0]["lemma"] == "condemns" &&
        row["cells"][1]["lemma"] == "condemns") {
      condemns_both = true;
    }
  }
  EXPECT_EQ(out["rows"][0]["statements"], 2);
  EXPECT_TRUE(condemns_both) << "both condemn the military escalation in the Caribbean";
}

TEST(MatrixCli, EveryItemOfACallIsAThingAskedAndShared) {
  // NAM "9. Calls upon the United States of America:" asks two things, "(a)" and "(b)"; the
  // Group of Friends urges the halt of the strikes and that the United States abstain from
  // any action: both items share a row with it.
  const auto out = run_json({"matrix", "--format", "json",
                             (kCorpus / "nam-coordinating-bureau-2025-11-18.md").string(),
                             (kCorpus / "friends-of-the-charter-2025-11-18.md").string()});
  std::set<std::size_t> shared_items;
  for (const auto& row : out["rows"]) {
    const auto& nam = row["cells"][0];
    if (row["statements"] == 2 && nam["lemma"] == "calls upon" &&
        nam["action_paragraph"] != nam["paragraph"])
      shared_items.insert(nam["action_paragraph"].get<std::size_t>());
  }
  EXPECT_EQ(shared_items.size(), 2u) << out["rows"].dump().substr(0, 2000);
}

TEST(MatrixCli, TextTableHasOneColumnPerStatement) {
  const testing::TempDir dir;
  const auto result = run_concord({"--db", (dir.path() / "nodb").string(), "matrix",
                                   (kCorpus / "nam-coordinating-bureau-2025-11-18.md").string(),
                                   (kCorpus / "friends-of-the-charter-2025-11-18.md").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("[A] "), std::string::npos);
  EXPECT_NE(result.out.find("[B] "), std::string::npos);
  EXPECT_NE(result.out.find("condemns(3)"), std::string::npos);
  EXPECT_NE(result.out.find("—"), std::string::npos);
}

TEST(MatrixCli, DemandsInTwoLanguagesShareARowThroughTranslations) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const testing::TempDir dir;
  const auto english = dir.write("nam.md",
                                 "---\nbody: Non-Aligned Movement\nlanguage: en\n---\n\n"
                                 "1. Calls upon the United States to cease its hostile actions "
                                 "against Venezuela;\n");
  const auto spanish = dir.write("amigos.md",
                                 "---\nbody: Grupo de Amigos\nlanguage: es\n---\n\n"
                                 "1. Exhorta a los Estados Unidos a cesar sus acciones hostiles "
                                 "contra Venezuela;\n");
  const auto out = run_json({"matrix", "--format", "json", english.string(), spanish.string()});
  EXPECT_EQ(out["translated_into"], "en");
  ASSERT_FALSE(out["rows"].empty()) << out.dump();
  EXPECT_EQ(out["rows"][0]["statements"], 2) << out.dump();
  EXPECT_NE(out["rows"][0]["cells"][1]["text"].get<std::string>().find("Exhorta"),
            std::string::npos);
  const auto apart = run_json(
      {"matrix", "--format", "json", "--no-translation", english.string(), spanish.string()});
  EXPECT_FALSE(apart.contains("translated_into"));
  EXPECT_EQ(apart["rows"].size(), 2u) << apart.dump();
}

// The demo corpus's NAM communiqué and its Spanish version make the same demands: aligned
// paragraph by paragraph, every act finds its counterpart.
TEST(MatrixCli, TranslationOfAStatementMakesEveryDemandShared) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const auto out = run_json({"matrix", "--format", "json",
                             (kCorpus / "nam-coordinating-bureau-2025-11-18.md").string(),
                             (kCorpus / "nam-coordinating-bureau-2025-11-18.es.md").string()});
  EXPECT_EQ(out["translated_into"], "en");
  ASSERT_FALSE(out["rows"].empty());
  for (const auto& row : out["rows"]) EXPECT_EQ(row["statements"], 2) << row.dump();
}

// The demo corpus folder, README left out, makes the same matrix as its statement files
// named one by one: the folder's statements are aligned before their acts are matched.
TEST(MatrixCli, AFolderMakesTheMatrixOfItsStatementFiles) {
  std::vector<std::string> files{"matrix", "--format", "json"};
  for (const auto& entry : fs::directory_iterator(kCorpus)) {
    if (entry.path().filename() != "README.md") files.push_back(entry.path().string());
  }
  std::sort(files.begin() + 3, files.end());
  const auto named = run_json(files);
  const auto folder = run_json({"matrix", "--format", "json", kCorpus.string()});
  EXPECT_EQ(folder["statements"].size(), files.size() - 3);
  EXPECT_EQ(folder, named);
}

TEST(MatrixCli, NoStatementIsAUsageError) {
  const auto result = run_concord({"matrix"});
  EXPECT_NE(result.exit_code, 0);
}

TEST(CompareCli, DraftStrengthensCallUponToDemands) {
  const auto out = run_json({"compare", "--format", "json",
                             (kCorpus / "friends-of-the-charter-2025-11-18.md").string(),
                             (kCorpus / "friends-of-the-charter-2025-12-draft.md").string()});
  bool found = false;
  for (const auto& group : out["groups"]) {
    ASSERT_TRUE(group.contains("changes"));
    for (const auto& c : group["changes"]) {
      EXPECT_EQ(c["statements"].size(), 2u);
      EXPECT_EQ(c["paragraphs"].size(), 2u);
      if (c["kind"] == "strengthened" && c["from"] == "calls upon" && c["to"] == "demands") {
        found = true;
        EXPECT_EQ(c["family"], "request");
        EXPECT_EQ(c["statements"][0], 0);
        EXPECT_EQ(c["statements"][1], 1);
      }
    }
  }
  EXPECT_TRUE(found);
}

TEST(CompareCli, DraftAddsAnActWhereItSplitsAParagraph) {
  // The draft splits "Urges ... to abstain from any action ..., including the fabrication of
  // false pretexts ..." in two, the second half now a rejection of its own: between versions
  // of one text an act without a partner is a change; the draft drops nothing of it.
  const testing::TempDir dir;
  const auto result = run_concord({"--db", (dir.path() / "nodb").string(), "compare",
                                   (kCorpus / "friends-of-the-charter-2025-11-18.md").string(),
                                   (kCorpus / "friends-of-the-charter-2025-12-draft.md").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("+ act added: rejects the fabrication of false pretexts"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("act dropped: urges"), std::string::npos) << result.out;
  // Statements of different bodies word a shared point with their own acts: none is "added".
  const auto bodies = run_concord({"--db", (dir.path() / "nodb").string(), "compare",
                                   (kCorpus / "nam-coordinating-bureau-2025-11-18.md").string(),
                                   (kCorpus / "friends-of-the-charter-2025-11-18.md").string()});
  ASSERT_EQ(bodies.exit_code, 0) << bodies.err;
  EXPECT_EQ(bodies.out.find("act added"), std::string::npos);
  EXPECT_EQ(bodies.out.find("act dropped"), std::string::npos);
}

TEST(CompareCli, TextShowsStrengthenedVerb) {
  const testing::TempDir dir;
  const auto result = run_concord({"--db", (dir.path() / "nodb").string(), "compare",
                                   (kCorpus / "friends-of-the-charter-2025-11-18.md").string(),
                                   (kCorpus / "friends-of-the-charter-2025-12-draft.md").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("↑ strengthened: calls upon → demands (request)"), std::string::npos);
}

TEST(ReportCli, HtmlHasConsensusMatrixAndChangeTags) {
  const testing::TempDir dir;
  const fs::path output = dir.path() / "report.html";
  const auto result =
      run_concord({"--db", (dir.path() / "nodb").string(), "report", "-o", output.string(),
                   (kCorpus / "friends-of-the-charter-2025-11-18.md").string(),
                   (kCorpus / "friends-of-the-charter-2025-12-draft.md").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::ifstream in(output);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(html.find("<h2>Consensus matrix</h2>"), std::string::npos);
  EXPECT_NE(html.find("class=\"change strengthened\""), std::string::npos);
  EXPECT_NE(html.find("↑ calls upon → demands"), std::string::npos);
}

}  // namespace
}  // namespace concord
