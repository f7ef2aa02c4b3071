// Statements named on a command line (files or database ids), loaded and compared.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/statement.hpp"

namespace concord::cli {

/// Parses an --order value: auto, keep or free. Throws UsageError for anything else.
[[nodiscard]] OrderMode parse_order(const std::string& text);

/// Loads each of `names`: a file, read on the fly (the database is not touched), or else the
/// id of a statement in the database at `db_path`. Throws UsageError for no names,
/// DataError for a file that cannot be read or an unknown id.
[[nodiscard]] std::vector<Statement> load_statements(const std::vector<std::string>& names,
                                                     const std::filesystem::path& db_path);

/// Statements in the order they were named, and their comparison.
struct ComparedStatements {
  std::vector<Statement> statements;
  Comparison comparison;
};

/// Loads each of `names` — a file, read on the fly, or else the id of a statement in the
/// database at `db_path` — and compares them. Term rarity comes from the database when it
/// exists and has paragraphs, else from the background table of the first statement's
/// language; related terms from the background table. Throws UsageError for fewer than two
/// names, DataError for a file that cannot be read or an unknown id.
[[nodiscard]] ComparedStatements load_and_compare(const std::vector<std::string>& names,
                                                  const std::filesystem::path& db_path,
                                                  CompareOptions options);

}  // namespace concord::cli
