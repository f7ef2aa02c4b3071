// Side-by-side reports of a comparison: one self-contained HTML page, or a Markdown table.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/statement.hpp"

namespace concord {

/// What a report shows beyond the comparison: its reading order, heading and date.
struct ReportOptions {
  /// Index of the statement whose paragraph order the rows follow.
  std::size_t by = 0;
  /// Heading of the report; when empty, "Comparison of " and the statements' symbols, else
  /// bodies, else ids ("Comparison of NAM and CELAC-EU"), a name given twice with its date.
  std::string title;
  /// When the report was made ("2025-11-20"), shown as given; nothing when empty. The engine
  /// reads no clock.
  std::string generated;
  /// The consensus matrix of the statements, shown in both reports as its own section after
  /// the summary; none when null. Its cells must be one per statement compared.
  const DemandMatrix* matrix = nullptr;
  /// Leave out the rows of groups that change nothing (changes_nothing), and say how many:
  /// between versions of one text, what remains is what was revised, moved, added or
  /// dropped. The summary still counts every paragraph.
  bool changes_only = false;
};

/// One row of a report: a group of the comparison and where its paragraphs also appear.
struct ReportRow {
  /// Index into Comparison::groups.
  std::size_t group = 0;
  /// For each member of the group, the other rows (numbered from 1) holding the same
  /// paragraph, in increasing order; empty when the paragraph is in this row only.
  std::vector<std::vector<std::size_t>> also_in;
};

/// The rows of a report in the reading order of statement `by`: groups with a paragraph of
/// `by` by its first such paragraph; a group without one right after the rows that hold the
/// nearest earlier paragraph of its first member's statement that `by` shares (before every
/// row when there is none), ties kept in the comparison's order. Throws std::out_of_range
/// when `by` is not a statement index. With `changes_only`, groups that change nothing
/// (changes_nothing) have no row.
[[nodiscard]] std::vector<ReportRow> report_rows(const std::vector<Statement>& statements,
                                                 const Comparison& comparison, std::size_t by,
                                                 bool changes_only = false);

/// Paragraph counts for the summary of a report.
struct ReportSummary {
  /// shared_with[i][j]: paragraphs of statement i in a group that has a paragraph of
  /// statement j (i != j); shared_with[i][i] is the number of paragraphs of i.
  std::vector<std::vector<std::size_t>> shared_with;
  /// Paragraphs of each statement in a shared group (one that every statement has a
  /// paragraph in); a paragraph linked to each other statement through different groups
  /// does not count.
  std::vector<std::size_t> shared_with_all;
  /// Paragraphs of each statement in no group with another statement.
  std::vector<std::size_t> unique;
};

/// Counts, for each statement, its paragraphs shared with each other statement and with all.
[[nodiscard]] ReportSummary summarise_report(const std::vector<Statement>& statements,
                                             const Comparison& comparison);

/// The letter a comparison names statement `statement` (from 0) by: "A".."Z", then "A2".."Z2"
/// and so on, so that no two of many statements share one.
[[nodiscard]] std::string statement_letter(std::size_t statement);

/// `text` with &, <, >, " and ' replaced by character references, safe in HTML text and in
/// quoted attribute values.
[[nodiscard]] std::string escape_html(std::string_view text);

/// `text` safe in a cell of a Markdown table: Markdown punctuation and `|` backslash-escaped,
/// `<` and `>` (and `&` where it could start a reference) as character references, line breaks
/// turned into spaces.
[[nodiscard]] std::string escape_markdown_cell(std::string_view text);

/// `text` emphasised in Markdown with `mark` ("**", "*", "~~"), escaped as
/// escape_markdown_cell does it. Punctuation and white space at either end stay outside the
/// marks, since CommonMark reads no emphasis in "vessels**;**", "**“Calls**" or ",** whose":
/// the marks go around the words ("“**Calls**"); text of punctuation alone is not marked.
[[nodiscard]] std::string emphasise_markdown(std::string_view text, std::string_view mark);

/// A self-contained HTML page (inline CSS, no scripts, nothing fetched): a summary, the
/// consensus matrix when options.matrix is set, a table of contents, then one column per
/// statement and one row per group, own wording marked, changes of speech act (a verb
/// strengthened or weakened, a hedge or negation added or dropped) as small tags, print
/// styles for A4 landscape with the column headers repeated on every page. Every piece of
/// document text is escaped. Throws std::out_of_range when options.by is not a statement index.
[[nodiscard]] std::string render_html_report(const std::vector<Statement>& statements,
                                             const Comparison& comparison,
                                             const ReportOptions& options);

/// The same content as render_html_report as Markdown: statements, summary table, the
/// consensus matrix as a table when options.matrix is set, then one table row per group (own
/// wording in bold, inflection in italics, each change of speech act on a line of its own
/// under the paragraph it is on, in the words of the HTML tag and its title:
/// "↑ strengthened: calls upon → demands (against A ¶2: request 3 → 5)"). Every piece of
/// document text is escaped as escape_markdown_cell does it.
[[nodiscard]] std::string render_markdown_report(const std::vector<Statement>& statements,
                                                 const Comparison& comparison,
                                                 const ReportOptions& options);

}  // namespace concord
