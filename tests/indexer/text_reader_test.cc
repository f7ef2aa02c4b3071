// Tests for the plain-text reader.
#include <gtest/gtest.h>

#include "concord/engine/error.hpp"
#include "concord/indexer/document_readers.hpp"

namespace concord {
namespace {

std::vector<std::string> texts(const ExtractedDocument& d) {
  std::vector<std::string> out;
  for (const auto& b : d.blocks) out.push_back(b.text);
  return out;
}

TEST(TextReader, ReadsHeaderLinesAsMetadata) {
  const auto doc = read_text(
      "source: https://example.org/nam\n"
      "issuer: Non-Aligned Movement, Coordinating Bureau\n"
      "date: 2025-11-18 (verify)\n"
      "language: en\n"
      "kind: quoted-fragments\n"
      "\n"
      "First paragraph.\n\nSecond paragraph.\n");
  EXPECT_EQ(doc.metadata.body, "Non-Aligned Movement, Coordinating Bureau");
  EXPECT_EQ(doc.metadata.date, "2025-11-18");
  EXPECT_EQ(doc.metadata.language, "en");
  EXPECT_EQ(texts(doc), (std::vector<std::string>{"First paragraph.", "Second paragraph."}));
}

TEST(TextReader, AHeaderLineOfSeventyThousandCharactersIsRead) {
  const std::string source(70000, 's');
  const auto doc = read_text("title: Communiqué\nsource: " + source +
                             "\n\nCalls upon all States to refrain from the threat of force.\n");
  EXPECT_EQ(doc.metadata.title, "Communiqué");
  ASSERT_FALSE(doc.blocks.empty());
}

TEST(TextReader, HeaderDateThatIsNoDayOfTheCalendarIsKeptAsUnreadable) {
  const auto misprinted = read_text("issuer: NAM\ndate: 2025-13-45\n\nFirst paragraph.\n");
  EXPECT_FALSE(misprinted.metadata.date);  // not its year alone
  EXPECT_EQ(misprinted.metadata.unreadable_date, "2025-13-45");
  EXPECT_EQ(read_text("issuer: NAM\ndate: 2023-02-29\n\nText.\n").metadata.unreadable_date,
            "2023-02-29");
  // A year range is no misprinted day.
  const auto range = read_text("issuer: NAM\ndate: 2025-2026\n\nText.\n");
  EXPECT_EQ(range.metadata.date, "2025");
  EXPECT_FALSE(range.metadata.unreadable_date);
}

TEST(TextReader, ReadsAProseDateOnlyWhenItIsADayOfTheCalendar) {
  EXPECT_EQ(read_text("issuer: NAM\ndate: 29 February 2024\n\nText.\n").metadata.date,
            "2024-02-29");
  EXPECT_NE(read_text("issuer: NAM\ndate: 29 February 2023\n\nText.\n").metadata.date,
            "2023-02-29");
  EXPECT_NE(read_text("issuer: NAM\ndate: 31 April 2025\n\nText.\n").metadata.date, "2025-04-31");
}

TEST(TextReader, TreatsAnOrdinaryFirstLineAsText) {
  const auto doc = read_text("Note: this is a paragraph.\n\nAnother one.\n");
  EXPECT_FALSE(doc.metadata.body);
  EXPECT_EQ(texts(doc).size(), 2u);
}

TEST(TextReader, RejoinsWrappedLinesAndDropsPageNumbers) {
  const auto doc = read_text(
      "1. Calls upon all States to respect international law and to refrain from the\n"
      "threat or use of force;\n"
      "\n"
      "12\n"
      "\n"
      "2. Decides to remain seized of the matter and of its long-\n"
      "term consequences.\n");
  // Text wrapped at spaces keeps the hyphen at a line end: "long-term" was written so.
  EXPECT_EQ(texts(doc), (std::vector<std::string>{
                            "1. Calls upon all States to respect international law and to refrain "
                            "from the threat or use of force;",
                            "2. Decides to remain seized of the matter and of its long-term "
                            "consequences."}));
}

TEST(TextReader, UsesOneParagraphPerLineWithoutBlankLines) {
  const auto doc =
      read_text("I bring greetings from my country.\nWe are convening at a difficult time.\n");
  EXPECT_EQ(texts(doc).size(), 2u);
}

TEST(TextReader, RejoinsAParagraphCutMidSentenceByAPageBreak) {
  const auto lines = read_text(
      "It is widely acknowledged that the world economy needs fixing. In one case, the "
      "principal\n"
      "adversaries may be opening the gates to a nuclear war.\n"
      "Recovering from COVID-19\n"
      "Mr. President,\n");
  EXPECT_EQ(texts(lines), (std::vector<std::string>{
                              "It is widely acknowledged that the world economy needs fixing. In "
                              "one case, the principal adversaries may be opening the gates to a "
                              "nuclear war.",
                              "Recovering from COVID-19", "Mr. President,"}));

  const auto blocks = read_text(
      "Humanitarian workers who proudly wear the emblem\n\n"
      "of this institution are disparaged and targeted.\n\n"
      "Calls upon all States to:\n\n"
      "(a) Refrain from the threat of force;\n");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Humanitarian workers who proudly wear the "
                                                     "emblem of this institution are disparaged "
                                                     "and targeted.",
                                                     "Calls upon all States to:",
                                                     "(a) Refrain from the threat of force;"}));
}

TEST(TextReader, KeepsQuotedFragmentsApart) {
  const auto doc = read_text(
      "issuer: Non-Aligned Movement\n"
      "kind: quoted-fragments\n"
      "\n"
      "a behaviour that must be avoided at all costs\n\n"
      "the utmost restraint and to avoid any escalation\n");
  EXPECT_EQ(texts(doc).size(), 2u);
}

TEST(TextReader, SplitsABlockOfOneSentencePerLine) {
  // A speech typed one paragraph per line, with a single blank line somewhere in it.
  const auto doc = read_text(
      "Humanity forged our United Nations from the horror of war.\n"
      "Its purpose is to save us from hell.\n"
      "Sudan.\n"
      "Calls upon all States to:\n"
      "(a) Refrain from the threat of force;\n"
      "(b) Respect the Charter.\n"
      "\n"
      "We must remember why we built this institution.\n");
  EXPECT_EQ(texts(doc), (std::vector<std::string>{
                            "Humanity forged our United Nations from the horror of war.",
                            "Its purpose is to save us from hell.", "Sudan.",
                            "Calls upon all States to: (a) Refrain from the threat of force; (b) "
                            "Respect the Charter.",
                            "We must remember why we built this institution."}));
}

TEST(TextReader, ReadsParagraphsWrappedAtAFixedWidthWithoutBlankLines) {
  // A plain-text export of a printed speech: lines of about 70 characters, no blank lines; a
  // paragraph ends on a short line that ends a sentence, or before a list item.
  const auto doc = read_text(
      "Allow me to join previous speakers to congratulate Your Excellency for\n"
      "your election to the Presidency of the 79th Session of the UN General\n"
      "Assembly.\n"
      "The current session is taking place at a crucial juncture of transition in\n"
      "the architecture of global governance, and of the international order that\n"
      "emerged after the Second World War.\n"
      "Twenty-five years later in October 1945, the United Nations was solemnly\n"
      "established to prevent another World War and guarantee durable global\n"
      "2\n"
      "peace. But yet again, our global community was plunged into the era of\n"
      "the Cold War, a confrontational order.\n"
      "The manifestations of this policy are myriad and include the following:\n"
      "(a) policies of containment by the architects of a uni-polar order;\n"
      "(b) provocative policies against China pursued in Asia for analogous\n"
      "objectives and considerations.\n");
  EXPECT_EQ(texts(doc),
            (std::vector<std::string>{
                "Allow me to join previous speakers to congratulate Your Excellency for your "
                "election to the Presidency of the 79th Session of the UN General Assembly.",
                "The current session is taking place at a crucial juncture of transition in the "
                "architecture of global governance, and of the international order that emerged "
                "after the Second World War.",
                "Twenty-five years later in October 1945, the United Nations was solemnly "
                "established to prevent another World War and guarantee durable global peace. But "
                "yet again, our global community was plunged into the era of the Cold War, a "
                "confrontational order.",
                "The manifestations of this policy are myriad and include the following:",
                "(a) policies of containment by the architects of a uni-polar order;",
                "(b) provocative policies against China pursued in Asia for analogous objectives "
                "and considerations."}));
}

TEST(TextReader, ReadsUnCoverPage) {
  const auto doc = read_text(
      "United Nations\n\nA/RES/75/214\n\nGeneral Assembly\n\nDistr.: General\n\n29 December "
      "2020\n\n"
      "Resolution adopted by the General Assembly on 21 December 2020\n\n"
      "75/214. Towards the sustainable development of the Caribbean Sea\n\n"
      "The General Assembly,\n\nRecalling its resolutions,\n");
  EXPECT_EQ(doc.metadata.symbol, "A/RES/75/214");
  EXPECT_EQ(doc.metadata.body, "United Nations General Assembly");
  EXPECT_EQ(doc.metadata.date, "2020-12-21");
  EXPECT_EQ(doc.metadata.title, "75/214. Towards the sustainable development of the Caribbean Sea");
}

TEST(TextReader, HandlesCrlfAndByteOrderMark) {
  const auto doc = read_text(
      "\xEF\xBB\xBF"
      "One.\r\n\r\nTwo.\r\n");
  EXPECT_EQ(texts(doc), (std::vector<std::string>{"One.", "Two."}));
}

}  // namespace
}  // namespace concord
