// The JSON of precedents (docs/precedent.md), shared by `concord precedent --format json` and
// the web API.
#pragma once

#include <array>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/engine/statement.hpp"
#include "concord/indexer/precedent.hpp"

namespace concord::cli {

/// One use: where it is, its closeness and its word diff against the wording looked for.
[[nodiscard]] nlohmann::json use_json(const PrecedentUse& use);

/// The uses of one wording, with the earliest and the latest.
[[nodiscard]] nlohmann::json precedent_json(const PrecedentRequest& request,
                                            const PrecedentResult& result);

/// The reuse in words: "used before", "first used here", "used elsewhere", "no other use".
[[nodiscard]] std::string reuse_in_words(ParagraphReuse reuse);

/// How many paragraphs of each kind of reuse, in the order of ParagraphReuse.
[[nodiscard]] std::array<std::size_t, 4> reuse_counts(
    const std::vector<ParagraphPrecedents>& paragraphs);

/// The paragraphs of `statement` looked up (find_statement_precedents), with a summary.
[[nodiscard]] nlohmann::json statement_precedents_json(
    const Statement& statement, const std::vector<ParagraphPrecedents>& paragraphs,
    double min_closeness);

}  // namespace concord::cli
