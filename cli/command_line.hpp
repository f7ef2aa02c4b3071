// Shared pieces of every command: the database path, output formats, help text.
#pragma once

#include <boost/program_options.hpp>
#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace concord::cli {

namespace po = boost::program_options;

/// A whole number given to an option: digits only. Boost reads "-1" into an unsigned type
/// as 18446744073709551615; this type refuses it with the option's name.
struct Count {
  std::size_t value = 0;
  Count() = default;
  Count(std::size_t v) : value(v) {}              // NOLINT: a default_value reads as a plain number
  operator std::size_t() const { return value; }  // NOLINT: used where a number is
};

/// Boost's hook for reading a Count (found by argument-dependent lookup).
void validate(boost::any& out, const std::vector<std::string>& texts, Count* /*unused*/,
              int /*unused*/);

/// How a Count's default shows in --help.
std::ostream& operator<<(std::ostream& out, const Count& count);

/// A command's man-page-like help: synopsis and description come first, then the options
/// Boost generates, then the sections every command shares (environment, exit status).
struct CommandHelp {
  std::string name;
  std::string synopsis;
  std::string description;
  std::string examples;
};

/// Prints `help` and `options` on stdout.
void print_command_help(const CommandHelp& help, const po::options_description& options);

/// Parses `args` (the words after the command name) into `values`; `positional_name` takes
/// the positional arguments. Throws UsageError for unknown or malformed options. When
/// --help is among the options, prints `help` and returns false: the command has nothing
/// more to do.
[[nodiscard]] bool parse_or_show_help(const std::vector<std::string>& args,
                                      const po::options_description& options,
                                      const std::string& positional_name, const CommandHelp& help,
                                      po::variables_map& values);

/// Of `names`, the one a mistyped `word` most likely meant: the nearest within two edits
/// ("comapre" -> "compare", "--fromat" -> "--format", "precedents" -> "precedent"), else
/// the first with `word` as a prefix or that prefix of its own ("comp" -> "compare"); empty
/// when none is that close.
[[nodiscard]] std::string closest_name(std::string_view word,
                                       const std::vector<std::string>& names);

/// The values of a multi-valued option (the positional arguments), or none.
[[nodiscard]] std::vector<std::string> string_values(const po::variables_map& values,
                                                     const char* name);

/// Adds --help, which every command accepts.
void add_help_option(po::options_description& options);

/// Adds --db and --help, which every command that reads or writes a database accepts.
void add_common_options(po::options_description& options);

/// Adds --format text|json|md|html, for commands that print data.
void add_format_option(po::options_description& options);

/// Adds the STATEMENT... arguments: files, or ids of statements in the database.
void add_statement_arguments(po::options_description& options);

/// The database path: --db, else $CONCORD_DB, else $XDG_DATA_HOME/concord/db, else
/// ~/.local/share/concord/db.
[[nodiscard]] std::filesystem::path database_path(const po::variables_map& values);

/// Output formats of commands that print data: Markdown and Html are documents to read or
/// share (document_output.hpp).
enum class OutputFormat { Text, Json, Markdown, Html };

/// Reads --format: text, json, md (or markdown), html (or htm), in any case. Throws
/// UsageError for any other.
[[nodiscard]] OutputFormat output_format(const po::variables_map& values);

/// Reads --format for `command`, whose output is a summary of work done rather than data to
/// read as a document: text or json only. Throws UsageError, naming `command`, for md, html
/// or any other.
[[nodiscard]] OutputFormat text_or_json_format(const po::variables_map& values,
                                               const std::string& command);

/// "1 file", "2 files": `count` and the noun in the number it takes.
[[nodiscard]] std::string counted(std::size_t count, std::string_view singular,
                                  std::string_view plural);

/// The sections shared by every help page.
extern const char* const kHelpFooter;

}  // namespace concord::cli
