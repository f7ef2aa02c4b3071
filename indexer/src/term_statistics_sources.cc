// Term statistics from a Xapian database, or from the background table shipped as data.
#include "concord/indexer/term_statistics_sources.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>

#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "database_impl.hpp"

namespace concord {

double DatabaseTermStatistics::paragraph_count() const {
  return static_cast<double>(database_.paragraph_count());
}

double DatabaseTermStatistics::paragraph_frequency(std::string_view stem) const {
  try {
    return static_cast<double>(database_.impl().db().get_termfreq("Z" + std::string(stem)));
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

FrequencyTable background_statistics(const std::string& language) {
  const auto path = data_directory() / "term-frequencies" / (language + ".tsv");
  std::error_code ec;
  if (language.empty() || !std::filesystem::is_regular_file(path, ec)) return {};
  return read_frequency_table(path);
}

RelatedTerms read_related_terms(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw EnvironmentError("cannot read " + path.string());
  RelatedTerms related;
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
    float strength = 0;
    try {
      strength = std::stof(line.substr(second + 1));
    } catch (const std::exception&) {
      throw DataError(fmt::format("{}:{}: bad strength", path.string(), number));
    }
    related.add(line.substr(0, first), line.substr(first + 1, second - first - 1), strength);
  }
  return related;
}

void write_related_terms(const RelatedTerms& related, const std::filesystem::path& path) {
  std::vector<std::string> stems;
  for (const auto& [stem, neighbours] : related.entries()) stems.push_back(stem);
  std::sort(stems.begin(), stems.end());
  std::ofstream out(path);
  if (!out) throw EnvironmentError("cannot write " + path.string());
  for (const auto& stem : stems) {
    for (const auto& [other, strength] : *related.find(stem)) {
      // Each pair once: reading adds both directions.
      if (other < stem) continue;
      out << stem << '\t' << other << '\t' << fmt::format("{:.3f}", strength) << '\n';
    }
  }
  if (!out) throw EnvironmentError("cannot write " + path.string());
}

Comparison compare_with_corpus_statistics(const std::vector<Statement>& statements,
                                          const Database* database, CompareOptions options) {
  if (statements.empty()) return {};
  const FrequencyTable own = statistics_of(statements);
  std::optional<DatabaseTermStatistics> from_database;
  FrequencyTable background;
  if (database != nullptr && database->paragraph_count() > 0) {
    from_database.emplace(*database);
  } else {
    background = background_statistics(statements.front().language);
  }
  const TermStatistics& reference = from_database
                                        ? static_cast<const TermStatistics&>(*from_database)
                                        : static_cast<const TermStatistics&>(background);
  const CombinedStatistics statistics(reference, own);
  const RelatedTerms related = background_related_terms(statements.front().language);
  if (!related.empty()) options.related = &related;
  return compare_statements(statements, statistics, options);
}

RelatedTerms background_related_terms(const std::string& language) {
  const auto path = data_directory() / "related-terms" / (language + ".tsv");
  std::error_code ec;
  if (language.empty() || !std::filesystem::is_regular_file(path, ec)) return {};
  return read_related_terms(path);
}

}  // namespace concord
