// Recognising a body named in a title.
#include "body_names.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "yaml_data_file.hpp"

namespace concord {
namespace {

// Words after which a body is what the statement is about, not who issued it (English,
// Spanish, French).
constexpr std::array<std::string_view, 19> kSubjectMarkers{
    "on",    "to",     "with",    "about",   "against", "regarding", "concerning",
    "for",   "toward", "towards", "between", "sobre",   "contra",    "hacia",
    "entre", "sur",    "avec",    "pour",    "envers"};
constexpr std::array<std::string_view, 8> kArticles{"the", "el", "la",  "los",
                                                    "las", "le", "les", "l'"};

// A speech's opening address ("Mr. President of the General Assembly") names whom it
// addresses, not who speaks.
constexpr std::array<std::string_view, 8> kAddresses{
    "mr. ", "mr ", "madam", "mister", "excellenc", "your excellenc", "señor", "monsieur"};

bool is_acronym(std::string_view spelling) {
  return std::all_of(spelling.begin(), spelling.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Letters and digits of any script continue a word; UTF-8 bytes of other characters
// (quotes, dashes) are rare enough around body names to count as letters too.
bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9') || byte >= 0x80;
}

// The word before `position`, skipping one article ("on the G20" gives "on").
std::string word_before(std::string_view text, std::size_t position) {
  auto previous = [&](std::size_t end) {
    while (end > 0 && !is_word_byte(text[end - 1]) && text[end - 1] != '\'') --end;
    std::size_t start = end;
    while (start > 0 && (is_word_byte(text[start - 1]) || text[start - 1] == '\'')) --start;
    return std::pair{start, to_lower(text.substr(start, end - start))};
  };
  auto [start, word] = previous(position);
  if (std::find(kArticles.begin(), kArticles.end(), word) != kArticles.end())
    word = previous(start).second;
  return word;
}

}  // namespace

BodyNames::BodyNames(std::vector<BodyName> bodies) : bodies_(std::move(bodies)) {
  for (std::size_t b = 0; b < bodies_.size(); ++b) {
    for (const std::string& spelling : bodies_[b].spellings) {
      const bool acronym = is_acronym(spelling);
      spellings_.push_back({acronym ? spelling : to_lower(spelling), acronym, b});
    }
  }
  // Longest first: where spellings start at one place, the longest wins ("EU-CELAC", "EU").
  std::stable_sort(spellings_.begin(), spellings_.end(), [](const Spelling& a, const Spelling& b) {
    return a.text.size() > b.text.size();
  });
}

BodyNames BodyNames::read(const std::filesystem::path& path) {
  const YAML::Node root = load_yaml_data_file(path);
  if (!root.IsSequence()) fail_at(path, root, "expected a list of bodies");
  std::vector<BodyName> bodies;
  for (const auto& entry : root) {
    if (!entry.IsMap() || !entry["name"] || !entry["name"].IsScalar())
      fail_at(path, entry, "each body needs a 'name'");
    BodyName body{entry["name"].as<std::string>(), {}};
    const YAML::Node spellings = entry["spellings"];
    if (!spellings || !spellings.IsSequence() || spellings.size() == 0)
      fail_at(path, entry, fmt::format("body '{}' needs a list of 'spellings'", body.name));
    for (const auto& spelling : spellings) {
      if (!spelling.IsScalar() || spelling.as<std::string>().empty())
        fail_at(path, spelling,
                fmt::format("body '{}': a spelling must be a word or words", body.name));
      body.spellings.push_back(spelling.as<std::string>());
    }
    bodies.push_back(std::move(body));
  }
  return BodyNames(std::move(bodies));
}

std::optional<std::string> BodyNames::named_in_title(std::string_view title) const {
  const std::string lowered = to_lower(title);
  if (std::any_of(kAddresses.begin(), kAddresses.end(),
                  [&](std::string_view address) { return lowered.starts_with(address); }))
    return std::nullopt;
  std::optional<std::pair<std::size_t, std::size_t>> best;  // (position, body)
  for (const Spelling& spelling : spellings_) {
    const std::string_view text = spelling.acronym ? title : std::string_view(lowered);
    for (std::size_t at = text.find(spelling.text); at != std::string_view::npos;
         at = text.find(spelling.text, at + 1)) {
      const std::size_t end = at + spelling.text.size();
      if ((at > 0 && is_word_byte(text[at - 1])) || (end < text.size() && is_word_byte(text[end])))
        continue;
      const std::string before = word_before(text, at);
      if (std::find(kSubjectMarkers.begin(), kSubjectMarkers.end(), before) !=
          kSubjectMarkers.end())
        continue;
      // Spellings come longest first, so a later one starting at the same place is shorter.
      if (!best || at < best->first) best = std::pair{at, spelling.body};
      break;
    }
  }
  if (!best) return std::nullopt;
  return bodies_[best->second].name;
}

}  // namespace concord
