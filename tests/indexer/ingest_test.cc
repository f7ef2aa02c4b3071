// Tests for finding the statement files of folders (collect_files).
#include "concord/indexer/ingest.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "concord/engine/error.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

using testing::TempDir;

std::vector<std::string> names_of(const std::vector<std::filesystem::path>& files) {
  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(file.filename().string());
  return names;
}

TEST(CollectFiles, FolderYieldsItsStatementFilesRecursivelyInSortedOrder) {
  TempDir dir;
  dir.write("corpus/b.txt", "Second statement.\n");
  dir.write("corpus/a.md", "# First statement\n");
  dir.write("corpus/2025/c.html", "<p>Third statement.</p>\n");
  const auto files = collect_files({dir.path() / "corpus"});
  EXPECT_EQ(names_of(files), (std::vector<std::string>{"c.html", "a.md", "b.txt"}));
}

TEST(CollectFiles, FolderLeavesOutNotesAboutTheCollectionSidecarsAndHiddenFiles) {
  TempDir dir;
  dir.write("corpus/statement.txt", "A statement.\n");
  dir.write("corpus/statement.txt.meta.yaml", "body: NAM\n");
  dir.write("corpus/README.md", "# About this folder\n");
  dir.write("corpus/LICENSE-CC0-of-source-repo.txt", "Creative Commons Legal Code\n");
  dir.write("corpus/MANIFEST.md", "# Manifest\n");
  dir.write("corpus/Licence.txt", "Licence terms.\n");
  dir.write("corpus/changelog.md", "# Changes\n");
  dir.write("corpus/UNGDC-README.txt", "About the General Debate corpus.\n");
  dir.write("corpus/.draft.txt", "Hidden.\n");
  dir.write("corpus/notes.xyz", "Unsupported.\n");
  EXPECT_EQ(names_of(collect_files({dir.path() / "corpus"})),
            (std::vector<std::string>{"statement.txt"}));
}

// A statement's file name may begin with a note's word in lower case.
TEST(CollectFiles, StatementNamedLikeANoteInLowerCaseIsKept) {
  TempDir dir;
  dir.write("corpus/changes-to-the-mandate.txt", "The Council decides to change the mandate.\n");
  dir.write("corpus/notice-of-the-meeting.md", "# Notice\n");
  dir.write("corpus/mandate-changes.txt", "The Council changes the mandate.\n");
  EXPECT_EQ(names_of(collect_files({dir.path() / "corpus"})),
            (std::vector<std::string>{"changes-to-the-mandate.txt", "mandate-changes.txt",
                                      "notice-of-the-meeting.md"}));
}

// A file named explicitly is the user's choice, whatever its name.
TEST(CollectFiles, FileNamedExplicitlyIsKeptWhateverItsName) {
  TempDir dir;
  const auto licence = dir.write("LICENSE.txt", "Licence terms.\n");
  EXPECT_EQ(names_of(collect_files({licence})), (std::vector<std::string>{"LICENSE.txt"}));
}

// The UN's XML is read, and the text made from it beside it is a copy; XML of other kinds
// (sitemaps, metadata) holds no statement.
TEST(CollectFiles, AkomaNtosoFileIsReadInsteadOfTheCopiesOfItsNameAndOtherXmlIsLeftOut) {
  TempDir dir;
  const std::string akn =
      "<akomaNtoso><statement><mainBody><p>Decides to remain seized.</p></mainBody>"
      "</statement></akomaNtoso>";
  dir.write("series/A_RES_79_7.xml", akn);
  dir.write("series/A_RES_79_7.txt", "Decides to remain seized.\n");
  dir.write("series/A_RES_80_4.txt", "Decides to remain seized.\n");
  dir.write("series/sitemap.xml", "<?xml version=\"1.0\"?><urlset></urlset>");
  EXPECT_EQ(names_of(collect_files({dir.path() / "series"})),
            (std::vector<std::string>{"A_RES_79_7.xml", "A_RES_80_4.txt"}));
  // Named explicitly, each file is the user's choice.
  EXPECT_EQ(names_of(collect_files(
                {dir.path() / "series" / "A_RES_79_7.txt", dir.path() / "series" / "sitemap.xml"})),
            (std::vector<std::string>{"A_RES_79_7.txt", "sitemap.xml"}));
}

TEST(CollectFiles, MissingPathIsKeptForLoadingToReport) {
  TempDir dir;
  EXPECT_EQ(names_of(collect_files({dir.path() / "absent.txt"})),
            (std::vector<std::string>{"absent.txt"}));
}

}  // namespace
}  // namespace concord
