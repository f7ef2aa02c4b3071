// Which words of a clause are acts of the statement's speaker.
//
// The approach is the one of rule-based speech-act taggers for diplomatic texts (lexicon of
// performative verbs, their place in the clause, a few shallow phrase rules), as in the UN
// Editorial Manual's description of preambular and operative paragraphs: a form counts as
// the statement's own act only where a clause opens, after a subject, or coordinated with
// another act; anything later in the clause belongs to the first act's object.
#include "clause_acts.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "act_parts.hpp"

namespace concord::speech_acts {

std::vector<Clause> clauses_of(const std::vector<Tok>& tokens, const CompiledLanguage& lang) {
  std::vector<Clause> out;
  std::size_t begin = 0;
  std::size_t sentence = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Tok& t = tokens[i];
    if (t.word) continue;
    if (t.lower == "\u201c") quoted = true;
    if (t.lower == "\u201d") quoted = false;
    bool clause_end = !quoted && (t.lower == ";" || t.lower == ":");
    bool sentence_end = false;
    if (t.lower == "." || t.lower == "!" || t.lower == "?") {
      const bool last = i + 1 == tokens.size();
      const bool next_opens = last || tokens[i + 1].upper || !tokens[i + 1].word;
      const bool abbreviation =
          i > 0 && tokens[i - 1].word &&
          (lang.abbreviations.has(tokens[i - 1].lower) ||
           (tokens[i - 1].end - tokens[i - 1].begin == 1 && tokens[i - 1].upper));
      sentence_end = next_opens && !abbreviation;
      clause_end = sentence_end;
    }
    if (clause_end) {
      if (i > begin) out.push_back(Clause{begin, i, sentence, t.lower == ":"});
      begin = i + 1;
      if (sentence_end) ++sentence;
    }
  }
  if (begin < tokens.size()) out.push_back(Clause{begin, tokens.size(), sentence, false});
  return out;
}

std::size_t first_word_of(const std::vector<Tok>& tokens, const Clause& clause) {
  std::size_t i = clause.begin;
  while (i < clause.end) {
    if (tokens[i].word) return i;
    if (is_punct(tokens[i], "[")) {
      std::size_t j = i + 1;
      while (j < clause.end && j < i + 8 && !is_punct(tokens[j], "]")) ++j;
      if (j < clause.end && is_punct(tokens[j], "]")) {
        i = j + 1;
        continue;
      }
    }
    ++i;
  }
  return clause.end;
}

std::vector<FormMatch> match_forms(
    const Scan& s, const std::unordered_map<std::string, std::vector<FormEntry>>& table,
    std::size_t i, std::size_t end) {
  std::vector<FormMatch> out;
  const auto it = table.find(s.tokens[i].lower);
  if (it == table.end()) return out;
  for (const FormEntry& f : it->second) {
    FormMatch m{&f, {i}};
    std::size_t j = i + 1;
    for (std::size_t k = 1; k < f.words.size(); ++k) {
      while (j < end && s.tokens[j].lower != f.words[k] &&
             (s.adverb[j] || is_punct(s.tokens[j], ",")))
        ++j;
      if (j >= end || s.tokens[j].lower != f.words[k]) break;
      m.words.push_back(j++);
    }
    if (m.words.size() == f.words.size()) out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const FormMatch& a, const FormMatch& b) {
    if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
    return kind_rank(a.form->kind) < kind_rank(b.form->kind);
  });
  return out;
}

std::string join_tokens(const Scan& s, const std::vector<std::size_t>& words) {
  std::string out;
  for (std::size_t n = 0; n < words.size(); ++n) {
    const Tok& t = s.tokens[words[n]];
    if (n > 0 && s.tokens[words[n - 1]].end != t.begin) out += ' ';
    out += s.text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

namespace {

// What stands right before a form: adverbs, negation, auxiliaries, a copula.
struct Lead {
  std::size_t start = 0;                        // first token of the lead
  std::size_t participle_auxiliary = SIZE_MAX;  // "Having" of "Having noted"
  std::size_t prefix = SIZE_MAX;                // "Re" of "Re-emphasizes"
  std::size_t continuing = SIZE_MAX;            // "Continues" of "Continues to urge"
  // The class coordination compares, when not the form's: a continued act ("..., and
  // continues to urge"), one after a linking verb ("..., remains convinced") or a participle
  // after a conjunction ("..., while noting") takes the finite act's before it.
  std::optional<FormKind> grammar;
  std::size_t before = SIZE_MAX;  // the token before the lead, SIZE_MAX at clause start
  bool negated = false, copula = false, future = false, auxiliary = false;
  bool of_subject = false;  // a participle set off after the subject
  std::size_t linking = SIZE_MAX;
};

Lead lead_of(const Scan& s, std::size_t clause_first, std::size_t i, bool skip_modifiers) {
  Lead lead;
  lead.start = i;
  std::size_t k = i;
  // "Re-emphasizes", "re-affirm": a short lower-case prefix belongs to the form ("UN-led" has
  // no such prefix).
  if (k >= clause_first + 2 && is_punct(s.tokens[k - 1], "-") &&
      s.tokens[k - 1].end == s.tokens[k].begin && s.tokens[k - 2].end == s.tokens[k - 1].begin &&
      s.tokens[k - 2].word && s.tokens[k - 2].lower.size() <= 3 &&
      s.text.substr(s.tokens[k - 2].begin + 1, s.tokens[k - 2].end - s.tokens[k - 2].begin - 1) ==
          s.tokens[k - 2].lower.substr(1)) {
    lead.prefix = k - 2;
    k -= 2;
  }
  while (k > clause_first) {
    const std::size_t j = k - 1;
    const Tok& t = s.tokens[j];
    if (s.adverb[j] && t.word) {
      k = j;
    } else if (s.negation[j]) {
      lead.negated = true;
      k = j;
    } else if (s.word_in(s.lang.auxiliaries, j)) {
      lead.auxiliary = true;
      if (ends_with_any(t.lower, s.lang.data.participle_endings, 2)) lead.participle_auxiliary = j;
      k = j;
    } else if (s.word_in(s.lang.copulas, j)) {
      lead.copula = true;
      k = j;
    } else if (s.word_in(s.lang.linking, j)) {
      lead.copula = true;
      lead.linking = j;
      k = j;
    } else if (s.word_in(s.lang.future, j)) {
      lead.future = true;
      k = j;
    } else if (skip_modifiers &&
               (s.word_in(s.lang.modifiers, j) || s.word_in(s.lang.determiners, j))) {
      k = j;
    } else {
      break;
    }
  }
  lead.start = k;
  lead.before = k > clause_first ? k - 1 : SIZE_MAX;
  if (k == clause_first) lead.before = SIZE_MAX;
  return lead;
}

// How a candidate form relates to the acts before it in the clause.
struct Context {
  std::size_t clause_begin = 0;
  std::size_t clause_first = 0;  // first word of the clause
  std::size_t clause_end = 0;
  const std::vector<Found>* found = nullptr;
  bool act_earlier_in_sentence = false;
  // The clause opened with a topic frame ("As far as X is concerned, ..."), so it is no
  // fragment opening with a stance noun.
  bool after_topic_frame = false;
};

// Whether an act asks someone to act (a request names its addressee): the infinitive after it
// is the addressee's action.
bool asks_someone(const Scan& s, const Found& act) {
  return act.known && s.lang.data.acts[act.act].takes_addressee;
}

// A finite verb form: present, plural or past.
bool is_finite(FormKind kind) {
  return kind == FormKind::Present || kind == FormKind::Plural || kind == FormKind::Past;
}

// Acts coordinate with acts of the same shape ("Recalls and reaffirms", "Noting ... and
// concerned ..."); adjectives and participles both open preambular clauses.
bool grammar_compatible(FormKind a, FormKind b) {
  auto norm = [](FormKind k) { return k == FormKind::Adjective ? FormKind::Participle : k; };
  return norm(a) == norm(b);
}

// The index of the coordinator ending right before `before` (skipping a pronoun subject),
// with the comma before it if any; returns false when there is none.
bool coordinated(const Scan& s, const Context& ctx, std::size_t before, std::size_t& coord_start,
                 bool& comma) {
  if (before == SIZE_MAX) return false;
  std::size_t j = before;
  if (s.word_in(s.lang.pronouns, j) && j > ctx.clause_first) --j;
  if (s.tokens[j].word) {
    const std::size_t n = s.lang.coordinators.match_ending_at(s.tokens, ctx.clause_begin, j);
    if (n == 0) return false;
    coord_start = j + 1 - n;
    comma = coord_start > ctx.clause_begin && is_punct(s.tokens[coord_start - 1], ",");
    if (comma) --coord_start;
    return true;
  }
  if (is_punct(s.tokens[j], ",")) {
    coord_start = j;
    comma = true;
    return true;
  }
  return false;
}

// True when an action marker introducing an infinitive ("to respect") stands in [from, to):
// a verb coordinated after it belongs to that infinitive ("to respect and support").
bool infinitive_between(const Scan& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k + 1 < to; ++k) {
    // "to Israel" is no infinitive: a capitalised word after the marker is a name.
    if (s.word_in(s.lang.action_markers, k) && s.tokens[k + 1].word && !s.tokens[k + 1].upper &&
        !s.word_in(s.lang.determiners, k + 1))
      return true;
  }
  return false;
}

// Whether forms matched at `k`, in front of a clause's act, make a verb of its own there: not
// after a determiner ("la Proclama", "With a view to ..., we remain ready") nor as a
// participle ("After reaffirming its commitment ..., the Group calls upon"; "The Group,
// recognizing ..., urges"). On 170 corpus files this found 15 acts more ("With a view to ...,
// we remain ready to ..."); the one false act it also found came of a light verb missing from
// the lexicon ("We repeat our call ..."), since added.
bool is_finite_verb(const Scan& s, const std::vector<FormMatch>& forms, std::size_t k) {
  if (forms.empty()) return false;
  std::size_t before = k;
  while (before > 0 && s.adverb[before - 1]) --before;
  if (before > 0 && s.word_in(s.lang.determiners, before - 1)) return false;
  // "After decades of atrocities committed by the regime, we stand with ...": a past form
  // with its agent is a passive participle describing a noun.
  const bool with_agent = std::all_of(forms.begin(), forms.end(), [&](const FormMatch& m) {
    return (m.form->kind == FormKind::Past || m.form->kind == FormKind::Adjective) &&
           m.end() < s.tokens.size() && s.word_in(s.lang.passive_agents, m.end());
  });
  if (with_agent) return false;
  // "With steadfast commitment to ..., we also recognize": a stance noun is no verb.
  return std::any_of(forms.begin(), forms.end(), [](const FormMatch& m) {
    return m.form->kind != FormKind::Participle && m.form->kind != FormKind::Noun &&
           m.form->kind != FormKind::StandaloneNoun;
  });
}

// Whether tokens [begin, end) are a subject naming who speaks and nothing else: "El Grupo de
// Amigos en Defensa de la Carta de las Naciones Unidas", "The Security Council", "We": names,
// addressee nouns, pronouns and the small words between them, at most 15 words. "He records
// astronauts experiencing ..." or "ii) the Vision for Adapted Crops ... of healthy soils" hold
// other words; a capital alone ("However, condemning them is not enough") only opens the
// sentence.
bool names_only_an_agent(const Scan& s, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  bool agent = false, head = false;
  for (std::size_t k = begin; k < end; ++k) {
    const Tok& t = s.tokens[k];
    if (!t.word) {
      if (t.lower != "-" && t.lower != "'" && t.lower != ".") return false;
      continue;
    }
    if (++words > 15) return false;
    if (!match_forms(s, s.lang.forms, k, end).empty()) return false;
    const bool name =
        t.upper && !s.lang.determiners.has(t.lower) && !s.lang.prepositions.has(t.lower);
    if (s.lang.heads.has(t.lower) || s.lang.pronouns.has(t.lower)) {
      agent = head = true;
    } else if (name) {
      agent = true;
    } else if (!s.lang.determiners.has(t.lower) && !s.lang.prepositions.has(t.lower) &&
               !s.lang.coordinators.has(t.lower)) {
      return false;
    }
  }
  return agent && (words > 1 || head);
}

// Whether a copula follows in [begin, end) before any complementizer: the words before it are
// the subject of a sentence, not a fragment.
bool has_own_copula(const Scan& s, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    if (s.word_in(s.lang.complementizers, k)) return false;
    if (s.word_in(s.lang.copulas, k)) return true;
  }
  return false;
}

bool eligible(const Scan& s, const Context& ctx, const FormEntry& form, FormKind grammar,
              std::size_t i, Lead& lead, std::size_t& coordinator_start) {
  const auto& found = *ctx.found;
  const bool noun = form.kind == FormKind::Noun || form.kind == FormKind::StandaloneNoun;
  const bool via_light = grammar != form.kind;
  lead = lead_of(s, ctx.clause_first, i, noun && !via_light);
  coordinator_start = SIZE_MAX;
  if (lead.future) return false;
  const bool at_start = lead.before == SIZE_MAX;
  const bool passive = lead.copula && lead.linking == SIZE_MAX;
  const std::size_t before = lead.before;
  // "UN-authorized": a form joined by a hyphen is part of a compound adjective.
  const bool before_blocks =
      before != SIZE_MAX &&
      (s.word_in(s.lang.determiners, before) || s.word_in(s.lang.prepositions, before) ||
       (is_punct(s.tokens[before], "-") && s.tokens[before].end == s.tokens[i].begin));
  // "within its internationally recognized borders": a past form after a determiner and an
  // adverb of manner is an adjective.
  if (grammar == FormKind::Past && before != SIZE_MAX && before > ctx.clause_first &&
      s.tokens[before].word &&
      ends_with_any(s.tokens[before].lower, s.lang.data.adverb_endings, 2) &&
      s.word_in(s.lang.determiners, before - 1))
    return false;
  // "crimes committed by armed groups": a past form with its agent is a passive participle
  // (but "Encouraged by ..." opening a clause is a preambular adjective).
  if (grammar == FormKind::Past && form.kind == FormKind::Past && lead.before != SIZE_MAX) {
    const std::size_t after = i + form.words.size();
    if (after < s.tokens.size() && s.word_in(s.lang.passive_agents, after)) return false;
  }

  // "the multifaceted support provided by our partners": a present form followed by a past
  // participle and its agent is a noun the participle describes.
  if ((grammar == FormKind::Present || grammar == FormKind::Plural) && !noun) {
    const std::size_t after = i + form.words.size();
    if (after + 1 < s.tokens.size() && s.tokens[after].word &&
        ends_with_any(s.tokens[after].lower, s.lang.data.past_participle_endings, 3) &&
        s.word_in(s.lang.passive_agents, after + 1))
      return false;
  }

  // "We resolve to act" decides; "and resolve the abductions issue" settles.
  if (!noun && s.lang.forms_before_to_or_that.match(s.tokens, i, i + form.words.size()) ==
                   form.words.size()) {
    std::size_t after = i + form.words.size();
    while (after < s.tokens.size() && s.adverb[after]) ++after;
    if (after >= s.tokens.size() ||
        (s.lang.action_markers.match(s.tokens, after, s.tokens.size()) == 0 &&
         s.lang.that_markers.match(s.tokens, after, s.tokens.size()) == 0))
      return false;
  }

  // Stance nouns alone: only opening a fragment ("profunda preocupación"), not as the
  // subject of a sentence ("That solidarity and support continue to be essential").
  if (noun && !via_light) {
    return form.kind == FormKind::StandaloneNoun && at_start && found.empty() &&
           !ctx.after_topic_frame && !has_own_copula(s, i + form.words.size(), ctx.clause_end);
  }

  if (form.kind == FormKind::Modal) {
    // "This must be avoided": a demonstrative standing alone is the subject, not a determiner.
    const bool pronoun_subject = before != SIZE_MAX && s.word_in(s.lang.pronouns, before);
    if (ctx.act_earlier_in_sentence || !found.empty() || (before_blocks && !pronoun_subject))
      return false;
    return true;
  }

  // Infinitive of an act after "would like to", "are impelled to", "Continues to"; not
  // after a future auxiliary ("We will continue to support": an intention).
  if (before != SIZE_MAX && found.empty()) {
    const std::size_t n =
        s.lang.infinitive_openers.match_ending_at(s.tokens, ctx.clause_first, before);
    if (n > 0) {
      const std::size_t opener = before + 1 - n;
      std::size_t k = opener;
      while (k > ctx.clause_first && s.adverb[k - 1]) --k;
      if (k > ctx.clause_first && s.word_in(s.lang.future, k - 1)) return false;
      // "Continues to be concerned" is "concerned", as "are concerned" is.
      if (!lead.copula && s.lang.continuing_openers.match(s.tokens, opener, before + 1) == n)
        lead.continuing = opener;
      return true;
    }
  }

  // "Fully supports ..., and continues to urge the sides to ...", "underlines ..., remains
  // convinced of ...", "welcomes ..., while noting that ...", "Reaffirms ..., noting that
  // ...": Security Council resolutions chain a dozen acts in one paragraph, some continued,
  // after a linking verb, or a participle after a comma; such an act coordinates with a
  // finite act before it.
  if (before != SIZE_MAX && !found.empty()) {
    const Found& last = found.back();
    const bool finite = is_finite(last.grammar);
    if (finite && grammar == FormKind::Participle) {
      // After a bare comma only before a that-clause, when the act before asks no one: in
      // "Requests the Secretary-General to ..., taking into account ..." or "affirms its
      // readiness to review ..., taking into account the advice ...", the participle says how
      // the action is to be done.
      std::size_t after = i + form.words.size();
      while (after < ctx.clause_end && s.adverb[after]) ++after;
      const bool that_clause =
          after < ctx.clause_end && s.lang.that_markers.match(s.tokens, after, ctx.clause_end) > 0;
      std::size_t comma = before;
      const bool conjunction = s.word_in(s.lang.complementizers, comma);
      if (conjunction && comma > ctx.clause_first) --comma;
      if (is_punct(s.tokens[comma], ",") && comma >= last.end &&
          (conjunction || (that_clause && !asks_someone(s, last)))) {
        lead.grammar = last.grammar;
        coordinator_start = comma;
        return true;
      }
    }
    std::size_t opener = SIZE_MAX;
    if (const std::size_t n =
            s.lang.continuing_openers.match_ending_at(s.tokens, ctx.clause_first, before);
        n > 0 && !lead.copula)
      opener = before + 1 - n;
    const bool linked = lead.linking != SIZE_MAX && lead.linking == lead.start;
    if (finite && (opener != SIZE_MAX || linked)) {
      std::size_t k = opener != SIZE_MAX ? opener : lead.start;
      while (k > ctx.clause_first && s.adverb[k - 1]) --k;
      std::size_t coord = 0;
      bool comma = false;
      if (k > ctx.clause_first && !s.word_in(s.lang.future, k - 1) &&
          coordinated(s, ctx, k - 1, coord, comma)) {
        if (opener != SIZE_MAX) lead.continuing = opener;
        lead.grammar = last.grammar;
        coordinator_start = coord;
        return true;
      }
    }
  }

  if (at_start) {
    if (!found.empty()) return false;
    if (grammar == FormKind::Adjective) return true;
    return !passive;
  }
  if (before_blocks) return false;

  // After a subject: "The Movement called on", "We condemn", "UN experts today condemned".
  // The subject holds no verb: "We will develop ..., supported by", "We met today to
  // reaffirm our unwavering support" are no acts.
  const auto after_subject = [&](std::size_t subject_start, std::size_t max_length) {
    if (grammar == FormKind::Participle || form.kind == FormKind::StandaloneNoun) return false;
    if (grammar == FormKind::Adjective) {
      if (!lead.copula) return false;
    } else if (passive) {
      // "The Secretary-General is requested to ...", "States are urged to ...": a request
      // in the passive names its addressee as the subject.
      if (grammar != FormKind::Past || !s.lang.data.acts[form.act].takes_addressee) return false;
    }
    if (lead.start <= subject_start || lead.start - subject_start > max_length) return false;
    if (s.word_in(s.lang.modifiers, before) || is_punct(s.tokens[before], "(")) return false;
    for (std::size_t k = subject_start; k < lead.start; ++k) {
      if (s.word_in(s.lang.complementizers, k) || s.word_in(s.lang.future, k) ||
          s.word_in(s.lang.copulas, k) || s.word_in(s.lang.auxiliaries, k) ||
          is_finite_verb(s, match_forms(s, s.lang.forms, k, lead.start), k) ||
          is_finite_verb(s, match_forms(s, s.lang.light_verbs, k, lead.start), k))
        return false;
    }
    return true;
  };

  // After the subject's participle ("El Grupo, al rechazar ..., reitera", "The Group,
  // recognizing ..., calls upon") the finite verb right after the comma closing it is the
  // subject's main act.
  const bool only_participles = std::all_of(found.begin(), found.end(), [](const Found& f) {
    return f.grammar == FormKind::Participle || f.grammar == FormKind::Adjective;
  });
  if (!found.empty() && found.front().of_subject && only_participles &&
      grammar != FormKind::Participle && grammar != FormKind::Adjective && !passive &&
      before != SIZE_MAX && is_punct(s.tokens[before], ",")) {
    coordinator_start = before;
    return true;
  }

  // Coordinated with the act before it: "Recalls and reaffirms", ", and calls upon",
  // "Noting ... and reaffirming", ", and we urge".
  if (!found.empty()) {
    bool comma = false;
    std::size_t coord = 0;
    if (!coordinated(s, ctx, before, coord, comma)) {
      // "Expressing deep concern at ..., the Movement calls upon ...": after participial
      // acts, a subject and a finite verb open the main clause.
      const bool participial = std::all_of(found.begin(), found.end(), [](const Found& f) {
        return f.grammar == FormKind::Participle || f.grammar == FormKind::Adjective;
      });
      if (!participial || grammar == FormKind::Participle) return false;
      std::size_t comma_at = lead.start;
      while (comma_at > found.back().end && !is_punct(s.tokens[comma_at - 1], ",")) --comma_at;
      if (comma_at == found.back().end || !after_subject(comma_at, 20) ||
          !opens_noun_phrase(s, comma_at) || !names_agent(s, comma_at, lead.start))
        return false;
      for (std::size_t k = found.back().end; k < comma_at; ++k) {
        if (s.word_in(s.lang.complementizers, k)) return false;
      }
      coordinator_start = comma_at - 1;
      return true;
    }
    const Found& previous = found.back();
    // "Our commitment remains to ..., and we call on ...": a coordinated clause with a subject
    // of its own may open with any finite act, whatever the shape of the one before.
    const bool own_subject = s.word_in(s.lang.pronouns, before) && is_finite(grammar);
    if (!own_subject && !grammar_compatible(previous.grammar, grammar) &&
        !(previous.finite_lead && is_finite(grammar)))
      return false;
    // "Recalling also that, in its resolution 2286, it welcomed ...": a that-clause opening
    // with an aside goes on after it with its own subject and verb, which report what was
    // said ("Underlining that this is ..., we call on ..." is the speaker's act).
    if (own_subject && is_punct(s.tokens[coord], ",") &&
        (coord + 1 >= s.tokens.size() || !s.lang.coordinators.has(s.tokens[coord + 1].lower))) {
      std::size_t object = previous.end;
      while (object < coord && s.adverb[object]) ++object;
      if (object + 1 < coord && s.word_in(s.lang.complementizers, object) &&
          is_punct(s.tokens[object + 1], ","))
        return false;
    }
    if (is_finite(grammar) && passive) return false;
    // "..., composed of ..., inspired by ...": an adjective after a bare comma qualifies a
    // noun; a participle ("Recognizing ..., expressing deep concern ...") is an act.
    const bool only_comma = is_punct(s.tokens[coord], ",") &&
                            (coord + 1 >= s.tokens.size() || !s.tokens[coord + 1].word ||
                             !s.lang.coordinators.has(s.tokens[coord + 1].lower));
    if (only_comma && grammar == FormKind::Adjective) return false;
    // "emphasize ... and will work to secure, declare and destroy": in the object of an act
    // that asks no one, a verb after the comma that ends an infinitive's verb continues the
    // infinitive's list. (After "call on Russia to withdraw," a verb may be the speaker's
    // next act: "reaffirm our support".)
    if (grammar == FormKind::Plural && only_comma && coord >= 2 && s.tokens[coord - 1].word &&
        !s.tokens[coord - 1].upper && s.word_in(s.lang.action_markers, coord - 2) &&
        !asks_someone(s, previous))
      return false;
    if (!comma) {
      // "call on X to respect and support": the verb is part of the infinitive the act
      // governs (only forms that are also infinitives can be; "a exhorté ... à mettre fin
      // et a réaffirmé" and "denounce the attempts to destabilise X and reaffirm" are two).
      const bool governs_infinitive =
          asks_someone(s, previous) ||
          (previous.end < coord && s.word_in(s.lang.action_markers, previous.end));
      if (grammar == FormKind::Plural && governs_infinitive &&
          infinitive_between(s, previous.end, coord))
        return false;
      // "promoting and supporting": two gerunds of one object, not two acts.
      if (coord > 0 && coord - 1 >= previous.end) {
        const Tok& t = s.tokens[coord - 1];
        if (t.word && ends_with_any(t.lower, s.lang.data.participle_endings, 3)) return false;
      }
    }
    // "..., which, inter alia, reaffirm": a relative clause, whatever stands between.
    std::size_t k = coord;
    while (k > previous.end && (!s.tokens[k - 1].word || s.adverb[k - 1])) --k;
    if (k > previous.end && s.word_in(s.lang.complementizers, k - 1)) return false;
    coordinator_start = coord;
    return true;
  }

  // "El Grupo ..., al rechazar cualquier intento ..., reitera", "The Group, recognizing ...,
  // calls upon": a participle set off after the subject is the subject's act too.
  if (grammar == FormKind::Participle && found.empty() && is_punct(s.tokens[before], ",") &&
      before > ctx.clause_first && names_only_an_agent(s, ctx.clause_first, before)) {
    lead.of_subject = true;
    return true;
  }
  // "The safety of the facility is paramount and we support ...": a coordinator and a
  // pronoun open a clause of the speaker's own after a sentence holding no act ("and we are
  // convinced"; after an auxiliary, only a past form is a verb: "and they have no support"
  // holds none).
  if (found.empty() && before > ctx.clause_first && s.word_in(s.lang.pronouns, before) &&
      s.word_in(s.lang.coordinators, before - 1) &&
      (is_finite(grammar) || (grammar == FormKind::Adjective && lead.copula)) &&
      (!lead.auxiliary || grammar == FormKind::Past) && after_subject(before, 1))
    return true;
  return after_subject(ctx.clause_first, 60);
}

// Tries a light verb with its stance noun ("expresses its deep concern") at tokens[i].
bool light_composite(const Scan& s, std::size_t i, std::size_t end, FormMatch& light,
                     FormMatch& noun) {
  for (FormMatch& l : match_forms(s, s.lang.light_verbs, i, end)) {
    std::size_t j = l.end();
    for (int skipped = 0; j < end && skipped < 5; ++skipped) {
      const bool clause_opener =
          s.word_in(s.lang.complementizers, j) || s.word_in(s.lang.that_markers, j);
      if (!clause_opener &&
          (s.adverb[j] || s.word_in(s.lang.modifiers, j) || s.word_in(s.lang.determiners, j))) {
        ++j;
      } else {
        break;
      }
    }
    if (j >= end) continue;
    for (FormMatch& f : match_forms(s, s.lang.forms, j, end)) {
      if (f.form->kind != FormKind::Noun) continue;
      light = std::move(l);
      noun = std::move(f);
      return true;
    }
  }
  return false;
}

// The act a light verb and its stance noun make, at `i`: "expresses its deep concern".
Found found_by_light_verb(const Scan& s, const FormMatch& light, const FormMatch& noun,
                          const Lead& lead, std::size_t i) {
  Found f;
  f.act = noun.form->act;
  f.kind = FormKind::Noun;
  f.grammar = light.form->kind;
  f.lead = lead.start;
  f.begin = i;
  f.end = noun.end();
  // "expresses its deep concern" is "concern"; "expresses grave alarm" stays "expresses
  // alarm" (docs/demands.md: noun_alone).
  if (!s.lang.data.acts[f.act].noun_alone) f.text = light.words;
  f.text.insert(f.text.end(), noun.words.begin(), noun.words.end());
  f.negated = lead.negated;
  return f;
}

// The act a form of the lexicon makes at `i`, with what leads it ("Continues to urge",
// "Having noted").
Found found_by_form(const FormMatch& form, const Lead& lead, std::size_t i) {
  Found f;
  f.act = form.form->act;
  f.kind = form.form->kind;
  f.grammar = lead.grammar.value_or(form.form->kind);
  f.lead = lead.start;
  f.begin = i;
  f.end = form.end();
  f.text = form.words;
  if (lead.prefix != SIZE_MAX) f.text.insert(f.text.begin(), {lead.prefix, lead.prefix + 1});
  // "Continues to urge": the opener is the act's text too.
  if (lead.continuing != SIZE_MAX) {
    for (std::size_t k = f.lead; k-- > lead.continuing;) f.text.insert(f.text.begin(), k);
  }
  // "Having noted", "Habiendo examinado": the perfect participle is the act's text.
  if (lead.participle_auxiliary != SIZE_MAX && f.kind == FormKind::Past)
    f.text.insert(f.text.begin(), lead.participle_auxiliary);
  f.linking = lead.linking;
  f.negated = lead.negated;
  f.passive = lead.copula && lead.linking == SIZE_MAX && f.kind == FormKind::Past;
  f.of_subject = lead.of_subject;
  f.finite_lead = lead.copula && (lead.linking != SIZE_MAX || f.kind == FormKind::Adjective);
  return f;
}

// The act found at `i`, if any: a light verb and its stance noun first, then the forms of the
// acts. `coord` is set where a coordinator before it ends the previous act's object.
std::optional<Found> act_at(const Scan& s, Context& ctx, std::size_t i, std::size_t end,
                            std::size_t& coord) {
  FormMatch light, noun;
  Lead lead;
  coord = SIZE_MAX;
  if (light_composite(s, i, end, light, noun) &&
      eligible(s, ctx, *noun.form, light.form->kind, i, lead, coord))
    return found_by_light_verb(s, light, noun, lead, i);
  for (FormMatch& form : match_forms(s, s.lang.forms, i, end)) {
    if (eligible(s, ctx, *form.form, form.form->kind, i, lead, coord))
      return found_by_form(form, lead, i);
  }
  return std::nullopt;
}

// "Recalls and reaffirms its resolution 2625", "We have condemned and raised concerns about
// these attacks": an act whose object is empty up to the next act shares that act's object
// (and addressee).
void share_objects_of_coordinated_acts(const Scan& s, std::vector<Found>& found) {
  for (std::size_t k = found.size(); k-- > 1;) {
    Found& shared = found[k - 1];
    std::size_t b = shared.object_begin;
    while (b < shared.object_end && (!s.tokens[b].word || s.adverb[b])) ++b;
    if (b < shared.object_end || found[k].kind == FormKind::Modal) continue;
    shared.object_begin = found[k].object_begin;
    shared.object_end = found[k].object_end;
  }
}

}  // namespace

std::vector<Found> acts_in_clause(const Scan& s, const Clause& clause, bool act_in_sentence) {
  std::vector<Found> found;
  Context ctx;
  ctx.clause_begin = clause.begin;
  ctx.clause_first = first_word_of(s.tokens, clause);
  ctx.clause_end = clause.end;
  ctx.found = &found;
  ctx.act_earlier_in_sentence = act_in_sentence;
  // "...; affirming that ...; and further welcoming ...": a coordinator opening a clause
  // after acts earlier in the sentence joins it to them, and the clause opens after it.
  if (act_in_sentence) {
    if (const std::size_t n = s.lang.coordinators.match(s.tokens, ctx.clause_first, clause.end);
        n > 0 && ctx.clause_first + n < clause.end && s.tokens[ctx.clause_first + n].word)
      ctx.clause_first += n;
  }
  std::size_t i = ctx.clause_first;
  while (i < clause.end) {
    if (!s.tokens[i].word) {
      ++i;
      continue;
    }
    // "Thank you", "thanks to": phrases that open with a form but are no acts.
    if (const std::size_t n = s.lang.not_acts.match(s.tokens, i, clause.end); n > 0) {
      i += n;
      continue;
    }
    // "As far as working methods are concerned, we support ...": the topic is no concern.
    // Only at the start of a clause, which then starts after the frame's comma, or after a
    // comma: "have gone so far as to threaten ..." is no frame.
    const bool opens_clause = i == ctx.clause_first;
    if (const std::size_t n = s.lang.topic_frames.match(s.tokens, i, clause.end);
        n > 0 && (opens_clause || is_punct(s.tokens[i - 1], ","))) {
      std::size_t comma = i + n;
      while (comma < clause.end && !is_punct(s.tokens[comma], ",")) ++comma;
      if (comma == clause.end) {
        i += n;
        continue;
      }
      i = comma + 1;
      while (i < clause.end && !s.tokens[i].word) ++i;
      if (opens_clause) {
        ctx.clause_first = i;
        ctx.after_topic_frame = true;
      }
      continue;
    }
    std::size_t coord = SIZE_MAX;
    std::optional<Found> act = act_at(s, ctx, i, clause.end, coord);
    if (!act) {
      ++i;
      continue;
    }
    Found& f = found.emplace_back(std::move(*act));
    // Adverbs and negation right after the form ("urges strongly", "ne condamne pas", "must
    // not").
    std::size_t j = f.end;
    while (j < clause.end && (s.adverb[j] || s.negation[j])) {
      if (s.negation[j]) f.negated = true;
      ++j;
    }
    f.object_begin = j;
    f.object_end = clause.end;
    if (found.size() > 1) {
      Found& previous = found[found.size() - 2];
      previous.object_end = coord != SIZE_MAX ? coord : f.lead;
    }
    i = j;
  }
  share_objects_of_coordinated_acts(s, found);
  return found;
}

bool unknown_opener(const Scan& s, const Clause& clause, ParagraphKind kind, std::string_view label,
                    Found& f) {
  // Headings ("Strengthening of the United Nations system") and list items of annexed
  // texts ("(d) Financing the offences ...") are no acts.
  const char last = s.text.empty() ? ' ' : s.text.back();
  if (last != ',' && last != ';' && last != '.' && last != ':') return false;
  if (!label.empty() && !std::isdigit(static_cast<unsigned char>(label.front()))) return false;
  const std::size_t first = first_word_of(s.tokens, clause);
  std::size_t i = first;
  while (i < clause.end && s.adverb[i]) ++i;
  if (i >= clause.end || !s.tokens[i].word || !s.tokens[i].upper) return false;
  // "Continues to urge": the act is the infinitive's, found on its own.
  if (s.lang.infinitive_openers.match(s.tokens, i, clause.end) > 0) return false;
  std::size_t end = i + 1;
  // "Re-emphasizing": the compound's last part carries the ending.
  if (end + 1 < clause.end && is_punct(s.tokens[end], "-") && s.tokens[end + 1].word &&
      s.tokens[end].begin == s.tokens[i].end)
    end += 2;
  const std::string& w = s.tokens[end - 1].lower;
  if (kind == ParagraphKind::Preambular) {
    // A preambular paragraph ends with a comma; "26. Strengthening our systems ...;" is an
    // item of an annexed list.
    if (last != ',' || s.lang.non_participles.has(w)) return false;
    if (s.lang.auxiliaries.has(w) && ends_with_any(w, s.lang.data.participle_endings, 2)) {
      // "Having considered", "Habiendo examinado", "Ayant examiné".
      if (end < clause.end && s.tokens[end].word) ++end;
    } else if (!ends_with_any(w, s.lang.data.participle_endings, 3)) {
      return false;
    }
  } else if (kind == ParagraphKind::Operative && !label.empty()) {
    if (s.word_in(s.lang.pronouns, i) || s.word_in(s.lang.determiners, i) ||
        s.word_in(s.lang.prepositions, i) || s.word_in(s.lang.non_participles, i))
      return false;
    if (s.tokens[i].lower.size() < 4) return false;
  } else {
    return false;
  }
  f = Found{};
  f.known = false;
  f.kind = FormKind::Participle;
  f.grammar = FormKind::Participle;
  f.lead = first;
  f.begin = i;
  f.end = end;
  for (std::size_t k = i; k < end; ++k) f.text.push_back(k);
  f.object_begin = end;
  f.object_end = clause.end;
  return true;
}

}  // namespace concord::speech_acts
