// concord term-table: the maintainers' command that writes the shipped tables.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "support/process.hpp"

namespace concord {
namespace {

using testing::run_concord;
using testing::TempDir;

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

class TermTableCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("wordnet/index.noun",
               "  1 WordNet test notice.  \nthreat n 1 0 1 0 07000  \n"
               "menace n 1 0 1 0 07000  \n");
    dir_.write("wordnet/index.verb", "cease v 1 0 1 0 00001  \nstop v 1 0 1 0 00001  \n");
    dir_.write("wordnet/index.adj", "");
    dir_.write("wordnet/index.adv", "");
  }
  TempDir dir_;
};

// Without files to count, the synonyms keep the words of the shipped English table.
TEST_F(TermTableCliTest, WritesWordNetSynonymsWithTheirNotice) {
  const auto out = dir_.path() / "synonyms.tsv";
  const auto result = run_concord({"term-table", "--lang", "en", "--synonyms", out.string(),
                                   "--wordnet", (dir_.path() / "wordnet").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string table = read(out);
  EXPECT_NE(table.find("# WordNet test notice.\n"), std::string::npos) << table;
  EXPECT_NE(table.find("ceas\tstop\t0.500\n"), std::string::npos) << table;
  EXPECT_NE(table.find("menac\tthreat\t0.500\n"), std::string::npos) << table;
}

TEST_F(TermTableCliTest, SynonymsNeedEnglishAndAReadableWordNet) {
  const auto out = (dir_.path() / "synonyms.tsv").string();
  const auto spanish = run_concord({"term-table", "--lang", "es", "--synonyms", out});
  EXPECT_EQ(spanish.exit_code, 2);
  EXPECT_NE(spanish.err.find("WordNet is English"), std::string::npos) << spanish.err;
  const auto missing = run_concord({"term-table", "--lang", "en", "--synonyms", out, "--wordnet",
                                    (dir_.path() / "nowhere").string()});
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("nowhere/index.noun"), std::string::npos) << missing.err;
  EXPECT_EQ(std::count(missing.err.begin(), missing.err.end(), '\n'), 1) << missing.err;
}

}  // namespace
}  // namespace concord
