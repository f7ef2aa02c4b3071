// Re-joins lines that a layout wrapped: shared by the plain-text and PDF readers.
#pragma once

#include <functional>
#include <set>
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

/// How a document writes its words elsewhere: whole ("international") or hyphenated
/// ("decision-making"). A hyphen at the end of a line is read as the document reads the word
/// where no line end falls in it.
class HyphenEvidence {
 public:
  HyphenEvidence() = default;
  /// Collects the words of `text`, lower-cased, and its hyphenated compounds; none when no
  /// line of `text` ends on a hyphen.
  explicit HyphenEvidence(std::string_view text);

  /// True when the document writes `before` + `after` as one word.
  [[nodiscard]] bool writes_whole(std::string_view before, std::string_view after) const;
  /// True when the document writes `before` + "-" + `after`.
  [[nodiscard]] bool writes_hyphenated(std::string_view before, std::string_view after) const;

 private:
  std::set<std::string, std::less<>> words_;
};

/// Where the lines of a paragraph come from, for the hyphens at their ends.
struct LineEnds {
  /// True for typeset pages (PDF), which hyphenate words to fit a line; false for text
  /// wrapped at spaces by a writer or a converter, where a hyphen at a line end is written.
  bool typeset = false;
  /// On typeset pages, what the document says of its words; none when null.
  const HyphenEvidence* evidence = nullptr;
};

/// Joins the lines of one paragraph into one string, other lines with one space. A hyphen
/// that ends a line after a letter, before a lower-case letter, is kept in text wrapped at
/// spaces ("decision-\nmaking", "T\u00fcrkiye-\nbrokered"): a writer wrote it. On a typeset
/// page it is the hyphen of a word cut at the line end ("inter-\nnational" ->
/// "international") unless the document writes the compound with it elsewhere or the word
/// before is capitalised; before an upper-case letter it is always kept ("CELAC-\nEU").
[[nodiscard]] std::string join_wrapped_lines(const std::vector<std::string_view>& lines,
                                             const LineEnds& line_ends = {});

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
