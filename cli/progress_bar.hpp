// A one-line progress bar on stderr, drawn only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace concord::cli {

class ProgressBar {
 public:
  /// `label` names the units ("files"; empty when each update names them); the bar stays
  /// silent when stderr is not a terminal or `enabled` is false, and for the first `delay`:
  /// work done in a moment needs no bar flashing by.
  ProgressBar(std::string label, bool enabled,
              std::chrono::milliseconds delay = std::chrono::milliseconds(0));
  /// Clears the line.
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  /// Clears the bar's line so that a message can be printed; the next update redraws it.
  void clear();

  /// Redraws at most ten times a second, and always for the last step.
  void update(std::size_t done, std::size_t total, const std::string& current);

 private:
  std::string label_;
  bool active_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
  std::chrono::steady_clock::time_point quiet_until_;
};

}  // namespace concord::cli
