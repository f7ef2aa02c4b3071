// The bodies file (data/bodies.yaml): reading it, and finding a body in a title.
#include "body_names.hpp"

#include <gtest/gtest.h>

#include "concord/engine/error.hpp"
#include "concord/indexer/term_statistics_sources.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

TEST(BodyNames, FirstNamedBodyWinsAndTheLongestSpellingAtOnePlace) {
  const BodyNames names({{"European Union", {"EU", "European Union"}},
                         {"EU-CELAC Summit", {"EU-CELAC"}},
                         {"CELAC", {"CELAC"}}});
  EXPECT_EQ(names.named_in_title("EU-CELAC declaration"), "EU-CELAC Summit");
  EXPECT_EQ(names.named_in_title("Statement of the european union and CELAC"), "European Union");
  EXPECT_EQ(names.named_in_title("CELAC statement with the EU"), "CELAC");
  EXPECT_EQ(names.named_in_title("Joint statement on CELAC"), std::nullopt);
  EXPECT_EQ(names.named_in_title(""), std::nullopt);
}

TEST(BodyNames, MalformedFileNamesTheLine) {
  const testing::TempDir dir;
  try {
    (void)BodyNames::read(dir.write("bodies.yaml", "- name: G7\n  spellings: [G7]\n- name: G20\n"));
    FAIL() << "expected a DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("bodies.yaml:3:"), std::string::npos) << e.what();
  }
  EXPECT_THROW((void)BodyNames::read(dir.write("map.yaml", "name: G7\n")), DataError);
  EXPECT_THROW((void)BodyNames::read(dir.path() / "missing.yaml"), EnvironmentError);
}

TEST(BodyNames, ShippedFileReads) {
  const BodyNames names = BodyNames::read(data_directory() / "bodies.yaml");
  EXPECT_EQ(names.named_in_title("G20 Bali Leaders\u2019 Declaration"), "G20");
  EXPECT_EQ(names.named_in_title("Comunicado del Grupo de Amigos en Defensa de la Carta de las "
                                 "Naciones Unidas"),
            "Group of Friends in Defense of the Charter of the United Nations");
}

}  // namespace
}  // namespace concord
