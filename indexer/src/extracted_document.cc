// Metadata precedence: a stronger source keeps its fields and borrows the rest.
#include "concord/indexer/extracted_document.hpp"

namespace concord {

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
  fill(language, weaker.language);
  fill(symbol, weaker.symbol);
}

}  // namespace concord
