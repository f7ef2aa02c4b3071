// The data model every layer shares: a statement and its paragraphs, as plain values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/vote.hpp"

namespace concord {

/// The role a paragraph plays in a multilateral text.
enum class ParagraphKind {
  /// A title or section heading ("Annex", "I. Peace and security").
  Heading,
  /// A preambular paragraph, opened by a participle ("Recalling ...", "Deeply concerned ...").
  Preambular,
  /// An operative paragraph, opened by a verb in the present tense ("Calls upon ...").
  Operative,
  /// Anything else: narrative prose, cover-page lines, speech.
  Other,
};

/// The lower-case name used in the index, in JSON and on the command line.
[[nodiscard]] std::string_view to_string(ParagraphKind kind) noexcept;

/// Parses a name produced by `to_string`; returns false when `name` is not one.
[[nodiscard]] bool parse_paragraph_kind(std::string_view name, ParagraphKind& kind) noexcept;

/// One paragraph of a statement.
struct Paragraph {
  /// Position in the statement, from 0.
  std::size_t ordinal = 0;
  /// The document's own label ("1.", "(a)", "OP 3"), empty when it has none.
  std::string label;
  ParagraphKind kind = ParagraphKind::Other;
  /// The text without its label, NFC-normalised, white space collapsed.
  std::string text;

  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

/// A communiqué, declaration or resolution with its metadata.
struct Statement {
  /// Stable, readable identifier, unique in a database (e.g. "nam-2025-11-18-communique").
  std::string id;
  /// The issuing organisation ("Non-Aligned Movement").
  std::string body;
  std::string title;
  /// ISO 8601 date ("2025-11-18"), or a prefix of one ("2025-11", "2025"); empty when unknown.
  std::string date;
  /// ISO 639-1 language code ("en", "es"); empty when unknown.
  std::string language;
  /// UN document symbol ("A/RES/78/7"), empty when the document has none.
  std::string symbol;
  /// How the body adopted it, when the document records the vote.
  std::optional<Vote> vote;
  /// Where the statement was read from.
  std::string source_path;
  /// Hex digest of the paragraphs as read (labels, kinds, texts), to recognise a file whose
  /// statement has not changed, even where its blank lines or line breaks have.
  std::string content_hash;
  std::vector<Paragraph> paragraphs;

  friend bool operator==(const Statement&, const Statement&) = default;
};

}  // namespace concord
