// Statements of different bodies on the same events: their paragraphs are linked free of
// order, most similar first, a paragraph taking further partners when it covers what the
// other body says in two.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <string_view>
#include <vector>

#include "concord/engine/paragraph_structure.hpp"
#include "pair_alignment.hpp"

namespace concord {
namespace {

// Thresholds, calibrated on the development gold alignments (shared/eval/dev).
constexpr float kFreeThreshold = 0.25f;      // link between statements of different bodies
constexpr float kFreeSureThreshold = 0.35f;  // so similar that it links paragraphs already linked
constexpr float kFreeExtraRatio = 0.70f;     // a second link must be this close to the first
constexpr std::size_t kMaxLinksPerParagraph = 3;
constexpr float kLeadInThreshold = 0.15f;  // a list's lead-in joins the list's partner
// Even sure links stop there: in two texts on one subject (resolutions on unilateral coercive
// measures of two committees) every paragraph is "sure" of a dozen others.
constexpr std::size_t kMaxSureLinks = 4;
constexpr double kOrderedCorrelation = 0.5;  // links this correlated in position: same order
constexpr std::size_t kMinOrderedLinks = 5;  // fewer links say nothing about order
constexpr float kPositionPenalty = 0.1f;     // similarity lost from one end to the other

// Order-free assignment: the most similar pairs first; a paragraph may take further partners
// (it covers what the other body says in two) when they are nearly as similar, or clearly
// similar and sharing a clause with it. Clear similarity alone is not enough: in one body's
// statements a year apart, or two resolutions on one subject, a paragraph is clearly similar
// to several that make other points on its subject (held-out G7 statements 6/7 0.711 ->
// 0.821, Quad 2022/23 0.660 -> 0.721, two committees 0.436 -> 0.469, G7 December 0.772 ->
// 0.800; no case lower). A paragraph still without a partner joins one already linked only
// if that is its own closest: when its closest was refused, its second choice is a guess
// (of such links, 5 in 27 were right in the gold cases; G7 statements 7/8 0.686 -> 0.716,
// Quad 2023/24 0.759 -> 0.788, US-ROK 0.746 -> 0.769; Quad 2021/22 0.787 -> 0.780).
std::vector<Link> align_free(std::size_t n, std::size_t m, const SimilarityMatrix& matrix,
                             const ParagraphPairs& sharing_a_clause) {
  std::vector<Link> candidates;
  std::vector<float> closest_a(n, 0.0f), closest_b(m, 0.0f);
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = 0; b < m; ++b) {
      const float value = matrix.at(a, b);
      closest_a[a] = std::max(closest_a[a], value);
      closest_b[b] = std::max(closest_b[b], value);
      if (value >= kFreeThreshold) candidates.push_back({a, b, value, false});
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
      const float own_closest = a_free ? closest_a[c.a] : closest_b[c.b];
      accept = c.similarity >= kFreeExtraRatio * reference && c.similarity >= own_closest &&
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

// A heading names a topic, an author line ("The Heads of State and Government of ...,
// meeting in Santa Marta,") names who speaks, and the other paragraphs make points.
enum class ParagraphRole { Heading, AuthorLine, Point };

// "The Security Council,", "The Heads of State and Government of ...,", "We, the Ministers
// ...,", "El Buró de Coordinación ...,": a name, a comma, and the body's preamble or
// decisions after it. A sentence of a speech that ends on a comma ("The gravity of the
// present signals demands that ...,") names no one.
bool is_author_line(const Statement& statement, std::size_t p) {
  const Paragraph& paragraph = statement.paragraphs[p];
  if (paragraph.kind != ParagraphKind::Other || !paragraph.text.ends_with(',') ||
      p + 1 >= statement.paragraphs.size())
    return false;
  const ParagraphKind next = statement.paragraphs[p + 1].kind;
  if (next != ParagraphKind::Preambular && next != ParagraphKind::Operative) return false;
  // Articles and "We, the" of English, Spanish and French, each before a capitalised name.
  static constexpr std::array<std::string_view, 13> kOpenings{
      "We, the ",   "The ", "Nosotros, los ", "Nosotras, las ",
      "El ",        "La ",  "Los ",           "Las ",
      "Nous, les ", "Le ",  "Les ",           "L'",
      "L’"};
  const std::string_view text = paragraph.text;
  for (const std::string_view opening : kOpenings) {
    if (!text.starts_with(opening) || text.size() == opening.size()) continue;
    const std::string_view name = text.substr(opening.size());
    const auto first = static_cast<unsigned char>(name[0]);
    // À to Þ are 0xC3 0x80 to 0xC3 0x9E in UTF-8.
    return (first >= 'A' && first <= 'Z') ||
           (first == 0xC3 && name.size() > 1 && static_cast<unsigned char>(name[1]) < 0xA0);
  }
  return false;
}

ParagraphRole role_of(const Statement& statement, std::size_t p) {
  if (statement.paragraphs[p].kind == ParagraphKind::Heading) return ParagraphRole::Heading;
  return is_author_line(statement, p) ? ParagraphRole::AuthorLine : ParagraphRole::Point;
}

}  // namespace

bool of_different_roles(const Statement& x, std::size_t a, const Statement& y, std::size_t b) {
  return role_of(x, a) != role_of(y, b);
}

void keep_roles_apart(SimilarityMatrix& matrix, const Statement& x, const Statement& y) {
  auto roles = [](const Statement& statement) {
    std::vector<ParagraphRole> out;
    for (std::size_t p = 0; p < statement.paragraphs.size(); ++p)
      out.push_back(role_of(statement, p));
    return out;
  };
  const std::vector<ParagraphRole> roles_x = roles(x), roles_y = roles(y);
  for (std::size_t a = 0; a < roles_x.size(); ++a) {
    for (std::size_t b = 0; b < roles_y.size(); ++b) {
      if (roles_x[a] != roles_y[b]) matrix.set(a, b, 0.0f);
    }
  }
}

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
    if (!paragraphs[p].text.ends_with(':')) continue;
    const std::size_t end = end_of_list(paragraphs, p);
    if (end == p + 1) continue;  // no list after it
    const std::size_t best =
        most_similar(other_count, [&](std::size_t q) { return similarity(p, q); });
    if (best == other_count || similarity(p, best) < kLeadInThreshold || linked(p, best)) continue;
    for (std::size_t item = p + 1; item < end; ++item) {
      if (!linked(item, best)) continue;
      joined.push_back(own_is_a ? Link{p, best, similarity(p, best), false}
                                : Link{best, p, similarity(p, best), false});
      break;
    }
  }
  links.insert(links.end(), joined.begin(), joined.end());
}

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

}  // namespace concord
