// Search latency of Concord in-process: concord::search over a query list, as
// bench/run_bench.sh compares it with raw_xapian_bench.
//
//   concord_search_bench --db DIR --queries FILE [--rounds N] [--per-query]
//
// Opens the database once with Database::open_for_reading, runs every query once untimed,
// then N timed rounds of concord::search with limit 10 (each hit gets its snippet, as in
// `concord search`). Output is `key=value` lines.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <utility>

#include "bench_support.hpp"
#include "concord/engine/error.hpp"
#include "concord/indexer/database.hpp"
#include "concord/indexer/search.hpp"

namespace {

struct Arguments {
  std::string db;
  std::string queries;
  std::size_t rounds = 5;
  bool per_query = false;
};

[[noreturn]] void usage(const std::string& problem) {
  std::fprintf(stderr,
               "concord_search_bench: %s\n"
               "usage: concord_search_bench --db DIR --queries FILE [--rounds N] [--per-query]\n",
               problem.c_str());
  std::exit(2);
}

Arguments parse_arguments(int argc, char** argv) {
  Arguments args;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(std::string(arg) + " needs a value");
      return argv[++i];
    };
    if (arg == "--db") {
      args.db = value();
    } else if (arg == "--queries") {
      args.queries = value();
    } else if (arg == "--rounds") {
      args.rounds = std::max<std::size_t>(1, std::stoul(value()));
    } else if (arg == "--per-query") {
      args.per_query = true;
    } else {
      usage("unknown argument " + std::string(arg));
    }
  }
  if (args.db.empty() || args.queries.empty()) usage("--db and --queries are required");
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  const Arguments args = parse_arguments(argc, argv);
  try {
    const auto queries = concord::bench::read_queries(args.queries);
    const concord::Database db = concord::Database::open_for_reading(args.db);
    std::string languages;
    for (const std::string& language : db.languages()) {
      languages += (languages.empty() ? "" : ",") + language;
    }
    std::size_t snippet_bytes = 0;
    const auto report =
        concord::bench::measure_queries(queries, args.rounds, [&](const std::string& q) {
          concord::SearchRequest request;
          request.query = q;
          request.limit = 10;
          const concord::SearchResult result = concord::search(db, request);
          for (const concord::SearchHit& hit : result.hits) snippet_bytes += hit.snippet.size();
          return std::pair<std::size_t, std::size_t>(result.hits.size(), result.estimated_total);
        });
    std::printf("paragraphs=%zu\nlanguages=%s\n", db.paragraph_count(), languages.c_str());
    concord::bench::print_latency_report(report);
    if (args.per_query) concord::bench::print_per_query(report, queries);
    if (snippet_bytes == 0)
      std::fprintf(stderr, "concord_search_bench: warning: no snippet text\n");
    return 0;
  } catch (const concord::Error& e) {
    std::fprintf(stderr, "concord_search_bench: %s\n", e.what());
    return static_cast<int>(e.exit_code());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "concord_search_bench: %s\n", e.what());
    return 3;
  }
}
