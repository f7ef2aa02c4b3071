// The web app's routes: query strings, dispatch to pages and API, error responses.
#include "web/router.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

#include "comparison_json.hpp"
#include "concord/engine/demand_matrix.hpp"
#include "concord/engine/error.hpp"
#include "concord/engine/report.hpp"
#include "concord/engine/text.hpp"
#include "concord/indexer/precedent.hpp"
#include "concord/indexer/search.hpp"
#include "precedent_json.hpp"
#include "statement_inputs.hpp"
#include "web/api.hpp"
#include "web/compare.hpp"
#include "web/pages.hpp"

namespace concord::web {
namespace {

// Bounds on what one request may ask for, so that every request ends in bounded time.
constexpr std::size_t kMaxQueryBytes = 1024;
constexpr std::size_t kMaxLimit = 100;
constexpr std::size_t kMaxOffset = 100000;
constexpr std::size_t kMaxBodies = 20;

constexpr std::string_view kHtmlPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'";

// An error with its HTTP status, thrown by the route handlers.
class HttpError : public std::runtime_error {
 public:
  HttpError(int status, const std::string& message)
      : std::runtime_error(message), status_(status) {}
  [[nodiscard]] int status() const noexcept { return status_; }

 private:
  int status_;
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

HttpResponse with_common_headers(HttpResponse response) {
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

HttpResponse json_response(int status, const nlohmann::json& body) {
  HttpResponse r;
  r.status = status;
  r.content_type = "application/json; charset=utf-8";
  r.body = dump_json(body);
  return with_common_headers(std::move(r));
}

HttpResponse html_response(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers.emplace_back("Content-Security-Policy", std::string(kHtmlPolicy));
  return with_common_headers(std::move(r));
}

// A whole number in [min, max], or the default when absent or empty.
std::size_t parse_count(const QueryParams& params, std::string_view name, std::size_t fallback,
                        std::size_t min, std::size_t max) {
  const std::string text = params.get(name);
  if (text.empty()) return fallback;
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    throw UsageError(fmt::format("{} must be a whole number from {} to {}, not '{}'", name, min,
                                 max, text.size() > 40 ? text.substr(0, 40) + "…" : text));
  }
  return value;
}

bool parse_flag(const QueryParams& params, std::string_view name) {
  if (!params.has(name)) return false;
  const std::string text = params.get(name);
  if (text.empty() || text == "1" || text == "true" || text == "yes" || text == "on") return true;
  if (text == "0" || text == "false" || text == "no" || text == "off") return false;
  throw UsageError(fmt::format("{} must be 1 or 0 (or true/false, yes/no, on/off)", name));
}

// True when the request asks for a search rather than the blank form.
bool wants_search(const QueryParams& params) {
  for (const char* name : {"q", "body", "lang", "from", "to"}) {
    if (!params.get(name).empty()) return true;
  }
  return false;
}

SearchRequest search_request(const QueryParams& params) {
  SearchRequest r;
  r.query = params.get("q");
  if (r.query.size() > kMaxQueryBytes) {
    throw UsageError(fmt::format("query too long: at most {} bytes", kMaxQueryBytes));
  }
  for (const auto& body : params.all("body")) {
    if (!body.empty()) r.bodies.push_back(body);
  }
  if (r.bodies.size() > kMaxBodies) {
    throw UsageError(fmt::format("at most {} body filters", kMaxBodies));
  }
  r.language = params.get("lang");
  const bool language_ok =
      r.language.empty() || (r.language.size() >= 2 && r.language.size() <= 3 &&
                             std::all_of(r.language.begin(), r.language.end(),
                                         [](char c) { return c >= 'a' && c <= 'z'; }));
  if (!language_ok) throw UsageError("lang must be a language code such as en or es");
  r.from = params.get("from");
  r.to = params.get("to");
  r.offset = parse_count(params, "offset", 0, 0, kMaxOffset);
  r.limit = parse_count(params, "limit", 10, 1, kMaxLimit);
  const std::string sort = params.get("sort");
  if (sort == "date") {
    r.sort = SortOrder::Date;
  } else if (!sort.empty() && sort != "relevance") {
    throw UsageError(fmt::format("sort must be relevance or date, not '{}'", sort));
  }
  r.collapse = parse_flag(params, "collapse");
  r.facets = parse_flag(params, "facets");
  validate_query(r.query);
  if (collapse_whitespace(r.query).empty() && r.bodies.empty() && r.language.empty() &&
      r.from.empty() && r.to.empty()) {
    throw UsageError("empty query: give q, or a filter (body, lang, from, to)");
  }
  return r;
}

std::vector<std::string> body_names(const std::vector<StatementSummary>& statements) {
  std::vector<std::string> bodies;
  for (const auto& s : statements) {
    if (!s.body.empty()) bodies.push_back(s.body);
  }
  std::sort(bodies.begin(), bodies.end());
  bodies.erase(std::unique(bodies.begin(), bodies.end()), bodies.end());
  return bodies;
}

std::string today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

// A file name made of the statement ids: letters, digits, '-', '_' and '.' only.
std::string download_name(const std::vector<Statement>& statements, std::string_view extension) {
  std::string name = "concord";
  for (const auto& s : statements) {
    name += '_';
    for (const char c : s.id) {
      const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '.';
      name += safe ? c : '-';
    }
  }
  if (name.size() > 150) name.resize(150);
  return name + "." + std::string(extension);
}

// Splits a path into its percent-decoded segments; "/" gives none, a trailing '/' is dropped.
std::vector<std::string> path_segments(std::string_view path) {
  std::vector<std::string> segments;
  std::string_view rest = path.substr(1);
  if (rest.size() > 1 && rest.ends_with('/')) rest.remove_suffix(1);
  if (rest.empty()) return segments;
  while (true) {
    const auto slash = rest.find('/');
    auto decoded = percent_decode(rest.substr(0, slash), false);
    if (!decoded) throw UsageError("malformed percent-encoding in the path");
    // An empty segment ("//"), or one hiding a '/' or NUL, names nothing.
    if (decoded->empty() || decoded->find('/') != std::string::npos ||
        decoded->find('\0') != std::string::npos || !is_valid_utf8(*decoded)) {
      throw HttpError(404, "no such page");
    }
    segments.push_back(std::move(*decoded));
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  return segments;
}

bool is_loopback_host(std::string_view host) {
  std::string_view name = host, port;
  if (name.starts_with('[')) {
    const auto close = name.find(']');
    if (close == std::string_view::npos) return false;
    port = name.substr(close + 1);
    name = name.substr(0, close + 1);
  } else if (const auto colon = name.find(':'); colon != std::string_view::npos) {
    port = name.substr(colon);
    name = name.substr(0, colon);
  }
  // Nothing may follow the name but ":" and a port ("[::1]evil" and "localhost:abc" are not
  // hosts).
  if (!port.empty()) {
    const std::string_view digits = port.substr(1);
    if (port[0] != ':' || digits.empty() || digits.size() > 5 ||
        digits.find_first_not_of("0123456789") != std::string_view::npos ||
        std::stoul(std::string(digits)) > 65535)
      return false;
  }
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower == "127.0.0.1" || lower == "localhost" || lower == "[::1]";
}

enum class Route {
  Search,
  Statements,
  Statement,
  StatementPrecedents,
  Compare,
  ApiIndex,
  ApiSearch,
  ApiStatements,
  ApiStatement,
  ApiStatementPrecedents,
  ApiCompare,
};

struct Resolved {
  Route route;
  std::string id;
};

std::optional<Resolved> resolve(const std::vector<std::string>& s) {
  if (s.empty() || (s.size() == 1 && s[0] == "search")) return Resolved{Route::Search, {}};
  if (s[0] == "statements") {
    if (s.size() == 1) return Resolved{Route::Statements, {}};
    if (s.size() == 2) return Resolved{Route::Statement, s[1]};
    if (s.size() == 3 && s[2] == "precedents") return Resolved{Route::StatementPrecedents, s[1]};
    return std::nullopt;
  }
  if (s.size() == 1 && s[0] == "compare") return Resolved{Route::Compare, {}};
  if (s[0] != "api") return std::nullopt;
  if (s.size() == 1) return Resolved{Route::ApiIndex, {}};
  if (s.size() == 2 && s[1] == "search") return Resolved{Route::ApiSearch, {}};
  if (s.size() == 2 && s[1] == "compare") return Resolved{Route::ApiCompare, {}};
  if (s[1] == "statements") {
    if (s.size() == 2) return Resolved{Route::ApiStatements, {}};
    if (s.size() == 3) return Resolved{Route::ApiStatement, s[2]};
    if (s.size() == 4 && s[3] == "precedents") return Resolved{Route::ApiStatementPrecedents, s[2]};
  }
  return std::nullopt;
}

struct CompareRequest {
  std::vector<std::string> ids;
  CompareOptions options;
  // changes=only: leave out the groups that change nothing, as compare --changes-only.
  bool changes_only = false;
};

CompareRequest compare_request(const QueryParams& params) {
  CompareRequest r;
  r.ids = params.list("ids");
  if (r.ids.size() < 2) throw UsageError("ids must name at least two statements, e.g. ids=a,b");
  const std::string order = params.get("order");
  r.options.order = cli::parse_order(order.empty() ? "auto" : order);
  if (params.has("diff")) r.options.diffs = parse_flag(params, "diff");
  const std::string changes = params.get("changes");
  if (!changes.empty() && changes != "only" && changes != "all")
    throw UsageError(fmt::format("changes must be only or all, not '{}'", changes));
  r.changes_only = changes == "only";
  return r;
}

class Handler {
 public:
  Handler(DatabasePool& pool, const SpeechActLexicon& lexicon, const QueryParams& params)
      : pool_(pool), lexicon_(lexicon), params_(params) {}

  HttpResponse run(const Resolved& resolved) {
    switch (resolved.route) {
      case Route::Search:
        return search_page_response();
      case Route::Statements:
        return statements_page_response(200, "");
      case Route::Statement:
        return statement_page_response(resolved.id);
      case Route::StatementPrecedents: {
        const auto [statement, paragraphs] = precedents_of(resolved.id);
        return html_response(
            200, precedents_page(statement, paragraphs, precedent_request_.min_closeness));
      }
      case Route::Compare:
        return compare_page_response();
      case Route::ApiIndex:
        return json_response(200, api_index_json());
      case Route::ApiSearch: {
        const SearchRequest request = search_request(params_);
        return with_database([&](const Database& db) {
          return json_response(200, search_json(request, search(db, request)));
        });
      }
      case Route::ApiStatements: {
        return with_database([&](const Database& db) {
          nlohmann::json list = nlohmann::json::array();
          for (const auto& s : db.list()) list.push_back(summary_json(s));
          const std::size_t count = list.size();
          return json_response(200, {{"count", count}, {"statements", std::move(list)}});
        });
      }
      case Route::ApiStatement: {
        const auto statement =
            with_database([&](const Database& db) { return db.find(resolved.id); });
        if (!statement) throw HttpError(404, fmt::format("no statement '{}'", resolved.id));
        return json_response(200, statement_json(*statement));
      }
      case Route::ApiStatementPrecedents: {
        const auto [statement, paragraphs] = precedents_of(resolved.id);
        return json_response(200, cli::statement_precedents_json(statement, paragraphs,
                                                                 precedent_request_.min_closeness));
      }
      case Route::ApiCompare: {
        const CompareRequest request = compare_request(params_);
        const auto compared = with_database([&](const Database& db) {
          return compare_ids(db, request.ids, request.options, lexicon_);
        });
        return json_response(200, cli::comparison_json(compared.statements, compared.comparison,
                                                       false, request.changes_only));
      }
    }
    throw HttpError(404, "no such page");
  }

 private:
  // Runs `f` on a borrowed database, and once more on the latest revision when it fails as
  // a database does when writers committed under it.
  template <class F>
  std::invoke_result_t<F&, const Database&> with_database(F&& f) {
    const auto db = pool_.acquire();
    try {
      return f(*db);
    } catch (const EnvironmentError&) {
      db->reopen();
      return f(*db);
    }
  }

  HttpResponse search_page_response() {
    return with_database([&](const Database& db) {
      SearchView view;
      view.params = params_;
      const auto statements = db.list();
      view.bodies = body_names(statements);
      view.languages = db.languages();
      view.statement_count = statements.size();
      view.paragraph_count = db.paragraph_count();
      int status = 200;
      if (wants_search(params_)) {
        try {
          view.request = search_request(params_);
          view.request.facets = true;
          view.result = search(db, view.request);
        } catch (const UsageError& e) {
          // The form stays filled in as given, with the message above it.
          view.error = e.what();
          view.request = SearchRequest{};
          view.request.query = params_.get("q");
          for (auto& body : params_.all("body")) {
            if (!body.empty()) view.request.bodies.push_back(std::move(body));
          }
          view.request.language = params_.get("lang");
          view.request.from = params_.get("from");
          view.request.to = params_.get("to");
          status = 400;
        }
      }
      return html_response(status, search_page(view));
    });
  }

  HttpResponse statements_page_response(int status, std::string_view error) {
    const auto statements = with_database([](const Database& db) { return db.list(); });
    return html_response(status, statements_page(statements, params_.list("ids"), error));
  }

  // The statement `id` and where its paragraphs were used elsewhere; 404 when there is none.
  std::pair<Statement, std::vector<ParagraphPrecedents>> precedents_of(const std::string& id) {
    return with_database([&](const Database& db) {
      std::optional<Statement> statement = db.find(id);
      if (!statement) throw HttpError(404, fmt::format("no statement '{}'", id));
      std::vector<ParagraphPrecedents> paragraphs =
          find_statement_precedents(db, *statement, precedent_request_);
      return std::pair{std::move(*statement), std::move(paragraphs)};
    });
  }

  HttpResponse statement_page_response(const std::string& id) {
    const auto statement = with_database([&](const Database& db) { return db.find(id); });
    if (!statement) throw HttpError(404, fmt::format("no statement '{}'", id));
    return html_response(200, statement_page(*statement));
  }

  HttpResponse compare_page_response() {
    if (params_.list("ids").empty()) return statements_page_response(200, "");
    CompareRequest request;
    try {
      request = compare_request(params_);
    } catch (const UsageError& e) {
      return statements_page_response(400, e.what());
    }
    const std::size_t by = parse_count(params_, "by", 0, 0, request.ids.size() - 1);
    const std::string download = params_.get("download");
    if (!download.empty() && download != "html" && download != "md") {
      throw UsageError(fmt::format("download must be html or md, not '{}'", download));
    }
    const auto compared = with_database([&](const Database& db) {
      return compare_ids(db, request.ids, request.options, lexicon_);
    });
    // The consensus matrix of `concord report`, from the acts compare_ids already found.
    const DemandMatrix matrix = cli::consensus_matrix(compared);
    ReportOptions options;
    options.by = by;
    options.generated = today();
    options.matrix = &matrix;
    options.changes_only = request.changes_only;
    if (download == "md") {
      HttpResponse r = with_common_headers(
          {200,
           "text/markdown; charset=utf-8",
           render_markdown_report(compared.statements, compared.comparison, options),
           {}});
      r.headers.emplace_back(
          "Content-Disposition",
          "attachment; filename=\"" + download_name(compared.statements, "md") + "\"");
      return r;
    }
    std::string report = render_html_report(compared.statements, compared.comparison, options);
    if (download == "html") {
      HttpResponse r = html_response(200, std::move(report));
      r.headers.emplace_back(
          "Content-Disposition",
          "attachment; filename=\"" + download_name(compared.statements, "html") + "\"");
      return r;
    }
    return html_response(200, compare_page(std::move(report), compared.statements, by,
                                           request.options.order, request.changes_only));
  }

  DatabasePool& pool_;
  const SpeechActLexicon& lexicon_;
  const QueryParams& params_;
  // The defaults of `concord precedent --statement`.
  const StatementPrecedentRequest precedent_request_{};
};

}  // namespace

std::optional<std::string> percent_decode(std::string_view text, bool form) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int hi = hex_value(text[i + 1]);
      const int lo = hex_value(text[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (c == '+' && form) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string percent_encode(std::string_view text, std::string_view keep) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool unreserved = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                            (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_' || u == '~';
    if (unreserved || keep.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

QueryParams QueryParams::parse(std::string_view query) {
  QueryParams params;
  while (!query.empty()) {
    const auto amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    auto name = percent_decode(pair.substr(0, eq), true);
    auto value = percent_decode(eq == std::string_view::npos ? "" : pair.substr(eq + 1), true);
    if (!name || !value) throw UsageError("malformed percent-encoding in the query string");
    if (!is_valid_utf8(*name) || !is_valid_utf8(*value)) {
      throw UsageError("the query string is not UTF-8");
    }
    params.pairs_.emplace_back(std::move(*name), std::move(*value));
  }
  return params;
}

std::string QueryParams::get(std::string_view name) const {
  for (auto it = pairs_.rbegin(); it != pairs_.rend(); ++it) {
    if (it->first == name) return it->second;
  }
  return {};
}

bool QueryParams::has(std::string_view name) const {
  return std::any_of(pairs_.begin(), pairs_.end(), [&](const auto& p) { return p.first == name; });
}

std::vector<std::string> QueryParams::all(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [key, value] : pairs_) {
    if (key == name) out.push_back(value);
  }
  return out;
}

std::vector<std::string> QueryParams::list(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& value : all(name)) {
    std::string_view rest = value;
    while (true) {
      const auto comma = rest.find(',');
      const std::string_view item = rest.substr(0, comma);
      if (!item.empty()) out.emplace_back(item);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  return out;
}

void QueryParams::add(std::string name, std::string value) {
  pairs_.emplace_back(std::move(name), std::move(value));
}

std::string QueryParams::encode() const {
  std::string out;
  for (const auto& [key, value] : pairs_) {
    if (!out.empty()) out += '&';
    // Commas and colons are safe in a query and keep id lists and dates readable.
    out += percent_encode(key) + "=" + percent_encode(value, ",:");
  }
  return out;
}

QueryParams QueryParams::without(std::string_view name) const {
  QueryParams out;
  for (const auto& p : pairs_) {
    if (p.first != name) out.pairs_.push_back(p);
  }
  return out;
}

namespace {

// An error message names the value it refuses; a value of 14 KB made a body of 14 KB.
constexpr std::size_t kMaxErrorMessageBytes = 300;

// "http://127.0.0.1:8080/api/statements", the absolute form that RFC 9112 (3.2.2) asks servers
// to accept, names the host in the target: its path is what the other form sends.
std::string_view path_of_absolute_form(std::string_view target, std::string_view& host) {
  for (const std::string_view scheme : {"http://", "HTTP://"}) {
    if (!target.starts_with(scheme)) continue;
    const std::string_view rest = target.substr(scheme.size());
    const auto slash = rest.find_first_of("/?");
    host = rest.substr(0, slash);
    if (slash == std::string_view::npos) return "/";
    return rest.substr(slash);
  }
  return target;
}

// A request's target in its parts: the host (the Host header's, or the one an absolute-form
// target names), the path and the query string.
struct TargetParts {
  std::string_view host, path, query;
};

TargetParts parts_of(const HttpRequest& request) {
  TargetParts parts;
  parts.host = request.host;
  const std::string_view target = path_of_absolute_form(request.target, parts.host);
  const auto question = target.find('?');
  parts.path = target.substr(0, question);
  if (question != std::string_view::npos) parts.query = target.substr(question + 1);
  return parts;
}

bool is_api_path(std::string_view path) { return path == "/api" || path.starts_with("/api/"); }

HttpResponse error_response(bool api, int status, std::string_view message) {
  const std::string shown = shorten_at_word(message, kMaxErrorMessageBytes);
  HttpResponse r = api ? json_response(status, error_json(status, shown))
                       : html_response(status, error_page(status, shown));
  if (status == 405) r.headers.emplace_back("Allow", "GET, HEAD");
  return r;
}

}  // namespace

HttpResponse WebApp::refusal(int status, const std::string& message, const HttpRequest& request) {
  return error_response(is_api_path(parts_of(request).path), status, message);
}

bool WebApp::takes_long(const HttpRequest& request) {
  const std::string_view path = parts_of(request).path;
  if (!path.starts_with('/')) return false;
  try {
    const auto resolved = resolve(path_segments(path));
    if (!resolved) return false;
    switch (resolved->route) {
      case Route::Compare:
      case Route::ApiCompare:
      case Route::StatementPrecedents:
      case Route::ApiStatementPrecedents:
        return true;
      default:
        return false;
    }
  } catch (const std::exception&) {
    return false;  // A malformed path is refused at once by handle().
  }
}

HttpResponse WebApp::handle(const HttpRequest& request) const {
  const auto [target_host, path, query] = parts_of(request);
  const bool api = is_api_path(path);
  const auto fail = [api](int status, std::string_view message) {
    return error_response(api, status, message);
  };
  try {
    if (!path.starts_with('/')) throw UsageError("the request target must be a path");
    if (!target_host.empty() && !is_loopback_host(target_host)) {
      throw UsageError("unexpected Host header: this server answers on 127.0.0.1 and localhost");
    }
    const auto resolved = resolve(path_segments(path));
    if (!resolved) return fail(404, "no such page");
    if (request.method != "GET" && request.method != "HEAD") {
      return fail(405, fmt::format("method {} not allowed: use GET", request.method));
    }
    const QueryParams params = QueryParams::parse(query);
    return Handler(pool_, lexicon_, params).run(*resolved);
  } catch (const HttpError& e) {
    return fail(e.status(), e.what());
  } catch (const UsageError& e) {
    return fail(400, e.what());
  } catch (const DataError& e) {
    return fail(404, e.what());
  } catch (const EnvironmentError& e) {
    return fail(503, e.what());
  } catch (const std::exception& e) {
    return fail(500, fmt::format("internal error: {}", e.what()));
  }
}

}  // namespace concord::web
