// Similarity of paragraphs for alignment.
#include "paragraph_similarity.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>
#include <unordered_map>

#include "concord/engine/parallel.hpp"

namespace concord {
namespace {

// Calibrated on the development gold alignments (shared/eval/dev) and checked on held-out
// ones (tests/data/alignment).
constexpr float kCandidateIdf = 0.5f;    // terms rarer than this propose candidate pairs
constexpr float kMinClauseMass = 12.0f;  // a clause must carry this much IDF to count alone
constexpr float kClauseDiscount = 0.7f;  // a clause said again is weaker evidence than a paragraph
constexpr std::size_t kKeyTerms = 8;     // a paragraph's weightiest terms propose candidate pairs
constexpr float kRelatedWeight = 0.5f;   // a related word counts this much of its strength
constexpr float kMeaningWeight = 0.3f;   // share of paragraph meaning (word vectors) in similarity
constexpr std::size_t kRowsPerBlock = 64;   // rows scored together when rows share the cores
constexpr double kMeanPriorParagraphs = 2;  // shrinks the centre of meanings for few paragraphs
constexpr std::size_t kMaxPairsScoredAll = 250000;  // beyond, only candidate pairs get meaning

}  // namespace

RelatedWords::RelatedWords(const TermSpace& space)
    : space_(space),
      in_row_(space.size(), kAbsent),
      in_other_(space.size(), kAbsent),
      first_relation_(space.size(), kNone) {}

void RelatedWords::set_row(const TermVector& row) {
  if (row_ != nullptr) {
    for (const std::uint32_t id : row_->ids) in_row_[id] = kAbsent;
  }
  for (const std::uint32_t id : related_terms_) first_relation_[id] = kNone;
  related_terms_.clear();
  relations_.clear();
  row_ = &row;
  for (std::size_t i = 0; i < row.ids.size(); ++i) {
    in_row_[row.ids[i]] = row.weights[i];
    for (const auto& [other, strength] : space_.related(row.ids[i])) {
      if (first_relation_[other] == kNone) related_terms_.push_back(other);
      relations_.push_back({static_cast<std::uint32_t>(i), strength, first_relation_[other]});
      first_relation_[other] = static_cast<std::uint32_t>(relations_.size() - 1);
    }
  }
}

float RelatedWords::overlap(const TermVector& a, const TermVector& b) {
  if (&a != row_) set_row(a);
  for (std::size_t j = 0; j < b.ids.size(); ++j) in_other_[b.ids[j]] = b.weights[j];
  best_of_row_.assign(a.ids.size(), 0.0f);
  // A word both paragraphs say is matched as itself: it neither relates nor is related.
  float b_to_a = 0;
  for (std::size_t j = 0; j < b.ids.size(); ++j) {
    if (in_row_[b.ids[j]] != kAbsent) continue;
    float best = 0;
    for (std::uint32_t r = first_relation_[b.ids[j]]; r != kNone; r = relations_[r].next) {
      const Relation& relation = relations_[r];
      if (in_other_[a.ids[relation.index]] != kAbsent) continue;
      best = std::max(best, relation.strength * a.weights[relation.index]);
      float& best_of_row = best_of_row_[relation.index];
      best_of_row = std::max(best_of_row, relation.strength * b.weights[j]);
    }
    b_to_a += b.weights[j] * best;
  }
  float a_to_b = 0;
  for (std::size_t i = 0; i < a.ids.size(); ++i) a_to_b += a.weights[i] * best_of_row_[i];
  for (const std::uint32_t id : b.ids) in_other_[id] = kAbsent;
  return 0.5f * (a_to_b + b_to_a);
}

namespace {

ClausePostings clause_postings(const ParagraphTerms& terms) {
  ClausePostings postings;
  const std::size_t n = terms.whole.ids.size();
  std::vector<std::vector<std::pair<std::uint32_t, float>>> per_term(n);
  if (terms.clauses.size() > 1) {
    for (std::size_t k = 0; k < terms.clauses.size(); ++k) {
      const TermVector& clause = terms.clauses[k];
      if (clause.mass < kMinClauseMass) continue;
      for (std::size_t t = 0; t < clause.ids.size(); ++t) {
        const auto it =
            std::lower_bound(terms.whole.ids.begin(), terms.whole.ids.end(), clause.ids[t]);
        per_term[static_cast<std::size_t>(it - terms.whole.ids.begin())].emplace_back(
            static_cast<std::uint32_t>(k), clause.weights[t]);
      }
    }
    postings.clause_count = terms.clauses.size();
  }
  postings.offsets.reserve(n + 1);
  postings.offsets.push_back(0);
  for (const auto& list : per_term) {
    postings.entries.insert(postings.entries.end(), list.begin(), list.end());
    postings.offsets.push_back(static_cast<std::uint32_t>(postings.entries.size()));
  }
  return postings;
}

// Per-clause sums of one pair of paragraphs being scored.
class ClauseSums {
 public:
  explicit ClauseSums(std::size_t count) : count_(count) {
    if (count > kOnStack) heap_.assign(count, 0.0f);
  }
  float& operator[](std::size_t clause) {
    return count_ > kOnStack ? heap_[clause] : on_stack_[clause];
  }
  float largest() const {
    const float* sums = count_ > kOnStack ? heap_.data() : on_stack_.data();
    return count_ == 0 ? 0.0f : *std::max_element(sums, sums + count_);
  }

 private:
  static constexpr std::size_t kOnStack = 32;
  std::size_t count_;
  std::array<float, kOnStack> on_stack_{};
  std::vector<float> heap_;
};

// The terms that carry a paragraph: its highest weights (rare words, said more than once).
std::vector<std::uint32_t> key_terms(const TermVector& v) {
  std::vector<std::size_t> order(v.ids.size());
  std::iota(order.begin(), order.end(), 0);
  const std::size_t k = std::min(order.size(), kKeyTerms);
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                    [&](std::size_t a, std::size_t b) { return v.weights[a] > v.weights[b]; });
  std::vector<std::uint32_t> keys;
  for (std::size_t i = 0; i < k; ++i) keys.push_back(v.ids[order[i]]);
  return keys;
}

// The similarity of `a` and `b` from the terms they share, which `visit_shared` hands to its
// argument as (index in a, index in b), in increasing term id so that every way of finding
// them sums alike.
template <typename VisitShared>
float similarity_of_shared(const ScoredParagraph& a, const ScoredParagraph& b,
                           RelatedWords* related, const VisitShared& visit_shared) {
  const TermVector& va = a.terms.whole;
  const TermVector& vb = b.terms.whole;
  // Most paragraphs have a few clauses: their sums stay on the stack, since this runs for
  // every candidate pair.
  ClauseSums clause_a(a.postings.clause_count);
  ClauseSums clause_b(b.postings.clause_count);
  float whole = 0;
  visit_shared([&](std::size_t i, std::size_t j) {
    whole += va.weights[i] * vb.weights[j];
    for (auto e = a.postings.offsets[i]; e < a.postings.offsets[i + 1]; ++e)
      clause_a[a.postings.entries[e].first] += a.postings.entries[e].second * vb.weights[j];
    for (auto e = b.postings.offsets[j]; e < b.postings.offsets[j + 1]; ++e)
      clause_b[b.postings.entries[e].first] += b.postings.entries[e].second * va.weights[i];
  });
  if (related != nullptr) whole += kRelatedWeight * related->overlap(va, vb);
  const float clause = std::max(clause_a.largest(), clause_b.largest());
  // Related words can push the sum past 1; similarity is reported on 0..1.
  return std::min(1.0f, std::max(whole, kClauseDiscount * clause));
}

// One paragraph (a row of the matrix) scored against many: its terms are spread into an
// array indexed by term id, so that each candidate's terms are looked up rather than merged
// with the row's.
class RowScorer {
 public:
  explicit RowScorer(std::size_t term_count) : position_(term_count, kAbsent) {}

  void set_row(const ParagraphTerms& terms, const ClausePostings& postings) {
    clear();
    terms_ = &terms;
    postings_ = &postings;
    const auto& ids = terms.whole.ids;
    for (std::size_t i = 0; i < ids.size(); ++i) position_[ids[i]] = static_cast<std::int32_t>(i);
  }

  float score(const ScoredParagraph& b, RelatedWords* related) const {
    return similarity_of_shared({*terms_, *postings_}, b, related, [&](const auto& add) {
      const auto& ids = b.terms.whole.ids;
      for (std::size_t j = 0; j < ids.size(); ++j) {
        if (const std::int32_t i = position_[ids[j]]; i != kAbsent)
          add(static_cast<std::size_t>(i), j);
      }
    });
  }

 private:
  static constexpr std::int32_t kAbsent = -1;
  void clear() {
    if (terms_ == nullptr) return;
    for (const std::uint32_t id : terms_->whole.ids) position_[id] = kAbsent;
  }
  std::vector<std::int32_t> position_;
  const ParagraphTerms* terms_ = nullptr;
  const ClausePostings* postings_ = nullptr;
};

}  // namespace

std::vector<ClausePostings> clause_postings(const std::vector<ParagraphTerms>& paragraphs) {
  std::vector<ClausePostings> out;
  out.reserve(paragraphs.size());
  for (const ParagraphTerms& p : paragraphs) out.push_back(clause_postings(p));
  return out;
}

// The cosine of the two paragraphs, plus related words when `related` is given, or,
// when higher, how much of one paragraph a single clause of the other says on its own (a
// paragraph making several points corresponds to a shorter one that makes one of them).
// Clause against paragraph, not clause against clause: two short clauses sharing a few
// words are too weak a sign, unless each is the other's closest in the two statements
// (paragraphs_sharing_a_clause).
float paragraph_similarity(const ScoredParagraph& a, const ScoredParagraph& b,
                           RelatedWords* related) {
  return similarity_of_shared(a, b, related, [&](const auto& add) {
    const auto& ia = a.terms.whole.ids;
    const auto& ib = b.terms.whole.ids;
    std::size_t i = 0, j = 0;
    while (i < ia.size() && j < ib.size()) {
      if (ia[i] < ib[j]) {
        ++i;
      } else if (ia[i] > ib[j]) {
        ++j;
      } else {
        add(i++, j++);
      }
    }
  });
}

// Scores only the pairs in which one paragraph contains a key term of the other: paragraphs
// that make the same point share at least one of their weightiest words, and two long
// statements compare in time proportional to their overlap, not to the product of their
// lengths.
CandidateIndex candidate_index(const std::vector<ParagraphTerms>& paragraphs,
                               const TermSpace& space) {
  CandidateIndex index;
  index.key_terms.reserve(paragraphs.size());
  index.holding.resize(space.size());
  index.keyed.resize(space.size());
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    for (const std::uint32_t id : paragraphs[p].whole.ids) {
      if (space.idf(id) >= kCandidateIdf)
        index.holding[id].push_back(static_cast<std::uint32_t>(p));
    }
    index.key_terms.push_back(key_terms(paragraphs[p].whole));
    for (const std::uint32_t id : index.key_terms.back())
      index.keyed[id].push_back(static_cast<std::uint32_t>(p));
  }
  return index;
}

SimilarityMatrix similarities(const IndexedStatement& x, const IndexedStatement& y,
                              const TermSpace& space, bool use_related, bool rows_on_every_core) {
  SimilarityMatrix matrix(x.terms.size(), y.terms.size());
  const std::size_t blocks =
      rows_on_every_core ? (x.terms.size() + kRowsPerBlock - 1) / kRowsPerBlock : 1;
  auto score_rows = [&](std::size_t block) {
    const std::size_t begin = rows_on_every_core ? block * kRowsPerBlock : 0;
    const std::size_t end =
        rows_on_every_core ? std::min(x.terms.size(), begin + kRowsPerBlock) : x.terms.size();
    // Its arrays span every term: built only when related words count.
    std::optional<RelatedWords> related;
    if (use_related) related.emplace(space);
    RowScorer scorer(space.size());
    std::vector<std::uint32_t> seen(y.terms.size(), 0);
    std::uint32_t stamp = 0;
    for (std::size_t a = begin; a < end; ++a) {
      ++stamp;
      scorer.set_row(x.terms[a], x.postings[a]);
      auto score = [&](const std::vector<std::uint32_t>& candidates) {
        for (const std::uint32_t b : candidates) {
          if (seen[b] == stamp) continue;
          seen[b] = stamp;
          matrix.set(a, b,
                     scorer.score({y.terms[b], y.postings[b]}, related ? &*related : nullptr));
        }
      };
      for (const std::uint32_t id : x.index.key_terms[a]) score(y.index.holding[id]);
      for (const std::uint32_t id : x.terms[a].whole.ids) score(y.index.keyed[id]);
    }
  };
  if (blocks <= 1) {
    score_rows(0);
  } else {
    for_each_in_parallel(blocks, score_rows);  // each block writes its own rows
  }
  return matrix;
}

// Two clauses that are each other's closest counterpart among every clause of two
// statements make one point, however much else their paragraphs say: between one body's
// statements a year apart, long paragraphs of several points share one point each with
// several others, and paragraph similarity, diluted by the other points, misses them
// (held-out G7 December 0.692 -> 0.772, Quad 2021 0.533 -> 0.606, General Debate 0.372 ->
// 0.471, dev-04 0.840 -> 0.852). Mutual choice keeps it precise: a clause common to many
// paragraphs ("We reaffirm our commitment ...") is the closest of one at most.
std::vector<std::pair<std::size_t, std::size_t>> paragraphs_sharing_a_clause(
    const std::vector<ParagraphTerms>& xs, const std::vector<ParagraphTerms>& ys,
    float min_similarity) {
  struct Clause {
    std::size_t paragraph;
    const TermVector* terms;
  };
  auto clauses_of = [](const std::vector<ParagraphTerms>& paragraphs) {
    std::vector<Clause> out;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
      for (const TermVector& clause : paragraphs[p].clauses) {
        if (clause.mass >= kMinClauseMass) out.push_back({p, &clause});
      }
    }
    return out;
  };
  const std::vector<Clause> cx = clauses_of(xs), cy = clauses_of(ys);
  // The clauses of ys by term, so that each clause of xs meets only those sharing a term.
  std::unordered_map<std::uint32_t, std::vector<std::pair<std::uint32_t, float>>> postings;
  for (std::size_t j = 0; j < cy.size(); ++j) {
    const TermVector& v = *cy[j].terms;
    for (std::size_t t = 0; t < v.ids.size(); ++t)
      postings[v.ids[t]].emplace_back(static_cast<std::uint32_t>(j), v.weights[t]);
  }
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<float> best_y_value(cy.size(), 0.0f);
  std::vector<std::size_t> best_y_of(cy.size(), kNone);  // closest clause of xs per clause of ys
  std::vector<std::size_t> best_x_of(cx.size(), kNone);
  std::vector<float> best_x_value(cx.size(), 0.0f);
  std::vector<float> dot(cy.size(), 0.0f);
  std::vector<std::uint32_t> touched;
  for (std::size_t i = 0; i < cx.size(); ++i) {
    const TermVector& v = *cx[i].terms;
    for (std::size_t t = 0; t < v.ids.size(); ++t) {
      const auto it = postings.find(v.ids[t]);
      if (it == postings.end()) continue;
      for (const auto& [j, weight] : it->second) {
        if (dot[j] == 0.0f) touched.push_back(j);
        dot[j] += v.weights[t] * weight;
      }
    }
    // In clause order, so that of two equally close clauses the first is the closest.
    std::sort(touched.begin(), touched.end());
    for (const std::uint32_t j : touched) {
      if (dot[j] > best_x_value[i]) {
        best_x_value[i] = dot[j];
        best_x_of[i] = j;
      }
      if (dot[j] > best_y_value[j]) {
        best_y_value[j] = dot[j];
        best_y_of[j] = i;
      }
      dot[j] = 0.0f;
    }
    touched.clear();
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < cx.size(); ++i) {
    const std::size_t j = best_x_of[i];
    if (j != kNone && best_y_of[j] == i && best_x_value[i] >= min_similarity)
      pairs.emplace_back(cx[i].paragraph, cy[j].paragraph);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

// What a paragraph is about: the mean of the word vectors of its terms, weighted as in its
// term vector, minus the mean over every compared paragraph (the topic all of them share,
// which would make every pair look alike), at unit length. Empty for a paragraph with no
// known word.
std::vector<std::vector<std::vector<float>>> paragraph_meanings(
    const std::vector<std::vector<ParagraphTerms>>& terms, const TermSpace& space,
    const WordVectors& vectors) {
  const std::size_t dimensions = vectors.dimensions();
  std::vector<std::vector<std::vector<float>>> meanings(terms.size());
  std::vector<double> mean(dimensions, 0.0);
  std::size_t counted = 0;
  for (std::size_t s = 0; s < terms.size(); ++s) {
    for (const ParagraphTerms& paragraph : terms[s]) {
      std::vector<float> meaning(dimensions, 0.0f);
      bool known = false;
      for (std::size_t i = 0; i < paragraph.whole.ids.size(); ++i) {
        const auto vector = vectors.find(space.stem(paragraph.whole.ids[i]));
        if (vector.empty()) continue;
        known = true;
        for (std::size_t d = 0; d < dimensions; ++d)
          meaning[d] += paragraph.whole.weights[i] * vector[d];
      }
      if (known) {
        double norm = 0;
        for (const float v : meaning) norm += static_cast<double>(v) * v;
        const auto inverse = static_cast<float>(1.0 / std::sqrt(norm));
        for (std::size_t d = 0; d < dimensions; ++d) mean[d] += (meaning[d] *= inverse);
        ++counted;
      } else {
        meaning.clear();
      }
      meanings[s].push_back(std::move(meaning));
    }
  }
  if (counted == 0) return meanings;
  // The mean is shrunk towards zero as if two more paragraphs had no meaning: when two or
  // three short statements are compared, the paragraphs are most of their own mean, and
  // removing all of it would set two paragraphs saying the same thing against each other.
  for (double& m : mean) m /= static_cast<double>(counted) + kMeanPriorParagraphs;
  for (auto& statement : meanings) {
    for (auto& meaning : statement) {
      if (meaning.empty()) continue;
      double norm = 0;
      for (std::size_t d = 0; d < dimensions; ++d) {
        meaning[d] -= static_cast<float>(mean[d]);
        norm += static_cast<double>(meaning[d]) * meaning[d];
      }
      if (norm == 0) {
        meaning.clear();
        continue;
      }
      const auto inverse = static_cast<float>(1.0 / std::sqrt(norm));
      for (float& v : meaning) v *= inverse;
    }
  }
  return meanings;
}

// Between different bodies, what two paragraphs are about counts beside the words they
// share: similarity becomes a blend of both. Every pair is scored when the statements are
// of ordinary length, so that a point made in entirely other words is found; for very long
// statements, only the candidate pairs.
void blend_meanings(SimilarityMatrix& matrix, const std::vector<ParagraphTerms>& xs,
                    const std::vector<ClausePostings>& x_postings,
                    const std::vector<ParagraphTerms>& ys,
                    const std::vector<ClausePostings>& y_postings, const TermSpace& space,
                    bool use_related, const std::vector<std::vector<float>>& x_meanings,
                    const std::vector<std::vector<float>>& y_meanings) {
  const bool all_pairs = xs.size() * ys.size() <= kMaxPairsScoredAll;
  std::optional<RelatedWords> related;
  if (use_related) related.emplace(space);
  for (std::size_t x = 0; x < xs.size(); ++x) {
    if (x_meanings[x].empty()) continue;
    for (std::size_t y = 0; y < ys.size(); ++y) {
      if (y_meanings[y].empty()) continue;
      float lexical = matrix.at(x, y);
      if (lexical == 0) {
        if (!all_pairs) continue;
        lexical = paragraph_similarity({xs[x], x_postings[x]}, {ys[y], y_postings[y]},
                                       related ? &*related : nullptr);
      }
      float meaning = 0;
      for (std::size_t d = 0; d < x_meanings[x].size(); ++d)
        meaning += x_meanings[x][d] * y_meanings[y][d];
      matrix.set(x, y, std::max(0.0f, (1 - kMeaningWeight) * lexical + kMeaningWeight * meaning));
    }
  }
}

}  // namespace concord
