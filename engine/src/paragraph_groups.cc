// Groups of corresponding paragraphs: connected parts of the link graph, covered by stars
// where a part is no clique.
#include "paragraph_groups.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace concord {
namespace {

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t size) : parent_(size) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

AlignedGroup make_group(std::vector<std::size_t> nodes, const std::vector<const NodeLink*>& links,
                        const std::vector<GroupMember>& member_of, std::size_t statement_count) {
  AlignedGroup group;
  std::sort(nodes.begin(), nodes.end());
  std::vector<bool> present(statement_count, false);
  for (const std::size_t node : nodes) {
    group.members.push_back(member_of[node]);
    present[member_of[node].statement] = true;
  }
  double sum = 0;
  for (const NodeLink* link : links) {
    sum += link->similarity;
    group.moved = group.moved || link->moved;
  }
  group.similarity = links.empty() ? 1.0 : sum / static_cast<double>(links.size());
  const auto covered = static_cast<std::size_t>(std::count(present.begin(), present.end(), true));
  group.kind = covered == statement_count ? GroupKind::Shared
               : covered > 1              ? GroupKind::Partial
                                          : GroupKind::Unique;
  return group;
}

// Pairs of linked paragraphs (lower node first).
using LinkedPairs = std::set<std::pair<std::size_t, std::size_t>>;

// True when every two paragraphs of different statements in `nodes` are linked.
bool is_clique_across_statements(const std::vector<std::size_t>& nodes, const LinkedPairs& linked,
                                 const std::vector<GroupMember>& member_of) {
  // Pairs of members of different statements: all pairs, less those within a statement.
  std::map<std::size_t, std::size_t> per_statement;
  for (const std::size_t node : nodes) ++per_statement[member_of[node].statement];
  std::size_t cross_pairs = nodes.size() * (nodes.size() - 1) / 2;
  for (const auto& [statement, count] : per_statement) cross_pairs -= count * (count - 1) / 2;
  return linked.size() == cross_pairs;
}

// Covers the links of a connected part that is no clique with stars: a paragraph with its
// partners, so that a group never asserts a correspondence no link made. Its tables, by node,
// are made once for all parts and read again and again, so that many statements (thousands
// of links) are grouped fast.
class StarCover {
 public:
  StarCover(const std::vector<GroupMember>& member_of, std::size_t statement_count)
      : member_of_(member_of),
        statement_count_(statement_count),
        links_of_(member_of.size()),
        uncovered_degree_(member_of.size(), 0),
        in_star_(member_of.size(), false) {}

  // Adds to `groups` the stars covering `part_links`, the links between `nodes`.
  void cover(const std::vector<std::size_t>& nodes, const std::vector<const NodeLink*>& part_links,
             const LinkedPairs& linked, std::vector<AlignedGroup>& groups) {
    // Links by node, in the order of `part_links`.
    for (std::size_t k = 0; k < part_links.size(); ++k) {
      for (const std::size_t end : {part_links[k]->a, part_links[k]->b}) {
        links_of_[end].push_back(k);
        ++uncovered_degree_[end];
      }
    }
    std::vector<bool> covered(part_links.size(), false);
    std::size_t remaining = part_links.size();
    while (remaining > 0) {
      const std::size_t centre = next_centre(nodes, part_links, covered);
      const std::vector<std::size_t> star = star_around(centre, part_links, covered, linked);
      std::vector<std::size_t> inside;
      for (const std::size_t node : star) {
        for (const std::size_t k : links_of_[node]) {
          if (in_star_[part_links[k]->a] && in_star_[part_links[k]->b]) inside.push_back(k);
        }
      }
      std::sort(inside.begin(), inside.end());
      inside.erase(std::unique(inside.begin(), inside.end()), inside.end());
      std::vector<const NodeLink*> star_links;
      for (const std::size_t k : inside) {
        star_links.push_back(part_links[k]);
        if (!covered[k]) {
          covered[k] = true;
          --remaining;
          --uncovered_degree_[part_links[k]->a];
          --uncovered_degree_[part_links[k]->b];
        }
      }
      for (const std::size_t node : star) in_star_[node] = false;
      groups.push_back(make_group(star, star_links, member_of_, statement_count_));
    }
  }

 private:
  // The paragraph with the most uncovered links (then the highest similarity of them, then
  // the lowest node).
  std::size_t next_centre(const std::vector<std::size_t>& nodes,
                          const std::vector<const NodeLink*>& part_links,
                          const std::vector<bool>& covered) const {
    std::size_t most = 0;
    for (const std::size_t node : nodes) most = std::max(most, uncovered_degree_[node]);
    std::size_t centre = member_of_.size();
    float centre_similarity = 0;
    for (const std::size_t node : nodes) {
      if (uncovered_degree_[node] != most) continue;
      float similarity = 0;
      for (const std::size_t k : links_of_[node]) {
        if (!covered[k]) similarity += part_links[k]->similarity;
      }
      if (centre == member_of_.size() || similarity > centre_similarity ||
          (similarity == centre_similarity && node < centre)) {
        centre = node;
        centre_similarity = similarity;
      }
    }
    return centre;
  }

  // The centre and its partners by uncovered links, most similar first; a partner joins only
  // if it is linked to every partner of another statement already in, so the group implies
  // no new link. Marks them in_star_.
  std::vector<std::size_t> star_around(std::size_t centre,
                                       const std::vector<const NodeLink*>& part_links,
                                       const std::vector<bool>& covered,
                                       const LinkedPairs& linked) {
    std::vector<std::size_t> centre_links;
    for (const std::size_t k : links_of_[centre]) {
      if (!covered[k]) centre_links.push_back(k);
    }
    std::stable_sort(centre_links.begin(), centre_links.end(), [&](std::size_t x, std::size_t y) {
      return part_links[x]->similarity > part_links[y]->similarity;
    });
    std::vector<std::size_t> star{centre};
    in_star_[centre] = true;
    for (const std::size_t k : centre_links) {
      const std::size_t partner = part_links[k]->a == centre ? part_links[k]->b : part_links[k]->a;
      if (in_star_[partner]) continue;
      const bool compatible = std::all_of(star.begin() + 1, star.end(), [&](std::size_t other) {
        return member_of_[other].statement == member_of_[partner].statement ||
               linked.count({std::min(other, partner), std::max(other, partner)}) > 0;
      });
      if (compatible) {
        star.push_back(partner);
        in_star_[partner] = true;
      }
    }
    return star;
  }

  const std::vector<GroupMember>& member_of_;
  std::size_t statement_count_;
  std::vector<std::vector<std::size_t>> links_of_;
  std::vector<std::size_t> uncovered_degree_;
  std::vector<bool> in_star_;
};

}  // namespace

std::vector<AlignedGroup> build_groups(const std::vector<GroupMember>& member_of,
                                       const std::vector<NodeLink>& links,
                                       std::size_t statement_count) {
  const std::size_t node_count = member_of.size();
  DisjointSets sets(node_count);
  for (const NodeLink& link : links) sets.unite(link.a, link.b);
  std::vector<std::vector<std::size_t>> component_nodes(node_count);
  std::vector<std::vector<const NodeLink*>> component_links(node_count);
  for (std::size_t node = 0; node < node_count; ++node)
    component_nodes[sets.find(node)].push_back(node);
  for (const NodeLink& link : links) component_links[sets.find(link.a)].push_back(&link);

  StarCover stars(member_of, statement_count);
  std::vector<AlignedGroup> groups;
  for (std::size_t root = 0; root < node_count; ++root) {
    const auto& nodes = component_nodes[root];
    if (nodes.empty()) continue;
    const auto& part_links = component_links[root];
    LinkedPairs linked;
    for (const NodeLink* link : part_links)
      linked.emplace(std::min(link->a, link->b), std::max(link->a, link->b));
    if (is_clique_across_statements(nodes, linked, member_of))
      groups.push_back(make_group(nodes, part_links, member_of, statement_count));
    else
      stars.cover(nodes, part_links, linked, groups);
  }
  // Reading order: by the first member (statement, then paragraph).
  std::stable_sort(groups.begin(), groups.end(), [](const AlignedGroup& x, const AlignedGroup& y) {
    return x.members.front() < y.members.front();
  });
  return groups;
}

}  // namespace concord
