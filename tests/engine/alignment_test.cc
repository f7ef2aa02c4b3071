// Tests for paragraph alignment: versions of one text, statements by different bodies,
// N-way grouping and its independence from the order of the statements.
#include "concord/engine/alignment.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/related_terms.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/term_statistics.hpp"
#include "concord/engine/word_diff.hpp"

namespace concord {
namespace {

// A paragraph of a statement, named by the statement's id: stable across permutations.
using Ref = std::pair<std::string, std::size_t>;
using LinkedPair = std::pair<Ref, Ref>;

// Builds a statement; a leading "12." or "(a)" in a text becomes the paragraph's label, and
// a labelled paragraph is operative, an unlabelled one preambular.
Statement make_statement(const std::string& id, const std::string& body, const std::string& date,
                         const std::vector<std::string>& texts) {
  Statement s;
  s.id = id;
  s.body = body;
  s.title = id;
  s.date = date;
  s.language = "en";
  for (const std::string& text : texts) {
    Paragraph p;
    p.ordinal = s.paragraphs.size();
    const auto space = text.find(' ');
    const bool labelled =
        space != std::string::npos && space > 1 &&
        ((std::isdigit(static_cast<unsigned char>(text[0])) && text[space - 1] == '.') ||
         (text[0] == '(' && text[space - 1] == ')'));
    if (labelled) {
      p.label = text.substr(0, space);
      p.text = text.substr(space + 1);
      p.kind = ParagraphKind::Operative;
    } else {
      p.text = text;
      p.kind = ParagraphKind::Preambular;
    }
    s.paragraphs.push_back(std::move(p));
  }
  return s;
}

// Formula words every resolution and communiqué uses, frequent in a background of 2000
// paragraphs; everything else is rare there.
FrequencyTable formula_background() {
  FrequencyTable table;
  table.add_paragraphs(2000);
  const std::string formula =
      "the of and to in a an on for by with its their all as at is be that which this "
      "calls upon states member united nations general assembly secretary-general "
      "resolution resolutions session reaffirming recalling requests decides welcomes "
      "urges notes encourages invites ministers we our reaffirmed expressed stressed "
      "support commitment importance international";
  std::vector<std::string> stems = TermSpace::stems(formula, "en");
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  for (const std::string& stem : stems) table.add_frequency(stem, 1200);
  return table;
}

// Compares on the formula background, as the command does with its background table.
Comparison compare_with(const std::vector<Statement>& statements, const CompareOptions& options) {
  static const FrequencyTable background = formula_background();
  return compare_statements(statements, background, options);
}

Comparison compare(const std::vector<Statement>& statements, OrderMode order = OrderMode::Auto) {
  CompareOptions options;
  options.order = order;
  return compare_with(statements, options);
}

Ref ref(const std::vector<Statement>& statements, const GroupMember& m) {
  return {statements[m.statement].id, m.paragraph};
}

// Every pair of members from different statements in a group: the links the groups assert.
std::set<LinkedPair> linked_pairs(const std::vector<Statement>& statements,
                                  const Comparison& comparison) {
  std::set<LinkedPair> pairs;
  for (const AlignedGroup& group : comparison.groups) {
    for (std::size_t i = 0; i < group.members.size(); ++i) {
      for (std::size_t j = i + 1; j < group.members.size(); ++j) {
        if (group.members[i].statement == group.members[j].statement) continue;
        Ref a = ref(statements, group.members[i]);
        Ref b = ref(statements, group.members[j]);
        if (b < a) std::swap(a, b);
        pairs.emplace(a, b);
      }
    }
  }
  return pairs;
}

LinkedPair link(const std::string& s1, std::size_t p1, const std::string& s2, std::size_t p2) {
  Ref a{s1, p1}, b{s2, p2};
  if (b < a) std::swap(a, b);
  return {a, b};
}

// The groups holding paragraph `p` of statement `id`.
std::vector<const AlignedGroup*> groups_of(const std::vector<Statement>& statements,
                                           const Comparison& comparison, const std::string& id,
                                           std::size_t p) {
  std::vector<const AlignedGroup*> out;
  for (const AlignedGroup& group : comparison.groups) {
    for (const GroupMember& m : group.members) {
      if (ref(statements, m) == Ref{id, p}) {
        out.push_back(&group);
        break;
      }
    }
  }
  return out;
}

// One line per group, for failure messages: "shared 0.93 moved: a/3 b/4".
std::string describe(const std::vector<Statement>& statements, const Comparison& comparison) {
  std::ostringstream out;
  for (const PairOrder& o : comparison.orders) {
    out << "order " << statements[o.first].id << "-" << statements[o.second].id << ": "
        << to_string(o.mode) << "\n";
  }
  for (const AlignedGroup& g : comparison.groups) {
    out << to_string(g.kind) << " " << g.similarity << (g.moved ? " moved" : "") << ":";
    for (const GroupMember& m : g.members)
      out << " " << statements[m.statement].id << "/" << m.paragraph;
    out << "\n";
  }
  return out.str();
}

// A comparison's groups and orders named by statement id, whatever the order given.
using GroupKey = std::tuple<GroupKind, bool, std::set<Ref>>;

std::multiset<GroupKey> group_keys(const std::vector<Statement>& statements,
                                   const Comparison& comparison) {
  std::multiset<GroupKey> keys;
  for (const AlignedGroup& g : comparison.groups) {
    std::set<Ref> members;
    for (const GroupMember& m : g.members) members.insert(ref(statements, m));
    keys.emplace(g.kind, g.moved, members);
  }
  return keys;
}

std::set<std::tuple<std::string, std::string, OrderMode>> order_keys(
    const std::vector<Statement>& statements, const Comparison& comparison) {
  std::set<std::tuple<std::string, std::string, OrderMode>> keys;
  for (const PairOrder& o : comparison.orders) {
    std::string a = statements[o.first].id, b = statements[o.second].id;
    if (b < a) std::swap(a, b);
    keys.emplace(a, b, o.mode);
  }
  return keys;
}

// Properties every comparison has: groups are non-empty, their members valid and ordered,
// their kind matches the statements present, each has one diff per member, every paragraph
// is in a group, and groups come in the reading order of their first member.
void expect_well_formed(const std::vector<Statement>& statements, const Comparison& comparison) {
  std::set<GroupMember> seen;
  for (const AlignedGroup& g : comparison.groups) {
    ASSERT_FALSE(g.members.empty()) << describe(statements, comparison);
    EXPECT_TRUE(std::is_sorted(g.members.begin(), g.members.end()));
    EXPECT_EQ(std::adjacent_find(g.members.begin(), g.members.end()), g.members.end());
    std::set<std::size_t> present;
    for (const GroupMember& m : g.members) {
      ASSERT_LT(m.statement, statements.size());
      ASSERT_LT(m.paragraph, statements[m.statement].paragraphs.size());
      present.insert(m.statement);
      seen.insert(m);
    }
    const GroupKind expected = present.size() == statements.size() ? GroupKind::Shared
                               : present.size() > 1                ? GroupKind::Partial
                                                                   : GroupKind::Unique;
    EXPECT_EQ(g.kind, expected) << describe(statements, comparison);
    EXPECT_GE(g.similarity, 0.0);
    EXPECT_LE(g.similarity, 1.0 + 1e-6);
    EXPECT_EQ(g.diff.size(), g.members.size());
  }
  for (std::size_t s = 0; s < statements.size(); ++s) {
    for (std::size_t p = 0; p < statements[s].paragraphs.size(); ++p) {
      EXPECT_TRUE(seen.count({s, p}))
          << statements[s].id << " paragraph " << p << " is in no group\n"
          << describe(statements, comparison);
    }
  }
  EXPECT_TRUE(std::is_sorted(
      comparison.groups.begin(), comparison.groups.end(),
      [](const AlignedGroup& x, const AlignedGroup& y) { return x.members[0] < y.members[0]; }));
}

// --- Versions of one text -------------------------------------------------------------------

// A resolution on the Treaty of Tlatelolco and its next-year version. Between them:
// preambular paragraph 2 is deleted; operative 7 moves up after 3; operative 6 is split in
// two; operatives 8 and 9 are merged; a paragraph on airstrikes is inserted.
const std::vector<std::string> kTlatelolco2024 = {
    "Recalling its resolutions on the Treaty for the Prohibition of Nuclear Weapons in Latin "
    "America and the Caribbean (Treaty of Tlatelolco), opened for signature in Mexico City on "
    "14 February 1967,",
    "Reaffirming the sovereign equality of all States and the peaceful settlement of disputes "
    "as enshrined in the Charter of the United Nations,",
    "Noting with concern the continued presence of foreign military bases and installations in "
    "several territories of the hemisphere,",
    "1. Welcomes the ratification of Additional Protocols I and II to the Treaty by all the "
    "nuclear-weapon States concerned;",
    "2. Calls upon all States to respect fully the status of Latin America and the Caribbean as "
    "a nuclear-weapon-free zone;",
    "3. Requests the Secretary-General to convene, in Mexico City, a conference of the States "
    "parties to the Treaty to review its operation;",
    "4. Encourages the Agency for the Prohibition of Nuclear Weapons in Latin America and the "
    "Caribbean to deepen the exchange of experience with the other nuclear-weapon-free zones "
    "established by the treaties of Rarotonga, Bangkok and Pelindaba; further encourages the "
    "Agency to report periodically on its cooperation with the International Atomic Energy "
    "Agency on safeguards verification;",
    "5. Urges the States of the region to strengthen their cooperation on the peaceful uses of "
    "nuclear energy, including nuclear medicine and radiological protection;",
    "6. Notes with appreciation the voluntary contributions made by Member States to the work of "
    "the Agency during the biennium;",
    "7. Invites further voluntary contributions to the trust fund established to finance "
    "fellowships for young diplomats from small island developing States;",
    "8. Decides to include in the provisional agenda of its eighty-first session the item "
    "entitled \"Consolidation of the regime established by the Treaty of Tlatelolco\".",
};

const std::vector<std::string> kTlatelolco2025 = {
    "Recalling its resolutions on the Treaty for the Prohibition of Nuclear Weapons in Latin "
    "America and the Caribbean (Treaty of Tlatelolco), opened for signature in Mexico City on "
    "14 February 1967,",
    "Reaffirming the sovereign equality of all States and the peaceful settlement of disputes "
    "as enshrined in the Charter of the United Nations,",
    "1. Welcomes the ratification of Additional Protocols I and II to the Treaty by all the "
    "nuclear-weapon States concerned;",
    "2. Urges the States of the region to strengthen their cooperation on the peaceful uses of "
    "nuclear energy, including nuclear medicine and radiological protection;",
    "3. Calls upon all States to respect fully the status of Latin America and the Caribbean as "
    "a nuclear-weapon-free zone;",
    "4. Expresses grave concern at the airstrikes carried out since September against small "
    "vessels navigating in the Caribbean Sea, and at the resulting loss of civilian lives;",
    "5. Requests the Secretary-General to convene, in Mexico City, a conference of the States "
    "parties to the Treaty to review its operation;",
    "6. Encourages the Agency for the Prohibition of Nuclear Weapons in Latin America and the "
    "Caribbean to deepen the exchange of experience with the other nuclear-weapon-free zones "
    "established by the treaties of Rarotonga, Bangkok and Pelindaba;",
    "7. Further encourages the Agency to report periodically on its cooperation with the "
    "International Atomic Energy Agency on safeguards verification;",
    "8. Notes with appreciation the voluntary contributions made by Member States to the work of "
    "the Agency during the biennium, and invites further voluntary contributions to the trust "
    "fund established to finance fellowships for young diplomats from small island developing "
    "States;",
    "9. Decides to include in the provisional agenda of its eighty-second session the item "
    "entitled \"Consolidation of the regime established by the Treaty of Tlatelolco\".",
};

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

TEST_F(AlignmentVersionsTest, AutoChoosesKeepOrder) {
  const Comparison c = compare(statements_);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].first, 0u);
  EXPECT_EQ(c.orders[0].second, 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  expect_well_formed(statements_, c);
}

TEST_F(AlignmentVersionsTest, IdenticalParagraphsAreSharedGroupsOfTwo) {
  const Comparison c = compare(statements_);
  const std::vector<std::pair<std::size_t, std::size_t>> identical = {{0, 0}, {1, 1}, {3, 2},
                                                                      {4, 4}, {5, 6}, {7, 3}};
  for (const auto& [old_p, new_p] : identical) {
    const auto groups = groups_of(statements_, c, kOld, old_p);
    ASSERT_EQ(groups.size(), 1u) << old_p << "\n" << describe(statements_, c);
    EXPECT_EQ(groups[0]->kind, GroupKind::Shared);
    EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, old_p}, {1, new_p}}))
        << describe(statements_, c);
    EXPECT_GT(groups[0]->similarity, 0.99);
  }
}

TEST_F(AlignmentVersionsTest, DeletedParagraphIsUniqueToTheOldVersion) {
  const Comparison c = compare(statements_);
  const auto groups = groups_of(statements_, c, kOld, 2);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  EXPECT_EQ(groups[0]->kind, GroupKind::Unique);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 2}}));
  EXPECT_EQ(groups[0]->similarity, 1.0);
}

TEST_F(AlignmentVersionsTest, InsertedParagraphIsUniqueToTheNewVersion) {
  const Comparison c = compare(statements_);
  const auto groups = groups_of(statements_, c, kNew, 5);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  EXPECT_EQ(groups[0]->kind, GroupKind::Unique);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{1, 5}}));
}

TEST_F(AlignmentVersionsTest, MovedParagraphIsGroupedAndMarkedMoved) {
  for (const OrderMode mode : {OrderMode::Keep, OrderMode::Auto}) {
    const Comparison c = compare(statements_, mode);
    const auto groups = groups_of(statements_, c, kOld, 7);
    ASSERT_EQ(groups.size(), 1u) << to_string(mode) << "\n" << describe(statements_, c);
    EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 7}, {1, 3}}));
    EXPECT_TRUE(groups[0]->moved) << to_string(mode) << "\n" << describe(statements_, c);
    // Only the paragraph that moved is reported, not those it jumped over.
    const auto skipped = groups_of(statements_, c, kOld, 4);
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_FALSE(skipped[0]->moved) << describe(statements_, c);
  }
}

TEST_F(AlignmentVersionsTest, SplitParagraphLinksToBothHalves) {
  const Comparison c = compare(statements_);
  const auto links = linked_pairs(statements_, c);
  EXPECT_TRUE(links.count(link(kOld, 6, kNew, 7))) << describe(statements_, c);
  EXPECT_TRUE(links.count(link(kOld, 6, kNew, 8))) << describe(statements_, c);
  const auto groups = groups_of(statements_, c, kOld, 6);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 6}, {1, 7}, {1, 8}}));
  EXPECT_EQ(groups[0]->kind, GroupKind::Shared);
  EXPECT_FALSE(groups[0]->moved);
}

TEST_F(AlignmentVersionsTest, SplitParagraphWithANewOneBetweenItsHalvesLinksBothHalves) {
  Statement revised = statements_[1];
  Paragraph inserted;
  inserted.text =
      "Welcomes the fellowship programme for young diplomats from the region launched by the "
      "Agency in Mexico City.";
  revised.paragraphs.insert(revised.paragraphs.begin() + 8, inserted);
  for (std::size_t p = 0; p < revised.paragraphs.size(); ++p) revised.paragraphs[p].ordinal = p;
  const std::vector<Statement> statements = {statements_[0], revised};
  const Comparison c = compare(statements);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.count(link(kOld, 6, kNew, 7))) << describe(statements, c);
  EXPECT_TRUE(links.count(link(kOld, 6, kNew, 9))) << describe(statements, c);
  const auto groups = groups_of(statements, c, kNew, 8);
  ASSERT_EQ(groups.size(), 1u) << describe(statements, c);
  EXPECT_EQ(groups[0]->kind, GroupKind::Unique) << describe(statements, c);
}

TEST_F(AlignmentVersionsTest, HalvesOfASplitParagraphAreDiffedAgainstTheWhole) {
  const Comparison c = compare(statements_);
  const auto groups = groups_of(statements_, c, kOld, 6);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  const AlignedGroup& g = *groups[0];
  ASSERT_EQ(g.diff.size(), 3u);
  // The old paragraph said both halves, with "; further encourages" where the new text
  // starts paragraph 7 with "Further encourages": nearly everything is common wording.
  for (std::size_t i = 0; i < g.members.size(); ++i) {
    std::size_t common = 0, all = 0;
    std::string rebuilt;
    for (const MemberSegment& seg : g.diff[i]) {
      all += seg.text.size();
      if (seg.kind == SharedKind::Common) common += seg.text.size();
      rebuilt += seg.text;
    }
    const Paragraph& p = statements_[g.members[i].statement].paragraphs[g.members[i].paragraph];
    EXPECT_EQ(rebuilt, p.text) << "member " << i;
    EXPECT_GT(common, all * 8 / 10) << "member " << i << ": " << rebuilt;
  }
}

TEST_F(AlignmentVersionsTest, MergedParagraphsLinkToTheMergedOne) {
  const Comparison c = compare(statements_);
  const auto links = linked_pairs(statements_, c);
  EXPECT_TRUE(links.count(link(kOld, 8, kNew, 9))) << describe(statements_, c);
  EXPECT_TRUE(links.count(link(kOld, 9, kNew, 9))) << describe(statements_, c);
  const auto groups = groups_of(statements_, c, kNew, 9);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 8}, {0, 9}, {1, 9}}));
  EXPECT_FALSE(groups[0]->moved);
}

TEST_F(AlignmentVersionsTest, LinksAreExactlyTheExpectedCorrespondences) {
  const Comparison c = compare(statements_);
  const std::set<LinkedPair> expected = {
      link(kOld, 0, kNew, 0), link(kOld, 1, kNew, 1),   link(kOld, 3, kNew, 2),
      link(kOld, 7, kNew, 3), link(kOld, 4, kNew, 4),   link(kOld, 5, kNew, 6),
      link(kOld, 6, kNew, 7), link(kOld, 6, kNew, 8),   link(kOld, 8, kNew, 9),
      link(kOld, 9, kNew, 9), link(kOld, 10, kNew, 10),
  };
  EXPECT_EQ(linked_pairs(statements_, c), expected) << describe(statements_, c);
  expect_well_formed(statements_, c);
}

TEST_F(AlignmentVersionsTest, ChangedSessionNumberIsOwnWordingInTheDiff) {
  const Comparison c = compare(statements_);
  const auto groups = groups_of(statements_, c, kOld, 10);
  ASSERT_EQ(groups.size(), 1u) << describe(statements_, c);
  const AlignedGroup& g = *groups[0];
  ASSERT_EQ(g.diff.size(), 2u);
  std::vector<std::string> own;
  for (const auto& member : g.diff) {
    for (const MemberSegment& seg : member) {
      if (seg.kind != SharedKind::Common) own.push_back(seg.text);
    }
  }
  // "eighty-first" is three tokens; only the last differs, with no white space before it.
  EXPECT_EQ(own, (std::vector<std::string>{"first", "second"}));
}

// --- Inflection -----------------------------------------------------------------------------

TEST(AlignmentInflection, InflectionOnlyChangeIsMarkedInTheGroupDiff) {
  const std::vector<Statement> statements = {
      make_statement("nam-draft", "Non-Aligned Movement", "2025-11-10",
                     {"The Ministers condemn the airstrikes against small vessels in the "
                      "Caribbean Sea and call upon the State concerned to cease them "
                      "immediately.",
                      "The Ministers reaffirm their support for the Zone of Peace proclaimed by "
                      "the Community of Latin American and Caribbean States in Havana."}),
      make_statement("nam-final", "Non-Aligned Movement", "2025-11-18",
                     {"The Ministers condemned the airstrikes against small vessels in the "
                      "Caribbean Sea and called upon the State concerned to cease them "
                      "immediately.",
                      "The Ministers reaffirm their support for the Zone of Peace proclaimed by "
                      "the Community of Latin American and Caribbean States in Havana."}),
  };
  const Comparison c = compare(statements);
  expect_well_formed(statements, c);
  const auto groups = groups_of(statements, c, "nam-draft", 0);
  ASSERT_EQ(groups.size(), 1u) << describe(statements, c);
  const AlignedGroup& g = *groups[0];
  ASSERT_EQ(g.members, (std::vector<GroupMember>{{0, 0}, {1, 0}}));
  EXPECT_EQ(g.kind, GroupKind::Shared);
  ASSERT_EQ(g.diff.size(), 2u);
  std::vector<std::vector<std::string>> inflected(2);
  for (std::size_t i = 0; i < 2; ++i) {
    for (const MemberSegment& seg : g.diff[i]) {
      EXPECT_NE(seg.kind, SharedKind::Own) << seg.text;
      if (seg.kind == SharedKind::Inflection) inflected[i].push_back(seg.text);
    }
  }
  EXPECT_EQ(inflected[0], (std::vector<std::string>{" condemn", " call"}));
  EXPECT_EQ(inflected[1], (std::vector<std::string>{" condemned", " called"}));
  // The unchanged paragraph is all common wording.
  const auto same = groups_of(statements, c, "nam-draft", 1);
  ASSERT_EQ(same.size(), 1u);
  for (const auto& member : same[0]->diff) {
    ASSERT_EQ(member.size(), 1u);
    EXPECT_EQ(member[0].kind, SharedKind::Common);
  }
}

TEST(AlignmentVersionsSlots, RewordedParagraphInTheSameSlotIsLinked) {
  // The closing requests share only formula words: too little on their own, but between
  // the same linked neighbours of two versions they are the same paragraph, reworded.
  const std::vector<Statement> statements = {
      make_statement("a-res-78-20", "United Nations General Assembly", "2023-12-04",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Requests the Secretary-General to report to the General Assembly at its "
                      "seventy-ninth session on the implementation of the present resolution"}),
      make_statement("a-res-79-20", "United Nations General Assembly", "2024-12-02",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Requests the Secretary-General to submit to the Assembly at its eightieth "
                      "session a report on the follow-up to this resolution"}),
  };
  const Comparison c = compare(statements);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  EXPECT_TRUE(linked_pairs(statements, c).contains(link("a-res-78-20", 3, "a-res-79-20", 3)))
      << describe(statements, c);
}

TEST(AlignmentVersionsSlots, RewordedParagraphsInASlotOfTwoArePairedInOrder) {
  const std::vector<Statement> statements = {
      make_statement("a-res-78-20", "United Nations General Assembly", "2023-12-04",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Requests the Secretary-General to report to the General Assembly at its "
                      "seventy-ninth session on the implementation of the present resolution",
                      "Decides to include in the provisional agenda of its seventy-ninth session "
                      "an item on the Treaty"}),
      make_statement("a-res-79-20", "United Nations General Assembly", "2024-12-02",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Requests the Secretary-General to submit to the Assembly at its eightieth "
                      "session a report on the follow-up to this resolution",
                      "Decides to remain seized of the Treaty and to consider it again at its "
                      "eightieth session"}),
  };
  const Comparison c = compare(statements);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-78-20", 3, "a-res-79-20", 3))) << describe(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-78-20", 4, "a-res-79-20", 4))) << describe(statements, c);
  EXPECT_FALSE(links.contains(link("a-res-78-20", 3, "a-res-79-20", 4))) << describe(statements, c);
}

TEST(AlignmentVersionsSlots, ANewLookAlikeAfterAParagraphKeptWholeIsNotAHalfOfIt) {
  // The second version keeps the agreement with the Commission word for word and adds, right
  // after it, a memorandum with another organization in like words: a new paragraph.
  const std::string kept =
      "Recalling the signing of the framework agreement between the Latin American and "
      "Caribbean Economic System and the Economic Commission for Latin America and the "
      "Caribbean, on 26 October 2017, to strengthen technical and institutional cooperation";
  const std::vector<Statement> statements = {
      make_statement("a-res-75-14", "United Nations General Assembly", "2020-11-13",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kept, kTlatelolco2024[2]}),
      make_statement("a-res-77-117", "United Nations General Assembly", "2022-12-09",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kept,
                      "Recalling also the signing of the memorandum of understanding between the "
                      "Latin American and Caribbean Economic System and the World Tourism "
                      "Organization, on 11 October 2021, to strengthen technical cooperation "
                      "in tourism",
                      kTlatelolco2024[2]}),
  };
  const Comparison c = compare(statements);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-75-14", 2, "a-res-77-117", 2))) << describe(statements, c);
  EXPECT_FALSE(links.contains(link("a-res-75-14", 2, "a-res-77-117", 3)))
      << describe(statements, c);
}

TEST(AlignmentVersionsSlots, ASplitParagraphWhoseFirstHalfWasRewrittenLinksBothHalves) {
  // The new version splits the request in two: the second half keeps the projects; the
  // first keeps the request's opening and its programme but is otherwise rewritten, too
  // unlike the whole to be linked by similarity alone.
  const std::vector<Statement> statements = {
      make_statement(
          "s-res-1", "United Nations Security Council", "2024-10-01",
          {kTlatelolco2024[0], kTlatelolco2024[1],
           "Requests the Mission to continue to pursue its community outreach programme, "
           "including through support to the national disarmament commission, and to "
           "concentrate its efforts on labour-intensive projects, a registry of weapons and the "
           "reform of the permit system",
           kTlatelolco2024[2]}),
      make_statement(
          "s-res-2", "United Nations Security Council", "2025-10-01",
          {kTlatelolco2024[0], kTlatelolco2024[1],
           "Requests the Mission to continue to pursue its expanded community outreach "
           "programme, adapting it to the needs of displaced families in the coastal towns and "
           "of those living in neighbourhoods hit by violence",
           "Requests the Mission to continue to support the national authorities through "
           "labour-intensive projects, a registry of weapons and the reform of the permit system",
           kTlatelolco2024[2]}),
  };
  const Comparison c = compare(statements);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.contains(link("s-res-1", 2, "s-res-2", 3))) << describe(statements, c);
  EXPECT_TRUE(links.contains(link("s-res-1", 2, "s-res-2", 2))) << describe(statements, c);
}

TEST(AlignmentVersionsSlots, ANewParagraphOpeningLikeOneKeptWholeBesideItIsNotAHalfOfIt) {
  const std::string kept =
      "Requests the Mission to continue to pursue its community outreach programme in the "
      "coastal towns";
  const std::vector<Statement> statements = {
      make_statement("s-res-1", "United Nations Security Council", "2024-10-01",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kept, kTlatelolco2024[2]}),
      make_statement("s-res-2", "United Nations Security Council", "2025-10-01",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kept,
                      "Requests the Mission to continue to pursue its training of judges and "
                      "prosecutors in the capital",
                      kTlatelolco2024[2]}),
  };
  const Comparison c = compare(statements);
  EXPECT_FALSE(linked_pairs(statements, c).contains(link("s-res-1", 2, "s-res-2", 3)))
      << describe(statements, c);
}

TEST(AlignmentVersionsSlots, UnrelatedParagraphsInTheSameSlotStayUnique) {
  const std::vector<Statement> statements = {
      make_statement("a-res-78-20", "United Nations General Assembly", "2023-12-04",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Welcomes the fellowship programme for young diplomats from the region"}),
      make_statement("a-res-79-20", "United Nations General Assembly", "2024-12-02",
                     {kTlatelolco2024[0], kTlatelolco2024[1], kTlatelolco2024[2],
                      "Condemns the airstrikes against small vessels in the Caribbean Sea"}),
  };
  const Comparison c = compare(statements);
  EXPECT_FALSE(linked_pairs(statements, c).contains(link("a-res-78-20", 3, "a-res-79-20", 3)))
      << describe(statements, c);
}

TEST(AlignmentVersionsSlots, ARewordedParagraphAfterAMovedOneIsStillPairedInItsSlot) {
  // The first paragraph moved to the end: the slots are bounded by the links in order only.
  const std::string report_2023 =
      "8. Requests the Secretary-General to report to the General Assembly at its seventy-ninth "
      "session on the implementation of the present resolution;";
  const std::string report_2024 =
      "8. Requests the Secretary-General to submit to the Assembly at its eightieth session a "
      "report on the follow-up to this resolution;";
  const auto& t = kTlatelolco2024;
  const std::vector<Statement> statements = {
      make_statement("a-res-78-20", "United Nations General Assembly", "2023-12-04",
                     {t[0], t[1], t[2], t[3], t[4], t[5], report_2023, t[7]}),
      make_statement("a-res-79-20", "United Nations General Assembly", "2024-12-02",
                     {t[1], t[2], t[3], t[4], t[5], report_2024, t[7], t[0]}),
  };
  const Comparison c = compare(statements);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-78-20", 0, "a-res-79-20", 7))) << describe(statements, c);
  EXPECT_TRUE(links.contains(link("a-res-78-20", 6, "a-res-79-20", 5))) << describe(statements, c);
}

// --- Different bodies -----------------------------------------------------------------------

// Two communiqués of different bodies that make two of the same points in other words.
const std::vector<std::string> kNamCommunique = {
    "The Ministers welcomed the preparations for the Twentieth Summit of Heads of State or "
    "Government of the Movement, to be held in Kampala.",
    "The Ministers reaffirmed that the Treaty of Tlatelolco established the first "
    "nuclear-weapon-free zone in a densely populated region, and called on the "
    "nuclear-weapon States to withdraw their interpretative declarations to its Protocols.",
    "The Ministers expressed their solidarity with the Palestinian people and their "
    "inalienable right to self-determination and to an independent State.",
    "The Ministers condemned the airstrikes against small vessels in the Caribbean Sea, which "
    "have killed fishermen without any judicial process.",
    "The Ministers rejected unilateral coercive measures, which impede the full economic and "
    "social development of the countries targeted by them.",
    "The Ministers stressed the importance of South-South cooperation and triangular "
    "cooperation in science, technology and innovation.",
};

const std::vector<std::string> kCelacDeclaration = {
    "We thank the Government of Colombia for its work during the Pro Tempore Presidency and "
    "welcome Uruguay as incoming Chair.",
    "We commit to eradicating hunger and malnutrition through family farming and resilient "
    "food systems adapted to climate change.",
    "We reject the strikes on small boats in the Caribbean Sea and demand an end to the "
    "killing of fishermen without judicial process.",
    "We recognise the contribution of migrants to the societies of origin, transit and "
    "destination, and reject xenophobia.",
    "We celebrate that the Treaty of Tlatelolco made ours the first nuclear-weapon-free zone "
    "in a densely populated region of the planet.",
    "We support regional production of vaccines and medicines to reduce dependence on "
    "imports in health emergencies.",
};

class AlignmentDifferentBodiesTest : public ::testing::Test {
 protected:
  std::vector<Statement> statements_ = {
      make_statement("nam-2025-11-18", "Non-Aligned Movement", "2025-11-18", kNamCommunique),
      make_statement("celac-2025-11-09", "CELAC", "2025-11-09", kCelacDeclaration),
  };
};

TEST(AlignmentDifferentBodiesClauses, LongParagraphLinksToAShortOneMakingOneOfItsPoints) {
  // The G7 paragraph makes four points; the NAM one only the first, in other words. Over the
  // whole paragraph they share little; one sentence of the long paragraph says the short one.
  const std::vector<Statement> statements = {
      make_statement(
          "g7-2026-02-24", "G7", "2026-02-24",
          {"We reiterate that the airstrikes against small vessels in the Caribbean Sea, which "
           "killed fishermen without any judicial process, are unacceptable. We will continue "
           "our support to coastal communities and their fishing cooperatives. We welcome the "
           "maritime security dialogue hosted by Barbados last month. We will convene our "
           "finance ministers on debt relief for small island developing States.",
           "We thank Japan for its presidency and look forward to the summit in Evian."}),
      make_statement(
          "nam-2026-03-01", "Non-Aligned Movement", "2026-03-01",
          {"The Movement rejects the strikes on small vessels in the Caribbean Sea that killed "
           "fishermen without judicial process.",
           "The Movement welcomes Uganda as Chair and thanks Azerbaijan for its leadership."}),
  };
  const Comparison c = compare(statements);
  EXPECT_EQ(linked_pairs(statements, c),
            (std::set<LinkedPair>{link("g7-2026-02-24", 0, "nam-2026-03-01", 0)}))
      << describe(statements, c);
}

// Paragraphs of two bodies on three topics, each said in other words by the other body: the
// first NAM paragraph is the second CELAC one, the second NAM one the first CELAC one.
const std::vector<std::string> kNamTopicParagraphs = {
    "The Ministers condemned the strikes on fishing vessels off the Venezuelan coast.",
    "The Ministers welcomed the budget for the regional scholarship programme.",
    "The Ministers thanked Uganda for hosting the summit in Kampala."};
const std::vector<std::string> kCelacTopicParagraphs = {
    "We welcome the funding approved for the fellowship scheme of the region.",
    "We deplore the attacks against boats of fishermen near Venezuela.",
    "We look forward to the next meeting of the coordination bureau."};

// Word vectors that put each group of words on one axis: what the paragraphs below are about.
WordVectors topic_vectors() {
  const std::vector<std::string> topics = {
      "strikes attacks condemned deplore vessels boats fishing fishermen coast Venezuelan "
      "Venezuela",
      "budget funding scholarship fellowship programme scheme region regional",
      "thanked Uganda hosting summit Kampala", "look forward next meeting coordination bureau"};
  WordVectors vectors(topics.size());
  for (std::size_t axis = 0; axis < topics.size(); ++axis) {
    std::vector<float> v(topics.size(), 0.0f);
    v[axis] = 1.0f;
    for (const std::string& stem : TermSpace::stems(topics[axis], "en")) vectors.add(stem, v);
  }
  return vectors;
}

TEST(AlignmentWordVectors, SamePointInEntirelyOtherWordsIsLinkedThroughWordVectors) {
  const std::vector<Statement> statements = {
      make_statement("nam-2026-01-05", "Non-Aligned Movement", "2026-01-05", kNamTopicParagraphs),
      make_statement("celac-2026-01-09", "CELAC", "2026-01-09", kCelacTopicParagraphs),
  };
  const WordVectors vectors = topic_vectors();
  CompareOptions options;
  options.vectors = &vectors;
  const Comparison with = compare_with(statements, options);
  EXPECT_EQ(linked_pairs(statements, with),
            (std::set<LinkedPair>{link("nam-2026-01-05", 0, "celac-2026-01-09", 1),
                                  link("nam-2026-01-05", 1, "celac-2026-01-09", 0)}))
      << describe(statements, with);
  options.vectors = nullptr;
  const Comparison without = compare_with(statements, options);
  EXPECT_FALSE(
      linked_pairs(statements, without).contains(link("nam-2026-01-05", 0, "celac-2026-01-09", 1)))
      << describe(statements, without);
}

// Two one-paragraph statements are their own mean meaning: centred on it in full, the two
// paragraphs would point in opposite directions and their shared point would be lost.
TEST(AlignmentWordVectors, OneParagraphStatementsMakingOnePointStayLinked) {
  const std::vector<Statement> statements = {
      make_statement("nam-2026-01-05", "Non-Aligned Movement", "2026-01-05",
                     {"The Ministers condemned the strikes on fishing vessels off the Venezuelan "
                      "coast and thanked Uganda for hosting the summit."}),
      make_statement("celac-2026-01-09", "CELAC", "2026-01-09",
                     {"We condemn the strikes against fishing boats near the coast of "
                      "Venezuela."}),
  };
  const WordVectors vectors = topic_vectors();
  CompareOptions options;
  options.order = OrderMode::Free;
  options.vectors = &vectors;
  const Comparison c = compare_with(statements, options);
  EXPECT_EQ(linked_pairs(statements, c),
            (std::set<LinkedPair>{link("nam-2026-01-05", 0, "celac-2026-01-09", 0)}))
      << describe(statements, c);
}

// Statements in two languages are aligned on translations of them, and diffed in their own
// words.
TEST(AlignmentTranslations, SimilarityReadsTheTranslationsAndDiffsTheOriginals) {
  Statement spanish = make_statement(
      "celac-2026-01-09", "CELAC", "2026-01-09",
      {"Agradecemos a Uganda la organización de la cumbre en Kampala.",
       "Condenamos los ataques contra embarcaciones de pescadores frente a Venezuela."});
  spanish.language = "es";
  Statement translation =
      make_statement("celac-2026-01-09", "CELAC", "2026-01-09",
                     {"We thank Uganda for hosting the summit in Kampala.",
                      "We condemn the strikes on fishing vessels off the coast of Venezuela."});
  const std::vector<Statement> statements = {
      make_statement("nam-2026-01-05", "Non-Aligned Movement", "2026-01-05", kNamTopicParagraphs),
      spanish};
  const std::vector<Statement> translations = {statements[0], translation};
  CompareOptions options;
  options.translations = &translations;
  const Comparison c = compare_with(statements, options);
  EXPECT_EQ(linked_pairs(statements, c),
            (std::set<LinkedPair>{link("nam-2026-01-05", 0, "celac-2026-01-09", 1),
                                  link("nam-2026-01-05", 2, "celac-2026-01-09", 0)}))
      << describe(statements, c);
  for (const AlignedGroup& group : c.groups) {
    for (std::size_t m = 0; m < group.members.size(); ++m) {
      std::string text;
      for (const MemberSegment& segment : group.diff[m]) {
        text += segment.text;
        // Each statement is alone in its language: nothing to compare its wording with.
        EXPECT_EQ(segment.kind, SharedKind::Common) << segment.text;
      }
      EXPECT_EQ(text,
                statements[group.members[m].statement].paragraphs[group.members[m].paragraph].text);
    }
  }

  const std::vector<Statement> too_few = {statements[0]};
  options.translations = &too_few;
  EXPECT_THROW((void)compare_with(statements, options), std::invalid_argument);
  std::vector<Statement> shorter = translations;
  shorter[1].paragraphs.pop_back();
  options.translations = &shorter;
  EXPECT_THROW((void)compare_with(statements, options), std::invalid_argument);
}

TEST(AlignmentDeferredTables, VersionsOfOneTextNeverLoadTheTablesForDifferentBodies) {
  const std::vector<Statement> statements = {
      make_statement("a-res-79-10", "United Nations General Assembly", "2024-12-02",
                     kTlatelolco2024),
      make_statement("a-res-80-12", "United Nations General Assembly", "2025-12-01",
                     kTlatelolco2025),
  };
  int loads = 0;
  CompareOptions options;
  options.load_free_order_tables = [&](CompareOptions&, const StemFilter&) { ++loads; };
  const Comparison c = compare_with(statements, options);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
  EXPECT_EQ(loads, 0);
}

TEST(AlignmentDeferredTables, DeferredWordVectorsLinkLikeVectorsGivenUpFront) {
  const std::vector<Statement> statements = {
      make_statement("nam-2026-01-05", "Non-Aligned Movement", "2026-01-05",
                     {"The Ministers condemned the strikes on fishing vessels off the Venezuelan "
                      "coast.",
                      "The Ministers thanked Uganda for hosting the summit in Kampala."}),
      make_statement("celac-2026-01-09", "CELAC", "2026-01-09",
                     {"We look forward to the next meeting of the coordination bureau.",
                      "We deplore the attacks against boats of fishermen near Venezuela."}),
      make_statement("alba-2026-01-12", "ALBA-TCP", "2026-01-12",
                     {"ALBA-TCP condemns the strikes against fishing vessels near Venezuela."}),
  };
  const WordVectors vectors = topic_vectors();
  CompareOptions up_front;
  up_front.vectors = &vectors;
  int loads = 0;
  CompareOptions deferred;
  deferred.load_free_order_tables = [&](CompareOptions& loading, const StemFilter& wanted) {
    ++loads;
    loading.vectors = &vectors;
    // The stems of the compared statements, and no others.
    EXPECT_TRUE(wanted("vessel"));
    EXPECT_TRUE(wanted("boat"));
    EXPECT_FALSE(wanted("parliament"));
  };
  const Comparison expected = compare_with(statements, up_front);
  const Comparison got = compare_with(statements, deferred);
  EXPECT_EQ(loads, 1);
  EXPECT_EQ(linked_pairs(statements, got), linked_pairs(statements, expected))
      << describe(statements, got);
  EXPECT_TRUE(
      linked_pairs(statements, got).contains(link("nam-2026-01-05", 0, "celac-2026-01-09", 1)))
      << describe(statements, got);
}

TEST_F(AlignmentDifferentBodiesTest, AutoChoosesFreeOrder) {
  const Comparison c = compare(statements_);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Free) << describe(statements_, c);
  expect_well_formed(statements_, c);
}

TEST_F(AlignmentDifferentBodiesTest, SamePointsInOtherWordsAreLinkedAndTheRestIsUnique) {
  const Comparison c = compare(statements_);
  const std::set<LinkedPair> expected = {
      link("nam-2025-11-18", 1, "celac-2025-11-09", 4),
      link("nam-2025-11-18", 3, "celac-2025-11-09", 2),
  };
  EXPECT_EQ(linked_pairs(statements_, c), expected) << describe(statements_, c);
  for (const AlignedGroup& g : c.groups) {
    if (g.members.size() == 1) {
      EXPECT_EQ(g.kind, GroupKind::Unique);
      EXPECT_FALSE(g.moved);
    } else {
      EXPECT_EQ(g.kind, GroupKind::Shared);
      EXPECT_FALSE(g.moved) << "order is free: nothing moves\n" << describe(statements_, c);
    }
  }
  EXPECT_EQ(c.groups.size(), 10u) << describe(statements_, c);
}

TEST(AlignmentRelatedTerms, RelatedWordsRaiseSimilarityBetweenDifferentBodiesOnly) {
  const std::vector<Statement> statements = {
      make_statement("nam-2025-11-18", "Non-Aligned Movement", "2025-11-18",
                     {"The Ministers condemned the airstrikes against small vessels off the "
                      "coast of Venezuela, which killed fishermen.",
                      kNamCommunique[2]}),
      make_statement("celac-2025-11-09", "CELAC", "2025-11-09",
                     {"We reject the strikes on small boats off the coast of Venezuela that "
                      "killed fishermen.",
                      kCelacDeclaration[1]}),
  };
  RelatedTerms related;
  const auto stem = [](const char* word) { return TermSpace::stems(word, "en").at(0); };
  related.add(stem("vessels"), stem("boats"), 0.9f);
  related.add(stem("airstrikes"), stem("strikes"), 0.8f);
  related.add(stem("condemned"), stem("reject"), 0.6f);

  CompareOptions options;
  options.order = OrderMode::Free;
  const Comparison plain = compare_with(statements, options);
  options.related = &related;
  const Comparison with_related = compare_with(statements, options);
  expect_well_formed(statements, with_related);

  const auto plain_groups = groups_of(statements, plain, "nam-2025-11-18", 0);
  const auto related_groups = groups_of(statements, with_related, "nam-2025-11-18", 0);
  ASSERT_EQ(related_groups.size(), 1u) << describe(statements, with_related);
  EXPECT_EQ(related_groups[0]->members, (std::vector<GroupMember>{{0, 0}, {1, 0}}));
  ASSERT_EQ(plain_groups.size(), 1u);
  ASSERT_EQ(plain_groups[0]->members.size(), 2u) << describe(statements, plain);
  EXPECT_GT(related_groups[0]->similarity, plain_groups[0]->similarity + 0.1)
      << describe(statements, plain) << describe(statements, with_related);
  EXPECT_EQ(linked_pairs(statements, with_related).size(), 1u)
      << describe(statements, with_related);

  // Versions of one text are compared on their own words: related words change nothing.
  options.order = OrderMode::Keep;
  options.related = nullptr;
  const Comparison keep_plain = compare_with(statements, options);
  options.related = &related;
  const Comparison keep_related = compare_with(statements, options);
  EXPECT_EQ(group_keys(statements, keep_plain), group_keys(statements, keep_related));
  for (std::size_t i = 0; i < keep_plain.groups.size(); ++i) {
    EXPECT_EQ(keep_plain.groups[i].similarity, keep_related.groups[i].similarity);
  }
}

// --- N-way order independence ---------------------------------------------------------------

// The draft of the NAM communiqué: a version of it, so that among three statements one pair
// keeps order and the others do not.
const std::vector<std::string> kNamDraft = {
    "The Ministers welcomed the preparations for the Twentieth Summit of Heads of State or "
    "Government of the Movement, to be held in Kampala.",
    "The Ministers expressed their solidarity with the Palestinian people and their "
    "inalienable right to self-determination and to an independent State.",
    "The Ministers reaffirmed that the Treaty of Tlatelolco established the first "
    "nuclear-weapon-free zone in a densely populated region.",
    "The Ministers condemn the airstrikes against small vessels in the Caribbean Sea.",
    "The Ministers rejected unilateral coercive measures, which impede the full economic and "
    "social development of the countries targeted by them.",
};

// Compares every permutation of `original` and checks that the groups, links and orders,
// named by statement id, are those of the original order.
void expect_order_independent(const std::vector<Statement>& original,
                              const CompareOptions& options = {}) {
  const Comparison reference = compare_with(original, options);
  const auto expected_groups = group_keys(original, reference);
  const auto expected_orders = order_keys(original, reference);
  const auto expected_links = linked_pairs(original, reference);
  std::vector<std::size_t> permutation(original.size());
  std::iota(permutation.begin(), permutation.end(), 0);
  do {
    std::vector<Statement> given;
    for (const std::size_t i : permutation) given.push_back(original[i]);
    const Comparison c = compare_with(given, options);
    expect_well_formed(given, c);
    std::string label;
    for (const Statement& s : given) label += s.id + " ";
    EXPECT_EQ(group_keys(given, c), expected_groups) << label << "\n" << describe(given, c);
    EXPECT_EQ(order_keys(given, c), expected_orders) << label;
    EXPECT_EQ(linked_pairs(given, c), expected_links) << label;
  } while (std::next_permutation(permutation.begin(), permutation.end()));
}

TEST(AlignmentOrderIndependence, GroupsWithWordVectorsAreTheSameForEveryPermutation) {
  const WordVectors vectors = topic_vectors();
  CompareOptions options;
  options.vectors = &vectors;
  expect_order_independent(
      {make_statement("nam-2026-01-05", "Non-Aligned Movement", "2026-01-05", kNamTopicParagraphs),
       make_statement("celac-2026-01-09", "CELAC", "2026-01-09", kCelacTopicParagraphs),
       make_statement("alba-2026-01-12", "ALBA-TCP", "2026-01-12",
                      {"ALBA-TCP condemns the strikes against fishing vessels near Venezuela.",
                       "ALBA-TCP thanks Uganda for hosting the summit in Kampala."})},
      options);
}

TEST(AlignmentOrderIndependence, ThreeWayGroupsAreTheSameForEveryPermutation) {
  const std::vector<Statement> original = {
      make_statement("nam-2025-11-18", "Non-Aligned Movement", "2025-11-18", kNamCommunique),
      make_statement("celac-2025-11-09", "CELAC", "2025-11-09", kCelacDeclaration),
      make_statement("nam-2025-11-18-draft", "Non-Aligned Movement", "2025-11-12", kNamDraft),
  };
  const Comparison reference = compare(original);
  expect_well_formed(original, reference);
  // The draft and the final text are versions; the CELAC declaration is another body's.
  const auto orders = order_keys(original, reference);
  EXPECT_EQ(orders.count({"nam-2025-11-18", "nam-2025-11-18-draft", OrderMode::Keep}), 1u)
      << describe(original, reference);
  EXPECT_EQ(orders.count({"celac-2025-11-09", "nam-2025-11-18", OrderMode::Free}), 1u);
  // The airstrikes point is made by all three: one shared group.
  const auto groups = groups_of(original, reference, "celac-2025-11-09", 2);
  ASSERT_EQ(groups.size(), 1u) << describe(original, reference);
  EXPECT_EQ(groups[0]->kind, GroupKind::Shared);
  EXPECT_EQ(groups[0]->members, (std::vector<GroupMember>{{0, 3}, {1, 2}, {2, 3}}));
  // The draft swaps two paragraphs of the final text: one of them is reported moved.
  const auto swapped = groups_of(original, reference, "nam-2025-11-18-draft", 1);
  ASSERT_EQ(swapped.size(), 1u);
  EXPECT_EQ(swapped[0]->kind, GroupKind::Partial);
  EXPECT_EQ(swapped[0]->members, (std::vector<GroupMember>{{0, 2}, {2, 1}}));

  expect_order_independent(original);
}

TEST(AlignmentOrderIndependence, VersionGroupsAreTheSameInBothOrders) {
  const std::vector<Statement> forward = {
      make_statement("a-res-79-10", "United Nations General Assembly", "2024-12-02",
                     kTlatelolco2024),
      make_statement("a-res-80-12", "United Nations General Assembly", "2025-12-01",
                     kTlatelolco2025),
  };
  const std::vector<Statement> backward = {forward[1], forward[0]};
  const Comparison a = compare(forward);
  const Comparison b = compare(backward);
  EXPECT_EQ(group_keys(forward, a), group_keys(backward, b)) << describe(backward, b);
  // Groups come in the reading order of the statement given first.
  EXPECT_EQ(b.groups.front().members.front(), (GroupMember{0, 0}));
  expect_well_formed(backward, b);
}

// One paragraph of the NAM communiqué makes two points that CELAC and ALBA-TCP each make in
// a paragraph of their own: the CELAC and ALBA paragraphs are on different points.
std::vector<Statement> two_point_statements() {
  return {
      make_statement(
          "nam-2025-11-18", "Non-Aligned Movement", "2025-11-18",
          {"The Ministers welcomed the preparations for the Twentieth Summit of Heads of State or "
           "Government of the Movement, to be held in Kampala.",
           "The Ministers reaffirmed that the Treaty of Tlatelolco established the first "
           "nuclear-weapon-free zone in a densely populated region; they condemned the "
           "airstrikes against small vessels in the Caribbean Sea, which have killed fishermen "
           "without any judicial process.",
           "The Ministers stressed the importance of South-South cooperation and triangular "
           "cooperation in science, technology and innovation."}),
      make_statement("celac-2025-11-09", "CELAC", "2025-11-09",
                     {kCelacDeclaration[0], kCelacDeclaration[4], kCelacDeclaration[1]}),
      make_statement(
          "alba-2025-11-12", "ALBA-TCP", "2025-11-12",
          {"The Political Council of ALBA-TCP condemns the airstrikes against small vessels in "
           "the Caribbean Sea that have killed fishermen without any judicial process.",
           "The Political Council expresses its full support for the Bolivarian Republic of "
           "Venezuela in the face of threats of military aggression."}),
  };
}

TEST(AlignmentThreeWay, ParagraphMakingTwoPointsLinksEachPointWithoutLinkingThePoints) {
  const std::vector<Statement> statements = two_point_statements();
  const Comparison c = compare(statements);
  expect_well_formed(statements, c);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.count(link("nam-2025-11-18", 1, "celac-2025-11-09", 1)))
      << describe(statements, c);
  EXPECT_TRUE(links.count(link("nam-2025-11-18", 1, "alba-2025-11-12", 0)))
      << describe(statements, c);
  // The nuclear-weapon-free zone and the airstrikes are different points: compared alone,
  // the CELAC and ALBA paragraphs are not linked, and no group of the three-way comparison
  // may put them together (a group asserts a link between all its members).
  const std::vector<Statement> pair = {statements[1], statements[2]};
  const Comparison alone = compare(pair);
  EXPECT_FALSE(linked_pairs(pair, alone).count(link("celac-2025-11-09", 1, "alba-2025-11-12", 0)))
      << describe(pair, alone);
  EXPECT_FALSE(links.count(link("celac-2025-11-09", 1, "alba-2025-11-12", 0)))
      << describe(statements, c);
  EXPECT_EQ(groups_of(statements, c, "nam-2025-11-18", 1).size(), 2u) << describe(statements, c);
}

TEST(AlignmentThreeWay, GroupsAroundATwoPointParagraphAreTheSameForEveryPermutation) {
  expect_order_independent(two_point_statements());
}

// --- One body's statements a year apart, in the same order --------------------------------

// Made-up words, so that paragraphs share exactly the words a test gives them.
std::string words(const std::string& prefix, const std::vector<int>& numbers) {
  std::string text;
  for (const int n : numbers) {
    text += (text.empty() ? "" : " ") + prefix + std::string(1, static_cast<char>('a' + n / 26)) +
            std::string(1, static_cast<char>('a' + n % 26));
  }
  return text;
}

TEST(AlignmentSameOrder, ParagraphsInPlaceAreLinkedBesideAMoreSimilarOneElsewhere) {
  // Two statements making six points in the same order in partly new words (topics t), and
  // two more: the second paragraphs share two words (pav), and the 2024 seventh paragraph
  // shares three with the 2023 second and two (rim) with the 2023 seventh. Read without their
  // order, the 2023 second paragraph takes the 2024 seventh, and the two pairs in place look
  // too weak beside it to be linked at all.
  std::vector<std::string> a, b;
  for (int topic = 0; topic < 8; ++topic) {
    const int t = topic * 10;
    a.push_back(words("tok", {t, t + 1, t + 2, t + 3, t + 4, t + 5, t + 6}) + ".");
    b.push_back(words("tok", {t, t + 1, t + 2, t + 3, t + 4, t + 7, t + 8}) + ".");
  }
  a[1] = words("pav", {1, 2, 3, 4, 5, 6}) + ".";
  b[1] = words("pav", {4, 5}) + " " + words("qel", {1, 2, 3, 4}) + ".";
  b[6] = words("pav", {1, 2, 3}) + " " + words("rim", {1, 2, 3}) + ".";
  a[6] = words("rim", {1, 2}) + " " + words("sol", {1, 2, 3, 4}) + ".";
  const std::vector<Statement> statements = {make_statement("g7-2023", "G7", "2023-02-24", a),
                                             make_statement("g7-2024", "G7", "2024-02-24", b)};
  const Comparison c = compare(statements);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Free);
  const auto links = linked_pairs(statements, c);
  EXPECT_TRUE(links.contains(link("g7-2023", 1, "g7-2024", 1))) << describe(statements, c);
  EXPECT_TRUE(links.contains(link("g7-2023", 6, "g7-2024", 6))) << describe(statements, c);
}

TEST(AlignmentSharedClause, LongParagraphsSharingOnePointAreLinked) {
  // Two paragraphs of six points each (made-up words, one sentence a point) share one point,
  // nearly word for word; over the whole paragraphs, and even one sentence against the other
  // paragraph, that is too little. The 2024 paragraph dwells on that point (two sentences),
  // so its words are among the weightiest of both paragraphs, as a shared point's words are
  // in real statements. The first 2023 paragraph also has a clearer counterpart, which makes
  // two of its points.
  auto points = [](const std::vector<std::string>& prefixes) {
    std::string text;
    for (const std::string& prefix : prefixes) {
      if (!text.empty()) text += " ";
      text.append(words(prefix, {1, 2, 3, 4, 5, 6})).append(".");
    }
    return text;
  };
  auto statements_with = [&](const std::string& shared_point) {
    return std::vector<Statement>{
        make_statement(
            "g7-2023", "G7", "2023-02-24",
            {points({"tok", "fil", "gor", "hab", "jin", "lum"}), points({"zed", "yat"})}),
        make_statement(
            "g7-2024", "G7", "2024-02-24",
            {points({"kel", "mor", "nup", "pim"}) + " " + shared_point + " " + points({"raf"}),
             points({"fil", "gor"}), points({"sib", "tuv"})})};
  };
  const std::vector<Statement> sharing = statements_with(words("tok", {1, 2, 3, 4, 5, 9}) + ". " +
                                                         words("tok", {1, 2, 3, 4, 5}) + ".");
  const Comparison c = compare(sharing, OrderMode::Free);
  expect_well_formed(sharing, c);
  const auto links = linked_pairs(sharing, c);
  EXPECT_TRUE(links.contains(link("g7-2023", 0, "g7-2024", 0))) << describe(sharing, c);
  EXPECT_TRUE(links.contains(link("g7-2023", 0, "g7-2024", 1))) << describe(sharing, c);

  const std::vector<Statement> apart = statements_with(words("vom", {1, 2, 3, 4, 5, 9}) + ".");
  const Comparison d = compare(apart, OrderMode::Free);
  EXPECT_FALSE(linked_pairs(apart, d).contains(link("g7-2023", 0, "g7-2024", 0)))
      << describe(apart, d);
}

TEST(AlignmentSharedClause, ClearSimilarityOnOneSubjectAddsNoFurtherPartner) {
  // Each 2023 paragraph has its counterpart in 2024, word for word. The first also names the
  // subject of the second (six shared words) and so is clearly similar to the second's
  // counterpart, which makes another point: that is no further link.
  const std::string subject = words("sub", {1, 2, 3, 4, 5, 6});
  const std::vector<std::string> paragraphs = {
      words("tok", {1, 2, 3, 4, 5, 6}) + " " + subject + ".",
      subject + " " + words("bex", {1, 2, 3}) + ".", words("zed", {1, 2, 3, 4, 5, 6}) + "."};
  const std::vector<Statement> statements = {
      make_statement("g7-2023", "G7", "2023-02-24", paragraphs),
      make_statement("g7-2024", "G7", "2024-02-24", {paragraphs[2], paragraphs[0], paragraphs[1]})};
  const Comparison c = compare(statements, OrderMode::Free);
  expect_well_formed(statements, c);
  EXPECT_EQ(linked_pairs(statements, c), (std::set<LinkedPair>{link("g7-2023", 0, "g7-2024", 1),
                                                               link("g7-2023", 1, "g7-2024", 2),
                                                               link("g7-2023", 2, "g7-2024", 0)}))
      << describe(statements, c);
}

TEST(AlignmentHeadings, AHeadingLinksToAHeadingNotToAParagraphSharingItsWords) {
  // The 2023 heading names the topic of a 2024 paragraph in its words; 2024 has a heading on
  // that topic too.
  std::vector<Statement> statements = {
      make_statement("g7-2023", "G7", "2023-02-24",
                     {words("lin", {1, 2, 3, 4}), words("zed", {1, 2, 3, 4, 5, 6}) + "."}),
      make_statement("g7-2024", "G7", "2024-02-24",
                     {words("lin", {1, 2, 3, 4}) + " " + words("bex", {1, 2, 3, 4}) + ".",
                      words("zed", {1, 2, 3, 4, 5, 7}) + ".", words("lin", {1, 2, 3, 5})})};
  statements[0].paragraphs[0].kind = ParagraphKind::Heading;
  statements[1].paragraphs[2].kind = ParagraphKind::Heading;
  const Comparison c = compare(statements, OrderMode::Free);
  expect_well_formed(statements, c);
  EXPECT_EQ(linked_pairs(statements, c), (std::set<LinkedPair>{link("g7-2023", 0, "g7-2024", 2),
                                                               link("g7-2023", 1, "g7-2024", 1)}))
      << describe(statements, c);
}

// A statement whose second paragraph makes the "sam" point of the list tests below, with
// more besides, and shares a word ("sam9") with their lead-ins.
Statement other_statement_on_the_point(const std::string& id, const std::string& body,
                                       const std::string& date) {
  return make_statement(id, body, date,
                        {words("zed", {1, 2, 3, 4, 5, 6, 7}) + ".",
                         words("sam", {1, 2, 3, 4, 5, 6, 7, 9}) + " " +
                             words("tor", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) + "."});
}

TEST(AlignmentListLeadIn, ALeadInJoinsTheParagraphItsItemsLinkTo) {
  // "We are taking the following measures:" says little of its own; its first item makes the
  // point of the other statement's second paragraph, which shares a word with the lead-in.
  const std::vector<Statement> statements = {
      make_statement("g7-2023", "G7", "2023-02-24",
                     {words("kor", {1, 2}) + " " + words("sam", {1, 9}) + ":",
                      "(i) " + words("sam", {2, 3, 4, 5, 6, 7, 8}) + ".",
                      "(ii) " + words("vel", {1, 2, 3, 4, 5, 6, 7}) + "."}),
      other_statement_on_the_point("g7-2024", "G7", "2024-02-24")};
  const Comparison c = compare(statements, OrderMode::Free);
  expect_well_formed(statements, c);
  EXPECT_EQ(linked_pairs(statements, c), (std::set<LinkedPair>{link("g7-2023", 0, "g7-2024", 1),
                                                               link("g7-2023", 1, "g7-2024", 1)}))
      << describe(statements, c);
  // Without its colon the first paragraph is a point of its own, too unlike the other.
  std::vector<Statement> no_list = statements;
  no_list[0].paragraphs[0].text.back() = '.';
  const Comparison plain = compare(no_list, OrderMode::Free);
  EXPECT_EQ(linked_pairs(no_list, plain), (std::set<LinkedPair>{link("g7-2023", 1, "g7-2024", 1)}))
      << describe(no_list, plain);
}

TEST(AlignmentListLeadIn, TheListEndsWhereParagraphsOfAnotherNumberingResume) {
  // "9. Calls upon the United States:" leads in "(a)" and "(b)"; "10." after them is a
  // paragraph of its own, and what it links to is no partner of the lead-in.
  const std::vector<Statement> statements = {
      make_statement("nam", "NAM", "2025-11-18",
                     {"9. " + words("kor", {1, 2}) + " " + words("sam", {1, 9}) + ":",
                      "(a) " + words("vel", {1, 2, 3, 4, 5, 6, 7}) + ";",
                      "(b) " + words("lin", {1, 2, 3, 4, 5, 6, 7}) + ";",
                      "10. " + words("sam", {2, 3, 4, 5, 6, 7, 8}) + "."}),
      other_statement_on_the_point("friends", "Group of Friends", "2025-11-18")};
  const Comparison c = compare(statements, OrderMode::Free);
  expect_well_formed(statements, c);
  EXPECT_EQ(linked_pairs(statements, c), (std::set<LinkedPair>{link("nam", 3, "friends", 1)}))
      << describe(statements, c);
}

TEST(AlignmentVersionsMergedList, EveryItemOfAListMergedIntoOneParagraphLinksToIt) {
  // The old version lists ten items as paragraphs of their own; the new one runs them into
  // its sixth paragraph (the blank lines between them lost), far beyond a split's reach.
  std::vector<std::string> old_text, new_text;
  for (int p = 0; p < 5; ++p)
    old_text.push_back(words("kep", {p * 6, p * 6 + 1, p * 6 + 2, p * 6 + 3}) + ".");
  new_text = old_text;
  std::string merged = words("lis", {1, 2, 3, 4}) + ":";
  old_text.push_back(merged);
  for (int item = 0; item < 10; ++item) {
    const std::string text =
        words("itm", {item * 5, item * 5 + 1, item * 5 + 2, item * 5 + 3}) + ";";
    old_text.push_back(text);
    merged += " " + text;
  }
  new_text.push_back(merged);
  for (int p = 5; p < 8; ++p) {
    old_text.push_back(words("kep", {p * 6, p * 6 + 1, p * 6 + 2, p * 6 + 3}) + ".");
    new_text.push_back(old_text.back());
  }
  const std::vector<Statement> statements = {
      make_statement("a-res-74", "General Assembly", "2019-12-18", old_text),
      make_statement("a-res-80", "General Assembly", "2025-12-18", new_text)};
  const Comparison c = compare(statements, OrderMode::Keep);
  expect_well_formed(statements, c);
  const auto links = linked_pairs(statements, c);
  for (std::size_t p = 5; p <= 15; ++p)
    EXPECT_TRUE(links.contains(link("a-res-74", p, "a-res-80", 5))) << p << describe(statements, c);
}

// --- Two texts on one subject ----------------------------------------------------------------

TEST(AlignmentOneSubject, AParagraphLinksToAtMostFourParagraphsOfAnotherStatement) {
  // Every paragraph of the second text repeats the first text's subject: all are similar to
  // its one paragraph, but a paragraph does not make the point of seven others.
  const std::vector<Statement> statements = {
      make_statement("committee-two", "Second Committee", "2023-12-19",
                     {"Unilateral coercive economic measures against developing countries "
                      "violate international law and the Charter."}),
      make_statement(
          "committee-three", "Third Committee", "2023-12-19",
          {"Unilateral coercive economic measures against developing countries violate "
           "international law.",
           "Unilateral coercive economic measures against developing countries violate the "
           "Charter.",
           "Unilateral coercive economic measures against developing countries harm children.",
           "Unilateral coercive economic measures against developing countries harm trade.",
           "Unilateral coercive economic measures against developing countries harm health.",
           "Unilateral coercive economic measures against developing countries harm food.",
           "Unilateral coercive economic measures against developing countries harm women."}),
  };
  const Comparison c = compare(statements, OrderMode::Free);
  expect_well_formed(statements, c);
  std::size_t links = 0;
  for (const LinkedPair& pair : linked_pairs(statements, c))
    links += pair.first == Ref{"committee-two", 0} || pair.second == Ref{"committee-two", 0};
  EXPECT_GE(links, 2u) << describe(statements, c);
  EXPECT_LE(links, 4u) << describe(statements, c);
}

// --- The same demand -------------------------------------------------------------------------

Demand act_of(std::size_t paragraph, const std::string& family, const std::string& action) {
  Demand d;
  d.paragraph = paragraph;
  d.action_paragraph = paragraph;
  d.family = family;
  d.lemma = family;
  d.act = family;
  d.strength = 1;
  d.action = action;
  return d;
}

TEST(AlignmentSameDemand, ParagraphsMakingTheSameDemandAreLinkedBetweenDifferentBodies) {
  // Two bodies oppose the same thing amid wording of their own: the paragraphs share too few
  // words to be linked on their wording alone.
  const std::vector<Statement> statements = {
      make_statement("quad-2023", "Quad", "2023-05-20",
                     {words("kor", {1, 2, 3, 4, 5, 6, 7, 8}) + ".",
                      words("sam", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}) + " coercion."}),
      make_statement("quad-2024", "Quad", "2024-09-21",
                     {words("vel", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}) + " coercion.",
                      words("zed", {1, 2, 3, 4, 5, 6, 7, 8}) + "."})};
  const Comparison plain = compare(statements, OrderMode::Free);
  EXPECT_TRUE(linked_pairs(statements, plain).empty()) << describe(statements, plain);

  const std::vector<std::vector<Demand>> demands = {
      {act_of(1, "rejection", "unilateral actions that seek to change the status quo by force")},
      {act_of(0, "rejection",
              "destabilizing or unilateral actions that seek to change the status quo")}};
  CompareOptions options;
  options.order = OrderMode::Free;
  options.demands = &demands;
  const Comparison with_demands = compare_with(statements, options);
  expect_well_formed(statements, with_demands);
  EXPECT_EQ(linked_pairs(statements, with_demands),
            (std::set<LinkedPair>{link("quad-2023", 1, "quad-2024", 0)}))
      << describe(statements, with_demands);
}

TEST(AlignmentSameDemand, RecallsOfLikeObjectsAreNotLinkedAsTheSameDemand) {
  // "Recalling resolution 2832" and "Recalling resolution 2833" are two points.
  const std::vector<Statement> statements = {
      make_statement("a", "Body A", "2023-05-20",
                     {words("sam", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}) + "."}),
      make_statement("b", "Body B", "2024-09-21",
                     {words("vel", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}) + "."})};
  const std::vector<std::vector<Demand>> demands = {
      {act_of(0, "affirmation", "its resolution 2832 on the situation in the region")},
      {act_of(0, "affirmation", "its resolution 2833 on the situation in the region")}};
  CompareOptions options;
  options.order = OrderMode::Free;
  options.demands = &demands;
  const Comparison c = compare_with(statements, options);
  EXPECT_TRUE(linked_pairs(statements, c).empty()) << describe(statements, c);
}

TEST(AlignmentEdgeCases, StatementsTooLongToAlignAreRefusedBeforeAnyWork) {
  // 25,000 x 25,000 paragraphs: 625 million pairs, past the limit of 500 million.
  Statement a = make_statement("long-a", "Body A", "2023-01-01", {});
  Statement b = make_statement("long-b", "Body B", "2023-01-02", {});
  Paragraph p;
  p.text = "Decides.";
  a.paragraphs.assign(25'000, p);
  b.paragraphs.assign(25'000, p);
  try {
    (void)compare({a, b});
    FAIL() << "no error";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("long-a and long-b: 25000 x 25000 paragraphs"),
              std::string::npos)
        << e.what();
  }
}

// --- Progress --------------------------------------------------------------------------------

TEST(AlignmentProgress, ReportsEveryPairAlignedThenEveryGroupDiffed) {
  const std::vector<Statement> statements = {
      make_statement("a", "Body A", "2023-01-01",
                     {"Condemns the strikes on fishing boats.", "Welcomes the report."}),
      make_statement("b", "Body B", "2023-01-02",
                     {"Condemns the strikes on fishing boats.", "Decides to remain seized."}),
      make_statement("c", "Body C", "2023-01-03", {"Condemns the strikes on fishing boats."})};
  std::vector<std::tuple<std::string, std::size_t, std::size_t>> calls;
  CompareOptions options;
  options.on_progress = [&](std::string_view stage, std::size_t done, std::size_t total) {
    calls.emplace_back(std::string(stage), done, total);
  };
  const Comparison c = compare_with(statements, options);
  std::size_t aligned = 0, diffed = 0;
  for (const auto& [stage, done, total] : calls) {
    if (stage == "pairs aligned") {
      EXPECT_EQ(total, 3U);  // three pairs
      EXPECT_GT(done, aligned);
      aligned = done;
    } else {
      EXPECT_EQ(stage, "groups diffed");
      EXPECT_EQ(total, c.groups.size());
      EXPECT_EQ(done, ++diffed);
    }
  }
  EXPECT_EQ(aligned, 3U);
  EXPECT_EQ(diffed, c.groups.size());
}

// --- Degenerate statements ------------------------------------------------------------------

TEST(AlignmentEdgeCases, EmptyStatementLeavesEveryParagraphOfTheOtherUnique) {
  const std::vector<Statement> statements = {
      make_statement("empty", "CELAC", "2025-11-09", {}),
      make_statement("nam-2025-11-18", "Non-Aligned Movement", "2025-11-18", kNamCommunique),
  };
  for (const OrderMode mode : {OrderMode::Auto, OrderMode::Keep, OrderMode::Free}) {
    const Comparison c = compare(statements, mode);
    expect_well_formed(statements, c);
    ASSERT_EQ(c.groups.size(), kNamCommunique.size()) << to_string(mode);
    for (std::size_t i = 0; i < c.groups.size(); ++i) {
      EXPECT_EQ(c.groups[i].kind, GroupKind::Unique);
      EXPECT_EQ(c.groups[i].members, (std::vector<GroupMember>{{1, i}}));
      EXPECT_FALSE(c.groups[i].moved);
    }
    ASSERT_EQ(c.orders.size(), 1u);
  }
}

TEST(AlignmentEdgeCases, TwoEmptyStatementsGiveNoGroups) {
  const std::vector<Statement> statements = {
      make_statement("empty-a", "CELAC", "2025-11-09", {}),
      make_statement("empty-b", "CELAC", "2025-11-10", {}),
  };
  const Comparison c = compare(statements);
  EXPECT_TRUE(c.groups.empty());
  ASSERT_EQ(c.orders.size(), 1u);
}

TEST(AlignmentEdgeCases, IdenticalOneParagraphStatementsShareOneGroup) {
  const std::string text =
      "1. Calls upon all States to respect fully the status of Latin America and the Caribbean "
      "as a nuclear-weapon-free zone;";
  const std::vector<Statement> statements = {
      make_statement("a-res-79-10", "United Nations General Assembly", "2024-12-02", {text}),
      make_statement("a-res-80-12", "United Nations General Assembly", "2025-12-01", {text}),
  };
  const Comparison c = compare(statements);
  expect_well_formed(statements, c);
  ASSERT_EQ(c.groups.size(), 1u) << describe(statements, c);
  EXPECT_EQ(c.groups[0].kind, GroupKind::Shared);
  EXPECT_EQ(c.groups[0].members, (std::vector<GroupMember>{{0, 0}, {1, 0}}));
  EXPECT_FALSE(c.groups[0].moved);
  EXPECT_GT(c.groups[0].similarity, 0.99);
  ASSERT_EQ(c.orders.size(), 1u);
  EXPECT_EQ(c.orders[0].mode, OrderMode::Keep);
}

TEST(AlignmentEdgeCases, DifferentOneParagraphStatementsAreTwoUniqueGroups) {
  const std::vector<Statement> statements = {
      make_statement("nam-2025-11-18", "Non-Aligned Movement", "2025-11-18", {kNamCommunique[2]}),
      make_statement("celac-2025-11-09", "CELAC", "2025-11-09", {kCelacDeclaration[1]}),
  };
  const Comparison c = compare(statements);
  expect_well_formed(statements, c);
  ASSERT_EQ(c.groups.size(), 2u) << describe(statements, c);
  EXPECT_EQ(c.groups[0].kind, GroupKind::Unique);
  EXPECT_EQ(c.groups[0].members, (std::vector<GroupMember>{{0, 0}}));
  EXPECT_EQ(c.groups[1].kind, GroupKind::Unique);
  EXPECT_EQ(c.groups[1].members, (std::vector<GroupMember>{{1, 0}}));
}

TEST(AlignmentEdgeCases, WithoutDiffsGroupsAreTheSameAndCarryNoDiff) {
  const std::vector<Statement> statements = {
      make_statement("a-res-79-10", "United Nations General Assembly", "2024-12-02",
                     kTlatelolco2024),
      make_statement("a-res-80-12", "United Nations General Assembly", "2025-12-01",
                     kTlatelolco2025),
  };
  const FrequencyTable no_corpus;
  CompareOptions options;
  options.diffs = false;
  const Comparison without = compare_statements(statements, no_corpus, options);
  options.diffs = true;
  const Comparison with = compare_statements(statements, no_corpus, options);
  EXPECT_EQ(group_keys(statements, without), group_keys(statements, with));
  for (const AlignedGroup& g : without.groups) EXPECT_TRUE(g.diff.empty());
}

}  // namespace
}  // namespace concord
