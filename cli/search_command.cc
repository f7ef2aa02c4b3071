// concord search: paragraphs matching a query, with snippets and facets.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "concord/engine/error.hpp"
#include "concord/indexer/search.hpp"
#include "search_json.hpp"
#include "terminal.hpp"

namespace concord::cli {
namespace {

const CommandHelp kHelp{
    "search - search the paragraphs of every statement", "concord search [OPTIONS] QUERY",
    R"(  Finds the paragraphs matching QUERY, best first, each with its statement, body, date,
  paragraph label and a snippet with the matched words highlighted (bold on a terminal;
  byte ranges in JSON). Words are matched after stemming in the statement's language,
  so "condemn" finds "condemns" and "condemned".

QUERY SYNTAX
  word1 word2           paragraphs with both words (AND is the default)
  "zone of peace"       the exact phrase
  a OR b, a AND NOT b   boolean operators (upper case), with parentheses
  -word, +word          exclude, require
  a NEAR b, a NEAR/5 b  words within 10 (or 5) words of each other
  milit*                words starting with "milit"
  body:nam              statements of a body: a word of its name, its slug, or
                        body:"Non-Aligned Movement"
  lang:es               statements in a language
  kind:operative        paragraph kind: heading, preambular, operative, other
  symbol:A/RES/78/7     a document symbol
  year:2025             statements of a year
  2025-01-01..2025-12-31   a date range; either end may be YYYY or YYYY-MM, or open
  A malformed query (unbalanced quotes or parentheses, a dangling operator, an unknown
  field) is reported in one line with exit status 2.
)",
    R"(  concord search '"zone of peace"'
  concord search 'airstrikes AND vessels body:nam 2025-01-01..2025-12-31'
  concord search --facets --collapse 'sovereignty NEAR/5 territorial'
  concord search --format json --limit 50 'kind:operative "calls upon"'
)"};

std::string highlighted(const SearchHit& hit, const Style& style) {
  std::string out;
  std::size_t at = 0;
  for (const auto& [start, end] : hit.highlights) {
    out.append(hit.snippet, at, start - at);
    out.append(style.bold(std::string_view(hit.snippet).substr(start, end - start)));
    at = end;
  }
  out.append(hit.snippet, at);
  return out;
}

std::string facet_line(const std::vector<FacetCount>& facets) {
  std::string line;
  for (const auto& f : facets) {
    if (!line.empty()) line += " · ";
    line += fmt::format("{} ({})", f.value.empty() ? "unknown" : f.value, f.count);
  }
  return line;
}

}  // namespace

int run_search(const std::vector<std::string>& args) {
  po::options_description options("OPTIONS");
  add_common_options(options);
  options.add_options()("body", po::value<std::vector<std::string>>()->value_name("NAME"),
                        "only statements of this body (repeat for several)")(
      "lang", po::value<std::string>()->value_name("CODE"), "only statements in this language")(
      "from", po::value<std::string>()->value_name("DATE"),
      "only statements dated on or after DATE")("to", po::value<std::string>()->value_name("DATE"),
                                                "only statements dated on or before DATE")(
      "limit,n", po::value<std::size_t>()->value_name("N")->default_value(10), "show N hits")(
      "offset", po::value<std::size_t>()->value_name("N")->default_value(0),
      "skip the first N hits")(
      "sort", po::value<std::string>()->value_name("ORDER")->default_value("relevance"),
      "relevance, or date (newest first)")("collapse", "one hit per statement")(
      "facets", "count hits by body and by year")(
      "format", po::value<std::string>()->value_name("FORMAT")->default_value("text"),
      "text or json")("query", po::value<std::vector<std::string>>()->value_name("QUERY"),
                      "the query");
  po::variables_map values;
  if (!parse_or_show_help(args, options, "query", kHelp, values)) return 0;
  const OutputFormat format = output_format(values);

  SearchRequest request;
  if (values.count("query")) {
    for (const auto& word : values["query"].as<std::vector<std::string>>()) {
      if (!request.query.empty()) request.query += ' ';
      request.query += word;
    }
  }
  if (values.count("body")) request.bodies = values["body"].as<std::vector<std::string>>();
  if (values.count("lang")) request.language = values["lang"].as<std::string>();
  if (values.count("from")) request.from = values["from"].as<std::string>();
  if (values.count("to")) request.to = values["to"].as<std::string>();
  request.limit = values["limit"].as<std::size_t>();
  request.offset = values["offset"].as<std::size_t>();
  const std::string sort = values["sort"].as<std::string>();
  if (sort == "date") {
    request.sort = SortOrder::Date;
  } else if (sort != "relevance") {
    throw UsageError(fmt::format("unknown sort order '{}' (use relevance or date)", sort));
  }
  request.collapse = values.count("collapse") > 0;
  request.facets = values.count("facets") > 0;
  validate_query(request.query);

  const Database database = Database::open_for_reading(database_path(values));
  const SearchResult result = search(database, request);

  if (format == OutputFormat::Json) {
    std::cout << search_json(request, result).dump(2) << "\n";
    return 0;
  }

  const Style style{colours_enabled(stdout)};
  if (result.hits.empty()) {
    std::cout << "no paragraphs match\n";
  }
  std::size_t rank = request.offset;
  for (const auto& h : result.hits) {
    ++rank;
    const std::string where = h.label.empty() ? fmt::format("¶{}", h.paragraph + 1)
                                              : fmt::format("¶{} {}", h.paragraph + 1, h.label);
    std::cout << fmt::format("{}. {} {}\n", rank, style.bold(h.title),
                             style.dim(fmt::format("{}%", h.percent)));
    std::cout << fmt::format("   {} · {} · {} · {}\n", h.body.empty() ? "unknown body" : h.body,
                             h.date.empty() ? "undated" : h.date, style.cyan(h.statement_id),
                             where);
    std::cout << "   " << highlighted(h, style) << "\n";
    if (h.collapsed > 0)
      std::cout << style.dim(fmt::format("   (+{} more in this statement)\n", h.collapsed));
    std::cout << "\n";
  }
  std::cout << fmt::format("hits {}-{} of about {}\n", result.hits.empty() ? 0 : request.offset + 1,
                           rank, result.estimated_total);
  if (request.facets) {
    std::cout << "bodies: " << facet_line(result.bodies) << "\n";
    std::cout << "years:  " << facet_line(result.years) << "\n";
  }
  return 0;
}

}  // namespace concord::cli
