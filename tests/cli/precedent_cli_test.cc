// End-to-end tests of concord precedent --statement: every paragraph of a statement looked
// up in the database.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace concord {
namespace {

using testing::run_concord;
using testing::TempDir;

const char* const kResolution2023 =
    "---\ntitle: Resolution of 2023\nbody: United Nations General Assembly\ndate: 2023-11-02\n"
    "language: en\n---\n\n"
    "1. Calls upon all States to refrain from promulgating and applying laws and measures of "
    "the kind referred to in the preamble;\n\n"
    "2. Requests the Secretary-General to report on the implementation of the present "
    "resolution;\n";

// The next year's text: one paragraph kept, one reworded, one new, and one extending a kept
// one.
const char* const kResolution2024 =
    "---\ntitle: Resolution of 2024\nbody: United Nations General Assembly\ndate: 2024-10-30\n"
    "language: en\n---\n\n"
    "1. Reiterates its call upon all States to refrain from promulgating and applying laws and "
    "measures of the kind referred to in the preamble;\n\n"
    "2. Requests the Secretary-General to report on the implementation of the present "
    "resolution;\n\n"
    "3. Invites the regional organizations of the Caribbean to convene a conference on "
    "fisheries;\n\n"
    "4. Requests the Secretary-General to report on the implementation of the present "
    "resolution, in consultation with the appropriate organs and agencies of the United Nations "
    "system, and to submit that report to the General Assembly at its next session;\n";

class PrecedentCliTest : public ::testing::Test {
 protected:
  PrecedentCliTest() {
    older_ = dir_.write("corpus/res-2023.md", kResolution2023).string();
    newer_ = dir_.write("new/res-2024.md", kResolution2024).string();
  }
  testing::ProcessResult concord(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", (dir_.path() / "db").string()});
    return run_concord(args);
  }
  void ingest_older() {
    const auto ingested = concord({"ingest", (dir_.path() / "corpus").string()});
    ASSERT_EQ(ingested.exit_code, 0) << ingested.err;
  }
  TempDir dir_;
  std::string older_;
  std::string newer_;
};

TEST_F(PrecedentCliTest, AStatementFileHasEachParagraphSaidUsedBeforeOrNot) {
  ingest_older();
  const auto result = concord({"precedent", "--statement", newer_, "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["statement"]["id"], "res-2024");
  EXPECT_DOUBLE_EQ(json["min_closeness"].get<double>(), 0.8);
  EXPECT_EQ(json["summary"]["paragraphs"], 4);
  EXPECT_EQ(json["summary"]["used_before"], 3);
  EXPECT_EQ(json["summary"]["no_other_use"], 1);
  const auto& paragraphs = json["paragraphs"];
  ASSERT_EQ(paragraphs.size(), 4u);
  EXPECT_EQ(paragraphs[0]["reuse"], "used-before");
  EXPECT_EQ(paragraphs[0]["in_part"], false);
  EXPECT_EQ(paragraphs[0]["statements_found"], 1);
  const auto earliest = paragraphs[0]["earliest"].get<std::size_t>();
  EXPECT_EQ(paragraphs[0]["uses"][earliest]["statement"], "res-2023");
  EXPECT_EQ(paragraphs[0]["uses"][earliest]["date"], "2023-11-02");
  EXPECT_EQ(paragraphs[1]["reuse"], "used-before");
  EXPECT_EQ(paragraphs[2]["reuse"], "no-other-use");
  EXPECT_TRUE(paragraphs[2]["earliest"].is_null());
  EXPECT_TRUE(paragraphs[2]["uses"].empty());
  // Paragraph 4 holds the whole of the 2023 paragraph 2 and adds to it.
  EXPECT_EQ(paragraphs[3]["reuse"], "used-before");
  EXPECT_EQ(paragraphs[3]["in_part"], true);
  const auto& held = paragraphs[3]["uses"][paragraphs[3]["earliest"].get<std::size_t>()];
  EXPECT_EQ(held["paragraph"], 1);
  EXPECT_DOUBLE_EQ(held["held"].get<double>(), 1.0);
  EXPECT_LT(held["closeness"].get<double>(), 0.8);
}

TEST_F(PrecedentCliTest, TextOutputShowsTheEarliestUseAndWhatAVariantChanges) {
  ingest_older();
  const auto result = concord({"precedent", "--statement", newer_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& out = result.out;
  EXPECT_NE(out.find("4 paragraphs looked up at closeness 0.80 or more: 3 used before, 0 first "
                     "used here, 0 used elsewhere, 1 with no other use"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("earliest: res-2023 (United Nations General Assembly, 2023-11-02) ¶1 1."),
            std::string::npos)
      << out;
  // The reworded paragraph: the earlier wording lacks "Reiterates its call upon".
  EXPECT_NE(out.find("{-Reiterates its call-}"), std::string::npos) << out;
  EXPECT_NE(out.find("no other use"), std::string::npos) << out;
  EXPECT_NE(out.find("used before, in part"), std::string::npos) << out;
}

TEST_F(PrecedentCliTest, AStatementInTheDatabaseIsNotItsOwnPrecedent) {
  ingest_older();
  const auto result = concord({"precedent", "--statement", "res-2023", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["summary"]["no_other_use"], 2) << result.out;
}

TEST_F(PrecedentCliTest, AsMarkdownItIsOneTableWithARowPerParagraph) {
  ingest_older();
  const auto result = concord({"precedent", "--statement", newer_, "--format", "md"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.rfind("# Precedents of the paragraphs of res-2024", 0), 0u) << result.out;
  EXPECT_NE(result.out.find("| Paragraph | Wording | Reuse | Earliest use | Other statements |"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("| ¶3 | 3. Invites the regional organizations"), std::string::npos)
      << result.out;
}

TEST_F(PrecedentCliTest, TextAndStatementTogetherAreAUsageError) {
  ingest_older();
  const auto result = concord({"precedent", "--statement", newer_, "zone of peace"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("TEXT or --statement, not both"), std::string::npos) << result.err;
}

TEST_F(PrecedentCliTest, AClosenessOutsideZeroToOneOrNotANumberIsAUsageError) {
  ingest_older();
  for (const char* closeness : {"nan", "-0.1", "1.5"}) {
    const auto result = concord({"precedent", "--min-closeness", closeness, "zone of peace"});
    EXPECT_EQ(result.exit_code, 2) << closeness;
    EXPECT_NE(result.err.find("between 0 and 1"), std::string::npos) << result.err;
  }
}

TEST_F(PrecedentCliTest, AnUnknownStatementIsADataError) {
  ingest_older();
  const auto result = concord({"precedent", "--statement", "no-such-statement"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("no-such-statement"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace concord
