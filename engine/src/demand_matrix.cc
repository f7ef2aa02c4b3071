// A consensus matrix: the same demand across statements, who makes it and how strongly.
#include "concord/engine/demand_matrix.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <utility>

#include "concord/engine/stemmer.hpp"
#include "concord/engine/text.hpp"
#include "concord/engine/tokenizer.hpp"

namespace concord {
namespace {

constexpr double kAddresseeThreshold = 0.5;
constexpr double kActionThreshold = 0.3;
constexpr std::size_t kContainedWords = 3;
constexpr double kContainedShare = 0.75;
constexpr std::size_t kSameDemandWords = 4;

// Words that do not tell one addressee from another ("the United States of America").
const std::set<std::string, std::less<>> kAddresseeNoise = {
    "the", "a", "an", "of", "de", "del", "la", "le", "les", "el", "los", "las", "l", "du", "des"};

// Function words of English, Spanish and French: an action's content is what remains.
const std::set<std::string, std::less<>> kFunctionWords = {
    "the", "a",   "an",    "of",  "to",   "in",   "on",    "at",    "by",    "for", "with", "and",
    "or",  "its", "their", "it",  "this", "that", "these", "those", "from",  "as",  "be",   "is",
    "are", "any", "all",   "de",  "del",  "la",   "le",    "les",   "el",    "los", "las",  "l",
    "du",  "des", "y",     "e",   "o",    "en",   "a",     "al",    "que",   "su",  "sus",  "et",
    "ou",  "à",   "au",    "aux", "sa",   "son",  "ses",   "leur",  "leurs", "un",  "une",  "una",
    "uno", "por", "para",  "con", "pour", "par",  "avec",  "sur"};

// Words of a text, lower-cased, in order.
std::vector<std::string> word_list(std::string_view text) {
  std::vector<std::string> out;
  const std::string lower = to_lower(text);
  for (const Token& t : tokenize(lower)) {
    if (t.is_word) out.emplace_back(token_text(lower, t));
  }
  return out;
}

std::set<std::string> lower_words(std::string_view text) {
  const std::vector<std::string> words = word_list(text);
  return {words.begin(), words.end()};
}

template <typename Set>
double jaccard(const Set& a, const Set& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::set<std::string> addressee_words(std::string_view addressee) {
  std::set<std::string> words = lower_words(addressee);
  std::erase_if(words, [](const std::string& w) { return kAddresseeNoise.count(w) > 0; });
  return words;
}

double stem_similarity(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  return jaccard(a, b);
}

// True when the shorter action is, but for a word or so, inside the longer one: "the
// military escalation in the Caribbean" and "the ongoing military escalation in the Caribbean
// as a grave threat to ...". The extractor keeps some actions short and others whole, which
// Jaccard alone punishes.
bool contained(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  const std::size_t shorter = std::min(a.size(), b.size());
  return common >= kContainedWords &&
         static_cast<double>(common) >= kContainedShare * static_cast<double>(shorter);
}

// An act placed in the matrix, with what matching needs computed once.
struct Entry {
  std::size_t statement = 0;
  const Demand* demand = nullptr;
  std::set<std::string> addressee;
  std::set<std::string> action;
  std::set<std::string> object;  // object_head_stems of its action verb's object, if any
  // The stance the act takes, stemmed ("solidar" for "expresses solidarity" and for
  // "reaffirms its unwavering solidarity with ..."), and the first content words of what it
  // is taken towards; empty when the act restates no stance.
  std::string stance;
  std::set<std::string> stance_object;
};

// Words that put a stance noun to its object: "solidarity with", "support for", "commitment
// to" (English, Spanish, French).
const std::set<std::string, std::less<>> kStancePrepositions = {
    "with", "for", "to",   "towards", "toward", "of",  "con",    "a",    "al", "hacia",
    "para", "por", "avec", "à",       "au",     "aux", "envers", "pour", "en"};
constexpr std::size_t kStanceNounWithin = 4;  // "its full and unwavering support for"
constexpr std::size_t kStanceSharedHeads = 2;

// Words that join a second ask to the first ("as" for "as well as"): an object opening with
// one is none ("restraint and for the cessation of ...": restraint has no object).
const std::set<std::string, std::less<>> kCoordinators = {"and", "or", "nor", "y",  "e",
                                                          "o",   "ni", "et",  "ou", "as"};

// The first content words of an action verb's object, stemmed: what is to be stopped or
// released, not the aims and places that follow ("the lethal strikes on boats, which are").
std::set<std::string> object_head_stems(std::string_view object, Stemmer& stemmer) {
  constexpr std::size_t kHeadWords = 4;
  std::set<std::string> out;
  const std::string lower = to_lower(object);
  std::size_t taken = 0;
  bool first = true;
  for (const Token& t : tokenize(lower)) {
    if (!t.is_word) continue;
    const std::string word(token_text(lower, t));
    if (std::exchange(first, false) && kCoordinators.count(word) > 0) break;
    if (kFunctionWords.count(word) > 0) continue;
    out.insert(stemmer.stem(word));
    if (++taken == kHeadWords) break;
  }
  return out;
}

// "Reaffirms its unwavering solidarity with the people ..." restates a stance that
// "Expresses its solidarity with the people ..." takes: the noun before the first
// preposition of the action, within its first words, names it.
void read_restated_stance(const Demand& read, Entry& entry, Stemmer& stemmer) {
  const std::vector<std::string> words = word_list(read.action);
  for (std::size_t i = 1; i < words.size() && i <= kStanceNounWithin; ++i) {
    if (kStancePrepositions.count(words[i]) == 0) continue;
    if (kFunctionWords.count(words[i - 1]) > 0) return;
    entry.stance = stemmer.stem(words[i - 1]);
    std::string rest;
    for (std::size_t k = i + 1; k < words.size(); ++k) rest += words[k] + " ";
    entry.stance_object = object_head_stems(rest, stemmer);
    return;
  }
}

// The stance an act that takes a position names in its own words: "solidarity", "supports",
// "stands in solidarity" (its last word), with its object's first content words.
void read_stance(const Demand& read, Entry& entry, Stemmer& stemmer) {
  const std::vector<std::string> act = word_list(read.act);
  if (act.empty()) return;
  entry.stance = stemmer.stem(act.back());
  entry.stance_object = object_head_stems(read.action, stemmer);
}

// Families of acts that ask for, stand for or against something. Recalling, reaffirming,
// welcoming and noting (affirmation, acknowledgement) are how preambles open: two such acts
// on like objects are often two different recalls.
bool takes_a_position(const Demand& d) {
  return d.family != "affirmation" && d.family != "acknowledgement" && d.family != "other" &&
         !d.family.empty();
}

Entry entry_of(std::size_t statement, const Demand& read, const Demand* placed, Stemmer& stemmer) {
  Entry entry{statement,
              placed,
              addressee_words(read.addressee),
              action_stems(read.action, stemmer),
              read.action_verb.empty() ? std::set<std::string>{}
                                       : object_head_stems(read.action_object, stemmer),
              {},
              {}};
  if (placed->family == "affirmation") {
    read_restated_stance(read, entry, stemmer);
  } else if (takes_a_position(*placed)) {
    read_stance(read, entry, stemmer);
  }
  return entry;
}

// One act restates the stance the other takes, towards the same party or thing:
// "Reaffirms its unwavering solidarity with the people and Government of Venezuela" and
// "Expresses its solidarity with the Government and people of Venezuela". The light verbs
// "reaffirms" and "reiterates" are not alike (docs/demands.md), so the act alone cannot say.
bool same_stance_restated(const Entry& a, const Entry& b) {
  const bool a_restates = a.demand->family == "affirmation";
  const bool b_restates = b.demand->family == "affirmation";
  if (a_restates == b_restates || a.stance.empty() || a.stance != b.stance ||
      a.demand->negated != b.demand->negated)
    return false;
  std::size_t shared = 0;
  for (const std::string& stem : a.stance_object) shared += b.stance_object.count(stem);
  return shared >= std::min({kStanceSharedHeads, a.stance_object.size(), b.stance_object.size()}) &&
         shared > 0;
}

// Acts that ask for one thing in other words: verbs of one group ("cease" / "the immediate
// halt of") on objects sharing a content word ("its air strikes on small vessels" / "the
// lethal strikes on boats"). Families that take a position only: "welcomes the cessation of
// hostilities" and "welcomes the cessation of the strikes" are two welcomes.
bool same_thing_asked(const Entry& a, const Entry& b) {
  const Demand& x = *a.demand;
  const Demand& y = *b.demand;
  if (x.action_verb.empty() || x.action_verb != y.action_verb || x.family != y.family ||
      x.negated != y.negated || x.family == "affirmation" || x.family == "acknowledgement" ||
      x.family == "other")
    return false;
  // "exercise the utmost restraint" and "restraint": a verb complete without an object. A
  // modal's object is its subject ("These attacks must stop"), which the action leaves out.
  if (a.object.empty() && b.object.empty()) return x.family != "must";
  return std::any_of(a.object.begin(), a.object.end(),
                     [&](const std::string& stem) { return b.object.count(stem) > 0; });
}

// How alike the actions of two acts are (Jaccard of their stems), or nothing when too little
// and neither is, but for a word or so, inside the other.
std::optional<double> actions_alike(const Entry& a, const Entry& b) {
  double similarity = stem_similarity(a.action, b.action);
  // Two acts without an object ("Decides", "Warns") match only on their family.
  if (a.action.empty() && b.action.empty())
    similarity = a.demand->family == b.demand->family ? 1.0 : 0.0;
  if (similarity < kActionThreshold && !contained(a.action, b.action)) return std::nullopt;
  return similarity;
}

// "Urges the immediate halt of the strikes" asks of no one in particular what "Calls upon
// the United States to cease its strikes" asks of one party: addressees match when one act
// names none.
bool addressees_compatible(const Entry& a, const Entry& b) {
  return a.addressee.empty() || b.addressee.empty() ||
         jaccard(a.addressee, b.addressee) >= kAddresseeThreshold;
}

// A row being built: its acts in the order they joined (the first describes the row).
struct Cluster {
  std::vector<Entry> members;
  std::vector<std::optional<Demand>> cells;
};

// Paragraphs of statements in two languages that an alignment put in one group:
// (statement, paragraph) of both, lower first. Within one language the actions' own words
// decide: a group may join paragraphs that share one point of several, and their acts may
// ask different things.
using ParagraphLinks = std::set<std::pair<GroupMember, GroupMember>>;

ParagraphLinks paragraph_links(const Comparison* alignment,
                               const std::vector<Statement>& statements) {
  ParagraphLinks links;
  if (alignment == nullptr) return links;
  for (const AlignedGroup& group : alignment->groups) {
    for (const GroupMember& x : group.members) {
      for (const GroupMember& y : group.members) {
        if (x.statement < y.statement &&
            statements[x.statement].language != statements[y.statement].language)
          links.emplace(x, y);
      }
    }
  }
  return links;
}

bool linked(const ParagraphLinks& links, const Entry& a, const Entry& b) {
  GroupMember x{a.statement, a.demand->paragraph}, y{b.statement, b.demand->paragraph};
  if (y < x) std::swap(x, y);
  return links.count({x, y}) > 0;
}

// Whether `a` may join a row holding `b`, and how well: same family counts first. Acts of one
// family in paragraphs of two languages that the alignment linked match whatever words their
// actions use (machine translation words one action two ways).
std::optional<std::pair<int, double>> match(const Entry& a, const Entry& b,
                                            const ParagraphLinks& links) {
  const bool same_family = a.demand->family == b.demand->family;
  // Addressees too come back from machine translation in other words ("all parties
  // concerned" / "all the interested parties"): whether each act has one is what counts.
  if (same_family && !links.empty() && a.addressee.empty() == b.addressee.empty() &&
      linked(links, a, b))
    return std::pair<int, double>{1, 1.0};
  if ((same_thing_asked(a, b) || same_stance_restated(a, b)) && addressees_compatible(a, b))
    return std::pair<int, double>{1,
                                  std::max(kActionThreshold, stem_similarity(a.action, b.action))};
  // Both name the same addressee, or neither names one.
  if (a.addressee.empty() != b.addressee.empty()) return std::nullopt;
  if (!addressees_compatible(a, b)) return std::nullopt;
  const std::optional<double> similarity = actions_alike(a, b);
  if (!similarity) return std::nullopt;
  return std::pair<int, double>{same_family ? 1 : 0, *similarity};
}

bool stronger(const Demand& a, const Demand& b) { return a.strength > b.strength; }

}  // namespace

std::size_t DemandRow::statement_count() const noexcept {
  return static_cast<std::size_t>(
      std::count_if(cells.begin(), cells.end(), [](const auto& c) { return c.has_value(); }));
}

bool addressees_match(std::string_view a, std::string_view b) {
  const auto wa = addressee_words(a), wb = addressee_words(b);
  if (wa.empty() || wb.empty()) return wa.empty() && wb.empty();
  return jaccard(wa, wb) >= kAddresseeThreshold;
}

double action_similarity(std::string_view a, std::string_view b, const std::string& language) {
  Stemmer stemmer(language);
  return stem_similarity(action_stems(a, stemmer), action_stems(b, stemmer));
}

ActionStems action_stems(std::string_view action, Stemmer& stemmer) {
  ActionStems out;
  for (const std::string& w : lower_words(action)) {
    if (kFunctionWords.count(w) == 0) out.insert(stemmer.stem(w));
  }
  return out;
}

double action_similarity(const ActionStems& a, const ActionStems& b) {
  return stem_similarity(a, b);
}

namespace {

// How well `entry` matches a row: single linkage, an act joins a row when it matches any act
// already in it, so that "cease all strikes immediately" links "cease the strikes" and
// "cease its airstrikes".
std::optional<std::pair<int, double>> row_match(const Entry& entry, const Cluster& row,
                                                const ParagraphLinks& links) {
  std::optional<std::pair<int, double>> best;
  for (const Entry& member : row.members) {
    const auto m = match(entry, member, links);
    if (m && (!best || *m > *best)) best = m;
  }
  return best;
}

// One pass in a fixed order of statements misses a link that runs through a later act: the
// NAM's Spanish text matches both the CELAC-EU's recall and the NAM's English one, but joins
// only one of their rows. Two rows without a statement in common whose acts match are one
// row; the best-matching pairs merge first, as single linkage would have.
void merge_rows_of_other_statements(std::vector<Cluster>& clusters, const ParagraphLinks& links) {
  struct Candidate {
    std::pair<int, double> score;
    std::size_t first, second;
  };
  auto disjoint = [](const Cluster& a, const Cluster& b) {
    for (std::size_t s = 0; s < a.cells.size(); ++s) {
      if (a.cells[s] && b.cells[s]) return false;
    }
    return true;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    for (std::size_t j = i + 1; j < clusters.size(); ++j) {
      if (!disjoint(clusters[i], clusters[j])) continue;
      std::optional<std::pair<int, double>> best;
      for (const Entry& a : clusters[i].members) {
        const auto m = row_match(a, clusters[j], links);
        if (m && (!best || *m > *best)) best = m;
      }
      if (best) candidates.push_back({*best, i, j});
    }
  }
  if (candidates.empty()) return;
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  // Each row merges into the earliest row it joins, which keeps describing it.
  std::vector<std::size_t> into(clusters.size());
  std::iota(into.begin(), into.end(), std::size_t{0});
  auto root = [&into](std::size_t c) {
    while (into[c] != c) c = into[c];
    return c;
  };
  for (const Candidate& candidate : candidates) {
    std::size_t a = root(candidate.first), b = root(candidate.second);
    if (a == b || !disjoint(clusters[a], clusters[b])) continue;
    if (b < a) std::swap(a, b);
    for (std::size_t s = 0; s < clusters[a].cells.size(); ++s) {
      if (clusters[b].cells[s]) clusters[a].cells[s] = std::move(clusters[b].cells[s]);
    }
    for (Entry& member : clusters[b].members) clusters[a].members.push_back(std::move(member));
    clusters[b].members.clear();
    into[b] = a;
  }
  std::erase_if(clusters, [](const Cluster& c) { return c.members.empty(); });
}

// Clusters the acts of demands_per_statement, matching them on `read` (the same acts, or
// their translations into `read_language`; the statements' own languages when null).
DemandMatrix cluster_demands(const std::vector<Statement>& statements,
                             const std::vector<std::vector<Demand>>& demands_per_statement,
                             const std::vector<std::vector<Demand>>& read,
                             const std::string* read_language, const Comparison* alignment) {
  const ParagraphLinks links = paragraph_links(alignment, statements);
  const std::size_t n = statements.size();
  // Cluster in an order of the statements that does not depend on the order given.
  std::vector<std::size_t> canonical(n);
  std::iota(canonical.begin(), canonical.end(), std::size_t{0});
  std::stable_sort(canonical.begin(), canonical.end(), [&](std::size_t x, std::size_t y) {
    const Statement& a = statements[x];
    const Statement& b = statements[y];
    return std::tie(a.id, a.body, a.date, a.title, a.source_path) <
           std::tie(b.id, b.body, b.date, b.title, b.source_path);
  });

  std::vector<Cluster> clusters;
  for (const std::size_t s : canonical) {
    Stemmer stemmer(read_language != nullptr ? *read_language : statements[s].language);
    for (std::size_t k = 0; k < demands_per_statement[s].size(); ++k) {
      const Demand& d = demands_per_statement[s][k];
      if (d.family == "other" || d.family.empty()) continue;
      Entry entry = entry_of(s, read[s][k], &d, stemmer);
      // Best row without this statement; failing that, best row with it.
      std::optional<std::size_t> best[2];
      std::pair<int, double> best_score[2];
      for (std::size_t c = 0; c < clusters.size(); ++c) {
        const std::optional<std::pair<int, double>> score = row_match(entry, clusters[c], links);
        if (!score) continue;
        const int slot = clusters[c].cells[s] ? 1 : 0;
        // A statement's second act joins its own row only as the same kind of act: the row
        // shows one act per statement, and "Expressing deep concern at the military build-up"
        // shown as "condemns" would put a stronger verb on another object.
        if (slot == 1 && score->first == 0) continue;
        if (!best[slot] || *score > best_score[slot]) {
          best[slot] = c;
          best_score[slot] = *score;
        }
      }
      const std::optional<std::size_t> chosen = best[0] ? best[0] : best[1];
      if (!chosen) {
        Cluster cluster{{std::move(entry)}, std::vector<std::optional<Demand>>(n)};
        cluster.cells[s] = d;
        clusters.push_back(std::move(cluster));
        continue;
      }
      std::optional<Demand>& cell = clusters[*chosen].cells[s];
      if (!cell || stronger(d, *cell)) cell = d;
      clusters[*chosen].members.push_back(std::move(entry));
    }
  }

  merge_rows_of_other_statements(clusters, links);

  DemandMatrix matrix;
  struct Keyed {
    std::size_t count;
    std::size_t first_statement, first_paragraph, order;
  };
  std::vector<std::pair<Keyed, DemandRow>> keyed;
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    Cluster& cluster = clusters[c];
    // The row reads as the act its first statement's cell shows: when that statement made
    // the point twice, the stronger act ("Condemns the military escalation"), not the first
    // one ("Expressing deep concern at the military build-up").
    const Entry& lead = cluster.members.front();
    const Demand& first =
        cluster.cells[lead.statement] ? *cluster.cells[lead.statement] : *lead.demand;
    DemandRow row{first.addressee, first.action, first.family, std::move(cluster.cells)};
    Keyed key{row.statement_count(), n, 0, c};
    for (std::size_t s = 0; s < n; ++s) {
      if (row.cells[s]) {
        key.first_statement = s;
        key.first_paragraph = row.cells[s]->paragraph;
        break;
      }
    }
    keyed.emplace_back(key, std::move(row));
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) {
    const Keyed& a = x.first;
    const Keyed& b = y.first;
    if (a.count != b.count) return a.count > b.count;
    return std::tie(a.first_statement, a.first_paragraph, a.order) <
           std::tie(b.first_statement, b.first_paragraph, b.order);
  });
  for (auto& [key, row] : keyed) matrix.rows.push_back(std::move(row));
  return matrix;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> paragraphs_making_the_same_demand(
    const std::vector<Demand>& a, const std::vector<Demand>& b, const std::string& language) {
  Stemmer stemmer(language);
  auto entries = [&](const std::vector<Demand>& demands) {
    std::vector<Entry> out;
    for (const Demand& d : demands) {
      if (takes_a_position(d)) out.push_back(entry_of(0, d, &d, stemmer));
    }
    return out;
  };
  const std::vector<Entry> from_a = entries(a), from_b = entries(b);
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const Entry& x : from_a) {
    for (const Entry& y : from_b) {
      if (x.demand->family != y.demand->family || x.demand->negated != y.demand->negated) continue;
      // The paragraphs the actions are written in: an item "(a) To cease ..." rather than
      // its lead-in "Calls upon the United States:".
      const std::pair paragraphs{x.demand->action_paragraph, y.demand->action_paragraph};
      if (same_thing_asked(x, y) && addressees_compatible(x, y)) {
        pairs.insert(paragraphs);
        continue;
      }
      // Linking paragraphs takes more than a row of the matrix: the actions share at least
      // four content words. Three let "condemn Russia's human rights violations in the
      // territories Russia occupies" pass for "condemn all violations and abuses of their
      // human rights" (of women and girls).
      std::size_t shared = 0;
      for (const std::string& stem : x.action) shared += y.action.count(stem);
      if (shared < kSameDemandWords) continue;
      if (addressees_compatible(x, y) && actions_alike(x, y)) pairs.insert(paragraphs);
    }
  }
  return {pairs.begin(), pairs.end()};
}

DemandMatrix build_demand_matrix(const std::vector<Statement>& statements,
                                 const std::vector<std::vector<Demand>>& demands_per_statement,
                                 const Comparison* alignment) {
  if (statements.size() != demands_per_statement.size()) {
    throw std::invalid_argument("build_demand_matrix: one list of demands per statement");
  }
  return cluster_demands(statements, demands_per_statement, demands_per_statement, nullptr,
                         alignment);
}

DemandMatrix build_demand_matrix(const std::vector<Statement>& statements,
                                 const std::vector<std::vector<Demand>>& demands_per_statement,
                                 const std::vector<std::vector<Demand>>& translations,
                                 const std::string& language, const Comparison* alignment) {
  if (statements.size() != demands_per_statement.size() ||
      translations.size() != demands_per_statement.size()) {
    throw std::invalid_argument("build_demand_matrix: one list of demands per statement");
  }
  for (std::size_t s = 0; s < translations.size(); ++s) {
    if (translations[s].size() != demands_per_statement[s].size())
      throw std::invalid_argument("build_demand_matrix: one translation per demand");
  }
  DemandMatrix matrix =
      cluster_demands(statements, demands_per_statement, translations, &language, alignment);
  matrix.translated_into = language;
  return matrix;
}

}  // namespace concord
