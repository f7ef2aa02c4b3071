// concord serve: a local web app (search, statements, compare) and JSON API on 127.0.0.1.
#include <fmt/format.h>

#include <iostream>

#include "command_line.hpp"
#include "commands.hpp"
#include "concord/engine/error.hpp"
#include "concord/indexer/lexicon_loader.hpp"
#include "web/database_pool.hpp"
#include "web/http_server.hpp"
#include "web/router.hpp"

namespace concord::cli {
namespace {

const CommandHelp kHelp{
    "serve - browse, search and compare statements in a web browser", "concord serve [OPTIONS]",
    R"(  Serves a web app and a JSON API over the database, on 127.0.0.1 only: nothing
  outside this machine can connect. Once listening it prints one line,
    listening on http://127.0.0.1:PORT/
  and serves until interrupted (Ctrl-C, SIGINT or SIGTERM), then exits with status 0.

PAGES
  /                    search: query box, filters by body, language and dates, facet
                       counts, highlighted snippets, paging
  /statements          every statement; tick two or more to compare them
  /statements/ID       one statement with its paragraphs and labels (#pN: paragraph N)
  /compare?ids=A,B,C   the side-by-side report of `concord report`, with links to
                       download it as HTML or Markdown
  /api/...             JSON: /api/search, /api/statements, /api/statements/ID,
                       /api/compare (docs/web-api.md)

LIMITS
  The database is opened read-only; the server reads nothing else but Concord's own
  data files, and has no route to any file. Requests must arrive within 10 seconds and
  carry at most 64 KiB of body and 16 KiB of headers; searches return at most 100 hits
  a page, compares take at most 6 statements. Unknown paths get 404, malformed
  parameters 400 with a message, other methods than GET and HEAD 405. Requests naming
  another host than 127.0.0.1 or localhost are refused (DNS rebinding). A statement
  ingested while the server runs shows up within 2 seconds.
)",
    R"(  concord serve
  concord serve --port 9000 --db ~/un-db
  concord serve --port 0        # any free port; read it from the first line
)"};

}  // namespace

int run_serve(const std::vector<std::string>& args) {
  po::options_description options("OPTIONS");
  add_common_options(options);
  options.add_options()("port,p", po::value<Count>()->value_name("N")->default_value(8080),
                        "port on 127.0.0.1; 0 picks a free one")(
      "threads", po::value<Count>()->value_name("N")->default_value(4),
      "comparisons and precedents computed at once, and other requests answered at once beside "
      "them (1-64)");
  po::variables_map values;
  if (!parse_or_show_help(args, options, "", kHelp, values)) return 0;
  const std::size_t port = values["port"].as<Count>();
  if (port > 65535) throw UsageError(fmt::format("bad port {}: use 0 to 65535", port));
  const std::size_t threads = values["threads"].as<Count>();
  if (threads < 1 || threads > 64) throw UsageError("--threads must be from 1 to 64");

  web::DatabasePool pool(database_path(values));
  // The speech-act lexicons are read once, here, for every compare the server answers.
  const web::WebApp app(pool, shipped_speech_act_lexicon());
  web::ServerOptions server_options;
  server_options.port = static_cast<unsigned short>(port);
  server_options.threads = static_cast<unsigned>(threads);
  server_options.slow_threads = static_cast<unsigned>(threads);
  web::HttpServer server(server_options,
                         {[&app](const web::HttpRequest& request) { return app.handle(request); },
                          &web::WebApp::takes_long, &web::WebApp::refusal});
  std::cout << fmt::format("listening on http://127.0.0.1:{}/", server.port()) << std::endl;
  server.run();
  std::cout << "stopped" << std::endl;
  return 0;
}

}  // namespace concord::cli
