// Reading a paragraph for the acts of its speaker: its clauses, the scan of its tokens, and
// the forms of acts that count as the statement's own (demands.cc). Private to the engine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "concord/engine/statement.hpp"
#include "speech_act_lexicon.hpp"

namespace concord::speech_acts {

// A clause of a paragraph: tokens [begin, end), the sentence it belongs to, and whether a
// colon ends it.
struct Clause {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t sentence = 0;
  bool colon_end = false;
};

inline bool is_punct(const Tok& t, std::string_view mark) { return !t.word && t.lower == mark; }

// A mark that closes a quotation: a straight double quote or a right curly one.
inline bool is_closing_quote(const Tok& t) { return is_punct(t, "\"") || is_punct(t, "\u201d"); }

// Clauses end at ';' and ':' and with sentences; a full stop ends a sentence when the next
// token is capitalised or punctuation and the word before it is no abbreviation ("U.S.").
// A colon inside a quoted title ("“The Antigua and Barbuda Agenda for Small Island
// Developing States: A Renewed Declaration ...”") ends nothing.
[[nodiscard]] std::vector<Clause> clauses_of(const std::vector<Tok>& tokens,
                                             const CompiledLanguage& lang);

// The first word of a clause after quotes, dashes and a bracketed marker ("[point 4]").
[[nodiscard]] std::size_t first_word_of(const std::vector<Tok>& tokens, const Clause& clause);

// An act found in a clause, with the tokens of its form and where its object lies.
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
  bool passive = false;     // "The Secretary-General is requested to ..."
  bool of_subject = false;  // a participle set off after the subject: "El Grupo, al rechazar"
  // After a linking verb or a copula of its own ("We remain committed to ... and welcome"):
  // a finite verb coordinates with it.
  bool finite_lead = false;
  std::size_t object_begin = 0;  // where the object starts
  std::size_t object_end = 0;    // where it ends (next act, clause end)
};

// A paragraph's tokens as the readers see them: which are adverbs and negations, and the
// lexicon of its language.
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
[[nodiscard]] std::vector<FormMatch> match_forms(
    const Scan& s, const std::unordered_map<std::string, std::vector<FormEntry>>& table,
    std::size_t i, std::size_t end);

// The text of some tokens, with one space between tokens that are apart in the text.
[[nodiscard]] std::string join_tokens(const Scan& s, const std::vector<std::size_t>& words);

/// The acts of the statement's speaker in one clause, in order; `act_in_sentence` when an
/// earlier clause of the same sentence held one.
[[nodiscard]] std::vector<Found> acts_in_clause(const Scan& s, const Clause& clause,
                                                bool act_in_sentence);

// A preambular participle or an operative verb the lexicon lacks, opening the paragraph.
[[nodiscard]] bool unknown_opener(const Scan& s, const Clause& clause, ParagraphKind kind,
                                  std::string_view label, Found& f);

}  // namespace concord::speech_acts
