// Statements named on a command line (files or database ids), loaded and compared.
#pragma once

#include <boost/program_options.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/demands.hpp"
#include "concord/engine/statement.hpp"
#include "concord/indexer/machine_translation.hpp"
#include "concord/indexer/term_statistics_sources.hpp"
#include "terminal.hpp"

namespace concord::cli {

/// Parses an --order value: auto, keep or free. Throws UsageError for anything else.
[[nodiscard]] OrderMode parse_order(const std::string& text);

/// Loads each of `names`: a file, read on the fly (the database is not touched), a folder
/// (its statement files, in sorted order, found as `concord ingest` finds them), or else the
/// id of a statement in the database at `db_path`. Throws UsageError for no names,
/// DataError for a file that cannot be read, a folder without statement files or an
/// unknown id.
[[nodiscard]] std::vector<Statement> load_statements(const std::vector<std::string>& names,
                                                     const std::filesystem::path& db_path);

/// The speech acts of each statement, found with the lexicons shipped in data/lexicons;
/// `items` as in extract_demands. Throws EnvironmentError or DataError when the lexicons
/// cannot be read.
[[nodiscard]] std::vector<std::vector<Demand>> extract_all_demands(
    const std::vector<Statement>& statements, ListItems items);

/// Statements in the order they were named, and the speech acts of each.
struct StatementsWithDemands {
  std::vector<Statement> statements;
  std::vector<std::vector<Demand>> demands;
};

/// Loads the statements a command's STATEMENT arguments name (see load_statements, with the
/// database of --db) and extracts their speech acts (`items` as in extract_demands).
[[nodiscard]] StatementsWithDemands load_statements_with_demands(
    const boost::program_options::variables_map& values, ListItems items);

/// Statements in the order they were named, and their comparison.
struct ComparedStatements {
  std::vector<Statement> statements;
  Comparison comparison;
  /// The speech acts of each statement, as extract_demands finds them.
  std::vector<std::vector<Demand>> demands;
  /// Apertium's language pairs, listed when the statements are in different languages and
  /// translation is wanted (translator_for); the consensus matrix translates with them too.
  std::optional<MachineTranslator> translator;
};

/// A statement too short for its language to be recognised is most likely in the language of
/// the others: read as that, its words are stemmed and compared like theirs instead of being
/// taken for another language's. Returns the ids of the statements so read (none when the
/// others do not share one language).
std::vector<std::string> read_unknown_languages_as_the_others(std::vector<Statement>& statements);

/// Compares `statements` (two or more). Term rarity comes from the database at `db_path`
/// when it exists and has paragraphs, else from the background table of the statements'
/// language; related terms from the background table; statements in different languages
/// are read through translations unless `translation` is Never
/// (compare_with_corpus_statistics). Groups carry their changes of speech act
/// (concord::add_language_changes), with the lexicons shipped with Concord. Throws DataError for a
/// malformed lexicon.
[[nodiscard]] ComparedStatements compare_loaded_statements(
    std::vector<Statement> statements, const std::filesystem::path& db_path, CompareOptions options,
    Translation translation = Translation::WhenLanguagesDiffer);

/// Loads the statements `names` stand for (load_statements) and compares them
/// (compare_loaded_statements). Throws UsageError, naming `command`, for fewer than two
/// statements, DataError for a file that cannot be read or an unknown id.
[[nodiscard]] ComparedStatements load_and_compare(
    const std::vector<std::string>& names, const std::filesystem::path& db_path,
    CompareOptions options, Translation translation = Translation::WhenLanguagesDiffer,
    std::string_view command = "compare");

/// The consensus matrix of `statements` and their acts (build_demand_matrix). Statements in
/// different languages have their acts matched through translations by `translator` (none
/// when null); the matrix's `translated_into` then names the language. With `alignment`
/// (their comparison), acts of one family in aligned paragraphs share a row.
[[nodiscard]] DemandMatrix consensus_matrix(const std::vector<Statement>& statements,
                                            const std::vector<std::vector<Demand>>& demands,
                                            const MachineTranslator* translator,
                                            const Comparison* alignment);

/// The consensus matrix of compared statements, aligned and translated as they were compared.
[[nodiscard]] DemandMatrix consensus_matrix(const ComparedStatements& compared);

/// Adds --no-translation, shared by the commands that compare.
void add_translation_option(boost::program_options::options_description& options);

/// Never when --no-translation was given.
[[nodiscard]] Translation translation(const boost::program_options::variables_map& values);

/// A one-line note on stderr when the statements are in different languages: through which
/// language they were aligned, or that they were compared on their own words, so that a
/// user does not read a missing link as disagreement.
void print_language_note(const std::vector<Statement>& statements, const Comparison& comparison,
                         Translation translation);

/// Prints a line per statement on stdout, as the text output of compare and matrix open:
/// its letter, title (bold when `style` allows), body, date and id.
void print_statement_legend(const std::vector<Statement>& statements, const Style& style);

}  // namespace concord::cli
