// Tests of the DOCX reader on packages zipped in memory: paragraphs, list labels, metadata.
#include <gtest/gtest.h>
#include <zip.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/indexer/document_readers.hpp"

namespace concord {
namespace {

using Part = std::pair<std::string, std::string>;

/// A zip archive of `parts` built in memory with libzip.
std::string make_zip(const std::vector<Part>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (source == nullptr) throw std::runtime_error("zip_source_buffer_create failed");
  zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    throw std::runtime_error("zip_open_from_source failed");
  }
  // Keep the buffer source alive after zip_close, which writes the archive into it.
  zip_source_keep(source);
  for (const auto& [name, content] : parts) {
    zip_source_t* file = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (file == nullptr || zip_file_add(archive, name.c_str(), file, ZIP_FL_ENC_UTF_8) < 0) {
      if (file != nullptr) zip_source_free(file);
      zip_discard(archive);
      zip_source_free(source);
      throw std::runtime_error("zip_file_add failed");
    }
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    zip_source_free(source);
    throw std::runtime_error("zip_close failed");
  }
  std::string bytes;
  zip_stat_t stat;
  if (zip_source_stat(source, &stat) == 0 && zip_source_open(source) == 0) {
    bytes.resize(static_cast<std::size_t>(stat.size));
    const zip_int64_t n = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (n < 0 || static_cast<zip_uint64_t>(n) != stat.size) bytes.clear();
  }
  zip_source_free(source);
  zip_error_fini(&error);
  if (bytes.empty()) throw std::runtime_error("reading the zip buffer failed");
  return bytes;
}

constexpr const char* kContentTypes = R"(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>)";

constexpr const char* kWordNamespace =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string document_xml(const std::string& body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
         "\n<w:document " + kWordNamespace + "><w:body>" + body +
         "<w:sectPr/></w:body></w:document>";
}

/// A paragraph of one run; `properties` goes into w:pPr.
std::string paragraph(const std::string& text, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") +
         "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string numbered(const std::string& text, int num_id, int ilvl) {
  return paragraph(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) +
                             "\"/><w:numId w:val=\"" + std::to_string(num_id) + "\"/></w:numPr>");
}

std::string level(int ilvl, const std::string& format, const std::string& text, int start = 1) {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" +
         std::to_string(start) + "\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\"" +
         text + "\"/></w:lvl>";
}

std::string numbering_xml(const std::string& definitions) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
         "\n<w:numbering " + kWordNamespace + ">" + definitions + "</w:numbering>";
}

const std::string kNumbering =
    numbering_xml(R"(<w:abstractNum w:abstractNumId="10">)" + level(0, "decimal", "%1.") +
                  level(1, "lowerLetter", "(%2)") + "</w:abstractNum>" +
                  R"(<w:abstractNum w:abstractNumId="20">)" + level(0, "bullet", "\xE2\x80\xA2") +
                  "</w:abstractNum>" +
                  R"(<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>)"
                  R"(<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>)");

constexpr const char* kCoreProperties = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <dc:title>Santa Marta Declaration of the Ministers</dc:title>
  <dc:language>en-GB</dc:language>
  <dcterms:created xsi:type="dcterms:W3CDTF">2025-11-18T10:00:00Z</dcterms:created>
</cp:coreProperties>)";

const std::string kDeclarationBody =
    paragraph("Santa Marta Declaration", R"(<w:pStyle w:val="Title"/>)") +
    // Tab stops in w:pPr are layout, not text; w:tab in a run is a space.
    R"(<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>)"
    R"(<w:r><w:t xml:space="preserve">We, the Ministers, </w:t></w:r>)"
    R"(<w:r><w:rPr><w:b/></w:rPr><w:t>adopt</w:t></w:r><w:r><w:tab/><w:t>the following:</w:t></w:r></w:p>)" +
    numbered("We reaffirm the Charter.", 1, 0) + numbered("We call upon all States:", 1, 0) +
    numbered("to ratify the treaty;", 1, 1) +
    R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>)"
    R"(<w:r><w:t>to implement it</w:t><w:br/><w:t>fully.</w:t></w:r></w:p>)" +
    "<w:p/>" + numbered("We decide to remain seized of the matter.", 1, 0) +
    numbered("A bullet point", 2, 0) + paragraph("Annex", R"(<w:pStyle w:val="Heading1"/>)") +
    numbered("A fourth paragraph:", 1, 0) + numbered("whose sub-item restarts.", 1, 1) +
    R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell text</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)";

std::string declaration_docx(bool with_core_properties = true) {
  std::vector<Part> parts{{"[Content_Types].xml", kContentTypes},
                          {"word/document.xml", document_xml(kDeclarationBody)},
                          {"word/numbering.xml", kNumbering}};
  if (with_core_properties) parts.emplace_back("docProps/core.xml", kCoreProperties);
  return make_zip(parts);
}

std::string error_message(std::string_view bytes) {
  try {
    (void)read_docx(bytes);
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

TEST(DocxReader, ReadsParagraphsWithListLabels) {
  const ExtractedDocument document = read_docx(declaration_docx());
  const std::vector<std::pair<std::string, std::string>> expected{
      {"", "Santa Marta Declaration"},
      {"", "We, the Ministers, adopt the following:"},
      {"1.", "We reaffirm the Charter."},
      {"2.", "We call upon all States:"},
      {"(a)", "to ratify the treaty;"},
      {"(b)", "to implement it fully."},
      {"3.", "We decide to remain seized of the matter."},
      {"", "A bullet point"},
      {"", "Annex"},
      {"4.", "A fourth paragraph:"},
      {"(a)", "whose sub-item restarts."},
      {"", "Cell text"},
  };
  std::vector<std::pair<std::string, std::string>> actual;
  for (const TextBlock& block : document.blocks) actual.emplace_back(block.label, block.text);
  EXPECT_EQ(actual, expected);
}

TEST(DocxReader, MarksHeadingStyles) {
  const ExtractedDocument document = read_docx(declaration_docx());
  ASSERT_EQ(document.blocks.size(), 12U);
  for (const TextBlock& block : document.blocks) {
    const bool heading = block.text == "Santa Marta Declaration" || block.text == "Annex";
    EXPECT_EQ(block.hint, heading ? BlockHint::Heading : BlockHint::None) << block.text;
  }
}

TEST(DocxReader, ReadsCoreProperties) {
  const ExtractedDocument document = read_docx(declaration_docx());
  EXPECT_EQ(document.metadata.title, "Santa Marta Declaration of the Ministers");
  EXPECT_EQ(document.metadata.language, "en");
  EXPECT_EQ(document.metadata.date, "2025-11-18");
}

TEST(DocxReader, TitleStyleGivesTitleWithoutCoreProperties) {
  const ExtractedDocument document = read_docx(declaration_docx(false));
  EXPECT_EQ(document.metadata.title, "Santa Marta Declaration");
  EXPECT_FALSE(document.metadata.language.has_value());
  EXPECT_FALSE(document.metadata.date.has_value());
}

TEST(DocxReader, FormatsRomanLettersAndRestarts) {
  const std::string numbering = numbering_xml(
      R"(<w:abstractNum w:abstractNumId="0">)" + level(0, "lowerRoman", "%1)", 4) +
      level(1, "upperLetter", "%1.%2", 26) + "</w:abstractNum>" +
      R"(<w:abstractNum w:abstractNumId="1">)" + level(0, "upperRoman", "%1.") +
      "</w:abstractNum>" + R"(<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>)" +
      R"(<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>)" +
      R"(<w:num w:numId="7"><w:abstractNumId w:val="1"/>)" +
      R"(<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>)");
  const std::string body = numbered("a", 5, 0) + numbered("b", 5, 0) + numbered("c", 5, 1) +
                           numbered("d", 5, 1) + numbered("e", 6, 0) + numbered("f", 6, 0) +
                           numbered("g", 6, 0) + numbered("h", 7, 0);
  const ExtractedDocument document = read_docx(
      make_zip({{"word/document.xml", document_xml(body)}, {"word/numbering.xml", numbering}}));
  std::vector<std::string> labels;
  for (const TextBlock& block : document.blocks) labels.push_back(block.label);
  // Lists sharing an abstract definition continue one another unless one restarts.
  const std::vector<std::string> expected{"iv)", "v)", "v.Z", "v.AA", "I.", "II.", "III.", "I."};
  EXPECT_EQ(labels, expected);
}

TEST(DocxReader, NumberingFromParagraphStyle) {
  const std::string styles = std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") +
                             "<w:styles " + kWordNamespace + ">" +
                             R"(<w:style w:type="paragraph" w:styleId="Berschrift1">)"
                             R"(<w:name w:val="heading 1"/><w:pPr><w:numPr>)"
                             R"(<w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>)";
  const std::string body = paragraph("Scope", R"(<w:pStyle w:val="Berschrift1"/>)") +
                           paragraph("Definitions", R"(<w:pStyle w:val="Berschrift1"/>)");
  const ExtractedDocument document = read_docx(make_zip({{"word/document.xml", document_xml(body)},
                                                         {"word/numbering.xml", kNumbering},
                                                         {"word/styles.xml", styles}}));
  ASSERT_EQ(document.blocks.size(), 2U);
  EXPECT_EQ(document.blocks[0].label, "1.");
  EXPECT_EQ(document.blocks[1].label, "2.");
  EXPECT_EQ(document.blocks[1].hint, BlockHint::Heading);
}

TEST(DocxReader, AShortParagraphWhollyInBoldIsAHeading) {
  auto bold_run = [](const std::string& text, const std::string& value = "") {
    return "<w:r><w:rPr><w:b" + (value.empty() ? "" : " w:val=\"" + value + "\"") +
           "/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  };
  const std::string body = "<w:p>" + bold_run("4. Support to stop ") + bold_run("the war", "1") +
                           "</w:p>" + paragraph("We commit to continuing our assistance.") +
                           "<w:p>" + bold_run("We are taking concrete steps to:") + "</w:p>" +
                           "<w:p>" + bold_run("Sanctions ") +
                           "<w:r><w:t>and measures</w:t></w:r></w:p>" + "<w:p>" +
                           bold_run("Accountability", "0") + "</w:p>";
  const ExtractedDocument document =
      read_docx(make_zip({{"word/document.xml", document_xml(body)}}));
  ASSERT_EQ(document.blocks.size(), 5U);
  EXPECT_EQ(document.blocks[0].text, "4. Support to stop the war");
  EXPECT_EQ(document.blocks[0].hint, BlockHint::Heading);
  // A sentence, a lead-in, a partly bold line and bold switched off are not headings.
  for (std::size_t i = 1; i < document.blocks.size(); ++i)
    EXPECT_EQ(document.blocks[i].hint, BlockHint::None) << document.blocks[i].text;
}

TEST(DocxReader, ElementsNestedThousandsDeepAreADataErrorNotACrash) {
  std::string body;
  for (int i = 0; i < 2000; ++i) body += "<w:tbl><w:tr><w:tc>";
  body += paragraph("Deep inside.");
  for (int i = 0; i < 2000; ++i) body += "</w:tc></w:tr></w:tbl>";
  const std::string message = error_message(make_zip({{"word/document.xml", document_xml(body)}}));
  EXPECT_NE(message.find("nests elements more than 1000 deep"), std::string::npos) << message;
}

TEST(DocxReader, NotAZipIsDataError) {
  EXPECT_EQ(error_message("PK but not really a zip archive"), "malformed DOCX: not a zip archive");
  EXPECT_THROW((void)read_docx(""), DataError);
}

TEST(DocxReader, MissingDocumentIsDataError) {
  EXPECT_EQ(error_message(make_zip({{"[Content_Types].xml", kContentTypes}})),
            "malformed DOCX: no word/document.xml");
}

TEST(DocxReader, MalformedXmlIsDataError) {
  const std::string message =
      error_message(make_zip({{"word/document.xml", "<w:document><w:body><w:p>"}}));
  EXPECT_TRUE(message.starts_with("malformed DOCX: word/document.xml: ")) << message;
}

TEST(DocxReader, DocumentWithoutTextIsDataError) {
  EXPECT_EQ(error_message(make_zip({{"word/document.xml", document_xml("<w:p/>")}})),
            "no text found in DOCX");
}

}  // namespace
}  // namespace concord
