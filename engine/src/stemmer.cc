// Snowball stemming through libstemmer.
#include "concord/engine/stemmer.hpp"

#include <libstemmer.h>

#include "concord/engine/spelling_variants.hpp"
#include "concord/engine/string_map.hpp"

namespace concord {

namespace {
// Texts repeat a small vocabulary: remembering stems spares most calls into Snowball. The
// memo stops growing at this size so that a long ingest keeps bounded memory.
constexpr std::size_t kMaxRemembered = 1 << 17;
}  // namespace

struct Stemmer::Handle {
  sb_stemmer* stemmer = nullptr;
  const SpellingVariants* variants = nullptr;
  StringMap<std::string> remembered;
  ~Handle() { sb_stemmer_delete(stemmer); }
};

Stemmer::Stemmer(const std::string& language) {
  // libstemmer accepts ISO 639 codes ("en") as well as names ("english").
  if (language.empty()) return;
  sb_stemmer* stemmer = sb_stemmer_new(language.c_str(), "UTF_8");
  if (stemmer == nullptr) return;
  handle_ = std::make_unique<Handle>();
  handle_->stemmer = stemmer;
  handle_->variants = &SpellingVariants::of(language);
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;

std::string Stemmer::stem(std::string_view lower_case_word) {
  if (!handle_) return std::string(lower_case_word);
  if (const auto it = handle_->remembered.find(lower_case_word); it != handle_->remembered.end())
    return it->second;
  const std::string_view spelled = handle_->variants->american(lower_case_word);
  const sb_symbol* out =
      sb_stemmer_stem(handle_->stemmer, reinterpret_cast<const sb_symbol*>(spelled.data()),
                      static_cast<int>(spelled.size()));
  if (out == nullptr) return std::string(spelled);
  const std::string_view snowball(reinterpret_cast<const char*>(out),
                                  static_cast<std::size_t>(sb_stemmer_length(handle_->stemmer)));
  // A British form the table lacks ("cataloguer") still has a British stem, which no other
  // word has: the index's stemmer renames it too.
  std::string stem(handle_->variants->american_stem(snowball));
  if (handle_->remembered.size() < kMaxRemembered)
    handle_->remembered.emplace(lower_case_word, stem);
  return stem;
}

}  // namespace concord
