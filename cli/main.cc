// concord: compares multilateral statements. Dispatches to a command; catches errors once.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "concord/engine/error.hpp"

namespace {

using Command = std::function<int(const std::vector<std::string>&)>;

struct CommandEntry {
  Command run;
  const char* summary;
};

const std::map<std::string, CommandEntry>& commands() {
  static const std::map<std::string, CommandEntry> table{
      {"compare",
       {concord::cli::run_compare, "align two or more statements and diff their wording"}},
      {"demands",
       {concord::cli::run_demands, "list speech acts: who is asked to do what, how strongly"}},
      {"matrix",
       {concord::cli::run_matrix, "a consensus matrix: which statements make which demand"}},
      {"ingest", {concord::cli::run_ingest, "add files and folders of statements to the database"}},
      {"term-table",
       {concord::cli::run_term_table, "build the background term table (maintainers)"}},
      {"search", {concord::cli::run_search, "search the paragraphs of every statement"}},
      {"list", {concord::cli::run_list, "list the statements in the database"}},
      {"precedent", {concord::cli::run_precedent, "find where a wording was used before"}},
      {"show", {concord::cli::run_show, "print one statement with its paragraphs"}},
      {"serve", {concord::cli::run_serve, "browse, search and compare in a web browser"}},
      {"remove", {concord::cli::run_remove, "remove statements from the database"}},
      {"report",
       {concord::cli::run_report, "write a side-by-side comparison as HTML, Markdown or PDF"}},
  };
  return table;
}

// Printed on stdout for --help, and on stderr when no command is given (a usage error).
void print_help(std::ostream& out) {
  out << R"(NAME
  concord - compare multilateral statements

SYNOPSIS
  concord [--db PATH] COMMAND [OPTIONS] [ARGS]
  concord COMMAND --help
  concord --version

DESCRIPTION
  Concord ingests communiqués, declarations and resolutions (.txt, .md, .html, .pdf,
  .docx, Akoma Ntoso .xml), indexes every paragraph with Xapian, and answers which demands bodies share,
  where their wording diverges and where the same language was used before.

COMMANDS
)";
  std::size_t width = 0;
  for (const auto& [name, entry] : commands()) width = std::max(width, name.size());
  for (const auto& [name, entry] : commands()) {
    out << fmt::format("  {:<{}}  {}\n", name, width, entry.summary);
  }
  out << R"(
OPTIONS
  --db PATH      database to use (also accepted after the command)
  -h, --help     show this help and exit
  --version      print the version and exit

)" << concord::cli::kHelpFooter
      << R"(
EXAMPLES
  concord ingest corpus/
  concord search '"zone of peace" body:nam'
  concord show nam-coordinating-bureau-2025-11-18

Run 'concord COMMAND --help' for the options of a command.
)";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    // Global options may stand before the command; --db is handed on to it.
    std::vector<std::string> forwarded;
    std::string command;
    for (std::size_t i = 0; i < args.size(); ++i) {
      const std::string& arg = args[i];
      if (!command.empty()) {
        forwarded.push_back(arg);
      } else if (arg == "--help" || arg == "-h" || arg == "help") {
        print_help(std::cout);
        return 0;
      } else if (arg == "--version" || arg == "-V") {
        std::cout << "concord " << CONCORD_VERSION << "\n";
        return 0;
      } else if (arg == "--db" && i + 1 < args.size()) {
        forwarded.push_back(arg);
        forwarded.push_back(args[++i]);
      } else if (arg == "--db") {
        throw concord::UsageError("--db needs a PATH (see 'concord --help')");
      } else if (arg.starts_with("--db=")) {
        forwarded.push_back(arg);
      } else if (arg.starts_with("-")) {
        throw concord::UsageError(fmt::format("unknown option '{}' (see 'concord --help')", arg));
      } else {
        command = arg;
      }
    }
    if (command.empty()) {
      print_help(std::cerr);
      return static_cast<int>(concord::ExitCode::UsageError);
    }
    const auto it = commands().find(command);
    if (it == commands().end()) {
      std::vector<std::string> names;
      for (const auto& [name, entry] : commands()) names.push_back(name);
      const std::string meant = concord::cli::closest_name(command, names);
      throw concord::UsageError(
          meant.empty() ? fmt::format("unknown command '{}' (see 'concord --help')", command)
                        : fmt::format("unknown command '{}'; did you mean '{}'? (see 'concord "
                                      "--help')",
                                      command, meant));
    }
    return it->second.run(forwarded);
  } catch (const concord::Error& e) {
    std::cout.flush();
    fmt::print(stderr, "concord: {}\n", e.what());
    return static_cast<int>(e.exit_code());
  } catch (const std::exception& e) {
    std::cout.flush();
    fmt::print(stderr, "concord: internal error: {}\n", e.what());
    return static_cast<int>(concord::ExitCode::EnvironmentError);
  }
}
