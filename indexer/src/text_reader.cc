// Plain-text reader: header lines, blank-line blocks, wrapped lines, UN cover pages.
#include <algorithm>
#include <string>
#include <vector>

#include "concord/engine/paragraph_structure.hpp"
#include "concord/indexer/document_readers.hpp"
#include "line_joining.hpp"
#include "metadata_fields.hpp"
#include "text_regex.hpp"

namespace concord {
namespace {

constexpr std::size_t kMinWrappedLines = 10;  // fewer lines say nothing about a width
constexpr std::size_t kMinWrapWidth = 40;     // characters
constexpr std::size_t kMaxWrapWidth = 100;

// Characters of UTF-8 text: its bytes but continuation bytes.
std::size_t count_characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

struct Header {
  /// The lines it takes, blank line included; 0 when the file has no header.
  std::size_t lines = 0;
  /// "kind: quoted-fragments": each block is a quotation cut out of a longer text.
  bool quoted_fragments = false;
};

// A header is two or more "key: value" lines with keys of letters and underscores, then a
// blank line.
Header read_header(const std::vector<std::string_view>& lines, DocumentMetadata& metadata) {
  static const boost::regex key_value = text_regex(R"(^([A-Za-z][A-Za-z_]{1,20}):\s*(.*)$)");
  std::size_t i = 0;
  DocumentMetadata found;
  std::size_t known = 0;
  bool quoted_fragments = false;
  for (; i < lines.size() && !is_blank_line(lines[i]); ++i) {
    boost::cmatch m;
    if (!boost::regex_match(lines[i].begin(), lines[i].end(), m, key_value)) return {};
    if (set_metadata_field(found, m[1].str(), m[2].str())) ++known;
    if (m[1].str() == "kind" && m[2].str().starts_with("quoted-fragments")) quoted_fragments = true;
  }
  if (i < 2 || i >= lines.size() || known == 0) return {};
  metadata = found;
  return {i + 1, quoted_fragments};
}

// A line that ends a sentence with a full stop, an exclamation or a question mark (or a
// quotation closing one): list items end in ";" and lead-ins in ":", and those stay together.
bool ends_full_sentence(std::string_view line) {
  line = trim_spaces(line);
  if (line.ends_with("\xE2\x80\x9D") /* ” */ || line.ends_with('"'))
    line = trim_spaces(line.substr(0, line.size() - (line.back() == '"' ? 1 : 3)));
  return !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?');
}

// A block whose lines mostly end full sentences holds one paragraph per line (speeches typed
// that way, with a blank line here and there); other blocks are paragraphs wrapped over lines,
// or a paragraph with its list items, which stay one paragraph.
void add_block_paragraphs(const std::vector<std::string_view>& lines,
                          std::vector<std::string>& blocks) {
  if (lines.empty()) return;
  std::size_t line_ends = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) line_ends += ends_full_sentence(lines[i]);
  const bool line_per_paragraph = lines.size() > 1 && 2 * line_ends >= lines.size() - 1;
  std::vector<std::string_view> paragraph;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    paragraph.push_back(lines[i]);
    const bool last = i + 1 == lines.size();
    if (last || (line_per_paragraph && ends_full_sentence(lines[i]) &&
                 split_label(trim_spaces(lines[i + 1])).label.empty())) {
      std::string joined = join_wrapped_lines(paragraph);
      paragraph.clear();
      if (!joined.empty()) blocks.push_back(std::move(joined));
    }
  }
}

// Without blank lines, a text either holds one paragraph per line or wraps its paragraphs at
// a fixed width, as a plain-text export of a printed page does. The width is the length most
// lines reach (the 90th percentile); wrapped text fills most lines near it, and many lines end
// mid-sentence. Returns the width, or 0 for one paragraph per line.
std::size_t wrapping_width(const std::vector<std::string_view>& lines) {
  std::vector<std::size_t> lengths;
  std::size_t open_ends = 0;
  for (const std::string_view raw : lines) {
    const std::string_view line = trim_spaces(raw);
    if (line.empty() || is_page_number_line(line)) continue;
    lengths.push_back(count_characters(line));
    open_ends += ends_sentence(line) ? 0 : 1;
  }
  if (lengths.size() < kMinWrappedLines) return 0;
  std::vector<std::size_t> sorted = lengths;
  const auto percentile = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() * 9 / 10);
  std::nth_element(sorted.begin(), percentile, sorted.end());
  const std::size_t width = *percentile;
  if (width < kMinWrapWidth || width > kMaxWrapWidth) return 0;
  const auto full = static_cast<std::size_t>(
      std::count_if(lengths.begin(), lengths.end(),
                    [&](std::size_t length) { return 10 * length >= 6 * width; }));
  const bool wrapped = 10 * full >= 6 * lengths.size() && 10 * open_ends >= 4 * lengths.size();
  return wrapped ? width : 0;
}

// A wrapped paragraph ends on a line that ends a sentence short of the width, or before a
// list item.
bool ends_wrapped_paragraph(std::string_view line, std::string_view next, std::size_t width) {
  line = trim_spaces(line);
  if (!split_label(trim_spaces(next)).label.empty()) return true;
  return ends_sentence(line) && 10 * count_characters(line) < 8 * width;
}

// Text exported from print breaks paragraphs at page ends, mid-sentence; such a break is
// joined again. Quoted fragments are kept apart: each was cut out on purpose.
std::vector<std::string> join_blocks_cut_mid_sentence(std::vector<std::string> blocks) {
  std::vector<std::string> joined;
  for (auto& block : blocks) {
    if (!joined.empty() && is_cut_mid_sentence(joined.back(), block)) {
      joined.back() = join_wrapped_lines({joined.back(), block});
    } else {
      joined.push_back(std::move(block));
    }
  }
  return joined;
}

// UN documents open with a cover page: "A/RES/75/214", "General Assembly",
// "Resolution adopted by the General Assembly on 21 December 2020", "75/214. Title".
void read_un_cover_page(const std::vector<std::string>& blocks, DocumentMetadata& metadata) {
  static const boost::regex symbol =
      text_regex(R"(^(A|S|E|A/ES-\d+)/[A-Z0-9./()\-]+( \(\d{4}\))?$)");
  static const boost::regex adopted =
      text_regex(R"(^(Resolution .*)?[Aa]dopted by the (.+?) (on|at its) )");
  static const boost::regex date_line = text_regex(R"(^\d{1,2} [A-Z][a-z]+ \d{4}$)");
  static const boost::regex numbered_title = text_regex(R"(^(\d+/\d+|\d+ \(\d{4}\))\.?\s+\S)");
  static const boost::regex resolution_heading =
      text_regex(R"(^(RESOLUTION|Resolution) \d+ \(\d{4}\)$)");
  std::optional<std::string> distribution_date;
  const std::size_t limit = std::min<std::size_t>(blocks.size(), 16);
  for (std::size_t i = 0; i < limit; ++i) {
    const std::string& b = blocks[i];
    if (!metadata.symbol && boost::regex_match(b, symbol)) {
      metadata.symbol = b;
    } else if (!metadata.body && (b == "General Assembly" || b == "Security Council" ||
                                  b == "Economic and Social Council")) {
      metadata.body = "United Nations " + b;
    } else if (boost::regex_search(b, adopted)) {
      if (!metadata.date) metadata.date = parse_date(b);
    } else if (!distribution_date && boost::regex_match(b, date_line)) {
      distribution_date = parse_date(b);
    } else if (!metadata.title && b.size() < 400 && (metadata.symbol || metadata.body) &&
               (boost::regex_search(b, numbered_title) ||
                boost::regex_match(b, resolution_heading))) {
      metadata.title = b;
    }
  }
  // The adoption date is the statement's date; the distribution date is the next best.
  if (!metadata.date && (metadata.symbol || metadata.body)) metadata.date = distribution_date;
}

}  // namespace

ExtractedDocument read_text(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  ExtractedDocument document;
  const std::vector<std::string_view> lines = split_lines(bytes);
  const Header header = read_header(lines, document.metadata);
  const std::size_t body_start = header.lines;

  bool has_blank_separator = false;
  for (std::size_t i = body_start; i < lines.size(); ++i) {
    if (is_blank_line(lines[i])) {
      has_blank_separator = true;
      break;
    }
  }

  const std::vector<std::string_view> body(lines.begin() + static_cast<std::ptrdiff_t>(body_start),
                                           lines.end());
  const std::size_t width = has_blank_separator ? 0 : wrapping_width(body);

  std::vector<std::string> blocks;
  std::vector<std::string_view> current;
  auto flush = [&] {
    add_block_paragraphs(current, blocks);
    current.clear();
  };
  auto flush_wrapped = [&] {
    std::string joined = join_wrapped_lines(current);
    current.clear();
    if (!joined.empty()) blocks.push_back(std::move(joined));
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    const std::string_view line = body[i];
    if (is_blank_line(line)) {
      flush();
      continue;
    }
    if (is_page_number_line(line)) continue;
    current.push_back(line);
    if (width > 0) {
      if (i + 1 == body.size() || ends_wrapped_paragraph(line, body[i + 1], width)) flush_wrapped();
    } else if (!has_blank_separator) {
      flush();  // one paragraph per line, as speeches are often typed
    }
  }
  if (width > 0) flush_wrapped();
  flush();
  if (!header.quoted_fragments) blocks = join_blocks_cut_mid_sentence(std::move(blocks));

  if (!document.metadata.symbol || !document.metadata.body) {
    read_un_cover_page(blocks, document.metadata);
  }
  document.blocks.reserve(blocks.size());
  for (auto& b : blocks) document.blocks.push_back(TextBlock{std::move(b), BlockHint::None, {}});
  return document;
}

}  // namespace concord
