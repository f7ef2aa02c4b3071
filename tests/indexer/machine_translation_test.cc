// Machine translation through Apertium, and comparisons of statements in different languages.
#include "concord/indexer/machine_translation.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "concord/engine/error.hpp"
#include "concord/indexer/term_statistics_sources.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

// Sets an environment variable for the life of the object, so that a test can hide Apertium
// or put a fake one in its place (PATH), or see the scratch folders made (TMPDIR).
class EnvironmentOverride {
 public:
  EnvironmentOverride(std::string name, const std::string& value) : name_(std::move(name)) {
    if (const char* old = std::getenv(name_.c_str())) old_ = old;
    setenv(name_.c_str(), value.c_str(), 1);
  }
  EnvironmentOverride(const EnvironmentOverride&) = delete;
  EnvironmentOverride& operator=(const EnvironmentOverride&) = delete;
  ~EnvironmentOverride() {
    if (old_) {
      setenv(name_.c_str(), old_->c_str(), 1);
    } else {
      unsetenv(name_.c_str());
    }
  }

 private:
  std::string name_;
  std::optional<std::string> old_;
};

Statement statement(const std::string& id, const std::string& language,
                    const std::vector<std::string>& texts) {
  Statement s;
  s.id = id;
  s.body = "Non-Aligned Movement";
  s.language = language;
  for (const std::string& text : texts) {
    Paragraph p;
    p.ordinal = s.paragraphs.size();
    p.text = text;
    s.paragraphs.push_back(p);
  }
  return s;
}

// One communiqué in English and in Spanish, the Spanish paragraphs in another order.
const std::vector<std::string> kEnglish = {
    "The Movement expresses deep concern at the military build-up in the Caribbean, including "
    "warships and a nuclear-powered submarine.",
    "It calls on the United States to stop the airstrikes against small boats in the Caribbean "
    "and the Pacific.",
    "Any direct armed attack against Venezuela risks a spill-over effect across Latin America "
    "and the Caribbean.",
};
const std::vector<std::string> kSpanish = {
    "Cualquier ataque armado directo contra Venezuela corre el riesgo de tener un efecto de "
    "desbordamiento en toda América Latina y el Caribe.",
    "El Movimiento expresa su profunda preocupación por el despliegue militar en el Caribe, "
    "incluidos buques de guerra y un submarino de propulsión nuclear.",
    "Exhorta a los Estados Unidos a cesar los ataques aéreos contra pequeñas embarcaciones en "
    "el Caribe y el Pacífico.",
};

TEST(MachineTranslation, FrenchReachesEnglishThroughSpanish) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const MachineTranslator translator;
  EXPECT_TRUE(translator.can_translate("es", "en"));
  EXPECT_TRUE(translator.can_translate("spa", "eng"));
  EXPECT_TRUE(translator.can_translate("fr", "en"));  // fr-es, then spa-eng
  EXPECT_FALSE(translator.can_translate("en", "en"));
  EXPECT_FALSE(translator.can_translate("xx", "en"));
  const auto english =
      translator.translate({"la paz y la seguridad", "", "le Venezuela"}, "fr", "en");
  ASSERT_EQ(english.size(), 3u);
  EXPECT_TRUE(english[1].empty());
  EXPECT_NE(english[2].find("Venezuela"), std::string::npos) << english[2];
}

TEST(MachineTranslation, EachParagraphIsTranslatedOnItsOwn) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const auto english = MachineTranslator().translate(kSpanish, "es", "en");
  ASSERT_EQ(english.size(), kSpanish.size());
  EXPECT_NE(english[0].find("Venezuela"), std::string::npos) << english[0];
  EXPECT_NE(english[1].find("submarine"), std::string::npos) << english[1];
  EXPECT_NE(english[2].find("United States"), std::string::npos) << english[2];
}

TEST(MachineTranslation, StatementsAreTranslatedIntoEnglishWhenTheirLanguagesDiffer) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const MachineTranslator translator;
  const std::vector<Statement> mixed = {statement("a", "en", kEnglish),
                                        statement("b", "es", kSpanish)};
  const auto translated = translate_to_common_language(mixed, translator);
  ASSERT_TRUE(translated);
  EXPECT_EQ(translated->language, "en");
  EXPECT_EQ(translated->statements[0], mixed[0]);
  EXPECT_EQ(translated->statements[1].language, "en");
  EXPECT_EQ(translated->statements[1].paragraphs.size(), kSpanish.size());
  EXPECT_NE(translated->statements[1].paragraphs[1].text.find("submarine"), std::string::npos);

  const std::vector<Statement> spanish = {statement("b", "es", kSpanish),
                                          statement("c", "es", kSpanish)};
  EXPECT_FALSE(translate_to_common_language(spanish, translator));
  const std::vector<Statement> unknown = {statement("a", "en", kEnglish),
                                          statement("d", "", kSpanish)};
  EXPECT_FALSE(translate_to_common_language(unknown, translator));
}

TEST(MachineTranslation, TranslatedStatementsAlignParagraphsMakingTheSamePoint) {
  if (!testing::apertium_translates("es", "en")) GTEST_SKIP() << "Apertium's es-en is absent";
  const std::vector<Statement> mixed = {statement("a", "en", kEnglish),
                                        statement("b", "es", kSpanish)};
  const Comparison comparison = compare_with_corpus_statistics(mixed, nullptr, {});
  EXPECT_EQ(comparison.translated_into, "en");
  std::set<std::pair<std::size_t, std::size_t>> links;
  for (const AlignedGroup& group : comparison.groups) {
    if (group.members.size() == 2)
      links.insert({group.members[0].paragraph, group.members[1].paragraph});
  }
  // The concern and the spill-over warning are linked. The airstrikes paragraph comes back
  // from Apertium in other words ("exhorts to ... cease the air strikes against small
  // crafts"): too few shared terms in statements this short, so it may stay alone, but it
  // must never be linked to another point.
  EXPECT_TRUE(links.contains({0, 1}));
  EXPECT_TRUE(links.contains({2, 0}));
  const std::set<std::pair<std::size_t, std::size_t>> right = {{0, 1}, {1, 2}, {2, 0}};
  for (const auto& link : links)
    EXPECT_TRUE(right.contains(link)) << link.first << "-" << link.second;
  // What alignment read is kept beside the statements' own words.
  ASSERT_EQ(comparison.translated_paragraphs.size(), 2u);
  EXPECT_TRUE(comparison.translated_paragraphs[0].empty());
  ASSERT_EQ(comparison.translated_paragraphs[1].size(), kSpanish.size());
  EXPECT_NE(comparison.translated_paragraphs[1][1].find("submarine"), std::string::npos);

  const Comparison untranslated =
      compare_with_corpus_statistics(mixed, nullptr, {}, Translation::Never);
  EXPECT_TRUE(untranslated.translated_into.empty());
}

TEST(MachineTranslation, WithoutApertiumNothingIsTranslated) {
  const testing::TempDir empty;
  const EnvironmentOverride path("PATH", empty.path().string());
  const MachineTranslator translator;
  EXPECT_FALSE(translator.can_translate("es", "en"));
  const std::vector<Statement> mixed = {statement("a", "en", kEnglish),
                                        statement("b", "es", kSpanish)};
  EXPECT_FALSE(translate_to_common_language(mixed, translator));
  EXPECT_THROW((void)translator.translate(kSpanish, "es", "en"), EnvironmentError);
  // The comparison still runs, on the words as they are.
  EXPECT_TRUE(compare_with_corpus_statistics(mixed, nullptr, {}).translated_into.empty());
}

// Puts in `bin` an `apertium` that lists the spa-eng pair and runs `translating` (shell
// lines) when asked to translate, and puts `bin` first on PATH for the life of the result.
EnvironmentOverride fake_apertium(const testing::TempDir& bin, const std::string& translating) {
  const auto fake = bin.write("apertium",
                              "#!/bin/sh\n"
                              "if [ \"$1\" = -l ]; then echo '  spa-eng'; exit 0; fi\n" +
                                  translating);
  std::filesystem::permissions(fake, std::filesystem::perms::owner_all);
  return EnvironmentOverride("PATH", bin.path().string() + ":/usr/bin:/bin");
}

TEST(MachineTranslation, InterruptedTranslationStopsApertiumAndLeavesNoScratchFolder) {
  const testing::TempDir bin, temporary;
  // This Apertium interrupts Concord as Ctrl-C would, then would run for half a minute.
  const EnvironmentOverride path = fake_apertium(bin, "kill -INT $PPID\nexec sleep 30\n");
  const EnvironmentOverride tmpdir("TMPDIR", temporary.path().string());
  const MachineTranslator translator;
  ASSERT_TRUE(translator.can_translate("es", "en"));
  EXPECT_THROW((void)translator.translate(kSpanish, "es", "en"), Interrupted);
  EXPECT_TRUE(std::filesystem::is_empty(temporary.path()));
  // Ctrl-C ends Concord as before once no child runs.
  struct sigaction now {};
  sigaction(SIGINT, nullptr, &now);
  EXPECT_EQ(now.sa_handler, SIG_DFL);
}

TEST(MachineTranslation, AFailingApertiumIsAnEnvironmentErrorNamingIt) {
  const testing::TempDir bin;
  const EnvironmentOverride path =
      fake_apertium(bin, "echo 'Error: the transfer rules are broken' >&2\nexit 3\n");
  const MachineTranslator translator;
  ASSERT_TRUE(translator.can_translate("es", "en"));
  try {
    (void)translator.translate(kSpanish, "es", "en");
    FAIL() << "expected an EnvironmentError";
  } catch (const EnvironmentError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("apertium spa-eng failed (exit status 3)"), std::string::npos)
        << message;
    EXPECT_NE(message.find("transfer rules are broken"), std::string::npos) << message;
  }
}

}  // namespace
}  // namespace concord
