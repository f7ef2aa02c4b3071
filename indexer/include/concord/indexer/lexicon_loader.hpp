// Reads the speech-act lexicons shipped as data/lexicons/<lang>.yaml.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "concord/engine/demands.hpp"
#include "concord/engine/statement.hpp"

namespace concord {

/// Reads one lexicon file (format: docs/demands.md). Throws DataError naming `path` and the
/// line for malformed YAML, an unknown key, a value of the wrong type or an act without a
/// lemma; EnvironmentError when the file cannot be read.
[[nodiscard]] LanguageLexicon read_language_lexicon(const std::filesystem::path& path);

/// Reads every `*.yaml` file of `directory`, in the order of their names. Throws as
/// read_language_lexicon does, and EnvironmentError when the folder holds no lexicon.
[[nodiscard]] SpeechActLexicon read_speech_act_lexicon(const std::filesystem::path& directory);

/// The lexicons shipped with Concord: `data_directory() / "lexicons"`.
[[nodiscard]] SpeechActLexicon shipped_speech_act_lexicon();

/// Those of `languages` (ISO 639-1 codes) only, when each has one: less to read for
/// statements in one language. All of them when some language has none, since the acts of a
/// statement in another language are looked for in every lexicon.
[[nodiscard]] SpeechActLexicon shipped_speech_act_lexicon(
    const std::vector<std::string>& languages);

/// The shipped lexicons of the languages of `statements`, as shipped_speech_act_lexicon(languages).
[[nodiscard]] SpeechActLexicon shipped_speech_act_lexicon_for(
    const std::vector<Statement>& statements);

/// The speech acts of each statement, found with `lexicon`, the statements read on every core;
/// `items` as in extract_demands.
[[nodiscard]] std::vector<std::vector<Demand>> extract_all_demands(
    const std::vector<Statement>& statements, const SpeechActLexicon& lexicon,
    ListItems items = ListItems::First);

}  // namespace concord
