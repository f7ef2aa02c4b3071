// Tests for loading files into statements: metadata precedence, normalisation, bad input.
#include "concord/indexer/statement_loader.hpp"

#include <gtest/gtest.h>

#include "concord/engine/error.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

using testing::TempDir;

const char* const kStatement =
    "---\ntitle: Front matter title\nbody: Front Body\ndate: 2025-11-18\nlanguage: en\n---\n\n"
    "# Communiqué\n\nThe Bureau,\n\n1. Recalling the Proclamation of the Zone of Peace,\n\n"
    "2. Calls upon the United States to cease its airstrikes on small vessels;\n";

TEST(StatementLoader, BuildsParagraphsWithLabelsAndKinds) {
  TempDir dir;
  const auto path = dir.write("NAM Communiqué.md", kStatement);
  const Statement s = StatementLoader().load_file(path);
  EXPECT_EQ(s.id, "nam-communique");
  EXPECT_EQ(s.title, "Front matter title");
  EXPECT_EQ(s.body, "Front Body");
  ASSERT_EQ(s.paragraphs.size(), 4u);
  EXPECT_EQ(s.paragraphs[0].kind, ParagraphKind::Heading);
  EXPECT_EQ(s.paragraphs[2].label, "1.");
  EXPECT_EQ(s.paragraphs[2].kind, ParagraphKind::Preambular);
  EXPECT_EQ(s.paragraphs[3].kind, ParagraphKind::Operative);
  EXPECT_EQ(s.paragraphs[3].ordinal, 3u);
  EXPECT_EQ(s.content_hash.size(), 16u);
}

TEST(StatementLoader, NumberedSectionTitlesInPlainTextAreHeadings) {
  TempDir dir;
  const auto path = dir.write("sections.txt",
                              "Statement of the Test Group\n\n"
                              "1. Support to stop Russia's war of aggression\n\n"
                              "We will continue to support Ukraine for as long as it takes.\n\n"
                              "2. Accountability for war crimes\n\n"
                              "There must be no impunity for war crimes.\n");
  const Statement s = StatementLoader().load_file(path);
  ASSERT_EQ(s.paragraphs.size(), 5u);
  EXPECT_EQ(s.paragraphs[1].label, "1.");
  EXPECT_EQ(s.paragraphs[1].kind, ParagraphKind::Heading);
  EXPECT_EQ(s.paragraphs[3].kind, ParagraphKind::Heading);
}

TEST(StatementLoader, ContentHashIsOfTheParagraphsNotOfTheBytes) {
  TempDir dir;
  const Statement original = StatementLoader().load_file(dir.write("a.md", kStatement));
  const Statement spaced =
      StatementLoader().load_file(dir.write("b.md", std::string(kStatement) + "\n\n\n"));
  const Statement wrapped = StatementLoader().load_file(dir.write(
      "c.txt",
      "Communiqué\n\nThe Bureau,\n\n1. Recalling the Proclamation\nof the Zone of Peace,\n\n"
      "2. Calls upon the United States\nto cease its airstrikes on small vessels;\n"));
  const Statement reworded = StatementLoader().load_file(dir.write(
      "d.txt",
      "Communiqué\n\nThe Bureau,\n\n1. Recalling the Proclamation of the Zone of Peace,\n\n"
      "2. Calls upon the United States to halt its airstrikes on small vessels;\n"));
  EXPECT_EQ(spaced.content_hash, original.content_hash);
  EXPECT_NE(reworded.content_hash, wrapped.content_hash);
  const Statement rewrapped = StatementLoader().load_file(dir.write(
      "e.txt",
      "Communiqué\n\nThe Bureau,\n\n1. Recalling the Proclamation of the Zone of Peace,\n\n"
      "2. Calls upon the United States to cease\nits airstrikes on small vessels;\n"));
  EXPECT_EQ(rewrapped.content_hash, wrapped.content_hash);
}

TEST(StatementLoader, FlagsWinOverSidecarWhichWinsOverTheDocument) {
  TempDir dir;
  const auto path = dir.write("s.md", kStatement);
  dir.write("s.md.meta.yaml", "body: Sidecar Body\ntitle: Sidecar title\n");
  DocumentMetadata flags;
  flags.title = "Flag title";
  const Statement s = StatementLoader().load_file(path, flags);
  EXPECT_EQ(s.title, "Flag title");
  EXPECT_EQ(s.body, "Sidecar Body");
  EXPECT_EQ(s.date, "2025-11-18");
}

TEST(StatementLoader, ABodyOrSymbolTooLongForAnIndexTermIsADataError) {
  TempDir dir;
  const auto path = dir.write("s.md", kStatement);
  for (const bool body : {true, false}) {
    DocumentMetadata flags;
    (body ? flags.body : flags.symbol) = std::string(300, 'B');
    try {
      (void)StatementLoader().load_file(path, flags);
      ADD_FAILURE() << "a name of 300 bytes was accepted";
    } catch (const DataError& e) {
      EXPECT_NE(std::string(e.what()).find("300 bytes long; at most 200"), std::string::npos)
          << e.what();
    }
  }
}

TEST(StatementLoader, ALongTitleIsShortenedAtAWordAndALongFileNameGivesAShorterId) {
  TempDir dir;
  const auto path = dir.write(std::string(250, 'n') + ".md", kStatement);
  std::string title;
  for (int i = 0; i < 500; ++i) title += "word ";
  DocumentMetadata flags;
  flags.title = title;
  const Statement s = StatementLoader().load_file(path, flags);
  EXPECT_LE(s.title.size(), 1000u + std::string("\u2026").size());
  EXPECT_TRUE(s.title.ends_with("word\u2026")) << s.title.substr(s.title.size() - 20);
  EXPECT_EQ(s.id.size(), 200u);
  EXPECT_TRUE(s.id.starts_with(std::string(190, 'n'))) << s.id;
}

TEST(StatementLoader, DateThatIsNoDayIsAnErrorUnlessAStrongerSourceDatesTheFile) {
  TempDir dir;
  const auto path = dir.write("nam.txt", "issuer: NAM\ndate: 2025-13-45\n\nThe Bureau met.\n");
  try {
    (void)StatementLoader().load_file(path);
    FAIL() << "a header date of month 13 was accepted";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("2025-13-45"), std::string::npos) << e.what();
  }
  DocumentMetadata flags;
  flags.date = "2025-12-15";
  EXPECT_EQ(StatementLoader().load_file(path, flags).date, "2025-12-15");
  dir.write("nam.txt.meta.yaml", "date: 2025-12-16\n");
  EXPECT_EQ(StatementLoader().load_file(path).date, "2025-12-16");
  // A sidecar's misprint is an error too, though the document has a good date.
  const auto dated = dir.write("dated.md", kStatement);
  dir.write("dated.md.meta.yaml", "date: 2025-02-30\n");
  EXPECT_THROW((void)StatementLoader().load_file(dated), DataError);
}

TEST(StatementLoader, LanguageNoOneCanReadIsAnErrorUnlessAStrongerSourceNamesOne) {
  TempDir dir;
  const auto path = dir.write("nam.txt", "issuer: NAM\nlanguage: Portugese\n\nThe Bureau met.\n");
  try {
    (void)StatementLoader().load_file(path);
    FAIL() << "a misspelt header language was accepted";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("'Portugese'"), std::string::npos) << e.what();
  }
  DocumentMetadata flags;
  flags.language = "pt";
  EXPECT_EQ(StatementLoader().load_file(path, flags).language, "pt");
  dir.write("nam.txt.meta.yaml", "language: Portuguese\n");
  EXPECT_EQ(StatementLoader().load_file(path).language, "pt");
  // Names the way people write them are read.
  const auto noted = dir.write("noted.txt", "issuer: NAM\nlanguage: English (original)\n\nText.\n");
  EXPECT_EQ(StatementLoader().load_file(noted).language, "en");
  const auto regional = dir.write("regional.txt", "issuer: NAM\nlanguage: es-419\n\nTexto.\n");
  EXPECT_EQ(StatementLoader().load_file(regional).language, "es");
}

TEST(StatementLoader, TitleIsAHeadingThatOpensTheDocument) {
  TempDir dir;
  const auto titled = dir.write("titled.md", "# Final Communiqué\n\nThe Bureau met in New York.\n");
  EXPECT_EQ(StatementLoader().load_file(titled).title, "Final Communiqué");
  // A speech closing on a short line has no title in its text: the file name stands in.
  const auto speech = dir.write(
      "closing-speech.txt",
      "Mr. President, we meet again in a world of wars and broken promises to the poor.\n\n"
      "The developed countries have not kept their promises of climate finance to small "
      "island developing States.\n\n"
      "Haiti needs the support of the international community, not more words.\n\n"
      "Let us not desecrate our future!\n");
  EXPECT_EQ(StatementLoader().load_file(speech).title, "closing-speech");
}

// White House pages carry a title and no body: the body the title names stands in
// (data/bodies.yaml), never one the statement is about, and never over a body given.
TEST(StatementLoader, BodyMissingIsTheOneTheTitleNames) {
  TempDir dir;
  auto body_of = [&](const std::string& title, const std::string& extra = "") {
    const auto path = dir.write("s.md", "---\ntitle: \"" + title + "\"\nlanguage: en\n" + extra +
                                            "---\n\nThe leaders met.\n");
    return StatementLoader().load_file(path).body;
  };
  EXPECT_EQ(body_of("G7 Leaders\u2019 Statement on Syria"), "G7");
  EXPECT_EQ(body_of("Joint Statement from Quad Leaders"), "Quad");
  EXPECT_EQ(body_of("CARBIS BAY G7 SUMMIT COMMUNIQU\u00c9"), "G7");
  EXPECT_EQ(body_of("Declaration of the EU-CELAC Summit 2023"), "EU-CELAC Summit");
  EXPECT_EQ(body_of("Comunicado del Movimiento de Pa\u00edses No Alineados"),
            "Non-Aligned Movement");
  EXPECT_EQ(body_of("Joint Statement from the United States, India, Brazil, and South Africa on "
                    "the G20"),
            "");
  EXPECT_EQ(body_of("Statement to the Security Council on Haiti"), "");
  EXPECT_EQ(body_of("Mr. President of the General Assembly"), "");
  // "quad" inside another word, "eu" in lower case: not the Quad or the EU.
  EXPECT_EQ(body_of("Quadrennial review of the eu network"), "");
  EXPECT_EQ(body_of("G7 Leaders\u2019 Statement", "body: Group of Seven\n"), "Group of Seven");
}

TEST(StatementLoader, DetectsLanguageWhenNotGiven) {
  TempDir dir;
  const auto path = dir.write(
      "es.txt",
      "Exhorta a los Estados Unidos a poner fin de inmediato a los ataques contra embarcaciones "
      "en el mar Caribe y a respetar la soberanía de los Estados de la región.\n\n"
      "Reafirma que América Latina y el Caribe deben seguir siendo una zona de paz, libre de "
      "amenazas y del uso de la fuerza, conforme a la Carta de las Naciones Unidas.\n");
  EXPECT_EQ(StatementLoader().load_file(path).language, "es");
}

TEST(StatementLoader, NormalisesToNfc) {
  TempDir dir;
  const auto path = dir.write("nfc.txt",
                              "De\xCC\x81"
                              "claration of the summit.\n");
  EXPECT_EQ(StatementLoader().load_file(path).paragraphs.at(0).text,
            "D\xC3\xA9"
            "claration of the summit.");
}

struct BadFileCase {
  const char* name;
  std::string content;
  const char* reason;
};

class BadFileTest : public ::testing::TestWithParam<BadFileCase> {};

TEST_P(BadFileTest, IsRefusedWithAReason) {
  TempDir dir;
  const auto path = dir.write(GetParam().name, GetParam().content);
  try {
    (void)StatementLoader().load_file(path);
    FAIL() << "no error for " << GetParam().name;
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(GetParam().reason), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, BadFileTest,
    ::testing::Values(BadFileCase{"empty.txt", "", "empty file"},
                      BadFileCase{"latin1.txt", "Declaraci\xF3n", "invalid UTF-8 at byte 9"},
                      BadFileCase{"blank.md", "---\ntitle: t\n---\n\n   \n", "no text found"},
                      BadFileCase{"data.json", "{}", "unsupported file type '.json'"},
                      BadFileCase{"data.xml", "<a/>", "an XML file that is not Akoma Ntoso"},
                      BadFileCase{"broken.pdf", "%PDF-1.4 garbage", "PDF"},
                      BadFileCase{"broken.docx", "not a zip", "DOCX"}),
    [](const ::testing::TestParamInfo<BadFileCase>& param_info) {
      std::string name = param_info.param.name;
      std::erase_if(name, [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); });
      return name;
    });

TEST(StatementLoader, RefusesFilesOverTheSizeLimit) {
  TempDir dir;
  const auto path = dir.write("big.txt", std::string(3 * 1024 * 1024, 'a'));
  StatementLoader loader;
  loader.set_max_file_bytes(1024 * 1024);
  try {
    (void)loader.load_file(path);
    FAIL();
  } catch (const DataError& e) {
    EXPECT_STREQ(e.what(), "file too large (3 MB; the limit is 1 MB)");
  }
}

}  // namespace
}  // namespace concord
