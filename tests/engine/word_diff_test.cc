// Tests for the two-way word diff and the N-way diff against common wording.
#include "concord/engine/word_diff.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/tokenizer.hpp"

namespace concord {
namespace {

// "[=kept][-removed~][+added~]": one bracket per segment, `~` marks inflection_only.
std::string render(const std::vector<DiffSegment>& segments) {
  std::string out;
  for (const DiffSegment& s : segments) {
    out += '[';
    out += s.op == DiffOp::Equal ? '=' : s.op == DiffOp::Delete ? '-' : '+';
    out += s.text;
    if (s.inflection_only) out += '~';
    out += ']';
  }
  return out;
}

// "[=common][*own][~inflection]" for one member.
std::string render(const std::vector<MemberSegment>& segments) {
  std::string out;
  for (const MemberSegment& s : segments) {
    out += '[';
    out += s.kind == SharedKind::Common ? '=' : s.kind == SharedKind::Own ? '*' : '~';
    out += s.text;
    out += ']';
  }
  return out;
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\n");
  return text.substr(first, last - first + 1);
}

// Concatenates the segments a side of the diff is made of, Equal and `side`, without the
// leading white space the contract leaves open.
std::string reconstruct(const std::vector<DiffSegment>& segments, DiffOp side) {
  std::string out;
  for (const DiffSegment& s : segments) {
    if (s.op == DiffOp::Equal || s.op == side) out += s.text;
  }
  return std::string(trim(out));
}

struct DiffCase {
  const char* name;
  const char* before;
  const char* after;
  const char* language;
  const char* expected;
};

class WordDiffCases : public testing::TestWithParam<DiffCase> {};

TEST_P(WordDiffCases, GivesExpectedSegments) {
  const DiffCase& c = GetParam();
  const auto segments = diff_words(c.before, c.after, c.language);
  EXPECT_EQ(render(segments), c.expected);
  EXPECT_EQ(reconstruct(segments, DiffOp::Delete), trim(c.before));
}

const DiffCase kDiffCases[] = {
    {"IdenticalTexts", "The General Assembly reaffirms its commitment.",
     "The General Assembly reaffirms its commitment.", "en",
     "[=The General Assembly reaffirms its commitment.]"},
    {"InsertionAtStart", "condemns the attack on the convoy",
     "Strongly condemns the attack on the convoy", "en",
     "[+Strongly][= condemns the attack on the convoy]"},
    {"InsertionInMiddle", "Calls upon all States to cooperate fully",
     "Calls upon all Member States to cooperate fully", "en",
     "[=Calls upon all][+ Member][= States to cooperate fully]"},
    {"InsertionAtEnd", "Decides to remain seized of the matter",
     "Decides to remain seized of the matter.", "en",
     "[=Decides to remain seized of the matter][+.]"},
    {"Deletion", "Urges all parties to exercise maximum restraint",
     "Urges all parties to exercise restraint", "en",
     "[=Urges all parties to exercise][- maximum][= restraint]"},
    {"PhraseReplacement", "The Security Council calls upon all parties to cease hostilities",
     "The Security Council urges all parties to cease hostilities", "en",
     "[=The Security Council][- calls upon][+ urges][= all parties to cease hostilities]"},
    // Myers alone says -requests +invites =the -Secretary-General +Special Rapporteur: the
    // stranded "the" is folded so that the change reads as one phrase.
    {"ShortEqualityFoldedIntoPhrase",
     "requests the Secretary-General to report on the implementation",
     "invites the Special Rapporteur to report on the implementation", "en",
     "[-requests the Secretary-General][+invites the Special Rapporteur]"
     "[= to report on the implementation]"},
    // Three shared words between the changes are worth keeping.
    {"LongEqualityKept", "Welcomes the report of the Secretary-General and its recommendations",
     "Notes the report of the Secretary-General and its annex", "en",
     "[-Welcomes][+Notes][= the report of the Secretary-General and its]"
     "[- recommendations][+ annex]"},
    {"OneWordChangeInLongSentence",
     "Requests the Secretary-General to submit to the General Assembly at its eightieth "
     "session a report on the implementation of the present resolution, including on the "
     "situation of refugees and internally displaced persons in 2024",
     "Requests the Secretary-General to submit to the General Assembly at its eightieth "
     "session a report on the implementation of the present resolution, including on the "
     "situation of refugees and internally displaced persons in 2025",
     "en",
     "[=Requests the Secretary-General to submit to the General Assembly at its eightieth "
     "session a report on the implementation of the present resolution, including on the "
     "situation of refugees and internally displaced persons in][- 2024][+ 2025]"},
    // A move shows as the moved words inserted on one side of the kept phrase and deleted
    // on the other; the two-word phrase is longer than either change, so it stays.
    {"Reordering", "Expresses deep concern and regret at the loss of life",
     "Expresses regret and deep concern at the loss of life", "en",
     "[=Expresses][+ regret and][= deep concern][- and regret][= at the loss of life]"},
    // A single shared word between the moved ones is folded into one replacement.
    {"ReorderingAroundOneWord", "Expresses concern and regret at the loss of life",
     "Expresses regret and concern at the loss of life", "en",
     "[=Expresses][- concern and regret][+ regret and concern][= at the loss of life]"},
    {"InflectionOnlyVerb", "Strongly condemns the attack", "Strongly condemned the attack", "en",
     "[=Strongly][- condemns~][+ condemned~][= the attack]"},
    {"InflectionOnlyParticiple", "Recalling its resolution 2334 (2016)",
     "Recalls its resolution 2334 (2016)", "en",
     "[-Recalling~][+Recalls~][= its resolution 2334 (2016)]"},
    {"InflectionOnlySpanish", "exhorta a todos los Estados a que cooperen",
     "exhortan a todos los Estados a que cooperen", "es",
     "[-exhorta~][+exhortan~][= a todos los Estados a que cooperen]"},
    // One word in British and American spelling is marked as inflection is: the same word.
    {"SpellingVariantIsMarkedAsInflection", "the programme of the Centre for Defence",
     "the program of the Center for Defense", "en",
     "[=the][- programme of the Centre for Defence~][+ program of the Center for Defense~]"},
    // Snowball stems "la"/"las" and "asamblea"/"asambleas" apart: not an inflection mark.
    {"SpanishArticleChangeIsNoInflection", "La Asamblea exhorta a todos los Estados",
     "Las Asambleas exhortan a todos los Estados", "es",
     "[-La Asamblea exhorta][+Las Asambleas exhortan][= a todos los Estados]"},
    {"DifferentStemsAreNoInflection", "Strongly condemns the attack",
     "Strongly deplores the attack", "en", "[=Strongly][- condemns][+ deplores][= the attack]"},
    {"PunctuationOnlyChange", "the Council, acting under Chapter VII",
     "the Council; acting under Chapter VII", "en",
     "[=the Council][-,][+;][= acting under Chapter VII]"},
    {"EmptyBefore", "", "Takes note of the report", "en", "[+Takes note of the report]"},
    {"EmptyAfter", "Takes note of the report", "", "en", "[-Takes note of the report]"},
    {"BothEmpty", "", "  \n", "en", ""},
    {"WhiteSpaceOnlyDifference", "Takes  note\nof the report ", " Takes note of the report", "en",
     "[=Takes  note\nof the report]"},
};

INSTANTIATE_TEST_SUITE_P(WordDiff, WordDiffCases, testing::ValuesIn(kDiffCases),
                         [](const testing::TestParamInfo<DiffCase>& param_info) {
                           return std::string(param_info.param.name);
                         });

struct ParagraphPair {
  const char* name;
  const char* before;
  const char* after;
};

class WordDiffReconstruction : public testing::TestWithParam<ParagraphPair> {};

// Equal + Delete reads as `before` and Equal + Insert as `after`, changes come as at most
// one Delete then one Insert between equalities.
TEST_P(WordDiffReconstruction, SegmentsRebuildBothTexts) {
  const ParagraphPair& p = GetParam();
  const auto segments = diff_words(p.before, p.after, "en");
  EXPECT_EQ(reconstruct(segments, DiffOp::Delete), trim(p.before));
  EXPECT_EQ(reconstruct(segments, DiffOp::Insert), trim(p.after));
  for (std::size_t i = 1; i < segments.size(); ++i) {
    const DiffOp previous = segments[i - 1].op;
    const DiffOp current = segments[i].op;
    EXPECT_NE(previous, current) << "unmerged segments at " << i;
    EXPECT_FALSE(previous == DiffOp::Insert && current == DiffOp::Delete)
        << "Insert before Delete at " << i;
  }
}

const ParagraphPair kParagraphs[] = {
    {"Preambular",
     "Recalling its previous resolutions on the question, in particular resolutions 1325 "
     "(2000), 1820 (2008) and 2467 (2019), and the statements of its President,",
     "Recalling all its relevant resolutions, including resolutions 1325 (2000) and 2467 "
     "(2019), and the statements by its President, and reaffirming its commitment,"},
    {"Operative",
     "3. Calls upon all Member States to refrain from the threat or use of force against the "
     "territorial integrity or political independence of any State;",
     "3. Urges all States to refrain, in their international relations, from the threat or "
     "use of force against the territorial integrity of any State, and to settle disputes "
     "peacefully;"},
    {"Rewritten", "The Assembly welcomes the progress achieved by the Commission in its work.",
     "Noting with concern the persistent gaps in financing for development, the Council "
     "decides to convene a high-level meeting."},
    {"NonAsciiAndQuotes",
     "Réaffirme que la « zone de paix » doit être respectée par tous les États Membres ;",
     "Réaffirme avec force que la « zone de paix et de coopération » doit être respectée ;"},
    {"LeadingAndTrailingSpace", "  Takes note of the report of the Secretary-General.  ",
     "\tTakes note with appreciation of the report of the Secretary-General.\n"},
    {"InsertedAtStartAndDeletedAtEnd", "the situation in the region, as a matter of urgency",
     "Reviews the situation in the region"},
};

INSTANTIATE_TEST_SUITE_P(WordDiff, WordDiffReconstruction, testing::ValuesIn(kParagraphs),
                         [](const testing::TestParamInfo<ParagraphPair>& param_info) {
                           return std::string(param_info.param.name);
                         });

// Builds a long text of `count` tokens drawn from a small vocabulary, with a deterministic
// pseudo-random sequence so that the test is reproducible.
std::string long_text(std::size_t count, unsigned seed) {
  static const char* const kWords[] = {"the",   "of",   "States", "Council", "peace",
                                       "and",   "to",   "in",     "report",  "security",
                                       "calls", "upon", ",",      "urges",   "Member"};
  std::string out;
  unsigned state = seed;
  for (std::size_t i = 0; i < count; ++i) {
    state = state * 1103515245U + 12345U;
    if (!out.empty()) out += ' ';
    out += kWords[(state >> 16) % std::size(kWords)];
  }
  return out;
}

TEST(WordDiffLongTexts, UnrelatedLongTextsStayCorrectAndFast) {
  const std::string before = long_text(20000, 1);
  const std::string after = long_text(20000, 2);
  const auto start = std::chrono::steady_clock::now();
  const auto segments = diff_words(before, after, "en");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(reconstruct(segments, DiffOp::Delete), before);
  EXPECT_EQ(reconstruct(segments, DiffOp::Insert), after);
  EXPECT_LT(elapsed, std::chrono::seconds(20));
}

TEST(WordDiffLongTexts, FewEditsInLongTextStayLocal) {
  const std::string before = long_text(50000, 7);
  std::string after = before;
  after.insert(after.size() / 2, " Strongly ");
  after += " Decides to remain seized of the matter";
  const auto segments = diff_words(before, after, "en");
  EXPECT_EQ(reconstruct(segments, DiffOp::Delete), before);
  EXPECT_EQ(reconstruct(segments, DiffOp::Insert), after);
  EXPECT_LE(segments.size(), 5U);
}

TEST(WordDiffLongTexts, DisjointLongTextsGiveOneReplacement) {
  std::string before, after;
  for (int i = 0; i < 20000; ++i) {
    before += "peace ";
    after += "security ";
  }
  const auto segments = diff_words(before, after, "en");
  ASSERT_EQ(segments.size(), 2U);
  EXPECT_EQ(segments[0].op, DiffOp::Delete);
  EXPECT_EQ(segments[1].op, DiffOp::Insert);
}

// N-way diff against the common wording.

// Length of the longest common subsequence of the token texts, by dynamic programming.
std::size_t lcs_length(std::string_view x, std::string_view y) {
  const auto xt = tokenize(x);
  const auto yt = tokenize(y);
  std::vector<std::vector<std::size_t>> table(xt.size() + 1,
                                              std::vector<std::size_t>(yt.size() + 1, 0));
  for (std::size_t i = 1; i <= xt.size(); ++i) {
    for (std::size_t j = 1; j <= yt.size(); ++j) {
      table[i][j] = token_text(x, xt[i - 1]) == token_text(y, yt[j - 1])
                        ? table[i - 1][j - 1] + 1
                        : std::max(table[i - 1][j], table[i][j - 1]);
    }
  }
  return table[xt.size()][yt.size()];
}

std::size_t common_tokens(const std::vector<MemberSegment>& segments) {
  std::size_t count = 0;
  for (const MemberSegment& s : segments) {
    if (s.kind == SharedKind::Common) count += tokenize(s.text).size();
  }
  return count;
}

// With two members the common wording is their LCS: checks that Myers' script is minimal
// for many shapes (odd and even length differences, repeats, empty sides).
// Before its cleanup the common sequence is a longest common subsequence; the cleanup only
// folds short runs of it into a member's own wording.
TEST(DiffAgainstCommon, TwoMembersShareAtMostALongestCommonSubsequence) {
  unsigned state = 42;
  const auto next = [&state](unsigned bound) {
    state = state * 1103515245U + 12345U;
    return (state >> 16) % bound;
  };
  static const char* const kWords[] = {"the", "of", "States", ","};
  for (int round = 0; round < 300; ++round) {
    std::string x, y;
    for (unsigned i = next(30); i > 0; --i) x += std::string(kWords[next(4)]) + ' ';
    for (unsigned i = next(30); i > 0; --i) y += std::string(kWords[next(4)]) + ' ';
    const auto result = diff_against_common({x, y}, "en");
    const std::size_t longest = lcs_length(x, y);
    EXPECT_LE(common_tokens(result[0]), longest) << x << "| " << y;
    EXPECT_LE(common_tokens(result[1]), longest) << x << "| " << y;
  }
}

std::vector<std::string> rendered_members(const std::vector<std::string_view>& texts) {
  std::vector<std::string> out;
  for (const auto& member : diff_against_common(texts, "en")) out.push_back(render(member));
  return out;
}

TEST(DiffAgainstCommon, AShortCommonRunBetweenTwoRewritesJoinsThemAsOnePhrase) {
  // Only "the" is common between two rewrites: "{+Condemns+} the {+inclusion ...+}" is
  // confetti; the whole rewrite reads as one phrase of each member. A shared run of three
  // words or more stays common.
  const auto rendered = rendered_members(
      {"Condemns the inclusion of Member States in unilateral lists under false pretexts;",
       "Requests States to refrain from drawing up lists, such as the list of sponsors;"});
  EXPECT_EQ(rendered[0],
            "[*Condemns the inclusion of Member States in unilateral lists under false "
            "pretexts][=;]");
  const auto kept = rendered_members(
      {"We condemn the attacks on critical civilian infrastructure across the country.",
       "We strongly deplore the attacks on critical civilian infrastructure in Ukraine."});
  EXPECT_NE(kept[0].find("[= the attacks on critical civilian infrastructure]"), std::string::npos)
      << kept[0];
}

// The run folded into one member's rewrite stays common in the members that say it between
// common words: versions that kept "contained in the Charter" unchanged show no mark.
TEST(DiffAgainstCommon, AFoldedRunStaysCommonWhereAMemberHasNoWordingOfItsOwnBesideIt) {
  const auto rendered = rendered_members(
      {"Guided by the purposes and principles contained in the Charter of the United Nations,",
       "Guided by the purposes and principles contained in the Charter of the United Nations,",
       "Guided by the purposes and principles contained within existing resources, relevant in "
       "sustainable the Charter national of the United Nations,"});
  EXPECT_EQ(rendered[0],
            "[=Guided by the purposes and principles contained in the Charter of the United "
            "Nations,]");
  EXPECT_EQ(rendered[1], rendered[0]);
  EXPECT_NE(rendered[2].find("[* within existing resources, relevant in sustainable]"),
            std::string::npos)
      << rendered[2];
}

const std::vector<std::string_view> kThreeMembers = {
    "The Council strongly condemns the attack on civilians.",
    "The Council condemns the attack on civilians and humanitarian workers.",
    "The Council condemns the recent attack on civilians.",
};

TEST(DiffAgainstCommon, MarksWordingSharedByAllMembers) {
  EXPECT_EQ(rendered_members(kThreeMembers),
            (std::vector<std::string>{
                "[=The Council][* strongly][= condemns the attack on civilians.]",
                "[=The Council condemns the attack on civilians][* and humanitarian workers]"
                "[=.]",
                "[=The Council condemns the][* recent][= attack on civilians.]",
            }));
}

TEST(DiffAgainstCommon, ResultDoesNotDependOnInputOrder) {
  const auto expected = rendered_members(kThreeMembers);
  std::vector<std::size_t> permutation = {0, 1, 2};
  do {
    std::vector<std::string_view> texts;
    for (const std::size_t i : permutation) texts.push_back(kThreeMembers[i]);
    const auto result = rendered_members(texts);
    for (std::size_t k = 0; k < permutation.size(); ++k) {
      EXPECT_EQ(result[k], expected[permutation[k]]) << "member " << permutation[k];
    }
  } while (std::next_permutation(permutation.begin(), permutation.end()));
}

TEST(DiffAgainstCommon, OneTextIsAllCommon) {
  EXPECT_EQ(rendered_members({"  Takes note of the report.  "}),
            (std::vector<std::string>{"[=Takes note of the report.]"}));
}

TEST(DiffAgainstCommon, NoTextsGiveNoResult) { EXPECT_TRUE(rendered_members({}).empty()); }

TEST(DiffAgainstCommon, EmptyMemberLeavesNothingCommon) {
  EXPECT_EQ(
      rendered_members({"Takes note of the report", "", "Welcomes the report"}),
      (std::vector<std::string>{"[*Takes note of the report]", "", "[*Welcomes the report]"}));
}

TEST(DiffAgainstCommon, MarksInflectedVariantsAtTheSamePlace) {
  EXPECT_EQ(rendered_members({"Strongly condemns the attack", "Strongly condemned the attack",
                              "Strongly condemns the attack", "Strongly deplores the attack"}),
            (std::vector<std::string>{
                "[=Strongly][~ condemns][= the attack]",
                "[=Strongly][~ condemned][= the attack]",
                "[=Strongly][~ condemns][= the attack]",
                "[=Strongly][* deplores][= the attack]",
            }));
}

TEST(DiffAgainstCommon, IdenticalOwnWordingIsNotInflection) {
  EXPECT_EQ(
      rendered_members({"Calls upon all States", "Calls upon all States", "Calls upon States"}),
      (std::vector<std::string>{"[=Calls upon][* all][= States]", "[=Calls upon][* all][= States]",
                                "[=Calls upon States]"}));
}

TEST(DiffAgainstCommon, SegmentsRebuildEachMember) {
  std::vector<std::string_view> texts;
  for (const ParagraphPair& p : kParagraphs) {
    texts.push_back(p.before);
    texts.push_back(p.after);
  }
  const auto result = diff_against_common(texts, "en");
  ASSERT_EQ(result.size(), texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string rebuilt;
    for (const MemberSegment& s : result[i]) rebuilt += s.text;
    EXPECT_EQ(rebuilt, trim(texts[i])) << "member " << i;
  }
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

TEST(WordDiffCase, IgnoringCaseMakesCapitalisedWordsEqual) {
  const auto sensitive = diff_words("zone of peace", "Zone of Peace", "en");
  EXPECT_NE(sensitive.front().op, DiffOp::Equal);
  const auto ignoring = diff_words("zone of peace", "Zone of Peace", "en", Case::Ignore);
  ASSERT_EQ(ignoring.size(), 1u);
  EXPECT_EQ(ignoring.front().op, DiffOp::Equal);
}

}  // namespace
}  // namespace concord
