// Tests for paragraph labels and kinds.
#include "concord/engine/paragraph_structure.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

struct LabelCase {
  const char* input;
  const char* label;
  const char* text;
};

class SplitLabelTest : public ::testing::TestWithParam<LabelCase> {};

TEST_P(SplitLabelTest, SeparatesLabelFromText) {
  const LabelCase& c = GetParam();
  const LabelledText split = split_label(c.input);
  EXPECT_EQ(split.label, c.label) << c.input;
  EXPECT_EQ(split.text, c.text) << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Labels, SplitLabelTest,
    ::testing::Values(LabelCase{"1. Decides to remain seized", "1.", "Decides to remain seized"},
                      LabelCase{"12) Urges all States", "12)", "Urges all States"},
                      LabelCase{"(a) to cease airstrikes", "(a)", "to cease airstrikes"},
                      LabelCase{"(iv) the parties", "(iv)", "the parties"},
                      LabelCase{"b) y los Estados", "b)", "y los Estados"},
                      LabelCase{"OP 3 Calls upon", "OP 3", "Calls upon"},
                      LabelCase{"PP2: Recalling", "PP2:", "Recalling"},
                      LabelCase{"II. Peace and security", "II.", "Peace and security"},
                      LabelCase{"75/214. Towards the sustainable development", "",
                                "75/214. Towards the sustainable development"},
                      LabelCase{"2025. A year of tension", "", "2025. A year of tension"},
                      LabelCase{"No label here.", "", "No label here."}, LabelCase{"1.", "", "1."},
                      LabelCase{"24.We welcome the adoption", "24.", "We welcome the adoption"},
                      LabelCase{"2.5 per cent", "", "2.5 per cent"},
                      LabelCase{"3.UN", "", "3.UN"}));

TEST(ClassifyParagraph, RecognisesPreambularParticiples) {
  EXPECT_EQ(
      classify_paragraph("Recalling its resolution 77/7 of 3 November 2022,", "", BlockHint::None),
      ParagraphKind::Preambular);
  EXPECT_EQ(classify_paragraph("Deeply concerned about the military build-up in the region,", "",
                               BlockHint::None),
            ParagraphKind::Preambular);
  EXPECT_EQ(classify_paragraph(
                "Recordando la Proclamación de América Latina y el Caribe como Zona de Paz,", "",
                BlockHint::None),
            ParagraphKind::Preambular);
  EXPECT_EQ(classify_paragraph("Rappelant la Charte des Nations Unies,", "", BlockHint::None),
            ParagraphKind::Preambular);
}

TEST(ClassifyParagraph, BeingAndResolvedOpenPreambles) {
  // Both open preambular paragraphs of General Assembly resolutions; "Being" is too short to
  // pass for an -ing participle by its ending.
  EXPECT_EQ(classify_paragraph("Being gravely concerned at the continuous erosion of "
                               "multilateralism in the field of disarmament,",
                               "", BlockHint::None),
            ParagraphKind::Preambular);
  EXPECT_EQ(classify_paragraph("Resolved to take all measures within its power to secure a "
                               "democratic and equitable international order,",
                               "", BlockHint::None),
            ParagraphKind::Preambular);
}

TEST(ClassifyParagraph, AnIngWordThatIsNoOpeningParticipleIsNoPreamble) {
  // Sentences of speeches: a gerund subject, a preposition, a name.
  for (const char* text : {"Solving crises in our region requires a unified international "
                           "position.",
                           "Seeing past hatred and anger is hard, but we must.",
                           "During the 75 years of the United Nations we have had reasons to be "
                           "proud.",
                           "Beijing is committed to the peaceful development of the region."}) {
    EXPECT_EQ(classify_paragraph(text, "", BlockHint::None), ParagraphKind::Other) << text;
  }
  // A communiqué's participle with a full stop is still a preamble, whatever verbs its
  // complement has.
  EXPECT_EQ(classify_paragraph("Recognizing that economic resilience requires diversification "
                               "of supply chains.",
                               "", BlockHint::None),
            ParagraphKind::Preambular);
  EXPECT_EQ(
      classify_paragraph("Noting with concern the rise in attacks on civilians in the region.", "",
                         BlockHint::None),
      ParagraphKind::Preambular);
  EXPECT_EQ(classify_paragraph("Recalling that the Charter requires all Members to settle their "
                               "disputes by peaceful means,",
                               "", BlockHint::None),
            ParagraphKind::Preambular);
}

TEST(ClassifyParagraph, RecognisesOperativeVerbs) {
  EXPECT_EQ(classify_paragraph("Calls upon the United States to cease its airstrikes;", "3.",
                               BlockHint::None),
            ParagraphKind::Operative);
  EXPECT_EQ(classify_paragraph("Exhorta a todos los Estados a respetar la Zona de Paz;", "4.",
                               BlockHint::None),
            ParagraphKind::Operative);
  EXPECT_EQ(classify_paragraph("Demande à tous les États de s'abstenir;", "", BlockHint::None),
            ParagraphKind::Operative);
  EXPECT_EQ(classify_paragraph("We condemn the attacks on civilian vessels.", "", BlockHint::None),
            ParagraphKind::Operative);
}

TEST(ClassifyParagraph, RecognisesLessCommonOperativeVerbs) {
  // Verbs that open operative paragraphs of Security Council and General Assembly
  // resolutions less often than "Calls" or "Decides", in English, Spanish and French.
  for (const char* text :
       {"Recalls that nothing would be agreed until everything is agreed;",
        "Continues to support strongly the efforts of the Secretary-General;",
        "Looks forward to receiving the results of the comprehensive review;",
        "Directs the Committee to consider expeditiously the update of the list;",
        "Recuerda que todos los Estados deben abstenerse de la amenaza o el uso de la fuerza;",
        "Rappelle que tous les États doivent s'abstenir de recourir à la force ;"})
    EXPECT_EQ(classify_paragraph(text, "3.", BlockHint::None), ParagraphKind::Operative) << text;
}

TEST(ClassifyParagraph, AVerbAfterAConnectiveOpensAnOperativeParagraph) {
  EXPECT_EQ(classify_paragraph("In this regard, calls upon the sides to engage actively in the "
                               "process;",
                               "7.", BlockHint::None),
            ParagraphKind::Operative);
  EXPECT_EQ(classify_paragraph("In this regard, the sides have met twice since the last report.",
                               "", BlockHint::None),
            ParagraphKind::Other);
}

TEST(ClassifyParagraph, RecognisesHeadings) {
  EXPECT_EQ(classify_paragraph("Anything", "", BlockHint::Heading), ParagraphKind::Heading);
  EXPECT_EQ(classify_paragraph("Peace and Security in the Caribbean", "", BlockHint::None),
            ParagraphKind::Heading);
}

// A short line ending in "!" closes a speech; it heads nothing.
TEST(ClassifyParagraph, ShortExclamationIsNoHeading) {
  EXPECT_EQ(classify_paragraph("Let us not desecrate our future!", "", BlockHint::None),
            ParagraphKind::Other);
}

TEST(ClassifyParagraph, LeavesNarrativeAsOther) {
  EXPECT_EQ(classify_paragraph("The Movement called on the United States to stop its airstrikes.",
                               "", BlockHint::None),
            ParagraphKind::Other);
}

std::vector<Paragraph> labelled(const std::vector<std::string>& labels) {
  std::vector<Paragraph> paragraphs;
  for (const std::string& label : labels) {
    Paragraph p;
    p.label = label;
    p.text = label.empty() ? "Calls upon the United States:" : "To refrain from hostile acts;";
    paragraphs.push_back(p);
  }
  return paragraphs;
}

TEST(EndOfList, ItemsAreTheParagraphsLabelledLikeTheFirst) {
  EXPECT_EQ(end_of_list(labelled({"9.", "(a)", "(b)", "(c)"}), 0), 4u);
  EXPECT_EQ(end_of_list(labelled({"", "(i)", "(ii)", "(iii)", "(iv)"}), 0), 5u);
  EXPECT_EQ(end_of_list(labelled({"", "a)", "b)"}), 0), 3u);
  EXPECT_EQ(end_of_list(labelled({"", "1.", "2."}), 0), 3u);
}

TEST(EndOfList, AListEndsWhereLabelsOfAnotherShapeResume) {
  // "(b)" then "10.": the numbered paragraphs go on after the list.
  EXPECT_EQ(end_of_list(labelled({"9.", "(a)", "(b)", "10.", "11."}), 0), 3u);
  EXPECT_EQ(end_of_list(labelled({"", "(a)", "", "(b)"}), 0), 2u);
}

TEST(EndOfList, NoListWithoutALabelledParagraphAfterTheLeadIn) {
  EXPECT_EQ(end_of_list(labelled({"", "", "(a)"}), 0), 1u);
  EXPECT_EQ(end_of_list(labelled({"", "(a)"}), 1), 2u);
}

// Paragraphs as a reader gives them: label split off, kind classified.
std::vector<Paragraph> read_paragraphs(const std::vector<std::string>& texts) {
  std::vector<Paragraph> out;
  for (const std::string& text : texts) {
    const LabelledText split = split_label(text);
    Paragraph p;
    p.ordinal = out.size();
    p.label = split.label;
    p.text = split.text;
    p.kind = classify_paragraph(p.text, p.label, BlockHint::None);
    out.push_back(p);
  }
  mark_numbered_section_headings(out);
  return out;
}

TEST(NumberedSectionHeadings, TitlesEachFollowedByProseAreHeadings) {
  const auto paragraphs = read_paragraphs(
      {"1. Support to stop Russia's war of aggression",
       "We will continue to support Ukraine for as long as it takes.",
       "2. Accountability for war crimes", "There must be no impunity for war crimes.",
       "II. Promoting regular pathways", "We will expand legal pathways."});
  EXPECT_EQ(paragraphs[0].kind, ParagraphKind::Heading);
  EXPECT_EQ(paragraphs[0].label, "1.");
  EXPECT_EQ(paragraphs[2].kind, ParagraphKind::Heading);
  // One title of its shape alone could be a list item with prose after the list.
  EXPECT_NE(paragraphs[4].kind, ParagraphKind::Heading);
}

TEST(NumberedSectionHeadings, ItemsFollowingEachOtherAreAListNotHeadings) {
  const auto paragraphs = read_paragraphs(
      {"Our priorities are the following:", "1. Strengthening security and social cohesion",
       "2. Promoting good governance", "3. Developing productive capacities",
       "These priorities guide our action."});
  for (const Paragraph& p : paragraphs) EXPECT_NE(p.kind, ParagraphKind::Heading) << p.text;
}

TEST(NumberedSectionHeadings, OperativeParagraphsEndingAsSentencesStayOperative) {
  const auto paragraphs =
      read_paragraphs({"1. Decides to remain seized of the matter;", "Annex",
                       "2. Requests the Secretary-General to report.", "Annex"});
  EXPECT_EQ(paragraphs[0].kind, ParagraphKind::Operative);
  EXPECT_EQ(paragraphs[2].kind, ParagraphKind::Operative);
}

}  // namespace
}  // namespace concord
