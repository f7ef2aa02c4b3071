// The web app's HTML pages, rendered on the server: inline CSS, no scripts, all text escaped.
#include "web/pages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "concord/engine/report.hpp"
#include "precedent_json.hpp"

namespace concord::web {
namespace {

constexpr std::string_view kStyle = R"(
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", "Noto Sans", Arial, sans-serif;
       font-size: 15px; line-height: 1.45; color: #1a1a1a; margin: 0; background: #fafafa; }
a { color: #1f4f8f; }
header.app { background: #1f3b5c; color: #fff; padding: .6em 1.5em; display: flex;
             align-items: baseline; gap: 1.5em; }
header.app .brand { font-weight: bold; font-size: 1.25em; color: #fff; text-decoration: none; }
header.app nav a { color: #dfe8f3; text-decoration: none; margin-right: 1.1em; }
header.app nav a.active { color: #fff; border-bottom: 2px solid #ffd54f; }
main { max-width: 78em; margin: 0 auto; padding: 1em 1.5em 3em; }
h1 { font-size: 1.45em; margin: .4em 0 .3em; }
h2 { font-size: 1.1em; margin: 1.2em 0 .4em; }
.quiet { color: #666; }
form.search .row { display: flex; gap: .5em; }
form.search input[type=search] { flex: 1; font-size: 1.1em; padding: .4em .6em;
                                 border: 1px solid #999; border-radius: 4px; }
button, .button { font-size: 1em; padding: .4em 1em; border: 1px solid #1f3b5c; border-radius: 4px;
                  background: #1f3b5c; color: #fff; cursor: pointer; text-decoration: none; }
.filters { display: flex; flex-wrap: wrap; gap: .5em 1.2em; margin: .6em 0; font-size: .92em; }
.filters input[type=text] { width: 8.5em; }
.active-filters { font-size: .9em; margin: .3em 0; }
.active-filters a { margin-right: .8em; }
.error { background: #fdecea; border: 1px solid #d93025; color: #8c1d18; padding: .6em .9em;
         border-radius: 4px; margin: .8em 0; }
.layout { display: grid; grid-template-columns: 15em 1fr; gap: 2em; margin-top: 1em; }
aside.facets h2 { font-size: .95em; text-transform: uppercase; letter-spacing: .04em;
                  color: #555; }
aside.facets ul { list-style: none; padding: 0; margin: 0; font-size: .92em; }
aside.facets li { margin: .2em 0; display: flex; justify-content: space-between; gap: .5em; }
aside.facets .count { color: #666; font-variant-numeric: tabular-nums; }
.totals { color: #555; margin: .2em 0 .8em; }
ol.hits { list-style: none; padding: 0; margin: 0; }
ol.hits li.hit { background: #fff; border: 1px solid #ddd; border-radius: 5px;
                 padding: .7em 1em; margin-bottom: .7em; }
.hit h3 { font-size: 1.02em; margin: 0 0 .2em; }
.hit .meta { font-size: .85em; color: #555; margin: 0 0 .35em; }
.hit .snippet { margin: 0; }
mark { background: #ffe16b; color: inherit; padding: 0 .08em; border-radius: 2px; }
.paging { display: flex; gap: 1em; margin-top: 1em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; font-size: .92em; }
dl.meta dt { color: #555; }
dl.meta dd { margin: 0; }
ol.paragraphs { list-style: none; padding: 0; }
ol.paragraphs li { background: #fff; border: 1px solid #e2e2e2; border-left: 5px solid #bbb;
                   border-radius: 4px; padding: .55em .9em; margin: .5em 0; }
ol.paragraphs li.operative { border-left-color: #2e7d32; }
ol.paragraphs li.preambular { border-left-color: #5a4fb0; }
ol.paragraphs li.heading { border-left-color: #1f3b5c; font-weight: bold; }
ol.paragraphs li:target { background: #fff8d6; border-color: #e0b400; }
.para-head { font-size: .82em; color: #555; margin-bottom: .15em; }
.para-head a.num { font-weight: bold; color: #333; text-decoration: none; margin-right: .6em; }
.label { font-weight: bold; margin-right: .35em; }
.kind { display: inline-block; font-size: .75em; text-transform: uppercase; letter-spacing: .04em;
        border: 1px solid #aaa; border-radius: 3px; padding: 0 .35em; color: #444; }
table.list { border-collapse: collapse; width: 100%; background: #fff; font-size: .93em; }
table.list th, table.list td { border-bottom: 1px solid #e2e2e2; padding: .4em .5em;
                               text-align: left; vertical-align: top; }
table.list th { background: #f0f0f0; }
.nowrap { white-space: nowrap; }
th.wide { min-width: 16em; }
.actions { display: flex; gap: 1em; align-items: center; margin: .8em 0; flex-wrap: wrap; }
@media (max-width: 50em) { .layout { grid-template-columns: 1fr; } }
)";

constexpr std::string_view kNavStyle = R"(
nav.concord-app { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  background: #1f3b5c; color: #fff; margin: -1.5em -1.5em 1em; padding: .55em 1.5em;
  display: flex; flex-wrap: wrap; gap: .4em 1.4em; align-items: baseline; font-size: 14px; }
nav.concord-app a { color: #dfe8f3; text-decoration: none; }
nav.concord-app a.brand { color: #fff; font-weight: bold; font-size: 1.15em; }
nav.concord-app a.current { color: #fff; border-bottom: 2px solid #ffd54f; }
nav.concord-app .group { display: inline-flex; gap: .6em; align-items: baseline; }
nav.concord-app .group > span { color: #b9c7d8; }
@media print { nav.concord-app { display: none; } }
)";

std::string esc(std::string_view text) { return escape_html(text); }

std::string layout(std::string_view title, std::string_view active, std::string_view content) {
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + esc(title) + " — Concord</title>\n<style>";
  out += kStyle;
  out +=
      "</style>\n</head>\n<body>\n<header class=\"app\"><a class=\"brand\" href=\"/\">Concord</a>"
      "<nav>";
  for (const auto& [path, name] :
       {std::pair<std::string_view, std::string_view>{"/search", "Search"},
        {"/statements", "Statements"},
        {"/compare", "Compare"}}) {
    out += fmt::format("<a href=\"{}\"{}>{}</a>", path, name == active ? " class=\"active\"" : "",
                       name);
  }
  out += "</nav></header>\n<main>\n";
  out += content;
  out += "</main>\n</body>\n</html>\n";
  return out;
}

std::string highlighted_snippet(const SearchHit& hit) {
  std::string out;
  std::size_t at = 0;
  for (const auto& [start, end] : hit.highlights) {
    if (start < at || end < start || end > hit.snippet.size()) continue;
    out += esc(std::string_view(hit.snippet).substr(at, start - at));
    out += "<mark>" + esc(std::string_view(hit.snippet).substr(start, end - start)) + "</mark>";
    at = end;
  }
  out += esc(std::string_view(hit.snippet).substr(at));
  return out;
}

std::string link(const QueryParams& params, std::string_view path = "/search") {
  const std::string query = params.encode();
  return esc(query.empty() ? std::string(path) : std::string(path) + "?" + query);
}

std::string option(std::string_view value, std::string_view text, bool selected) {
  return fmt::format("<option value=\"{}\"{}>{}</option>", esc(value), selected ? " selected" : "",
                     esc(text));
}

std::string search_form(const SearchView& view) {
  const SearchRequest& r = view.request;
  std::string out =
      "<form class=\"search\" method=\"get\" action=\"/search\">\n<div class=\"row\">";
  out += fmt::format(
      "<input type=\"search\" name=\"q\" value=\"{}\" aria-label=\"Query\" "
      "placeholder=\"&quot;zone of peace&quot;, sovereignty NEAR/5 territorial, body:nam…\">",
      esc(r.query));
  out += "<button type=\"submit\">Search</button></div>\n<div class=\"filters\">";
  out += "<label>Body <select name=\"body\">" + option("", "any body", r.bodies.empty());
  for (const auto& body : view.bodies) {
    out += option(body, body, r.bodies.size() == 1 && r.bodies.front() == body);
  }
  // A body given in the address but not in the list (a slug, a word) stays selected.
  if (r.bodies.size() == 1 &&
      std::find(view.bodies.begin(), view.bodies.end(), r.bodies.front()) == view.bodies.end()) {
    out += option(r.bodies.front(), r.bodies.front(), true);
  }
  out += "</select></label>";
  out += "<label>Language <select name=\"lang\">" + option("", "any", r.language.empty());
  for (const auto& lang : view.languages) out += option(lang, lang, r.language == lang);
  out += "</select></label>";
  out += fmt::format(
      "<label>From <input type=\"text\" name=\"from\" value=\"{}\" placeholder=\"YYYY-MM-DD\">"
      "</label><label>To <input type=\"text\" name=\"to\" value=\"{}\" "
      "placeholder=\"YYYY-MM-DD\"></label>",
      esc(r.from), esc(r.to));
  out += "<label>Sort <select name=\"sort\">" +
         option("relevance", "relevance", r.sort == SortOrder::Relevance) +
         option("date", "newest first", r.sort == SortOrder::Date) + "</select></label>";
  out += fmt::format(
      "<label><input type=\"checkbox\" name=\"collapse\" value=\"1\"{}> one hit per "
      "statement</label>",
      r.collapse ? " checked" : "");
  out += "</div>\n</form>\n";
  if (r.bodies.size() > 1 || !r.language.empty() || !r.from.empty() || !r.to.empty()) {
    out += "<p class=\"active-filters\">Filters: ";
    for (const auto& body : r.bodies) {
      QueryParams next = view.params.without("body").without("offset");
      for (const auto& other : r.bodies) {
        if (other != body) next.add("body", other);
      }
      out += fmt::format("<a href=\"{}\" title=\"remove\">body: {} ✕</a>", link(next), esc(body));
    }
    if (!r.language.empty()) {
      out += fmt::format("<a href=\"{}\" title=\"remove\">language: {} ✕</a>",
                         link(view.params.without("lang").without("offset")), esc(r.language));
    }
    if (!r.from.empty() || !r.to.empty()) {
      out += fmt::format("<a href=\"{}\" title=\"remove\">dates: {} – {} ✕</a>",
                         link(view.params.without("from").without("to").without("offset")),
                         esc(r.from.empty() ? "…" : r.from), esc(r.to.empty() ? "…" : r.to));
    }
    out += "</p>\n";
  }
  return out;
}

std::string facets(const SearchView& view) {
  const SearchResult& result = *view.result;
  std::string out = "<aside class=\"facets\">\n<h2>Bodies</h2>\n<ul>";
  for (const auto& f : result.bodies) {
    if (f.value.empty()) {
      out += fmt::format("<li><span>unknown</span><span class=\"count\">{}</span></li>", f.count);
      continue;
    }
    QueryParams next = view.params.without("body").without("offset");
    next.add("body", f.value);
    out += fmt::format("<li><a href=\"{}\">{}</a><span class=\"count\">{}</span></li>", link(next),
                       esc(f.value), f.count);
  }
  if (result.bodies.empty()) out += "<li class=\"quiet\">none</li>";
  out += "</ul>\n<h2>Years</h2>\n<ul>";
  for (const auto& f : result.years) {
    if (f.value.empty() || f.value == "0000") {
      out += fmt::format("<li><span>undated</span><span class=\"count\">{}</span></li>", f.count);
      continue;
    }
    QueryParams next = view.params.without("from").without("to").without("offset");
    next.add("from", f.value);
    next.add("to", f.value);
    out += fmt::format("<li><a href=\"{}\">{}</a><span class=\"count\">{}</span></li>", link(next),
                       esc(f.value), f.count);
  }
  if (result.years.empty()) out += "<li class=\"quiet\">none</li>";
  out += "</ul>\n</aside>\n";
  return out;
}

std::string hit_html(const SearchHit& h) {
  const std::string href =
      fmt::format("/statements/{}#p{}", percent_encode(h.statement_id), h.paragraph + 1);
  std::string meta = esc(h.body.empty() ? "unknown body" : h.body);
  meta += " · " + esc(h.date.empty() ? "undated" : h.date);
  if (!h.language.empty()) meta += " · " + esc(h.language);
  meta += fmt::format(" · ¶{}", h.paragraph + 1);
  if (!h.label.empty()) meta += " " + esc(h.label);
  if (!h.kind.empty()) meta += " · " + esc(h.kind);
  meta += fmt::format(" · {}%", h.percent);
  if (h.collapsed > 0) meta += fmt::format(" · +{} more in this statement", h.collapsed);
  return fmt::format(
      "<li class=\"hit\"><h3><a href=\"{}\">{}</a></h3><p class=\"meta\">{}</p>"
      "<p class=\"snippet\">{}</p></li>\n",
      esc(href), esc(h.title.empty() ? h.statement_id : h.title), meta, highlighted_snippet(h));
}

}  // namespace

std::string_view status_reason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 400:
      return "Bad Request";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 413:
      return "Payload Too Large";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Error";
  }
}

std::string search_page(const SearchView& view) {
  std::string content = "<h1>Search paragraphs</h1>\n" + search_form(view);
  if (!view.error.empty()) {
    content += "<p class=\"error\" role=\"alert\">" + esc(view.error) + "</p>\n";
  }
  if (!view.result) {
    content += fmt::format(
        "<p class=\"quiet\">{} statements, {} paragraphs. Words match after stemming "
        "(\"condemn\" finds \"condemned\"); use quotes for a phrase, AND, OR, NOT, NEAR, "
        "<code>body:</code>, <code>lang:</code>, <code>kind:operative</code>, "
        "<code>year:</code> and date ranges such as <code>2025-01-01..2025-12-31</code>.</p>\n",
        view.statement_count, view.paragraph_count);
    return layout("Search", "Search", content);
  }
  const SearchResult& result = *view.result;
  const SearchRequest& r = view.request;
  content += "<div class=\"layout\">\n" + facets(view) + "<section class=\"results\">\n";
  if (result.hits.empty()) {
    content += "<p class=\"totals\">No paragraphs match.</p>\n";
  } else {
    const bool exact = result.total_lower_bound == result.total_upper_bound;
    content += fmt::format("<p class=\"totals\">Hits {}–{} of {}{}</p>\n<ol class=\"hits\">\n",
                           r.offset + 1, r.offset + result.hits.size(), exact ? "" : "about ",
                           result.estimated_total);
    for (const auto& h : result.hits) content += hit_html(h);
    content += "</ol>\n";
  }
  content += "<nav class=\"paging\">";
  if (r.offset > 0) {
    QueryParams prev = view.params.without("offset");
    const std::size_t offset = r.offset > r.limit ? r.offset - r.limit : 0;
    if (offset > 0) prev.add("offset", std::to_string(offset));
    content += fmt::format("<a rel=\"prev\" href=\"{}\">← Previous</a>", link(prev));
  }
  if (r.offset + result.hits.size() < result.estimated_total && !result.hits.empty()) {
    QueryParams next = view.params.without("offset");
    next.add("offset", std::to_string(r.offset + r.limit));
    content += fmt::format("<a rel=\"next\" href=\"{}\">Next →</a>", link(next));
  }
  content += "</nav>\n</section>\n</div>\n";
  return layout(r.query.empty() ? "Search" : r.query, "Search", content);
}

std::string statement_page(const Statement& s) {
  std::string content = "<article class=\"statement\">\n<h1>" +
                        esc(s.title.empty() ? s.id : s.title) + "</h1>\n<dl class=\"meta\">";
  const auto row = [&content](std::string_view name, std::string_view value) {
    if (!value.empty()) content += fmt::format("<dt>{}</dt><dd>{}</dd>", name, esc(value));
  };
  row("Body", s.body.empty() ? "unknown" : s.body);
  row("Date", s.date.empty() ? "undated" : s.date);
  row("Language", s.language.empty() ? "unknown" : s.language);
  row("Symbol", s.symbol);
  if (s.vote) row("Vote", describe_vote(*s.vote));
  row("Id", s.id);
  row("Paragraphs", std::to_string(s.paragraphs.size()));
  content += "</dl>\n";
  content += fmt::format(
      "<p class=\"actions\"><a class=\"button\" href=\"/statements?ids={0}\">Compare with…</a>"
      "<a href=\"/statements/{0}/precedents\">Precedents of its paragraphs</a>"
      "<a href=\"/api/statements/{0}\">JSON</a></p>\n<ol class=\"paragraphs\">\n",
      esc(percent_encode(s.id)));
  for (const Paragraph& p : s.paragraphs) {
    const std::size_t number = p.ordinal + 1;
    content += fmt::format(
        "<li id=\"p{0}\" class=\"{1}\"><div class=\"para-head\"><a class=\"num\" "
        "href=\"#p{0}\">¶{0}</a><span class=\"kind\">{1}</span></div><div class=\"text\">",
        number, to_string(p.kind));
    if (!p.label.empty()) content += "<span class=\"label\">" + esc(p.label) + "</span> ";
    content += esc(p.text) + "</div></li>\n";
  }
  content += "</ol>\n</article>\n";
  return layout(s.title.empty() ? s.id : s.title, "", content);
}

std::string precedents_page(const Statement& s, const std::vector<ParagraphPrecedents>& paragraphs,
                            double min_closeness) {
  const std::string id = esc(percent_encode(s.id));
  const std::string title = s.title.empty() ? s.id : s.title;
  std::string content =
      fmt::format("<h1>Precedents of the paragraphs of <a href=\"/statements/{}\">{}</a></h1>\n",
                  id, esc(title));
  content += fmt::format("<p class=\"quiet\">{} · {} · {}</p>\n",
                         esc(s.body.empty() ? "unknown body" : s.body),
                         esc(s.date.empty() ? "undated" : s.date), esc(s.id));
  const std::array<std::size_t, 4> counts = cli::reuse_counts(paragraphs);
  content += fmt::format(
      "<p class=\"totals\">{} paragraphs looked up in the other statements, a use holding {:.0f}% "
      "of a paragraph's words or more: {} used before, {} first used here, {} used elsewhere, "
      "{} with no other use.</p>\n",
      paragraphs.size(), min_closeness * 100, counts[0], counts[1], counts[2], counts[3]);
  content += fmt::format(
      "<p class=\"actions\"><a href=\"/api/statements/{}/precedents\">JSON</a></p>\n", id);
  content +=
      "<table class=\"list\">\n<thead><tr><th>¶</th><th>Paragraph</th><th>Reuse</th>"
      "<th class=\"wide\">Earliest use</th><th>Other statements</th></tr></thead>\n<tbody>\n";
  for (const ParagraphPrecedents& p : paragraphs) {
    const Paragraph& paragraph = s.paragraphs[p.paragraph];
    std::string earliest;
    if (p.found.earliest) {
      const PrecedentUse& use = p.found.uses[*p.found.earliest];
      earliest = fmt::format(
          "<a href=\"/statements/{0}#p{1}\" title=\"{2}\">{3} ¶{1}</a><br><span "
          "class=\"quiet\">{4} · {5} · closeness {6:.2f}</span>",
          esc(percent_encode(use.statement_id)), use.paragraph + 1, esc(use.title),
          esc(use.statement_id), esc(use.body.empty() ? "unknown body" : use.body),
          esc(use.date.empty() ? "undated" : use.date), use.closeness);
    }
    content += fmt::format(
        "<tr><td class=\"nowrap\"><a href=\"/statements/{0}#p{1}\">¶{1}</a></td><td>{2}{3}</td>"
        "<td class=\"nowrap\">{4}</td><td>{5}</td><td>{6}</td></tr>\n",
        id, p.paragraph + 1,
        paragraph.label.empty() ? "" : "<span class=\"label\">" + esc(paragraph.label) + "</span> ",
        esc(paragraph.text), esc(cli::reuse_in_words(p.reuse) + (p.in_part ? " (in part)" : "")),
        earliest, p.found.statements_found);
  }
  content += "</tbody>\n</table>\n";
  return layout("Precedents of " + title, "Statements", content);
}

std::string statements_page(const std::vector<StatementSummary>& statements,
                            const std::vector<std::string>& selected, std::string_view error) {
  std::string content = "<h1>Statements</h1>\n";
  if (!error.empty()) content += "<p class=\"error\" role=\"alert\">" + esc(error) + "</p>\n";
  content += fmt::format(
      "<p class=\"quiet\">{} statements. Tick two or more (at most 6) and compare them side by "
      "side.</p>\n",
      statements.size());
  content += "<form method=\"get\" action=\"/compare\">\n";
  const std::string actions =
      "<div class=\"actions\"><button type=\"submit\">Compare selected</button>"
      "<label>Order <select name=\"order\">" +
      option("auto", "auto (decide per pair)", true) +
      option("keep", "keep (versions of one text)", false) +
      option("free", "free (different bodies)", false) + "</select></label></div>\n";
  content += actions;
  content +=
      "<table class=\"list\">\n<thead><tr><th></th><th>Date</th><th>Lang</th><th>¶</th>"
      "<th>Body</th><th>Title</th></tr></thead>\n<tbody>\n";
  for (const auto& s : statements) {
    const bool ticked = std::find(selected.begin(), selected.end(), s.id) != selected.end();
    content += fmt::format(
        "<tr><td><input type=\"checkbox\" name=\"ids\" value=\"{0}\" aria-label=\"compare {0}\"{1}>"
        "</td><td class=\"nowrap\">{2}</td><td>{3}</td><td>{4}</td><td>{5}</td>"
        "<td><a href=\"/statements/{6}\">{7}</a></td></tr>\n",
        esc(s.id), ticked ? " checked" : "", esc(s.date.empty() ? "undated" : s.date),
        esc(s.language), s.paragraph_count, esc(s.body.empty() ? "unknown" : s.body),
        esc(percent_encode(s.id)), esc(s.title.empty() ? s.id : s.title));
  }
  content += "</tbody>\n</table>\n</form>\n";
  return layout("Statements", "Statements", content);
}

std::string compare_page(std::string report_html, const std::vector<Statement>& statements,
                         std::size_t by, OrderMode order, bool changes_only) {
  QueryParams base;
  std::string ids;
  for (const auto& s : statements) {
    if (!ids.empty()) ids += ',';
    ids += s.id;
  }
  base.add("ids", ids);
  const auto href = [&](std::string_view key, std::string_view value, bool keep_by = true,
                        bool keep_order = true, bool keep_changes = true) {
    QueryParams p = base;
    if (keep_order && order != OrderMode::Auto) p.add("order", std::string(to_string(order)));
    if (keep_by && by != 0) p.add("by", std::to_string(by));
    if (keep_changes && changes_only) p.add("changes", "only");
    if (!key.empty()) p.add(std::string(key), std::string(value));
    return link(p, "/compare");
  };
  std::string nav = "<style>";
  nav += kNavStyle;
  nav +=
      "</style>\n<nav class=\"concord-app\"><a class=\"brand\" href=\"/\">Concord</a>"
      "<a href=\"/search\">Search</a><a href=\"/statements\">Statements</a>";
  nav += fmt::format("<a class=\"current\" href=\"{}\">Compare</a>", href("", ""));
  nav += "<span class=\"group\"><span>Rows follow</span>";
  for (std::size_t s = 0; s < statements.size(); ++s) {
    nav += fmt::format("<a{} href=\"{}\">{}</a>", s == by ? " class=\"current\"" : "",
                       href("by", std::to_string(s), false), statement_letter(s));
  }
  nav += "</span><span class=\"group\"><span>Order</span>";
  for (const OrderMode mode : {OrderMode::Auto, OrderMode::Keep, OrderMode::Free}) {
    nav += fmt::format("<a{} href=\"{}\">{}</a>", mode == order ? " class=\"current\"" : "",
                       mode == OrderMode::Auto ? href("", "", true, false)
                                               : href("order", to_string(mode), true, false),
                       to_string(mode));
  }
  nav += "</span><span class=\"group\"><span>Rows</span>";
  nav += fmt::format("<a{} href=\"{}\">all</a>", changes_only ? "" : " class=\"current\"",
                     href("", "", true, true, false));
  nav += fmt::format("<a{} href=\"{}\">changes only</a>", changes_only ? " class=\"current\"" : "",
                     href("changes", "only", true, true, false));
  nav += "</span><span class=\"group\"><span>Download</span>";
  nav += fmt::format("<a href=\"{}\" download>HTML</a>", href("download", "html"));
  nav += fmt::format("<a href=\"{}\" download>Markdown</a>", href("download", "md"));
  nav += fmt::format(
      "<a href=\"{}\">JSON</a></span>",
      esc("/api/compare?" + base.encode() +
          (order != OrderMode::Auto ? "&order=" + std::string(to_string(order)) : std::string()) +
          (changes_only ? "&changes=only" : "")));
  nav +=
      fmt::format("<a href=\"/statements?{}\">Change statements…</a></nav>\n", esc(base.encode()));

  // The report is a whole page: the navigation goes right after its <body> tag.
  const auto body = report_html.find("<body");
  const auto body_end = body == std::string::npos ? body : report_html.find('>', body);
  if (body_end == std::string::npos) return layout("Compare", "Compare", nav + report_html);
  report_html.insert(body_end + 1, "\n" + nav);
  return report_html;
}

std::string error_page(int status, std::string_view message) {
  return layout(fmt::format("{} {}", status, status_reason(status)), "",
                fmt::format("<h1>{} {}</h1>\n<p class=\"error\">{}</p>\n<p><a href=\"/\">Back to "
                            "search</a></p>\n",
                            status, status_reason(status), esc(message)));
}

}  // namespace concord::web
