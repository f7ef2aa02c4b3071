// Paragraph alignment: similarities of paragraphs (paragraph_similarity.hpp), then an
// order-keeping or order-free assignment per pair of statements, then groups across all.
#include "concord/engine/alignment.hpp"

#include <fmt/format.h>

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
#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/parallel.hpp"
#include "pair_alignment.hpp"
#include "paragraph_groups.hpp"
#include "paragraph_similarity.hpp"
#include "word_sequences.hpp"

namespace concord {
namespace {

// Thresholds, calibrated on the development gold alignments (shared/eval/dev).
constexpr float kNearIdentical = 0.8f;  // pairs this similar suggest versions of one text
// The same between machine translations of two languages, which never agree word for word.
constexpr float kNearIdenticalTranslated = 0.4f;
// Two clauses each other's closest at this cosine make one point (paragraphs_sharing_a_clause);
// machine translations of one sentence share fewer words (NAM 4-way: F1 0.89 -> 1.0).
constexpr float kSharedClause = 0.4f;
constexpr float kSharedClauseTranslated = 0.3f;
// Two paragraphs that share a clause but none of their weightiest terms (the candidate filter
// never scored them: 0), or are otherwise this unlike, share a phrase, not a point: "the
// COVID-19 pandemic, the climate crisis, and critical and emerging technologies", listed in
// passing, is no counterpart of the paragraph on critical and emerging technologies (dev-04
// 0.873 -> 0.889; General Debate speeches and Quad lose 9 false links for one true one).
constexpr float kMinSharedClauseParagraphs = 0.12f;

// A pair of statements is aligned in tables of one cell per pair of their paragraphs (about
// 16 bytes each): 500 million cells take some 8 GB. Two General Assembly sessions of
// resolutions in one file each (18,700 x 18,400 paragraphs, 4 GB, a minute) still compare.
constexpr std::size_t kMaxParagraphPairs = 500'000'000;

std::string statement_name(const Statement& statement) {
  return !statement.id.empty() ? statement.id : statement.title;
}

// Throws DataError, before any work, when two statements are too long to align.
void refuse_pairs_too_large(const std::vector<Statement>& statements) {
  for (std::size_t x = 0; x < statements.size(); ++x) {
    for (std::size_t y = x + 1; y < statements.size(); ++y) {
      const std::size_t n = statements[x].paragraphs.size(), m = statements[y].paragraphs.size();
      if (n == 0 || m <= kMaxParagraphPairs / n) continue;
      throw DataError(fmt::format(
          "{} and {}: {} x {} paragraphs are too many to align (at most {} million pairs of "
          "paragraphs, some 8 GB of memory); compare parts of them",
          statement_name(statements[x]), statement_name(statements[y]), n, m,
          kMaxParagraphPairs / 1'000'000));
    }
  }
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
// Counts `total` items of work, each done in `steps_per_item` steps; reports whole items.
class ProgressCounter {
 public:
  ProgressCounter(const CompareOptions& options, std::string_view stage, std::size_t total,
                  std::size_t steps_per_item = 1)
      : report_(options.on_progress),
        stage_(stage),
        total_(total),
        steps_per_item_(steps_per_item) {}

  void advance(std::size_t steps = 1) {
    if (!report_) return;
    const std::lock_guard lock(reporting_);
    const std::size_t before = done_ / steps_per_item_;
    done_ += steps;
    if (done_ / steps_per_item_ != before) report_(stage_, done_ / steps_per_item_, total_);
  }

 private:
  const std::function<void(std::string_view, std::size_t, std::size_t)>& report_;
  std::string_view stage_;
  std::size_t total_;
  std::size_t steps_per_item_;
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
  refuse_pairs_too_large(statements);
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
      options.load_free_order_tables(
          options, [&space](const std::string& stem) { return space.knows(stem); });
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
  ProgressCounter aligned(options, "pairs aligned", pairs.size(), 2);
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
      return !of_different_roles(statements[x], a, statements[y], b);
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
    auto words_of = [&](bool in_a, std::size_t p) -> const WordSequence& {
      return sequences.at(in_a ? sequence(statements[x], p, sequence_of_a)
                               : sequence(statements[y], p, sequence_of_b));
    };
    pair.links =
        align_in_order(terms[x].size(), terms[y].size(), matrix, exact, may_move, words_of);
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
    keep_roles_apart(matrix, statements[x], statements[y]);
    const bool translated = statements[x].language != statements[y].language;
    ParagraphPairs sharing_a_clause = paragraphs_sharing_a_clause(
        terms[x], terms[y], translated ? kSharedClauseTranslated : kSharedClause);
    std::erase_if(sharing_a_clause, [&](const auto& pair_ab) {
      return of_different_roles(statements[x], pair_ab.first, statements[y], pair_ab.second) ||
             matrix.at(pair_ab.first, pair_ab.second) < kMinSharedClauseParagraphs;
    });
    pair.links = align_free_by_order(terms[x].size(), terms[y].size(), matrix, sharing_a_clause);
    // Pairs that make one point, whatever else their wording says, join the links chosen by
    // the whole wording, once each; a heading never joins a paragraph.
    auto add_links = [&](const ParagraphPairs& extra) {
      for (const auto& [a, b] : extra) {
        const bool linked = std::any_of(pair.links.begin(), pair.links.end(),
                                        [&](const Link& l) { return l.a == a && l.b == b; });
        if (!linked && !of_different_roles(statements[x], a, statements[y], b))
          pair.links.push_back({a, b, matrix.at(a, b), false});
      }
    };
    // A point two paragraphs share in one clause each.
    add_links(sharing_a_clause);
    // The same demand, in whatever other words.
    if (options.demands != nullptr && !translated) {
      add_links(paragraphs_making_the_same_demand((*options.demands)[x], (*options.demands)[y],
                                                  statements[x].language));
    }
    join_lead_ins_to_their_lists(statements[x], true, terms[y].size(), matrix, pair.links);
    join_lead_ins_to_their_lists(statements[y], false, terms[x].size(), matrix, pair.links);
    aligned.advance();
  });
  // Three or more versions of one text: each pair's weak links are checked against the
  // others'.
  {
    std::vector<PairLinks> versions;
    for (PairWork& pair : pairs)
      versions.push_back({pair.x, pair.y, pair.mode == OrderMode::Keep, std::move(pair.links)});
    reconcile_versions(versions, [&](std::size_t x, std::size_t a, std::size_t y, std::size_t b) {
      return paragraph_similarity({terms[x][a], postings[x][a]}, {terms[y][b], postings[y][b]},
                                  nullptr);
    });
    for (std::size_t k = 0; k < pairs.size(); ++k) pairs[k].links = std::move(versions[k].links);
  }
  // Last, text reused word for word that similarity missed.
  for_each_in_parallel(pairs.size(), [&](std::size_t k) {
    PairWork& pair = pairs[k];
    const std::size_t x = pair.x, y = pair.y;
    if (statements[x].language != statements[y].language) return;
    link_paragraphs_held_verbatim(
        statements[x], statements[y], terms[x], terms[y], pair.mode == OrderMode::Keep,
        [&](std::size_t a, std::size_t b) {
          return paragraph_similarity({terms[x][a], postings[x][a]}, {terms[y][b], postings[y][b]},
                                      nullptr);
        },
        pair.links);
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

bool changes_nothing(const AlignedGroup& group, const std::vector<Statement>& statements) {
  if (group.kind != GroupKind::Shared || group.moved || group.members.size() != statements.size() ||
      !group.changes.empty())
    return false;
  const auto text = [&](const GroupMember& m) -> const std::string& {
    return statements[m.statement].paragraphs[m.paragraph].text;
  };
  return std::all_of(group.members.begin(), group.members.end(),
                     [&](const GroupMember& m) { return text(m) == text(group.members.front()); });
}

}  // namespace concord
