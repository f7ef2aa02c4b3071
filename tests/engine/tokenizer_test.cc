// Tests of the word and punctuation tokens every comparison reads.
#include "concord/engine/tokenizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace concord {
namespace {

std::vector<std::string> texts_of(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.emplace_back(token_text(text, t));
  return out;
}

TEST(Tokenize, WordsAndPunctuationAreSeparateTokens) {
  EXPECT_EQ(
      texts_of("Condemns the strikes, and l'ONU's call."),
      (std::vector<std::string>{"Condemns", "the", "strikes", ",", "and", "l'ONU's", "call", "."}));
}

TEST(Tokenize, AFootnoteNumberGluedToAWordIsATokenOfItsOwn) {
  EXPECT_EQ(texts_of("the Right to Development15 and"),
            (std::vector<std::string>{"the", "Right", "to", "Development", "15", "and"}));
  // Names and years with digits stay whole.
  EXPECT_EQ(texts_of("G20 COVID19 2030 A4"),
            (std::vector<std::string>{"G20", "COVID19", "2030", "A4"}));
}

}  // namespace
}  // namespace concord
