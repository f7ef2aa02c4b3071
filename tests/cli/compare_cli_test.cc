// End-to-end tests of `concord compare`: JSON and text output, errors, files and ids.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace concord {
namespace {

using testing::run_concord;
using testing::TempDir;

// A resolution and its next-year version: the second inserts a paragraph on airstrikes and
// changes the session number.
const char* const kResolution2024 =
    "---\ntitle: Consolidation of the regime established by the Treaty of Tlatelolco\n"
    "body: United Nations General Assembly\ndate: 2024-12-02\nlanguage: en\n---\n\n"
    "Recalling its resolutions on the Treaty for the Prohibition of Nuclear Weapons in Latin "
    "America and the Caribbean (Treaty of Tlatelolco),\n\n"
    "1. Calls upon all States to respect fully the status of Latin America and the Caribbean "
    "as a nuclear-weapon-free zone;\n\n"
    "2. Requests the Secretary-General to convene, in Mexico City, a conference of the States "
    "parties to the Treaty to review its operation;\n\n"
    "3. Decides to include in the provisional agenda of its eighty-first session the item "
    "entitled \"Consolidation of the regime established by the Treaty of Tlatelolco\".\n";

const char* const kResolution2025 =
    "---\ntitle: Consolidation of the regime established by the Treaty of Tlatelolco\n"
    "body: United Nations General Assembly\ndate: 2025-12-01\nlanguage: en\n---\n\n"
    "Recalling its resolutions on the Treaty for the Prohibition of Nuclear Weapons in Latin "
    "America and the Caribbean (Treaty of Tlatelolco),\n\n"
    "1. Calls upon all States to respect fully the status of Latin America and the Caribbean "
    "as a nuclear-weapon-free zone;\n\n"
    "2. Expresses grave concern at the airstrikes carried out since September against small "
    "vessels navigating in the Caribbean Sea, and at the resulting loss of civilian lives;\n\n"
    "3. Requests the Secretary-General to convene, in Mexico City, a conference of the States "
    "parties to the Treaty to review its operation;\n\n"
    "4. Decides to include in the provisional agenda of its eighty-second session the item "
    "entitled \"Consolidation of the regime established by the Treaty of Tlatelolco\".\n";

class CompareCliTest : public ::testing::Test {
 protected:
  CompareCliTest() {
    old_ = dir_.write("corpus/a-res-79-10.md", kResolution2024).string();
    new_ = dir_.write("corpus/a-res-80-12.md", kResolution2025).string();
  }
  // Runs concord with a database path that does not exist: files are read on the fly.
  testing::ProcessResult concord(std::vector<std::string> args, const std::string& db = "nodb") {
    args.insert(args.begin(), {"--db", (dir_.path() / db).string()});
    return run_concord(args);
  }
  nlohmann::json compare_json(const std::vector<std::string>& statements,
                              const std::string& db = "nodb") {
    std::vector<std::string> args = {"compare", "--format", "json"};
    args.insert(args.end(), statements.begin(), statements.end());
    const auto result = concord(args, db);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(result.err.empty()) << result.err;
    return nlohmann::json::parse(result.out);
  }
  TempDir dir_;
  std::string old_;
  std::string new_;
};

std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

std::string trim_leading(const std::string& text) {
  const auto first = text.find_first_not_of(' ');
  return first == std::string::npos ? "" : text.substr(first);
}

TEST_F(CompareCliTest, JsonListsStatementsWithEveryParagraphAndItsLabel) {
  const auto out = compare_json({old_, new_});
  ASSERT_TRUE(out.is_object());
  ASSERT_TRUE(out.contains("statements"));
  ASSERT_EQ(out["statements"].size(), 2u);
  const auto& first = out["statements"][0];
  EXPECT_EQ(first["id"], "a-res-79-10");
  EXPECT_EQ(first["body"], "United Nations General Assembly");
  EXPECT_EQ(first["title"], "Consolidation of the regime established by the Treaty of Tlatelolco");
  EXPECT_EQ(first["date"], "2024-12-02");
  EXPECT_EQ(first["language"], "en");
  EXPECT_TRUE(first["symbol"].is_string());
  EXPECT_TRUE(first["source"].is_string());
  EXPECT_EQ(out["statements"][1]["id"], "a-res-80-12");
  EXPECT_EQ(out["statements"][1]["date"], "2025-12-01");

  const auto& paragraphs = first["paragraphs"];
  ASSERT_EQ(paragraphs.size(), 4u);
  EXPECT_EQ(paragraphs[0]["label"], "");
  EXPECT_EQ(paragraphs[0]["kind"], "preambular");
  EXPECT_EQ(paragraphs[0]["text"].get<std::string>().rfind("Recalling its resolutions", 0), 0u);
  EXPECT_EQ(paragraphs[1]["label"], "1.");
  EXPECT_EQ(paragraphs[1]["kind"], "operative");
  EXPECT_EQ(paragraphs[1]["text"],
            "1. Calls upon all States to respect fully the status of Latin America and the "
            "Caribbean as a nuclear-weapon-free zone;");
  for (const auto& p : paragraphs) {
    EXPECT_EQ(p.size(), 3u) << p.dump();
    const std::string label = p["label"];
    if (!label.empty()) {
      EXPECT_EQ(p["text"].get<std::string>().rfind(label + " ", 0), 0u) << p.dump();
    }
  }
  EXPECT_EQ(out["statements"][1]["paragraphs"].size(), 5u);
}

TEST_F(CompareCliTest, JsonGroupsHaveValidMembersKindsAndDiffs) {
  const auto out = compare_json({old_, new_});
  const auto& statements = out["statements"];
  ASSERT_TRUE(out["groups"].is_array());
  ASSERT_FALSE(out["groups"].empty());
  std::set<std::pair<std::size_t, std::size_t>> covered;
  for (const auto& g : out["groups"]) {
    const std::string kind = g["kind"];
    EXPECT_TRUE(kind == "shared" || kind == "partial" || kind == "unique") << kind;
    ASSERT_TRUE(g["similarity"].is_number()) << g.dump();
    EXPECT_GE(g["similarity"].get<double>(), 0.0);
    EXPECT_LE(g["similarity"].get<double>(), 1.0);
    EXPECT_TRUE(g["moved"].is_boolean());
    ASSERT_TRUE(g["members"].is_array());
    ASSERT_FALSE(g["members"].empty());
    std::set<std::size_t> present;
    for (const auto& m : g["members"]) {
      const std::size_t s = m["statement"], p = m["paragraph"];
      ASSERT_LT(s, statements.size());
      ASSERT_LT(p, statements[s]["paragraphs"].size());
      present.insert(s);
      covered.emplace(s, p);
    }
    EXPECT_EQ(kind, present.size() == 2 ? "shared" : "unique") << g.dump();
    ASSERT_EQ(g["diff"].size(), g["members"].size()) << g.dump();
    for (std::size_t i = 0; i < g["diff"].size(); ++i) {
      const auto& d = g["diff"][i];
      EXPECT_EQ(d["statement"], g["members"][i]["statement"]);
      EXPECT_EQ(d["paragraph"], g["members"][i]["paragraph"]);
      std::string text;
      for (const auto& seg : d["segments"]) {
        const std::string seg_kind = seg["kind"];
        EXPECT_TRUE(seg_kind == "common" || seg_kind == "own" || seg_kind == "inflection");
        text += seg["text"].get<std::string>();
      }
      // The segments give back the paragraph's text without its label.
      const auto& paragraph = statements[d["statement"].get<std::size_t>()]["paragraphs"]
                                        [d["paragraph"].get<std::size_t>()];
      std::string full = paragraph["text"];
      const std::string label = paragraph["label"];
      if (!label.empty()) full = full.substr(label.size() + 1);
      EXPECT_EQ(trim_leading(text), full);
    }
  }
  std::size_t paragraph_count = 0;
  for (const auto& s : statements) paragraph_count += s["paragraphs"].size();
  EXPECT_EQ(covered.size(), paragraph_count) << "every paragraph is in a group";
}

TEST_F(CompareCliTest, JsonAlignsVersionsAndSummarisesGroupsPerStatement) {
  const auto out = compare_json({old_, new_});
  ASSERT_EQ(out["orders"].size(), 1u);
  EXPECT_EQ(out["orders"][0]["statements"], nlohmann::json::array({0, 1}));
  EXPECT_EQ(out["orders"][0]["order"], "keep");

  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> groups;
  for (const auto& g : out["groups"]) {
    std::vector<std::pair<std::size_t, std::size_t>> members;
    for (const auto& m : g["members"]) members.emplace_back(m["statement"], m["paragraph"]);
    groups.push_back(members);
  }
  const std::vector<std::vector<std::pair<std::size_t, std::size_t>>> expected = {
      {{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}, {{0, 2}, {1, 3}}, {{0, 3}, {1, 4}}, {{1, 2}}};
  EXPECT_EQ(groups, expected) << out["groups"].dump(1);
  EXPECT_EQ(out["groups"][4]["kind"], "unique");
  EXPECT_EQ(out["groups"][4]["similarity"], 1.0);

  ASSERT_TRUE(out["summary"].is_array());
  ASSERT_EQ(out["summary"].size(), 2u);
  EXPECT_EQ(out["summary"][0],
            (nlohmann::json{{"statement", 0}, {"shared", 4}, {"partial", 0}, {"unique", 0}}));
  EXPECT_EQ(out["summary"][1],
            (nlohmann::json{{"statement", 1}, {"shared", 4}, {"partial", 0}, {"unique", 1}}));
}

TEST_F(CompareCliTest, TheSameDemandInOtherWordsIsOneGroup) {
  // The demo's first question: the NAM calls for the strikes to "cease", the Friends Group
  // urges their "halt"; the two paragraphs share too few words to be found on their wording.
  const std::filesystem::path corpus = std::filesystem::path(CONCORD_SOURCE_DIR) / "corpus";
  const auto out = compare_json({(corpus / "nam-coordinating-bureau-2025-11-18.md").string(),
                                 (corpus / "friends-of-the-charter-2025-11-18.md").string()});
  auto paragraph_starting = [&](std::size_t statement, const std::string& start) {
    const auto& paragraphs = out["statements"][statement]["paragraphs"];
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
      if (paragraphs[p]["text"].get<std::string>().starts_with(start)) return p;
    }
    ADD_FAILURE() << "no paragraph starts with " << start;
    return std::size_t{0};
  };
  const nlohmann::json cease = {{"statement", 0},
                                {"paragraph", paragraph_starting(0, "(a) To cease its air")}};
  const nlohmann::json halt = {
      {"statement", 1}, {"paragraph", paragraph_starting(1, "11. Urges the immediate halt")}};
  const auto group = std::find_if(out["groups"].begin(), out["groups"].end(), [&](const auto& g) {
    const auto& m = g["members"];
    return std::find(m.begin(), m.end(), cease) != m.end() &&
           std::find(m.begin(), m.end(), halt) != m.end();
  });
  ASSERT_NE(group, out["groups"].end()) << out["groups"].dump();
  // And the change of verb is told: "calls upon" the United States, "urges" the halt.
  const nlohmann::json strengthened = {{"statements", {0, 1}},
                                       {"paragraphs", {cease["paragraph"], halt["paragraph"]}},
                                       {"kind", "strengthened"},
                                       {"from", "calls upon"},
                                       {"to", "urges"},
                                       {"family", "request"},
                                       {"detail", "request 3 → 4"}};
  const auto& changes = (*group)["changes"];
  EXPECT_NE(std::find(changes.begin(), changes.end(), strengthened), changes.end())
      << changes.dump();
}

TEST_F(CompareCliTest, TextOutputShowsGroupsAndSummary) {
  const auto result = concord({"compare", old_, new_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("shared"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("unique"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("summary"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("order keep"), std::string::npos) << result.out;
  // The changed session number is marked as wording not all members share.
  EXPECT_NE(result.out.find("{+first+}"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("{+second+}"), std::string::npos) << result.out;
}

// A General Assembly resolution in Akoma Ntoso with its recorded vote: `in_favour` and
// `against` name the members voting each way.
std::string resolution_with_vote(const std::string& date, const std::string& in_favour,
                                 const std::string& against) {
  const auto voters = [](const std::string& names) {
    std::string out;
    for (std::size_t start = 0; start < names.size();) {
      const std::size_t end = std::min(names.find(',', start), names.size());
      out += "<organization refersTo=\"memberState\">" + names.substr(start, end - start) +
             "</organization>";
      start = end + 1;
    }
    return out;
  };
  const auto count = [](const std::string& names) {
    return names.empty() ? 0 : std::count(names.begin(), names.end(), ',') + 1;
  };
  return "<akomaNtoso xmlns:akn4un=\"http://un.org/akn4un\"><statement><meta><identification>"
         "<FRBRWork><FRBRdate date=\"" +
         date +
         "\" name=\"adoption\"/><FRBRauthor href=\"ga\"/>"
         "</FRBRWork></identification><analysis><parliamentary><voting "
         "outcome=\"adoptedRecordedVote\">"
         "<count value=\"" +
         std::to_string(count(in_favour)) + "\" refersTo=\"inFavour\"><akn4un:voters>" +
         voters(in_favour) + "</akn4un:voters></count><count value=\"" +
         std::to_string(count(against)) + "\" refersTo=\"against\"><akn4un:voters>" +
         voters(against) +
         "</akn4un:voters></count></voting></parliamentary></analysis></meta>"
         "<mainBody><paragraph><num>1.</num><content><p>Calls upon all States to refrain from "
         "promulgating and applying laws and measures of an extraterritorial nature;</p>"
         "</content></paragraph></mainBody></statement></akomaNtoso>";
}

TEST_F(CompareCliTest, RecordedVotesAreShownWithTheMembersThatChangedSides) {
  const std::string older =
      dir_.write("votes/A_RES_79_7.xml",
                 resolution_with_vote("2024-10-30", "ARGENTINA,CUBA", "ISRAEL"))
          .string();
  const std::string newer =
      dir_.write("votes/A_RES_80_4.xml",
                 resolution_with_vote("2025-10-29", "CUBA", "ARGENTINA,ISRAEL"))
          .string();
  // Given newest first: the change still runs from the earlier vote to the later.
  const auto json = compare_json({newer, older});
  EXPECT_EQ(json["statements"][0]["vote"]["outcome"], "recorded vote");
  EXPECT_EQ(json["statements"][0]["vote"]["against"]["count"], 2);
  EXPECT_EQ(json["statements"][1]["vote"]["in_favour"]["members"],
            (nlohmann::json{"ARGENTINA", "CUBA"}));
  ASSERT_EQ(json["vote_changes"].size(), 1u);
  EXPECT_EQ(json["vote_changes"][0]["earlier"], 1);
  EXPECT_EQ(json["vote_changes"][0]["later"], 0);
  EXPECT_EQ(
      json["vote_changes"][0]["changes"],
      (nlohmann::json{{{"member", "ARGENTINA"}, {"before", "in favour"}, {"after", "against"}}}));

  const auto text = concord({"compare", older, newer});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("[B] vote: recorded vote: 1 in favour, 2 against, 0 abstaining"),
            std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find(
                "vote changes [A]→[B]: 1 member changed sides\n  ARGENTINA: in favour → against"),
            std::string::npos)
      << text.out;
  const auto report = concord({"compare", "--format", "md", older, newer});
  EXPECT_NE(
      report.out.find(
          "## Vote changes\n\n- **A → B**: 1 member changed sides. ARGENTINA: in favour → against"),
      std::string::npos)
      << report.out;
  // Members recorded in one vote only (absent, not voting) follow those that changed sides.
  const std::string absent =
      dir_.write("votes/A_RES_81_3.xml", resolution_with_vote("2026-10-28", "CUBA", "ISRAEL"))
          .string();
  const auto churn = concord({"compare", "--no-diff", newer, absent});
  EXPECT_NE(churn.out.find("vote changes [A]→[B]: no member changed sides, 1 recorded in one "
                           "vote only\n  ARGENTINA: against → not recorded"),
            std::string::npos)
      << churn.out;
  const auto show = concord({"show", older});
  EXPECT_NE(
      show.out.find("vote: recorded vote: 2 in favour, 1 against, 0 abstaining\n  against: ISRAEL"),
      std::string::npos)
      << show.out;
}

TEST_F(CompareCliTest, StatementsWithoutAVoteHaveANullVoteAndNoChanges) {
  const auto json = compare_json({old_, new_});
  EXPECT_TRUE(json["statements"][0]["vote"].is_null());
  EXPECT_EQ(json["vote_changes"], nlohmann::json::array());
  const auto text = concord({"compare", old_, new_});
  EXPECT_EQ(text.out.find("vote"), std::string::npos) << text.out;
}

TEST_F(CompareCliTest, ChangesOnlyLeavesOutWhatEveryStatementSaysWordForWord) {
  const auto result = concord({"compare", "--changes-only", old_, new_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("airstrikes"), std::string::npos) << result.out;  // inserted
  EXPECT_NE(result.out.find("{+second+}"), std::string::npos) << result.out;  // revised
  EXPECT_EQ(result.out.find("Recalling its resolutions"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("Calls upon all States"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("3 groups left out"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("summary"), std::string::npos) << result.out;
}

// The number of rows a report says it has ("5 rows: ..."), or -1.
int rows_of_report(const std::string& report) {
  std::smatch match;
  return std::regex_search(report, match, std::regex("(\\d+) rows: ")) ? std::stoi(match[1]) : -1;
}

TEST_F(CompareCliTest, ChangesOnlyLeavesTheSameGroupsOutOfJsonAndReports) {
  const auto all = concord({"compare", "--format", "json", old_, new_});
  const auto changed = concord({"compare", "--changes-only", "--format", "json", old_, new_});
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  const auto all_json = nlohmann::json::parse(all.out);
  const auto json = nlohmann::json::parse(changed.out);
  EXPECT_FALSE(all_json.contains("unchanged_groups_left_out"));
  EXPECT_EQ(json["unchanged_groups_left_out"], 3);
  EXPECT_EQ(json["groups"].size() + 3, all_json["groups"].size());
  EXPECT_EQ(json["summary"], all_json["summary"]);  // every group still counted
  for (const auto& group : json["groups"]) {
    const bool unchanged = group["kind"] == "shared" && !group["moved"].get<bool>() &&
                           group["changes"].empty() &&
                           std::all_of(group["diff"].begin(), group["diff"].end(), [](auto& d) {
                             return std::all_of(d["segments"].begin(), d["segments"].end(),
                                                [](auto& s) { return s["kind"] == "common"; });
                           });
    EXPECT_FALSE(unchanged) << group.dump();
  }

  for (const char* format : {"md", "html"}) {
    const auto report = concord({"compare", "--changes-only", "--format", format, old_, new_});
    ASSERT_EQ(report.exit_code, 0) << report.err;
    EXPECT_NE(report.out.find("3 rows that change nothing left out"), std::string::npos)
        << report.out;
    const auto every_row = concord({"compare", "--format", format, old_, new_});
    EXPECT_EQ(rows_of_report(report.out) + 3, rows_of_report(every_row.out)) << format;
    EXPECT_NE(report.out.find("airstrikes"), std::string::npos) << format;
  }
  const auto written =
      concord({"report", "--changes-only", "-o", "-", "--format", "md", old_, new_});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_NE(written.out.find("3 rows that change nothing left out"), std::string::npos)
      << written.out;
}

// A Spanish version of the 2024 resolution's first operative paragraph.
const char* const kSpanishParagraph =
    "---\ntitle: Consolidación del régimen\nlanguage: es\n---\n\n1. Exhorta a todos los Estados "
    "a respetar plenamente el estatuto de América Latina y el Caribe como zona libre de armas "
    "nucleares;\n";

TEST_F(CompareCliTest, StatementsInDifferentLanguagesAreAlignedThroughTranslations) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const std::string spanish = dir_.write("corpus/a-res-80-12.es.md", kSpanishParagraph).string();
  const auto mixed = concord({"compare", "--format", "json", old_, spanish});
  ASSERT_EQ(mixed.exit_code, 0) << mixed.err;
  EXPECT_NE(mixed.err.find("different languages (en, es)"), std::string::npos) << mixed.err;
  EXPECT_NE(mixed.err.find("machine translations into en"), std::string::npos) << mixed.err;
  const auto json = nlohmann::json::parse(mixed.out);
  EXPECT_EQ(json["translated_into"], "en");
  // The output keeps the Spanish words; the operative paragraph finds its counterpart.
  EXPECT_NE(json["statements"][1]["paragraphs"][0]["text"].get<std::string>().find("Exhorta"),
            std::string::npos);
  bool linked = false;
  for (const auto& group : json["groups"]) {
    bool has_english = false, has_spanish = false;
    for (const auto& member : group["members"]) {
      has_english = has_english || (member["statement"] == 0 && member["paragraph"] == 1);
      has_spanish = has_spanish || (member["statement"] == 1 && member["paragraph"] == 0);
    }
    linked = linked || (has_english && has_spanish);
  }
  EXPECT_TRUE(linked) << mixed.out;
  const auto same = concord({"compare", old_, new_});
  EXPECT_EQ(same.err.find("different languages"), std::string::npos) << same.err;
}

// The demo corpus has the NAM communiqué in English and in Spanish: a translation is a
// version of one text, aligned in order, every paragraph with its counterpart.
TEST_F(CompareCliTest, TranslationOfAStatementIsAlignedInOrderParagraphByParagraph) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const std::filesystem::path corpus = std::filesystem::path(CONCORD_SOURCE_DIR) / "corpus";
  const auto result = concord({"compare", "--format", "json",
                               (corpus / "nam-coordinating-bureau-2025-11-18.md").string(),
                               (corpus / "nam-coordinating-bureau-2025-11-18.es.md").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["translated_into"], "en");
  ASSERT_EQ(json["orders"].size(), 1u);
  EXPECT_EQ(json["orders"][0]["order"], "keep");
  const std::size_t paragraphs = json["statements"][0]["paragraphs"].size();
  ASSERT_EQ(json["statements"][1]["paragraphs"].size(), paragraphs);
  std::size_t in_place = 0;
  for (const auto& group : json["groups"]) {
    if (group["members"].size() == 2 &&
        group["members"][0]["paragraph"] == group["members"][1]["paragraph"])
      ++in_place;
  }
  EXPECT_EQ(in_place, paragraphs) << result.out;
  // The Spanish paragraphs carry the translation alignment read; the English ones none.
  EXPECT_FALSE(json["statements"][1]["paragraphs"][0]["translation"].get<std::string>().empty());
  EXPECT_FALSE(json["statements"][0]["paragraphs"][0].contains("translation"));

  const auto report = dir_.path() / "translated.html";
  const auto written = concord({"report", "-o", report.string(),
                                (corpus / "nam-coordinating-bureau-2025-11-18.md").string(),
                                (corpus / "nam-coordinating-bureau-2025-11-18.es.md").string()});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  std::ifstream in(report);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(html.find("aligned through machine translations into English"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"mt\" lang=\"en\""), std::string::npos);
}

// Lexicons name acts by one English lemma on one scale: "Exige" (demands) in a Spanish text
// is a stronger request than "Calls upon" in the English one.
TEST_F(CompareCliTest, StrengthChangesAreLabelledAcrossLanguages) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const std::string spanish =
      dir_.write("corpus/a-res-80-12.exige.es.md",
                 "---\ntitle: Consolidación del régimen\nlanguage: es\n---\n\n1. Exige a todos "
                 "los Estados que respeten plenamente el estatuto de América Latina y el Caribe "
                 "como zona libre de armas nucleares;\n")
          .string();
  const auto result = concord({"compare", "--format", "json", old_, spanish});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  bool strengthened = false;
  for (const auto& group : json["groups"]) {
    for (const auto& change : group["changes"]) {
      EXPECT_NE(change["kind"], "qualifier-added") << "qualifiers are words of one language";
      EXPECT_NE(change["kind"], "qualifier-dropped") << "qualifiers are words of one language";
      strengthened = strengthened || (change["kind"] == "strengthened" &&
                                      change["from"] == "calls upon" && change["to"] == "demands");
    }
  }
  EXPECT_TRUE(strengthened) << result.out;
}

TEST_F(CompareCliTest, NoTranslationComparesTheWordsAsTheyAreAndSaysSo) {
  const std::string spanish = dir_.write("corpus/a-res-80-12.es.md", kSpanishParagraph).string();
  const auto mixed = concord({"compare", "--format", "json", "--no-translation", old_, spanish});
  ASSERT_EQ(mixed.exit_code, 0) << mixed.err;
  EXPECT_NE(mixed.err.find("compared on their own words (--no-translation)"), std::string::npos)
      << mixed.err;
  EXPECT_FALSE(nlohmann::json::parse(mixed.out).contains("translated_into")) << mixed.out;
}

// Too little text to recognise its language: read as the other statement's, and said so.
TEST_F(CompareCliTest, StatementOfUnrecognisedLanguageIsReadAsTheOthers) {
  const std::string longer = dir_.write("ministers-long.txt",
                                        "The Ministers condemned the attacks on fishing boats in "
                                        "the Caribbean Sea and called for restraint.\n\nThey "
                                        "reaffirmed their commitment to the principles of the "
                                        "Charter of the United Nations and to the peaceful "
                                        "settlement of disputes between States.\n")
                                 .string();
  const std::string shorter =
      dir_.write("ministers-short.txt", "Ministers condemn attacks on fishing boats.\n").string();
  const auto result = concord({"compare", "--format", "json", longer, shorter});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  ASSERT_EQ(json["statements"].size(), 2u);
  EXPECT_EQ(json["statements"][1]["language"], "en") << result.out;
  EXPECT_NE(result.err.find("ministers-short: language not recognised"), std::string::npos)
      << result.err;
  EXPECT_EQ(result.err.find("different languages"), std::string::npos) << result.err;
  EXPECT_EQ(json["groups"].size(), 2u) << result.out;  // the attacks, linked; the Charter
}

TEST_F(CompareCliTest, OneStatementIsAUsageError) {
  const auto result = concord({"compare", old_});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(lines(result.err), 1u) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(CompareCliTest, AStatementNamedTwiceIsAUsageError) {
  const std::string same_file_again =
      (dir_.path() / "corpus" / "." / std::filesystem::path(old_).filename()).string();
  for (const auto& again : {old_, same_file_again}) {
    const auto result = concord({"compare", old_, new_, again});
    EXPECT_EQ(result.exit_code, 2) << again;
    EXPECT_EQ(lines(result.err), 1u) << result.err;
    EXPECT_NE(result.err.find("named twice"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
  }
}

TEST_F(CompareCliTest, UnknownOrderIsAUsageError) {
  const auto result = concord({"compare", "--order", "sideways", old_, new_});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(lines(result.err), 1u) << result.err;
}

TEST_F(CompareCliTest, MissingFileWithoutDatabaseIsADataError) {
  const std::string missing = (dir_.path() / "corpus" / "a-res-81-1.md").string();
  const auto result = concord({"compare", old_, missing});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(lines(result.err), 1u) << result.err;
  EXPECT_NE(result.err.find("a-res-81-1.md"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

// As `concord ingest` reads a folder: its statement files in sorted order, README files and
// sidecars left out.
TEST_F(CompareCliTest, AFolderStandsForTheStatementFilesInIt) {
  dir_.write("corpus/README.md", "# Notes on this folder\n\nNot a statement, but a note.\n");
  dir_.write("corpus/a-res-80-12.meta.yaml", "body: United Nations General Assembly\n");
  const auto json = compare_json({(dir_.path() / "corpus").string()});
  ASSERT_EQ(json["statements"].size(), 2u);
  EXPECT_EQ(json["statements"][0]["id"], "a-res-79-10");
  EXPECT_EQ(json["statements"][1]["id"], "a-res-80-12");
}

TEST_F(CompareCliTest, AFolderWithoutStatementFilesIsADataErrorSayingSo) {
  const std::string folder = (dir_.path() / "empty").string();
  std::filesystem::create_directories(folder);
  const auto result = concord({"compare", old_, folder});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(folder + ": the folder holds no statement files"), std::string::npos)
      << result.err;
  EXPECT_EQ(lines(result.err), 1u) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(CompareCliTest, AFolderOfOneStatementIsNotEnoughToCompare) {
  const std::string folder = (dir_.path() / "one").string();
  dir_.write("one/a-res-79-10.md", kResolution2024);
  const auto result = concord({"compare", folder});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("compare needs at least two statements"), std::string::npos)
      << result.err;
}

TEST_F(CompareCliTest, UnknownIdInDatabaseIsADataError) {
  ASSERT_EQ(concord({"ingest", (dir_.path() / "corpus").string()}, "db").exit_code, 0);
  const auto result = concord({"compare", "a-res-79-10", "a-res-81-1"}, "db");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(lines(result.err), 1u) << result.err;
  EXPECT_NE(result.err.find("a-res-81-1"), std::string::npos) << result.err;
}

TEST_F(CompareCliTest, ComparingIdsGivesTheSameGroupsAsComparingFiles) {
  const auto ingest = concord({"ingest", (dir_.path() / "corpus").string()}, "db");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const auto by_id = compare_json({"a-res-79-10", "a-res-80-12"}, "db");
  const auto by_file = compare_json({old_, new_}, "db");
  EXPECT_EQ(by_id["groups"], by_file["groups"]);
  EXPECT_EQ(by_id["orders"], by_file["orders"]);
  EXPECT_EQ(by_id["summary"], by_file["summary"]);
  ASSERT_EQ(by_id["statements"].size(), 2u);
  for (std::size_t s = 0; s < 2; ++s) {
    EXPECT_EQ(by_id["statements"][s]["id"], by_file["statements"][s]["id"]);
    EXPECT_EQ(by_id["statements"][s]["paragraphs"], by_file["statements"][s]["paragraphs"]);
  }
  // Mixing a file and an id works too.
  const auto mixed = compare_json({old_, "a-res-80-12"}, "db");
  EXPECT_EQ(mixed["groups"], by_file["groups"]);
}

TEST_F(CompareCliTest, GroupsDoNotDependOnTheOrderOfTheFiles) {
  const auto forward = compare_json({old_, new_});
  const auto backward = compare_json({new_, old_});
  auto member_sets = [](const nlohmann::json& out, bool swap) {
    std::set<std::set<std::pair<std::size_t, std::size_t>>> sets;
    for (const auto& g : out["groups"]) {
      std::set<std::pair<std::size_t, std::size_t>> members;
      for (const auto& m : g["members"]) {
        const std::size_t s = m["statement"];
        members.emplace(swap ? 1 - s : s, m["paragraph"]);
      }
      sets.insert(members);
    }
    return sets;
  };
  EXPECT_EQ(member_sets(forward, false), member_sets(backward, true));
}

}  // namespace
}  // namespace concord
