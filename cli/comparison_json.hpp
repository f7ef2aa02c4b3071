// The JSON of a comparison (docs/compare-json.md), shared by `concord compare` and the web API.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/statement.hpp"

namespace concord::cli {

/// A paragraph as the document writes it: its label, then its text.
[[nodiscard]] std::string full_text(const Paragraph& paragraph);

/// "common", "own" or "inflection".
[[nodiscard]] std::string kind_name(SharedKind kind);

/// How many shared, partial and unique groups a statement has members in.
struct StatementCounts {
  std::size_t shared = 0, partial = 0, unique = 0;
};

[[nodiscard]] std::vector<StatementCounts> count_by_statement(const Comparison& comparison,
                                                              std::size_t statements);

/// The comparison as docs/compare-json.md describes it; `include_source` adds each
/// statement's source path (left out where the reader is not the local user).
/// `changes_only` leaves out the groups that change nothing (changes_nothing) and counts
/// them in "unchanged_groups_left_out"; the summary still counts every group.
[[nodiscard]] nlohmann::json comparison_json(const std::vector<Statement>& statements,
                                             const Comparison& comparison, bool include_source,
                                             bool changes_only = false);

}  // namespace concord::cli
