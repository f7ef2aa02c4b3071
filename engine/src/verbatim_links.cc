// Paragraphs one of which holds the other word for word.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pair_alignment.hpp"

namespace concord {
namespace {

using Words = std::vector<std::uint32_t>;

// A shared run this long is text reused, not a formula ("in accordance with the Charter of
// the United Nations" is ten words).
constexpr std::size_t kMinRunWords = 12;
// Share of the shorter paragraph's words the run must make: the rest is a changed opening
// or ending ("Recalling further its" / "Recalling its previous resolutions ...").
constexpr double kMinRunShare = 0.8;
// Two paragraphs this long are not compared word by word.
constexpr std::size_t kMaxSteps = 16'000'000;

// A title or heading ends without punctuation: paragraphs quote it ("an item entitled
// 'Promoting international cooperation on peaceful uses'"), and it holds no place in them.
bool ends_a_sentence(std::string_view text) {
  while (!text.empty()) {
    const char last = text.back();
    if (last == ' ' || last == '\t' || last == '\n' || last == '"' || last == '\'' || last == ')' ||
        last == ']') {
      text.remove_suffix(1);
    } else if (text.ends_with("\u201d") || text.ends_with("\u2019")) {  // ” ’
      text.remove_suffix(std::string_view("\u201d").size());
    } else {
      break;
    }
  }
  if (text.ends_with("\u2026")) return true;  // …
  return !text.empty() && std::string_view(".;,:!?").find(text.back()) != std::string_view::npos;
}

// The number of words a run must have for `shorter` to stand in another paragraph.
std::size_t run_needed(const Words& shorter) {
  return std::max(kMinRunWords, static_cast<std::size_t>(
                                    std::ceil(kMinRunShare * static_cast<double>(shorter.size()))));
}

// The length of the longest run of words two sequences share.
std::size_t longest_common_run(const Words& a, const Words& b) {
  if (a.empty() || b.empty() || a.size() * b.size() > kMaxSteps) return 0;
  std::vector<std::size_t> previous(b.size() + 1, 0), current(b.size() + 1, 0);
  std::size_t longest = 0;
  for (const std::uint32_t word : a) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      current[j + 1] = word == b[j] ? previous[j] + 1 : 0;
      longest = std::max(longest, current[j + 1]);
    }
    std::swap(previous, current);
  }
  return longest;
}

// A hash of every run of kMinRunWords words, the one starting at word i at [i]: a
// polynomial hash rolled along the words, so that each word is read twice rather than
// kMinRunWords times (every paragraph of both statements is scanned).
std::vector<std::uint64_t> run_hashes(const Words& words) {
  std::vector<std::uint64_t> hashes;
  if (words.size() < kMinRunWords) return hashes;
  constexpr std::uint64_t kBase = 1099511628211ull;  // arithmetic modulo 2^64
  std::uint64_t top = 1;                             // kBase^(kMinRunWords - 1)
  for (std::size_t i = 1; i < kMinRunWords; ++i) top *= kBase;
  std::uint64_t hash = 0;
  hashes.reserve(words.size() - kMinRunWords + 1);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i >= kMinRunWords) hash -= top * (words[i - kMinRunWords] + 1ull);
    hash = hash * kBase + (words[i] + 1ull);
    if (i + 1 >= kMinRunWords) hashes.push_back(hash);
  }
  return hashes;
}

// The run of words `a` and `b` share through a[i] and b[j], or 0 when a[i..i+12) and
// b[j..j+12) differ (two runs of one hash).
std::size_t run_through(const Words& a, std::size_t i, const Words& b, std::size_t j) {
  if (!std::equal(a.begin() + static_cast<std::ptrdiff_t>(i),
                  a.begin() + static_cast<std::ptrdiff_t>(i + kMinRunWords),
                  b.begin() + static_cast<std::ptrdiff_t>(j)))
    return 0;
  std::size_t before = 0, after = kMinRunWords;
  while (before < i && before < j && a[i - before - 1] == b[j - before - 1]) ++before;
  while (i + after < a.size() && j + after < b.size() && a[i + after] == b[j + after]) ++after;
  return before + after;
}

// The longest run of words each pair of paragraphs (a of xs, b of ys) shares, for the pairs
// in which one paragraph has no partner yet (`partners_of_a`, `partners_of_b` empty), when it
// is kMinRunWords words long or more.
std::map<std::pair<std::size_t, std::size_t>, std::size_t> runs_shared_with_paragraphs_alone(
    const std::vector<ParagraphTerms>& xs, const std::vector<ParagraphTerms>& ys,
    const std::vector<std::vector<std::size_t>>& partners_of_a,
    const std::vector<std::vector<std::size_t>>& partners_of_b) {
  const std::size_t n = xs.size(), m = ys.size();
  // The runs of kMinRunWords words of every paragraph still alone: a paragraph sharing a
  // longer run with it holds one of them. Most paragraphs have a partner, and only these few
  // are looked up.
  struct Seed {
    bool of_x;
    std::size_t paragraph, start;
  };
  std::unordered_map<std::uint64_t, std::vector<Seed>> seeds;
  auto sow = [&](bool of_x, std::size_t p) {
    const std::vector<std::uint64_t> hashes = run_hashes(of_x ? xs[p].words : ys[p].words);
    for (std::size_t start = 0; start < hashes.size(); ++start)
      seeds[hashes[start]].push_back({of_x, p, start});
  };
  for (std::size_t a = 0; a < n; ++a) {
    if (partners_of_a[a].empty()) sow(true, a);
  }
  for (std::size_t b = 0; b < m; ++b) {
    if (partners_of_b[b].empty()) sow(false, b);
  }
  if (seeds.empty()) return {};
  // The longest run each pair (a, b) with a paragraph still alone shares.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> runs;
  auto reap = [&](bool scanning_x, const std::vector<ParagraphTerms>& paragraphs) {
    for (std::size_t q = 0; q < paragraphs.size(); ++q) {
      const Words& words = paragraphs[q].words;
      const std::vector<std::uint64_t> hashes = run_hashes(words);
      for (std::size_t start = 0; start < hashes.size(); ++start) {
        const auto it = seeds.find(hashes[start]);
        if (it == seeds.end()) continue;
        for (const Seed& seed : it->second) {
          if (seed.of_x == scanning_x) continue;  // a paragraph of its own statement
          const Words& alone = seed.of_x ? xs[seed.paragraph].words : ys[seed.paragraph].words;
          const std::size_t run = run_through(alone, seed.start, words, start);
          auto& longest =
              runs[seed.of_x ? std::pair{seed.paragraph, q} : std::pair{q, seed.paragraph}];
          longest = std::max(longest, run);
        }
      }
    }
  };
  reap(true, xs);
  reap(false, ys);
  return runs;
}

}  // namespace

void link_paragraphs_held_verbatim(const Statement& x, const Statement& y,
                                   const std::vector<ParagraphTerms>& xs,
                                   const std::vector<ParagraphTerms>& ys, bool in_order,
                                   const PairScore& similar, std::vector<Link>& links) {
  const std::size_t n = xs.size(), m = ys.size();
  std::vector<std::vector<std::size_t>> partners_of_a(n), partners_of_b(m);
  for (const Link& l : links) {
    partners_of_a[l.a].push_back(l.b);
    partners_of_b[l.b].push_back(l.a);
  }
  const std::map<std::pair<std::size_t, std::size_t>, std::size_t> runs =
      runs_shared_with_paragraphs_alone(xs, ys, partners_of_a, partners_of_b);
  if (runs.empty()) return;

  // Of the paragraphs sharing a run with one still alone, the one holding it or held by it,
  // with the longest run, then the most similar, then the first.
  struct Best {
    std::size_t partner = static_cast<std::size_t>(-1), run = 0;
    float similarity = 0;
  };
  std::vector<Best> best_of_a(n), best_of_b(m);
  for (const auto& [pair, run] : runs) {
    const auto [a, b] = pair;
    const Words& wa = xs[a].words;
    const Words& wb = ys[b].words;
    const bool a_is_shorter = wa.size() <= wb.size();
    if (run < run_needed(a_is_shorter ? wa : wb)) continue;
    if (of_different_roles(x, a, y, b)) continue;
    if (!ends_a_sentence(a_is_shorter ? x.paragraphs[a].text : y.paragraphs[b].text)) continue;
    // A shorter paragraph already linked to its own copy elsewhere is no part of this one:
    // "Recalling its resolution 1234," kept, and a new "Recalling its resolution 1234, in
    // which ..." beside it.
    const auto& partners = a_is_shorter ? partners_of_a[a] : partners_of_b[b];
    const Words& shorter = a_is_shorter ? wa : wb;
    if (std::any_of(partners.begin(), partners.end(), [&](std::size_t r) {
          const Words& holder = a_is_shorter ? ys[r].words : xs[r].words;
          return longest_common_run(shorter, holder) >= run_needed(shorter);
        }))
      continue;
    const float s = similar(a, b);
    auto consider = [&](Best& best, std::size_t partner) {
      if (run > best.run || (run == best.run && s > best.similarity)) best = {partner, run, s};
    };
    if (partners_of_a[a].empty()) consider(best_of_a[a], b);
    if (partners_of_b[b].empty()) consider(best_of_b[b], a);
  }

  // Between versions, a link across the links kept in order is a move.
  auto crosses_the_order = [&](std::size_t a, std::size_t b) {
    return in_order && std::any_of(links.begin(), links.end(), [&](const Link& l) {
             return !l.moved && ((l.a < a && l.b > b) || (l.a > a && l.b < b));
           });
  };
  std::vector<Link> found;
  auto add = [&](std::size_t a, std::size_t b, float s) {
    if (std::none_of(found.begin(), found.end(),
                     [&](const Link& l) { return l.a == a && l.b == b; }))
      found.push_back({a, b, s, crosses_the_order(a, b)});
  };
  for (std::size_t a = 0; a < n; ++a) {
    if (best_of_a[a].partner < m) add(a, best_of_a[a].partner, best_of_a[a].similarity);
  }
  for (std::size_t b = 0; b < m; ++b) {
    if (best_of_b[b].partner < n) add(best_of_b[b].partner, b, best_of_b[b].similarity);
  }
  links.insert(links.end(), found.begin(), found.end());
}

}  // namespace concord
