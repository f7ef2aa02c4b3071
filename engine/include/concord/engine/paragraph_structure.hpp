// Recognises the parts of a paragraph that carry structure: its label and its kind.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/statement.hpp"

namespace concord {

/// A paragraph's leading label separated from its text.
struct LabelledText {
  /// "1.", "(a)", "OP 3", "II." — empty when the text has no label.
  std::string label;
  std::string text;
};

/// Splits a leading paragraph label ("12.", "3)", "(b)", "(iv)", "a)", "OP 3", "PP2:", "II.")
/// from `text`. Resolution numbers such as "75/214." and years ("2025.") are not labels.
[[nodiscard]] LabelledText split_label(std::string_view text);

/// What the reader of a format knows about a block before classification.
enum class BlockHint {
  None,
  /// The format marks it as a heading (Markdown '#', HTML <h1>, a DOCX heading style).
  Heading,
};

/// Classifies a paragraph (text without its label) as heading, preambular, operative or
/// other. Recognises UN drafting conventions in English, Spanish and French: preambular
/// paragraphs open with a participle or an adjective of state ("Recalling", "Deeply
/// concerned", "Recordando", "Rappelant"), operative ones with a present-tense verb ("Calls
/// upon", "Insta", "Exhorte") or a "We <verb>" communiqué sentence.
[[nodiscard]] ParagraphKind classify_paragraph(std::string_view text, std::string_view label,
                                               BlockHint hint);

/// Numbered section titles in plain text ("4. Support to stop Russia's war of aggression",
/// each followed by paragraphs of prose) become headings. Labelled paragraphs that look like
/// titles (short, capitalised, without final punctuation) are taken for headings when every
/// one of them of one label shape is followed by an unlabelled paragraph that is no heading,
/// and there are at least two; one directly followed by the next item of its shape makes
/// them a list ("1. Strengthening security", "2. Promoting good governance"), left alone.
void mark_numbered_section_headings(std::vector<Paragraph>& paragraphs);

/// Where the list that paragraph `lead_in` introduces ("Calls upon the United States:", "we
/// are taking the following measures:") ends: its items are the paragraphs after it labelled
/// in the shape of the first ("(a)", "(b)"; "(i)", "(ii)"; "1.", "2."), up to the first
/// labelled otherwise ("10." after "(b)" goes on with the numbered paragraphs) or not at all.
/// `lead_in + 1` when the next paragraph has no label: then there is no list.
[[nodiscard]] std::size_t end_of_list(const std::vector<Paragraph>& paragraphs,
                                      std::size_t lead_in);

}  // namespace concord
