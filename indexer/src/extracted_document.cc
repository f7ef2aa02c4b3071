// Metadata precedence: a stronger source keeps its fields and borrows the rest.
#include "concord/indexer/extracted_document.hpp"

#include <chrono>

#include "text_regex.hpp"

namespace concord {

bool is_calendar_date(const std::string& text) {
  static const boost::regex iso = text_regex(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)");
  boost::smatch m;
  if (!boost::regex_match(text, m, iso)) return false;
  const std::chrono::year year{std::stoi(m[1])};
  const unsigned month = m[2].matched ? static_cast<unsigned>(std::stoi(m[2])) : 1;
  const unsigned day = m[3].matched ? static_cast<unsigned>(std::stoi(m[3])) : 1;
  return std::chrono::year_month_day{year, std::chrono::month{month}, std::chrono::day{day}}.ok();
}

void DocumentMetadata::fill_missing_from(const DocumentMetadata& weaker) {
  auto fill = [](std::optional<std::string>& mine, const std::optional<std::string>& theirs) {
    if (!mine && theirs) mine = theirs;
  };
  fill(body, weaker.body);
  fill(title, weaker.title);
  if (!date && !unreadable_date) {
    date = weaker.date;
    unreadable_date = weaker.unreadable_date;
  }
  if (!language && !unreadable_language) {
    language = weaker.language;
    unreadable_language = weaker.unreadable_language;
  }
  fill(symbol, weaker.symbol);
  if (!vote) vote = weaker.vote;
}

}  // namespace concord
