// Apertium runs as a program on files: `apertium -f line -u MODE IN OUT` translates each
// line on its own (one paragraph per line) and drops the marks of unknown words.
#include "concord/indexer/machine_translation.hpp"

#include <fmt/format.h>
#include <unicode/locid.h>

#include <algorithm>
#include <deque>
#include <fstream>
#include <map>
#include <sstream>

#include "concord/engine/error.hpp"
#include "concord/indexer/external_program.hpp"

namespace concord {
namespace {

namespace fs = std::filesystem;

// Apertium translates about 100 KB of text a second on this kind of machine; the limit
// allows five times longer, and never less than a minute, before it is taken as hung.
constexpr int kMinTimeoutSeconds = 60;
constexpr std::size_t kTimeoutBytesPerSecond = 20000;
// Longer routes lose too much on the way.
constexpr std::size_t kMaxModesInRoute = 2;

// Apertium names languages by ISO 639-3 ("spa") in newer pairs and 639-1 ("es") in older.
std::string iso3(const std::string& code) {
  if (code.size() != 2) return code;
  const icu::Locale locale(code.c_str());
  const char* three = locale.getISO3Language();
  return three != nullptr && *three != '\0' ? three : code;
}

std::string first_line(const std::string& text) {
  const std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? "no message" : line;
}

void write_lines(const fs::path& path, const std::vector<std::string>& texts) {
  std::ofstream out(path, std::ios::binary);
  for (const std::string& text : texts) {
    std::string line = text;
    std::replace(line.begin(), line.end(), '\n', ' ');
    out << line << '\n';
  }
  if (!out.flush()) throw EnvironmentError("cannot write " + path.string());
}

std::vector<std::string> read_lines(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw EnvironmentError("cannot read " + path.string());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

MachineTranslator::MachineTranslator() {
  const auto program = find_program({"apertium"});
  if (!program) return;
  program_ = program->string();
  const ProgramRun listing = run_program(*program, {"-l"}, kMinTimeoutSeconds);
  if (listing.exit_status != 0) return;
  std::istringstream lines(listing.output);
  for (std::string name; lines >> name;) {
    // Plain pairs only: "spa-eng", "fr-es"; not variants ("spa-eng_US") or special modes
    // ("eco-es-fr").
    const auto dash = name.find('-');
    if (dash == std::string::npos || name.find_first_of("-_", dash + 1) != std::string::npos)
      continue;
    modes_.push_back({name, iso3(name.substr(0, dash)), iso3(name.substr(dash + 1))});
  }
}

std::vector<std::string> MachineTranslator::route(const std::string& from,
                                                  const std::string& to) const {
  const std::string source = iso3(from), target = iso3(to);
  if (source.empty() || target.empty() || source == target) return {};
  // Breadth first, so the shortest route wins; modes in their listed order break ties.
  std::map<std::string, std::vector<std::string>> reached{{source, {}}};
  std::deque<std::string> frontier{source};
  while (!frontier.empty()) {
    const std::string language = frontier.front();
    frontier.pop_front();
    const std::vector<std::string> path = reached[language];
    if (path.size() == kMaxModesInRoute) continue;
    for (const Mode& mode : modes_) {
      if (mode.from != language || reached.count(mode.to)) continue;
      std::vector<std::string> longer = path;
      longer.push_back(mode.name);
      if (mode.to == target) return longer;
      reached.emplace(mode.to, std::move(longer));
      frontier.push_back(mode.to);
    }
  }
  return {};
}

bool MachineTranslator::can_translate(const std::string& from, const std::string& to) const {
  return !route(from, to).empty();
}

std::vector<std::string> MachineTranslator::translate(const std::vector<std::string>& texts,
                                                      const std::string& from,
                                                      const std::string& to) const {
  const std::vector<std::string> modes = route(from, to);
  if (modes.empty()) {
    throw EnvironmentError(fmt::format(
        "cannot translate {} into {}: Apertium has no such language pair installed", from, to));
  }
  if (texts.empty()) return {};
  ScratchDirectory scratch;
  fs::path input = scratch.path() / "0.txt";
  write_lines(input, texts);
  std::size_t bytes = 0;
  for (const std::string& text : texts) bytes += text.size() + 1;
  const int timeout = kMinTimeoutSeconds + static_cast<int>(bytes / kTimeoutBytesPerSecond);
  for (std::size_t step = 0; step < modes.size(); ++step) {
    const fs::path output = scratch.path() / fmt::format("{}.txt", step + 1);
    const ProgramRun run = run_program(
        program_, {"-f", "line", "-u", modes[step], input.string(), output.string()}, timeout);
    if (run.exit_status != 0) {
      throw EnvironmentError(fmt::format("apertium {} failed (exit status {}): {}", modes[step],
                                         run.exit_status, first_line(run.output)));
    }
    input = output;
  }
  std::vector<std::string> translated = read_lines(input);
  if (translated.size() != texts.size()) {
    throw EnvironmentError(fmt::format("apertium returned {} lines for {} paragraphs",
                                       translated.size(), texts.size()));
  }
  return translated;
}

namespace {

// English when every statement can be translated into it, else the most used language of
// the statements that all others can be translated into.
std::optional<std::string> common_language(const std::vector<Statement>& statements,
                                           const MachineTranslator& translator) {
  std::map<std::string, std::size_t> uses;
  for (const Statement& s : statements) {
    if (s.language.empty()) return std::nullopt;
    ++uses[s.language];
  }
  if (uses.size() < 2) return std::nullopt;
  std::vector<std::string> candidates{"en"};
  std::vector<std::pair<std::string, std::size_t>> by_use(uses.begin(), uses.end());
  std::stable_sort(by_use.begin(), by_use.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [language, count] : by_use) candidates.push_back(language);
  for (const std::string& target : candidates) {
    const bool reachable = std::all_of(uses.begin(), uses.end(), [&](const auto& use) {
      return use.first == target || translator.can_translate(use.first, target);
    });
    if (reachable) return target;
  }
  return std::nullopt;
}

}  // namespace

bool share_one_language(const std::vector<Statement>& statements) {
  return std::all_of(statements.begin(), statements.end(),
                     [&](const Statement& s) { return s.language == statements.front().language; });
}

std::optional<TranslatedStatements> translate_to_common_language(
    const std::vector<Statement>& statements, const MachineTranslator& translator) {
  const std::optional<std::string> target = common_language(statements, translator);
  if (!target) return std::nullopt;
  TranslatedStatements out{*target, statements};
  for (Statement& s : out.statements) {
    if (s.language == *target) continue;
    std::vector<std::string> texts;
    texts.reserve(s.paragraphs.size());
    for (const Paragraph& p : s.paragraphs) texts.push_back(p.text);
    const std::vector<std::string> translated = translator.translate(texts, s.language, *target);
    for (std::size_t i = 0; i < s.paragraphs.size(); ++i) s.paragraphs[i].text = translated[i];
    s.language = *target;
  }
  return out;
}

std::optional<TranslatedDemands> translate_demands(const std::vector<Statement>& statements,
                                                   const std::vector<std::vector<Demand>>& demands,
                                                   const MachineTranslator& translator) {
  const std::optional<std::string> target = common_language(statements, translator);
  if (!target) return std::nullopt;
  TranslatedDemands out{*target, demands};
  for (std::size_t s = 0; s < statements.size() && s < out.demands.size(); ++s) {
    if (statements[s].language == *target || out.demands[s].empty()) continue;
    // Addressees, actions, then the objects of their action verbs, one line each, in one
    // run of Apertium per statement. The verbs' group names are the same in every language.
    std::vector<std::string> texts;
    for (const Demand& d : out.demands[s]) texts.push_back(d.addressee);
    for (const Demand& d : out.demands[s]) texts.push_back(d.action);
    for (const Demand& d : out.demands[s]) texts.push_back(d.action_object);
    const std::vector<std::string> translated =
        translator.translate(texts, statements[s].language, *target);
    const std::size_t count = out.demands[s].size();
    for (std::size_t k = 0; k < count; ++k) {
      out.demands[s][k].addressee = translated[k];
      out.demands[s][k].action = translated[count + k];
      out.demands[s][k].action_object = translated[2 * count + k];
    }
  }
  return out;
}

}  // namespace concord
