// The built-in table of English spelling variants.
#include "concord/engine/spelling_variants.hpp"

#include <algorithm>
#include <array>

#include "concord/engine/term_statistics.hpp"

namespace concord {

// Written by CMake from data/spelling-variants/en.tsv (spelling_variants_data.cc.in).
extern const std::string_view kEnglishSpellingVariants;

namespace {

const SpellingVariants& english_variants() {
  // Immutable once built; C++ makes the first call's initialisation thread-safe.
  static const SpellingVariants variants = SpellingVariants::parse(kEnglishSpellingVariants);
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

double SpellingVariants::paragraph_frequency(const TermStatistics& statistics,
                                             std::string_view stem) const {
  double frequency = statistics.paragraph_frequency(stem);
  for (const std::string& british : british_stems(stem))
    frequency += statistics.paragraph_frequency(british);
  return frequency;
}

SpellingVariants SpellingVariants::parse(std::string_view table) {
  SpellingVariants variants;
  while (!table.empty()) {
    const std::size_t end = std::min(table.find('\n'), table.size());
    std::string_view line = table.substr(0, end);
    table.remove_prefix(std::min(end + 1, table.size()));
    if (line.empty() || line.front() == '#') continue;
    std::array<std::string_view, 4> fields;
    std::size_t count = 0;
    bool more = true;  // fields left on the line
    while (more && count < fields.size()) {
      const std::size_t tab = std::min(line.find('\t'), line.size());
      fields[count++] = line.substr(0, tab);
      more = tab < line.size();
      if (more) line.remove_prefix(tab + 1);
    }
    if (count == fields.size() && !more) variants.add(fields[0], fields[1], fields[2], fields[3]);
  }
  return variants;
}

void SpellingVariants::add(std::string_view british, std::string_view american,
                           std::string_view british_stem, std::string_view american_stem) {
  american_.emplace(british, american);
  if (british_stem == american_stem) return;
  american_stems_.emplace(british_stem, american_stem);
  auto& stems = british_stems_[std::string(american_stem)];
  if (std::find(stems.begin(), stems.end(), british_stem) == stems.end())
    stems.emplace_back(british_stem);
}

}  // namespace concord
