// The Xapian database of statements: one document per paragraph, one per statement.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/statement.hpp"

namespace concord {

/// A statement without its paragraphs, as `concord list` shows it.
struct StatementSummary {
  std::string id;
  std::string body;
  std::string title;
  std::string date;
  std::string language;
  std::string symbol;
  std::string source_path;
  std::string content_hash;
  std::size_t paragraph_count = 0;
  std::optional<Vote> vote;
};

/// What storing a statement did.
enum class StoreOutcome { Added, Replaced, Unchanged };

/// How a database reduces words to index terms. A database records its scheme when it is
/// created; one written before Concord merged British and American spellings keeps plain
/// Snowball stems, for its terms and its queries, until it is rebuilt.
enum class Stemming {
  /// Snowball stems only: "programme" and "program" are two terms.
  Snowball,
  /// Snowball stems, British spellings indexed under their American stem
  /// (SpellingVariants): "programme", "programmes" and "program" are one term.
  MergedSpellings,
};

class Database;

/// A statement turned into index documents, ready to be stored. Building one is most of
/// the work of ingesting and needs no database, so it can run on another thread.
class PreparedStatement {
 public:
  PreparedStatement(PreparedStatement&&) noexcept;
  PreparedStatement& operator=(PreparedStatement&&) noexcept;
  ~PreparedStatement();

  [[nodiscard]] const Statement& statement() const;

  struct Impl;

 private:
  explicit PreparedStatement(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  friend class Database;
  friend class StatementPreparer;
};

/// Builds PreparedStatements: tokenises, stems by the statement's language and lays out the
/// index terms. Not thread-safe: keep one per thread.
class StatementPreparer {
 public:
  /// Stems as a database of `stemming` does (Database::stemming()).
  explicit StatementPreparer(Stemming stemming);
  StatementPreparer(StatementPreparer&&) noexcept;
  StatementPreparer& operator=(StatementPreparer&&) noexcept;
  ~StatementPreparer();

  [[nodiscard]] PreparedStatement prepare(Statement statement);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// True when `stored` describes `statement` as it is: same content hash and metadata.
[[nodiscard]] bool is_unchanged(const StatementSummary& stored, const Statement& statement);

/// A Concord database. Opened for reading it may be a Xapian stub database naming several
/// shards, local or remote (`xapian-tcpsrv`). Opened for writing it is one local shard; a
/// database being written can still be opened for reading by other processes.
class Database {
 public:
  /// Opens (creating if needed) a local database for writing. Throws EnvironmentError when
  /// it cannot be created, or another process is writing to it.
  [[nodiscard]] static Database open_for_writing(const std::filesystem::path& path);

  /// Opens a database, a stub database file or a single shard for reading. Throws
  /// EnvironmentError when there is no database at `path` or it cannot be opened.
  [[nodiscard]] static Database open_for_reading(const std::filesystem::path& path);

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  /// Uncommitted changes are discarded, never committed implicitly.
  ~Database();

  /// Stores `statement`, replacing any statement with the same id in one transaction.
  /// Returns Unchanged, touching nothing, when the stored one has the same content hash and
  /// metadata. Changes become durable at the next commit().
  StoreOutcome store(const Statement& statement);

  /// Stores a statement prepared beforehand (possibly on another thread); as above. Its
  /// documents are released as they are written, so that a large statement is not held in
  /// memory twice (once prepared, once in Xapian's buffer until the commit).
  StoreOutcome store(PreparedStatement&& prepared);

  /// Removes a statement and its paragraphs; false when there is no such statement.
  bool remove(std::string_view id);

  /// Makes every change since the last commit durable, atomically.
  void commit();

  /// The statement with `id`, with its paragraphs in order.
  [[nodiscard]] std::optional<Statement> find(std::string_view id) const;

  /// The summary of the statement with `id`.
  [[nodiscard]] std::optional<StatementSummary> summary(std::string_view id) const;

  /// Every statement, ordered by date then id.
  [[nodiscard]] std::vector<StatementSummary> list() const;

  /// Number of paragraphs indexed.
  [[nodiscard]] std::size_t paragraph_count() const;

  /// Languages of the indexed statements (ISO 639-1), sorted.
  [[nodiscard]] std::vector<std::string> languages() const;

  /// How this database stems words: fixed when it was created.
  [[nodiscard]] Stemming stemming() const noexcept;

  /// The path the database was opened with.
  [[nodiscard]] std::filesystem::path path() const;

  /// Re-reads the latest committed state (after another process committed).
  void reopen();

  struct Impl;
  /// For the indexer's own search code; not part of the public interface.
  [[nodiscard]] Impl& impl() const noexcept { return *impl_; }

 private:
  explicit Database(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord
