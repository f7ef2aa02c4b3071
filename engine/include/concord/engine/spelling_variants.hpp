// One term for a word that British and American English spell differently.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace concord {

/// British spellings of English words and their American ones ("organise" / "organize",
/// "programme" / "program", "centre" / "center", "manoeuvre" / "maneuver"): the pairs of
/// data/spelling-variants/en.tsv, built into the library. A G7 statement written in
/// Washington and one written in London say "immobilized" and "immobilised" for one thing.
class SpellingVariants {
 public:
  /// The table of `language` (ISO 639-1): English has one; other languages an empty one.
  [[nodiscard]] static const SpellingVariants& of(std::string_view language);

  /// The American spelling of a lower-case British word, or the word itself.
  [[nodiscard]] std::string_view american(std::string_view word) const;

  /// The Snowball stems of the British spellings whose American spelling stems to `stem`
  /// and which stem differently ("programm" and "programmes" for "program"): the names the
  /// term has in a collection counted without this table, such as a Xapian database.
  [[nodiscard]] const std::vector<std::string>& british_stems(std::string_view stem) const;

  /// The stem of the American spelling for the Snowball stem of a British one ("programm"
  /// -> "program"), or `stem` itself.
  [[nodiscard]] std::string_view american_stem(std::string_view stem) const;

  [[nodiscard]] bool empty() const noexcept { return american_.empty(); }

  /// Parses "british<TAB>american" lines ('#' starts a comment line); `stem` is the Snowball
  /// stemmer of the language. Public for tests; use of().
  template <typename StemFunction>
  static SpellingVariants parse(std::string_view table, StemFunction&& stem);

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  template <typename Value>
  using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

  void add(std::string british, std::string american, const std::string& british_stem,
           const std::string& american_stem);

  StringMap<std::string> american_;
  StringMap<std::vector<std::string>> british_stems_;
  StringMap<std::string> american_stems_;
};

template <typename StemFunction>
SpellingVariants SpellingVariants::parse(std::string_view table, StemFunction&& stem) {
  SpellingVariants variants;
  while (!table.empty()) {
    const std::size_t end = std::min(table.find('\n'), table.size());
    const std::string_view line = table.substr(0, end);
    table.remove_prefix(std::min(end + 1, table.size()));
    const std::size_t tab = line.find('\t');
    if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
    std::string british(line.substr(0, tab));
    std::string american(line.substr(tab + 1));
    const std::string british_stem = stem(british);
    const std::string american_stem = stem(american);
    variants.add(std::move(british), std::move(american), british_stem, american_stem);
  }
  return variants;
}

}  // namespace concord
