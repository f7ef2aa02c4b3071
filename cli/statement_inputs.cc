// Statements named on a command line (files or database ids), loaded and compared.
#include "statement_inputs.hpp"

#include <fmt/format.h>

#include <optional>
#include <system_error>

#include "concord/engine/error.hpp"
#include "concord/indexer/database.hpp"
#include "concord/indexer/statement_loader.hpp"
#include "concord/indexer/term_statistics_sources.hpp"

namespace concord::cli {

OrderMode parse_order(const std::string& text) {
  if (text == "auto") return OrderMode::Auto;
  if (text == "keep") return OrderMode::Keep;
  if (text == "free") return OrderMode::Free;
  throw UsageError(fmt::format("unknown order '{}' (use auto, keep or free)", text));
}

ComparedStatements load_and_compare(const std::vector<std::string>& names,
                                    const std::filesystem::path& db_path, CompareOptions options) {
  if (names.size() < 2) throw UsageError("compare needs at least two statements (files or ids)");

  // The database gives term statistics and resolves ids; files need none of it.
  std::optional<Database> database;
  std::error_code ec;
  if (std::filesystem::exists(db_path, ec)) database.emplace(Database::open_for_reading(db_path));

  std::optional<StatementLoader> loader;
  ComparedStatements out;
  std::vector<Statement>& statements = out.statements;
  for (const std::string& name : names) {
    if (std::filesystem::is_regular_file(name, ec)) {
      if (!loader) loader.emplace();
      try {
        statements.push_back(loader->load_file(name));
      } catch (const DataError& e) {
        throw DataError(fmt::format("{}: {}", name, e.what()));
      }
    } else if (database) {
      auto found = database->find(name);
      if (!found)
        throw DataError(fmt::format("no file or statement '{}' (see 'concord list')", name));
      statements.push_back(std::move(*found));
    } else {
      throw DataError(fmt::format("no file '{}', and no database at {} to look it up as an id",
                                  name, db_path.string()));
    }
  }

  out.comparison =
      compare_with_corpus_statistics(statements, database ? &*database : nullptr, options);
  return out;
}

}  // namespace concord::cli
