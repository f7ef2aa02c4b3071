// Names of the paragraph kinds, shared by the index, JSON and the command line.
#include "concord/engine/statement.hpp"

#include <array>
#include <utility>

namespace concord {
namespace {

constexpr std::array<std::pair<ParagraphKind, std::string_view>, 4> kKindNames{{
    {ParagraphKind::Heading, "heading"},
    {ParagraphKind::Preambular, "preambular"},
    {ParagraphKind::Operative, "operative"},
    {ParagraphKind::Other, "other"},
}};

}  // namespace

std::string_view to_string(ParagraphKind kind) noexcept {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "other";
}

bool parse_paragraph_kind(std::string_view name, ParagraphKind& kind) noexcept {
  for (const auto& [k, known] : kKindNames) {
    if (known == name) {
      kind = k;
      return true;
    }
  }
  return false;
}

}  // namespace concord
