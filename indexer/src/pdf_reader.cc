// PDF reader: poppler's page text to paragraphs, without running headers and page numbers.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <ctime>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "concord/indexer/document_readers.hpp"
#include "line_joining.hpp"

namespace concord {
namespace {

/// How many non-blank lines at the top and at the bottom of a page may be running text.
constexpr std::size_t kEdgeLines = 3;

/// A line whose right edge falls short of this share of the typical one ends a paragraph.
constexpr double kShortLineRatio = 0.75;

/// One line of page text as the physical layout placed it.
struct Line {
  std::string text;    // white space collapsed and trimmed; empty for a blank line
  std::size_t indent;  // columns before the first character
  std::size_t right;   // column after the last character
  bool page_start;     // the first line kept from its page
};

std::string to_string(const poppler::ustring& text) {
  const poppler::byte_array utf8 = text.to_utf8();
  return std::string(utf8.begin(), utf8.end());
}

std::size_t count_code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    std::erase_if(line, [](char c) { return c == '\r' || c == '\f'; });
    std::replace(line.begin(), line.end(), '\t', ' ');
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

// Page numbers and dates inside running headers change from page to page; the rest does not.
std::string running_text_key(std::string_view line) {
  std::string key = collapse_whitespace(line);
  for (char& c : key) {
    if (std::isdigit(static_cast<unsigned char>(c))) c = '#';
  }
  return key;
}

// The indices of the non-blank lines near the top and bottom of a page.
std::vector<std::size_t> edge_lines(const std::vector<std::string>& page) {
  std::vector<std::size_t> non_blank;
  for (std::size_t i = 0; i < page.size(); ++i) {
    if (!collapse_whitespace(page[i]).empty()) non_blank.push_back(i);
  }
  if (non_blank.size() <= 2 * kEdgeLines) return non_blank;
  std::vector<std::size_t> edges(non_blank.begin(), non_blank.begin() + kEdgeLines);
  edges.insert(edges.end(), non_blank.end() - kEdgeLines, non_blank.end());
  return edges;
}

// Blanks running headers and footers (text repeated at the edge of at least half of the
// pages, and of two pages at least) and page numbers at the edges.
void remove_running_text(std::vector<std::vector<std::string>>& pages) {
  std::map<std::string, std::size_t> pages_with_key;
  for (const auto& page : pages) {
    std::set<std::string> keys;
    for (const std::size_t i : edge_lines(page)) keys.insert(running_text_key(page[i]));
    for (const std::string& key : keys) ++pages_with_key[key];
  }
  const std::size_t threshold = std::max<std::size_t>(2, (pages.size() + 1) / 2);
  for (auto& page : pages) {
    for (const std::size_t i : edge_lines(page)) {
      if (is_page_number_line(page[i]) || pages_with_key[running_text_key(page[i])] >= threshold) {
        page[i].clear();
      }
    }
  }
}

std::vector<Line> to_lines(const std::vector<std::vector<std::string>>& pages) {
  std::vector<Line> lines;
  for (const auto& page : pages) {
    bool page_start = true;
    std::size_t pending_blanks = 0;
    for (const std::string& raw : page) {
      std::string text = collapse_whitespace(raw);
      if (text.empty()) {
        // Blank lines at the top or bottom of a page only separate it from headers and footers.
        if (!page_start) ++pending_blanks;
        continue;
      }
      if (pending_blanks > 0) lines.push_back({"", 0, 0, false});
      pending_blanks = 0;
      const std::size_t indent = raw.find_first_not_of(' ');
      const std::size_t right = indent + count_code_points(text);
      lines.push_back({std::move(text), indent, right, page_start});
      page_start = false;
    }
  }
  return lines;
}

bool starts_with_bullet(std::string_view line) {
  for (std::string_view bullet : {"\xE2\x80\xA2", "\xE2\x80\x93 ", "- ", "\xC2\xB7"}) {
    if (line.starts_with(bullet)) return true;
  }
  return false;
}

// A list marker opens a new paragraph: "12.", "3)", "(b)", "iv.", "•".
bool starts_with_list_marker(std::string_view line) {
  if (starts_with_bullet(line)) return true;
  std::size_t i = line.starts_with('(') ? 1 : 0;
  const std::size_t start = i;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i == start) {
    while (i < line.size() && i - start < 6 &&
           std::string_view("ivxlcIVXLC").find(line[i]) != std::string_view::npos) {
      ++i;
    }
  }
  if (i == start && i < line.size() && std::islower(static_cast<unsigned char>(line[i]))) ++i;
  if (i == start || i - start > 6 || i + 1 >= line.size()) return false;
  const bool closed = line[i] == ')' || (line[i] == '.' && start == 0);
  return closed && line[i + 1] == ' ';
}

struct Layout {
  std::size_t margin = 0;
  std::size_t typical_right = 0;
};

// The left margin is the most common indent; the typical right edge is the 75th percentile,
// which full lines of running text reach and paragraph ends, headings and list items do not.
Layout measure(const std::vector<Line>& lines) {
  std::map<std::size_t, std::size_t> indents;
  std::vector<std::size_t> rights;
  for (const Line& line : lines) {
    if (line.text.empty()) continue;
    ++indents[line.indent];
    rights.push_back(line.right);
  }
  Layout layout;
  if (rights.empty()) return layout;
  std::size_t best = 0;
  for (const auto& [indent, count] : indents) {
    if (count > best) {
      best = count;
      layout.margin = indent;
    }
  }
  const auto percentile = rights.begin() + static_cast<std::ptrdiff_t>(rights.size() * 3 / 4);
  std::nth_element(rights.begin(), percentile, rights.end());
  layout.typical_right = *percentile;
  return layout;
}

bool starts_new_paragraph(const Line& first, const Line& previous, const Line& next,
                          const Layout& layout) {
  const bool short_previous = static_cast<double>(previous.right) <
                              kShortLineRatio * static_cast<double>(layout.typical_right);
  // A paragraph that runs on fills its last line, on this page or on the one before.
  if (short_previous && !starts_lower_case(next.text)) return true;
  if (continues_sentence(previous.text, next.text)) return false;
  if (next.page_start) return true;
  const bool indented = next.indent > layout.margin + 1 && next.indent > previous.indent;
  // Bulleted items hang: their wrapped lines are indented past the bullet.
  const bool back_at_bullet = starts_with_bullet(first.text) && next.indent <= first.indent;
  return indented || back_at_bullet || starts_with_list_marker(next.text);
}

std::vector<TextBlock> to_paragraphs(const std::vector<Line>& lines) {
  const Layout layout = measure(lines);
  std::string all_text;
  for (const Line& line : lines) all_text.append(line.text).push_back('\n');
  // A typeset page hyphenates words to fit its lines.
  const HyphenEvidence evidence(all_text);
  const LineEnds line_ends{true, &evidence};
  std::vector<TextBlock> blocks;
  std::vector<std::string_view> paragraph;
  const Line* first = nullptr;
  const Line* previous = nullptr;
  auto flush = [&] {
    std::string text = join_wrapped_lines(paragraph, line_ends);
    if (!text.empty()) blocks.push_back({std::move(text), BlockHint::None, {}});
    paragraph.clear();
    first = nullptr;
    previous = nullptr;
  };
  for (const Line& line : lines) {
    if (line.text.empty()) {
      flush();
      continue;
    }
    if (previous != nullptr && starts_new_paragraph(*first, *previous, line, layout)) flush();
    if (first == nullptr) first = &line;
    paragraph.push_back(line.text);
    previous = &line;
  }
  flush();
  return blocks;
}

std::optional<std::string> iso_date(std::time_t time) {
  if (time <= 0) return std::nullopt;
  std::tm parts{};
  if (gmtime_r(&time, &parts) == nullptr) return std::nullopt;
  char buffer[16];
  if (std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &parts) == 0) return std::nullopt;
  return buffer;
}

// Word processors fill /Title with the source file's name when the author set no title.
bool is_file_name_title(std::string_view title) {
  const std::string lower = to_lower(title);
  if (lower.starts_with("microsoft word - ") || lower == "untitled") return true;
  for (std::string_view extension : {".doc", ".docx", ".rtf", ".odt", ".pdf", ".indd", ".txt"}) {
    if (lower.ends_with(extension)) return true;
  }
  return false;
}

void silence_poppler() {
  // Poppler prints every syntax complaint to stderr; the DataError we throw says enough.
  static const bool silenced = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)silenced;
}

}  // namespace

ExtractedDocument read_pdf(std::string_view bytes) {
  silence_poppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    throw DataError("malformed PDF: too large");
  }
  const std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) throw DataError("malformed PDF: cannot be parsed");
  if (pdf->is_locked()) throw DataError("encrypted PDF");

  std::vector<std::vector<std::string>> pages;
  for (int i = 0; i < pdf->pages(); ++i) {
    const std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) continue;
    pages.push_back(
        split_lines(to_string(page->text(poppler::rectf(), poppler::page::physical_layout))));
  }
  remove_running_text(pages);

  ExtractedDocument document;
  document.blocks = to_paragraphs(to_lines(pages));
  if (document.blocks.empty()) {
    throw DataError("PDF has no extractable text (scanned images?)");
  }
  std::string title = collapse_whitespace(to_string(pdf->info_key("Title")));
  if (!title.empty() && !is_file_name_title(title)) document.metadata.title = std::move(title);
  document.metadata.date = iso_date(pdf->info_date_t("CreationDate"));
  return document;
}

}  // namespace concord
