// Tests for the HTML and Markdown reports: escaping, columns, row order, summary counts,
// changes of speech act and the consensus matrix.
#include "concord/engine/report.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/demands.hpp"
#include "concord/engine/language_changes.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/word_diff.hpp"

namespace concord {
namespace {

Statement make_statement(const std::string& id, const std::string& body,
                         const std::vector<std::pair<std::string, std::string>>& paragraphs) {
  Statement s;
  s.id = id;
  s.body = body;
  s.title = "Title of " + id;
  s.date = "2025-11-18";
  s.language = "en";
  for (const auto& [label, text] : paragraphs) {
    Paragraph p;
    p.ordinal = s.paragraphs.size();
    p.label = label;
    p.kind = label.empty() ? ParagraphKind::Preambular : ParagraphKind::Operative;
    p.text = text;
    s.paragraphs.push_back(p);
  }
  return s;
}

AlignedGroup make_group(GroupKind kind, std::vector<GroupMember> members,
                        const std::vector<Statement>& statements) {
  AlignedGroup g;
  g.kind = kind;
  g.similarity = kind == GroupKind::Unique ? 1.0 : 0.8;
  g.members = std::move(members);
  for (const GroupMember& m : g.members) {
    g.diff.push_back({{SharedKind::Common, statements[m.statement].paragraphs[m.paragraph].text}});
  }
  return g;
}

std::size_t occurrences(std::string_view text, std::string_view needle) {
  std::size_t count = 0;
  for (auto pos = text.find(needle); pos != std::string_view::npos;
       pos = text.find(needle, pos + needle.size())) {
    ++count;
  }
  return count;
}

// The HTML of one row of the comparison table.
std::string row_html(const std::string& html, std::size_t row) {
  const std::string start = "<tr id=\"row-" + std::to_string(row) + "\"";
  const auto begin = html.find(start);
  if (begin == std::string::npos) return "";
  return html.substr(begin, html.find("</tr>", begin) - begin);
}

// Column separators of a Markdown table line: the pipes not escaped as text.
std::size_t unescaped_pipes(std::string_view line) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++count;
  }
  return count;
}

// The lines of the first Markdown table after `heading`, header and delimiter row included.
std::vector<std::string> table_after(const std::string& markdown, std::string_view heading) {
  std::vector<std::string> lines;
  const auto section = markdown.find(heading);
  if (section == std::string::npos) return lines;
  for (auto pos = markdown.find("\n|", section); pos != std::string::npos;) {
    const auto end = markdown.find('\n', pos + 1);
    if (end == std::string::npos) break;
    const std::string line = markdown.substr(pos + 1, end - pos - 1);
    if (line.empty() || line.front() != '|') break;
    lines.push_back(line);
    pos = end;
  }
  return lines;
}

LanguageChange make_change(LanguageChangeKind kind, std::string from, std::string to,
                           std::string detail, GroupMember earlier, GroupMember later) {
  LanguageChange c;
  c.kind = kind;
  c.from = std::move(from);
  c.to = std::move(to);
  c.detail = std::move(detail);
  c.from_statement = earlier.statement;
  c.from_paragraph = earlier.paragraph;
  c.to_statement = later.statement;
  c.to_paragraph = later.paragraph;
  return c;
}

Demand make_demand(std::string lemma, int strength, bool negated = false) {
  Demand d;
  d.lemma = std::move(lemma);
  d.strength = strength;
  d.negated = negated;
  d.text = d.lemma + " ...";
  return d;
}

DemandRow make_demand_row(std::string addressee, std::string action, std::string family,
                          std::vector<std::optional<Demand>> cells) {
  DemandRow row;
  row.addressee = std::move(addressee);
  row.action = std::move(action);
  row.family = std::move(family);
  row.cells = std::move(cells);
  return row;
}

// Three statements: A0 B1 C0 say the same, A1 joins B0 and, separately, C1; A2 and B2 are
// alone.
class ReportTest : public ::testing::Test {
 protected:
  ReportTest() {
    statements_ = {
        make_statement("alpha", "Body A",
                       {{"", "alpha zero"}, {"1.", "alpha one"}, {"2.", "alpha two"}}),
        make_statement("beta", "Body B",
                       {{"(a)", "beta zero"}, {"(b)", "beta one"}, {"(c)", "beta two"}}),
        make_statement("gamma", "Body C", {{"", "gamma zero"}, {"OP 1", "gamma one"}}),
    };
    comparison_.groups = {
        make_group(GroupKind::Shared, {{0, 0}, {1, 1}, {2, 0}}, statements_),
        make_group(GroupKind::Partial, {{0, 1}, {1, 0}}, statements_),
        make_group(GroupKind::Partial, {{0, 1}, {2, 1}}, statements_),
        make_group(GroupKind::Unique, {{0, 2}}, statements_),
        make_group(GroupKind::Unique, {{1, 2}}, statements_),
    };
  }
  std::vector<std::size_t> row_groups(std::size_t by) const {
    std::vector<std::size_t> out;
    for (const ReportRow& row : report_rows(statements_, comparison_, by)) {
      out.push_back(row.group);
    }
    return out;
  }
  std::vector<Statement> statements_;
  Comparison comparison_;
};

TEST(MarkdownEmphasis, KeepsPunctuationAtTheEndsOutsideTheMarks) {
  EXPECT_EQ(emphasise_markdown("strikes", "**"), "**strikes**");
  // CommonMark reads no emphasis in "vessels**;**" or "**\u201cCalls**".
  EXPECT_EQ(emphasise_markdown(";", "**"), ";");
  EXPECT_EQ(emphasise_markdown("\u201cCalls upon\u201d,", "**"), "\u201c**Calls upon**\u201d,");
  // Nor after a comma and a space: the space too stays outside.
  EXPECT_EQ(emphasise_markdown(", whose preservation is our aim ", "**"),
            ", **whose preservation is our aim** ");
  // Marks inside the text are escaped; the brackets and marks at its ends stay outside.
  EXPECT_EQ(emphasise_markdown("(a) the *vessels*", "*"), "(*a) the \\*vessels*\\*");
}

TEST(StatementLetter, NamesManyStatementsEachByItsOwnLetter) {
  EXPECT_EQ(statement_letter(0), "A");
  EXPECT_EQ(statement_letter(25), "Z");
  // The 27th statement is not a second "A".
  EXPECT_EQ(statement_letter(26), "A2");
  EXPECT_EQ(statement_letter(53), "B3");
}

TEST(ReportEscapeTest, EscapesTheFiveHtmlCharacters) {
  EXPECT_EQ(escape_html("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(escape_html("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(escape_html("Peace & Security 'now'"), "Peace &amp; Security &#39;now&#39;");
  EXPECT_EQ(escape_html("Café — ¶"), "Café — ¶");
}

TEST(ReportEscapeTest, MarkdownCellEscapesPipesAndLineBreaks) {
  EXPECT_EQ(escape_markdown_cell("a | b"), "a \\| b");
  EXPECT_EQ(escape_markdown_cell("one\ntwo\r\nthree"), "one two three");
  EXPECT_EQ(escape_markdown_cell("*bold* _it_ [x](y) <b> `c`"),
            "\\*bold\\* \\_it\\_ \\[x\\](y) &lt;b&gt; \\`c\\`");
  EXPECT_EQ(escape_markdown_cell("Peace & Security &amp;"), "Peace & Security &amp;amp;");
}

TEST_F(ReportTest, HostileDocumentTextIsEscapedEverywhere) {
  const std::string script = "<script>alert(1)</script>";
  const std::string image = "\"><img src=x onerror=alert(1)>";
  for (Statement& s : statements_) {
    s.title = script + " & " + image;
    s.body = image + " & " + script;
    s.date = script;
    s.symbol = image;
    s.language = image;
    for (Paragraph& p : s.paragraphs) {
      p.label = image;
      p.text = script + " & " + image;
    }
  }
  for (AlignedGroup& g : comparison_.groups) {
    for (auto& segments : g.diff) {
      segments = {{SharedKind::Common, script},
                  {SharedKind::Own, " & " + image},
                  {SharedKind::Inflection, " " + script}};
    }
  }
  ReportOptions options;
  options.title = script + image;
  options.generated = image;
  const std::string html = render_html_report(statements_, comparison_, options);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find(" & "), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(html.find(" &amp; "), std::string::npos);
  // Links only point inside the page.
  for (auto pos = html.find("href=\""); pos != std::string::npos;
       pos = html.find("href=\"", pos + 1)) {
    EXPECT_EQ(html[pos + 6], '#') << html.substr(pos, 40);
  }
  EXPECT_EQ(occurrences(html, "src="), occurrences(html, "&lt;img src="));
  // A language code that is not one is left out rather than escaped into an attribute.
  EXPECT_EQ(html.find("lang=\"&quot;"), std::string::npos);

  const std::string markdown = render_markdown_report(statements_, comparison_, options);
  EXPECT_EQ(markdown.find("<script"), std::string::npos);
  EXPECT_EQ(markdown.find("<img"), std::string::npos);
  EXPECT_NE(markdown.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

TEST_F(ReportTest, HasOneColumnPerStatementAndEmptyCellsBesideUniqueParagraphs) {
  const std::string html = render_html_report(statements_, comparison_, {});
  EXPECT_EQ(occurrences(html, "<th class=\"statement\""), 3u);
  EXPECT_NE(html.find("Body A"), std::string::npos);
  EXPECT_NE(html.find("Title of beta"), std::string::npos);
  EXPECT_NE(html.find("2025-11-18"), std::string::npos);
  // Rows in A's order: g0, g4 (B2 follows B1), g1, g2, g3.
  const std::string unique_a = row_html(html, 5);
  ASSERT_FALSE(unique_a.empty());
  EXPECT_NE(unique_a.find("class=\"group unique\""), std::string::npos);
  EXPECT_NE(unique_a.find("alpha two"), std::string::npos);
  EXPECT_EQ(occurrences(unique_a, "<td class=\"empty\"></td>"), 2u);
  EXPECT_EQ(occurrences(unique_a, "<td class=\"member\""), 1u);
  const std::string shared = row_html(html, 1);
  EXPECT_NE(shared.find("class=\"group shared\""), std::string::npos);
  EXPECT_EQ(occurrences(shared, "<td class=\"empty\"></td>"), 0u);
  EXPECT_EQ(occurrences(shared, "<td class=\"member\""), 3u);
  // Every row has a cell per statement.
  for (std::size_t row = 1; row <= 5; ++row) {
    const std::string r = row_html(html, row);
    EXPECT_EQ(occurrences(r, "<td "), 3u) << r;
  }
  // The documents' own labels are kept.
  EXPECT_NE(html.find("<span class=\"label\">(b)</span>"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"label\">OP 1</span>"), std::string::npos);
}

TEST_F(ReportTest, RowsFollowTheChosenStatement) {
  EXPECT_EQ(row_groups(0), (std::vector<std::size_t>{0, 4, 1, 2, 3}));
  // By B: B0's row, A2 after the row of A1 with B, B1's row, A1 with C after A0's row, B2.
  EXPECT_EQ(row_groups(1), (std::vector<std::size_t>{1, 3, 0, 2, 4}));
  // By C: C0's row, then A1 with B (after A0) and B2 (after B1), C1's row, A2 after it.
  EXPECT_EQ(row_groups(2), (std::vector<std::size_t>{0, 1, 4, 2, 3}));
  EXPECT_THROW((void)report_rows(statements_, comparison_, 3), std::out_of_range);

  ReportOptions options;
  options.by = 1;
  const std::string html = render_html_report(statements_, comparison_, options);
  const auto table = html.find("<table class=\"comparison\"");
  ASSERT_NE(table, std::string::npos);
  const auto beta_zero = html.find("beta zero", table);
  const auto beta_one = html.find("beta one", table);
  const auto beta_two = html.find("beta two", table);
  EXPECT_LT(beta_zero, beta_one);
  EXPECT_LT(beta_one, beta_two);
  EXPECT_NE(html.find("reading order of B (Body B)"), std::string::npos);
}

// Two statements of one body are told apart by their dates, each of them.
TEST(ReportTitleTest, StatementsOfOneBodyAreNamedWithTheirDates) {
  std::vector<Statement> statements{make_statement("g7-2023", "G7", {{"", "One."}}),
                                    make_statement("g7-2024", "G7", {{"", "One."}}),
                                    make_statement("quad", "Quad", {{"", "One."}})};
  statements[0].date = "2023-02-24";
  statements[1].date = "2024-02-24";
  Comparison comparison;
  const std::string markdown = render_markdown_report(statements, comparison, ReportOptions{});
  EXPECT_NE(markdown.find("# Comparison of G7 (2023-02-24), G7 (2024-02-24) and Quad\n"),
            std::string::npos)
      << markdown.substr(0, 200);
}

// One communiqué and its translation share symbol and date: their languages tell them apart.
TEST(ReportTitleTest, OneTextInTwoLanguagesIsNamedWithItsLanguages) {
  std::vector<Statement> statements{make_statement("nam", "NAM", {{"", "One."}}),
                                    make_statement("nam-es", "NAM", {{"", "Uno."}}),
                                    make_statement("friends", "Friends", {{"", "One."}})};
  for (std::size_t i : {0, 1}) {
    statements[i].symbol = "NAM/CB/2025/1";
    statements[i].date = "2025-11-18";
  }
  statements[0].language = "en";
  statements[1].language = "es";
  statements[2].language = "en";
  Comparison comparison;
  const std::string markdown = render_markdown_report(statements, comparison, ReportOptions{});
  EXPECT_NE(markdown.find("# Comparison of NAM/CB/2025/1 (2025-11-18, en), NAM/CB/2025/1 "
                          "(2025-11-18, es) and Friends\n"),
            std::string::npos)
      << markdown.substr(0, 200);
}

TEST_F(ReportTest, ParagraphInTwoGroupsSaysWhereElse) {
  const std::vector<ReportRow> rows = report_rows(statements_, comparison_, 0);
  ASSERT_EQ(rows.size(), 5u);
  // Rows 3 and 4 hold A1 (groups 1 and 2).
  ASSERT_EQ(rows[2].group, 1u);
  EXPECT_EQ(rows[2].also_in[0], (std::vector<std::size_t>{4}));
  EXPECT_TRUE(rows[2].also_in[1].empty());
  EXPECT_EQ(rows[3].also_in[0], (std::vector<std::size_t>{3}));
  const std::string html = render_html_report(statements_, comparison_, {});
  EXPECT_NE(row_html(html, 3).find("also in row <a href=\"#row-4\">4</a>"), std::string::npos);
  EXPECT_NE(row_html(html, 4).find("also in row <a href=\"#row-3\">3</a>"), std::string::npos);
  const std::string markdown = render_markdown_report(statements_, comparison_, {});
  EXPECT_NE(markdown.find("*(also in row 4)*"), std::string::npos);
}

TEST_F(ReportTest, SummaryCountsParagraphsSharedPairwiseAndWithAll) {
  const ReportSummary summary = summarise_report(statements_, comparison_);
  const std::vector<std::vector<std::size_t>> expected = {{3, 2, 2}, {2, 3, 1}, {2, 1, 2}};
  EXPECT_EQ(summary.shared_with, expected);
  // A1 reaches B and C through different groups: not shared with all.
  EXPECT_EQ(summary.shared_with_all, (std::vector<std::size_t>{1, 1, 1}));
  EXPECT_EQ(summary.unique, (std::vector<std::size_t>{1, 1, 0}));

  const std::string markdown = render_markdown_report(statements_, comparison_, {});
  EXPECT_NE(
      markdown.find("| A | **Body A**<br>Title of alpha | 2025-11-18 | 3 | — | 2 | 2 | 1 | 1 |"),
      std::string::npos)
      << markdown;
  EXPECT_NE(
      markdown.find("| C | **Body C**<br>Title of gamma | 2025-11-18 | 2 | 2 | 1 | — | 1 | 0 |"),
      std::string::npos)
      << markdown;
}

TEST_F(ReportTest, TableOfContentsListsEveryRow) {
  const std::string html = render_html_report(statements_, comparison_, {});
  const auto toc = html.find("<nav class=\"toc\">");
  const auto end = html.find("</nav>", toc);
  ASSERT_NE(toc, std::string::npos);
  const std::string contents = html.substr(toc, end - toc);
  EXPECT_EQ(occurrences(contents, "<li>"), 5u);
  for (std::size_t row = 1; row <= 5; ++row) {
    EXPECT_NE(contents.find("href=\"#row-" + std::to_string(row) + "\""), std::string::npos);
  }
  EXPECT_NE(contents.find("A: alpha zero"), std::string::npos);
  EXPECT_NE(contents.find("A: 2. alpha two"), std::string::npos);
}

TEST_F(ReportTest, MarksOwnWordingAndInflectionAndMoves) {
  comparison_.groups[1].diff = {
      {{SharedKind::Common, "alpha"}, {SharedKind::Own, " one"}},
      {{SharedKind::Inflection, "beta"}, {SharedKind::Common, " zero"}},
  };
  comparison_.groups[1].moved = true;
  const std::string html = render_html_report(statements_, comparison_, {});
  const std::string row = row_html(html, 3);
  EXPECT_NE(row.find("<span class=\"label\">1.</span> alpha <mark>one</mark>"), std::string::npos)
      << row;
  EXPECT_NE(row.find("<span class=\"infl\">beta</span> zero"), std::string::npos) << row;
  EXPECT_NE(row.find("badge moved"), std::string::npos);
  EXPECT_EQ(row_html(html, 1).find("badge moved"), std::string::npos);
  // Print styles: A4 landscape, headers repeated, rows kept whole.
  EXPECT_NE(html.find("size: A4 landscape"), std::string::npos);
  EXPECT_NE(html.find("thead { display: table-header-group; }"), std::string::npos);
  EXPECT_NE(html.find("break-inside: avoid"), std::string::npos);

  const std::string markdown = render_markdown_report(statements_, comparison_, {});
  EXPECT_NE(markdown.find("1. alpha **one**"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("(a) *beta* zero"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("partial 0.80, moved"), std::string::npos) << markdown;
}

TEST_F(ReportTest, MarkdownTableKeepsOneLinePerRowWithPipesEscaped) {
  statements_[0].paragraphs[2].text = "left | right\nnext line";
  comparison_.groups[3].diff = {{{SharedKind::Common, "left | right\nnext line"}}};
  statements_[1].title = "A | B";
  const std::string markdown = render_markdown_report(statements_, comparison_, {});
  EXPECT_NE(markdown.find("left \\| right next line"), std::string::npos) << markdown;
  const auto table = markdown.find("## Paragraphs");
  ASSERT_NE(table, std::string::npos);
  std::size_t pos = markdown.find('\n', markdown.find("| #", table)) + 1;
  const std::string header =
      markdown.substr(markdown.find("| #", table), pos - 1 - markdown.find("| #", table));
  const std::size_t columns = unescaped_pipes(header);
  EXPECT_EQ(columns, 6u);  // "#", "Kind" and three statements
  std::size_t rows = 0;
  while (pos < markdown.size()) {
    const auto end = markdown.find('\n', pos);
    const std::string line = markdown.substr(pos, end - pos);
    pos = end == std::string::npos ? markdown.size() : end + 1;
    if (line.empty()) break;
    EXPECT_EQ(unescaped_pipes(line), columns) << line;
    ++rows;
  }
  EXPECT_EQ(rows, 6u);  // the delimiter row and five groups
  const std::string summary = markdown.substr(0, table);
  EXPECT_NE(summary.find("Title of alpha"), std::string::npos);
  EXPECT_NE(summary.find("A \\| B"), std::string::npos);
}

TEST_F(ReportTest, MarkdownPutsEachChangeOfSpeechActOnALineUnderItsParagraph) {
  // B1 strengthens A0's verb and adds a qualifier; the HTML tags both on B1.
  comparison_.groups[0].changes = {
      make_change(LanguageChangeKind::Strengthened, "calls upon", "demands", "request 3 → 5",
                  {0, 0}, {1, 1}),
      make_change(LanguageChangeKind::QualifierAdded, "", "as appropriate", "", {0, 0}, {1, 1}),
  };
  const std::string html = render_html_report(statements_, comparison_, {});
  EXPECT_NE(row_html(html, 1).find(">↑ calls upon → demands</span>"), std::string::npos);

  const std::string markdown = render_markdown_report(statements_, comparison_, {});
  EXPECT_NE(markdown.find("(b) beta one<br>↑ strengthened: calls upon → demands (against A ¶1: "
                          "request 3 → 5)<br>+ qualifier-added: as appropriate (against A ¶1) |"),
            std::string::npos)
      << markdown;
  // The changes are on the later paragraph only, and the row stays one table line.
  EXPECT_EQ(occurrences(markdown, "strengthened: calls upon"), 1u);
  const std::vector<std::string> table = table_after(markdown, "## Paragraphs");
  ASSERT_EQ(table.size(), 7u);  // header, delimiter row and five groups
  for (const std::string& line : table) EXPECT_EQ(unescaped_pipes(line), 6u) << line;
}

TEST_F(ReportTest, MarkdownShowsTheConsensusMatrixAsATableWhenGiven) {
  DemandMatrix matrix;
  matrix.rows = {
      make_demand_row("all States", "respect the zone", "request",
                      {make_demand("calls upon", 3), make_demand("demands", 5), std::nullopt}),
      make_demand_row("", "the strikes", "condemnation",
                      {std::nullopt, std::nullopt, make_demand("condemns", 3, true)}),
  };
  ReportOptions options;
  options.matrix = &matrix;
  const std::string markdown = render_markdown_report(statements_, comparison_, options);
  const auto section = markdown.find("## Consensus matrix");
  ASSERT_NE(section, std::string::npos) << markdown;
  // Where the HTML has it: after the summary, before the groups.
  EXPECT_LT(markdown.find("## Summary"), section);
  EXPECT_LT(section, markdown.find("## Paragraphs"));
  const std::vector<std::string> table = table_after(markdown, "## Consensus matrix");
  EXPECT_EQ(table,
            (std::vector<std::string>{
                "| Demand | Family | A | B | C |",
                "|---|---|---|---|---|",
                "| all States: respect the zone | request | calls upon (3) | demands (5) | — |",
                "| the strikes | condemnation | — | — | not condemns (3) |",
            }));

  EXPECT_EQ(render_markdown_report(statements_, comparison_, {}).find("Consensus matrix"),
            std::string::npos);
  const DemandMatrix empty;
  options.matrix = &empty;
  EXPECT_NE(render_markdown_report(statements_, comparison_, options).find("No speech acts found."),
            std::string::npos);
}

TEST_F(ReportTest, HostileTextInChangesAndMatrixIsEscapedInMarkdown) {
  const std::string script = "<script>alert(1)</script>";
  const std::string image = "\"><img src=x onerror=alert(1)>";
  comparison_.groups[0].changes = {
      make_change(LanguageChangeKind::Weakened, script, "a | b\nc", "*" + image + "*", {0, 0},
                  {2, 0}),
  };
  DemandMatrix matrix;
  matrix.rows = {make_demand_row(script + "|", "[x](y)\n" + image, "_family_ | `code`",
                                 {make_demand(script, 2), std::nullopt, make_demand(image, 1)})};
  ReportOptions options;
  options.matrix = &matrix;
  const std::string markdown = render_markdown_report(statements_, comparison_, options);
  EXPECT_EQ(markdown.find("<script"), std::string::npos);
  EXPECT_EQ(markdown.find("<img"), std::string::npos);
  EXPECT_NE(markdown.find("↓ weakened: &lt;script&gt;alert(1)&lt;/script&gt; → a \\| b c "
                          "(against A ¶1: \\*\"&gt;&lt;img src=x onerror=alert(1)&gt;\\*)"),
            std::string::npos)
      << markdown;
  EXPECT_NE(markdown.find("| &lt;script&gt;alert(1)&lt;/script&gt;\\|: \\[x\\](y) \"&gt;&lt;img "
                          "src=x onerror=alert(1)&gt; | \\_family\\_ \\| \\`code\\` | "
                          "&lt;script&gt;alert(1)&lt;/script&gt; (2) | — | \"&gt;&lt;img src=x "
                          "onerror=alert(1)&gt; (1) |"),
            std::string::npos)
      << markdown;
  // Neither a pipe nor a line break in the text adds a column or ends a row.
  for (const std::string& line : table_after(markdown, "## Consensus matrix")) {
    EXPECT_EQ(unescaped_pipes(line), 6u) << line;
  }
  const std::vector<std::string> rows = table_after(markdown, "## Paragraphs");
  EXPECT_EQ(rows.size(), 7u);
  for (const std::string& line : rows) EXPECT_EQ(unescaped_pipes(line), 6u) << line;
}

// Two versions: two paragraphs kept word for word, one of them also making a point of a new
// paragraph; one dropped and one added.
TEST(ReportChangesOnly, RowsThatChangeNothingAreLeftOutAndCounted) {
  const std::vector<Statement> statements = {
      make_statement("old", "Body", {{"1.", "kept"}, {"2.", "kept too"}, {"3.", "dropped"}}),
      make_statement(
          "new", "Body",
          {{"1.", "kept"}, {"2.", "kept too"}, {"3.", "kept too, and more"}, {"4.", "added"}})};
  Comparison comparison;
  comparison.groups = {make_group(GroupKind::Shared, {{0, 0}, {1, 0}}, statements),
                       make_group(GroupKind::Shared, {{0, 1}, {1, 1}}, statements),
                       make_group(GroupKind::Shared, {{0, 1}, {1, 2}}, statements),
                       make_group(GroupKind::Unique, {{0, 2}}, statements),
                       make_group(GroupKind::Unique, {{1, 3}}, statements)};
  EXPECT_TRUE(changes_nothing(comparison.groups[0], statements));
  EXPECT_FALSE(changes_nothing(comparison.groups[2], statements));

  const std::vector<ReportRow> rows = report_rows(statements, comparison, 0, true);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].group, 2u);
  // "kept too" is in a row left out: the row shown says it is nowhere else.
  EXPECT_TRUE(rows[0].also_in[0].empty());
  EXPECT_EQ(report_rows(statements, comparison, 0, false).size(), 5u);

  ReportOptions options;
  options.changes_only = true;
  const std::string markdown = render_markdown_report(statements, comparison, options);
  EXPECT_NE(markdown.find("3 rows: 1 shared (every statement), 0 partial (some), 2 unique "
                          "(one alone); 2 rows that change nothing left out"),
            std::string::npos)
      << markdown;
  // The summary counts every paragraph: three of the new version are shared with the old.
  EXPECT_NE(markdown.find("| 4 | 3 | — |"), std::string::npos) << markdown;
  const std::string html = render_html_report(statements, comparison, options);
  EXPECT_NE(html.find("2 rows that change nothing left out"), std::string::npos);
  EXPECT_EQ(occurrences(html, "<tr id=\"row-"), 3u);
}

}  // namespace
}  // namespace concord
