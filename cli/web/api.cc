// The JSON of the web app's API under /api/ (documented in docs/web-api.md).
#include "web/api.hpp"

#include <array>
#include <cmath>
#include <set>
#include <string>

#include "comparison_json.hpp"
#include "concord/indexer/vote_json.hpp"
#include "search_json.hpp"

namespace concord::web {
namespace {}  // namespace

nlohmann::json search_json(const SearchRequest& request, const SearchResult& result) {
  nlohmann::json out = cli::search_json(request, result);
  // Each hit links to its paragraph on the statement page.
  for (auto& hit : out["hits"]) {
    hit["url"] = "/statements/" + hit["statement"].get<std::string>() + "#p" +
                 std::to_string(hit["paragraph"].get<std::size_t>() + 1);
  }
  return out;
}

nlohmann::json summary_json(const StatementSummary& s) {
  return {{"id", s.id},
          {"body", s.body},
          {"title", s.title},
          {"date", s.date},
          {"language", s.language},
          {"symbol", s.symbol},
          {"paragraphs", s.paragraph_count},
          {"vote", vote_to_json(s.vote)},
          {"url", "/statements/" + s.id}};
}

nlohmann::json statement_json(const Statement& statement) {
  nlohmann::json paragraphs = nlohmann::json::array();
  for (const auto& p : statement.paragraphs) {
    paragraphs.push_back({{"number", p.ordinal + 1},
                          {"label", p.label},
                          {"kind", to_string(p.kind)},
                          {"text", p.text}});
  }
  return {{"id", statement.id},
          {"body", statement.body},
          {"title", statement.title},
          {"date", statement.date},
          {"language", statement.language},
          {"symbol", statement.symbol},
          {"content_hash", statement.content_hash},
          {"vote", vote_to_json(statement.vote)},
          {"paragraphs", paragraphs}};
}

nlohmann::json error_json(int status, std::string_view message) {
  return {{"error", {{"status", status}, {"message", message}}}};
}

nlohmann::json api_index_json() {
  return {
      {"endpoints",
       {{{"path", "/api/search"},
         {"parameters",
          "q, body (repeatable), lang, from, to, offset, limit, sort, "
          "collapse, facets"}},
        {{"path", "/api/statements"}, {"parameters", ""}},
        {{"path", "/api/statements/{id}"}, {"parameters", ""}},
        {{"path", "/api/statements/{id}/precedents"}, {"parameters", ""}},
        {{"path", "/api/compare"}, {"parameters", "ids (comma-separated or repeated), order"}}}},
      {"documentation", "docs/web-api.md"}};
}

std::string dump_json(const nlohmann::json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace concord::web
