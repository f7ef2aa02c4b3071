// Language identification with exttextcat (Debian's libexttextcat).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace concord {

/// Guesses the language of a text from character n-gram fingerprints.
class LanguageDetector {
 public:
  /// Loads the fingerprints shipped by libexttextcat-data, and the list of those a short text
  /// is matched against (data/languages); throws EnvironmentError when either is missing.
  LanguageDetector();
  ~LanguageDetector();
  LanguageDetector(const LanguageDetector&) = delete;
  LanguageDetector& operator=(const LanguageDetector&) = delete;

  /// ISO 639-1 code of the most likely language, or nullopt when the text is too short or
  /// the guess is ambiguous. A short text (a title, one line) is matched against the
  /// languages multilateral statements are written in only.
  [[nodiscard]] std::optional<std::string> detect(std::string_view text) const;

 private:
  struct Handle;
  std::unique_ptr<Handle> handle_;
  // exttextcat classifies in buffers of its handle: one text at a time.
  mutable std::mutex classifying_;
};

}  // namespace concord
