// Tests of the HTML reader: content blocks kept, page boilerplate dropped, metadata read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/indexer/document_readers.hpp"

namespace concord {
namespace {

std::vector<std::string> texts(const ExtractedDocument& document) {
  std::vector<std::string> out;
  for (const TextBlock& block : document.blocks) out.push_back(block.text);
  return out;
}

std::string all_text(const ExtractedDocument& document) {
  std::string out;
  for (const TextBlock& block : document.blocks) out += block.text + "\n";
  return out;
}

constexpr const char* kNewsPage = R"(<!DOCTYPE html>
<html lang="es-ES">
<head>
  <meta charset="utf-8">
  <title>Declaraci&oacute;n de Santa Marta</title>
  <meta property="article:published_time" content="2025-11-18T09:30:00+01:00">
  <style>body { color: red; }</style>
  <script>var tracking = "script text";</script>
</head>
<body class="page-header-x">
  <div id="cookie-banner">We use cookies. <button>Accept</button></div>
  <header class="site-header"><a href="/">Movement home</a></header>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
  <div class="mainMenu"><a href="/about">About us</a></div>
  <main>
    <div class="breadcrumbs">Home &gt; Statements</div>
    <article>
      <h1>Declaraci&oacute;n   de
          Santa Marta</h1>
      <p>1. We, the Ministers, <em>met</em> in Santa&nbsp;Marta on
         18&#160;November&nbsp;2025.</p>
      <p>2. We reaffirm the Charter<br>of the United Nations &amp; its principles.</p>
      <ul>
        <li>Peace and security</li>
        <li><p>Sustainable development</p></li>
        <li>Human rights<ul><li>including the right to development</li></ul></li>
      </ul>
      <table>
        <tr><th>Country</th><th>Vote</th></tr>
        <tr><td>Chile</td><td>Yes</td></tr>
      </table>
      <div class="share-buttons">Share on social media</div>
    </article>
  </main>
  <aside>Related statements</aside>
  <footer>Copyright 2025 Movement</footer>
  <noscript>Enable JavaScript</noscript>
</body>
</html>
)";

TEST(HtmlReader, KeepsArticleBlocksOnly) {
  const ExtractedDocument document = read_html(kNewsPage);
  const std::vector<std::string> expected{
      "Declaración de Santa Marta",
      "1. We, the Ministers, met in Santa Marta on 18 November 2025.",
      "2. We reaffirm the Charter of the United Nations & its principles.",
      "Peace and security",
      "Sustainable development",
      "Human rights",
      "including the right to development",
      "Country",
      "Vote",
      "Chile",
      "Yes",
  };
  EXPECT_EQ(texts(document), expected);
  ASSERT_FALSE(document.blocks.empty());
  EXPECT_EQ(document.blocks[0].hint, BlockHint::Heading);
  for (std::size_t i = 1; i < document.blocks.size(); ++i) {
    EXPECT_EQ(document.blocks[i].hint, BlockHint::None) << document.blocks[i].text;
  }
}

TEST(HtmlReader, DropsBoilerplate) {
  const std::string text = all_text(read_html(kNewsPage));
  for (const char* boilerplate :
       {"cookies", "Accept", "Movement home", "News", "About us", "Statements", "Share", "Related",
        "Copyright", "JavaScript", "tracking", "color"}) {
    EXPECT_EQ(text.find(boilerplate), std::string::npos) << boilerplate;
  }
}

TEST(HtmlReader, ReadsMetadata) {
  const ExtractedDocument document = read_html(kNewsPage);
  EXPECT_EQ(document.metadata.title, "Declaración de Santa Marta");
  EXPECT_EQ(document.metadata.language, "es");
  EXPECT_EQ(document.metadata.date, "2025-11-18");
}

TEST(HtmlReader, TitleFallsBackToFirstHeading) {
  const ExtractedDocument document =
      read_html("<html><body><h2>Context</h2><h1>Final  Communiqu&eacute;</h1><p>Text.</p>");
  EXPECT_EQ(document.metadata.title, "Final Communiqué");
  EXPECT_FALSE(document.metadata.language.has_value());
}

TEST(HtmlReader, AShortBlockWhollyInBoldIsAHeading) {
  const ExtractedDocument document = read_html(
      "<body><p><strong>4. Support to stop <em>the</em> war</strong></p>"
      "<p>We commit to continuing our assistance.</p>"
      "<p><b>We are taking concrete steps to:</b></p>"
      "<p><strong>Sanctions</strong> and other measures</p>"
      "<p> <strong>Accountability</strong> </p></body>");
  ASSERT_EQ(document.blocks.size(), 5U);
  EXPECT_EQ(document.blocks[0].text, "4. Support to stop the war");
  EXPECT_EQ(document.blocks[0].hint, BlockHint::Heading);
  EXPECT_EQ(document.blocks[1].hint, BlockHint::None);
  EXPECT_EQ(document.blocks[2].hint, BlockHint::None);
  EXPECT_EQ(document.blocks[3].hint, BlockHint::None);
  EXPECT_EQ(document.blocks[4].hint, BlockHint::Heading);
}

// Press-release pages set a section's bold title and a line break at the head of its first
// paragraph: the title is a heading of its own.
TEST(HtmlReader, ABoldTitleBeforeALineBreakIsAHeadingOfItsOwn) {
  const ExtractedDocument document = read_html(
      "<body><p><strong>Peace and Stability</strong><br>We discussed our responses to the "
      "conflict.</p><p><b>We condemn the attacks.</b><br>They must stop.</p>"
      "<p>The Quad <strong>remains</strong><br>committed.</p></body>");
  const std::vector<std::string> expected{
      "Peace and Stability", "We discussed our responses to the conflict.",
      "We condemn the attacks. They must stop.", "The Quad remains committed."};
  EXPECT_EQ(texts(document), expected);
  EXPECT_EQ(document.blocks[0].hint, BlockHint::Heading);
  EXPECT_EQ(document.blocks[1].hint, BlockHint::None);
}

TEST(HtmlReader, ReadsBodyWithoutMainOrArticle) {
  const ExtractedDocument document = read_html(
      "<body class=\"page-header-x\"><div class=\"navbar\">Menu item</div>"
      "<div>Loose text in a div.</div><blockquote>A quotation.</blockquote>"
      "<dl><dt>Term</dt><dd>Definition.</dd></dl></body>");
  const std::vector<std::string> expected{"Loose text in a div.", "A quotation.", "Term",
                                          "Definition."};
  EXPECT_EQ(texts(document), expected);
}

TEST(HtmlReader, KeepsArticleHeaderButDropsPageHeader) {
  const ExtractedDocument document = read_html(
      "<body><header><p>Site name</p></header><article><header><h1>Statement</h1></header>"
      "<p>Body.</p></article></body>");
  const std::vector<std::string> expected{"Statement", "Body."};
  EXPECT_EQ(texts(document), expected);
}

TEST(HtmlReader, ClassWordsMatchWholeWordsOnly) {
  const ExtractedDocument document = read_html(
      "<body><div class=\"navarra-region\">Navarra text.</div>"
      "<div class=\"site-nav\">Skip me</div></body>");
  const std::vector<std::string> expected{"Navarra text."};
  EXPECT_EQ(texts(document), expected);
}

TEST(HtmlReader, DropsLandmarkRolesAndHiddenElements) {
  const ExtractedDocument document = read_html(
      "<body><div class=\"related\" role=\"navigation\"><h3>Navigation</h3></div>"
      "<div role=\"contentinfo\">Legal notice</div><p hidden>Hidden text</p>"
      "<p>Visible text.</p></body>");
  const std::vector<std::string> expected{"Visible text."};
  EXPECT_EQ(texts(document), expected);
}

TEST(HtmlReader, MalformedMarkupStillParses) {
  const ExtractedDocument document = read_html("<p>First <b>bold<p>Second &amp; last");
  const std::vector<std::string> expected{"First bold", "Second & last"};
  EXPECT_EQ(texts(document), expected);
}

TEST(HtmlReader, ReadsWindows1252) {
  const ExtractedDocument document = read_html("<p>Caf\xE9 \x93quoted\x94</p>");
  const std::vector<std::string> expected{"Café “quoted”"};
  EXPECT_EQ(texts(document), expected);
}

TEST(HtmlReader, ElementsNestedThousandsDeepAreADataErrorNotACrash) {
  auto nested = [](int depth) {
    std::string html = "<html><body>";
    for (int i = 0; i < depth; ++i) html += "<div>";
    return html + "Calls upon all States to refrain from the threat of force.</body></html>";
  };
  EXPECT_EQ(read_html(nested(500)).blocks.size(), 1U);
  // Past the limit after parsing, and so deep that gumbo would take minutes to parse it.
  for (const int depth : {2000, 200000}) {
    try {
      (void)read_html(nested(depth));
      ADD_FAILURE() << depth << " levels were read";
    } catch (const DataError& e) {
      EXPECT_NE(std::string(e.what()).find("nest more than 1000 deep"), std::string::npos)
          << e.what();
    }
  }
}

TEST(HtmlReader, ManyUnclosedParagraphsAndBreaksAreNoDeepNesting) {
  std::string html = "<html><body>";
  for (int i = 0; i < 6000; ++i) html += "<p>Paragraph " + std::to_string(i) + "<br><img src=x>";
  EXPECT_EQ(read_html(html + "</body></html>").blocks.size(), 6000U);
}

TEST(HtmlReader, NoTextIsDataError) {
  EXPECT_THROW((void)read_html(""), DataError);
  EXPECT_THROW((void)read_html("<html><head><title>Only a title</title></head><body>"
                               "<script>x()</script><nav>Menu</nav></body></html>"),
               DataError);
}

}  // namespace
}  // namespace concord
