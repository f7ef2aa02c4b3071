// Versions of one text (a resolution adopted again, a draft and its final text): their
// paragraphs are linked in order, then moved, split, merged, reworded and updated paragraphs.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "pair_alignment.hpp"

namespace concord {
namespace {

// Thresholds, calibrated on the development gold alignments (shared/eval/dev).
constexpr float kVersionShare = 0.35f;   // share of near-identical paragraphs that means "versions"
constexpr float kKeepThreshold = 0.30f;  // in-order link
constexpr float kMoveThreshold = 0.50f;  // out-of-order link between versions
constexpr float kSplitThreshold = 0.45f;      // extra link of a split or merged paragraph
constexpr float kWholeKept = 0.9f;            // a paragraph this similar to one partner is whole
constexpr float kSlotThreshold = 0.10f;       // reworded paragraphs in a slot between links
constexpr std::size_t kMaxSlotRun = 3;        // slots of as many paragraphs on both sides
constexpr float kUpdatedWording = 0.6f;       // share of wording in order of an updated paragraph
constexpr std::size_t kMaxSplitDistance = 3;  // halves of a split this far apart at most
constexpr float kYieldMargin = 0.5f;  // a move this much more similar undoes a weak in-order link
constexpr std::size_t kSplitOpening = 7;   // opening words a rewritten half of a split keeps
constexpr std::size_t kSplitOwnWords = 3;  // words of the original only that half holds
constexpr float kHalfSimilarity = 0.10f;   // and the similarity it has with the original at least

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

// An in-order link barely above the threshold gives way when one of its paragraphs has a far
// more similar partner left alone out of order: Security Council 1892 (2009) and 1944 (2010)
// on Haiti, where the human-rights paragraph moved from 18 to 16 and the in-order alignment
// had paired it with the new 11 (0.31) rather than with itself (0.90).
void release_weak_links_to_moves(std::size_t n, std::size_t m, const SimilarityMatrix& matrix,
                                 const MayMove& may_move, std::vector<Link>& links) {
  std::vector<bool> linked_a(n, false), linked_b(m, false);
  for (const Link& l : links) linked_a[l.a] = linked_b[l.b] = true;
  auto yields = [&](const Link& l) {
    if (l.similarity >= kMoveThreshold) return false;
    const float needed = std::max(kMoveThreshold, l.similarity + kYieldMargin);
    for (std::size_t b = 0; b < m; ++b) {
      if (!linked_b[b] && matrix.at(l.a, b) >= needed && may_move(l.a, b)) return true;
    }
    for (std::size_t a = 0; a < n; ++a) {
      if (!linked_a[a] && matrix.at(a, l.b) >= needed && may_move(a, l.b)) return true;
    }
    return false;
  };
  std::vector<bool> released(links.size());
  for (std::size_t i = 0; i < links.size(); ++i) released[i] = yields(links[i]);
  std::size_t i = 0;
  std::erase_if(links, [&](const Link&) { return released[i++]; });
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
      // A neighbour linked to its whole self is kept, not merged: the paragraph is new.
      auto merged_with = [&](std::size_t neighbour) {
        return holds(neighbour, best) && similarity(neighbour, best) < kWholeKept;
      };
      if ((p > 0 && merged_with(p - 1)) || merged_with(p + 1)) {
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

// True when `a` and `b` open with the same kSplitOpening words.
bool same_opening(const WordSequence& a, const WordSequence& b) {
  return a.in_order.size() >= kSplitOpening && b.in_order.size() >= kSplitOpening &&
         std::equal(a.in_order.begin(), a.in_order.begin() + kSplitOpening, b.in_order.begin());
}

// The distinct words of `original` that `half` holds and `other_half` does not.
std::size_t words_only_in_half(const WordSequence& original, const WordSequence& half,
                               const WordSequence& other_half) {
  std::vector<std::uint32_t> both, only;
  std::set_intersection(original.sorted.begin(), original.sorted.end(), half.sorted.begin(),
                        half.sorted.end(), std::back_inserter(both));
  both.erase(std::unique(both.begin(), both.end()), both.end());
  std::set_difference(both.begin(), both.end(), other_half.sorted.begin(), other_half.sorted.end(),
                      std::back_inserter(only));
  return only.size();
}

// A paragraph split in two whose first half was rewritten: "17. Requests MINUSTAH to continue
// to pursue its community violence reduction approach including [...] labour-intensive
// projects, the development of a weapons registry [...]" became "18. Requests MINUSTAH to
// continue to pursue its expanded community violence reduction approach, adapting the
// programme to [...]" and "19. Requests MINUSTAH to continue to support [...] labour-intensive
// projects, the development of a weapons registry [...]". The rewritten half is too unlike the
// whole to be linked by similarity, but it keeps the original's opening, which the half beside
// it does not, and holds words of the original that the other half lacks (none when the
// other half is the original kept whole, and the paragraph beside it is new).
void link_rewritten_halves(std::size_t n, std::size_t m, const SimilarityMatrix& matrix,
                           const PairScore& exact, const WordsOf& words_of,
                           std::vector<Link>& links) {
  std::vector<std::vector<std::size_t>> partners_a(n), partners_b(m);
  for (const Link& l : links) {
    partners_a[l.a].push_back(l.b);
    partners_b[l.b].push_back(l.a);
  }
  std::vector<Link> found;
  auto look = [&](bool half_in_a) {
    const auto& own = half_in_a ? partners_a : partners_b;
    for (std::size_t p = 0; p < own.size(); ++p) {
      if (!own[p].empty()) continue;
      for (const std::size_t beside : {p - 1, p + 1}) {
        if (beside >= own.size()) continue;  // p - 1 wraps around for p == 0
        const auto split =
            std::find_if(own[beside].begin(), own[beside].end(), [&](std::size_t partner) {
              // Words are read only for the few pairs with some similarity: reading them
              // for every paragraph left alone would cost more than the rest of this.
              if ((half_in_a ? matrix.at(p, partner) : matrix.at(partner, p)) < kHalfSimilarity)
                return false;
              const WordSequence& half = words_of(half_in_a, p);
              const WordSequence& original = words_of(!half_in_a, partner);
              if (half.in_order.size() <= kSplitOpening || !same_opening(half, original))
                return false;
              const WordSequence& other_half = words_of(half_in_a, beside);
              return !same_opening(other_half, original) &&
                     words_only_in_half(original, half, other_half) >= kSplitOwnWords;
            });
        if (split == own[beside].end()) continue;
        const std::size_t a = half_in_a ? p : *split, b = half_in_a ? *split : p;
        found.push_back({a, b, exact(a, b), false});
        break;
      }
    }
  };
  look(true);
  look(false);
  links.insert(links.end(), found.begin(), found.end());
}

}  // namespace

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

std::vector<Link> align_in_order(std::size_t n, std::size_t m, const SimilarityMatrix& matrix,
                                 const PairScore& exact, const MayMove& may_move,
                                 const WordsOf& words_of) {
  std::vector<Link> links = monotone_links(n, m, matrix, kKeepThreshold);
  release_weak_links_to_moves(n, m, matrix, may_move, links);

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
  // A partner already linked to its whole self is not split: "Recalling the framework
  // agreement with ECLAC" kept word for word, and "Recalling also the memorandum with the
  // World Tourism Organization" inserted after it, are a kept paragraph and a new one.
  auto near_link = [&](std::size_t a, std::size_t b, bool alone_is_a) {
    return std::any_of(one_to_one.begin(), one_to_one.end(), [&](const Link& l) {
      if (l.similarity >= kWholeKept) return false;
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
  pair_up_updated_paragraphs(n, m, links, [&](std::size_t a, std::size_t b, float at_least) {
    return shared_wording(words_of(true, a), words_of(false, b), at_least);
  });
  link_rewritten_halves(n, m, matrix, exact, words_of, links);
  return links;
}

namespace {

// Links below this similarity are weak enough for the paths through a third version to
// overrule them; a path's link needs this much similarity to be added.
constexpr float kWeakVersionLink = 0.4f;
constexpr float kPathLink = 0.2f;

// The links of every pair of versions, looked up by paragraph: which paragraphs of statement
// `to` paragraph `p` of statement `from` is linked to, and how similar they are.
class VersionLinks {
 public:
  using Partners = std::vector<std::pair<std::size_t, float>>;

  explicit VersionLinks(const std::vector<PairLinks>& pairs) {
    for (const PairLinks& pair : pairs) {
      if (!pair.versions) continue;
      for (const Link& l : pair.links) {
        by_paragraph_[{pair.x, l.a, pair.y}].emplace_back(l.b, l.similarity);
        by_paragraph_[{pair.y, l.b, pair.x}].emplace_back(l.a, l.similarity);
      }
    }
  }

  [[nodiscard]] const Partners& partners(std::size_t from, std::size_t p, std::size_t to) const {
    static const Partners none;
    const auto it = by_paragraph_.find({from, p, to});
    return it == by_paragraph_.end() ? none : it->second;
  }

  void remove(const PairLinks& pair, const Link& l) {
    erase(by_paragraph_[{pair.x, l.a, pair.y}], l.b);
    erase(by_paragraph_[{pair.y, l.b, pair.x}], l.a);
  }

 private:
  static void erase(Partners& partners, std::size_t paragraph) {
    std::erase_if(partners, [&](const auto& partner) { return partner.first == paragraph; });
  }
  std::map<std::tuple<std::size_t, std::size_t, std::size_t>, Partners> by_paragraph_;
};

// How strongly a third version contradicts link `l` of `pair`: both its paragraphs are linked
// to the third, but to different paragraphs; the strongest of those links, or 0 when none
// contradicts.
float contradiction(const VersionLinks& links, const PairLinks& pair, const Link& l,
                    const std::set<std::size_t>& statements) {
  float strongest = 0;
  for (const std::size_t third : statements) {
    if (third == pair.x || third == pair.y) continue;
    const auto& via_a = links.partners(pair.x, l.a, third);
    const auto& via_b = links.partners(pair.y, l.b, third);
    if (via_a.empty() || via_b.empty()) continue;
    const bool shared = std::any_of(via_a.begin(), via_a.end(), [&](const auto& x) {
      return std::any_of(via_b.begin(), via_b.end(),
                         [&](const auto& y) { return x.first == y.first; });
    });
    if (shared) continue;
    for (const auto& [q, value] : via_a) strongest = std::max(strongest, value);
    for (const auto& [q, value] : via_b) strongest = std::max(strongest, value);
  }
  return strongest;
}

}  // namespace

// Caribbean Sea 75/214, 77/163, 79/204 (dev-03): 75's "Welcomes the eighth summit" and 79's
// "Looks forward to the tenth Summit" are each linked to 77's summit paragraph, but 75 and 79
// alone, a paragraph apart, had paired it with its neighbour in the same slot (whose own
// link to 77 is near-identical). The most contradicted weak links go first, each checked
// again when its turn comes: a link that only a dropped one contradicted stays.
void reconcile_versions(std::vector<PairLinks>& pairs, const StatementPairScore& similarity) {
  std::set<std::size_t> statements;
  for (const PairLinks& pair : pairs) {
    statements.insert(pair.x);
    statements.insert(pair.y);
  }
  if (statements.size() < 3) return;
  VersionLinks index(pairs);
  // (similarity less contradiction, pair, link): pairs are in the canonical order of the
  // statements, so ties fall the same way whatever the order the statements were given in.
  std::vector<std::tuple<float, std::size_t, std::size_t>> contradicted;
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    if (!pairs[k].versions) continue;
    for (std::size_t i = 0; i < pairs[k].links.size(); ++i) {
      const Link& l = pairs[k].links[i];
      if (l.moved || l.similarity >= kWeakVersionLink) continue;
      const float against = contradiction(index, pairs[k], l, statements);
      if (against > l.similarity) contradicted.emplace_back(l.similarity - against, k, i);
    }
  }
  std::sort(contradicted.begin(), contradicted.end());
  std::vector<std::vector<bool>> dropped(pairs.size());
  for (std::size_t k = 0; k < pairs.size(); ++k) dropped[k].assign(pairs[k].links.size(), false);
  for (const auto& [margin, k, i] : contradicted) {
    const Link& l = pairs[k].links[i];
    if (contradiction(index, pairs[k], l, statements) <= l.similarity) continue;
    index.remove(pairs[k], l);
    dropped[k][i] = true;
  }
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    std::size_t i = 0;
    std::erase_if(pairs[k].links, [&](const Link&) { return dropped[k][i++]; });
  }
  // A paragraph left without partner takes the one the path through a third version gives.
  // All additions read the links as they stand now, whatever the order of the pairs.
  std::vector<std::vector<Link>> added(pairs.size());
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const PairLinks& pair = pairs[k];
    if (!pair.versions) continue;
    const std::size_t x = pair.x, y = pair.y;
    std::set<std::pair<std::size_t, std::size_t>> proposed;
    for (const std::size_t third : statements) {
      if (third == x || third == y) continue;
      for (const PairLinks& other : pairs) {
        if (!other.versions ||
            !((other.x == x && other.y == third) || (other.x == third && other.y == x)))
          continue;
        for (const Link& l : other.links) {
          const std::size_t a = other.x == x ? l.a : l.b;
          if (!index.partners(x, a, y).empty()) continue;
          for (const auto& [b, value] : index.partners(third, other.x == x ? l.b : l.a, y)) {
            if (index.partners(y, b, x).empty()) proposed.emplace(a, b);
          }
        }
      }
    }
    for (const auto& [a, b] : proposed) {
      const float value = similarity(x, a, y, b);
      if (value >= kPathLink) added[k].push_back({a, b, value, false});
    }
  }
  for (std::size_t k = 0; k < pairs.size(); ++k)
    pairs[k].links.insert(pairs[k].links.end(), added[k].begin(), added[k].end());
}

}  // namespace concord
