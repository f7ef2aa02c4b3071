// Aligning the paragraphs of one pair of statements: versions of one text in their order
// (versions_alignment.cc), statements of different bodies free of it (bodies_alignment.cc).
// Private to the engine: compare_statements (alignment.cc) is their only user.
#pragma once

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/statement.hpp"
#include "paragraph_similarity.hpp"
#include "word_sequences.hpp"

namespace concord {

/// A link between paragraph `a` of one statement and `b` of the other.
struct Link {
  std::size_t a = 0;
  std::size_t b = 0;
  float similarity = 0;
  bool moved = false;
};

/// Pairs of paragraphs (a, b), sorted.
using ParagraphPairs = std::vector<std::pair<std::size_t, std::size_t>>;

/// The index in [0, count) whose `similarity(index)` is highest (the first of equals);
/// `count` when count is 0.
template <typename Similarity>
[[nodiscard]] std::size_t most_similar(std::size_t count, const Similarity& similarity) {
  std::size_t best = count;
  for (std::size_t q = 0; q < count; ++q) {
    if (best == count || similarity(q) > similarity(best)) best = q;
  }
  return best;
}

// --- Versions of one text ---------------------------------------------------------------------

/// True when enough substantial paragraphs (6 words or more) of the smaller statement have a
/// counterpart at `near_identical_similarity` or more: versions of one text, not two bodies.
[[nodiscard]] bool looks_like_versions(const std::vector<ParagraphTerms>& xs,
                                       const std::vector<ParagraphTerms>& ys,
                                       const SimilarityMatrix& matrix,
                                       float near_identical_similarity);

/// Similarity of paragraph a and b, scored afresh (for pairs the candidate filter skipped).
using PairScore = std::function<float(std::size_t a, std::size_t b)>;
/// Whether paragraphs a and b may be linked out of order.
using MayMove = std::function<bool(std::size_t a, std::size_t b)>;
/// The words of paragraph `p` of the first statement (`in_a`) or of the second, as ids of one
/// id space (word_sequences.hpp).
using WordsOf = std::function<const WordSequence&(bool in_a, std::size_t p)>;

/// Monotone one-to-one alignment, then out-of-order links (moves), extra links for paragraphs
/// that were split or merged, reworded paragraphs left in their slots and updated ones left
/// anywhere. `may_move` says whether two paragraphs may be linked out of order; `words_of`
/// gives the words of a paragraph, to compare the wording of paragraphs left alone.
[[nodiscard]] std::vector<Link> align_in_order(std::size_t n, std::size_t m,
                                               const SimilarityMatrix& matrix,
                                               const PairScore& exact, const MayMove& may_move,
                                               const WordsOf& words_of);

/// The links of one pair of statements (`x`, `y`: indexes of the compared statements; a link's
/// `a` is a paragraph of x), and whether the pair was aligned as versions of one text.
struct PairLinks {
  std::size_t x = 0, y = 0;
  bool versions = false;
  std::vector<Link> links;
};

/// Similarity of paragraph a of statement x and paragraph b of statement y, scored afresh.
using StatementPairScore =
    std::function<float(std::size_t x, std::size_t a, std::size_t y, std::size_t b)>;

/// Three or more versions of one text: each pair's weak links are checked against the paths
/// through a third version. A weak link whose two paragraphs are linked to different
/// paragraphs of a third version is dropped; a paragraph then left without partner takes the
/// one the path through a third version gives, when the two share some wording.
void reconcile_versions(std::vector<PairLinks>& pairs, const StatementPairScore& similarity);

// --- Either kind ------------------------------------------------------------------------------

/// A paragraph still without a partner joins the paragraph of the other statement that holds
/// it word for word, or that it holds: one run of at least 12 words making 80% of the shorter
/// paragraph, which must end as a sentence does (titles are quoted in paragraphs). A paragraph
/// merged into another far from it, or a recall cut to its first clause, shares too little of
/// the whole to be similar, but a run that long is the same text. Of several, the one with the
/// longest run, then the most `similar`. Between versions (`in_order`), a link crossing the
/// links kept in order is moved.
void link_paragraphs_held_verbatim(const Statement& x, const Statement& y,
                                   const std::vector<ParagraphTerms>& xs,
                                   const std::vector<ParagraphTerms>& ys, bool in_order,
                                   const PairScore& similar, std::vector<Link>& links);

// --- Statements of different bodies -----------------------------------------------------------

/// A heading names a topic, an author line ("The Security Council,", "The Heads of State and
/// Government of ..., meeting in ...,") names who speaks, and the other paragraphs make
/// points: a heading's counterpart is a heading and an author line's an author line, never a
/// paragraph that shares their words (US-ROK: "The Linchpin for Peace and Prosperity" had
/// taken a paragraph on a shared vision).
[[nodiscard]] bool of_different_roles(const Statement& x, std::size_t a, const Statement& y,
                                      std::size_t b);

/// Sets to 0 the similarity of every two paragraphs of different roles.
void keep_roles_apart(SimilarityMatrix& matrix, const Statement& x, const Statement& y);

/// Order-free assignment of two statements that may keep the same order: when the links found
/// show they do, a pair far apart in relative position is less likely the same point, and the
/// pairs are assigned again with that known. Between one body's statements a year apart this
/// settles which of two similar paragraphs is the counterpart (held-out G7 and US-ROK cases,
/// dev-04: F1 0.816 -> 0.840); fragments quoted in any order keep their links.
[[nodiscard]] std::vector<Link> align_free_by_order(std::size_t n, std::size_t m,
                                                    const SimilarityMatrix& matrix,
                                                    const ParagraphPairs& sharing_a_clause);

/// A paragraph ending in a colon leads in the list after it ("we are taking the following new
/// measures:" then "(i) ...", "(ii) ..."), and says little itself: when its most similar
/// paragraph of the other statement is one that its items link to, it joins them there
/// (dev-04 0.852 -> 0.873, G7 March/May 2022 0.833 -> 0.857; no false link in 40 gold cases).
/// `own` is statement a of the pair when `own_is_a`.
void join_lead_ins_to_their_lists(const Statement& own, bool own_is_a, std::size_t other_count,
                                  const SimilarityMatrix& matrix, std::vector<Link>& links);

}  // namespace concord
