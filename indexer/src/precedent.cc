// Precedent search: candidates from the index, closeness from a word diff, formulas last.
#include "concord/indexer/precedent.hpp"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "concord/engine/tokenizer.hpp"
#include "database_impl.hpp"

namespace concord {
namespace {

using namespace index_schema;

std::size_t word_count_of(const std::vector<DiffSegment>& diff, DiffOp op) {
  std::size_t words = 0;
  for (const DiffSegment& segment : diff) {
    if (segment.op != op) continue;
    for (const Token& token : tokenize(segment.text)) words += token.is_word;
  }
  return words;
}

// The longest run of words the use shares with the request.
std::string longest_shared_run(const std::vector<DiffSegment>& diff) {
  std::string best;
  std::size_t best_words = 0;
  for (const DiffSegment& segment : diff) {
    if (segment.op != DiffOp::Equal) continue;
    const std::size_t words = count_words(segment.text);
    if (words > best_words) {
      best_words = words;
      best = segment.text;
    }
  }
  return collapse_whitespace(best);
}

// How many paragraphs hold `phrase` word for word.
Xapian::doccount phrase_frequency(const Xapian::Database& db, const std::string& phrase) {
  std::vector<std::string> words;
  for (const Token& token : tokenize(phrase)) {
    if (token.is_word) words.push_back(to_lower(token_text(phrase, token)));
  }
  if (words.empty()) return 0;
  Xapian::Query query(Xapian::Query::OP_PHRASE, words.begin(), words.end());
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Exact counts only matter up to the point where a phrase is clearly a formula.
  return enquire.get_mset(0, 0, 2000).get_matches_lower_bound();
}

// A paragraph held in the text counts as a use of it (PrecedentRequest::keep_held) from this
// many words: a short recall ("Recalling its resolution 1234,") is a formula, not reuse.
constexpr std::size_t kMinHeldWords = 12;

// Near the closest: the band from which the earliest and the latest use are named.
constexpr double kCloseBand = 0.1;

// The earliest and the latest dated use, as indexes into `uses`, among those that `count`
// and are within kCloseBand of the closest of them.
std::pair<std::optional<std::size_t>, std::optional<std::size_t>> closest_dated_ends(
    const std::vector<PrecedentUse>& uses, const std::function<bool(const PrecedentUse&)>& count) {
  double closest = 0;
  for (const PrecedentUse& use : uses) {
    if (count(use)) closest = std::max(closest, use.closeness);
  }
  std::optional<std::size_t> earliest, latest;
  for (std::size_t i = 0; i < uses.size(); ++i) {
    const PrecedentUse& use = uses[i];
    if (use.date.empty() || !count(use) || use.closeness < closest - kCloseBand) continue;
    if (!earliest || use.date < uses[*earliest].date) earliest = i;
    if (!latest || use.date > uses[*latest].date) latest = i;
  }
  return {earliest, latest};
}

// Keeps the `limit` closest uses (sorted closest first, then oldest), but never drops the
// earliest or the latest use near the closest: thirty resolutions repeating a wording word
// for word would otherwise lose the latest ten.
void keep_closest_and_first_and_last(std::vector<PrecedentUse>& uses, std::size_t limit) {
  if (uses.size() <= limit) return;
  const auto [earliest, latest] =
      closest_dated_ends(uses, [](const PrecedentUse&) { return true; });
  std::vector<std::size_t> beyond;  // of the two, those past the limit
  for (const auto& end : {earliest, latest}) {
    if (end && *end >= limit && std::find(beyond.begin(), beyond.end(), *end) == beyond.end())
      beyond.push_back(*end);
  }
  if (beyond.size() >= limit) beyond.clear();  // too few places: the closest win
  std::sort(beyond.begin(), beyond.end());
  std::vector<PrecedentUse> kept;
  kept.reserve(limit);
  for (std::size_t i = 0; i < limit - beyond.size(); ++i) kept.push_back(std::move(uses[i]));
  for (const std::size_t i : beyond) kept.push_back(std::move(uses[i]));
  uses = std::move(kept);
}

}  // namespace

PrecedentResult find_precedents(const Database& database, const PrecedentRequest& request) {
  const std::string text = collapse_whitespace(request.text);
  if (count_words(text) == 0) throw UsageError("precedent needs a wording to look for");
  Database::Impl& impl = database.impl();
  PrecedentResult result;
  try {
    const Xapian::Database& db = impl.db();
    std::string language = request.language;
    if (language.empty()) {
      Xapian::doccount most = 0;
      for (auto it = db.allterms_begin(kLanguagePrefix); it != db.allterms_end(kLanguagePrefix);
           ++it) {
        if (it.get_termfreq() > most) {
          most = it.get_termfreq();
          language = (*it).substr(1);
        }
      }
    }
    // Candidates: paragraphs sharing the request's most telling words (Xapian's elite set
    // keeps the rarest terms of a long request, as in "more like this" searches).
    Xapian::TermGenerator generator;
    generator.set_stemmer(impl.stemmer(language));
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    Xapian::Document probe;
    generator.set_document(probe);
    generator.index_text(text);
    std::vector<std::string> terms;
    for (auto it = probe.termlist_begin(); it != probe.termlist_end(); ++it) terms.push_back(*it);
    if (terms.empty()) return result;
    Xapian::Query query(Xapian::Query::OP_ELITE_SET, terms.begin(), terms.end(), 12);
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(kStatementType));
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    const Xapian::MSet candidates =
        enquire.get_mset(0, static_cast<Xapian::doccount>(request.candidates));

    const std::size_t request_words = count_words(text);
    // A wording in more than 20 paragraphs, and in more than one in 200, is a formula.
    const auto formula_threshold = std::max<Xapian::doccount>(20, db.get_doccount() / 200);
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
      const auto data = nlohmann::json::parse(it.get_document().get_data());
      PrecedentUse use;
      use.text = data.value("text", "");
      const std::string use_language = data.value("language", language);
      // Closeness ignores case ("Calls upon" at a paragraph's start is the same wording).
      use.diff = diff_words(text, use.text, use_language, Case::Ignore);
      const std::size_t shared_words = word_count_of(use.diff, DiffOp::Equal);
      use.closeness = static_cast<double>(shared_words) / static_cast<double>(request_words);
      const std::size_t use_words = count_words(use.text);
      use.held =
          use_words == 0 ? 0.0 : static_cast<double>(shared_words) / static_cast<double>(use_words);
      const bool held_whole =
          request.keep_held && use_words >= kMinHeldWords && use.held >= request.min_closeness;
      if (use.closeness < request.min_closeness && !held_whole) continue;
      use.statement_id = data.value("statement", "");
      if (!request.exclude_statement.empty() && use.statement_id == request.exclude_statement)
        continue;
      use.title = data.value("title", "");
      use.body = data.value("body", "");
      use.date = data.value("date", "");
      use.paragraph = data.value("ordinal", std::size_t{0});
      use.label = data.value("label", "");
      result.uses.push_back(std::move(use));
    }
    {
      std::set<std::string> statements;
      for (const PrecedentUse& use : result.uses) statements.insert(use.statement_id);
      result.statements_found = statements.size();
    }
    std::stable_sort(result.uses.begin(), result.uses.end(),
                     [](const PrecedentUse& a, const PrecedentUse& b) {
                       return std::tie(b.closeness, a.date) < std::tie(a.closeness, b.date);
                     });
    keep_closest_and_first_and_last(result.uses, request.limit);
    for (PrecedentUse& use : result.uses) {
      use.stock_phrase = phrase_frequency(db, longest_shared_run(use.diff)) >= formula_threshold;
    }
    std::stable_partition(result.uses.begin(), result.uses.end(),
                          [](const PrecedentUse& u) { return !u.stock_phrase; });
  } catch (const Xapian::Error& e) {
    rethrow_xapian(e, "precedent search failed");
  } catch (const nlohmann::json::exception& e) {
    throw EnvironmentError(std::string("corrupt paragraph record: ") + e.what());
  }
  // The earliest and latest uses of the wording itself, not of a loose variant: "Calls upon
  // all parties to refrain from action that could provoke violence" (2006) shares half the
  // words of "calls upon all States to refrain from promulgating and applying laws", and is
  // no earlier use of it. Stock phrases count only when every use is one.
  const bool any_proper = std::any_of(result.uses.begin(), result.uses.end(),
                                      [](const PrecedentUse& u) { return !u.stock_phrase; });
  std::tie(result.earliest, result.latest) = closest_dated_ends(
      result.uses, [any_proper](const PrecedentUse& u) { return !any_proper || !u.stock_phrase; });
  return result;
}

std::string_view to_string(ParagraphReuse reuse) noexcept {
  switch (reuse) {
    case ParagraphReuse::UsedBefore:
      return "used-before";
    case ParagraphReuse::FirstUsedHere:
      return "first-used-here";
    case ParagraphReuse::UsedElsewhere:
      return "used-elsewhere";
    case ParagraphReuse::NoOtherUse:
      return "no-other-use";
  }
  return "no-other-use";
}

namespace {

// Whether the earliest use came before the statement, after it, or the dates do not say
// (either unknown, or one is a prefix of the other: "2025" and "2025-11-18").
ParagraphReuse reuse_of(const PrecedentResult& found, const std::string& statement_date) {
  if (found.uses.empty()) return ParagraphReuse::NoOtherUse;
  if (!found.earliest || statement_date.empty()) return ParagraphReuse::UsedElsewhere;
  const std::string& earliest = found.uses[*found.earliest].date;
  const std::size_t common = std::min(earliest.size(), statement_date.size());
  const int order = earliest.compare(0, common, statement_date, 0, common);
  if (order < 0) return ParagraphReuse::UsedBefore;
  if (order > 0) return ParagraphReuse::FirstUsedHere;
  return ParagraphReuse::UsedElsewhere;
}

}  // namespace

std::vector<ParagraphPrecedents> find_statement_precedents(
    const Database& database, const Statement& statement,
    const StatementPrecedentRequest& request) {
  std::vector<std::size_t> looked_up;
  for (std::size_t p = 0; p < statement.paragraphs.size(); ++p) {
    const Paragraph& paragraph = statement.paragraphs[p];
    if (paragraph.kind != ParagraphKind::Heading &&
        count_words(paragraph.text) >= request.min_words)
      looked_up.push_back(p);
  }
  std::vector<ParagraphPrecedents> out;
  out.reserve(looked_up.size());
  for (const std::size_t p : looked_up) {
    PrecedentRequest one;
    one.text = statement.paragraphs[p].text;
    one.language = statement.language;
    one.min_closeness = request.min_closeness;
    one.limit = std::max<std::size_t>(request.uses_per_paragraph, 1);
    one.exclude_statement = statement.id;
    one.keep_held = true;
    ParagraphPrecedents paragraph;
    paragraph.paragraph = p;
    paragraph.found = find_precedents(database, one);
    paragraph.reuse = reuse_of(paragraph.found, statement.date);
    paragraph.in_part = !paragraph.found.uses.empty() &&
                        std::none_of(paragraph.found.uses.begin(), paragraph.found.uses.end(),
                                     [&](const PrecedentUse& use) {
                                       return use.closeness >= request.min_closeness;
                                     });
    out.push_back(std::move(paragraph));
    if (request.on_progress) request.on_progress(out.size(), looked_up.size());
  }
  return out;
}

}  // namespace concord
