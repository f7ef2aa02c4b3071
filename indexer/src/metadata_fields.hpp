// Reads metadata values the way documents write them: dates in many forms, language names.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "concord/indexer/extracted_document.hpp"

namespace YAML {
class Node;
}

namespace concord {

/// An ISO 8601 date ("2025-11-18", "2025-11", "2025") found in `text`: ISO forms, "18 November
/// 2025", "November 18, 2025", Spanish and French month names. Nullopt when there is none.
[[nodiscard]] std::optional<std::string> parse_date(std::string_view text);

/// An ISO 639-1 code from "en", "EN", "en-GB", "English", "español", "fr_FR"; nullopt otherwise.
[[nodiscard]] std::optional<std::string> parse_language(std::string_view text);

/// Sets the field of `metadata` that `key` names (title, body, issuer, organization, date,
/// language, lang, symbol) from `value`; returns false for a key that is not metadata.
/// A date written YYYY-MM-DD that is no day of the calendar is kept as `unreadable_date`.
bool set_metadata_field(DocumentMetadata& metadata, std::string_view key, std::string_view value);

/// Sets metadata from the scalar entries of a YAML mapping (front matter, sidecar files).
/// Throws DataError when `root` is not a mapping.
void set_metadata_from_yaml(DocumentMetadata& metadata, const YAML::Node& root);

}  // namespace concord
