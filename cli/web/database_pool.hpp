// Read-only databases shared by the server's worker threads: one at a time per thread.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "concord/indexer/database.hpp"

namespace concord::web {

/// Hands out read-only Database objects, opening more as more requests run at once. A
/// Database is not thread-safe, so each is used by one request at a time. One last opened
/// more than `refresh_after` ago is reopened before it is handed out, so the server sees what
/// `concord ingest` committed within that time while requests in between keep its caches.
class DatabasePool {
 public:
  /// Opens one database at once, so a missing or broken one is reported before serving.
  /// Throws EnvironmentError as Database::open_for_reading does.
  explicit DatabasePool(std::filesystem::path path,
                        std::chrono::milliseconds refresh_after = std::chrono::seconds(2));
  DatabasePool(const DatabasePool&) = delete;
  DatabasePool& operator=(const DatabasePool&) = delete;
  ~DatabasePool();

  /// A pooled database and when it was last opened or reopened.
  struct Entry {
    std::unique_ptr<Database> database;
    std::chrono::steady_clock::time_point refreshed;
  };

  /// A database borrowed from the pool, returned when the lease dies.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    [[nodiscard]] Database& operator*() const noexcept { return *entry_.database; }
    [[nodiscard]] Database* operator->() const noexcept { return entry_.database.get(); }

   private:
    friend class DatabasePool;
    Lease(DatabasePool& pool, Entry entry) : pool_(&pool), entry_(std::move(entry)) {}
    DatabasePool* pool_;
    Entry entry_;
  };

  /// Borrows a database, opening one when all are in use. Throws EnvironmentError when it
  /// cannot be opened or reopened.
  [[nodiscard]] Lease acquire();

  /// The path the databases are opened from.
  [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

 private:
  void give_back(Entry entry);

  std::filesystem::path path_;
  std::chrono::milliseconds refresh_after_;
  std::mutex mutex_;
  std::vector<Entry> idle_;
};

}  // namespace concord::web
