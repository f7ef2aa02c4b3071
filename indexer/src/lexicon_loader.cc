// Speech-act lexicons from YAML (yaml-cpp), with file:line in every error.
#include "concord/indexer/lexicon_loader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <system_error>

#include "concord/engine/error.hpp"
#include "concord/engine/parallel.hpp"
#include "concord/indexer/term_statistics_sources.hpp"
#include "yaml_data_file.hpp"

namespace concord {
namespace {

using StringList = std::vector<std::string>;

std::string scalar(const std::filesystem::path& path, const YAML::Node& node,
                   const std::string& key) {
  if (!node.IsScalar()) fail_at(path, node, fmt::format("'{}' must be a single value", key));
  return node.as<std::string>();
}

StringList list(const std::filesystem::path& path, const YAML::Node& node, const std::string& key) {
  if (node.IsNull()) return {};
  if (!node.IsSequence()) fail_at(path, node, fmt::format("'{}' must be a list", key));
  StringList out;
  for (const auto& item : node) {
    const std::string value = scalar(path, item, key);
    if (value.empty()) fail_at(path, item, fmt::format("empty entry in '{}'", key));
    out.push_back(value);
  }
  return out;
}

bool boolean(const std::filesystem::path& path, const YAML::Node& node, const std::string& key) {
  const std::string value = scalar(path, node, key);
  if (value == "true" || value == "yes") return true;
  if (value == "false" || value == "no") return false;
  fail_at(path, node, fmt::format("'{}' must be true or false", key));
}

SpeechActDefinition read_act(const std::filesystem::path& path, const YAML::Node& node) {
  if (!node.IsMap()) fail_at(path, node, "each act must be a mapping (lemma, family, forms)");
  SpeechActDefinition act;
  const std::map<std::string, StringList SpeechActDefinition::*> forms{
      {"present", &SpeechActDefinition::present},
      {"plural", &SpeechActDefinition::plural},
      {"past", &SpeechActDefinition::past},
      {"participle", &SpeechActDefinition::participle},
      {"adjective", &SpeechActDefinition::adjective},
      {"noun", &SpeechActDefinition::noun},
      {"standalone_noun", &SpeechActDefinition::standalone_noun},
      {"modal", &SpeechActDefinition::modal},
      {"addressee_openers", &SpeechActDefinition::addressee_openers},
  };
  for (const auto& entry : node) {
    const std::string key = entry.first.as<std::string>();
    const YAML::Node& value = entry.second;
    if (key == "lemma") {
      act.lemma = scalar(path, value, key);
    } else if (key == "family") {
      act.family = scalar(path, value, key);
    } else if (key == "proposition_family") {
      act.proposition_family = scalar(path, value, key);
    } else if (key == "strength") {
      try {
        act.strength = value.as<int>();
      } catch (const YAML::Exception&) {
        fail_at(path, value, "'strength' must be a whole number");
      }
    } else if (key == "addressee") {
      act.takes_addressee = boolean(path, value, key);
    } else if (key == "noun_alone") {
      act.noun_alone = boolean(path, value, key);
    } else if (const auto it = forms.find(key); it != forms.end()) {
      act.*(it->second) = list(path, value, key);
    } else {
      fail_at(path, entry.first, fmt::format("unknown key '{}' in an act", key));
    }
  }
  if (act.lemma.empty()) fail_at(path, node, "act without a lemma");
  if (act.family.empty()) fail_at(path, node, fmt::format("act '{}' without a family", act.lemma));
  return act;
}

LanguageLexicon parse(const std::filesystem::path& path, const YAML::Node& root) {
  if (!root.IsMap()) fail_at(path, root, "a lexicon must be a mapping of keys to values");
  LanguageLexicon lexicon;
  const std::map<std::string, StringList LanguageLexicon::*> lists{
      {"adverbs", &LanguageLexicon::adverbs},
      {"modifiers", &LanguageLexicon::modifiers},
      {"determiners", &LanguageLexicon::determiners},
      {"prepositions", &LanguageLexicon::prepositions},
      {"future_auxiliaries", &LanguageLexicon::future_auxiliaries},
      {"perfect_auxiliaries", &LanguageLexicon::perfect_auxiliaries},
      {"copulas", &LanguageLexicon::copulas},
      {"linking_verbs", &LanguageLexicon::linking_verbs},
      {"pronouns", &LanguageLexicon::pronouns},
      {"negations_before", &LanguageLexicon::negations_before},
      {"negations_after", &LanguageLexicon::negations_after},
      {"action_negations", &LanguageLexicon::action_negations},
      {"complementizers", &LanguageLexicon::complementizers},
      {"coordinators", &LanguageLexicon::coordinators},
      {"infinitive_openers", &LanguageLexicon::infinitive_openers},
      {"reporting_verbs", &LanguageLexicon::reporting_verbs},
      {"list_coordinators", &LanguageLexicon::list_coordinators},
      {"aside_openers", &LanguageLexicon::aside_openers},
      {"continuing_openers", &LanguageLexicon::continuing_openers},
      {"addressee_openers", &LanguageLexicon::addressee_openers},
      {"action_markers", &LanguageLexicon::action_markers},
      {"infinitive_endings", &LanguageLexicon::infinitive_endings},
      {"that_markers", &LanguageLexicon::that_markers},
      {"clause_openers", &LanguageLexicon::clause_openers},
      {"addressee_heads", &LanguageLexicon::addressee_heads},
      {"catenatives", &LanguageLexicon::catenatives},
      {"passive_markers", &LanguageLexicon::passive_markers},
      {"passive_endings", &LanguageLexicon::passive_endings},
      {"passive_agents", &LanguageLexicon::passive_agents},
      {"qualifiers", &LanguageLexicon::qualifiers},
      {"action_ends", &LanguageLexicon::action_ends},
      {"coordinated_actions", &LanguageLexicon::coordinated_actions},
      {"abbreviations", &LanguageLexicon::abbreviations},
      {"participle_endings", &LanguageLexicon::participle_endings},
      {"adverb_endings", &LanguageLexicon::adverb_endings},
      {"non_participles", &LanguageLexicon::non_participles},
      {"not_acts", &LanguageLexicon::not_acts},
      {"topic_frames", &LanguageLexicon::topic_frames},
      {"forms_before_to_or_that", &LanguageLexicon::forms_before_to_or_that},
      {"past_participle_endings", &LanguageLexicon::past_participle_endings},
      {"action_verb_links", &LanguageLexicon::action_verb_links},
  };
  const std::map<std::string, StringList LanguageLexicon::*> light_verbs{
      {"present", &LanguageLexicon::light_verbs_present},
      {"plural", &LanguageLexicon::light_verbs_plural},
      {"past", &LanguageLexicon::light_verbs_past},
      {"participle", &LanguageLexicon::light_verbs_participle},
  };
  for (const auto& entry : root) {
    const std::string key = entry.first.as<std::string>();
    const YAML::Node& value = entry.second;
    if (key == "language") {
      lexicon.language = scalar(path, value, key);
    } else if (key == "acts") {
      if (!value.IsSequence()) fail_at(path, value, "'acts' must be a list");
      for (const auto& act : value) lexicon.acts.push_back(read_act(path, act));
    } else if (key == "light_verbs") {
      if (!value.IsMap())
        fail_at(path, value, "'light_verbs' must map present/plural/past/participle");
      for (const auto& kind : value) {
        const std::string name = kind.first.as<std::string>();
        const auto it = light_verbs.find(name);
        if (it == light_verbs.end())
          fail_at(path, kind.first, fmt::format("unknown key '{}' in light_verbs", name));
        lexicon.*(it->second) = list(path, kind.second, name);
      }
    } else if (key == "action_verbs") {
      if (!value.IsMap()) fail_at(path, value, "'action_verbs' must map a name to its verbs");
      for (const auto& group : value) {
        const std::string name = group.first.as<std::string>();
        lexicon.action_verbs.push_back({name, list(path, group.second, name)});
        if (lexicon.action_verbs.back().forms.empty())
          fail_at(path, group.first, fmt::format("action verbs '{}' without a form", name));
      }
    } else if (key == "addressee_opener_required") {
      lexicon.addressee_opener_required = boolean(path, value, key);
    } else if (key == "adjectives_after_nouns") {
      lexicon.adjectives_after_nouns = boolean(path, value, key);
    } else if (const auto it = lists.find(key); it != lists.end()) {
      lexicon.*(it->second) = list(path, value, key);
    } else {
      fail_at(path, entry.first, fmt::format("unknown key '{}'", key));
    }
  }
  if (lexicon.language.empty()) fail_at(path, root, "no 'language' code");
  return lexicon;
}

}  // namespace

LanguageLexicon read_language_lexicon(const std::filesystem::path& path) {
  const YAML::Node root = load_yaml_data_file(path);
  try {
    return parse(path, root);
  } catch (const YAML::Exception& e) {
    fail_at(path, e);
  }
}

namespace {
// The lexicons of `directory`, compiled; an error names the folder.
SpeechActLexicon compile_lexicons(const std::vector<LanguageLexicon>& languages,
                                  const std::filesystem::path& directory) {
  try {
    return SpeechActLexicon(languages);
  } catch (const DataError& e) {
    throw DataError(fmt::format("{}: {}", directory.string(), e.what()));
  }
}
}  // namespace

SpeechActLexicon read_speech_act_lexicon(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml")
      files.push_back(entry.path());
  }
  if (ec)
    throw EnvironmentError(fmt::format("cannot read {}: {}", directory.string(), ec.message()));
  if (files.empty()) throw EnvironmentError("no speech-act lexicon in " + directory.string());
  std::sort(files.begin(), files.end());
  std::vector<LanguageLexicon> languages;
  for (const auto& file : files) languages.push_back(read_language_lexicon(file));
  return compile_lexicons(languages, directory);
}

SpeechActLexicon shipped_speech_act_lexicon() {
  return read_speech_act_lexicon(data_directory() / "lexicons");
}

SpeechActLexicon shipped_speech_act_lexicon(const std::vector<std::string>& languages) {
  const std::filesystem::path directory = data_directory() / "lexicons";
  std::vector<std::string> wanted = languages;
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  std::vector<LanguageLexicon> read;
  for (const std::string& language : wanted) {
    const std::filesystem::path file = directory / (language + ".yaml");
    std::error_code ec;
    if (language.empty() || !std::filesystem::is_regular_file(file, ec))
      return shipped_speech_act_lexicon();
    read.push_back(read_language_lexicon(file));
  }
  if (read.empty()) return shipped_speech_act_lexicon();
  return compile_lexicons(read, directory);
}

SpeechActLexicon shipped_speech_act_lexicon_for(const std::vector<Statement>& statements) {
  std::vector<std::string> languages;
  for (const Statement& s : statements) languages.push_back(s.language);
  return shipped_speech_act_lexicon(languages);
}

std::vector<std::vector<Demand>> extract_all_demands(const std::vector<Statement>& statements,
                                                     const SpeechActLexicon& lexicon,
                                                     ListItems items) {
  return extract_demands(statements, lexicon, items);
}

}  // namespace concord
