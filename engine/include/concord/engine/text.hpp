// Unicode helpers on UTF-8 strings, backed by ICU.
#pragma once

#include <string>
#include <string_view>

namespace concord {

/// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or truncated sequences).
[[nodiscard]] bool is_valid_utf8(std::string_view bytes) noexcept;

/// Byte offset of the first malformed UTF-8 sequence, or `bytes.size()` when there is none.
[[nodiscard]] std::size_t find_invalid_utf8(std::string_view bytes) noexcept;

/// Unicode NFC normalisation of valid UTF-8; throws DataError on invalid UTF-8.
[[nodiscard]] std::string to_nfc(std::string_view utf8);

/// Replaces every run of Unicode white space (including no-break and zero-width spaces and
/// line breaks) by one ASCII space, and trims both ends.
[[nodiscard]] std::string collapse_whitespace(std::string_view utf8);

/// A lower-case ASCII identifier fragment: accents stripped, other characters turned into
/// single hyphens ("Déclaration de Santa Marta" -> "declaration-de-santa-marta").
[[nodiscard]] std::string slugify(std::string_view utf8);

/// Lower-cases UTF-8 text with Unicode rules (root locale).
[[nodiscard]] std::string to_lower(std::string_view utf8);

/// Number of words (runs of letters or digits) in `utf8`.
[[nodiscard]] std::size_t count_words(std::string_view utf8);

/// `utf8` cut to at most `max_bytes` bytes and ended with `ellipsis`: at a space when one
/// falls in the second half, else at a character boundary. Unchanged when it fits.
[[nodiscard]] std::string shorten_at_word(std::string_view utf8, std::size_t max_bytes,
                                          std::string_view ellipsis = "\u2026");

}  // namespace concord
