// Paragraphs as sequences of word ids, and how much of their wording two paragraphs share
// in order. Private to the engine: alignment.cc pairs the leftovers of versions with it.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace concord {

/// Every paragraph of several texts as the ids of its lower-cased words, in order; one id
/// space for all of them.
class WordSequences {
 public:
  /// Appends `text` and returns its index.
  std::size_t add(const std::string& text);
  [[nodiscard]] const std::vector<std::uint32_t>& at(std::size_t index) const {
    return sequences_[index];
  }

 private:
  std::vector<std::vector<std::uint32_t>> sequences_;
  std::unordered_map<std::string, std::uint32_t> ids_;
};

/// 2 * (length of the longest common subsequence) / (sum of the lengths), as difflib's
/// ratio: 1 for the same words in the same order, 0 for no word in common. Below
/// `at_least`, the exact value is not needed and any value below it may be returned (a
/// bound on word counts skips the subsequence). Two paragraphs of thousands of words each
/// are not compared word by word: 0.
[[nodiscard]] float shared_wording(const std::vector<std::uint32_t>& a,
                                   const std::vector<std::uint32_t>& b, float at_least);

}  // namespace concord
