// Format readers: bytes of a .txt, .md, .html, .pdf, .docx or Akoma Ntoso .xml file to an
// ExtractedDocument.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "concord/indexer/extracted_document.hpp"

namespace concord {

enum class DocumentFormat { Text, Markdown, Html, Pdf, Docx, AkomaNtoso };

/// The format a file's extension names (case-insensitive), or nullopt for an unsupported one.
[[nodiscard]] std::optional<DocumentFormat> format_from_path(const std::filesystem::path& path);

/// Plain text. A leading block of `key: value` lines followed by a blank line is metadata
/// (source, issuer -> body, title, date, language, symbol). Blocks between blank lines are
/// paragraphs, with lines wrapped mid-sentence re-joined and end-of-line hyphenation undone;
/// a file without blank lines has one paragraph per line. Lines that are only a page number
/// are dropped. A UN cover page (symbol, "Resolution adopted by ... on DATE") gives metadata.
[[nodiscard]] ExtractedDocument read_text(std::string_view bytes);

/// Markdown with optional YAML front matter (title, date, body/issuer, language, symbol).
/// Headings, list items and paragraphs separated by blank lines become blocks.
[[nodiscard]] ExtractedDocument read_markdown(std::string_view bytes);

/// HTML (gumbo): headings, <p>, <li>, table cells and <blockquote> become blocks; script,
/// style, nav, header, footer, aside, form and similar boilerplate are dropped.
/// <title> gives the title.
[[nodiscard]] ExtractedDocument read_html(std::string_view bytes);

/// PDF (poppler-cpp): lines wrapped mid-sentence re-joined, end-of-line hyphenation undone,
/// running headers, footers and page numbers that repeat across pages dropped. Throws
/// DataError for a malformed, encrypted or text-less PDF.
[[nodiscard]] ExtractedDocument read_pdf(std::string_view bytes);

/// DOCX (libzip + pugixml): one block per non-empty `w:p`; heading styles become headings;
/// list numbering becomes the label ("1.", "(a)"). Throws DataError for a malformed file.
[[nodiscard]] ExtractedDocument read_docx(std::string_view bytes);

/// Akoma Ntoso XML (pugixml), as the UN publishes resolutions (AKN4UN): one block per <p>,
/// <heading> and <subheading> of the cover page, preface, preamble, body, conclusions and
/// annexes; a <num> labels the block after it; footnotes are left out. Metadata: the work's
/// adoption date, its language, and the symbol, issuing organ and title of the cover page
/// and preface. Throws DataError for malformed XML or XML that is not Akoma Ntoso.
[[nodiscard]] ExtractedDocument read_akoma_ntoso(std::string_view bytes);

/// True when the first 4 KB of a file name the Akoma Ntoso root element: an .xml file in a
/// folder is a statement only then.
[[nodiscard]] bool looks_like_akoma_ntoso(std::string_view bytes);

/// Dispatches to the reader for `format`.
[[nodiscard]] ExtractedDocument read_document(DocumentFormat format, std::string_view bytes);

}  // namespace concord
