// Line re-joining for layouts that wrap text: plain-text exports and PDF pages.
#include "line_joining.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "concord/engine/paragraph_structure.hpp"
#include "concord/engine/text.hpp"

namespace concord {
namespace {

bool is_roman_numeral(std::string_view s) {
  return !s.empty() && s.size() <= 6 && std::all_of(s.begin(), s.end(), [](char c) {
    return std::string_view("ivxlcIVXLC").find(c) != std::string_view::npos;
  });
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// Articles, prepositions, conjunctions and possessives: no sentence ends on one of them.
bool ends_with_function_word(std::string_view line) {
  static constexpr std::array<std::string_view, 42> kFunctionWords{
      "the", "a",   "an",   "of",   "to",  "and",   "or",    "in",    "on",   "for",   "with",
      "by",  "at",  "from", "that", "as",  "our",   "its",   "their", "this", "these", "those",
      "is",  "are", "was",  "were", "be",  "which", "whose", "into",  "de",   "del",   "la",
      "las", "los", "el",   "y",    "que", "des",   "du",    "et",    "les"};
  const std::size_t start = line.find_last_of(" \t");
  const std::string_view word = start == std::string_view::npos ? line : line.substr(start + 1);
  // "A" and "Y" alone end headings ("Part A"); only their lower-case forms are cut words.
  const std::string lower = word.size() == 1 ? std::string(word) : to_lower(word);
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), lower) != kFunctionWords.end();
}

}  // namespace

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  lines.push_back(text.substr(start));
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

bool is_blank_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ' || line[i] == '\t' || line[i] == '\f' || line[i] == '\v' ||
        line[i] == '\r') {
      ++i;
    } else if (line.substr(i).starts_with("\xC2\xA0")) {
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

bool starts_lower_case(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s.front());
  if (c < 0x80) return std::islower(c) != 0;
  // Accented lower-case Latin letters in UTF-8 (U+00DF..U+00FF start with 0xC3 0x9F..0xBF).
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x9F;
}

bool is_page_number_line(std::string_view line) {
  std::string_view s = trim_spaces(line);
  if (s.empty()) return false;
  // "- 12 -", "– 12 –"
  auto strip_dashes = [](std::string_view v) {
    while (!v.empty() && (v.front() == '-' || v.front() == ' ')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == '-' || v.back() == ' ')) v.remove_suffix(1);
    return v;
  };
  s = strip_dashes(s);
  constexpr std::string_view en_dash = "\xE2\x80\x93";
  while (s.starts_with(en_dash)) s = trim_spaces(s.substr(en_dash.size()));
  while (s.ends_with(en_dash)) s = trim_spaces(s.substr(0, s.size() - en_dash.size()));
  for (std::string_view word : {"Page ", "page ", "Pag. ", "p. "}) {
    if (s.starts_with(word)) s = trim_spaces(s.substr(word.size()));
  }
  if (all_digits(s) && s.size() <= 4) return true;
  if (is_roman_numeral(s)) return true;
  // "3/14", "3 of 14", "3 de 14"
  for (std::string_view sep : {"/", " of ", " de ", " sur "}) {
    const auto pos = s.find(sep);
    if (pos != std::string_view::npos && all_digits(s.substr(0, pos)) &&
        all_digits(s.substr(pos + sep.size())) && s.size() <= 12) {
      return true;
    }
  }
  return false;
}

bool ends_sentence(std::string_view line) {
  line = trim_spaces(line);
  if (line.empty()) return false;
  const char last = line.back();
  return last == '.' || last == ':' || last == ';' || last == '!' || last == '?' || last == '"' ||
         line.ends_with("\xE2\x80\x9D") /* ” */;
}

bool continues_sentence(std::string_view previous, std::string_view next) {
  previous = trim_spaces(previous);
  next = trim_spaces(next);
  if (previous.empty() || next.empty()) return false;
  if (starts_lower_case(next)) return true;
  return !ends_sentence(previous);
}

bool is_cut_mid_sentence(std::string_view previous, std::string_view next) {
  previous = trim_spaces(previous);
  next = trim_spaces(next);
  if (previous.empty() || next.empty() || ends_sentence(previous)) return false;
  // A list item is a paragraph of its own, even after "; and".
  if (!split_label(next).label.empty()) return false;
  return starts_lower_case(next) || ends_with_function_word(previous);
}

namespace {

bool is_word_byte(char c) {
  // Letters, ASCII or any byte of a multi-byte UTF-8 character.
  return std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// The word fragment `text` ends with (before a hyphen), and the word `text` starts with.
std::string_view last_word(std::string_view text) {
  std::size_t start = text.size();
  while (start > 0 && is_word_byte(text[start - 1])) --start;
  return text.substr(start);
}

std::string_view first_word(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && is_word_byte(text[end])) ++end;
  return text.substr(0, end);
}

bool starts_upper_case(std::string_view word) {
  if (word.empty()) return false;
  const auto lead = static_cast<unsigned char>(word.front());
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  const std::string_view first = word.substr(0, length);
  return is_valid_utf8(first) && to_lower(first) != first;
}

// Whether the hyphen between `before` (the fragment ending a line) and `after` (the word
// starting the next) belongs to the word.
bool keeps_hyphen(std::string_view before, std::string_view after, const LineEnds& line_ends) {
  // Text wrapped at spaces has no hyphenation: a hyphen at a line end was written.
  if (!line_ends.typeset) return true;
  if (line_ends.evidence != nullptr) {
    if (line_ends.evidence->writes_whole(before, after)) return false;
    if (line_ends.evidence->writes_hyphenated(before, after)) return true;
  }
  return starts_upper_case(before);
}

}  // namespace

HyphenEvidence::HyphenEvidence(std::string_view text) {
  // Most texts end no line on a hyphen: they need no evidence.
  if (text.find("-\n") == std::string_view::npos && text.find("-\r") == std::string_view::npos)
    return;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_byte(text[i])) {
      ++i;
      continue;
    }
    // A word, and the words hyphens join to it ("decision-making", "Asia-Pacific").
    std::size_t end = i;
    while (end < text.size() && is_word_byte(text[end])) ++end;
    std::size_t compound_end = end;
    while (compound_end + 1 < text.size() && text[compound_end] == '-' &&
           is_word_byte(text[compound_end + 1])) {
      words_.insert(to_lower(text.substr(i, compound_end - i)));
      ++compound_end;
      while (compound_end < text.size() && is_word_byte(text[compound_end])) ++compound_end;
    }
    words_.insert(to_lower(text.substr(i, end - i)));
    if (compound_end != end) words_.insert(to_lower(text.substr(i, compound_end - i)));
    i = compound_end;
  }
}

bool HyphenEvidence::writes_whole(std::string_view before, std::string_view after) const {
  return words_.count(to_lower(std::string(before) + std::string(after))) > 0;
}

bool HyphenEvidence::writes_hyphenated(std::string_view before, std::string_view after) const {
  return words_.count(to_lower(std::string(before) + "-" + std::string(after))) > 0;
}

std::string join_wrapped_lines(const std::vector<std::string_view>& lines,
                               const LineEnds& line_ends) {
  std::string out;
  for (std::string_view raw : lines) {
    const std::string_view line = trim_spaces(raw);
    if (line.empty()) continue;
    if (out.empty()) {
      out.assign(line);
      continue;
    }
    const bool hyphen_at_end = out.size() >= 2 && out.back() == '-' &&
                               std::isalpha(static_cast<unsigned char>(out[out.size() - 2]));
    if (hyphen_at_end && starts_lower_case(line)) {
      const std::string_view before = last_word(std::string_view(out).substr(0, out.size() - 1));
      if (!keeps_hyphen(before, first_word(line), line_ends)) out.pop_back();
    } else if (!hyphen_at_end) {
      out.push_back(' ');
    }  // "CELAC-" + "EU": a real hyphen that fell at the end of the line
    out.append(line);
  }
  return out;
}

}  // namespace concord
