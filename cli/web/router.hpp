// The web app's routes: query strings, dispatch to pages and API, error responses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/engine/demands.hpp"
#include "web/database_pool.hpp"
#include "web/http_server.hpp"

namespace concord::web {

/// Decodes %XX escapes, and '+' as a space when `form` (query strings). Returns nullopt when
/// an escape is malformed (a '%' not followed by two hex digits).
[[nodiscard]] std::optional<std::string> percent_decode(std::string_view text, bool form);

/// `text` with everything but unreserved characters (RFC 3986) and those in `keep`
/// percent-encoded.
[[nodiscard]] std::string percent_encode(std::string_view text, std::string_view keep = {});

/// The parameters of a query string (application/x-www-form-urlencoded), in order.
class QueryParams {
 public:
  QueryParams() = default;

  /// Parses "a=1&b=x+y"; a name without '=' has an empty value. Throws UsageError when an
  /// escape is malformed or a name or value is not UTF-8.
  [[nodiscard]] static QueryParams parse(std::string_view query);

  /// The last value given to `name`, or "" when none.
  [[nodiscard]] std::string get(std::string_view name) const;
  /// True when `name` was given, even with an empty value.
  [[nodiscard]] bool has(std::string_view name) const;
  /// Every value given to `name`, in order.
  [[nodiscard]] std::vector<std::string> all(std::string_view name) const;
  /// Every value given to `name`, each split at commas, without empty ones.
  [[nodiscard]] std::vector<std::string> list(std::string_view name) const;

  /// Adds a parameter.
  void add(std::string name, std::string value);
  /// The parameters encoded again as a query string (without '?').
  [[nodiscard]] std::string encode() const;
  /// A copy without the parameters called `name`.
  [[nodiscard]] QueryParams without(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> pairs_;
};

/// Answers requests for the pages and the JSON API over the databases of `pool`. Reads
/// nothing but the database and Concord's own data files: there is no route to a file.
/// Thread-safe: each request borrows its own database from the pool; `lexicon` (the
/// speech-act lexicons, read once when the server starts) is only read, by every request
/// that compares.
class WebApp {
 public:
  WebApp(DatabasePool& pool, SpeechActLexicon lexicon)
      : pool_(pool), lexicon_(std::move(lexicon)) {}

  /// The response to `request`: 404 for an unknown path, 405 for a method other than GET or
  /// HEAD, 400 with a message for malformed parameters (JSON under /api/, HTML elsewhere).
  [[nodiscard]] HttpResponse handle(const HttpRequest& request) const;

  /// True when `request` asks for work that may take seconds: a comparison, or the precedents
  /// of a statement (one lookup per paragraph). The server answers these on threads of their
  /// own.
  [[nodiscard]] static bool takes_long(const HttpRequest& request);

  /// The response to a request the server refused before handle() saw it (see
  /// RefusalHandler): JSON under /api/, an HTML page elsewhere.
  [[nodiscard]] static HttpResponse refusal(int status, const std::string& message,
                                            const HttpRequest& request);

 private:
  DatabasePool& pool_;
  SpeechActLexicon lexicon_;
};

}  // namespace concord::web
