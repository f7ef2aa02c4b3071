// Synonyms from Princeton WordNet's index files.
#include "concord/indexer/wordnet_synonyms.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/spelling_variants.hpp"

namespace concord {
namespace {

constexpr std::size_t kSensesPerWord = 2;  // a word's most frequent senses, WordNet's order
constexpr std::array<const char*, 4> kIndexFiles{"index.noun", "index.verb", "index.adj",
                                                 "index.adv"};

bool is_plain_word(const std::string& lemma) {
  return !lemma.empty() &&
         std::all_of(lemma.begin(), lemma.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A licence line of an index file ("  14 WordNet 3.0 Copyright ...") without its number.
std::string notice_line(const std::string& line) {
  std::istringstream in(line);
  std::string number;
  in >> number;
  std::string rest;
  std::getline(in, rest);
  const auto start = rest.find_first_not_of(' ');
  const auto end = rest.find_last_not_of(' ');
  return start == std::string::npos ? std::string() : rest.substr(start, end - start + 1);
}

}  // namespace

WordNetSynonyms read_wordnet_synonyms(const std::filesystem::path& wordnet_dir,
                                      const FrequencyTable& vocabulary) {
  WordNetSynonyms result;
  // Senses are synset offsets, unique within one part of speech.
  std::map<std::pair<std::size_t, std::string>, std::vector<std::string>> words_of_sense;
  std::size_t entries = 0;
  for (std::size_t part = 0; part < kIndexFiles.size(); ++part) {
    const auto path = wordnet_dir / kIndexFiles[part];
    std::ifstream in(path);
    if (!in) throw EnvironmentError(fmt::format("cannot read {}", path.string()));
    std::string line;
    while (std::getline(in, line)) {
      if (line.starts_with("  ")) {
        if (part == 0) result.notice += notice_line(line) + "\n";
        continue;
      }
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...
      std::istringstream fields(line);
      std::string lemma, pos;
      std::size_t synsets = 0, pointers = 0;
      if (!(fields >> lemma >> pos >> synsets >> pointers)) continue;
      std::string skipped;
      for (std::size_t i = 0; i < pointers + 2; ++i) fields >> skipped;
      ++entries;
      if (!is_plain_word(lemma)) continue;
      std::string offset;
      for (std::size_t sense = 0; sense < kSensesPerWord && fields >> offset; ++sense)
        words_of_sense[{part, offset}].push_back(lemma);
    }
  }
  if (entries == 0)
    throw DataError(fmt::format("{}: no WordNet index entries", wordnet_dir.string()));

  std::map<std::string, std::string> stem_of;
  auto stem = [&](const std::string& word) -> const std::string& {
    auto it = stem_of.find(word);
    if (it == stem_of.end()) {
      const std::vector<std::string> stems = TermSpace::stems(word, "en");
      it = stem_of.emplace(word, stems.size() == 1 ? stems.front() : std::string()).first;
    }
    return it->second;
  };
  // The table may count British spellings under their own stems ("sulphur").
  const SpellingVariants& spellings = SpellingVariants::of("en");
  for (const auto& [sense, words] : words_of_sense) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      for (std::size_t j = i + 1; j < words.size(); ++j) {
        const std::string& a = stem(words[i]);
        const std::string& b = stem(words[j]);
        if (a.empty() || b.empty() || a == b) continue;
        if (spellings.paragraph_frequency(vocabulary, a) == 0 ||
            spellings.paragraph_frequency(vocabulary, b) == 0)
          continue;
        result.pairs.add(a, b, kWordNetSynonymStrength);
      }
    }
  }
  return result;
}

}  // namespace concord
