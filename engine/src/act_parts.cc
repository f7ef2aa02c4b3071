// The addressee and action of an act: the noun phrase it asks, the marker that opens what it
// asks for, and where that action ends.
#include "act_parts.hpp"

#include <algorithm>

#include "concord/engine/text.hpp"

namespace concord::speech_acts {

namespace {

std::size_t skip_adverbs(const Scan& s, std::size_t i, std::size_t end) {
  while (i < end && (s.adverb[i] || (!s.tokens[i].word && s.tokens[i].lower != "("))) ++i;
  return i;
}

}  // namespace

bool object_is_a_proposition(const Scan& s, const Found& f) {
  const std::size_t begin = skip_adverbs(s, f.object_begin, f.object_end);
  if (begin >= f.object_end || s.word_in(s.lang.action_markers, begin)) return false;
  return s.word_in(s.lang.that_markers, begin) ||
         s.lang.prepositions.match(s.tokens, begin, f.object_end) > 0;
}

std::size_t trim_end(const Scan& s, std::size_t begin, std::size_t end, bool pronouns) {
  while (end > begin) {
    const Tok& t = s.tokens[end - 1];
    if (!t.word && t.lower != ")" && t.lower != "]" && t.lower != "\"" && t.lower != "”") {
      --end;
    } else if (t.word && s.lang.coordinators.has(t.lower)) {
      --end;
    } else if (t.word && pronouns && s.lang.pronouns.has(t.lower) && end - 1 > begin &&
               (!s.tokens[end - 2].word || s.lang.coordinators.has(s.tokens[end - 2].lower))) {
      // The subject of the next clause (", and we"); "respect it" keeps its object.
      --end;
    } else {
      break;
    }
  }
  // A closing quote or bracket with no opening one in the span is the clause's, not ours.
  if (end > begin && !s.tokens[end - 1].word) {
    const std::string& close = s.tokens[end - 1].lower;
    const std::string open = close == ")" ? "(" : close == "]" ? "[" : close == "”" ? "“" : "\"";
    std::size_t opens = 0, closes = 0;
    for (std::size_t k = begin; k < end; ++k) {
      if (s.tokens[k].lower == open) ++opens;
      if (s.tokens[k].lower == close) ++closes;
    }
    if (open == close ? closes % 2 == 1 : closes > opens)
      return trim_end(s, begin, end - 1, pronouns);
  }
  return end;
}

bool opens_noun_phrase(const Scan& s, std::size_t k) {
  const Tok& t = s.tokens[k];
  if (!t.word || s.lang.complementizers.has(t.lower) || s.lang.prepositions.has(t.lower))
    return false;
  // "..., subject to the availability of ...", "..., individually and through ...".
  if (s.adverb[k] || s.lang.qualifiers.match(s.tokens, k, s.tokens.size()) > 1) return false;
  if (t.upper || s.lang.determiners.has(t.lower) || s.lang.heads.has(t.lower) ||
      s.lang.modifiers.has(t.lower) || s.lang.pronouns.has(t.lower))
    return true;
  // "financial institutions", not "urging developed country parties".
  return !ends_with_any(t.lower, s.lang.data.participle_endings, 2) &&
         s.lang.forms.count(t.lower) == 0;
}

bool names_agent(const Scan& s, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    const Tok& t = s.tokens[k];
    if (is_punct(t, ",") || s.lang.complementizers.has(t.lower)) break;
    if (k > begin && t.word && s.lang.prepositions.has(t.lower)) break;
    if (t.word && (t.upper || s.lang.heads.has(t.lower) || s.lang.pronouns.has(t.lower)))
      return true;
  }
  return false;
}

// Whether the subject of a modal names who must act: a name or an addressee noun before its
// first preposition. "Our cooperation with international partners must never override ..."
// names none: "Our" is capitalised only because it opens the sentence, and the partners
// belong to the cooperation.
bool subject_names_agent(const Scan& s, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    const Tok& t = s.tokens[k];
    if (!t.word) continue;
    if (k > begin && s.lang.prepositions.has(t.lower)) break;
    if (s.lang.heads.has(t.lower)) return true;
    if (t.upper && !s.lang.determiners.has(t.lower) && !s.lang.modifiers.has(t.lower) &&
        !s.lang.pronouns.has(t.lower))
      return true;
  }
  return false;
}

namespace {

// A noun phrase that can name an addressee, from `begin`: determiners, capitalised words,
// addressee nouns, "of"; returns its end.
std::size_t noun_phrase_end(const Scan& s, std::size_t begin, std::size_t end) {
  std::size_t k = begin;
  std::size_t last_good = begin;
  while (k < end) {
    const Tok& t = s.tokens[k];
    if (t.word && (t.upper || s.lang.heads.has(t.lower))) {
      last_good = k + 1;
    } else if (t.word && (s.lang.determiners.has(t.lower) || s.lang.modifiers.has(t.lower) ||
                          s.lang.prepositions.has(t.lower) || s.lang.coordinators.has(t.lower) ||
                          s.lang.qualifiers.has(t.lower))) {
      // allowed inside, not at the end
    } else if (!t.word && (t.lower == "-" || t.lower == "." || t.lower == "'")) {
    } else {
      break;
    }
    ++k;
  }
  return last_good;
}

// The marker that ends an addressee and opens its action ("to" before a verb, "a" before
// an infinitive, "que"); SIZE_MAX when there is none.
std::size_t first_action_marker(const Scan& s, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k + 1 < end; ++k) {
    if (!s.word_in(s.lang.action_markers, k)) continue;
    if (k > begin && s.word_in(s.lang.catenatives, k - 1)) continue;
    const bool that = s.word_in(s.lang.that_markers, k);
    std::size_t n = k + 1;
    // An elided clitic before the infinitive: "de s'abstenir".
    if (n + 1 < end && s.tokens[n].word && s.tokens[n].lower.ends_with("'")) ++n;
    const Tok& next = s.tokens[n];
    if (!next.word) continue;
    if (!that) {
      if (next.upper || s.lang.determiners.has(next.lower) || s.lang.prepositions.has(next.lower) ||
          std::isdigit(static_cast<unsigned char>(next.lower[0])))
        continue;
      // An infinitive may carry a clitic after it ("respetarla", "abstenerse") or a short
      // one before it ("de lui présenter", "à les retirer").
      const auto infinitive = [&](std::size_t m) {
        return m < end && s.tokens[m].word &&
               ends_with_any(s.tokens[m].lower, s.lang.data.infinitive_endings, 1);
      };
      if (!s.lang.data.infinitive_endings.empty() && !s.negation[n] && !infinitive(n) &&
          !(next.lower.size() <= 4 && infinitive(n + 1)))
        continue;
    }
    return k;
  }
  return SIZE_MAX;
}

// As above; but when a parenthetical opens before the first marker ("Requests the High
// Commissioner, in discharging his functions relating to development, to give ..."), the
// marker right after a comma closes the parenthetical and is the real one.
std::size_t action_marker(const Scan& s, std::size_t begin, std::size_t end) {
  const std::size_t first = first_action_marker(s, begin, end);
  if (first == SIZE_MAX) return first;
  bool comma_before = false;
  for (std::size_t k = begin; k + 1 < first; ++k) {
    if (is_punct(s.tokens[k], ",") && !opens_noun_phrase(s, k + 1)) comma_before = true;
  }
  if (!comma_before || is_punct(s.tokens[first - 1], ",")) return first;
  for (std::size_t k = first + 1; k < end;) {
    const std::size_t next = first_action_marker(s, k, end);
    if (next == SIZE_MAX) break;
    if (is_punct(s.tokens[next - 1], ",")) return next;
    k = next + 1;
  }
  return first;
}

// The comma closing an aside that opens at `begin` with an aside opener ("whether open or
// clandestine,", "if requested,") within a few words, with more text after it; 0 when none.
std::size_t aside_end(const Scan& s, std::size_t begin, std::size_t end) {
  constexpr std::size_t kMaxWords = 6;
  const std::size_t n = s.lang.aside_openers.match(s.tokens, begin, end);
  if (n == 0) return 0;
  std::size_t words = 0;
  for (std::size_t k = begin + n; k < end; ++k) {
    if (is_punct(s.tokens[k], ",")) return k + 1 < end && s.tokens[k + 1].word ? k : 0;
    if (!s.tokens[k].word) return 0;
    if (++words > kMaxWords) return 0;
  }
  return 0;
}

// "..., UN experts* warned today", "...\", the Foreign Minister told reporters": a short
// attribution ending the sentence after a comma (a reporting verb within its last words).
bool reported_by(const Scan& s, std::size_t begin, std::size_t end) {
  constexpr std::size_t kMaxWords = 7;
  std::size_t words = 0;
  bool reporting = false;
  for (std::size_t k = begin; k < end; ++k) {
    if (is_punct(s.tokens[k], ",") || is_punct(s.tokens[k], ";")) return false;
    if (!s.tokens[k].word) continue;
    if (++words > kMaxWords) return false;
    reporting = reporting || s.word_in(s.lang.reporting_verbs, k);
  }
  return reporting;
}

// Whether a comma before `k` separates items of a short list: one or two words, then the
// word joining the last item ("economic, financial or trade measures").
bool in_short_list(const Scan& s, std::size_t k, std::size_t end) {
  for (std::size_t j = k; j < end && j < k + 3; ++j) {
    if (!s.tokens[j].word) return false;
    if (j > k && s.lang.list_coordinators.has(s.tokens[j].lower)) return true;
  }
  return false;
}

}  // namespace

std::size_t action_end(const Scan& s, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  std::size_t last_comma = SIZE_MAX;
  for (std::size_t k = begin; k < end; ++k) {
    const Tok& t = s.tokens[k];
    // "... perpetrated by the United States of America… [these] constitute": a press text
    // cuts its quotation there, and what follows is another fragment.
    if (words >= 1 && (is_punct(t, "\u2026") || is_punct(t, "...") ||
                       (is_punct(t, ".") && k + 2 < end && is_punct(s.tokens[k + 1], ".") &&
                        is_punct(s.tokens[k + 2], "."))))
      return k;
    // "... halt the strikes,” the experts said": a quotation closes after its own comma or
    // full stop, and what follows is the reporter's.
    if (words >= 1 && k > begin && is_closing_quote(t) &&
        (is_punct(s.tokens[k - 1], ",") || is_punct(s.tokens[k - 1], ".")))
      return k - 1;
    if (words >= 1 && is_punct(t, "\u2014")) {
      std::size_t closing = k + 1;
      while (closing < end && !is_punct(s.tokens[closing], "\u2014")) ++closing;
      if (closing == end) return k;
    }
    if (is_punct(t, ",") && k + 1 < end) {
      // ", whether open or clandestine,": an aside between commas; the action goes on.
      if (const std::size_t close = aside_end(s, k + 1, end); close != 0) {
        k = close - 1;
        continue;
      }
      // ", which ...", ", we will ...": a relative clause or a new main clause.
      if (s.word_in(s.lang.complementizers, k + 1) || s.word_in(s.lang.pronouns, k + 1)) return k;
      if (words >= 1 && reported_by(s, k + 1, end)) {
        std::size_t cut = k;
        while (cut > begin && is_closing_quote(s.tokens[cut - 1])) --cut;
        return cut;
      }
      if (words >= 1 && (s.lang.action_ends.match(s.tokens, k + 1, end) > 0 ||
                         s.lang.qualifiers.match(s.tokens, k + 1, end) > 1))
        return k;
      // "unilateral economic, financial or trade measures": a comma inside a list of
      // modifiers is no place to end.
      if (words >= 8 && !in_short_list(s, k + 1, end)) last_comma = k;
    }
    // "the importance of holding the regime accountable and will continue to work ...": a
    // coordinator before a future auxiliary opens the speaker's intention, no part of the
    // action.
    if (words >= 1 && t.word && s.lang.coordinators.has(t.lower) && k + 1 < end &&
        s.word_in(s.lang.future, k + 1))
      return k > begin && is_punct(s.tokens[k - 1], ",") ? k - 1 : k;
    if (t.word && words >= 3 && s.lang.action_ends.match(s.tokens, k, end) > 0) {
      // "... measures not in accordance with": the negation belongs to the adjunct.
      while (k > begin && s.negation[k - 1]) --k;
      return k;
    }
    if (t.word) ++words;
    if (words > 30) {
      if (last_comma != SIZE_MAX) return last_comma;
      // Cut mid-phrase, the action ends on its last content word: "... of measures", not
      // "... of measures of the".
      while (k > begin + 1 &&
             (s.word_in(s.lang.determiners, k - 1) || s.word_in(s.lang.prepositions, k - 1) ||
              s.word_in(s.lang.coordinators, k - 1) || s.word_in(s.lang.complementizers, k - 1)))
        --k;
      return k;
    }
  }
  return end;
}

CoordinatedAction coordinated_action(const Scan& s, std::size_t cut, std::size_t end) {
  std::size_t k = cut;
  if (k < end && is_punct(s.tokens[k], ",")) ++k;
  if (s.lang.action_ends.match(s.tokens, k, end) == 0) return {};
  for (std::size_t j = k + 1; j < end; ++j) {
    const std::size_t n = s.lang.coordinated_actions.match(s.tokens, j, end);
    // "and to the General Assembly" coordinates recipients, not actions.
    if (n == 0 || j + n >= end || !s.tokens[j + n].word ||
        s.lang.determiners.has(s.tokens[j + n].lower))
      continue;
    const std::size_t begin = j + n;
    return {j, begin, action_end(s, begin, trim_end(s, begin, end))};
  }
  return {};
}

namespace {

// Where the act's object starts: after adverbs, and after a parenthetical right after the act
// ("Reaffirming, among other principles, the ...").
std::size_t object_begin(const Scan& s, const Found& f, std::size_t end) {
  std::size_t begin = skip_adverbs(s, f.object_begin, f.object_end);
  if (f.object_begin < end && is_punct(s.tokens[f.object_begin], ",")) {
    std::size_t k = f.object_begin + 1;
    while (k < end && k < f.object_begin + 14 && !is_punct(s.tokens[k], ",")) ++k;
    if (k < end && is_punct(s.tokens[k], ",")) begin = skip_adverbs(s, k + 1, end);
  }
  return begin;
}

// A modal ("must withdraw") or a passive act ("is requested to prepare"): the subject is who
// must act, unless the modal is passive ("must be withdrawn"); the object [begin, end) is the
// action.
Parts modal_parts(const Scan& s, const Clause& clause, const Found& f, std::size_t begin,
                  std::size_t end, const CompiledLanguage& lang) {
  Parts p;
  std::size_t subject = first_word_of(s.tokens, clause);
  for (std::size_t k = subject; k < f.lead; ++k) {
    if (is_punct(s.tokens[k], ",")) subject = k + 1;
  }
  while (subject < f.lead && (s.word_in(s.lang.complementizers, subject) ||
                              s.word_in(s.lang.coordinators, subject) || !s.tokens[subject].word))
    ++subject;
  std::size_t subject_end = trim_end(s, subject, f.lead, false);
  // "débordement qui doit être évité": the relative pronoun stands for its antecedent.
  while (subject_end > subject && s.word_in(s.lang.complementizers, subject_end - 1))
    subject_end = trim_end(s, subject, subject_end - 1, false);
  const bool passive = !f.passive && begin < end &&
                       (s.word_in(s.lang.passive_markers, begin) ||
                        ends_with_any(s.tokens[begin].lower, lang.data.passive_endings, 2));
  // "is requested to prepare": the marker opens the action.
  if (f.passive && begin < end && s.word_in(s.lang.action_markers, begin))
    begin = skip_adverbs(s, begin + 1, end);
  if (passive) {
    p.prefix = s.slice(subject, subject_end);
  } else if (subject < subject_end && subject_names_agent(s, subject, subject_end)) {
    p.addressee = s.slice(subject, subject_end);
  } else if (subject < subject_end && s.word_in(s.lang.pronouns, subject) &&
             subject + 1 == subject_end) {
    p.addressee = s.slice(subject, subject_end);
  }
  p.action_begin = begin;
  p.action_end = action_end(s, begin, end);
  return p;
}

// The addressee of an act that takes one, in its object [begin, end): "demands that Israel
// ...", "exige que ...", "Calls upon all States to ...". Fills p.addressee (and
// p.action_negated, p.pending: "Calls upon X:" with the action in the items after it) and
// returns where the rest of the object starts.
std::size_t read_addressee(const Scan& s, const Clause& clause, const Found& f,
                           const CompiledLanguage& lang, std::size_t begin, std::size_t end,
                           Parts& p) {
  if (s.word_in(lang.that_markers, begin) && begin + 1 < end) {
    std::size_t np = noun_phrase_end(s, begin + 1, end);
    // "demands that we use ...": a pronoun names the addressee too.
    if (np == begin + 1 && s.word_in(s.lang.pronouns, begin + 1)) np = begin + 2;
    if (np > begin + 1 && names_agent(s, begin + 1, np)) {
      p.addressee = s.slice(begin + 1, np);
      return skip_adverbs(s, np, end);
    }
    return begin + 1;
  }
  std::size_t start = begin;
  const bool act_opener = lang.act_openers[f.act].match(s.tokens, start, end) > 0;
  const bool opener = act_opener || s.word_in(s.lang.addressee_openers, start);
  if (opener) ++start;
  if (!opener && lang.data.addressee_opener_required && !act_opener) return begin;
  std::size_t marker = action_marker(s, start + 1, end);
  std::size_t action_start = marker == SIZE_MAX ? SIZE_MAX : marker + 1;
  // "not to adopt", "neither to recognize": the negation opens the action.
  if (marker != SIZE_MAX && marker > start && s.negation[marker - 1]) {
    action_start = marker + 1;
    p.action_negated = true;
    --marker;
  }
  const std::size_t stop = marker == SIZE_MAX ? end : marker;
  if (marker == SIZE_MAX && clause.colon_end && f.object_end == clause.end) p.pending = true;
  if (marker == SIZE_MAX && !p.pending) return begin;
  // A comma ends the addressee before a parenthetical ("the Secretary-General, in
  // consultation with ..."), not inside a list ("States, the United Nations and ...").
  std::size_t cut = start;
  while (cut < stop &&
         !(is_punct(s.tokens[cut], ",") && cut + 1 < stop && !opens_noun_phrase(s, cut + 1)))
    ++cut;
  std::size_t a_end = trim_end(s, start, cut);
  // "Calls upon the two leaders to: (a) ...": the marker before the colon opens the items.
  if (p.pending && a_end > start + 1 && s.word_in(s.lang.action_markers, a_end - 1))
    a_end = trim_end(s, start, a_end - 1);
  // "encouraging them clearly to explain", "Calls upon all States immediately to cease": the
  // adverb belongs to the action.
  const auto is_adverb = [&](std::size_t k) {
    const Tok& t = s.tokens[k];
    return s.adverb[k] || s.lang.qualifiers.match(s.tokens, k, k + 1) == 1 ||
           (t.word && !t.upper && !s.lang.heads.has(t.lower) &&
            ends_with_any(t.lower, s.lang.data.adverb_endings, 4));
  };
  while (a_end > start + 1 && is_adverb(a_end - 1)) a_end = trim_end(s, start, a_end - 1);
  if (a_end > start && opens_noun_phrase(s, start) && names_agent(s, start, a_end)) {
    p.addressee = s.slice(start, a_end);
    return p.pending ? end : skip_adverbs(s, action_start, end);
  }
  p.pending = false;
  p.action_negated = false;
  return begin;
}

// Where the object of an act without addressee starts: after its preposition ("of",
// "about", "por", "à") or complementizer ("that", "que"), and after a clause in front of its
// subject.
std::size_t object_start(const Scan& s, std::size_t begin, std::size_t end) {
  const bool that = s.word_in(s.lang.that_markers, begin);
  const std::size_t n =
      std::max(s.lang.prepositions.match(s.tokens, begin, end), that ? std::size_t{1} : 0);
  if (n > 0) begin = skip_adverbs(s, begin + n, end);
  // "Concerned that, since the adoption of its resolutions 47/19, 48/16, ..., the embargo is
  // still in place", "reaffirm that by working together as sovereign partners, we are
  // stronger": the clause or phrase in front of the subject, up to the comma before a
  // determiner, a pronoun or a name, is not what the act is about.
  const bool fronted = s.lang.clause_openers.match(s.tokens, begin, end) > 0 ||
                       (that && s.word_in(s.lang.prepositions, begin));
  if (begin < end && fronted) {
    for (std::size_t k = begin + 1; k + 1 < end; ++k) {
      const Tok& next = s.tokens[k + 1];
      if (is_punct(s.tokens[k], ",") && next.word &&
          (s.lang.determiners.has(next.lower) || s.lang.pronouns.has(next.lower) || next.upper))
        return skip_adverbs(s, k + 1, end);
    }
  }
  return begin;
}

}  // namespace

Parts parts_of(const Scan& s, const Clause& clause, const Found& f, const SpeechActDefinition* act,
               const CompiledLanguage& lang) {
  const std::size_t end = trim_end(s, skip_adverbs(s, f.object_begin, f.object_end), f.object_end);
  std::size_t begin = object_begin(s, f, end);
  if (f.kind == FormKind::Modal || f.passive) return modal_parts(s, clause, f, begin, end, lang);

  Parts p;
  if (act != nullptr && act->takes_addressee && begin < end) {
    begin = read_addressee(s, clause, f, lang, begin, end, p);
    if (p.pending) {
      p.action_begin = p.action_end = end;
      return p;
    }
  }
  if (p.addressee.empty() && begin < end) begin = object_start(s, begin, end);
  if (begin < end && s.word_in(s.lang.action_negations, begin)) p.action_negated = true;
  p.action_begin = begin;
  p.action_end = action_end(s, begin, end);
  return p;
}

std::vector<std::string> qualifiers_in(const Scan& s, std::size_t begin, std::size_t end) {
  std::vector<std::string> out;
  for (std::size_t k = begin; k < end;) {
    const std::size_t n = s.lang.qualifiers.match(s.tokens, k, end);
    if (n == 0) {
      ++k;
      continue;
    }
    std::vector<std::size_t> words(n);
    for (std::size_t m = 0; m < n; ++m) words[m] = k + m;
    const std::string phrase = to_lower(join_tokens(s, words));
    if (std::find(out.begin(), out.end(), phrase) == out.end()) out.push_back(phrase);
    k += n;
  }
  return out;
}

}  // namespace concord::speech_acts
