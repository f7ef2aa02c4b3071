// Private: the Xapian side of Database, shared by the database and search code.
#pragma once

#include <xapian.h>

#include <map>
#include <optional>
#include <string>

#include "concord/indexer/database.hpp"

namespace concord {

/// Value slots and term prefixes of the index (docs/DESIGN.md lists them).
namespace index_schema {
inline constexpr Xapian::valueno kDateSlot = 0;       // "YYYYMMDD", missing parts as "00"
inline constexpr Xapian::valueno kStatementSlot = 1;  // statement id, for collapsing
inline constexpr Xapian::valueno kBodySlot = 2;       // body as written, for facets
inline constexpr Xapian::valueno kYearSlot = 3;       // "YYYY", for facets
inline constexpr Xapian::valueno kOrdinalSlot = 4;    // sortable_serialise(ordinal)

inline constexpr const char* kUniquePrefix = "Q";
inline constexpr const char* kStatementPrefix = "XS";
inline constexpr const char* kTypePrefix = "XT";
inline constexpr const char* kBodyPrefix = "XB";
inline constexpr const char* kLanguagePrefix = "L";
inline constexpr const char* kKindPrefix = "K";
inline constexpr const char* kYearPrefix = "Y";
inline constexpr const char* kSymbolPrefix = "XY";
// A member State's vote on the statement: in favour, against, abstaining + vote_member_key.
inline constexpr const char* kInFavourPrefix = "XVF";
inline constexpr const char* kAgainstPrefix = "XVA";
inline constexpr const char* kAbstainingPrefix = "XVB";
inline constexpr const char* kStatementType = "XTstatement";

/// Metadata key naming the database's Stemming; absent in databases written before it.
inline constexpr const char* kStemmingKey = "concord.stemming";
}  // namespace index_schema

/// Converts a Xapian error into Concord's hierarchy, naming what was being done.
[[noreturn]] void rethrow_xapian(const Xapian::Error& error, const std::string& doing);

/// The stemmer for an ISO 639-1 code under `stemming`; a no-op stemmer for languages Xapian
/// does not stem.
[[nodiscard]] Xapian::Stem stemmer_for(const std::string& language, Stemming stemming);

/// The Stemming a database records. One without a record is a new, empty database (which
/// gets the current scheme) or was written before the record existed (plain Snowball).
/// Throws EnvironmentError for a scheme this version does not know.
[[nodiscard]] Stemming stored_stemming(const Xapian::Database& db);

/// The name of `stemming` in the database's metadata.
[[nodiscard]] std::string_view stemming_name(Stemming stemming);

/// Boolean terms for a body: the slug of the whole name and its initials ("XBnam"). Words
/// of a name (`body:friends`) are matched at query time against the list of bodies.
[[nodiscard]] std::vector<std::string> body_terms(const std::string& body);

/// The date as a value: "2025-11-18" -> "20251118", "2025-11" -> "20251100".
[[nodiscard]] std::string date_value(const std::string& iso_date);

/// Stemmers by language under one Stemming, created once.
class StemmerCache {
 public:
  explicit StemmerCache(Stemming stemming) : stemming_(stemming) {}

  [[nodiscard]] const Xapian::Stem& get(const std::string& language);
  [[nodiscard]] Stemming stemming() const noexcept { return stemming_; }

 private:
  Stemming stemming_;
  std::map<std::string, Xapian::Stem> stemmers_;
};

struct PreparedStatement::Impl {
  Statement statement;
  std::vector<Xapian::Document> paragraphs;
  /// The statement's own document, stored after its paragraphs.
  Xapian::Document head;
};

/// What every search needs from the database and would otherwise rebuild per query: the
/// languages by paragraph count, the body terms and a query parser per language. Dropped
/// whenever the database is reopened.
struct SearchContext {
  std::vector<std::pair<Xapian::doccount, std::string>> languages;
  std::vector<std::string> bodies;
  std::map<std::string, Xapian::QueryParser> parsers;
};

struct Database::Impl {
  std::optional<SearchContext> search_context;
  std::optional<Xapian::WritableDatabase> writer;
  Xapian::Database reader;
  std::string path;
  StemmerCache stemmers{Stemming::MergedSpellings};
  std::optional<StatementPreparer> preparer;

  [[nodiscard]] const Xapian::Database& db() const { return writer ? *writer : reader; }
  [[nodiscard]] const Xapian::Stem& stemmer(const std::string& language) {
    return stemmers.get(language);
  }
};

}  // namespace concord
