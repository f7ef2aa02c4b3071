// Compiling a speech-act lexicon for matching, and the tokens its matchers read.
#include "speech_act_lexicon.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <utility>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "concord/engine/tokenizer.hpp"

namespace concord {
namespace speech_acts {
namespace {

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

}  // namespace

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
                   std::size_t min_stem) {
  return std::any_of(endings.begin(), endings.end(), [&](const std::string& e) {
    return word.size() >= e.size() + min_stem && word.ends_with(e);
  });
}

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

namespace {

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
  c.list_coordinators.add_all(data.list_coordinators);
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
  c.topic_frames.add_all(data.topic_frames);
  c.forms_before_to_or_that.add_all(data.forms_before_to_or_that);
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
}  // namespace speech_acts

SpeechActLexicon::SpeechActLexicon() : compiled_(std::make_shared<Compiled>()) {}

SpeechActLexicon::SpeechActLexicon(const std::vector<LanguageLexicon>& languages) {
  auto compiled = std::make_shared<Compiled>();
  for (const auto& language : languages)
    compiled->languages.push_back(speech_acts::compile(language));
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

}  // namespace concord
