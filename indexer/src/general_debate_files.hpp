// Speeches of the UN General Debate Corpus (UNGDC, Harvard Dataverse) say who speaks and when
// only in their file names: "<ISO 3166-1 alpha-3 code>_<session>_<year>.txt"
// (VCT_78_2023.txt). Countries are named from Debian's iso-codes.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "concord/indexer/extracted_document.hpp"

namespace concord {

/// Where Debian's iso-codes package keeps ISO 3166-1.
inline const std::filesystem::path kIsoCountriesFile = "/usr/share/iso-codes/json/iso_3166-1.json";

class CountryNames {
 public:
  CountryNames() = default;

  /// Reads iso-codes' ISO 3166-1 file. Throws DataError when it is malformed,
  /// EnvironmentError when it cannot be read.
  [[nodiscard]] static CountryNames read(const std::filesystem::path& path);

  /// The country's short name ("Bolivia", "Saint Vincent and the Grenadines"), nullopt for
  /// an unknown code.
  [[nodiscard]] std::optional<std::string> name(std::string_view alpha_3) const;

 private:
  std::map<std::string, std::string, std::less<>> names_;
};

struct GeneralDebateFileName {
  std::string country_code;  // ISO 3166-1 alpha-3, or "EU"
  int session = 0;
  std::string year;
};

/// What a file name in the UN General Debate Corpus's convention says; nullopt for any other.
[[nodiscard]] std::optional<GeneralDebateFileName> parse_general_debate_file_name(
    const std::filesystem::path& file);

/// Body (the country), year and title of the speech; nullopt for an unknown country.
[[nodiscard]] std::optional<DocumentMetadata> general_debate_metadata(
    const GeneralDebateFileName& file_name, const CountryNames& countries);

}  // namespace concord
