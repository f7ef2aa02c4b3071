// Word-level diffs between paragraphs: two-way edit scripts and N-way diffs against the
// wording all members share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

enum class DiffOp { Equal, Delete, Insert };

/// A run of tokens with one operation. `text` is the original text of the run, including
/// the white space that precedes its first token in its source (Equal and Delete text comes
/// from the first text, Insert text from the second), so that concatenating the Equal and
/// Delete segments gives back the first text and Equal and Insert the second, up to leading
/// white space (which may be missing or come from the other text) and without trailing white
/// space. The second is exact only where both texts have the same white space between the
/// tokens of an Equal run.
struct DiffSegment {
  DiffOp op = DiffOp::Equal;
  std::string text;
  /// Set on a Delete and the Insert that follows it when they differ only by inflection:
  /// every word has the same stem ("condemns" -> "condemned", and in English "programme" ->
  /// "program": Stemmer reads British spellings as American ones), punctuation equal.
  bool inflection_only = false;

  friend bool operator==(const DiffSegment&, const DiffSegment&) = default;
};

/// Diff of `before` -> `after` on word and punctuation tokens (Myers 1986), then a semantic
/// cleanup so the result reads as phrases: short equalities stranded between changes are
/// folded into the changes (after diff-match-patch's cleanupSemantic). Words are compared
/// case-sensitively; `language` (ISO 639-1) chooses the stemmer for inflection marks (an
/// unknown language compares lower-cased words). In each change the Delete comes before the
/// Insert. Two texts without tokens (empty or white space) give no segments.
/// Whether words differing only in case ("Calls" / "calls") are equal.
enum class Case { Sensitive, Ignore };

[[nodiscard]] std::vector<DiffSegment> diff_words(std::string_view before, std::string_view after,
                                                  const std::string& language,
                                                  Case word_case = Case::Sensitive);

/// How a stretch of one member's text relates to what all members of a group share.
enum class SharedKind {
  /// Wording every member has.
  Common,
  /// Wording only some members have.
  Own,
  /// Wording only some members have, which another member has at the same place in another
  /// inflection ("condemns" / "condemned").
  Inflection,
};

struct MemberSegment {
  SharedKind kind = SharedKind::Common;
  /// Original text of the run, with the white space before its first token.
  std::string text;

  friend bool operator==(const MemberSegment&, const MemberSegment&) = default;
};

/// For N texts, the tokens common to all of them (a common subsequence, folded in one text
/// at a time with the LCS of the diff above before its cleanup, in an order that does not
/// depend on the order of `texts`)
/// and, for each text, its segments marked Common, Own or Inflection. result[i] covers all of
/// texts[i] but its leading and trailing white space, and depends only on texts[i] and the
/// multiset of `texts`. With one text, everything is Common; a text without tokens gets no
/// segments and leaves nothing common, so the others are all Own (or Inflection). An Own run
/// is marked Inflection when another member has, at the same place in the common sequence,
/// a run of as many tokens with equal punctuation and equal stems but a different text.
[[nodiscard]] std::vector<std::vector<MemberSegment>> diff_against_common(
    const std::vector<std::string_view>& texts, const std::string& language);

}  // namespace concord
