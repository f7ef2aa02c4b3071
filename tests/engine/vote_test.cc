// Tests of how a recorded vote is described.
#include "concord/engine/vote.hpp"

#include <gtest/gtest.h>

namespace concord {
namespace {

TEST(Vote, ARecordedVoteIsDescribedByItsOutcomeAndCounts) {
  Vote vote{"recorded vote", {187, {}}, {2, {}}, {1, {}}};
  EXPECT_EQ(describe_vote(vote), "recorded vote: 187 in favour, 2 against, 1 abstaining");
}

TEST(Vote, CountsWithoutAnOutcomeAreDescribedAlone) {
  Vote vote{"", {13, {}}, {0, {}}, {2, {}}};
  EXPECT_EQ(describe_vote(vote), "13 in favour, 0 against, 2 abstaining");
}

TEST(Vote, AdoptionWithoutAVoteHasNoCounts) {
  Vote vote{"without a vote", {}, {}, {}};
  EXPECT_TRUE(vote.without_vote());
  EXPECT_EQ(describe_vote(vote), "adopted without a vote");
}

TEST(Vote, EachSideIsReachedByItsPosition) {
  Vote vote;
  vote.side(VotePosition::Against).members.push_back("ISRAEL");
  EXPECT_EQ(vote.against.members, std::vector<std::string>{"ISRAEL"});
  EXPECT_EQ(to_string(VotePosition::Abstaining), "abstaining");
  EXPECT_EQ(to_string(VotePosition::InFavour), "in favour");
}

}  // namespace
}  // namespace concord
