// A speech-act lexicon (demands.hpp) compiled for matching: texts as tokens, phrase sets and
// the forms of acts keyed by their first word. Private to the engine: the readers of speech
// acts (clause_acts.cc, act_parts.cc, demands.cc) are its only users.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "concord/engine/demands.hpp"

namespace concord {
namespace speech_acts {

// A token of a text: lower-cased (curly apostrophes straight), its bytes [begin, end), and
// whether it is a word and a capitalised one.
struct Tok {
  std::string lower;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool word = false;
  bool upper = false;
};

// Tokens with lower-case text; a French elision ("d'appliquer", "l'ONU") is two tokens so
// that "d'" can mark an infinitive and "l'" is a determiner.
[[nodiscard]] std::vector<Tok> tokens_of(std::string_view text);

/// The lower-case words of a phrase of the lexicon.
[[nodiscard]] std::vector<std::string> phrase_words(std::string_view phrase);

/// Whether `word` ends with one of `endings` after at least `min_stem` other bytes.
[[nodiscard]] bool ends_with_any(std::string_view word, const std::vector<std::string>& endings,
                                 std::size_t min_stem = 2);

// Phrases of one list of the lexicon (adverbs, determiners, ...), found by their first word.
class PhraseSet {
 public:
  void add(std::string_view phrase) {
    auto words = phrase_words(phrase);
    if (words.empty()) return;
    auto& list = by_first_[words.front()];
    list.push_back(std::move(words));
  }
  void add_all(const std::vector<std::string>& phrases) {
    for (const auto& p : phrases) add(p);
  }
  // Length of the longest phrase that starts at tokens[i] and ends before `end`; 0 if none.
  [[nodiscard]] std::size_t match(const std::vector<Tok>& tokens, std::size_t i,
                                  std::size_t end) const {
    if (i >= end) return 0;
    const auto it = by_first_.find(tokens[i].lower);
    if (it == by_first_.end()) return 0;
    std::size_t best = 0;
    for (const auto& words : it->second) {
      if (words.size() <= best || i + words.size() > end) continue;
      bool same = true;
      for (std::size_t k = 1; k < words.size() && same; ++k) same = tokens[i + k].lower == words[k];
      if (same) best = words.size();
    }
    return best;
  }
  // True when `word` is a one-word phrase of the set.
  [[nodiscard]] bool has(const std::string& word) const {
    const auto it = by_first_.find(word);
    if (it == by_first_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [](const auto& words) { return words.size() == 1; });
  }
  // Length of the longest phrase that ends at tokens[last] and starts at or after `begin`.
  [[nodiscard]] std::size_t match_ending_at(const std::vector<Tok>& tokens, std::size_t begin,
                                            std::size_t last) const {
    std::size_t best = 0;
    for (std::size_t len = 1; len <= 4 && len <= last + 1 - begin; ++len) {
      if (match(tokens, last + 1 - len, last + 1) == len) best = len;
    }
    return best;
  }

 private:
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> by_first_;
};

// A form of an act ("calls upon", "calling upon"): its words, its act and its kind.
struct FormEntry {
  std::vector<std::string> words;
  std::size_t act = 0;
  FormKind kind = FormKind::Present;
};

// Order of preference between forms of equal length.
[[nodiscard]] int kind_rank(FormKind kind);

// One language's lexicon with its lists as phrase sets and its forms keyed by first word.
struct CompiledLanguage {
  LanguageLexicon data;
  std::unordered_map<std::string, std::vector<FormEntry>> forms;
  std::unordered_map<std::string, std::vector<FormEntry>> light_verbs;
  PhraseSet adverbs, modifiers, determiners, prepositions, future, auxiliaries, copulas, linking,
      pronouns, negations_before, negations_after, action_negations, complementizers, coordinators,
      infinitive_openers, continuing_openers, reporting_verbs, list_coordinators, aside_openers,
      addressee_openers, action_markers, that_markers, clause_openers, heads, catenatives,
      passive_markers, passive_agents, qualifiers, action_ends, coordinated_actions, abbreviations,
      non_participles, not_acts, topic_frames, forms_before_to_or_that, action_verb_links;
  std::vector<PhraseSet> act_openers;
  std::vector<PhraseSet> action_verbs;  // one per group of data.action_verbs
};

}  // namespace speech_acts

struct SpeechActLexicon::Compiled {
  std::vector<speech_acts::CompiledLanguage> languages;
};

}  // namespace concord
