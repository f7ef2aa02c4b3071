// What a format reader gets out of a file: metadata it found and blocks of text in order.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "concord/engine/paragraph_structure.hpp"
#include "concord/engine/vote.hpp"

namespace concord {

/// True for a date in the form statements are dated in, YYYY, YYYY-MM or YYYY-MM-DD,
/// that names a day of the calendar: not 2025-02-30.
[[nodiscard]] bool is_calendar_date(const std::string& text);

/// Statement metadata as far as one source (the document, a sidecar, flags) knows it.
struct DocumentMetadata {
  std::optional<std::string> body;
  std::optional<std::string> title;
  std::optional<std::string> date;
  std::optional<std::string> language;
  std::optional<std::string> symbol;
  /// The adoption vote, when the document records it (Akoma Ntoso).
  std::optional<Vote> vote;
  /// A date written YYYY-MM-DD that names no day ("2025-13-45"), as the source gave it. The
  /// statement loader refuses the file unless a stronger source (a flag, a sidecar) dates it.
  std::optional<std::string> unreadable_date;
  /// A language the source names but Concord cannot read as a language ("Klingon",
  /// "Portugese"): refused like an unreadable date, rather than silently detected.
  std::optional<std::string> unreadable_language;

  /// Fills every field this one lacks from `weaker`; fields already set win. A date or a
  /// language, read or unreadable, fills its one slot.
  void fill_missing_from(const DocumentMetadata& weaker);
};

/// One paragraph-sized block as the reader found it, before normalisation.
struct TextBlock {
  std::string text;
  BlockHint hint = BlockHint::None;
  /// A label the format itself gives (DOCX list numbering); empty to let the text decide.
  std::string label;
};

/// A file's content after format-specific extraction.
struct ExtractedDocument {
  DocumentMetadata metadata;
  std::vector<TextBlock> blocks;
};

}  // namespace concord
