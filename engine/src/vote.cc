// Describing a recorded vote.
#include "concord/engine/vote.hpp"

#include <fmt/format.h>

#include <utility>

namespace concord {

std::string_view to_string(VotePosition position) noexcept {
  switch (position) {
    case VotePosition::InFavour:
      return "in favour";
    case VotePosition::Against:
      return "against";
    case VotePosition::Abstaining:
      return "abstaining";
  }
  return "in favour";
}

const VoteCount& Vote::side(VotePosition position) const noexcept {
  switch (position) {
    case VotePosition::Against:
      return against;
    case VotePosition::Abstaining:
      return abstaining;
    case VotePosition::InFavour:
      break;
  }
  return in_favour;
}

VoteCount& Vote::side(VotePosition position) noexcept {
  return const_cast<VoteCount&>(std::as_const(*this).side(position));
}

bool Vote::without_vote() const noexcept {
  return outcome == "without a vote" && in_favour.count == 0 && against.count == 0 &&
         abstaining.count == 0;
}

std::string describe_vote(const Vote& vote) {
  if (vote.without_vote()) return "adopted without a vote";
  std::string counts = fmt::format("{} in favour, {} against, {} abstaining", vote.in_favour.count,
                                   vote.against.count, vote.abstaining.count);
  return vote.outcome.empty() ? counts : vote.outcome + ": " + counts;
}

}  // namespace concord
