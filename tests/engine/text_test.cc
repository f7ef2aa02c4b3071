// Tests for the Unicode helpers.
#include "concord/engine/text.hpp"

#include <gtest/gtest.h>

#include "concord/engine/error.hpp"

namespace concord {
namespace {

TEST(Utf8Validation, AcceptsWellFormedText) {
  EXPECT_TRUE(is_valid_utf8("Déclaration — “zone de paix” 和平"));
  EXPECT_TRUE(is_valid_utf8(""));
}

TEST(Utf8Validation, FindsTheFirstMalformedByte) {
  EXPECT_EQ(find_invalid_utf8("abc\xFF"
                              "def"),
            3u);
  EXPECT_EQ(find_invalid_utf8("ab\xC3"), 2u);    // truncated sequence
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);  // overlong slash
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));   // surrogate
}

TEST(Normalisation, ComposesDecomposedAccents) {
  EXPECT_EQ(to_nfc("De\xCC\x81"
                   "claration"),
            "D\xC3\xA9"
            "claration");
  EXPECT_EQ(to_nfc("already composed é"), "already composed é");
}

TEST(Normalisation, RejectsInvalidUtf8) { EXPECT_THROW((void)to_nfc("bad \xFF"), DataError); }

TEST(Whitespace, CollapsesEveryKindOfSpace) {
  EXPECT_EQ(collapse_whitespace("  a\t\tb\n c\xC2\xA0"
                                "d\xE2\x80\xAF"
                                "e  "),
            "a b c d e");
  EXPECT_EQ(collapse_whitespace("soft\xC2\xAD"
                                "hyphen zero\xE2\x80\x8Bwidth"),
            "softhyphen zerowidth");
  EXPECT_EQ(collapse_whitespace(" \n "), "");
}

TEST(Slugify, MakesReadableAsciiIds) {
  EXPECT_EQ(slugify("Déclaration de Santa Marta"), "declaration-de-santa-marta");
  EXPECT_EQ(slugify("nam-cb-2025-11-18.en.chinadailyasia"), "nam-cb-2025-11-18-en-chinadailyasia");
  EXPECT_EQ(slugify("A/RES/78/7"), "a-res-78-7");
  EXPECT_EQ(slugify("---"), "");
}

TEST(Lowercase, FollowsUnicodeRules) { EXPECT_EQ(to_lower("ÉTATS-UNIS Ñ"), "états-unis ñ"); }

TEST(WordCount, CountsLettersAndDigitsRuns) {
  EXPECT_EQ(count_words("Calls upon the United States, in 2025, to cease"), 9u);
  EXPECT_EQ(count_words(" — "), 0u);
}

TEST(Text, ShortenAtWordCutsAtASpaceOrACharacterBoundary) {
  EXPECT_EQ(shorten_at_word("Calls upon all States", 30), "Calls upon all States");
  EXPECT_EQ(shorten_at_word("Calls upon all States", 12), "Calls upon\u2026");
  EXPECT_EQ(shorten_at_word("Calls upon all States", 12, " ..."), "Calls upon ...");
  // No space in the second half: the cut falls before a character, never inside one.
  EXPECT_EQ(shorten_at_word("D\u00e9claration", 2), "D\u2026");
  EXPECT_EQ(shorten_at_word("D\u00e9claration", 3), "D\u00e9\u2026");
}

}  // namespace
}  // namespace concord
