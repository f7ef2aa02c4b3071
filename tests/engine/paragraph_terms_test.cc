// Tests for stemmed paragraphs: each distinct text stemmed once, by its statement's language.
#include "concord/engine/paragraph_terms.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

Statement statement_of(const std::string& language, const std::vector<std::string>& texts) {
  Statement s;
  s.language = language;
  for (const std::string& text : texts) {
    Paragraph p;
    p.ordinal = s.paragraphs.size();
    p.text = text;
    s.paragraphs.push_back(p);
  }
  return s;
}

TEST(StemStatements, ParagraphsRepeatedAcrossStatementsGetTheStemsTheyHaveAlone) {
  const Statement first =
      statement_of("en", {"The Council condemns the attacks.", "Welcomes the reports; notes"});
  const Statement second = statement_of("en", {"Welcomes the reports; notes", "Calls upon States",
                                               "The Council condemns the attacks."});
  const auto together = stem_statements({first, second});
  ASSERT_EQ(together.size(), 2u);
  ASSERT_EQ(together[1].size(), 3u);
  const auto alone = stem_statements({second});
  for (std::size_t p = 0; p < 3; ++p) {
    EXPECT_EQ(together[1][p].stems, alone[0][p].stems);
    EXPECT_EQ(together[1][p].clause_ends, alone[0][p].clause_ends);
  }
  EXPECT_EQ(together[0][0].stems, together[1][2].stems);
  EXPECT_EQ(together[0][1].clause_ends, (std::vector<std::size_t>{3, 4}));
}

TEST(StemStatements, OneTextInTwoLanguagesIsStemmedByEachStatementsLanguage) {
  // Snowball's English and French stemmers end "sociétés" differently.
  const auto stemmed =
      stem_statements({statement_of("en", {"sociétés"}), statement_of("fr", {"sociétés"})});
  EXPECT_EQ(stemmed[0][0].stems, (std::vector<std::string>{"société"}));
  EXPECT_EQ(stemmed[1][0].stems, (std::vector<std::string>{"societ"}));
}

}  // namespace
}  // namespace concord
