// Shared pieces of every command: the database path, output formats, help text.
#include "command_line.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>

#include "concord/engine/error.hpp"

namespace concord::cli {

const char* const kHelpFooter = R"(ENVIRONMENT
  CONCORD_DB     database path when --db is not given
  XDG_DATA_HOME  the default database is $XDG_DATA_HOME/concord/db
                 (~/.local/share/concord/db when unset)
  NO_COLOR       when set, output is never coloured
  CONCORD_DATA_DIR
                 folder of Concord's data (lexicons, term tables, related words, word
                 vectors) to use instead of the one installed with it: share/concord
                 beside the program's folder, else data/ of the source tree

EXIT STATUS
  0    success
  1    some input could not be used (a bad file, an unknown statement)
  2    usage error: bad arguments or a malformed query
  3    environment error: the database cannot be opened or written
  130  interrupted (Ctrl-C) while a helper program (Apertium, Chromium) ran
)";

namespace {

// Boost wraps option descriptions leaving a space at the end of each broken line.
std::string without_trailing_spaces(const po::options_description& options) {
  std::ostringstream text;
  text << options;
  static const std::regex trailing(" +\n");
  return std::regex_replace(text.str(), trailing, "\n");
}

}  // namespace

void print_command_help(const CommandHelp& help, const po::options_description& options) {
  std::cout << "NAME\n  concord " << help.name << "\n\nSYNOPSIS\n  " << help.synopsis
            << "\n\nDESCRIPTION\n"
            << help.description << "\n"
            << without_trailing_spaces(options) << "\n";
  if (!help.examples.empty()) std::cout << "EXAMPLES\n" << help.examples << "\n";
  std::cout << kHelpFooter;
}

void add_help_option(po::options_description& options) {
  options.add_options()("help,h", "show this help and exit");
}

void add_common_options(po::options_description& options) {
  options.add_options()("db", po::value<std::string>()->value_name("PATH"),
                        "database path (default: $CONCORD_DB, else "
                        "$XDG_DATA_HOME/concord/db)");
  add_help_option(options);
}

void add_format_option(po::options_description& options) {
  options.add_options()("format",
                        po::value<std::string>()->value_name("FORMAT")->default_value("text"),
                        "text, json, md or html");
}

void add_statement_arguments(po::options_description& options) {
  options.add_options()("statement", po::value<std::vector<std::string>>()->value_name("STATEMENT"),
                        "files or ids");
}

void validate(boost::any& out, const std::vector<std::string>& texts, Count* /*unused*/,
              int /*unused*/) {
  po::validators::check_first_occurrence(out);
  const std::string& text = po::validators::get_single_string(texts);
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size())
    throw po::invalid_option_value(text);
  out = Count{value};
}

std::ostream& operator<<(std::ostream& out, const Count& count) { return out << count.value; }

namespace {

void parse_command_line(const std::vector<std::string>& args,
                        const po::options_description& options, const std::string& positional_name,
                        po::variables_map& values) {
  po::positional_options_description positional;
  if (!positional_name.empty()) positional.add(positional_name.c_str(), -1);
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), values);
    po::notify(values);
  } catch (const po::unknown_option& e) {
    // "--fromat json": name the option most likely meant.
    const std::string typed = e.get_option_name();
    std::vector<std::string> names;
    for (const auto& option : options.options()) {
      if (!option->long_name().empty() && option->long_name() != positional_name)
        names.push_back("--" + option->long_name());
    }
    const std::string meant = typed.starts_with("--") ? closest_name(typed, names) : "";
    throw UsageError(meant.empty() ? std::string(e.what())
                                   : fmt::format("{}; did you mean '{}'?", e.what(), meant));
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
}

std::string given_format(const po::variables_map& values) {
  return values.count("format") ? values["format"].as<std::string>() : "text";
}

// The format `name` stands for, in any case, with the aliases `concord report` accepts.
std::optional<OutputFormat> format_named(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (name == "text") return OutputFormat::Text;
  if (name == "json") return OutputFormat::Json;
  if (name == "md" || name == "markdown") return OutputFormat::Markdown;
  if (name == "html" || name == "htm") return OutputFormat::Html;
  return std::nullopt;
}

}  // namespace

bool parse_or_show_help(const std::vector<std::string>& args,
                        const po::options_description& options, const std::string& positional_name,
                        const CommandHelp& help, po::variables_map& values) {
  parse_command_line(args, options, positional_name, values);
  if (!values.count("help")) return true;
  // The positional arguments are named in the synopsis, not listed as an option; an option
  // without a description is accepted but not listed.
  po::options_description listed("OPTIONS");
  for (const auto& option : options.options()) {
    if (option->long_name() != positional_name && !option->description().empty())
      listed.add(option);
  }
  print_command_help(help, listed);
  return false;
}

namespace {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours ("comapre") each cost one edit.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::string closest_name(std::string_view word, const std::vector<std::string>& names) {
  std::string best;
  std::size_t best_distance = 3;
  for (const std::string& name : names) {
    const std::size_t distance = edit_distance(word, name);
    if (distance < best_distance) {
      best = name;
      best_distance = distance;
    }
  }
  if (!best.empty() || word.size() < 3) return best;
  for (const std::string& name : names) {
    if (name.starts_with(word) || word.starts_with(name)) return name;
  }
  return best;
}

std::vector<std::string> string_values(const po::variables_map& values, const char* name) {
  return values.count(name) ? values[name].as<std::vector<std::string>>()
                            : std::vector<std::string>{};
}

std::filesystem::path database_path(const po::variables_map& values) {
  if (values.count("db")) {
    const std::string& path = values["db"].as<std::string>();
    if (path.empty()) throw UsageError("--db needs a PATH, not an empty string");
    return path;
  }
  if (const char* env = std::getenv("CONCORD_DB"); env != nullptr && *env != '\0') return env;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::filesystem::path(xdg) / "concord" / "db";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::filesystem::path(home) / ".local" / "share" / "concord" / "db";
  }
  throw UsageError("no database path: give --db or set CONCORD_DB");
}

OutputFormat output_format(const po::variables_map& values) {
  const std::string name = given_format(values);
  if (auto format = format_named(name)) return *format;
  throw UsageError(fmt::format("unknown format '{}' (use text, json, md or html)", name));
}

OutputFormat text_or_json_format(const po::variables_map& values, const std::string& command) {
  const std::string name = given_format(values);
  const auto format = format_named(name);
  if (format == OutputFormat::Text || format == OutputFormat::Json) return *format;
  throw UsageError(fmt::format("unknown format '{}' ({} writes text or json)", name, command));
}

std::string counted(std::size_t count, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", count, count == 1 ? singular : plural);
}

}  // namespace concord::cli
