#include "vote_output.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <optional>

namespace concord::cli {
namespace {

nlohmann::json position_json(const std::optional<VotePosition>& position) {
  return position ? nlohmann::json(std::string(to_string(*position))) : nlohmann::json(nullptr);
}

}  // namespace

std::vector<std::string> vote_lines(const Vote& vote) {
  std::vector<std::string> lines{"vote: " + describe_vote(vote)};
  for (const VotePosition position : {VotePosition::Against, VotePosition::Abstaining}) {
    const std::vector<std::string>& members = vote.side(position).members;
    if (!members.empty())
      lines.push_back(fmt::format("  {}: {}", to_string(position), fmt::join(members, ", ")));
  }
  return lines;
}

nlohmann::json vote_changes_json(const std::vector<SuccessiveVotes>& changes) {
  nlohmann::json out = nlohmann::json::array();
  for (const SuccessiveVotes& pair : changes) {
    nlohmann::json members = nlohmann::json::array();
    for (const VoteChange& c : pair.changes) {
      members.push_back({{"member", c.member},
                         {"before", position_json(c.before)},
                         {"after", position_json(c.after)}});
    }
    out.push_back(
        {{"earlier", pair.earlier}, {"later", pair.later}, {"changes", std::move(members)}});
  }
  return out;
}

}  // namespace concord::cli
