// Word vectors: storage, and learning from co-occurrences.
#include "concord/engine/word_vectors.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "concord/engine/paragraph_terms.hpp"

namespace concord {
namespace {

float dot(std::span<const float> a, std::span<const float> b) {
  float sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += a[i] * b[i];
  return sum;
}

TEST(WordVectors, AddedVectorsAreStoredAtUnitLength) {
  WordVectors vectors(3);
  const std::vector<float> v{3.0f, 0.0f, 4.0f};
  vectors.add("vessel", v);
  const auto found = vectors.find("vessel");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_FLOAT_EQ(found[0], 0.6f);
  EXPECT_FLOAT_EQ(found[2], 0.8f);
  EXPECT_TRUE(vectors.find("boat").empty());
  EXPECT_EQ(vectors.size(), 1u);
}

TEST(WordVectors, AddingAStemAgainReplacesItsVector) {
  WordVectors vectors(2);
  vectors.add("boat", std::vector<float>{1.0f, 0.0f});
  vectors.add("boat", std::vector<float>{0.0f, 2.0f});
  EXPECT_EQ(vectors.size(), 1u);
  EXPECT_FLOAT_EQ(vectors.find("boat")[1], 1.0f);
}

// Sentences where "vessel" and "boat" share their contexts, and "budget" and "financ"
// share others: the learnt vectors put each pair together and the pairs apart.
RelatedTermsBuilder small_corpus() {
  RelatedTermsBuilder corpus;
  const std::vector<std::string> sentences = {
      "the small vessel carrying fishermen sank near the coast after the strike",
      "the small boat carrying fishermen sank near the coast after the strike",
      "a fishing vessel with its crew was hit at sea off the coast",
      "a fishing boat with its crew was hit at sea off the coast",
      "the annual budget of the programme requires predictable funding from donors",
      "the annual financing of the programme requires predictable funding from donors",
      "members approved the budget and the scale of assessments for the biennium",
      "members approved the financing and the scale of assessments for the biennium",
  };
  for (int copy = 0; copy < 30; ++copy) {
    for (const std::string& s : sentences) corpus.add_paragraph(TermSpace::stems(s, "en"));
  }
  return corpus;
}

TEST(LearnWordVectors, WordsInTheSameContextsAreCloserThanWordsInOthers) {
  WordVectorOptions options;
  options.dimensions = 8;
  options.min_paragraphs = 10;
  const WordVectors vectors = learn_word_vectors(small_corpus(), options);
  ASSERT_EQ(vectors.dimensions(), 8u);
  const auto vessel = vectors.find("vessel"), boat = vectors.find("boat");
  const auto budget = vectors.find("budget"), financing = vectors.find("financ");
  ASSERT_FALSE(vessel.empty());
  ASSERT_FALSE(boat.empty());
  ASSERT_FALSE(budget.empty());
  ASSERT_FALSE(financing.empty());
  EXPECT_GT(dot(vessel, boat), dot(vessel, budget) + 0.3f);
  EXPECT_GT(dot(budget, financing), dot(boat, financing) + 0.3f);
}

TEST(LearnWordVectors, RareStemsAndNumbersGetNoVector) {
  RelatedTermsBuilder corpus = small_corpus();
  corpus.add_paragraph(TermSpace::stems("a unique hapax appears once in 2025", "en"));
  WordVectorOptions options;
  options.dimensions = 4;
  options.min_paragraphs = 10;
  const WordVectors vectors = learn_word_vectors(corpus, options);
  EXPECT_TRUE(vectors.find("hapax").empty());
  EXPECT_TRUE(vectors.find("2025").empty());
}

TEST(LearnWordVectors, SameCorpusGivesTheSameVectors) {
  WordVectorOptions options;
  options.dimensions = 6;
  options.min_paragraphs = 10;
  const WordVectors first = learn_word_vectors(small_corpus(), options);
  const WordVectors second = learn_word_vectors(small_corpus(), options);
  ASSERT_EQ(first.size(), second.size());
  for (const std::string& stem : first.stems()) {
    const auto a = first.find(stem), b = second.find(stem);
    for (std::size_t d = 0; d < a.size(); ++d) EXPECT_FLOAT_EQ(a[d], b[d]) << stem;
  }
}

TEST(LearnWordVectors, EmptyCorpusGivesNoVectors) {
  const WordVectors vectors = learn_word_vectors(RelatedTermsBuilder{}, {});
  EXPECT_TRUE(vectors.empty());
}

}  // namespace
}  // namespace concord
