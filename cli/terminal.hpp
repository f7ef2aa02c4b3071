// What the terminal allows: colours and progress bars only where a person watches.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace concord::cli {

/// True when `stream` is a terminal.
[[nodiscard]] bool is_terminal(std::FILE* stream);

/// True when `stream` is a terminal and NO_COLOR is unset (https://no-color.org).
[[nodiscard]] bool colours_enabled(std::FILE* stream);

/// ANSI styles, or nothing when colours are off.
struct Style {
  bool enabled = false;
  [[nodiscard]] std::string bold(std::string_view text) const;
  [[nodiscard]] std::string dim(std::string_view text) const;
  [[nodiscard]] std::string cyan(std::string_view text) const;
};

}  // namespace concord::cli
