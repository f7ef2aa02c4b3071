// One term for a word that British and American English spell differently.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/string_map.hpp"

namespace concord {

class TermStatistics;

/// British spellings of English words and their American ones ("organise" / "organize",
/// "programme" / "program", "centre" / "center", "manoeuvre" / "maneuver"): the pairs of
/// data/spelling-variants/en.tsv, built into the library. A G7 statement written in
/// Washington and one written in London say "immobilized" and "immobilised" for one thing.
class SpellingVariants {
 public:
  /// The table of `language` (ISO 639-1): English has one; other languages an empty one.
  [[nodiscard]] static const SpellingVariants& of(std::string_view language);

  /// The American spelling of a lower-case British word, or the word itself.
  [[nodiscard]] std::string_view american(std::string_view word) const;

  /// The Snowball stems of the British spellings whose American spelling stems to `stem`
  /// and which stem differently ("programm" for "program", from "programme"): the names the
  /// term has in a collection counted without this table, such as a Xapian database.
  [[nodiscard]] const std::vector<std::string>& british_stems(std::string_view stem) const;

  /// The stem of the American spelling for the Snowball stem of a British one ("programm"
  /// -> "program"), or `stem` itself.
  [[nodiscard]] std::string_view american_stem(std::string_view stem) const;

  /// How many paragraphs of `statistics` hold the term `stem` names, when they may have been
  /// counted without this table: those counted under `stem` and under its British stems.
  [[nodiscard]] double paragraph_frequency(const TermStatistics& statistics,
                                           std::string_view stem) const;

  [[nodiscard]] bool empty() const noexcept { return american_.empty(); }

  /// Parses "british<TAB>american<TAB>british stem<TAB>american stem" lines ('#' starts a
  /// comment line; other lines without four fields are skipped). Public for tests; use of().
  [[nodiscard]] static SpellingVariants parse(std::string_view table);

 private:
  void add(std::string_view british, std::string_view american, std::string_view british_stem,
           std::string_view american_stem);

  StringMap<std::string> american_;
  StringMap<std::vector<std::string>> british_stems_;
  StringMap<std::string> american_stems_;
};

}  // namespace concord
