// Dense word vectors learnt from a corpus (a truncated SVD of PPMI co-occurrences), shipped
// as data: they let compare see that paragraphs making one point in other words ("military
// deployment" / "naval presence") are close, beyond the words they share.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "concord/engine/related_terms.hpp"

namespace concord {

/// A unit vector of `dimensions()` floats per stem.
class WordVectors {
 public:
  WordVectors() = default;
  explicit WordVectors(std::size_t dimensions) : dimensions_(dimensions) {}

  /// Adds (or replaces) the vector of `stem`; it is normalised to unit length.
  void add(const std::string& stem, std::span<const float> vector);

  /// The vector of `stem`, or an empty span.
  [[nodiscard]] std::span<const float> find(const std::string& stem) const;

  [[nodiscard]] std::size_t dimensions() const noexcept { return dimensions_; }
  [[nodiscard]] std::size_t size() const noexcept { return stems_.size(); }
  [[nodiscard]] bool empty() const noexcept { return stems_.empty(); }
  /// Stems in the order they were added.
  [[nodiscard]] const std::vector<std::string>& stems() const noexcept { return stems_; }

 private:
  std::size_t dimensions_ = 0;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<std::string> stems_;
  std::vector<float> values_;
};

struct WordVectorOptions {
  /// Words on each side that count as context; a context word d positions away counts 1/d.
  std::size_t window = 5;
  /// Stems in fewer paragraphs than this get no vector.
  std::uint64_t min_paragraphs = 20;
  std::size_t dimensions = 100;
};

/// Learns vectors from the paragraphs counted by `corpus`: positive PMI of stems and their
/// contexts (smoothed context distribution, Levy, Goldberg and Dagan 2015), reduced by a
/// randomised truncated SVD (Halko, Martinsson and Tropp 2011) to `dimensions`; a stem's
/// vector is its row of U times the square root of the singular values. Deterministic.
[[nodiscard]] WordVectors learn_word_vectors(const RelatedTermsBuilder& corpus,
                                             const WordVectorOptions& options);

}  // namespace concord
