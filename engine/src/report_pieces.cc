// Pieces of text both side-by-side reports write.
#include "report_pieces.hpp"

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <utility>

#include "concord/engine/report.hpp"

namespace concord::report_pieces {
namespace {

// "English" for "en": the language's name in English, or the code when ICU has no name.
std::string language_name(const std::string& code) {
  icu::UnicodeString name;
  icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? code : out;
}

// The white space a diff segment starts with, and the rest.
std::pair<std::string_view, std::string_view> split_space(std::string_view text) {
  const auto lead = text.find_first_not_of(" \t\r\n");
  if (lead == std::string_view::npos) return {text, {}};
  return {text.substr(0, lead), text.substr(lead)};
}

}  // namespace

const std::string* translation_of(const Comparison& comparison, const GroupMember& m) {
  if (m.statement >= comparison.translated_paragraphs.size()) return nullptr;
  const auto& paragraphs = comparison.translated_paragraphs[m.statement];
  return m.paragraph < paragraphs.size() ? &paragraphs[m.paragraph] : nullptr;
}

std::string translation_note(const Comparison& comparison) {
  if (comparison.translated_into.empty()) return {};
  return fmt::format(
      " Statements in different languages were aligned through machine translations into {}; "
      "each is shown in its own words.",
      language_name(comparison.translated_into));
}

std::string vote_changes_text(const SuccessiveVotes& votes) {
  std::string text = describe_vote_counts(votes.changes);
  for (std::size_t i = 0; i < votes.changes.size(); ++i)
    text += (i == 0 ? ". " : "; ") + describe_vote_change(votes.changes[i]);
  return text;
}

std::string default_title(const std::vector<Statement>& statements) {
  const auto given_twice = [](const std::vector<std::string>& names, std::size_t i) {
    return std::count(names.begin(), names.end(), names[i]) > 1;
  };
  std::vector<std::string> bare;
  for (const Statement& s : statements) {
    bare.push_back(!s.symbol.empty() ? s.symbol : !s.body.empty() ? s.body : s.id);
  }
  std::vector<std::string> dated = bare;
  for (std::size_t i = 0; i < bare.size(); ++i) {
    if (given_twice(bare, i) && !statements[i].date.empty()) dated[i] += ", " + statements[i].date;
  }
  std::vector<std::string> names = bare;
  for (std::size_t i = 0; i < bare.size(); ++i) {
    std::string qualifier = dated[i].substr(bare[i].size());
    if (given_twice(dated, i) && !statements[i].language.empty())
      qualifier += ", " + statements[i].language;
    if (!qualifier.empty()) names[i] += " (" + qualifier.substr(2) + ")";
  }
  std::string title = "Comparison of ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) title += i + 1 == names.size() ? " and " : ", ";
    title += names[i];
  }
  return title;
}

std::string describe_date(const Statement& s) { return s.date.empty() ? "undated" : s.date; }

std::string describe_body(const Statement& s) { return s.body.empty() ? "unknown body" : s.body; }

std::vector<std::size_t> members_of_statement(const AlignedGroup& g, std::size_t s) {
  std::vector<std::size_t> members;
  for (std::size_t i = 0; i < g.members.size(); ++i) {
    if (g.members[i].statement == s) members.push_back(i);
  }
  return members;
}

std::string marked_paragraph(const Statement& statement, const AlignedGroup& g, std::size_t i,
                             const ParagraphMarkup& markup) {
  const Paragraph& p = statement.paragraphs[g.members[i].paragraph];
  std::string out;
  if (!p.label.empty()) {
    out += fmt::format("{}{}{} ", markup.label.open, markup.escape(p.label), markup.label.close);
  }
  if (i >= g.diff.size() || g.diff[i].empty()) return out + markup.escape(p.text);
  bool first = true;
  for (const MemberSegment& seg : g.diff[i]) {
    auto [space, words] = split_space(seg.text);
    if (first) space = {};  // the label's space is already written
    first = false;
    // White space needs no escaping in either format.
    if (markup.fold_space) {
      if (!space.empty()) out += ' ';
    } else {
      out += space;
    }
    if (words.empty()) continue;
    switch (seg.kind) {
      case SharedKind::Common:
        out += markup.escape(words);
        break;
      case SharedKind::Own:
        out += markup.marks_words_only
                   ? emphasise_markdown(words, markup.own.open)
                   : fmt::format("{}{}{}", markup.own.open, markup.escape(words), markup.own.close);
        break;
      case SharedKind::Inflection:
        out += markup.marks_words_only ? emphasise_markdown(words, markup.inflection.open)
                                       : fmt::format("{}{}{}", markup.inflection.open,
                                                     markup.escape(words), markup.inflection.close);
        break;
    }
  }
  return out;
}

std::string_view change_sign(LanguageChangeKind kind) {
  switch (kind) {
    case LanguageChangeKind::Strengthened:
      return "↑";
    case LanguageChangeKind::Weakened:
      return "↓";
    case LanguageChangeKind::QualifierAdded:
    case LanguageChangeKind::ActAdded:
      return "+";
    case LanguageChangeKind::QualifierDropped:
    case LanguageChangeKind::ActDropped:
      return "−";
    case LanguageChangeKind::VerbChanged:
    case LanguageChangeKind::NegationAdded:
    case LanguageChangeKind::NegationDropped:
      break;
  }
  return "";
}

std::string change_words(const LanguageChange& c) {
  switch (c.kind) {
    case LanguageChangeKind::QualifierAdded:
    case LanguageChangeKind::ActAdded:
      return c.to;
    case LanguageChangeKind::QualifierDropped:
    case LanguageChangeKind::ActDropped:
      return c.from;
    case LanguageChangeKind::Strengthened:
    case LanguageChangeKind::Weakened:
    case LanguageChangeKind::VerbChanged:
    case LanguageChangeKind::NegationAdded:
    case LanguageChangeKind::NegationDropped:
      break;
  }
  return c.from + " → " + c.to;
}

std::string change_source(const LanguageChange& c) {
  return fmt::format("against {} ¶{}", statement_letter(c.from_statement), c.from_paragraph + 1);
}

bool shown_on(const LanguageChange& c, const GroupMember& m) {
  return c.to_statement == m.statement && c.to_paragraph == m.paragraph;
}

std::string demand_verb(const Demand& d, Escape escape) {
  return fmt::format("{}{} ({})", d.negated ? "not " : "", escape(d.lemma), d.strength);
}

std::string demand_name(const DemandRow& row) {
  return row.addressee.empty() ? row.action : row.addressee + ": " + row.action;
}

const Demand* demand_cell(const DemandRow& row, std::size_t s) {
  return s < row.cells.size() && row.cells[s] ? &*row.cells[s] : nullptr;
}

KindCounts count_kinds(const Comparison& comparison, const std::vector<ReportRow>& rows) {
  KindCounts counts;
  for (const ReportRow& row : rows) {
    const AlignedGroup& g = comparison.groups[row.group];
    (g.kind == GroupKind::Shared    ? counts.shared
     : g.kind == GroupKind::Partial ? counts.partial
                                    : counts.unique)++;
    if (g.moved) ++counts.moved;
  }
  return counts;
}

std::string row_counts_text(std::size_t rows, const KindCounts& counts, bool explain_kinds,
                            std::size_t left_out) {
  return fmt::format(
      "{} rows: {} shared{}, {} partial{}, {} unique{}{}{}", rows, counts.shared,
      explain_kinds ? " (every statement)" : "", counts.partial, explain_kinds ? " (some)" : "",
      counts.unique, explain_kinds ? " (one alone)" : "",
      counts.moved > 0 ? fmt::format("; {} moved", counts.moved) : "",
      left_out > 0 ? fmt::format("; {} {} that change{} nothing left out", left_out,
                                 left_out == 1 ? "row" : "rows", left_out == 1 ? "s" : "")
                   : "");
}

}  // namespace concord::report_pieces
