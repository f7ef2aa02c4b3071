// Where the engine's term statistics come from: a database, or the table shipped as data.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/related_terms.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/term_statistics.hpp"
#include "concord/engine/word_vectors.hpp"
#include "concord/indexer/database.hpp"
#include "concord/indexer/machine_translation.hpp"

namespace concord {

/// Paragraph frequencies of the stemmed terms in a database (its "Z" terms).
class DatabaseTermStatistics : public TermStatistics {
 public:
  explicit DatabaseTermStatistics(const Database& database) : database_(database) {}
  [[nodiscard]] double paragraph_count() const override;
  [[nodiscard]] double paragraph_frequency(std::string_view stem) const override;

 private:
  const Database& database_;
};

/// The folder of Concord's data files: $CONCORD_DATA_DIR, else the one installed beside the
/// program (../share/concord), else the source tree's data/ folder.
[[nodiscard]] std::filesystem::path data_directory();

/// Reads a background table (`paragraphs<TAB>N` then `stem<TAB>frequency` lines). Throws
/// DataError when the file is malformed, EnvironmentError when it cannot be read.
[[nodiscard]] FrequencyTable read_frequency_table(const std::filesystem::path& path);

/// Writes `table` in the format read_frequency_table reads, keeping stems seen at least
/// `min_frequency` times.
void write_frequency_table(const FrequencyTable& table, const std::filesystem::path& path,
                           std::uint64_t min_frequency);

/// The background table shipped for `language`, or an empty table when there is none.
[[nodiscard]] FrequencyTable background_statistics(const std::string& language);

/// Reads a related-terms table (`stem<TAB>related<TAB>strength` lines), only the pairs of
/// two `wanted` stems when it is given. The stem of a British spelling is read as that of
/// the American one (SpellingVariants of `language`: tables learnt before the stemmer merged
/// them have both). Throws DataError when the file is malformed, EnvironmentError when it
/// cannot be read.
[[nodiscard]] RelatedTerms read_related_terms(const std::filesystem::path& path,
                                              const StemFilter& wanted = {},
                                              std::string_view language = {});

/// Writes `related` in the format read_related_terms reads, sorted, after `header` (its
/// lines become comment lines).
void write_related_terms(const RelatedTerms& related, const std::filesystem::path& path,
                         std::string_view header = {});

/// The related-terms table shipped for `language` together with its synonym table
/// (data/synonyms/LANG.tsv, same format), or an empty one when there is neither; only the
/// pairs of two `wanted` stems when it is given.
[[nodiscard]] RelatedTerms background_related_terms(const std::string& language,
                                                    const StemFilter& wanted = {});

/// Reads word vectors (`dimensions<TAB>D`, then `stem<TAB>c1 c2 ... cD` lines, each
/// component an integer in [-127, 127]: the unit vector scaled by 127), only those of
/// `wanted` stems when it is given (the others are not checked). Rows of a British and an
/// American spelling (SpellingVariants of `language`) make one vector, the normalised sum of
/// both. Throws DataError when the file is malformed, EnvironmentError when it cannot be
/// read.
[[nodiscard]] WordVectors read_word_vectors(const std::filesystem::path& path,
                                            const StemFilter& wanted = {},
                                            std::string_view language = {});

/// Writes `vectors` in the format read_word_vectors reads, sorted by stem.
void write_word_vectors(const WordVectors& vectors, const std::filesystem::path& path);

/// The word vectors shipped for `language` (of the `wanted` stems when it is given), or
/// empty ones when there are none.
[[nodiscard]] WordVectors background_word_vectors(const std::string& language,
                                                  const StemFilter& wanted = {});

/// Whether statements written in different languages are aligned through machine
/// translations of them.
enum class Translation { Never, WhenLanguagesDiffer };

/// A translator when `statements` are in different languages and `translation` allows it;
/// nothing otherwise (then nothing starts Apertium).
[[nodiscard]] std::optional<MachineTranslator> translator_for(
    const std::vector<Statement>& statements, Translation translation);

/// Compares `statements` with the best term statistics at hand: the database's when
/// `database` is given and holds paragraphs, else the background table of the statements'
/// language; both combined with the statements' own; related terms and word vectors from
/// the background tables. Statements in different languages are read, when `translation`
/// allows and Apertium can, in one language (see translate_to_common_language); the result's
/// `translated_into` then names it.
[[nodiscard]] Comparison compare_with_corpus_statistics(
    const std::vector<Statement>& statements, const Database* database, CompareOptions options,
    Translation translation = Translation::WhenLanguagesDiffer);

/// The same, translating with `translator` (never when null): for callers that translate
/// more than the statements (their speech acts, for the consensus matrix) and list
/// Apertium's language pairs once.
[[nodiscard]] Comparison compare_with_corpus_statistics(const std::vector<Statement>& statements,
                                                        const Database* database,
                                                        CompareOptions options,
                                                        const MachineTranslator* translator);

}  // namespace concord
