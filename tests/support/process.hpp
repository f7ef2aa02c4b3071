// Test support: run the concord binary and capture what it prints; temporary folders.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace concord::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `program` with `args`, stdin from /dev/null, and waits for it. `env` entries are
/// added to (or replace) the environment.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {});

/// Runs the concord binary under test.
ProcessResult run_concord(const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {});

/// Starts `program` in the background with stdout and stderr to /dev/null; returns its pid.
pid_t start_process(const std::string& program, const std::vector<std::string>& args);

/// A fresh folder removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  /// Writes `content` to `relative` (creating folders) and returns the full path.
  std::filesystem::path write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

/// The shared folder of real documents, or an empty path when it is absent.
[[nodiscard]] std::filesystem::path shared_dir();

}  // namespace concord::testing
