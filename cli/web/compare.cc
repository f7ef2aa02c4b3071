// Statements of the database compared by id, for the web app's compare page and API.
#include "web/compare.hpp"

#include <fmt/format.h>

#include <optional>
#include <set>

#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "concord/indexer/lexicon_loader.hpp"
#include "concord/indexer/term_statistics_sources.hpp"

namespace concord::web {

cli::ComparedStatements compare_ids(const Database& database, const std::vector<std::string>& ids,
                                    CompareOptions options, const SpeechActLexicon& lexicon) {
  if (ids.size() < 2) throw UsageError("compare needs at least two statement ids");
  if (ids.size() > kMaxCompared) {
    throw UsageError(fmt::format("compare takes at most {} statements", kMaxCompared));
  }
  std::set<std::string> seen;
  cli::ComparedStatements out;
  for (const std::string& id : ids) {
    if (!seen.insert(id).second) throw UsageError(fmt::format("statement '{}' given twice", id));
    auto found = database.find(id);
    if (!found) throw DataError(fmt::format("no statement '{}'", id));
    out.statements.push_back(std::move(*found));
  }
  // The page shows each statement's language, so no note is needed.
  (void)cli::read_unknown_languages_as_the_others(out.statements);
  out.translator = translator_for(out.statements, Translation::WhenLanguagesDiffer);
  out.demands = extract_all_demands(out.statements, lexicon, ListItems::Each);
  options.demands = &out.demands;
  out.comparison = compare_with_corpus_statistics(out.statements, &database, options,
                                                  out.translator ? &*out.translator : nullptr);
  concord::add_language_changes(out.statements, out.demands, out.comparison);
  return out;
}

}  // namespace concord::web
