// Reading Concord's YAML data files.
#include "yaml_data_file.hpp"

#include <fmt/format.h>

#include <fstream>

#include "concord/engine/error.hpp"

namespace concord {

void fail_at(const std::filesystem::path& path, const YAML::Node& node,
             const std::string& message) {
  const auto mark = node.Mark();
  if (mark.is_null()) throw DataError(fmt::format("{}: {}", path.string(), message));
  throw DataError(fmt::format("{}:{}: {}", path.string(), mark.line + 1, message));
}

void fail_at(const std::filesystem::path& path, const YAML::Exception& error) {
  if (error.mark.is_null()) throw DataError(fmt::format("{}: {}", path.string(), error.msg));
  throw DataError(fmt::format("{}:{}: {}", path.string(), error.mark.line + 1, error.msg));
}

YAML::Node load_yaml_data_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw EnvironmentError("cannot read " + path.string());
  try {
    return YAML::Load(in);
  } catch (const YAML::Exception& e) {
    fail_at(path, e);
  }
}

}  // namespace concord
