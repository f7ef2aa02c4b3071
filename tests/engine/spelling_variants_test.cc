// British and American spellings of one English word: one term for similarity and diffs.
#include "concord/engine/spelling_variants.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/stemmer.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

using ::testing::Contains;

TEST(SpellingVariants, BritishWordsHaveTheirAmericanSpelling) {
  const SpellingVariants& english = SpellingVariants::of("en");
  EXPECT_EQ(english.american("organisation"), "organization");
  EXPECT_EQ(english.american("programme"), "program");
  EXPECT_EQ(english.american("defence"), "defense");
  EXPECT_EQ(english.american("immobilised"), "immobilized");
  EXPECT_EQ(english.american("manoeuvre"), "maneuver");
  EXPECT_EQ(english.american("labour"), "labor");
}

TEST(SpellingVariants, OtherWordsAndLanguagesAreLeftAlone) {
  EXPECT_EQ(SpellingVariants::of("en").american("condemns"), "condemns");
  // "-ise" words that are no variant: the word lists, not the rules, pair words.
  EXPECT_EQ(SpellingVariants::of("en").american("promise"), "promise");
  EXPECT_EQ(SpellingVariants::of("en").american("exercise"), "exercise");
  EXPECT_TRUE(SpellingVariants::of("fr").empty());
  EXPECT_EQ(SpellingVariants::of("fr").american("programme"), "programme");
}

TEST(SpellingVariants, StemmerGivesBothSpellingsOneStem) {
  Stemmer stemmer("en");
  EXPECT_EQ(stemmer.stem("immobilised"), stemmer.stem("immobilized"));
  EXPECT_EQ(stemmer.stem("programmes"), stemmer.stem("programs"));
  EXPECT_EQ(stemmer.stem("endeavours"), stemmer.stem("endeavors"));
  EXPECT_EQ(stemmer.stem("organisation"), stemmer.stem("organization"));
  // Words whose spellings differ in their own way.
  EXPECT_EQ(stemmer.stem("practised"), stemmer.stem("practiced"));
  EXPECT_EQ(stemmer.stem("sceptical"), stemmer.stem("skeptical"));
  EXPECT_EQ(stemmer.stem("sulphur"), stemmer.stem("sulfur"));
  EXPECT_EQ(stemmer.stem("enquiry"), stemmer.stem("inquiry"));
  EXPECT_EQ(stemmer.stem("grey"), stemmer.stem("gray"));
  // A British form the table lacks still has the British stem, which is renamed.
  ASSERT_EQ(SpellingVariants::of("en").american("cataloguer"), "cataloguer");
  EXPECT_EQ(stemmer.stem("cataloguer"), stemmer.stem("catalogs"));
  // French keeps its own spelling: "programme" is the French word.
  Stemmer french("fr");
  EXPECT_NE(french.stem("programme"), french.stem("program"));
}

TEST(SpellingVariants, BritishStemsNameTheTermInCorporaCountedWithoutTheTable) {
  const SpellingVariants& english = SpellingVariants::of("en");
  EXPECT_THAT(english.british_stems("program"), Contains("programm"));
  EXPECT_EQ(english.american_stem("programm"), "program");
  EXPECT_EQ(english.american_stem("condemn"), "condemn");
  // A pair whose British stem is another word's stem stays out of the table:
  // "concentre" / "concenter" would have renamed "concentrate".
  EXPECT_EQ(english.american_stem("concentr"), "concentr");
}

TEST(SpellingVariants, ParseSkipsCommentsMalformedLinesAndPairsOfOneStem) {
  const auto variants = SpellingVariants::parse(
      "# a comment\ncolour\tcolor\tcolour\tcolor\ncolours\tcolors\tcolour\tcolor\n"
      "recognised\trecognized\trecogn\trecogn\n\nbad line\nthree\tfields\tonly\n"
      "one\ttoo\tmany\tfields\there\n");
  EXPECT_EQ(variants.american("colours"), "colors");
  EXPECT_EQ(variants.american("recognised"), "recognized");
  EXPECT_EQ(variants.american("three"), "three");
  EXPECT_EQ(variants.american("one"), "one");
  EXPECT_EQ(variants.american_stem("colour"), "color");
  EXPECT_EQ(variants.british_stems("color"), std::vector<std::string>{"colour"});
  EXPECT_EQ(variants.american_stem("recogn"), "recogn");
  EXPECT_TRUE(variants.british_stems("recogn").empty());
}

// A corpus counted without the table holds "programme" under "programm": the term's rarity
// counts both names, or a word every UN text uses would weigh like a rare one.
TEST(SpellingVariants, TermRarityCountsTheBritishStemOfACorpus) {
  FrequencyTable corpus;
  corpus.add_paragraphs(1000);
  corpus.add_frequency("programm", 900);
  corpus.add_frequency("rare", 1);
  Statement statement;
  statement.language = "en";
  Paragraph paragraph;
  paragraph.text = "programme rare";
  statement.paragraphs.push_back(paragraph);
  TermSpace space(corpus);
  (void)space.statement_terms(stem_statements({statement}));
  ASSERT_EQ(space.size(), 2u);
  EXPECT_EQ(space.stem(0), "program");
  EXPECT_LT(space.idf(0), 0.2f);
  EXPECT_GT(space.idf(1), 5.0f);
}

TEST(SpellingVariants, ParagraphFrequencyAddsTheBritishStems) {
  FrequencyTable corpus;
  corpus.add_frequency("program", 30);
  corpus.add_frequency("programm", 900);
  corpus.add_frequency("condemn", 5);
  const SpellingVariants& english = SpellingVariants::of("en");
  EXPECT_EQ(english.paragraph_frequency(corpus, "program"), 930.0);
  EXPECT_EQ(english.paragraph_frequency(corpus, "condemn"), 5.0);
  EXPECT_EQ(english.paragraph_frequency(corpus, "absent"), 0.0);
}

// data/spelling-variants/en.tsv is what scripts/make_spelling_variants.py makes of Debian's
// scowl word lists: regenerating it changes nothing.
TEST(ShippedSpellingVariants, TableIsReproducibleFromDebiansScowl) {
  if (!std::filesystem::exists("/usr/share/dict/scowl/british-words.10"))
    GTEST_SKIP() << "scowl is not installed";
  const std::filesystem::path source = CONCORD_SOURCE_DIR;
  const auto made =
      testing::run_process((source / "scripts/make_spelling_variants.py").string(), {});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  std::ifstream shipped_file(source / "data/spelling-variants/en.tsv");
  std::ostringstream shipped;
  shipped << shipped_file.rdbuf();
  EXPECT_EQ(made.out, shipped.str());
}

}  // namespace
}  // namespace concord
