// Who is asked to act and what: the addressee and the action that follow an act in its
// clause (demands.cc). Private to the engine.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "clause_acts.hpp"

namespace concord::speech_acts {

// What follows an act: whom it asks (addressee) and what (the action's tokens).
struct Parts {
  std::string addressee;
  std::size_t action_begin = 0;
  std::size_t action_end = 0;
  bool action_negated = false;
  bool pending = false;  // a clause ending with ':' whose action is in the sub-items
  std::string prefix;    // words put before the action (the subject of a passive modal)
};

/// The addressee and action of act `f` in `clause` (`act`: its definition, null for an act
/// the lexicon does not hold).
[[nodiscard]] Parts parts_of(const Scan& s, const Clause& clause, const Found& f,
                             const SpeechActDefinition* act, const CompiledLanguage& lang);

// An action cut at an adjunct may go on past it: "to prepare a report ... in the light of the
// purposes of the Charter and to submit it to the General Assembly". The second action
// ("submit it to the General Assembly") and the conjunction before it; none when begin == end.
struct CoordinatedAction {
  std::size_t conjunction = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

[[nodiscard]] CoordinatedAction coordinated_action(const Scan& s, std::size_t cut, std::size_t end);

// The end of an action: a relative clause after a comma, an aside after a dash that runs to
// the end ("Venezuela —miembro fundador de nuestra agrupación"; an aside between two dashes
// stays), an adjunct of conformity ("in accordance with ..."), or 30 words (at the last
// comma before them when there is one).
[[nodiscard]] std::size_t action_end(const Scan& s, std::size_t begin, std::size_t end);

// True when the object of act `f` opens with a that-marker or a preposition that is not an
// action marker: "agrees that ...", "agreed on the need ...", "coincidimos en que ...", a
// proposition, where "agrees to establish ..." commits to an action.
[[nodiscard]] bool object_is_a_proposition(const Scan& s, const Found& f);

// Drops trailing punctuation and coordinators (and subject pronouns: ", and we").
[[nodiscard]] std::size_t trim_end(const Scan& s, std::size_t begin, std::size_t end,
                                   bool pronouns = true);

/// The qualifiers ("immediately", "unconditionally") in tokens [begin, end), once each.
[[nodiscard]] std::vector<std::string> qualifiers_in(const Scan& s, std::size_t begin,
                                                     std::size_t end);

[[nodiscard]] bool opens_noun_phrase(const Scan& s, std::size_t k);

[[nodiscard]] bool names_agent(const Scan& s, std::size_t begin, std::size_t end);

// Whether a subject names who acts: a name or an addressee noun before its first
// preposition, not a capital that only opens the sentence.
[[nodiscard]] bool subject_names_agent(const Scan& s, std::size_t begin, std::size_t end);

}  // namespace concord::speech_acts
