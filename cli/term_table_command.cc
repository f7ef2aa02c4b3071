// concord term-table: builds the background table of term frequencies shipped as data.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "command_line.hpp"
#include "commands.hpp"
#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/related_terms.hpp"
#include "concord/engine/word_vectors.hpp"
#include "concord/indexer/ingest.hpp"
#include "concord/indexer/statement_loader.hpp"
#include "concord/indexer/term_statistics_sources.hpp"
#include "concord/indexer/wordnet_synonyms.hpp"
#include "progress_bar.hpp"

namespace concord::cli {
namespace {

constexpr const char* kWordNetDir = "/usr/share/wordnet";

void write_synonym_table(const FrequencyTable& vocabulary, const po::variables_map& values) {
  if (vocabulary.frequencies().empty())
    throw UsageError("--synonyms needs a term table to keep the words of: give PATH");
  const std::string file = values["synonyms"].as<std::string>();
  const WordNetSynonyms synonyms =
      read_wordnet_synonyms(values["wordnet"].as<std::string>(), vocabulary);
  write_related_terms(
      synonyms.pairs, file,
      "Synonyms from WordNet 3.0, written by 'concord term-table --synonyms'.\n"
      "Each pair of stems shares one of the two most frequent senses of each word.\n"
      "\n" +
          synonyms.notice);
  std::cout << fmt::format("{} stems with WordNet synonyms written to {}\n",
                           synonyms.pairs.entries().size(), file);
}

// What the files in one language hold: paragraph frequencies of stems and, when asked, the
// co-occurrences related terms and word vectors are learnt from.
struct CountedFiles {
  FrequencyTable table;
  RelatedTermsBuilder related;
  std::size_t used = 0;    // files in the language
  std::size_t failed = 0;  // files that could not be read
};

CountedFiles count_files(const std::vector<std::filesystem::path>& files,
                         const std::string& language, bool with_cooccurrences) {
  StatementLoader loader;
  CountedFiles counted;
  ProgressBar progress("files", true);
  std::size_t done = 0;
  for (const auto& file : files) {
    try {
      Statement statement = loader.load_file(file);
      if (statement.language == language) {
        std::erase_if(statement.paragraphs, [](const Paragraph& p) { return p.text.empty(); });
        const FrequencyTable one = statistics_of({statement});
        counted.table.add_paragraphs(static_cast<std::uint64_t>(one.paragraph_count()));
        for (const auto& [stem, count] : one.frequencies())
          counted.table.add_frequency(stem, count);
        if (with_cooccurrences) {
          for (const Paragraph& p : statement.paragraphs)
            counted.related.add_paragraph(TermSpace::stems(p.text, language));
        }
        ++counted.used;
      }
    } catch (const DataError& e) {
      progress.clear();
      fmt::print(stderr, "concord: {}: {}\n", file.string(), e.what());
      ++counted.failed;
    }
    progress.update(++done, files.size(), file.filename().string());
  }
  return counted;
}

}  // namespace

int run_term_table(const std::vector<std::string>& args) {
  const CommandHelp help{
      "term-table - build a background table of term frequencies",
      "concord term-table [OPTIONS] --lang CODE -o FILE PATH...\n"
      "  concord term-table --lang en --synonyms FILE [--wordnet DIR]",
      R"(  Counts, for every stemmed word, how many paragraphs of the files under PATH contain
  it, and writes the table that 'concord compare' uses to weigh words when it compares
  files without a database (data/term-frequencies/CODE.tsv). Only files in language CODE
  count. With --related, it also learns which words are used in the same contexts
  (data/related-terms/CODE.tsv), so that compare matches "vessels" with "boats". With
  --vectors, it learns word vectors (data/word-vectors/CODE.tsv: a truncated SVD of
  word co-occurrences), so that compare sees paragraphs about one thing in other words.
  With --synonyms (English only), it writes the synonyms of Princeton WordNet
  (data/synonyms/en.tsv; Debian's wordnet-base): words sharing one of the two most
  frequent senses of each ("cease" / "stop"), kept when the table holds both; without
  PATH, the table is the shipped data/term-frequencies/en.tsv. Compare counts them as
  related terms.
  Maintainers run it on a large corpus; the results hold statistics, not texts.
)",
      "  concord term-table --lang en -o data/term-frequencies/en.tsv --related "
      "data/related-terms/en.tsv --vectors data/word-vectors/en.tsv corpus/\n"
      "  concord term-table --lang en --synonyms data/synonyms/en.tsv\n"};
  po::options_description options("OPTIONS");
  // Accepted, as 'concord --db X term-table' hands it on, but unlisted: no database is used.
  options.add_options()("db", po::value<std::string>(), "");
  add_help_option(options);
  // clang-format off
  options.add_options()
      ("lang", po::value<std::string>()->value_name("CODE"), "language of the table")
      ("output,o", po::value<std::string>()->value_name("FILE"), "where to write the table")
      ("related", po::value<std::string>()->value_name("FILE"),
       "also learn related terms (words used in the same contexts) into FILE")
      ("vectors", po::value<std::string>()->value_name("FILE"),
       "also learn word vectors into FILE")
      ("synonyms", po::value<std::string>()->value_name("FILE"),
       "also write WordNet's synonyms into FILE (English)")
      ("wordnet", po::value<std::string>()->value_name("DIR")->default_value(kWordNetDir),
       "WordNet's files, for --synonyms")
      ("dimensions", po::value<Count>()->value_name("N")->default_value(100),
       "dimensions of the word vectors")
      ("min-count", po::value<Count>()->value_name("N")->default_value(2), "drop rarer stems")
      ("path", po::value<std::vector<std::string>>()->value_name("PATH"), "files or folders");
  // clang-format on
  po::variables_map values;
  if (!parse_or_show_help(args, options, "path", help, values)) return 0;
  const bool write_synonyms = values.count("synonyms") > 0;
  if (!values.count("lang")) throw UsageError("term-table needs --lang");
  const std::string language = values["lang"].as<std::string>();
  if (write_synonyms && language != "en")
    throw UsageError("--synonyms needs --lang en: WordNet is English");
  if (write_synonyms && !values.count("output") && !values.count("path")) {
    write_synonym_table(background_statistics(language), values);
    return 0;
  }
  if (!values.count("output") || !values.count("path")) {
    throw UsageError("term-table needs --lang, -o and at least one path (or only --synonyms)");
  }
  std::vector<std::filesystem::path> paths;
  for (const auto& p : values["path"].as<std::vector<std::string>>()) paths.emplace_back(p);
  const bool learn_related = values.count("related") > 0;
  const bool learn_vectors = values.count("vectors") > 0;
  const CountedFiles counted =
      count_files(collect_files(paths), language, learn_related || learn_vectors);
  const FrequencyTable& table = counted.table;
  const RelatedTermsBuilder& related = counted.related;
  write_frequency_table(table, values["output"].as<std::string>(), values["min-count"].as<Count>());
  if (learn_related) {
    const RelatedTerms learnt = related.build({});
    write_related_terms(learnt, values["related"].as<std::string>());
    std::cout << fmt::format("{} stems with related terms written to {}\n", learnt.entries().size(),
                             values["related"].as<std::string>());
  }
  if (learn_vectors) {
    WordVectorOptions vector_options;
    vector_options.dimensions = values["dimensions"].as<Count>();
    if (vector_options.dimensions == 0) throw UsageError("--dimensions must be at least 1");
    const WordVectors learnt = learn_word_vectors(related, vector_options);
    write_word_vectors(learnt, values["vectors"].as<std::string>());
    std::cout << fmt::format("{} word vectors of {} dimensions written to {}\n", learnt.size(),
                             learnt.dimensions(), values["vectors"].as<std::string>());
  }
  if (write_synonyms) write_synonym_table(table, values);
  std::cout << fmt::format("{} files in '{}' ({} paragraphs) counted into {}\n", counted.used,
                           language, static_cast<std::uint64_t>(table.paragraph_count()),
                           values["output"].as<std::string>());
  return counted.failed > 0 ? static_cast<int>(ExitCode::DataError) : 0;
}

}  // namespace concord::cli
