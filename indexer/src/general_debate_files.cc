// Metadata of General Debate speeches from their file names.
#include "general_debate_files.hpp"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "concord/engine/error.hpp"
#include "text_regex.hpp"

namespace concord {
namespace {

// iso-codes writes some names inverted for sorting ("Congo, The Democratic Republic of the");
// a country is named as it is spoken of ("Democratic Republic of the Congo").
std::string spoken_name(const nlohmann::json& country) {
  const auto text = [&](const char* field) -> std::string {
    const auto it = country.find(field);
    return it != country.end() && it->is_string() ? it->get<std::string>() : "";
  };
  for (const char* field : {"common_name", "name"}) {
    const std::string name = text(field);
    if (!name.empty() && name.find(',') == std::string::npos) return name;
  }
  const std::string name = text("name");
  const std::size_t comma = name.find(", ");
  if (comma != std::string::npos) {
    std::string tail = name.substr(comma + 2);
    if (tail.ends_with(" of") || tail.ends_with(" of the")) {
      if (tail.rfind("The ", 0) == 0) tail.erase(0, 4);
      return tail + " " + name.substr(0, comma);
    }
  }
  std::string official = text("official_name");
  if (official.rfind("the ", 0) == 0) official.erase(0, 4);
  return official.empty() ? name : official;
}

std::string ordinal(int n) {
  const int last_two = n % 100, last = n % 10;
  const char* suffix = (last_two >= 11 && last_two <= 13) ? "th"
                       : last == 1                        ? "st"
                       : last == 2                        ? "nd"
                       : last == 3                        ? "rd"
                                                          : "th";
  return fmt::format("{}{}", n, suffix);
}

}  // namespace

CountryNames CountryNames::read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw EnvironmentError("cannot read " + path.string());
  CountryNames countries;
  try {
    const nlohmann::json file = nlohmann::json::parse(in);
    for (const auto& country : file.at("3166-1")) {
      const std::string code = country.at("alpha_3").get<std::string>();
      std::string name = spoken_name(country);
      if (!name.empty()) countries.names_.emplace(code, std::move(name));
    }
  } catch (const nlohmann::json::exception& e) {
    throw DataError(
        fmt::format("{}: not an iso-codes ISO 3166-1 file ({})", path.string(), e.what()));
  }
  return countries;
}

std::optional<std::string> CountryNames::name(std::string_view alpha_3) const {
  const auto it = names_.find(alpha_3);
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

std::optional<GeneralDebateFileName> parse_general_debate_file_name(
    const std::filesystem::path& file) {
  static const boost::regex pattern = text_regex(R"(([A-Z]{3}|EU)_(\d{1,3})_((?:19|20)\d{2}))");
  const std::string stem = file.stem().string();
  boost::smatch m;
  if (!boost::regex_match(stem, m, pattern)) return std::nullopt;
  return GeneralDebateFileName{m[1].str(), std::stoi(m[2].str()), m[3].str()};
}

std::optional<DocumentMetadata> general_debate_metadata(const GeneralDebateFileName& file_name,
                                                        const CountryNames& countries) {
  // The corpus names the European Union, an observer with no ISO code, "EU".
  const std::optional<std::string> country = file_name.country_code == "EU"
                                                 ? std::optional<std::string>("European Union")
                                                 : countries.name(file_name.country_code);
  if (!country) return std::nullopt;
  DocumentMetadata metadata;
  metadata.body = *country;
  metadata.date = file_name.year;
  metadata.title = fmt::format("General Debate of the {} session of the General Assembly",
                               ordinal(file_name.session));
  return metadata;
}

}  // namespace concord
