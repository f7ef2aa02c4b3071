// A consensus matrix: the same demand across statements, who makes it and how strongly.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/demands.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/stemmer.hpp"

namespace concord {

/// One demand as several statements make it: the same action asked of the same addressee.
struct DemandRow {
  /// The addressee and action as the row's first act says them (in a canonical order of the
  /// statements, so that they do not depend on the order given); family of that act.
  std::string addressee, action, family;
  /// One cell per statement: the strongest act of that statement in the row, or nothing.
  std::vector<std::optional<Demand>> cells;

  /// How many statements have a cell.
  [[nodiscard]] std::size_t statement_count() const noexcept;
};

/// Rows of demands and columns of statements.
struct DemandMatrix {
  /// Rows by how many statements make the demand, most first; then by first appearance
  /// (statement, then paragraph, in the order the statements were given).
  std::vector<DemandRow> rows;
  /// The language acts were matched in when they were read through translations, empty
  /// otherwise.
  std::string translated_into;
};

/// True when two addressees name the same party: both empty, or the Jaccard index of their
/// lower-cased words without articles and "of"/"de" is at least 0.5 ("the United States",
/// "United States of America").
[[nodiscard]] bool addressees_match(std::string_view a, std::string_view b);

/// Jaccard index, 0..1, of the stemmed content words (articles, prepositions and
/// conjunctions left out) of two actions in `language` (ISO 639-1; unstemmed when Snowball
/// does not know it). 0 when either has no content word.
[[nodiscard]] double action_similarity(std::string_view a, std::string_view b,
                                       const std::string& language);

/// The stemmed content words of an action, as action_similarity compares them: callers
/// comparing many actions stem each once.
using ActionStems = std::set<std::string>;
[[nodiscard]] ActionStems action_stems(std::string_view action, Stemmer& stemmer);

/// action_similarity of two actions already stemmed by action_stems.
[[nodiscard]] double action_similarity(const ActionStems& a, const ActionStems& b);

/// Pairs of paragraphs (index in a's statement, index in b's), in increasing order, in which
/// two statements in `language` make the same demand: acts of one family that asks for or
/// takes a position (not affirmation or acknowledgement: "Recalling", "Welcoming"), both
/// negated or neither, with matching addressees and alike actions as the matrix matches them.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> paragraphs_making_the_same_demand(
    const std::vector<Demand>& a, const std::vector<Demand>& b, const std::string& language);

/// Clusters the acts of `statements` (demands_per_statement[i] are the acts of statement i,
/// as extract_demands gives them) into rows. An act joins a row when it matches one of the
/// row's acts (single linkage): their addressees match (token Jaccard >= 0.5 once lower-cased,
/// without articles and "of"/"de"; or both have none) and their actions are alike (Jaccard of
/// stemmed content words >= 0.3, or three or more content words of the shorter, at least three
/// quarters of them, in the longer: the extractor keeps some actions short and others whole); among
/// matching rows one of the same family wins, then the most similar action. An act joins a
/// row its statement already has a cell in only when no other row fits; the cell keeps the
/// stronger act. Acts of family "other" (acts the lexicon lacks, without a strength) are
/// left out: they can be neither compared nor ranked. The set of rows does not depend on the
/// order of `statements`: acts are clustered in an order of the statements' ids, bodies,
/// dates and titles. With `alignment` (a comparison of the same statements), two acts of one
/// family in statements of two languages whose paragraphs it put in one group also match,
/// however their actions and addressees are worded (machine translations), when both or
/// neither name an addressee. Throws
/// std::invalid_argument when the two vectors differ in size.
[[nodiscard]] DemandMatrix build_demand_matrix(
    const std::vector<Statement>& statements,
    const std::vector<std::vector<Demand>>& demands_per_statement,
    const Comparison* alignment = nullptr);

/// The same for statements in several languages: acts are matched on `translations` — the
/// acts of each statement with their addressees and actions in `language` (ISO 639-1), in
/// the same shape as `demands_per_statement` — and cells and rows keep the original acts.
/// Throws std::invalid_argument when the shapes differ.
[[nodiscard]] DemandMatrix build_demand_matrix(
    const std::vector<Statement>& statements,
    const std::vector<std::vector<Demand>>& demands_per_statement,
    const std::vector<std::vector<Demand>>& translations, const std::string& language,
    const Comparison* alignment = nullptr);

}  // namespace concord
