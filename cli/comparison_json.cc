// The JSON of a comparison (docs/compare-json.md), shared by `concord compare` and the web API.
#include "comparison_json.hpp"

#include <cmath>
#include <set>
#include <utility>

#include "concord/engine/vote_changes.hpp"
#include "concord/indexer/vote_json.hpp"
#include "vote_output.hpp"

namespace concord::cli {

std::string full_text(const Paragraph& p) {
  return p.label.empty() ? p.text : p.label + " " + p.text;
}

std::string kind_name(SharedKind kind) {
  switch (kind) {
    case SharedKind::Common:
      return "common";
    case SharedKind::Own:
      return "own";
    case SharedKind::Inflection:
      return "inflection";
  }
  return "common";
}

std::vector<StatementCounts> count_by_statement(const Comparison& comparison,
                                                std::size_t statements) {
  std::vector<StatementCounts> counts(statements);
  for (const AlignedGroup& group : comparison.groups) {
    std::set<std::size_t> present;
    for (const GroupMember& m : group.members) present.insert(m.statement);
    for (const std::size_t s : present) {
      auto& c = counts[s];
      (group.kind == GroupKind::Shared    ? c.shared
       : group.kind == GroupKind::Partial ? c.partial
                                          : c.unique)++;
    }
  }
  return counts;
}

namespace {

// A statement with every paragraph, each with its translation when it was read through one.
nlohmann::json statement_json(const Statement& s, const std::vector<std::string>* translations,
                              bool include_source) {
  nlohmann::json paragraphs = nlohmann::json::array();
  for (std::size_t j = 0; j < s.paragraphs.size(); ++j) {
    const Paragraph& p = s.paragraphs[j];
    paragraphs.push_back({{"label", p.label}, {"kind", to_string(p.kind)}, {"text", full_text(p)}});
    if (translations != nullptr && j < translations->size())
      paragraphs.back()["translation"] = (*translations)[j];
  }
  nlohmann::json out{{"id", s.id},
                     {"body", s.body},
                     {"title", s.title},
                     {"date", s.date},
                     {"language", s.language},
                     {"symbol", s.symbol},
                     {"vote", vote_to_json(s.vote)},
                     {"paragraphs", std::move(paragraphs)}};
  if (include_source) out["source"] = s.source_path;
  return out;
}

// A group: its members, the word diff of each and its changes of speech act.
nlohmann::json group_json(const AlignedGroup& g) {
  nlohmann::json members = nlohmann::json::array();
  nlohmann::json diff = nlohmann::json::array();
  for (std::size_t i = 0; i < g.members.size(); ++i) {
    members.push_back(
        {{"statement", g.members[i].statement}, {"paragraph", g.members[i].paragraph}});
    if (i < g.diff.size()) {
      nlohmann::json segments = nlohmann::json::array();
      for (const MemberSegment& seg : g.diff[i])
        segments.push_back({{"kind", kind_name(seg.kind)}, {"text", seg.text}});
      diff.push_back({{"statement", g.members[i].statement},
                      {"paragraph", g.members[i].paragraph},
                      {"segments", std::move(segments)}});
    }
  }
  nlohmann::json changes = nlohmann::json::array();
  for (const LanguageChange& c : g.changes) {
    changes.push_back({{"statements", {c.from_statement, c.to_statement}},
                       {"paragraphs", {c.from_paragraph, c.to_paragraph}},
                       {"kind", to_string(c.kind)},
                       {"from", c.from},
                       {"to", c.to},
                       {"family", c.family},
                       {"detail", c.detail}});
  }
  return {{"kind", to_string(g.kind)}, {"similarity", std::round(g.similarity * 1000) / 1000},
          {"moved", g.moved},          {"members", std::move(members)},
          {"diff", std::move(diff)},   {"changes", std::move(changes)}};
}

}  // namespace

nlohmann::json comparison_json(const std::vector<Statement>& statements,
                               const Comparison& comparison, bool include_source,
                               bool changes_only) {
  nlohmann::json out;
  out["statements"] = nlohmann::json::array();
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const bool translated =
        i < comparison.translated_paragraphs.size() && !comparison.translated_paragraphs[i].empty();
    out["statements"].push_back(
        statement_json(statements[i], translated ? &comparison.translated_paragraphs[i] : nullptr,
                       include_source));
  }
  if (!comparison.translated_into.empty()) out["translated_into"] = comparison.translated_into;
  out["orders"] = nlohmann::json::array();
  for (const PairOrder& o : comparison.orders) {
    out["orders"].push_back({{"statements", {o.first, o.second}}, {"order", to_string(o.mode)}});
  }
  out["groups"] = nlohmann::json::array();
  std::size_t left_out = 0;
  for (const AlignedGroup& g : comparison.groups) {
    if (changes_only && changes_nothing(g, statements)) {
      ++left_out;
      continue;
    }
    out["groups"].push_back(group_json(g));
  }
  if (changes_only) out["unchanged_groups_left_out"] = left_out;
  out["vote_changes"] = vote_changes_json(successive_vote_changes(statements));
  const auto counts = count_by_statement(comparison, statements.size());
  out["summary"] = nlohmann::json::array();
  for (std::size_t s = 0; s < statements.size(); ++s) {
    out["summary"].push_back({{"statement", s},
                              {"shared", counts[s].shared},
                              {"partial", counts[s].partial},
                              {"unique", counts[s].unique}});
  }
  return out;
}

}  // namespace concord::cli
