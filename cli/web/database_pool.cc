// Read-only databases shared by the server's worker threads: one at a time per thread.
#include "web/database_pool.hpp"

#include <utility>

namespace concord::web {

DatabasePool::DatabasePool(std::filesystem::path path, std::chrono::milliseconds refresh_after)
    : path_(std::move(path)), refresh_after_(refresh_after) {
  idle_.push_back({std::make_unique<Database>(Database::open_for_reading(path_)),
                   std::chrono::steady_clock::now()});
}

DatabasePool::~DatabasePool() = default;

DatabasePool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), entry_(std::move(other.entry_)) {}

DatabasePool::Lease::~Lease() {
  if (entry_.database) pool_->give_back(std::move(entry_));
}

DatabasePool::Lease DatabasePool::acquire() {
  Entry entry;
  {
    const std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      // The most recently returned one: its caches are the warmest.
      entry = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  const auto now = std::chrono::steady_clock::now();
  if (!entry.database) {
    entry = {std::make_unique<Database>(Database::open_for_reading(path_)), now};
  } else if (now - entry.refreshed > refresh_after_) {
    entry.database->reopen();
    entry.refreshed = now;
  }
  return Lease(*this, std::move(entry));
}

void DatabasePool::give_back(Entry entry) {
  const std::lock_guard lock(mutex_);
  idle_.push_back(std::move(entry));
}

}  // namespace concord::web
