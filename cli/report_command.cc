// concord report: write a side-by-side comparison of statements as HTML, Markdown or PDF.
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "comparison_report.hpp"
#include "concord/engine/error.hpp"
#include "concord/indexer/external_program.hpp"
#include "statement_inputs.hpp"

namespace concord::cli {
namespace {

namespace fs = std::filesystem;

const CommandHelp kHelp{
    "report - write a side-by-side comparison of statements as HTML, Markdown or PDF",
    "concord report [OPTIONS] -o FILE STATEMENT STATEMENT [STATEMENT...]",
    R"(  Compares the statements as 'concord compare' does (each STATEMENT is a file, a folder of
  statement files or the id of a statement in the database) and writes the result to FILE
  as a document to read, print or share:
    html  one self-contained page (no scripts, nothing fetched): a summary of how many
          paragraphs each statement shares with each other one and with all, a table of
          contents, then one column per statement and one row per group of corresponding
          paragraphs. Shared, partial and unique rows are coloured differently; wording
          not all members of a row share is highlighted, changes of inflection or spelling only are
          underlined more quietly; the documents' own paragraph labels are kept. A
          consensus matrix ('concord matrix') follows the summary, and changes of speech
          act (a verb strengthened or weakened, a hedge or an act added or dropped) are tagged in
          the rows. Printing it (A4 landscape) repeats the column headers on every page.
    md    the same content as Markdown tables, for notes: the consensus matrix, then the
          rows with own wording in bold, inflection in italics and each change of speech
          act on a line under its paragraph ('↑ strengthened: calls upon → demands').
    pdf   the HTML page printed by headless Chromium ('apt-get install chromium');
          without Chromium the command fails with exit status 3.
  The format comes from the extension of FILE (.html or .htm, .md, .pdf) unless --format
  is given. Rows follow the reading order of the first statement, or of the one named by
  --by; a group without a paragraph of that statement comes right after the row of its
  own preceding paragraph. A paragraph in two groups (one paragraph making two points) is
  shown in both rows, each saying where else it is. --changes-only leaves out the rows
  that change nothing (every statement holds the paragraph word for word, in its place)
  and says how many under the summary, which still counts every paragraph: between
  versions of one text, the report shows what was revised, moved, added or dropped.

  FILE '-' writes the report on standard output (HTML unless --format says otherwise).
  Otherwise FILE is replaced atomically: it is written beside its final name, then
  renamed, and a line on stderr says so. Every
  piece of document text is escaped, so a statement cannot inject markup into the page.
  The date shown is today's, or the one of $SOURCE_DATE_EPOCH when set.
)",
    R"(  concord report -o report.html nam-coordinating-bureau-2025-11-18 friends-of-the-charter-2025-11-18
  concord report --by a-res-78-277 -o culture-of-peace.pdf A_RES_77_296.txt A_RES_78_277.txt
  concord report --changes-only -o revisions.html A_RES_77_296.txt A_RES_78_277.txt
  concord report --title 'Caribbean strikes' -o notes.md corpus/
)"};

enum class ReportFormat { Html, Markdown, Pdf };

constexpr int kChromiumTimeoutSeconds = 60;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

ReportFormat report_format(const po::variables_map& values, const fs::path& output) {
  if (!values.count("format") && output == "-") return ReportFormat::Html;
  if (values.count("format")) {
    const std::string format = lower(values["format"].as<std::string>());
    if (format == "html" || format == "htm") return ReportFormat::Html;
    if (format == "md" || format == "markdown") return ReportFormat::Markdown;
    if (format == "pdf") return ReportFormat::Pdf;
    throw UsageError(fmt::format("unknown report format '{}' (use html, md or pdf)",
                                 values["format"].as<std::string>()));
  }
  const std::string extension = lower(output.extension().string());
  if (extension == ".html" || extension == ".htm") return ReportFormat::Html;
  if (extension == ".md" || extension == ".markdown") return ReportFormat::Markdown;
  if (extension == ".pdf") return ReportFormat::Pdf;
  throw UsageError(
      fmt::format("cannot tell the report format from '{}' (name it .html, .md or .pdf, or "
                  "give --format)",
                  output.string()));
}

std::size_t statement_to_follow(const std::string& by, const std::vector<std::string>& names,
                                const std::vector<Statement>& statements) {
  for (std::size_t i = 0; i < statements.size(); ++i) {
    if (statements[i].id == by || names[i] == by) return i;
  }
  std::string ids;
  for (const Statement& s : statements) ids += (ids.empty() ? "" : ", ") + s.id;
  throw UsageError(fmt::format("--by {}: not one of the statements compared ({})", by, ids));
}

std::string system_error_text(int error) { return std::strerror(error); }

/// A file created beside `target` and renamed onto it by commit(); removed otherwise.
class PendingFile {
 public:
  explicit PendingFile(const fs::path& target) : target_(target) {
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string name = ".";
    name.append(target.filename().string()).append(".XXXXXX");
    std::string pattern = (folder / name).string();
    fd_ = mkstemp(pattern.data());
    if (fd_ < 0) {
      throw EnvironmentError(
          fmt::format("cannot write {}: {}", target.string(), system_error_text(errno)));
    }
    path_ = pattern;
    // mkstemp makes the file private; a report is an ordinary file.
    const mode_t mask = umask(0);
    umask(mask);
    fchmod(fd_, 0666 & ~mask);
  }
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  ~PendingFile() {
    if (fd_ >= 0) close(fd_);
    if (!committed_) unlink(path_.c_str());
  }

  [[nodiscard]] const fs::path& path() const { return path_; }

  void write(std::string_view content) {
    std::size_t done = 0;
    while (done < content.size()) {
      const ssize_t n = ::write(fd_, content.data() + done, content.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) fail();
      done += static_cast<std::size_t>(n);
    }
  }

  /// Closes the file (its content may have been written by another process) and renames
  /// it onto the target.
  void commit() {
    if (fsync(fd_) != 0 && errno != EINVAL) fail();
    const int fd = fd_;
    fd_ = -1;
    if (close(fd) != 0) fail();
    if (std::rename(path_.c_str(), target_.c_str()) != 0) fail();
    committed_ = true;
  }

 private:
  [[noreturn]] void fail() const {
    throw EnvironmentError(
        fmt::format("cannot write {}: {}", target_.string(), system_error_text(errno)));
  }

  fs::path target_;
  fs::path path_;
  int fd_ = -1;
  bool committed_ = false;
};

// Chromium on PATH, under Debian's name or the one other distributions use.
fs::path find_chromium() {
  if (auto found = find_program({"chromium", "chromium-browser"})) return *found;
  throw EnvironmentError(
      "PDF output needs Chromium: install it with 'apt-get install chromium' or write .html "
      "and print it");
}

// The last line of Chromium's messages that is not about D-Bus (absent in containers).
std::string last_message(const std::string& messages) {
  std::stringstream stream(messages);
  std::string last;
  for (std::string line; std::getline(stream, line);) {
    if (line.empty() || line.find("dbus") != std::string::npos) continue;
    last = line;
  }
  return last.empty() ? "no message" : last;
}

// Prints `html` to `output` as PDF with headless Chromium, through a page in a scratch
// folder; the PDF replaces `output` only once Chromium has written a whole one.
void write_pdf(const fs::path& chromium, const std::string& html, const fs::path& output) {
  ScratchDirectory scratch;
  const fs::path page = scratch.path() / "report.html";
  {
    PendingFile file(page);
    file.write(html);
    file.commit();
  }
  PendingFile pdf(fs::absolute(output));
  const std::vector<std::string> args = {
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-extensions",
      "--user-data-dir=" + (scratch.path() / "profile").string(),
      "--print-to-pdf=" + pdf.path().string(),
      // The current name, then the one Chromium used before version 111.
      "--no-pdf-header-footer",
      "--print-to-pdf-no-header",
      "file://" + page.string(),
  };
  const auto [code, messages] = run_program(chromium, args, kChromiumTimeoutSeconds);
  std::string magic(4, '\0');
  std::ifstream(pdf.path(), std::ios::binary).read(magic.data(), 4);
  if (code != 0 || magic != "%PDF") {
    throw EnvironmentError(fmt::format("chromium could not print {} (exit status {}): {}",
                                       output.string(), code, last_message(messages)));
  }
  pdf.commit();
}

void write_file(const fs::path& output, const std::string& content) {
  PendingFile file(output);
  file.write(content);
  file.commit();
}

}  // namespace

int run_report(const std::vector<std::string>& args) {
  po::options_description options("OPTIONS");
  add_common_options(options);
  options.add_options()("output,o", po::value<std::string>()->value_name("FILE"),
                        "where to write the report (required)")(
      "format", po::value<std::string>()->value_name("FORMAT"),
      "html, md or pdf (default: from the extension of FILE)")(
      "by", po::value<std::string>()->value_name("ID"),
      "follow the reading order of this statement (an id, or a file as given)")(
      "title", po::value<std::string>()->value_name("TEXT"),
      "heading of the report (default: the statements' symbols or bodies)")(
      "order", po::value<std::string>()->value_name("MODE")->default_value("auto"),
      "auto, keep or free, as for compare")(
      "changes-only", "leave out the rows that change nothing, as for compare")(
      "statement", po::value<std::vector<std::string>>()->value_name("STATEMENT"), "files or ids");
  add_translation_option(options);
  po::variables_map values;
  if (!parse_or_show_help(args, options, "statement", kHelp, values)) return 0;
  if (!values.count("output")) throw UsageError("report needs -o FILE (.html, .md or .pdf)");
  const fs::path output = values["output"].as<std::string>();
  if (output.empty() || !output.has_filename()) {
    throw UsageError(fmt::format("-o {}: not a file name", output.string()));
  }
  const ReportFormat format = report_format(values, output);
  CompareOptions compare_options;
  compare_options.order = parse_order(values["order"].as<std::string>());
  const auto names = string_values(values, "statement");
  // Before the work of comparing: the missing program is the likelier failure.
  const fs::path chromium = format == ReportFormat::Pdf ? find_chromium() : fs::path();

  const ComparedStatements compared = load_and_compare(
      names, database_path(values), compare_options, translation(values), "report");
  const auto& [statements, comparison, demands, translator] = compared;
  print_language_note(statements, comparison, translation(values));
  const ComparisonReport report(
      compared,
      values.count("by") ? statement_to_follow(values["by"].as<std::string>(), names, statements)
                         : 0,
      values.count("title") ? values["title"].as<std::string>() : std::string(),
      values.count("changes-only") > 0);

  if (output == "-") {
    switch (format) {
      case ReportFormat::Html:
        std::cout << report.html();
        break;
      case ReportFormat::Markdown:
        std::cout << report.markdown();
        break;
      case ReportFormat::Pdf: {
        ScratchDirectory scratch;
        const fs::path pdf = scratch.path() / "report.pdf";
        write_pdf(chromium, report.html(), pdf);
        std::cout << std::ifstream(pdf, std::ios::binary).rdbuf();
        break;
      }
    }
    std::cout.flush();
    if (!std::cout) throw EnvironmentError("cannot write the report to standard output");
    return 0;
  }
  switch (format) {
    case ReportFormat::Html:
      write_file(output, report.html());
      break;
    case ReportFormat::Markdown:
      write_file(output, report.markdown());
      break;
    case ReportFormat::Pdf:
      write_pdf(chromium, report.html(), output);
      break;
  }
  std::string groups = counted(comparison.groups.size(), "group", "groups");
  if (values.count("changes-only")) {
    const auto changed =
        std::count_if(comparison.groups.begin(), comparison.groups.end(),
                      [&](const AlignedGroup& g) { return !changes_nothing(g, statements); });
    groups = fmt::format("{} of {} shown: those that change something", changed, groups);
  }
  fmt::print(stderr, "concord: wrote report {} ({})\n", output.string(), groups);
  return 0;
}

}  // namespace concord::cli
