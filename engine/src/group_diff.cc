// The word diff inside one group: each statement's members read as one text, diffed against
// what all the group's statements share (word_diff.hpp), then cut back into members.
#include "group_diff.hpp"

#include <string>
#include <string_view>

namespace concord {

std::vector<std::vector<MemberSegment>> diff_group(const AlignedGroup& group,
                                                   const std::vector<Statement>& statements) {
  constexpr std::string_view kJoint = "\n\n";  // white space: no token, never common
  std::vector<std::string> joined;             // one text per statement in the group
  std::vector<std::string> language_of;        // the language of each joined text
  std::vector<std::size_t> text_of(group.members.size());
  // Where each member starts in its statement's joined text.
  std::vector<std::size_t> start(group.members.size());
  for (std::size_t i = 0; i < group.members.size(); ++i) {
    const GroupMember& m = group.members[i];
    if (i == 0 || m.statement != group.members[i - 1].statement) {
      joined.emplace_back();
      language_of.push_back(statements[m.statement].language);
    } else {
      joined.back() += kJoint;
    }
    text_of[i] = joined.size() - 1;
    start[i] = joined.back().size();
    joined.back() += statements[m.statement].paragraphs[m.paragraph].text;
  }
  // Wording is compared within one language: a statement alone in its language (aligned
  // through a translation) shares no words with the others, and is shown as it is.
  std::vector<std::vector<MemberSegment>> per_text(joined.size());
  std::vector<bool> done(joined.size(), false);
  for (std::size_t first = 0; first < joined.size(); ++first) {
    if (done[first]) continue;
    std::vector<std::size_t> same_language;
    for (std::size_t t = first; t < joined.size(); ++t) {
      if (!done[t] && language_of[t] == language_of[first]) {
        same_language.push_back(t);
        done[t] = true;
      }
    }
    std::vector<std::string_view> texts;
    for (const std::size_t t : same_language) texts.emplace_back(joined[t]);
    auto segments = diff_against_common(texts, language_of[first]);
    for (std::size_t k = 0; k < same_language.size(); ++k)
      per_text[same_language[k]] = std::move(segments[k]);
  }

  // Cut each statement's segments back at its members' boundaries; the joints go nowhere.
  std::vector<std::vector<MemberSegment>> out(group.members.size());
  for (std::size_t t = 0; t < per_text.size(); ++t) {
    std::size_t member = 0;
    while (text_of[member] != t) ++member;
    std::size_t at = 0;  // offset in the joined text
    for (const MemberSegment& segment : per_text[t]) {
      for (std::size_t k = 0; k < segment.text.size(); ++k, ++at) {
        while (member + 1 < group.members.size() && text_of[member + 1] == t &&
               at >= start[member + 1])
          ++member;
        const std::size_t end_of_member =
            start[member] + statements[group.members[member].statement]
                                .paragraphs[group.members[member].paragraph]
                                .text.size();
        if (at < start[member] || at >= end_of_member) continue;  // a joint
        auto& segments = out[member];
        if (segments.empty() || segments.back().kind != segment.kind || k == 0 ||
            at == start[member])
          segments.push_back({segment.kind, {}});
        segments.back().text.push_back(segment.text[k]);
      }
    }
  }
  return out;
}

}  // namespace concord
