// Statements of the database compared by id, for the web app's compare page and API.
#pragma once

#include <string>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/demands.hpp"
#include "concord/indexer/database.hpp"
#include "statement_inputs.hpp"

namespace concord::web {

/// Most statements one request may compare: the work grows with their product.
inline constexpr std::size_t kMaxCompared = 6;

/// Looks up each of `ids` in `database` and compares them, with term rarity from the
/// database (or the background table when it holds no paragraphs) and the background related
/// terms. Groups carry their changes of speech act, found with `lexicon` as
/// cli::load_and_compare finds them (cli::add_demands_and_changes); `demands` holds the acts
/// of each statement, from which the compare page builds its consensus matrix. Unlike
/// cli::load_and_compare it never reads a file: an id is only an id. Throws UsageError for
/// fewer than two or more than kMaxCompared ids or a repeated id, DataError for an unknown id.
[[nodiscard]] cli::ComparedStatements compare_ids(const Database& database,
                                                  const std::vector<std::string>& ids,
                                                  CompareOptions options,
                                                  const SpeechActLexicon& lexicon);

}  // namespace concord::web
