// concord demands: the speech acts of statements — act, strength, addressee, action.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "comparison_json.hpp"
#include "concord/engine/demands.hpp"
#include "concord/engine/error.hpp"
#include "concord/indexer/database.hpp"
#include "concord/indexer/lexicon_loader.hpp"
#include "concord/indexer/statement_loader.hpp"
#include "document_output.hpp"
#include "statement_inputs.hpp"
#include "terminal.hpp"

namespace concord::cli {
namespace {

const CommandHelp kHelp{
    "demands - list the speech acts of statements: who is asked to do what, how strongly",
    "concord demands [OPTIONS] STATEMENT...",
    R"(  Each STATEMENT is a file (read on the fly; the database is not touched), a folder (its
  statement files, found as 'concord ingest' finds them: README, LICENSE and *.meta.yaml
  sidecars left out) or the id of a statement in the database. Concord splits every
  paragraph into clauses and lists the operative ones: the speech act (condemns, calls
  upon, urges, welcomes, reaffirms, ...)
  with its place on the strength scale of its family, who is addressed (a named State,
  "all States", the Secretary-General, "the parties"), the action asked for, whether it is
  negated, and the qualifiers that change the commitment ("as appropriate", "all",
  "in accordance with international law").

  It reads numbered operative paragraphs ("3. Calls upon ..."), preambular participles
  ("Expressing deep concern ..."), reported speech ("The Movement called on ..."), "We"
  communiqués, stance nouns in quoted fragments ("profunda preocupación") and modals no
  speaker verb governs ("... must be withdrawn"), in English, Spanish and French. The
  lexicons are data/lexicons/<lang>.yaml; the strength scales and the JSON output are
  documented in docs/demands.md. --format md and --format html print one table of acts
  per statement, in a Markdown document or one self-contained HTML page.
)",
    R"(  concord demands corpus/nam-coordinating-bureau-2025-11-18.md
  concord demands --format json A_RES_79_7.txt > demands.json
  concord demands nam-coordinating-bureau-2025-11-18 friends-of-the-charter-2025-11-18
)"};

nlohmann::json demands_json(const std::vector<Statement>& statements,
                            const std::vector<std::vector<Demand>>& demands) {
  nlohmann::json out;
  out["statements"] = nlohmann::json::array();
  for (std::size_t s = 0; s < statements.size(); ++s) {
    const Statement& st = statements[s];
    nlohmann::json paragraphs = nlohmann::json::array();
    for (const Paragraph& p : st.paragraphs) {
      paragraphs.push_back(
          {{"label", p.label}, {"kind", to_string(p.kind)}, {"text", full_text(p)}});
    }
    nlohmann::json list = nlohmann::json::array();
    for (const Demand& d : demands[s]) {
      list.push_back({{"paragraph", d.paragraph},
                      {"act", d.act},
                      {"lemma", d.lemma},
                      {"family", d.family},
                      {"strength", d.strength},
                      {"addressee", d.addressee},
                      {"action", d.action},
                      {"action_paragraph", d.action_paragraph},
                      {"action_verb", d.action_verb},
                      {"negated", d.negated},
                      {"qualifiers", d.qualifiers},
                      {"text", d.text}});
    }
    out["statements"].push_back({{"id", st.id},
                                 {"body", st.body},
                                 {"title", st.title},
                                 {"date", st.date},
                                 {"language", st.language},
                                 {"source", st.source_path},
                                 {"paragraphs", paragraphs},
                                 {"demands", list}});
  }
  return out;
}

std::string statement_line(const Statement& st, const std::string& title) {
  return fmt::format("{} — {} ({}{})", title, st.body.empty() ? "unknown body" : st.body,
                     st.date.empty() ? "undated" : st.date, st.id.empty() ? "" : ", " + st.id);
}

std::string where(const Statement& st, const Demand& d) {
  const Paragraph& p = st.paragraphs[d.paragraph];
  return p.label.empty() ? fmt::format("¶{}", d.paragraph + 1)
                         : fmt::format("¶{} {}", d.paragraph + 1, p.label);
}

std::string act_name(const Demand& d) { return d.negated ? "NOT " + d.act : d.act; }

std::string scale(const Demand& d) {
  return d.strength > 0 ? fmt::format("{} {}", d.family, d.strength) : d.family;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

// The acts as the text output lists them: one table per statement, one row per act.
Document demands_document(const std::vector<Statement>& statements,
                          const std::vector<std::vector<Demand>>& demands) {
  Document document;
  const Statement& first = statements.front();
  document.title =
      "Speech acts of " + (statements.size() > 1 ? std::to_string(statements.size()) + " statements"
                           : first.title.empty() ? first.id
                                                 : first.title);
  for (std::size_t s = 0; s < statements.size(); ++s) {
    const Statement& st = statements[s];
    Table table;
    table.caption = statement_line(st, st.title);
    table.header = {"Paragraph", "Act", "Scale", "Addressee", "Action", "Qualifiers"};
    table.when_empty = "no speech acts found";
    for (const Demand& d : demands[s]) {
      table.rows.push_back(
          {where(st, d), act_name(d), scale(d), d.addressee, d.action, joined(d.qualifiers)});
    }
    document.tables.push_back(std::move(table));
  }
  return document;
}

void print_text(const std::vector<Statement>& statements,
                const std::vector<std::vector<Demand>>& demands, const Style& style) {
  for (std::size_t s = 0; s < statements.size(); ++s) {
    const Statement& st = statements[s];
    if (s > 0) std::cout << "\n";
    std::cout << statement_line(st, style.bold(st.title)) << "\n";
    if (demands[s].empty()) {
      std::cout << "  no speech acts found\n";
      continue;
    }
    for (const Demand& d : demands[s]) {
      std::cout << fmt::format("  {:<10} {} ({})", where(st, d), style.cyan(act_name(d)), scale(d));
      if (!d.addressee.empty()) std::cout << " → " << style.bold(d.addressee);
      std::cout << "\n";
      if (!d.action.empty()) std::cout << "             " << d.action << "\n";
      if (!d.qualifiers.empty()) {
        std::cout << "             " << style.dim("qualifiers: " + joined(d.qualifiers)) << "\n";
      }
    }
  }
}

}  // namespace

int run_demands(const std::vector<std::string>& args) {
  po::options_description options("OPTIONS");
  add_common_options(options);
  add_format_option(options);
  add_statement_arguments(options);
  po::variables_map values;
  if (!parse_or_show_help(args, options, "statement", kHelp, values)) return 0;
  const OutputFormat format = output_format(values);
  const auto [statements, demands] = load_statements_with_demands(values, ListItems::First);

  switch (format) {
    case OutputFormat::Text:
      print_text(statements, demands, Style{colours_enabled(stdout)});
      break;
    case OutputFormat::Json:
      std::cout << demands_json(statements, demands).dump(2) << "\n";
      break;
    case OutputFormat::Markdown:
    case OutputFormat::Html:
      std::cout << render_document(demands_document(statements, demands), format);
      break;
  }
  return 0;
}

}  // namespace concord::cli
