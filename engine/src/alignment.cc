// Paragraph alignment: similarities of paragraphs (paragraph_similarity.hpp), then an
// order-keeping or order-free assignment per pair of statements, then groups across all.
#include "concord/engine/alignment.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/parallel.hpp"
#include "paragraph_similarity.hpp"
#include "word_sequences.hpp"

namespace concord {
namespace {

// Thresholds, calibrated on the development gold alignments (shared/eval/dev).
constexpr float kNearIdentical = 0.8f;  // pairs this similar suggest versions of one text
// The same between machine translations of two languages, which never agree word for word.
constexpr float kNearIdenticalTranslated = 0.4f;
constexpr float kVersionShare = 0.35f;   // share of near-identical paragraphs that means "versions"
constexpr float kKeepThreshold = 0.30f;  // in-order link
constexpr float kMoveThreshold = 0.50f;  // out-of-order link between versions
constexpr float kSplitThreshold = 0.45f;      // extra link of a split or merged paragraph
constexpr float kSlotThreshold = 0.10f;       // reworded paragraphs in a slot between links
constexpr std::size_t kMaxSlotRun = 3;        // slots of as many paragraphs on both sides
constexpr float kUpdatedWording = 0.6f;       // share of wording in order of an updated paragraph
constexpr std::size_t kMaxSplitDistance = 3;  // halves of a split this far apart at most
constexpr float kFreeThreshold = 0.25f;       // link between statements of different bodies
constexpr float kFreeSureThreshold = 0.35f;   // so similar that it links paragraphs already linked
constexpr float kFreeExtraRatio = 0.70f;      // a second link must be this close to the first
constexpr std::size_t kMaxLinksPerParagraph = 3;
constexpr float kLeadInThreshold = 0.15f;  // a list's lead-in joins the list's partner
// Two clauses each other's closest at this cosine make one point (paragraphs_sharing_a_clause);
// machine translations of one sentence share fewer words (NAM 4-way: F1 0.89 -> 1.0).
constexpr float kSharedClause = 0.4f;
constexpr float kSharedClauseTranslated = 0.3f;
// Even sure links stop there: in two texts on one subject (resolutions on unilateral coercive
// measures of two committees) every paragraph is "sure" of a dozen others.
constexpr std::size_t kMaxSureLinks = 4;
constexpr double kOrderedCorrelation = 0.5;  // links this correlated in position: same order
constexpr std::size_t kMinOrderedLinks = 5;  // fewer links say nothing about order
constexpr float kPositionPenalty = 0.1f;     // similarity lost from one end to the other

struct Link {
  std::size_t a = 0;
  std::size_t b = 0;
  float similarity = 0;
  bool moved = false;
};

bool looks_like_versions(const std::vector<ParagraphTerms>& xs,
                         const std::vector<ParagraphTerms>& ys, const SimilarityMatrix& matrix,
                         float near_identical_similarity) {
  std::size_t substantial_x = 0, substantial_y = 0, near_identical = 0;
  for (const auto& y : ys) substantial_y += y.word_count >= 6;
  for (std::size_t x = 0; x < xs.size(); ++x) {
    if (xs[x].word_count < 6) continue;
    ++substantial_x;
    for (std::size_t y = 0; y < ys.size(); ++y) {
      if (matrix.at(x, y) >= near_identical_similarity) {
        ++near_identical;
        break;
      }
    }
  }
  const std::size_t smaller = std::min(substantial_x, substantial_y);
  return smaller > 0 &&
         static_cast<float>(near_identical) >= kVersionShare * static_cast<float>(smaller);
}

// Monotone one-to-one alignment maximising the summed excess of similarity over
// `threshold` (a Needleman-Wunsch alignment with free gaps).
std::vector<Link> monotone_links(std::size_t n, std::size_t m, const SimilarityMatrix& matrix,
                                 float threshold) {
  std::vector<double> score((n + 1) * (m + 1), 0.0);
  auto at = [&](std::size_t i, std::size_t j) -> double& { return score[i * (m + 1) + j]; };
  auto gain = [&](std::size_t i, std::size_t j) {
    return static_cast<double>(matrix.at(i - 1, j - 1) - threshold) + 1e-3;
  };
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      double best = std::max(at(i - 1, j), at(i, j - 1));
      if (matrix.at(i - 1, j - 1) >= threshold)
        best = std::max(best, at(i - 1, j - 1) + gain(i, j));
      at(i, j) = best;
    }
  }
  std::vector<Link> links;
  std::size_t i = n, j = m;
  while (i > 0 && j > 0) {
    const float s = matrix.at(i - 1, j - 1);
    if (s >= threshold && at(i, j) == at(i - 1, j - 1) + gain(i, j)) {
      links.push_back({i - 1, j - 1, s, false});
      --i;
      --j;
    } else if (at(i, j) == at(i - 1, j)) {
      --i;
    } else {
      --j;
    }
  }
  std::reverse(links.begin(), links.end());
  return links;
}

// Pairs of paragraphs alone on both sides whose `score` reaches `threshold`, the most alike
// first, each paragraph in one pair at most.
template <typename Score>
std::vector<Link> best_pairs_left_alone(std::size_t n, std::size_t m,
                                        const std::vector<Link>& links, float threshold,
                                        const Score& score) {
  std::vector<bool> linked_a(n, false), linked_b(m, false);
  for (const Link& l : links) linked_a[l.a] = linked_b[l.b] = true;
  std::vector<Link> candidates;
  for (std::size_t a = 0; a < n; ++a) {
    if (linked_a[a]) continue;
    for (std::size_t b = 0; b < m; ++b) {
      if (linked_b[b]) continue;
      if (const float value = score(a, b); value >= threshold)
        candidates.push_back({a, b, value, false});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Link& x, const Link& y) { return x.similarity > y.similarity; });
  std::vector<Link> pairs;
  for (const Link& c : candidates) {
    if (linked_a[c.a] || linked_b[c.b]) continue;
    linked_a[c.a] = linked_b[c.b] = true;
    pairs.push_back(c);
  }
  return pairs;
}

// The links in order that bound the slots between them, from (-1, -1) to (n, m): an
// increasing chain of links; a moved paragraph is no bound.
std::vector<std::pair<std::ptrdiff_t, std::ptrdiff_t>> slot_bounds(std::size_t n, std::size_t m,
                                                                   const std::vector<Link>& links) {
  std::vector<Link> sorted = links;
  std::sort(sorted.begin(), sorted.end(),
            [](const Link& x, const Link& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
  std::vector<std::pair<std::ptrdiff_t, std::ptrdiff_t>> bounds{{-1, -1}};
  for (const Link& l : sorted) {
    if (l.moved) continue;
    const auto a = static_cast<std::ptrdiff_t>(l.a), b = static_cast<std::ptrdiff_t>(l.b);
    if (a > bounds.back().first && b > bounds.back().second) bounds.emplace_back(a, b);
  }
  bounds.emplace_back(static_cast<std::ptrdiff_t>(n), static_cast<std::ptrdiff_t>(m));
  return bounds;
}

// Versions of one text keep reworded paragraphs in their slots: when as many paragraphs of
// each (up to kMaxSlotRun) are left unlinked between the same two linked neighbours (or
// before the first, or after the last), they are paired in order if they share even a
// little wording ("79th plenary meeting, 14 June 2023" / "77th plenary meeting, 2 May
// 2024"; a renewed resolution's title and adoption line). Uneven or wider gaps are not:
// there, a little shared wording is as likely to pair the wrong paragraphs. `exact` scores
// pairs the candidate filter skipped.
template <typename Similarity>
void pair_up_slots(std::size_t n, std::size_t m, std::vector<Link>& links,
                   const Similarity& exact) {
  std::vector<bool> linked_a(n, false), linked_b(m, false);
  for (const Link& l : links) linked_a[l.a] = linked_b[l.b] = true;
  const auto bounds = slot_bounds(n, m, links);
  for (std::size_t k = 0; k + 1 < bounds.size(); ++k) {
    std::vector<std::size_t> rows, columns;
    for (auto a = bounds[k].first + 1; a < bounds[k + 1].first; ++a) {
      if (!linked_a[static_cast<std::size_t>(a)]) rows.push_back(static_cast<std::size_t>(a));
    }
    for (auto b = bounds[k].second + 1; b < bounds[k + 1].second; ++b) {
      if (!linked_b[static_cast<std::size_t>(b)]) columns.push_back(static_cast<std::size_t>(b));
    }
    if (rows.size() != columns.size() || rows.size() > kMaxSlotRun) continue;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (const float similarity = exact(rows[i], columns[i]); similarity >= kSlotThreshold)
        links.push_back({rows[i], columns[i], similarity, false});
    }
  }
}

// Between versions, a paragraph updated with new dates, numbers and symbols ("Having
// considered the report of the Secretary-General of 17 October 2005 (S/2005/648)" / "of 19
// April 2006 (S/2006/249)") keeps most of its words in their order, but the words it keeps
// are formula words that weigh little: paragraphs still alone on both sides are paired, the
// most alike first, when most of their wording is the same in the same order. Moved when
// they do not fall between the same links in order.
template <typename Wording>
void pair_up_updated_paragraphs(std::size_t n, std::size_t m, std::vector<Link>& links,
                                const Wording& shared_wording) {
  const auto bounds = slot_bounds(n, m, links);
  for (Link pair : best_pairs_left_alone(
           n, m, links, kUpdatedWording,
           [&](std::size_t a, std::size_t b) { return shared_wording(a, b, kUpdatedWording); })) {
    const auto a = static_cast<std::ptrdiff_t>(pair.a), b = static_cast<std::ptrdiff_t>(pair.b);
    const auto after = std::upper_bound(
        bounds.begin(), bounds.end(), a,
        [](std::ptrdiff_t value, const auto& bound) { return value < bound.first; });
    pair.moved = !(b < after->second && b > std::prev(after)->second);
    links.push_back(pair);
  }
}

// The index in [0, count) whose similarity is highest (the first of equals); count when
// count is 0.
template <typename Similarity>
std::size_t most_similar(std::size_t count, const Similarity& similarity) {
  std::size_t best = count;
  for (std::size_t q = 0; q < count; ++q) {
    if (best == count || similarity(q) > similarity(best)) best = q;
  }
  return best;
}

// A list merged into one paragraph (or one paragraph split into a list: a resolution whose
// sub-items lost, or gained, the blank lines between them) links item after item, however
// long: a paragraph still alone joins its most similar partner when a neighbour already
// links to that partner (GA 74/150 and 80/208: sixteen items merged into one paragraph).
void extend_merged_runs(std::size_t n, std::size_t m, const SimilarityMatrix& matrix,
                        std::vector<Link>& links) {
  std::vector<std::vector<std::size_t>> partners_a(n), partners_b(m);
  for (const Link& l : links) {
    partners_a[l.a].push_back(l.b);
    partners_b[l.b].push_back(l.a);
  }
  // One side's paragraphs still alone join their most similar partner on the other side when
  // a neighbour already links to it; true when one did.
  auto grow = [&](bool side_a) {
    auto& own = side_a ? partners_a : partners_b;
    auto& other = side_a ? partners_b : partners_a;
    auto similarity = [&](std::size_t p, std::size_t q) {
      return side_a ? matrix.at(p, q) : matrix.at(q, p);
    };
    auto holds = [&](std::size_t p, std::size_t q) {
      return p < own.size() && std::find(own[p].begin(), own[p].end(), q) != own[p].end();
    };
    bool grew = false;
    for (std::size_t p = 0; p < own.size(); ++p) {
      if (!own[p].empty()) continue;
      const std::size_t best =
          most_similar(other.size(), [&](std::size_t q) { return similarity(p, q); });
      if (best == other.size() || similarity(p, best) < kSplitThreshold) continue;
      if ((p > 0 && holds(p - 1, best)) || holds(p + 1, best)) {
        links.push_back(side_a ? Link{p, best, similarity(p, best), false}
                               : Link{best, p, similarity(p, best), false});
        own[p].push_back(best);
        other[best].push_back(p);
        grew = true;
      }
    }
    return grew;
  };
  for (bool grew = true; grew;) {
    const bool a_grew = grow(true);
    const bool b_grew = grow(false);
    grew = a_grew || b_grew;
  }
}

// Monotone one-to-one alignment, then out-of-order links (moves), extra links for paragraphs
// that were split or merged, reworded paragraphs left in their slots and updated ones left
// anywhere. `may_move` says whether two paragraphs may be linked out of order;
// `shared_wording` how much wording they share in order (see word_sequences.hpp).
template <typename Similarity, typename MayMove, typename Wording>
std::vector<Link> align_in_order(std::size_t n, std::size_t m, const SimilarityMatrix& matrix,
                                 const Similarity& exact, const MayMove& may_move,
                                 const Wording& shared_wording) {
  std::vector<Link> links = monotone_links(n, m, matrix, kKeepThreshold);

  std::vector<bool> linked_a(n, false), linked_b(m, false);
  for (const Link& l : links) linked_a[l.a] = linked_b[l.b] = true;

  // Moves: unlinked paragraphs that are very similar, most similar first.
  for (Link move : best_pairs_left_alone(
           n, m, links, kMoveThreshold,
           [&](std::size_t a, std::size_t b) { return may_move(a, b) ? matrix.at(a, b) : 0.0f; })) {
    move.moved = true;
    linked_a[move.a] = linked_b[move.b] = true;
    links.push_back(move);
  }

  // Splits and merges: a paragraph still alone joins its best partner when that partner's
  // other link is its nearest linked paragraph: a neighbour, or one across paragraphs also
  // alone (a paragraph split, with a new one inserted between its halves).
  const std::vector<Link> one_to_one = links;
  const std::vector<bool> one_to_one_a = linked_a, one_to_one_b = linked_b;
  auto nearest = [](std::size_t from, std::size_t to, const std::vector<bool>& linked) {
    const std::size_t low = std::min(from, to), high = std::max(from, to);
    if (high - low > kMaxSplitDistance) return false;
    for (std::size_t k = low + 1; k < high; ++k) {
      if (linked[k]) return false;
    }
    return high != low;
  };
  auto near_link = [&](std::size_t a, std::size_t b, bool alone_is_a) {
    return std::any_of(one_to_one.begin(), one_to_one.end(), [&](const Link& l) {
      if (alone_is_a) return l.b == b && nearest(a, l.a, one_to_one_a);
      return l.a == a && nearest(b, l.b, one_to_one_b);
    });
  };
  for (std::size_t a = 0; a < n; ++a) {
    if (linked_a[a]) continue;
    const std::size_t best = most_similar(m, [&](std::size_t b) { return matrix.at(a, b); });
    if (best < m && matrix.at(a, best) >= kSplitThreshold && near_link(a, best, true)) {
      links.push_back({a, best, matrix.at(a, best), false});
    }
  }
  for (std::size_t b = 0; b < m; ++b) {
    if (linked_b[b]) continue;
    const std::size_t best = most_similar(n, [&](std::size_t a) { return matrix.at(a, b); });
    if (best < n && matrix.at(best, b) >= kSplitThreshold && near_link(best, b, false)) {
      links.push_back({best, b, matrix.at(best, b), false});
    }
  }
  extend_merged_runs(n, m, matrix, links);
  pair_up_slots(n, m, links, exact);
  pair_up_updated_paragraphs(n, m, links, shared_wording);
  return links;
}

// Pairs of paragraphs (a, b) that share a clause (paragraphs_sharing_a_clause), sorted.
using ParagraphPairs = std::vector<std::pair<std::size_t, std::size_t>>;

// Order-free assignment: the most similar pairs first; a paragraph may take further partners
// (it covers what the other body says in two) when they are nearly as similar, or clearly
// similar and sharing a clause with it. Clear similarity alone is not enough: in one body's
// statements a year apart, or two resolutions on one subject, a paragraph is clearly similar
// to several that make other points on its subject (held-out G7 statements 6/7 0.711 ->
// 0.821, Quad 2022/23 0.660 -> 0.721, two committees 0.436 -> 0.469, G7 December 0.772 ->
// 0.800; no case lower).
std::vector<Link> align_free(std::size_t n, std::size_t m, const SimilarityMatrix& matrix,
                             const ParagraphPairs& sharing_a_clause) {
  std::vector<Link> candidates;
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = 0; b < m; ++b) {
      if (matrix.at(a, b) >= kFreeThreshold) candidates.push_back({a, b, matrix.at(a, b), false});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Link& x, const Link& y) { return x.similarity > y.similarity; });
  std::vector<float> best_a(n, 0.0f), best_b(m, 0.0f);
  std::vector<std::size_t> count_a(n, 0), count_b(m, 0);
  std::vector<Link> links;
  for (const Link& c : candidates) {
    const bool a_free = count_a[c.a] == 0, b_free = count_b[c.b] == 0;
    const bool sure =
        c.similarity >= kFreeSureThreshold && count_a[c.a] < kMaxSureLinks &&
        count_b[c.b] < kMaxSureLinks &&
        std::binary_search(sharing_a_clause.begin(), sharing_a_clause.end(), std::pair{c.a, c.b});
    bool accept = (a_free && b_free) || sure;
    if (!accept && (a_free || b_free)) {
      const float reference = a_free ? best_b[c.b] : best_a[c.a];
      accept = c.similarity >= kFreeExtraRatio * reference &&
               count_a[c.a] < kMaxLinksPerParagraph && count_b[c.b] < kMaxLinksPerParagraph;
    }
    if (!accept) continue;
    links.push_back(c);
    best_a[c.a] = std::max(best_a[c.a], c.similarity);
    best_b[c.b] = std::max(best_b[c.b], c.similarity);
    ++count_a[c.a];
    ++count_b[c.b];
  }
  return links;
}

// A heading names a topic and a paragraph makes points: a heading's counterpart is a
// heading, never a paragraph that shares its words (US-ROK: "The Linchpin for Peace and
// Prosperity" had taken a paragraph on a shared vision).
bool heading_and_paragraph(const Statement& x, std::size_t a, const Statement& y, std::size_t b) {
  return (x.paragraphs[a].kind == ParagraphKind::Heading) !=
         (y.paragraphs[b].kind == ParagraphKind::Heading);
}

void keep_headings_apart(SimilarityMatrix& matrix, const Statement& x, const Statement& y) {
  for (std::size_t a = 0; a < x.paragraphs.size(); ++a) {
    for (std::size_t b = 0; b < y.paragraphs.size(); ++b) {
      if (heading_and_paragraph(x, a, y, b)) matrix.set(a, b, 0.0f);
    }
  }
}

// A paragraph ending in a colon leads in the list after it ("we are taking the following new
// measures:" then "(i) ...", "(ii) ..."), and says little itself: when its most similar
// paragraph of the other statement is one that its items link to, it joins them there
// (dev-04 0.852 -> 0.873, G7 March/May 2022 0.833 -> 0.857; no false link in 40 gold cases).
void join_lead_ins_to_their_lists(const Statement& own, bool own_is_a, std::size_t other_count,
                                  const SimilarityMatrix& matrix, std::vector<Link>& links) {
  auto similarity = [&](std::size_t p, std::size_t q) {
    return own_is_a ? matrix.at(p, q) : matrix.at(q, p);
  };
  auto linked = [&](std::size_t p, std::size_t q) {
    return std::any_of(links.begin(), links.end(), [&](const Link& l) {
      return own_is_a ? (l.a == p && l.b == q) : (l.b == p && l.a == q);
    });
  };
  std::vector<Link> joined;
  const auto& paragraphs = own.paragraphs;
  for (std::size_t p = 0; p + 1 < paragraphs.size(); ++p) {
    if (!paragraphs[p].text.ends_with(':') || paragraphs[p + 1].label.empty()) continue;
    const std::size_t best =
        most_similar(other_count, [&](std::size_t q) { return similarity(p, q); });
    if (best == other_count || similarity(p, best) < kLeadInThreshold || linked(p, best)) continue;
    for (std::size_t item = p + 1; item < paragraphs.size() && !paragraphs[item].label.empty();
         ++item) {
      if (!linked(item, best)) continue;
      joined.push_back(own_is_a ? Link{p, best, similarity(p, best), false}
                                : Link{best, p, similarity(p, best), false});
      break;
    }
  }
  links.insert(links.end(), joined.begin(), joined.end());
}

// Pearson correlation of the positions of linked paragraphs: near 1 when two statements make
// their points in the same order (one body's statements a year apart), near 0 when not.
double position_correlation(const std::vector<Link>& links) {
  if (links.empty()) return 0;
  double mean_a = 0, mean_b = 0;
  for (const Link& l : links) {
    mean_a += static_cast<double>(l.a);
    mean_b += static_cast<double>(l.b);
  }
  mean_a /= static_cast<double>(links.size());
  mean_b /= static_cast<double>(links.size());
  double ab = 0, aa = 0, bb = 0;
  for (const Link& l : links) {
    const double da = static_cast<double>(l.a) - mean_a, db = static_cast<double>(l.b) - mean_b;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0;
}

// Order-free assignment of two statements that may keep the same order: when the links found
// show they do, a pair far apart in relative position is less likely the same point, and the
// pairs are assigned again with that known. Between one body's statements a year apart this
// settles which of two similar paragraphs is the counterpart (held-out G7 and US-ROK cases,
// dev-04: F1 0.816 -> 0.840); fragments quoted in any order keep their links.
std::vector<Link> align_free_by_order(std::size_t n, std::size_t m, const SimilarityMatrix& matrix,
                                      const ParagraphPairs& sharing_a_clause) {
  std::vector<Link> links = align_free(n, m, matrix, sharing_a_clause);
  if (links.size() < kMinOrderedLinks || position_correlation(links) < kOrderedCorrelation)
    return links;
  const auto relative = [](std::size_t i, std::size_t count) {
    return count > 1 ? static_cast<float>(i) / static_cast<float>(count - 1) : 0.0f;
  };
  SimilarityMatrix placed = matrix;
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = 0; b < m; ++b) {
      const float value = matrix.at(a, b);
      if (value <= 0) continue;
      const float distance = std::fabs(relative(a, n) - relative(b, m));
      placed.set(a, b, std::max(0.0f, value - kPositionPenalty * distance));
    }
  }
  links = align_free(n, m, placed, sharing_a_clause);
  // The order chose the links; their similarity stays that of the paragraphs' words.
  for (Link& link : links) link.similarity = matrix.at(link.a, link.b);
  return links;
}

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t size) : parent_(size) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

struct NodeLink {
  std::size_t a = 0;
  std::size_t b = 0;
  float similarity = 0;
  bool moved = false;
};

AlignedGroup make_group(std::vector<std::size_t> nodes, const std::vector<const NodeLink*>& links,
                        const std::vector<GroupMember>& member_of, std::size_t statement_count) {
  AlignedGroup group;
  std::sort(nodes.begin(), nodes.end());
  std::vector<bool> present(statement_count, false);
  for (const std::size_t node : nodes) {
    group.members.push_back(member_of[node]);
    present[member_of[node].statement] = true;
  }
  double sum = 0;
  for (const NodeLink* link : links) {
    sum += link->similarity;
    group.moved = group.moved || link->moved;
  }
  group.similarity = links.empty() ? 1.0 : sum / static_cast<double>(links.size());
  const auto covered = static_cast<std::size_t>(std::count(present.begin(), present.end(), true));
  group.kind = covered == statement_count ? GroupKind::Shared
               : covered > 1              ? GroupKind::Partial
                                          : GroupKind::Unique;
  return group;
}

// Groups are the connected parts of the link graph when each is a clique across statements
// (the same paragraph in every version). A part that is not a clique (one paragraph making
// two points that two different paragraphs make) is covered by stars instead: a paragraph
// with its partners, so that a group never asserts a correspondence no link made. A
// paragraph may then appear in more than one group.
std::vector<AlignedGroup> build_groups(const std::vector<GroupMember>& member_of,
                                       const std::vector<NodeLink>& links,
                                       std::size_t statement_count) {
  const std::size_t node_count = member_of.size();
  DisjointSets sets(node_count);
  for (const NodeLink& link : links) sets.unite(link.a, link.b);
  std::vector<std::vector<std::size_t>> component_nodes(node_count);
  std::vector<std::vector<const NodeLink*>> component_links(node_count);
  for (std::size_t node = 0; node < node_count; ++node)
    component_nodes[sets.find(node)].push_back(node);
  for (const NodeLink& link : links) component_links[sets.find(link.a)].push_back(&link);

  // Links by node, in the order of `links` within each component: what the covering below
  // reads again and again, so that many statements (thousands of links) are grouped fast.
  std::vector<std::vector<std::size_t>> links_of(node_count);
  std::vector<std::size_t> uncovered_degree(node_count, 0);
  std::vector<bool> in_star(node_count, false);

  std::vector<AlignedGroup> groups;
  for (std::size_t root = 0; root < node_count; ++root) {
    const auto& nodes = component_nodes[root];
    if (nodes.empty()) continue;
    const auto& part_links = component_links[root];
    // Pairs of members of different statements: all pairs, less those within a statement.
    std::map<std::size_t, std::size_t> per_statement;
    for (const std::size_t node : nodes) ++per_statement[member_of[node].statement];
    std::size_t cross_pairs = nodes.size() * (nodes.size() - 1) / 2;
    for (const auto& [statement, count] : per_statement) cross_pairs -= count * (count - 1) / 2;
    std::set<std::pair<std::size_t, std::size_t>> linked;
    for (const NodeLink* link : part_links)
      linked.emplace(std::min(link->a, link->b), std::max(link->a, link->b));
    if (linked.size() == cross_pairs) {
      groups.push_back(make_group(nodes, part_links, member_of, statement_count));
      continue;
    }
    for (std::size_t k = 0; k < part_links.size(); ++k) {
      for (const std::size_t end : {part_links[k]->a, part_links[k]->b}) {
        links_of[end].push_back(k);
        ++uncovered_degree[end];
      }
    }
    std::vector<bool> covered(part_links.size(), false);
    std::size_t remaining = part_links.size();
    while (remaining > 0) {
      // The paragraph with the most uncovered links (then the highest similarity of them,
      // then the lowest node) is a centre.
      std::size_t most = 0;
      for (const std::size_t node : nodes) most = std::max(most, uncovered_degree[node]);
      std::size_t centre = node_count;
      float centre_similarity = 0;
      for (const std::size_t node : nodes) {
        if (uncovered_degree[node] != most) continue;
        float similarity = 0;
        for (const std::size_t k : links_of[node]) {
          if (!covered[k]) similarity += part_links[k]->similarity;
        }
        if (centre == node_count || similarity > centre_similarity ||
            (similarity == centre_similarity && node < centre)) {
          centre = node;
          centre_similarity = similarity;
        }
      }
      // The centre's partners, most similar first; a partner joins only if it is linked to
      // every partner of another statement already in, so the group implies no new link.
      std::vector<std::size_t> centre_links;
      for (const std::size_t k : links_of[centre]) {
        if (!covered[k]) centre_links.push_back(k);
      }
      std::stable_sort(centre_links.begin(), centre_links.end(), [&](std::size_t x, std::size_t y) {
        return part_links[x]->similarity > part_links[y]->similarity;
      });
      std::vector<std::size_t> star{centre};
      in_star[centre] = true;
      for (const std::size_t k : centre_links) {
        const std::size_t partner =
            part_links[k]->a == centre ? part_links[k]->b : part_links[k]->a;
        if (in_star[partner]) continue;
        const bool compatible = std::all_of(star.begin() + 1, star.end(), [&](std::size_t other) {
          return member_of[other].statement == member_of[partner].statement ||
                 linked.count({std::min(other, partner), std::max(other, partner)}) > 0;
        });
        if (compatible) {
          star.push_back(partner);
          in_star[partner] = true;
        }
      }
      std::vector<std::size_t> inside;
      for (const std::size_t node : star) {
        for (const std::size_t k : links_of[node]) {
          if (in_star[part_links[k]->a] && in_star[part_links[k]->b]) inside.push_back(k);
        }
      }
      std::sort(inside.begin(), inside.end());
      inside.erase(std::unique(inside.begin(), inside.end()), inside.end());
      std::vector<const NodeLink*> star_links;
      for (const std::size_t k : inside) {
        star_links.push_back(part_links[k]);
        if (!covered[k]) {
          covered[k] = true;
          --remaining;
          --uncovered_degree[part_links[k]->a];
          --uncovered_degree[part_links[k]->b];
        }
      }
      for (const std::size_t node : star) in_star[node] = false;
      groups.push_back(make_group(star, star_links, member_of, statement_count));
    }
  }
  // Reading order: by the first member (statement, then paragraph).
  std::stable_sort(groups.begin(), groups.end(), [](const AlignedGroup& x, const AlignedGroup& y) {
    return x.members.front() < y.members.front();
  });
  return groups;
}

// A canonical order of the statements, so that results do not depend on the order given.
std::vector<std::size_t> canonical_order(const std::vector<Statement>& statements) {
  std::vector<std::size_t> order(statements.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Statement& a = statements[x];
    const Statement& b = statements[y];
    const std::size_t size_a = a.paragraphs.size(), size_b = b.paragraphs.size();
    return std::tie(a.date, a.id, a.content_hash, size_a) <
           std::tie(b.date, b.id, b.content_hash, size_b);
  });
  return order;
}

// The wording of each member against what the group's statements share. The paragraphs of
// one statement in a group (a paragraph split in two, or two points one paragraph of another
// body makes) are read as one text, so that the halves of a split are compared with the
// whole they came from, not with each other.
std::vector<std::vector<MemberSegment>> diff_group(const AlignedGroup& group,
                                                   const std::vector<Statement>& statements) {
  constexpr std::string_view kJoint = "\n\n";  // white space: no token, never common
  std::vector<std::string> joined;             // one text per statement in the group
  std::vector<std::string> language_of;        // the language of each joined text
  std::vector<std::size_t> text_of(group.members.size());
  // Where each member starts in its statement's joined text.
  std::vector<std::size_t> start(group.members.size());
  for (std::size_t i = 0; i < group.members.size(); ++i) {
    const GroupMember& m = group.members[i];
    if (i == 0 || m.statement != group.members[i - 1].statement) {
      joined.emplace_back();
      language_of.push_back(statements[m.statement].language);
    } else {
      joined.back() += kJoint;
    }
    text_of[i] = joined.size() - 1;
    start[i] = joined.back().size();
    joined.back() += statements[m.statement].paragraphs[m.paragraph].text;
  }
  // Wording is compared within one language: a statement alone in its language (aligned
  // through a translation) shares no words with the others, and is shown as it is.
  std::vector<std::vector<MemberSegment>> per_text(joined.size());
  std::vector<bool> done(joined.size(), false);
  for (std::size_t first = 0; first < joined.size(); ++first) {
    if (done[first]) continue;
    std::vector<std::size_t> same_language;
    for (std::size_t t = first; t < joined.size(); ++t) {
      if (!done[t] && language_of[t] == language_of[first]) {
        same_language.push_back(t);
        done[t] = true;
      }
    }
    std::vector<std::string_view> texts;
    for (const std::size_t t : same_language) texts.emplace_back(joined[t]);
    auto segments = diff_against_common(texts, language_of[first]);
    for (std::size_t k = 0; k < same_language.size(); ++k)
      per_text[same_language[k]] = std::move(segments[k]);
  }

  // Cut each statement's segments back at its members' boundaries; the joints go nowhere.
  std::vector<std::vector<MemberSegment>> out(group.members.size());
  for (std::size_t t = 0; t < per_text.size(); ++t) {
    std::size_t member = 0;
    while (text_of[member] != t) ++member;
    std::size_t at = 0;  // offset in the joined text
    for (const MemberSegment& segment : per_text[t]) {
      for (std::size_t k = 0; k < segment.text.size(); ++k, ++at) {
        while (member + 1 < group.members.size() && text_of[member + 1] == t &&
               at >= start[member + 1])
          ++member;
        const std::size_t end_of_member =
            start[member] + statements[group.members[member].statement]
                                .paragraphs[group.members[member].paragraph]
                                .text.size();
        if (at < start[member] || at >= end_of_member) continue;  // a joint
        auto& segments = out[member];
        if (segments.empty() || segments.back().kind != segment.kind || k == 0 ||
            at == start[member])
          segments.push_back({segment.kind, {}});
        segments.back().text.push_back(segment.text[k]);
      }
    }
  }
  return out;
}

}  // namespace

std::string_view to_string(OrderMode mode) noexcept {
  switch (mode) {
    case OrderMode::Keep:
      return "keep";
    case OrderMode::Free:
      return "free";
    case OrderMode::Auto:
      return "auto";
  }
  return "auto";
}

std::string_view to_string(GroupKind kind) noexcept {
  switch (kind) {
    case GroupKind::Shared:
      return "shared";
    case GroupKind::Partial:
      return "partial";
    case GroupKind::Unique:
      return "unique";
  }
  return "unique";
}

namespace {

// Counts steps done on several threads and tells options.on_progress, one call at a time.
class ProgressCounter {
 public:
  ProgressCounter(const CompareOptions& options, std::string_view stage, std::size_t total)
      : report_(options.on_progress), stage_(stage), total_(total) {}

  void advance(std::size_t steps = 1) {
    if (!report_) return;
    const std::lock_guard lock(reporting_);
    done_ += steps;
    report_(stage_, done_, total_);
  }

 private:
  const std::function<void(std::string_view, std::size_t, std::size_t)>& report_;
  std::string_view stage_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::mutex reporting_;
};

}  // namespace

Comparison compare_statements(const std::vector<Statement>& statements,
                              const TermStatistics& corpus, const CompareOptions& given) {
  Comparison comparison;
  CompareOptions options = given;
  const std::vector<Statement>& read = options.translations ? *options.translations : statements;
  if (read.size() != statements.size() || !std::equal(read.begin(), read.end(), statements.begin(),
                                                      [](const Statement& a, const Statement& b) {
                                                        return a.paragraphs.size() ==
                                                               b.paragraphs.size();
                                                      }))
    throw std::invalid_argument("the translations do not match the compared statements");
  TermSpace space(corpus, options.related);
  const std::vector<std::vector<ParagraphTerms>> terms =
      space.statement_terms(stem_statements(read));
  std::vector<std::vector<ClausePostings>> postings;
  postings.reserve(terms.size());
  for (const auto& t : terms) postings.push_back(clause_postings(t));
  std::vector<CandidateIndex> indexes(terms.size());
  for_each_in_parallel(terms.size(),
                       [&](std::size_t s) { indexes[s] = candidate_index(terms[s], space); });
  auto indexed = [&](std::size_t s) { return IndexedStatement{terms[s], postings[s], indexes[s]}; };
  // Tables for statements by different bodies, loaded (when the caller defers them) and
  // prepared at the first pair compared in free order.
  bool free_order_prepared = false;
  std::vector<std::vector<std::vector<float>>> meanings;
  auto prepare_free_order = [&] {
    if (free_order_prepared) return;
    free_order_prepared = true;
    if (options.load_free_order_tables) {
      options.load_free_order_tables(options);
      space.set_related(options.related);
    }
    if (options.vectors != nullptr && !options.vectors->empty())
      meanings = paragraph_meanings(terms, space, *options.vectors);
  };

  std::vector<std::size_t> offsets(statements.size() + 1, 0);
  for (std::size_t s = 0; s < statements.size(); ++s)
    offsets[s + 1] = offsets[s] + statements[s].paragraphs.size();
  std::vector<GroupMember> member_of(offsets.back());
  for (std::size_t s = 0; s < statements.size(); ++s) {
    for (std::size_t p = 0; p < statements[s].paragraphs.size(); ++p)
      member_of[offsets[s] + p] = {s, p};
  }
  std::vector<NodeLink> links;

  // Pairs in a canonical order, so that results do not depend on the order given. Pairs
  // are independent: they are aligned on every core, versions first (they need no more
  // than the statements' own words), then statements by different bodies once their
  // tables are ready.
  struct PairWork {
    std::size_t x = 0, y = 0;
    OrderMode mode = OrderMode::Free;
    std::vector<Link> links;
  };
  std::vector<PairWork> pairs;
  const std::vector<std::size_t> order = canonical_order(statements);
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (std::size_t j = i + 1; j < order.size(); ++j)
      pairs.push_back({order[i], order[j], OrderMode::Free, {}});
  }
  // With fewer pairs than cores (two statements), each pair's rows share the cores instead.
  const bool rows_on_every_core = pairs.size() < std::thread::hardware_concurrency();
  // Each pair is two steps: its words compared, then aligned (versions at once, statements by
  // different bodies once related words count).
  ProgressCounter aligned(options, "pairs aligned", 2 * pairs.size());
  for_each_in_parallel(pairs.size(), [&](std::size_t k) {
    PairWork& pair = pairs[k];
    const std::size_t x = pair.x, y = pair.y;
    const SimilarityMatrix matrix =
        similarities(indexed(x), indexed(y), space, false, rows_on_every_core);
    pair.mode = options.order;
    if (pair.mode == OrderMode::Auto) {
      const bool translated = statements[x].language != statements[y].language;
      pair.mode = looks_like_versions(terms[x], terms[y], matrix,
                                      translated ? kNearIdenticalTranslated : kNearIdentical)
                      ? OrderMode::Keep
                      : OrderMode::Free;
    }
    if (pair.mode != OrderMode::Keep) {
      aligned.advance();
      return;
    }
    auto exact = [&](std::size_t a, std::size_t b) {
      return paragraph_similarity({terms[x][a], postings[x][a]}, {terms[y][b], postings[y][b]},
                                  nullptr);
    };
    // A cover-page line does not move into the body: "A/RES/74/27" is not the paragraph
    // "Recalling also its resolution 74/27" of the next version.
    auto may_move = [&](std::size_t a, std::size_t b) {
      return !heading_and_paragraph(statements[x], a, statements[y], b);
    };
    // Word sequences of the few paragraphs left alone, made when first needed.
    WordSequences sequences;
    std::unordered_map<std::size_t, std::size_t> sequence_of_a, sequence_of_b;
    auto sequence = [&](const Statement& statement, std::size_t p,
                        std::unordered_map<std::size_t, std::size_t>& made) {
      const auto [it, added] = made.try_emplace(p, 0);
      if (added) it->second = sequences.add(statement.paragraphs[p].text);
      return it->second;
    };
    auto wording = [&](std::size_t a, std::size_t b, float at_least) {
      const std::size_t sa = sequence(statements[x], a, sequence_of_a);
      const std::size_t sb = sequence(statements[y], b, sequence_of_b);
      return shared_wording(sequences.at(sa), sequences.at(sb), at_least);
    };
    pair.links = align_in_order(terms[x].size(), terms[y].size(), matrix, exact, may_move, wording);
    aligned.advance(2);
  });
  // Different bodies say the same thing in different words: only then do related words and
  // meanings count. Versions of one text are compared on their own words.
  if (std::any_of(pairs.begin(), pairs.end(),
                  [](const PairWork& p) { return p.mode == OrderMode::Free; }))
    prepare_free_order();
  for_each_in_parallel(pairs.size(), [&](std::size_t k) {
    PairWork& pair = pairs[k];
    if (pair.mode != OrderMode::Free) return;
    const std::size_t x = pair.x, y = pair.y;
    SimilarityMatrix matrix =
        similarities(indexed(x), indexed(y), space, options.related != nullptr, rows_on_every_core);
    if (!meanings.empty()) {
      blend_meanings(matrix, terms[x], postings[x], terms[y], postings[y], space,
                     options.related != nullptr, meanings[x], meanings[y]);
    }
    keep_headings_apart(matrix, statements[x], statements[y]);
    const bool translated = statements[x].language != statements[y].language;
    ParagraphPairs sharing_a_clause = paragraphs_sharing_a_clause(
        terms[x], terms[y], translated ? kSharedClauseTranslated : kSharedClause);
    std::erase_if(sharing_a_clause, [&](const auto& pair_ab) {
      return heading_and_paragraph(statements[x], pair_ab.first, statements[y], pair_ab.second);
    });
    pair.links = align_free_by_order(terms[x].size(), terms[y].size(), matrix, sharing_a_clause);
    // A point two paragraphs share in one clause each links them, beside the links their
    // whole wording chose.
    for (const auto& [a, b] : sharing_a_clause) {
      const bool linked = std::any_of(pair.links.begin(), pair.links.end(),
                                      [&](const Link& l) { return l.a == a && l.b == b; });
      if (!linked) pair.links.push_back({a, b, matrix.at(a, b), false});
    }
    // Two paragraphs making the same demand make the same point, in whatever other words.
    if (options.demands != nullptr && !translated) {
      for (const auto& [a, b] : paragraphs_making_the_same_demand(
               (*options.demands)[x], (*options.demands)[y], statements[x].language)) {
        const bool linked = std::any_of(pair.links.begin(), pair.links.end(),
                                        [&](const Link& l) { return l.a == a && l.b == b; });
        if (!linked && !heading_and_paragraph(statements[x], a, statements[y], b))
          pair.links.push_back({a, b, matrix.at(a, b), false});
      }
    }
    join_lead_ins_to_their_lists(statements[x], true, terms[y].size(), matrix, pair.links);
    join_lead_ins_to_their_lists(statements[y], false, terms[x].size(), matrix, pair.links);
    aligned.advance();
  });
  for (const PairWork& pair : pairs) {
    comparison.orders.push_back({std::min(pair.x, pair.y), std::max(pair.x, pair.y), pair.mode});
    for (const Link& link : pair.links) {
      links.push_back(
          {offsets[pair.x] + link.a, offsets[pair.y] + link.b, link.similarity, link.moved});
    }
  }
  std::sort(comparison.orders.begin(), comparison.orders.end(),
            [](const PairOrder& a, const PairOrder& b) {
              return std::tie(a.first, a.second) < std::tie(b.first, b.second);
            });
  comparison.groups = build_groups(member_of, links, statements.size());

  if (options.diffs) {
    ProgressCounter diffed(options, "groups diffed", comparison.groups.size());
    for_each_in_parallel(comparison.groups.size(), [&](std::size_t g) {
      comparison.groups[g].diff = diff_group(comparison.groups[g], statements);
      diffed.advance();
    });
  }
  return comparison;
}

}  // namespace concord
