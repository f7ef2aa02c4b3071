// Reads metadata values the way documents write them.
#include "metadata_fields.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <array>
#include <cctype>
#include <chrono>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "text_regex.hpp"

namespace concord {
namespace {

struct MonthName {
  std::string_view name;
  int month;
};

constexpr std::array<MonthName, 36> kMonths{{
    {"january", 1},    {"february", 2},  {"march", 3},      {"april", 4},      {"may", 5},
    {"june", 6},       {"july", 7},      {"august", 8},     {"september", 9},  {"october", 10},
    {"november", 11},  {"december", 12}, {"enero", 1},      {"febrero", 2},    {"marzo", 3},
    {"abril", 4},      {"mayo", 5},      {"junio", 6},      {"julio", 7},      {"agosto", 8},
    {"septiembre", 9}, {"octubre", 10},  {"noviembre", 11}, {"diciembre", 12}, {"janvier", 1},
    {"février", 2},    {"mars", 3},      {"avril", 4},      {"mai", 5},        {"juin", 6},
    {"juillet", 7},    {"août", 8},      {"septembre", 9},  {"octobre", 10},   {"novembre", 11},
    {"décembre", 12},
}};

int month_number(const std::string& name) {
  const std::string lower = to_lower(name);
  for (const auto& m : kMonths) {
    if (m.name == lower) return m.month;
  }
  return 0;
}

// Years outside 1900-2200 in prose are more often numbers than dates of modern statements.
bool valid_day(int year, int month, int day) {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return std::chrono::year_month_day{std::chrono::year{year},
                                     std::chrono::month{static_cast<unsigned>(month)},
                                     std::chrono::day{static_cast<unsigned>(day)}}
      .ok();
}

std::string iso(int year, int month, int day) {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

// yaml-cpp writes the escapes \_ and \N as the single bytes 0xA0 and 0x85 instead of their
// UTF-8 encodings; such stray bytes are Latin-1 code points, so encode them as UTF-8.
std::string repair_yaml_scalar(const std::string& scalar) {
  if (is_valid_utf8(scalar)) return scalar;
  std::string out;
  std::string_view rest = scalar;
  while (!rest.empty()) {
    const std::size_t bad = find_invalid_utf8(rest);
    out.append(rest.substr(0, bad));
    if (bad == rest.size()) break;
    const auto byte = static_cast<unsigned char>(rest[bad]);
    out.push_back(static_cast<char>(0xC0 | (byte >> 6)));
    out.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
    rest.remove_prefix(bad + 1);
  }
  return out;
}

}  // namespace

void set_metadata_from_yaml(DocumentMetadata& metadata, const YAML::Node& root) {
  if (!root.IsMap()) throw DataError("metadata is not a YAML mapping of keys to values");
  for (const auto& entry : root) {
    if (entry.second.IsScalar()) {
      set_metadata_field(metadata, entry.first.as<std::string>(),
                         repair_yaml_scalar(entry.second.as<std::string>()));
    }
  }
}

std::optional<std::string> parse_date(std::string_view text) {
  const std::string s(text);
  boost::smatch m;
  static const boost::regex iso_date = text_regex(R"((\d{4})-(\d{2})-(\d{2}))");
  if (boost::regex_search(s, m, iso_date)) {
    const int y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
    if (valid_day(y, mo, d)) return iso(y, mo, d);
  }
  // "18 November 2025", "18 de noviembre de 2025", "1er décembre 2025"
  static const boost::regex day_month_year =
      text_regex(R"((\d{1,2})(?:er)?\s+(?:de\s+)?(\S+)\s+(?:de\s+)?(\d{4}))");
  if (boost::regex_search(s, m, day_month_year)) {
    const int mo = month_number(m[2]);
    const int y = std::stoi(m[3]), d = std::stoi(m[1]);
    if (mo > 0 && valid_day(y, mo, d)) return iso(y, mo, d);
  }
  // "November 18, 2025"
  static const boost::regex month_day_year = text_regex(R"(([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4}))");
  if (boost::regex_search(s, m, month_day_year)) {
    const int mo = month_number(m[1]);
    const int y = std::stoi(m[3]), d = std::stoi(m[2]);
    if (mo > 0 && valid_day(y, mo, d)) return iso(y, mo, d);
  }
  static const boost::regex year_month = text_regex(R"((\d{4})-(\d{2}))");
  if (boost::regex_search(s, m, year_month)) {
    const int y = std::stoi(m[1]), mo = std::stoi(m[2]);
    if (valid_day(y, mo, 1))
      return s.substr(static_cast<std::size_t>(m.position(std::size_t{0})), 7);
  }
  static const boost::regex year_only = text_regex(R"(\b(19\d{2}|2[01]\d{2})\b)");
  if (boost::regex_search(s, m, year_only)) return m[1].str();
  return std::nullopt;
}

std::optional<std::string> parse_language(std::string_view text) {
  std::string lower = to_lower(collapse_whitespace(text));
  struct Name {
    std::string_view name;
    std::string_view code;
  };
  // Names, and the three-letter codes of ISO 639-2 that Akoma Ntoso and library records use.
  static constexpr std::array<Name, 25> kNames{{
      {"english", "en"}, {"spanish", "es"},  {"español", "es"},    {"espanol", "es"},
      {"french", "fr"},  {"français", "fr"}, {"francais", "fr"},   {"russian", "ru"},
      {"arabic", "ar"},  {"chinese", "zh"},  {"portuguese", "pt"}, {"german", "de"},
      {"inglés", "en"},  {"anglais", "en"},  {"eng", "en"},        {"spa", "es"},
      {"fra", "fr"},     {"fre", "fr"},      {"rus", "ru"},        {"ara", "ar"},
      {"zho", "zh"},     {"chi", "zh"},      {"por", "pt"},        {"deu", "de"},
      {"ger", "de"},
  }};
  // "English (original)", "en (verify)": the first word names the language.
  const std::string first = lower.substr(0, lower.find_first_of(" ,;(/"));
  for (const auto& n : kNames) {
    if (lower == n.name || first == n.name) return std::string(n.code);
  }
  if (first.size() >= 2 && std::isalpha(static_cast<unsigned char>(first[0])) &&
      std::isalpha(static_cast<unsigned char>(first[1])) &&
      (first.size() == 2 || first[2] == '-' || first[2] == '_')) {
    return first.substr(0, 2);
  }
  return std::nullopt;
}

bool set_metadata_field(DocumentMetadata& metadata, std::string_view key, std::string_view value) {
  const std::string k = to_lower(key);
  const std::string v = collapse_whitespace(value);
  if (v.empty())
    return k == "title" || k == "body" || k == "issuer" || k == "date" || k == "language" ||
           k == "lang" || k == "symbol";
  if (k == "title") {
    metadata.title = v;
  } else if (k == "body" || k == "issuer" || k == "organization" || k == "organisation") {
    metadata.body = v;
  } else if (k == "date") {
    // A misprinted day ("2025-13-45") would otherwise be read as its year alone.
    static const boost::regex iso_shaped =
        text_regex(R"((?:^|[^\d])(\d{4}-\d{2}-\d{2})(?:$|[^\d]))");
    boost::smatch m;
    if (boost::regex_search(v, m, iso_shaped) && !is_calendar_date(m[1].str())) {
      metadata.date.reset();
      metadata.unreadable_date = v;
      return true;
    }
    if (auto date = parse_date(v)) {
      metadata.date = *date;
      metadata.unreadable_date.reset();
    }
  } else if (k == "language" || k == "lang") {
    if (auto language = parse_language(v)) {
      metadata.language = *language;
      metadata.unreadable_language.reset();
    } else {
      metadata.language.reset();
      metadata.unreadable_language = v;
    }
  } else if (k == "symbol") {
    metadata.symbol = v;
  } else {
    return false;
  }
  return true;
}

}  // namespace concord
