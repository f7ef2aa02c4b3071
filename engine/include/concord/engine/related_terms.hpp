// Terms used in the same contexts ("vessel" / "boat", "cease" / "halt"): a distributional
// synonym table learnt from a corpus and shipped as data.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace concord {

/// For each stem, stems that occur in the same contexts, with a strength in (0, 1].
class RelatedTerms {
 public:
  using Neighbours = std::vector<std::pair<std::string, float>>;

  /// Records that `stem` and `related` are related with `strength`, in both directions; a
  /// pair added twice keeps the stronger strength.
  void add(const std::string& stem, const std::string& related, float strength);

  /// The neighbours of `stem`, strongest first, or nullptr.
  [[nodiscard]] const Neighbours* find(const std::string& stem) const;

  [[nodiscard]] bool empty() const noexcept { return table_.empty(); }
  [[nodiscard]] const std::unordered_map<std::string, Neighbours>& entries() const {
    return table_;
  }

 private:
  std::unordered_map<std::string, Neighbours> table_;
};

/// Learns related terms from paragraphs: each stem's contexts (stems within a window around
/// it) weighted by positive pointwise mutual information, then the cosine of those context
/// vectors between stems (distributional similarity; Bullinaria and Levy 2007 for PPMI with
/// small windows, Levy, Goldberg and Dagan 2015 for context-distribution smoothing).
class RelatedTermsBuilder {
 public:
  struct Options {
    /// Words on each side of a stem that count as its context.
    std::size_t window = 2;
    /// Stems in fewer paragraphs than this are neither targets nor contexts.
    std::uint64_t min_paragraphs = 30;
    /// Contexts kept per stem (the strongest by PPMI).
    std::size_t contexts_per_stem = 200;
    /// Neighbours kept per stem.
    std::size_t neighbours = 8;
    /// Weakest similarity kept.
    float min_similarity = 0.15f;
  };

  /// Counts one paragraph, given as its stems in order.
  void add_paragraph(const std::vector<std::string>& stems);

  /// Computes the table.
  [[nodiscard]] RelatedTerms build(const Options& options) const;

  /// The paragraphs counted so far, as stem ids in order, and the stem of each id.
  [[nodiscard]] const std::vector<std::vector<std::uint32_t>>& paragraphs() const noexcept {
    return paragraphs_;
  }
  [[nodiscard]] const std::vector<std::string>& stems() const noexcept { return stems_; }

  /// For each stem id, how many of the paragraphs counted so far contain it.
  [[nodiscard]] std::vector<std::uint64_t> paragraph_frequencies() const;

 private:
  std::vector<std::vector<std::uint32_t>> paragraphs_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> stems_;
};

}  // namespace concord
