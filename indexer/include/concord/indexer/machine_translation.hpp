// Machine translation of statements through Apertium (Debian's apertium and apertium-*
// language-pair packages), so that statements written in different languages can be
// aligned: they share too few words to be compared as they are.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "concord/engine/demands.hpp"
#include "concord/engine/statement.hpp"

namespace concord {

/// Translates texts with the language pairs Apertium has installed, directly or through
/// other languages ("fr" to "en" through "es" when only fr-es and spa-eng are installed).
class MachineTranslator {
 public:
  /// Finds `apertium` on PATH and lists its language pairs; with none, nothing can be
  /// translated.
  MachineTranslator();

  /// Whether texts in `from` can be translated into `to` (ISO 639-1 or 639-3 codes).
  [[nodiscard]] bool can_translate(const std::string& from, const std::string& to) const;

  /// Each of `texts` (no line breaks) in language `to`. Throws EnvironmentError when there
  /// is no route or Apertium fails.
  [[nodiscard]] std::vector<std::string> translate(const std::vector<std::string>& texts,
                                                   const std::string& from,
                                                   const std::string& to) const;

 private:
  /// The Apertium modes ("fr-es", "spa-eng") that lead from `from` to `to`, in order; empty
  /// when none do.
  [[nodiscard]] std::vector<std::string> route(const std::string& from,
                                               const std::string& to) const;

  std::string program_;
  /// Installed modes, each with its source and target language as ISO 639-3 codes.
  struct Mode {
    std::string name, from, to;
  };
  std::vector<Mode> modes_;
};

/// Whether every statement has the language of the first (then nothing is translated, and
/// callers need not start Apertium to find that out).
[[nodiscard]] bool share_one_language(const std::vector<Statement>& statements);

/// Statements written in several languages, translated into one.
struct TranslatedStatements {
  /// ISO 639-1 code of the common language.
  std::string language;
  /// The statements in that language, in the order given; those already in it unchanged.
  std::vector<Statement> statements;
};

/// Translates `statements` into one language when they are written in more than one:
/// English when every statement can be translated into it (English has the richest term
/// tables), else the most used of their languages that all others can be translated into.
/// Nothing when they share one language, when some language is unknown, or when no common
/// language can be reached.
[[nodiscard]] std::optional<TranslatedStatements> translate_to_common_language(
    const std::vector<Statement>& statements, const MachineTranslator& translator);

/// Speech acts of statements written in several languages, with their addressees and actions
/// translated into one.
struct TranslatedDemands {
  /// ISO 639-1 code of the common language.
  std::string language;
  /// The acts of each statement, in the shape given; those already in the language unchanged.
  std::vector<std::vector<Demand>> demands;
};

/// Translates the addressees and actions of `demands` (the acts of each of `statements`) into
/// the language translate_to_common_language would choose; nothing when it would translate
/// nothing.
[[nodiscard]] std::optional<TranslatedDemands> translate_demands(
    const std::vector<Statement>& statements, const std::vector<std::vector<Demand>>& demands,
    const MachineTranslator& translator);

}  // namespace concord
