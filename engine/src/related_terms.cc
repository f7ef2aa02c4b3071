// Distributional related terms: PPMI context vectors and their cosines.
#include "concord/engine/related_terms.hpp"

#include <algorithm>
#include <cmath>

namespace concord {

void RelatedTerms::add(const std::string& stem, const std::string& related, float strength) {
  // Both directions, keeping the stronger strength when a pair is added twice. Neighbours
  // stay sorted strongest first by inserting in place: loading a table adds tens of
  // thousands of pairs, and sorting after each one dominated start-up.
  const auto stronger = [](float s, const auto& n) { return s > n.second; };
  for (const auto& [from, to] : {std::pair{stem, related}, std::pair{related, stem}}) {
    auto& neighbours = table_[from];
    auto it = std::find_if(neighbours.begin(), neighbours.end(),
                           [&](const auto& n) { return n.first == to; });
    float best = strength;
    if (it != neighbours.end()) {
      best = std::max(it->second, strength);
      neighbours.erase(it);
    }
    neighbours.insert(std::upper_bound(neighbours.begin(), neighbours.end(), best, stronger),
                      {to, best});
  }
}

const RelatedTerms::Neighbours* RelatedTerms::find(const std::string& stem) const {
  const auto it = table_.find(stem);
  return it == table_.end() ? nullptr : &it->second;
}

void RelatedTermsBuilder::add_paragraph(const std::vector<std::string>& stems) {
  std::vector<std::uint32_t> ids;
  ids.reserve(stems.size());
  for (const std::string& stem : stems) {
    const auto [it, inserted] = ids_.emplace(stem, static_cast<std::uint32_t>(stems_.size()));
    if (inserted) stems_.push_back(stem);
    ids.push_back(it->second);
  }
  paragraphs_.push_back(std::move(ids));
}

std::vector<std::uint64_t> RelatedTermsBuilder::paragraph_frequencies() const {
  std::vector<std::uint64_t> frequency(stems_.size(), 0);
  for (const auto& paragraph : paragraphs_) {
    std::vector<std::uint32_t> distinct = paragraph;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (const auto id : distinct) ++frequency[id];
  }
  return frequency;
}

RelatedTerms RelatedTermsBuilder::build(const Options& options) const {
  const std::size_t vocabulary = stems_.size();
  // Paragraph frequencies decide which stems take part: rare ones have unreliable contexts.
  const std::vector<std::uint64_t> paragraph_frequency = paragraph_frequencies();
  auto eligible = [&](std::uint32_t id) {
    if (paragraph_frequency[id] < options.min_paragraphs) return false;
    // Numbers and one-letter stems say nothing about meaning.
    const std::string& s = stems_[id];
    return s.size() > 2 &&
           std::none_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };

  // Co-occurrence counts within the window, per target.
  std::vector<std::unordered_map<std::uint32_t, float>> counts(vocabulary);
  std::vector<double> context_total(vocabulary, 0.0);
  double total = 0;
  for (const auto& paragraph : paragraphs_) {
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
      if (!eligible(paragraph[i])) continue;
      const std::size_t from = i >= options.window ? i - options.window : 0;
      const std::size_t to = std::min(paragraph.size(), i + options.window + 1);
      for (std::size_t j = from; j < to; ++j) {
        if (j == i || !eligible(paragraph[j]) || paragraph[j] == paragraph[i]) continue;
        counts[paragraph[i]][paragraph[j]] += 1.0f;
        context_total[paragraph[j]] += 1.0;
        total += 1.0;
      }
    }
  }
  if (total == 0) return {};

  // Context-distribution smoothing (exponent 0.75) keeps rare contexts from dominating.
  double smoothed_total = 0;
  std::vector<double> smoothed(vocabulary, 0.0);
  for (std::size_t c = 0; c < vocabulary; ++c) {
    smoothed[c] = std::pow(context_total[c], 0.75);
    smoothed_total += smoothed[c];
  }

  // PPMI vectors, pruned to the strongest contexts and normalised.
  std::vector<std::vector<std::pair<std::uint32_t, float>>> vectors(vocabulary);
  for (std::size_t t = 0; t < vocabulary; ++t) {
    if (counts[t].empty()) continue;
    double target_total = 0;
    for (const auto& [c, n] : counts[t]) target_total += n;
    auto& v = vectors[t];
    for (const auto& [c, n] : counts[t]) {
      const double pmi =
          std::log((n / total) / ((target_total / total) * (smoothed[c] / smoothed_total)));
      if (pmi > 0) v.emplace_back(c, static_cast<float>(pmi));
    }
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (v.size() > options.contexts_per_stem) v.resize(options.contexts_per_stem);
    double norm = 0;
    for (const auto& [c, w] : v) norm += static_cast<double>(w) * w;
    const auto inverse = static_cast<float>(1.0 / std::sqrt(norm));
    for (auto& [c, w] : v) w *= inverse;
  }

  // Cosines through an inverted index of contexts: only stems sharing a context meet.
  std::vector<std::vector<std::pair<std::uint32_t, float>>> postings(vocabulary);
  for (std::size_t t = 0; t < vocabulary; ++t) {
    for (const auto& [c, w] : vectors[t])
      postings[c].emplace_back(static_cast<std::uint32_t>(t), w);
  }
  RelatedTerms related;
  std::vector<float> dot(vocabulary, 0.0f);
  std::vector<std::uint32_t> touched;
  for (std::size_t t = 0; t < vocabulary; ++t) {
    if (vectors[t].empty()) continue;
    touched.clear();
    for (const auto& [c, w] : vectors[t]) {
      for (const auto& [u, wu] : postings[c]) {
        if (u == t) continue;
        if (dot[u] == 0.0f) touched.push_back(u);
        dot[u] += w * wu;
      }
    }
    std::vector<std::pair<std::uint32_t, float>> best;
    for (const auto u : touched) {
      if (dot[u] >= options.min_similarity) best.emplace_back(u, dot[u]);
      dot[u] = 0.0f;
    }
    std::sort(best.begin(), best.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    if (best.size() > options.neighbours) best.resize(options.neighbours);
    for (const auto& [u, s] : best) related.add(stems_[t], stems_[u], s);
  }
  return related;
}

}  // namespace concord
