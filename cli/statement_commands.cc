// concord list, show and remove: the statements in the database.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "concord/engine/error.hpp"
#include "concord/indexer/database.hpp"
#include "concord/indexer/vote_json.hpp"
#include "document_output.hpp"
#include "statement_inputs.hpp"
#include "terminal.hpp"
#include "vote_output.hpp"

namespace concord::cli {
namespace {

nlohmann::json summary_json(const StatementSummary& s) {
  return {{"id", s.id},
          {"body", s.body},
          {"title", s.title},
          {"date", s.date},
          {"language", s.language},
          {"symbol", s.symbol},
          {"source_path", s.source_path},
          {"paragraphs", s.paragraph_count},
          {"vote", vote_to_json(s.vote)}};
}

std::string counts_line(std::size_t statements, std::size_t paragraphs) {
  return counted(statements, "statement", "statements") + ", " +
         counted(paragraphs, "paragraph", "paragraphs");
}

// The statements as the text output lists them, one row each.
Document list_document(const std::vector<StatementSummary>& statements,
                       std::size_t paragraph_count) {
  Document document;
  document.title = "Statements in the database";
  document.notes.push_back(counts_line(statements.size(), paragraph_count));
  Table table;
  table.header = {"Id", "Date", "Language", "Paragraphs", "Body", "Title"};
  for (const auto& s : statements) {
    table.rows.push_back({s.id, s.date.empty() ? "undated" : s.date,
                          s.language.empty() ? "??" : s.language, std::to_string(s.paragraph_count),
                          s.body.empty() ? "unknown body" : s.body, s.title});
  }
  document.tables.push_back(std::move(table));
  return document;
}

std::string metadata_line(const Statement& statement) {
  return fmt::format("id {} · {} · {} · {}{}", statement.id,
                     statement.body.empty() ? "unknown body" : statement.body,
                     statement.date.empty() ? "undated" : statement.date,
                     statement.language.empty() ? "unknown language" : statement.language,
                     statement.symbol.empty() ? "" : " · " + statement.symbol);
}

// The statement as the text output shows it: metadata, then one row per paragraph.
Document show_document(const Statement& statement) {
  Document document;
  document.title = statement.title.empty() ? statement.id : statement.title;
  document.notes.push_back(metadata_line(statement));
  if (statement.vote) {
    for (const std::string& line : vote_lines(*statement.vote)) document.notes.push_back(line);
  }
  document.notes.push_back("source: " + statement.source_path);
  Table table;
  table.header = {"#", "Label", "Kind", "Text"};
  for (const auto& p : statement.paragraphs) {
    table.rows.push_back(
        {std::to_string(p.ordinal + 1), p.label, std::string(to_string(p.kind)), p.text});
  }
  document.tables.push_back(std::move(table));
  return document;
}

}  // namespace

int run_list(const std::vector<std::string>& args) {
  const CommandHelp help{
      "list - list the statements in the database", "concord list [OPTIONS]",
      "  Prints every statement, oldest first: id, date, language, paragraph count,\n"
      "  body and title; with --format md or html, as a table in a Markdown document or one\n"
      "  self-contained HTML page.\n",
      "  concord list\n  concord list --format json\n  concord list --format html > "
      "statements.html\n"};
  po::options_description options("OPTIONS");
  add_common_options(options);
  options.add_options()("format",
                        po::value<std::string>()->value_name("FORMAT")->default_value("text"),
                        "text, json, md or html");
  po::variables_map values;
  if (!parse_or_show_help(args, options, "", help, values)) return 0;
  const OutputFormat format = output_format(values);
  const Database database = Database::open_for_reading(database_path(values));
  const auto statements = database.list();
  if (format == OutputFormat::Json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : statements) out.push_back(summary_json(s));
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  if (format == OutputFormat::Markdown || format == OutputFormat::Html) {
    std::cout << render_document(list_document(statements, database.paragraph_count()), format);
    return 0;
  }
  const Style style{colours_enabled(stdout)};
  // Ids are padded to a column as wide as the longest, up to 40 characters.
  std::size_t id_width = 0;
  for (const auto& s : statements)
    id_width = std::max(id_width, std::min<std::size_t>(s.id.size(), 40));
  for (const auto& s : statements) {
    const std::string padding(id_width - std::min(id_width, s.id.size()), ' ');
    std::cout << fmt::format("{}{}  {:<10} {:<2} {:>4} ¶  {} — {}\n", style.cyan(s.id), padding,
                             s.date.empty() ? "undated" : s.date,
                             s.language.empty() ? "??" : s.language, s.paragraph_count,
                             s.body.empty() ? "unknown body" : s.body, s.title);
  }
  std::cout << counts_line(statements.size(), database.paragraph_count()) << "\n";
  return 0;
}

int run_show(const std::vector<std::string>& args) {
  const CommandHelp help{
      "show - print one statement with its paragraphs", "concord show [OPTIONS] ID|FILE",
      "  Prints the statement's metadata (with the vote that adopted it, when the document\n"
      "  records one: the UN's Akoma Ntoso XML), then each paragraph with its number, its own\n"
      "  label and its kind (heading, preambular, operative, other). A FILE is read as\n"
      "  'concord ingest' would read it, without touching the database: a way to see how\n"
      "  Concord splits a document into paragraphs, and what metadata it finds, before\n"
      "  ingesting or comparing it. --format md and --format html print the paragraphs as a\n"
      "  table, in a Markdown document or one self-contained HTML page.\n",
      "  concord show nam-coordinating-bureau-2025-11-18\n"
      "  concord show --format json communique.pdf\n"};
  po::options_description options("OPTIONS");
  add_common_options(options);
  options.add_options()("format",
                        po::value<std::string>()->value_name("FORMAT")->default_value("text"),
                        "text, json, md or html")(
      "id", po::value<std::vector<std::string>>()->value_name("ID"), "statement id or file");
  po::variables_map values;
  if (!parse_or_show_help(args, options, "id", help, values)) return 0;
  const auto ids =
      values.count("id") ? values["id"].as<std::vector<std::string>>() : std::vector<std::string>{};
  if (ids.size() != 1) throw UsageError("show needs exactly one statement id or file");
  const OutputFormat format = output_format(values);
  std::vector<Statement> loaded = load_statements(ids, database_path(values));
  if (loaded.size() != 1)
    throw UsageError(
        fmt::format("show needs exactly one statement: {} holds {}", ids.front(), loaded.size()));
  const Statement statement = std::move(loaded.front());

  if (format == OutputFormat::Json) {
    nlohmann::json paragraphs = nlohmann::json::array();
    for (const auto& p : statement.paragraphs) {
      paragraphs.push_back({{"label", p.label}, {"kind", to_string(p.kind)}, {"text", p.text}});
    }
    std::cout << nlohmann::json{{"id", statement.id},
                                {"body", statement.body},
                                {"title", statement.title},
                                {"date", statement.date},
                                {"language", statement.language},
                                {"symbol", statement.symbol},
                                {"source_path", statement.source_path},
                                {"content_hash", statement.content_hash},
                                {"vote", vote_to_json(statement.vote)},
                                {"paragraphs", paragraphs}}
                     .dump(2)
              << "\n";
    return 0;
  }
  if (format == OutputFormat::Markdown || format == OutputFormat::Html) {
    std::cout << render_document(show_document(statement), format);
    return 0;
  }
  const Style style{colours_enabled(stdout)};
  std::cout << style.bold(statement.title) << "\n";
  std::cout << metadata_line(statement) << "\n";
  if (statement.vote) {
    for (const std::string& line : vote_lines(*statement.vote)) std::cout << line << "\n";
  }
  std::cout << style.dim(statement.source_path) << "\n\n";
  for (const auto& p : statement.paragraphs) {
    std::cout << fmt::format("{:>4} {:<6} {}\n", p.ordinal + 1, p.label,
                             style.dim(std::string(to_string(p.kind))));
    std::cout << "     " << p.text << "\n\n";
  }
  return 0;
}

int run_remove(const std::vector<std::string>& args) {
  const CommandHelp help{
      "remove - remove statements from the database", "concord remove [OPTIONS] ID...",
      "  Removes each statement and all its paragraphs, in one commit. An unknown id is\n"
      "  reported and the others are still removed (exit status 1).\n",
      "  concord remove nam-coordinating-bureau-2025-11-18\n"};
  po::options_description options("OPTIONS");
  add_common_options(options);
  options.add_options()("id", po::value<std::vector<std::string>>()->value_name("ID"),
                        "statement ids");
  po::variables_map values;
  if (!parse_or_show_help(args, options, "id", help, values)) return 0;
  if (!values.count("id")) throw UsageError("remove needs at least one statement id");
  const auto path = database_path(values);
  if (!std::filesystem::exists(path)) throw EnvironmentError("no database at " + path.string());
  Database database = Database::open_for_writing(path);
  int status = 0;
  for (const auto& id : values["id"].as<std::vector<std::string>>()) {
    if (database.remove(id)) {
      std::cout << "removed " << id << "\n";
    } else {
      fmt::print(stderr, "concord: no statement '{}'\n", id);
      status = static_cast<int>(ExitCode::DataError);
    }
  }
  database.commit();
  return status;
}

}  // namespace concord::cli
