// The JSON of a recorded vote.
#include "concord/indexer/vote_json.hpp"

#include <array>
#include <utility>

namespace concord {
namespace {

// JSON keys of the three sides.
constexpr std::array<std::pair<VotePosition, const char*>, 3> kSides{{
    {VotePosition::InFavour, "in_favour"},
    {VotePosition::Against, "against"},
    {VotePosition::Abstaining, "abstaining"},
}};

}  // namespace

nlohmann::json vote_to_json(const Vote& vote) {
  nlohmann::json out{{"outcome", vote.outcome}};
  for (const auto& [position, key] : kSides) {
    const VoteCount& side = vote.side(position);
    out[key] = {{"count", side.count}, {"members", side.members}};
  }
  return out;
}

nlohmann::json vote_to_json(const std::optional<Vote>& vote) {
  return vote ? vote_to_json(*vote) : nlohmann::json(nullptr);
}

Vote vote_from_json(const nlohmann::json& json) {
  Vote vote;
  vote.outcome = json.at("outcome").get<std::string>();
  for (const auto& [position, key] : kSides) {
    const nlohmann::json& side = json.at(key);
    vote.side(position).count = side.at("count").get<std::size_t>();
    vote.side(position).members = side.at("members").get<std::vector<std::string>>();
  }
  return vote;
}

}  // namespace concord
