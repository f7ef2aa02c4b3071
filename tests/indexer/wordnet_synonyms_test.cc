// WordNet's synonyms: what `concord term-table --synonyms` reads and compare counts as
// related terms.
#include "concord/indexer/wordnet_synonyms.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "concord/engine/error.hpp"
#include "concord/indexer/term_statistics_sources.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

// Index lines as WordNet writes them: lemma pos synset_cnt p_cnt [pointers] sense_cnt
// tagsense_cnt offsets (most frequent sense first), after numbered licence lines.
const char* const kIndexVerb =
    "  1 WordNet test notice.  \n"
    "  2 Provided as is.  \n"
    "cease v 2 1 @ 2 2 00001 00002  \n"
    "stop v 3 2 @ ~ 3 3 00001 00005 00009  \n"
    "halt v 3 1 @ 3 1 00005 00006 00002  \n"
    "discontinue v 1 0 1 0 00001  \n"
    "give_up v 1 0 1 0 00001  \n";

class WordNetSynonymsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Every index file repeats the notice; it is read from the first.
    dir_.write("wordnet/index.noun",
               "  1 WordNet test notice.  \n  2 Provided as is.  \n"
               "threat n 1 0 1 0 07000  \nmenace n 1 0 1 0 07000  \n");
    dir_.write("wordnet/index.verb", kIndexVerb);
    dir_.write("wordnet/index.adj", "");
    dir_.write("wordnet/index.adv", "");
    for (const char* stem : {"ceas", "stop", "halt", "threat", "menac"})
      vocabulary_.add_frequency(stem, 10);
    vocabulary_.add_paragraphs(100);
  }
  static bool related(const RelatedTerms& terms, const std::string& a, const std::string& b) {
    const auto* neighbours = terms.find(a);
    return neighbours != nullptr && std::any_of(neighbours->begin(), neighbours->end(),
                                                [&](const auto& n) { return n.first == b; });
  }
  testing::TempDir dir_;
  FrequencyTable vocabulary_;
};

TEST_F(WordNetSynonymsTest, PairsStemsSharingOneOfTheTwoMostFrequentSenses) {
  const WordNetSynonyms synonyms = read_wordnet_synonyms(dir_.path() / "wordnet", vocabulary_);
  EXPECT_TRUE(related(synonyms.pairs, "ceas", "stop"));  // both first senses
  EXPECT_TRUE(related(synonyms.pairs, "stop", "ceas"));  // both directions
  EXPECT_TRUE(related(synonyms.pairs, "stop", "halt"));  // second sense of stop, first of halt
  EXPECT_TRUE(related(synonyms.pairs, "threat", "menac"));
  // 00002 is cease's second sense but halt's third: too rare a meaning of halt.
  EXPECT_FALSE(related(synonyms.pairs, "ceas", "halt"));
  // "discontinue" is not in the vocabulary; "give_up" is not a single word.
  EXPECT_FALSE(related(synonyms.pairs, "ceas", "discontinu"));
  EXPECT_EQ(synonyms.pairs.find("give_up"), nullptr);
  EXPECT_FLOAT_EQ(synonyms.pairs.find("ceas")->front().second, kWordNetSynonymStrength);
  EXPECT_EQ(synonyms.notice, "WordNet test notice.\nProvided as is.\n");
}

// The shipped term table counts "sulphur" under its own stem; the pair is written under the
// American stem, as compare reads every British spelling.
TEST_F(WordNetSynonymsTest, AWordTheTableHoldsInItsBritishSpellingIsKept) {
  dir_.write("wordnet/index.noun",
             "  1 WordNet test notice.  \nsulphur n 1 0 1 0 08000  \n"
             "sulfur n 1 0 1 0 08000  \nS n 1 0 1 0 08000  \nbrimstone n 1 0 1 0 08000  \n");
  vocabulary_.add_frequency("sulphur", 10);
  vocabulary_.add_frequency("brimston", 3);
  const WordNetSynonyms synonyms = read_wordnet_synonyms(dir_.path() / "wordnet", vocabulary_);
  EXPECT_TRUE(related(synonyms.pairs, "sulfur", "brimston"));
  EXPECT_EQ(synonyms.pairs.find("sulphur"), nullptr);
}

TEST_F(WordNetSynonymsTest, WrittenTableCarriesTheNoticeAndReadsBack) {
  const WordNetSynonyms synonyms = read_wordnet_synonyms(dir_.path() / "wordnet", vocabulary_);
  const auto path = dir_.path() / "en.tsv";
  write_related_terms(synonyms.pairs, path, synonyms.notice);
  const RelatedTerms read = read_related_terms(path);
  EXPECT_TRUE(related(read, "halt", "stop"));
  EXPECT_EQ(read.entries().size(), synonyms.pairs.entries().size());
}

TEST_F(WordNetSynonymsTest, MissingOrEmptyWordNetIsAnError) {
  EXPECT_THROW((void)read_wordnet_synonyms(dir_.path() / "nowhere", vocabulary_), EnvironmentError);
  for (const char* file : {"index.noun", "index.verb", "index.adj", "index.adv"})
    dir_.write(std::string("empty/") + file, "  1 notice only\n");
  EXPECT_THROW((void)read_wordnet_synonyms(dir_.path() / "empty", vocabulary_), DataError);
}

TEST(RelatedTermsFile, OnlyPairsOfTwoWantedStemsAreRead) {
  const testing::TempDir dir;
  const auto path = dir.write("en.tsv", "boat\tvessel\t0.5\nboat\tship\t0.4\nceas\thalt\t0.5\n");
  const RelatedTerms read = read_related_terms(
      path, [](const std::string& stem) { return stem == "boat" || stem == "vessel"; });
  ASSERT_NE(read.find("boat"), nullptr);
  EXPECT_EQ(*read.find("boat"), (RelatedTerms::Neighbours{{"vessel", 0.5f}}));
  EXPECT_EQ(read.find("ceas"), nullptr);
}

// Tables learnt before the stemmer merged spellings name "defence" by its own stem.
TEST(RelatedTermsFile, BritishStemsAreReadAsAmericanOnesInEnglish) {
  const testing::TempDir dir;
  const auto path = dir.write("en.tsv", "defenc\tmilitari\t0.2\ndefenc\tdefens\t0.3\n");
  const RelatedTerms english = read_related_terms(path, {}, "en");
  EXPECT_EQ(english.find("defenc"), nullptr);
  ASSERT_NE(english.find("defens"), nullptr);
  // The pair of the two spellings is one term now, not a relation.
  EXPECT_EQ(*english.find("defens"), (RelatedTerms::Neighbours{{"militari", 0.2f}}));
  EXPECT_NE(read_related_terms(path).find("defenc"), nullptr);
}

// The shipped table joins the related terms compare reads for English.
TEST(ShippedSynonyms, EnglishRelatedTermsIncludeWordNetSynonyms) {
  const RelatedTerms related = background_related_terms("en");
  const auto* neighbours = related.find("ceas");
  ASSERT_NE(neighbours, nullptr);
  EXPECT_TRUE(std::any_of(neighbours->begin(), neighbours->end(),
                          [](const auto& n) { return n.first == "stop"; }));
}

// data/synonyms/en.tsv is what `concord term-table --lang en --synonyms` makes of Debian's
// WordNet and the shipped background table: regenerating it changes nothing.
TEST(ShippedSynonyms, TableIsReproducibleFromDebiansWordNet) {
  const std::filesystem::path wordnet = "/usr/share/wordnet";
  if (!std::filesystem::exists(wordnet / "index.noun"))
    GTEST_SKIP() << "wordnet-base is not installed";
  const WordNetSynonyms made = read_wordnet_synonyms(wordnet, background_statistics("en"));
  const RelatedTerms shipped = read_related_terms(data_directory() / "synonyms" / "en.tsv");
  ASSERT_EQ(made.pairs.entries().size(), shipped.entries().size());
  for (const auto& [stem, neighbours] : made.pairs.entries()) {
    const auto* other = shipped.find(stem);
    ASSERT_NE(other, nullptr) << stem;
    EXPECT_EQ(other->size(), neighbours.size()) << stem;
  }
}

}  // namespace
}  // namespace concord
