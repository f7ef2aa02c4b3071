// Debian programs Concord runs as child processes (Chromium for PDF, Apertium for machine
// translation): finding them, a scratch folder for their files, running them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace concord {

/// The first of `names` found as an executable file in a folder of $PATH.
[[nodiscard]] std::optional<std::filesystem::path> find_program(
    const std::vector<std::string>& names);

/// A fresh private folder under the system's temporary folder, removed on destruction.
class ScratchDirectory {
 public:
  /// Throws EnvironmentError when the folder cannot be made.
  ScratchDirectory();
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory();
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// What a finished program returned.
struct ProgramRun {
  /// Its exit status, or 128 + the signal that ended it.
  int exit_status = 0;
  /// What it wrote on stdout and stderr.
  std::string output;
};

/// Runs `program` with `args` in its own process group, stdin from /dev/null, and returns
/// its exit status with what it printed. Kills the group and throws EnvironmentError when
/// it runs longer than `timeout_seconds` or cannot be started, and Interrupted when Concord
/// receives SIGINT or SIGTERM meanwhile (callers' scratch folders are then removed as the
/// exception unwinds).
[[nodiscard]] ProgramRun run_program(const std::filesystem::path& program,
                                     const std::vector<std::string>& args, int timeout_seconds);

}  // namespace concord
