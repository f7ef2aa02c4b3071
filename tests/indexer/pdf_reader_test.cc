// Tests of the PDF reader on PDFs written by hand: running headers, page numbers, wrapping.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/indexer/document_readers.hpp"

namespace concord {
namespace {

/// One line of text placed on a page, in points from the bottom-left corner.
struct PlacedLine {
  double x;
  double y;
  std::string text;
  double size = 11;
};

using Page = std::vector<PlacedLine>;

std::string escape_pdf_string(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '(' || c == ')' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

/// A minimal PDF 1.4 file: one Helvetica font, one content stream per page, an optional
/// document information dictionary, and an xref table with the real byte offsets.
std::string make_pdf(const std::vector<Page>& pages, const std::string& title = "",
                     bool encrypted = false) {
  std::vector<std::string> objects;  // objects[i] is object number i + 1
  std::string kids;
  const std::size_t first_page = 4;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    kids += std::to_string(first_page + 2 * i) + " 0 R ";
  }
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) +
                    " >>");
  objects.push_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  for (std::size_t i = 0; i < pages.size(); ++i) {
    std::string content;
    for (const PlacedLine& line : pages[i]) {
      char position[96];
      std::snprintf(position, sizeof position, "BT /F1 %g Tf %g %g Td ", line.size, line.x, line.y);
      content += position;
      content.append("(").append(escape_pdf_string(line.text)).append(") Tj ET\n");
    }
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
        "<< /Font << /F1 3 0 R >> >> /Contents " +
        std::to_string(first_page + 2 * i + 1) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                      "endstream");
  }
  std::string trailer_info;
  if (!title.empty()) {
    objects.push_back("<< /Title (" + escape_pdf_string(title) +
                      ") /CreationDate (D:20251118093000Z) >>");
    trailer_info = " /Info " + std::to_string(objects.size()) + " 0 R";
  }
  if (encrypted) {
    // A standard security handler whose /U entry no password matches, so the file is locked.
    const std::string hash(64, 'A');
    objects.push_back("<< /Filter /Standard /V 1 /R 2 /O <" + hash + "> /U <" + hash +
                      "> /P -4 >>");
    trailer_info += " /Encrypt " + std::to_string(objects.size()) +
                    " 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                    "<0123456789ABCDEF0123456789ABCDEF>]";
  }

  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R" + trailer_info +
         " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

/// Lays out `lines` from the top margin down, 14 points apart; an empty string leaves a gap.
Page page_with(const std::string& page_number, const std::vector<std::string>& lines) {
  Page page{{180, 750, "Illustrative Communique of the Movement", 9}};
  double y = 700;
  for (const std::string& line : lines) {
    if (!line.empty()) {
      // A leading tab marks a first-line indent.
      const bool indented = line.front() == '\t';
      page.push_back({indented ? 96.0 : 72.0, y, indented ? line.substr(1) : line});
    }
    y -= 14;
  }
  page.push_back({300, 40, page_number, 9});
  return page;
}

std::vector<Page> communique_pages() {
  return {
      page_with("1",
                {
                    "Final Declaration",
                    "",
                    "1. We, the Heads of State and Government of the Movement, gathered in",
                    "Santa Marta, reaffirm our commitment to strengthening inter-",
                    "national cooperation and to the purposes and principles of the Charter",
                    "of the United Nations.",
                    "",
                    "2. We call upon all States to refrain from promulgating and applying any",
                    "unilateral economic, financial or trade measures that impede the full",
                    "achievement of economic and social development, particularly in",
                }),
      page_with("2",
                {
                    "developing countries, and we urge their immediate repeal without any",
                    "further delay.",
                    "",
                    "3. We stress that the eradication of poverty remains the greatest global",
                    "challenge facing the world today, and we call for renewed efforts by all.",
                    "\tWe further note the important role of regional organisations in the",
                    "promotion of peace and security in their regions.",
                }),
      page_with("3",
                {
                    "4. We decide to remain seized of the matter and to convene again in the",
                    "coming year at a venue to be determined by consensus among members.",
                    "5. We express our gratitude to the host country.",
                }),
  };
}

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

std::string error_message(std::string_view bytes) {
  try {
    (void)read_pdf(bytes);
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

TEST(PdfReader, ReadsParagraphs) {
  const ExtractedDocument document = read_pdf(make_pdf(communique_pages()));
  const std::vector<std::string> expected{
      "Final Declaration",
      "1. We, the Heads of State and Government of the Movement, gathered in Santa Marta, "
      "reaffirm our commitment to strengthening international cooperation and to the purposes "
      "and principles of the Charter of the United Nations.",
      "2. We call upon all States to refrain from promulgating and applying any unilateral "
      "economic, financial or trade measures that impede the full achievement of economic and "
      "social development, particularly in developing countries, and we urge their immediate "
      "repeal without any further delay.",
      "3. We stress that the eradication of poverty remains the greatest global challenge "
      "facing the world today, and we call for renewed efforts by all.",
      "We further note the important role of regional organisations in the promotion of peace "
      "and security in their regions.",
      "4. We decide to remain seized of the matter and to convene again in the coming year at a "
      "venue to be determined by consensus among members.",
      "5. We express our gratitude to the host country.",
  };
  EXPECT_EQ(texts(document), expected);
}

TEST(PdfReader, DropsRunningHeaderAndPageNumbers) {
  const std::string text = all_text(read_pdf(make_pdf(communique_pages())));
  EXPECT_EQ(text.find("Illustrative"), std::string::npos);
  for (const std::string& block : texts(read_pdf(make_pdf(communique_pages())))) {
    EXPECT_NE(block, "1");
    EXPECT_NE(block, "2");
    EXPECT_NE(block, "3");
  }
}

TEST(PdfReader, UndoesHyphenationAndJoinsWrappedLines) {
  const std::string text = all_text(read_pdf(make_pdf(communique_pages())));
  EXPECT_NE(text.find("strengthening international cooperation"), std::string::npos);
  EXPECT_EQ(text.find("inter-"), std::string::npos);
}

TEST(PdfReader, JoinsParagraphAcrossPageBreak) {
  const std::string text = all_text(read_pdf(make_pdf(communique_pages())));
  EXPECT_NE(text.find("particularly in developing countries"), std::string::npos);
}

TEST(PdfReader, RunningFooterWithChangingNumbersIsDropped) {
  std::vector<Page> pages = communique_pages();
  for (std::size_t i = 0; i < pages.size(); ++i) {
    pages[i].push_back({72, 26, "GE.25-0" + std::to_string(17 + i) + " (E) 18112025", 8});
  }
  const std::string text = all_text(read_pdf(make_pdf(pages)));
  EXPECT_EQ(text.find("GE.25"), std::string::npos);
  EXPECT_NE(text.find("5. We express our gratitude"), std::string::npos);
}

TEST(PdfReader, SinglePageKeepsItsFirstLine) {
  const ExtractedDocument document =
      read_pdf(make_pdf({{{72, 700, "Joint statement on climate finance"},
                          {72, 672, "1. We commit to doubling adaptation finance."},
                          {300, 40, "- 1 -"}}}));
  const std::vector<std::string> expected{"Joint statement on climate finance",
                                          "1. We commit to doubling adaptation finance."};
  EXPECT_EQ(texts(document), expected);
}

TEST(PdfReader, BulletItemEndsWhereTextReturnsToTheBullet) {
  // "\x95" is the bullet in WinAnsiEncoding; the wrapped line hangs past it.
  const ExtractedDocument document = read_pdf(make_pdf({{
      {72, 700, "\x95 Standard locations for all the files, and methods of resolving the"},
      {84, 686, "conflicts between the databases of the desktops, which were kept apart."},
      {72, 672, "Further, the existing databases have been merged into a single package and"},
      {72, 658, "are shipped together."},
  }}));
  const std::vector<std::string> expected{
      "\xE2\x80\xA2 Standard locations for all the files, and methods of resolving the conflicts "
      "between the databases of the desktops, which were kept apart.",
      "Further, the existing databases have been merged into a single package and are shipped "
      "together."};
  EXPECT_EQ(texts(document), expected);
}

TEST(PdfReader, ShortLastLineEndsParagraphAtPageBreak) {
  const ExtractedDocument document = read_pdf(make_pdf({
      page_with("1", {"We, the Ministers of Foreign Affairs of the member States of the Group",
                      "of Friends, gathered in Santa Marta on the eighteenth of November,",
                      "Chair of the meeting (Colombia)"}),
      page_with("2", {"Having considered the report of the Secretary-General on the work of the",
                      "Organization during the period under review."}),
  }));
  const std::vector<std::string> expected{
      "We, the Ministers of Foreign Affairs of the member States of the Group of Friends, "
      "gathered in Santa Marta on the eighteenth of November, Chair of the meeting (Colombia)",
      "Having considered the report of the Secretary-General on the work of the Organization "
      "during the period under review."};
  EXPECT_EQ(texts(document), expected);
}

TEST(PdfReader, ReadsTitleAndDateFromInfo) {
  const ExtractedDocument document =
      read_pdf(make_pdf(communique_pages(), "Final Declaration of Santa Marta"));
  EXPECT_EQ(document.metadata.title, "Final Declaration of Santa Marta");
  EXPECT_EQ(document.metadata.date, "2025-11-18");
  EXPECT_FALSE(read_pdf(make_pdf(communique_pages())).metadata.title.has_value());
  EXPECT_FALSE(read_pdf(make_pdf(communique_pages(), "Microsoft Word - A_RES_80_1.docx"))
                   .metadata.title.has_value());
}

TEST(PdfReader, GarbageIsDataError) {
  EXPECT_EQ(error_message("this is not a PDF at all \x01\x02\x03"),
            "malformed PDF: cannot be parsed");
  const std::string pdf = make_pdf(communique_pages());
  EXPECT_THROW((void)read_pdf(pdf.substr(0, 40)), DataError);
}

TEST(PdfReader, EmptyInputIsDataError) { EXPECT_THROW((void)read_pdf(""), DataError); }

TEST(PdfReader, EncryptedIsDataError) {
  EXPECT_EQ(error_message(make_pdf(communique_pages(), "", true)), "encrypted PDF");
}

TEST(PdfReader, NoTextIsDataError) {
  EXPECT_EQ(error_message(make_pdf({{}, {}})), "PDF has no extractable text (scanned images?)");
}

}  // namespace
}  // namespace concord
