// Paragraph alignment: similarities of paragraphs (paragraph_similarity.hpp), then an
// order-keeping or order-free assignment per pair of statements, then groups across all.
#include "concord/engine/alignment.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/parallel.hpp"
#include "group_diff.hpp"
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

// Throws std::invalid_argument unless `read` holds as many statements as `statements`, each
// with as many paragraphs.
void check_translations(const std::vector<Statement>& statements,
                        const std::vector<Statement>& read) {
  const bool match = read.size() == statements.size() &&
                     std::equal(read.begin(), read.end(), statements.begin(),
                                [](const Statement& a, const Statement& b) {
                                  return a.paragraphs.size() == b.paragraphs.size();
                                });
  if (!match) throw std::invalid_argument("the translations do not match the compared statements");
}

// What every pair of a comparison reads of each statement, made once: the terms of its
// paragraphs (of their translations, when statements in several languages are read through
// them), their clause postings and the candidate index; and, once the tables of different
// bodies are loaded, what each paragraph is about.
struct ReadStatements {
  ReadStatements(const std::vector<Statement>& read, const TermStatistics& corpus,
                 const RelatedTerms* related)
      : space(corpus, related), terms(space.statement_terms(stem_statements(read))) {
    postings.reserve(terms.size());
    for (const auto& t : terms) postings.push_back(clause_postings(t));
    indexes.resize(terms.size());
    for_each_in_parallel(terms.size(),
                         [&](std::size_t s) { indexes[s] = candidate_index(terms[s], space); });
  }

  [[nodiscard]] IndexedStatement indexed(std::size_t s) const {
    return {terms[s], postings[s], indexes[s]};
  }

  // Paragraph a of statement x against paragraph b of y, on their own words only.
  [[nodiscard]] float own_words_similarity(std::size_t x, std::size_t a, std::size_t y,
                                           std::size_t b) const {
    return paragraph_similarity({terms[x][a], postings[x][a]}, {terms[y][b], postings[y][b]},
                                nullptr);
  }

  TermSpace space;
  std::vector<std::vector<ParagraphTerms>> terms;
  std::vector<std::vector<ClausePostings>> postings;
  std::vector<CandidateIndex> indexes;
  std::vector<std::vector<std::vector<float>>> meanings;  // empty until prepared
};

// One pair of statements (indexes into the compared statements, in the canonical order),
// how it is aligned and the links found.
struct PairWork {
  std::size_t x = 0, y = 0;
  OrderMode mode = OrderMode::Free;
  std::vector<Link> links;
};

// Every pair of statements, in a canonical order, so that results do not depend on the
// order given.
std::vector<PairWork> pairs_in_canonical_order(const std::vector<Statement>& statements) {
  std::vector<PairWork> pairs;
  const std::vector<std::size_t> order = canonical_order(statements);
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (std::size_t j = i + 1; j < order.size(); ++j)
      pairs.push_back({order[i], order[j], OrderMode::Free, {}});
  }
  return pairs;
}

// Keep when enough paragraphs of the two are near-identical (versions of one text), else free.
OrderMode order_of_pair(const std::vector<Statement>& statements, const ReadStatements& read,
                        std::size_t x, std::size_t y, const SimilarityMatrix& own_words) {
  const bool translated = statements[x].language != statements[y].language;
  return looks_like_versions(read.terms[x], read.terms[y], own_words,
                             translated ? kNearIdenticalTranslated : kNearIdentical)
             ? OrderMode::Keep
             : OrderMode::Free;
}

// Versions of one text: linked in their order, then moves, splits and merges, reworded and
// updated paragraphs (align_in_order).
std::vector<Link> align_as_versions(const std::vector<Statement>& statements,
                                    const ReadStatements& read, std::size_t x, std::size_t y,
                                    const SimilarityMatrix& own_words) {
  auto exact = [&](std::size_t a, std::size_t b) { return read.own_words_similarity(x, a, y, b); };
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
  return align_in_order(read.terms[x].size(), read.terms[y].size(), own_words, exact, may_move,
                        words_of);
}

// Different bodies say the same thing in different words: only then do related words and
// meanings count. Loads the tables the caller deferred (`options` then names them) and reads
// what each paragraph is about.
void prepare_free_order(CompareOptions& options, ReadStatements& read) {
  if (options.load_free_order_tables) {
    options.load_free_order_tables(
        options, [&read](const std::string& stem) { return read.space.knows(stem); });
    read.space.set_related(options.related);
  }
  if (options.vectors != nullptr && !options.vectors->empty())
    read.meanings = paragraph_meanings(read.terms, read.space, *options.vectors);
}

// Statements by different bodies: order-free assignment on words, related words and
// meanings, then the pairs sharing a clause or making the same demand, and lead-ins joined
// to their lists.
std::vector<Link> align_as_bodies(const std::vector<Statement>& statements,
                                  const ReadStatements& read, std::size_t x, std::size_t y,
                                  const CompareOptions& options, bool rows_on_every_core) {
  const bool use_related = options.related != nullptr;
  SimilarityMatrix matrix =
      similarities(read.indexed(x), read.indexed(y), read.space, use_related, rows_on_every_core);
  if (!read.meanings.empty()) {
    blend_meanings(matrix, read.terms[x], read.postings[x], read.terms[y], read.postings[y],
                   read.space, use_related, read.meanings[x], read.meanings[y]);
  }
  keep_roles_apart(matrix, statements[x], statements[y]);
  const bool translated = statements[x].language != statements[y].language;
  ParagraphPairs sharing_a_clause = paragraphs_sharing_a_clause(
      read.terms[x], read.terms[y], translated ? kSharedClauseTranslated : kSharedClause);
  std::erase_if(sharing_a_clause, [&](const auto& pair_ab) {
    return of_different_roles(statements[x], pair_ab.first, statements[y], pair_ab.second) ||
           matrix.at(pair_ab.first, pair_ab.second) < kMinSharedClauseParagraphs;
  });
  std::vector<Link> links =
      align_free_by_order(read.terms[x].size(), read.terms[y].size(), matrix, sharing_a_clause);
  // Pairs that make one point, whatever else their wording says, join the links chosen by
  // the whole wording, once each; a heading never joins a paragraph.
  auto add_links = [&](const ParagraphPairs& extra) {
    for (const auto& [a, b] : extra) {
      const bool linked = std::any_of(links.begin(), links.end(),
                                      [&](const Link& l) { return l.a == a && l.b == b; });
      if (!linked && !of_different_roles(statements[x], a, statements[y], b))
        links.push_back({a, b, matrix.at(a, b), false});
    }
  };
  // A point two paragraphs share in one clause each.
  add_links(sharing_a_clause);
  // The same demand, in whatever other words.
  if (options.demands != nullptr && !translated) {
    add_links(paragraphs_making_the_same_demand((*options.demands)[x], (*options.demands)[y],
                                                statements[x].language));
  }
  join_lead_ins_to_their_lists(statements[x], true, read.terms[y].size(), matrix, links);
  join_lead_ins_to_their_lists(statements[y], false, read.terms[x].size(), matrix, links);
  return links;
}

// The groups across all statements, from the links of every pair; and each pair's order.
void group_the_links(const std::vector<Statement>& statements, const std::vector<PairWork>& pairs,
                     Comparison& comparison) {
  std::vector<std::size_t> offsets(statements.size() + 1, 0);
  for (std::size_t s = 0; s < statements.size(); ++s)
    offsets[s + 1] = offsets[s] + statements[s].paragraphs.size();
  std::vector<GroupMember> member_of(offsets.back());
  for (std::size_t s = 0; s < statements.size(); ++s) {
    for (std::size_t p = 0; p < statements[s].paragraphs.size(); ++p)
      member_of[offsets[s] + p] = {s, p};
  }
  std::vector<NodeLink> links;
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
}

}  // namespace

Comparison compare_statements(const std::vector<Statement>& statements,
                              const TermStatistics& corpus, const CompareOptions& given) {
  CompareOptions options = given;
  const std::vector<Statement>& words = options.translations ? *options.translations : statements;
  check_translations(statements, words);
  refuse_pairs_too_large(statements);
  ReadStatements read(words, corpus, options.related);

  // Pairs are independent: they are aligned on every core, versions first (they need no
  // more than the statements' own words), then statements by different bodies once their
  // tables are ready. With fewer pairs than cores (two statements), each pair's rows share
  // the cores instead.
  std::vector<PairWork> pairs = pairs_in_canonical_order(statements);
  const bool rows_on_every_core = pairs.size() < std::thread::hardware_concurrency();
  // Each pair is two steps: its words compared, then aligned (versions at once, statements by
  // different bodies once related words count).
  ProgressCounter aligned(options, "pairs aligned", pairs.size(), 2);
  for_each_in_parallel(pairs.size(), [&](std::size_t k) {
    PairWork& pair = pairs[k];
    const SimilarityMatrix own_words = similarities(read.indexed(pair.x), read.indexed(pair.y),
                                                    read.space, false, rows_on_every_core);
    pair.mode = options.order == OrderMode::Auto
                    ? order_of_pair(statements, read, pair.x, pair.y, own_words)
                    : options.order;
    if (pair.mode != OrderMode::Keep) {
      aligned.advance();
      return;
    }
    pair.links = align_as_versions(statements, read, pair.x, pair.y, own_words);
    aligned.advance(2);
  });
  if (std::any_of(pairs.begin(), pairs.end(),
                  [](const PairWork& p) { return p.mode == OrderMode::Free; }))
    prepare_free_order(options, read);
  for_each_in_parallel(pairs.size(), [&](std::size_t k) {
    PairWork& pair = pairs[k];
    if (pair.mode != OrderMode::Free) return;
    pair.links = align_as_bodies(statements, read, pair.x, pair.y, options, rows_on_every_core);
    aligned.advance();
  });
  // Three or more versions of one text: each pair's weak links are checked against the
  // others'.
  {
    std::vector<PairLinks> versions;
    for (PairWork& pair : pairs)
      versions.push_back({pair.x, pair.y, pair.mode == OrderMode::Keep, std::move(pair.links)});
    reconcile_versions(versions, [&](std::size_t x, std::size_t a, std::size_t y, std::size_t b) {
      return read.own_words_similarity(x, a, y, b);
    });
    for (std::size_t k = 0; k < pairs.size(); ++k) pairs[k].links = std::move(versions[k].links);
  }
  // Last, text reused word for word that similarity missed.
  for_each_in_parallel(pairs.size(), [&](std::size_t k) {
    PairWork& pair = pairs[k];
    const std::size_t x = pair.x, y = pair.y;
    if (statements[x].language != statements[y].language) return;
    link_paragraphs_held_verbatim(
        statements[x], statements[y], read.terms[x], read.terms[y], pair.mode == OrderMode::Keep,
        [&](std::size_t a, std::size_t b) { return read.own_words_similarity(x, a, y, b); },
        pair.links);
  });

  Comparison comparison;
  group_the_links(statements, pairs, comparison);
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
