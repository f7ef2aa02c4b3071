// The built-in table of English spelling variants.
#include "concord/engine/spelling_variants.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <memory>

namespace concord {

// Written by CMake from data/spelling-variants/en.tsv (spelling_variants_data.cc.in).
extern const std::string_view kEnglishSpellingVariants;

namespace {

const SpellingVariants& english_variants() {
  // Immutable once built; C++ makes the first call's initialisation thread-safe.
  static const SpellingVariants variants = [] {
    const std::unique_ptr<sb_stemmer, decltype(&sb_stemmer_delete)> stemmer(
        sb_stemmer_new("en", "UTF_8"), &sb_stemmer_delete);
    return SpellingVariants::parse(kEnglishSpellingVariants, [&](const std::string& word) {
      const sb_symbol* out =
          sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                          static_cast<int>(word.size()));
      return std::string(reinterpret_cast<const char*>(out),
                         static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
    });
  }();
  return variants;
}

}  // namespace

const SpellingVariants& SpellingVariants::of(std::string_view language) {
  static const SpellingVariants none;
  return language == "en" ? english_variants() : none;
}

std::string_view SpellingVariants::american(std::string_view word) const {
  const auto it = american_.find(word);
  return it == american_.end() ? word : std::string_view(it->second);
}

const std::vector<std::string>& SpellingVariants::british_stems(std::string_view stem) const {
  static const std::vector<std::string> none;
  const auto it = british_stems_.find(stem);
  return it == british_stems_.end() ? none : it->second;
}

std::string_view SpellingVariants::american_stem(std::string_view stem) const {
  const auto it = american_stems_.find(stem);
  return it == american_stems_.end() ? stem : std::string_view(it->second);
}

void SpellingVariants::add(std::string british, std::string american,
                           const std::string& british_stem, const std::string& american_stem) {
  american_.emplace(std::move(british), std::move(american));
  if (british_stem == american_stem) return;
  american_stems_.emplace(british_stem, american_stem);
  auto& stems = british_stems_[american_stem];
  if (std::find(stems.begin(), stems.end(), british_stem) == stems.end())
    stems.push_back(british_stem);
}

}  // namespace concord
