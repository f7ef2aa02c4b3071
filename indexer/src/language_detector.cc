// Language identification with exttextcat.
#include "language_detector.hpp"

#include <libexttextcat/textcat.h>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"

namespace concord {

struct LanguageDetector::Handle {
  void* textcat = nullptr;
  ~Handle() {
    if (textcat != nullptr) textcat_Done(textcat);
  }
};

LanguageDetector::LanguageDetector() : handle_(std::make_unique<Handle>()) {
  const std::string dir = CONCORD_EXTTEXTCAT_DIR "/";
  handle_->textcat = special_textcat_Init((dir + "fpdb.conf").c_str(), dir.c_str());
  if (handle_->textcat == nullptr) {
    throw EnvironmentError("cannot load language fingerprints from " + dir);
  }
}

LanguageDetector::~LanguageDetector() = default;

std::optional<std::string> LanguageDetector::detect(std::string_view text) const {
  // A few kilobytes decide as well as the whole document and cost far less.
  // The fingerprints are of lower-case text: a speech typed in capitals must not defeat them.
  std::string_view cut = text.substr(0, 4000);
  while (!cut.empty() && !is_valid_utf8(cut)) cut.remove_suffix(1);
  const std::string sample = to_lower(cut);
  const std::lock_guard lock(classifying_);
  const char* result = textcat_Classify(handle_->textcat, sample.data(), sample.size());
  if (result == nullptr) return std::nullopt;
  const std::string_view answer(result);
  // "[en--utf8]" names one language; "[en--utf8][fr--utf8]" is ambiguous; keep the first
  // when the text is long enough to trust it.
  if (!answer.starts_with("[")) return std::nullopt;
  const auto end = answer.find_first_of("-]");
  if (end == std::string_view::npos || end < 2) return std::nullopt;
  const bool ambiguous = answer.find("][") != std::string_view::npos;
  if (ambiguous && sample.size() < 200) return std::nullopt;
  return std::string(answer.substr(1, end - 1));
}

}  // namespace concord
