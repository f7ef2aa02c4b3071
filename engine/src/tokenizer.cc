// Word and punctuation tokens, by Unicode character classes (ICU).
#include "concord/engine/tokenizer.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string_view>

namespace concord {
namespace {

bool is_word_char(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
}
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_space(UChar32 c) { return c < 0 || u_isUWhiteSpace(c) || c == 0xA0 || c == 0x200B; }

// Where a footnote number glued to the end of a word starts: one to three digits after four
// lower-case letters or more ("Development15"); `end` when there is none ("G20", "COVID19"
// and "2030" stay whole).
std::size_t glued_number_start(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::size_t kMaxDigits = 3, kMinLetters = 4;
  std::size_t digits = end;
  while (digits > begin && end - digits < kMaxDigits + 1 && text[digits - 1] >= '0' &&
         text[digits - 1] <= '9')
    --digits;
  if (digits == end || end - digits > kMaxDigits) return end;
  std::size_t letters = digits;
  while (letters > begin && text[letters - 1] >= 'a' && text[letters - 1] <= 'z') --letters;
  return digits - letters >= kMinLetters ? digits : end;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (is_space(c)) continue;
    if (!is_word_char(c)) {
      tokens.push_back(
          {static_cast<std::size_t>(start), static_cast<std::size_t>(i - start), false});
      continue;
    }
    int32_t end = i;
    while (end < length) {
      int32_t next = end;
      UChar32 d = 0;
      U8_NEXT(s, next, length, d);
      if (is_word_char(d)) {
        end = next;
        continue;
      }
      // "l'ONU", "States'": an apostrophe followed by a letter stays inside the word.
      if (is_apostrophe(d) && next < length) {
        int32_t after = next;
        UChar32 e = 0;
        U8_NEXT(s, after, length, e);
        if (e >= 0 && u_isalpha(e)) {
          end = after;
          continue;
        }
      }
      break;
    }
    // "Development15", "Rights16": a footnote number glued to a word is a token of its own,
    // so that the word stays the word its other versions have.
    const std::size_t split =
        glued_number_start(text, static_cast<std::size_t>(start), static_cast<std::size_t>(end));
    if (split != static_cast<std::size_t>(end)) {
      tokens.push_back(
          {static_cast<std::size_t>(start), split - static_cast<std::size_t>(start), true});
      tokens.push_back({split, static_cast<std::size_t>(end) - split, true});
    } else {
      tokens.push_back(
          {static_cast<std::size_t>(start), static_cast<std::size_t>(end - start), true});
    }
    i = end;
  }
  return tokens;
}

}  // namespace concord
