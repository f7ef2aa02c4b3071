// The changes of speech act inside each group of a comparison: the acts of each statement's
// members against those of the group's first statement.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/language_changes.hpp"
#include "concord/engine/parallel.hpp"
#include "concord/engine/stemmer.hpp"

namespace concord {

void add_language_changes(const std::vector<Statement>& statements,
                          const std::vector<std::vector<Demand>>& demands, Comparison& comparison) {
  // The acts of each paragraph of each statement, sorted out and stemmed once for all groups.
  // An act belongs to the paragraph its action is written in: "(a) To cease ..." rather than
  // its lead-in "Calls upon the United States:". Versions of one text repeat most of their
  // actions: each distinct action of a language is stemmed once.
  std::vector<std::vector<std::vector<StemmedAct>>> by_paragraph(statements.size());
  std::map<std::pair<std::string_view, std::string_view>, std::size_t> distinct;
  std::vector<std::pair<const std::string*, std::string_view>> actions;
  for (std::size_t s = 0; s < statements.size(); ++s) {
    for (const Demand& d : demands[s]) {
      if (distinct.try_emplace({statements[s].language, d.action}, actions.size()).second)
        actions.emplace_back(&statements[s].language, d.action);
    }
  }
  std::vector<ActionStems> stems(actions.size());
  for_each_slice_in_parallel(actions.size(), [&](std::size_t begin, std::size_t end) {
    Stemmers stemmers;
    for (std::size_t a = begin; a < end; ++a)
      stems[a] = action_stems(actions[a].second, stemmers.of(*actions[a].first));
  });
  for (std::size_t s = 0; s < statements.size(); ++s) {
    by_paragraph[s].resize(statements[s].paragraphs.size());
    for (const Demand& d : demands[s]) {
      if (d.action_paragraph < by_paragraph[s].size()) {
        by_paragraph[s][d.action_paragraph].push_back(
            {d, stems[distinct.at({statements[s].language, d.action})]});
      }
    }
  }
  // Versions of one text report acts added and dropped too (UnpairedActs).
  auto versions = [&](std::size_t x, std::size_t y) {
    return std::any_of(comparison.orders.begin(), comparison.orders.end(), [&](const PairOrder& o) {
      return o.first == std::min(x, y) && o.second == std::max(x, y) && o.mode == OrderMode::Keep;
    });
  };
  // Groups are independent: their changes are labelled on every core.
  for_each_in_parallel(comparison.groups.size(), [&](std::size_t g) {
    AlignedGroup& group = comparison.groups[g];
    group.changes.clear();
    if (group.members.empty()) return;
    // Members are ordered by statement: the lowest statement's paragraphs are the base, whose
    // acts (all of them, where two paragraphs were merged) each other statement's are
    // compared with (all of its members' acts, where a paragraph was split).
    const GroupMember base = group.members.front();
    auto acts_of = [&](std::size_t statement) {
      std::vector<StemmedAct> acts;
      for (const GroupMember& m : group.members) {
        if (m.statement != statement) continue;
        const auto& own = by_paragraph[m.statement][m.paragraph];
        acts.insert(acts.end(), own.begin(), own.end());
      }
      return acts;
    };
    const std::vector<StemmedAct> from = acts_of(base.statement);
    for (std::size_t k = 0; k < group.members.size(); ++k) {
      const GroupMember& m = group.members[k];
      // Each other statement once, at its first member.
      if (m.statement == base.statement || (k > 0 && group.members[k - 1].statement == m.statement))
        continue;
      const bool report_unpaired = versions(base.statement, m.statement);
      if (from.empty() && !report_unpaired) continue;
      // Every lexicon names its acts by the English lemma on one strength scale, so verbs
      // compare across languages; qualifiers are words of each language, and do not.
      const bool one_language =
          statements[m.statement].language == statements[base.statement].language;
      for (LanguageChange& c : language_changes(
               from, acts_of(m.statement),
               report_unpaired ? UnpairedActs::Report : UnpairedActs::Ignore, one_language)) {
        if (!one_language && (c.kind == LanguageChangeKind::QualifierAdded ||
                              c.kind == LanguageChangeKind::QualifierDropped))
          continue;
        // An act dropped is shown on the other statement's first member, an act added is
        // measured against the base.
        if (c.kind == LanguageChangeKind::ActDropped) c.to_paragraph = m.paragraph;
        if (c.kind == LanguageChangeKind::ActAdded) c.from_paragraph = base.paragraph;
        c.from_statement = base.statement;
        c.to_statement = m.statement;
        group.changes.push_back(std::move(c));
      }
    }
  });
}

}  // namespace concord
