// Tests for the links between paragraphs one of which holds the other word for word
// (verbatim_links.cc).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "pair_alignment.hpp"

namespace concord {
namespace {

// The texts as a statement and as terms whose word ids are shared through `ids`.
struct Texts {
  Statement statement;
  std::vector<ParagraphTerms> terms;
};

Texts texts_of(const std::vector<std::string>& paragraphs,
               std::map<std::string, std::uint32_t>& ids) {
  Texts out;
  for (const std::string& text : paragraphs) {
    Paragraph p;
    p.ordinal = out.statement.paragraphs.size();
    p.text = text;
    out.statement.paragraphs.push_back(p);
    ParagraphTerms terms;
    std::string word;
    auto flush = [&] {
      if (word.empty()) return;
      terms.words.push_back(
          ids.try_emplace(word, static_cast<std::uint32_t>(ids.size())).first->second);
      word.clear();
    };
    for (const char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else {
        flush();
      }
    }
    flush();
    terms.word_count = terms.words.size();
    out.terms.push_back(std::move(terms));
  }
  return out;
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

// The links after link_paragraphs_held_verbatim, and which of them are moves.
struct Result {
  Pairs links;
  Pairs moved;
};

Result link(const std::vector<std::string>& xs, const std::vector<std::string>& ys,
            std::vector<Link> links, bool in_order) {
  std::map<std::string, std::uint32_t> ids;
  const Texts x = texts_of(xs, ids), y = texts_of(ys, ids);
  link_paragraphs_held_verbatim(
      x.statement, y.statement, x.terms, y.terms, in_order,
      [](std::size_t a, std::size_t b) { return a == b ? 0.5f : 0.25f; }, links);
  Result result;
  for (const Link& l : links) {
    result.links.emplace_back(l.a, l.b);
    if (l.moved) result.moved.emplace_back(l.a, l.b);
  }
  std::sort(result.links.begin(), result.links.end());
  std::sort(result.moved.begin(), result.moved.end());
  return result;
}

const std::string kParticipation =
    "Recognizes that increasing participation, supporting the empowerment of women, youth and "
    "civil society, and strengthening collective action will contribute to the eradication of "
    "poverty;";
const std::string kGenderEquality =
    "Also reaffirms that achieving gender equality and the empowerment of all women and girls "
    "is essential to achieving sustained, inclusive and equitable economic growth;";
const std::string kMerged =
    "Recognizes that increasing participation, supporting the empowerment of women, youth and "
    "civil society, and strengthening collective action will contribute to the eradication of "
    "poverty, further reaffirms that achieving gender equality and the empowerment of all women "
    "and girls is essential to achieving sustained, inclusive and equitable economic growth;";

TEST(VerbatimLinks, AParagraphMergedIntoOneFarFromItJoinsItAsAMove) {
  // 78/233 paragraphs 38 and 42 became 79/218 paragraph 44: 42 was linked in order, 38 not.
  const Result result =
      link({kParticipation, "Decides to hold a conference on the matter;",
            "Requests a report on the implementation of this resolution;", kGenderEquality},
           {"Decides to hold a conference on the matter;",
            "Requests a report on the implementation of this resolution;", kMerged},
           {{1, 0, 1.0f, false}, {2, 1, 1.0f, false}, {3, 2, 0.6f, false}}, true);
  EXPECT_EQ(result.links, (Pairs{{0, 2}, {1, 0}, {2, 1}, {3, 2}}));
  EXPECT_EQ(result.moved, (Pairs{{0, 2}}));
}

TEST(VerbatimLinks, ARecallCutToItsFirstClauseIsTheSameParagraph) {
  // 78/230 and 79/235: the long recall lost what followed its first clause, and the short one
  // had been linked to another paragraph naming the same agenda.
  const std::string kLongRecall =
      "Reaffirming its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the "
      "Third International Conference on Financing for Development, in which Member States "
      "committed to scaling up international tax cooperation,";
  const std::string kShortRecall =
      "Reaffirming its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the "
      "Third International Conference on Financing for Development,";
  const std::string kNoting =
      "Noting that the implementation of the Addis Ababa Action Agenda may be supported by "
      "additional resources,";
  const Result result = link({kLongRecall, kNoting}, {kShortRecall}, {{1, 0, 0.43f, false}}, false);
  EXPECT_EQ(result.links, (Pairs{{0, 0}, {1, 0}}));
  EXPECT_TRUE(result.moved.empty());
}

TEST(VerbatimLinks, ATitleQuotedInAParagraphIsNoPartOfIt) {
  const Result result =
      link({"Decides to include in the provisional agenda of its seventy-eighth session an item "
            "entitled \"Promoting international cooperation on peaceful uses in the context of "
            "international security\"."},
           {"77/96. Promoting international cooperation on peaceful uses in the context of "
            "international security"},
           {}, false);
  EXPECT_TRUE(result.links.empty());
}

TEST(VerbatimLinks, AParagraphLinkedToItsOwnCopyIsNoPartOfANewOne) {
  const std::string kRecall =
      "Recalling its resolution 2743 (2024) of 15 July 2024 on the situation in Haiti and the "
      "mandate of the Integrated Office,";
  const Result result =
      link({kRecall}, {kRecall, kRecall + " in which it decided to extend the mandate,"},
           {{0, 0, 1.0f, false}}, true);
  EXPECT_EQ(result.links, (Pairs{{0, 0}}));
}

TEST(VerbatimLinks, ARunOfFewerThanTwelveWordsIsNoReuse) {
  // A formula of eleven words, however much of the shorter paragraph it makes.
  const Result result =
      link({"Acting in accordance with the purposes and principles of the Charter,"},
           {"Acting in accordance with the purposes and principles of the Charter, and with "
            "international law, decides to remain seized of the matter."},
           {}, false);
  EXPECT_TRUE(result.links.empty());
}

TEST(VerbatimLinks, ARunMakingLessThanMostOfTheShorterParagraphIsNoReuse) {
  const Result result = link(
      {"Welcomes the progress made by the Government of Haiti in the fight against gangs and "
       "urges all Member States to support the Haitian National Police with equipment, training "
       "and funding, and to prevent the illicit flow of arms and ammunition into the country;"},
      {"Expresses concern about the fight against gangs and urges all Member States to support "
       "the Haitian National Police with equipment, training and funding;"},
      {}, false);
  // The run, "the fight against gangs ... funding", makes most of the second paragraph.
  EXPECT_EQ(result.links, (Pairs{{0, 0}}));
  const Result shorter_run = link(
      {"Welcomes the progress made by the Government of Haiti in the fight against gangs and "
       "urges all Member States to support the Haitian National Police with equipment;"},
      {"Expresses its deep concern about the humanitarian situation, the displacement of "
       "persons, and the fight against gangs and urges all Member States to support the Haitian "
       "National Police with equipment, training, funding and intelligence;"},
      {}, false);
  EXPECT_TRUE(shorter_run.links.empty());
}

TEST(VerbatimLinks, OfTwoHoldersTheOneWithTheLongerRunIsThePartner) {
  const std::string kHeld =
      "Encourages the International Monetary Fund to explore all options to continue to "
      "strengthen the global financial safety net to support developing countries;";
  // The second holder has a partner of its own, so that only the first paragraph chooses.
  const Result result =
      link({kHeld, "Requests the Fund to report to the General Assembly at its next session;"},
           {"Welcomes the allocation of special drawing rights, and encourages the International "
            "Monetary Fund to explore all options to continue to strengthen the global financial "
            "safety net to support developing countries;",
            "Calls upon the International Monetary Fund to explore all options to continue to "
            "strengthen the global financial safety net;"},
           {{1, 1, 0.3f, false}}, false);
  EXPECT_EQ(result.links, (Pairs{{0, 0}, {1, 1}}));
}

TEST(VerbatimLinks, ParagraphsThatAllHaveAPartnerGainNone) {
  const Result result = link({kParticipation}, {kMerged}, {{0, 0, 0.7f, false}}, true);
  EXPECT_EQ(result.links, (Pairs{{0, 0}}));
}

}  // namespace
}  // namespace concord
