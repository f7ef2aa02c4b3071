// Results as a document to read or share: Markdown, or one self-contained HTML page.
#pragma once

#include <string>
#include <vector>

#include "command_line.hpp"

namespace concord::cli {

/// How a stretch of a cell stands out: a match of a query, or words a wording adds to or
/// lacks from the one it is compared with.
enum class Emphasis { None, Marked, Added, Missing };

/// A stretch of document text with one emphasis.
struct Span {
  std::string text;
  Emphasis emphasis = Emphasis::None;
};

/// The content of one table cell: document text, escaped when rendered.
struct Cell {
  /// Plain text converts implicitly, so that a row of plain cells is written as a list of
  /// strings.
  Cell(std::string text);
  Cell(const char* text);
  explicit Cell(std::vector<Span> parts);

  std::vector<Span> spans;
};

/// A table of results: a heading, paragraphs before it, column names and rows.
struct Table {
  /// The heading above the table; none when empty.
  std::string caption;
  /// Paragraphs between the heading and the table.
  std::vector<std::string> notes;
  std::vector<std::string> header;
  /// Rows of cells, as many as `header` has names.
  std::vector<std::vector<Cell>> rows;
  /// Said instead of the table when it has no rows ("no speech acts found"); when empty, the
  /// table is written with its header alone.
  std::string when_empty;
};

/// A document of results: a title, paragraphs under it, then tables.
struct Document {
  std::string title;
  std::vector<std::string> notes;
  std::vector<Table> tables;
};

/// `table` as a Markdown (GitHub) table: a header row, a `|---|` separator, one line per row.
/// Every piece of text is escaped as escape_markdown_cell does it; marked and added words are
/// in bold, missing ones struck through (~~).
[[nodiscard]] std::string markdown_table(const Table& table);

/// `document` as Markdown: a `#` heading, its notes as paragraphs, then each table under a
/// `##` heading of its caption.
[[nodiscard]] std::string markdown_document(const Document& document);

/// `document` as one self-contained HTML page (inline CSS, no scripts, nothing fetched): the
/// title as <title> and <h1>, the notes, then each table under an <h2> of its caption. Marked
/// words are <mark>, added ones <ins>, missing ones <del>. Every piece of document text is
/// escaped with escape_html.
[[nodiscard]] std::string html_page(const Document& document);

/// html_page(document) for OutputFormat::Html, else markdown_document(document): the two
/// document formats of the commands that print data.
[[nodiscard]] std::string render_document(const Document& document, OutputFormat format);

}  // namespace concord::cli
