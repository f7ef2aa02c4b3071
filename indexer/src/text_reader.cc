// Plain-text reader: header lines, blank-line blocks, wrapped lines, UN cover pages.
#include <regex>
#include <string>
#include <vector>

#include "concord/engine/paragraph_structure.hpp"
#include "concord/indexer/document_readers.hpp"
#include "line_joining.hpp"
#include "metadata_fields.hpp"

namespace concord {
namespace {

struct Header {
  /// The lines it takes, blank line included; 0 when the file has no header.
  std::size_t lines = 0;
  /// "kind: quoted-fragments": each block is a quotation cut out of a longer text.
  bool quoted_fragments = false;
};

// A header is two or more "key: value" lines with keys of letters and underscores, then a
// blank line.
Header read_header(const std::vector<std::string_view>& lines, DocumentMetadata& metadata) {
  static const std::regex key_value(R"(^([A-Za-z][A-Za-z_]{1,20}):\s*(.*)$)");
  std::size_t i = 0;
  DocumentMetadata found;
  std::size_t known = 0;
  bool quoted_fragments = false;
  for (; i < lines.size() && !is_blank_line(lines[i]); ++i) {
    std::cmatch m;
    if (!std::regex_match(lines[i].begin(), lines[i].end(), m, key_value)) return {};
    if (set_metadata_field(found, m[1].str(), m[2].str())) ++known;
    if (m[1].str() == "kind" && m[2].str().starts_with("quoted-fragments")) quoted_fragments = true;
  }
  if (i < 2 || i >= lines.size() || known == 0) return {};
  metadata = found;
  return {i + 1, quoted_fragments};
}

// A block whose lines mostly end sentences holds one paragraph per line (speeches typed that
// way, with a blank line here and there); other blocks are paragraphs wrapped over lines.
// A line that ends in a colon, or a line that starts with a list label, stays with its
// neighbour: a lead-in and its items are one paragraph.
void add_block_paragraphs(const std::vector<std::string_view>& lines,
                          std::vector<std::string>& blocks) {
  if (lines.empty()) return;
  std::size_t line_ends = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) line_ends += ends_sentence(lines[i]) ? 1 : 0;
  const bool line_per_paragraph = lines.size() > 1 && 2 * line_ends >= lines.size() - 1;
  std::vector<std::string_view> paragraph;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    paragraph.push_back(lines[i]);
    const bool last = i + 1 == lines.size();
    const std::string_view line = trim_spaces(lines[i]);
    if (last || (line_per_paragraph && ends_sentence(line) && !line.ends_with(':') &&
                 split_label(trim_spaces(lines[i + 1])).label.empty())) {
      std::string joined = join_wrapped_lines(paragraph);
      paragraph.clear();
      if (!joined.empty()) blocks.push_back(std::move(joined));
    }
  }
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
  static const std::regex symbol(R"(^(A|S|E|A/ES-\d+)/[A-Z0-9./()\-]+( \(\d{4}\))?$)");
  static const std::regex adopted(R"(^(Resolution .*)?[Aa]dopted by the (.+?) (on|at its) )");
  static const std::regex date_line(R"(^\d{1,2} [A-Z][a-z]+ \d{4}$)");
  static const std::regex numbered_title(R"(^(\d+/\d+|\d+ \(\d{4}\))\.?\s+\S)");
  static const std::regex resolution_heading(R"(^(RESOLUTION|Resolution) \d+ \(\d{4}\)$)");
  std::optional<std::string> distribution_date;
  const std::size_t limit = std::min<std::size_t>(blocks.size(), 16);
  for (std::size_t i = 0; i < limit; ++i) {
    const std::string& b = blocks[i];
    if (!metadata.symbol && std::regex_match(b, symbol)) {
      metadata.symbol = b;
    } else if (!metadata.body && (b == "General Assembly" || b == "Security Council" ||
                                  b == "Economic and Social Council")) {
      metadata.body = "United Nations " + b;
    } else if (std::regex_search(b, adopted)) {
      if (!metadata.date) metadata.date = parse_date(b);
    } else if (!distribution_date && std::regex_match(b, date_line)) {
      distribution_date = parse_date(b);
    } else if (!metadata.title && b.size() < 400 && (metadata.symbol || metadata.body) &&
               (std::regex_search(b, numbered_title) || std::regex_match(b, resolution_heading))) {
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

  std::vector<std::string> blocks;
  std::vector<std::string_view> current;
  auto flush = [&] {
    add_block_paragraphs(current, blocks);
    current.clear();
  };
  for (std::size_t i = body_start; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (is_blank_line(line)) {
      flush();
      continue;
    }
    if (is_page_number_line(line)) continue;
    current.push_back(line);
    // Without blank lines, each line is a paragraph (one speech paragraph per line).
    if (!has_blank_separator) flush();
  }
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
