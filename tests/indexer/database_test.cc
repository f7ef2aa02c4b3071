// Tests for storing, finding, listing and removing statements.
#include "concord/indexer/database.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "concord/engine/error.hpp"
#include "indexer/statement_fixtures.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

using testing::caribbean_statements;
using testing::TempDir;

TEST(Database, StoresAndFindsStatementsWithParagraphsInOrder) {
  TempDir dir;
  auto db = Database::open_for_writing(dir.path() / "db");
  const auto statements = caribbean_statements();
  for (const auto& s : statements) EXPECT_EQ(db.store(s), StoreOutcome::Added);
  db.commit();

  const auto reader = Database::open_for_reading(dir.path() / "db");
  const auto found = reader.find("nam-2025");
  ASSERT_TRUE(found);
  EXPECT_EQ(*found, statements[0]);
  EXPECT_EQ(reader.paragraph_count(), 10u);
  EXPECT_FALSE(reader.find("missing"));
  EXPECT_EQ(reader.languages(), (std::vector<std::string>{"en", "es"}));
}

TEST(Database, ListsStatementsByDateWithParagraphCounts) {
  TempDir dir;
  auto db = Database::open_for_writing(dir.path() / "db");
  for (const auto& s : caribbean_statements()) (void)db.store(s);
  db.commit();
  const auto list = db.list();
  ASSERT_EQ(list.size(), 4u);
  EXPECT_EQ(list[0].id, "celac-eu-2023");
  EXPECT_EQ(list[0].paragraph_count, 2u);
}

TEST(Database, ANewDatabaseMergesSpellingsAndRecordsIt) {
  TempDir dir;
  {
    auto db = Database::open_for_writing(dir.path() / "db");
    EXPECT_EQ(db.stemming(), Stemming::MergedSpellings);
    (void)db.store(caribbean_statements()[0]);
    db.commit();
  }
  EXPECT_EQ(Database::open_for_reading(dir.path() / "db").stemming(), Stemming::MergedSpellings);
  EXPECT_EQ(Xapian::Database((dir.path() / "db").string()).get_metadata("concord.stemming"),
            "snowball+spellings");
}

// Its terms were stemmed without the spelling table: stemming queries and new statements
// with it would miss them.
TEST(Database, ADatabaseWrittenBeforeTheRecordKeepsPlainSnowball) {
  TempDir dir;
  const auto path = dir.path() / "db";
  {
    auto db = Database::open_for_writing(path);
    (void)db.store(caribbean_statements()[0]);
    db.commit();
  }
  Xapian::WritableDatabase(path.string()).set_metadata("concord.stemming", "");
  EXPECT_EQ(Database::open_for_reading(path).stemming(), Stemming::Snowball);
  {
    auto db = Database::open_for_writing(path);
    EXPECT_EQ(db.stemming(), Stemming::Snowball);
    (void)db.store(testing::make_statement("london", "G7", "2023-05-19", "en",
                                           {"The programme of support continues."}));
    db.commit();
  }
  const Xapian::Database xapian(path.string());
  EXPECT_EQ(xapian.get_metadata("concord.stemming"), "snowball");
  EXPECT_GT(xapian.get_termfreq("Zprogramm"), 0u);
  EXPECT_EQ(xapian.get_termfreq("Zprogram"), 0u);
}

TEST(Database, AnUnknownStemmingSchemeIsRefused) {
  TempDir dir;
  const auto path = dir.path() / "db";
  Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN)
      .set_metadata("concord.stemming", "lancaster");
  try {
    (void)Database::open_for_reading(path);
    FAIL() << "opened";
  } catch (const EnvironmentError& e) {
    EXPECT_NE(std::string(e.what()).find("'lancaster'"), std::string::npos) << e.what();
  }
}

TEST(Database, StoringTheSameStatementAgainChangesNothing) {
  TempDir dir;
  auto db = Database::open_for_writing(dir.path() / "db");
  const auto s = caribbean_statements()[0];
  EXPECT_EQ(db.store(s), StoreOutcome::Added);
  db.commit();
  EXPECT_EQ(db.store(s), StoreOutcome::Unchanged);
}

TEST(Database, AChangedStatementReplacesItsParagraphs) {
  TempDir dir;
  auto db = Database::open_for_writing(dir.path() / "db");
  auto s = caribbean_statements()[0];
  (void)db.store(s);
  db.commit();
  s.content_hash = "changed";
  s.paragraphs.pop_back();
  s.paragraphs[0].text = "Demands that the United States cease its airstrikes.";
  EXPECT_EQ(db.store(s), StoreOutcome::Replaced);
  db.commit();
  EXPECT_EQ(db.paragraph_count(), 2u);
  EXPECT_EQ(db.find(s.id)->paragraphs, s.paragraphs);
}

TEST(Database, AVoteIsStoredWithItsStatementAndItsChangeIsAChange) {
  TempDir dir;
  auto db = Database::open_for_writing(dir.path() / "db");
  auto s = caribbean_statements()[0];
  s.vote = Vote{"recorded vote", {2, {"CUBA", "TÜRKİYE"}}, {1, {"ISRAEL"}}, {0, {}}};
  (void)db.store(s);
  db.commit();
  EXPECT_EQ(db.find(s.id)->vote, s.vote);
  EXPECT_EQ(db.summary(s.id)->vote, s.vote);
  // A database written before votes were read holds none: the file read again updates it.
  s.vote->abstaining = {1, {"UKRAINE"}};
  EXPECT_EQ(db.store(s), StoreOutcome::Replaced);
  s.vote.reset();
  EXPECT_EQ(db.store(s), StoreOutcome::Replaced);
  db.commit();
  EXPECT_FALSE(db.find(s.id)->vote);
}

TEST(Database, RemovesAStatementAndItsParagraphs) {
  TempDir dir;
  auto db = Database::open_for_writing(dir.path() / "db");
  for (const auto& s : caribbean_statements()) (void)db.store(s);
  db.commit();
  EXPECT_TRUE(db.remove("friends-2025"));
  EXPECT_FALSE(db.remove("friends-2025"));
  db.commit();
  EXPECT_EQ(db.list().size(), 3u);
  EXPECT_EQ(db.paragraph_count(), 7u);
}

TEST(Database, UncommittedChangesAreDiscarded) {
  TempDir dir;
  {
    auto db = Database::open_for_writing(dir.path() / "db");
    (void)db.store(caribbean_statements()[0]);
  }
  EXPECT_TRUE(Database::open_for_reading(dir.path() / "db").list().empty());
}

TEST(Database, ASecondWriterIsRefusedWhileReadersStillWork) {
  TempDir dir;
  auto writer = Database::open_for_writing(dir.path() / "db");
  (void)writer.store(caribbean_statements()[0]);
  writer.commit();
  EXPECT_THROW((void)Database::open_for_writing(dir.path() / "db"), EnvironmentError);
  EXPECT_EQ(Database::open_for_reading(dir.path() / "db").list().size(), 1u);
}

TEST(Database, OpeningAMissingDatabaseForReadingFails) {
  TempDir dir;
  EXPECT_THROW((void)Database::open_for_reading(dir.path() / "none"), EnvironmentError);
}

std::string opening_error(const std::filesystem::path& path) {
  try {
    (void)Database::open_for_reading(path);
  } catch (const EnvironmentError& e) {
    return e.what();
  }
  return "(opened)";
}

TEST(Database, ADamagedDatabaseIsNamedDamagedInPlainWords) {
  TempDir dir;
  {
    auto writer = Database::open_for_writing(dir.path() / "db");
    (void)writer.store(caribbean_statements()[0]);
    writer.commit();
  }
  std::ofstream(dir.path() / "db" / "iamglass", std::ios::trunc) << "garbage";
  const std::string message = opening_error(dir.path() / "db");
  EXPECT_NE(message.find("the database is damaged"), std::string::npos) << message;
  EXPECT_NE(message.find("(Xapian: "), std::string::npos) << message;
}

TEST(Database, ADirectoryOrFileThatIsNoDatabaseIsSaidToBeNone) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "empty");
  EXPECT_NE(opening_error(dir.path() / "empty").find("no Concord database there"),
            std::string::npos);
  std::ofstream(dir.path() / "notes.txt") << "not a stub\n";
  EXPECT_NE(opening_error(dir.path() / "notes.txt").find("neither a Concord database nor a stub"),
            std::string::npos);
}

}  // namespace
}  // namespace concord
