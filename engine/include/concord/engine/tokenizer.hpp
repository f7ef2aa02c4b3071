// Splits text into word and punctuation tokens that point back into the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// One token: a word (letters, digits, and apostrophes inside them) or one punctuation mark.
/// White space is not a token; `offset` and `length` locate the token in the source text.
struct Token {
  std::size_t offset = 0;
  std::size_t length = 0;
  bool is_word = false;
};

/// Tokenises UTF-8 text with Unicode letter/digit classes. Hyphenated compounds are three
/// tokens ("spill", "-", "over") so that a diff can show a change in one half.
[[nodiscard]] std::vector<Token> tokenize(std::string_view text);

/// The text of `token` in `text`.
[[nodiscard]] inline std::string_view token_text(std::string_view text, const Token& token) {
  return text.substr(token.offset, token.length);
}

}  // namespace concord
