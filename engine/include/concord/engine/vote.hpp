// How a body adopted a statement, when its document records the vote (the UN's resolutions
// in Akoma Ntoso): the outcome, the counts, and which members voted which way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

enum class VotePosition { InFavour, Against, Abstaining };

/// "in favour", "against", "abstaining".
[[nodiscard]] std::string_view to_string(VotePosition position) noexcept;

/// One side of a vote: how many, and who when the record names them.
struct VoteCount {
  std::size_t count = 0;
  /// The members as the record names them ("ANTIGUA AND BARBUDA"); empty when only the count
  /// is known.
  std::vector<std::string> members;

  friend bool operator==(const VoteCount&, const VoteCount&) = default;
};

struct Vote {
  /// How the statement was adopted, in words: "without a vote", "recorded vote", "vote by
  /// mail"; empty when the record says only the counts (the Security Council's).
  std::string outcome;
  VoteCount in_favour;
  VoteCount against;
  VoteCount abstaining;

  [[nodiscard]] const VoteCount& side(VotePosition position) const noexcept;
  [[nodiscard]] VoteCount& side(VotePosition position) noexcept;
  /// True when the statement was adopted without a vote, so that there are no counts.
  [[nodiscard]] bool without_vote() const noexcept;

  friend bool operator==(const Vote&, const Vote&) = default;
};

/// "adopted without a vote"; "recorded vote: 187 in favour, 2 against, 1 abstaining".
[[nodiscard]] std::string describe_vote(const Vote& vote);

}  // namespace concord
