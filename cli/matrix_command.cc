// concord matrix: a consensus matrix of demands (rows) across statements (columns).
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/demands.hpp"
#include "concord/engine/report.hpp"
#include "concord/indexer/lexicon_loader.hpp"
#include "document_output.hpp"
#include "statement_inputs.hpp"
#include "terminal.hpp"

namespace concord::cli {
namespace {

constexpr std::size_t kDemandColumn = 48;

const CommandHelp kHelp{
    "matrix - a consensus matrix: which statements make which demand, with which verb",
    "concord matrix [OPTIONS] STATEMENT...",
    R"(  Each STATEMENT is a file (read on the fly; the database is not touched), a folder (its
  statement files, found as 'concord ingest' finds them: README, LICENSE and *.meta.yaml
  sidecars left out) or the id of a statement in the database. Concord finds the speech
  acts of every statement as 'concord demands' does and clusters them across statements:
  one row per demand (the same action asked of the same addressee: addressees sharing half
  their words, actions sharing a third of their stemmed content words, the same family of
  act preferred), one column per statement, each cell the verb the statement uses and its
  rung on the strength scale of its family (docs/demands.md), or a dash. Acts the lexicon
  lacks are left out. Rows come by how many statements make the demand, then by where it
  first appears; which rows there are does not depend on the order the statements are
  given in. A call ending in a colon ("Calls upon the United States:") asks as many things
  as the items after it ("(a) To cease ...", "(b) To refrain ..."): each is a demand of
  its own, whose action_paragraph in the JSON is the item's paragraph ('concord demands'
  counts it as one act).

  Statements in different languages (a NAM communiqué in French, a Group of Friends one in
  Spanish) have their acts matched through Apertium's machine translations of addressees
  and actions into one language, English when it can, and through the alignment of their
  paragraphs (as 'concord compare' finds it): acts of one family in aligned paragraphs of
  two languages share a row. Cells keep each statement's own words. --no-translation
  matches the words as they are.

  JSON output: {"statements": [{"id", "body", "title", "date", "language"}],
  "translated_into" (only when acts were matched through translations),
  "rows": [{"addressee", "action", "family", "statements" (how many make it),
  "cells": [null or {"paragraph", "act", "lemma", "family", "strength", "negated",
  "qualifiers", "addressee", "action", "action_paragraph", "text"}, one per statement]}]}.
  --format md and --format html print the
  statements and the matrix as tables, demands written out whole, in a Markdown document or
  one self-contained HTML page.
)",
    R"(  concord matrix corpus/nam-coordinating-bureau-2025-11-18.md corpus/friends-of-the-charter-2025-11-18.md
  concord matrix --format json nam-coordinating-bureau-2025-11-18 friends-of-the-charter-2025-11-18
  concord matrix --format md corpus/ > matrix.md
)"};

// Code points, as a stand-in for the columns a terminal gives the text.
std::size_t columns(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string pad(const std::string& text, std::size_t width) {
  const std::size_t used = columns(text);
  return used >= width ? text : text + std::string(width - used, ' ');
}

// The first `width` columns of `text`, cut at a word and ended with "…" when shortened.
std::string shorten(const std::string& text, std::size_t width) {
  if (columns(text) <= width) return text;
  std::string out;
  std::size_t used = 0, last_space = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts = (text[i] & 0xC0) != 0x80;
    if (starts && used + 1 >= width) break;
    if (starts) ++used;
    if (text[i] == ' ') last_space = out.size();
    out += text[i];
  }
  if (last_space > width / 2) out.resize(last_space);
  return out + "…";
}

std::string cell_text(const Demand& d) {
  return fmt::format("{}{}({})", d.negated ? "not " : "", d.lemma, d.strength);
}

std::string demand_name(const DemandRow& row) {
  const std::string demand = row.addressee.empty() ? row.action : row.addressee + ": " + row.action;
  return demand.empty() ? row.family : demand;
}

std::string translation_note(const DemandMatrix& matrix) {
  return fmt::format(
      "the statements are in different languages; their demands were matched through machine "
      "translations into {} (Apertium)",
      matrix.translated_into);
}

// The statements, lettered as the columns, then the matrix with the demands written out whole.
Document matrix_document(const std::vector<Statement>& statements, const DemandMatrix& matrix) {
  Document document;
  document.title = "Consensus matrix";
  if (!matrix.translated_into.empty()) document.notes.push_back(translation_note(matrix));
  Table statement_table;
  statement_table.caption = "Statements";
  statement_table.header = {"Column", "Title", "Body", "Date", "Id"};
  for (std::size_t s = 0; s < statements.size(); ++s) {
    const Statement& st = statements[s];
    statement_table.rows.push_back({statement_letter(s), st.title,
                                    st.body.empty() ? "unknown body" : st.body,
                                    st.date.empty() ? "undated" : st.date, st.id});
  }
  Table demands;
  demands.caption = "Demands";
  demands.notes.push_back(
      "One row per demand, one column per statement: the verb the statement uses and its rung "
      "on the strength scale of its family, or — when it does not make the demand.");
  demands.header = {"Demand", "Family"};
  for (std::size_t s = 0; s < statements.size(); ++s) demands.header.push_back(statement_letter(s));
  demands.when_empty = "no speech acts found";
  for (const DemandRow& row : matrix.rows) {
    std::vector<Cell> cells = {demand_name(row), row.family};
    for (const auto& cell : row.cells) cells.emplace_back(cell ? cell_text(*cell) : "—");
    demands.rows.push_back(std::move(cells));
  }
  document.tables.push_back(std::move(statement_table));
  document.tables.push_back(std::move(demands));
  return document;
}

void print_text(const std::vector<Statement>& statements, const DemandMatrix& matrix,
                const Style& style) {
  print_statement_legend(statements, style);
  std::cout << "\n";
  if (matrix.rows.empty()) {
    std::cout << "no speech acts found\n";
    return;
  }
  std::vector<std::size_t> widths(statements.size(), 1);
  for (const DemandRow& row : matrix.rows) {
    for (std::size_t s = 0; s < statements.size(); ++s) {
      widths[s] = std::max(widths[s], row.cells[s] ? columns(cell_text(*row.cells[s])) : 1);
    }
  }
  std::string head = pad("demand", kDemandColumn);
  for (std::size_t s = 0; s < statements.size(); ++s)
    head += "  " + pad(statement_letter(s), widths[s]);
  head.erase(head.find_last_not_of(' ') + 1);
  std::cout << style.bold(head) << "\n";
  for (const DemandRow& row : matrix.rows) {
    std::string line = pad(shorten(demand_name(row), kDemandColumn), kDemandColumn);
    for (std::size_t s = 0; s < statements.size(); ++s) {
      line += "  " + pad(row.cells[s] ? cell_text(*row.cells[s]) : "—", widths[s]);
    }
    // Trailing blanks of the last column say nothing.
    line.erase(line.find_last_not_of(' ') + 1);
    std::cout << line << "\n";
  }
}

nlohmann::json matrix_json(const std::vector<Statement>& statements, const DemandMatrix& matrix) {
  nlohmann::json out;
  out["statements"] = nlohmann::json::array();
  for (const Statement& st : statements) {
    out["statements"].push_back({{"id", st.id},
                                 {"body", st.body},
                                 {"title", st.title},
                                 {"date", st.date},
                                 {"language", st.language}});
  }
  if (!matrix.translated_into.empty()) out["translated_into"] = matrix.translated_into;
  out["rows"] = nlohmann::json::array();
  for (const DemandRow& row : matrix.rows) {
    nlohmann::json cells = nlohmann::json::array();
    for (const auto& cell : row.cells) {
      if (!cell) {
        cells.push_back(nullptr);
        continue;
      }
      cells.push_back({{"paragraph", cell->paragraph},
                       {"act", cell->act},
                       {"lemma", cell->lemma},
                       {"family", cell->family},
                       {"strength", cell->strength},
                       {"negated", cell->negated},
                       {"qualifiers", cell->qualifiers},
                       {"addressee", cell->addressee},
                       {"action", cell->action},
                       {"action_paragraph", cell->action_paragraph},
                       {"text", cell->text}});
    }
    out["rows"].push_back({{"addressee", row.addressee},
                           {"action", row.action},
                           {"family", row.family},
                           {"statements", row.statement_count()},
                           {"cells", cells}});
  }
  return out;
}

}  // namespace

int run_matrix(const std::vector<std::string>& args) {
  po::options_description options("OPTIONS");
  add_common_options(options);
  add_format_option(options);
  add_translation_option(options);
  add_statement_arguments(options);
  po::variables_map values;
  if (!parse_or_show_help(args, options, "statement", kHelp, values)) return 0;
  const OutputFormat format = output_format(values);
  // Two or more statements are aligned first, so that acts of aligned paragraphs share a row
  // however their actions are worded.
  std::vector<Statement> loaded =
      load_statements(string_values(values, "statement"), database_path(values));
  const bool aligned = loaded.size() >= 2;
  ComparedStatements compared;
  if (aligned) {
    CompareOptions compare_options;
    compare_options.diffs = false;
    compared = compare_loaded_statements(std::move(loaded), database_path(values), compare_options,
                                         translation(values));
  } else {
    compared.statements = std::move(loaded);
    compared.demands = extract_all_demands(compared.statements, ListItems::Each);
  }
  const std::vector<Statement>& statements = compared.statements;
  const DemandMatrix matrix =
      aligned ? consensus_matrix(compared)
              : consensus_matrix(statements, compared.demands, nullptr, nullptr);
  if (!matrix.translated_into.empty()) {
    fmt::print(stderr, "concord: note: {}\n", translation_note(matrix));
  }

  switch (format) {
    case OutputFormat::Text:
      print_text(statements, matrix, Style{colours_enabled(stdout)});
      break;
    case OutputFormat::Json:
      std::cout << matrix_json(statements, matrix).dump(2) << "\n";
      break;
    case OutputFormat::Markdown:
    case OutputFormat::Html:
      std::cout << render_document(matrix_document(statements, matrix), format);
      break;
  }
  return 0;
}

}  // namespace concord::cli
