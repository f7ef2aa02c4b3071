// Snowball stemming (Debian's libstemmer) of lower-case words, by language.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace concord {

/// Reduces inflected words to a common stem ("condemns", "condemned" -> "condemn").
/// Not thread-safe: use one per thread.
class Stemmer {
 public:
  /// A stemmer for an ISO 639-1 code ("en", "es", "fr", "ru", "ar", ...); for a language
  /// Snowball does not know, stem() returns the word unchanged.
  explicit Stemmer(const std::string& language);
  ~Stemmer();
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;

  /// The stem of `lower_case_word` (callers lower-case first). An English word spelled the
  /// British way gets the stem of its American spelling (SpellingVariants): "organised" and
  /// "organized" are one term.
  [[nodiscard]] std::string stem(std::string_view lower_case_word);

  /// True when the language has a real stemmer.
  [[nodiscard]] bool stems() const noexcept { return handle_ != nullptr; }

 private:
  struct Handle;
  std::unique_ptr<Handle> handle_;
};

/// One stemmer per language, made when first asked for: for texts of several languages.
/// Not thread-safe: use one per thread.
class Stemmers {
 public:
  [[nodiscard]] Stemmer& of(const std::string& language) {
    auto it = by_language_.find(language);
    if (it == by_language_.end()) it = by_language_.emplace(language, Stemmer(language)).first;
    return it->second;
  }

 private:
  std::map<std::string, Stemmer> by_language_;
};

}  // namespace concord
