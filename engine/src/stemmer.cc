// Snowball stemming through libstemmer.
#include "concord/engine/stemmer.hpp"

#include <libstemmer.h>

namespace concord {

struct Stemmer::Handle {
  sb_stemmer* stemmer = nullptr;
  ~Handle() { sb_stemmer_delete(stemmer); }
};

Stemmer::Stemmer(const std::string& language) {
  // libstemmer accepts ISO 639 codes ("en") as well as names ("english").
  if (language.empty()) return;
  sb_stemmer* stemmer = sb_stemmer_new(language.c_str(), "UTF_8");
  if (stemmer == nullptr) return;
  handle_ = std::make_unique<Handle>();
  handle_->stemmer = stemmer;
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;

std::string Stemmer::stem(std::string_view lower_case_word) {
  if (!handle_) return std::string(lower_case_word);
  const sb_symbol* out =
      sb_stemmer_stem(handle_->stemmer, reinterpret_cast<const sb_symbol*>(lower_case_word.data()),
                      static_cast<int>(lower_case_word.size()));
  if (out == nullptr) return std::string(lower_case_word);
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<std::size_t>(sb_stemmer_length(handle_->stemmer)));
}

}  // namespace concord
