// Word and punctuation tokens, by Unicode character classes (ICU).
#include "concord/engine/tokenizer.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace concord {
namespace {

bool is_word_char(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
}
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_space(UChar32 c) { return c < 0 || u_isUWhiteSpace(c) || c == 0xA0 || c == 0x200B; }

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
    tokens.push_back(
        {static_cast<std::size_t>(start), static_cast<std::size_t>(end - start), true});
    i = end;
  }
  return tokens;
}

}  // namespace concord
