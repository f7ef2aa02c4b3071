// Who voted otherwise from one adoption of a text to the next (a resolution adopted again
// each year): the change a delegation watches most closely.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/statement.hpp"
#include "concord/engine/vote.hpp"

namespace concord {

/// A member that voted otherwise in a later vote. An empty position means the member is not
/// recorded in that vote: absent, not voting, or not a member of the body then.
struct VoteChange {
  std::string member;
  std::optional<VotePosition> before;
  std::optional<VotePosition> after;

  /// True when both votes record the member: it voted one way, then another.
  [[nodiscard]] bool changed_sides() const noexcept { return before && after; }

  friend bool operator==(const VoteChange&, const VoteChange&) = default;
};

/// The key one member's names share: the slug of its name ("TÜRKİYE", "TÜRKIYE", "Türkiye"
/// are "turkiye"), and its current name's after a rename ("TURKEY" is "turkiye" too).
[[nodiscard]] std::string vote_member_key(std::string_view name);

/// The members whose position differs between two votes, named as the later vote names them:
/// those that changed sides first, then those recorded in one vote only, each in alphabetical
/// order; empty when either vote names no members. One member's spellings
/// ("TÜRKİYE", "TÜRKIYE") and the names it had before a rename ("TURKEY") are one member.
[[nodiscard]] std::vector<VoteChange> vote_changes(const Vote& before, const Vote& after);

/// "ISRAEL: against → abstaining"; "not recorded" where a vote does not name the member.
[[nodiscard]] std::string describe_vote_change(const VoteChange& change);

/// How many members changed sides and how many are recorded in one vote only: "15 members
/// changed sides, 8 recorded in one vote only"; "none, every member voted as before".
[[nodiscard]] std::string describe_vote_counts(const std::vector<VoteChange>& changes);

/// The changes from one statement's vote to the next statement's, statements taken by date.
struct SuccessiveVotes {
  /// Indexes into the statements given.
  std::size_t earlier = 0;
  std::size_t later = 0;
  std::vector<VoteChange> changes;
};

/// Takes the statements whose votes name their members in date order (undated ones last, each
/// kind in the order given) and lists the changes between each and the next.
[[nodiscard]] std::vector<SuccessiveVotes> successive_vote_changes(
    const std::vector<Statement>& statements);

}  // namespace concord
