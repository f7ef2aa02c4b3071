// concord search: paragraphs matching a query, with snippets and facets.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "concord/engine/error.hpp"
#include "concord/indexer/search.hpp"
#include "document_output.hpp"
#include "search_json.hpp"
#include "terminal.hpp"

namespace concord::cli {
namespace {

const CommandHelp kHelp{
    "search - search the paragraphs of every statement", "concord search [OPTIONS] QUERY",
    R"(  Finds the paragraphs matching QUERY, best first, each with its statement, body, date,
  paragraph label and a snippet with the matched words highlighted (bold on a terminal and
  in Markdown, marked in HTML; byte ranges in JSON). --format md and --format html print
  the hits as a table, in a Markdown document or one self-contained HTML page, followed by
  the facets when asked for. Words are matched after stemming in the statement's language,
  so "condemn" finds "condemns" and "condemned"; in English, British and American spellings
  of a word match each other ("programme" finds "program", "defense" finds "defence"). A
  quoted phrase keeps its exact words and spelling. (A database created before Concord
  merged spellings keeps matching them apart until it is rebuilt with a new --db.)

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
  against:argentina     statements whose recorded vote (the UN's Akoma Ntoso XML) has
                        that member against; also favour:, abstaining:, and
                        abstaining:"Republic of Moldova"; a member's former names
                        ("Turkey", "Swaziland") find it too
  2025-01-01..2025-12-31   a date range; either end may be YYYY or YYYY-MM, or open
  A malformed query (unbalanced quotes or parentheses, a dangling operator, an unknown
  field) is reported in one line with exit status 2. A query that matches nothing is no
  error: it says "no hits" and exits 0.
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

// The snippet with its matches marked; a range that does not fit the snippet is left out.
Cell marked_snippet(const SearchHit& hit) {
  std::vector<Span> spans;
  std::size_t at = 0;
  for (const auto& [start, end] : hit.highlights) {
    if (start < at || end < start || end > hit.snippet.size()) continue;
    if (start > at) spans.push_back({hit.snippet.substr(at, start - at)});
    spans.push_back({hit.snippet.substr(start, end - start), Emphasis::Marked});
    at = end;
  }
  if (at < hit.snippet.size()) spans.push_back({hit.snippet.substr(at)});
  return Cell(std::move(spans));
}

std::string where(const SearchHit& hit) {
  return hit.label.empty() ? fmt::format("¶{}", hit.paragraph + 1)
                           : fmt::format("¶{} {}", hit.paragraph + 1, hit.label);
}

std::string hits_line(const SearchRequest& request, const SearchResult& result) {
  const bool exact = result.total_lower_bound == result.total_upper_bound;
  const std::string total = fmt::format("{}{}", exact ? "" : "about ", result.estimated_total);
  if (result.hits.empty()) {
    return request.offset == 0
               ? "no hits"
               : fmt::format("no hits from {} on ({} in all)", request.offset + 1, total);
  }
  return fmt::format("hits {}-{} of {}", request.offset + 1, request.offset + result.hits.size(),
                     total);
}

Table facet_table(const std::string& caption, const std::string& name,
                  const std::vector<FacetCount>& facets, const std::string& no_value) {
  Table table;
  table.caption = caption;
  table.header = {name, "Hits"};
  for (const auto& f : facets) {
    table.rows.push_back({f.value.empty() ? no_value : f.value, std::to_string(f.count)});
  }
  return table;
}

// "Search: airstrikes (body nam, from 2025-01-01)": the query and the filters outside it.
std::string search_title(const SearchRequest& request) {
  std::vector<std::string> filters;
  for (const auto& body : request.bodies) filters.push_back("body " + body);
  if (!request.language.empty()) filters.push_back("language " + request.language);
  if (!request.from.empty()) filters.push_back("from " + request.from);
  if (!request.to.empty()) filters.push_back("to " + request.to);
  std::string title = "Search: " + request.query;
  if (filters.empty()) return title;
  if (!request.query.empty()) title += " ";
  title += "(" + filters.front();
  for (std::size_t i = 1; i < filters.size(); ++i) title += ", " + filters[i];
  return title + ")";
}

// The hits as the text output lists them, one row each, then the facets when asked for.
Document search_document(const SearchRequest& request, const SearchResult& result) {
  Document document;
  document.title = search_title(request);
  document.notes.push_back(hits_line(request, result));
  Table hits;
  hits.header = {"#", "Statement", "Body", "Date", "Id", "Paragraph", "Relevance", "Snippet"};
  if (request.collapse) hits.header.push_back("More in this statement");
  hits.when_empty = "no paragraphs match";
  std::size_t rank = request.offset;
  for (const auto& h : result.hits) {
    std::vector<Cell> row = {std::to_string(++rank),
                             h.title,
                             h.body.empty() ? "unknown body" : h.body,
                             h.date.empty() ? "undated" : h.date,
                             h.statement_id,
                             where(h),
                             fmt::format("{}%", h.percent),
                             marked_snippet(h)};
    if (request.collapse) row.emplace_back(std::to_string(h.collapsed));
    hits.rows.push_back(std::move(row));
  }
  document.tables.push_back(std::move(hits));
  if (request.facets) {
    document.tables.push_back(facet_table("Bodies", "Body", result.bodies, "unknown body"));
    document.tables.push_back(facet_table("Years", "Year", result.years, "undated"));
  }
  return document;
}

std::string facet_line(const std::vector<FacetCount>& facets, std::string_view no_value) {
  std::string line;
  for (const auto& f : facets) {
    if (!line.empty()) line += " · ";
    line += fmt::format("{} ({})", f.value.empty() ? no_value : std::string_view(f.value), f.count);
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
      "limit,n", po::value<Count>()->value_name("N")->default_value(10), "show N hits")(
      "offset", po::value<Count>()->value_name("N")->default_value(0), "skip the first N hits")(
      "sort", po::value<std::string>()->value_name("ORDER")->default_value("relevance"),
      "relevance, or date (newest first)")("collapse", "one hit per statement")(
      "facets", "count hits by body and by year")(
      "format", po::value<std::string>()->value_name("FORMAT")->default_value("text"),
      "text, json, md or html")("query", po::value<std::vector<std::string>>()->value_name("QUERY"),
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
  request.limit = values["limit"].as<Count>();
  request.offset = values["offset"].as<Count>();
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
  if (format == OutputFormat::Markdown || format == OutputFormat::Html) {
    std::cout << render_document(search_document(request, result), format);
    return 0;
  }

  const Style style{colours_enabled(stdout)};
  if (result.hits.empty()) {
    std::cout << "no paragraphs match\n";
  }
  std::size_t rank = request.offset;
  for (const auto& h : result.hits) {
    ++rank;
    std::cout << fmt::format("{}. {} {}\n", rank, style.bold(h.title),
                             style.dim(fmt::format("{}%", h.percent)));
    std::cout << fmt::format("   {} · {} · {} · {}\n", h.body.empty() ? "unknown body" : h.body,
                             h.date.empty() ? "undated" : h.date, style.cyan(h.statement_id),
                             where(h));
    std::cout << "   " << highlighted(h, style) << "\n";
    if (h.collapsed > 0)
      std::cout << style.dim(fmt::format("   (+{} more in this statement)\n", h.collapsed));
    std::cout << "\n";
  }
  std::cout << hits_line(request, result) << "\n";
  if (request.facets) {
    std::cout << "bodies: " << facet_line(result.bodies, "unknown body") << "\n";
    std::cout << "years:  " << facet_line(result.years, "undated") << "\n";
  }
  return 0;
}

}  // namespace concord::cli
