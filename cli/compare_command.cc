// concord compare: align the paragraphs of two or more statements and diff their wording.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "command_line.hpp"
#include "commands.hpp"
#include "comparison_json.hpp"
#include "comparison_report.hpp"
#include "concord/engine/alignment.hpp"
#include "concord/engine/error.hpp"
#include "concord/engine/language_changes.hpp"
#include "concord/engine/report.hpp"
#include "statement_inputs.hpp"
#include "terminal.hpp"
#include "vote_output.hpp"

namespace concord::cli {
namespace {

const CommandHelp kHelp{
    "compare - align the paragraphs of two or more statements and diff their wording",
    "concord compare [OPTIONS] STATEMENT STATEMENT [STATEMENT...]",
    R"(  Each STATEMENT is a file (read on the fly; the database is not touched), a folder (its
  statement files, found as 'concord ingest' finds them: README, LICENSE and *.meta.yaml
  sidecars left out) or the id of a statement in the database. Concord finds which
  paragraphs make the same point, groups them across statements, and shows how the wording
  differs inside each group:
    shared   every statement has a paragraph in the group
    partial  some statements do
    unique   one statement alone
  A paragraph may join several of another statement's paragraphs (split or merged text,
  or one paragraph covering two points). The groups do not depend on the order in which
  the statements are given; they are listed in the reading order of the first one.

  Similarity is lexical on stemmed words, weighted by how rare each word is in a background
  table shipped with Concord (240,000 paragraphs of UN resolutions, debates and G7
  statements) together with the database when there is one (--db, CONCORD_DB or the
  default), so that formula words every statement uses count little. Whole
  paragraphs and their clauses are compared, so that a paragraph sharing one point with
  another is found; two clauses that are each other's closest in the two statements link
  their paragraphs, however much else these say, and so do two paragraphs making the same
  demand (acts of one family asking the same of the same party: "strongly opposes unilateral
  actions that seek to change the status quo"; or verbs of one group on one object, as in
  "To cease its air strikes on small vessels" and "Urges the immediate halt of the lethal
  strikes on boats": the groups are the action_verbs of data/lexicons/LANG.yaml). Between
  different bodies, related words, WordNet synonyms and word vectors shipped with Concord
  (learnt from UN, General Debate and G7 texts) also count, so that a point made in other
  words ("cease" / "halt", "naval presence" / "military deployment") is found. A paragraph
  left without a partner joins one that holds it word for word, or that it holds (a run of
  12 words or more making most of the shorter): a paragraph merged into another, a recall
  cut to its first clause.

  Order: versions of one text (a resolution adopted again, a draft and its final text)
  keep their order, and alignment follows it, reporting moved paragraphs; statements by
  different bodies do not. --order auto (the default) decides for each pair of statements
  from how many of their paragraphs are near-identical, and says which it chose. In free
  order, statements whose linked paragraphs turn out to follow one order (one body's
  statements a year apart) are aligned again with that order weighing a little: of two
  similar paragraphs, the one in place is preferred.

  Languages: statements written in different languages share too few words, so they are
  aligned through machine translations into one language (English when every statement
  can be translated into it), made by Apertium with the language pairs installed
  (Debian's apertium-eng-spa, apertium-fr-es: Spanish, French and English). Groups,
  diffs and output keep each statement's own words; the JSON gives each translated
  paragraph's "translation". A translation of a statement is aligned with it as a version
  of one text, paragraph by paragraph. Changes of verb compare across languages (the
  lexicons name acts by one English lemma on one scale: "Exige" is "demands"); qualifiers,
  words of each language, are compared within one language only. --no-translation
  compares the words as they are. Without a route between two languages, a note says so
  on stderr. A statement with too little text for its language to be recognised is read
  as the language of the others, and a note says so.

  In text output, wording that not all members of a group share is marked {+like this+}
  (bold on a terminal), and changes of inflection or spelling only (condemns/condemned,
  programme/program) ~like this~. --changes-only leaves out the groups that change
  nothing (every statement holds the paragraph word for word, in its place) and says how
  many it left out: between versions of one text, what remains is what was revised,
  moved, added or dropped. It works with every --format: the JSON then counts them in
  "unchanged_groups_left_out", and the reports under their summary, which still counts
  every paragraph.
  Under each group, changes of speech act from its first statement's paragraphs to the
  others': a verb strengthened or weakened on its family's scale ("↑ strengthened: calls
  upon → demands"), another verb, a qualifier such as "as appropriate" or "in
  accordance with international law" added or dropped, a negation added or dropped (the
  scales are in docs/demands.md); between versions of one text also an act added or
  dropped ("+ act added: rejects the fabrication of false pretexts…").
  Votes: a resolution read from the UN's Akoma Ntoso XML records how it was adopted.
  Under the statements, each one's vote is given ("recorded vote: 165 in favour, 7
  against, 12 abstaining") with the members against and abstaining; after the summary,
  the statements taken by date, the members that voted otherwise from one adoption to
  the next: first those that changed sides ("ARGENTINA: in favour → against"), then
  those recorded in one vote only ("not recorded": absent, not voting, or not then a
  member of the Security Council).
  The JSON output is documented in docs/compare-json.md. --format md and --format html
  print on stdout the report 'concord report' writes for the same statements: Markdown
  tables, or one self-contained HTML page, with the consensus matrix ('concord report'
  also takes --by and --title, and writes PDF).

  Size: many statements are compared pair by pair: the 93 GA resolutions of 17 yearly
  series in about nine seconds on two cores, 93 unrelated ones (every pair compared in free
  order, with related words and word vectors) in about twenty. On a terminal a progress bar
  on stderr follows the pairs aligned and the groups diffed.
  Two statements whose paragraphs make more than 500 million pairs (some 8 GB of tables,
  e.g. 25,000 x 20,000 paragraphs) are refused with exit status 1: compare parts of them.
)",
    R"(  concord compare corpus/nam-coordinating-bureau-2025-11-18.md corpus/friends-of-the-charter-2025-11-18.md
  concord compare --format json A_RES_77_296.txt A_RES_78_277.txt
  concord compare --changes-only A_RES_77_296.txt A_RES_78_277.txt
  concord compare --format html A_RES_77_296.txt A_RES_78_277.txt > culture-of-peace.html
  concord compare --order keep friends-of-the-charter-2025-11-18 friends-of-the-charter-2025-12-draft
)"};

// The first words of an act's action, enough to tell which act it is.
std::string shortened(const std::string& action) {
  constexpr std::size_t kWords = 8;
  std::size_t end = 0;
  for (std::size_t words = 0; words < kWords && end != std::string::npos; ++words)
    end = action.find(' ', end == 0 ? 0 : end + 1);
  return end == std::string::npos ? action : action.substr(0, end) + "…";
}

// "  ↑ strengthened: calls upon → demands (request) [A]→[B]".
std::string change_line(const LanguageChange& c, const Style& style) {
  std::string what;
  switch (c.kind) {
    case LanguageChangeKind::Strengthened:
      what = fmt::format("↑ strengthened: {} → {} ({})", c.from, c.to, c.family);
      break;
    case LanguageChangeKind::Weakened:
      what = fmt::format("↓ weakened: {} → {} ({})", c.from, c.to, c.family);
      break;
    case LanguageChangeKind::VerbChanged:
      what = fmt::format("~ verb changed: {} → {} ({})", c.from, c.to, c.detail);
      break;
    case LanguageChangeKind::QualifierAdded:
      what = fmt::format("+ qualifier added: {} ({})", c.to, c.detail);
      break;
    case LanguageChangeKind::QualifierDropped:
      what = fmt::format("- qualifier dropped: {} ({})", c.from, c.detail);
      break;
    case LanguageChangeKind::NegationAdded:
      what = fmt::format("! negation added: {} → {}", c.from, c.to);
      break;
    case LanguageChangeKind::NegationDropped:
      what = fmt::format("! negation dropped: {} → {}", c.from, c.to);
      break;
    case LanguageChangeKind::ActAdded:
      what = fmt::format("+ act added: {} {} ({})", c.to, shortened(c.detail), c.family);
      break;
    case LanguageChangeKind::ActDropped:
      what = fmt::format("- act dropped: {} {} ({})", c.from, shortened(c.detail), c.family);
      break;
  }
  return "  " + what + " " +
         style.dim(fmt::format("[{}]→[{}]", statement_letter(c.from_statement),
                               statement_letter(c.to_statement)));
}

void print_text(const std::vector<Statement>& statements, const Comparison& comparison,
                const Style& style, bool changes_only) {
  print_statement_legend(statements, style);
  for (std::size_t s = 0; s < statements.size(); ++s) {
    if (!statements[s].vote) continue;
    for (const std::string& line : vote_lines(*statements[s].vote))
      std::cout << style.dim(fmt::format("[{}] {}", statement_letter(s), line)) << "\n";
  }
  for (const PairOrder& o : comparison.orders) {
    std::cout << style.dim(fmt::format("order {}: [{}]-[{}]\n", to_string(o.mode),
                                       statement_letter(o.first), statement_letter(o.second)));
  }
  std::cout << "\n";
  std::size_t left_out = 0;
  for (const AlignedGroup& g : comparison.groups) {
    if (changes_only && changes_nothing(g, statements)) {
      ++left_out;
      continue;
    }
    std::string head = fmt::format("{}", to_string(g.kind));
    if (g.kind != GroupKind::Unique) head += fmt::format(" {:.2f}", g.similarity);
    if (g.moved) head += " moved";
    std::cout << style.cyan(head) << "\n";
    for (std::size_t i = 0; i < g.members.size(); ++i) {
      const GroupMember& m = g.members[i];
      const Paragraph& p = statements[m.statement].paragraphs[m.paragraph];
      std::string text;
      if (i < g.diff.size() && g.kind != GroupKind::Unique) {
        for (const MemberSegment& seg : g.diff[i]) {
          const auto lead = seg.text.find_first_not_of(' ');
          const std::string space =
              seg.text.substr(0, lead == std::string::npos ? seg.text.size() : lead);
          const std::string body = lead == std::string::npos ? "" : seg.text.substr(lead);
          if (seg.kind == SharedKind::Common) {
            text += seg.text;
          } else if (seg.kind == SharedKind::Own) {
            text += space + (style.enabled ? style.bold(body) : "{+" + body + "+}");
          } else {
            text += space + (style.enabled ? style.dim(body) : "~" + body + "~");
          }
        }
      } else {
        text = p.text;
      }
      std::cout << fmt::format("  [{}] ¶{}{} {}\n", statement_letter(m.statement), m.paragraph + 1,
                               p.label.empty() ? "" : " " + p.label, text);
    }
    for (const LanguageChange& c : g.changes) std::cout << change_line(c, style) << "\n";
    std::cout << "\n";
  }
  if (changes_only) {
    std::cout << fmt::format("{} left out: the same words in every statement\n\n",
                             counted(left_out, "group", "groups"));
  }
  const auto counts = count_by_statement(comparison, statements.size());
  std::cout << "summary (groups per statement):\n";
  for (std::size_t s = 0; s < statements.size(); ++s) {
    std::cout << fmt::format("  [{}] {:>4} shared {:>4} partial {:>4} unique\n",
                             statement_letter(s), counts[s].shared, counts[s].partial,
                             counts[s].unique);
  }
  for (const SuccessiveVotes& votes : successive_vote_changes(statements)) {
    std::cout << fmt::format("\nvote changes [{}]→[{}]: {}\n", statement_letter(votes.earlier),
                             statement_letter(votes.later), describe_vote_counts(votes.changes));
    for (const VoteChange& c : votes.changes) std::cout << "  " << describe_vote_change(c) << "\n";
  }
}

}  // namespace

int run_compare(const std::vector<std::string>& args) {
  po::options_description options("OPTIONS");
  add_common_options(options);
  options.add_options()("order",
                        po::value<std::string>()->value_name("MODE")->default_value("auto"),
                        "auto, keep or free");
  add_format_option(options);
  options.add_options()("no-diff", "skip the word diffs inside groups")(
      "changes-only", "leave out the groups that change nothing");
  add_translation_option(options);
  add_statement_arguments(options);
  po::variables_map values;
  if (!parse_or_show_help(args, options, "statement", kHelp, values)) return 0;
  const OutputFormat format = output_format(values);
  const bool changes_only = values.count("changes-only") > 0;
  CompareOptions compare_options;
  compare_options.order = parse_order(values["order"].as<std::string>());
  compare_options.diffs = !values.count("no-diff");
  const auto names = string_values(values, "statement");
  const ComparedStatements compared =
      load_and_compare(names, database_path(values), compare_options, translation(values));
  const std::vector<Statement>& statements = compared.statements;
  const Comparison& comparison = compared.comparison;
  print_language_note(statements, comparison, translation(values));

  switch (format) {
    case OutputFormat::Text:
      print_text(statements, comparison, Style{colours_enabled(stdout)}, changes_only);
      break;
    case OutputFormat::Json:
      std::cout << comparison_json(statements, comparison, true, changes_only).dump(2) << "\n";
      break;
    case OutputFormat::Markdown:
      std::cout << ComparisonReport(compared, 0, {}, changes_only).markdown();
      break;
    case OutputFormat::Html:
      std::cout << ComparisonReport(compared, 0, {}, changes_only).html();
      break;
  }
  return 0;
}

}  // namespace concord::cli
