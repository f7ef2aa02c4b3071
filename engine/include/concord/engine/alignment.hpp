// Paragraph alignment of two or more statements: which paragraphs make the same point.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/demands.hpp"
#include "concord/engine/language_changes.hpp"
#include "concord/engine/related_terms.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/term_statistics.hpp"
#include "concord/engine/word_diff.hpp"
#include "concord/engine/word_vectors.hpp"

namespace concord {

/// How paragraph order is used.
enum class OrderMode {
  /// Versions of one text: order is kept, so alignment follows it and reports moves.
  Keep,
  /// Statements by different bodies: order carries no information.
  Free,
  /// Decide per pair of statements from how many paragraphs are near-identical.
  Auto,
};

[[nodiscard]] std::string_view to_string(OrderMode mode) noexcept;

/// Which group of statements share a group of paragraphs.
enum class GroupKind {
  /// Every statement has a paragraph in the group.
  Shared,
  /// Some statements, not all.
  Partial,
  /// One statement alone.
  Unique,
};

[[nodiscard]] std::string_view to_string(GroupKind kind) noexcept;

/// A paragraph in a group: indexes into the compared statements and their paragraphs.
struct GroupMember {
  std::size_t statement = 0;
  std::size_t paragraph = 0;
  friend bool operator==(const GroupMember&, const GroupMember&) = default;
  friend auto operator<=>(const GroupMember&, const GroupMember&) = default;
};

/// Paragraphs that correspond across statements.
struct AlignedGroup {
  GroupKind kind = GroupKind::Unique;
  /// Mean similarity of the group's links, 0..1 (1 for a unique paragraph).
  double similarity = 1.0;
  /// Members, ordered by statement then paragraph.
  std::vector<GroupMember> members;
  /// True when, in statements compared with order kept, the group sits out of order.
  bool moved = false;
  /// For each member, its wording against what all members share.
  std::vector<std::vector<MemberSegment>> diff;
  /// Changes of speech act between members of different statements (stronger verb, hedge
  /// dropped, ...). compare_statements leaves it empty; callers with a lexicon fill it.
  std::vector<LanguageChange> changes;
};

/// The order mode used for one pair of statements.
struct PairOrder {
  std::size_t first = 0;
  std::size_t second = 0;
  OrderMode mode = OrderMode::Free;
};

struct Comparison {
  /// Groups in the reading order of the first statement, then of the others.
  std::vector<AlignedGroup> groups;
  std::vector<PairOrder> orders;
  /// The language the statements were read in when they were aligned through translations
  /// (see CompareOptions::translations), empty otherwise. Set by callers that translate.
  std::string translated_into;
  /// With `translated_into`: for each statement, the translation of each of its paragraphs
  /// that was read, or nothing for a statement already in that language.
  std::vector<std::vector<std::string>> translated_paragraphs;
};

/// Which stems a caller needs from a table of stems: those of the compared statements.
using StemFilter = std::function<bool(const std::string& stem)>;

struct CompareOptions {
  OrderMode order = OrderMode::Auto;
  /// Compute word diffs inside groups.
  bool diffs = true;
  /// Related words ("vessels" / "boats") that count towards similarity between statements
  /// of different bodies; none when null.
  const RelatedTerms* related = nullptr;
  /// Word vectors whose paragraph averages count towards similarity between statements of
  /// different bodies; none when null.
  const WordVectors* vectors = nullptr;
  /// When set, called once, before the first pair of statements compared in free order, to
  /// fill `related` and `vectors` then: comparing versions of one text does not pay for
  /// loading them. `wanted` tells the stems of the compared statements, the only ones the
  /// tables need to hold.
  std::function<void(CompareOptions&, const StemFilter& wanted)> load_free_order_tables;
  /// Statements in different languages share few words: when set, similarity reads these
  /// translations of the compared statements into one language instead (the same number of
  /// statements, in the same order, each with as many paragraphs as its original). Groups
  /// and diffs are still of the compared statements' own words.
  const std::vector<Statement>* translations = nullptr;
  /// The speech acts of each compared statement (extract_demands), one list per statement in
  /// the same order: between different bodies, two paragraphs making the same demand are
  /// linked. None when null.
  const std::vector<std::vector<Demand>>* demands = nullptr;
  /// Called as the work advances, from one thread at a time: `done` of `total` steps of
  /// `stage` ("pairs aligned": two steps per pair of statements; "groups diffed"). Many
  /// statements take seconds to compare, and a caller may show how far it has got.
  std::function<void(std::string_view stage, std::size_t done, std::size_t total)> on_progress;
};

/// Aligns the paragraphs of `statements` (two or more) and groups them. Term rarity comes
/// from `corpus` (a database, or a background table) together with the compared statements'
/// own paragraphs. The groups do not depend on the order of `statements`. Throws
/// std::invalid_argument when `options.translations` does not match `statements`.
[[nodiscard]] Comparison compare_statements(const std::vector<Statement>& statements,
                                            const TermStatistics& corpus,
                                            const CompareOptions& options = {});

/// Fills the `changes` of every group of `comparison` with members of two or more
/// statements: the changes of speech act from the group's first member of its lowest
/// statement to each member of the other statements. `demands[i]` are the acts of
/// statements[i].
void add_language_changes(const std::vector<Statement>& statements,
                          const std::vector<std::vector<Demand>>& demands, Comparison& comparison);

/// True when every statement holds the group's paragraph word for word, once each and in its
/// place: a shared group, not moved, with one member per statement, no change of speech act
/// and one text. Between versions of one text, the other groups are what was revised, moved,
/// added or dropped.
[[nodiscard]] bool changes_nothing(const AlignedGroup& group,
                                   const std::vector<Statement>& statements);

}  // namespace concord
