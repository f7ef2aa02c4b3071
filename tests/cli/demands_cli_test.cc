// End-to-end tests of `concord demands`: JSON and text on the demo corpus, real statements of
// ../shared in three languages, and the development gold scored by score_demands.py.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace concord {
namespace {

namespace fs = std::filesystem;
using testing::run_concord;

const fs::path kCorpus = fs::path(CONCORD_SOURCE_DIR) / "corpus";

// Runs `concord demands --format json` on files (a database path that does not exist: the
// files are read on the fly).
nlohmann::json demands_json(const std::vector<std::string>& files) {
  const testing::TempDir dir;
  std::vector<std::string> args{"--db", (dir.path() / "nodb").string(), "demands", "--format",
                                "json"};
  args.insert(args.end(), files.begin(), files.end());
  const auto result = run_concord(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

// The demands of the paragraph whose text starts with `start`.
std::vector<nlohmann::json> demands_of(const nlohmann::json& statement, const std::string& start) {
  std::vector<nlohmann::json> out;
  const auto& paragraphs = statement["paragraphs"];
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    if (!paragraphs[p]["text"].get<std::string>().starts_with(start)) continue;
    for (const auto& d : statement["demands"]) {
      if (d["paragraph"].get<std::size_t>() == p) out.push_back(d);
    }
    return out;
  }
  ADD_FAILURE() << "no paragraph starts with: " << start;
  return out;
}

void expect_demand(const nlohmann::json& d, const std::string& lemma, const std::string& addressee,
                   const std::string& action_start, bool negated = false) {
  SCOPED_TRACE(d.dump());
  EXPECT_EQ(d["lemma"], lemma);
  EXPECT_EQ(d["addressee"], addressee);
  EXPECT_TRUE(d["action"].get<std::string>().starts_with(action_start));
  EXPECT_EQ(d["negated"], negated);
}

TEST(DemandsCli, DemoCommuniqueInEnglish) {
  const auto out = demands_json({(kCorpus / "nam-coordinating-bureau-2025-11-18.md").string()});
  ASSERT_EQ(out["statements"].size(), 1u);
  const auto& st = out["statements"][0];
  EXPECT_EQ(st["id"], "nam-coordinating-bureau-2025-11-18");
  EXPECT_EQ(st["body"], "Non-Aligned Movement");

  auto d = demands_of(st, "9. Calls upon the United States of America:");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "calls upon", "the United States of America", "cease its air strikes");
  EXPECT_EQ(d[0]["family"], "request");
  EXPECT_EQ(d[0]["strength"], 3);
  // The action is the item "(a) To cease ..." after the call; "cease" asks to stop.
  EXPECT_EQ(d[0]["action_paragraph"], d[0]["paragraph"].get<std::size_t>() + 1);
  EXPECT_EQ(d[0]["action_verb"], "stop");

  d = demands_of(st, "5. Expressing deep concern");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "expresses concern", "", "the growing military build-up in the Caribbean");

  d = demands_of(st, "12. Rejects the threat or use of force");
  ASSERT_EQ(d.size(), 2u);
  expect_demand(d[0], "rejects", "", "the threat or use of force");
  expect_demand(d[1], "reaffirms", "", "differences between States must be resolved");

  d = demands_of(st, "13. Reaffirms its full support");
  ASSERT_EQ(d.size(), 2u);
  expect_demand(d[1], "calls upon", "all States", "respect it fully");

  // Cover lines and the disclaimer are no acts; every numbered paragraph has one.
  EXPECT_TRUE(demands_of(st, "The Coordinating Bureau of the Non-Aligned Movement,").empty());
  for (int n = 1; n <= 16; ++n) {
    EXPECT_FALSE(demands_of(st, std::to_string(n) + ". ").empty()) << "paragraph " << n;
  }
}

TEST(DemandsCli, DemoCommuniqueInSpanish) {
  const auto out = demands_json({(kCorpus / "nam-coordinating-bureau-2025-11-18.es.md").string()});
  const auto& st = out["statements"][0];
  auto d = demands_of(st, "9. Exhorta a los Estados Unidos de América:");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "calls upon", "los Estados Unidos de América", "poner fin");
  d = demands_of(st, "11. Insta a todas las partes interesadas");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "urges", "todas las partes interesadas", "actuar con la mayor contención");
  d = demands_of(st, "5. Expresando profunda preocupación");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0]["act"], "preocupación");
}

TEST(DemandsCli, HedgedDeclarationReportsQualifiers) {
  const auto out = demands_json({(kCorpus / "celac-eu-summit-2025-11-09.md").string()});
  const auto& st = out["statements"][0];
  const auto d = demands_of(st, "15. Agree to deepen cooperation");
  ASSERT_EQ(d.size(), 1u);
  const auto qualifiers = d[0]["qualifiers"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(qualifiers.begin(), qualifiers.end(), "including"), qualifiers.end());
  EXPECT_NE(
      std::find(qualifiers.begin(), qualifiers.end(), "in accordance with national legislation"),
      qualifiers.end());
}

TEST(DemandsCli, TextOutputListsActsStrengthAndAddressees) {
  const testing::TempDir dir;
  const auto result = run_concord({"--db", (dir.path() / "nodb").string(), "demands",
                                   (kCorpus / "friends-of-the-charter-2025-11-18.md").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Calls upon (request 3) → the United States"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("Condemns (condemnation 3)"), std::string::npos);
  EXPECT_NE(result.out.find("withdraw immediately all of its military assets"), std::string::npos);
}

TEST(DemandsCli, ErrorsAreUsageOrDataErrors) {
  const testing::TempDir dir;
  const std::string db = (dir.path() / "nodb").string();
  EXPECT_EQ(run_concord({"--db", db, "demands"}).exit_code, 2);
  EXPECT_EQ(run_concord({"--db", db, "demands", "--format", "csv", "x"}).exit_code, 2);
  const auto missing = run_concord({"--db", db, "demands", "no-such-statement"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no-such-statement"), std::string::npos);
  EXPECT_EQ(run_concord({"demands", "--help"}).exit_code, 0);
}

// The lexicons are data: an edited copy of data/ named by CONCORD_DATA_DIR is read instead.
TEST(DemandsCli, AnEditedLexiconInConcordDataDirIsRead) {
  const testing::TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::copy(fs::path(CONCORD_SOURCE_DIR) / "data", data, fs::copy_options::recursive);
  const fs::path lexicon = data / "lexicons" / "en.yaml";
  std::string yaml;
  {
    std::ifstream in(lexicon);
    std::stringstream buffer;
    buffer << in.rdbuf();
    yaml = buffer.str();
  }
  const std::string plural = "    plural: [regret, note with regret";
  ASSERT_NE(yaml.find(plural), std::string::npos);
  yaml.replace(yaml.find(plural), plural.size(), "    plural: [regret, bemoan, note with regret");
  std::ofstream(lexicon) << yaml;
  const fs::path statement = dir.write("statement.txt", "We bemoan the attacks on civilians.\n");
  const std::vector<std::string> args{"--db", (dir.path() / "nodb").string(), "demands",
                                      statement.string()};
  EXPECT_NE(run_concord(args).out.find("no speech acts found"), std::string::npos);
  const auto edited = run_concord(args, {{"CONCORD_DATA_DIR", data.string()}});
  EXPECT_EQ(edited.exit_code, 0) << edited.err;
  EXPECT_NE(edited.out.find("bemoan (condemnation 1)"), std::string::npos) << edited.out;
}

TEST(DemandsCli, IdsAreReadFromTheDatabase) {
  const testing::TempDir dir;
  const std::string db = (dir.path() / "db").string();
  ASSERT_EQ(run_concord({"--db", db, "ingest", "--quiet",
                         (kCorpus / "friends-of-the-charter-2025-11-18.md").string()})
                .exit_code,
            0);
  const auto result =
      run_concord({"--db", db, "demands", "--format", "json", "friends-of-the-charter-2025-11-18"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto out = nlohmann::json::parse(result.out);
  const auto d = demands_of(out["statements"][0], "13. Calls upon the United States");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "calls upon", "the United States", "withdraw immediately");
}

// Real statements of ../shared/corpus: bodies, genres and languages the demo does not have.
class DemandsRealCorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::shared_dir().empty()) GTEST_SKIP() << "../shared is absent";
  }
  static nlohmann::json statement(const std::string& relative) {
    const auto out = demands_json({(testing::shared_dir() / "corpus" / relative).string()});
    return out["statements"][0];
  }
};

TEST_F(DemandsRealCorpusTest, GeneralAssemblyResolution) {
  const auto st = statement("un-ga-resolutions-akn/series/cuba-embargo/A_RES_79_7.txt");
  auto d = demands_of(st, "2. Reiterates its call upon all States");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "calls upon", "all States", "refrain from promulgating and applying laws");
  d = demands_of(st, "4. Requests the Secretary-General");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "requests", "the Secretary-General", "prepare a report");
  d = demands_of(st, "Concerned that, since the adoption");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1]["act"], "concerned");
}

TEST_F(DemandsRealCorpusTest, UnilateralCoerciveMeasuresNegation) {
  const auto st = statement(
      "un-ga-resolutions-akn/series/human-rights-and-unilateral-coercive-measures/"
      "A_RES_80_209.txt");
  auto d = demands_of(st, "4. Urges all States not to adopt");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "urges", "all States", "adopt any unilateral measures", true);
  d = demands_of(st, "5. Strongly objects");
  ASSERT_EQ(d.size(), 2u);
  expect_demand(d[1], "calls upon", "all Member States", "recognize those measures", true);
}

TEST_F(DemandsRealCorpusTest, GroupOfFriendsInSpanish) {
  const auto st = statement("seed-events/gof-2025-09-09.es.hispantv.txt");
  auto d = demands_of(st, "El Grupo de Amigos en Defensa");
  ASSERT_EQ(d.size(), 2u);
  expect_demand(d[0], "reaffirms", "", "su inquebrantable solidaridad");
  expect_demand(d[1], "calls upon", "gobierno de Estados Unidos de América",
                "desescalar sus acciones y su retórica");
  d = demands_of(st, "profunda preocupación");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0]["lemma"], "expresses concern");
}

TEST_F(DemandsRealCorpusTest, CelacEuInSpanish) {
  const auto st = statement("seed-events/celac-eu-2025-santa-marta.es.eluniversal.txt");
  const auto d = demands_of(st, "Instamos a todas las partes");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "urges", "todas las partes", "comprometerse plenamente");
}

TEST_F(DemandsRealCorpusTest, NonAlignedMovementInFrench) {
  const auto st = statement("seed-events/nam-cb-2025-11-18.fr.radiohc.txt");
  const auto d = demands_of(st, "risque d");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0]["act"], "doit");
  expect_demand(d[0], "must", "", "débordement être évité à tout prix");
  EXPECT_TRUE(demands_of(st, "la plus grande retenue").empty());
}

TEST_F(DemandsRealCorpusTest, ReportedSpeechInEnglish) {
  const auto caricom = statement("seed-events/caricom-heads-2025-10-18.en.villagevoicenews.txt");
  auto d = demands_of(caricom, "They reaffirmed the principle");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0]["act"], "reaffirmed");
  EXPECT_EQ(d[1]["act"], "remains willing");
  d = demands_of(caricom, "CARICOM Heads of Government reiterated");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1]["act"], "underscored");

  const auto experts = statement("seed-events/un-experts-2025-09-16.en.miragenews-ohchr.txt");
  d = demands_of(experts, "GENEVA - UN experts");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "condemns", "", "the extrajudicial execution by the United States");
  const auto ohchr = statement("seed-events/ohchr-hc-turk-2025-10-31.en.grassrootsupdate.txt");
  d = demands_of(ohchr, "These attacks and their mounting human cost");
  ASSERT_EQ(d.size(), 1u);
  expect_demand(d[0], "must", "The U.S", "halt such attacks");
}

// The path of python3 on PATH, or an empty path.
fs::path python3() {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path == nullptr ? "/usr/bin" : path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const fs::path candidate = fs::path(dir) / "python3";
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec) || fs::is_symlink(candidate, ec)) return candidate;
  }
  return {};
}

// The development gold, scored by the same script that scores held-out gold: acts F1 and
// addressee accuracy per file, held to floors so that a regression shows.
TEST_F(DemandsRealCorpusTest, DevelopmentGoldKeepsItsScores) {
  const fs::path python = python3();
  if (python.empty()) GTEST_SKIP() << "python3 is not installed";
  const fs::path eval = testing::shared_dir() / "eval";
  const fs::path gold_dir = eval / "demands-dev";
  if (!fs::is_directory(gold_dir)) GTEST_SKIP() << "no demands-dev gold";
  const testing::TempDir dir;
  int scored = 0;
  for (const auto& entry : fs::directory_iterator(gold_dir)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    const auto gold = nlohmann::json::parse(in);
    std::vector<std::string> files;
    for (const auto& doc : gold["documents"])
      files.push_back((testing::shared_dir() / "corpus" / doc.get<std::string>()).string());
    std::vector<std::string> args{"--db", (dir.path() / "nodb").string(), "demands", "--format",
                                  "json"};
    args.insert(args.end(), files.begin(), files.end());
    const auto system = run_concord(args);
    ASSERT_EQ(system.exit_code, 0) << system.err;
    const auto system_path = dir.write(entry.path().filename().string(), system.out);
    const auto score = testing::run_process(
        python.string(),
        {(eval / "score_demands.py").string(), entry.path().string(), system_path.string()});
    ASSERT_EQ(score.exit_code, 0) << score.err;
    static const std::regex line(
        R"(acts precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+) \| addressee ([\d.]+|  n/a))");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(score.out, m, line)) << score.out;
    EXPECT_GE(std::stod(m[3].str()), 0.85) << entry.path().filename() << ": " << score.out;
    if (m[4].str() != "  n/a") {
      EXPECT_GE(std::stod(m[4].str()), 0.80) << entry.path().filename() << ": " << score.out;
    }
    ++scored;
  }
  EXPECT_GE(scored, 3);
}

// Gold the project made on other documents (tests/data/demands: paragraph indexes, acts and
// addressees, without the documents' text), scored by the same script: each paragraph's own
// text becomes the quote that locates it, and the actions, left out, are not scored.
TEST_F(DemandsRealCorpusTest, ProjectGoldKeepsItsScores) {
  const fs::path python = python3();
  if (python.empty()) GTEST_SKIP() << "python3 is not installed";
  const fs::path eval = testing::shared_dir() / "eval";
  const testing::TempDir dir;
  int scored = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(CONCORD_TEST_DATA_DIR) / "demands")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    const auto project = nlohmann::json::parse(in);
    std::vector<std::string> args{"--db", (dir.path() / "nodb").string(), "demands", "--format",
                                  "json"};
    for (const auto& doc : project["documents"])
      args.push_back((testing::shared_dir() / "corpus" / doc.get<std::string>()).string());
    const auto system = run_concord(args);
    ASSERT_EQ(system.exit_code, 0) << system.err;
    const auto system_json = nlohmann::json::parse(system.out);
    nlohmann::json gold = {{"name", project["name"]}, {"documents", project["documents"]}};
    gold["demands"] = nlohmann::json::array();
    for (const auto& d : project["demands"]) {
      const auto& paragraph =
          system_json["statements"][d["doc"].get<std::size_t>()]["paragraphs"].at(
              d["paragraph"].get<std::size_t>());
      gold["demands"].push_back({{"doc", d["doc"]},
                                 {"quote", paragraph["text"]},
                                 {"act", d["act"]},
                                 {"addressee", d["addressee"]},
                                 {"action", ""},
                                 {"negated", d["negated"]}});
    }
    const std::string name = entry.path().filename().string();
    const auto gold_path = dir.write("gold-" + name, gold.dump());
    const auto system_path = dir.write("system-" + name, system.out);
    const auto score = testing::run_process(
        python.string(),
        {(eval / "score_demands.py").string(), gold_path.string(), system_path.string()});
    ASSERT_EQ(score.exit_code, 0) << score.err;
    static const std::regex line(
        R"(acts precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+) \| addressee ([\d.]+|  n/a))");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(score.out, m, line)) << score.out;
    // Below 1.0 where the reader and the extractor read a text differently ("has always
    // maintained that", participles before "we will"; "These attacks ... are unacceptable",
    // a judgement the reader counts as an act; "varios Estados miembros destacaron",
    // narration the extractor counts; "We have convened to reaffirm", "We are united in
    // recognizing"; in a General Debate speech, "We need more of UN in action", "deserves due
    // attention", and a tribute and a pledge of money the reader leaves out; "We call upon
    // all countries to reject ... and demand that Russia cease", read as the speaker's demand;
    // "requires a multilateral response", "are driven by the will"; "..., UN experts warned",
    // "raised concerns" written with its light verb; "looking forward" written without its
    // "to"; "We remain united and resolute in our support of", "united in our determination";
    // "declares its firm opposition", whose "firm" the scorer keeps; "jointly recognize").
    const std::map<std::string, double> lower_floors{
        {"demands-former-caribbean-leaders-2025.indexes.json", 0.9},
        {"demands-celac-eu-2023-gov-br.indexes.json", 0.8},
        {"demands-ohchr-hc-2025-10-31.indexes.json", 0.6},
        {"demands-celac-eu-2025-es-notimerica.indexes.json", 0.8},
        {"demands-quad-2021-03-12.indexes.json", 0.85},
        {"demands-ungdc-kor-79-2024.indexes.json", 0.5},
        {"demands-g7-ukraine-2022-10-11.indexes.json", 0.9},
        {"demands-celac-eu-2025-en-eeas.indexes.json", 0.55},
        {"demands-un-experts-2025-11-04.indexes.json", 0.3},
        {"demands-sc-cyprus-1847-2008.indexes.json", 0.9},
        {"demands-g7-statement-5-2023-02-24.indexes.json", 0.85},
        {"demands-ga-self-determination-80-196.indexes.json", 0.9},
        {"demands-us-rok-2022-05-21.indexes.json", 0.85}};
    const auto lower = lower_floors.find(name);
    EXPECT_GE(std::stod(m[3].str()), lower != lower_floors.end() ? lower->second : 0.95)
        << name << ": " << score.out;
    if (m[4].str() != "  n/a") {
      EXPECT_GE(std::stod(m[4].str()), 0.65) << name << ": " << score.out;
    }
    ++scored;
  }
  EXPECT_GE(scored, 13);
}

}  // namespace
}  // namespace concord
