// Paragraphs as sequences of word ids, and how much of their wording two paragraphs share
// in order. Private to the engine: alignment.cc pairs the leftovers of versions with it.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace concord {

/// One paragraph's words as ids: in order, and sorted (a bag, to bound what two share).
struct WordSequence {
  std::vector<std::uint32_t> in_order;
  std::vector<std::uint32_t> sorted;
};

/// Every paragraph of several texts as the ids of its lower-cased words, in order; one id
/// space for all of them, in which every word holding a digit ("45th", "2023", "S/2005/648")
/// is one and the same word: versions update their numbers.
class WordSequences {
 public:
  /// Appends `text` and returns its index. References to sequences already added stay valid.
  std::size_t add(const std::string& text);
  [[nodiscard]] const WordSequence& at(std::size_t index) const { return sequences_[index]; }

 private:
  std::deque<WordSequence> sequences_;  // a deque: references stay valid as it grows
  std::unordered_map<std::string, std::uint32_t> ids_;
};

/// 2 * (length of the longest common subsequence) / (sum of the lengths), as difflib's
/// ratio: 1 for the same words in the same order, 0 for no word in common. Below
/// `at_least`, the exact value is not needed and any value below it may be returned (bounds
/// on lengths and on the words in common skip the subsequence: many pairs of paragraphs
/// left alone are tried). Two paragraphs of thousands of words each are not compared word
/// by word: 0.
[[nodiscard]] float shared_wording(const WordSequence& a, const WordSequence& b, float at_least);

}  // namespace concord
