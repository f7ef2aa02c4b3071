// Word diffs: Myers' O(ND) algorithm on interned tokens, a phrase-level cleanup, and the
// N-way marking of each member's wording against what all members share.
#include "concord/engine/word_diff.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <optional>
#include <span>
#include <unordered_map>

#include "concord/engine/stemmer.hpp"
#include "concord/engine/text.hpp"
#include "concord/engine/tokenizer.hpp"

namespace concord {
namespace {

using TokenId = std::int32_t;
using IdSpan = std::span<const TokenId>;

// An Equal run of at most this many words may be folded into the changes around it: longer
// shared wording is worth showing even between two changes.
constexpr std::size_t kMaxFoldedWords = 2;

// Half the edit distance after which one bisection gives up and reports its whole
// sub-problem as replaced (diff-match-patch gives up on a deadline instead; a cost bound
// keeps the output reproducible). Paragraphs never come near it; it bounds the time on two
// long, unrelated texts to about 2 * kMaxHalfEditCost^2 steps per bisection.
constexpr std::ptrdiff_t kMaxHalfEditCost = 4096;

/// A text with its tokens and their interned ids (equal ids <=> equal token texts).
struct TokenizedText {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<TokenId> ids;
};

/// Maps token texts to small integers so that the diff compares ints, not strings.
class Interner {
 public:
  /// With `fold_case`, tokens differing only in case get the same id.
  explicit Interner(bool fold_case = false) : fold_case_(fold_case) {}

  /// Tokenises `text`; the result points into `text`, which must outlive it.
  TokenizedText intern(std::string_view text) {
    TokenizedText result{text, tokenize(text), {}};
    result.ids.reserve(result.tokens.size());
    for (const Token& token : result.tokens) {
      const std::string_view word = token_text(text, token);
      if (fold_case_) {
        const auto [it, inserted] = folded_ids_.try_emplace(to_lower(word), next_id());
        result.ids.push_back(it->second);
      } else {
        const auto [it, inserted] = ids_.try_emplace(word, next_id());
        result.ids.push_back(it->second);
      }
    }
    return result;
  }

 private:
  TokenId next_id() const { return static_cast<TokenId>(ids_.size() + folded_ids_.size()); }

  bool fold_case_;
  std::unordered_map<std::string_view, TokenId> ids_;
  std::unordered_map<std::string, TokenId> folded_ids_;
};

/// `count` consecutive tokens with one operation.
struct Edit {
  DiffOp op = DiffOp::Equal;
  std::size_t count = 0;
};

/// Myers' O(ND) diff ("An O(ND) Difference Algorithm and Its Variations", Algorithmica 1986)
/// in its linear-space form (section 4b): find the middle snake of the D-path by searching
/// forwards and backwards at once, then recurse on both halves. The bisection follows
/// diff-match-patch's diff_bisect. Chosen over the O(ND)-space trace version because memory
/// stays O(N + M) however long and different the texts are. Chosen over histogram (and
/// patience) diff because those anchor on rare tokens, and a paragraph's tokens are mostly
/// repeated function words ("the", "of", ","): they would fall back to a plain diff anyway,
/// and do not promise a minimal script, while Myers' script is minimal (a true LCS), which
/// diff_against_common relies on. Its usual weakness, confetti, is what the cleanup fixes.
class MyersDiff {
 public:
  /// The edit script turning `a` into `b`, adjacent edits with the same op merged.
  std::vector<Edit> run(IdSpan a, IdSpan b) {
    edits_.clear();
    diff(a, b);
    return std::move(edits_);
  }

 private:
  void emit(DiffOp op, std::size_t count) {
    if (count == 0) return;
    if (!edits_.empty() && edits_.back().op == op) {
      edits_.back().count += count;
    } else {
      edits_.push_back({op, count});
    }
  }

  void diff(IdSpan a, IdSpan b) {
    // Common prefix and suffix cost nothing to strip and usually leave a small core.
    const std::size_t prefix = static_cast<std::size_t>(
        std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin());
    a = a.subspan(prefix);
    b = b.subspan(prefix);
    const std::size_t suffix = static_cast<std::size_t>(
        std::mismatch(a.rbegin(), a.rend(), b.rbegin(), b.rend()).first - a.rbegin());
    a = a.first(a.size() - suffix);
    b = b.first(b.size() - suffix);

    emit(DiffOp::Equal, prefix);
    if (a.empty() || b.empty()) {
      emit(DiffOp::Delete, a.size());
      emit(DiffOp::Insert, b.size());
    } else {
      bisect(a, b);
    }
    emit(DiffOp::Equal, suffix);
  }

  // Finds the middle snake and recurses on both sides of it. `a` and `b` are non-empty and
  // differ in their first and last tokens (diff() stripped the rest).
  void bisect(IdSpan a, IdSpan b) {
    const auto n = static_cast<std::ptrdiff_t>(a.size());
    const auto m = static_cast<std::ptrdiff_t>(b.size());
    const std::ptrdiff_t max_d = std::min((n + m + 1) / 2, kMaxHalfEditCost);
    const std::ptrdiff_t v_offset = max_d;
    // Two more than diff-match-patch's 2 * max_d: its k = 0 start reads v[max_d + 1].
    const std::ptrdiff_t v_length = 2 * max_d + 2;
    // The buffers are reused down the recursion: a bisection needs them only until it has
    // found its split point.
    forward_.assign(static_cast<std::size_t>(v_length), -1);
    backward_.assign(static_cast<std::size_t>(v_length), -1);
    auto v1 = [&](std::ptrdiff_t i) -> std::ptrdiff_t& {
      return forward_[static_cast<std::size_t>(i)];
    };
    auto v2 = [&](std::ptrdiff_t i) -> std::ptrdiff_t& {
      return backward_[static_cast<std::size_t>(i)];
    };
    auto at_a = [&](std::ptrdiff_t i) { return a[static_cast<std::size_t>(i)]; };
    auto at_b = [&](std::ptrdiff_t i) { return b[static_cast<std::size_t>(i)]; };
    v1(v_offset + 1) = 0;
    v2(v_offset + 1) = 0;
    const std::ptrdiff_t delta = n - m;
    // With an odd delta the forward path meets the reverse one; with an even delta, the reverse.
    const bool front = delta % 2 != 0;
    // Diagonals that ran off the grid are trimmed from the next rounds.
    std::ptrdiff_t k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    for (std::ptrdiff_t d = 0; d < max_d; ++d) {
      for (std::ptrdiff_t k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        const std::ptrdiff_t k1_offset = v_offset + k1;
        std::ptrdiff_t x1 = (k1 == -d || (k1 != d && v1(k1_offset - 1) < v1(k1_offset + 1)))
                                ? v1(k1_offset + 1)
                                : v1(k1_offset - 1) + 1;
        std::ptrdiff_t y1 = x1 - k1;
        while (x1 < n && y1 < m && at_a(x1) == at_b(y1)) {
          ++x1;
          ++y1;
        }
        v1(k1_offset) = x1;
        if (x1 > n) {
          k1end += 2;
        } else if (y1 > m) {
          k1start += 2;
        } else if (front) {
          const std::ptrdiff_t k2_offset = v_offset + delta - k1;
          if (k2_offset >= 0 && k2_offset < v_length && v2(k2_offset) != -1 &&
              x1 >= n - v2(k2_offset)) {
            split(a, b, x1, y1);
            return;
          }
        }
      }
      for (std::ptrdiff_t k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        const std::ptrdiff_t k2_offset = v_offset + k2;
        std::ptrdiff_t x2 = (k2 == -d || (k2 != d && v2(k2_offset - 1) < v2(k2_offset + 1)))
                                ? v2(k2_offset + 1)
                                : v2(k2_offset - 1) + 1;
        std::ptrdiff_t y2 = x2 - k2;
        while (x2 < n && y2 < m && at_a(n - x2 - 1) == at_b(m - y2 - 1)) {
          ++x2;
          ++y2;
        }
        v2(k2_offset) = x2;
        if (x2 > n) {
          k2end += 2;
        } else if (y2 > m) {
          k2start += 2;
        } else if (!front) {
          const std::ptrdiff_t k1_offset = v_offset + delta - k2;
          if (k1_offset >= 0 && k1_offset < v_length && v1(k1_offset) != -1) {
            const std::ptrdiff_t x1 = v1(k1_offset);
            const std::ptrdiff_t y1 = v_offset + x1 - k1_offset;
            if (x1 >= n - x2) {
              split(a, b, x1, y1);
              return;
            }
          }
        }
      }
    }
    // Over the cost bound (or, without it, nothing in common): one replacement.
    emit(DiffOp::Delete, a.size());
    emit(DiffOp::Insert, b.size());
  }

  void split(IdSpan a, IdSpan b, std::ptrdiff_t x, std::ptrdiff_t y) {
    const auto xs = static_cast<std::size_t>(x);
    const auto ys = static_cast<std::size_t>(y);
    diff(a.first(xs), b.first(ys));
    diff(a.subspan(xs), b.subspan(ys));
  }

  std::vector<Edit> edits_;
  std::vector<std::ptrdiff_t> forward_;
  std::vector<std::ptrdiff_t> backward_;
};

/// Tokens [a_begin, a_end) of the first text against [b_begin, b_end) of the second: either
/// an equality (same token texts) or a change (the a side deleted, the b side inserted).
struct Hunk {
  bool equal = false;
  std::size_t a_begin = 0, a_end = 0;
  std::size_t b_begin = 0, b_end = 0;
};

/// Prefix sums over a text's tokens, so that the cleanup measures any run in O(1).
class RunMeasure {
 public:
  explicit RunMeasure(const TokenizedText& text) {
    chars_.reserve(text.tokens.size() + 1);
    words_.reserve(text.tokens.size() + 1);
    chars_.push_back(0);
    words_.push_back(0);
    for (const Token& token : text.tokens) {
      std::size_t code_points = 0;
      for (const char c : token_text(text.text, token)) {
        // Count code points, not bytes, so that Cyrillic or Arabic weigh like Latin.
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++code_points;
      }
      chars_.push_back(chars_.back() + code_points);
      words_.push_back(words_.back() + (token.is_word ? 1 : 0));
    }
  }

  [[nodiscard]] std::size_t chars(std::size_t begin, std::size_t end) const {
    return chars_[end] - chars_[begin];
  }
  [[nodiscard]] std::size_t words(std::size_t begin, std::size_t end) const {
    return words_[end] - words_[begin];
  }

 private:
  std::vector<std::size_t> chars_;
  std::vector<std::size_t> words_;
};

/// Groups an edit script into alternating Equal and change hunks. Every run of Delete and
/// Insert edits between two equalities becomes one change, which puts its Delete first.
std::vector<Hunk> to_hunks(const std::vector<Edit>& edits) {
  std::vector<Hunk> hunks;
  std::size_t a = 0, b = 0;
  for (const Edit& edit : edits) {
    const bool equal = edit.op == DiffOp::Equal;
    if (hunks.empty() || hunks.back().equal || equal) {
      hunks.push_back({equal, a, a, b, b});
    }
    if (edit.op != DiffOp::Insert) a += edit.count;
    if (edit.op != DiffOp::Delete) b += edit.count;
    hunks.back().a_end = a;
    hunks.back().b_end = b;
  }
  return hunks;
}

/// Folds short equalities stranded between two changes into one larger change, after
/// diff-match-patch's diff_cleanupSemantic (Neil Fraser, "Diff Strategies", 2006): an
/// equality goes when it is no longer than the larger side of the change on its left and
/// of the change on its right. Lengths are in code points, as diff-match-patch's are in
/// characters; on top of that only equalities of at most kMaxFoldedWords words may go, so
/// that a shared clause between two long rewrites stays visible.
std::vector<Hunk> fold_short_equalities(const std::vector<Hunk>& hunks, const RunMeasure& a,
                                        const RunMeasure& b) {
  const auto change_length = [&](const Hunk& h) {
    return std::max(a.chars(h.a_begin, h.a_end), b.chars(h.b_begin, h.b_end));
  };
  // A stack in place of diff-match-patch's backtracking: when a change grows, the equality
  // on its left is judged again against it.
  std::vector<Hunk> out;
  out.reserve(hunks.size());
  for (Hunk hunk : hunks) {
    while (!hunk.equal && out.size() >= 2 && out.back().equal && !out[out.size() - 2].equal) {
      const Hunk& equality = out.back();
      const Hunk& left = out[out.size() - 2];
      const std::size_t length = a.chars(equality.a_begin, equality.a_end);
      if (a.words(equality.a_begin, equality.a_end) > kMaxFoldedWords ||
          length > change_length(left) || length > change_length(hunk)) {
        break;
      }
      hunk.a_begin = left.a_begin;
      hunk.b_begin = left.b_begin;
      out.pop_back();
      out.pop_back();
    }
    out.push_back(hunk);
  }
  return out;
}

/// The cleanup of fold_short_equalities for a group's diff against what its members share:
/// a short run of the common sequence (at most kMaxFoldedWords words) between two places
/// where members have wording of their own, and no longer than the longest such wording on
/// either side, is folded into that wording, so that "{+Condemns+} the {+inclusion+} of
/// {+Member+} States" reads as one phrase of each member's own. Repeated until no run folds,
/// as a fold lengthens the wording around it. Returns which tokens of `common` stay common.
/// `scripts[i]` is the edit script from `common` to member i.
std::vector<bool> unfolded_common_tokens(const std::vector<TokenId>& common,
                                         const std::vector<TokenizedText>& members,
                                         const std::vector<std::vector<Edit>>& scripts) {
  std::vector<bool> kept(common.size(), true);
  if (common.empty()) return kept;
  // Where each common token sits in each member, and the measures of every member.
  std::vector<std::vector<std::size_t>> position(members.size());
  std::vector<RunMeasure> measures;
  measures.reserve(members.size());
  for (std::size_t i = 0; i < members.size(); ++i) {
    measures.emplace_back(members[i]);
    std::size_t t = 0;
    for (const Edit& edit : scripts[i]) {
      if (edit.op == DiffOp::Equal) {
        for (std::size_t k = 0; k < edit.count; ++k) position[i].push_back(t + k);
      }
      if (edit.op != DiffOp::Delete) t += edit.count;
      // A Delete (past the cost bound) leaves a common token unplaced: no cleanup then.
      if (edit.op == DiffOp::Delete) return kept;
    }
  }
  const std::size_t n = common.size();
  // Own wording of member i between kept common tokens `left` and `right` (n: none).
  auto own_chars = [&](std::size_t i, std::size_t left, std::size_t right) {
    const std::size_t begin = left == n ? 0 : position[i][left] + 1;
    const std::size_t end = right == n ? members[i].tokens.size() : position[i][right];
    return end > begin ? measures[i].chars(begin, end) : std::size_t{0};
  };
  for (bool folded = true; folded;) {
    folded = false;
    std::vector<std::size_t> kept_indexes;
    for (std::size_t c = 0; c < n; ++c) {
      if (kept[c]) kept_indexes.push_back(c);
    }
    // Runs of kept tokens that lie together in every member; the wording between runs.
    std::size_t run_begin = 0;
    for (std::size_t k = 1; k <= kept_indexes.size(); ++k) {
      const bool breaks = k == kept_indexes.size() ||
                          std::any_of(position.begin(), position.end(), [&](const auto& pos) {
                            return pos[kept_indexes[k]] != pos[kept_indexes[k - 1]] + 1;
                          });
      if (!breaks) continue;
      const std::size_t first = kept_indexes[run_begin], last = kept_indexes[k - 1];
      const std::size_t before = run_begin == 0 ? n : kept_indexes[run_begin - 1];
      const std::size_t after = k == kept_indexes.size() ? n : kept_indexes[k];
      run_begin = k;
      const std::size_t words = measures[0].words(position[0][first], position[0][last] + 1);
      const std::size_t length = measures[0].chars(position[0][first], position[0][last] + 1);
      std::size_t left = 0, right = 0;
      for (std::size_t i = 0; i < members.size(); ++i) {
        left = std::max(left, own_chars(i, before, first));
        right = std::max(right, own_chars(i, last, after));
      }
      if (words > kMaxFoldedWords || left == 0 || right == 0 || length > left || length > right)
        continue;
      for (std::size_t c = first; c <= last; ++c) kept[c] = false;
      folded = true;
      break;
    }
  }
  return kept;
}

/// Byte offset just past token `i` - 1, where the white space before token `i` starts; the
/// first token's leading white space is left out.
std::size_t run_start(const TokenizedText& t, std::size_t i) {
  if (i == 0) return t.tokens.front().offset;
  const Token& previous = t.tokens[i - 1];
  return previous.offset + previous.length;
}

/// The original text of tokens [begin, end) of `t` (begin < end), with the white space
/// before the first one.
std::string run_text(const TokenizedText& t, std::size_t begin, std::size_t end) {
  const std::size_t start = run_start(t, begin);
  const Token& last = t.tokens[end - 1];
  return std::string(t.text.substr(start, last.offset + last.length - start));
}

/// Compares words by stem, building the stemmer only when a comparison needs one (most
/// diffs have no candidate pair).
class StemComparer {
 public:
  explicit StemComparer(const std::string& language) : language_(language) {}

  /// True when the two runs have the same number of tokens, equal punctuation, words with
  /// equal stems pairwise, and some token text differs. A case-only change qualifies.
  bool differ_only_by_inflection(const TokenizedText& x, std::size_t x_begin, std::size_t x_end,
                                 const TokenizedText& y, std::size_t y_begin, std::size_t y_end) {
    if (x_end - x_begin != y_end - y_begin) return false;
    bool differs = false;
    for (std::size_t i = 0; i < x_end - x_begin; ++i) {
      // Both texts come from one Interner, so different ids are different texts.
      if (x.ids[x_begin + i] == y.ids[y_begin + i]) continue;
      const Token& xt = x.tokens[x_begin + i];
      const Token& yt = y.tokens[y_begin + i];
      if (!xt.is_word || !yt.is_word) return false;
      if (stem(token_text(x.text, xt)) != stem(token_text(y.text, yt))) return false;
      differs = true;
    }
    return differs;
  }

 private:
  std::string stem(std::string_view word) {
    if (!stemmer_) stemmer_.emplace(language_);
    return stemmer_->stem(to_lower(word));
  }

  const std::string& language_;
  std::optional<Stemmer> stemmer_;
};

}  // namespace

std::vector<DiffSegment> diff_words(std::string_view before, std::string_view after,
                                    const std::string& language, Case word_case) {
  Interner interner(word_case == Case::Ignore);
  const TokenizedText a = interner.intern(before);
  const TokenizedText b = interner.intern(after);
  const std::vector<Hunk> hunks =
      fold_short_equalities(to_hunks(MyersDiff().run(a.ids, b.ids)), RunMeasure(a), RunMeasure(b));

  StemComparer stems(language);
  std::vector<DiffSegment> segments;
  for (const Hunk& h : hunks) {
    if (h.equal) {
      std::string text = run_text(a, h.a_begin, h.a_end);
      // After an insertion at the very start, `before` has no white space in front of the
      // equality; take `after`'s, so that Equal + Insert still reads as `after`.
      if (h.a_begin == 0 && h.b_begin > 0) {
        const std::size_t start = run_start(b, h.b_begin);
        text.insert(0, after.substr(start, b.tokens[h.b_begin].offset - start));
      }
      segments.push_back({DiffOp::Equal, std::move(text), false});
      continue;
    }
    const bool has_delete = h.a_begin < h.a_end;
    const bool has_insert = h.b_begin < h.b_end;
    const bool inflection =
        has_delete && has_insert &&
        stems.differ_only_by_inflection(a, h.a_begin, h.a_end, b, h.b_begin, h.b_end);
    if (has_delete) {
      segments.push_back({DiffOp::Delete, run_text(a, h.a_begin, h.a_end), inflection});
    }
    if (has_insert) {
      segments.push_back({DiffOp::Insert, run_text(b, h.b_begin, h.b_end), inflection});
    }
  }
  return segments;
}

namespace {

// The common sequence: the LCS of the first two members, then of that and the next member,
// and so on, in an order fixed by the members' content, so that permuting the members changes
// nothing. Not always the LCS of all members at once (NP-hard for N texts), but a subsequence
// of every member, which is what the marking needs.
std::vector<TokenId> common_sequence(const std::vector<TokenizedText>& members, MyersDiff& myers) {
  // Ties are identical texts, whose order is moot.
  std::vector<std::size_t> order(members.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const std::size_t nx = members[x].tokens.size();
    const std::size_t ny = members[y].tokens.size();
    return nx != ny ? nx < ny : members[x].text < members[y].text;
  });
  std::vector<TokenId> common = members[order.front()].ids;
  for (std::size_t k = 1; k < order.size() && !common.empty(); ++k) {
    std::vector<TokenId> next;
    std::size_t c = 0;
    for (const Edit& edit : myers.run(common, members[order[k]].ids)) {
      if (edit.op == DiffOp::Equal) {
        next.insert(next.end(), common.begin() + static_cast<std::ptrdiff_t>(c),
                    common.begin() + static_cast<std::ptrdiff_t>(c + edit.count));
      }
      if (edit.op != DiffOp::Insert) c += edit.count;
    }
    common = std::move(next);
  }
  return common;
}

// A member's run of own wording, and where it sits in the common text.
struct OwnRun {
  std::size_t gap = 0;  ///< Common tokens kept before the run.
  std::size_t begin = 0, end = 0;
};

// Marks a member's tokens against the common sequence (`script`: its edit script from it;
// `kept`: the common tokens that stay common; `kept_before[c]`: how many of the first c do):
// Common, or Own in runs that say something of the member's own. As the common sequence is a
// subsequence of every member, the minimal script has only Equal (Common) and Insert (Own)
// edits; a Delete can appear only past the cost bound, and leaves the tokens around it Own. A
// folded run reads as own wording only in the members that have wording of their own beside
// it: a member that says it between common words, as the others do, shows it common
// (versions that kept "contained in the Charter" unchanged are not marked because a later one
// wrote "contained ... relevant in sustainable the Charter").
std::vector<SharedKind> mark_member(const TokenizedText& member, const std::vector<Edit>& script,
                                    const std::vector<bool>& kept,
                                    const std::vector<std::size_t>& kept_before,
                                    std::vector<OwnRun>& own_runs) {
  constexpr std::size_t kUnmatched = static_cast<std::size_t>(-1);
  const std::size_t count = member.tokens.size();
  // For each token: the common token it is, or kUnmatched; and the common tokens before it.
  std::vector<std::size_t> matched(count, kUnmatched), cursor(count, 0);
  std::size_t c = 0, t = 0;
  for (const Edit& edit : script) {
    for (std::size_t k = 0; k < edit.count && edit.op != DiffOp::Delete; ++k) {
      cursor[t + k] = edit.op == DiffOp::Equal ? c + k : c;
      if (edit.op == DiffOp::Equal) matched[t + k] = c + k;
    }
    if (edit.op != DiffOp::Insert) c += edit.count;
    if (edit.op != DiffOp::Delete) t += edit.count;
  }
  std::vector<SharedKind> kinds(count, SharedKind::Common);
  // Runs of tokens that are not kept common: own wording, folded common tokens or both.
  for (std::size_t begin = 0; begin < count;) {
    if (matched[begin] != kUnmatched && kept[matched[begin]]) {
      ++begin;
      continue;
    }
    std::size_t end = begin;
    bool says_own = false;
    while (end < count && (matched[end] == kUnmatched || !kept[matched[end]])) {
      says_own = says_own || matched[end] == kUnmatched;
      ++end;
    }
    if (says_own) {
      std::fill(kinds.begin() + static_cast<std::ptrdiff_t>(begin),
                kinds.begin() + static_cast<std::ptrdiff_t>(end), SharedKind::Own);
      own_runs.push_back({kept_before[cursor[begin]], begin, end});
    }
    begin = end;
  }
  return kinds;
}

// An Own run is an Inflection when another member has, in the same gap of the common text, an
// Own run of as many tokens that differs from it only by inflection (equal punctuation, equal
// stems, some text different): the members say the same thing there in another grammatical
// form. Runs of different lengths stay Own, even if part of them is an inflected word.
void mark_inflections(const std::vector<TokenizedText>& members,
                      const std::vector<std::vector<OwnRun>>& own_runs, const std::string& language,
                      std::vector<std::vector<SharedKind>>& kinds) {
  StemComparer stems(language);
  for (std::size_t i = 0; i < members.size(); ++i) {
    for (const OwnRun& run : own_runs[i]) {
      for (std::size_t j = 0; j < members.size(); ++j) {
        if (j == i) continue;
        const auto other =
            std::lower_bound(own_runs[j].begin(), own_runs[j].end(), run.gap,
                             [](const OwnRun& r, std::size_t gap) { return r.gap < gap; });
        if (other == own_runs[j].end() || other->gap != run.gap) continue;
        if (stems.differ_only_by_inflection(members[i], run.begin, run.end, members[j],
                                            other->begin, other->end)) {
          std::fill(kinds[i].begin() + static_cast<std::ptrdiff_t>(run.begin),
                    kinds[i].begin() + static_cast<std::ptrdiff_t>(run.end),
                    SharedKind::Inflection);
          break;
        }
      }
    }
  }
}

// A member's text cut into segments of one kind each.
std::vector<MemberSegment> segments_of(const TokenizedText& member,
                                       const std::vector<SharedKind>& kind) {
  std::vector<MemberSegment> segments;
  for (std::size_t begin = 0; begin < kind.size();) {
    std::size_t end = begin + 1;
    while (end < kind.size() && kind[end] == kind[begin]) ++end;
    segments.push_back({kind[begin], run_text(member, begin, end)});
    begin = end;
  }
  return segments;
}

}  // namespace

std::vector<std::vector<MemberSegment>> diff_against_common(
    const std::vector<std::string_view>& texts, const std::string& language) {
  if (texts.empty()) return {};
  Interner interner;
  std::vector<TokenizedText> members;
  members.reserve(texts.size());
  for (const std::string_view text : texts) members.push_back(interner.intern(text));

  MyersDiff myers;
  const std::vector<TokenId> common = common_sequence(members, myers);
  // Each member's edit script from the common sequence, read by the cleanup and the marking.
  std::vector<std::vector<Edit>> scripts;
  scripts.reserve(members.size());
  for (const TokenizedText& member : members) scripts.push_back(myers.run(common, member.ids));
  const std::vector<bool> kept = unfolded_common_tokens(common, members, scripts);
  // kept_before[c]: the common tokens that stay common among the first c.
  std::vector<std::size_t> kept_before(common.size() + 1, 0);
  for (std::size_t c = 0; c < common.size(); ++c) kept_before[c + 1] = kept_before[c] + kept[c];

  std::vector<std::vector<SharedKind>> kinds(members.size());
  std::vector<std::vector<OwnRun>> own_runs(members.size());
  for (std::size_t i = 0; i < members.size(); ++i)
    kinds[i] = mark_member(members[i], scripts[i], kept, kept_before, own_runs[i]);
  mark_inflections(members, own_runs, language, kinds);

  std::vector<std::vector<MemberSegment>> result;
  result.reserve(members.size());
  for (std::size_t i = 0; i < members.size(); ++i)
    result.push_back(segments_of(members[i], kinds[i]));
  return result;
}

}  // namespace concord
