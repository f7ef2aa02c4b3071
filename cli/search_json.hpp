// The JSON of search results, shared by `concord search --format json` and the web API.
#pragma once

#include <nlohmann/json.hpp>

#include "concord/indexer/search.hpp"

namespace concord::cli {

/// Hits with snippets and highlight byte ranges, the estimated total and, when the request
/// asked for them, facet counts by body and year.
[[nodiscard]] nlohmann::json search_json(const SearchRequest& request, const SearchResult& result);

}  // namespace concord::cli
