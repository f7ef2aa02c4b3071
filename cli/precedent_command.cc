// concord precedent: where a wording, or a close variant, was used before.
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "comparison_json.hpp"
#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "concord/indexer/precedent.hpp"
#include "document_output.hpp"
#include "precedent_json.hpp"
#include "progress_bar.hpp"
#include "statement_inputs.hpp"
#include "terminal.hpp"

namespace concord::cli {
namespace {

const CommandHelp kHelp{
    "precedent - find where a wording was used before (agreed language)",
    "concord precedent [OPTIONS] TEXT\n"
    "  concord precedent [OPTIONS] --statement STATEMENT",
    R"(  Looks through every paragraph of the database for TEXT or a close variant of it and
  lists the uses, closest first: statement, body, date, paragraph, and the word diff of the
  use against TEXT ({-words of TEXT missing-} {+words the use adds+}; bold and struck
  through on a terminal). Closeness is the share of TEXT's words found, in order, in the
  paragraph. The earliest and the latest dated of the closest uses (within 0.1 of the
  closest) are named at the top, so that a loose variant is not taken for the first use.
  Uses whose shared wording is a formula that very many statements repeat ("Reaffirming
  the purposes and principles of the Charter") are marked "stock phrase" and listed last.
  --format md and --format html print the uses as a table (words missing struck through,
  words added in bold), in a Markdown document or one self-contained HTML page. The JSON
  of both forms is described in docs/precedent.md.

  With --statement, every paragraph of STATEMENT (a file, or the id of a statement in the
  database) of six words or more is looked up in the other statements of the database,
  and each is said to be:
    used before      its earliest use is dated before the statement (agreed language)
    first used here  every other use is dated after it (its wording was taken up later)
    used elsewhere   the dates do not tell which came first (undated, or the same date)
    no other use     no other statement holds it: the statement's own wording
  A paragraph counts as used where one holds most of its words in order (--min-closeness
  is 0.8 by default here), or where it holds most of another paragraph of 12 words or more
  and adds words of its own: then it is said to use it "in part". --limit is the number
  of uses listed for each paragraph (3 by default), the earliest and the latest always
  among them. A summary counts the paragraphs of each
  kind. Text output shows under each paragraph its earliest use and, when that is a
  variant, what it changes; JSON gives every paragraph with its uses; --format md and
  --format html one table with a row per paragraph. On a terminal a progress bar follows
  the paragraphs looked up.
)",
    R"(  concord precedent "calls upon all States to refrain from promulgating and applying laws"
  concord precedent --min-closeness 0.8 --format json "zone of peace"
  concord precedent --statement corpus/nam-coordinating-bureau-2025-11-18.md
  concord precedent --statement a-res-79-7 --format html > agreed-language.html
)"};

std::string render_diff(const std::vector<DiffSegment>& diff, const Style& style) {
  std::string out;
  for (const DiffSegment& segment : diff) {
    const auto lead = segment.text.find_first_not_of(' ');
    const std::string space =
        segment.text.substr(0, lead == std::string::npos ? segment.text.size() : lead);
    const std::string body = lead == std::string::npos ? "" : segment.text.substr(lead);
    switch (segment.op) {
      case DiffOp::Equal:
        out += segment.text;
        break;
      case DiffOp::Delete:
        out += space + (style.enabled ? "\x1b[9m" + body + "\x1b[0m" : "{-" + body + "-}");
        break;
      case DiffOp::Insert:
        out += space + (style.enabled ? style.bold(body) : "{+" + body + "+}");
        break;
    }
  }
  return out;
}

Cell diff_cell(const std::vector<DiffSegment>& diff) {
  std::vector<Span> spans;
  for (const DiffSegment& segment : diff) {
    const Emphasis emphasis = segment.op == DiffOp::Equal    ? Emphasis::None
                              : segment.op == DiffOp::Delete ? Emphasis::Missing
                                                             : Emphasis::Added;
    spans.push_back({segment.text, emphasis});
  }
  return Cell(std::move(spans));
}

std::string where(const PrecedentUse& u) {
  return fmt::format("{} ({}, {}) ¶{}{}", u.statement_id, u.body.empty() ? "unknown body" : u.body,
                     u.date.empty() ? "undated" : u.date, u.paragraph + 1,
                     u.label.empty() ? "" : " " + u.label);
}

// The uses as the text output lists them, one row each, with the word diff against the text.
Document precedent_document(const PrecedentRequest& request, const PrecedentResult& result) {
  Document document;
  document.title = "Precedents of: " + request.text;
  if (result.earliest)
    document.notes.push_back("earliest: " + where(result.uses[*result.earliest]));
  if (result.latest) document.notes.push_back("latest: " + where(result.uses[*result.latest]));
  Table uses;
  if (!result.uses.empty()) {
    uses.notes.push_back(
        "In each wording, struck-through words are words of the text that the use lacks, bold "
        "ones words that it adds.");
  }
  uses.header = {"#",         "Statement", "Body",         "Date",
                 "Paragraph", "Closeness", "Stock phrase", "Wording"};
  uses.when_empty = "no earlier use found";
  for (std::size_t i = 0; i < result.uses.size(); ++i) {
    const PrecedentUse& use = result.uses[i];
    uses.rows.push_back(
        {std::to_string(i + 1), use.statement_id, use.body.empty() ? "unknown body" : use.body,
         use.date.empty() ? "undated" : use.date,
         fmt::format("¶{}{}", use.paragraph + 1, use.label.empty() ? "" : " " + use.label),
         fmt::format("{:.2f}", use.closeness), use.stock_phrase ? "yes" : "no",
         diff_cell(use.diff)});
  }
  document.tables.push_back(std::move(uses));
  return document;
}

// The opening of a paragraph, cut on a word boundary, for one line of output.
std::string opening(const Paragraph& paragraph, std::size_t length = 90) {
  return shorten_at_word(full_text(paragraph), length, " \u2026");
}

std::string statement_line(const Statement& statement) {
  return fmt::format("{} — {} ({}, {})", statement.id, statement.title,
                     statement.body.empty() ? "unknown body" : statement.body,
                     statement.date.empty() ? "undated" : statement.date);
}

std::string summary_line(const std::vector<ParagraphPrecedents>& paragraphs, double closeness) {
  const auto counts = reuse_counts(paragraphs);
  return fmt::format(
      "{} looked up at closeness {:.2f} or more: {} used before, {} first used here, {} used "
      "elsewhere, {} with no other use",
      counted(paragraphs.size(), "paragraph", "paragraphs"), closeness, counts[0], counts[1],
      counts[2], counts[3]);
}

std::string earliest_words(const ParagraphPrecedents& p) {
  if (!p.found.earliest) return "";
  const PrecedentUse& use = p.found.uses[*p.found.earliest];
  return fmt::format("{} · closeness {:.2f}", where(use), use.closeness);
}

void print_statement_precedents(const Statement& statement,
                                const std::vector<ParagraphPrecedents>& paragraphs,
                                double closeness, const Style& style) {
  std::cout << style.bold(statement_line(statement)) << "\n"
            << summary_line(paragraphs, closeness) << "\n";
  for (const ParagraphPrecedents& p : paragraphs) {
    std::cout << "\n"
              << fmt::format("¶{} {}", p.paragraph + 1, opening(statement.paragraphs[p.paragraph]))
              << "\n";
    std::string status = reuse_in_words(p.reuse);
    if (p.in_part) status += ", in part (it holds the other paragraph and adds words of its own)";
    if (p.found.statements_found > 0) {
      status += fmt::format(
          " · in {}", counted(p.found.statements_found, "other statement", "other statements"));
    }
    std::cout << "   " << style.dim(status) << "\n";
    if (!p.found.earliest) continue;
    const PrecedentUse& use = p.found.uses[*p.found.earliest];
    std::cout << "   " << (p.reuse == ParagraphReuse::FirstUsedHere ? "next: " : "earliest: ")
              << earliest_words(p) << "\n";
    // A variant: how its wording differs from the paragraph.
    if (use.closeness < 1.0) std::cout << "   " << render_diff(use.diff, style) << "\n";
  }
}

Document statement_precedents_document(const Statement& statement,
                                       const std::vector<ParagraphPrecedents>& paragraphs,
                                       double closeness) {
  Document document;
  document.title = "Precedents of the paragraphs of " + statement.id;
  document.notes.push_back(statement_line(statement));
  document.notes.push_back(summary_line(paragraphs, closeness));
  Table table;
  table.header = {"Paragraph", "Wording", "Reuse", "Earliest use", "Other statements"};
  table.when_empty = "no paragraph of six words or more";
  for (const ParagraphPrecedents& p : paragraphs) {
    table.rows.push_back({fmt::format("¶{}", p.paragraph + 1),
                          full_text(statement.paragraphs[p.paragraph]),
                          reuse_in_words(p.reuse) + (p.in_part ? " (in part)" : ""),
                          earliest_words(p), std::to_string(p.found.statements_found)});
  }
  document.tables.push_back(std::move(table));
  return document;
}

// concord precedent --statement: every paragraph of one statement looked up.
int run_statement_precedents(const po::variables_map& values, OutputFormat format) {
  if (values.count("text")) throw UsageError("precedent takes TEXT or --statement, not both");
  const std::filesystem::path db_path = database_path(values);
  const std::vector<Statement> loaded =
      load_statements({values["statement"].as<std::string>()}, db_path);
  const Statement& statement = loaded.front();
  StatementPrecedentRequest request;
  request.min_closeness =
      values["min-closeness"].defaulted() ? 0.8 : values["min-closeness"].as<double>();
  request.uses_per_paragraph =
      values["limit"].defaulted() ? std::size_t{3} : std::size_t{values["limit"].as<Count>()};
  const Database database = Database::open_for_reading(db_path);
  std::vector<ParagraphPrecedents> paragraphs;
  {
    ProgressBar progress("paragraphs", true, std::chrono::milliseconds(500));
    request.on_progress = [&progress](std::size_t done, std::size_t total) {
      progress.update(done, total, "");
    };
    paragraphs = find_statement_precedents(database, statement, request);
  }
  if (format == OutputFormat::Json) {
    std::cout << statement_precedents_json(statement, paragraphs, request.min_closeness).dump(2)
              << "\n";
  } else if (format == OutputFormat::Markdown || format == OutputFormat::Html) {
    std::cout << render_document(
        statement_precedents_document(statement, paragraphs, request.min_closeness), format);
  } else {
    print_statement_precedents(statement, paragraphs, request.min_closeness,
                               Style{colours_enabled(stdout)});
  }
  return 0;
}

}  // namespace

int run_precedent(const std::vector<std::string>& args) {
  po::options_description options("OPTIONS");
  add_common_options(options);
  // clang-format off
  options.add_options()
      ("lang", po::value<std::string>()->value_name("CODE"), "language of TEXT (default: the database's main one)")
      ("limit,n", po::value<Count>()->value_name("N")->default_value(20), "list at most N uses")
      ("min-closeness", po::value<double>()->value_name("X")->default_value(0.5), "keep uses at least this close (0-1)")
      ("format", po::value<std::string>()->value_name("FORMAT")->default_value("text"), "text, json, md or html")
      ("statement", po::value<std::string>()->value_name("STATEMENT"), "look up every paragraph of this statement (a file or an id)")
      ("text", po::value<std::vector<std::string>>()->value_name("TEXT"), "the wording");
  // clang-format on
  po::variables_map values;
  if (!parse_or_show_help(args, options, "text", kHelp, values)) return 0;
  const OutputFormat format = output_format(values);
  if (values["limit"].as<Count>() == 0) throw UsageError("--limit must be at least 1");
  // Written so that "nan", which compares false both ways, is refused too.
  if (const double closeness = values["min-closeness"].as<double>();
      !(closeness >= 0 && closeness <= 1))
    throw UsageError("--min-closeness must be between 0 and 1");
  if (values.count("statement")) return run_statement_precedents(values, format);
  PrecedentRequest request;
  if (values.count("text")) {
    for (const auto& word : values["text"].as<std::vector<std::string>>()) {
      request.text += (request.text.empty() ? "" : " ") + word;
    }
  }
  if (values.count("lang")) request.language = values["lang"].as<std::string>();
  request.limit = values["limit"].as<Count>();
  request.min_closeness = values["min-closeness"].as<double>();

  const Database database = Database::open_for_reading(database_path(values));
  const PrecedentResult result = find_precedents(database, request);

  if (format == OutputFormat::Json) {
    const nlohmann::json out = precedent_json(request, result);
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  if (format == OutputFormat::Markdown || format == OutputFormat::Html) {
    std::cout << render_document(precedent_document(request, result), format);
    return 0;
  }
  const Style style{colours_enabled(stdout)};
  if (result.uses.empty()) {
    std::cout << "no earlier use found\n";
    return 0;
  }
  if (result.earliest) std::cout << "earliest: " << where(result.uses[*result.earliest]) << "\n";
  if (result.latest) std::cout << "latest:   " << where(result.uses[*result.latest]) << "\n";
  std::cout << "\n";
  for (std::size_t i = 0; i < result.uses.size(); ++i) {
    const PrecedentUse& use = result.uses[i];
    std::cout << fmt::format("{}. {} {}{}\n", i + 1, style.bold(where(use)),
                             style.dim(fmt::format("closeness {:.2f}", use.closeness)),
                             use.stock_phrase ? style.dim(" · stock phrase") : "");
    std::cout << "   " << render_diff(use.diff, style) << "\n\n";
  }
  return 0;
}

}  // namespace concord::cli
