// Tests for re-joining wrapped lines.
#include "line_joining.hpp"

#include <gtest/gtest.h>

namespace concord {
namespace {

TEST(PageNumberLine, RecognisesCommonForms) {
  for (const char* line : {"12", "- 3 -", "Page 4", "3/14", "2 of 9", " iv ", "– 7 –"}) {
    EXPECT_TRUE(is_page_number_line(line)) << line;
  }
  for (const char* line : {"12. Decides", "2025-11-18", "Article 2", ""}) {
    EXPECT_FALSE(is_page_number_line(line)) << line;
  }
}

TEST(JoinWrappedLines, UndoesEndOfLineHyphenation) {
  EXPECT_EQ(join_wrapped_lines({"respect for inter-", "national law"}),
            "respect for international law");
}

TEST(JoinWrappedLines, KeepsRealHyphensBeforeCapitals) {
  EXPECT_EQ(join_wrapped_lines({"the CELAC-", "EU summit"}), "the CELAC-EU summit");
  EXPECT_EQ(join_wrapped_lines({"Non-Aligned", "Movement"}), "Non-Aligned Movement");
}

TEST(JoinWrappedLines, JoinsWithOneSpace) {
  EXPECT_EQ(join_wrapped_lines({"  Calls upon all States  ", "to refrain", ""}),
            "Calls upon all States to refrain");
}

TEST(ContinuesSentence, FollowsPunctuationAndCase) {
  EXPECT_TRUE(continues_sentence("Calls upon the United States to", "Refrain"));
  EXPECT_TRUE(continues_sentence("ends here.", "and goes on"));
  EXPECT_FALSE(continues_sentence("ends here.", "New sentence"));
}

}  // namespace
}  // namespace concord
