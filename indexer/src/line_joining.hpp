// Re-joins lines that a layout wrapped: shared by the plain-text and PDF readers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// The lines of `text`, without their line ends ("\n", "\r\n", or "\r" alone as old Mac
/// files end lines); trailing empty lines dropped.
[[nodiscard]] std::vector<std::string_view> split_lines(std::string_view text);

/// `text` without the ASCII white space at its ends.
[[nodiscard]] std::string_view trim_spaces(std::string_view text);

/// True when `line` holds only spaces, tabs or no-break spaces: such lines separate paragraphs.
[[nodiscard]] bool is_blank_line(std::string_view line);

/// True when `text` starts with a lower-case letter (ASCII or Latin-1 accented).
[[nodiscard]] bool starts_lower_case(std::string_view text);

/// True when `line` is only a page number ("12", "- 12 -", "Page 3", "3/14", "iv").
[[nodiscard]] bool is_page_number_line(std::string_view line);

/// Joins the lines of one paragraph into one string: a line ending in a hyphen that follows a
/// letter and precedes a lower-case letter is joined without the hyphen ("inter-\nnational"
/// -> "international"); before an upper-case letter the hyphen is kept ("CELAC-\nEU" ->
/// "CELAC-EU"); other lines are joined with one space.
[[nodiscard]] std::string join_wrapped_lines(const std::vector<std::string_view>& lines);

/// True when `line` (trimmed) ends a sentence: with . : ; ! ? or a closing double quote.
[[nodiscard]] bool ends_sentence(std::string_view line);

/// True when `next` continues the sentence that `previous` leaves open: `previous` does not
/// end a sentence, or `next` starts with a lower-case letter or a closing mark.
[[nodiscard]] bool continues_sentence(std::string_view previous, std::string_view next);

/// True when a paragraph break between `previous` and `next` falls inside a sentence, as page
/// breaks leave it in text exported from print: `previous` does not end a sentence, `next`
/// is no list item ("(i)", "a)", "5."), and `next` starts with a lower-case word or
/// `previous` ends with a word that cannot end a sentence ("the", "of", "and", "de", "la"...).
/// Stricter than continues_sentence(): a heading or an address without a full stop stays
/// apart.
[[nodiscard]] bool is_cut_mid_sentence(std::string_view previous, std::string_view next);

}  // namespace concord
