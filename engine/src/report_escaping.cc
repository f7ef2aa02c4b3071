// Escaping document text for HTML and for Markdown table cells.
#include <cctype>
#include <string>
#include <string_view>

#include "concord/engine/report.hpp"

namespace concord {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

// Bytes of the punctuation or space character `text` starts (or, `at_end`, ends) with: ASCII
// punctuation and white space, or the quotes, dashes and marks of typeset text; 0 for
// anything else.
std::size_t punctuation_length(std::string_view text, bool at_end) {
  if (text.empty()) return 0;
  const char edge = at_end ? text.back() : text.front();
  if (static_cast<unsigned char>(edge) < 0x80) {
    const auto c = static_cast<unsigned char>(edge);
    return std::ispunct(c) || std::isspace(c) ? 1 : 0;
  }
  for (const std::string_view mark : {"\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014",
                                      "\u2026", "\u00AB", "\u00BB", "\u00BF", "\u00A1"}) {
    if (at_end ? text.ends_with(mark) : text.starts_with(mark)) return mark.size();
  }
  return 0;
}

}  // namespace

std::string emphasise_markdown(std::string_view text, std::string_view mark) {
  std::size_t start = 0, end = text.size();
  while (std::size_t n = punctuation_length(text.substr(start, end - start), false)) start += n;
  while (std::size_t n = punctuation_length(text.substr(start, end - start), true)) end -= n;
  if (start == end) return escape_markdown_cell(text);
  return escape_markdown_cell(text.substr(0, start)) + std::string(mark) +
         escape_markdown_cell(text.substr(start, end - start)) + std::string(mark) +
         escape_markdown_cell(text.substr(end));
}

std::string escape_markdown_cell(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += ' ';
        break;
      case '\n':
        out += ' ';
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
        out += '\\';
        out += c;
        break;
      // Character references rather than backslashes: every Markdown renders them as the
      // character, and none then sees a tag ("<script>") in the text.
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&': {
        // Only where it could start a character reference ("&amp;", "&#60;").
        const bool reference =
            i + 1 < text.size() &&
            (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#');
        out += reference ? "&amp;" : "&";
        break;
      }
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace concord
