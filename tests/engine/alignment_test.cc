// Tests for compare_statements (alignment.cc): the order chosen, group diffs, translations,
// N-way groups and their independence from the order of the statements, progress, edge cases.
#include "concord/engine/alignment.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/term_statistics.hpp"
#include "concord/engine/word_diff.hpp"
#include "concord/engine/word_vectors.hpp"
#include "engine/alignment_fixtures.hpp"

namespace concord {
namespace {

using testing::AlignmentDifferentBodiesTest;
using testing::AlignmentVersionsTest;
using testing::compare;
using testing::compare_with;
using testing::describe;
using testing::expect_well_formed;
using testing::group_keys;
using testing::groups_of;
using testing::kCelacDeclaration;
using testing::kCelacTopicParagraphs;
using testing::kNamCommunique;
using testing::kNamTopicParagraphs;
using testing::kTlatelolco2024;
using testing::kTlatelolco2025;
using testing::link;
using testing::linked_pairs;
using testing::LinkedPair;
using testing::make_statement;
using testing::topic_vectors;

// --- The order chosen -----------------------------------------------------------------------

TEST_F(AlignmentVersionsTest, AutoChoosesKeepOrder) {
  const Comparison c = compare(statements_);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].first, 0u);
  EXPECT_EQ(c.orders[0].second, 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  expect_well_formed(statements_, c);
}

TEST_F(AlignmentDifferentBodiesTest, AutoChoosesFreeOrder) {
  const Comparison c = compare(statements_);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Free) << describe(statements_, c);
  expect_well_formed(statements_, c);
}

// --- Group diffs ----------------------------------------------------------------------------

TEST(AlignmentInflection, InflectionOnlyChangeIsMarkedInTheGroupDiff) {
  const std::vector<Statement> statements = {
      make_statement("nam-draft", "Non-Aligned Movement", "2025-11-10",
                     {"The Ministers condemn the airstrikes against small vessels in the "
                      "Caribbean Sea and call upon the State concerned to cease them "
                      "immediately.",
                      "The Ministers reaffirm their support for the Zone of Peace proclaimed by "
                      "the Community of Latin American and Caribbean States in Havana."}),
      make_statement("nam-final", "Non-Aligned Movement", "2025-11-18",
                     {"The Ministers condemned the airstrikes against small vessels in the "
                      "Caribbean Sea and called upon the State concerned to cease them "
                      "immediately.",
                      "The Ministers reaffirm their support for the Zone of Peace proclaimed by "
                      "the Community of Latin American and Caribbean States in Havana."}),
  };
  const Comparison c = compare(statements);
  expect_well_formed(statements, c);
  const auto groups = groups_of(statements, c, "nam-draft", 0);
  ASSERT_EQ(groups.size(), 1u) << describe(statements, c);
  const AlignedGroup& g = *groups[0];
  ASSERT_EQ(g.members, (std::vector<GroupMember>{{0, 0}, {1, 0}}));
  EXPECT_EQ(g.kind, GroupKind::Shared);
  ASSERT_EQ(g.diff.size(), 2u);
  std::vector<std::vector<std::string>> inflected(2);
  for (std::size_t i = 0; i < 2; ++i) {
    for (const MemberSegment& seg : g.diff[i]) {
      EXPECT_NE(seg.kind, SharedKind::Own) << seg.text;
      if (seg.kind == SharedKind::Inflection) inflected[i].push_back(seg.text);
    }
  }
  EXPECT_EQ(inflected[0], (std::vector<std::string>{" condemn", " call"}));
  EXPECT_EQ(inflected[1], (std::vector<std::string>{" condemned", " called"}));
  // The unchanged paragraph is all common wording.
  const auto same = groups_of(statements, c, "nam-draft", 1);
  ASSERT_EQ(same.size(), 1u);
  for (const auto& member : same[0]->diff) {
    ASSERT_EQ(member.size(), 1u);
    EXPECT_EQ(member[0].kind, SharedKind::Common);
  }
}

// --- Translations and tables loaded when needed ---------------------------------------------

// Statements in two languages are aligned on translations of them, and diffed in their own
// words.
TEST(AlignmentTranslations, SimilarityReadsTheTranslationsAndDiffsTheOriginals) {
  Statement spanish = make_statement(
      "celac-2026-01-09", "CELAC", "2026-01-09",
      {"Agradecemos a Uganda la organización de la cumbre en Kampala.",
       "Condenamos los ataques contra embarcaciones de pescadores frente a Venezuela."});
  spanish.language = "es";
  Statement translation =
      make_statement("celac-2026-01-09", "CELAC", "2026-01-09",
                     {"We thank Uganda for hosting the summit in Kampala.",
                      "We condemn the strikes on fishing vessels off the coast of Venezuela."});
  const std::vector<Statement> statements = {
      make_statement("nam-2026-01-05", "Non-Aligned Movement", "2026-01-05", kNamTopicParagraphs),
      spanish};
  const std::vector<Statement> translations = {statements[0], translation};
  CompareOptions options;
  options.translations = &translations;
  const Comparison c = compare_with(statements, options);
  EXPECT_EQ(linked_pairs(statements, c),
            (std::set<LinkedPair>{link("nam-2026-01-05", 0, "celac-2026-01-09", 1),
                                  link("nam-2026-01-05", 2, "celac-2026-01-09", 0)}))
      << describe(statements, c);
  for (const AlignedGroup& group : c.groups) {
    for (std::size_t m = 0; m < group.members.size(); ++m) {
      std::string text;
      for (const MemberSegment& segment : group.diff[m]) {
        text += segment.text;
        // Each statement is alone in its language: nothing to compare its wording with.
        EXPECT_EQ(segment.kind, SharedKind::Common) << segment.text;
      }
      EXPECT_EQ(text,
                statements[group.members[m].statement].paragraphs[group.members[m].paragraph].text);
    }
  }

  const std::vector<Statement> too_few = {statements[0]};
  options.translations = &too_few;
  EXPECT_THROW((void)compare_with(statements, options), std::invalid_argument);
  std::vector<Statement> shorter = translations;
  shorter[1].paragraphs.pop_back();
  options.translations = &shorter;
  EXPECT_THROW((void)compare_with(statements, options), std::invalid_argument);
}

TEST(AlignmentDeferredTables, VersionsOfOneTextNeverLoadTheTablesForDifferentBodies) {
  const std::vector<Statement> statements = {
      make_statement("a-res-79-10", "United Nations General Assembly", "2024-12-02",
                     kTlatelolco2024),
      make_statement("a-res-80-12", "United Nations General Assembly", "2025-12-01",
                     kTlatelolco2025),
  };
  int loads = 0;
  CompareOptions options;
  options.load_free_order_tables = [&](CompareOptions&, const StemFilter&) { ++loads; };
  const Comparison c = compare_with(statements, options);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  EXPECT_EQ(loads, 0);
}

TEST(AlignmentDeferredTables, DeferredWordVectorsLinkLikeVectorsGivenUpFront) {
  const std::vector<Statement> statements = {
      make_statement("nam-2026-01-05", "Non-Aligned Movement", "2026-01-05",
                     {"The Ministers condemned the strikes on fishing vessels off the Venezuelan "
                      "coast.",
                      "The Ministers thanked Uganda for hosting the summit in Kampala."}),
      make_statement("celac-2026-01-09", "CELAC", "2026-01-09",
                     {"We look forward to the next meeting of the coordination bureau.",
                      "We deplore the attacks against boats of fishermen near Venezuela."}),
      make_statement("alba-2026-01-12", "ALBA-TCP", "2026-01-12",
                     {"ALBA-TCP condemns the strikes against fishing vessels near Venezuela."}),
  };
  const WordVectors vectors = topic_vectors();
  CompareOptions up_front;
  up_front.vectors = &vectors;
  int loads = 0;
  CompareOptions deferred;
  deferred.load_free_order_tables = [&](CompareOptions& loading, const StemFilter& wanted) {
    ++loads;
    loading.vectors = &vectors;
    // The stems of the compared statements, and no others.
    EXPECT_TRUE(wanted("vessel"));
    EXPECT_TRUE(wanted("boat"));
    EXPECT_FALSE(wanted("parliament"));
  };
  const Comparison expected = compare_with(statements, up_front);
  const Comparison got = compare_with(statements, deferred);
  EXPECT_EQ(loads, 1);
  EXPECT_EQ(linked_pairs(statements, got), linked_pairs(statements, expected))
      << describe(statements, got);
  EXPECT_TRUE(
      linked_pairs(statements, got).contains(link("nam-2026-01-05", 0, "celac-2026-01-09", 1)))
      << describe(statements, got);
}

// --- N-way order independence ---------------------------------------------------------------

// The draft of the NAM communiqué: a version of it, so that among three statements one pair
// keeps order and the others do not.
const std::vector<std::string> kNamDraft = {
    "The Ministers welcomed the preparations for the Twentieth Summit of Heads of State or "
    "Government of the Movement, to be held in Kampala.",
    "The Ministers expressed their solidarity with the Palestinian people and their "
    "inalienable right to self-determination and to an independent State.",
    "The Ministers reaffirmed that the Treaty of Tlatelolco established the first "
    "nuclear-weapon-free zone in a densely populated region.",
    "The Ministers condemn the airstrikes against small vessels in the Caribbean Sea.",
    "The Ministers rejected unilateral coercive measures, which impede the full economic and "
    "social development of the countries targeted by them.",
};

// A comparison's orders named by statement id, whatever the order given.
std::set<std::tuple<std::string, std::string, OrderMode>> order_keys(
    const std::vector<Statement>& statements, const Comparison& comparison) {
  std::set<std::tuple<std::string, std::string, OrderMode>> keys;
  for (const PairOrder& o : comparison.orders) {
    std::string a = statements[o.first].id, b = statements[o.second].id;
    if (b < a) std::swap(a, b);
    keys.emplace(a, b, o.mode);
  }
  return keys;
}

// Compares every permutation of `original` and checks that the groups, links and orders,
// named by statement id, are those of the original order.
void expect_order_independent(const std::vector<Statement>& original,
                              const CompareOptions& options = {}) {
  const Comparison reference = compare_with(original, options);
  const auto expected_groups = group_keys(original, reference);
  const auto expected_orders = order_keys(original, reference);
  const auto expected_links = linked_pairs(original, reference);
  std::vector<std::size_t> permutation(original.size());
  std::iota(permutation.begin(), permutation.end(), 0);
  do {
    std::vector<Statement> given;
    for (const std::size_t i : permutation) given.push_back(original[i]);
    const Comparison c = compare_with(given, options);
    expect_well_formed(given, c);
    std::string label;
    for (const Statement& s : given) label += s.id + " ";
    EXPECT_EQ(group_keys(given, c), expected_groups) << label << "\n" << describe(given, c);
    EXPECT_EQ(order_keys(given, c), expected_orders) << label;
    EXPECT_EQ(linked_pairs(given, c), expected_links) << label;
  } while (std::next_permutation(permutation.begin(), permutation.end()));
}

TEST(AlignmentOrderIndependence, GroupsWithWordVectorsAreTheSameForEveryPermutation) {
  const WordVectors vectors = topic_vectors();
  CompareOptions options;
  options.vectors = &vectors;
  expect_order_independent(
      {make_statement("nam-2026-01-05", "Non-Aligned Movement", "2026-01-05", kNamTopicParagraphs),
       make_statement("celac-2026-01-09", "CELAC", "2026-01-09", kCelacTopicParagraphs),
       make_statement("alba-2026-01-12", "ALBA-TCP", "2026-01-12",
                      {"ALBA-TCP condemns the strikes against fishing vessels near Venezuela.",
                       "ALBA-TCP thanks Uganda for hosting the summit in Kampala."})},
      options);
}

TEST(AlignmentOrderIndependence, ThreeWayGroupsAreTheSameForEveryPermutation) {
  const std::vector<Statement> original = {
      make_statement("nam-2025-11-18", "Non-Aligned Movement", "2025-11-18", kNamCommunique),
      make_statement("celac-2025-11-09", "CELAC", "2025-11-09", kCelacDeclaration),
      make_statement("nam-2025-11-18-draft", "Non-Aligned Movement", "2025-11-12", kNamDraft),
  };
  const Comparison reference = compare(original);
  expect_well_formed(original, reference);
  // The draft and the final text are versions; the CELAC declaration is another body's.
  const auto orders = order_keys(original, reference);
  EXPECT_EQ(orders.count({"nam-2025-11-18", "nam-2025-11-18-draft", OrderMode::Keep}), 1u)
      << describe(original, reference);
  EXPECT_EQ(orders.count({"celac-2025-11-09", "nam-2025-11-18", OrderMode::Free}), 1u);
  // The airstrikes point is made by all three: one shared group.
  const auto groups = groups_of(original, reference, "celac-2025-11-09", 2);
  ASSERT_EQ(groups.size(), 1u) << describe(original, reference);
  EXPECT_EQ(groups[0]->kind, GroupKind::Shared);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 3}, {1, 2}, {2, 3}}));
  // The draft swaps two paragraphs of the final text: one of them is reported moved.
  const auto swapped = groups_of(original, reference, "nam-2025-11-18-draft", 1);
  ASSERT_EQ(swapped.size(), 1u);
  EXPECT_EQ(swapped[0]->kind, GroupKind::Partial);
  EXPECT_EQ(swapped[0]->members, (std::vector<GroupMember>{{0, 2}, {2, 1}}));

  expect_order_independent(original);
}

TEST(AlignmentOrderIndependence, VersionGroupsAreTheSameInBothOrders) {
  const std::vector<Statement> forward = {
      make_statement("a-res-79-10", "United Nations General Assembly", "2024-12-02",
                     kTlatelolco2024),
      make_statement("a-res-80-12", "United Nations General Assembly", "2025-12-01",
                     kTlatelolco2025),
  };
  const std::vector<Statement> backward = {forward[1], forward[0]};
  const Comparison a = compare(forward);
  const Comparison b = compare(backward);
  EXPECT_EQ(group_keys(forward, a), group_keys(backward, b)) << describe(backward, b);
  // Groups come in the reading order of the statement given first.
  EXPECT_EQ(b.groups.front().members.front(), (GroupMember{0, 0}));
  expect_well_formed(backward, b);
}

// One paragraph of the NAM communiqué makes two points that CELAC and ALBA-TCP each make in
// a paragraph of their own: the CELAC and ALBA paragraphs are on different points.
std::vector<Statement> two_point_statements() {
  return {
      make_statement(
          "nam-2025-11-18", "Non-Aligned Movement", "2025-11-18",
          {"The Ministers welcomed the preparations for the Twentieth Summit of Heads of State or "
           "Government of the Movement, to be held in Kampala.",
           "The Ministers reaffirmed that the Treaty of Tlatelolco established the first "
           "nuclear-weapon-free zone in a densely populated region; they condemned the "
           "airstrikes against small vessels in the Caribbean Sea, which have killed fishermen "
           "without any judicial process.",
           "The Ministers stressed the importance of South-South cooperation and triangular "
           "cooperation in science, technology and innovation."}),
      make_statement("celac-2025-11-09", "CELAC", "2025-11-09",
                     {kCelacDeclaration[0], kCelacDeclaration[4], kCelacDeclaration[1]}),
      make_statement(
          "alba-2025-11-12", "ALBA-TCP", "2025-11-12",
          {"The Political Council of ALBA-TCP condemns the airstrikes against small vessels in "
           "the Caribbean Sea that have killed fishermen without any judicial process.",
           "The Political Council expresses its full support for the Bolivarian Republic of "
           "Venezuela in the face of threats of military aggression."}),
  };
}

TEST(AlignmentThreeWay, ParagraphMakingTwoPointsLinksEachPointWithoutLinkingThePoints) {
  const std::vector<Statement> statements = two_point_statements();
  const Comparison c = compare(statements);
  expect_well_formed(statements, c);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.count(link("nam-2025-11-18", 1, "celac-2025-11-09", 1)))
      << describe(statements, c);
  EXPECT_TRUE(links.count(link("nam-2025-11-18", 1, "alba-2025-11-12", 0)))
      << describe(statements, c);
  // The nuclear-weapon-free zone and the airstrikes are different points: compared alone,
  // the CELAC and ALBA paragraphs are not linked, and no group of the three-way comparison
  // may put them together (a group asserts a link between all its members).
  const std::vector<Statement> pair = {statements[1], statements[2]};
  const Comparison alone = compare(pair);
  EXPECT_FALSE(linked_pairs(pair, alone).count(link("celac-2025-11-09", 1, "alba-2025-11-12", 0)))
      << describe(pair, alone);
  EXPECT_FALSE(links.count(link("celac-2025-11-09", 1, "alba-2025-11-12", 0)))
      << describe(statements, c);
  EXPECT_EQ(groups_of(statements, c, "nam-2025-11-18", 1).size(), 2u) << describe(statements, c);
}

TEST(AlignmentThreeWay, GroupsAroundATwoPointParagraphAreTheSameForEveryPermutation) {
  expect_order_independent(two_point_statements());
}

// --- Limits ---------------------------------------------------------------------------------

TEST(AlignmentEdgeCases, StatementsTooLongToAlignAreRefusedBeforeAnyWork) {
  // 25,000 x 25,000 paragraphs: 625 million pairs, past the limit of 500 million.
  Statement a = make_statement("long-a", "Body A", "2023-01-01", {});
  Statement b = make_statement("long-b", "Body B", "2023-01-02", {});
  Paragraph p;
  p.text = "Decides.";
  a.paragraphs.assign(25'000, p);
  b.paragraphs.assign(25'000, p);
  try {
    (void)compare({a, b});
    FAIL() << "no error";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("long-a and long-b: 25000 x 25000 paragraphs"),
              std::string::npos)
        << e.what();
  }
}

// --- Progress --------------------------------------------------------------------------------

TEST(AlignmentProgress, ReportsEveryPairAlignedThenEveryGroupDiffed) {
  const std::vector<Statement> statements = {
      make_statement("a", "Body A", "2023-01-01",
                     {"Condemns the strikes on fishing boats.", "Welcomes the report."}),
      make_statement("b", "Body B", "2023-01-02",
                     {"Condemns the strikes on fishing boats.", "Decides to remain seized."}),
      make_statement("c", "Body C", "2023-01-03", {"Condemns the strikes on fishing boats."})};
  std::vector<std::tuple<std::string, std::size_t, std::size_t>> calls;
  CompareOptions options;
  options.on_progress = [&](std::string_view stage, std::size_t done, std::size_t total) {
    calls.emplace_back(std::string(stage), done, total);
  };
  const Comparison c = compare_with(statements, options);
  std::size_t aligned = 0, diffed = 0;
  for (const auto& [stage, done, total] : calls) {
    if (stage == "pairs aligned") {
      EXPECT_EQ(total, 3U);  // three pairs
      EXPECT_GT(done, aligned);
      aligned = done;
    } else {
      EXPECT_EQ(stage, "groups diffed");
      EXPECT_EQ(total, c.groups.size());
      EXPECT_EQ(done, ++diffed);
    }
  }
  EXPECT_EQ(aligned, 3U);
  EXPECT_EQ(diffed, c.groups.size());
}

// --- Degenerate statements ------------------------------------------------------------------

TEST(AlignmentEdgeCases, EmptyStatementLeavesEveryParagraphOfTheOtherUnique) {
  const std::vector<Statement> statements = {
      make_statement("empty", "CELAC", "2025-11-09", {}),
      make_statement("nam-2025-11-18", "Non-Aligned Movement", "2025-11-18", kNamCommunique),
  };
  for (const OrderMode mode : {OrderMode::Auto, OrderMode::Keep, OrderMode::Free}) {
    const Comparison c = compare(statements, mode);
    expect_well_formed(statements, c);
    ASSERT_EQ(c.groups.size(), kNamCommunique.size()) << to_string(mode);
    for (std::size_t i = 0; i < c.groups.size(); ++i) {
      EXPECT_EQ(c.groups[i].kind, GroupKind::Unique);
      EXPECT_EQ(c.groups[i].members, (std::vector<GroupMember>{{1, i}}));
      EXPECT_FALSE(c.groups[i].moved);
    }
    ASSERT_EQ(c.orders.size(), 1u);
  }
}

TEST(AlignmentEdgeCases, TwoEmptyStatementsGiveNoGroups) {
  const std::vector<Statement> statements = {
      make_statement("empty-a", "CELAC", "2025-11-09", {}),
      make_statement("empty-b", "CELAC", "2025-11-10", {}),
  };
  const Comparison c = compare(statements);
  EXPECT_TRUE(c.groups.empty());
  ASSERT_EQ(c.orders.size(), 1u);
}

TEST(AlignmentEdgeCases, IdenticalOneParagraphStatementsShareOneGroup) {
  const std::string text =
      "1. Calls upon all States to respect fully the status of Latin America and the Caribbean "
      "as a nuclear-weapon-free zone;";
  const std::vector<Statement> statements = {
      make_statement("a-res-79-10", "United Nations General Assembly", "2024-12-02", {text}),
      make_statement("a-res-80-12", "United Nations General Assembly", "2025-12-01", {text}),
  };
  const Comparison c = compare(statements);
  expect_well_formed(statements, c);
  ASSERT_EQ(c.groups.size(), 1u) << describe(statements, c);
  EXPECT_EQ(c.groups[0].kind, GroupKind::Shared);
  EXPECT_EQ(c.groups[0].members, (std::vector<GroupMember>{{0, 0}, {1, 0}}));
  EXPECT_FALSE(c.groups[0].moved);
  EXPECT_GT(c.groups[0].similarity, 0.99);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
}

TEST(AlignmentEdgeCases, DifferentOneParagraphStatementsAreTwoUniqueGroups) {
  const std::vector<Statement> statements = {
      make_statement("nam-2025-11-18", "Non-Aligned Movement", "2025-11-18", {kNamCommunique[2]}),
      make_statement("celac-2025-11-09", "CELAC", "2025-11-09", {kCelacDeclaration[1]}),
  };
  const Comparison c = compare(statements);
  expect_well_formed(statements, c);
  ASSERT_EQ(c.groups.size(), 2u) << describe(statements, c);
  EXPECT_EQ(c.groups[0].kind, GroupKind::Unique);
  EXPECT_EQ(c.groups[0].members, (std::vector<GroupMember>{{0, 0}}));
  EXPECT_EQ(c.groups[1].kind, GroupKind::Unique);
  EXPECT_EQ(c.groups[1].members, (std::vector<GroupMember>{{1, 0}}));
}

TEST(AlignmentEdgeCases, WithoutDiffsGroupsAreTheSameAndCarryNoDiff) {
  const std::vector<Statement> statements = {
      make_statement("a-res-79-10", "United Nations General Assembly", "2024-12-02",
                     kTlatelolco2024),
      make_statement("a-res-80-12", "United Nations General Assembly", "2025-12-01",
                     kTlatelolco2025),
  };
  const FrequencyTable no_corpus;
  CompareOptions options;
  options.diffs = false;
  const Comparison without = compare_statements(statements, no_corpus, options);
  options.diffs = true;
  const Comparison with = compare_statements(statements, no_corpus, options);
  EXPECT_EQ(group_keys(statements, without), group_keys(statements, with));
  for (const AlignedGroup& g : without.groups) EXPECT_TRUE(g.diff.empty());
}

}  // namespace
}  // namespace concord
