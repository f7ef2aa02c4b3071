// concord ingest: files and folders into the database.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "concord/engine/error.hpp"
#include "concord/indexer/ingest.hpp"
#include "progress_bar.hpp"

namespace concord::cli {
namespace {

const CommandHelp kHelp{
    "ingest - add files and folders of statements to the database",
    "concord ingest [OPTIONS] PATH...",
    R"(  Reads every PATH (folders recursively) and stores each file as one statement, one
  index entry per paragraph. Formats, by extension:
    .txt   plain text; leading "key: value" lines then a blank line are metadata
           (issuer or body, title, date, language, symbol)
    .md    Markdown with optional YAML front matter
    .html  web pages; navigation, headers, footers and scripts are dropped
    .pdf   text PDFs; running headers, footers and page numbers are dropped
    .docx  Word documents; list numbering is kept as the paragraph label
    .xml   Akoma Ntoso, the XML of UN resolutions (AKN4UN): paragraph numbers are
           the labels, footnotes are dropped; the adoption date, symbol, organ,
           title and vote come from its metadata and cover page
  Metadata comes from the flags below, else a sidecar file FILE.meta.yaml, else the
  document itself, else a file name of the UN General Debate Corpus (VCT_78_2023.txt:
  the country of that ISO 3166-1 code, named by Debian's iso-codes, the year and the
  session). Language is detected when nothing gives it; a body nothing gives is the one
  the title names, if any ("G7 Leaders' Statement": G7; the names are in
  data/bodies.yaml).

  Re-ingesting an unchanged file changes nothing and says so; so does a file whose
  paragraphs and metadata read the same (only blank lines, line endings or line wrapping
  changed). A changed file replaces its old paragraphs in one transaction. The statement
  id is the file name's slug. A file with the same paragraphs as a statement already
  stored (a copy at another path, or the same text in another format) is stored too,
  and a note on stderr names the statement it copies ("same_as" in JSON).
  Inside folders, unsupported files, hidden files, *.meta.yaml sidecars and the notes a
  collection keeps about itself (README, LICENSE, COPYING, MANIFEST, CHANGELOG, NOTICE,
  AUTHORS, CONTRIBUTING: the whole name before its extension, or the name in capitals
  opening it, as LICENSE-CC0.txt, or closing it after a dash, as UNGDC-README.txt) are
  skipped, and so is XML that is not Akoma Ntoso. A file beside an Akoma Ntoso file of
  the same name (A_RES_74_7.txt beside A_RES_74_7.xml) is taken for a copy made from it
  and skipped: the XML is read, and replaces a statement ingested from the copy.
  A bad file (unsupported, empty, over the size limit, invalid UTF-8, malformed, dated
  in its header a day that does not exist, or naming there a language that is neither a
  two-letter code nor a language's name) is reported on stderr as "FILE: reason";
  the others are still ingested and the exit status is 1. Work is committed in batches:
  an interrupted ingest leaves a valid database, and running the same command again
  finishes the job.
)",
    R"(  concord ingest corpus/
  concord ingest --body "Non-Aligned Movement" --date 2025-11-18 communique.pdf
  concord --db shard0 ingest --shard 0/2 ../shared/corpus
)"};

// A two-letter code of ISO 639-1, as Debian's iso-codes lists them; any two lower-case
// letters when iso-codes is not installed.
bool is_language_code(const std::string& code) {
  if (code.size() != 2 || !std::islower(static_cast<unsigned char>(code[0])) ||
      !std::islower(static_cast<unsigned char>(code[1])))
    return false;
  std::ifstream in("/usr/share/iso-codes/json/iso_639-2.json");
  if (!in) return true;
  const nlohmann::json table = nlohmann::json::parse(in, nullptr, false);
  if (table.is_discarded() || !table.contains("639-2")) return true;
  for (const auto& language : table["639-2"]) {
    if (language.value("alpha_2", "") == code) return true;
  }
  return false;
}

std::optional<std::string> flag(const po::variables_map& values, const char* name) {
  if (!values.count(name)) return std::nullopt;
  return values[name].as<std::string>();
}

const char* outcome_name(FileOutcome outcome) {
  switch (outcome) {
    case FileOutcome::Added:
      return "added";
    case FileOutcome::Replaced:
      return "replaced";
    case FileOutcome::Unchanged:
      return "unchanged";
    case FileOutcome::OtherShard:
      return "other-shard";
    case FileOutcome::Failed:
      return "failed";
  }
  return "failed";
}

// What the flags say of every file and of the work: metadata overrides, shard, batch, size.
IngestOptions ingest_options(const po::variables_map& values) {
  IngestOptions ingest;
  if (auto body = flag(values, "body")) ingest.overrides.body = *body;
  if (auto title = flag(values, "title")) ingest.overrides.title = *title;
  if (auto date = flag(values, "date")) {
    if (!is_calendar_date(*date))
      throw UsageError(fmt::format("bad --date '{}': use YYYY-MM-DD, YYYY-MM or YYYY", *date));
    ingest.overrides.date = *date;
  }
  if (auto lang = flag(values, "lang")) {
    std::transform(lang->begin(), lang->end(), lang->begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!is_language_code(*lang)) {
      throw UsageError(
          fmt::format("bad --lang '{}': use a two-letter ISO 639-1 code (en, es, fr...)", *lang));
    }
    ingest.overrides.language = *lang;
  }
  if (auto symbol = flag(values, "symbol")) ingest.overrides.symbol = *symbol;
  if (auto shard = flag(values, "shard")) ingest.shard = parse_shard_spec(*shard);
  ingest.batch_paragraphs = values["batch"].as<Count>();
  if (ingest.batch_paragraphs == 0) throw UsageError("--batch must be at least 1");
  const std::size_t max_megabytes = values["max-size"].as<Count>();
  if (max_megabytes == 0 || max_megabytes > (std::size_t{1} << 30))
    throw UsageError("--max-size must be from 1 to 1073741824 (MB)");
  ingest.max_file_bytes = max_megabytes * 1024 * 1024;
  return ingest;
}

// The summary on stdout: counts of files by outcome and of paragraphs indexed, as text or
// JSON (with one entry per file).
void print_summary(const IngestReport& report, OutputFormat format, bool sharded) {
  std::size_t paragraphs = 0;
  for (const auto& f : report.files) {
    if (f.outcome == FileOutcome::Added || f.outcome == FileOutcome::Replaced)
      paragraphs += f.paragraphs;
  }
  const std::size_t failed = report.count(FileOutcome::Failed);
  if (format == OutputFormat::Json) {
    nlohmann::json files_json = nlohmann::json::array();
    for (const auto& f : report.files) {
      nlohmann::json j{{"path", f.path.string()},
                       {"outcome", outcome_name(f.outcome)},
                       {"id", f.statement_id},
                       {"paragraphs", f.paragraphs}};
      if (!f.reason.empty()) j["error"] = f.reason;
      if (!f.same_as.empty()) j["same_as"] = f.same_as;
      files_json.push_back(std::move(j));
    }
    std::cout << nlohmann::json{{"files", files_json},
                                {"added", report.count(FileOutcome::Added)},
                                {"replaced", report.count(FileOutcome::Replaced)},
                                {"unchanged", report.count(FileOutcome::Unchanged)},
                                {"other_shard", report.count(FileOutcome::OtherShard)},
                                {"failed", failed},
                                {"paragraphs_indexed", paragraphs}}
                     .dump(2)
              << "\n";
  } else {
    std::string summary =
        fmt::format("{} added, {} replaced, {} unchanged", report.count(FileOutcome::Added),
                    report.count(FileOutcome::Replaced), report.count(FileOutcome::Unchanged));
    if (sharded)
      summary += fmt::format(", {} in other shards", report.count(FileOutcome::OtherShard));
    if (failed > 0) summary += fmt::format(", {} failed", failed);
    std::cout << fmt::format("{}: {}; {} indexed\n", counted(report.files.size(), "file", "files"),
                             summary, counted(paragraphs, "paragraph", "paragraphs"));
    if (report.count(FileOutcome::Unchanged) == report.files.size()) {
      std::cout << "nothing changed: every file is already in the database as it is\n";
    }
  }
}

}  // namespace

int run_ingest(const std::vector<std::string>& args) {
  po::options_description options("OPTIONS");
  add_common_options(options);
  options.add_options()("body", po::value<std::string>()->value_name("NAME"),
                        "issuing body of every file")(
      "title", po::value<std::string>()->value_name("TEXT"), "title of every file")(
      "date", po::value<std::string>()->value_name("DATE"), "date of every file (YYYY-MM-DD)")(
      "lang", po::value<std::string>()->value_name("CODE"),
      "language of every file (en, es, fr...)")(
      "symbol", po::value<std::string>()->value_name("SYMBOL"), "document symbol (A/RES/78/7)")(
      "shard", po::value<std::string>()->value_name("I/N"),
      "keep only the statements of shard I of N (by a hash of the id)")(
      "batch", po::value<Count>()->value_name("N")->default_value(20000),
      "commit after every N paragraphs")("max-size",
                                         po::value<Count>()->value_name("MB")->default_value(64),
                                         "refuse files larger than MB megabytes")(
      "format", po::value<std::string>()->value_name("FORMAT")->default_value("text"),
      "summary as text or json")("verbose,v", "print one line per file")("quiet,q",
                                                                         "no progress bar")(
      "path", po::value<std::vector<std::string>>()->value_name("PATH"), "files or folders");
  po::variables_map values;
  if (!parse_or_show_help(args, options, "path", kHelp, values)) return 0;
  if (!values.count("path")) throw UsageError("ingest needs at least one file or folder");
  const OutputFormat format = text_or_json_format(values, "ingest");

  IngestOptions ingest = ingest_options(values);

  std::vector<std::filesystem::path> paths;
  for (const auto& p : values["path"].as<std::vector<std::string>>()) paths.emplace_back(p);
  // When no path exists there is nothing to ingest: say so before a database is created.
  std::error_code ec;
  if (std::none_of(paths.begin(), paths.end(),
                   [&](const auto& p) { return std::filesystem::exists(p, ec); }))
    throw DataError(fmt::format("{}: no such file or folder", paths.front().string()));
  const auto files = collect_files(paths);
  if (files.empty())
    throw DataError("no supported files found (.txt .md .html .htm .pdf .docx .xml)");

  Database database = Database::open_for_writing(database_path(values));
  if (database.stemming() == Stemming::Snowball) {
    fmt::print(stderr,
               "concord: note: {} was created before Concord matched British and American "
               "spellings; it keeps matching them apart (ingest into a new --db to merge them)\n",
               database.path().string());
  }
  const bool verbose = values.count("verbose") > 0;
  ProgressBar progress("files", !values.count("quiet") && files.size() > 1 && !verbose);
  ingest.on_progress = [&](std::size_t done, std::size_t total, const FileReport& file) {
    if (file.outcome == FileOutcome::Failed) {
      progress.clear();
      fmt::print(stderr, "concord: {}: {}\n", file.path.string(), file.reason);
    } else if (verbose) {
      fmt::print(stderr, "{}: {} {} ({})\n", file.path.string(), outcome_name(file.outcome),
                 file.statement_id, counted(file.paragraphs, "paragraph", "paragraphs"));
    }
    const bool stored = file.outcome == FileOutcome::Added || file.outcome == FileOutcome::Replaced;
    if (stored && !file.same_as.empty()) {
      progress.clear();
      fmt::print(stderr, "concord: note: {}: the same text as statement {}; stored as {} too\n",
                 file.path.string(), file.same_as, file.statement_id);
    }
    progress.update(done, total, file.path.filename().string());
  };
  const IngestReport report = ingest_files(database, files, ingest);

  print_summary(report, format, ingest.shard.has_value());
  return report.count(FileOutcome::Failed) > 0 ? static_cast<int>(ExitCode::DataError) : 0;
}

}  // namespace concord::cli
