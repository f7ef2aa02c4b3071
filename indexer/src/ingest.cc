// Ingest: collect files, load each into a statement, store in committed batches.
#include "concord/indexer/ingest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <exception>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <stop_token>
#include <thread>

#include "concord/engine/error.hpp"
#include "concord/indexer/document_readers.hpp"
#include "concord/indexer/statement_loader.hpp"

namespace concord {
namespace {

// Files a folder of documents carries about itself, not statements: a downloaded collection
// has its README, its licence ("LICENSE-CC0-of-source-repo.txt") or its MANIFEST.md. They
// are told by their conventional names: the whole name before its extension ("manifest.md",
// "License.txt"), or the name in capitals opening it ("LICENSE-CC0-...") or closing it after
// a dash or underscore ("UNGDC-README.txt"), so that a statement filed as
// "changes-to-the-mandate.txt" stays a statement.
bool is_note_about_the_folder(const std::string& name) {
  static constexpr std::array<std::string_view, 10> kNotes = {
      "README",    "LICENSE", "LICENCE", "COPYING", "MANIFEST",
      "CHANGELOG", "CHANGES", "NOTICE",  "AUTHORS", "CONTRIBUTING"};
  const std::string base = name.substr(0, name.find('.'));
  std::string stem;
  for (const char c : base)
    stem.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  auto closes = [&base](std::string_view note) {
    return base.size() > note.size() && base.ends_with(note) &&
           (base[base.size() - note.size() - 1] == '-' ||
            base[base.size() - note.size() - 1] == '_');
  };
  return std::any_of(kNotes.begin(), kNotes.end(), [&](std::string_view note) {
    return stem == note || name.starts_with(note) || closes(note);
  });
}

// Folders of UN documents hold other XML too (metadata, sitemaps): an .xml file is a statement
// when its opening names the Akoma Ntoso root.
bool is_akoma_ntoso_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return looks_like_akoma_ntoso(head);
}

bool is_skipped_in_folder(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  if (name.ends_with(".meta.yaml") || is_note_about_the_folder(name) || name.starts_with("."))
    return true;
  const auto format = format_from_path(path);
  return !format || (*format == DocumentFormat::AkomaNtoso && !is_akoma_ntoso_file(path));
}

// A file's folder and name without its extension: the files of one document in several
// formats share it.
std::filesystem::path document_name(const std::filesystem::path& path) {
  return path.parent_path() / path.stem();
}

bool is_akoma_ntoso_path(const std::filesystem::path& path) {
  return format_from_path(path) == DocumentFormat::AkomaNtoso;
}

// True when `original` is an Akoma Ntoso file and `copy` shares its folder and name: a
// statement read from the copy is the original's, which replaces it.
bool is_original_of(const std::filesystem::path& original, const std::filesystem::path& copy) {
  return is_akoma_ntoso_path(original) && document_name(original) == document_name(copy);
}

// Drops the files that share an Akoma Ntoso file's folder and name: copies made from it.
void keep_originals(std::vector<std::filesystem::path>& found) {
  std::set<std::filesystem::path> originals;
  for (const auto& path : found) {
    if (is_akoma_ntoso_path(path)) originals.insert(document_name(path));
  }
  std::erase_if(found, [&](const std::filesystem::path& path) {
    return !is_akoma_ntoso_path(path) && originals.contains(document_name(path));
  });
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
  return fnv1a_digest(id) % shard.count == shard.index;
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
      keep_originals(found);
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      // A path that does not exist is kept: loading it reports it with the other bad files.
      files.push_back(path);
    }
  }
  return files;
}

namespace {

// One file after the loading thread is done with it.
struct LoadedFile {
  FileReport report;
  std::optional<PreparedStatement> prepared;
  std::exception_ptr failure;  // an environment error that must stop the ingest
};

// A bounded queue between the loading thread and the writing thread: at most `capacity`
// files and, unless it is empty, `paragraph_capacity` paragraphs. A prepared paragraph
// holds its terms and positions, so a folder of large files read ahead by count alone
// would hold gigabytes.
class LoadedFileQueue {
 public:
  LoadedFileQueue(std::size_t capacity, std::size_t paragraph_capacity)
      : capacity_(capacity), paragraph_capacity_(paragraph_capacity) {}

  // Returns false when the consumer has asked to stop.
  bool push(LoadedFile file, std::stop_token stop) {
    std::unique_lock lock(mutex_);
    const std::size_t paragraphs = file.prepared ? file.report.paragraphs : 0;
    if (!not_full_.wait(lock, stop, [&] {
          return items_.empty() ||
                 (items_.size() < capacity_ && paragraphs_ + paragraphs <= paragraph_capacity_);
        }))
      return false;
    paragraphs_ += paragraphs;
    items_.push_back(std::move(file));
    not_empty_.notify_one();
    return true;
  }

  LoadedFile pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return !items_.empty(); });
    LoadedFile file = std::move(items_.front());
    items_.pop_front();
    paragraphs_ -= file.prepared ? file.report.paragraphs : 0;
    not_full_.notify_one();
    return file;
  }

 private:
  std::size_t capacity_;
  std::size_t paragraph_capacity_;
  std::size_t paragraphs_ = 0;
  std::mutex mutex_;
  std::condition_variable_any not_full_;
  std::condition_variable not_empty_;
  std::deque<LoadedFile> items_;
};

// Loads, names and indexes files in order: everything ingest does except writing.
class FileLoader {
 public:
  FileLoader(const Database& database, const IngestOptions& options)
      : options_(options), known_(open_snapshot(database.path())), preparer_(database.stemming()) {
    loader_.set_max_file_bytes(options.max_file_bytes);
    if (known_) {
      for (const auto& stored : known_->list()) remember_content(stored.id, stored.content_hash);
    }
  }

  LoadedFile load(const std::filesystem::path& path) {
    LoadedFile file{{path, FileOutcome::Failed, {}, 0, {}, {}}, std::nullopt, nullptr};
    try {
      Statement statement = loader_.load_file(path, options_.overrides);
      // The shard is chosen by the file name's id, so that files sharing a name land in
      // the same shard, where the suffix below tells them apart.
      const bool other_shard = options_.shard && !belongs_to_shard(statement.id, *options_.shard);
      // Two files may share a name in different folders: the second gets a suffix made from
      // its path, so that its id stays the same on every run.
      const auto stored = known_ ? known_->summary(statement.id) : std::nullopt;
      const auto seen = seen_.find(statement.id);
      const bool taken =
          (seen != seen_.end() && seen->second != statement.source_path) ||
          (seen == seen_.end() && stored && stored->source_path != statement.source_path &&
           !is_original_of(statement.source_path, stored->source_path));
      if (taken) statement.id.append("-").append(content_digest(statement.source_path), 0, 6);
      seen_.emplace(statement.id, statement.source_path);
      file.report.statement_id = statement.id;
      file.report.paragraphs = statement.paragraphs.size();
      if (other_shard) {
        file.report.outcome = FileOutcome::OtherShard;
        return file;
      }
      file.report.same_as = statement_with_content(statement.content_hash, statement.id);
      remember_content(statement.id, statement.content_hash);
      if (const auto before = taken && known_ ? known_->summary(statement.id) : stored;
          before && is_unchanged(*before, statement)) {
        file.report.outcome = FileOutcome::Unchanged;  // no need to index it again
      } else {
        file.prepared.emplace(preparer_.prepare(std::move(statement)));
      }
    } catch (const DataError& e) {
      file.report.reason = e.what();
    } catch (...) {
      file.failure = std::current_exception();
    }
    return file;
  }

 private:
  // The last committed state, to recognise unchanged files and names already taken.
  static std::optional<Database> open_snapshot(const std::filesystem::path& path) {
    try {
      return Database::open_for_reading(path);
    } catch (const Error&) {
      return std::nullopt;
    }
  }

  // Records that statement `id` now holds the file content `hash`, forgetting what it held.
  void remember_content(const std::string& id, const std::string& hash) {
    if (hash.empty()) return;
    if (const auto before = content_by_id_.find(id); before != content_by_id_.end()) {
      if (const auto it = id_by_content_.find(before->second);
          it != id_by_content_.end() && it->second == id)
        id_by_content_.erase(it);
    }
    content_by_id_[id] = hash;
    id_by_content_.emplace(hash, id);
  }

  // Another statement holding the file content `hash`, or "".
  std::string statement_with_content(const std::string& hash, const std::string& id) const {
    const auto it = id_by_content_.find(hash);
    return hash.empty() || it == id_by_content_.end() || it->second == id ? "" : it->second;
  }

  const IngestOptions& options_;
  std::optional<Database> known_;
  StatementLoader loader_;
  StatementPreparer preparer_;
  std::map<std::string, std::string> seen_;
  // File contents of the statements stored before and during this run, both ways.
  std::map<std::string, std::string> id_by_content_;
  std::map<std::string, std::string> content_by_id_;
};

}  // namespace

IngestReport ingest_files(Database& database, const std::vector<std::filesystem::path>& files,
                          const IngestOptions& options) {
  // Reading, parsing and indexing files runs on a second thread while this one writes:
  // Xapian's writer is single-threaded, and the two halves take about the same time.
  LoadedFileQueue queue(16, 20000);
  FileLoader loader(database, options);
  std::jthread loading([&](std::stop_token stop) {
    for (const auto& path : files) {
      if (!queue.push(loader.load(path), stop)) return;
    }
  });

  IngestReport report;
  std::size_t pending_paragraphs = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    LoadedFile file = queue.pop();
    if (file.failure) std::rethrow_exception(file.failure);
    if (file.prepared) {
      const StoreOutcome outcome = database.store(std::move(*file.prepared));
      file.report.outcome = outcome == StoreOutcome::Added      ? FileOutcome::Added
                            : outcome == StoreOutcome::Replaced ? FileOutcome::Replaced
                                                                : FileOutcome::Unchanged;
      if (outcome != StoreOutcome::Unchanged) pending_paragraphs += file.report.paragraphs;
    }
    if (pending_paragraphs >= options.batch_paragraphs) {
      database.commit();
      pending_paragraphs = 0;
    }
    report.files.push_back(std::move(file.report));
    if (options.on_progress)
      options.on_progress(report.files.size(), files.size(), report.files.back());
  }
  database.commit();
  return report;
}

}  // namespace concord
