// Ingest: collect files, load each into a statement, store in committed batches.
#include "concord/indexer/ingest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "concord/engine/error.hpp"
#include "concord/indexer/document_readers.hpp"
#include "concord/indexer/statement_loader.hpp"

namespace concord {
namespace {

std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t hash = 1469598103934665603ull;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

bool is_skipped_in_folder(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  return name.ends_with(".meta.yaml") || name.starts_with("README") || name.starts_with(".") ||
         !format_from_path(path);
}

}  // namespace

ShardSpec parse_shard_spec(const std::string& text) {
  const auto slash = text.find('/');
  ShardSpec spec;
  auto parse = [](std::string_view s, std::size_t& out) {
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size() && !s.empty();
  };
  if (slash == std::string::npos || !parse(std::string_view(text).substr(0, slash), spec.index) ||
      !parse(std::string_view(text).substr(slash + 1), spec.count) || spec.count == 0 ||
      spec.index >= spec.count) {
    throw UsageError(fmt::format("bad shard '{}': use I/N with 0 <= I < N, e.g. 0/3", text));
  }
  return spec;
}

bool belongs_to_shard(const std::string& id, const ShardSpec& shard) {
  return fnv1a(id) % shard.count == shard.index;
}

std::size_t IngestReport::count(FileOutcome outcome) const {
  return static_cast<std::size_t>(std::count_if(
      files.begin(), files.end(), [&](const FileReport& f) { return f.outcome == outcome; }));
}

std::vector<std::filesystem::path> collect_files(const std::vector<std::filesystem::path>& paths) {
  std::vector<std::filesystem::path> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      std::vector<std::filesystem::path> found;
      auto it = std::filesystem::recursive_directory_iterator(
          path, std::filesystem::directory_options::skip_permission_denied, ec);
      if (ec)
        throw DataError(fmt::format("{}: cannot read folder: {}", path.string(), ec.message()));
      for (const auto& entry : it) {
        if (entry.is_regular_file(ec) && !is_skipped_in_folder(entry.path())) {
          found.push_back(entry.path());
        }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (std::filesystem::exists(path, ec)) {
      files.push_back(path);
    } else {
      throw DataError(fmt::format("{}: no such file or folder", path.string()));
    }
  }
  return files;
}

IngestReport ingest_files(Database& database, const std::vector<std::filesystem::path>& files,
                          const IngestOptions& options) {
  StatementLoader loader;
  loader.set_max_file_bytes(options.max_file_bytes);
  IngestReport report;
  std::size_t pending_paragraphs = 0;
  for (const auto& path : files) {
    FileReport file{path, FileOutcome::Failed, {}, 0, {}};
    try {
      Statement statement = loader.load_file(path, options.overrides);
      // The shard is chosen by the file name's id, so that files sharing a name land in
      // the same shard, where the suffix below tells them apart.
      const bool other_shard = options.shard && !belongs_to_shard(statement.id, *options.shard);
      // Two files may share a name in different folders: the second gets a suffix made from
      // its path, so that its id stays the same on every run.
      if (const auto existing = database.summary(statement.id);
          existing && existing->source_path != statement.source_path) {
        statement.id += "-" + content_digest(statement.source_path).substr(0, 6);
      }
      file.statement_id = statement.id;
      file.paragraphs = statement.paragraphs.size();
      if (other_shard) {
        file.outcome = FileOutcome::OtherShard;
      } else {
        switch (database.store(statement)) {
          case StoreOutcome::Added:
            file.outcome = FileOutcome::Added;
            pending_paragraphs += statement.paragraphs.size();
            break;
          case StoreOutcome::Replaced:
            file.outcome = FileOutcome::Replaced;
            pending_paragraphs += statement.paragraphs.size();
            break;
          case StoreOutcome::Unchanged:
            file.outcome = FileOutcome::Unchanged;
            break;
        }
      }
    } catch (const DataError& e) {
      file.outcome = FileOutcome::Failed;
      file.reason = e.what();
    }
    if (pending_paragraphs >= options.batch_paragraphs) {
      database.commit();
      pending_paragraphs = 0;
    }
    report.files.push_back(file);
    if (options.on_progress)
      options.on_progress(report.files.size(), files.size(), report.files.back());
  }
  database.commit();
  return report;
}

}  // namespace concord
