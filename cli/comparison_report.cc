// The side-by-side report of compared statements, shared by `concord report` and
// `concord compare --format md|html`.
#include "comparison_report.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <ctime>
#include <utility>

namespace concord::cli {

std::string generation_date() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    char* end = nullptr;
    const long long seconds = std::strtoll(epoch, &end, 10);
    if (end != nullptr && *end == '\0') {
      now = static_cast<std::time_t>(seconds);
      gmtime_r(&now, &parts);
      return fmt::format("{:04}-{:02}-{:02}", parts.tm_year + 1900, parts.tm_mon + 1,
                         parts.tm_mday);
    }
  }
  localtime_r(&now, &parts);
  return fmt::format("{:04}-{:02}-{:02}", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
}

ComparisonReport::ComparisonReport(const ComparedStatements& compared, std::size_t by,
                                   std::string title, bool changes_only)
    : compared_(compared), matrix_(consensus_matrix(compared)) {
  options_.by = by;
  options_.title = std::move(title);
  options_.changes_only = changes_only;
  options_.generated = generation_date();
  options_.matrix = &matrix_;
}

std::string ComparisonReport::html() const {
  return render_html_report(compared_.statements, compared_.comparison, options_);
}

std::string ComparisonReport::markdown() const {
  return render_markdown_report(compared_.statements, compared_.comparison, options_);
}

}  // namespace concord::cli
