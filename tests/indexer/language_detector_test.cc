// Tests for language identification.
#include "language_detector.hpp"

#include <gtest/gtest.h>

namespace concord {
namespace {

TEST(LanguageDetector, ReadsShortEnglishLinesAsEnglishNotAsACloseLanguage) {
  const LanguageDetector detector;
  // With every fingerprint as candidates, these had read as Scots.
  for (const char* line : {"End the blockade.", "The dog sat.", "We call for restraint."}) {
    EXPECT_EQ(detector.detect(line), "en") << line;
  }
}

TEST(LanguageDetector, RecognisesShortLinesInOtherLanguagesOfStatements) {
  const LanguageDetector detector;
  EXPECT_EQ(detector.detect("Nous condamnons l'attaque."), "fr");
  EXPECT_EQ(detector.detect("Wir verurteilen den Angriff."), "de");
}

TEST(LanguageDetector, MatchesLongTextsAgainstEveryLanguage) {
  const LanguageDetector detector;
  // Welsh is not among the languages of statements tried for short texts.
  const std::string welsh =
      "Mae Llywodraeth Cymru wedi ymrwymo i sicrhau bod pawb yng Nghymru yn cael cyfle i "
      "ddefnyddio'r iaith Gymraeg bob dydd. Rydym yn gweithio gyda chymunedau, ysgolion a "
      "busnesau ledled y wlad er mwyn cynyddu nifer y siaradwyr a'r defnydd o'r iaith mewn "
      "bywyd bob dydd, yn y gwaith ac yn y cartref, ym mhob rhan o Gymru.";
  ASSERT_GE(welsh.size(), 300U);
  EXPECT_EQ(detector.detect(welsh), "cy");
}

TEST(LanguageDetector, GivesNoAnswerForTextWithoutLetters) {
  const LanguageDetector detector;
  EXPECT_EQ(detector.detect(""), std::nullopt);
}

}  // namespace
}  // namespace concord
