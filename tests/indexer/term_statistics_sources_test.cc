// Tests of where a comparison takes its term statistics from: the database, the shipped
// background table, or both.
#include "concord/indexer/term_statistics_sources.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <utility>
#include <vector>

#include "concord/indexer/database.hpp"
#include "concord/indexer/statement_loader.hpp"
#include "indexer/statement_fixtures.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

using Groups = std::set<std::set<std::pair<std::size_t, std::size_t>>>;

Groups groups_of(const std::vector<Statement>& statements, const Database* database) {
  CompareOptions options;
  options.diffs = false;
  Groups out;
  for (const AlignedGroup& group :
       compare_with_corpus_statistics(statements, database, options).groups) {
    std::set<std::pair<std::size_t, std::size_t>> members;
    for (const GroupMember& m : group.members) members.emplace(m.statement, m.paragraph);
    out.insert(members);
  }
  return out;
}

TEST(CorpusStatistics, ASmallDatabaseAddsToTheBackgroundRatherThanReplacingIt) {
  // Ten paragraphs say nothing of which words every statement uses: with them as the only
  // statistics, formula words would weigh as much as substance.
  const std::filesystem::path corpus = std::filesystem::path(CONCORD_SOURCE_DIR) / "corpus";
  StatementLoader loader;
  const std::vector<Statement> statements = {
      loader.load_file(corpus / "nam-coordinating-bureau-2025-11-18.md"),
      loader.load_file(corpus / "friends-of-the-charter-2025-11-18.md"),
      loader.load_file(corpus / "celac-eu-summit-2025-11-09.md")};
  testing::TempDir dir;
  {
    auto db = Database::open_for_writing(dir.path() / "db");
    for (const auto& s : testing::caribbean_statements()) (void)db.store(s);
    db.commit();
  }
  const Database database = Database::open_for_reading(dir.path() / "db");
  EXPECT_EQ(groups_of(statements, &database), groups_of(statements, nullptr));
}

}  // namespace
}  // namespace concord
