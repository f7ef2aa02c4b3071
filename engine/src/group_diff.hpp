// The word diff inside one group of corresponding paragraphs. Private to the engine:
// compare_statements (alignment.cc) is its only user.
#pragma once

#include <vector>

#include "concord/engine/alignment.hpp"
#include "concord/engine/statement.hpp"
#include "concord/engine/word_diff.hpp"

namespace concord {

/// The wording of each member against what the group's statements share. The paragraphs of
/// one statement in a group (a paragraph split in two, or two points one paragraph of another
/// body makes) are read as one text, so that the halves of a split are compared with the
/// whole they came from, not with each other.
[[nodiscard]] std::vector<std::vector<MemberSegment>> diff_group(
    const AlignedGroup& group, const std::vector<Statement>& statements);

}  // namespace concord
