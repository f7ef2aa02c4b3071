// End-to-end tests of `concord report`: HTML, Markdown and PDF files, errors, escaping.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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

// A resolution and its next version, with document text that must not become markup.
const char* const kFirst =
    "---\ntitle: \"<script>alert(1)</script> & friends\"\n"
    "body: '\"><img src=x onerror=alert(1)>'\ndate: 2024-12-02\nlanguage: en\n---\n\n"
    "Recalling its resolutions on the Treaty of Tlatelolco,\n\n"
    "1. Calls upon <script>alert(2)</script> all States & others to respect fully the status "
    "of Latin America and the Caribbean as a nuclear-weapon-free zone;\n\n"
    "2. Decides to include in the provisional agenda of its eighty-first session the item "
    "entitled \"Consolidation of the regime established by the Treaty of Tlatelolco\".\n";

const char* const kSecond =
    "---\ntitle: Consolidation of the regime established by the Treaty of Tlatelolco\n"
    "body: United Nations General Assembly\ndate: 2025-12-01\nlanguage: en\n---\n\n"
    "Recalling its resolutions on the Treaty of Tlatelolco,\n\n"
    "1. Calls upon <script>alert(2)</script> all States & others to respect fully the status "
    "of Latin America and the Caribbean as a nuclear-weapon-free zone;\n\n"
    "2. Expresses grave concern at the airstrikes carried out since September against small "
    "vessels navigating in the Caribbean Sea;\n\n"
    "3. Decides to include in the provisional agenda of its eighty-second session the item "
    "entitled \"Consolidation of the regime established by the Treaty of Tlatelolco\".\n";

const char* const kNoChromium =
    "PDF output needs Chromium: install it with 'apt-get install chromium' or write .html and "
    "print it";

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (auto pos = text.find(needle); pos != std::string::npos;
       pos = text.find(needle, pos + needle.size())) {
    ++count;
  }
  return count;
}

// Chromium as the command looks for it, or an empty path.
fs::path chromium_on_path() {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path != nullptr ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    for (const char* name : {"chromium", "chromium-browser"}) {
      const fs::path candidate = fs::path(dir) / name;
      if (access(candidate.c_str(), X_OK) == 0) return candidate;
    }
  }
  return {};
}

class ReportCliTest : public ::testing::Test {
 protected:
  ReportCliTest() {
    first_ = dir_.write("corpus/a-res-79-10.md", kFirst).string();
    second_ = dir_.write("corpus/a-res-80-12.md", kSecond).string();
    out_ = dir_.path() / "out";
    fs::create_directories(out_);
  }
  // Runs concord with a database path that does not exist: files are read on the fly.
  testing::ProcessResult concord(std::vector<std::string> args,
                                 const std::map<std::string, std::string>& env = {}) {
    args.insert(args.begin(), {"--db", (dir_.path() / "nodb").string()});
    return run_concord(args, env);
  }
  // The names in the output folder, temporary files included.
  std::vector<std::string> output_files() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(out_)) {
      names.push_back(entry.path().filename().string());
    }
    return names;
  }
  TempDir dir_;
  std::string first_;
  std::string second_;
  fs::path out_;
};

TEST_F(ReportCliTest, DashWritesTheReportOnStandardOutput) {
  const auto html = concord({"report", "-o", "-", first_, second_});
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0u);
  const auto markdown = concord({"report", "-o", "-", "--format", "md", first_, second_});
  ASSERT_EQ(markdown.exit_code, 0) << markdown.err;
  EXPECT_EQ(markdown.out.rfind("# ", 0), 0u) << markdown.out;
  EXPECT_TRUE(output_files().empty());
  EXPECT_FALSE(fs::exists("-"));
}

TEST_F(ReportCliTest, WritesASelfContainedHtmlPage) {
  const fs::path file = out_ / "report.html";
  const auto result = concord({"report", "-o", file.string(), first_, second_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_EQ(result.err.rfind("concord: wrote report " + file.string() + " (", 0), 0u) << result.err;
  EXPECT_NE(result.err.find(" groups)\n"), std::string::npos) << result.err;
  const std::string html = read(file);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(occurrences(html, "<th class=\"statement\""), 2u);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(2)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  // The paragraph on airstrikes is the second version's own: a unique row.
  EXPECT_NE(html.find("class=\"group unique\""), std::string::npos);
  EXPECT_NE(html.find("<span class=\"label\">2.</span>"), std::string::npos);
  EXPECT_EQ(output_files(), std::vector<std::string>{"report.html"}) << "no temporary file left";
}

TEST_F(ReportCliTest, WritesAMarkdownTable) {
  const fs::path file = out_ / "notes.md";
  const auto result =
      concord({"report", "--title", "Tlatelolco | 2025", "-o", file.string(), first_, second_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string markdown = read(file);
  EXPECT_EQ(markdown.rfind("# Tlatelolco \\| 2025\n", 0), 0u) << markdown;
  EXPECT_NE(markdown.find("| # | Kind |"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("airstrikes"), std::string::npos);
  // The command hands the consensus matrix to the Markdown report as to the HTML one.
  EXPECT_NE(markdown.find("## Consensus matrix"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("| Demand | Family | A | B |"), std::string::npos) << markdown;
  EXPECT_EQ(markdown.find("<script"), std::string::npos);
  EXPECT_EQ(markdown.find("<img"), std::string::npos);
}

TEST_F(ReportCliTest, FormatOptionOverridesTheExtension) {
  const fs::path file = out_ / "report.txt";
  const auto result = concord({"report", "--format", "md", "-o", file.string(), first_, second_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(read(file).rfind("# ", 0), 0u);
}

TEST_F(ReportCliTest, ReplacesAnExistingReport) {
  const fs::path file = out_ / "report.htm";
  std::ofstream(file) << "old";
  const auto result = concord({"report", "-o", file.string(), first_, second_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(read(file).rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(output_files(), std::vector<std::string>{"report.htm"});
}

TEST_F(ReportCliTest, ByFollowsAnotherStatement) {
  const fs::path file = out_ / "report.html";
  const auto result =
      concord({"report", "--by", "a-res-80-12", "-o", file.string(), first_, second_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(read(file).find("reading order of B"), std::string::npos);

  const auto unknown =
      concord({"report", "--by", "a-res-1-1", "-o", file.string(), first_, second_});
  EXPECT_EQ(unknown.exit_code, 2) << unknown.err;
  EXPECT_NE(unknown.err.find("a-res-1-1"), std::string::npos) << unknown.err;
}

TEST_F(ReportCliTest, MissingOutputIsAUsageError) {
  const auto result = concord({"report", first_, second_});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find("-o FILE"), std::string::npos) << result.err;
}

TEST_F(ReportCliTest, UnknownExtensionOrFormatIsAUsageError) {
  const auto extension =
      concord({"report", "-o", (out_ / "report.docx").string(), first_, second_});
  EXPECT_EQ(extension.exit_code, 2) << extension.err;
  EXPECT_NE(extension.err.find("report.docx"), std::string::npos) << extension.err;
  const auto format = concord(
      {"report", "--format", "rtf", "-o", (out_ / "report.html").string(), first_, second_});
  EXPECT_EQ(format.exit_code, 2) << format.err;
  EXPECT_TRUE(output_files().empty());
}

TEST_F(ReportCliTest, OneStatementIsAUsageError) {
  const auto result = concord({"report", "-o", (out_ / "r.html").string(), first_});
  EXPECT_EQ(result.exit_code, 2) << result.err;
}

TEST_F(ReportCliTest, UnwritableFolderIsAnEnvironmentError) {
  const auto result =
      concord({"report", "-o", (out_ / "missing" / "r.html").string(), first_, second_});
  EXPECT_EQ(result.exit_code, 3) << result.err;
  EXPECT_NE(result.err.find("cannot write"), std::string::npos) << result.err;
}

TEST_F(ReportCliTest, PdfWithoutChromiumSaysHowToGetIt) {
  // A PATH without Chromium, whatever this machine has installed.
  const fs::path empty = dir_.path() / "empty-bin";
  fs::create_directories(empty);
  const auto result = concord({"report", "-o", (out_ / "report.pdf").string(), first_, second_},
                              {{"PATH", empty.string()}});
  EXPECT_EQ(result.exit_code, 3) << result.err;
  EXPECT_NE(result.err.find(kNoChromium), std::string::npos) << result.err;
  EXPECT_TRUE(output_files().empty());
}

TEST_F(ReportCliTest, PdfIsPrintedByChromium) {
  const fs::path file = out_ / "report.pdf";
  const auto result = concord({"report", "-o", file.string(), first_, second_});
  if (chromium_on_path().empty()) {
    // The message the user sees; the branch below needs Chromium.
    EXPECT_EQ(result.exit_code, 3) << result.err;
    EXPECT_NE(result.err.find(kNoChromium), std::string::npos) << result.err;
    GTEST_SKIP() << "chromium is not installed: apt-get install chromium";
  }
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("wrote report " + file.string()), std::string::npos);
  EXPECT_EQ(read(file).rfind("%PDF", 0), 0u);
  EXPECT_EQ(output_files(), std::vector<std::string>{"report.pdf"});
}

TEST_F(ReportCliTest, HelpDescribesTheFormats) {
  const auto result = run_concord({"report", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("SYNOPSIS"), std::string::npos);
  EXPECT_NE(result.out.find("--by"), std::string::npos);
  EXPECT_NE(result.out.find("chromium"), std::string::npos);
}

// The real documents of ../shared: two versions of a General Assembly resolution, in all three
// formats.
TEST(ReportRealCorpusTest, ReportsTwoVersionsOfAResolutionInEveryFormat) {
  const fs::path shared = testing::shared_dir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent";
  const fs::path series =
      shared / "corpus" / "un-ga-resolutions-akn" / "series" / "culture-of-peace";
  const fs::path first = series / "A_RES_77_296.txt", second = series / "A_RES_78_277.txt";
  if (!fs::exists(first) || !fs::exists(second)) GTEST_SKIP() << "culture-of-peace is absent";
  TempDir dir;
  std::vector<std::string> formats = {"html", "md"};
  if (!chromium_on_path().empty()) formats.push_back("pdf");
  for (const std::string& format : formats) {
    const fs::path file = dir.path() / ("report." + format);
    const auto result = run_concord({"--db", (dir.path() / "nodb").string(), "report", "-o",
                                     file.string(), first.string(), second.string()});
    ASSERT_EQ(result.exit_code, 0) << format << ": " << result.err;
    const std::string content = read(file);
    if (format == "html") {
      EXPECT_EQ(occurrences(content, "<th class=\"statement\""), 2u);
      EXPECT_NE(content.find("A/RES/77/296"), std::string::npos);
      EXPECT_NE(content.find("<mark>"), std::string::npos);
    } else if (format == "md") {
      EXPECT_NE(content.find("A/RES/78/277"), std::string::npos);
    } else {
      EXPECT_EQ(content.rfind("%PDF", 0), 0u);
    }
  }
}

}  // namespace
}  // namespace concord
