// Tests for precedent search: closest uses first, earliest and latest, formulas last.
#include "concord/indexer/precedent.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "concord/engine/error.hpp"
#include "indexer/statement_fixtures.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

class PrecedentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto writer = Database::open_for_writing(dir_.path() / "db");
    (void)writer.store(
        testing::make_statement("res-2019", "United Nations General Assembly", "2019-11-07", "en",
                                {"Calls upon all States to refrain from promulgating and applying "
                                 "laws and measures of this kind.",
                                 "Reaffirming the sovereign equality of States and "
                                 "non-intervention in their internal affairs."}));
    (void)writer.store(testing::make_statement("res-2023", "United Nations General Assembly",
                                               "2023-11-02", "en",
                                               {"Reiterates its call upon all States to refrain "
                                                "from promulgating and applying laws and measures.",
                                                "Reaffirming the sovereign equality of States and "
                                                "non-intervention in their internal affairs."}));
    // An earlier statement sharing half the words, loosely.
    (void)writer.store(testing::make_statement(
        "sc-2006", "United Nations Security Council", "2006-12-06", "en",
        {"Calls upon all States to refrain from applying measures that could provoke violence."}));
    (void)writer.store(testing::make_statement(
        "nam-2025", "Non-Aligned Movement", "2025-11-18", "en",
        {"Urges all States to refrain from applying unilateral coercive measures.",
         "Reaffirming the sovereign equality of States and non-intervention in their internal "
         "affairs."}));
    // Many statements repeat the same formula: it must be recognised as one.
    for (int i = 0; i < 25; ++i) {
      (void)writer.store(testing::make_statement(
          fmt::format("filler-{}", i), "Filler Body", "2020-01-01", "en",
          {"Reaffirming the sovereign equality of States and non-intervention in their internal "
           "affairs.",
           fmt::format("Takes note of report number {} on an unrelated topic of fisheries.", i)}));
    }
    writer.commit();
  }

  PrecedentResult find(std::string text, double min_closeness = 0.5) {
    const auto db = Database::open_for_reading(dir_.path() / "db");
    PrecedentRequest request;
    request.text = std::move(text);
    request.min_closeness = min_closeness;
    return find_precedents(db, request);
  }

  testing::TempDir dir_;
};

TEST_F(PrecedentTest, FindsExactAndCloseUsesClosestFirst) {
  const auto result =
      find("calls upon all States to refrain from promulgating and applying laws and measures");
  ASSERT_GE(result.uses.size(), 2u);
  EXPECT_EQ(result.uses[0].statement_id, "res-2019");
  EXPECT_EQ(result.uses[1].statement_id, "res-2023");
  EXPECT_GT(result.uses[0].closeness, result.uses[1].closeness);
  for (const auto& use : result.uses)
    EXPECT_NE(use.statement_id, "nam-2025");  // too far from the wording
}

TEST_F(PrecedentTest, NamesTheEarliestAndLatestUses) {
  const auto result = find("refrain from promulgating and applying laws and measures", 0.8);
  ASSERT_TRUE(result.earliest && result.latest);
  EXPECT_EQ(result.uses[*result.earliest].date, "2019-11-07");
  EXPECT_EQ(result.uses[*result.latest].date, "2023-11-02");
}

TEST_F(PrecedentTest, TheEarliestUseIsOneOfTheClosestNotALooseVariant) {
  const auto result =
      find("calls upon all States to refrain from promulgating and applying laws and measures");
  ASSERT_TRUE(std::any_of(result.uses.begin(), result.uses.end(),
                          [](const PrecedentUse& u) { return u.statement_id == "sc-2006"; }));
  ASSERT_TRUE(result.earliest && result.latest);
  EXPECT_EQ(result.uses[*result.earliest].statement_id, "res-2019");
  EXPECT_EQ(result.uses[*result.latest].statement_id, "res-2023");
}

TEST(Precedent, TheLatestOfManyUsesWordForWordIsKeptPastTheLimit) {
  testing::TempDir dir;
  {
    auto writer = Database::open_for_writing(dir.path() / "db");
    for (int year = 2019; year <= 2024; ++year) {
      (void)writer.store(testing::make_statement(
          fmt::format("res-{}", year), "United Nations General Assembly",
          fmt::format("{}-11-01", year), "en",
          {"Calls upon all States to refrain from promulgating and applying laws and measures."}));
    }
    writer.commit();
  }
  const auto db = Database::open_for_reading(dir.path() / "db");
  PrecedentRequest request;
  request.text = "calls upon all States to refrain from promulgating and applying laws";
  request.limit = 3;
  const auto result = find_precedents(db, request);
  ASSERT_EQ(result.uses.size(), 3u);
  ASSERT_TRUE(result.earliest && result.latest);
  EXPECT_EQ(result.uses[*result.earliest].statement_id, "res-2019");
  EXPECT_EQ(result.uses[*result.latest].statement_id, "res-2024");
}

TEST_F(PrecedentTest, DiffShowsWhatAUseChanges) {
  const auto result =
      find("calls upon all States to refrain from promulgating and applying laws and measures");
  const auto& later = result.uses.at(1);
  std::string added;
  for (const auto& segment : later.diff) {
    if (segment.op == DiffOp::Insert) added += segment.text;
  }
  EXPECT_NE(added.find("Reiterates its call"), std::string::npos) << added;
}

TEST_F(PrecedentTest, FormulasEveryStatementRepeatsAreMarkedAndListedLast) {
  const auto result = find("Reaffirming the sovereign equality of States and non-intervention");
  ASSERT_FALSE(result.uses.empty());
  EXPECT_TRUE(result.uses.front().stock_phrase);
}

TEST_F(PrecedentTest, AUseInTheExcludedStatementIsLeftOut) {
  const auto db = Database::open_for_reading(dir_.path() / "db");
  PrecedentRequest request;
  request.text =
      "calls upon all States to refrain from promulgating and applying laws and measures";
  request.exclude_statement = "res-2019";
  const auto result = find_precedents(db, request);
  ASSERT_FALSE(result.uses.empty());
  for (const auto& use : result.uses) EXPECT_NE(use.statement_id, "res-2019");
  EXPECT_EQ(result.uses[*result.earliest].statement_id, "res-2023");
}

TEST_F(PrecedentTest, CountsTheStatementsUsingTheWordingBeforeTheLimit) {
  const auto db = Database::open_for_reading(dir_.path() / "db");
  PrecedentRequest request;
  request.text = "Takes note of report number on an unrelated topic of fisheries";
  request.limit = 2;
  const auto result = find_precedents(db, request);
  EXPECT_EQ(result.uses.size(), 2u);
  EXPECT_EQ(result.statements_found, 25u);
}

// A statement of 2023 whose paragraphs were used before (2019), first used in it (taken up
// in 2025), or nowhere else; a heading and a short line are not looked up.
Statement statement_of_2023() {
  Statement statement = testing::make_statement(
      "res-2023", "United Nations General Assembly", "2023-11-02", "en",
      {"Embargo against Cuba",
       "Reiterates its call upon all States to refrain from promulgating and applying laws and "
       "measures.",
       "Calls upon all States to refrain from promulgating and applying laws and measures of this "
       "kind.",
       "Decides to remain seized.",
       "Invites the Secretary-General to convene a conference on the fisheries of the Caribbean "
       "Sea."});
  statement.paragraphs[0].kind = ParagraphKind::Heading;
  return statement;
}

TEST_F(PrecedentTest, EachParagraphOfAStatementIsSaidUsedBeforeFirstUsedHereOrNowhereElse) {
  {
    auto writer = Database::open_for_writing(dir_.path() / "db");
    (void)writer.store(testing::make_statement(
        "res-2025", "United Nations General Assembly", "2025-11-01", "en",
        {"Reiterates its call upon all States to refrain from promulgating and applying laws and "
         "measures."}));
    writer.commit();
  }
  const auto db = Database::open_for_reading(dir_.path() / "db");
  const Statement statement = statement_of_2023();
  std::vector<std::size_t> progress;
  StatementPrecedentRequest request;
  request.on_progress = [&](std::size_t done, std::size_t total) {
    progress.push_back(done);
    EXPECT_EQ(total, 3u);
  };
  const auto paragraphs = find_statement_precedents(db, statement, request);
  // The heading and "Decides to remain seized." (four words) are not looked up.
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(progress, (std::vector<std::size_t>{1, 2, 3}));
  EXPECT_EQ(paragraphs[0].paragraph, 1u);
  // Its own copy in the database (res-2023) is no use of it; res-2025 took it up.
  EXPECT_EQ(paragraphs[0].reuse, ParagraphReuse::FirstUsedHere);
  ASSERT_TRUE(paragraphs[0].found.earliest);
  EXPECT_EQ(paragraphs[0].found.uses[*paragraphs[0].found.earliest].statement_id, "res-2025");
  EXPECT_EQ(paragraphs[1].paragraph, 2u);
  EXPECT_EQ(paragraphs[1].reuse, ParagraphReuse::UsedBefore);
  EXPECT_EQ(paragraphs[1].found.uses[*paragraphs[1].found.earliest].statement_id, "res-2019");
  EXPECT_EQ(paragraphs[2].paragraph, 4u);
  EXPECT_EQ(paragraphs[2].reuse, ParagraphReuse::NoOtherUse);
  EXPECT_TRUE(paragraphs[2].found.uses.empty());
  for (const auto& p : paragraphs) {
    for (const auto& use : p.found.uses) EXPECT_NE(use.statement_id, "res-2023");
  }
}

TEST_F(PrecedentTest, AnUndatedStatementsParagraphsAreUsedElsewhere) {
  const auto db = Database::open_for_reading(dir_.path() / "db");
  Statement statement = statement_of_2023();
  statement.id = "draft";
  statement.date.clear();
  const auto paragraphs = find_statement_precedents(db, statement, {});
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[0].reuse, ParagraphReuse::UsedElsewhere);
  EXPECT_EQ(to_string(paragraphs[0].reuse), "used-elsewhere");
  EXPECT_EQ(paragraphs[2].reuse, ParagraphReuse::NoOtherUse);
}

TEST_F(PrecedentTest, AParagraphExtendingAnEarlierOneUsesItInPart) {
  Statement statement = testing::make_statement(
      "res-2024", "United Nations General Assembly", "2024-11-01", "en",
      {"Calls upon all States to refrain from promulgating and applying laws and measures of this "
       "kind, in conformity with their obligations under the Charter of the United Nations and "
       "international law, which reaffirm the freedom of trade and navigation.",
       // Shares a few words with the fillers, no paragraph.
       "Recalling its resolution 1234 and the statements of the Heads of State of the region on "
       "fisheries."});
  const auto db = Database::open_for_reading(dir_.path() / "db");
  const auto paragraphs = find_statement_precedents(db, statement, {});
  ASSERT_EQ(paragraphs.size(), 2u);
  // Less than 0.8 of its words are in the 2019 paragraph, but all of that paragraph is in it.
  EXPECT_EQ(paragraphs[0].reuse, ParagraphReuse::UsedBefore);
  EXPECT_TRUE(paragraphs[0].in_part);
  const PrecedentUse& earliest = paragraphs[0].found.uses[*paragraphs[0].found.earliest];
  EXPECT_EQ(earliest.statement_id, "res-2019");
  EXPECT_LT(earliest.closeness, 0.8);
  EXPECT_GE(earliest.held, 0.8);
  EXPECT_EQ(paragraphs[1].reuse, ParagraphReuse::NoOtherUse);
  EXPECT_FALSE(paragraphs[1].in_part);
}

TEST_F(PrecedentTest, AWordingLookedUpAloneDoesNotCountParagraphsItHolds) {
  const auto result = find(
      "Calls upon all States to refrain from promulgating and applying laws and measures of this "
      "kind, in conformity with their obligations under the Charter of the United Nations and "
      "international law, which reaffirm the freedom of trade and navigation.",
      0.8);
  EXPECT_TRUE(result.uses.empty());
}

TEST_F(PrecedentTest, EmptyTextIsAUsageError) { EXPECT_THROW((void)find("  "), UsageError); }

}  // namespace
}  // namespace concord
