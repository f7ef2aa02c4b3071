// Language identification with exttextcat.
#include "language_detector.hpp"

#include <libexttextcat/textcat.h>

#include <filesystem>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "concord/indexer/term_statistics_sources.hpp"

namespace concord {
namespace {

// Below this many bytes a text has too few n-grams to tell close languages apart.
constexpr std::size_t kShortText = 300;

void* load_fingerprints(const std::string& conf) {
  const std::string dir = CONCORD_EXTTEXTCAT_DIR "/";
  void* textcat = special_textcat_Init(conf.c_str(), dir.c_str());
  if (textcat == nullptr) {
    throw EnvironmentError("cannot load language fingerprints from " + dir + " listed in " + conf);
  }
  return textcat;
}

}  // namespace

struct LanguageDetector::Handle {
  void* every_language = nullptr;
  void* statement_languages = nullptr;
  ~Handle() {
    if (every_language != nullptr) textcat_Done(every_language);
    if (statement_languages != nullptr) textcat_Done(statement_languages);
  }
};

LanguageDetector::LanguageDetector() : handle_(std::make_unique<Handle>()) {
  // The fingerprints of short texts are few: loaded now, they tell early when the data is
  // missing; those of every language (most of the start-up cost) wait for a long text.
  handle_->statement_languages =
      load_fingerprints((data_directory() / "languages" / "short-text-fingerprints.conf").string());
}

LanguageDetector::~LanguageDetector() = default;

std::optional<std::string> LanguageDetector::detect(std::string_view text) const {
  // A few kilobytes decide as well as the whole document and cost far less.
  // The fingerprints are of lower-case text: a speech typed in capitals must not defeat them.
  std::string_view cut = text.substr(0, 4000);
  while (!cut.empty() && !is_valid_utf8(cut)) cut.remove_suffix(1);
  const std::string sample = to_lower(cut);
  const std::lock_guard lock(classifying_);
  const char* result = textcat_Classify(handle_->statement_languages, sample.data(), sample.size());
  // A long text that none of the languages of statements claims alone is matched against
  // every language (the fingerprints of all of them take most of the start-up time).
  if (sample.size() >= kShortText &&
      (result == nullptr || std::string_view(result).find("][") != std::string_view::npos ||
       !std::string_view(result).starts_with("["))) {
    if (handle_->every_language == nullptr)
      handle_->every_language = load_fingerprints(CONCORD_EXTTEXTCAT_DIR "/fpdb.conf");
    result = textcat_Classify(handle_->every_language, sample.data(), sample.size());
  }
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
