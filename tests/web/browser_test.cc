// concord serve in a real browser: headless Chromium searches, opens a statement, compares
// three statements; screenshots go to the build folder (tests/screenshots).
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <filesystem>
#include <regex>

#include "web/web_support.hpp"

namespace concord {
namespace {

using testing::kThreeStatements;
using testing::ServeProcess;

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

class BrowserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (testing::chromium_path().empty()) return;
    std::string error;
    server_ = ServeProcess::start(testing::demo_database(), error);
    if (server_ == nullptr) FAIL() << error;
    std::filesystem::create_directories(CONCORD_SCREENSHOT_DIR);
  }
  static void TearDownTestSuite() { testing::stop_shared_server(server_); }
  void SetUp() override {
    if (testing::chromium_path().empty()) GTEST_SKIP() << "/usr/bin/chromium is not installed";
    ASSERT_NE(server_, nullptr);
  }

  // The DOM of `target` after Chromium loaded and laid it out.
  static std::string dom(const std::string& target) {
    const auto result = testing::run_chromium({"--dump-dom", server_->url(target)});
    EXPECT_FALSE(result.timed_out) << target;
    EXPECT_EQ(result.exit_code, 0) << target << "\n" << result.err;
    return result.out;
  }

  // Takes a screenshot of `target` into the screenshots folder; returns its path.
  // (Headless Chromium draws a page scrolled to a #fragment blank: give none.)
  static std::filesystem::path screenshot(const std::string& target, const std::string& name,
                                          const std::string& size = "1400,1000") {
    const std::filesystem::path file = std::filesystem::path(CONCORD_SCREENSHOT_DIR) / name;
    std::error_code ec;
    std::filesystem::remove(file, ec);
    const auto result =
        testing::run_chromium({"--screenshot=" + file.string(), "--window-size=" + size,
                               "--hide-scrollbars", server_->url(target)});
    EXPECT_FALSE(result.timed_out) << target;
    EXPECT_EQ(result.exit_code, 0) << target << "\n" << result.err;
    return file;
  }

  static void expect_png(const std::filesystem::path& file) {
    std::error_code ec;
    ASSERT_TRUE(std::filesystem::exists(file, ec)) << file;
    EXPECT_GT(std::filesystem::file_size(file, ec), 10000u) << file << ": a blank page?";
  }

  static std::unique_ptr<ServeProcess> server_;
};

std::unique_ptr<ServeProcess> BrowserTest::server_;

const std::string kSearch = "/search?q=%22zone+of+peace%22";

TEST_F(BrowserTest, SearchShowsHighlightedHitsFacetsAndLinks) {
  const std::string page = dom(kSearch);
  EXPECT_GE(count(page, "<li class=\"hit\">"), 2u) << page;
  EXPECT_NE(page.find("<mark>Zone of Peace</mark>"), std::string::npos) << page;
  EXPECT_NE(page.find("class=\"facets\""), std::string::npos);
  EXPECT_NE(page.find("Non-Aligned Movement</a><span class=\"count\">"), std::string::npos);
  EXPECT_TRUE(std::regex_search(page, std::regex(R"(href="/statements/[a-z0-9-]+#p\d+")")));
  // The form keeps the query.
  EXPECT_NE(page.find("value=\"&quot;zone of peace&quot;\""), std::string::npos);
  expect_png(screenshot(kSearch, "search.png"));

  const std::string filtered = dom("/search?q=peace&body=Non-Aligned+Movement&lang=en");
  EXPECT_GE(count(filtered, "<li class=\"hit\">"), 1u);
  EXPECT_EQ(filtered.find("Group of Friends in Defense of the Charter of the United Nations · "),
            std::string::npos);
}

TEST_F(BrowserTest, OpensAStatementFromASearchHit) {
  const std::string page = dom(kSearch);
  std::smatch link;
  ASSERT_TRUE(
      std::regex_search(page, link, std::regex(R"re(href="(/statements/[a-z0-9-]+#p(\d+))")re")))
      << page;
  const std::string target = link[1];
  const std::string anchor = "id=\"p" + link[2].str() + "\"";
  const std::string statement = dom(target);
  EXPECT_NE(statement.find(anchor), std::string::npos) << target;
  EXPECT_GE(count(statement, "<span class=\"label\">"), 5u);
  EXPECT_GE(count(statement, "<span class=\"kind\">"), 5u);
  // The paragraph the hit links to holds the phrase.
  std::string lower = statement;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto at = lower.find(anchor);
  ASSERT_NE(at, std::string::npos);
  EXPECT_LT(lower.find("zone of peace", at), lower.find("</li>", at));
  expect_png(screenshot(target.substr(0, target.find('#')), "statement.png"));
}

TEST_F(BrowserTest, ComparesThreeStatementsSideBySide) {
  const std::string target =
      "/compare?ids=" + kThreeStatements[0] + "," + kThreeStatements[1] + "," + kThreeStatements[2];
  const std::string page = dom(target);
  // One column per statement, rows of groups, own wording highlighted.
  EXPECT_EQ(count(page, "<th class=\"statement\""), 3u) << page.substr(0, 2000);
  EXPECT_GT(count(page, "<tr id=\"row-"), 5u);
  EXPECT_GT(count(page, "<mark>"), 5u);
  EXPECT_NE(page.find("class=\"group shared\""), std::string::npos);
  // The app's navigation with the downloads.
  EXPECT_NE(page.find("<nav class=\"concord-app\">"), std::string::npos);
  EXPECT_NE(page.find("download=html"), std::string::npos);
  EXPECT_NE(page.find("download=md"), std::string::npos);
  expect_png(screenshot(target, "compare.png"));
  // Tall enough to show the columns below the summary and contents.
  expect_png(screenshot(target, "compare-full.png", "1400,3200"));

  // The picker: the list of statements with boxes to tick.
  const std::string picker = dom("/statements");
  EXPECT_EQ(count(picker, "type=\"checkbox\" name=\"ids\""), 5u);
  expect_png(screenshot("/statements", "statements.png"));
}

}  // namespace
}  // namespace concord
