// Turns one file on disk into a Statement: reading, metadata precedence, normalisation.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string_view>

#include "concord/engine/statement.hpp"
#include "concord/indexer/document_readers.hpp"
#include "concord/indexer/extracted_document.hpp"

namespace concord {

class LanguageDetector;
class BodyNames;
class CountryNames;

/// Files larger than this are refused; statements are never that large, and a 200 MB file
/// is almost certainly not one.
inline constexpr std::uintmax_t kDefaultMaxFileBytes = 64ull * 1024 * 1024;

/// Reads files into statements. Holds the language detector (loaded when a statement first
/// needs it), so keep one per run.
class StatementLoader {
 public:
  StatementLoader();
  ~StatementLoader();
  StatementLoader(const StatementLoader&) = delete;
  StatementLoader& operator=(const StatementLoader&) = delete;

  /// Refuse files larger than `bytes`.
  void set_max_file_bytes(std::uintmax_t bytes) noexcept { max_file_bytes_ = bytes; }

  /// Loads `path`. Metadata precedence: `overrides` (command-line flags), then a sidecar
  /// `<path>.meta.yaml`, then what the document says. Missing title falls back to the first
  /// heading, then the file name; missing body to a body the title names ("G7 Leaders'
  /// Statement", data/bodies.yaml); missing language is detected. The id is the file name's
  /// slug. Throws DataError (message without the path) for an unsupported format, an empty
  /// or over-large file, invalid UTF-8, a malformed document or one without text.
  [[nodiscard]] Statement load_file(const std::filesystem::path& path,
                                    const DocumentMetadata& overrides = {}) const;

  /// Builds a statement from bytes already read; `path` names it (id, title fallback, format
  /// when `format` is not given) and is not opened, apart from its sidecar.
  [[nodiscard]] Statement load_bytes(std::string_view bytes, const std::filesystem::path& path,
                                     DocumentFormat format,
                                     const DocumentMetadata& overrides = {}) const;

 private:
  /// Loads the language fingerprints on first use: statements that name their language
  /// (front matter, sidecar, flags) never need them. Throws EnvironmentError when they cannot
  /// be loaded.
  [[nodiscard]] const LanguageDetector& language_detector() const;

  /// The bodies a title may name (data/bodies.yaml), read on first use: only statements
  /// that do not name their body need them.
  [[nodiscard]] const BodyNames& body_names() const;

  mutable std::once_flag detector_loaded_;
  mutable std::unique_ptr<LanguageDetector> language_detector_;
  /// Country names (Debian's iso-codes), read on first use: only General Debate speeches
  /// named by the UN General Debate Corpus's convention need them.
  [[nodiscard]] const CountryNames& country_names() const;

  mutable std::once_flag body_names_loaded_;
  mutable std::unique_ptr<BodyNames> body_names_;
  mutable std::once_flag country_names_loaded_;
  mutable std::unique_ptr<CountryNames> country_names_;
  std::uintmax_t max_file_bytes_ = kDefaultMaxFileBytes;
};

/// The normalised paragraphs of extracted blocks: NFC, white space collapsed, labels split,
/// kinds classified, empty blocks dropped. Throws DataError on invalid UTF-8.
[[nodiscard]] std::vector<Paragraph> build_paragraphs(const std::vector<TextBlock>& blocks);

/// 64-bit FNV-1a digest of `bytes`: stable across runs and machines, unlike std::hash.
[[nodiscard]] std::uint64_t fnv1a_digest(std::string_view bytes);

/// fnv1a_digest of `bytes` as 16 hex digits.
[[nodiscard]] std::string content_digest(std::string_view bytes);

/// The digest of paragraphs as read: their labels, kinds and texts, in order. Files that
/// differ only in blank lines, line endings or where lines wrap read as the same paragraphs.
[[nodiscard]] std::string paragraphs_digest(const std::vector<Paragraph>& paragraphs);

}  // namespace concord
