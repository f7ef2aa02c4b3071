// Changes of speech act between two corresponding paragraphs: a stronger or weaker verb, a
// hedge added or dropped, a negation added or dropped.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/demands.hpp"
#include "concord/engine/statement.hpp"

namespace concord {

/// What changed between a speech act of one paragraph and its counterpart in another.
enum class LanguageChangeKind {
  /// A verb higher on its family's strength scale ("calls upon" -> "demands").
  Strengthened,
  /// A verb lower on its family's scale ("urges" -> "encourages").
  Weakened,
  /// Another verb of the same rung, or of another family ("condemns" -> "rejects").
  VerbChanged,
  /// A qualifier or hedge the first act lacks ("as appropriate", "all").
  QualifierAdded,
  /// A qualifier or hedge of the first act the second lacks.
  QualifierDropped,
  /// The second act is negated, the first is not.
  NegationAdded,
  /// The first act is negated, the second is not.
  NegationDropped,
  /// An act of the second paragraph that none of the first pairs with ("and rejects any
  /// attempt to present them as lawful" added to a kept paragraph).
  ActAdded,
  /// An act of the first paragraph that none of the second pairs with.
  ActDropped,
};

/// "strengthened", "weakened", "verb-changed", "qualifier-added", "qualifier-dropped",
/// "negation-added", "negation-dropped", "act-added" or "act-dropped".
[[nodiscard]] std::string_view to_string(LanguageChangeKind kind) noexcept;

/// One change between an act of paragraph `from_paragraph` of one statement and an act of
/// paragraph `to_paragraph` of another.
struct LanguageChange {
  LanguageChangeKind kind = LanguageChangeKind::VerbChanged;
  /// Verb changes: the lemmas ("calls upon", "demands"). Qualifier changes: the qualifier in
  /// `to` when added, in `from` when dropped, the other empty. Negation changes: the lemma,
  /// with "not " before it on the negated side. An act added or dropped: its lemma on its
  /// side, the other empty.
  std::string from, to;
  /// Family of the second act ("request"); of the first for a dropped qualifier.
  std::string family;
  /// A short explanation: "request 3 → 5", the act a qualifier or negation belongs to, or
  /// the action of an act added or dropped.
  std::string detail;
  /// Where the two acts are: indexes of the statements (set by callers that compare several
  /// statements; 0 otherwise) and of their paragraphs.
  std::size_t from_statement = 0, from_paragraph = 0, to_statement = 0, to_paragraph = 0;

  friend bool operator==(const LanguageChange&, const LanguageChange&) = default;
};

/// The changes between the acts of paragraph `pa` of `a` and those of paragraph `pb` of `b`,
/// as extract_demands finds them in the whole statements. Acts are paired in order: one of
/// the same family, the same lemma first, then the most similar action; failing that, one
/// of another family with a similar action. Acts left without a partner report nothing here
/// (see UnpairedActs).
/// Throws std::out_of_range when `pa` or `pb` is not a paragraph index.
[[nodiscard]] std::vector<LanguageChange> language_changes(const Statement& a, std::size_t pa,
                                                           const Statement& b, std::size_t pb,
                                                           const SpeechActLexicon& lexicon);

/// The same on acts already extracted: `from` and `to` are the acts of the two paragraphs
/// (their `action_paragraph` fields give the positions); `language` stems their actions (ISO 639-1,
/// the first statement's). For callers that extract each statement once.
[[nodiscard]] std::vector<LanguageChange> language_changes(const std::vector<Demand>& from,
                                                           const std::vector<Demand>& to,
                                                           const std::string& language);

/// An act with the stemmed content words of its action (action_stems in demand_matrix.hpp),
/// for callers that compare each act with many others and stem it once.
struct StemmedAct {
  Demand act;
  std::set<std::string> action;
};

/// Whether acts left without a partner are reported (ActAdded, ActDropped). Between versions
/// of one text a kept paragraph's acts correspond one by one, and one more or fewer is a
/// change of the text; between statements of different bodies, paragraphs sharing a point
/// word it with their own acts, and only paired acts compare.
enum class UnpairedActs { Ignore, Report };

/// The same on acts whose actions are stemmed. Acts of one family pair when they name one
/// addressee, ask alike or with verbs of one group ("cease" / "the halt of"); across two
/// languages (`one_language` false), whose words do not compare, whatever they ask.
[[nodiscard]] std::vector<LanguageChange> language_changes(
    const std::vector<StemmedAct>& from, const std::vector<StemmedAct>& to,
    UnpairedActs unpaired = UnpairedActs::Ignore, bool one_language = true);

}  // namespace concord
