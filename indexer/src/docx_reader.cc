// PLACEHOLDER being replaced by the docx reader implementation.
#include "concord/engine/error.hpp"
#include "concord/indexer/document_readers.hpp"

namespace concord {
ExtractedDocument read_docx(std::string_view) { throw DataError("docx reader not built yet"); }
}  // namespace concord
