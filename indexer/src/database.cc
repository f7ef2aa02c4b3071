// The Xapian database of statements: writing, reading and the index layout.
#include "concord/indexer/database.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "concord/engine/error.hpp"
#include "concord/engine/spelling_variants.hpp"
#include "concord/engine/text.hpp"
#include "concord/engine/vote_changes.hpp"
#include "concord/indexer/vote_json.hpp"
#include "database_impl.hpp"

namespace concord {

using namespace index_schema;
using Json = nlohmann::json;

void rethrow_xapian(const Xapian::Error& error, const std::string& doing) {
  // Xapian::Error is not polymorphic in the C++ sense: its type is a name. The common
  // failures get a plain reason and what to do; Xapian's own words follow in brackets.
  const std::string_view type = error.get_type();
  const std::string xapian_words = " (Xapian: " + error.get_msg() + ")";
  if (type == "DatabaseLockError") {
    throw EnvironmentError(doing + ": the database is being written by another process");
  }
  // A block that cannot be read in full is a file cut short or overwritten, not a full disk.
  const bool unreadable_block =
      type == "DatabaseError" && error.get_msg().find("reading block") != std::string::npos;
  if (type == "DatabaseCorruptError" || unreadable_block) {
    throw EnvironmentError(doing +
                           ": the database is damaged; restore a copy or ingest the files again "
                           "into a new one" +
                           xapian_words);
  }
  if (type == "DatabaseNotFoundError") {
    throw EnvironmentError(doing +
                           ": no Concord database there (a directory without a Xapian "
                           "database, or an unknown file)" +
                           xapian_words);
  }
  // Xapian reads any plain file as a stub database; other opening errors name their cause.
  if (type == "DatabaseOpeningError" && error.get_msg().find("Bad line") != std::string::npos) {
    throw EnvironmentError(doing + ": neither a Concord database nor a stub file of shards" +
                           xapian_words);
  }
  if (type == "DatabaseVersionError") {
    throw EnvironmentError(doing + ": the database was written by another version of Xapian" +
                           xapian_words);
  }
  throw EnvironmentError(doing + ": " + error.get_description());
}

namespace {

// Snowball, then the American stem for the stem of a British spelling: the engine's
// Stemmer does the same, so that search, compare and the corpus statistics agree.
class SpellingMergingStem : public Xapian::StemImplementation {
 public:
  SpellingMergingStem(Xapian::Stem snowball, const SpellingVariants& spellings)
      : snowball_(std::move(snowball)), spellings_(spellings) {}

  std::string operator()(const std::string& word) override {
    return std::string(spellings_.american_stem(snowball_(word)));
  }

  std::string get_description() const override {
    return "spelling-merging " + snowball_.get_description();
  }

 private:
  Xapian::Stem snowball_;
  const SpellingVariants& spellings_;
};

constexpr std::string_view kSnowballName = "snowball";
constexpr std::string_view kMergedSpellingsName = "snowball+spellings";

}  // namespace

Xapian::Stem stemmer_for(const std::string& language, Stemming stemming) {
  if (language.empty()) return Xapian::Stem();
  Xapian::Stem snowball;
  try {
    snowball = Xapian::Stem(language);
  } catch (const Xapian::InvalidArgumentError&) {
    return Xapian::Stem();
  }
  const SpellingVariants& spellings = SpellingVariants::of(language);
  if (stemming == Stemming::Snowball || spellings.empty()) return snowball;
  // Xapian::Stem owns the implementation through its reference count.
  return Xapian::Stem(new SpellingMergingStem(std::move(snowball), spellings));
}

std::string_view stemming_name(Stemming stemming) {
  return stemming == Stemming::Snowball ? kSnowballName : kMergedSpellingsName;
}

Stemming stored_stemming(const Xapian::Database& db) {
  const std::string name = db.get_metadata(kStemmingKey);
  if (name == kMergedSpellingsName) return Stemming::MergedSpellings;
  if (name == kSnowballName) return Stemming::Snowball;
  if (name.empty()) return db.get_doccount() == 0 ? Stemming::MergedSpellings : Stemming::Snowball;
  throw EnvironmentError("the database stems words as '" + name +
                         "', which this version of Concord does not know");
}

std::vector<std::string> body_terms(const std::string& body) {
  std::vector<std::string> terms;
  const std::string whole = slugify(body);
  if (whole.empty()) return terms;
  terms.push_back(kBodyPrefix + whole);
  // The initials of the capitalised words, so that body:nam finds the Non-Aligned Movement.
  std::string initials;
  std::string_view name = body;
  bool word_start = true;
  for (const char c : name) {
    if (c == ' ' || c == '-' || c == '/') {
      word_start = true;
    } else {
      if (word_start && c >= 'A' && c <= 'Z') initials.push_back(static_cast<char>(c - 'A' + 'a'));
      word_start = false;
    }
  }
  if (initials.size() >= 2) terms.push_back(kBodyPrefix + initials);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

std::string date_value(const std::string& iso_date) {
  std::string value;
  for (const char c : iso_date) {
    if (c >= '0' && c <= '9') value.push_back(c);
  }
  value.resize(8, '0');
  return value;
}

const Xapian::Stem& StemmerCache::get(const std::string& language) {
  auto it = stemmers_.find(language);
  if (it == stemmers_.end())
    it = stemmers_.emplace(language, stemmer_for(language, stemming_)).first;
  return it->second;
}

namespace {

std::string statement_key(std::string_view id) {
  return std::string(kUniquePrefix) + "S" + std::string(id);
}
std::string paragraph_key(std::string_view id, std::size_t ordinal) {
  return std::string(kUniquePrefix) + "P" + std::string(id) + "#" + std::to_string(ordinal);
}
std::string membership_term(std::string_view id) {
  return std::string(kStatementPrefix) + std::string(id);
}

Json statement_json(const Statement& s) {
  Json json{{"id", s.id},
            {"body", s.body},
            {"title", s.title},
            {"date", s.date},
            {"language", s.language},
            {"symbol", s.symbol},
            {"source_path", s.source_path},
            {"content_hash", s.content_hash},
            {"paragraph_count", s.paragraphs.size()}};
  if (s.vote) json["vote"] = vote_to_json(*s.vote);
  return json;
}

StatementSummary summary_from_json(const Json& j) {
  StatementSummary s;
  s.id = j.value("id", "");
  s.body = j.value("body", "");
  s.title = j.value("title", "");
  s.date = j.value("date", "");
  s.language = j.value("language", "");
  s.symbol = j.value("symbol", "");
  s.source_path = j.value("source_path", "");
  s.content_hash = j.value("content_hash", "");
  s.paragraph_count = j.value("paragraph_count", std::size_t{0});
  if (const auto vote = j.find("vote"); vote != j.end() && !vote->is_null())
    s.vote = vote_from_json(*vote);
  return s;
}

// The terms and values every document of a statement carries, computed once per statement.
struct StatementFields {
  std::vector<std::string> terms;
  std::vector<std::pair<Xapian::valueno, std::string>> values;

  explicit StatementFields(const Statement& s) {
    terms.push_back(membership_term(s.id));
    for (std::string& term : body_terms(s.body)) terms.push_back(std::move(term));
    if (!s.language.empty()) terms.push_back(kLanguagePrefix + s.language);
    if (s.date.size() >= 4) {
      terms.push_back(kYearPrefix + s.date.substr(0, 4));
      values.emplace_back(kYearSlot, s.date.substr(0, 4));
    }
    if (!s.symbol.empty()) terms.push_back(kSymbolPrefix + to_lower(s.symbol));
    if (s.vote) {
      for (const auto& [side, prefix] : {std::pair{&s.vote->in_favour, kInFavourPrefix},
                                         std::pair{&s.vote->against, kAgainstPrefix},
                                         std::pair{&s.vote->abstaining, kAbstainingPrefix}}) {
        for (const std::string& member : side->members)
          terms.push_back(prefix + vote_member_key(member));
      }
    }
    if (!s.date.empty()) values.emplace_back(kDateSlot, date_value(s.date));
    values.emplace_back(kStatementSlot, s.id);
    values.emplace_back(kBodySlot, s.body);
  }

  void add_to(Xapian::Document& doc) const {
    for (const std::string& term : terms) doc.add_boolean_term(term);
    for (const auto& [slot, value] : values) doc.add_value(slot, value);
  }
};

std::optional<Xapian::Document> find_unique(const Xapian::Database& db, const std::string& key) {
  Xapian::PostingIterator it = db.postlist_begin(key);
  if (it == db.postlist_end(key)) return std::nullopt;
  return db.get_document(*it);
}

}  // namespace

bool is_unchanged(const StatementSummary& stored, const Statement& s) {
  return stored.content_hash == s.content_hash && stored.body == s.body &&
         stored.title == s.title && stored.date == s.date && stored.language == s.language &&
         stored.symbol == s.symbol && stored.source_path == s.source_path &&
         stored.paragraph_count == s.paragraphs.size() && stored.vote == s.vote;
}

PreparedStatement::PreparedStatement(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PreparedStatement::PreparedStatement(PreparedStatement&&) noexcept = default;
PreparedStatement& PreparedStatement::operator=(PreparedStatement&&) noexcept = default;
PreparedStatement::~PreparedStatement() = default;
const Statement& PreparedStatement::statement() const { return impl_->statement; }

struct StatementPreparer::Impl {
  explicit Impl(Stemming stemming) : stemmers(stemming) {}

  Xapian::TermGenerator term_generator;
  StemmerCache stemmers;
};

StatementPreparer::StatementPreparer(Stemming stemming) : impl_(std::make_unique<Impl>(stemming)) {
  impl_->term_generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}
StatementPreparer::StatementPreparer(StatementPreparer&&) noexcept = default;
StatementPreparer& StatementPreparer::operator=(StatementPreparer&&) noexcept = default;
StatementPreparer::~StatementPreparer() = default;

PreparedStatement StatementPreparer::prepare(Statement statement) {
  auto prepared = std::make_unique<PreparedStatement::Impl>();
  try {
    const StatementFields fields(statement);
    Xapian::TermGenerator& indexer = impl_->term_generator;
    indexer.set_stemmer(impl_->stemmers.get(statement.language));
    const bool cjk =
        statement.language == "zh" || statement.language == "ja" || statement.language == "ko";
    indexer.set_flags(cjk ? Xapian::TermGenerator::FLAG_CJK_NGRAM : 0);
    prepared->paragraphs.reserve(statement.paragraphs.size());
    for (const Paragraph& p : statement.paragraphs) {
      Xapian::Document doc;
      indexer.set_document(doc);
      indexer.index_text(p.text);
      fields.add_to(doc);
      doc.add_boolean_term(std::string(kKindPrefix) + std::string(to_string(p.kind)));
      doc.add_value(kOrdinalSlot, Xapian::sortable_serialise(static_cast<double>(p.ordinal)));
      doc.add_boolean_term(paragraph_key(statement.id, p.ordinal));
      doc.set_data(Json{
          {"statement", statement.id},
          {"title", statement.title},
          {"body", statement.body},
          {"date", statement.date},
          {"language", statement.language},
          {"ordinal", p.ordinal},
          {"label", p.label},
          {"kind", to_string(p.kind)},
          {"text",
           p.text}}.dump());
      prepared->paragraphs.push_back(std::move(doc));
    }
    fields.add_to(prepared->head);
    prepared->head.add_boolean_term(kStatementType);
    prepared->head.add_boolean_term(statement_key(statement.id));
    prepared->head.set_data(statement_json(statement).dump());
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot index statement " + statement.id);
  }
  prepared->statement = std::move(statement);
  return PreparedStatement(std::move(prepared));
}

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() {
  if (!impl_ || !impl_->writer) return;
  try {
    // Closing cancels the open transaction: uncommitted changes are dropped, not committed.
    impl_->writer->close();
  } catch (const Xapian::Error&) {
    // A destructor must not throw; the database stays as of the last commit.
  }
}

namespace {

// A stub database is a text file of lines such as "auto shard0" or "remote :host:port".
bool is_stub_database(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const std::string word = line.substr(0, line.find(' '));
    if (word.empty() || word[0] == '#') continue;
    static const std::array<std::string_view, 7> kStubKinds{"auto",  "remote", "tcp",     "prog",
                                                            "glass", "chert",  "inmemory"};
    return std::find(kStubKinds.begin(), kStubKinds.end(), word) != kStubKinds.end();
  }
  return false;
}

// A folder holding a Xapian database has the file that names its backend.
bool holds_a_database(const std::filesystem::path& folder) {
  std::error_code ec;
  for (const char* marker : {"iamglass", "iamchert", "iamhoney"}) {
    if (std::filesystem::exists(folder / marker, ec)) return true;
  }
  return false;
}

}  // namespace

Database Database::open_for_writing(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec)) {
    // Writing through a stub would scatter one statement's documents over its shards.
    if (is_stub_database(path)) {
      throw EnvironmentError(path.string() +
                             " is a stub database: ingest into each shard with --db SHARD "
                             "--shard I/N");
    }
    throw EnvironmentError(path.string() + " is a file, not a database: give a folder for --db");
  }
  // Xapian would scatter its files among the user's own.
  if (std::filesystem::is_directory(path, ec) && !std::filesystem::is_empty(path, ec) &&
      !holds_a_database(path)) {
    throw EnvironmentError(path.string() +
                           " is a folder that holds no database: give a new or empty folder "
                           "for --db");
  }
  auto impl = std::make_unique<Impl>();
  impl->path = path.string();
  try {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    impl->writer.emplace(path.string(), Xapian::DB_CREATE_OR_OPEN);
    const Stemming stemming = stored_stemming(*impl->writer);
    impl->stemmers = StemmerCache(stemming);
    // Recorded with the first commit, so that later readers stem queries the same way.
    if (impl->writer->get_metadata(kStemmingKey).empty())
      impl->writer->set_metadata(kStemmingKey, std::string(stemming_name(stemming)));
    // Every batch is one transaction: Xapian then never flushes half a statement on its
    // own, and a batch that is not committed is discarded rather than half-written.
    impl->writer->begin_transaction(true);
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot open database " + path.string() + " for writing");
  }
  return Database(std::move(impl));
}

Database Database::open_for_reading(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw EnvironmentError("no database at " + path.string() + " (run 'concord ingest' first)");
  }
  auto impl = std::make_unique<Impl>();
  impl->path = path.string();
  try {
    impl->reader = Xapian::Database(path.string());
    impl->stemmers = StemmerCache(stored_stemming(impl->reader));
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot open database " + path.string());
  }
  return Database(std::move(impl));
}

StoreOutcome Database::store(const Statement& statement) {
  if (!impl_->preparer) impl_->preparer.emplace(stemming());
  return store(impl_->preparer->prepare(statement));
}

StoreOutcome Database::store(PreparedStatement&& prepared) {
  if (!impl_->writer) throw EnvironmentError("database " + impl_->path + " is open read-only");
  Xapian::WritableDatabase& db = *impl_->writer;
  const Statement& statement = prepared.statement();
  try {
    const auto existing = summary(statement.id);
    if (existing && is_unchanged(*existing, statement)) return StoreOutcome::Unchanged;
    db.delete_document(membership_term(statement.id));
    for (Xapian::Document& doc : prepared.impl_->paragraphs) {
      db.add_document(doc);
      doc = Xapian::Document();
    }
    // The statement document goes last: its presence marks the statement as complete.
    db.add_document(prepared.impl_->head);
    return existing ? StoreOutcome::Replaced : StoreOutcome::Added;
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot store statement " + statement.id);
  }
}

bool Database::remove(std::string_view id) {
  if (!impl_->writer) throw EnvironmentError("database " + impl_->path + " is open read-only");
  try {
    if (!summary(id)) return false;
    impl_->writer->delete_document(membership_term(id));
    return true;
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot remove statement " + std::string(id));
  }
}

void Database::commit() {
  if (!impl_->writer) return;
  try {
    impl_->writer->commit_transaction();
    impl_->writer->begin_transaction(true);
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot commit to database " + impl_->path);
  }
}

std::optional<StatementSummary> Database::summary(std::string_view id) const {
  try {
    const auto doc = find_unique(impl_->db(), statement_key(id));
    if (!doc) return std::nullopt;
    return summary_from_json(Json::parse(doc->get_data()));
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot read statement " + std::string(id));
  } catch (const Json::exception& e) {
    throw EnvironmentError("corrupt record for statement " + std::string(id) + ": " + e.what());
  }
}

std::optional<Statement> Database::find(std::string_view id) const {
  const auto head = summary(id);
  if (!head) return std::nullopt;
  Statement s;
  s.id = head->id;
  s.body = head->body;
  s.title = head->title;
  s.date = head->date;
  s.language = head->language;
  s.symbol = head->symbol;
  s.source_path = head->source_path;
  s.content_hash = head->content_hash;
  s.vote = head->vote;
  try {
    const Xapian::Database& db = impl_->db();
    const std::string term = membership_term(id);
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
      const Xapian::Document doc = db.get_document(*it);
      const Json j = Json::parse(doc.get_data());
      if (!j.contains("ordinal")) continue;
      Paragraph p;
      p.ordinal = j.value("ordinal", std::size_t{0});
      p.label = j.value("label", "");
      if (!parse_paragraph_kind(j.value("kind", "other"), p.kind)) p.kind = ParagraphKind::Other;
      p.text = j.value("text", "");
      s.paragraphs.push_back(std::move(p));
    }
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot read statement " + std::string(id));
  }
  std::sort(s.paragraphs.begin(), s.paragraphs.end(),
            [](const Paragraph& a, const Paragraph& b) { return a.ordinal < b.ordinal; });
  return s;
}

std::vector<StatementSummary> Database::list() const {
  std::vector<StatementSummary> out;
  try {
    const Xapian::Database& db = impl_->db();
    for (auto it = db.postlist_begin(kStatementType); it != db.postlist_end(kStatementType); ++it) {
      out.push_back(summary_from_json(Json::parse(db.get_document(*it).get_data())));
    }
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot list statements");
  }
  std::sort(out.begin(), out.end(), [](const StatementSummary& a, const StatementSummary& b) {
    return std::tie(a.date, a.id) < std::tie(b.date, b.id);
  });
  return out;
}

std::size_t Database::paragraph_count() const {
  try {
    const Xapian::Database& db = impl_->db();
    return db.get_doccount() - db.get_termfreq(kStatementType);
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot count paragraphs");
  }
}

std::vector<std::string> Database::languages() const {
  std::vector<std::string> out;
  try {
    const Xapian::Database& db = impl_->db();
    for (auto it = db.allterms_begin(kLanguagePrefix); it != db.allterms_end(kLanguagePrefix);
         ++it) {
      out.push_back((*it).substr(1));
    }
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot list languages");
  }
  return out;
}

Stemming Database::stemming() const noexcept { return impl_->stemmers.stemming(); }

std::filesystem::path Database::path() const { return impl_->path; }

void Database::reopen() {
  try {
    impl_->search_context.reset();
    if (!impl_->writer && impl_->reader.reopen()) {
      // The database may have been rebuilt under another stemming scheme meanwhile.
      if (const Stemming now = stored_stemming(impl_->reader); now != stemming()) {
        impl_->stemmers = StemmerCache(now);
        impl_->preparer.reset();
      }
    }
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "cannot reopen database " + impl_->path);
  }
}

}  // namespace concord
