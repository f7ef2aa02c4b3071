// The word-vectors file: what `concord term-table --vectors` writes and compare reads.
#include <gtest/gtest.h>

#include "concord/engine/error.hpp"
#include "concord/indexer/term_statistics_sources.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

TEST(WordVectorsFile, WrittenVectorsReadBackWithinQuantisation) {
  WordVectors vectors(3);
  vectors.add("vessel", std::vector<float>{0.6f, 0.0f, 0.8f});
  vectors.add("boat", std::vector<float>{0.0f, -1.0f, 0.0f});
  const testing::TempDir dir;
  const auto path = dir.path() / "en.tsv";
  write_word_vectors(vectors, path);
  const WordVectors read = read_word_vectors(path);
  ASSERT_EQ(read.dimensions(), 3u);
  ASSERT_EQ(read.size(), 2u);
  EXPECT_NEAR(read.find("vessel")[0], 0.6f, 0.01f);
  EXPECT_NEAR(read.find("vessel")[2], 0.8f, 0.01f);
  EXPECT_NEAR(read.find("boat")[1], -1.0f, 0.01f);
}

// A table learnt before the stemmer merged spellings has a row for "defenc" ("defence") and
// one for "defens" ("defense"): read for English, they are one term pointing between both.
TEST(WordVectorsFile, BritishAndAmericanRowsMakeOneVectorInEnglish) {
  const testing::TempDir dir;
  const auto path = dir.write("en.tsv", "dimensions\t2\ndefenc\t127 0\ndefens\t0 127\n");
  const WordVectors english = read_word_vectors(path, {}, "en");
  ASSERT_EQ(english.size(), 1u);
  EXPECT_TRUE(english.find("defenc").empty());
  EXPECT_NEAR(english.find("defens")[0], 0.707f, 0.01f);
  EXPECT_NEAR(english.find("defens")[1], 0.707f, 0.01f);
  EXPECT_EQ(read_word_vectors(path).size(), 2u);
}

TEST(WordVectorsFile, OnlyTheWantedStemsAreRead) {
  const testing::TempDir dir;
  const auto path = dir.write("en.tsv", "dimensions\t2\nboat\t127 0\nvessel\t0 127\n");
  const WordVectors read =
      read_word_vectors(path, [](const std::string& stem) { return stem == "vessel"; });
  EXPECT_EQ(read.size(), 1u);
  EXPECT_TRUE(read.find("boat").empty());
  EXPECT_FALSE(read.find("vessel").empty());
}

TEST(WordVectorsFile, MalformedLinesAreDataErrorsNamingTheLine) {
  const testing::TempDir dir;
  const auto too_few = dir.write("few.tsv", "dimensions\t3\nvessel\t1 2\n");
  try {
    (void)read_word_vectors(too_few);
    FAIL() << "expected a DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("few.tsv:2:"), std::string::npos) << e.what();
  }
  EXPECT_THROW((void)read_word_vectors(dir.write("big.tsv", "dimensions\t2\nboat\t1 300\n")),
               DataError);
  EXPECT_THROW((void)read_word_vectors(dir.write("many.tsv", "dimensions\t2\nboat\t1 2 3\n")),
               DataError);
  EXPECT_THROW((void)read_word_vectors(dir.write("header.tsv", "boat\t1 2\n")), DataError);
}

TEST(WordVectorsFile, MissingFileIsAnEnvironmentError) {
  EXPECT_THROW((void)read_word_vectors("/nonexistent/word-vectors/en.tsv"), EnvironmentError);
}

TEST(WordVectorsFile, ShippedEnglishVectorsLoad) {
  const WordVectors vectors = background_word_vectors("en");
  ASSERT_FALSE(vectors.empty());
  EXPECT_EQ(vectors.dimensions(), 100u);
  EXPECT_FALSE(vectors.find("sanction").empty());
  EXPECT_TRUE(background_word_vectors("xx").empty());
}

}  // namespace
}  // namespace concord
