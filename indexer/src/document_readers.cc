// Chooses the reader for a file from its extension.
#include "concord/indexer/document_readers.hpp"

#include "concord/engine/text.hpp"

namespace concord {

std::optional<DocumentFormat> format_from_path(const std::filesystem::path& path) {
  const std::string extension = to_lower(path.extension().string());
  if (extension == ".txt" || extension == ".text") return DocumentFormat::Text;
  if (extension == ".md" || extension == ".markdown") return DocumentFormat::Markdown;
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml")
    return DocumentFormat::Html;
  if (extension == ".pdf") return DocumentFormat::Pdf;
  if (extension == ".docx") return DocumentFormat::Docx;
  if (extension == ".xml" || extension == ".akn") return DocumentFormat::AkomaNtoso;
  return std::nullopt;
}

ExtractedDocument read_document(DocumentFormat format, std::string_view bytes) {
  switch (format) {
    case DocumentFormat::Text:
      return read_text(bytes);
    case DocumentFormat::Markdown:
      return read_markdown(bytes);
    case DocumentFormat::Html:
      return read_html(bytes);
    case DocumentFormat::Pdf:
      return read_pdf(bytes);
    case DocumentFormat::Docx:
      return read_docx(bytes);
    case DocumentFormat::AkomaNtoso:
      return read_akoma_ntoso(bytes);
  }
  return {};
}

}  // namespace concord
