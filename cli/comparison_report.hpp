// The side-by-side report of compared statements, shared by `concord report` and
// `concord compare --format md|html`.
#pragma once

#include <cstddef>
#include <string>

#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/report.hpp"
#include "statement_inputs.hpp"

namespace concord::cli {

/// Today's date ("2025-11-20"), or the one of $SOURCE_DATE_EPOCH (UTC) when it is set, so
/// that a report can be made again byte for byte.
[[nodiscard]] std::string generation_date();

/// The report of compared statements as `concord report` writes it: with their consensus
/// matrix and the date of generation_date(). Holds a reference to `compared`, which must
/// outlive it.
class ComparisonReport {
 public:
  /// Rows follow the reading order of statement `by`; `title` is the heading, the report's
  /// default when empty; `changes_only` leaves out the rows that change nothing.
  explicit ComparisonReport(const ComparedStatements& compared, std::size_t by = 0,
                            std::string title = {}, bool changes_only = false);
  // The options point into the object's own matrix.
  ComparisonReport(const ComparisonReport&) = delete;
  ComparisonReport& operator=(const ComparisonReport&) = delete;

  /// The report as one self-contained HTML page (render_html_report).
  [[nodiscard]] std::string html() const;
  /// The report as Markdown (render_markdown_report).
  [[nodiscard]] std::string markdown() const;

 private:
  const ComparedStatements& compared_;
  DemandMatrix matrix_;
  ReportOptions options_;
};

}  // namespace concord::cli
