// Statements named on a command line (files or database ids), loaded and compared.
#include "statement_inputs.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <future>
#include <iostream>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

#include "command_line.hpp"
#include "concord/engine/error.hpp"
#include "concord/engine/parallel.hpp"
#include "concord/engine/report.hpp"
#include "concord/indexer/database.hpp"
#include "concord/indexer/ingest.hpp"
#include "concord/indexer/lexicon_loader.hpp"
#include "concord/indexer/machine_translation.hpp"
#include "concord/indexer/statement_loader.hpp"
#include "concord/indexer/term_statistics_sources.hpp"
#include "progress_bar.hpp"

namespace concord::cli {

OrderMode parse_order(const std::string& text) {
  if (text == "auto") return OrderMode::Auto;
  if (text == "keep") return OrderMode::Keep;
  if (text == "free") return OrderMode::Free;
  throw UsageError(fmt::format("unknown order '{}' (use auto, keep or free)", text));
}

namespace {

// A folder stands for the statement files in it, found as 'concord ingest' finds them.
std::vector<std::string> expand_folders(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const std::string& name : names) {
    if (!std::filesystem::is_directory(name, ec)) {
      out.push_back(name);
      continue;
    }
    const auto files = collect_files({name});
    if (files.empty()) {
      throw DataError(
          fmt::format("{}: the folder holds no statement files (.txt, .md, .html, "
                      ".pdf, .docx, Akoma Ntoso .xml)",
                      name));
    }
    for (const auto& file : files) out.push_back(file.string());
  }
  return out;
}

}  // namespace

std::vector<Statement> load_statements(const std::vector<std::string>& given,
                                       const std::filesystem::path& db_path) {
  if (given.empty()) throw UsageError("give at least one statement (a file or an id)");
  const std::vector<std::string> names = expand_folders(given);
  std::vector<std::optional<Statement>> loaded(names.size());
  std::vector<std::size_t> files;
  std::error_code ec;
  // A statement compared with itself would only be reported as shared with itself.
  std::set<std::string> seen;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const bool is_file = std::filesystem::is_regular_file(names[i], ec);
    if (is_file) files.push_back(i);
    std::string key = is_file ? std::filesystem::weakly_canonical(names[i], ec).string() : "";
    if (key.empty()) key = names[i];
    if (!seen.insert(key).second)
      throw UsageError(fmt::format("statement '{}' is named twice", names[i]));
  }
  // Reading and parsing files is most of the time a comparison of many statements takes
  // before aligning: it runs on every core.
  if (!files.empty()) {
    const StatementLoader loader;
    for_each_in_parallel(files.size(), [&](std::size_t k) {
      const std::string& name = names[files[k]];
      try {
        loaded[files[k]] = loader.load_file(name);
      } catch (const DataError& e) {
        throw DataError(fmt::format("{}: {}", name, e.what()));
      }
    });
  }
  std::optional<Database> database;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (loaded[i]) continue;
    const std::string& name = names[i];
    // A FIFO or a device ("/dev/zero") is no statement file, nor an id.
    if (std::filesystem::exists(name, ec) && !std::filesystem::is_directory(name, ec))
      throw DataError(fmt::format("{}: not a regular file", name));
    if (!database) {
      if (!std::filesystem::exists(db_path, ec)) {
        throw DataError(fmt::format("no file '{}', and no database at {} to look it up as an id",
                                    name, db_path.string()));
      }
      database.emplace(Database::open_for_reading(db_path));
    }
    loaded[i] = database->find(name);
    if (!loaded[i])
      throw DataError(fmt::format("no file or statement '{}' (see 'concord list')", name));
  }
  std::vector<Statement> statements;
  statements.reserve(loaded.size());
  for (auto& statement : loaded) statements.push_back(std::move(*statement));
  return statements;
}

StatementsWithDemands load_statements_with_demands(
    const boost::program_options::variables_map& values, ListItems items) {
  StatementsWithDemands out;
  out.statements = load_statements(string_values(values, "statement"), database_path(values));
  out.demands = extract_all_demands(out.statements, items);
  return out;
}

std::vector<std::vector<Demand>> extract_all_demands(const std::vector<Statement>& statements,
                                                     ListItems items) {
  return extract_all_demands(statements, shipped_speech_act_lexicon_for(statements), items);
}

std::vector<std::string> read_unknown_languages_as_the_others(std::vector<Statement>& statements) {
  std::vector<std::string> assumed;
  std::string common;
  for (const Statement& s : statements) {
    if (s.language.empty()) continue;
    if (!common.empty() && s.language != common) return assumed;
    common = s.language;
  }
  if (common.empty()) return assumed;
  for (Statement& s : statements) {
    if (!s.language.empty()) continue;
    s.language = common;
    assumed.push_back(s.id);
  }
  return assumed;
}

ComparedStatements load_and_compare(const std::vector<std::string>& names,
                                    const std::filesystem::path& db_path, CompareOptions options,
                                    Translation translation, std::string_view command) {
  std::vector<Statement> statements = load_statements(names, db_path);
  if (statements.size() < 2) {
    throw UsageError(
        fmt::format("{} needs at least two statements (files, folders or ids)", command));
  }
  return compare_loaded_statements(std::move(statements), db_path, options, translation);
}

ComparedStatements compare_loaded_statements(std::vector<Statement> statements,
                                             const std::filesystem::path& db_path,
                                             CompareOptions options, Translation translation) {
  ComparedStatements out;
  out.statements = std::move(statements);
  for (const std::string& id : read_unknown_languages_as_the_others(out.statements)) {
    fmt::print(stderr,
               "concord: note: {}: language not recognised (too little text); read as {}, the "
               "language of the other statements\n",
               id, out.statements.front().language);
  }
  // The lexicons of the statements' languages are read while the database opens: alignment
  // links paragraphs making the same demand, and the changes of speech act need the acts too.
  std::future<SpeechActLexicon> lexicon = std::async(
      std::launch::async,
      [&statements = out.statements] { return shipped_speech_act_lexicon_for(statements); });
  // The database, when there is one, gives the term statistics even for files.
  std::optional<Database> database;
  std::error_code ec;
  if (std::filesystem::exists(db_path, ec)) database.emplace(Database::open_for_reading(db_path));
  out.translator = translator_for(out.statements, translation);
  // Every item of a colon list is a thing asked, shown in the groups' changes of speech act
  // and in the consensus matrix.
  out.demands = extract_all_demands(out.statements, lexicon.get(), ListItems::Each);
  options.demands = &out.demands;
  // Many statements take seconds: a bar on a terminal says how far the comparison has got.
  ProgressBar progress("", true, std::chrono::milliseconds(500));
  options.on_progress = [&progress](std::string_view stage, std::size_t done, std::size_t total) {
    progress.update(done, total, std::string(stage));
  };
  out.comparison =
      compare_with_corpus_statistics(out.statements, database ? &*database : nullptr, options,
                                     out.translator ? &*out.translator : nullptr);
  concord::add_language_changes(out.statements, out.demands, out.comparison);
  return out;
}

DemandMatrix consensus_matrix(const std::vector<Statement>& statements,
                              const std::vector<std::vector<Demand>>& demands,
                              const MachineTranslator* translator, const Comparison* alignment) {
  if (translator != nullptr && !share_one_language(statements)) {
    if (auto translated = translate_demands(statements, demands, *translator)) {
      return build_demand_matrix(statements, demands, translated->demands, translated->language,
                                 alignment);
    }
  }
  return build_demand_matrix(statements, demands, alignment);
}

DemandMatrix consensus_matrix(const ComparedStatements& compared) {
  return consensus_matrix(compared.statements, compared.demands,
                          compared.translator ? &*compared.translator : nullptr,
                          &compared.comparison);
}

void add_translation_option(boost::program_options::options_description& options) {
  options.add_options()("no-translation",
                        "compare statements in different languages on their own words, "
                        "without machine translation");
}

Translation translation(const boost::program_options::variables_map& values) {
  return values.count("no-translation") ? Translation::Never : Translation::WhenLanguagesDiffer;
}

void print_language_note(const std::vector<Statement>& statements, const Comparison& comparison,
                         Translation translation) {
  std::vector<std::string> languages;
  for (const Statement& s : statements) {
    const std::string language = s.language.empty() ? "unknown" : s.language;
    if (std::find(languages.begin(), languages.end(), language) == languages.end())
      languages.push_back(language);
  }
  if (languages.size() < 2) return;
  if (!comparison.translated_into.empty()) {
    fmt::print(stderr,
               "concord: note: the statements are in different languages ({}); they were "
               "aligned through machine translations into {} (Apertium)\n",
               fmt::join(languages, ", "), comparison.translated_into);
  } else if (translation == Translation::Never) {
    fmt::print(stderr,
               "concord: note: the statements are in different languages ({}) and were compared "
               "on their own words (--no-translation)\n",
               fmt::join(languages, ", "));
  } else {
    fmt::print(stderr,
               "concord: note: the statements are in different languages ({}) and were compared "
               "on their own words; translations of one another are not matched (install "
               "Apertium's language pairs, e.g. apertium-eng-spa, to align them)\n",
               fmt::join(languages, ", "));
  }
}

void print_statement_legend(const std::vector<Statement>& statements, const Style& style) {
  for (std::size_t s = 0; s < statements.size(); ++s) {
    const Statement& st = statements[s];
    std::cout << fmt::format("[{}] {} — {} ({}{})\n", statement_letter(s), style.bold(st.title),
                             st.body.empty() ? "unknown body" : st.body,
                             st.date.empty() ? "undated" : st.date,
                             st.id.empty() ? "" : ", " + st.id);
  }
}

}  // namespace concord::cli
