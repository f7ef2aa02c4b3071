// Unicode helpers on UTF-8 strings, backed by ICU.
#include "concord/engine/text.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "concord/engine/error.hpp"

namespace concord {

std::size_t find_invalid_utf8(std::string_view bytes) noexcept {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return bytes.size();
}

bool is_valid_utf8(std::string_view bytes) noexcept {
  return find_invalid_utf8(bytes) == bytes.size();
}

namespace {
// ICU makes the normaliser once and shares it; a local static makes that first call once,
// under a guard every thread sees (files are read on several threads).
const icu::Normalizer2* nfc_normaliser() {
  static const icu::Normalizer2* const normaliser = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? nfc : nullptr;
  }();
  if (normaliser == nullptr) throw EnvironmentError("ICU NFC normaliser unavailable");
  return normaliser;
}
}  // namespace

std::string to_nfc(std::string_view utf8) {
  if (!is_valid_utf8(utf8)) throw DataError("invalid UTF-8");
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = nfc_normaliser();
  const auto input = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  // Most text is already NFC: skip the copy when it is.
  if (nfc->isNormalized(input, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalised = nfc->normalize(input, status);
  if (U_FAILURE(status)) throw DataError("text cannot be normalised to NFC");
  std::string out;
  normalised.toUTF8String(out);
  return out;
}

std::string collapse_whitespace(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  bool pending_space = false;
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    // Zero-width characters and soft hyphens vanish; every kind of space becomes one space.
    if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD) continue;
    if (c >= 0 && (u_isUWhiteSpace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

namespace {
std::string transliterate_to_ascii(std::string_view utf8) {
  // Creating a transliterator costs far more than using one (milliseconds: it dominated a
  // short compare), so ASCII input never builds one; each thread keeps its own because ICU
  // transliterators are not thread-safe.
  thread_local UErrorCode status = U_ZERO_ERROR;
  thread_local const std::unique_ptr<icu::Transliterator> to_ascii(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  auto text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (U_SUCCESS(status)) to_ascii->transliterate(text);
  std::string ascii;
  text.toUTF8String(ascii);
  return ascii;
}
}  // namespace

std::string slugify(std::string_view utf8) {
  const bool is_ascii = std::all_of(utf8.begin(), utf8.end(),
                                    [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const std::string ascii = is_ascii ? std::string(utf8) : transliterate_to_ascii(utf8);
  std::string slug;
  for (const char c : ascii) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
      slug.push_back(c);
    } else if (u >= 'A' && u <= 'Z') {
      slug.push_back(static_cast<char>(u - 'A' + 'a'));
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string to_lower(std::string_view utf8) {
  // Most words are ASCII: lower them without a round trip through UTF-16.
  if (std::all_of(utf8.begin(), utf8.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  auto text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  text.toLower(icu::Locale::getRoot());
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::size_t count_words(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  std::size_t words = 0;
  bool in_word = false;
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    const bool word_char = c >= 0 && (u_isalnum(c) != 0);
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

std::string shorten_at_word(std::string_view utf8, std::size_t max_bytes,
                            std::string_view ellipsis) {
  if (utf8.size() <= max_bytes) return std::string(utf8);
  std::size_t cut = utf8.rfind(' ', max_bytes);
  if (cut == std::string_view::npos || cut < max_bytes / 2) cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80) --cut;
  std::string out(utf8.substr(0, cut));
  out += ellipsis;
  return out;
}

}  // namespace concord
