// The JSON of precedents, for the command line and the web API.
#include "precedent_json.hpp"

#include <algorithm>
#include <cmath>

namespace concord::cli {

nlohmann::json use_json(const PrecedentUse& use) {
  nlohmann::json diff = nlohmann::json::array();
  for (const DiffSegment& segment : use.diff) {
    const char* op = segment.op == DiffOp::Equal    ? "equal"
                     : segment.op == DiffOp::Delete ? "missing"
                                                    : "added";
    diff.push_back({{"op", op}, {"text", segment.text}, {"inflection", segment.inflection_only}});
  }
  return {{"statement", use.statement_id},
          {"title", use.title},
          {"body", use.body},
          {"date", use.date},
          {"paragraph", use.paragraph},
          {"label", use.label},
          {"text", use.text},
          {"closeness", std::round(use.closeness * 1000) / 1000},
          {"held", std::round(use.held * 1000) / 1000},
          {"stock_phrase", use.stock_phrase},
          {"diff", diff}};
}

nlohmann::json precedent_json(const PrecedentRequest& request, const PrecedentResult& result) {
  nlohmann::json uses = nlohmann::json::array();
  for (const auto& use : result.uses) uses.push_back(use_json(use));
  nlohmann::json out{
      {"text", request.text}, {"uses", uses}, {"statements_found", result.statements_found}};
  out["earliest"] = result.earliest ? nlohmann::json(*result.earliest) : nlohmann::json();
  out["latest"] = result.latest ? nlohmann::json(*result.latest) : nlohmann::json();
  return out;
}

std::string reuse_in_words(ParagraphReuse reuse) {
  std::string words(to_string(reuse));
  std::replace(words.begin(), words.end(), '-', ' ');
  return words;
}

std::array<std::size_t, 4> reuse_counts(const std::vector<ParagraphPrecedents>& paragraphs) {
  std::array<std::size_t, 4> counts{};
  for (const ParagraphPrecedents& p : paragraphs) ++counts[static_cast<std::size_t>(p.reuse)];
  return counts;
}

nlohmann::json statement_precedents_json(const Statement& statement,
                                         const std::vector<ParagraphPrecedents>& paragraphs,
                                         double closeness) {
  const auto counts = reuse_counts(paragraphs);
  nlohmann::json out{{"statement",
                      {{"id", statement.id},
                       {"title", statement.title},
                       {"body", statement.body},
                       {"date", statement.date}}},
                     {"min_closeness", closeness},
                     {"summary",
                      {{"paragraphs", paragraphs.size()},
                       {"used_before", counts[0]},
                       {"first_used_here", counts[1]},
                       {"used_elsewhere", counts[2]},
                       {"no_other_use", counts[3]}}},
                     {"paragraphs", nlohmann::json::array()}};
  for (const ParagraphPrecedents& p : paragraphs) {
    const Paragraph& paragraph = statement.paragraphs[p.paragraph];
    nlohmann::json uses = nlohmann::json::array();
    for (const PrecedentUse& use : p.found.uses) uses.push_back(use_json(use));
    nlohmann::json entry{{"paragraph", p.paragraph},
                         {"label", paragraph.label},
                         {"text", paragraph.text},
                         {"reuse", to_string(p.reuse)},
                         {"in_part", p.in_part},
                         {"statements_found", p.found.statements_found},
                         {"uses", uses}};
    entry["earliest"] = p.found.earliest ? nlohmann::json(*p.found.earliest) : nlohmann::json();
    entry["latest"] = p.found.latest ? nlohmann::json(*p.found.latest) : nlohmann::json();
    out["paragraphs"].push_back(std::move(entry));
  }
  return out;
}

}  // namespace concord::cli
