// Finding who changed sides between two recorded votes.
#include "concord/engine/vote_changes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <utility>

#include "concord/engine/text.hpp"

namespace concord {
namespace {

constexpr std::array<VotePosition, 3> kPositions{VotePosition::InFavour, VotePosition::Against,
                                                 VotePosition::Abstaining};

// Members the UN's records name otherwise since a rename (or a change of the record's style):
// the slug of the old name and of the new. Without them a renamed member would read as one
// member gone and another arrived.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kRenamed{{
    {"turkey", "turkiye"},
    {"swaziland", "eswatini"},
    {"the-former-yugoslav-republic-of-macedonia", "north-macedonia"},
    {"czech-republic", "czechia"},
    {"cape-verde", "cabo-verde"},
    {"libyan-arab-jamahiriya", "libya"},
    {"netherlands-kingdom-of-the", "netherlands"},
}};

struct NamedPosition {
  std::string name;
  VotePosition position;
};

// Each named member's position under its key; a member named on two sides (a misprinted
// record) keeps the first.
std::map<std::string, NamedPosition> positions_of(const Vote& vote) {
  std::map<std::string, NamedPosition> out;
  for (const VotePosition position : kPositions) {
    for (const std::string& member : vote.side(position).members)
      out.emplace(vote_member_key(member), NamedPosition{member, position});
  }
  return out;
}

bool names_members(const Statement& s) {
  return s.vote && std::any_of(kPositions.begin(), kPositions.end(),
                               [&](VotePosition p) { return !s.vote->side(p).members.empty(); });
}

}  // namespace

std::string vote_member_key(std::string_view name) {
  std::string key = slugify(name);
  for (const auto& [old_name, new_name] : kRenamed) {
    if (key == old_name) return std::string(new_name);
  }
  return key;
}

std::vector<VoteChange> vote_changes(const Vote& before, const Vote& after) {
  const auto old_positions = positions_of(before), new_positions = positions_of(after);
  if (old_positions.empty() || new_positions.empty()) return {};
  std::vector<VoteChange> changes;
  for (const auto& [key, old] : old_positions) {
    const auto found = new_positions.find(key);
    if (found == new_positions.end()) {
      changes.push_back({old.name, old.position, std::nullopt});
    } else if (found->second.position != old.position) {
      changes.push_back({found->second.name, old.position, found->second.position});
    }
  }
  for (const auto& [key, now] : new_positions) {
    if (!old_positions.contains(key)) changes.push_back({now.name, std::nullopt, now.position});
  }
  // Members that changed sides say most; absences and changes of membership follow.
  std::sort(changes.begin(), changes.end(), [](const VoteChange& x, const VoteChange& y) {
    return std::pair{!x.changed_sides(), x.member} < std::pair{!y.changed_sides(), y.member};
  });
  return changes;
}

std::string describe_vote_change(const VoteChange& change) {
  const auto name = [](const std::optional<VotePosition>& position) {
    return position ? std::string(to_string(*position)) : std::string("not recorded");
  };
  return change.member + ": " + name(change.before) + " → " + name(change.after);
}

std::string describe_vote_counts(const std::vector<VoteChange>& changes) {
  if (changes.empty()) return "none, every member voted as before";
  const auto switched = static_cast<std::size_t>(std::count_if(
      changes.begin(), changes.end(), [](const VoteChange& c) { return c.changed_sides(); }));
  std::string out = switched == 0   ? std::string("no member")
                    : switched == 1 ? std::string("1 member")
                                    : fmt::format("{} members", switched);
  out += " changed sides";
  if (switched < changes.size())
    out += fmt::format(", {} recorded in one vote only", changes.size() - switched);
  return out;
}

std::vector<SuccessiveVotes> successive_vote_changes(const std::vector<Statement>& statements) {
  std::vector<std::size_t> voted;
  for (std::size_t s = 0; s < statements.size(); ++s) {
    if (names_members(statements[s])) voted.push_back(s);
  }
  std::stable_sort(voted.begin(), voted.end(), [&](std::size_t x, std::size_t y) {
    const std::string &a = statements[x].date, &b = statements[y].date;
    if (a.empty() != b.empty()) return b.empty();
    return a < b;
  });
  std::vector<SuccessiveVotes> out;
  for (std::size_t i = 1; i < voted.size(); ++i) {
    const std::size_t earlier = voted[i - 1], later = voted[i];
    out.push_back(
        {earlier, later, vote_changes(*statements[earlier].vote, *statements[later].vote)});
  }
  return out;
}

}  // namespace concord
