// Tests for word sequences and the share of wording two paragraphs have in order.
#include "word_sequences.hpp"

#include <gtest/gtest.h>

namespace concord {
namespace {

float wording(const std::string& a, const std::string& b) {
  WordSequences sequences;
  const std::size_t first = sequences.add(a);
  const std::size_t second = sequences.add(b);
  return shared_wording(sequences.at(first), sequences.at(second), 0.0f);
}

TEST(SharedWording, IsOneForTheSameWordsWhateverTheirCaseAndPunctuation) {
  EXPECT_FLOAT_EQ(wording("Calls upon all States,", "calls upon all States;"), 1.0f);
}

TEST(SharedWording, CountsTheWordsKeptInOrder) {
  // 10 of 11 and 10 of 11 words in common, in order: 20 / 22 (the dates are numbers).
  EXPECT_FLOAT_EQ(wording("Having considered the report of the Secretary-General of 17 October",
                          "Having considered the report of the Secretary-General of 19 April"),
                  20.0f / 22.0f);
}

TEST(SharedWording, NumbersUpdatedByAVersionAreTheSameWords) {
  EXPECT_FLOAT_EQ(
      wording("45th plenary meeting 7 December 2023", "47th plenary meeting 4 December 2024"),
      1.0f);
  EXPECT_FLOAT_EQ(wording("Recalling its resolution 77/177 of 14 December 2022,",
                          "Recalling its resolution 78/233 of 22 December 2023,"),
                  1.0f);
}

TEST(SharedWording, WordsInAnotherOrderCountOnlyOnce) {
  // "peace and security" / "security and peace": the longest common subsequence is 1 word.
  EXPECT_FLOAT_EQ(wording("peace and security", "security and peace"), 2.0f / 6.0f);
}

TEST(SharedWording, IsZeroWithoutACommonWordOrWithoutWords) {
  EXPECT_FLOAT_EQ(wording("Welcomes the programme", "Condemns airstrikes"), 0.0f);
  EXPECT_FLOAT_EQ(wording("", "..."), 0.0f);
}

TEST(SharedWording, BelowTheFloorItMayStopAtTheBoundOfWordsInCommon) {
  WordSequences sequences;
  const std::size_t a = sequences.add("peace and security");
  const std::size_t b = sequences.add("security and peace");
  // Every word is shared (bound 1.0 >= 0.9), so the subsequence is counted: 1 word of 3.
  EXPECT_FLOAT_EQ(shared_wording(sequences.at(a), sequences.at(b), 0.9f), 2.0f / 6.0f);
  const std::size_t c = sequences.add("peace and development");
  EXPECT_LT(shared_wording(sequences.at(a), sequences.at(c), 0.9f), 0.9f);
}

TEST(SharedWording, TwoParagraphsOfThousandsOfWordsAreNotComparedWordByWord) {
  std::string long_text;
  for (int i = 0; i < 5000; ++i) long_text += "peace and security ";
  WordSequences sequences;
  const std::size_t a = sequences.add(long_text);
  const std::size_t b = sequences.add(long_text);
  EXPECT_FLOAT_EQ(shared_wording(sequences.at(a), sequences.at(b), 0.6f), 0.0f);
}

}  // namespace
}  // namespace concord
