// Changes of speech act between two corresponding paragraphs: a stronger or weaker verb, a
// hedge added or dropped, a negation added or dropped.
#include "concord/engine/language_changes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <tuple>

#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/text.hpp"

namespace concord {
namespace {

// Acts of another family pair only when their actions are this alike; acts of one family
// that name no common addressee, when this alike.
constexpr double kOtherFamilyThreshold = 0.5;
constexpr double kSameFamilyThreshold = 0.2;

std::vector<Demand> of_paragraph(const std::vector<Demand>& demands, std::size_t paragraph) {
  std::vector<Demand> out;
  for (const Demand& d : demands) {
    if (d.action_paragraph == paragraph) out.push_back(d);
  }
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& lower_item) {
  return std::any_of(list.begin(), list.end(),
                     [&](const std::string& q) { return to_lower(q) == lower_item; });
}

std::string negated_lemma(const Demand& d) { return d.negated ? "not " + d.lemma : d.lemma; }

void compare_pair(const Demand& a, const Demand& b, std::vector<LanguageChange>& out) {
  auto change = [&](LanguageChangeKind kind, std::string from, std::string to,
                    const std::string& family, std::string detail) {
    LanguageChange c;
    c.kind = kind;
    c.from = std::move(from);
    c.to = std::move(to);
    c.family = family;
    c.detail = std::move(detail);
    c.from_paragraph = a.action_paragraph;
    c.to_paragraph = b.action_paragraph;
    out.push_back(std::move(c));
  };
  if (a.lemma != b.lemma) {
    if (a.family == b.family && a.strength > 0 && b.strength > 0 && a.strength != b.strength) {
      change(
          b.strength > a.strength ? LanguageChangeKind::Strengthened : LanguageChangeKind::Weakened,
          a.lemma, b.lemma, b.family, fmt::format("{} {} → {}", b.family, a.strength, b.strength));
    } else {
      change(LanguageChangeKind::VerbChanged, a.lemma, b.lemma, b.family,
             a.family == b.family ? b.family : fmt::format("{} → {}", a.family, b.family));
    }
  }
  if (a.negated != b.negated) {
    change(b.negated ? LanguageChangeKind::NegationAdded : LanguageChangeKind::NegationDropped,
           negated_lemma(a), negated_lemma(b), b.family, b.lemma);
  }
  // Qualifiers compare case-insensitively; each is reported once.
  std::vector<std::string> seen;
  for (const std::string& q : b.qualifiers) {
    const std::string lower = to_lower(q);
    if (contains(seen, lower) || contains(a.qualifiers, lower)) continue;
    seen.push_back(lower);
    change(LanguageChangeKind::QualifierAdded, "", q, b.family, b.lemma);
  }
  seen.clear();
  for (const std::string& q : a.qualifiers) {
    const std::string lower = to_lower(q);
    if (contains(seen, lower) || contains(b.qualifiers, lower)) continue;
    seen.push_back(lower);
    change(LanguageChangeKind::QualifierDropped, q, "", a.family, a.lemma);
  }
}

}  // namespace

std::string_view to_string(LanguageChangeKind kind) noexcept {
  switch (kind) {
    case LanguageChangeKind::Strengthened:
      return "strengthened";
    case LanguageChangeKind::Weakened:
      return "weakened";
    case LanguageChangeKind::VerbChanged:
      return "verb-changed";
    case LanguageChangeKind::QualifierAdded:
      return "qualifier-added";
    case LanguageChangeKind::QualifierDropped:
      return "qualifier-dropped";
    case LanguageChangeKind::NegationAdded:
      return "negation-added";
    case LanguageChangeKind::NegationDropped:
      return "negation-dropped";
    case LanguageChangeKind::ActAdded:
      return "act-added";
    case LanguageChangeKind::ActDropped:
      return "act-dropped";
  }
  return "verb-changed";
}

std::vector<LanguageChange> language_changes(const std::vector<StemmedAct>& from,
                                             const std::vector<StemmedAct>& to,
                                             UnpairedActs unpaired, bool one_language) {
  std::vector<LanguageChange> out;
  std::vector<bool> taken(to.size(), false);
  auto unpaired_act = [&](LanguageChangeKind kind, const Demand& act) {
    LanguageChange c;
    c.kind = kind;
    (kind == LanguageChangeKind::ActAdded ? c.to : c.from) = negated_lemma(act);
    c.family = act.family;
    c.detail = act.addressee.empty() ? act.action : act.addressee + ": " + act.action;
    c.from_paragraph = c.to_paragraph = act.action_paragraph;
    out.push_back(std::move(c));
  };
  // Candidate pairs, best first: the same family, then the same named addressee, the same
  // verb, the most similar action. Acts of one family pair when they name one addressee or
  // ask alike; of two families, only when they ask alike ("condemn those facilitating the
  // war" and "regret Russia's withdrawal from the treaty" are two acts, no weakening).
  struct Candidate {
    std::tuple<int, int, int, double> key;
    std::size_t i, j;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < from.size(); ++i) {
    const Demand& a = from[i].act;
    if (a.family == "other") continue;
    for (std::size_t j = 0; j < to.size(); ++j) {
      const Demand& b = to[j].act;
      if (b.family == "other") continue;
      const double similarity = action_similarity(from[i].action, to[j].action);
      const bool same_family = a.family == b.family;
      const bool one_addressee = !a.addressee.empty() && !b.addressee.empty() &&
                                 addressees_match(a.addressee, b.addressee);
      const bool one_verb_group = !a.action_verb.empty() && a.action_verb == b.action_verb;
      const bool alike =
          one_addressee || one_verb_group || similarity >= kSameFamilyThreshold || !one_language;
      if (same_family ? !alike : similarity < kOtherFamilyThreshold) continue;
      candidates.push_back(
          {{same_family ? 1 : 0, one_addressee ? 1 : 0, a.lemma == b.lemma ? 1 : 0, similarity},
           i,
           j});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) { return x.key > y.key; });
  std::vector<bool> paired(from.size(), false);
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const Candidate& c : candidates) {
    if (paired[c.i] || taken[c.j]) continue;
    paired[c.i] = taken[c.j] = true;
    pairs.emplace_back(c.i, c.j);
  }
  // Changes in the order of the first paragraph's acts.
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [i, j] : pairs) compare_pair(from[i].act, to[j].act, out);
  if (unpaired == UnpairedActs::Report) {
    for (std::size_t i = 0; i < from.size(); ++i) {
      if (!paired[i] && from[i].act.family != "other")
        unpaired_act(LanguageChangeKind::ActDropped, from[i].act);
    }
    for (std::size_t j = 0; j < to.size(); ++j) {
      if (!taken[j] && to[j].act.family != "other")
        unpaired_act(LanguageChangeKind::ActAdded, to[j].act);
    }
  }
  return out;
}

std::vector<LanguageChange> language_changes(const std::vector<Demand>& from,
                                             const std::vector<Demand>& to,
                                             const std::string& language) {
  Stemmer stemmer(language);
  auto stemmed = [&](const std::vector<Demand>& acts) {
    std::vector<StemmedAct> out;
    out.reserve(acts.size());
    for (const Demand& d : acts) out.push_back({d, action_stems(d.action, stemmer)});
    return out;
  };
  return language_changes(stemmed(from), stemmed(to));
}

std::vector<LanguageChange> language_changes(const Statement& a, std::size_t pa, const Statement& b,
                                             std::size_t pb, const SpeechActLexicon& lexicon) {
  if (pa >= a.paragraphs.size() || pb >= b.paragraphs.size()) {
    throw std::out_of_range("language_changes: no such paragraph");
  }
  return language_changes(of_paragraph(extract_demands(a, lexicon), pa),
                          of_paragraph(extract_demands(b, lexicon), pb), a.language);
}

}  // namespace concord
