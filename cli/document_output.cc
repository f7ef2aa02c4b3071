// Results as a document to read or share: Markdown, or one self-contained HTML page.
#include "document_output.hpp"

#include <string_view>
#include <utility>

#include "concord/engine/report.hpp"

namespace concord::cli {
namespace {

const char* const kStyle = R"(
body { font-family: "DejaVu Sans", "Liberation Sans", "Noto Sans", Arial, sans-serif;
       font-size: 14px; line-height: 1.4; color: #1a1a1a; margin: 1.5em; }
h1 { font-size: 1.6em; margin: 0 0 .4em; }
h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
p { margin: .4em 0; }
table { border-collapse: collapse; margin: .6em 0; }
th, td { border: 1px solid #c9c9c9; padding: .3em .55em; vertical-align: top; text-align: left; }
thead th { background: #f4f4f4; border-bottom: 2px solid #888; }
mark { background: #ffe16b; color: inherit; padding: 0 .08em; border-radius: 2px; }
ins { background: #e3f2e5; color: #1b5e20; text-decoration: none; font-weight: bold; }
del { background: #fbe4e6; color: #b00020; }
@media print {
  body { margin: 0; font-size: 9pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
)";

// `text` between the tags `open` and `close`, the spaces around it outside them: a marked
// space reads as a change of its own.
std::string wrapped(const std::string& text, std::string_view open, std::string_view close) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return text;
  const auto last = text.find_last_not_of(' ');
  return text.substr(0, first) + std::string(open) + text.substr(first, last + 1 - first) +
         std::string(close) + text.substr(last + 1);
}

// The spaces around a span stay outside its marks, and so does punctuation at its ends
// (emphasise_markdown): otherwise Markdown reads no emphasis.
std::string emphasised(const std::string& text, std::string_view mark) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return text;
  const auto last = text.find_last_not_of(' ');
  return text.substr(0, first) +
         emphasise_markdown(std::string_view(text).substr(first, last + 1 - first), mark) +
         text.substr(last + 1);
}

std::string markdown_span(const Span& span) {
  switch (span.emphasis) {
    case Emphasis::None:
      return escape_markdown_cell(span.text);
    case Emphasis::Marked:
    case Emphasis::Added:
      return emphasised(span.text, "**");
    case Emphasis::Missing:
      return emphasised(span.text, "~~");
  }
  return escape_markdown_cell(span.text);
}

std::string markdown_cell(const Cell& cell) {
  std::string out;
  for (const Span& span : cell.spans) out += markdown_span(span);
  return out;
}

std::string html_span(const Span& span) {
  const std::string text = escape_html(span.text);
  switch (span.emphasis) {
    case Emphasis::None:
      return text;
    case Emphasis::Marked:
      return wrapped(text, "<mark>", "</mark>");
    case Emphasis::Added:
      return wrapped(text, "<ins>", "</ins>");
    case Emphasis::Missing:
      return wrapped(text, "<del>", "</del>");
  }
  return text;
}

std::string html_cell(const Cell& cell) {
  std::string out;
  for (const Span& span : cell.spans) out += html_span(span);
  return out;
}

std::string html_table(const Table& table) {
  std::string out = "<section>\n";
  if (!table.caption.empty()) out += "<h2>" + escape_html(table.caption) + "</h2>\n";
  for (const std::string& note : table.notes) out += "<p>" + escape_html(note) + "</p>\n";
  if (table.rows.empty() && !table.when_empty.empty()) {
    return out + "<p>" + escape_html(table.when_empty) + "</p>\n</section>\n";
  }
  out += "<table>\n<thead><tr>";
  for (const std::string& name : table.header) out += "<th>" + escape_html(name) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const std::vector<Cell>& row : table.rows) {
    out += "<tr>";
    for (const Cell& cell : row) out += "<td>" + html_cell(cell) + "</td>";
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

}  // namespace

Cell::Cell(std::string text) : spans{Span{std::move(text)}} {}

Cell::Cell(const char* text) : Cell(std::string(text)) {}

Cell::Cell(std::vector<Span> parts) : spans(std::move(parts)) {}

std::string markdown_table(const Table& table) {
  std::string out = "|";
  for (const std::string& name : table.header)
    out.append(" ").append(escape_markdown_cell(name)).append(" |");
  out += "\n|";
  for (std::size_t i = 0; i < table.header.size(); ++i) out += "---|";
  out += "\n";
  for (const std::vector<Cell>& row : table.rows) {
    out += "|";
    for (const Cell& cell : row) out.append(" ").append(markdown_cell(cell)).append(" |");
    out += "\n";
  }
  return out;
}

std::string markdown_document(const Document& document) {
  std::string out = "# " + escape_markdown_cell(document.title) + "\n\n";
  for (const std::string& note : document.notes) out += escape_markdown_cell(note) + "\n\n";
  for (const Table& table : document.tables) {
    if (!table.caption.empty()) out += "## " + escape_markdown_cell(table.caption) + "\n\n";
    for (const std::string& note : table.notes) out += escape_markdown_cell(note) + "\n\n";
    if (table.rows.empty() && !table.when_empty.empty()) {
      out += escape_markdown_cell(table.when_empty) + "\n\n";
    } else {
      out += markdown_table(table) + "\n";
    }
  }
  // Every block ends with a blank line; the document ends with a single line end.
  out.pop_back();
  return out;
}

std::string html_page(const Document& document) {
  std::string out = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n";
  // Defence in depth, as in the report: even a text that escaped escaping could run no script
  // nor fetch anything.
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"Concord\">\n";
  out += "<title>" + escape_html(document.title) + "</title>\n<style>" + kStyle + "</style>\n";
  out += "</head>\n<body>\n<h1>" + escape_html(document.title) + "</h1>\n";
  for (const std::string& note : document.notes) out += "<p>" + escape_html(note) + "</p>\n";
  for (const Table& table : document.tables) out += html_table(table);
  return out + "</body>\n</html>\n";
}

std::string render_document(const Document& document, OutputFormat format) {
  return format == OutputFormat::Html ? html_page(document) : markdown_document(document);
}

}  // namespace concord::cli
