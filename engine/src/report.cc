// The rows of a side-by-side report, in the reading order of one statement, and its counts.
#include "concord/engine/report.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace concord {

std::vector<ReportRow> report_rows(const std::vector<Statement>& statements,
                                   const Comparison& comparison, std::size_t by,
                                   bool changes_only) {
  if (by >= statements.size()) throw std::out_of_range("report: no statement to follow");
  const std::size_t count = comparison.groups.size();
  constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

  // Where each group's paragraphs of `by` start; and, for every paragraph, the last such
  // position among the groups it shares with `by`.
  std::vector<std::size_t> by_position(count, kNone);
  std::vector<std::vector<std::size_t>> shared_position(statements.size());
  for (std::size_t s = 0; s < statements.size(); ++s) {
    shared_position[s].assign(statements[s].paragraphs.size(), kNone);
  }
  for (std::size_t gi = 0; gi < count; ++gi) {
    for (const GroupMember& m : comparison.groups[gi].members) {
      if (m.statement == by) by_position[gi] = std::min(by_position[gi], m.paragraph);
    }
  }
  for (std::size_t gi = 0; gi < count; ++gi) {
    if (by_position[gi] == kNone) continue;
    for (const GroupMember& m : comparison.groups[gi].members) {
      std::size_t& slot = shared_position[m.statement][m.paragraph];
      slot = slot == kNone ? by_position[gi] : std::max(slot, by_position[gi]);
    }
  }

  // Sort key: (position in `by`, placed after it, statement, paragraph, comparison order).
  // Positions are shifted by one so that 0 means "before every row".
  using Key = std::tuple<std::size_t, int, std::size_t, std::size_t, std::size_t>;
  std::vector<std::pair<Key, std::size_t>> keyed;
  keyed.reserve(count);
  for (std::size_t gi = 0; gi < count; ++gi) {
    const AlignedGroup& g = comparison.groups[gi];
    if (changes_only && changes_nothing(g, statements)) continue;
    if (by_position[gi] != kNone) {
      keyed.push_back({Key{by_position[gi] + 1, 0, 0, 0, gi}, gi});
      continue;
    }
    std::size_t anchor = 0;
    if (!g.members.empty()) {
      const GroupMember& first = g.members.front();
      for (std::size_t q = first.paragraph; q-- > 0;) {
        if (shared_position[first.statement][q] != kNone) {
          anchor = shared_position[first.statement][q] + 1;
          break;
        }
      }
      keyed.push_back({Key{anchor, 1, first.statement, first.paragraph, gi}, gi});
    } else {
      keyed.push_back({Key{anchor, 1, 0, 0, gi}, gi});
    }
  }
  std::sort(keyed.begin(), keyed.end());

  std::vector<ReportRow> rows(keyed.size());
  std::map<GroupMember, std::vector<std::size_t>> rows_of;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    rows[r].group = keyed[r].second;
    for (const GroupMember& m : comparison.groups[rows[r].group].members) {
      rows_of[m].push_back(r + 1);
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const AlignedGroup& g = comparison.groups[rows[r].group];
    rows[r].also_in.resize(g.members.size());
    for (std::size_t i = 0; i < g.members.size(); ++i) {
      for (const std::size_t other : rows_of[g.members[i]]) {
        if (other != r + 1) rows[r].also_in[i].push_back(other);
      }
    }
  }
  return rows;
}

ReportSummary summarise_report(const std::vector<Statement>& statements,
                               const Comparison& comparison) {
  const std::size_t n = statements.size();
  // For every paragraph, the statements it shares a group with, and whether one of its
  // groups has every statement.
  std::vector<std::vector<std::set<std::size_t>>> partners(n);
  std::vector<std::vector<bool>> in_shared(n);
  for (std::size_t s = 0; s < n; ++s) {
    partners[s].resize(statements[s].paragraphs.size());
    in_shared[s].assign(statements[s].paragraphs.size(), false);
  }
  for (const AlignedGroup& g : comparison.groups) {
    std::set<std::size_t> present;
    for (const GroupMember& m : g.members) present.insert(m.statement);
    for (const GroupMember& m : g.members) {
      if (m.statement >= n || m.paragraph >= partners[m.statement].size()) continue;
      partners[m.statement][m.paragraph].insert(present.begin(), present.end());
      if (present.size() == n && n > 1) in_shared[m.statement][m.paragraph] = true;
    }
  }
  ReportSummary summary;
  summary.shared_with.assign(n, std::vector<std::size_t>(n, 0));
  summary.shared_with_all.assign(n, 0);
  summary.unique.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    summary.shared_with[i][i] = statements[i].paragraphs.size();
    for (std::size_t p = 0; p < partners[i].size(); ++p) {
      bool alone = true;
      for (std::size_t j = 0; j < n; ++j) {
        if (j != i && partners[i][p].count(j)) {
          ++summary.shared_with[i][j];
          alone = false;
        }
      }
      if (in_shared[i][p]) ++summary.shared_with_all[i];
      if (alone) ++summary.unique[i];
    }
  }
  return summary;
}

std::string statement_letter(std::size_t statement) {
  // A..Z, then A2..Z2 and so on: readable for the few statements a comparison holds.
  std::string out(1, static_cast<char>('A' + statement % 26));
  if (statement >= 26) out += std::to_string(statement / 26 + 1);
  return out;
}

}  // namespace concord
