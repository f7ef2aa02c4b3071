// Speech-act extraction: clauses, act forms by position, addressee and action, negation.
//
// The approach is the one of rule-based speech-act taggers for diplomatic texts (lexicon of
// performative verbs, their place in the clause, a few shallow phrase rules), as in the UN
// Editorial Manual's description of preambular and operative paragraphs: a form counts as
// the statement's own act only where a clause opens, after a subject, or coordinated with
// another act; anything later in the clause belongs to the first act's object.
#include "concord/engine/demands.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_structure.hpp"
#include "concord/engine/parallel.hpp"
#include "concord/engine/text.hpp"
#include "concord/engine/tokenizer.hpp"

namespace concord {
namespace {

// ------------------------------------------------------------------ tokens

struct Tok {
  std::string lower;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool word = false;
  bool upper = false;
};

std::string fold_apostrophes(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool starts_upper(std::string_view text) {
  if (text.empty()) return false;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_isupper(c);
}

// Tokens with lower-case text; a French elision ("d'appliquer", "l'ONU") is two tokens so
// that "d'" can mark an infinitive and "l'" is a determiner.
std::vector<Tok> tokens_of(std::string_view text) {
  std::vector<Tok> out;
  for (const Token& t : tokenize(text)) {
    const std::string_view raw = token_text(text, t);
    // Markdown emphasis ("We **firmly reject**") and footnote stars ("UN experts*") carry no
    // syntax.
    if (!t.is_word && (raw == "*" || raw == "_")) continue;
    Tok tok{fold_apostrophes(to_lower(raw)), t.offset, t.offset + t.length, t.is_word,
            t.is_word && starts_upper(raw)};
    if (tok.word) {
      const auto apostrophe = tok.lower.find('\'');
      const bool elided = (apostrophe == 1 || (apostrophe == 2 && tok.lower.starts_with("qu"))) &&
                          apostrophe + 1 < tok.lower.size();
      if (elided) {
        // Byte length of the prefix in the original text ("d'" or "d’").
        const std::size_t raw_apostrophe =
            raw.find_first_of(std::string_view("'\xE2", 2), apostrophe == 1 ? 1 : 2);
        const std::size_t raw_prefix =
            raw_apostrophe + (raw.compare(raw_apostrophe, 3, "\xE2\x80\x99") == 0 ? 3 : 1);
        out.push_back(Tok{tok.lower.substr(0, apostrophe + 1), tok.begin, tok.begin + raw_prefix,
                          true, tok.upper});
        const std::string_view rest = raw.substr(raw_prefix);
        out.push_back(Tok{tok.lower.substr(apostrophe + 1), tok.begin + raw_prefix, tok.end, true,
                          starts_upper(rest)});
        continue;
      }
    }
    out.push_back(std::move(tok));
  }
  return out;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  for (Tok& t : tokens_of(phrase)) words.push_back(std::move(t.lower));
  return words;
}

bool ends_with_any(std::string_view word, const std::vector<std::string>& endings,
                   std::size_t min_stem = 2) {
  return std::any_of(endings.begin(), endings.end(), [&](const std::string& e) {
    return word.size() >= e.size() + min_stem && word.ends_with(e);
  });
}

// ------------------------------------------------------------------ phrase sets

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

struct FormEntry {
  std::vector<std::string> words;
  std::size_t act = 0;
  FormKind kind = FormKind::Present;
};

// Order of preference between forms of equal length.
int kind_rank(FormKind kind) {
  switch (kind) {
    case FormKind::Present:
    case FormKind::Plural:
      return 0;
    case FormKind::Past:
      return 1;
    case FormKind::Participle:
      return 2;
    case FormKind::Adjective:
      return 3;
    case FormKind::Modal:
      return 4;
    case FormKind::Noun:
      return 5;
    case FormKind::StandaloneNoun:
      return 6;
  }
  return 7;
}

struct CompiledLanguage {
  LanguageLexicon data;
  std::unordered_map<std::string, std::vector<FormEntry>> forms;
  std::unordered_map<std::string, std::vector<FormEntry>> light_verbs;
  PhraseSet adverbs, modifiers, determiners, prepositions, future, auxiliaries, copulas, linking,
      pronouns, negations_before, negations_after, action_negations, complementizers, coordinators,
      infinitive_openers, continuing_openers, reporting_verbs, aside_openers, addressee_openers,
      action_markers, that_markers, clause_openers, heads, catenatives, passive_markers,
      passive_agents, qualifiers, action_ends, coordinated_actions, abbreviations, non_participles,
      not_acts, action_verb_links;
  std::vector<PhraseSet> act_openers;
  std::vector<PhraseSet> action_verbs;  // one per group of data.action_verbs
};

void add_forms(std::unordered_map<std::string, std::vector<FormEntry>>& table,
               const std::vector<std::string>& forms, std::size_t act, FormKind kind,
               const std::string& lemma) {
  for (const std::string& form : forms) {
    auto words = phrase_words(form);
    if (words.empty()) throw DataError("empty form of act '" + lemma + "'");
    auto& list = table[words.front()];
    list.push_back(FormEntry{std::move(words), act, kind});
  }
}

CompiledLanguage compile(const LanguageLexicon& data) {
  CompiledLanguage c;
  c.data = data;
  for (std::size_t a = 0; a < data.acts.size(); ++a) {
    const SpeechActDefinition& act = data.acts[a];
    if (act.lemma.empty()) throw DataError("speech act without a lemma in " + data.language);
    add_forms(c.forms, act.present, a, FormKind::Present, act.lemma);
    add_forms(c.forms, act.plural, a, FormKind::Plural, act.lemma);
    add_forms(c.forms, act.past, a, FormKind::Past, act.lemma);
    add_forms(c.forms, act.participle, a, FormKind::Participle, act.lemma);
    add_forms(c.forms, act.adjective, a, FormKind::Adjective, act.lemma);
    add_forms(c.forms, act.noun, a, FormKind::Noun, act.lemma);
    add_forms(c.forms, act.standalone_noun, a, FormKind::StandaloneNoun, act.lemma);
    add_forms(c.forms, act.modal, a, FormKind::Modal, act.lemma);
    PhraseSet openers;
    openers.add_all(act.addressee_openers);
    c.act_openers.push_back(std::move(openers));
  }
  add_forms(c.light_verbs, data.light_verbs_present, 0, FormKind::Present, "light verb");
  add_forms(c.light_verbs, data.light_verbs_plural, 0, FormKind::Plural, "light verb");
  add_forms(c.light_verbs, data.light_verbs_past, 0, FormKind::Past, "light verb");
  add_forms(c.light_verbs, data.light_verbs_participle, 0, FormKind::Participle, "light verb");
  c.adverbs.add_all(data.adverbs);
  c.modifiers.add_all(data.modifiers);
  c.determiners.add_all(data.determiners);
  c.prepositions.add_all(data.prepositions);
  c.future.add_all(data.future_auxiliaries);
  c.auxiliaries.add_all(data.perfect_auxiliaries);
  c.copulas.add_all(data.copulas);
  c.linking.add_all(data.linking_verbs);
  c.pronouns.add_all(data.pronouns);
  c.negations_before.add_all(data.negations_before);
  c.negations_after.add_all(data.negations_after);
  c.action_negations.add_all(data.action_negations);
  c.complementizers.add_all(data.complementizers);
  c.coordinators.add_all(data.coordinators);
  c.infinitive_openers.add_all(data.infinitive_openers);
  c.infinitive_openers.add_all(data.continuing_openers);
  c.continuing_openers.add_all(data.continuing_openers);
  c.reporting_verbs.add_all(data.reporting_verbs);
  c.aside_openers.add_all(data.aside_openers);
  c.addressee_openers.add_all(data.addressee_openers);
  c.action_markers.add_all(data.action_markers);
  c.that_markers.add_all(data.that_markers);
  c.clause_openers.add_all(data.clause_openers);
  c.heads.add_all(data.addressee_heads);
  c.catenatives.add_all(data.catenatives);
  c.passive_markers.add_all(data.passive_markers);
  c.passive_agents.add_all(data.passive_agents);
  c.qualifiers.add_all(data.qualifiers);
  c.action_ends.add_all(data.action_ends);
  c.coordinated_actions.add_all(data.coordinated_actions);
  c.abbreviations.add_all(data.abbreviations);
  c.non_participles.add_all(data.non_participles);
  c.not_acts.add_all(data.not_acts);
  for (const ActionVerbGroup& group : data.action_verbs) {
    if (group.name.empty())
      throw DataError("group of action verbs without a name in " + data.language);
    PhraseSet forms;
    forms.add_all(group.forms);
    c.action_verbs.push_back(std::move(forms));
  }
  c.action_verb_links.add_all(data.action_verb_links);
  return c;
}

}  // namespace

struct SpeechActLexicon::Compiled {
  std::vector<CompiledLanguage> languages;
};

SpeechActLexicon::SpeechActLexicon() : compiled_(std::make_shared<Compiled>()) {}

SpeechActLexicon::SpeechActLexicon(const std::vector<LanguageLexicon>& languages) {
  auto compiled = std::make_shared<Compiled>();
  for (const auto& language : languages) compiled->languages.push_back(compile(language));
  compiled_ = std::move(compiled);
}

SpeechActLexicon::~SpeechActLexicon() = default;
SpeechActLexicon::SpeechActLexicon(const SpeechActLexicon&) = default;
SpeechActLexicon& SpeechActLexicon::operator=(const SpeechActLexicon&) = default;
SpeechActLexicon::SpeechActLexicon(SpeechActLexicon&&) noexcept = default;
SpeechActLexicon& SpeechActLexicon::operator=(SpeechActLexicon&&) noexcept = default;

std::vector<std::string> SpeechActLexicon::languages() const {
  std::vector<std::string> out;
  for (const auto& l : compiled_->languages) out.push_back(l.data.language);
  return out;
}

namespace {

// ------------------------------------------------------------------ clauses

struct Clause {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t sentence = 0;
  bool colon_end = false;
};

bool is_punct(const Tok& t, std::string_view mark) { return !t.word && t.lower == mark; }

// A mark that closes a quotation: a straight double quote or a right curly one.
bool is_closing_quote(const Tok& t) { return is_punct(t, "\"") || is_punct(t, "\u201d"); }

// Clauses end at ';' and ':' and with sentences; a full stop ends a sentence when the next
// token is capitalised or punctuation and the word before it is no abbreviation ("U.S.").
// A colon inside a quoted title ("“The Antigua and Barbuda Agenda for Small Island
// Developing States: A Renewed Declaration ...”") ends nothing.
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

// The first word of a clause after quotes, dashes and a bracketed marker ("[point 4]").
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

// ------------------------------------------------------------------ acts in a clause

struct Found {
  std::size_t act = 0;             // index into the language's acts
  bool known = true;               // false for a participle the lexicon does not hold
  FormKind kind{};                 // the form's kind (Noun after a light verb)
  FormKind grammar{};              // the class coordination compares (the light verb's)
  std::size_t lead = 0;            // first token of adverbs, auxiliaries and negation before it
  std::size_t begin = 0;           // first token of the form (of the light verb)
  std::size_t end = 0;             // one past the form
  std::vector<std::size_t> text;   // tokens of the act's text
  std::size_t linking = SIZE_MAX;  // a linking verb kept in the act's text
  bool negated = false;
  bool passive = false;          // "The Secretary-General is requested to ..."
  std::size_t object_begin = 0;  // where the object starts
  std::size_t object_end = 0;    // where it ends (next act, clause end)
};

struct Scan {
  const CompiledLanguage& lang;
  std::string_view text;
  const std::vector<Tok>& tokens;
  std::vector<bool> adverb;    // token inside an adverbial phrase
  std::vector<bool> negation;  // token is a negation word

  Scan(const CompiledLanguage& l, std::string_view t, const std::vector<Tok>& toks)
      : lang(l), text(t), tokens(toks), adverb(toks.size()), negation(toks.size()) {
    for (std::size_t i = 0; i < tokens.size();) {
      const std::size_t n = lang.adverbs.match(tokens, i, tokens.size());
      if (n > 0) {
        for (std::size_t k = i; k < i + n; ++k) adverb[k] = true;
        i += n;
      } else {
        ++i;
      }
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      negation[i] = tokens[i].word && (lang.negations_before.has(tokens[i].lower) ||
                                       lang.negations_after.has(tokens[i].lower));
    }
  }

  [[nodiscard]] std::string slice(std::size_t begin, std::size_t end) const {
    if (begin >= end) return {};
    return std::string(text.substr(tokens[begin].begin, tokens[end - 1].end - tokens[begin].begin));
  }
  [[nodiscard]] bool word_in(const PhraseSet& set, std::size_t i) const {
    return i < tokens.size() && tokens[i].word && set.has(tokens[i].lower);
  }
};

// A form matched in the text: the tokens of its words (adverbs and commas may stand between
// them: "Calls once again upon", "Calls, in this context, for").
struct FormMatch {
  const FormEntry* form = nullptr;
  std::vector<std::size_t> words;
  [[nodiscard]] std::size_t end() const { return words.back() + 1; }
};

// Candidate forms at tokens[i], longest first, verbs before nouns.
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

// The text of some tokens, with one space between tokens that are apart in the text.
std::string join_tokens(const Scan& s, const std::vector<std::size_t>& words) {
  std::string out;
  for (std::size_t n = 0; n < words.size(); ++n) {
    const Tok& t = s.tokens[words[n]];
    if (n > 0 && s.tokens[words[n - 1]].end != t.begin) out += ' ';
    out += s.text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

// What stands right before a form: adverbs, negation, auxiliaries, a copula.
struct Lead {
  std::size_t start = 0;                        // first token of the lead
  std::size_t participle_auxiliary = SIZE_MAX;  // "Having" of "Having noted"
  std::size_t prefix = SIZE_MAX;                // "Re" of "Re-emphasizes"
  std::size_t continuing = SIZE_MAX;            // "Continues" of "Continues to urge"
  std::size_t before = SIZE_MAX;  // the token before the lead, SIZE_MAX at clause start
  bool negated = false, copula = false, future = false, auxiliary = false;
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

bool opens_noun_phrase(const Scan& s, std::size_t k);
bool names_agent(const Scan& s, std::size_t begin, std::size_t end);

// How a candidate form relates to the acts before it in the clause.
struct Context {
  std::size_t clause_begin = 0;
  std::size_t clause_first = 0;  // first word of the clause
  const std::vector<Found>* found = nullptr;
  bool act_earlier_in_sentence = false;
};

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

  // Stance nouns alone: only opening a fragment ("profunda preocupación").
  if (noun && !via_light) {
    return form.kind == FormKind::StandaloneNoun && at_start && found.empty();
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
          !match_forms(s, s.lang.forms, k, lead.start).empty() ||
          !match_forms(s, s.lang.light_verbs, k, lead.start).empty())
        return false;
    }
    return true;
  };

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
    if (!grammar_compatible(previous.grammar, grammar)) return false;
    if (grammar == FormKind::Present || grammar == FormKind::Plural || grammar == FormKind::Past) {
      if (passive) return false;
    }
    // "..., composed of ..., inspired by ...": an adjective after a bare comma qualifies a
    // noun; a participle ("Recognizing ..., expressing deep concern ...") is an act.
    const bool only_comma = is_punct(s.tokens[coord], ",") &&
                            (coord + 1 >= s.tokens.size() || !s.tokens[coord + 1].word ||
                             !s.lang.coordinators.has(s.tokens[coord + 1].lower));
    if (only_comma && grammar == FormKind::Adjective) return false;
    if (!comma) {
      // "call on X to respect and support": the verb is part of the infinitive the act
      // governs (only forms that are also infinitives can be; "a exhorté ... à mettre fin
      // et a réaffirmé" and "denounce the attempts to destabilise X and reaffirm" are two).
      const bool governs_infinitive =
          (previous.known && s.lang.data.acts[previous.act].takes_addressee) ||
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

std::vector<Found> acts_in_clause(const Scan& s, const Clause& clause, bool act_in_sentence) {
  std::vector<Found> found;
  Context ctx;
  ctx.clause_begin = clause.begin;
  ctx.clause_first = first_word_of(s.tokens, clause);
  ctx.found = &found;
  ctx.act_earlier_in_sentence = act_in_sentence;
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
    bool accepted = false;
    // A light verb and its stance noun first, then the forms of the acts.
    FormMatch light, noun;
    Lead lead;
    std::size_t coord = SIZE_MAX;
    if (light_composite(s, i, clause.end, light, noun) &&
        eligible(s, ctx, *noun.form, light.form->kind, i, lead, coord)) {
      Found f;
      f.act = noun.form->act;
      f.kind = FormKind::Noun;
      f.grammar = light.form->kind;
      f.lead = lead.start;
      f.begin = i;
      f.end = noun.end();
      // "expresses its deep concern" is "concern"; "expresses grave alarm" stays
      // "expresses alarm" (docs/demands.md: noun_alone).
      if (!s.lang.data.acts[f.act].noun_alone) f.text = light.words;
      f.text.insert(f.text.end(), noun.words.begin(), noun.words.end());
      f.negated = lead.negated;
      found.push_back(f);
      accepted = true;
    } else {
      for (FormMatch& form : match_forms(s, s.lang.forms, i, clause.end)) {
        if (!eligible(s, ctx, *form.form, form.form->kind, i, lead, coord)) continue;
        Found f;
        f.act = form.form->act;
        f.kind = form.form->kind;
        f.grammar = form.form->kind;
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
        found.push_back(f);
        accepted = true;
        break;
      }
    }
    if (accepted) {
      Found& f = found.back();
      // Adverbs and negation right after the form ("urges strongly", "ne condamne pas",
      // "must not").
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
    } else {
      ++i;
    }
  }
  // "Recalls and reaffirms its resolution 2625", "We have condemned and raised concerns
  // about these attacks": an act whose object is empty up to the next act shares that act's
  // object (and addressee).
  for (std::size_t k = found.size(); k-- > 1;) {
    Found& shared = found[k - 1];
    std::size_t b = shared.object_begin;
    while (b < shared.object_end && (!s.tokens[b].word || s.adverb[b])) ++b;
    if (b < shared.object_end || found[k].kind == FormKind::Modal) continue;
    shared.object_begin = found[k].object_begin;
    shared.object_end = found[k].object_end;
  }
  return found;
}

// A preambular participle or an operative verb the lexicon lacks, opening the paragraph.
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

// ------------------------------------------------------------------ addressee and action

std::size_t skip_adverbs(const Scan& s, std::size_t i, std::size_t end) {
  while (i < end && (s.adverb[i] || (!s.tokens[i].word && s.tokens[i].lower != "("))) ++i;
  return i;
}

// Drops trailing punctuation and coordinators (and subject pronouns: ", and we").
std::size_t trim_end(const Scan& s, std::size_t begin, std::size_t end, bool pronouns = true) {
  while (end > begin) {
    const Tok& t = s.tokens[end - 1];
    if (!t.word && t.lower != ")" && t.lower != "]" && t.lower != "\"" && t.lower != "”") {
      --end;
    } else if (t.word &&
               (s.lang.coordinators.has(t.lower) || (pronouns && s.lang.pronouns.has(t.lower)))) {
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

// True when tokens[k] can open a noun phrase: a capitalised word, a determiner, an
// addressee noun or an adjective-like qualifier ("relevant").
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

// True when the noun phrase at [begin, end) names an agent: before its first preposition,
// comma or relative pronoun stands a capitalised word or an addressee noun ("the Government
// of ...", "all States in the region"), not "the promotion of ...".
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

struct Parts {
  std::string addressee;
  std::size_t action_begin = 0;
  std::size_t action_end = 0;
  bool action_negated = false;
  bool pending = false;  // a clause ending with ':' whose action is in the sub-items
  std::string prefix;    // words put before the action (the subject of a passive modal)
};

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

// The end of an action: a relative clause after a comma, an aside after a dash that runs to
// the end ("Venezuela —miembro fundador de nuestra agrupación"; an aside between two dashes
// stays), an adjunct of conformity ("in accordance with ..."), or 30 words (at the last
// comma before them when there is one).
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
      if (words >= 8) last_comma = k;
    }
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

// An action cut at an adjunct may go on past it: "to prepare a report ... in the light of the
// purposes of the Charter and to submit it to the General Assembly". The second action
// ("submit it to the General Assembly") and the conjunction before it; none when begin == end.
struct CoordinatedAction {
  std::size_t conjunction = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

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

Parts parts_of(const Scan& s, const Clause& clause, const Found& f, const SpeechActDefinition* act,
               const CompiledLanguage& lang) {
  Parts p;
  std::size_t begin = skip_adverbs(s, f.object_begin, f.object_end);
  const std::size_t end = trim_end(s, begin, f.object_end);
  // A parenthetical right after the act: "Reaffirming, among other principles, the ..."
  if (f.object_begin < end && is_punct(s.tokens[f.object_begin], ",")) {
    std::size_t k = f.object_begin + 1;
    while (k < end && k < f.object_begin + 14 && !is_punct(s.tokens[k], ",")) ++k;
    if (k < end && is_punct(s.tokens[k], ",")) begin = skip_adverbs(s, k + 1, end);
  }

  if (f.kind == FormKind::Modal || f.passive) {
    // The subject is who must act, unless the modal is passive ("must be withdrawn").
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

  if (act != nullptr && act->takes_addressee && begin < end) {
    // "demands that Israel ...", "exige que ..."
    if (s.word_in(lang.that_markers, begin) && begin + 1 < end) {
      std::size_t np = noun_phrase_end(s, begin + 1, end);
      // "demands that we use ...": a pronoun names the addressee too.
      if (np == begin + 1 && s.word_in(s.lang.pronouns, begin + 1)) np = begin + 2;
      if (np > begin + 1 && names_agent(s, begin + 1, np)) {
        p.addressee = s.slice(begin + 1, np);
        begin = skip_adverbs(s, np, end);
      } else {
        ++begin;
      }
    } else {
      std::size_t start = begin;
      const std::size_t act_index = f.act;
      const bool act_opener = lang.act_openers[act_index].match(s.tokens, start, end) > 0;
      const bool opener = act_opener || s.word_in(s.lang.addressee_openers, start);
      if (opener) ++start;
      if (opener || !lang.data.addressee_opener_required || act_opener) {
        std::size_t marker = action_marker(s, start + 1, end);
        std::size_t action_start = marker == SIZE_MAX ? SIZE_MAX : marker + 1;
        // "not to adopt", "neither to recognize": the negation opens the action.
        if (marker != SIZE_MAX && marker > start && s.negation[marker - 1]) {
          action_start = marker + 1;
          p.action_negated = true;
          --marker;
        }
        std::size_t stop = marker == SIZE_MAX ? end : marker;
        if (marker == SIZE_MAX && clause.colon_end && f.object_end == clause.end) {
          p.pending = true;
        }
        if (marker != SIZE_MAX || p.pending) {
          // A comma ends the addressee before a parenthetical ("the Secretary-General, in
          // consultation with ..."), not inside a list ("States, the United Nations and ...").
          std::size_t cut = start;
          while (cut < stop && !(is_punct(s.tokens[cut], ",") && cut + 1 < stop &&
                                 !opens_noun_phrase(s, cut + 1)))
            ++cut;
          const std::size_t a_end = trim_end(s, start, cut);
          if (a_end > start && opens_noun_phrase(s, start) && names_agent(s, start, a_end)) {
            p.addressee = s.slice(start, a_end);
            if (p.pending) {
              p.action_begin = p.action_end = end;
              return p;
            }
            begin = skip_adverbs(s, action_start, end);
          } else {
            p.pending = false;
            p.action_negated = false;
          }
        }
      }
    }
  }
  // The object of a non-request act: drop its preposition ("of", "about", "por", "à") and
  // a complementizer ("that", "que").
  if (p.addressee.empty() && begin < end) {
    const std::size_t n = std::max(s.lang.prepositions.match(s.tokens, begin, end),
                                   s.word_in(s.lang.that_markers, begin) ? std::size_t{1} : 0);
    if (n > 0) begin = skip_adverbs(s, begin + n, end);
    // "Concerned that, since the adoption of its resolutions 47/19, 48/16, ..., the embargo
    // is still in place": the clause in front of the subject, up to the comma before a
    // determiner or a name, is not what the act is about.
    if (begin < end && s.lang.clause_openers.match(s.tokens, begin, end) > 0) {
      for (std::size_t k = begin + 1; k + 1 < end; ++k) {
        const Tok& next = s.tokens[k + 1];
        if (is_punct(s.tokens[k], ",") && next.word &&
            (s.lang.determiners.has(next.lower) || next.upper)) {
          begin = skip_adverbs(s, k + 1, end);
          break;
        }
      }
    }
  }
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

struct Extracted {
  std::vector<Demand> demands;
  std::vector<bool> pending;  // action awaits the paragraph's sub-items
};

Extracted extract_text(const CompiledLanguage& lang, std::string_view text, std::size_t paragraph,
                       ParagraphKind kind, std::string_view label) {
  Extracted out;
  const std::vector<Tok> tokens = tokens_of(text);
  if (tokens.empty()) return out;
  const Scan s(lang, text, tokens);
  const std::vector<Clause> clauses = clauses_of(tokens, lang);
  std::size_t sentence_with_act = SIZE_MAX;
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    const Clause& clause = clauses[c];
    std::vector<Found> found = acts_in_clause(s, clause, sentence_with_act == clause.sentence);
    if (c == 0 && (found.empty() || found.front().lead > first_word_of(tokens, clause))) {
      Found opener;
      if (unknown_opener(s, clause, kind, label, opener)) {
        if (!found.empty()) opener.object_end = found.front().lead;
        found.insert(found.begin(), opener);
      }
    }
    if (!found.empty()) sentence_with_act = clause.sentence;
    for (const Found& f : found) {
      const SpeechActDefinition* act = f.known ? &lang.data.acts[f.act] : nullptr;
      Parts parts = parts_of(s, clause, f, act, lang);
      Demand d;
      d.paragraph = paragraph;
      d.action_paragraph = paragraph;
      std::string act_text = join_tokens(s, f.text);
      if (f.linking != SIZE_MAX) act_text = s.slice(f.linking, f.linking + 1) + " " + act_text;
      d.act = act_text;
      if (act != nullptr) {
        d.lemma = act->lemma;
        d.family = act->family;
        d.strength = act->strength;
      } else {
        d.lemma = to_lower(act_text);
        d.family = "other";
      }
      d.addressee = parts.addressee;
      std::string action = s.slice(parts.action_begin, parts.action_end);
      std::size_t action_stop = parts.action_end;
      if (!action.empty()) {
        const CoordinatedAction more = coordinated_action(s, parts.action_end, f.object_end);
        if (more.begin < more.end) {
          action += " " + s.slice(more.conjunction, more.conjunction + 1) + " " +
                    s.slice(more.begin, more.end);
          action_stop = more.end;
        }
      }
      if (!parts.prefix.empty()) action = parts.prefix + (action.empty() ? "" : " " + action);
      d.action = action;
      d.negated = f.negated || parts.action_negated;
      const std::size_t clause_end = std::max(action_stop, f.end);
      d.qualifiers = qualifiers_in(s, f.lead, std::max(clause_end, f.object_end));
      d.text = s.slice(f.lead, clause_end);
      // A colon clause whose action follows in the same paragraph: "Calls upon all States:
      // (a) To ...".
      bool pending = parts.pending;
      if (pending && c + 1 < clauses.size()) {
        const Clause& next = clauses[c + 1];
        std::size_t b = first_word_of(tokens, next);
        while (b < next.end && !tokens[b].word) ++b;
        // Skip an item label "(a)" and the marker "To".
        if (b > next.begin && is_punct(tokens[b - 1], "(") && b + 1 < next.end &&
            is_punct(tokens[b + 1], ")")) {
          b += 2;
          while (b < next.end && !tokens[b].word) ++b;
        }
        if (b < next.end && s.word_in(lang.action_markers, b)) ++b;
        const std::size_t e = trim_end(s, b, next.end);
        d.action = s.slice(b, action_end(s, b, e));
        pending = d.action.empty();
      }
      out.demands.push_back(std::move(d));
      out.pending.push_back(pending);
    }
  }
  return out;
}

const CompiledLanguage* language_named(const SpeechActLexicon& lexicon, std::string_view code) {
  for (const auto& l : lexicon.compiled().languages) {
    if (l.data.language == code) return &l;
  }
  return nullptr;
}

bool is_item_label(std::string_view label) {
  return !label.empty() &&
         (label.front() == '(' || (label.size() <= 3 && label.back() == ')' &&
                                   std::islower(static_cast<unsigned char>(label.front()))));
}

// The action an item written for a colon paragraph's act gives it: "(a) To cease its air
// strikes;" -> "cease its air strikes".
std::string item_action(const CompiledLanguage& lang, std::string_view item) {
  const std::vector<Tok> tokens = tokens_of(item);
  const Scan s(lang, item, tokens);
  std::size_t b = 0;
  while (b < tokens.size() && !tokens[b].word) ++b;
  if (b < tokens.size() && s.word_in(lang.action_markers, b)) ++b;
  std::size_t e_end = b;
  while (e_end < tokens.size() && !is_punct(tokens[e_end], ";") && !is_punct(tokens[e_end], "."))
    ++e_end;
  return s.slice(b, action_end(s, b, trim_end(s, b, e_end)));
}

// Names the group of the verb an action opens with, and its object: "cease its strikes",
// "immediately cease its strikes", "the immediate halt of the strikes", "el cese inmediato
// de los ataques". A verb opens the action or follows adverbs and qualifiers only; a noun
// (after "the", "its", ...) needs its linking word ("of", "de") at most one word on, so that
// "the end date" is no demand to stop (languages whose adjectives follow nouns allow one
// word between them: "el cese inmediato de").
void name_action_verb(const CompiledLanguage& lang, Demand& d) {
  if (lang.action_verbs.empty()) return;
  std::vector<Tok> words = tokens_of(d.action);
  std::erase_if(words, [](const Tok& t) { return !t.word; });
  constexpr std::size_t kMaxWordsBefore = 3;
  for (std::size_t start = 0; start < words.size() && start <= kMaxWordsBefore; ++start) {
    for (std::size_t g = 0; g < lang.action_verbs.size(); ++g) {
      const std::size_t length = lang.action_verbs[g].match(words, start, words.size());
      if (length == 0) continue;
      std::size_t object = start + length;
      bool opens = true;
      for (std::size_t k = 0; k < start && opens; ++k) {
        opens = lang.adverbs.has(words[k].lower) || lang.qualifiers.has(words[k].lower);
      }
      const std::size_t last_link = object + (lang.data.adjectives_after_nouns ? 1 : 0);
      std::size_t link = object;
      while (link < words.size() && link <= last_link &&
             lang.action_verb_links.match(words, link, words.size()) == 0)
        ++link;
      const bool linked = link < words.size() && link <= last_link;
      if (!opens && !linked) continue;
      if (linked) object = link + lang.action_verb_links.match(words, link, words.size());
      d.action_verb = lang.data.action_verbs[g].name;
      d.action_object = object < words.size() ? d.action.substr(words[object].begin) : "";
      return;
    }
  }
}

// The acts of paragraph texts already read, for statements that repeat most of their
// paragraphs (versions of one text): keyed by language, kind, label and text. Shared by the
// threads of extract_demands over several statements.
class ReadParagraphs {
 public:
  Extracted extract(const CompiledLanguage& lang, const Paragraph& paragraph, std::size_t p) {
    std::string key = lang.data.language;
    key.append(1, '\x1f')
        .append(std::to_string(static_cast<int>(paragraph.kind)))
        .append(1, '\x1f')
        .append(paragraph.label)
        .append(1, '\x1f')
        .append(paragraph.text);
    {
      const std::lock_guard lock(mutex_);
      if (const auto it = read_.find(key); it != read_.end()) {
        Extracted copy = it->second;
        for (Demand& d : copy.demands) d.paragraph = d.action_paragraph = p;
        return copy;
      }
    }
    Extracted e = extract_text(lang, paragraph.text, p, paragraph.kind, paragraph.label);
    const std::lock_guard lock(mutex_);
    read_.emplace(std::move(key), e);
    return e;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, Extracted> read_;
};

// The paragraphs after `lead_in` that are items of its list: labelled like the first
// ("(a)", "(b)", ...), up to the first that is not ("10." after "(b)" goes on with the
// numbered paragraphs).
std::size_t list_end(const std::vector<Paragraph>& paragraphs, std::size_t lead_in) {
  const std::size_t first = lead_in + 1;
  if (first >= paragraphs.size() || !is_item_label(paragraphs[first].label)) return first;
  std::size_t end = first + 1;
  const bool parenthesised = paragraphs[first].label.front() == '(';
  while (end < paragraphs.size() && is_item_label(paragraphs[end].label) &&
         (paragraphs[end].label.front() == '(') == parenthesised)
    ++end;
  return end;
}

std::vector<Demand> extract_statement(const CompiledLanguage& lang, const Statement& statement,
                                      ListItems items, ReadParagraphs* read) {
  std::vector<Demand> out;
  const auto& paragraphs = statement.paragraphs;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Paragraph& paragraph = paragraphs[p];
    if (paragraph.kind == ParagraphKind::Heading) continue;
    Extracted e = read != nullptr
                      ? read->extract(lang, paragraph, p)
                      : extract_text(lang, paragraph.text, p, paragraph.kind, paragraph.label);
    for (std::size_t d = 0; d < e.demands.size(); ++d) {
      // "Calls upon the United States:" then "(a) To cease ...": the first item's action,
      // and with ListItems::Each one more demand for each later item.
      const std::size_t end = e.pending[d] ? list_end(paragraphs, p) : p + 1;
      const std::size_t last = items == ListItems::First ? std::min(end, p + 2) : end;
      bool item_read = false;
      for (std::size_t item = p + 1; item < last; ++item) {
        Demand asked = e.demands[d];
        asked.action = item_action(lang, paragraphs[item].text);
        if (asked.action.empty()) continue;
        asked.action_paragraph = item;
        name_action_verb(lang, asked);
        out.push_back(std::move(asked));
        item_read = true;
      }
      if (item_read) continue;
      name_action_verb(lang, e.demands[d]);
      out.push_back(std::move(e.demands[d]));
    }
  }
  return out;
}

}  // namespace

namespace {

// Acts a lexicon knows (not only the participles and verbs it guessed).
std::size_t known_acts(const std::vector<Demand>& demands) {
  return static_cast<std::size_t>(std::count_if(
      demands.begin(), demands.end(), [](const Demand& d) { return d.family != "other"; }));
}

}  // namespace

namespace {

std::vector<Demand> extract_with(const Statement& statement, const SpeechActLexicon& lexicon,
                                 ListItems items, ReadParagraphs* read) {
  if (const CompiledLanguage* lang = language_named(lexicon, statement.language)) {
    return extract_statement(*lang, statement, items, read);
  }
  // Unknown language: the lexicon that recognises most acts.
  std::vector<Demand> best;
  for (const auto& lang : lexicon.compiled().languages) {
    auto demands = extract_statement(lang, statement, items, read);
    if (known_acts(demands) > known_acts(best)) best = std::move(demands);
  }
  return best;
}

}  // namespace

std::vector<Demand> extract_demands(const Statement& statement, const SpeechActLexicon& lexicon,
                                    ListItems items) {
  return extract_with(statement, lexicon, items, nullptr);
}

std::vector<std::vector<Demand>> extract_demands(const std::vector<Statement>& statements,
                                                 const SpeechActLexicon& lexicon, ListItems items) {
  ReadParagraphs read;
  std::vector<std::vector<Demand>> demands(statements.size());
  for_each_in_parallel(statements.size(), [&](std::size_t s) {
    demands[s] = extract_with(statements[s], lexicon, items, &read);
  });
  return demands;
}

std::vector<Demand> extract_demands(std::string_view text, std::string_view language,
                                    const SpeechActLexicon& lexicon, std::size_t paragraph) {
  const ParagraphKind kind = classify_paragraph(text, "", BlockHint::None);
  auto extract = [&](const CompiledLanguage& lang) {
    std::vector<Demand> demands = extract_text(lang, text, paragraph, kind, "").demands;
    for (Demand& d : demands) name_action_verb(lang, d);
    return demands;
  };
  if (const CompiledLanguage* lang = language_named(lexicon, language)) return extract(*lang);
  std::vector<Demand> best;
  for (const auto& lang : lexicon.compiled().languages) {
    auto demands = extract(lang);
    if (known_acts(demands) > known_acts(best)) best = std::move(demands);
  }
  return best;
}

}  // namespace concord
