// Stemmed, weighted terms of paragraphs and of their clauses: what similarity is computed on.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "concord/engine/related_terms.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/term_statistics.hpp"

namespace concord {

/// A sparse vector over term ids, sorted by id, with unit length (or empty).
struct TermVector {
  std::vector<std::uint32_t> ids;
  std::vector<float> weights;
  /// Sum of the inverse document frequencies of the terms, before normalisation: how much
  /// substance the text carries.
  float mass = 0;
};

/// The terms of one paragraph.
struct ParagraphTerms {
  TermVector whole;
  /// One vector per clause (split at ; : . ! ? and before a new participle or verb phrase).
  std::vector<TermVector> clauses;
  /// Number of word tokens.
  std::size_t word_count = 0;
  /// The term id of every word, in the paragraph's order (text reused word for word).
  std::vector<std::uint32_t> words;
};

/// A paragraph's stems, in order, and where each clause ends (an index into `stems`).
struct StemmedParagraph {
  std::vector<std::string> stems;
  std::vector<std::size_t> clause_ends;
};

/// The stemmed paragraphs of each statement (lower-cased, stemmed by its language), on every
/// core.
[[nodiscard]] std::vector<std::vector<StemmedParagraph>> stem_statements(
    const std::vector<Statement>& statements);

/// Interns stems as ids and weights them by inverse document frequency: in `corpus` (a
/// database or a background table) together with the paragraphs given to statement_terms.
class TermSpace {
 public:
  /// `related` (optional) lets similarity count related words ("vessels" / "boats").
  explicit TermSpace(const TermStatistics& corpus, const RelatedTerms* related = nullptr)
      : statistics_(corpus), related_(related) {}

  /// The stems of a text's words, lower-cased and stemmed by `language`, in order.
  [[nodiscard]] static std::vector<std::string> stems(std::string_view text,
                                                      const std::string& language);

  /// Uses `related` (may be null) from now on, for the terms already seen too.
  void set_related(const RelatedTerms* related);

  /// Terms of every paragraph of each statement, from stem_statements, weighted with these
  /// paragraphs counted. Call once. Terms are numbered in the order of the statements,
  /// paragraphs and words.
  [[nodiscard]] std::vector<std::vector<ParagraphTerms>> statement_terms(
      const std::vector<std::vector<StemmedParagraph>>& stemmed);

  /// Whether `stem` is a term of the statements read so far.
  [[nodiscard]] bool knows(const std::string& stem) const { return ids_.count(stem) > 0; }

  /// The stem of a term id.
  [[nodiscard]] const std::string& stem(std::uint32_t id) const { return stems_[id]; }

  /// Inverse document frequency of a term id.
  [[nodiscard]] float idf(std::uint32_t id) const { return idf_[id]; }
  [[nodiscard]] std::size_t size() const { return idf_.size(); }

  /// Term ids related to `id`, with strengths, among the terms seen so far; empty without
  /// a related-terms table.
  [[nodiscard]] const std::vector<std::pair<std::uint32_t, float>>& related(
      std::uint32_t id) const {
    return related_ids_[id];
  }

 private:
  [[nodiscard]] std::vector<ParagraphTerms> terms_of(
      const std::vector<StemmedParagraph>& stemmed,
      const std::vector<std::vector<std::uint32_t>>& ids);
  std::uint32_t intern(const std::string& stem);
  TermVector vectorise(const std::vector<std::uint32_t>& term_ids) const;

  const TermStatistics& statistics_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<float> idf_;
  const RelatedTerms* related_;
  std::vector<std::string> stems_;
  std::vector<std::vector<std::pair<std::uint32_t, float>>> related_ids_;
};

/// Paragraph frequencies of the stems of `statements` (stemmed on every core): what
/// `concord term-table` counts over a corpus.
[[nodiscard]] FrequencyTable statistics_of(const std::vector<Statement>& statements);

}  // namespace concord
