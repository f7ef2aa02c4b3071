// The side-by-side report as one self-contained HTML page.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "concord/engine/report.hpp"
#include "report_pieces.hpp"

namespace concord {
namespace {

using namespace report_pieces;

constexpr std::size_t kTocWords = 12;

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

const ParagraphMarkup kHtmlMarkup{escape_html,
                                  {"<span class=\"label\">", "</span>"},
                                  {"<mark>", "</mark>"},
                                  {"<span class=\"infl\">", "</span>"},
                                  false,
                                  false};

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
        rows_(report_rows(statements, comparison, options.by, options.changes_only)),
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
    write_vote_changes();
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
      if (s.vote)
        out_ += "</span><span class=\"stmt-title\">" + escape_html(describe_vote(*s.vote));
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
                        row_counts_text(rows_.size(), count_kinds(comparison_, rows_), false,
                                        comparison_.groups.size() - rows_.size()));
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

  // Who voted otherwise from one adoption to the next, when the statements record their votes.
  void write_vote_changes() {
    const std::vector<SuccessiveVotes> votes = successive_vote_changes(statements_);
    if (votes.empty()) return;
    out_ += "<section class=\"votes\">\n<h2>Vote changes</h2>\n<ul>\n";
    for (const SuccessiveVotes& v : votes) {
      out_ += fmt::format("<li><strong>{} → {}</strong>: ", statement_letter(v.earlier),
                          statement_letter(v.later));
      out_ += escape_html(vote_changes_text(v));
      out_ += "</li>\n";
    }
    out_ += "</ul>\n</section>\n";
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

}  // namespace

std::string render_html_report(const std::vector<Statement>& statements,
                               const Comparison& comparison, const ReportOptions& options) {
  return HtmlWriter(statements, comparison, options).render();
}

}  // namespace concord
