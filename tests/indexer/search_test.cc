// Tests for search: query syntax, fields, date ranges, stemming, snippets, facets, collapse.
#include "concord/indexer/search.hpp"

#include <gtest/gtest.h>

#include <set>

#include "concord/engine/error.hpp"
#include "concord/engine/vote.hpp"
#include "indexer/statement_fixtures.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto writer = Database::open_for_writing(dir_.path() / "db");
    for (const auto& s : testing::caribbean_statements()) (void)writer.store(s);
    writer.commit();
  }

  SearchResult run(SearchRequest request) {
    const auto db = Database::open_for_reading(dir_.path() / "db");
    return search(db, request);
  }

  std::set<std::string> hit_keys(const SearchRequest& request) {
    std::set<std::string> keys;
    for (const auto& h : run(request).hits)
      keys.insert(h.statement_id + "#" + std::to_string(h.paragraph));
    return keys;
  }

  static SearchRequest query(std::string q) {
    SearchRequest r;
    r.query = std::move(q);
    r.limit = 50;
    return r;
  }

  testing::TempDir dir_;
};

TEST_F(SearchTest, FindsPhrases) {
  EXPECT_EQ(hit_keys(query("\"zone of peace\"")),
            (std::set<std::string>{"nam-2025#1", "friends-2025#2", "celac-eu-2023#1"}));
}

TEST_F(SearchTest, StemsByTheStatementLanguage) {
  EXPECT_EQ(hit_keys(query("condemn")), (std::set<std::string>{"friends-2025#1"}));
  EXPECT_EQ(hit_keys(query("ataque")), (std::set<std::string>{"nam-es-2025#0"}));
}

TEST_F(SearchTest, FiltersByBodyField) {
  EXPECT_EQ(hit_keys(query("peace body:nam")), (std::set<std::string>{"nam-2025#1"}));
  EXPECT_EQ(hit_keys(query(
                "peace body:\"Group of Friends in Defense of the Charter of the United Nations\"")),
            (std::set<std::string>{"friends-2025#2"}));
  SearchRequest r = query("peace");
  r.bodies = {"CELAC-EU Summit"};
  EXPECT_EQ(hit_keys(r), (std::set<std::string>{"celac-eu-2023#1"}));
}

TEST_F(SearchTest, FiltersByLanguageKindAndYear) {
  EXPECT_EQ(hit_keys(query("paz lang:es")), (std::set<std::string>{"nam-es-2025#1"}));
  EXPECT_EQ(hit_keys(query("peace year:2023")), (std::set<std::string>{"celac-eu-2023#1"}));
  EXPECT_EQ(hit_keys(query("peace kind:heading")), (std::set<std::string>{}));
}

// Two resolutions with recorded votes: one member changed sides, one was renamed.
class VoteSearchTest : public SearchTest {
 protected:
  void SetUp() override {
    auto writer = Database::open_for_writing(dir_.path() / "db");
    auto statements = testing::caribbean_statements();
    statements[0].vote = Vote{"recorded vote", {2, {"ARGENTINA", "TURKEY"}}, {1, {"ISRAEL"}}, {}};
    statements[1].vote = Vote{"recorded vote",
                              {1, {"TÜRKİYE"}},
                              {2, {"ARGENTINA", "ISRAEL"}},
                              {1, {"REPUBLIC OF MOLDOVA"}}};
    for (const auto& s : statements) (void)writer.store(s);
    writer.commit();
  }
};

TEST_F(VoteSearchTest, FiltersByTheSideAMemberVotedOn) {
  EXPECT_EQ(hit_keys(query("peace against:argentina")), (std::set<std::string>{"friends-2025#2"}));
  EXPECT_EQ(hit_keys(query("peace favour:Argentina")), (std::set<std::string>{"nam-2025#1"}));
  EXPECT_EQ(hit_keys(query("peace abstaining:\"Republic of Moldova\"")),
            (std::set<std::string>{"friends-2025#2"}));
  EXPECT_EQ(hit_keys(query("peace against:israel")).size(), 2u);
  EXPECT_TRUE(hit_keys(query("peace against:cuba")).empty());
}

TEST_F(VoteSearchTest, AMemberIsFoundUnderEachOfItsNames) {
  // The first vote names "TURKEY", the second "TÜRKİYE".
  EXPECT_EQ(hit_keys(query("peace favor:Türkiye")), hit_keys(query("peace favour:turkey")));
  EXPECT_EQ(hit_keys(query("peace favour:turkey")).size(), 2u);
}

TEST_F(SearchTest, FiltersByDateRangeInQueryAndFlags) {
  EXPECT_EQ(hit_keys(query("peace 2023-01-01..2023-12-31")),
            (std::set<std::string>{"celac-eu-2023#1"}));
  EXPECT_EQ(hit_keys(query("peace 2024..")),
            (std::set<std::string>{"nam-2025#1", "friends-2025#2"}));
  SearchRequest r = query("peace");
  r.to = "2024-06";
  EXPECT_EQ(hit_keys(r), (std::set<std::string>{"celac-eu-2023#1"}));
}

TEST_F(SearchTest, SupportsBooleanOperatorsNearAndWildcards) {
  EXPECT_EQ(hit_keys(query("caribbean AND NOT airstrikes")).count("nam-2025#0"), 0u);
  EXPECT_EQ(hit_keys(query("airstrikes NEAR/3 vessels")), (std::set<std::string>{"nam-2025#0"}));
  EXPECT_EQ(hit_keys(query("extrajudic*")), (std::set<std::string>{"friends-2025#1"}));
}

TEST_F(SearchTest, QueryOfOnlyExcludedTermsMatchesParagraphsWithoutThem) {
  const std::set<std::string> everything = hit_keys(query("NOT zzzunknownword"));
  const std::set<std::string> with_peace = hit_keys(query("peace"));
  const std::set<std::string> without_peace = hit_keys(query("-peace"));
  ASSERT_FALSE(with_peace.empty());
  EXPECT_EQ(without_peace.size() + with_peace.size(), everything.size());
  for (const auto& key : with_peace) EXPECT_EQ(without_peace.count(key), 0u) << key;
  EXPECT_EQ(hit_keys(query("-peace -caribbean")), hit_keys(query("NOT peace NOT caribbean")));
  EXPECT_EQ(hit_keys(query("-(peace OR caribbean)")), hit_keys(query("NOT (peace OR caribbean)")));
  EXPECT_EQ(hit_keys(query("-\"zone of peace\"")).count("nam-2025#1"), 0u);
  // With a wanted term, "-" keeps its usual meaning.
  EXPECT_EQ(hit_keys(query("peace -caribbean")), hit_keys(query("peace AND NOT caribbean")));
}

TEST_F(SearchTest, HighlightsMatchedWordsInSnippets) {
  const auto result = run(query("\"spill-over effect\""));
  ASSERT_EQ(result.hits.size(), 1u);
  const auto& hit = result.hits[0];
  ASSERT_FALSE(hit.highlights.empty());
  const auto [start, end] = hit.highlights.front();
  EXPECT_EQ(hit.snippet.substr(start, end - start), "spill-over effect");
  EXPECT_EQ(hit.body, "Non-Aligned Movement");
  EXPECT_EQ(hit.label, "3.");
}

TEST_F(SearchTest, CountsFacetsOverTheWholeResultSet) {
  SearchRequest r = query("peace");
  r.limit = 1;
  r.facets = true;
  const auto result = run(r);
  EXPECT_EQ(result.hits.size(), 1u);
  std::size_t total = 0;
  for (const auto& f : result.bodies) total += f.count;
  EXPECT_EQ(total, 3u);
  ASSERT_EQ(result.years.size(), 2u);
  EXPECT_EQ(result.years[0].value, "2025");
  EXPECT_EQ(result.years[0].count, 2u);
}

TEST_F(SearchTest, FacetsCountStatementsWithoutBodyOrDateUnderAnEmptyValue) {
  {
    auto writer = Database::open_for_writing(dir_.path() / "db");
    (void)writer.store(testing::make_statement("anonymous", "", "", "en",
                                               {"An unsigned note on the zone of peace."}));
    writer.commit();
  }
  SearchRequest r = query("peace");
  r.facets = true;
  const auto result = run(r);
  ASSERT_FALSE(result.bodies.empty());
  EXPECT_EQ(result.bodies.back().value, "");
  EXPECT_EQ(result.bodies.back().count, 1u);
  ASSERT_FALSE(result.years.empty());
  EXPECT_EQ(result.years.back().value, "");
  EXPECT_EQ(result.years.back().count, 1u);
  std::size_t total = 0;
  for (const auto& f : result.bodies) total += f.count;
  EXPECT_EQ(total, 4u);
}

TEST_F(SearchTest, CollapsesToOneHitPerStatement) {
  SearchRequest r = query("caribbean OR peace");
  r.collapse = true;
  std::set<std::string> statements;
  for (const auto& h : run(r).hits) EXPECT_TRUE(statements.insert(h.statement_id).second);
}

TEST_F(SearchTest, SortsByDateNewestFirst) {
  SearchRequest r = query("peace");
  r.sort = SortOrder::Date;
  const auto hits = run(r).hits;
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits.back().statement_id, "celac-eu-2023");
}

TEST_F(SearchTest, FilterOnlyQueriesListParagraphsNotStatements) {
  SearchRequest r = query("");
  r.bodies = {"nam"};
  r.language = "en";
  EXPECT_EQ(run(r).hits.size(), 3u);
}

TEST_F(SearchTest, PagesWithOffsetAndLimit) {
  SearchRequest r = query("caribbean OR peace");
  r.limit = 2;
  const auto first = run(r).hits;
  r.offset = 2;
  const auto second = run(r).hits;
  ASSERT_EQ(first.size(), 2u);
  ASSERT_FALSE(second.empty());
  EXPECT_NE(first[0].statement_id + std::to_string(first[0].paragraph),
            second[0].statement_id + std::to_string(second[0].paragraph));
}

class MalformedQueryTest : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(MalformedQueryTest, IsAUsageErrorNamingTheProblem) {
  try {
    validate_query(GetParam().first);
    FAIL() << "accepted: " << GetParam().first;
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find(GetParam().second), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(Queries, MalformedQueryTest,
                         ::testing::Values(std::pair{"\"zone of peace", "unbalanced quotes"},
                                           std::pair{"(peace OR war", "unbalanced parentheses"},
                                           std::pair{"peace)", "unbalanced parentheses"},
                                           std::pair{"AND peace",
                                                     "'AND' needs a term on each side"},
                                           std::pair{"peace OR", "'OR' needs a term on each side"},
                                           std::pair{"peace AND OR war", "'OR' follows 'AND'"},
                                           std::pair{"author:smith", "unknown field 'author:'"},
                                           std::pair{"body:", "field 'body:' needs a value"},
                                           std::pair{"kind:speech", "unknown kind 'speech'"},
                                           std::pair{"2025-13-01..2025-12-31", "bad date range"}));

TEST(QueryValidation, AFieldValueOfThirtyThousandCharactersIsNoCrash) {
  EXPECT_NO_THROW(validate_query("body:" + std::string(30000, 'x')));
}

TEST(QueryValidation, AcceptsTheDocumentedSyntax) {
  for (const char* q : {"\"zone of peace\" body:nam", "a OR (b AND NOT c)", "a NEAR/5 b", "milit*",
                        "2025-01-01..2025-12-31", "2025..", "-war +peace", "symbol:A/RES/78/7",
                        "lang:es kind:operative year:2025", "Note: text",
                        "against:argentina abstaining:\"Republic of Moldova\" favour:cuba"}) {
    EXPECT_NO_THROW(validate_query(q)) << q;
  }
}

// A statement drafted in London and one drafted in Washington, in one database.
class SpellingSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto writer = Database::open_for_writing(dir_.path() / "db");
    (void)writer.store(testing::make_statement(
        "london", "G7", "2023-05-19", "en",
        {"We will strengthen the programme of support for the defence of Ukraine.",
         "Russian sovereign assets will remain immobilised."}));
    (void)writer.store(testing::make_statement(
        "washington", "G7", "2024-02-24", "en",
        {"We will expand our program of support for the defense of Ukraine.",
         "Russian sovereign assets will remain immobilized."}));
    writer.commit();
  }

  std::set<std::string> hit_keys(const std::string& q) {
    SearchRequest request;
    request.query = q;
    const auto db = Database::open_for_reading(dir_.path() / "db");
    std::set<std::string> keys;
    for (const auto& h : search(db, request).hits)
      keys.insert(h.statement_id + "#" + std::to_string(h.paragraph));
    return keys;
  }

  testing::TempDir dir_;
};

TEST_F(SpellingSearchTest, BritishAndAmericanSpellingsFindEachOther) {
  const std::set<std::string> support{"london#0", "washington#0"};
  EXPECT_EQ(hit_keys("programme"), support);
  EXPECT_EQ(hit_keys("program"), support);
  EXPECT_EQ(hit_keys("programmes"), support);
  EXPECT_EQ(hit_keys("defense"), support);
  EXPECT_EQ(hit_keys("immobilised"), (std::set<std::string>{"london#1", "washington#1"}));
}

TEST_F(SpellingSearchTest, PhrasesKeepTheExactSpelling) {
  EXPECT_EQ(hit_keys("\"the programme of support\""), (std::set<std::string>{"london#0"}));
  EXPECT_EQ(hit_keys("\"our program of support\""), (std::set<std::string>{"washington#0"}));
}

TEST_F(SpellingSearchTest, SnippetsHighlightTheOtherSpelling) {
  SearchRequest request;
  request.query = "immobilized body:g7 year:2023";
  const auto db = Database::open_for_reading(dir_.path() / "db");
  const auto result = search(db, request);
  ASSERT_EQ(result.hits.size(), 1u);
  const auto& hit = result.hits[0];
  ASSERT_EQ(hit.highlights.size(), 1u);
  const auto [start, end] = hit.highlights.front();
  EXPECT_EQ(hit.snippet.substr(start, end - start), "immobilised");
}

TEST_F(SearchTest, EmptyQueryWithoutFiltersIsRefused) {
  EXPECT_THROW((void)run(query("  ")), UsageError);
}

}  // namespace
}  // namespace concord
