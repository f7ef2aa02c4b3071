// Tests of the changes of speech act between corresponding paragraphs.
#include "concord/engine/language_changes.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/demands.hpp"
#include "concord/engine/paragraph_structure.hpp"
#include "concord/engine/stemmer.hpp"
#include "concord/indexer/lexicon_loader.hpp"
#include "support/shipped_lexicon.hpp"

namespace concord {
namespace {

const SpeechActLexicon& lexicon() { return testing::shipped_lexicon(); }

Statement statement_of(const std::string& text) {
  Statement s;
  s.id = "test";
  s.language = "en";
  Paragraph p;
  p.label = "1.";
  p.text = text;
  p.kind = classify_paragraph(text, p.label, BlockHint::None);
  s.paragraphs.push_back(p);
  return s;
}

std::vector<LanguageChange> changes(const std::string& from, const std::string& to) {
  return language_changes(statement_of(from), 0, statement_of(to), 0, lexicon());
}

bool has(const std::vector<LanguageChange>& list, LanguageChangeKind kind) {
  return std::any_of(list.begin(), list.end(),
                     [&](const LanguageChange& c) { return c.kind == kind; });
}

TEST(LanguageChanges, StrongerVerbIsStrengthened) {
  const auto list = changes("Calls upon the United States to cease its airstrikes;",
                            "Demands that the United States cease the strikes;");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].kind, LanguageChangeKind::Strengthened);
  EXPECT_EQ(to_string(list[0].kind), "strengthened");
  EXPECT_EQ(list[0].from, "calls upon");
  EXPECT_EQ(list[0].to, "demands");
  EXPECT_EQ(list[0].family, "request");
}

TEST(LanguageChanges, WeakerVerbIsWeakened) {
  const auto list = changes("Urges all States to ratify the Convention;",
                            "Encourages all States to ratify the Convention;");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].kind, LanguageChangeKind::Weakened);
  EXPECT_EQ(list[0].from, "urges");
  EXPECT_EQ(list[0].to, "encourages");
}

TEST(LanguageChanges, HedgeAddedAndDropped) {
  const auto added = changes("Calls upon States to cooperate with the Special Rapporteur;",
                             "Calls upon States to cooperate, as appropriate, with the "
                             "Special Rapporteur;");
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].kind, LanguageChangeKind::QualifierAdded);
  EXPECT_EQ(added[0].to, "as appropriate");
  EXPECT_EQ(to_string(added[0].kind), "qualifier-added");

  const auto dropped = changes("Calls upon all States to respect the Zone of Peace;",
                               "Calls upon States to respect the Zone of Peace;");
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped[0].kind, LanguageChangeKind::QualifierDropped);
  EXPECT_EQ(dropped[0].from, "all");
}

TEST(LanguageChanges, NegationAdded) {
  const auto list = changes("Recognizes the outcome of the elections;",
                            "Does not recognize the outcome of the elections;");
  EXPECT_TRUE(has(list, LanguageChangeKind::NegationAdded)) << list.size();
  EXPECT_FALSE(has(list, LanguageChangeKind::Strengthened));
}

TEST(LanguageChanges, SameWordingHasNoChange) {
  EXPECT_TRUE(changes("Condemns the strikes;", "Condemns the strikes;").empty());
}

TEST(LanguageChanges, OtherFamilyWithSameActionIsAVerbChange) {
  const auto list = changes("Condemns the use of force against small vessels;",
                            "Rejects the use of force against small vessels;");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].kind, LanguageChangeKind::VerbChanged);
}

TEST(LanguageChanges, ActsWithoutPartnerAreReportedOnlyWhenAskedFor) {
  const Statement kept =
      statement_of("Urges the Government of the United States to abstain from any hostile action;");
  const Statement grown = statement_of(
      "Urges the Government of the United States to abstain from any hostile action, and "
      "rejects any attempt to present the strikes as lawful;");
  auto stemmed = [](const Statement& s) {
    Stemmer stemmer("en");
    std::vector<StemmedAct> out;
    for (const Demand& d : extract_demands(s, lexicon()))
      out.push_back({d, action_stems(d.action, stemmer)});
    return out;
  };
  EXPECT_TRUE(language_changes(stemmed(kept), stemmed(grown)).empty());
  const auto added = language_changes(stemmed(kept), stemmed(grown), UnpairedActs::Report);
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].kind, LanguageChangeKind::ActAdded);
  EXPECT_EQ(added[0].from, "");
  EXPECT_EQ(added[0].to, "rejects");
  EXPECT_EQ(added[0].family, "rejection");
  EXPECT_EQ(added[0].detail, "any attempt to present the strikes as lawful");
  const auto dropped = language_changes(stemmed(grown), stemmed(kept), UnpairedActs::Report);
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped[0].kind, LanguageChangeKind::ActDropped);
  EXPECT_EQ(dropped[0].from, "rejects");
  EXPECT_EQ(to_string(dropped[0].kind), "act-dropped");
}

TEST(LanguageChanges, ActsOfOneFamilyAskingOtherThingsOfOthersAreNoChangeOfVerb) {
  // "condemn those facilitating the war" then "regret Russia's withdrawal": two acts of the
  // condemnation family on unrelated objects; no "weakened: condemns -> regrets".
  EXPECT_TRUE(changes("We condemn those who facilitate President Putin's war of aggression.",
                      "We regret Russia's decision to withdraw its ratification of the treaty.")
                  .empty());
  // The same addressee keeps two requests paired whatever they ask.
  const auto paired =
      changes("Requests the Secretary-General to submit a report on the implementation;",
              "Calls upon the Secretary-General to keep the Council informed of developments;");
  EXPECT_TRUE(has(paired, LanguageChangeKind::VerbChanged) ||
              has(paired, LanguageChangeKind::Weakened) ||
              has(paired, LanguageChangeKind::Strengthened));
}

TEST(LanguageChanges, PositionsOfTheParagraphs) {
  const auto list = changes("Invites States to act;", "Requests States to act;");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].from_paragraph, 0u);
  EXPECT_EQ(list[0].to_paragraph, 0u);
}

TEST(LanguageChanges, NoSuchParagraphThrows) {
  EXPECT_THROW((void)language_changes(statement_of("Notes the report;"), 3,
                                      statement_of("Notes the report;"), 0, lexicon()),
               std::out_of_range);
}

}  // namespace
}  // namespace concord
