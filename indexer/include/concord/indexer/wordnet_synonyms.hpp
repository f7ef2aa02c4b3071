// Synonyms from Princeton WordNet, for the shipped synonym table (data/synonyms/en.tsv).
#pragma once

#include <filesystem>
#include <string>

#include "concord/engine/related_terms.hpp"
#include "concord/engine/term_statistics.hpp"

namespace concord {

/// Strength of a WordNet synonym in the related-terms sense: as strong as a clearly related
/// word of the distributional table (whose strengths run from 0.15 to 0.8, median 0.19).
inline constexpr float kWordNetSynonymStrength = 0.5f;

/// Synonyms read from WordNet, and the licence that must travel with any copy of them.
struct WordNetSynonyms {
  RelatedTerms pairs;
  /// WordNet's copyright notice and disclaimer, as its files state them.
  std::string notice;
};

/// Reads WordNet's index files (index.noun, index.verb, index.adj, index.adv) in
/// `wordnet_dir` (Debian's wordnet-base installs them in /usr/share/wordnet): words that
/// share one of the two most frequent senses of each ("cease" / "stop", "threat" /
/// "menace"), single words only, stemmed in English; a pair is kept when both stems occur
/// in `vocabulary` (the background table), each with kWordNetSynonymStrength. Rarer
/// senses are left out: they pair common words by meanings diplomatic texts do not use
/// ("halt" / "game", both "lame"). Throws EnvironmentError when a file cannot be read and
/// DataError when none holds an entry.
[[nodiscard]] WordNetSynonyms read_wordnet_synonyms(const std::filesystem::path& wordnet_dir,
                                                    const FrequencyTable& vocabulary);

}  // namespace concord
