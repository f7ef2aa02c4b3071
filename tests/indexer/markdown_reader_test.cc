// Tests for the Markdown reader.
#include <gtest/gtest.h>

#include "concord/engine/error.hpp"
#include "concord/indexer/document_readers.hpp"

namespace concord {
namespace {

TEST(MarkdownReader, ReadsFrontMatter) {
  const auto doc = read_markdown(
      "---\ntitle: \"Quad Leaders\\u2019 Joint Statement\"\ndate: '2021-03-12'\n"
      "body: Quad\nlanguage: English\nsymbol: Q/2021/1\n---\n\nText.\n");
  EXPECT_EQ(doc.metadata.title, "Quad Leaders’ Joint Statement");
  EXPECT_EQ(doc.metadata.date, "2021-03-12");
  EXPECT_EQ(doc.metadata.body, "Quad");
  EXPECT_EQ(doc.metadata.language, "en");
  EXPECT_EQ(doc.metadata.symbol, "Q/2021/1");
}

TEST(MarkdownReader, SplitsHeadingsListItemsAndParagraphs) {
  const auto doc = read_markdown(
      "# Communiqué\n\nThe Bureau,\n\n1. We have convened to reaffirm\nour commitment.  \n   \n"
      "2. Together, we commit to **a free** and [open](http://x) order.\n\n"
      "- first item\n- second item\n\n| a | b |\n|---|---|\n| c | d |\n");
  ASSERT_EQ(doc.blocks.size(), 8u);
  EXPECT_EQ(doc.blocks[0].text, "Communiqué");
  EXPECT_EQ(doc.blocks[0].hint, BlockHint::Heading);
  EXPECT_EQ(doc.blocks[1].text, "The Bureau,");
  EXPECT_EQ(doc.blocks[2].text, "1. We have convened to reaffirm our commitment.");
  EXPECT_EQ(doc.blocks[3].text, "2. Together, we commit to a free and open order.");
  EXPECT_EQ(doc.blocks[4].text, "first item");
  EXPECT_EQ(doc.blocks[5].text, "second item");
  EXPECT_EQ(doc.blocks[6].text, "a; b");
  EXPECT_EQ(doc.blocks[7].text, "c; d");
  EXPECT_EQ(doc.metadata.title, "Communiqué");
}

TEST(MarkdownReader, LinksWithParenthesesInTheirAddressKeepOnlyTheirText) {
  const auto doc = read_markdown(
      "See [the report](https://example.org/a_(b)) and [x](http://e.org \"t\").\n\n"
      "A map ![map](https://e.org/m_(1).png) here.\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "See the report and x.");
  EXPECT_EQ(doc.blocks[1].text.find_first_of("()"), std::string::npos) << doc.blocks[1].text;
  EXPECT_EQ(doc.blocks[1].text.find("png"), std::string::npos) << doc.blocks[1].text;
}

TEST(MarkdownReader, ABlockWhollyInBoldIsAHeading) {
  const auto doc = read_markdown(
      "**4. Support to stop the war of aggression**\n\n"
      "We commit to continuing our assistance.\n\n"
      "***The Way Forward: Comprehensive Partnership***\n\n"
      "__Sanctions and other measures__\n");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].text, "4. Support to stop the war of aggression");
  EXPECT_EQ(doc.blocks[0].hint, BlockHint::Heading);
  EXPECT_EQ(doc.blocks[1].hint, BlockHint::None);
  EXPECT_EQ(doc.blocks[2].text, "The Way Forward: Comprehensive Partnership");
  EXPECT_EQ(doc.blocks[2].hint, BlockHint::Heading);
  EXPECT_EQ(doc.blocks[3].hint, BlockHint::Heading);
}

// Converted web pages set a section's bold title on the line above its first paragraph,
// with a line break and no blank line: the title is a heading, the paragraph its own.
TEST(MarkdownReader, ABoldTitleOnTheLineAboveAParagraphIsAHeadingOfItsOwn) {
  const auto doc = read_markdown(
      "**Peace and Stability**  \n"
      "We discussed our respective responses to the conflict\n"
      "and assessed its implications.\n\n"
      "**We condemn the attacks.**\n"
      "They must stop.\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].text, "Peace and Stability");
  EXPECT_EQ(doc.blocks[0].hint, BlockHint::Heading);
  EXPECT_EQ(doc.blocks[1].text,
            "We discussed our respective responses to the conflict and assessed its "
            "implications.");
  EXPECT_EQ(doc.blocks[1].hint, BlockHint::None);
  // A bold sentence opening a paragraph stays in it.
  EXPECT_EQ(doc.blocks[2].text, "We condemn the attacks. They must stop.");
}

TEST(MarkdownReader, InlineHtmlTagsGoAndTheirTextStays) {
  const auto doc = read_markdown(
      "**<u>A Global Force for Good</u>**\n\nWe welcome the 2<sup>nd</sup> "
      "<span class=\"x\">summit</span> and a < b.\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "A Global Force for Good");
  EXPECT_EQ(doc.blocks[0].hint, BlockHint::Heading);
  EXPECT_EQ(doc.blocks[1].text, "We welcome the 2nd summit and a < b.");
}

TEST(MarkdownReader, BoldSentencesLeadInsAndPartlyBoldBlocksAreNotHeadings) {
  const auto doc = read_markdown(
      "**We are taking concrete steps to:**\n\n"
      "**We condemn the attacks.**\n\n"
      "**Ukraine** remains our priority\n\n"
      "**Trade** and **investment**\n");
  ASSERT_EQ(doc.blocks.size(), 4u);
  for (const auto& block : doc.blocks) EXPECT_EQ(block.hint, BlockHint::None) << block.text;
}

TEST(MarkdownReader, AParagraphOfAHundredThousandCharactersWithMarksIsRead) {
  // std::regex recursed once per character here and overflowed the stack.
  std::string words;
  for (int i = 0; i < 20000; ++i) words += "word ";
  const auto doc = read_markdown("Some *" + words + "end* and an *unclosed mark " + words + "\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_TRUE(doc.blocks[0].text.starts_with("Some word word")) << doc.blocks[0].text.substr(0, 40);
}

TEST(MarkdownReader, WhitespaceOnlyLinesSeparateParagraphs) {
  const auto doc = read_markdown("First line\n \t\nSecond line\n\xC2\xA0\nThird\n");
  EXPECT_EQ(doc.blocks.size(), 3u);
}

TEST(MarkdownReader, RejectsMalformedFrontMatter) {
  EXPECT_THROW((void)read_markdown("---\ntitle: [unclosed\n---\nText\n"), DataError);
}

}  // namespace
}  // namespace concord
