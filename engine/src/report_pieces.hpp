// Pieces of text both side-by-side reports write (report_html.cc, report_markdown.cc): titles,
// counts, a member's marked wording, changes of speech act and matrix cells. Private to the
// engine.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/language_changes.hpp"
#include "concord/engine/report.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/vote_changes.hpp"

namespace concord::report_pieces {

/// The machine translation of a member's paragraph that alignment read, if there is one.
[[nodiscard]] const std::string* translation_of(const Comparison& comparison, const GroupMember& m);

/// Says, in a report's header, that statements in different languages were aligned through
/// translations, so that a reader knows the links rest on machine translation.
[[nodiscard]] std::string translation_note(const Comparison& comparison);

/// "Comparison of A/RES/79/7 and A/RES/80/4": each statement by its symbol, else its body,
/// else its id; a name given twice gets the statement's date, and a name and date given twice
/// (one text in two languages) its language too.
[[nodiscard]] std::string default_title(const std::vector<Statement>& statements);

/// One line of a report's vote changes, as plain text: "15 members changed sides, 8 recorded
/// in one vote only. ALBANIA: in favour → abstaining; ARGENTINA: in favour → against; ...".
[[nodiscard]] std::string vote_changes_text(const SuccessiveVotes& votes);

/// The kind's name as the reports show it: "shared", "partial", "unique".
[[nodiscard]] inline std::string_view kind_name(GroupKind kind) { return to_string(kind); }

/// Groups of each kind in a comparison, and those moved.
struct KindCounts {
  std::size_t shared = 0, partial = 0, unique = 0, moved = 0;
};

/// Counts the groups of `rows` by kind.
[[nodiscard]] KindCounts count_kinds(const Comparison& comparison,
                                     const std::vector<ReportRow>& rows);

/// Under the summary table of both reports.
inline constexpr std::string_view kCountsNote =
    "Counts are paragraphs of the row's statement; shared with all means in a shared row.";

/// "22 rows: 19 shared, 0 partial, 3 unique; 1 moved". The Markdown report has no legend, so
/// there each kind says what it means: "19 shared (every statement)". `left_out` rows that
/// change nothing were left out ("; 40 rows that change nothing left out") when not 0.
[[nodiscard]] std::string row_counts_text(std::size_t rows, const KindCounts& counts,
                                          bool explain_kinds, std::size_t left_out = 0);

/// The statement's date, or "undated".
[[nodiscard]] std::string describe_date(const Statement& s);

/// The statement's body, or "unknown body".
[[nodiscard]] std::string describe_body(const Statement& s);

/// "also in row 4", "also in rows 2, 5 and 7", each row number as `row_reference` writes it
/// (a link in HTML, the number in Markdown).
template <typename RowReference>
std::string also_in_text(const std::vector<std::size_t>& rows, RowReference row_reference) {
  std::string out = rows.size() == 1 ? "also in row " : "also in rows ";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i > 0) out += i + 1 == rows.size() ? " and " : ", ";
    out += row_reference(rows[i]);
  }
  return out;
}

/// Indexes of the members of `g` that are paragraphs of statement `s`: one table cell's content.
[[nodiscard]] std::vector<std::size_t> members_of_statement(const AlignedGroup& g, std::size_t s);

/// Escapes document text for one format: escape_html or escape_markdown_cell.
using Escape = std::string (*)(std::string_view);

/// Markup around a piece of text: a tag pair in HTML, emphasis marks in Markdown.
struct Enclosure {
  std::string_view open, close;
};

/// How a format marks up a paragraph, so that one walk over a member's diff serves both reports.
struct ParagraphMarkup {
  Escape escape;
  Enclosure label, own, inflection;
  // A line break inside a Markdown table cell would end the row, so Markdown folds the white
  // space between segments into one space; HTML keeps it as the document has it.
  bool fold_space;
  // Markdown marks own wording and inflection with emphasise_markdown: punctuation at the
  // ends of a marked piece stays outside the marks, or they would not read as emphasis.
  bool marks_words_only;
};

/// The label and words of member `i` of `g`, own wording and inflection marked, every piece of
/// document text escaped.
[[nodiscard]] std::string marked_paragraph(const Statement& statement, const AlignedGroup& g,
                                           std::size_t i, const ParagraphMarkup& markup);

/// The sign a change of speech act is tagged with: up or down the verb's scale, a qualifier
/// added or dropped; none for another verb or a negation, whose words say it.
[[nodiscard]] std::string_view change_sign(LanguageChangeKind kind);

/// What changed, unescaped: "calls upon → demands", or the qualifier or act added or dropped.
[[nodiscard]] std::string change_words(const LanguageChange& c);

/// The paragraph the change is measured against: "against A ¶2".
[[nodiscard]] std::string change_source(const LanguageChange& c);

/// A change is shown on the member holding its later act.
[[nodiscard]] bool shown_on(const LanguageChange& c, const GroupMember& m);

/// The verb of a matrix cell and its rung: "not calls upon (3)".
[[nodiscard]] std::string demand_verb(const Demand& d, Escape escape);

/// The demand a matrix row stands for, unescaped: "all States: respect the zone".
[[nodiscard]] std::string demand_name(const DemandRow& row);

/// The cell of statement `s` in a matrix row; null when the statement does not make the demand.
[[nodiscard]] const Demand* demand_cell(const DemandRow& row, std::size_t s);

/// Above the consensus matrix of both reports.
inline constexpr std::string_view kMatrixIntro =
    "The same demand across statements: the same action asked of the same addressee. Each cell "
    "is the verb the statement uses and its rung on the strength scale of its family.";

}  // namespace concord::report_pieces
