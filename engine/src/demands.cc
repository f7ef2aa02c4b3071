// Speech-act extraction: the acts of every paragraph (clause_acts.hpp), their addressee and
// action (act_parts.hpp), the items of colon lists, and the group of the verb each action
// opens with.
#include "concord/engine/demands.hpp"

#include <algorithm>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "act_parts.hpp"
#include "clause_acts.hpp"
#include "concord/engine/paragraph_structure.hpp"
#include "concord/engine/parallel.hpp"
#include "concord/engine/text.hpp"
#include "speech_act_lexicon.hpp"

namespace concord {
namespace {

// The readers of clauses, acts and their parts.
using namespace speech_acts;

// Where the first word after the item label opening a clause ("(a)", "(ii)") is; SIZE_MAX when
// the clause opens with none.
std::size_t after_item_label(const std::vector<Tok>& tokens, const Clause& clause) {
  std::size_t b = clause.begin;
  while (b < clause.end && !tokens[b].word && !is_punct(tokens[b], "(")) ++b;
  if (!(b + 2 < clause.end && is_punct(tokens[b], "(") && tokens[b + 1].word &&
        is_punct(tokens[b + 2], ")")))
    return SIZE_MAX;
  b += 3;
  while (b < clause.end && !tokens[b].word) ++b;
  return b;
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
  // Inside the items of a colon act ("calls upon the two leaders to: (a) put ...; (b)
  // reaffirm ..."), a verb opening an item is what the act asks, not an act of its own.
  bool in_items = false;
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    const Clause& clause = clauses[c];
    const bool item = after_item_label(tokens, clause) != SIZE_MAX;
    in_items = in_items && item;
    if (in_items) continue;
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
        if (!act->proposition_family.empty() && object_is_a_proposition(s, f))
          d.family = act->proposition_family;
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
        // Skip an item label "(a)" and the marker "To".
        const std::size_t after_label = after_item_label(tokens, next);
        std::size_t b = after_label;
        if (b == SIZE_MAX) {
          b = first_word_of(tokens, next);
          while (b < next.end && !tokens[b].word) ++b;
        }
        if (b < next.end && s.word_in(lang.action_markers, b)) ++b;
        const std::size_t e = trim_end(s, b, next.end);
        d.action = s.slice(b, action_end(s, b, e));
        pending = d.action.empty();
        in_items = !pending && after_label != SIZE_MAX;
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

// The acts of one paragraph, each with the group of its action's verb named, but for an act
// whose action is in the list items that follow (named with each item's action).
Extracted read_paragraph(const CompiledLanguage& lang, const Paragraph& paragraph, std::size_t p) {
  Extracted e = extract_text(lang, paragraph.text, p, paragraph.kind, paragraph.label);
  for (std::size_t d = 0; d < e.demands.size(); ++d) {
    if (!e.pending[d]) name_action_verb(lang, e.demands[d]);
  }
  return e;
}

// The acts of paragraph texts already read, for statements that repeat most of their
// paragraphs (versions of one text): keyed by language, kind, label and text. Shared by the
// threads of extract_demands over several statements.
class ReadParagraphs {
 public:
  Extracted extract(const CompiledLanguage& lang, const Paragraph& paragraph, std::size_t p) {
    std::string key = key_of(lang, paragraph);
    {
      const std::lock_guard lock(mutex_);
      if (const auto it = read_.find(key); it != read_.end()) {
        Extracted copy = it->second;
        for (Demand& d : copy.demands) d.paragraph = d.action_paragraph = p;
        return copy;
      }
    }
    Extracted e = read_paragraph(lang, paragraph, p);
    const std::lock_guard lock(mutex_);
    read_.emplace(std::move(key), e);
    return e;
  }

  // Reads the distinct paragraphs of the statements whose language the lexicon has, spread
  // over the cores: read statement by statement, two versions of one text would read their
  // shared paragraphs side by side, each thread before the other had stored them.
  void read_distinct(const std::vector<Statement>& statements, const SpeechActLexicon& lexicon) {
    struct Unread {
      const CompiledLanguage* lang;
      const Paragraph* paragraph;
      std::string key;
    };
    std::vector<Unread> unread;
    for (const Statement& statement : statements) {
      const CompiledLanguage* lang = language_named(lexicon, statement.language);
      if (lang == nullptr) continue;
      for (const Paragraph& paragraph : statement.paragraphs) {
        if (paragraph.kind == ParagraphKind::Heading) continue;
        std::string key = key_of(*lang, paragraph);
        if (read_.try_emplace(key).second) unread.push_back({lang, &paragraph, std::move(key)});
      }
    }
    std::vector<Extracted> extracted(unread.size());
    for_each_in_parallel(unread.size(), [&](std::size_t k) {
      extracted[k] = read_paragraph(*unread[k].lang, *unread[k].paragraph, 0);
    });
    for (std::size_t k = 0; k < unread.size(); ++k) read_[unread[k].key] = std::move(extracted[k]);
  }

 private:
  static std::string key_of(const CompiledLanguage& lang, const Paragraph& paragraph) {
    std::string key = lang.data.language;
    key.append(1, '\x1f')
        .append(std::to_string(static_cast<int>(paragraph.kind)))
        .append(1, '\x1f')
        .append(paragraph.label)
        .append(1, '\x1f')
        .append(paragraph.text);
    return key;
  }

  std::mutex mutex_;
  std::unordered_map<std::string, Extracted> read_;
};

std::vector<Demand> extract_statement(const CompiledLanguage& lang, const Statement& statement,
                                      ListItems items, ReadParagraphs* read) {
  std::vector<Demand> out;
  const auto& paragraphs = statement.paragraphs;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Paragraph& paragraph = paragraphs[p];
    if (paragraph.kind == ParagraphKind::Heading) continue;
    Extracted e =
        read != nullptr ? read->extract(lang, paragraph, p) : read_paragraph(lang, paragraph, p);
    for (std::size_t d = 0; d < e.demands.size(); ++d) {
      if (!e.pending[d]) {
        out.push_back(std::move(e.demands[d]));
        continue;
      }
      // "Calls upon the United States:" then "(a) To cease ...": the first item's action,
      // and with ListItems::Each one more demand for each later item.
      const std::size_t end = end_of_list(paragraphs, p);
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

// Acts a lexicon knows (not only the participles and verbs it guessed).
std::size_t known_acts(const std::vector<Demand>& demands) {
  return static_cast<std::size_t>(std::count_if(
      demands.begin(), demands.end(), [](const Demand& d) { return d.family != "other"; }));
}

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
  read.read_distinct(statements, lexicon);
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
