// Recorded votes as the program prints them: a statement's vote, and who voted otherwise
// from one statement to the next.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/engine/statement.hpp"
#include "concord/engine/vote_changes.hpp"

namespace concord::cli {

/// "vote: recorded vote: 187 in favour, 2 against, 1 abstaining", then one line naming the
/// members against and one naming those abstaining (those in favour are the rest, and many).
[[nodiscard]] std::vector<std::string> vote_lines(const Vote& vote);

/// [{"earlier": 0, "later": 1, "changes": [{"member", "before", "after"}]}], positions as
/// "in favour", "against", "abstaining" or null.
[[nodiscard]] nlohmann::json vote_changes_json(const std::vector<SuccessiveVotes>& changes);

}  // namespace concord::cli
