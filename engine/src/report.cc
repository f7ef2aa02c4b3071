// Side-by-side reports of a comparison: one self-contained HTML page, or a Markdown table.
#include "concord/engine/report.hpp"

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

namespace concord {
namespace {

// The machine translation of a member's paragraph that alignment read, if there is one.
const std::string* translation_of(const Comparison& comparison, const GroupMember& m) {
  if (m.statement >= comparison.translated_paragraphs.size()) return nullptr;
  const auto& paragraphs = comparison.translated_paragraphs[m.statement];
  return m.paragraph < paragraphs.size() ? &paragraphs[m.paragraph] : nullptr;
}

// "English" for "en": the language's name in English, or the code when ICU has no name.
std::string language_name(const std::string& code) {
  icu::UnicodeString name;
  icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? code : out;
}

// Says, in a report's header, that statements in different languages were aligned through
// translations, so that a reader knows the links rest on machine translation.
std::string translation_note(const Comparison& comparison) {
  if (comparison.translated_into.empty()) return {};
  return fmt::format(
      " Statements in different languages were aligned through machine translations into {}; "
      "each is shown in its own words.",
      language_name(comparison.translated_into));
}

constexpr std::size_t kTocWords = 12;

// "Comparison of A/RES/79/7 and A/RES/80/4": each statement by its symbol, else its body,
// else its id; a name given twice gets the statement's date, and a name and date given twice
// (one text in two languages) its language too.
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

std::string_view kind_name(GroupKind kind) { return to_string(kind); }

// The white space a diff segment starts with, and the rest.
std::pair<std::string_view, std::string_view> split_space(std::string_view text) {
  const auto lead = text.find_first_not_of(" \t\r\n");
  if (lead == std::string_view::npos) return {text, {}};
  return {text.substr(0, lead), text.substr(lead)};
}

// The first words of a paragraph with its label, for the table of contents.
std::string first_words(const Paragraph& p) {
  std::string out = p.label.empty() ? "" : p.label + " ";
  std::size_t words = 0, pos = 0;
  const std::string& text = p.text;
  while (pos < text.size() && words < kTocWords) {
    const auto start = text.find_first_not_of(' ', pos);
    if (start == std::string::npos) break;
    auto end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (words > 0) out += ' ';
    out.append(text, start, end - start);
    ++words;
    pos = end;
  }
  if (text.find_first_not_of(' ', pos) != std::string::npos) out += " …";
  return out;
}

// A language code is only trusted in an attribute when it looks like one ("en", "pt-BR").
std::string language_attribute(const std::string& language) {
  if (language.empty() || language.size() > 16) return "";
  for (const char c : language) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return "";
  }
  return fmt::format(" lang=\"{}\"", language);
}

struct KindCounts {
  std::size_t shared = 0, partial = 0, unique = 0, moved = 0;
};

KindCounts count_kinds(const Comparison& comparison) {
  KindCounts counts;
  for (const AlignedGroup& g : comparison.groups) {
    (g.kind == GroupKind::Shared    ? counts.shared
     : g.kind == GroupKind::Partial ? counts.partial
                                    : counts.unique)++;
    if (g.moved) ++counts.moved;
  }
  return counts;
}

constexpr std::string_view kCountsNote =
    "Counts are paragraphs of the row's statement; shared with all means in a shared row.";

// "22 rows: 19 shared, 0 partial, 3 unique; 1 moved". The Markdown report has no legend, so
// there each kind says what it means: "19 shared (every statement)".
std::string row_counts_text(std::size_t rows, const KindCounts& counts, bool explain_kinds) {
  return fmt::format("{} rows: {} shared{}, {} partial{}, {} unique{}{}", rows, counts.shared,
                     explain_kinds ? " (every statement)" : "", counts.partial,
                     explain_kinds ? " (some)" : "", counts.unique,
                     explain_kinds ? " (one alone)" : "",
                     counts.moved > 0 ? fmt::format("; {} moved", counts.moved) : "");
}

std::string describe_date(const Statement& s) { return s.date.empty() ? "undated" : s.date; }

std::string describe_body(const Statement& s) { return s.body.empty() ? "unknown body" : s.body; }

// "also in row 4", "also in rows 2, 5 and 7", each row number as `row_reference` writes it
// (a link in HTML, the number in Markdown).
template <typename RowReference>
std::string also_in_text(const std::vector<std::size_t>& rows, RowReference row_reference) {
  std::string out = rows.size() == 1 ? "also in row " : "also in rows ";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i > 0) out += i + 1 == rows.size() ? " and " : ", ";
    out += row_reference(rows[i]);
  }
  return out;
}

// Indexes of the members of `g` that are paragraphs of statement `s`: one table cell's content.
std::vector<std::size_t> members_of_statement(const AlignedGroup& g, std::size_t s) {
  std::vector<std::size_t> members;
  for (std::size_t i = 0; i < g.members.size(); ++i) {
    if (g.members[i].statement == s) members.push_back(i);
  }
  return members;
}

using Escape = std::string (*)(std::string_view);

// Markup around a piece of text: a tag pair in HTML, emphasis marks in Markdown.
struct Enclosure {
  std::string_view open, close;
};

// How a format marks up a paragraph, so that one walk over a member's diff serves both reports.
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

const ParagraphMarkup kHtmlMarkup{escape_html,
                                  {"<span class=\"label\">", "</span>"},
                                  {"<mark>", "</mark>"},
                                  {"<span class=\"infl\">", "</span>"},
                                  false,
                                  false};
const ParagraphMarkup kMarkdownMarkup{escape_markdown_cell, {"", ""}, {"**", "**"},
                                      {"*", "*"},           true,     true};

// The label and words of member `i` of `g`, own wording and inflection marked, every piece of
// document text escaped.
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

// The sign a change of speech act is tagged with: up or down the verb's scale, a qualifier
// added or dropped; none for another verb or a negation, whose words say it.
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

// What changed, unescaped: "calls upon → demands", or the qualifier or act added or dropped.
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

// The paragraph the change is measured against: "against A ¶2".
std::string change_source(const LanguageChange& c) {
  return fmt::format("against {} ¶{}", statement_letter(c.from_statement), c.from_paragraph + 1);
}

// A change is shown on the member holding its later act.
bool shown_on(const LanguageChange& c, const GroupMember& m) {
  return c.to_statement == m.statement && c.to_paragraph == m.paragraph;
}

// The verb of a matrix cell and its rung: "not calls upon (3)".
std::string demand_verb(const Demand& d, Escape escape) {
  return fmt::format("{}{} ({})", d.negated ? "not " : "", escape(d.lemma), d.strength);
}

// The demand a matrix row stands for, unescaped: "all States: respect the zone".
std::string demand_name(const DemandRow& row) {
  return row.addressee.empty() ? row.action : row.addressee + ": " + row.action;
}

// The cell of statement `s` in a matrix row; null when the statement does not make the demand.
const Demand* demand_cell(const DemandRow& row, std::size_t s) {
  return s < row.cells.size() && row.cells[s] ? &*row.cells[s] : nullptr;
}

constexpr std::string_view kMatrixIntro =
    "The same demand across statements: the same action asked of the same addressee. Each cell "
    "is the verb the statement uses and its rung on the strength scale of its family.";

const char* const kStyle = R"(
:root {
  --shared: #2e7d32; --shared-bg: #edf7ee;
  --partial: #c77700; --partial-bg: #fff5e3;
  --unique: #5a4fb0; --unique-bg: #f2f0fb;
  --line: #c9c9c9; --quiet: #666;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Liberation Sans", "Noto Sans", Arial, sans-serif;
       font-size: 14px; line-height: 1.4; color: #1a1a1a; margin: 1.5em; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
a { color: inherit; }
.generated { color: var(--quiet); margin: 0 0 1em; }
table { border-collapse: collapse; }
.summary td, .summary th { border: 1px solid var(--line); padding: .25em .5em;
                           vertical-align: top; text-align: left; }
.summary td.num, .summary th.num { text-align: right; font-variant-numeric: tabular-nums; }
.summary td.date { white-space: nowrap; }
.summary .stmt-title { display: block; color: var(--quiet); font-size: .9em; }
.totals, .legend { margin: .6em 0; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4em 1.4em; }
.swatch { display: inline-block; width: 1.1em; height: .9em; vertical-align: -0.1em;
          border-left: 5px solid; margin-right: .3em; }
.swatch.shared { border-color: var(--shared); background: var(--shared-bg); }
.swatch.partial { border-color: var(--partial); background: var(--partial-bg); }
.swatch.unique { border-color: var(--unique); background: var(--unique-bg); }
.swatch.empty { border-color: var(--line); background: repeating-linear-gradient(
                135deg, #fff 0 3px, #e6e6e6 3px 5px); }
mark { background: #ffe16b; color: inherit; padding: 0 .08em; border-radius: 2px; }
.infl { border-bottom: 1px dashed #8a8a8a; color: #4a4a4a; }
.badge { display: inline-block; font-size: .75em; font-weight: bold; letter-spacing: .04em;
         text-transform: uppercase; padding: 0 .35em; border-radius: 3px; color: #fff; }
.badge.shared { background: var(--shared); }
.badge.partial { background: var(--partial); }
.badge.unique { background: var(--unique); }
.badge.moved { background: #fff; color: #b00020; border: 1px solid #b00020; }
.toc ul { columns: 2 28em; column-gap: 2em; margin: 0; padding: 0; list-style: none;
          font-size: .88em; }
.toc li { break-inside: avoid; margin: 0 0 .15em; padding-left: 2.4em; text-indent: -2.4em; }
.toc .badge { text-indent: 0; }
.toc .n { display: inline-block; width: 2.1em; text-align: right; margin-right: .3em;
          text-indent: 0; color: var(--quiet); font-variant-numeric: tabular-nums; }
.toc a { text-decoration: none; }
.toc a:hover { text-decoration: underline; }
table.comparison { width: 100%; table-layout: fixed; margin-top: 1em; }
table.comparison col.rowhead-col { width: 5.2em; }
table.comparison th, table.comparison td { border: 1px solid var(--line); padding: .45em .6em;
                                           vertical-align: top; text-align: left; }
table.comparison thead th { background: #f4f4f4; position: sticky; top: 0; z-index: 1;
                            border-bottom: 2px solid #888; font-weight: normal; }
thead .letter { font-weight: bold; margin-right: .3em; }
thead .body { font-weight: bold; }
thead .title { display: block; font-size: .92em; }
thead .date { display: block; color: var(--quiet); font-size: .85em; }
th.rowhead { font-weight: normal; font-size: .85em; overflow-wrap: anywhere; }
th.rowhead .num { display: block; font-weight: bold; font-size: 1.15em; text-decoration: none; }
th.rowhead .sim { display: block; color: var(--quiet); }
th.rowhead .badge { margin-top: .2em; }
tr.shared th.rowhead { border-left: 6px solid var(--shared); }
tr.partial th.rowhead { border-left: 6px solid var(--partial); }
tr.unique th.rowhead { border-left: 6px solid var(--unique); }
tr.shared td.member { background: var(--shared-bg); }
tr.partial td.member { background: var(--partial-bg); }
tr.unique td.member { background: var(--unique-bg); }
td.empty { background: repeating-linear-gradient(135deg, #fff 0 6px, #f1f1f1 6px 9px); }
.para + .para { margin-top: .6em; padding-top: .6em; border-top: 1px dotted var(--line); }
.para.heading { font-weight: bold; }
.label { font-weight: bold; }
.mt { display: block; margin-top: .25em; font-size: .82em; color: var(--quiet);
  font-style: italic; }
.also { display: block; margin-top: .25em; font-size: .82em; color: var(--quiet);
        font-style: italic; }
.also a { color: inherit; }
.change { display: inline-block; margin: .25em .3em 0 0; padding: 0 .35em; font-size: .78em;
          border-radius: 3px; border: 1px solid #8a8a8a; color: #333; background: #fff; }
.change.strengthened, .change.negation-added { border-color: #b00020; color: #b00020; }
.change.weakened, .change.negation-dropped { border-color: #1f5fa8; color: #1f5fa8; }
.change.act-added, .change.act-dropped { border-style: dashed; }
.matrix td, .matrix th { border: 1px solid var(--line); padding: .25em .5em;
                         vertical-align: top; text-align: left; }
.matrix td.cell { white-space: nowrap; }
.matrix td.none { color: var(--quiet); text-align: center; }
.matrix .family { display: block; color: var(--quiet); font-size: .85em; }
footer { margin-top: 1.5em; color: var(--quiet); font-size: .85em; }
@page { size: A4 landscape; margin: 12mm 10mm; }
@media print {
  body { margin: 0; font-size: 9pt; }
  h1 { font-size: 15pt; }
  a { text-decoration: none; }
  table.comparison thead th { position: static; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, .para, .summary tr { break-inside: avoid; page-break-inside: avoid; }
  .toc { break-after: page; page-break-after: always; }
  .toc ul { columns: 3; font-size: 8pt; }
}
)";

class HtmlWriter {
 public:
  HtmlWriter(const std::vector<Statement>& statements, const Comparison& comparison,
             const ReportOptions& options)
      : statements_(statements),
        comparison_(comparison),
        options_(options),
        rows_(report_rows(statements, comparison, options.by)),
        summary_(summarise_report(statements, comparison)) {}

  std::string render() {
    const std::string title = options_.title.empty() ? default_title(statements_) : options_.title;
    const std::string lang =
        statements_.empty() ? "" : language_attribute(statements_.front().language);
    out_ += "<!DOCTYPE html>\n<html" + lang + ">\n<head>\n<meta charset=\"utf-8\">\n";
    // Defence in depth: even a text that escaped escaping could run no script nor fetch.
    out_ +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"Concord\">\n";
    out_ += "<title>" + escape_html(title) + "</title>\n<style>" + kStyle + "</style>\n";
    out_ += "</head>\n<body>\n<header>\n<h1>" + escape_html(title) + "</h1>\n";
    out_ += "<p class=\"generated\">";
    if (!options_.generated.empty()) {
      out_ += "Generated by Concord on " + escape_html(options_.generated) + ". ";
    }
    if (!statements_.empty()) {
      out_ +=
          fmt::format("Rows follow the reading order of {} ({}).", statement_letter(options_.by),
                      escape_html(describe_body(statements_[options_.by])));
    }
    out_ += escape_html(translation_note(comparison_));
    out_ += "</p>\n</header>\n";
    write_summary();
    if (options_.matrix != nullptr) write_matrix(*options_.matrix);
    write_toc();
    write_table();
    out_ +=
        "<footer>Made with Concord: paragraphs grouped by what they say, wording compared "
        "inside each group.</footer>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void write_summary() {
    const std::size_t n = statements_.size();
    out_ +=
        "<section class=\"summary\">\n<h2>Summary</h2>\n<table>\n<thead><tr><th></th>"
        "<th>Statement</th><th>Date</th><th class=\"num\">Paragraphs</th>";
    for (std::size_t j = 0; j < n; ++j) {
      out_ += fmt::format("<th class=\"num\">Shared with {}</th>", statement_letter(j));
    }
    out_ +=
        "<th class=\"num\">Shared with all</th><th class=\"num\">Unique</th></tr></thead>\n"
        "<tbody>\n";
    for (std::size_t i = 0; i < n; ++i) {
      const Statement& s = statements_[i];
      out_ += fmt::format("<tr><th>{}</th><td><strong>{}</strong><span class=\"stmt-title\">{}",
                          statement_letter(i), escape_html(describe_body(s)), escape_html(s.title));
      if (!s.symbol.empty()) out_ += " (" + escape_html(s.symbol) + ")";
      out_ += "</span></td><td class=\"date\">" + escape_html(describe_date(s)) + "</td>";
      out_ += fmt::format("<td class=\"num\">{}</td>", s.paragraphs.size());
      for (std::size_t j = 0; j < n; ++j) {
        if (i == j) {
          out_ += "<td class=\"num\">—</td>";
        } else {
          out_ += fmt::format("<td class=\"num\">{}</td>", summary_.shared_with[i][j]);
        }
      }
      out_ += fmt::format("<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                          summary_.shared_with_all[i], summary_.unique[i]);
    }
    out_ += "</tbody>\n</table>\n";
    out_ += fmt::format("<p class=\"totals\">{} {}.</p>\n", kCountsNote,
                        row_counts_text(rows_.size(), count_kinds(comparison_), false));
    out_ +=
        "<ul class=\"legend\">\n"
        "<li><span class=\"swatch shared\"></span>shared: every statement says it</li>\n"
        "<li><span class=\"swatch partial\"></span>partial: some statements say it</li>\n"
        "<li><span class=\"swatch unique\"></span>unique: one statement alone</li>\n"
        "<li><span class=\"swatch empty\"></span>no corresponding paragraph</li>\n"
        "<li><mark>own wording</mark>: not in every paragraph of the row</li>\n"
        "<li><span class=\"infl\">inflection</span>: the same word, inflected or spelled "
        "differently</li>\n"
        "<li><span class=\"badge moved\">moved</span>: out of the order of the other "
        "version</li>\n"
        "</ul>\n</section>\n";
  }

  // One row per demand, one column per statement: the verb and its rung, or a dash.
  void write_matrix(const DemandMatrix& matrix) {
    const std::size_t n = statements_.size();
    out_ += fmt::format("<section class=\"matrix\">\n<h2>Consensus matrix</h2>\n<p>{}</p>\n",
                        kMatrixIntro);
    if (matrix.rows.empty()) {
      out_ += "<p>No speech acts found.</p>\n</section>\n";
      return;
    }
    out_ += "<table>\n<thead><tr><th>Demand</th>";
    for (std::size_t s = 0; s < n; ++s) out_ += "<th>" + statement_letter(s) + "</th>";
    out_ += "</tr></thead>\n<tbody>\n";
    for (const DemandRow& row : matrix.rows) {
      out_ += "<tr><td>" + escape_html(demand_name(row)) + "<span class=\"family\">" +
              escape_html(row.family) + "</span></td>";
      for (std::size_t s = 0; s < n; ++s) {
        const Demand* d = demand_cell(row, s);
        out_ += d == nullptr ? std::string("<td class=\"none\">—</td>")
                             : fmt::format("<td class=\"cell\" title=\"{}\">{}</td>",
                                           escape_html(d->text), demand_verb(*d, escape_html));
      }
      out_ += "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  void write_toc() {
    out_ += "<nav class=\"toc\">\n<h2>Contents</h2>\n<ul>\n";
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      const AlignedGroup& g = comparison_.groups[rows_[r].group];
      const GroupMember& first = g.members.front();
      const Paragraph& p = statements_[first.statement].paragraphs[first.paragraph];
      out_ += fmt::format(
          "<li><a href=\"#row-{0}\"><span class=\"n\">{0}</span> <span class=\"badge "
          "{1}\">{1}</span> "
          "{2}: {3}</a></li>\n",
          r + 1, kind_name(g.kind), statement_letter(first.statement), escape_html(first_words(p)));
    }
    out_ += "</ul>\n</nav>\n";
  }

  void write_table() {
    const std::size_t n = statements_.size();
    out_ += "<table class=\"comparison\">\n<colgroup><col class=\"rowhead-col\">";
    for (std::size_t s = 0; s < n; ++s) out_ += "<col>";
    out_ += "</colgroup>\n<thead><tr><th class=\"rowhead\" scope=\"col\">Row</th>";
    for (std::size_t s = 0; s < n; ++s) {
      const Statement& st = statements_[s];
      out_ += fmt::format(
          "<th class=\"statement\" scope=\"col\"><span class=\"letter\">{}</span>"
          "<span class=\"body\">{}</span><span class=\"title\">{}</span>"
          "<span class=\"date\">{}</span></th>",
          statement_letter(s), escape_html(describe_body(st)), escape_html(st.title),
          escape_html(describe_date(st)));
    }
    out_ += "</tr></thead>\n<tbody>\n";
    for (std::size_t r = 0; r < rows_.size(); ++r) write_row(r);
    out_ += "</tbody>\n</table>\n";
  }

  void write_row(std::size_t r) {
    const ReportRow& row = rows_[r];
    const AlignedGroup& g = comparison_.groups[row.group];
    const std::string_view kind = kind_name(g.kind);
    out_ += fmt::format(
        "<tr id=\"row-{0}\" class=\"group {1}\"><th class=\"rowhead\" scope=\"row\">"
        "<a class=\"num\" href=\"#row-{0}\">{0}</a><span class=\"badge {1}\">{1}</span>",
        r + 1, kind);
    if (g.kind != GroupKind::Unique) {
      out_ += fmt::format("<span class=\"sim\" title=\"similarity\">{:.2f}</span>", g.similarity);
    }
    if (g.moved) out_ += "<span class=\"badge moved\">moved</span>";
    out_ += "</th>";
    for (std::size_t s = 0; s < statements_.size(); ++s) {
      const std::vector<std::size_t> members = members_of_statement(g, s);
      if (members.empty()) {
        out_ += "<td class=\"empty\"></td>";
        continue;
      }
      out_ += "<td class=\"member\"" + language_attribute(statements_[s].language) + ">";
      for (const std::size_t i : members) write_member(g, i, row.also_in[i]);
      out_ += "</td>";
    }
    out_ += "</tr>\n";
  }

  void write_member(const AlignedGroup& g, std::size_t i, const std::vector<std::size_t>& also) {
    const GroupMember& m = g.members[i];
    const Paragraph& p = statements_[m.statement].paragraphs[m.paragraph];
    out_ += fmt::format("<div class=\"para {}\" title=\"paragraph {}\">", to_string(p.kind),
                        m.paragraph + 1);
    out_ += marked_paragraph(statements_[m.statement], g, i, kHtmlMarkup);
    if (const std::string* translation = translation_of(comparison_, m)) {
      out_ +=
          fmt::format("<span class=\"mt\"{} title=\"machine translation read to align\">{}</span>",
                      language_attribute(comparison_.translated_into), escape_html(*translation));
    }
    for (const LanguageChange& c : g.changes) {
      if (shown_on(c, m)) write_change(c);
    }
    if (!also.empty()) {
      const auto link = [](std::size_t row) {
        return fmt::format("<a href=\"#row-{0}\">{0}</a>", row);
      };
      out_ += "<span class=\"also\">" + also_in_text(also, link) + "</span>";
    }
    out_ += "</div>";
  }

  // A tag on the later member: "↑ calls upon → demands", "+ as appropriate"; where it is
  // measured against in its title.
  void write_change(const LanguageChange& c) {
    const std::string_view sign = change_sign(c.kind);
    const std::string words = escape_html(change_words(c));
    out_ += fmt::format("<span class=\"change {0}\" title=\"{0} {1}: {2}\">{3}</span>",
                        to_string(c.kind), change_source(c), escape_html(c.detail),
                        sign.empty() ? words : fmt::format("{} {}", sign, words));
  }

  const std::vector<Statement>& statements_;
  const Comparison& comparison_;
  const ReportOptions& options_;
  std::vector<ReportRow> rows_;
  ReportSummary summary_;
  std::string out_;
};

// A change of speech act as a line of a Markdown cell, in the words of the HTML tag and its
// title: "↑ strengthened: calls upon → demands (against A ¶2: request 3 → 5)".
std::string markdown_change(const LanguageChange& c) {
  const std::string_view sign = change_sign(c.kind);
  std::string out = sign.empty() ? "" : fmt::format("{} ", sign);
  out += fmt::format("{}: {} ({}", to_string(c.kind), escape_markdown_cell(change_words(c)),
                     change_source(c));
  if (!c.detail.empty()) out += ": " + escape_markdown_cell(c.detail);
  return out + ")";
}

// A member's paragraph, where else it is, then a line per change of speech act on it: all on
// one source line, since a line break would end the table row.
std::string markdown_member(const Statement& statement, const AlignedGroup& g, std::size_t i,
                            const std::vector<std::size_t>& also) {
  std::string out = marked_paragraph(statement, g, i, kMarkdownMarkup);
  if (!also.empty()) {
    const auto number = [](std::size_t row) { return std::to_string(row); };
    out += " *(" + also_in_text(also, number) + ")*";
  }
  for (const LanguageChange& c : g.changes) {
    if (shown_on(c, g.members[i])) out += "<br>" + markdown_change(c);
  }
  return out;
}

// The consensus matrix as a Markdown section: a row per demand, a column per statement.
std::string markdown_matrix(const DemandMatrix& matrix, std::size_t statement_count) {
  std::string out = fmt::format("## Consensus matrix\n\n{}\n\n", kMatrixIntro);
  if (matrix.rows.empty()) return out + "No speech acts found.\n\n";
  out += "| Demand | Family |";
  for (std::size_t s = 0; s < statement_count; ++s)
    out += fmt::format(" {} |", statement_letter(s));
  out += "\n|---|---|";
  for (std::size_t s = 0; s < statement_count; ++s) out += "---|";
  out += "\n";
  for (const DemandRow& row : matrix.rows) {
    out += fmt::format("| {} | {} |", escape_markdown_cell(demand_name(row)),
                       escape_markdown_cell(row.family));
    for (std::size_t s = 0; s < statement_count; ++s) {
      const Demand* d = demand_cell(row, s);
      out += fmt::format(" {} |", d == nullptr ? "—" : demand_verb(*d, escape_markdown_cell));
    }
    out += "\n";
  }
  return out + "\n";
}

}  // namespace

std::vector<ReportRow> report_rows(const std::vector<Statement>& statements,
                                   const Comparison& comparison, std::size_t by) {
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

  std::vector<ReportRow> rows(count);
  std::map<GroupMember, std::vector<std::size_t>> rows_of;
  for (std::size_t r = 0; r < count; ++r) {
    rows[r].group = keyed[r].second;
    for (const GroupMember& m : comparison.groups[rows[r].group].members) {
      rows_of[m].push_back(r + 1);
    }
  }
  for (std::size_t r = 0; r < count; ++r) {
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

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

// Bytes of the punctuation or space character `text` starts (or, `at_end`, ends) with: ASCII
// punctuation and white space, or the quotes, dashes and marks of typeset text; 0 for
// anything else.
std::size_t punctuation_length(std::string_view text, bool at_end) {
  if (text.empty()) return 0;
  const char edge = at_end ? text.back() : text.front();
  if (static_cast<unsigned char>(edge) < 0x80) {
    const auto c = static_cast<unsigned char>(edge);
    return std::ispunct(c) || std::isspace(c) ? 1 : 0;
  }
  for (const std::string_view mark : {"\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014",
                                      "\u2026", "\u00AB", "\u00BB", "\u00BF", "\u00A1"}) {
    if (at_end ? text.ends_with(mark) : text.starts_with(mark)) return mark.size();
  }
  return 0;
}

}  // namespace

std::string emphasise_markdown(std::string_view text, std::string_view mark) {
  std::size_t start = 0, end = text.size();
  while (std::size_t n = punctuation_length(text.substr(start, end - start), false)) start += n;
  while (std::size_t n = punctuation_length(text.substr(start, end - start), true)) end -= n;
  if (start == end) return escape_markdown_cell(text);
  return escape_markdown_cell(text.substr(0, start)) + std::string(mark) +
         escape_markdown_cell(text.substr(start, end - start)) + std::string(mark) +
         escape_markdown_cell(text.substr(end));
}

std::string escape_markdown_cell(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += ' ';
        break;
      case '\n':
        out += ' ';
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
        out += '\\';
        out += c;
        break;
      // Character references rather than backslashes: every Markdown renders them as the
      // character, and none then sees a tag ("<script>") in the text.
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&': {
        // Only where it could start a character reference ("&amp;", "&#60;").
        const bool reference =
            i + 1 < text.size() &&
            (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#');
        out += reference ? "&amp;" : "&";
        break;
      }
      default:
        out += c;
    }
  }
  return out;
}

std::string render_html_report(const std::vector<Statement>& statements,
                               const Comparison& comparison, const ReportOptions& options) {
  return HtmlWriter(statements, comparison, options).render();
}

std::string render_markdown_report(const std::vector<Statement>& statements,
                                   const Comparison& comparison, const ReportOptions& options) {
  const std::vector<ReportRow> rows = report_rows(statements, comparison, options.by);
  const ReportSummary summary = summarise_report(statements, comparison);
  const std::size_t n = statements.size();
  const std::string title = options.title.empty() ? default_title(statements) : options.title;
  std::string out = "# " + escape_markdown_cell(title) + "\n\n";
  if (!options.generated.empty()) {
    out += "Generated by Concord on " + escape_markdown_cell(options.generated) + ". ";
  }
  out += fmt::format("Rows follow the reading order of {} ({}).", statement_letter(options.by),
                     escape_markdown_cell(describe_body(statements[options.by])));
  out += escape_markdown_cell(translation_note(comparison)) + "\n\n";

  out += "## Summary\n\n| | Statement | Date | Paragraphs |";
  for (std::size_t j = 0; j < n; ++j) out += fmt::format(" Shared with {} |", statement_letter(j));
  out += " Shared with all | Unique |\n|---|---|---|---:|";
  for (std::size_t j = 0; j < n; ++j) out += "---:|";
  out += "---:|---:|\n";
  for (std::size_t i = 0; i < n; ++i) {
    const Statement& s = statements[i];
    std::string name = "**" + escape_markdown_cell(describe_body(s)) + "**";
    if (!s.title.empty()) name += "<br>" + escape_markdown_cell(s.title);
    if (!s.symbol.empty()) name += " (" + escape_markdown_cell(s.symbol) + ")";
    out += fmt::format("| {} | {} | {} | {} |", statement_letter(i), name,
                       escape_markdown_cell(describe_date(s)), s.paragraphs.size());
    for (std::size_t j = 0; j < n; ++j) {
      out += i == j ? std::string(" — |") : fmt::format(" {} |", summary.shared_with[i][j]);
    }
    out += fmt::format(" {} | {} |\n", summary.shared_with_all[i], summary.unique[i]);
  }
  out += fmt::format(
      "\n{} {}. In each row, **bold** marks wording not every paragraph of the row has, "
      "*italics* the same word inflected differently; a line under a paragraph is a change of "
      "speech act against the paragraph it names (↑ or ↓ a verb strengthened or weakened, + or − "
      "a qualifier added or dropped).\n\n",
      kCountsNote, row_counts_text(rows.size(), count_kinds(comparison), true));
  if (options.matrix != nullptr) out += markdown_matrix(*options.matrix, n);

  out += "## Paragraphs\n\n| # | Kind |";
  for (std::size_t s = 0; s < n; ++s) {
    out += fmt::format(" {}: {}, {} |", statement_letter(s),
                       escape_markdown_cell(describe_body(statements[s])),
                       escape_markdown_cell(describe_date(statements[s])));
  }
  out += "\n|---:|---|";
  for (std::size_t s = 0; s < n; ++s) out += "---|";
  out += "\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const AlignedGroup& g = comparison.groups[rows[r].group];
    std::string kind(kind_name(g.kind));
    if (g.kind != GroupKind::Unique) kind += fmt::format(" {:.2f}", g.similarity);
    if (g.moved) kind += ", moved";
    out += fmt::format("| {} | {} |", r + 1, kind);
    for (std::size_t s = 0; s < n; ++s) {
      std::string cell;
      for (const std::size_t i : members_of_statement(g, s)) {
        if (!cell.empty()) cell += "<br><br>";
        cell += markdown_member(statements[s], g, i, rows[r].also_in[i]);
      }
      out += cell.empty() ? " |" : " " + cell + " |";
    }
    out += "\n";
  }
  return out;
}

}  // namespace concord
