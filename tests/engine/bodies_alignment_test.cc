// Tests for the order-free assignment of two statements' paragraphs (bodies_alignment.cc).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "pair_alignment.hpp"

namespace concord {
namespace {

SimilarityMatrix matrix_of(const std::vector<std::vector<float>>& rows) {
  SimilarityMatrix matrix(rows.size(), rows.empty() ? 0 : rows.front().size());
  for (std::size_t a = 0; a < rows.size(); ++a) {
    for (std::size_t b = 0; b < rows[a].size(); ++b) matrix.set(a, b, rows[a][b]);
  }
  return matrix;
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

Pairs linked_pairs(const std::vector<Link>& links) {
  Pairs pairs;
  for (const Link& link : links) pairs.emplace_back(link.a, link.b);
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

TEST(AlignFree, EachParagraphTakesItsMostSimilarFreePartnerFirst) {
  const SimilarityMatrix matrix = matrix_of({{0.3f, 0.9f}, {0.8f, 0.3f}});
  EXPECT_EQ(linked_pairs(align_free_by_order(2, 2, matrix, {})), (Pairs{{0, 1}, {1, 0}}));
}

TEST(AlignFree, NothingBelowTheThresholdIsLinked) {
  const SimilarityMatrix matrix = matrix_of({{0.2f, 0.1f}, {0.05f, 0.24f}});
  EXPECT_TRUE(align_free_by_order(2, 2, matrix, {}).empty());
}

TEST(AlignFree, AParagraphCoveringTwoPointsTakesASecondPartnerNearlyAsSimilar) {
  // Paragraph 0 makes the points of paragraphs 0 and 1 of the other statement.
  const SimilarityMatrix matrix = matrix_of({{0.6f, 0.5f}});
  EXPECT_EQ(linked_pairs(align_free_by_order(1, 2, matrix, {})), (Pairs{{0, 0}, {0, 1}}));
}

TEST(AlignFree, AParagraphWhoseClosestWasRefusedTakesNoSecondChoice) {
  // Paragraph 1's closest, 0 (0.40), is too far below paragraph 0's link to it (0.6) to join
  // it; its second choice, 1 (0.38), would be near enough to the link 0-1 (0.5), but a
  // second choice after the first was refused is a guess.
  const SimilarityMatrix matrix = matrix_of({{0.6f, 0.5f}, {0.40f, 0.38f}});
  EXPECT_EQ(linked_pairs(align_free_by_order(2, 2, matrix, {})), (Pairs{{0, 0}, {0, 1}}));
}

TEST(AlignFree, AParagraphJoinsAnotherAlreadyLinkedWhenThatIsItsClosest) {
  const SimilarityMatrix matrix = matrix_of({{0.6f, 0.5f}, {0.30f, 0.38f}});
  EXPECT_EQ(linked_pairs(align_free_by_order(2, 2, matrix, {})), (Pairs{{0, 0}, {0, 1}, {1, 1}}));
}

}  // namespace
}  // namespace concord
