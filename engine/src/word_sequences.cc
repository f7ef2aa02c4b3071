// Word sequences of paragraphs and the share of wording two of them have in common, in order.
#include "word_sequences.hpp"

#include <algorithm>

#include "concord/engine/text.hpp"
#include "concord/engine/tokenizer.hpp"

namespace concord {
namespace {
constexpr std::size_t kMaxSteps = 16'000'000;
}  // namespace

std::size_t WordSequences::add(const std::string& text) {
  std::vector<std::uint32_t> sequence;
  for (const Token& token : tokenize(text)) {
    if (!token.is_word) continue;
    const auto next_id = static_cast<std::uint32_t>(ids_.size());
    sequence.push_back(ids_.try_emplace(to_lower(token_text(text, token)), next_id).first->second);
  }
  sequences_.push_back(std::move(sequence));
  return sequences_.size() - 1;
}

float shared_wording(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                     float at_least) {
  const std::size_t total = a.size() + b.size();
  if (total == 0) return 0.0f;
  // The words both have, counted with repeats, bound the common subsequence from above.
  std::vector<std::uint32_t> sorted_a = a, sorted_b = b;
  std::sort(sorted_a.begin(), sorted_a.end());
  std::sort(sorted_b.begin(), sorted_b.end());
  std::size_t both = 0;
  for (std::size_t i = 0, j = 0; i < sorted_a.size() && j < sorted_b.size();) {
    if (sorted_a[i] < sorted_b[j]) {
      ++i;
    } else if (sorted_b[j] < sorted_a[i]) {
      ++j;
    } else {
      ++both, ++i, ++j;
    }
  }
  const float bound = 2.0f * static_cast<float>(both) / static_cast<float>(total);
  if (bound < at_least) return bound;
  // The subsequence takes a.size() * b.size() steps: beyond some millions (two paragraphs of
  // thousands of words each, which no statement has), the pair is not compared word by word.
  if (a.size() * b.size() > kMaxSteps) return 0.0f;
  // Longest common subsequence, one row at a time.
  std::vector<std::size_t> previous(b.size() + 1, 0), current(b.size() + 1, 0);
  for (const std::uint32_t word : a) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      current[j + 1] = word == b[j] ? previous[j] + 1 : std::max(previous[j + 1], current[j]);
    }
    std::swap(previous, current);
  }
  return 2.0f * static_cast<float>(previous[b.size()]) / static_cast<float>(total);
}

}  // namespace concord
