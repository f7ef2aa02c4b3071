// Groups of corresponding paragraphs across all the statements compared, from the links of
// every pair. Private to the engine: compare_statements (alignment.cc) is its only user.
#pragma once

#include <cstddef>
#include <vector>

#include "concord/engine/alignment.hpp"

namespace concord {

/// A link between two paragraphs, each named by its index among all the statements'
/// paragraphs (the nodes).
struct NodeLink {
  std::size_t a = 0;
  std::size_t b = 0;
  float similarity = 0;
  bool moved = false;
};

// Groups are the connected parts of the link graph when each is a clique across statements
// (the same paragraph in every version). A part that is not a clique (one paragraph making
// two points that two different paragraphs make) is covered by stars instead: a paragraph
// with its partners, so that a group never asserts a correspondence no link made. A
// paragraph may then appear in more than one group.
/// `member_of[node]` says which paragraph a node is. Groups are in reading order: by their
/// first member (statement, then paragraph).
[[nodiscard]] std::vector<AlignedGroup> build_groups(const std::vector<GroupMember>& member_of,
                                                     const std::vector<NodeLink>& links,
                                                     std::size_t statement_count);

}  // namespace concord
