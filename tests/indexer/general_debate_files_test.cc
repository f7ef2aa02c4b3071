// Speeches of the UN General Debate Corpus: what their file names say, and country names
// from iso-codes.
#include "general_debate_files.hpp"

#include <gtest/gtest.h>

#include "concord/engine/error.hpp"
#include "concord/indexer/statement_loader.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

// Three kinds of iso-codes entry: a short common name, a name written inverted for
// sorting, and an official name only where the name is inverted without " of".
const std::string kCountries = R"({"3166-1": [
  {"alpha_3": "BOL", "common_name": "Bolivia", "name": "Bolivia, Plurinational State of"},
  {"alpha_3": "COD", "name": "Congo, The Democratic Republic of the"},
  {"alpha_3": "PSE", "name": "Palestine, State of", "official_name": "the State of Palestine"},
  {"alpha_3": "VCT", "name": "Saint Vincent and the Grenadines"}
]})";

TEST(GeneralDebateFileName, ReadsCodeSessionAndYear) {
  const auto name = parse_general_debate_file_name("corpus/session-78-2023/VCT_78_2023.txt");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->country_code, "VCT");
  EXPECT_EQ(name->session, 78);
  EXPECT_EQ(name->year, "2023");
  EXPECT_TRUE(parse_general_debate_file_name("EU_75_2020.txt"));
}

TEST(GeneralDebateFileName, OtherNamesAreNotSpeeches) {
  for (const char* file : {"A_RES_78_7.txt", "vct_78_2023.txt", "VCT_78_2023_draft.txt",
                           "VCTA_78_2023.txt", "VCT_78_1823.txt", "notes.txt"})
    EXPECT_FALSE(parse_general_debate_file_name(file)) << file;
}

TEST(CountryNames, NamesAsTheCountryIsSpokenOf) {
  const testing::TempDir dir;
  const CountryNames countries = CountryNames::read(dir.write("iso_3166-1.json", kCountries));
  EXPECT_EQ(countries.name("BOL"), "Bolivia");
  EXPECT_EQ(countries.name("COD"), "Democratic Republic of the Congo");
  EXPECT_EQ(countries.name("PSE"), "State of Palestine");
  EXPECT_EQ(countries.name("VCT"), "Saint Vincent and the Grenadines");
  EXPECT_EQ(countries.name("XXX"), std::nullopt);
}

TEST(CountryNames, MalformedFileIsADataErrorNamingIt) {
  const testing::TempDir dir;
  const auto path = dir.write("iso_3166-1.json", R"({"3166-1": [{"name": "no code"}]})");
  try {
    (void)CountryNames::read(path);
    FAIL() << "expected a DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("iso_3166-1.json"), std::string::npos) << e.what();
  }
}

TEST(GeneralDebateMetadata, CountryYearAndSession) {
  const testing::TempDir dir;
  const CountryNames countries = CountryNames::read(dir.write("iso_3166-1.json", kCountries));
  const auto metadata = general_debate_metadata({"VCT", 78, "2023"}, countries);
  ASSERT_TRUE(metadata);
  EXPECT_EQ(metadata->body, "Saint Vincent and the Grenadines");
  EXPECT_EQ(metadata->date, "2023");
  EXPECT_EQ(metadata->title, "General Debate of the 78th session of the General Assembly");
  EXPECT_EQ(general_debate_metadata({"EU", 1, "1946"}, countries)->body, "European Union");
  EXPECT_EQ(general_debate_metadata({"BOL", 1, "1946"}, countries)->title,
            "General Debate of the 1st session of the General Assembly");
  EXPECT_EQ(general_debate_metadata({"BOL", 12, "1957"}, countries)->title,
            "General Debate of the 12th session of the General Assembly");
  EXPECT_EQ(general_debate_metadata({"BOL", 73, "2018"}, countries)->title,
            "General Debate of the 73rd session of the General Assembly");
  EXPECT_FALSE(general_debate_metadata({"XXX", 78, "2023"}, countries));
}

TEST(GeneralDebateMetadata, LoaderNamesTheSpeakerUnlessTheFileDoes) {
  if (!std::filesystem::is_regular_file(kIsoCountriesFile)) GTEST_SKIP() << "iso-codes is absent";
  const StatementLoader loader;
  const std::string speech = "We meet again in this Hall to renew our commitment to peace.\n";
  const Statement statement = loader.load_bytes(speech, "VCT_78_2023.txt", DocumentFormat::Text);
  EXPECT_EQ(statement.body, "Saint Vincent and the Grenadines");
  EXPECT_EQ(statement.date, "2023");
  EXPECT_EQ(statement.title, "General Debate of the 78th session of the General Assembly");
  DocumentMetadata given;
  given.body = "CARICOM";
  EXPECT_EQ(loader.load_bytes(speech, "VCT_78_2023.txt", DocumentFormat::Text, given).body,
            "CARICOM");
}

}  // namespace
}  // namespace concord
