// Ingests every supported document of ../shared/corpus (real public texts) and checks the
// paragraphs and search against them. Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>

#include "concord/engine/text.hpp"
#include "concord/indexer/database.hpp"
#include "concord/indexer/search.hpp"
#include "line_joining.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

class RealCorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (testing::shared_dir().empty()) return;
    dir_ = new testing::TempDir();
    ingest_ = new testing::ProcessResult(
        testing::run_concord({"--db", db_path().string(), "ingest", "--quiet",
                              (testing::shared_dir() / "corpus").string()}));
  }
  static void TearDownTestSuite() {
    delete ingest_;
    delete dir_;
    ingest_ = nullptr;
    dir_ = nullptr;
  }
  void SetUp() override {
    if (testing::shared_dir().empty()) GTEST_SKIP() << "../shared/corpus is absent";
  }
  static std::filesystem::path db_path() { return dir_->path() / "db"; }

  static testing::TempDir* dir_;
  static testing::ProcessResult* ingest_;
};

testing::TempDir* RealCorpusTest::dir_ = nullptr;
testing::ProcessResult* RealCorpusTest::ingest_ = nullptr;

TEST_F(RealCorpusTest, EverySupportedDocumentIngestsWithoutError) {
  EXPECT_EQ(ingest_->exit_code, 0) << ingest_->err.substr(0, 2000);
  EXPECT_TRUE(ingest_->err.empty()) << ingest_->err.substr(0, 2000);
  const auto db = Database::open_for_reading(db_path());
  // 30 seed events, 240 UN series texts, 964 speeches, 39 White House documents at least.
  EXPECT_GE(db.list().size(), 1200u);
}

TEST_F(RealCorpusTest, ParagraphsAreNeitherEmptyNorPageFurniture) {
  const auto db = Database::open_for_reading(db_path());
  for (const auto& summary : db.list()) {
    const auto statement = db.find(summary.id);
    ASSERT_TRUE(statement);
    EXPECT_GE(statement->paragraphs.size(), 1u) << summary.id;
    EXPECT_LT(statement->paragraphs.size(), 3000u) << summary.id;
    std::map<std::string, int> repeats;
    for (const auto& p : statement->paragraphs) {
      EXPECT_FALSE(p.text.empty()) << summary.id;
      EXPECT_FALSE(is_page_number_line(p.text)) << summary.id << ": " << p.text;
      EXPECT_TRUE(is_valid_utf8(p.text)) << summary.id;
      // Salutations such as "Mr. President," recur in speeches by right; furniture does not
      // end like a sentence.
      static const std::regex salutation(R"(^\W*(Mr|Mrs|Madam|Madame|Sir|Excellenc|Thank you))");
      const char last = p.text.back();
      const bool addresses_someone =
          last == ',' || last == ':' || last == '!' || std::regex_search(p.text, salutation);
      if (count_words(p.text) <= 8 && !addresses_someone) ++repeats[p.text];
    }
    // A short line repeated on many pages would be a running header that leaked through.
    for (const auto& [text, count] : repeats) {
      EXPECT_LT(count, 8) << summary.id << " repeats '" << text << "'";
    }
  }
}

TEST_F(RealCorpusTest, MetadataIsReadFromHeadersFrontMatterAndCoverPages) {
  const auto db = Database::open_for_reading(db_path());
  std::size_t dated = 0, with_body = 0, with_symbol = 0;
  const auto all = db.list();
  for (const auto& s : all) {
    dated += !s.date.empty();
    with_body += !s.body.empty();
    with_symbol += !s.symbol.empty();
    EXPECT_FALSE(s.language.empty()) << s.id << " " << s.source_path;
  }
  EXPECT_GE(with_symbol, 240u);  // every GA and SC series resolution has a symbol
  EXPECT_GE(dated, 300u);
  EXPECT_GE(with_body, 270u);
  const auto seed = db.find("nam-cb-2025-11-18-fr-radiohc");
  ASSERT_TRUE(seed);
  EXPECT_EQ(seed->language, "fr");
  EXPECT_EQ(seed->date, "2025-11-18");
}

// For a sample of statements, a phrase taken from one of its paragraphs finds that paragraph.
TEST_F(RealCorpusTest, APhraseFromADocumentIsFoundInThatDocument) {
  const auto db = Database::open_for_reading(db_path());
  const auto all = db.list();
  static const std::regex plain_word(R"(^[A-Za-z]{3,}$)");
  std::size_t checked = 0;
  for (std::size_t i = 0; i < all.size(); i += 23) {
    const auto statement = db.find(all[i].id);
    ASSERT_TRUE(statement);
    // Six plain words in a row from the middle of the longest paragraph.
    const Paragraph* longest = &statement->paragraphs.front();
    for (const auto& p : statement->paragraphs) {
      if (p.text.size() > longest->text.size()) longest = &p;
    }
    std::vector<std::string> words;
    std::string phrase;
    std::istringstream in(longest->text.substr(longest->text.size() / 3));
    std::string cut_word;
    in >> cut_word;  // the cut may fall inside a word
    for (std::string w; in >> w;) {
      if (std::regex_match(w, plain_word)) {
        words.push_back(w);
        if (words.size() == 6) break;
      } else {
        words.clear();
      }
    }
    if (words.size() < 6) continue;
    for (const auto& w : words) phrase += (phrase.empty() ? "" : " ") + w;
    SearchRequest request;
    request.query = "\"" + phrase + "\"";
    request.limit = 1000;
    const auto result = search(db, request);
    const bool found = std::any_of(result.hits.begin(), result.hits.end(), [&](const SearchHit& h) {
      return h.statement_id == statement->id && h.paragraph == longest->ordinal;
    });
    EXPECT_TRUE(found) << statement->id << ": " << request.query;
    ++checked;
  }
  EXPECT_GE(checked, 40u);
}

TEST_F(RealCorpusTest, ReingestIsIdempotent) {
  const auto again = testing::run_concord(
      {"--db", db_path().string(), "ingest", "--quiet", "--format", "json",
       (testing::shared_dir() / "corpus" / "g7-g20-quad-whitehouse").string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("\"added\": 0"), std::string::npos);
  EXPECT_NE(again.out.find("\"replaced\": 0"), std::string::npos);
}

}  // namespace
}  // namespace concord
