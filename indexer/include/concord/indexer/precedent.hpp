// Precedent search: where a wording, or a close variant, was used before ("agreed language").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

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
};

/// Finds where `request.text` or a close variant was used in the database. Throws
/// UsageError for an empty text, EnvironmentError when the database fails.
[[nodiscard]] PrecedentResult find_precedents(const Database& database,
                                              const PrecedentRequest& request);

}  // namespace concord
