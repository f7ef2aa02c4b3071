// Reading Concord's YAML data files (lexicons, bodies) with errors that name file and line.
// Private to the indexer.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>

namespace concord {

/// Throws DataError "FILE:LINE: message" for `node` (or "FILE: message" when it has no mark).
[[noreturn]] void fail_at(const std::filesystem::path& path, const YAML::Node& node,
                          const std::string& message);

/// Throws DataError "FILE:LINE: what yaml-cpp says" for a YAML error met in `path`.
[[noreturn]] void fail_at(const std::filesystem::path& path, const YAML::Exception& error);

/// Parses `path`. Throws EnvironmentError when it cannot be read and DataError, naming the
/// line, when it is not YAML.
[[nodiscard]] YAML::Node load_yaml_data_file(const std::filesystem::path& path);

}  // namespace concord
