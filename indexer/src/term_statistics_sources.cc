// Term statistics from a Xapian database, or from the background table shipped as data.
#include "concord/indexer/term_statistics_sources.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <future>
#include <optional>

#include "concord/engine/demands.hpp"
#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/spelling_variants.hpp"
#include "concord/indexer/lexicon_loader.hpp"
#include "concord/indexer/machine_translation.hpp"
#include "database_impl.hpp"

namespace concord {

double DatabaseTermStatistics::paragraph_count() const {
  return static_cast<double>(database_.paragraph_count());
}

double DatabaseTermStatistics::paragraph_frequency(std::string_view stem) const {
  try {
    std::string term = "Z";
    term.append(stem);
    return static_cast<double>(database_.impl().db().get_termfreq(term));
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot read term statistics");
  }
}

std::filesystem::path data_directory() {
  if (const char* env = std::getenv("CONCORD_DATA_DIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const auto executable = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = executable.parent_path().parent_path() / "share" / "concord";
    if (std::filesystem::is_directory(installed, ec)) return installed;
  }
  return CONCORD_SOURCE_DATA_DIR;
}

FrequencyTable read_frequency_table(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw EnvironmentError("cannot read " + path.string());
  FrequencyTable table;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos)
      throw DataError(fmt::format("{}:{}: expected STEM<TAB>COUNT", path.string(), number));
    const std::string key = line.substr(0, tab);
    std::uint64_t count = 0;
    try {
      count = std::stoull(line.substr(tab + 1));
    } catch (const std::exception&) {
      throw DataError(fmt::format("{}:{}: bad count", path.string(), number));
    }
    if (number == 1 || key == "paragraphs") {
      table.add_paragraphs(count);
    } else {
      table.add_frequency(key, count);
    }
  }
  return table;
}

void write_frequency_table(const FrequencyTable& table, const std::filesystem::path& path,
                           std::uint64_t min_frequency) {
  std::vector<std::pair<std::string, std::uint64_t>> rows;
  for (const auto& [stem, count] : table.frequencies()) {
    if (count >= min_frequency) rows.emplace_back(stem, count);
  }
  std::sort(rows.begin(), rows.end());
  std::ofstream out(path);
  if (!out) throw EnvironmentError("cannot write " + path.string());
  out << "paragraphs\t" << static_cast<std::uint64_t>(table.paragraph_count()) << "\n";
  for (const auto& [stem, count] : rows) out << stem << '\t' << count << '\n';
  if (!out) throw EnvironmentError("cannot write " + path.string());
}

namespace {

// Paragraph counts of two collections taken as one.
class SummedTermStatistics : public TermStatistics {
 public:
  SummedTermStatistics(const TermStatistics& first, const TermStatistics& second)
      : first_(first), second_(second) {}
  [[nodiscard]] double paragraph_count() const override {
    return first_.paragraph_count() + second_.paragraph_count();
  }
  [[nodiscard]] double paragraph_frequency(std::string_view stem) const override {
    return first_.paragraph_frequency(stem) + second_.paragraph_frequency(stem);
  }

 private:
  const TermStatistics& first_;
  const TermStatistics& second_;
};
// The table shipped in data/FOLDER/LANGUAGE.tsv, if there is one.
std::optional<std::filesystem::path> shipped_table(const char* folder,
                                                   const std::string& language) {
  if (language.empty()) return std::nullopt;
  auto path = data_directory() / folder / (language + ".tsv");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  return path;
}
}  // namespace

FrequencyTable background_statistics(const std::string& language) {
  const auto path = shipped_table("term-frequencies", language);
  return path ? read_frequency_table(*path) : FrequencyTable{};
}

namespace {
// Adds the pairs of a related-terms table to `related` (read_related_terms).
void add_related_terms(const std::filesystem::path& path, RelatedTerms& related,
                       const StemFilter& wanted, std::string_view language) {
  std::ifstream in(path);
  if (!in) throw EnvironmentError("cannot read " + path.string());
  const SpellingVariants& spellings = SpellingVariants::of(language);
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const auto first = line.find('\t');
    const auto second = first == std::string::npos ? first : line.find('\t', first + 1);
    if (second == std::string::npos) {
      throw DataError(
          fmt::format("{}:{}: expected STEM<TAB>RELATED<TAB>STRENGTH", path.string(), number));
    }
    const std::string_view row(line);
    std::string stem(spellings.american_stem(row.substr(0, first)));
    std::string other(spellings.american_stem(row.substr(first + 1, second - first - 1)));
    if (stem == other) continue;
    if (wanted && !(wanted(stem) && wanted(other))) continue;
    float strength = 0;
    try {
      strength = std::stof(line.substr(second + 1));
    } catch (const std::exception&) {
      throw DataError(fmt::format("{}:{}: bad strength", path.string(), number));
    }
    related.add(stem, other, strength);
  }
}
}  // namespace

RelatedTerms read_related_terms(const std::filesystem::path& path, const StemFilter& wanted,
                                std::string_view language) {
  RelatedTerms related;
  add_related_terms(path, related, wanted, language);
  return related;
}

void write_related_terms(const RelatedTerms& related, const std::filesystem::path& path,
                         std::string_view header) {
  std::vector<std::string> stems;
  for (const auto& [stem, neighbours] : related.entries()) stems.push_back(stem);
  std::sort(stems.begin(), stems.end());
  std::ofstream out(path);
  if (!out) throw EnvironmentError("cannot write " + path.string());
  while (!header.empty()) {
    const std::size_t end = std::min(header.find('\n'), header.size());
    const std::string_view line = header.substr(0, end);
    out << (line.empty() ? "#" : "# ") << line << '\n';
    header.remove_prefix(std::min(end + 1, header.size()));
  }
  for (const auto& stem : stems) {
    for (const auto& [other, strength] : *related.find(stem)) {
      // Each pair once: reading adds both directions.
      if (other < stem) continue;
      out << stem << '\t' << other << '\t' << fmt::format("{:.3f}", strength) << '\n';
    }
  }
  if (!out) throw EnvironmentError("cannot write " + path.string());
}

WordVectors read_word_vectors(const std::filesystem::path& path, const StemFilter& wanted,
                              std::string_view language) {
  std::ifstream in(path);
  if (!in) throw EnvironmentError("cannot read " + path.string());
  const SpellingVariants& spellings = SpellingVariants::of(language);
  std::string line;
  std::size_t number = 0;
  std::size_t dimensions = 0;
  auto malformed = [&](std::string_view what) {
    return DataError(fmt::format("{}:{}: {}", path.string(), number, what));
  };
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) throw malformed("expected a tab");
    if (dimensions == 0) {
      const std::string_view value = std::string_view(line).substr(tab + 1);
      if (line.substr(0, tab) != "dimensions" ||
          std::from_chars(value.data(), value.data() + value.size(), dimensions).ec !=
              std::errc() ||
          dimensions == 0)
        throw malformed("expected dimensions<TAB>D first");
      break;
    }
  }
  if (dimensions == 0) throw malformed("no dimensions line");
  WordVectors vectors(dimensions);
  std::vector<float> vector(dimensions);
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) throw malformed("expected STEM<TAB>COMPONENTS");
    std::string stem(spellings.american_stem(std::string_view(line).substr(0, tab)));
    if (wanted && !wanted(stem)) continue;
    const char* at = line.data() + tab + 1;
    const char* end = line.data() + line.size();
    for (std::size_t d = 0; d < dimensions; ++d) {
      while (at < end && *at == ' ') ++at;
      int component = 0;
      const auto [next, error] = std::from_chars(at, end, component);
      if (error != std::errc() || component < -127 || component > 127)
        throw malformed(fmt::format("expected {} components in [-127, 127]", dimensions));
      vector[d] = static_cast<float>(component);
      at = next;
    }
    while (at < end && *at == ' ') ++at;
    if (at != end) throw malformed(fmt::format("more than {} components", dimensions));
    // Two spellings of one word ("defence", "defense") had a row each: one term now, with the
    // direction of both.
    if (const auto known = vectors.find(stem); !known.empty()) {
      float norm = 0;
      for (const float v : vector) norm += v * v;
      norm = norm > 0 ? std::sqrt(norm) : 1.0f;
      for (std::size_t d = 0; d < dimensions; ++d) vector[d] = vector[d] / norm + known[d];
    }
    vectors.add(stem, vector);
  }
  return vectors;
}

void write_word_vectors(const WordVectors& vectors, const std::filesystem::path& path) {
  std::vector<std::string> stems = vectors.stems();
  std::sort(stems.begin(), stems.end());
  std::ofstream out(path);
  if (!out) throw EnvironmentError("cannot write " + path.string());
  out << "dimensions\t" << vectors.dimensions() << '\n';
  std::string line;
  for (const auto& stem : stems) {
    line = stem;
    line.push_back('\t');
    bool first = true;
    for (const float v : vectors.find(stem)) {
      if (!first) line.push_back(' ');
      first = false;
      line += std::to_string(static_cast<int>(std::lround(std::clamp(v, -1.0f, 1.0f) * 127.0f)));
    }
    out << line << '\n';
  }
  if (!out) throw EnvironmentError("cannot write " + path.string());
}

WordVectors background_word_vectors(const std::string& language, const StemFilter& wanted) {
  const auto path = shipped_table("word-vectors", language);
  return path ? read_word_vectors(*path, wanted, language) : WordVectors{};
}

std::optional<MachineTranslator> translator_for(const std::vector<Statement>& statements,
                                                Translation translation) {
  if (translation == Translation::Never || share_one_language(statements)) return std::nullopt;
  return MachineTranslator();
}

Comparison compare_with_corpus_statistics(const std::vector<Statement>& statements,
                                          const Database* database, CompareOptions options,
                                          Translation translation) {
  const std::optional<MachineTranslator> translator = translator_for(statements, translation);
  return compare_with_corpus_statistics(statements, database, std::move(options),
                                        translator ? &*translator : nullptr);
}

Comparison compare_with_corpus_statistics(const std::vector<Statement>& statements,
                                          const Database* database, CompareOptions options,
                                          const MachineTranslator* translator) {
  if (statements.empty()) return {};
  std::optional<TranslatedStatements> translated;
  if (translator != nullptr && !share_one_language(statements))
    translated = translate_to_common_language(statements, *translator);
  // Term statistics, related terms and vectors are of the words alignment reads.
  const std::vector<Statement>& read = translated ? translated->statements : statements;
  if (translated) options.translations = &translated->statements;

  // The shipped background counts as part of the corpus: a database of a few statements
  // alone says little about which words every statement uses (the five demo statements as
  // the only statistics had cost dev-04 0.889 -> 0.792); a large one outweighs it.
  const FrequencyTable background = background_statistics(read.front().language);
  std::optional<DatabaseTermStatistics> from_database;
  std::optional<SummedTermStatistics> summed;
  if (database != nullptr && database->paragraph_count() > 0) {
    from_database.emplace(*database);
    summed.emplace(*from_database, background);
  }
  const TermStatistics& corpus = summed ? static_cast<const TermStatistics&>(*summed)
                                        : static_cast<const TermStatistics&>(background);
  // Loaded only if some pair turns out to be by different bodies.
  RelatedTerms related;
  WordVectors vectors;
  const std::string language = read.front().language;
  options.load_free_order_tables = [&](CompareOptions& loading, const StemFilter& wanted) {
    // The two tables are read side by side, keeping only the stems of the compared
    // statements: they were most of a short compare.
    std::future<WordVectors> reading_vectors =
        std::async(std::launch::async, [&] { return background_word_vectors(language, wanted); });
    related = background_related_terms(language, wanted);
    vectors = reading_vectors.get();
    if (!related.empty()) loading.related = &related;
    if (!vectors.empty()) loading.vectors = &vectors;
  };
  // The statements' speech acts, when the caller has not extracted them: paragraphs of
  // different bodies making the same demand are linked.
  std::vector<std::vector<Demand>> demands;
  if (options.demands == nullptr) {
    demands = extract_all_demands(statements, shipped_speech_act_lexicon_for(statements),
                                  ListItems::Each);
    options.demands = &demands;
  }
  Comparison comparison = compare_statements(statements, corpus, options);
  if (translated) {
    comparison.translated_into = translated->language;
    comparison.translated_paragraphs.resize(statements.size());
    for (std::size_t s = 0; s < statements.size(); ++s) {
      if (statements[s].language == translated->language) continue;
      for (const Paragraph& p : translated->statements[s].paragraphs)
        comparison.translated_paragraphs[s].push_back(p.text);
    }
  }
  return comparison;
}

RelatedTerms background_related_terms(const std::string& language, const StemFilter& wanted) {
  const auto path = shipped_table("related-terms", language);
  RelatedTerms related = path ? read_related_terms(*path, wanted, language) : RelatedTerms{};
  // Synonyms (WordNet's, for English) join the words used in the same contexts: a pair in
  // both keeps the stronger strength.
  if (const auto synonyms_path = shipped_table("synonyms", language))
    add_related_terms(*synonyms_path, related, wanted, language);
  return related;
}

}  // namespace concord
