// Tests for linking versions of one text: moves, splits, merges, slots (versions_alignment.cc).
#include <gtest/gtest.h>

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/word_diff.hpp"
#include "engine/alignment_fixtures.hpp"

namespace concord {
namespace {

using testing::AlignmentVersionsTest;
using testing::compare;
using testing::describe;
using testing::expect_well_formed;
using testing::groups_of;
using testing::kTlatelolco2024;
using testing::link;
using testing::linked_pairs;
using testing::LinkedPair;
using testing::make_statement;
using testing::words;

TEST_F(AlignmentVersionsTest, IdenticalParagraphsAreSharedGroupsOfTwo) {
  const Comparison c = compare(statements_);
  const std::vector<std::pair<std::size_t, std::size_t>> identical = {{0, 0}, {1, 1}, {3, 2},
                                                                      {4, 4}, {5, 6}, {7, 3}};
  for (const auto& [old_p, new_p] : identical) {
    const auto groups = groups_of(statements_, c, kOld, old_p);
    ASSERT_EQ(groups.size(), 1u) << old_p << "\n" << describe(statements_, c);
    EXPECT_EQ(groups[0]->kind, GroupKind::Shared);
    EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, old_p}, {1, new_p}}))
        << describe(statements_, c);
    EXPECT_GT(groups[0]->similarity, 0.99);
  }
}

TEST_F(AlignmentVersionsTest, DeletedParagraphIsUniqueToTheOldVersion) {
  const Comparison c = compare(statements_);
  const auto groups = groups_of(statements_, c, kOld, 2);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  EXPECT_EQ(groups[0]->kind, GroupKind::Unique);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 2}}));
  EXPECT_EQ(groups[0]->similarity, 1.0);
}

TEST_F(AlignmentVersionsTest, InsertedParagraphIsUniqueToTheNewVersion) {
  const Comparison c = compare(statements_);
  const auto groups = groups_of(statements_, c, kNew, 5);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  EXPECT_EQ(groups[0]->kind, GroupKind::Unique);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{1, 5}}));
}

TEST_F(AlignmentVersionsTest, MovedParagraphIsGroupedAndMarkedMoved) {
  for (const OrderMode mode : {OrderMode::Keep, OrderMode::Auto}) {
    const Comparison c = compare(statements_, mode);
    const auto groups = groups_of(statements_, c, kOld, 7);
    ASSERT_EQ(groups.size(), 1u) << to_string(mode) << "\n" << describe(statements_, c);
    EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 7}, {1, 3}}));
    EXPECT_TRUE(groups[0]->moved) << to_string(mode) << "\n" << describe(statements_, c);
    // Only the paragraph that moved is reported, not those it jumped over.
    const auto skipped = groups_of(statements_, c, kOld, 4);
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_FALSE(skipped[0]->moved) << describe(statements_, c);
  }
}

TEST_F(AlignmentVersionsTest, SplitParagraphLinksToBothHalves) {
  const Comparison c = compare(statements_);
  const auto links = linked_pairs(statements_, c);
  EXPECT_TRUE(links.count(link(kOld, 6, kNew, 7))) << describe(statements_, c);
  EXPECT_TRUE(links.count(link(kOld, 6, kNew, 8))) << describe(statements_, c);
  const auto groups = groups_of(statements_, c, kOld, 6);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 6}, {1, 7}, {1, 8}}));
  EXPECT_EQ(groups[0]->kind, GroupKind::Shared);
  EXPECT_FALSE(groups[0]->moved);
}

TEST_F(AlignmentVersionsTest, SplitParagraphWithANewOneBetweenItsHalvesLinksBothHalves) {
  Statement revised = statements_[1];
  Paragraph inserted;
  inserted.text =
      "Welcomes the fellowship programme for young diplomats from the region launched by the "
      "Agency in Mexico City.";
  revised.paragraphs.insert(revised.paragraphs.begin() + 8, inserted);
  for (std::size_t p = 0; p < revised.paragraphs.size(); ++p) revised.paragraphs[p].ordinal = p;
  const std::vector<Statement> statements = {statements_[0], revised};
  const Comparison c = compare(statements);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.count(link(kOld, 6, kNew, 7))) << describe(statements, c);
  EXPECT_TRUE(links.count(link(kOld, 6, kNew, 9))) << describe(statements, c);
  const auto groups = groups_of(statements, c, kNew, 8);
  ASSERT_EQ(groups.size(), 1u) << describe(statements, c);
  EXPECT_EQ(groups[0]->kind, GroupKind::Unique) << describe(statements, c);
}

TEST_F(AlignmentVersionsTest, HalvesOfASplitParagraphAreDiffedAgainstTheWhole) {
  const Comparison c = compare(statements_);
  const auto groups = groups_of(statements_, c, kOld, 6);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  const AlignedGroup& g = *groups[0];
  ASSERT_EQ(g.diff.size(), 3u);
  // The old paragraph said both halves, with "; further encourages" where the new text
  // starts paragraph 7 with "Further encourages": nearly everything is common wording.
  for (std::size_t i = 0; i < g.members.size(); ++i) {
    std::size_t common = 0, all = 0;
    std::string rebuilt;
    for (const MemberSegment& seg : g.diff[i]) {
      all += seg.text.size();
      if (seg.kind == SharedKind::Common) common += seg.text.size();
      rebuilt += seg.text;
    }
    const Paragraph& p = statements_[g.members[i].statement].paragraphs[g.members[i].paragraph];
    EXPECT_EQ(rebuilt, p.text) << "member " << i;
    EXPECT_GT(common, all * 8 / 10) << "member " << i << ": " << rebuilt;
  }
}

TEST_F(AlignmentVersionsTest, MergedParagraphsLinkToTheMergedOne) {
  const Comparison c = compare(statements_);
  const auto links = linked_pairs(statements_, c);
  EXPECT_TRUE(links.count(link(kOld, 8, kNew, 9))) << describe(statements_, c);
  EXPECT_TRUE(links.count(link(kOld, 9, kNew, 9))) << describe(statements_, c);
  const auto groups = groups_of(statements_, c, kNew, 9);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 8}, {0, 9}, {1, 9}}));
  EXPECT_FALSE(groups[0]->moved);
}

TEST_F(AlignmentVersionsTest, LinksAreExactlyTheExpectedCorrespondences) {
  const Comparison c = compare(statements_);
  const std::set<LinkedPair> expected = {
      link(kOld, 0, kNew, 0), link(kOld, 1, kNew, 1),   link(kOld, 3, kNew, 2),
      link(kOld, 7, kNew, 3), link(kOld, 4, kNew, 4),   link(kOld, 5, kNew, 6),
      link(kOld, 6, kNew, 7), link(kOld, 6, kNew, 8),   link(kOld, 8, kNew, 9),
      link(kOld, 9, kNew, 9), link(kOld, 10, kNew, 10),
  };
  EXPECT_EQ(linked_pairs(statements_, c), expected) << describe(statements_, c);
  expect_well_formed(statements_, c);
}

TEST_F(AlignmentVersionsTest, ChangedSessionNumberIsOwnWordingInTheDiff) {
  const Comparison c = compare(statements_);
  const auto groups = groups_of(statements_, c, kOld, 10);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  const AlignedGroup& g = *groups[0];
  ASSERT_EQ(g.diff.size(), 2u);
  std::vector<std::string> own;
  for (const auto& member : g.diff) {
    for (const MemberSegment& seg : member) {
      if (seg.kind != SharedKind::Common) own.push_back(seg.text);
    }
  }
  // "eighty-first" is three tokens; only the last differs, with no white space before it.
  EXPECT_EQ(own, (std::vector<std::string>{"first", "second"}));
}

TEST(AlignmentVersionsSlots, RewordedParagraphInTheSameSlotIsLinked) {
  // The closing requests share only formula words: too little on their own, but between
  // the same linked neighbours of two versions they are the same paragraph, reworded.
  const std::vector<Statement> statements = {
      make_statement("a-res-78-20", "United Nations General Assembly", "2023-12-04",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Requests the Secretary-General to report to the General Assembly at its "
                      "seventy-ninth session on the implementation of the present resolution"}),
      make_statement("a-res-79-20", "United Nations General Assembly", "2024-12-02",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Requests the Secretary-General to submit to the Assembly at its eightieth "
                      "session a report on the follow-up to this resolution"}),
  };
  const Comparison c = compare(statements);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  EXPECT_TRUE(linked_pairs(statements, c).contains(link("a-res-78-20", 3, "a-res-79-20", 3)))
      << describe(statements, c);
}

TEST(AlignmentVersionsSlots, RewordedParagraphsInASlotOfTwoArePairedInOrder) {
  const std::vector<Statement> statements = {
      make_statement("a-res-78-20", "United Nations General Assembly", "2023-12-04",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Requests the Secretary-General to report to the General Assembly at its "
                      "seventy-ninth session on the implementation of the present resolution",
                      "Decides to include in the provisional agenda of its seventy-ninth session "
                      "an item on the Treaty"}),
      make_statement("a-res-79-20", "United Nations General Assembly", "2024-12-02",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Requests the Secretary-General to submit to the Assembly at its eightieth "
                      "session a report on the follow-up to this resolution",
                      "Decides to remain seized of the Treaty and to consider it again at its "
                      "eightieth session"}),
  };
  const Comparison c = compare(statements);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-78-20", 3, "a-res-79-20", 3))) << describe(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-78-20", 4, "a-res-79-20", 4))) << describe(statements, c);
  EXPECT_FALSE(links.contains(link("a-res-78-20", 3, "a-res-79-20", 4))) << describe(statements, c);
}

TEST(AlignmentVersionsSlots, ANewLookAlikeAfterAParagraphKeptWholeIsNotAHalfOfIt) {
  // The second version keeps the agreement with the Commission word for word and adds, right
  // after it, a memorandum with another organization in like words: a new paragraph.
  const std::string kept =
      "Recalling the signing of the framework agreement between the Latin American and "
      "Caribbean Economic System and the Economic Commission for Latin America and the "
      "Caribbean, on 26 October 2017, to strengthen technical and institutional cooperation";
  const std::vector<Statement> statements = {
      make_statement("a-res-75-14", "United Nations General Assembly", "2020-11-13",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kept, kTlatelolco2024[2]}),
      make_statement("a-res-77-117", "United Nations General Assembly", "2022-12-09",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kept,
                      "Recalling also the signing of the memorandum of understanding between the "
                      "Latin American and Caribbean Economic System and the World Tourism "
                      "Organization, on 11 October 2021, to strengthen technical cooperation "
                      "in tourism",
                      kTlatelolco2024[2]}),
  };
  const Comparison c = compare(statements);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-75-14", 2, "a-res-77-117", 2))) << describe(statements, c);
  EXPECT_FALSE(links.contains(link("a-res-75-14", 2, "a-res-77-117", 3)))
      << describe(statements, c);
}

TEST(AlignmentVersionsSlots, ASplitParagraphWhoseFirstHalfWasRewrittenLinksBothHalves) {
  // The new version splits the request in two: the second half keeps the projects; the
  // first keeps the request's opening and its programme but is otherwise rewritten, too
  // unlike the whole to be linked by similarity alone.
  const std::vector<Statement> statements = {
      make_statement(
          "s-res-1", "United Nations Security Council", "2024-10-01",
          {kTlatelolco2024[0], kTlatelolco2024[1],
           "Requests the Mission to continue to pursue its community outreach programme, "
           "including through support to the national disarmament commission, and to "
           "concentrate its efforts on labour-intensive projects, a registry of weapons and the "
           "reform of the permit system",
           kTlatelolco2024[2]}),
      make_statement(
          "s-res-2", "United Nations Security Council", "2025-10-01",
          {kTlatelolco2024[0], kTlatelolco2024[1],
           "Requests the Mission to continue to pursue its expanded community outreach "
           "programme, adapting it to the needs of displaced families in the coastal towns and "
           "of those living in neighbourhoods hit by violence",
           "Requests the Mission to continue to support the national authorities through "
           "labour-intensive projects, a registry of weapons and the reform of the permit system",
           kTlatelolco2024[2]}),
  };
  const Comparison c = compare(statements);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.contains(link("s-res-1", 2, "s-res-2", 3))) << describe(statements, c);
  EXPECT_TRUE(links.contains(link("s-res-1", 2, "s-res-2", 2))) << describe(statements, c);
}

TEST(AlignmentVersionsSlots, ANewParagraphOpeningLikeOneKeptWholeBesideItIsNotAHalfOfIt) {
  const std::string kept =
      "Requests the Mission to continue to pursue its community outreach programme in the "
      "coastal towns";
  const std::vector<Statement> statements = {
      make_statement("s-res-1", "United Nations Security Council", "2024-10-01",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kept, kTlatelolco2024[2]}),
      make_statement("s-res-2", "United Nations Security Council", "2025-10-01",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kept,
                      "Requests the Mission to continue to pursue its training of judges and "
                      "prosecutors in the capital",
                      kTlatelolco2024[2]}),
  };
  const Comparison c = compare(statements);
  EXPECT_FALSE(linked_pairs(statements, c).contains(link("s-res-1", 2, "s-res-2", 3)))
      << describe(statements, c);
}

TEST(AlignmentVersionsSlots, UnrelatedParagraphsInTheSameSlotStayUnique) {
  const std::vector<Statement> statements = {
      make_statement("a-res-78-20", "United Nations General Assembly", "2023-12-04",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Welcomes the fellowship programme for young diplomats from the region"}),
      make_statement("a-res-79-20", "United Nations General Assembly", "2024-12-02",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Condemns the airstrikes against small vessels in the Caribbean Sea"}),
  };
  const Comparison c = compare(statements);
  EXPECT_FALSE(linked_pairs(statements, c).contains(link("a-res-78-20", 3, "a-res-79-20", 3)))
      << describe(statements, c);
}

TEST(AlignmentVersionsSlots, ARewordedParagraphAfterAMovedOneIsStillPairedInItsSlot) {
  // The first paragraph moved to the end: the slots are bounded by the links in order only.
  const std::string report_2023 =
      "8. Requests the Secretary-General to report to the General Assembly at its seventy-ninth "
      "session on the implementation of the present resolution;";
  const std::string report_2024 =
      "8. Requests the Secretary-General to submit to the Assembly at its eightieth session a "
      "report on the follow-up to this resolution;";
  const auto& t = kTlatelolco2024;
  const std::vector<Statement> statements = {
      make_statement("a-res-78-20", "United Nations General Assembly", "2023-12-04",
                     {t[0], t[1], t[2], t[3], t[4], t[5], report_2023, t[7]}),
      make_statement("a-res-79-20", "United Nations General Assembly", "2024-12-02",
                     {t[1], t[2], t[3], t[4], t[5], report_2024, t[7], t[0]}),
  };
  const Comparison c = compare(statements);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-78-20", 0, "a-res-79-20", 7))) << describe(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-78-20", 6, "a-res-79-20", 5))) << describe(statements, c);
}

TEST(AlignmentVersionsMergedList, EveryItemOfAListMergedIntoOneParagraphLinksToIt) {
  // The old version lists ten items as paragraphs of their own; the new one runs them into
  // its sixth paragraph (the blank lines between them lost), far beyond a split's reach.
  std::vector<std::string> old_text, new_text;
  for (int p = 0; p < 5; ++p)
    old_text.push_back(words("kep", {p * 6, p * 6 + 1, p * 6 + 2, p * 6 + 3}) + ".");
  new_text = old_text;
  std::string merged = words("lis", {1, 2, 3, 4}) + ":";
  old_text.push_back(merged);
  for (int item = 0; item < 10; ++item) {
    const std::string text =
        words("itm", {item * 5, item * 5 + 1, item * 5 + 2, item * 5 + 3}) + ";";
    old_text.push_back(text);
    merged += " " + text;
  }
  new_text.push_back(merged);
  for (int p = 5; p < 8; ++p) {
    old_text.push_back(words("kep", {p * 6, p * 6 + 1, p * 6 + 2, p * 6 + 3}) + ".");
    new_text.push_back(old_text.back());
  }
  const std::vector<Statement> statements = {
      make_statement("a-res-74", "General Assembly", "2019-12-18", old_text),
      make_statement("a-res-80", "General Assembly", "2025-12-18", new_text)};
  const Comparison c = compare(statements, OrderMode::Keep);
  expect_well_formed(statements, c);
  const auto links = linked_pairs(statements, c);
  for (std::size_t p = 5; p <= 15; ++p)
    EXPECT_TRUE(links.contains(link("a-res-74", p, "a-res-80", 5))) << p << describe(statements, c);
}

}  // namespace
}  // namespace concord
