// Precedent search: where a wording, or a close variant, was used before ("agreed language").
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/statement.hpp"
#include "concord/engine/word_diff.hpp"
#include "concord/indexer/database.hpp"

namespace concord {

struct PrecedentRequest {
  /// The wording to look for: a clause or a paragraph.
  std::string text;
  /// Language of `text` (ISO 639-1), for stemming; empty for the database's main language.
  std::string language;
  /// Keep uses whose closeness is at least this (0..1).
  double min_closeness = 0.5;
  /// Most uses listed: the closest, but always with the earliest and the latest near the
  /// closest (see PrecedentResult).
  std::size_t limit = 20;
  /// Paragraphs fetched from the index before closeness is measured.
  std::size_t candidates = 300;
  /// Also keep the paragraphs that the text holds at `min_closeness` or more of their own
  /// words (12 words or more), however much the text adds: a paragraph that extends an
  /// earlier one reuses it.
  bool keep_held = false;
  /// Uses in the statement with this id are left out (a statement's own paragraphs, when its
  /// paragraphs are looked up one by one); none when empty.
  std::string exclude_statement;
};

/// One earlier (or later) use of the wording.
struct PrecedentUse {
  std::string statement_id;
  std::string title;
  std::string body;
  std::string date;
  std::size_t paragraph = 0;
  std::string label;
  std::string text;
  /// Share of the words of the request found, in order, in the paragraph (0..1).
  double closeness = 0;
  /// Share of the use's own words found, in order, in the request (0..1): near 1 when the
  /// request holds the use and adds to it.
  double held = 0;
  /// The wording shared with the request is a formula that very many statements use.
  bool stock_phrase = false;
  /// The paragraph's wording against the request: Equal = as requested, Delete = requested
  /// words missing here, Insert = words this use adds.
  std::vector<DiffSegment> diff;
};

struct PrecedentResult {
  /// Ranked: closest first, stock phrases last.
  std::vector<PrecedentUse> uses;
  /// The earliest and the latest dated of the closest uses (within 0.1 of the closest,
  /// stock phrases aside unless every use is one), as indexes into `uses`.
  std::optional<std::size_t> earliest;
  std::optional<std::size_t> latest;
  /// How many statements use the wording at `min_closeness` or more, before the limit.
  std::size_t statements_found = 0;
};

/// Finds where `request.text` or a close variant was used in the database. Throws
/// UsageError for an empty text, EnvironmentError when the database fails.
[[nodiscard]] PrecedentResult find_precedents(const Database& database,
                                              const PrecedentRequest& request);

/// Where the paragraphs of one statement were used elsewhere in the database.
struct StatementPrecedentRequest {
  /// A paragraph is used elsewhere when a paragraph holds this share of its words or more,
  /// in order: most of it, not a phrase in common.
  double min_closeness = 0.8;
  /// Paragraphs of fewer words (headings, cover-page lines) are not looked up.
  std::size_t min_words = 6;
  /// The closest uses kept for each paragraph (its earliest and latest always among them).
  std::size_t uses_per_paragraph = 3;
  /// Called after each paragraph looked up: `done` of `total`.
  std::function<void(std::size_t done, std::size_t total)> on_progress;
};

/// How a paragraph's wording stands against its uses in other statements.
enum class ParagraphReuse {
  /// Its earliest use is dated before the statement: the paragraph reuses it.
  UsedBefore,
  /// Every other use is dated after the statement: the wording was first used here.
  FirstUsedHere,
  /// Used elsewhere, but the dates do not tell which came first (undated, or the same day).
  UsedElsewhere,
  /// No other statement uses it.
  NoOtherUse,
};

/// "used-before", "first-used-here", "used-elsewhere" or "no-other-use".
[[nodiscard]] std::string_view to_string(ParagraphReuse reuse) noexcept;

/// The uses of one paragraph of a statement in other statements.
struct ParagraphPrecedents {
  /// Index of the paragraph in its statement.
  std::size_t paragraph = 0;
  ParagraphReuse reuse = ParagraphReuse::NoOtherUse;
  /// True when no use holds most of the paragraph, but some paragraph it holds is used: the
  /// paragraph extends earlier (or later) wording with words of its own.
  bool in_part = false;
  /// Its closest uses in other statements, with the earliest and the latest.
  PrecedentResult found;
};

/// Looks up each paragraph of `statement` of `request.min_words` words or more (headings
/// aside) as find_precedents does, paragraphs it holds included (keep_held), leaving out the
/// statement's own paragraphs (by its id), and says whether the wording was used before it. Throws
/// EnvironmentError when the database fails.
[[nodiscard]] std::vector<ParagraphPrecedents> find_statement_precedents(
    const Database& database, const Statement& statement, const StatementPrecedentRequest& request);

}  // namespace concord
