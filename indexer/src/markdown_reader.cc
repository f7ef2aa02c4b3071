// Markdown reader: YAML front matter (yaml-cpp), then headings, list items and paragraphs.
#include <yaml-cpp/yaml.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/indexer/document_readers.hpp"
#include "emphasised_headings.hpp"
#include "line_joining.hpp"
#include "metadata_fields.hpp"
#include "text_regex.hpp"

namespace concord {
namespace {

// Front matter between a first line "---" and the next "---" or "...".
std::size_t read_front_matter(const std::vector<std::string_view>& lines,
                              DocumentMetadata& metadata) {
  if (lines.empty() || trim_spaces(lines[0]) != "---") return 0;
  std::size_t end = 1;
  while (end < lines.size() && trim_spaces(lines[end]) != "---" && trim_spaces(lines[end]) != "...")
    ++end;
  if (end == lines.size()) return 0;
  std::string yaml;
  for (std::size_t i = 1; i < end; ++i) {
    yaml.append(lines[i]);
    yaml.push_back('\n');
  }
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::Exception& e) {
    throw DataError("malformed YAML front matter: " + e.msg);
  }
  // Markdown files often open with "---" rules that are not front matter at all.
  if (root.IsMap()) set_metadata_from_yaml(metadata, root);
  return end + 1;
}

// Removes inline Markdown: links keep their text, images vanish, emphasis and code marks go.
std::string strip_inline_markup(std::string_view text) {
  // A destination may hold balanced parentheses, as Wikipedia's do: "(https://e.org/a_(b))".
  static const boost::regex image = text_regex(R"(!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\))");
  static const boost::regex link = text_regex(R"(\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\))");
  static const boost::regex html_comment = text_regex(R"(<!--.*?-->)");
  // Inline HTML that converters leave in Markdown: "**<u>A Global Force for Good</u>**".
  static const boost::regex inline_html =
      text_regex(R"(</?(?:u|b|i|em|strong|sup|sub|span|small|mark)\b[^<>]*>)");
  // "***bold italic***" before "**bold**", or one asterisk would stay on each side.
  static const boost::regex emphasis = text_regex(R"((\*\*\*|\*\*|__|\*|`)(\S(?:.*?\S)?)\1)");
  static const boost::regex underscore_emphasis = text_regex(R"((^|\W)_(\S(?:.*?\S)?)_(\W|$))");
  static const boost::regex escape = text_regex(R"(\\([\\`*_{}\[\]()#+\-.!|]))");
  std::string s(text);
  // Regular expressions are slow, and most paragraphs hold no markup at all: each pattern
  // runs only when the text holds the characters it needs (a fifth of the time of comparing
  // two Markdown files of 100 paragraphs went here).
  auto holds = [&s](std::string_view needed) { return s.find(needed) != std::string::npos; };
  try {
    if (holds("<!--")) s = boost::regex_replace(s, html_comment, "");
    if (holds("<")) s = boost::regex_replace(s, inline_html, "");
    if (holds("](")) {
      s = boost::regex_replace(s, image, "");
      s = boost::regex_replace(s, link, "$1");
    }
    if (s.find_first_of("*_`") != std::string::npos) s = boost::regex_replace(s, emphasis, "$2");
    if (holds("_")) s = boost::regex_replace(s, underscore_emphasis, "$1$2$3");
    if (holds("\\")) s = boost::regex_replace(s, escape, "$1");
  } catch (const std::runtime_error&) {
    // Boost.Regex gave up on a paragraph too long and too full of marks to match within its
    // bounds: its words are kept with their marks.
    return std::string(text);
  }
  return s;
}

struct LineShape {
  enum class Kind { Text, Heading, ListItem, TableRow, TableRule, Rule } kind = Kind::Text;
  std::string_view content;
};

LineShape shape_of(std::string_view line) {
  std::string_view t = trim_spaces(line);
  if (t.starts_with(">")) t = trim_spaces(t.substr(1));
  if (t.starts_with("#")) {
    std::size_t level = 0;
    while (level < t.size() && t[level] == '#') ++level;
    if (level <= 6 && (level == t.size() || t[level] == ' ')) {
      std::string_view content = trim_spaces(t.substr(level));
      while (content.ends_with("#")) content = trim_spaces(content.substr(0, content.size() - 1));
      return {LineShape::Kind::Heading, content};
    }
  }
  if (t == "---" || t == "***" || t == "___") return {LineShape::Kind::Rule, {}};
  if (t.starts_with("|")) {
    const bool rule = t.find_first_not_of("|-: ") == std::string_view::npos;
    return {rule ? LineShape::Kind::TableRule : LineShape::Kind::TableRow, t};
  }
  if (t.size() > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
    return {LineShape::Kind::ListItem, trim_spaces(t.substr(2))};
  }
  // Ordered items keep their number: it is the paragraph's label ("1. We have ...").
  std::size_t digits = 0;
  while (digits < t.size() && digits < 4 && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < t.size() && (t[digits] == '.' || t[digits] == ')') &&
      t[digits + 1] == ' ') {
    return {LineShape::Kind::ListItem, t};
  }
  return {LineShape::Kind::Text, t};
}

std::string table_row_text(std::string_view row) {
  std::string out;
  std::size_t start = 0;
  while (start < row.size()) {
    std::size_t end = row.find('|', start);
    if (end == std::string_view::npos) end = row.size();
    const std::string_view cell = trim_spaces(row.substr(start, end - start));
    if (!cell.empty()) {
      if (!out.empty()) out.append("; ");
      out.append(cell);
    }
    start = end + 1;
  }
  return out;
}

// "**4. Support to stop Russia's war of aggression**": a block set wholly in bold (or bold
// italic) is the section heading of a text converted from a web page, which rarely uses "#".
// Read as a paragraph, it linked to paragraphs on its subject in other statements.
bool is_bold_line_heading(std::string_view raw, std::string_view text) {
  raw = trim_spaces(raw);
  const bool wrapped = raw.size() > 4 && ((raw.starts_with("**") && raw.ends_with("**")) ||
                                          (raw.starts_with("__") && raw.ends_with("__")));
  if (!wrapped) return false;
  // "**Trade** and **investment**" is two bold words in a line of text.
  const std::string_view inner = raw.substr(2, raw.size() - 4);
  if (inner.find(raw.substr(0, 2)) != std::string_view::npos) return false;
  return bold_block_is_heading(text);
}

}  // namespace

ExtractedDocument read_markdown(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  ExtractedDocument document;
  const std::vector<std::string_view> lines = split_lines(bytes);
  const std::size_t body_start = read_front_matter(lines, document.metadata);

  std::vector<std::string_view> current;
  auto flush = [&] {
    if (current.empty()) return;
    const std::string raw = join_wrapped_lines(current);
    std::string text = strip_inline_markup(raw);
    current.clear();
    if (trim_spaces(text).empty()) return;
    const BlockHint hint = is_bold_line_heading(raw, text) ? BlockHint::Heading : BlockHint::None;
    document.blocks.push_back(TextBlock{std::move(text), hint, {}});
  };
  bool in_code_fence = false;
  for (std::size_t i = body_start; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (trim_spaces(line).starts_with("```") || trim_spaces(line).starts_with("~~~")) {
      flush();
      in_code_fence = !in_code_fence;
      continue;
    }
    if (in_code_fence) continue;
    if (is_blank_line(line)) {
      flush();
      continue;
    }
    const LineShape shape = shape_of(line);
    switch (shape.kind) {
      case LineShape::Kind::Heading:
        flush();
        if (!shape.content.empty()) {
          document.blocks.push_back(
              TextBlock{strip_inline_markup(shape.content), BlockHint::Heading, {}});
        }
        break;
      case LineShape::Kind::Rule:
      case LineShape::Kind::TableRule:
        flush();
        break;
      case LineShape::Kind::TableRow:
        flush();
        document.blocks.push_back(
            TextBlock{strip_inline_markup(table_row_text(shape.content)), BlockHint::None, {}});
        break;
      case LineShape::Kind::ListItem:
        flush();
        current.push_back(shape.content);
        break;
      case LineShape::Kind::Text:
        // "**Peace and Stability**" on the line above its section's first paragraph, as
        // converters write a web page's bold title and line break: the title is a heading
        // of its own, not the paragraph's first words.
        if (current.empty()) {
          std::string text = strip_inline_markup(shape.content);
          if (is_bold_line_heading(shape.content, text)) {
            document.blocks.push_back(TextBlock{std::move(text), BlockHint::Heading, {}});
            break;
          }
        }
        current.push_back(shape.content);
        break;
    }
  }
  flush();
  if (!document.metadata.title) {
    for (const auto& block : document.blocks) {
      if (block.hint == BlockHint::Heading) {
        document.metadata.title = block.text;
        break;
      }
    }
  }
  return document;
}

}  // namespace concord
