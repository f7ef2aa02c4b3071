// End-to-end tests of --format md and --format html on the commands that print data: a
// Markdown document or one self-contained HTML page, document text escaped.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace concord {
namespace {

namespace fs = std::filesystem;
using testing::run_concord;
using testing::TempDir;

// A communiqué whose title and paragraphs hold markup and table pipes, which must come out
// as text.
const char* const kNam =
    "---\ntitle: \"NAM <script>alert(1)</script> | communiqué\"\nbody: Non-Aligned Movement\n"
    "date: 2025-11-18\nlanguage: en\n---\n\n"
    "1. Recalling the Proclamation of Latin America and the Caribbean as a Zone of Peace "
    "<script>alert(2)</script> | in force,\n\n"
    "2. Calls upon the United States to cease its airstrikes against small vessels | now;\n";

const char* const kFriends =
    "---\ntitle: Friends communiqué\nbody: Group of Friends\ndate: 2025-11-19\nlanguage: "
    "en\n---\n\n"
    "1. Urges the immediate withdrawal of all military assets from the Caribbean;\n\n"
    "2. Calls upon the United States to cease its airstrikes against small vessels;\n";

// SOURCE_DATE_EPOCH for 2025-11-18 (UTC), so that reports made a second apart are equal.
const std::map<std::string, std::string> kFixedDate = {{"SOURCE_DATE_EPOCH", "1763500000"}};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A Markdown document: a `#` heading first, and a table whose header row is followed by a
// `|---` separator.
void expect_markdown_document(const std::string& md) {
  EXPECT_EQ(md.rfind("# ", 0), 0u) << md;
  const std::vector<std::string> lines = lines_of(md);
  const auto separator = std::find_if(lines.begin(), lines.end(), [](const std::string& line) {
    return line.rfind("|---", 0) == 0;
  });
  ASSERT_NE(separator, lines.end()) << md;
  ASSERT_NE(separator, lines.begin()) << md;
  EXPECT_EQ(std::prev(separator)->rfind("| ", 0), 0u) << md;
  EXPECT_EQ(std::count(separator->begin(), separator->end(), '|'),
            std::count(std::prev(separator)->begin(), std::prev(separator)->end(), '|'))
      << "the separator has as many columns as the header\n"
      << md;
}

// One self-contained HTML page: no script, nothing fetched, a table.
void expect_html_page(const std::string& html) {
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u) << html;
  EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\">")) << html;
  EXPECT_TRUE(contains(html, "<title>")) << html;
  EXPECT_TRUE(contains(html, "<style>")) << html;
  EXPECT_TRUE(contains(html, "<table>")) << html;
  EXPECT_FALSE(contains(html, "<script")) << html;
  EXPECT_FALSE(contains(html, "http://")) << html;
  EXPECT_FALSE(contains(html, "https://")) << html;
  EXPECT_TRUE(contains(html, "</html>\n")) << html;
}

class DocumentOutputCliTest : public ::testing::Test {
 protected:
  DocumentOutputCliTest() {
    nam_ = dir_.write("corpus/nam.md", kNam).string();
    friends_ = dir_.write("corpus/friends.md", kFriends).string();
  }
  testing::ProcessResult concord(std::vector<std::string> args,
                                 const std::map<std::string, std::string>& env = {}) {
    args.insert(args.begin(), {"--db", (dir_.path() / "db").string()});
    return run_concord(args, env);
  }
  // Ingests both communiqués into the test's database.
  void ingest() {
    const auto ingested = concord({"ingest", (dir_.path() / "corpus").string()});
    ASSERT_EQ(ingested.exit_code, 0) << ingested.err;
  }
  TempDir dir_;
  std::string nam_;
  std::string friends_;
};

TEST_F(DocumentOutputCliTest, SearchAsMarkdownIsATableOfHitsWithMatchesInBold) {
  ingest();
  const auto result = concord({"search", "--format", "md", "airstrikes"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_markdown_document(result.out);
  EXPECT_TRUE(contains(result.out, "# Search: airstrikes\n")) << result.out;
  EXPECT_TRUE(contains(result.out, "| Snippet |")) << result.out;
  EXPECT_TRUE(contains(result.out, "cease its **airstrikes** against small vessels \\| now"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "NAM &lt;script&gt;alert(1)&lt;/script&gt; \\| communiqué"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "| Non-Aligned Movement | 2025-11-18 | nam | ¶2 2. |"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, SearchAsHtmlMarksMatchesAndListsFacets) {
  ingest();
  const auto result = concord({"search", "--format", "html", "--facets", "\"zone of peace\""});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_html_page(result.out);
  EXPECT_TRUE(contains(result.out, "as a <mark>Zone of Peace</mark> &lt;script&gt;")) << result.out;
  EXPECT_TRUE(contains(result.out, "&lt;script&gt;alert(2)&lt;/script&gt; | in force"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "<h2>Bodies</h2>")) << result.out;
  EXPECT_TRUE(contains(result.out, "<td>Non-Aligned Movement</td><td>1</td>")) << result.out;
}

TEST_F(DocumentOutputCliTest, SearchHeadingNamesTheFiltersOutsideTheQuery) {
  ingest();
  const auto result = concord({"search", "--format", "md", "--body", "nam", "--from", "2025"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.rfind("# Search: (body nam, from 2025)\n", 0), 0u) << result.out;
  EXPECT_TRUE(contains(result.out, "hits 1-2 of 2")) << result.out;
  const auto past_the_end = concord(
      {"search", "--format", "md", "--body", "nam", "--from", "2025", "--offset", "2"});
  EXPECT_TRUE(contains(past_the_end.out, "no hits from 3 on (2 in all)")) << past_the_end.out;
}

TEST_F(DocumentOutputCliTest, SearchWithoutHitsSaysSoInTheDocument) {
  ingest();
  const auto result = concord({"search", "--format", "md", "nowhere"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(contains(result.out, "no hits")) << result.out;
  EXPECT_TRUE(contains(result.out, "no paragraphs match")) << result.out;
  EXPECT_FALSE(contains(result.out, "|---")) << result.out;
}

TEST_F(DocumentOutputCliTest, PrecedentAsMarkdownShowsTheDiffOfEachUse) {
  ingest();
  const auto result = concord(
      {"precedent", "--format", "md", "Calls upon the United States to cease its airstrikes"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_markdown_document(result.out);
  EXPECT_TRUE(contains(result.out, "| Closeness |")) << result.out;
  EXPECT_TRUE(contains(result.out, "earliest: nam (Non-Aligned Movement, 2025-11-18) ¶2 2."))
      << result.out;
  // The semicolon stays outside the bold, where Markdown reads it as emphasis.
  EXPECT_TRUE(contains(result.out, "**against small vessels \\| now**;")) << result.out;
}

TEST_F(DocumentOutputCliTest, PrecedentAsHtmlMarksAddedAndMissingWords) {
  ingest();
  const auto result =
      concord({"precedent", "--format", "html",
               "Calls upon the United States to cease its airstrikes against large vessels"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_html_page(result.out);
  EXPECT_TRUE(
      contains(result.out, "against <del>large</del> <ins>small</ins> vessels <ins>| now;</ins>"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, ShowAsMarkdownListsParagraphsEscaped) {
  const auto result = concord({"show", "--format", "md", nam_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_markdown_document(result.out);
  EXPECT_EQ(result.out.rfind("# NAM &lt;script&gt;alert(1)&lt;/script&gt; \\| communiqué\n", 0), 0u)
      << result.out;
  EXPECT_TRUE(contains(result.out, "| # | Label | Kind | Text |")) << result.out;
  EXPECT_TRUE(contains(result.out,
                       "| 1 | 1. | preambular | Recalling the Proclamation of Latin America and "
                       "the Caribbean as a Zone of Peace &lt;script&gt;alert(2)&lt;/script&gt; "
                       "\\| in force, |"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "id nam · Non-Aligned Movement · 2025-11-18 · en"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, ShowAsHtmlEscapesTitleAndParagraphs) {
  const auto result = concord({"show", "--format", "html", nam_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_html_page(result.out);
  EXPECT_TRUE(
      contains(result.out, "<title>NAM &lt;script&gt;alert(1)&lt;/script&gt; | communiqué</title>"))
      << result.out;
  EXPECT_TRUE(contains(result.out,
                       "<td>2</td><td>2.</td><td>operative</td><td>Calls upon the United "
                       "States to cease its airstrikes against small vessels | now;</td>"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, ListAsMarkdownHasOneRowPerStatement) {
  ingest();
  const auto result = concord({"list", "--format", "markdown"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_markdown_document(result.out);
  EXPECT_TRUE(contains(result.out, "2 statements, 4 paragraphs")) << result.out;
  EXPECT_TRUE(contains(result.out,
                       "| nam | 2025-11-18 | en | 2 | Non-Aligned Movement | NAM "
                       "&lt;script&gt;alert(1)&lt;/script&gt; \\| communiqué |"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "| friends | 2025-11-19 | en | 2 | Group of Friends |"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, ListAsHtmlHasOneRowPerStatement) {
  ingest();
  const auto result = concord({"list", "--format", "htm"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_html_page(result.out);
  EXPECT_TRUE(contains(result.out,
                       "<td>nam</td><td>2025-11-18</td><td>en</td><td>2</td><td>Non-Aligned "
                       "Movement</td><td>NAM &lt;script&gt;alert(1)&lt;/script&gt; | "
                       "communiqué</td>"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, DemandsAsMarkdownHaveOneTablePerStatement) {
  const auto result = concord({"demands", "--format", "md", nam_, friends_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_markdown_document(result.out);
  EXPECT_TRUE(contains(result.out,
                       "## NAM &lt;script&gt;alert(1)&lt;/script&gt; \\| communiqué — "
                       "Non-Aligned Movement (2025-11-18, nam)"))
      << result.out;
  EXPECT_TRUE(
      contains(result.out, "## Friends communiqué — Group of Friends (2025-11-19, friends)"))
      << result.out;
  EXPECT_TRUE(contains(result.out,
                       "| ¶2 2. | Calls upon | request 3 | the United States | cease its "
                       "airstrikes against small vessels \\| now |"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, DemandsAsHtmlEscapeTheActions) {
  const auto result = concord({"demands", "--format", "html", nam_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_html_page(result.out);
  EXPECT_TRUE(contains(result.out, "<th>Addressee</th>")) << result.out;
  EXPECT_TRUE(
      contains(result.out, "Zone of Peace &lt;script&gt;alert(2)&lt;/script&gt; | in force"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, MatrixAsMarkdownHasAColumnPerStatement) {
  const auto result = concord({"matrix", "--format", "md", nam_, friends_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_markdown_document(result.out);
  EXPECT_TRUE(contains(result.out, "| Demand | Family | A | B |")) << result.out;
  EXPECT_TRUE(contains(result.out, "| request | calls upon(3) | calls upon(3) |")) << result.out;
  EXPECT_TRUE(contains(result.out,
                       "| the Proclamation of Latin America and the Caribbean as a Zone of Peace "
                       "&lt;script&gt;alert(2)&lt;/script&gt; \\| in force | affirmation | "
                       "recalls(1) | — |"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "| request | — | urges(4) |")) << result.out;
}

TEST_F(DocumentOutputCliTest, MatrixAsHtmlNamesTheStatementsOfItsColumns) {
  const auto result = concord({"matrix", "--format", "html", nam_, friends_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_html_page(result.out);
  EXPECT_TRUE(contains(result.out,
                       "<td>A</td><td>NAM &lt;script&gt;alert(1)&lt;/script&gt; | "
                       "communiqué</td><td>Non-Aligned Movement</td>"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "<td>calls upon(3)</td><td>calls upon(3)</td>")) << result.out;
}

TEST_F(DocumentOutputCliTest, CompareAsMarkdownIsTheReport) {
  const fs::path file = dir_.path() / "report.md";
  const auto report = concord({"report", "-o", file.string(), nam_, friends_}, kFixedDate);
  ASSERT_EQ(report.exit_code, 0) << report.err;
  const auto result = concord({"compare", "--format", "md", nam_, friends_}, kFixedDate);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, read(file));
  expect_markdown_document(result.out);
  EXPECT_TRUE(contains(result.out, "Generated by Concord on 2025-11-18.")) << result.out;
  EXPECT_TRUE(contains(result.out, "&lt;script&gt;alert(2)&lt;/script&gt; \\| in force"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, CompareAsHtmlIsTheReport) {
  const fs::path file = dir_.path() / "report.html";
  const auto report = concord({"report", "-o", file.string(), nam_, friends_}, kFixedDate);
  ASSERT_EQ(report.exit_code, 0) << report.err;
  const auto result = concord({"compare", "--format", "HTML", nam_, friends_}, kFixedDate);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, read(file));
  expect_html_page(result.out);
  EXPECT_TRUE(contains(result.out, "&lt;script&gt;alert(2)&lt;/script&gt; | in force"))
      << result.out;
}

TEST_F(DocumentOutputCliTest, HelpOfEachDataCommandNamesEveryFormat) {
  for (const char* command :
       {"search", "list", "show", "compare", "demands", "matrix", "precedent"}) {
    const auto help = run_concord({command, "--help"});
    EXPECT_EQ(help.exit_code, 0) << command;
    EXPECT_TRUE(contains(help.out, "text, json, md or html")) << command << "\n" << help.out;
  }
}

TEST_F(DocumentOutputCliTest, UnknownFormatIsAOneLineUsageError) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"show", "--format", "xml", nam_},
        std::vector<std::string>{"compare", "--format", "pdf", nam_, friends_},
        std::vector<std::string>{"matrix", "--format", "csv", nam_}}) {
    const auto result = concord(args);
    EXPECT_EQ(result.exit_code, 2) << args[0];
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_TRUE(contains(result.err, "(use text, json, md or html)")) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
  }
}

TEST_F(DocumentOutputCliTest, IngestRefusesDocumentFormatsBeforeTouchingTheDatabase) {
  for (const char* format : {"md", "html"}) {
    const auto result = concord({"ingest", "--format", format, nam_});
    EXPECT_EQ(result.exit_code, 2) << format;
    EXPECT_EQ(result.err, "concord: unknown format '" + std::string(format) +
                              "' (ingest writes text or json)\n");
  }
  EXPECT_FALSE(fs::exists(dir_.path() / "db"));
}

}  // namespace
}  // namespace concord
