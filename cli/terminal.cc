// What the terminal allows: colours and progress bars only where a person watches.
#include "terminal.hpp"

#include <unistd.h>

#include <cstdlib>

namespace concord::cli {

bool is_terminal(std::FILE* stream) { return isatty(fileno(stream)) != 0; }

bool colours_enabled(std::FILE* stream) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return is_terminal(stream);
}

namespace {
std::string wrap(bool enabled, std::string_view code, std::string_view text) {
  if (!enabled) return std::string(text);
  std::string out = "\x1b[";
  out.append(code).append("m").append(text).append("\x1b[0m");
  return out;
}
}  // namespace

std::string Style::bold(std::string_view text) const { return wrap(enabled, "1", text); }
std::string Style::dim(std::string_view text) const { return wrap(enabled, "2", text); }
std::string Style::cyan(std::string_view text) const { return wrap(enabled, "36", text); }

}  // namespace concord::cli
