// Full-text search over the paragraphs of a database.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "concord/indexer/database.hpp"

namespace concord {

enum class SortOrder { Relevance, Date };

/// A search as the user asked for it.
struct SearchRequest {
  /// Xapian query syntax: phrases, AND/OR/NOT, NEAR, wildcards, `body:`, `lang:`, `kind:`,
  /// `symbol:`, `year:` fields and date ranges `2025-01-01..2025-12-31`.
  std::string query;
  /// Keep only paragraphs of these bodies (any of them); a name, a slug or one word of it.
  std::vector<std::string> bodies;
  /// Keep only paragraphs of statements in this language (ISO 639-1).
  std::string language;
  /// Inclusive date bounds, "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty for open.
  std::string from;
  std::string to;
  std::size_t offset = 0;
  std::size_t limit = 10;
  SortOrder sort = SortOrder::Relevance;
  /// One hit per statement.
  bool collapse = false;
  /// Count hits by body and by year over the whole result set.
  bool facets = false;
  /// Characters of context in a snippet.
  std::size_t snippet_length = 240;
};

/// One matching paragraph.
struct SearchHit {
  std::string statement_id;
  std::string title;
  std::string body;
  std::string date;
  std::string language;
  std::size_t paragraph = 0;
  std::string label;
  std::string kind;
  /// Relevance, 0-100.
  int percent = 0;
  /// A stretch of the paragraph around the matches.
  std::string snippet;
  /// Byte ranges [first, second) of `snippet` that matched the query.
  std::vector<std::pair<std::size_t, std::size_t>> highlights;
  /// Hits of the same statement left out by collapsing.
  std::size_t collapsed = 0;
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
};

struct SearchResult {
  /// Xapian's estimate of the number of matches, with its bounds.
  std::size_t estimated_total = 0;
  std::size_t total_lower_bound = 0;
  std::size_t total_upper_bound = 0;
  std::vector<SearchHit> hits;
  /// Filled when SearchRequest::facets is set: bodies most frequent first, years newest
  /// first. Matches of a statement with no body (or no date) count under the value "".
  std::vector<FacetCount> bodies;
  std::vector<FacetCount> years;
};

/// Checks the query syntax without a database; throws UsageError naming the problem
/// (unbalanced quotes or parentheses, a dangling operator, an unknown field, a bad date).
void validate_query(const std::string& query);

/// Runs `request` on `database`. Throws UsageError for a malformed query or bad filter,
/// EnvironmentError when the database (or a remote shard) fails.
[[nodiscard]] SearchResult search(const Database& database, const SearchRequest& request);

}  // namespace concord
