// Bold blocks read as headings ("**4. Support to stop Russia's war of aggression**").
#include "emphasised_headings.hpp"

#include "concord/engine/text.hpp"
#include "line_joining.hpp"

namespace concord {
namespace {

// Longer than this, a bold block is an emphasised paragraph, not a title.
constexpr std::size_t kMaxHeadingWords = 20;

}  // namespace

bool bold_block_is_heading(std::string_view text) {
  text = trim_spaces(text);
  if (text.empty()) return false;
  if (std::string_view(".,;:!?").find(text.back()) != std::string_view::npos) return false;
  return count_words(text) <= kMaxHeadingWords;
}

}  // namespace concord
