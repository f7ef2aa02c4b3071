// The baseline of bench/run_bench.sh: a minimal raw Xapian ingest loop and query loop,
// linked to Xapian alone, doing what Concord does at its core and nothing more.
//
//   raw_xapian_bench ingest --db DIR [--batch N] PATH...
//   raw_xapian_bench search --db DIR --queries FILE [--rounds N] [--per-query]
//
// Ingest: every .txt file under PATH (recursively, sorted as `concord ingest` sorts them),
// blank-line-separated blocks as paragraphs, one document per paragraph: TermGenerator with
// the English stemmer, STEM_SOME and positions, the text as document data; a commit every
// N documents (Concord's default batch, 20,000) and at the end. The loop follows Xapian's
// own simpleindex example.
//
// Search: QueryParser with the English stemmer, STEM_SOME, default operator AND and
// phrase/boolean/love-hate/wildcard syntax; get_mset(0, 10); for each hit the document data
// and a 240-character MSet::snippet, because `concord search` makes a snippet for each hit
// too. Output is `key=value` lines for bench/run_bench.sh.
#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bench_support.hpp"

namespace {

namespace fs = std::filesystem;
using concord::bench::Clock;
using concord::bench::seconds_since;

constexpr std::size_t kHitsPerQuery = 10;
constexpr std::size_t kSnippetLength = 240;

struct Arguments {
  std::string command;
  std::string db;
  std::string queries;
  std::size_t batch = 20000;
  std::size_t rounds = 5;
  bool per_query = false;
  std::vector<std::string> paths;
};

[[noreturn]] void usage(const std::string& problem) {
  std::fprintf(
      stderr,
      "raw_xapian_bench: %s\n"
      "usage: raw_xapian_bench ingest --db DIR [--batch N] PATH...\n"
      "       raw_xapian_bench search --db DIR --queries FILE [--rounds N] [--per-query]\n",
      problem.c_str());
  std::exit(2);
}

Arguments parse_arguments(int argc, char** argv) {
  Arguments args;
  if (argc < 2) usage("missing command");
  args.command = argv[1];
  if (args.command != "ingest" && args.command != "search")
    usage("unknown command " + args.command);
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(std::string(arg) + " needs a value");
      return argv[++i];
    };
    if (arg == "--db") {
      args.db = value();
    } else if (arg == "--queries") {
      args.queries = value();
    } else if (arg == "--batch") {
      args.batch = std::max<std::size_t>(1, std::stoul(value()));
    } else if (arg == "--rounds") {
      args.rounds = std::max<std::size_t>(1, std::stoul(value()));
    } else if (arg == "--per-query") {
      args.per_query = true;
    } else if (arg.starts_with("--")) {
      usage("unknown option " + std::string(arg));
    } else {
      args.paths.emplace_back(arg);
    }
  }
  if (args.db.empty()) usage("--db is required");
  if (args.command == "ingest" && args.paths.empty()) usage("ingest needs at least one path");
  if (args.command == "search" && args.queries.empty()) usage("--queries is required");
  return args;
}

// Every .txt file under `paths`, each folder's files sorted, like concord::collect_files.
std::vector<fs::path> collect_text_files(const std::vector<std::string>& paths) {
  std::vector<fs::path> files;
  for (const std::string& p : paths) {
    if (fs::is_directory(p)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::recursive_directory_iterator(p)) {
        if (entry.is_regular_file() && entry.path().extension() == ".txt")
          found.push_back(entry.path());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.emplace_back(p);
    }
  }
  return files;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open file " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// Blank-line-separated blocks, the lines of a block trimmed and joined by one space.
template <typename Sink>
void for_each_paragraph(std::string_view text, Sink&& sink) {
  std::string block;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (is_blank(line)) {
      if (!block.empty()) sink(block);
      block.clear();
    } else {
      const auto first = line.find_first_not_of(" \t\r");
      const auto last = line.find_last_not_of(" \t\r");
      if (!block.empty()) block.push_back(' ');
      block.append(line.substr(first, last - first + 1));
    }
    start = end + 1;
  }
  if (!block.empty()) sink(block);
}

int run_ingest(const Arguments& args) {
  const auto start = Clock::now();
  const std::vector<fs::path> files = collect_text_files(args.paths);
  Xapian::WritableDatabase db(args.db, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator indexer;
  indexer.set_stemmer(Xapian::Stem("en"));
  indexer.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  std::size_t paragraphs = 0;
  std::size_t bytes = 0;
  for (const fs::path& path : files) {
    const std::string text = read_file(path);
    bytes += text.size();
    for_each_paragraph(text, [&](const std::string& paragraph) {
      Xapian::Document doc;
      indexer.set_document(doc);
      indexer.index_text(paragraph);  // with positions, for phrase queries
      doc.set_data(paragraph);
      db.add_document(doc);
      if (++paragraphs % args.batch == 0) db.commit();
    });
  }
  db.commit();
  const double seconds = seconds_since(start);
  std::printf(
      "files=%zu\nbytes=%zu\nparagraphs=%zu\ndoccount=%u\nseconds=%.3f\nparagraphs_per_second=%."
      "1f\n",
      files.size(), bytes, paragraphs, db.get_doccount(), seconds,
      static_cast<double>(paragraphs) / seconds);
  return 0;
}

int run_search(const Arguments& args) {
  const std::vector<std::string> queries = concord::bench::read_queries(args.queries);
  const Xapian::Database db(args.db);
  const Xapian::Stem stemmer("en");
  constexpr unsigned kFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                              Xapian::QueryParser::FLAG_LOVEHATE |
                              Xapian::QueryParser::FLAG_WILDCARD;
  Xapian::QueryParser parser;
  parser.set_database(db);  // wildcards expand against the database
  parser.set_stemmer(stemmer);
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);

  std::size_t snippet_bytes = 0;  // keeps the snippets from being optimised away
  const auto report =
      concord::bench::measure_queries(queries, args.rounds, [&](const std::string& q) {
        Xapian::Enquire enquire(db);
        enquire.set_query(parser.parse_query(q, kFlags));
        const Xapian::MSet mset = enquire.get_mset(0, kHitsPerQuery);
        for (auto it = mset.begin(); it != mset.end(); ++it) {
          const std::string text = it.get_document().get_data();
          snippet_bytes += mset.snippet(text, kSnippetLength, stemmer).size();
        }
        return std::pair<std::size_t, std::size_t>(mset.size(), mset.get_matches_estimated());
      });
  std::printf("doccount=%u\nsnippets=yes (MSet::snippet, %zu characters, per hit)\n",
              db.get_doccount(), kSnippetLength);
  concord::bench::print_latency_report(report);
  if (args.per_query) concord::bench::print_per_query(report, queries);
  if (snippet_bytes == 0) std::fprintf(stderr, "raw_xapian_bench: warning: no snippet text\n");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const Arguments args = parse_arguments(argc, argv);
  try {
    return args.command == "ingest" ? run_ingest(args) : run_search(args);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "raw_xapian_bench: %s\n", e.get_description().c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "raw_xapian_bench: %s\n", e.what());
  }
  return 3;
}
