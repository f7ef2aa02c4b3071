// A one-line progress bar on stderr, drawn only when stderr is a terminal.
#include "progress_bar.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "terminal.hpp"

namespace concord::cli {

ProgressBar::ProgressBar(std::string label, bool enabled, std::chrono::milliseconds delay)
    : label_(std::move(label)),
      active_(enabled && is_terminal(stderr)),
      quiet_until_(std::chrono::steady_clock::now() + delay) {}

ProgressBar::~ProgressBar() { clear(); }

void ProgressBar::clear() {
  if (drawn_) std::fputs("\r\x1b[2K", stderr);
  drawn_ = false;
}

void ProgressBar::update(std::size_t done, std::size_t total, const std::string& current) {
  if (!active_ || total == 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (now < quiet_until_) return;
  if (done != total && drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = done * kWidth / total;
  std::string name = current;
  if (name.size() > 40) name = "…" + name.substr(name.size() - 39);
  fmt::print(stderr, "\r\x1b[2K[{}{}] {}/{} {}{}", std::string(filled, '#'),
             std::string(kWidth - filled, '.'), done, total, label_.empty() ? "" : label_ + " ",
             name);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace concord::cli
