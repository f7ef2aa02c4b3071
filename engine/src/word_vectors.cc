// Word vectors: PPMI co-occurrences reduced by a randomised truncated SVD (Eigen).
#include "concord/engine/word_vectors.hpp"

#include <Eigen/Dense>
#include <Eigen/SparseCore>
#include <algorithm>
#include <cmath>
#include <random>

namespace concord {

void WordVectors::add(const std::string& stem, std::span<const float> vector) {
  double norm = 0;
  for (const float v : vector) norm += static_cast<double>(v) * v;
  const float inverse = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
  const auto [it, inserted] = index_.emplace(stem, stems_.size());
  if (inserted) {
    stems_.push_back(stem);
    values_.resize(values_.size() + dimensions_, 0.0f);
  }
  float* out = values_.data() + it->second * dimensions_;
  for (std::size_t d = 0; d < dimensions_; ++d)
    out[d] = d < vector.size() ? vector[d] * inverse : 0.0f;
}

std::span<const float> WordVectors::find(const std::string& stem) const {
  const auto it = index_.find(stem);
  if (it == index_.end()) return {};
  return {values_.data() + it->second * dimensions_, dimensions_};
}

namespace {

using Matrix = Eigen::MatrixXf;
using Sparse = Eigen::SparseMatrix<float, Eigen::RowMajor>;

Matrix orthonormal_basis(const Matrix& m) {
  Eigen::HouseholderQR<Matrix> qr(m);
  return qr.householderQ() * Matrix::Identity(m.rows(), m.cols());
}

// The positive PMI matrix of the eligible stems (rows: targets, columns: contexts).
Sparse ppmi_matrix(const RelatedTermsBuilder& corpus, const std::vector<std::int64_t>& dense_id,
                   std::size_t size, std::size_t window) {
  std::vector<std::unordered_map<std::uint32_t, float>> counts(size);
  for (const auto& paragraph : corpus.paragraphs()) {
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
      const std::int64_t a = dense_id[paragraph[i]];
      if (a < 0) continue;
      for (std::size_t d = 1; d <= window && i + d < paragraph.size(); ++d) {
        const std::int64_t b = dense_id[paragraph[i + d]];
        if (b < 0) continue;
        const float weight = 1.0f / static_cast<float>(d);
        counts[static_cast<std::size_t>(a)][static_cast<std::uint32_t>(b)] += weight;
        counts[static_cast<std::size_t>(b)][static_cast<std::uint32_t>(a)] += weight;
      }
    }
  }
  std::vector<double> row_total(size, 0.0), context_total(size, 0.0);
  double total = 0;
  for (std::size_t t = 0; t < size; ++t) {
    for (const auto& [c, n] : counts[t]) {
      row_total[t] += n;
      context_total[c] += n;
      total += n;
    }
  }
  // Context-distribution smoothing (exponent 0.75) keeps rare contexts from dominating.
  double smoothed_total = 0;
  for (double& c : context_total) smoothed_total += (c = std::pow(c, 0.75));
  std::vector<Eigen::Triplet<float>> entries;
  for (std::size_t t = 0; t < size; ++t) {
    for (const auto& [c, n] : counts[t]) {
      const double pmi =
          std::log((n / total) / ((row_total[t] / total) * (context_total[c] / smoothed_total)));
      if (pmi > 0)
        entries.emplace_back(static_cast<int>(t), static_cast<int>(c), static_cast<float>(pmi));
    }
  }
  Sparse matrix(static_cast<Eigen::Index>(size), static_cast<Eigen::Index>(size));
  matrix.setFromTriplets(entries.begin(), entries.end());
  return matrix;
}

}  // namespace

WordVectors learn_word_vectors(const RelatedTermsBuilder& corpus,
                               const WordVectorOptions& options) {
  const auto& stems = corpus.stems();
  const std::vector<std::uint64_t> paragraph_frequency = corpus.paragraph_frequencies();
  // Numbers and one-letter stems say nothing about meaning; rare stems have unreliable
  // contexts.
  std::vector<std::int64_t> dense_id(stems.size(), -1);
  std::vector<std::uint32_t> stem_of;
  for (std::uint32_t id = 0; id < stems.size(); ++id) {
    const std::string& s = stems[id];
    if (paragraph_frequency[id] < options.min_paragraphs || s.size() < 2 ||
        std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    dense_id[id] = static_cast<std::int64_t>(stem_of.size());
    stem_of.push_back(id);
  }
  const std::size_t size = stem_of.size();
  const std::size_t rank = std::min(options.dimensions, size);
  if (rank == 0) return WordVectors(options.dimensions);

  const Sparse a = ppmi_matrix(corpus, dense_id, size, options.window);
  // Randomised range finder with two power iterations, then an exact SVD of the small
  // projected matrix.
  const auto sample = static_cast<Eigen::Index>(std::min(size, rank + 20));
  std::mt19937 random(20260301);
  std::normal_distribution<float> normal;
  Matrix omega(static_cast<Eigen::Index>(size), sample);
  for (Eigen::Index j = 0; j < omega.cols(); ++j) {
    for (Eigen::Index i = 0; i < omega.rows(); ++i) omega(i, j) = normal(random);
  }
  Matrix q = orthonormal_basis(a * omega);
  for (int iteration = 0; iteration < 2; ++iteration) {
    q = orthonormal_basis(a.transpose() * q);
    q = orthonormal_basis(a * q);
  }
  const Matrix b = (a.transpose() * q).transpose();
  Eigen::BDCSVD<Matrix> svd(b, Eigen::ComputeThinU);
  const Matrix u = q * svd.matrixU();
  const Eigen::VectorXf scale =
      svd.singularValues().head(static_cast<Eigen::Index>(rank)).cwiseSqrt();

  WordVectors vectors(rank);
  std::vector<float> row(rank);
  for (std::size_t t = 0; t < size; ++t) {
    for (std::size_t d = 0; d < rank; ++d)
      row[d] = u(static_cast<Eigen::Index>(t), static_cast<Eigen::Index>(d)) *
               scale(static_cast<Eigen::Index>(d));
    vectors.add(stems[stem_of[t]], row);
  }
  return vectors;
}

}  // namespace concord
