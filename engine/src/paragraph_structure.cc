// Paragraph labels and kinds, following UN drafting conventions (UN Editorial Manual:
// preambular paragraphs open with a participle, operative ones with a present-tense verb).
#include "concord/engine/paragraph_structure.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "concord/engine/text.hpp"

namespace concord {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
bool is_roman(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::string_view("ivxlcIVXLC").find(c) != std::string_view::npos;
  });
}

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// Length of a label at the start of `s`, including its closing mark, or 0.
std::size_t label_length(std::string_view s) {
  // "(a)", "(iv)", "(12)"
  if (s.size() >= 3 && s[0] == '(') {
    const auto close = s.find(')');
    if (close != std::string_view::npos && close >= 2 && close <= 5) {
      const auto inner = s.substr(1, close - 1);
      const bool ok =
          std::all_of(inner.begin(), inner.end(), is_digit) ||
          (inner.size() <= 2 && std::all_of(inner.begin(), inner.end(), is_lower_ascii)) ||
          is_roman(inner);
      if (ok) return close + 1;
    }
    return 0;
  }
  // "OP 3", "OP3.", "PP 12:"
  if (s.size() >= 3 && (s.starts_with("OP") || s.starts_with("PP"))) {
    std::size_t i = 2;
    if (i < s.size() && s[i] == ' ') ++i;
    const std::size_t digits_start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i > digits_start) {
      if (i < s.size() && (s[i] == '.' || s[i] == ':' || s[i] == ')')) ++i;
      return i;
    }
    return 0;
  }
  // "12.", "3)", "4.1." — at most three digits, so that years and "75/214." stay text.
  if (!s.empty() && is_digit(s[0])) {
    std::size_t i = 0;
    while (i < s.size() &&
           (is_digit(s[i]) || (s[i] == '.' && i + 1 < s.size() && is_digit(s[i + 1]))))
      ++i;
    const auto number = s.substr(0, i);
    if (std::count_if(number.begin(), number.end(), is_digit) > 3 || number.find('.') == 0)
      return 0;
    if (i < s.size() && (s[i] == '.' || s[i] == ')')) return i + 1;
    return 0;
  }
  // "a)", "b." (one lower-case letter) and "II." / "iv)" (roman numerals)
  std::size_t i = 0;
  while (i < s.size() && i < 6 && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
  if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')')) {
    const auto word = s.substr(0, i);
    if ((i == 1 && is_lower_ascii(word[0])) || is_roman(word)) {
      // "I." alone is a roman numeral, but "A." or "e.g." are not labels.
      if (word == "e" || word == "i" || is_roman(word) || s[i] == ')') return i + 1;
      if (i == 1) return i + 1;
    }
  }
  return 0;
}

std::string_view first_word(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != ':' &&
         text[end] != ';')
    ++end;
  return text.substr(0, end);
}

bool ends_with_any(std::string_view word, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) {
    return word.size() > e.size() + 2 && word.ends_with(e);
  });
}

bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  const auto c = static_cast<unsigned char>(word[0]);
  return (c >= 'A' && c <= 'Z') || c == 0xC3 /* À..Þ and accented capitals */;
}

// Adjectives and phrases of state that open preambular paragraphs in UN texts.
// "Being" is too short for the -ing test below; "Resolved" is a participle of state, as
// "Determined" is.
constexpr std::array<std::string_view, 42> kPreambularOpeners{
    "Deeply",     "Gravely",       "Seriously",  "Profoundly", "Concerned",  "Convinced",
    "Mindful",    "Aware",         "Conscious",  "Determined", "Alarmed",    "Guided",
    "Desirous",   "Cognizant",     "Fully",      "Having",     "Bearing",    "Being",
    "Resolved",   "Profundamente", "Preocupada", "Preocupado", "Consciente", "Convencida",
    "Convencido", "Decidida",      "Decidido",   "Teniendo",   "Guiada",     "Guiado",
    "Alarmada",   "Profondément",  "Préoccupée", "Préoccupé",  "Convaincue", "Convaincu",
    "Résolue",    "Résolu",        "Gravement",  "Guidée",     "Alarmée",    "Soucieuse"};

// Capitalised words ending in -ing that are no participle opening a preamble: prepositions
// ("During the 75 years ..."), pronouns, names ("Beijing is committed ...").
constexpr std::array<std::string_view, 16> kNotParticiples{
    "During",  "According", "Regarding", "Concerning", "Including", "Excluding",
    "Pending", "Following", "Nothing",   "Everything", "Something", "Anything",
    "Beijing", "Nanjing",   "Spring",    "Morning"};

// Finite verbs that make an opening -ing word the subject of a sentence ("Solving crises in
// our region requires ...", "Seeing past hatred is hard."), not a preamble's participle.
constexpr std::array<std::string_view, 18> kFiniteVerbsAfterAGerund{
    "is",  "are",  "was",    "were", "has",   "have",  "requires", "require", "remains",
    "can", "must", "should", "will", "would", "means", "demands",  "calls",   "lies"};

// Third-person verbs that open operative paragraphs (English, Spanish, French).
constexpr std::array<std::string_view, 113> kOperativeVerbs{
    "Decides", "Calls", "Urges", "Requests", "Demands", "Condemns", "Reaffirms", "Welcomes",
    "Encourages", "Invites", "Expresses", "Notes", "Takes", "Stresses", "Emphasizes", "Emphasises",
    "Recognizes", "Recognises", "Recommends", "Reiterates", "Affirms", "Underlines", "Underscores",
    "Acknowledges", "Approves", "Endorses", "Supports", "Rejects", "Deplores", "Appeals",
    "Commends", "Authorizes", "Authorises", "Extends", "Reminds", "Declares", "Proclaims",
    "Regrets", "Appreciates", "Insists", "Considers", "Agrees", "Resolves", "Further", "Also",
    "Strongly", "Again", "Once", "Recalls", "Continues", "Looks", "Directs", "Gives", "Confirms",
    "Renews", "Accepts", "Adopts", "Congratulates", "Designates", "Draws", "Transmits", "Trusts",
    "Highlights", "Determines", "Pledges", "Deems", "Believes", "Observes",
    // Spanish
    "Decide", "Exhorta", "Insta", "Pide", "Solicita", "Exige", "Condena", "Reafirma", "Acoge",
    "Alienta", "Invita", "Expresa", "Toma", "Subraya", "Destaca", "Reconoce", "Recomienda",
    "Reitera", "Afirma", "Rechaza", "Deplora", "Apoya", "Llama", "Observa", "Hace", "Recuerda",
    "Renueva", "Confirma", "Celebra", "Aprueba", "Resuelve", "Declara", "Proclama", "Encomia",
    "Señala",
    // French
    "Décide", "Demande", "Exhorte", "Prie", "Engage", "Condamne", "Réaffirme", "Accueille"};

constexpr std::array<std::string_view, 22> kMoreFrenchOperativeVerbs{
    "Exige",    "Encourage", "Invite",     "Exprime",  "Prend",   "Souligne",
    "Insiste",  "Reconnaît", "Recommande", "Réitère",  "Rejette", "Déplore",
    "Rappelle", "Confirme",  "Renouvelle", "Approuve", "Déclare", "Salue",
    "Constate", "Affirme",   "Appuie",     "Proclame"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Words that open a clause of its own, whose verb says nothing of the word opening the
// paragraph.
constexpr std::array<std::string_view, 10> kComplementizers{
    "that", "whether", "how", "what", "which", "who", "where", "when", "why", "if"};

// True when `text`, opened by an -ing word and ending a sentence, has a finite verb before
// its first comma: the -ing word is the subject (a gerund), as speeches open sentences.
bool opens_with_a_gerund_subject(std::string_view text) {
  if (text.empty() || (text.back() != '.' && text.back() != '!' && text.back() != '?'))
    return false;
  const std::string_view clause = text.substr(0, text.find_first_of(",;:"));
  std::size_t start = 0;
  while (start < clause.size()) {
    const std::size_t end = std::min(clause.find(' ', start), clause.size());
    const std::string_view word = clause.substr(start, end - start);
    // "Recognizing that economic resilience requires ...": the verb is the complement's.
    if (contains(kComplementizers, word)) return false;
    if (contains(kFiniteVerbsAfterAGerund, word)) return true;
    start = end + 1;
  }
  return false;
}

// "In this regard, calls upon the sides ...;": an operative paragraph whose verb follows a
// phrase tying it to the paragraph before.
bool opens_with_a_verb_after_a_connective(std::string_view text) {
  static constexpr std::array<std::string_view, 8> kConnectives{
      "In this regard, ", "In that regard, ", "In this context, ", "In that context, ",
      "To this end, ",    "To that end, ",    "In this respect, ", "In that respect, "};
  for (const std::string_view connective : kConnectives) {
    if (!text.starts_with(connective)) continue;
    std::string verb(first_word(text.substr(connective.size())));
    if (verb.empty() || !is_lower_ascii(verb[0])) return false;
    verb[0] = static_cast<char>(verb[0] - 'a' + 'A');
    return contains(kOperativeVerbs, std::string_view(verb));
  }
  return false;
}

bool looks_like_heading(std::string_view text) {
  if (text.empty()) return false;
  const char last = text.back();
  // A sentence, not a heading, ends so; "!" too: a speech's closing "Let us not desecrate
  // our future!".
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!') return false;
  return count_words(text) <= 12 && starts_upper(text);
}

// "(a)" and "(b)", "(i)" and "(ii)", or "1." and "2." have one shape: digits and letters
// stand for their kind, punctuation for itself.
std::string label_shape(std::string_view label) {
  std::string out;
  for (const char c : label) {
    const auto u = static_cast<unsigned char>(c);
    const char kind = std::isdigit(u) ? '9' : std::isalpha(u) ? 'a' : c;
    if (out.empty() || out.back() != kind) out.push_back(kind);
  }
  return out;
}

}  // namespace

LabelledText split_label(std::string_view text) {
  text = trim_left(text);
  const std::size_t length = label_length(text);
  if (length == 0 || length >= text.size()) return {std::string(), std::string(text)};
  // "24.We welcome": a number whose space was lost before a capitalised word.
  const bool run_on = is_digit(text[0]) && text[length - 1] == '.' && length + 1 < text.size() &&
                      std::isupper(static_cast<unsigned char>(text[length])) &&
                      std::islower(static_cast<unsigned char>(text[length + 1]));
  if (text[length] != ' ' && !run_on) return {std::string(), std::string(text)};
  return {std::string(text.substr(0, length)), std::string(trim_left(text.substr(length)))};
}

ParagraphKind classify_paragraph(std::string_view text, std::string_view label, BlockHint hint) {
  if (hint == BlockHint::Heading) return ParagraphKind::Heading;
  const std::string_view word = first_word(text);
  if (word.empty()) return ParagraphKind::Other;

  // "We condemn ...", "Nous condamnons ...", "Exhortamos ...": communiqué operative voice.
  if (word == "We" || word == "Nous") {
    const std::string_view rest = trim_left(text.substr(word.size()));
    const std::string_view verb = first_word(rest);
    if (!verb.empty() && is_lower_ascii(verb[0]) && verb != "are" && verb != "have" &&
        verb != "were" && verb != "had") {
      return ParagraphKind::Operative;
    }
  }

  const bool participle = ends_with_any(word, {"ing", "ando", "iendo", "yendo", "ant"}) &&
                          !contains(kNotParticiples, word) &&
                          !(word.ends_with("ing") && opens_with_a_gerund_subject(text));
  const bool preambular_form =
      starts_upper(word) && (participle || contains(kPreambularOpeners, word));
  // A participle opening a paragraph that ends with a comma is the UN preambular pattern;
  // "Noting ..." with a full stop in a communiqué is still preambular in form.
  if (preambular_form &&
      (text.back() == ',' || text.back() == ';' || !label.empty() || count_words(text) >= 6)) {
    return ParagraphKind::Preambular;
  }
  if (contains(kOperativeVerbs, word) || contains(kMoreFrenchOperativeVerbs, word)) {
    return ParagraphKind::Operative;
  }
  if (opens_with_a_verb_after_a_connective(text)) return ParagraphKind::Operative;
  // "Se felicita", "Se félicite", "Toma nota": reflexive openers.
  if ((word == "Se" || word == "Prend") && text.size() > 3) return ParagraphKind::Operative;
  if (label.empty() && looks_like_heading(text)) return ParagraphKind::Heading;
  return ParagraphKind::Other;
}

void mark_numbered_section_headings(std::vector<Paragraph>& paragraphs) {
  const auto titled = [&](std::size_t i) {
    const Paragraph& p = paragraphs[i];
    return !p.label.empty() && p.kind != ParagraphKind::Heading && looks_like_heading(p.text);
  };
  // Per label shape: the candidates, and whether one of them is an item of a list.
  std::map<std::string, std::vector<std::size_t>> candidates;
  std::set<std::string> lists;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (!titled(i)) continue;
    const std::string shape = label_shape(paragraphs[i].label);
    candidates[shape].push_back(i);
    const bool followed_by_prose = i + 1 < paragraphs.size() && paragraphs[i + 1].label.empty() &&
                                   paragraphs[i + 1].kind != ParagraphKind::Heading;
    if (!followed_by_prose) lists.insert(shape);
  }
  for (const auto& [shape, indexes] : candidates) {
    if (indexes.size() < 2 || lists.count(shape) > 0) continue;
    for (const std::size_t i : indexes) paragraphs[i].kind = ParagraphKind::Heading;
  }
}

std::size_t end_of_list(const std::vector<Paragraph>& paragraphs, std::size_t lead_in) {
  const std::size_t first = lead_in + 1;
  if (first >= paragraphs.size() || paragraphs[first].label.empty()) return first;
  const std::string shape = label_shape(paragraphs[first].label);
  std::size_t end = first + 1;
  while (end < paragraphs.size() && !paragraphs[end].label.empty() &&
         label_shape(paragraphs[end].label) == shape)
    ++end;
  return end;
}

}  // namespace concord
