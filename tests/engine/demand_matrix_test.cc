// Tests of the consensus matrix: demands clustered across statements, one cell per statement.
#include "concord/engine/demand_matrix.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "concord/engine/paragraph_structure.hpp"
#include "concord/indexer/lexicon_loader.hpp"
#include "support/shipped_lexicon.hpp"

namespace concord {
namespace {

const SpeechActLexicon& lexicon() { return testing::shipped_lexicon(); }

Statement statement_of(const std::string& id, const std::vector<std::string>& texts) {
  Statement s;
  s.id = id;
  s.body = id;
  s.language = "en";
  for (const std::string& text : texts) {
    Paragraph p;
    p.ordinal = s.paragraphs.size();
    p.label = std::to_string(s.paragraphs.size() + 1) + ".";
    p.text = text;
    p.kind = classify_paragraph(text, p.label, BlockHint::None);
    s.paragraphs.push_back(p);
  }
  return s;
}

DemandMatrix matrix_of(const std::vector<Statement>& statements) {
  std::vector<std::vector<Demand>> demands;
  for (const Statement& s : statements) demands.push_back(extract_demands(s, lexicon()));
  return build_demand_matrix(statements, demands);
}

// A row as a set of (statement id, paragraph, lemma): comparable whatever the column order.
using RowKey = std::set<std::tuple<std::string, std::size_t, std::string>>;

std::set<RowKey> row_keys(const std::vector<Statement>& statements, const DemandMatrix& m) {
  std::set<RowKey> out;
  for (const DemandRow& row : m.rows) {
    RowKey key;
    for (std::size_t s = 0; s < row.cells.size(); ++s) {
      if (row.cells[s]) key.emplace(statements[s].id, row.cells[s]->paragraph, row.cells[s]->lemma);
    }
    out.insert(key);
  }
  return out;
}

const Statement kNam = statement_of(
    "nam", {"Calls upon the United States to cease its airstrikes;",
            "Condemns the military escalation in the Caribbean;",
            "Encourages the parties to engage in dialogue on the basis of mutual respect;"});
const Statement kFriends =
    statement_of("friends", {"Condemns the ongoing military escalation in the Caribbean as a "
                             "grave threat to the peace and stability of the region;",
                             "Demands that the United States cease the strikes;"});
const Statement kCaricom =
    statement_of("caricom", {"Urges the United States to cease all strikes immediately;",
                             "Encourages all parties to engage in dialogue;"});

TEST(DemandMatrix, SameDemandOfTwoStatementsIsOneRowWithTwoCells) {
  const std::vector<Statement> statements{kNam, kFriends};
  const DemandMatrix m = matrix_of(statements);
  const auto row = std::find_if(m.rows.begin(), m.rows.end(), [](const DemandRow& r) {
    return r.cells[0] && r.cells[0]->lemma == "calls upon";
  });
  ASSERT_NE(row, m.rows.end());
  EXPECT_EQ(row->statement_count(), 2u);
  EXPECT_EQ(row->family, "request");
  ASSERT_TRUE(row->cells[1]);
  EXPECT_EQ(row->cells[1]->lemma, "demands");
  EXPECT_GT(row->cells[1]->strength, row->cells[0]->strength);
}

TEST(DemandMatrix, RowsSharedByMoreStatementsComeFirst) {
  const std::vector<Statement> statements{kNam, kFriends};
  const DemandMatrix m = matrix_of(statements);
  ASSERT_EQ(m.rows.size(), 3u);
  EXPECT_EQ(m.rows[0].statement_count(), 2u);
  EXPECT_EQ(m.rows[1].statement_count(), 2u);
  EXPECT_EQ(m.rows[2].statement_count(), 1u);
  // Ties by first appearance: NAM's paragraph 1 (calls upon) before its paragraph 2.
  EXPECT_EQ(m.rows[0].cells[0]->paragraph, 0u);
  EXPECT_EQ(m.rows[1].cells[0]->paragraph, 1u);
  EXPECT_EQ(m.rows[1].cells[1]->lemma, "condemns");
}

TEST(DemandMatrix, DifferentAddresseesAreDifferentRows) {
  const Statement a = statement_of("a", {"Calls upon the United States to cease its airstrikes;"});
  const Statement b = statement_of("b", {"Calls upon all States to cease their airstrikes;"});
  const DemandMatrix m = matrix_of({a, b});
  ASSERT_EQ(m.rows.size(), 2u);
  EXPECT_EQ(m.rows[0].statement_count(), 1u);
}

TEST(DemandMatrix, OneCellPerStatementKeepsTheStrongerAct) {
  const Statement a = statement_of("a", {"Calls upon the United States to cease its airstrikes;"});
  const Statement b =
      statement_of("b", {"Encourages the United States to cease its airstrikes;",
                         "Urges the United States to cease its airstrikes at once;"});
  const DemandMatrix m = matrix_of({a, b});
  ASSERT_EQ(m.rows.size(), 1u);
  ASSERT_TRUE(m.rows[0].cells[1]);
  EXPECT_EQ(m.rows[0].cells[1]->lemma, "urges");
}

TEST(DemandMatrix, ARowReadsAsTheActItsCellShows) {
  const Statement nam = statement_of(
      "nam", {"Expressing deep concern at the growing military build-up in the Caribbean,",
              "Condemns the military escalation in the Caribbean;"});
  const DemandMatrix m = matrix_of({nam});
  for (const DemandRow& row : m.rows) {
    ASSERT_TRUE(row.cells[0]);
    // The row names what the act in its cell is taken towards, never another act's object.
    EXPECT_EQ(row.action, row.cells[0]->action) << row.cells[0]->lemma;
  }
}

TEST(DemandMatrix, AStatementsActsOfTwoFamiliesAreTwoRows) {
  const Statement a = statement_of("a", {"Welcomes the military exercises in the Caribbean;",
                                         "Condemns the military exercises in the Caribbean;"});
  const DemandMatrix m = matrix_of({a});
  ASSERT_EQ(m.rows.size(), 2u);
  EXPECT_NE(m.rows[0].family, m.rows[1].family);
}

TEST(DemandMatrix, RowsDoNotDependOnTheOrderOfStatements) {
  std::vector<Statement> statements{kNam, kFriends, kCaricom};
  const std::set<RowKey> expected = row_keys(statements, matrix_of(statements));
  std::sort(statements.begin(), statements.end(),
            [](const Statement& x, const Statement& y) { return x.id < y.id; });
  do {
    SCOPED_TRACE(statements[0].id + " " + statements[1].id + " " + statements[2].id);
    EXPECT_EQ(row_keys(statements, matrix_of(statements)), expected);
  } while (
      std::next_permutation(statements.begin(), statements.end(),
                            [](const Statement& x, const Statement& y) { return x.id < y.id; }));
  // The three calls to cease the strikes are one row.
  EXPECT_TRUE(
      std::any_of(expected.begin(), expected.end(), [](const RowKey& k) { return k.size() == 3; }));
}

TEST(DemandMatrix, UnknownActsAreLeftOut) {
  const Statement a = statement_of("a", {"Acting under Chapter VII of the Charter,"});
  EXPECT_TRUE(matrix_of({a}).rows.empty());
}

TEST(DemandMatrix, MismatchedSizesThrow) {
  EXPECT_THROW((void)build_demand_matrix({kNam}, {}), std::invalid_argument);
}

// A Spanish statement's acts match an English one's through translations of their
// addressees and actions; the cells keep the Spanish words.
TEST(DemandMatrix, ActsInTwoLanguagesMatchThroughTheirTranslations) {
  Statement spanish = statement_of("amigos", {"Exhorta a los Estados Unidos a cesar sus ataques;"});
  spanish.language = "es";
  const SpeechActLexicon& lexicon_of_both = lexicon();
  const std::vector<std::vector<Demand>> demands{extract_demands(kNam, lexicon_of_both),
                                                 extract_demands(spanish, lexicon_of_both)};
  ASSERT_EQ(demands[1].size(), 1u);
  EXPECT_EQ(build_demand_matrix({kNam, spanish}, demands).rows.size(), demands[0].size() + 1)
      << "the words alone share nothing";
  std::vector<std::vector<Demand>> translations = demands;
  translations[1][0].addressee = "the United States";
  translations[1][0].action = "to cease its attacks";
  const DemandMatrix m = build_demand_matrix({kNam, spanish}, demands, translations, "en");
  EXPECT_EQ(m.translated_into, "en");
  ASSERT_FALSE(m.rows.empty());
  EXPECT_EQ(m.rows[0].statement_count(), 2u);
  ASSERT_TRUE(m.rows[0].cells[1]);
  EXPECT_EQ(m.rows[0].cells[1]->action, demands[1][0].action);

  translations[1].clear();
  EXPECT_THROW((void)build_demand_matrix({kNam, spanish}, demands, translations, "en"),
               std::invalid_argument);
}

// A comparison that put paragraph 0 of statement 0 and paragraph 0 of statement 1 in one
// group.
Comparison first_paragraphs_aligned() {
  Comparison c;
  AlignedGroup group;
  group.kind = GroupKind::Shared;
  group.members = {{0, 0}, {1, 0}};
  c.groups.push_back(group);
  return c;
}

// Machine translation words one demand two ways; the alignment of their paragraphs puts the
// two acts in one row. Within one language the actions' words still decide.
TEST(DemandMatrix, ActsOfAlignedParagraphsInTwoLanguagesShareARow) {
  const Statement english =
      statement_of("nam", {"Calls upon all parties concerned to de-escalate;"});
  Statement spanish =
      statement_of("amigos", {"Exhorta a todas las partes interesadas a reducir las tensiones;"});
  spanish.language = "es";
  const std::vector<std::vector<Demand>> demands{extract_demands(english, lexicon()),
                                                 extract_demands(spanish, lexicon())};
  ASSERT_EQ(demands[0].size(), 1u);
  ASSERT_EQ(demands[1].size(), 1u);
  std::vector<std::vector<Demand>> translations = demands;
  translations[1][0].addressee = "all the interested parties";
  translations[1][0].action = "to calm the spirits";
  const Comparison aligned = first_paragraphs_aligned();
  EXPECT_EQ(build_demand_matrix({english, spanish}, demands, translations, "en").rows.size(), 2u);
  const DemandMatrix m =
      build_demand_matrix({english, spanish}, demands, translations, "en", &aligned);
  ASSERT_EQ(m.rows.size(), 1u);
  EXPECT_EQ(m.rows[0].statement_count(), 2u);

  const Statement other =
      statement_of("friends", {"Calls upon all parties concerned to withdraw their naval assets;"});
  const std::vector<std::vector<Demand>> one_language{demands[0],
                                                      extract_demands(other, lexicon())};
  EXPECT_EQ(build_demand_matrix({english, other}, one_language, &aligned).rows.size(), 2u)
      << "aligned paragraphs in one language ask different things";
}

// The Spanish act matches the CELAC-EU's recall in its words and the NAM's English one
// through the alignment, while the two English acts share too few words: all three are one
// row, whichever act is placed first.
TEST(DemandMatrix, AnActMatchingTwoRowsOfOtherStatementsMakesThemOneRow) {
  const Statement celac = statement_of(
      "celac", {"Recalls the obligation of all States to refrain from the threat or use of force "
                "against the territorial integrity of any State;"});
  const Statement nam = statement_of(
      "nam", {"Recalls that Article 2, paragraph 4, of the Charter requires all Members to "
              "abstain from threatening or using force;"});
  Statement spanish = statement_of(
      "nam-es", {"Recuerda la obligación de todos los Estados de abstenerse de recurrir a la "
                 "amenaza o al uso de la fuerza contra la integridad territorial de cualquier "
                 "Estado;"});
  spanish.language = "es";
  const std::vector<Statement> statements{celac, nam, spanish};
  std::vector<std::vector<Demand>> demands;
  for (const Statement& s : statements) demands.push_back(extract_demands(s, lexicon()));
  for (const auto& d : demands) ASSERT_EQ(d.size(), 1u);
  std::vector<std::vector<Demand>> translations = demands;
  translations[2][0].action =
      "the obligation of all the States to refrain from the threat or the use of the force "
      "against the territorial integrity of any State";
  Comparison aligned;
  AlignedGroup group;
  group.kind = GroupKind::Partial;
  group.members = {{1, 0}, {2, 0}};
  aligned.groups.push_back(group);
  const DemandMatrix m = build_demand_matrix(statements, demands, translations, "en", &aligned);
  ASSERT_EQ(m.rows.size(), 1u);
  EXPECT_EQ(m.rows[0].statement_count(), 3u);
  EXPECT_EQ(build_demand_matrix({celac, nam}, {demands[0], demands[1]}).rows.size(), 2u)
      << "the English acts alone are two rows";
}

TEST(AddresseesMatch, IgnoresArticlesAndOf) {
  EXPECT_TRUE(addressees_match("the United States", "United States of America"));
  EXPECT_TRUE(addressees_match("", ""));
  EXPECT_FALSE(addressees_match("the United States", ""));
  EXPECT_FALSE(addressees_match("all States", "the Secretary-General"));
}

TEST(ActionSimilarity, StemsContentWords) {
  EXPECT_DOUBLE_EQ(action_similarity("cease its airstrikes", "ceased the airstrike", "en"), 1.0);
  EXPECT_DOUBLE_EQ(action_similarity("cease", "", "en"), 0.0);
}

TEST(SameDemand, PairsParagraphsWhoseActsOfOneFamilyAskTheSameThing) {
  const Statement a = statement_of(
      "a", {"Recalling the Charter of the United Nations and international law,",
            "Strongly opposes any unilateral actions that seek to change the status quo by force;",
            "Calls upon all States to cease the strikes on small fishing boats;"});
  const Statement b = statement_of(
      "b", {"Recalling the Charter of the United Nations and international law,",
            "Urges the immediate cessation of the strikes on small fishing boats;",
            "Firmly opposes destabilizing or unilateral actions that seek to change the status "
            "quo;"});
  const auto pairs = paragraphs_making_the_same_demand(extract_demands(a, lexicon()),
                                                       extract_demands(b, lexicon()), "en");
  // The recalls are alike too, but recalling is how a preamble opens, not a position; the
  // call upon all States and the urging of no one in particular ask one thing.
  EXPECT_EQ(pairs, (std::vector<std::pair<std::size_t, std::size_t>>{{1, 2}, {2, 1}}));
}

TEST(SameDemand, ActionsSharingFewerThanFourContentWordsAreNotTheSameDemand) {
  // Alike enough for one row of the matrix, but two different condemnations.
  const Statement a = statement_of(
      "a", {"Strongly condemns the human rights violations in the territories it occupies;"});
  const Statement b = statement_of(
      "b", {"Strongly condemns all violations and abuses of the human rights of women and girls;"});
  EXPECT_TRUE(paragraphs_making_the_same_demand(extract_demands(a, lexicon()),
                                                extract_demands(b, lexicon()), "en")
                  .empty());
}

TEST(SameDemand, ANegatedActDoesNotMatchTheActItNegates) {
  const Statement a = statement_of(
      "a", {"Supports the proposal of the Secretary-General for a dialogue between the parties;"});
  const Statement b = statement_of("b", {"Does not support the proposal of the Secretary-General "
                                         "for a dialogue between the parties;"});
  const auto a_acts = extract_demands(a, lexicon());
  const auto b_acts = extract_demands(b, lexicon());
  ASSERT_FALSE(b_acts.empty());
  ASSERT_TRUE(b_acts.front().negated);
  EXPECT_TRUE(paragraphs_making_the_same_demand(a_acts, b_acts, "en").empty());
  EXPECT_EQ(paragraphs_making_the_same_demand(a_acts, a_acts, "en").size(), 1U);
}

TEST(SameDemand, VerbsOfOneGroupOnOneObjectAreTheSameDemand) {
  // The demo's flagship: what the NAM asks of the United States in an item of its call, the
  // Friends Group urges in a noun ("halt") and other words ("boats" for "vessels").
  Statement nam = statement_of(
      "nam", {"Calls upon the United States of America:",
              "To cease its air strikes on small vessels in Caribbean and Pacific waters;"});
  nam.paragraphs[1].label = "(a)";
  const Statement friends =
      statement_of("friends", {"Condemns the ongoing military escalation in the Caribbean;",
                               "Urges the immediate halt of the lethal strikes on boats;"});
  const auto pairs = paragraphs_making_the_same_demand(extract_demands(nam, lexicon()),
                                                       extract_demands(friends, lexicon()), "en");
  EXPECT_EQ(pairs, (std::vector<std::pair<std::size_t, std::size_t>>{{1, 1}}));
}

TEST(SameDemand, OneVerbGroupOnDifferentObjectsIsNotTheSameDemand) {
  const Statement a =
      statement_of("a", {"Calls upon the parties to cease the hostilities in the north;"});
  const Statement b = statement_of("b", {"Urges the immediate halt of the air strikes;"});
  EXPECT_TRUE(paragraphs_making_the_same_demand(extract_demands(a, lexicon()),
                                                extract_demands(b, lexicon()), "en")
                  .empty());
}

TEST(SameDemand, WelcomingOneThingTwiceTakesNoPosition) {
  const Statement a = statement_of("a", {"Welcomes the cessation of the strikes;"});
  const Statement b = statement_of("b", {"Welcomes the end of the strikes on boats;"});
  EXPECT_TRUE(paragraphs_making_the_same_demand(extract_demands(a, lexicon()),
                                                extract_demands(b, lexicon()), "en")
                  .empty());
}

TEST(DemandMatrix, VerbsOfOneGroupOnOneObjectShareARow) {
  const Statement a = statement_of(
      "a", {"Calls upon the United States to cease its air strikes on small vessels;"});
  const Statement b =
      statement_of("b", {"Urges the immediate halt of the lethal strikes on boats;"});
  const DemandMatrix m = matrix_of({a, b});
  ASSERT_EQ(m.rows.size(), 1u);
  EXPECT_EQ(m.rows[0].statement_count(), 2u);
}

// Restraint asks for nothing beyond itself: a call for restraint and an urging to exercise
// the utmost restraint are one demand, whatever follows them. A modal's object is its
// subject, so two objectless modals ("This must end", "These attacks must stop") are not.
TEST(DemandMatrix, CallsForRestraintShareARowAndObjectlessModalsDoNot) {
  const Statement a = statement_of(
      "a", {"Calls for restraint and for the cessation of any military action contrary to "
            "international law;"});
  const Statement b = statement_of(
      "b", {"Urges all parties concerned to exercise the utmost restraint and to take no step "
            "that could further aggravate tensions in the region;"});
  const DemandMatrix m = matrix_of({a, b});
  ASSERT_EQ(m.rows.size(), 1u);
  EXPECT_EQ(m.rows[0].statement_count(), 2u);
  const Statement c = statement_of("c", {"The occupation of the territory must end."});
  const Statement d = statement_of("d", {"These lethal strikes on boats must stop."});
  EXPECT_EQ(matrix_of({c, d}).rows.size(), 2u);
}

TEST(DemandMatrix, AReaffirmedStanceSharesARowWithTheStanceTaken) {
  // "Reaffirms" keeps its act (docs/demands.md), but what it reaffirms is the solidarity the
  // other statement expresses, towards the same people.
  const Statement a = statement_of(
      "a", {"Expresses its solidarity with the Government and people of the Bolivarian Republic "
            "of Venezuela and with all nations of Latin America and the Caribbean;"});
  const Statement b = statement_of(
      "b", {"Reaffirms its unwavering solidarity with the people and Government of the "
            "Bolivarian Republic of Venezuela, and the inalienable right of every people to "
            "choose its own path;"});
  const DemandMatrix m = matrix_of({a, b});
  ASSERT_EQ(m.rows.size(), 1u);
  EXPECT_EQ(m.rows[0].statement_count(), 2u);
  // Solidarity with another people is another row.
  const Statement c =
      statement_of("c", {"Reaffirms its solidarity with the Palestinian people and their right to "
                         "self-determination;"});
  const DemandMatrix other = matrix_of({a, c});
  EXPECT_EQ(other.rows.size(), 2u);
}

}  // namespace
}  // namespace concord
