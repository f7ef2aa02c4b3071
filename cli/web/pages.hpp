// The web app's HTML pages, rendered on the server: inline CSS, no scripts, all text escaped.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/statement.hpp"
#include "concord/indexer/database.hpp"
#include "concord/indexer/precedent.hpp"
#include "concord/indexer/search.hpp"
#include "web/router.hpp"

namespace concord::web {

/// What the search page shows: the form as filled in, and the results when a search ran.
struct SearchView {
  /// The parameters as given, to build paging and facet links from.
  QueryParams params;
  SearchRequest request;
  /// Empty when no search ran (a blank form) or the request was malformed.
  std::optional<SearchResult> result;
  /// Choices of the body and language filters.
  std::vector<std::string> bodies;
  std::vector<std::string> languages;
  std::size_t statement_count = 0;
  std::size_t paragraph_count = 0;
  /// Why the search could not run (a malformed query), shown above the results.
  std::string error;
};

/// The search page: form, facet counts, hits with highlighted snippets linking to their
/// paragraph, and paging.
[[nodiscard]] std::string search_page(const SearchView& view);

/// A statement with its metadata and every paragraph, each with an anchor #pN (N from 1).
[[nodiscard]] std::string statement_page(const Statement& statement);

/// Where the paragraphs of `statement` were used elsewhere (find_statement_precedents): a
/// summary, then a row per paragraph looked up with its reuse and its earliest use, linked.
[[nodiscard]] std::string precedents_page(const Statement& statement,
                                          const std::vector<ParagraphPrecedents>& paragraphs,
                                          double min_closeness);

/// The list of statements, each with a box to tick to compare it; `selected` ids are ticked.
[[nodiscard]] std::string statements_page(const std::vector<StatementSummary>& statements,
                                          const std::vector<std::string>& selected,
                                          std::string_view error);

/// The side-by-side report of `statements` (`report_html`, a whole page from
/// render_html_report) with the app's navigation and the download and reorder links added;
/// `changes_only` says the report leaves out the rows that change nothing.
[[nodiscard]] std::string compare_page(std::string report_html,
                                       const std::vector<Statement>& statements, std::size_t by,
                                       OrderMode order, bool changes_only = false);

/// An error page: status, reason and message.
[[nodiscard]] std::string error_page(int status, std::string_view message);

/// The reason phrase of an HTTP status ("Not Found").
[[nodiscard]] std::string_view status_reason(int status);

}  // namespace concord::web
