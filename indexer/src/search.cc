// Full-text search: query syntax checks, Xapian's QueryParser per language, snippets, facets.
#include "concord/indexer/search.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "concord/engine/vote_changes.hpp"
#include "database_impl.hpp"
#include "text_regex.hpp"

namespace concord {

using namespace index_schema;

namespace {

constexpr std::array<std::string_view, 11> kFields{"body",   "lang",       "language", "kind",
                                                   "symbol", "year",       "date",     "favour",
                                                   "favor",  "abstaining", "against"};
constexpr std::string_view kFieldList =
    "body, lang, kind, symbol, year, favour, against, abstaining";

bool is_binary_operator(std::string_view token) {
  return token == "AND" || token == "OR" || token == "XOR" || token == "NEAR" || token == "ADJ" ||
         token.starts_with("NEAR/") || token.starts_with("ADJ/");
}

// "2025", "2025-11" or "2025-11-18" -> first/last "YYYYMMDD" value it covers.
std::optional<std::string> date_bound(std::string_view text, bool upper) {
  static const boost::regex shape = text_regex(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)");
  boost::cmatch m;
  if (!boost::regex_match(text.begin(), text.end(), m, shape)) return std::nullopt;
  const int month = m[2].matched ? std::stoi(m[2]) : 0;
  const int day = m[3].matched ? std::stoi(m[3]) : 0;
  if (m[2].matched && (month < 1 || month > 12)) return std::nullopt;
  if (m[3].matched && (day < 1 || day > 31)) return std::nullopt;
  std::string value = m[1].str();
  // Partial dates are stored with "00" for what is unknown, so a lower bound uses "00" and
  // an upper bound "99" for the parts the bound leaves open.
  value += m[2].matched ? m[2].str() : (upper ? "99" : "00");
  value += m[3].matched ? m[3].str() : (upper ? "99" : "00");
  return value;
}

Xapian::Query date_range_query(std::string_view from, std::string_view to) {
  std::optional<std::string> lo, hi;
  if (!from.empty() && !(lo = date_bound(from, false))) {
    throw UsageError(fmt::format("bad date '{}': use YYYY, YYYY-MM or YYYY-MM-DD", from));
  }
  if (!to.empty() && !(hi = date_bound(to, true))) {
    throw UsageError(fmt::format("bad date '{}': use YYYY, YYYY-MM or YYYY-MM-DD", to));
  }
  if (lo && hi) return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kDateSlot, *lo, *hi);
  if (lo) return Xapian::Query(Xapian::Query::OP_VALUE_GE, kDateSlot, *lo);
  if (hi) return Xapian::Query(Xapian::Query::OP_VALUE_LE, kDateSlot, *hi);
  return Xapian::Query::MatchAll;
}

// `2025-01-01..2025-12-31`, `2025..`, `..2025-06` in a query.
class DateRangeProcessor : public Xapian::RangeProcessor {
 public:
  DateRangeProcessor() : Xapian::RangeProcessor(kDateSlot) {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    if (!date_bound(begin, false) && !begin.empty())
      return Xapian::Query(Xapian::Query::OP_INVALID);
    if (!date_bound(end, true) && !end.empty()) return Xapian::Query(Xapian::Query::OP_INVALID);
    return date_range_query(begin, end);
  }
};

// The body slugs and initials in the database ("XBnon-aligned-movement", "XBnam").
std::vector<std::string> indexed_bodies(const Xapian::Database& db) {
  std::vector<std::string> bodies;
  for (auto it = db.allterms_begin(kBodyPrefix); it != db.allterms_end(kBodyPrefix); ++it) {
    bodies.push_back(*it);
  }
  return bodies;
}

std::vector<std::string> slug_words(std::string_view slug) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= slug.size()) {
    std::size_t end = slug.find('-', start);
    if (end == std::string_view::npos) end = slug.size();
    if (end > start) words.emplace_back(slug.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// A body as the user names it: its full name, its initials ("nam"), or words of its name
// in any order ("friends group" finds "Group of Friends ..."). Only the full name and the
// initials are indexed; words are matched here against the short list of bodies.
Xapian::Query body_query(const std::string& value, const std::vector<std::string>& bodies) {
  const std::string slug = slugify(value);
  if (slug.empty()) throw UsageError(fmt::format("bad body '{}'", value));
  const std::vector<std::string> wanted = slug_words(slug);
  std::vector<Xapian::Query> matches;
  for (const std::string& term : bodies) {
    const std::vector<std::string> words = slug_words(std::string_view(term).substr(2));
    const bool all_found = std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
      return std::find(words.begin(), words.end(), w) != words.end();
    });
    if (all_found) matches.emplace_back(term);
  }
  if (matches.empty()) return Xapian::Query(kBodyPrefix + slug);
  return Xapian::Query(Xapian::Query::OP_OR, matches.begin(), matches.end());
}

class BodyFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit BodyFieldProcessor(std::vector<std::string> bodies) : bodies_(std::move(bodies)) {}
  Xapian::Query operator()(const std::string& value) override { return body_query(value, bodies_); }

 private:
  std::vector<std::string> bodies_;
};

class LanguageFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    std::string term(kLanguagePrefix);
    term.append(to_lower(value), 0, 2);
    return Xapian::Query(term);
  }
};

class KindFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    ParagraphKind kind;
    if (!parse_paragraph_kind(to_lower(value), kind)) {
      throw Xapian::QueryParserError("unknown kind '" + value +
                                     "' (known: heading, preambular, operative, other)");
    }
    return Xapian::Query(std::string(kKindPrefix) + std::string(to_string(kind)));
  }
};

class SymbolFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(kSymbolPrefix + to_lower(value));
  }
};

// "against:argentina", "abstaining:\"Republic of Moldova\"": statements whose recorded vote
// puts that member on that side, under any of its names.
class VoteFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit VoteFieldProcessor(const char* prefix) : prefix_(prefix) {}
  Xapian::Query operator()(const std::string& value) override {
    const std::string key = vote_member_key(value);
    if (key.empty()) throw Xapian::QueryParserError("a vote field needs a member's name");
    return Xapian::Query(prefix_ + key);
  }

 private:
  std::string prefix_;
};

Xapian::QueryParser make_parser(const Xapian::Database& db, const Xapian::Stem& stemmer,
                                const std::vector<std::string>& bodies) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(stemmer);
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.set_max_expansion(2000, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  parser.add_boolean_prefix("body", (new BodyFieldProcessor(bodies))->release());
  parser.add_boolean_prefix("lang", (new LanguageFieldProcessor)->release());
  parser.add_boolean_prefix("language", (new LanguageFieldProcessor)->release());
  parser.add_boolean_prefix("kind", (new KindFieldProcessor)->release());
  parser.add_boolean_prefix("symbol", (new SymbolFieldProcessor)->release());
  parser.add_boolean_prefix("year", kYearPrefix);
  parser.add_boolean_prefix("favour", (new VoteFieldProcessor(kInFavourPrefix))->release());
  parser.add_boolean_prefix("favor", (new VoteFieldProcessor(kInFavourPrefix))->release());
  parser.add_boolean_prefix("against", (new VoteFieldProcessor(kAgainstPrefix))->release());
  parser.add_boolean_prefix("abstaining", (new VoteFieldProcessor(kAbstainingPrefix))->release());
  parser.add_rangeprocessor((new DateRangeProcessor)->release());
  return parser;
}

SearchContext make_search_context(const Xapian::Database& db) {
  SearchContext context;
  context.bodies = indexed_bodies(db);
  for (auto it = db.allterms_begin(kLanguagePrefix); it != db.allterms_end(kLanguagePrefix); ++it) {
    context.languages.emplace_back(it.get_termfreq(), (*it).substr(1));
  }
  std::sort(context.languages.begin(), context.languages.end(), std::greater<>());
  return context;
}

constexpr unsigned kParserFlags =
    Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
    Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
    Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_CJK_NGRAM;

// True when the query has a positive free-text term; such a query cannot match a
// statement document, which has only boolean terms.
bool has_text_term(const Xapian::Query& query) {
  for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
    const std::string& term = *it;
    if (!term.empty() && (term[0] == 'Z' || !(term[0] >= 'A' && term[0] <= 'Z'))) return true;
  }
  return false;
}

std::string unescape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::array<std::pair<std::string_view, char>, 5> kEntities{
          {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}}};
      bool replaced = false;
      for (const auto& [entity, c] : kEntities) {
        if (s.substr(i).starts_with(entity)) {
          out.push_back(c);
          i += entity.size() - 1;
          replaced = true;
          break;
        }
      }
      if (replaced) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

constexpr std::string_view kHighlightStart = "\x02";
constexpr std::string_view kHighlightEnd = "\x03";

void fill_snippet(SearchHit& hit, const std::string& marked) {
  const std::string plain = unescape_html(marked);
  std::size_t open = 0;
  for (const char c : plain) {
    if (c == kHighlightStart[0]) {
      open = hit.snippet.size();
    } else if (c == kHighlightEnd[0]) {
      if (!hit.highlights.empty() && hit.highlights.back().second == open) {
        // Xapian marks the words of a phrase one by one: merge neighbours.
        hit.highlights.back().second = hit.snippet.size();
      } else {
        hit.highlights.emplace_back(open, hit.snippet.size());
      }
    } else {
      hit.snippet.push_back(c);
    }
  }
}

// The matches counted by `spy`, by value; matches without the value (a statement of no
// known body, an undated one) count under the empty value, so that the counts add up.
std::vector<FacetCount> facet_counts(const Xapian::ValueCountMatchSpy& spy) {
  std::vector<FacetCount> out;
  std::size_t with_value = 0;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    out.push_back({*it, static_cast<std::size_t>(it.get_termfreq())});
    with_value += out.back().count;
  }
  if (spy.get_total() > with_value) out.push_back({"", spy.get_total() - with_value});
  std::stable_sort(out.begin(), out.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  return out;
}

// Xapian reads a query made only of excluded terms ("-embargo") as if the terms were wanted.
// Spelled "NOT embargo" (FLAG_PURE_NOT), it matches what the user asked for: every paragraph
// without them.
std::string with_pure_exclusions_spelled_out(const std::string& query) {
  std::vector<std::string> tokens;
  std::string token;
  int depth = 0;
  bool in_quotes = false;
  for (const char c : query) {
    if (c == '"') in_quotes = !in_quotes;
    if (!in_quotes && c == '(') ++depth;
    if (!in_quotes && c == ')') --depth;
    if (!in_quotes && depth == 0 && (c == ' ' || c == '\t' || c == '\n')) {
      if (!token.empty()) tokens.push_back(std::move(token));
      token.clear();
    } else {
      token.push_back(c);
    }
  }
  if (!token.empty()) tokens.push_back(std::move(token));
  const bool all_excluded =
      !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [](const std::string& t) {
        return t.size() > 1 && t[0] == '-';
      });
  if (!all_excluded) return query;
  std::string spelled;
  for (const std::string& t : tokens) spelled += (spelled.empty() ? "NOT " : " NOT ") + t.substr(1);
  return spelled;
}

// The query's tokens as the checks read them: words, quoted phrases (quotes kept) and
// parentheses. Throws UsageError for unbalanced quotes or parentheses.
std::vector<std::string> query_tokens(const std::string& query) {
  const auto quotes = std::count(query.begin(), query.end(), '"');
  if (quotes % 2 != 0) throw UsageError("malformed query: unbalanced quotes");
  int depth = 0;
  bool in_quotes = false;
  std::vector<std::string> tokens;
  std::string token;
  auto end_token = [&] {
    if (!token.empty()) tokens.push_back(token);
    token.clear();
  };
  for (const char c : query) {
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes) {
      token.push_back(c);
      continue;
    }
    if (c == '(' || c == ')') {
      end_token();
      depth += c == '(' ? 1 : -1;
      if (depth < 0) throw UsageError("malformed query: unbalanced parentheses");
      tokens.emplace_back(1, c);
    } else if (c == ' ' || c == '\t' || c == '\n') {
      end_token();
    } else {
      token.push_back(c);
    }
  }
  end_token();
  if (depth != 0) throw UsageError("malformed query: unbalanced parentheses");
  return tokens;
}

}  // namespace

void validate_query(const std::string& query) {
  const std::vector<std::string> tokens = query_tokens(query);
  static const boost::regex field = text_regex(R"(^[+-]?([a-z_]+):(.*)$)");
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    const bool first = i == 0 || tokens[i - 1] == "(";
    const bool last = i + 1 == tokens.size() || tokens[i + 1] == ")";
    if (is_binary_operator(t) && (first || last)) {
      throw UsageError(fmt::format("malformed query: '{}' needs a term on each side", t));
    }
    if (t == "NOT" && last) throw UsageError("malformed query: 'NOT' needs a term after it");
    // "AND NOT" and "OR NOT" are Xapian operators; "AND OR" is not.
    if (i > 0 && is_binary_operator(t) &&
        (is_binary_operator(tokens[i - 1]) || tokens[i - 1] == "NOT")) {
      throw UsageError(fmt::format("malformed query: '{}' follows '{}'", t, tokens[i - 1]));
    }
    boost::smatch m;
    if (t.front() != '"' && boost::regex_match(t, m, field)) {
      const std::string name = m[1].str();
      if (std::find(kFields.begin(), kFields.end(), name) == kFields.end()) {
        throw UsageError(
            fmt::format("malformed query: unknown field '{}:' (known: {})", name, kFieldList));
      }
      if (m[2].str().empty() && (last || tokens[i + 1] == "(")) {
        throw UsageError(fmt::format("malformed query: field '{}:' needs a value", name));
      }
      if (name == "kind") {
        ParagraphKind kind;
        std::string value = m[2].str();
        std::erase(value, '"');
        if (!parse_paragraph_kind(to_lower(value), kind)) {
          throw UsageError(fmt::format(
              "malformed query: unknown kind '{}' (known: heading, preambular, operative, other)",
              value));
        }
      }
    }
    const auto range = t.find("..");
    if (range != std::string::npos && t.front() != '"') {
      const std::string begin = t.substr(0, range), end = t.substr(range + 2);
      if ((!begin.empty() && !date_bound(begin, false)) ||
          (!end.empty() && !date_bound(end, true)) || (begin.empty() && end.empty())) {
        throw UsageError(fmt::format(
            "malformed query: bad date range '{}' (use YYYY-MM-DD..YYYY-MM-DD; either end may be "
            "YYYY or YYYY-MM, or left open)",
            t));
      }
    }
  }
}

namespace {

// The query in the words of every language of the database. Each language's paragraphs were
// stemmed by its own stemmer, so the query is parsed once per language: the most common
// language takes every paragraph not in another language (those of unknown language too),
// each other language only its own.
Xapian::Query query_in_every_language(const std::string& query, const std::string& only_language,
                                      const Xapian::Database& db, Database::Impl& impl,
                                      SearchContext& context) {
  auto parse = [&](const std::string& language) {
    auto it = context.parsers.find(language);
    if (it == context.parsers.end()) {
      it =
          context.parsers.emplace(language, make_parser(db, impl.stemmer(language), context.bodies))
              .first;
    }
    return it->second.parse_query(query, kParserFlags);
  };
  std::vector<std::pair<Xapian::doccount, std::string>> languages = context.languages;
  if (!only_language.empty()) languages.assign(1, {0, only_language});
  const std::string main_language = languages.empty() ? std::string() : languages.front().second;
  Xapian::Query text_query = parse(main_language);
  if (languages.size() <= 1) return text_query;
  std::vector<Xapian::Query> others;
  std::vector<Xapian::Query> branches;
  for (std::size_t i = 1; i < languages.size(); ++i) {
    const Xapian::Query language_term(kLanguagePrefix + languages[i].second);
    others.push_back(language_term);
    branches.emplace_back(Xapian::Query::OP_FILTER, parse(languages[i].second), language_term);
  }
  branches.emplace_back(Xapian::Query::OP_AND_NOT, text_query,
                        Xapian::Query(Xapian::Query::OP_OR, others.begin(), others.end()));
  return Xapian::Query(Xapian::Query::OP_OR, branches.begin(), branches.end());
}

// `text_query` restricted by the request's bodies, language and dates, matching paragraphs
// only.
Xapian::Query with_filters(Xapian::Query text_query, const SearchRequest& request,
                           const std::vector<std::string>& bodies) {
  const bool only_paragraphs_can_match = has_text_term(text_query);
  std::vector<Xapian::Query> filters;
  if (!request.bodies.empty()) {
    std::vector<Xapian::Query> body_filters;
    for (const std::string& body : request.bodies) body_filters.push_back(body_query(body, bodies));
    filters.emplace_back(Xapian::Query::OP_OR, body_filters.begin(), body_filters.end());
  }
  if (!request.language.empty()) filters.emplace_back(kLanguagePrefix + request.language);
  if (!request.from.empty() || !request.to.empty())
    filters.push_back(date_range_query(request.from, request.to));
  Xapian::Query query = std::move(text_query);
  for (const Xapian::Query& filter : filters)
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
  // Statement documents carry boolean terms only: a query of filters alone would match them.
  if (!only_paragraphs_can_match)
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(kStatementType));
  return query;
}

// The opening of a paragraph, for a query of filters alone (no word to highlight).
std::string opening_of(const std::string& text, std::size_t length) {
  std::string snippet = text.size() <= length ? text : text.substr(0, length) + "…";
  // Keep the cut on a UTF-8 boundary.
  while (!is_valid_utf8(snippet)) snippet.erase(snippet.size() - 4, 1);
  return snippet;
}

// One match: its paragraph record and a snippet of its text.
SearchHit hit_of(const Xapian::MSetIterator& it, const Xapian::MSet& mset,
                 const SearchRequest& request, bool blank_query, Database::Impl& impl) {
  const auto data = nlohmann::json::parse(it.get_document().get_data());
  SearchHit hit;
  hit.statement_id = data.value("statement", "");
  hit.title = data.value("title", "");
  hit.body = data.value("body", "");
  hit.date = data.value("date", "");
  hit.language = data.value("language", "");
  hit.paragraph = data.value("ordinal", std::size_t{0});
  hit.label = data.value("label", "");
  hit.kind = data.value("kind", "");
  hit.percent = it.get_percent();
  hit.collapsed = request.collapse ? it.get_collapse_count() : 0;
  const std::string text = data.value("text", "");
  if (blank_query) {
    hit.snippet = opening_of(text, request.snippet_length);
  } else {
    fill_snippet(
        hit, mset.snippet(text, request.snippet_length, impl.stemmer(hit.language),
                          Xapian::MSet::SNIPPET_BACKGROUND_MODEL |
                              Xapian::MSet::SNIPPET_EXHAUSTIVE | Xapian::MSet::SNIPPET_CJK_NGRAM,
                          std::string(kHighlightStart), std::string(kHighlightEnd), "…"));
  }
  return hit;
}

// Runs `query` on the last committed revision: the page of hits the request asks for, the
// counts, and the facets when asked.
SearchResult run_query(const Xapian::Database& db, const Xapian::Query& query,
                       const SearchRequest& request, bool blank_query, Database::Impl& impl) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  if (request.sort == SortOrder::Date) enquire.set_sort_by_value_then_relevance(kDateSlot, true);
  if (request.collapse) enquire.set_collapse_key(kStatementSlot);
  Xapian::ValueCountMatchSpy body_spy(kBodySlot);
  Xapian::ValueCountMatchSpy year_spy(kYearSlot);
  if (request.facets) {
    enquire.add_matchspy(&body_spy);
    enquire.add_matchspy(&year_spy);
  }
  // Facets count every match. Otherwise up to a thousand matches are counted exactly (a
  // cheap check), so that a small result says how many it holds, not an estimate.
  const Xapian::doccount check_at_least = request.facets
                                              ? db.get_doccount()
                                              : static_cast<Xapian::doccount>(std::max<std::size_t>(
                                                    request.offset + request.limit, 1000));
  const Xapian::MSet mset =
      enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                       static_cast<Xapian::doccount>(request.limit), check_at_least);

  SearchResult result;
  result.estimated_total = mset.get_matches_estimated();
  result.total_lower_bound = mset.get_matches_lower_bound();
  result.total_upper_bound = mset.get_matches_upper_bound();
  for (auto it = mset.begin(); it != mset.end(); ++it)
    result.hits.push_back(hit_of(it, mset, request, blank_query, impl));
  if (request.facets) {
    result.bodies = facet_counts(body_spy);
    result.years = facet_counts(year_spy);
    std::sort(result.years.begin(), result.years.end(),
              [](const FacetCount& a, const FacetCount& b) { return a.value > b.value; });
  }
  return result;
}

}  // namespace

SearchResult search(const Database& database, const SearchRequest& request) {
  validate_query(request.query);
  const bool blank_query = collapse_whitespace(request.query).empty();
  if (blank_query && request.bodies.empty() && request.language.empty() && request.from.empty() &&
      request.to.empty()) {
    throw UsageError("empty query: give search terms or a filter (--body, --lang, --from, --to)");
  }
  if (request.limit == 0) throw UsageError("--limit must be at least 1");

  const std::string parsed_query = with_pure_exclusions_spelled_out(request.query);
  Database::Impl& impl = database.impl();
  for (int attempt = 0;; ++attempt) {
    try {
      const Xapian::Database& db = impl.db();
      if (!impl.search_context) impl.search_context = make_search_context(db);
      SearchContext& context = *impl.search_context;
      const Xapian::Query text_query =
          blank_query ? Xapian::Query(Xapian::Query::MatchAll)
                      : query_in_every_language(parsed_query, request.language, db, impl, context);
      return run_query(db, with_filters(text_query, request, context.bodies), request, blank_query,
                       impl);
    } catch (const Xapian::DatabaseModifiedError&) {
      // A writer committed while we read: reopen on the newer revision and try again.
      if (attempt >= 3) throw EnvironmentError("database changed repeatedly during the search");
      database.impl().search_context.reset();
      database.impl().reader.reopen();
    } catch (const Xapian::QueryParserError& e) {
      throw UsageError("malformed query: " + e.get_msg());
    } catch (const Xapian::Error& e) {
      rethrow_xapian(e, "search failed");
    } catch (const nlohmann::json::exception& e) {
      throw EnvironmentError(std::string("corrupt paragraph record: ") + e.what());
    }
  }
}

}  // namespace concord
