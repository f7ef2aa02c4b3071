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

TEST(SplitLines, EndsLinesAtLineFeedsCarriageReturnsAndBoth) {
  EXPECT_EQ(split_lines("one\ntwo\r\nthree\rfour\r\r\n"),
            (std::vector<std::string_view>{"one", "two", "three", "four"}));
  EXPECT_EQ(split_lines("a\r\rb"), (std::vector<std::string_view>{"a", "", "b"}));
}

TEST(JoinWrappedLines, UndoesHyphenationOnTypesetPages) {
  EXPECT_EQ(join_wrapped_lines({"respect for inter-", "national law"}, {true, nullptr}),
            "respect for international law");
}

TEST(JoinWrappedLines, OnTypesetPagesJoinsAWordTheDocumentWritesWhole) {
  const HyphenEvidence evidence(
      "Recalling International law, and respect for inter-\nnational law");
  EXPECT_EQ(join_wrapped_lines({"respect for inter-", "national law"}, {true, &evidence}),
            "respect for international law");
}

TEST(JoinWrappedLines, KeepsTheHyphensOfCompoundsInWrappedText) {
  // Text wrapped at spaces has no hyphenation: a hyphen at a line end was written, even where
  // the text writes the word whole elsewhere.
  EXPECT_EQ(join_wrapped_lines({"inclusive decision-", "making"}), "inclusive decision-making");
  const HyphenEvidence evidence("interreligious dialogue and inter-\nreligious dialogue");
  EXPECT_EQ(join_wrapped_lines({"inter-", "religious dialogue"}, {false, &evidence}),
            "inter-religious dialogue");
}

TEST(JoinWrappedLines, KeepsAHyphenTheDocumentWritesElsewhereEvenWhenTypeset) {
  const HyphenEvidence evidence("a long-term plan, and the long-\nterm goals");
  EXPECT_EQ(join_wrapped_lines({"the long-", "term goals"}, {true, &evidence}),
            "the long-term goals");
}

TEST(JoinWrappedLines, KeepsTheHyphenAfterACapitalisedWordEvenWhenTypeset) {
  EXPECT_EQ(
      join_wrapped_lines({"the UN and T\u00fcrkiye-", "brokered initiative"}, {true, nullptr}),
      "the UN and T\u00fcrkiye-brokered initiative");
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

TEST(EndsSentence, NamesTheMarksThatCloseASentence) {
  for (const char* line :
       {"Decides.", "as follows:", "(a) To act;", "Why?", "\"Now.\"", "the “peace”  "}) {
    EXPECT_TRUE(ends_sentence(line)) << line;
  }
  for (const char* line : {"Recalling its resolutions,", "the principal", "Part A", ""}) {
    EXPECT_FALSE(ends_sentence(line)) << line;
  }
}

TEST(IsCutMidSentence, JoinsALowerCaseContinuation) {
  EXPECT_TRUE(is_cut_mid_sentence("In at least one case, the principal",
                                  "adversaries may be opening the gates to war."));
  EXPECT_TRUE(is_cut_mid_sentence("Europe, Africa, the Caribbean and others,",
                                  "who hanker for a just world, insist on it."));
}

TEST(IsCutMidSentence, JoinsAfterAWordNoSentenceEndsOn) {
  EXPECT_TRUE(is_cut_mid_sentence("heritage sites were restored in 2021. The",
                                  "Advisory Panel noted that they are at risk."));
  EXPECT_TRUE(is_cut_mid_sentence("la solidaridad con los pueblos de", "América Latina."));
}

TEST(IsCutMidSentence, KeepsHeadingsAddressesAndListItemsApart) {
  EXPECT_FALSE(is_cut_mid_sentence("Recovering from COVID-19", "Mr. President,"));
  EXPECT_FALSE(is_cut_mid_sentence("Mr. President,", "We reaffirm our commitment."));
  EXPECT_FALSE(is_cut_mid_sentence("Calls upon all States to refrain", "(a) from the threat"));
  EXPECT_FALSE(is_cut_mid_sentence("Adopts the following measures", "i) sanctions shall end"));
  EXPECT_FALSE(is_cut_mid_sentence("Part A", "Cooperation between the organizations"));
  EXPECT_FALSE(is_cut_mid_sentence("4. Decides to review the measures in Afghanistan; and",
                                   "5. Decides to remain actively seized of the matter."));
  EXPECT_FALSE(is_cut_mid_sentence("The sentence ends here.", "and a fragment follows"));
}

}  // namespace
}  // namespace concord
