// The JSON of the web app's API under /api/ (documented in docs/web-api.md).
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/statement.hpp"
#include "concord/indexer/database.hpp"
#include "concord/indexer/search.hpp"

namespace concord::web {

/// A search's hits (snippets with highlight byte ranges) and, when asked, facet counts.
[[nodiscard]] nlohmann::json search_json(const SearchRequest& request, const SearchResult& result);

/// One statement without its paragraphs, as the statement list shows it.
[[nodiscard]] nlohmann::json summary_json(const StatementSummary& summary);

/// One statement with every paragraph (number from 1, label, kind, text).
[[nodiscard]] nlohmann::json statement_json(const Statement& statement);

/// The body of an error response: {"error": {"status": 400, "message": "..."}}.
[[nodiscard]] nlohmann::json error_json(int status, std::string_view message);

/// The list of endpoints /api/ answers with.
[[nodiscard]] nlohmann::json api_index_json();

/// `json` as text; invalid UTF-8, which the database never holds, is replaced, not thrown.
[[nodiscard]] std::string dump_json(const nlohmann::json& json);

}  // namespace concord::web
