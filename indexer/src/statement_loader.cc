// Turns one file into a Statement: size and encoding checks, metadata precedence, paragraphs.
#include "concord/indexer/statement_loader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <locale>
#include <sstream>

#include "body_names.hpp"
#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_structure.hpp"
#include "concord/engine/text.hpp"
#include "concord/indexer/term_statistics_sources.hpp"
#include "general_debate_files.hpp"
#include "language_detector.hpp"
#include "metadata_fields.hpp"

namespace concord {
namespace {

// Without a title in its metadata, a statement's title is a heading among its first paragraphs.
constexpr std::size_t kTitleWithin = 3;

// A body, a symbol and an id are index terms, which Xapian keeps under 245 bytes: a body or
// symbol longer than this is a misread header, and a longer file name gives a shorter id.
constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxIdBytes = 200;
// Every paragraph in the index carries its statement's title: a 200 KB title made ingest
// cost its size times the paragraphs.
constexpr std::size_t kMaxTitleBytes = 1000;

void require_short(std::string_view field, const std::string& value) {
  if (value.size() > kMaxNameBytes) {
    throw DataError(fmt::format("its {} is {} bytes long; at most {} are allowed", field,
                                value.size(), kMaxNameBytes));
  }
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError("cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw DataError("cannot read file");
  return std::move(buffer).str();
}

DocumentMetadata read_sidecar(const std::filesystem::path& path) {
  std::filesystem::path sidecar = path;
  sidecar += ".meta.yaml";
  DocumentMetadata metadata;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(sidecar, ec)) return metadata;
  try {
    set_metadata_from_yaml(metadata, YAML::LoadFile(sidecar.string()));
  } catch (const DataError& e) {
    throw DataError("sidecar " + sidecar.string() + ": " + e.what());
  } catch (const YAML::Exception& e) {
    throw DataError("malformed sidecar " + sidecar.string() + ": " + e.msg);
  }
  return metadata;
}

// HTML is left out: its reader falls back to Windows-1252, as browsers do.
bool requires_utf8(DocumentFormat format) {
  return format == DocumentFormat::Text || format == DocumentFormat::Markdown;
}

std::string human_size(std::uintmax_t bytes) {
  if (bytes >= 1024 * 1024)
    return fmt::format("{:.0f} MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  if (bytes >= 1024) return fmt::format("{:.0f} KB", static_cast<double>(bytes) / 1024.0);
  return fmt::format("{} bytes", bytes);
}

// Control characters other than tab and newline have no place in statements, and would
// collide with the highlight marks of search snippets.
std::string drop_control_characters(std::string text) {
  std::erase_if(text, [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
  });
  return text;
}

constexpr std::uint64_t kFnvOffsetBasis = 1469598103934665603ull;

// 64-bit FNV-1a, continued from `hash` over `bytes`: a digest can be made piece by piece.
std::uint64_t fnv1a(std::uint64_t hash, std::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

std::uint64_t fnv1a_digest(std::string_view bytes) { return fnv1a(kFnvOffsetBasis, bytes); }

std::string content_digest(std::string_view bytes) {
  return fmt::format("{:016x}", fnv1a_digest(bytes));
}

std::string paragraphs_digest(const std::vector<Paragraph>& paragraphs) {
  // Control characters never occur in paragraphs (drop_control_characters), so they
  // separate the fields without ambiguity; the paragraphs are hashed in place, not copied.
  std::uint64_t hash = kFnvOffsetBasis;
  for (const Paragraph& p : paragraphs) {
    hash = fnv1a(fnv1a(hash, p.label), "\x1f");
    hash = fnv1a(fnv1a(hash, to_string(p.kind)), "\x1f");
    hash = fnv1a(fnv1a(hash, p.text), "\x1e");
  }
  return fmt::format("{:016x}", hash);
}

std::vector<Paragraph> build_paragraphs(const std::vector<TextBlock>& blocks) {
  std::vector<Paragraph> paragraphs;
  paragraphs.reserve(blocks.size());
  for (const TextBlock& block : blocks) {
    std::string text = collapse_whitespace(to_nfc(drop_control_characters(block.text)));
    // A block without a letter or digit ("---", "* * *") is a separator, not a paragraph.
    if (count_words(text) == 0) continue;
    Paragraph paragraph;
    if (block.label.empty()) {
      LabelledText split = split_label(text);
      paragraph.label = std::move(split.label);
      paragraph.text = std::move(split.text);
    } else {
      paragraph.label = collapse_whitespace(block.label);
      paragraph.text = std::move(text);
    }
    if (paragraph.text.empty()) continue;
    paragraph.kind = classify_paragraph(paragraph.text, paragraph.label, block.hint);
    paragraph.ordinal = paragraphs.size();
    paragraphs.push_back(std::move(paragraph));
  }
  mark_numbered_section_headings(paragraphs);
  return paragraphs;
}

StatementLoader::StatementLoader() {
  // libstdc++ fills std::ctype<char>'s narrow() cache lazily, one character at its first use,
  // and the readers' regular expressions are compiled on several threads at once: filled
  // here, before any file is read, the cache is only ever read by them.
  const auto& ctype = std::use_facet<std::ctype<char>>(std::locale());
  for (int c = 0; c < 256; ++c) (void)ctype.narrow(static_cast<char>(c), '\0');
}
StatementLoader::~StatementLoader() = default;

namespace {
// An optional data file: its table when it is there, else an empty one (what it serves, naming
// bodies or countries, is then off, never an error).
template <typename Table>
std::unique_ptr<Table> read_if_present(const std::filesystem::path& path) {
  std::error_code ec;
  return std::make_unique<Table>(std::filesystem::is_regular_file(path, ec) ? Table::read(path)
                                                                            : Table());
}
}  // namespace

const BodyNames& StatementLoader::body_names() const {
  std::call_once(body_names_loaded_, [this] {
    body_names_ = read_if_present<BodyNames>(data_directory() / "bodies.yaml");
  });
  return *body_names_;
}

const CountryNames& StatementLoader::country_names() const {
  std::call_once(country_names_loaded_,
                 [this] { country_names_ = read_if_present<CountryNames>(kIsoCountriesFile); });
  return *country_names_;
}

const LanguageDetector& StatementLoader::language_detector() const {
  std::call_once(detector_loaded_,
                 [this] { language_detector_ = std::make_unique<LanguageDetector>(); });
  return *language_detector_;
}

Statement StatementLoader::load_file(const std::filesystem::path& path,
                                     const DocumentMetadata& overrides) const {
  std::error_code exists_error;
  if (!std::filesystem::exists(path, exists_error)) throw DataError("no such file or folder");
  const auto format = format_from_path(path);
  if (!format) {
    throw DataError(
        fmt::format("unsupported file type '{}' (supported: .txt .md .html .htm .pdf .docx .xml)",
                    path.extension().string()));
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw DataError("is a directory");
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) throw DataError("cannot read file: " + ec.message());
  if (size == 0) throw DataError("empty file");
  if (size > max_file_bytes_) {
    throw DataError(fmt::format("file too large ({}; the limit is {})", human_size(size),
                                human_size(max_file_bytes_)));
  }
  return load_bytes(read_all(path), path, *format, overrides);
}

Statement StatementLoader::load_bytes(std::string_view bytes, const std::filesystem::path& path,
                                      DocumentFormat format,
                                      const DocumentMetadata& overrides) const {
  if (bytes.empty()) throw DataError("empty file");
  if (requires_utf8(format)) {
    const std::size_t bad = find_invalid_utf8(bytes);
    if (bad != bytes.size()) throw DataError(fmt::format("invalid UTF-8 at byte {}", bad));
  }
  ExtractedDocument document = read_document(format, bytes);
  std::vector<Paragraph> paragraphs = build_paragraphs(document.blocks);
  if (paragraphs.empty()) throw DataError("no text found");

  DocumentMetadata metadata = overrides;
  metadata.fill_missing_from(read_sidecar(path));
  metadata.fill_missing_from(document.metadata);
  if (metadata.unreadable_date) {
    throw DataError(
        fmt::format("its date '{}' is not a day of the calendar (correct it, or "
                    "give --date)",
                    *metadata.unreadable_date));
  }
  if (metadata.unreadable_language) {
    throw DataError(
        fmt::format("its language '{}' is not one Concord can read (write a two-letter "
                    "code such as en, or give --lang)",
                    *metadata.unreadable_language));
  }
  if (const auto general_debate = parse_general_debate_file_name(path)) {
    if (auto named = general_debate_metadata(*general_debate, country_names()))
      metadata.fill_missing_from(*named);
  }

  Statement statement;
  statement.id = slugify(path.stem().string());
  if (statement.id.empty())
    statement.id = "statement-" + content_digest(path.string()).substr(0, 8);
  if (statement.id.size() > kMaxIdBytes) {
    // The digest keeps two long names that share their first 190 bytes apart.
    const std::string digest = content_digest(statement.id).substr(0, 8);
    statement.id.resize(kMaxIdBytes - digest.size() - 1);
    statement.id += "-" + digest;
  }
  statement.body = collapse_whitespace(to_nfc(metadata.body.value_or("")));
  statement.date = metadata.date.value_or("");
  statement.symbol = collapse_whitespace(metadata.symbol.value_or(""));
  statement.vote = metadata.vote;
  if (metadata.title) {
    statement.title = collapse_whitespace(to_nfc(*metadata.title));
  } else {
    // A title opens the document: a short line near its end ("Let us not desecrate our
    // future!" closing a speech) is not one.
    const auto opening =
        paragraphs.begin() + static_cast<std::ptrdiff_t>(std::min(paragraphs.size(), kTitleWithin));
    const auto heading = std::find_if(paragraphs.begin(), opening, [](const Paragraph& p) {
      return p.kind == ParagraphKind::Heading;
    });
    statement.title = heading != opening ? heading->text : path.stem().string();
  }
  statement.title = shorten_at_word(statement.title, kMaxTitleBytes);
  if (statement.body.empty())
    statement.body = body_names().named_in_title(statement.title).value_or("");
  require_short("body", statement.body);
  require_short("symbol", statement.symbol);
  if (metadata.language) {
    statement.language = *metadata.language;
  } else {
    std::string sample;
    for (const Paragraph& p : paragraphs) {
      if (sample.size() > 4000) break;
      sample.append(p.text).push_back('\n');
    }
    statement.language = language_detector().detect(sample).value_or("");
  }
  std::error_code ec;
  const auto absolute = std::filesystem::weakly_canonical(path, ec);
  statement.source_path = ec ? path.string() : absolute.string();
  statement.content_hash = paragraphs_digest(paragraphs);
  statement.paragraphs = std::move(paragraphs);
  return statement;
}

}  // namespace concord
