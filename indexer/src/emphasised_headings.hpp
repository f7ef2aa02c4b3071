// Section headings that a document sets in bold type instead of marking them as headings:
// shared by the Markdown, HTML and DOCX readers.
#pragma once

#include <string_view>

namespace concord {

/// True when `text`, a block set wholly in bold, reads as a heading: short, and ending
/// neither as a sentence nor as a lead-in ("**We are taking concrete steps to:**").
[[nodiscard]] bool bold_block_is_heading(std::string_view text);

}  // namespace concord
