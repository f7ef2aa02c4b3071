// Similarity of paragraphs for alignment: lexical (stemmed, IDF-weighted) on whole paragraphs
// and on their clauses, related words, and what paragraphs are about (word vectors).
// Private to the engine: alignment.cc is its only user.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/word_vectors.hpp"

namespace concord {

/// Similarities of every paragraph of one statement (rows) with every paragraph of another
/// (columns); 0 for pairs never scored.
class SimilarityMatrix {
 public:
  SimilarityMatrix(std::size_t rows, std::size_t columns)
      : columns_(columns), values_(rows * columns, 0.0f) {}
  [[nodiscard]] float at(std::size_t row, std::size_t column) const {
    return values_[row * columns_ + column];
  }
  void set(std::size_t row, std::size_t column, float value) {
    values_[row * columns_ + column] = value;
  }

 private:
  std::size_t columns_;
  std::vector<float> values_;
};

// How much of one paragraph is said in other words in the other: each word of one missing
// from the other counts by its weight times the weight of its most strongly related word in
// the other and the strength of the relation (a "soft cosine", Sidorov et al. 2014,
// restricted to unmatched words), averaged over both directions. These lookups dominate
// comparisons of statements by different bodies, and a matrix is scored row by row: the
// relations of the row's words are gathered once per row, indexed by the related term, so
// that each pair only looks up the other paragraph's words (relations are symmetric). The
// row is recognised by its address: paragraphs must outlive this object.
class RelatedWords {
 public:
  explicit RelatedWords(const TermSpace& space);

  [[nodiscard]] float overlap(const TermVector& a, const TermVector& b);

 private:
  static constexpr float kAbsent = -1.0f;
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);

  // Word `index` of the row relates to a term with `strength`; `next` chains the row's
  // relations of that term.
  struct Relation {
    std::uint32_t index;
    float strength;
    std::uint32_t next;
  };

  void set_row(const TermVector& row);

  const TermSpace& space_;
  const TermVector* row_ = nullptr;
  std::vector<float> in_row_;                  // by term id: its weight in the row, or kAbsent
  std::vector<float> in_other_;                // the same for the paragraph scored against the row
  std::vector<std::uint32_t> first_relation_;  // by term id: into relations_, or kNone
  std::vector<std::uint32_t> related_terms_;   // the terms first_relation_ holds
  std::vector<Relation> relations_;
  std::vector<float> best_of_row_;  // per row word: its best related word in the other
};

// For each term of a paragraph, the clauses it occurs in and its weight there, so that one
// pass over the terms two paragraphs share scores the paragraphs and every clause at once.
// Only clauses that carry enough substance to count alone are listed, and none for a
// one-clause paragraph.
struct ClausePostings {
  std::vector<std::uint32_t> offsets;  // term i of `whole`: entries [offsets[i], offsets[i+1])
  std::vector<std::pair<std::uint32_t, float>> entries;  // (clause, weight in the clause)
  std::size_t clause_count = 0;
};

[[nodiscard]] std::vector<ClausePostings> clause_postings(
    const std::vector<ParagraphTerms>& paragraphs);

// A paragraph's terms with the clause postings of its terms.
struct ScoredParagraph {
  const ParagraphTerms& terms;
  const ClausePostings& postings;
};

// The cosine of the two paragraphs, plus related words when `related` is given, or, when
// higher, how much of one paragraph a single clause of the other says on its own; 0..1.
[[nodiscard]] float paragraph_similarity(const ScoredParagraph& a, const ScoredParagraph& b,
                                         RelatedWords* related);

// Which paragraphs of a statement a term proposes as candidates: those holding it (when it
// is rare enough to say something) and those where it is one of the weightiest terms; and
// each paragraph's weightiest terms. Built once per statement, read by all its pairs.
struct CandidateIndex {
  std::vector<std::vector<std::uint32_t>> key_terms;       // per paragraph
  std::vector<std::vector<std::uint32_t>> holding, keyed;  // per term id
};

[[nodiscard]] CandidateIndex candidate_index(const std::vector<ParagraphTerms>& paragraphs,
                                             const TermSpace& space);

// The paragraphs of one statement with what similarity reads of them.
struct IndexedStatement {
  const std::vector<ParagraphTerms>& terms;
  const std::vector<ClausePostings>& postings;
  const CandidateIndex& index;
};

// Scores the pairs in which one paragraph holds one of the other's weightiest terms (the
// candidates): two long statements compare in time proportional to their overlap, not to
// the product of their lengths. Related words count when `use_related`. Rows are spread
// over the cores when `rows_on_every_core` (a caller with fewer pairs than cores).
[[nodiscard]] SimilarityMatrix similarities(const IndexedStatement& x, const IndexedStatement& y,
                                            const TermSpace& space, bool use_related,
                                            bool rows_on_every_core);

// Pairs of paragraphs (index in xs, index in ys) holding two clauses that are each other's
// closest counterpart among all the clauses of the two statements, at a cosine of
// `min_similarity` or more: one point made in both, whatever else the two paragraphs say.
// Sorted, without repeats.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> paragraphs_sharing_a_clause(
    const std::vector<ParagraphTerms>& xs, const std::vector<ParagraphTerms>& ys,
    float min_similarity);

// What each paragraph of each statement is about: the mean of the word vectors of its
// terms, weighted as in its term vector, minus the mean over every compared paragraph (shrunk
// when they are few), at unit length; empty for a paragraph with no known word.
[[nodiscard]] std::vector<std::vector<std::vector<float>>> paragraph_meanings(
    const std::vector<std::vector<ParagraphTerms>>& terms, const TermSpace& space,
    const WordVectors& vectors);

// Between statements by different bodies: makes each similarity a blend of the words the
// paragraphs share and of what they are about (every pair is scored for statements of
// ordinary length, only the candidates for very long ones).
void blend_meanings(SimilarityMatrix& matrix, const std::vector<ParagraphTerms>& xs,
                    const std::vector<ClausePostings>& x_postings,
                    const std::vector<ParagraphTerms>& ys,
                    const std::vector<ClausePostings>& y_postings, const TermSpace& space,
                    bool use_related, const std::vector<std::vector<float>>& x_meanings,
                    const std::vector<std::vector<float>>& y_meanings);

}  // namespace concord
