// Tests for linking the paragraphs of different bodies free of order (bodies_alignment.cc).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/demands.hpp"
#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/related_terms.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/word_vectors.hpp"
#include "engine/alignment_fixtures.hpp"
#include "pair_alignment.hpp"

namespace concord {
namespace {

using testing::AlignmentDifferentBodiesTest;
using testing::compare;
using testing::compare_with;
using testing::describe;
using testing::expect_well_formed;
using testing::group_keys;
using testing::groups_of;
using testing::kCelacDeclaration;
using testing::kCelacTopicParagraphs;
using testing::kNamCommunique;
using testing::kNamTopicParagraphs;
using testing::link;
using testing::linked_pairs;
using testing::LinkedPair;
using testing::make_statement;
using testing::Ref;
using testing::topic_vectors;
using testing::words;

// --- The order-free assignment on given similarities -----------------------------------------

SimilarityMatrix matrix_of(const std::vector<std::vector<float>>& rows) {
  SimilarityMatrix matrix(rows.size(), rows.empty() ? 0 : rows.front().size());
  for (std::size_t a = 0; a < rows.size(); ++a) {
    for (std::size_t b = 0; b < rows[a].size(); ++b) matrix.set(a, b, rows[a][b]);
  }
  return matrix;
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

Pairs linked_pairs(const std::vector<Link>& links) {
  Pairs pairs;
  for (const Link& link : links) pairs.emplace_back(link.a, link.b);
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

TEST(AlignFree, EachParagraphTakesItsMostSimilarFreePartnerFirst) {
  const SimilarityMatrix matrix = matrix_of({{0.3f, 0.9f}, {0.8f, 0.3f}});
  EXPECT_EQ(linked_pairs(align_free_by_order(2, 2, matrix, {})), (Pairs{{0, 1}, {1, 0}}));
}

TEST(AlignFree, NothingBelowTheThresholdIsLinked) {
  const SimilarityMatrix matrix = matrix_of({{0.2f, 0.1f}, {0.05f, 0.24f}});
  EXPECT_TRUE(align_free_by_order(2, 2, matrix, {}).empty());
}

TEST(AlignFree, AParagraphCoveringTwoPointsTakesASecondPartnerNearlyAsSimilar) {
  // Paragraph 0 makes the points of paragraphs 0 and 1 of the other statement.
  const SimilarityMatrix matrix = matrix_of({{0.6f, 0.5f}});
  EXPECT_EQ(linked_pairs(align_free_by_order(1, 2, matrix, {})), (Pairs{{0, 0}, {0, 1}}));
}

TEST(AlignFree, AParagraphWhoseClosestWasRefusedTakesNoSecondChoice) {
  // Paragraph 1's closest, 0 (0.40), is too far below paragraph 0's link to it (0.6) to join
  // it; its second choice, 1 (0.38), would be near enough to the link 0-1 (0.5), but a
  // second choice after the first was refused is a guess.
  const SimilarityMatrix matrix = matrix_of({{0.6f, 0.5f}, {0.40f, 0.38f}});
  EXPECT_EQ(linked_pairs(align_free_by_order(2, 2, matrix, {})), (Pairs{{0, 0}, {0, 1}}));
}

TEST(AlignFree, AParagraphJoinsAnotherAlreadyLinkedWhenThatIsItsClosest) {
  const SimilarityMatrix matrix = matrix_of({{0.6f, 0.5f}, {0.30f, 0.38f}});
  EXPECT_EQ(linked_pairs(align_free_by_order(2, 2, matrix, {})), (Pairs{{0, 0}, {0, 1}, {1, 1}}));
}

// --- Statements of different bodies compared -----------------------------------------------

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

// --- One body's statements a year apart, in the same order --------------------------------

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

TEST(AlignmentHeadings, AnAuthorLineLinksToAnAuthorLineNotToAPointSharingItsWords) {
  // The summit's author line names the region the communiqué's last paragraph is about; it
  // says who speaks, not a point of its own.
  std::vector<Statement> statements = {
      make_statement(
          "nam", "NAM", "2025-11-18",
          {"The Coordinating Bureau of the Non-Aligned Movement,",
           "Recalling the principles of the Charter of the United Nations,",
           "Expresses its solidarity with all nations of Latin America and the Caribbean;"}),
      make_statement("summit", "CELAC-EU", "2025-11-09",
                     {"The Heads of State and Government of the Community of Latin American "
                      "and Caribbean States, meeting in Santa Marta, Colombia,",
                      "Recalling the principles of the Charter of the United Nations,",
                      "Welcome bi-regional investment in sustainable infrastructure;"})};
  for (Statement& statement : statements) {
    statement.paragraphs[0].kind = ParagraphKind::Other;
    statement.paragraphs[2].kind = ParagraphKind::Operative;
  }
  const Comparison c = compare(statements, OrderMode::Free);
  expect_well_formed(statements, c);
  const std::set<LinkedPair> links = linked_pairs(statements, c);
  EXPECT_FALSE(links.contains(link("nam", 2, "summit", 0))) << describe(statements, c);
  EXPECT_TRUE(links.contains(link("nam", 1, "summit", 1))) << describe(statements, c);
}

TEST(AlignmentHeadings, SpanishAuthorLinesAreAuthorLinesToo) {
  // The Group welcomes the Bureau's communiqué in the words of the Bureau's author line.
  std::vector<Statement> statements = {
      make_statement("mnoal", "NAM", "2025-11-18",
                     {"El Buró de Coordinación del Movimiento de Países No Alineados,",
                      "Recordando los principios de la Carta de las Naciones Unidas,",
                      "Condena la escalada militar en el Caribe;"}),
      make_statement("grupo", "Group of Friends", "2025-11-18",
                     {"El Grupo de Amigos en Defensa de la Carta de las Naciones Unidas,",
                      "Recordando los principios de la Carta de las Naciones Unidas,",
                      "Acoge el comunicado del Buró de Coordinación del Movimiento de Países "
                      "No Alineados;"})};
  for (Statement& statement : statements) {
    statement.language = "es";
    statement.paragraphs[0].kind = ParagraphKind::Other;
    statement.paragraphs[2].kind = ParagraphKind::Operative;
  }
  const Comparison c = compare(statements, OrderMode::Free);
  expect_well_formed(statements, c);
  const std::set<LinkedPair> links = linked_pairs(statements, c);
  EXPECT_FALSE(links.contains(link("mnoal", 0, "grupo", 2))) << describe(statements, c);
  EXPECT_TRUE(links.contains(link("mnoal", 1, "grupo", 1))) << describe(statements, c);
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

}  // namespace
}  // namespace concord
