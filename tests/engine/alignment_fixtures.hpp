// Test support for paragraph alignment: statements built in code, compared on a background of
// formula words, and the links and groups of a comparison named by statement id.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/word_vectors.hpp"

namespace concord::testing {

/// A paragraph of a statement, named by the statement's id: stable across permutations.
using Ref = std::pair<std::string, std::size_t>;
using LinkedPair = std::pair<Ref, Ref>;

/// Builds a statement; a leading "12." or "(a)" in a text becomes the paragraph's label, and
/// a labelled paragraph is operative, an unlabelled one preambular.
Statement make_statement(const std::string& id, const std::string& body, const std::string& date,
                         const std::vector<std::string>& texts);

/// Compares on a background of 2000 paragraphs where the formula words every resolution and
/// communiqué uses are frequent and everything else is rare, as the command does with its
/// background table.
Comparison compare_with(const std::vector<Statement>& statements, const CompareOptions& options);

Comparison compare(const std::vector<Statement>& statements, OrderMode order = OrderMode::Auto);

Ref ref(const std::vector<Statement>& statements, const GroupMember& m);

/// Every pair of members from different statements in a group: the links the groups assert.
std::set<LinkedPair> linked_pairs(const std::vector<Statement>& statements,
                                  const Comparison& comparison);

LinkedPair link(const std::string& s1, std::size_t p1, const std::string& s2, std::size_t p2);

/// The groups holding paragraph `p` of statement `id`.
std::vector<const AlignedGroup*> groups_of(const std::vector<Statement>& statements,
                                           const Comparison& comparison, const std::string& id,
                                           std::size_t p);

/// One line per group, for failure messages: "shared 0.93 moved: a/3 b/4".
std::string describe(const std::vector<Statement>& statements, const Comparison& comparison);

/// A comparison's groups named by statement id, whatever the order given.
using GroupKey = std::tuple<GroupKind, bool, std::set<Ref>>;

std::multiset<GroupKey> group_keys(const std::vector<Statement>& statements,
                                   const Comparison& comparison);

/// Properties every comparison has: groups are non-empty, their members valid and ordered,
/// their kind matches the statements present, each has one diff per member, every paragraph
/// is in a group, and groups come in the reading order of their first member.
void expect_well_formed(const std::vector<Statement>& statements, const Comparison& comparison);

/// Made-up words, so that paragraphs share exactly the words a test gives them.
std::string words(const std::string& prefix, const std::vector<int>& numbers);

/// A resolution on the Treaty of Tlatelolco and its next-year version. Between them:
/// preambular paragraph 2 is deleted; operative 7 moves up after 3; operative 6 is split in
/// two; operatives 8 and 9 are merged; a paragraph on airstrikes is inserted.
extern const std::vector<std::string> kTlatelolco2024;
extern const std::vector<std::string> kTlatelolco2025;

/// Two communiqués of different bodies that make two of the same points in other words.
extern const std::vector<std::string> kNamCommunique;
extern const std::vector<std::string> kCelacDeclaration;

/// Paragraphs of two bodies on three topics, each said in other words by the other body: the
/// first NAM paragraph is the second CELAC one, the second NAM one the first CELAC one.
extern const std::vector<std::string> kNamTopicParagraphs;
extern const std::vector<std::string> kCelacTopicParagraphs;

/// Word vectors that put each group of words on one axis: what the topic paragraphs are about.
WordVectors topic_vectors();

/// The two versions of the resolution on the Treaty of Tlatelolco.
class AlignmentVersionsTest : public ::testing::Test {
 protected:
  std::vector<Statement> statements_ = {
      make_statement("a-res-79-10", "United Nations General Assembly", "2024-12-02",
                     kTlatelolco2024),
      make_statement("a-res-80-12", "United Nations General Assembly", "2025-12-01",
                     kTlatelolco2025),
  };
  static constexpr const char* kOld = "a-res-79-10";
  static constexpr const char* kNew = "a-res-80-12";
};

/// The NAM communiqué and the CELAC declaration.
class AlignmentDifferentBodiesTest : public ::testing::Test {
 protected:
  std::vector<Statement> statements_ = {
      make_statement("nam-2025-11-18", "Non-Aligned Movement", "2025-11-18", kNamCommunique),
      make_statement("celac-2025-11-09", "CELAC", "2025-11-09", kCelacDeclaration),
  };
};

}  // namespace concord::testing
