// Header-only helpers shared by the benchmark programs: query lists and latency statistics.
// Kept free of Concord and Xapian so that the raw Xapian program links to Xapian alone.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace concord::bench {

using Clock = std::chrono::steady_clock;

/// Seconds elapsed since `start`.
[[nodiscard]] inline double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

/// CPU seconds this process has used (all threads), from CLOCK_PROCESS_CPUTIME_ID. Unlike
/// wall time it does not grow when other processes compete for the cores.
[[nodiscard]] inline double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// The queries of `path`, one per line; blank lines and lines starting with '#' are skipped.
/// Throws std::runtime_error when the file cannot be read or holds no query.
[[nodiscard]] inline std::vector<std::string> read_queries(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open query file " + path.string());
  std::vector<std::string> queries;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    queries.push_back(line.substr(first));
  }
  if (queries.empty()) throw std::runtime_error("no queries in " + path.string());
  return queries;
}

/// The `p`-th percentile (0 < p <= 100) of `samples` by the nearest-rank method; 0 when empty.
[[nodiscard]] inline double percentile(std::vector<double> samples, double p) {
  if (samples.empty()) return 0.0;
  std::sort(samples.begin(), samples.end());
  const auto rank =
      static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
  return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

/// Per-query latencies of a search run, in milliseconds, one sample per query per round.
struct LatencyReport {
  std::vector<double> samples_ms;
  /// CPU time of the same samples, in milliseconds.
  std::vector<double> cpu_samples_ms;
  std::size_t queries = 0;
  std::size_t rounds = 0;
  /// Sum of the hits returned over one round, to check both sides return comparable results.
  std::size_t hits_per_round = 0;
  /// Sum of Xapian's estimated match counts over one round.
  std::size_t estimated_per_round = 0;
};

/// Prints `report` as `key=value` lines that bench/run_bench.sh parses.
inline void print_latency_report(const LatencyReport& report) {
  double total = 0;
  for (const double s : report.samples_ms) total += s;
  double cpu_total = 0;
  for (const double s : report.cpu_samples_ms) cpu_total += s;
  std::printf("queries=%zu\nrounds=%zu\nsamples=%zu\n", report.queries, report.rounds,
              report.samples_ms.size());
  std::printf("hits_per_round=%zu\nestimated_per_round=%zu\n", report.hits_per_round,
              report.estimated_per_round);
  std::printf(
      "p50_ms=%.4f\np90_ms=%.4f\np99_ms=%.4f\nmax_ms=%.4f\nmean_ms=%.4f\n",
      percentile(report.samples_ms, 50), percentile(report.samples_ms, 90),
      percentile(report.samples_ms, 99), percentile(report.samples_ms, 100),
      report.samples_ms.empty() ? 0.0 : total / static_cast<double>(report.samples_ms.size()));
  std::printf("cpu_p50_ms=%.4f\ncpu_p99_ms=%.4f\ncpu_mean_ms=%.4f\n",
              percentile(report.cpu_samples_ms, 50), percentile(report.cpu_samples_ms, 99),
              report.cpu_samples_ms.empty()
                  ? 0.0
                  : cpu_total / static_cast<double>(report.cpu_samples_ms.size()));
}

/// Prints the median latency of each query, as `query_ms=<ms>\t<query>` lines; the samples
/// of `report` are in round order, query by query.
inline void print_per_query(const LatencyReport& report, const std::vector<std::string>& queries) {
  for (std::size_t i = 0; i < queries.size(); ++i) {
    std::vector<double> own;
    for (std::size_t s = i; s < report.samples_ms.size(); s += queries.size()) {
      own.push_back(report.samples_ms[s]);
    }
    std::printf("query_ms=%.4f\t%s\n", percentile(own, 50), queries[i].c_str());
  }
}

/// Runs `run_one(query)` over every query: one untimed warm-up round, then `rounds` timed
/// rounds. `run_one` returns {hits returned, estimated matches}.
template <typename RunOne>
[[nodiscard]] LatencyReport measure_queries(const std::vector<std::string>& queries,
                                            std::size_t rounds, RunOne&& run_one) {
  LatencyReport report;
  report.queries = queries.size();
  report.rounds = rounds;
  for (const std::string& q : queries) {
    const auto [hits, estimated] = run_one(q);
    report.hits_per_round += hits;
    report.estimated_per_round += estimated;
  }
  report.samples_ms.reserve(queries.size() * rounds);
  report.cpu_samples_ms.reserve(queries.size() * rounds);
  for (std::size_t round = 0; round < rounds; ++round) {
    for (const std::string& q : queries) {
      const double cpu_start = process_cpu_seconds();
      const auto start = Clock::now();
      (void)run_one(q);
      report.samples_ms.push_back(seconds_since(start) * 1000.0);
      report.cpu_samples_ms.push_back((process_cpu_seconds() - cpu_start) * 1000.0);
    }
  }
  return report;
}

}  // namespace concord::bench
