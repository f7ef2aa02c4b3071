// How rare a term is in a reference collection: the engine's only view of corpus statistics.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace concord {

/// Document frequencies of stemmed terms over a collection of paragraphs. Implemented by
/// the indexer over a Xapian database, and by FrequencyTable for shipped background data.
class TermStatistics {
 public:
  virtual ~TermStatistics() = default;
  /// Number of paragraphs in the collection.
  [[nodiscard]] virtual double paragraph_count() const = 0;
  /// Number of paragraphs that contain `stem` (a lower-case Snowball stem).
  [[nodiscard]] virtual double paragraph_frequency(std::string_view stem) const = 0;
};

/// Document frequencies held in memory: built from paragraphs, or parsed from a table.
class FrequencyTable : public TermStatistics {
 public:
  [[nodiscard]] double paragraph_count() const override { return static_cast<double>(paragraphs_); }
  [[nodiscard]] double paragraph_frequency(std::string_view stem) const override;

  /// Counts one paragraph holding the given distinct stems.
  void add_paragraph_stems(const std::vector<std::string>& distinct_stems);

  /// Adds `frequency` paragraphs containing `stem` (when loading a table).
  void add_frequency(const std::string& stem, std::uint64_t frequency) {
    frequencies_[stem] += frequency;
  }
  void add_paragraphs(std::uint64_t count) { paragraphs_ += count; }

  [[nodiscard]] const std::unordered_map<std::string, std::uint64_t>& frequencies() const {
    return frequencies_;
  }

 private:
  std::unordered_map<std::string, std::uint64_t> frequencies_;
  std::uint64_t paragraphs_ = 0;
};

}  // namespace concord
