// Tests of finding who voted otherwise from one adoption of a text to the next.
#include "concord/engine/vote_changes.hpp"

#include <gtest/gtest.h>

namespace concord {
namespace {

Vote recorded(std::vector<std::string> in_favour, std::vector<std::string> against,
              std::vector<std::string> abstaining) {
  Vote vote{"recorded vote", {}, {}, {}};
  vote.in_favour = {in_favour.size(), std::move(in_favour)};
  vote.against = {against.size(), std::move(against)};
  vote.abstaining = {abstaining.size(), std::move(abstaining)};
  return vote;
}

Statement dated(std::string date, std::optional<Vote> vote) {
  Statement s;
  s.id = "resolution-" + date;
  s.date = std::move(date);
  s.vote = std::move(vote);
  return s;
}

TEST(VoteChanges, AMemberChangingSidesIsListed) {
  const auto changes = vote_changes(recorded({"ARGENTINA", "CUBA"}, {"ISRAEL"}, {}),
                                    recorded({"CUBA"}, {"ARGENTINA", "ISRAEL"}, {}));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0], (VoteChange{"ARGENTINA", VotePosition::InFavour, VotePosition::Against}));
  EXPECT_EQ(describe_vote_change(changes[0]), "ARGENTINA: in favour → against");
}

TEST(VoteChanges, AMemberMissingFromOneVoteIsNotRecordedThere) {
  const auto changes =
      vote_changes(recorded({"CUBA", "UKRAINE"}, {}, {}), recorded({"CUBA"}, {}, {"SOMALIA"}));
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0], (VoteChange{"SOMALIA", std::nullopt, VotePosition::Abstaining}));
  EXPECT_EQ(changes[1], (VoteChange{"UKRAINE", VotePosition::InFavour, std::nullopt}));
  EXPECT_EQ(describe_vote_change(changes[1]), "UKRAINE: in favour → not recorded");
}

TEST(VoteChanges, MembersThatChangedSidesComeBeforeAbsences) {
  const auto changes = vote_changes(recorded({"ALBANIA", "BENIN", "ZAMBIA"}, {}, {}),
                                    recorded({"BENIN"}, {"ZAMBIA"}, {}));
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].member, "ZAMBIA");
  EXPECT_TRUE(changes[0].changed_sides());
  EXPECT_EQ(changes[1].member, "ALBANIA");
  EXPECT_FALSE(changes[1].changed_sides());
}

TEST(VoteChanges, CountsSayHowManyChangedSidesAndHowManyAreRecordedOnce) {
  const VoteChange switched{"ZAMBIA", VotePosition::InFavour, VotePosition::Against};
  const VoteChange absent{"ALBANIA", VotePosition::InFavour, std::nullopt};
  EXPECT_EQ(describe_vote_counts({}), "none, every member voted as before");
  EXPECT_EQ(describe_vote_counts({switched}), "1 member changed sides");
  EXPECT_EQ(describe_vote_counts({switched, switched, absent}),
            "2 members changed sides, 1 recorded in one vote only");
  EXPECT_EQ(describe_vote_counts({absent}), "no member changed sides, 1 recorded in one vote only");
}

TEST(VoteChanges, OneMemberSpelledTwoWaysIsOneMember) {
  // The UN's records spell it with and without the dot on the capital I.
  EXPECT_TRUE(vote_changes(recorded({"TÜRKIYE"}, {}, {}), recorded({"TÜRKİYE"}, {}, {})).empty());
  const auto changes = vote_changes(recorded({"TÜRKIYE"}, {}, {}), recorded({}, {}, {"Türkiye"}));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].member, "Türkiye");  // as the later vote names it
}

TEST(VoteChanges, AMemberRenamedIsOneMember) {
  EXPECT_TRUE(vote_changes(recorded({"TURKEY", "SWAZILAND"}, {}, {}),
                           recorded({"TÜRKİYE", "ESWATINI"}, {}, {}))
                  .empty());
  const auto changes = vote_changes(recorded({"NETHERLANDS (KINGDOM OF THE)"}, {}, {}),
                                    recorded({}, {}, {"NETHERLANDS"}));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(describe_vote_change(changes[0]), "NETHERLANDS: in favour → abstaining");
}

TEST(VoteChanges, VotesThatNameNoMembersGiveNoChanges) {
  Vote counts_only{"", {15, {}}, {0, {}}, {0, {}}};
  EXPECT_TRUE(vote_changes(counts_only, recorded({"CHINA"}, {}, {})).empty());
}

TEST(VoteChanges, SuccessiveVotesFollowTheDatesNotTheOrderGiven) {
  const std::vector<Statement> statements{
      dated("2025-10-29", recorded({"CUBA"}, {"ARGENTINA"}, {})),
      dated("2023-11-02", recorded({"CUBA", "ARGENTINA"}, {}, {})),
      dated("2024-01-01", std::nullopt),  // no recorded vote: left out
      dated("2024-10-30", recorded({"CUBA", "ARGENTINA"}, {}, {})),
  };
  const auto successive = successive_vote_changes(statements);
  ASSERT_EQ(successive.size(), 2u);
  EXPECT_EQ(successive[0].earlier, 1u);
  EXPECT_EQ(successive[0].later, 3u);
  EXPECT_TRUE(successive[0].changes.empty());
  EXPECT_EQ(successive[1].earlier, 3u);
  EXPECT_EQ(successive[1].later, 0u);
  ASSERT_EQ(successive[1].changes.size(), 1u);
  EXPECT_EQ(successive[1].changes[0].member, "ARGENTINA");
}

TEST(VoteChanges, UndatedStatementsComeAfterTheDatedOnes) {
  const std::vector<Statement> statements{dated("", recorded({}, {"CUBA"}, {})),
                                          dated("2024", recorded({"CUBA"}, {}, {}))};
  const auto successive = successive_vote_changes(statements);
  ASSERT_EQ(successive.size(), 1u);
  EXPECT_EQ(successive[0].earlier, 1u);
  EXPECT_EQ(successive[0].later, 0u);
}

}  // namespace
}  // namespace concord
