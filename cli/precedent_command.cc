// concord precedent: where a wording, or a close variant, was used before.
#include <fmt/format.h>

#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "concord/engine/error.hpp"
#include "concord/indexer/precedent.hpp"
#include "document_output.hpp"
#include "terminal.hpp"

namespace concord::cli {
namespace {

const CommandHelp kHelp{
    "precedent - find where a wording was used before (agreed language)",
    "concord precedent [OPTIONS] TEXT",
    R"(  Looks through every paragraph of the database for TEXT or a close variant of it and
  lists the uses, closest first: statement, body, date, paragraph, and the word diff of the
  use against TEXT ({-words of TEXT missing-} {+words the use adds+}; bold and struck
  through on a terminal). Closeness is the share of TEXT's words found, in order, in the
  paragraph. The earliest and the latest dated of the closest uses (within 0.1 of the
  closest) are named at the top, so that a loose variant is not taken for the first use.
  Uses whose shared wording is a formula that very many statements repeat ("Reaffirming
  the purposes and principles of the Charter") are marked "stock phrase" and listed last.
  --format md
  and --format html print the uses as a table (words missing struck through, words added
  in bold), in a Markdown document or one self-contained HTML page.
)",
    R"(  concord precedent "calls upon all States to refrain from promulgating and applying laws"
  concord precedent --min-closeness 0.8 --format json "zone of peace"
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

nlohmann::json use_json(const PrecedentUse& use) {
  nlohmann::json diff = nlohmann::json::array();
  for (const DiffSegment& segment : use.diff) {
    const char* op = segment.op == DiffOp::Equal    ? "equal"
                     : segment.op == DiffOp::Delete ? "missing"
                                                    : "added";
    diff.push_back({{"op", op}, {"text", segment.text}, {"inflection", segment.inflection_only}});
  }
  return {{"statement", use.statement_id},
          {"title", use.title},
          {"body", use.body},
          {"date", use.date},
          {"paragraph", use.paragraph},
          {"label", use.label},
          {"text", use.text},
          {"closeness", std::round(use.closeness * 1000) / 1000},
          {"stock_phrase", use.stock_phrase},
          {"diff", diff}};
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
      ("text", po::value<std::vector<std::string>>()->value_name("TEXT"), "the wording");
  // clang-format on
  po::variables_map values;
  if (!parse_or_show_help(args, options, "text", kHelp, values)) return 0;
  const OutputFormat format = output_format(values);
  PrecedentRequest request;
  if (values.count("text")) {
    for (const auto& word : values["text"].as<std::vector<std::string>>()) {
      request.text += (request.text.empty() ? "" : " ") + word;
    }
  }
  if (values.count("lang")) request.language = values["lang"].as<std::string>();
  request.limit = values["limit"].as<Count>();
  if (request.limit == 0) throw UsageError("--limit must be at least 1");
  request.min_closeness = values["min-closeness"].as<double>();
  if (request.min_closeness < 0 || request.min_closeness > 1)
    throw UsageError("--min-closeness must be between 0 and 1");

  const Database database = Database::open_for_reading(database_path(values));
  const PrecedentResult result = find_precedents(database, request);

  if (format == OutputFormat::Json) {
    nlohmann::json uses = nlohmann::json::array();
    for (const auto& use : result.uses) uses.push_back(use_json(use));
    nlohmann::json out{{"text", request.text}, {"uses", uses}};
    out["earliest"] = result.earliest ? nlohmann::json(*result.earliest) : nlohmann::json();
    out["latest"] = result.latest ? nlohmann::json(*result.latest) : nlohmann::json();
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
