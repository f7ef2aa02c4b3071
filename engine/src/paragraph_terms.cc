// Stemmed, IDF-weighted term vectors of paragraphs and clauses.
#include "concord/engine/paragraph_terms.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "concord/engine/parallel.hpp"
#include "concord/engine/spelling_variants.hpp"
#include "concord/engine/stemmer.hpp"
#include "concord/engine/text.hpp"
#include "concord/engine/tokenizer.hpp"

namespace concord {
namespace {

bool ends_clause(std::string_view punctuation) {
  return punctuation == ";" || punctuation == ":" || punctuation == "." || punctuation == "!" ||
         punctuation == "?";
}

}  // namespace

double FrequencyTable::paragraph_frequency(std::string_view stem) const {
  const auto it = frequencies_.find(std::string(stem));
  return it == frequencies_.end() ? 0.0 : static_cast<double>(it->second);
}

void FrequencyTable::add_paragraph_stems(const std::vector<std::string>& distinct_stems) {
  ++paragraphs_;
  for (const auto& stem : distinct_stems) ++frequencies_[stem];
}

namespace {
// Snowball strips the possessive "'s" only with an ASCII apostrophe.
std::string stem_word(Stemmer& stemmer, std::string_view word) {
  const std::string lower = to_lower(word);
  constexpr std::string_view kRightQuote = "\xE2\x80\x99";
  std::string ascii;
  ascii.reserve(lower.size());
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (std::string_view(lower).substr(i, 3) == kRightQuote) {
      ascii.push_back('\'');
      i += 2;
    } else {
      ascii.push_back(lower[i]);
    }
  }
  return stemmer.stem(ascii);
}
}  // namespace

namespace {
std::vector<std::string> stems_of(std::string_view text, Stemmer& stemmer) {
  std::vector<std::string> out;
  for (const Token& token : tokenize(text)) {
    if (!token.is_word) continue;
    out.push_back(stem_word(stemmer, token_text(text, token)));
  }
  return out;
}
}  // namespace

std::vector<std::string> TermSpace::stems(std::string_view text, const std::string& language) {
  Stemmer stemmer(language);
  return stems_of(text, stemmer);
}

std::uint32_t TermSpace::intern(const std::string& stem) {
  // Most words are seen before: look up without making a node.
  if (const auto found = ids_.find(stem); found != ids_.end()) return found->second;
  const auto it = ids_.emplace(stem, static_cast<std::uint32_t>(idf_.size())).first;
  const std::uint32_t id = it->second;
  idf_.push_back(0.0f);  // known once every compared paragraph is counted
  stems_.push_back(stem);
  related_ids_.emplace_back();
  // The table is symmetric, so looking up the new term finds every relation with the terms
  // already seen, whatever order the paragraphs are read in.
  if (related_ != nullptr) {
    if (const auto* neighbours = related_->find(stem)) {
      for (const auto& [other, strength] : *neighbours) {
        const auto found = ids_.find(other);
        if (found == ids_.end() || found->second == id) continue;
        related_ids_[id].emplace_back(found->second, strength);
        related_ids_[found->second].emplace_back(id, strength);
      }
    }
  }
  return id;
}

void TermSpace::set_related(const RelatedTerms* related) {
  related_ = related;
  for (auto& list : related_ids_) list.clear();
  if (related_ == nullptr) return;
  // The table holds both directions of every relation: one pass over the terms finds all.
  for (std::uint32_t id = 0; id < stems_.size(); ++id) {
    const auto* neighbours = related_->find(stems_[id]);
    if (neighbours == nullptr) continue;
    for (const auto& [other, strength] : *neighbours) {
      const auto found = ids_.find(other);
      if (found != ids_.end() && found->second != id)
        related_ids_[id].emplace_back(found->second, strength);
    }
  }
}

TermVector TermSpace::vectorise(const std::vector<std::uint32_t>& term_ids) const {
  TermVector v;
  std::vector<std::uint32_t> sorted = term_ids;
  std::sort(sorted.begin(), sorted.end());
  double norm = 0;
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    const float idf = idf_[sorted[i]];
    // Sub-linear term frequency: a word said twice is not twice the point.
    const float weight = (1.0f + std::log(static_cast<float>(j - i))) * idf;
    v.ids.push_back(sorted[i]);
    v.weights.push_back(weight);
    v.mass += idf;
    norm += static_cast<double>(weight) * weight;
    i = j;
  }
  if (norm > 0) {
    const auto inverse = static_cast<float>(1.0 / std::sqrt(norm));
    for (float& w : v.weights) w *= inverse;
  }
  return v;
}

namespace {
StemmedParagraph stem_paragraph(Stemmer& stemmer, std::string_view text) {
  StemmedParagraph stemmed;
  auto end_clause = [&] {
    const std::size_t start = stemmed.clause_ends.empty() ? 0 : stemmed.clause_ends.back();
    if (stemmed.stems.size() > start) stemmed.clause_ends.push_back(stemmed.stems.size());
  };
  for (const Token& token : tokenize(text)) {
    if (token.is_word) {
      stemmed.stems.push_back(stem_word(stemmer, token_text(text, token)));
    } else if (ends_clause(token_text(text, token))) {
      end_clause();
    }
  }
  end_clause();
  return stemmed;
}
}  // namespace

std::vector<std::vector<StemmedParagraph>> stem_statements(
    const std::vector<Statement>& statements) {
  // Versions of one text repeat most of their paragraphs (ten yearly versions of a
  // resolution hold a quarter as many distinct paragraphs): each distinct text of a language
  // is stemmed once, the distinct texts spread over the cores.
  struct Distinct {
    const std::string* language;
    std::string_view text;
  };
  std::vector<Distinct> distinct;
  std::map<std::string_view, std::unordered_map<std::string_view, std::size_t>> index;
  std::vector<std::vector<std::size_t>> which(statements.size());
  for (std::size_t s = 0; s < statements.size(); ++s) {
    auto& of_language = index[statements[s].language];
    for (const Paragraph& paragraph : statements[s].paragraphs) {
      const auto [it, added] = of_language.try_emplace(paragraph.text, distinct.size());
      if (added) distinct.push_back({&statements[s].language, paragraph.text});
      which[s].push_back(it->second);
    }
  }
  // Contiguous slices, so that a stemmer's memory of the words it has stemmed serves a whole
  // slice.
  std::vector<StemmedParagraph> stemmed(distinct.size());
  for_each_slice_in_parallel(distinct.size(), [&](std::size_t begin, std::size_t end) {
    Stemmers stemmers;
    for (std::size_t d = begin; d < end; ++d)
      stemmed[d] = stem_paragraph(stemmers.of(*distinct[d].language), distinct[d].text);
  });
  std::vector<std::vector<StemmedParagraph>> out(statements.size());
  for (std::size_t s = 0; s < statements.size(); ++s) {
    out[s].reserve(which[s].size());
    for (const std::size_t d : which[s]) out[s].push_back(stemmed[d]);
  }
  return out;
}

std::vector<ParagraphTerms> TermSpace::terms_of(
    const std::vector<StemmedParagraph>& stemmed,
    const std::vector<std::vector<std::uint32_t>>& ids) {
  std::vector<ParagraphTerms> out;
  out.reserve(stemmed.size());
  for (std::size_t p = 0; p < stemmed.size(); ++p) {
    const std::vector<std::uint32_t>& all = ids[p];
    ParagraphTerms terms;
    std::size_t start = 0;
    for (const std::size_t end : stemmed[p].clause_ends) {
      terms.clauses.push_back(
          vectorise(std::vector<std::uint32_t>(all.begin() + static_cast<std::ptrdiff_t>(start),
                                               all.begin() + static_cast<std::ptrdiff_t>(end))));
      start = end;
    }
    terms.word_count = all.size();
    terms.whole = vectorise(all);
    terms.words = all;
    out.push_back(std::move(terms));
  }
  return out;
}

std::vector<std::vector<ParagraphTerms>> TermSpace::statement_terms(
    const std::vector<std::vector<StemmedParagraph>>& stemmed) {
  std::vector<std::vector<std::vector<std::uint32_t>>> ids(stemmed.size());
  std::size_t paragraphs = 0;
  for (std::size_t s = 0; s < stemmed.size(); ++s) {
    for (const StemmedParagraph& paragraph : stemmed[s]) {
      std::vector<std::uint32_t>& of_paragraph = ids[s].emplace_back();
      of_paragraph.reserve(paragraph.stems.size());
      for (const std::string& stem : paragraph.stems) of_paragraph.push_back(intern(stem));
      ++paragraphs;
    }
  }
  // How many compared paragraphs hold each term, added to the corpus's counts: a word every
  // compared paragraph repeats is formula here, however rare in the corpus.
  std::vector<std::uint32_t> own(size(), 0);
  std::vector<std::size_t> last_paragraph(size(), paragraphs);
  std::size_t paragraph = 0;
  for (const auto& statement : ids) {
    for (const auto& of_paragraph : statement) {
      for (const std::uint32_t id : of_paragraph) {
        if (last_paragraph[id] == paragraph) continue;
        last_paragraph[id] = paragraph;
        ++own[id];
      }
      ++paragraph;
    }
  }
  const double n = std::max(1.0, statistics_.paragraph_count() + static_cast<double>(paragraphs));
  const SpellingVariants& english_spellings = SpellingVariants::of("en");
  for (std::uint32_t id = 0; id < size(); ++id) {
    // A corpus counted without spelling variants holds "programme" under its own stem. The
    // table is English's; another language's stem seldom matches one of its American stems.
    const double corpus_df = english_spellings.paragraph_frequency(statistics_, stems_[id]);
    const double df = std::min(n, corpus_df + own[id]);
    // BM25's inverse document frequency: never negative, large for rare terms.
    idf_[id] = static_cast<float>(std::log(1.0 + (n - df + 0.5) / (df + 0.5)));
  }
  std::vector<std::vector<ParagraphTerms>> out;
  out.reserve(stemmed.size());
  for (std::size_t s = 0; s < stemmed.size(); ++s) out.push_back(terms_of(stemmed[s], ids[s]));
  return out;
}

FrequencyTable statistics_of(const std::vector<Statement>& statements) {
  FrequencyTable table;
  std::vector<std::string> distinct;
  for (const auto& statement : stem_statements(statements)) {
    for (const StemmedParagraph& paragraph : statement) {
      distinct = paragraph.stems;
      std::sort(distinct.begin(), distinct.end());
      distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
      table.add_paragraph_stems(distinct);
    }
  }
  return table;
}

}  // namespace concord
