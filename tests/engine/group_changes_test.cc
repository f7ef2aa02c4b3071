// Tests of the changes of speech act labelled on the groups of a comparison.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "alignment_fixtures.hpp"
#include "concord/engine/alignment.hpp"
#include "concord/engine/demands.hpp"
#include "support/shipped_lexicon.hpp"

namespace concord {
namespace {

using testing::compare;
using testing::make_statement;

const std::vector<std::string> kResolution2024{
    "Recalling its resolution on the maintenance of the Caribbean as a zone of peace,",
    "Noting with concern the military deployments near the coasts of the region,",
    "1. Calls upon all States to refrain from the threat or use of force against any State of "
    "the region;",
    "2. Condemns the lethal strikes on small vessels in the Caribbean Sea;",
    "3. Requests the Secretary-General to report on the implementation of the present "
    "resolution;",
};

// The next version: a verb strengthened (1), an act added to a kept paragraph (2).
const std::vector<std::string> kResolution2025{
    "Recalling its resolution on the maintenance of the Caribbean as a zone of peace,",
    "Noting with concern the military deployments near the coasts of the region,",
    "1. Urges all States to refrain from the threat or use of force against any State of the "
    "region;",
    "2. Condemns the lethal strikes on small vessels in the Caribbean Sea, and rejects any "
    "attempt to present them as lawful;",
    "3. Requests the Secretary-General to report on the implementation of the present "
    "resolution;",
};

// The changes of the group holding paragraph `p` of the first statement.
std::vector<LanguageChange> changes_of(const std::vector<Statement>& statements,
                                       const Comparison& comparison, std::size_t p) {
  for (const AlignedGroup& group : comparison.groups) {
    if (group.members.front().statement == 0 && group.members.front().paragraph == p)
      return group.changes;
  }
  ADD_FAILURE() << "no group opens with paragraph " << p << ":\n"
                << testing::describe(statements, comparison);
  return {};
}

Comparison labelled(const std::vector<Statement>& statements, OrderMode order = OrderMode::Auto) {
  Comparison comparison = compare(statements, order);
  add_language_changes(statements, extract_demands(statements, testing::shipped_lexicon()),
                       comparison);
  return comparison;
}

bool has(const std::vector<LanguageChange>& changes, LanguageChangeKind kind) {
  return std::any_of(changes.begin(), changes.end(),
                     [&](const LanguageChange& c) { return c.kind == kind; });
}

TEST(GroupChanges, AStrongerVerbInTheNextVersionIsLabelledOnItsGroup) {
  const std::vector<Statement> statements{
      make_statement("ga-2024", "General Assembly", "2024-12-01", kResolution2024),
      make_statement("ga-2025", "General Assembly", "2025-12-01", kResolution2025)};
  const Comparison comparison = labelled(statements);
  const std::vector<LanguageChange> changes = changes_of(statements, comparison, 2);
  ASSERT_EQ(changes.size(), 1u) << testing::describe(statements, comparison);
  EXPECT_EQ(changes[0].kind, LanguageChangeKind::Strengthened);
  EXPECT_EQ(changes[0].from, "calls upon");
  EXPECT_EQ(changes[0].to, "urges");
  EXPECT_EQ(changes[0].from_statement, 0u);
  EXPECT_EQ(changes[0].to_statement, 1u);
  EXPECT_EQ(changes[0].from_paragraph, 2u);
  EXPECT_EQ(changes[0].to_paragraph, 2u);
}

TEST(GroupChanges, AnActAddedToAKeptParagraphIsReportedBetweenVersions) {
  const std::vector<Statement> statements{
      make_statement("ga-2024", "General Assembly", "2024-12-01", kResolution2024),
      make_statement("ga-2025", "General Assembly", "2025-12-01", kResolution2025)};
  const Comparison comparison = labelled(statements);
  const std::vector<LanguageChange> changes = changes_of(statements, comparison, 3);
  ASSERT_TRUE(has(changes, LanguageChangeKind::ActAdded))
      << testing::describe(statements, comparison);
  EXPECT_FALSE(has(changes, LanguageChangeKind::ActDropped));
  // Measured against the base: the paragraph of the first statement.
  const auto added = std::find_if(changes.begin(), changes.end(), [](const LanguageChange& c) {
    return c.kind == LanguageChangeKind::ActAdded;
  });
  EXPECT_EQ(added->to, "rejects");
  EXPECT_EQ(added->from_paragraph, 3u);
}

TEST(GroupChanges, AnActAddedIsNotReportedBetweenDifferentBodies) {
  const std::vector<Statement> statements{
      make_statement("nam", "Non-Aligned Movement", "2025-11-18", kResolution2024),
      make_statement("celac", "CELAC", "2025-11-09", kResolution2025)};
  const Comparison comparison = labelled(statements, OrderMode::Free);
  const std::vector<LanguageChange> changes = changes_of(statements, comparison, 3);
  EXPECT_FALSE(has(changes, LanguageChangeKind::ActAdded))
      << testing::describe(statements, comparison);
  EXPECT_TRUE(has(changes_of(statements, comparison, 2), LanguageChangeKind::Strengthened));
}

TEST(GroupChanges, GroupsOfOneStatementHaveNoChanges) {
  const std::vector<Statement> statements{
      make_statement("ga-2024", "General Assembly", "2024-12-01", kResolution2024),
      make_statement("other", "General Assembly", "2025-12-01",
                     {"1. Decides to include in the provisional agenda of its next session the "
                      "item entitled \"Fisheries\";"})};
  const Comparison comparison = labelled(statements);
  for (const AlignedGroup& group : comparison.groups) {
    if (group.kind == GroupKind::Unique) {
      EXPECT_TRUE(group.changes.empty());
    }
  }
}

}  // namespace
}  // namespace concord
