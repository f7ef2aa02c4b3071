// Word sequences of paragraphs and the share of wording two of them have in common, in order.
#include "word_sequences.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "concord/engine/text.hpp"
#include "concord/engine/tokenizer.hpp"

namespace concord {
namespace {
constexpr std::size_t kMaxSteps = 16'000'000;
constexpr std::string_view kNumber = "0";  // every word holding a digit
}  // namespace

std::size_t WordSequences::add(const std::string& text) {
  WordSequence sequence;
  for (const Token& token : tokenize(text)) {
    if (!token.is_word) continue;
    const auto next_id = static_cast<std::uint32_t>(ids_.size());
    const std::string_view word = token_text(text, token);
    // A version updates its numbers: "45th plenary meeting, 7 December 2023" is the next
    // one's "47th plenary meeting, 4 December 2024", word for word.
    const bool number = std::any_of(word.begin(), word.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    sequence.in_order.push_back(
        ids_.try_emplace(number ? std::string(kNumber) : to_lower(word), next_id).first->second);
  }
  sequence.sorted = sequence.in_order;
  std::sort(sequence.sorted.begin(), sequence.sorted.end());
  sequences_.push_back(std::move(sequence));
  return sequences_.size() - 1;
}

float shared_wording(const WordSequence& a, const WordSequence& b, float at_least) {
  const std::size_t total = a.in_order.size() + b.in_order.size();
  if (total == 0) return 0.0f;
  // The shorter paragraph's length, then the words both have (counted with repeats), bound
  // the common subsequence from above.
  const auto ratio = [total](std::size_t common) {
    return 2.0f * static_cast<float>(common) / static_cast<float>(total);
  };
  const float length_bound = ratio(std::min(a.in_order.size(), b.in_order.size()));
  if (length_bound < at_least) return length_bound;
  std::size_t both = 0;
  for (std::size_t i = 0, j = 0; i < a.sorted.size() && j < b.sorted.size();) {
    if (a.sorted[i] < b.sorted[j]) {
      ++i;
    } else if (b.sorted[j] < a.sorted[i]) {
      ++j;
    } else {
      ++both, ++i, ++j;
    }
  }
  const float bound = ratio(both);
  if (bound < at_least) return bound;
  // The subsequence takes a.size() * b.size() steps: beyond some millions (two paragraphs of
  // thousands of words each, which no statement has), the pair is not compared word by word.
  if (a.in_order.size() * b.in_order.size() > kMaxSteps) return 0.0f;
  // Longest common subsequence, one row at a time.
  std::vector<std::size_t> previous(b.in_order.size() + 1, 0), current(b.in_order.size() + 1, 0);
  for (const std::uint32_t word : a.in_order) {
    for (std::size_t j = 0; j < b.in_order.size(); ++j) {
      current[j + 1] =
          word == b.in_order[j] ? previous[j] + 1 : std::max(previous[j + 1], current[j]);
    }
    std::swap(previous, current);
  }
  return ratio(previous[b.in_order.size()]);
}

}  // namespace concord
