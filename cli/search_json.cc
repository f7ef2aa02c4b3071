// The JSON of search results, shared by `concord search --format json` and the web API.
#include "search_json.hpp"

namespace concord::cli {
namespace {

nlohmann::json facets_json(const std::vector<FacetCount>& facets) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : facets) out.push_back({{"value", f.value}, {"count", f.count}});
  return out;
}

}  // namespace

nlohmann::json search_json(const SearchRequest& request, const SearchResult& result) {
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& h : result.hits) {
    nlohmann::json highlights = nlohmann::json::array();
    for (const auto& [start, end] : h.highlights) highlights.push_back({start, end});
    nlohmann::json hit{{"statement", h.statement_id},
                       {"title", h.title},
                       {"body", h.body},
                       {"date", h.date},
                       {"language", h.language},
                       {"paragraph", h.paragraph},
                       {"label", h.label},
                       {"kind", h.kind},
                       {"percent", h.percent},
                       {"snippet", h.snippet},
                       {"highlights", highlights}};
    if (request.collapse) hit["collapsed"] = h.collapsed;
    hits.push_back(std::move(hit));
  }
  nlohmann::json out{{"query", request.query},
                     {"offset", request.offset},
                     {"limit", request.limit},
                     {"estimated_total", result.estimated_total},
                     {"hits", hits}};
  if (request.facets) {
    out["facets"] = {{"body", facets_json(result.bodies)}, {"year", facets_json(result.years)}};
  }
  return out;
}

}  // namespace concord::cli
