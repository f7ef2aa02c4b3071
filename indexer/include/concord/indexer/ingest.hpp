// Ingests files and folders into a database, in committed batches.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "concord/indexer/database.hpp"
#include "concord/indexer/extracted_document.hpp"

namespace concord {

/// Which part of a corpus this database holds: files whose id hashes to `index` modulo
/// `count`. Each machine of a sharded deployment ingests the same corpus with its own index.
struct ShardSpec {
  std::size_t index = 0;
  std::size_t count = 1;
};

/// Parses "I/N" (0 <= I < N); throws UsageError otherwise.
[[nodiscard]] ShardSpec parse_shard_spec(const std::string& text);

/// True when the statement with `id` belongs to `shard`.
[[nodiscard]] bool belongs_to_shard(const std::string& id, const ShardSpec& shard);

/// What happened to one file.
enum class FileOutcome { Added, Replaced, Unchanged, OtherShard, Failed };

struct FileReport {
  std::filesystem::path path;
  FileOutcome outcome = FileOutcome::Failed;
  std::string statement_id;
  std::size_t paragraphs = 0;
  /// Why the file failed, without the path: "invalid UTF-8 at byte 12".
  std::string reason;
  /// Another statement whose file had the same bytes (a copy at another path), stored
  /// before or earlier in this run; empty when none. The file is stored all the same.
  std::string same_as;
};

/// The result of an ingest run: one report per file, in the order they were processed.
struct [[nodiscard]] IngestReport {
  std::vector<FileReport> files;
  [[nodiscard]] std::size_t count(FileOutcome outcome) const;
};

/// Progress after each file: files done, files in all, the file just done.
using IngestProgress = std::function<void(std::size_t done, std::size_t total, const FileReport&)>;

struct IngestOptions {
  /// Metadata from the command line; it wins over sidecars and the documents.
  DocumentMetadata overrides;
  std::optional<ShardSpec> shard;
  /// Commit after this many paragraphs; a crash loses at most one batch, which the same
  /// ingest run again redoes.
  std::size_t batch_paragraphs = 20000;
  /// Files larger than this are refused.
  std::uintmax_t max_file_bytes = 64ull * 1024 * 1024;
  IngestProgress on_progress;
};

/// The supported files under `paths`, recursively and in sorted order. Files named
/// explicitly are kept whatever their extension (so that an unsupported one is reported);
/// inside folders, unsupported files, `*.meta.yaml` sidecars, hidden files and the notes a
/// collection keeps about itself (README, LICENSE, MANIFEST, CHANGELOG, ...) are skipped, and
/// so are .xml files that are not Akoma Ntoso. An Akoma Ntoso file is the original of the
/// files of its name beside it in other formats (A_RES_74_7.txt made from A_RES_74_7.xml):
/// they are skipped, and the XML is read.
/// A path that does not exist is kept as a file, for loading to report.
[[nodiscard]] std::vector<std::filesystem::path> collect_files(
    const std::vector<std::filesystem::path>& paths);

/// Loads every file and stores it in `database`, committing in batches and at the end.
/// A bad file is reported and skipped; the others are still ingested.
IngestReport ingest_files(Database& database, const std::vector<std::filesystem::path>& files,
                          const IngestOptions& options);

}  // namespace concord
