// A recorded vote as JSON, one shape for the database's records and the program's output:
// {"outcome": "recorded vote", "in_favour": {"count": 187, "members": ["ALBANIA", ...]},
//  "against": {...}, "abstaining": {...}}.
#pragma once

#include <nlohmann/json.hpp>

#include "concord/engine/vote.hpp"

namespace concord {

[[nodiscard]] nlohmann::json vote_to_json(const Vote& vote);

/// Reads what `vote_to_json` wrote; throws nlohmann::json::exception on another shape.
[[nodiscard]] Vote vote_from_json(const nlohmann::json& json);

/// The vote's JSON, or null when there is none.
[[nodiscard]] nlohmann::json vote_to_json(const std::optional<Vote>& vote);

}  // namespace concord
