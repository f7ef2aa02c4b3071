// Test support for paragraph alignment: statements built in code, compared on a background of
// formula words, and the links and groups of a comparison named by statement id.
#include "engine/alignment_fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "concord/engine/paragraph_terms.hpp"
#include "concord/engine/term_statistics.hpp"

namespace concord::testing {
namespace {

// Formula words every resolution and communiqué uses, frequent in a background of 2000
// paragraphs; everything else is rare there.
FrequencyTable formula_background() {
  FrequencyTable table;
  table.add_paragraphs(2000);
  const std::string formula =
      "the of and to in a an on for by with its their all as at is be that which this "
      "calls upon states member united nations general assembly secretary-general "
      "resolution resolutions session reaffirming recalling requests decides welcomes "
      "urges notes encourages invites ministers we our reaffirmed expressed stressed "
      "support commitment importance international";
  std::vector<std::string> stems = TermSpace::stems(formula, "en");
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  for (const std::string& stem : stems) table.add_frequency(stem, 1200);
  return table;
}

}  // namespace

Statement make_statement(const std::string& id, const std::string& body, const std::string& date,
                         const std::vector<std::string>& texts) {
  Statement s;
  s.id = id;
  s.body = body;
  s.title = id;
  s.date = date;
  s.language = "en";
  for (const std::string& text : texts) {
    Paragraph p;
    p.ordinal = s.paragraphs.size();
    const auto space = text.find(' ');
    const bool labelled =
        space != std::string::npos && space > 1 &&
        ((std::isdigit(static_cast<unsigned char>(text[0])) && text[space - 1] == '.') ||
         (text[0] == '(' && text[space - 1] == ')'));
    if (labelled) {
      p.label = text.substr(0, space);
      p.text = text.substr(space + 1);
      p.kind = ParagraphKind::Operative;
    } else {
      p.text = text;
      p.kind = ParagraphKind::Preambular;
    }
    s.paragraphs.push_back(std::move(p));
  }
  return s;
}

Comparison compare_with(const std::vector<Statement>& statements, const CompareOptions& options) {
  static const FrequencyTable background = formula_background();
  return compare_statements(statements, background, options);
}

Comparison compare(const std::vector<Statement>& statements, OrderMode order) {
  CompareOptions options;
  options.order = order;
  return compare_with(statements, options);
}

Ref ref(const std::vector<Statement>& statements, const GroupMember& m) {
  return {statements[m.statement].id, m.paragraph};
}

std::set<LinkedPair> linked_pairs(const std::vector<Statement>& statements,
                                  const Comparison& comparison) {
  std::set<LinkedPair> pairs;
  for (const AlignedGroup& group : comparison.groups) {
    for (std::size_t i = 0; i < group.members.size(); ++i) {
      for (std::size_t j = i + 1; j < group.members.size(); ++j) {
        if (group.members[i].statement == group.members[j].statement) continue;
        Ref a = ref(statements, group.members[i]);
        Ref b = ref(statements, group.members[j]);
        if (b < a) std::swap(a, b);
        pairs.emplace(a, b);
      }
    }
  }
  return pairs;
}

LinkedPair link(const std::string& s1, std::size_t p1, const std::string& s2, std::size_t p2) {
  Ref a{s1, p1}, b{s2, p2};
  if (b < a) std::swap(a, b);
  return {a, b};
}

std::vector<const AlignedGroup*> groups_of(const std::vector<Statement>& statements,
                                           const Comparison& comparison, const std::string& id,
                                           std::size_t p) {
  std::vector<const AlignedGroup*> out;
  for (const AlignedGroup& group : comparison.groups) {
    for (const GroupMember& m : group.members) {
      if (ref(statements, m) == Ref{id, p}) {
        out.push_back(&group);
        break;
      }
    }
  }
  return out;
}

std::string describe(const std::vector<Statement>& statements, const Comparison& comparison) {
  std::ostringstream out;
  for (const PairOrder& o : comparison.orders) {
    out << "order " << statements[o.first].id << "-" << statements[o.second].id << ": "
        << to_string(o.mode) << "\n";
  }
  for (const AlignedGroup& g : comparison.groups) {
    out << to_string(g.kind) << " " << g.similarity << (g.moved ? " moved" : "") << ":";
    for (const GroupMember& m : g.members)
      out << " " << statements[m.statement].id << "/" << m.paragraph;
    out << "\n";
  }
  return out.str();
}

std::multiset<GroupKey> group_keys(const std::vector<Statement>& statements,
                                   const Comparison& comparison) {
  std::multiset<GroupKey> keys;
  for (const AlignedGroup& g : comparison.groups) {
    std::set<Ref> members;
    for (const GroupMember& m : g.members) members.insert(ref(statements, m));
    keys.emplace(g.kind, g.moved, members);
  }
  return keys;
}

void expect_well_formed(const std::vector<Statement>& statements, const Comparison& comparison) {
  std::set<GroupMember> seen;
  for (const AlignedGroup& g : comparison.groups) {
    ASSERT_FALSE(g.members.empty()) << describe(statements, comparison);
    EXPECT_TRUE(std::is_sorted(g.members.begin(), g.members.end()));
    EXPECT_EQ(std::adjacent_find(g.members.begin(), g.members.end()), g.members.end());
    std::set<std::size_t> present;
    for (const GroupMember& m : g.members) {
      ASSERT_LT(m.statement, statements.size());
      ASSERT_LT(m.paragraph, statements[m.statement].paragraphs.size());
      present.insert(m.statement);
      seen.insert(m);
    }
    const GroupKind expected = present.size() == statements.size() ? GroupKind::Shared
                               : present.size() > 1                ? GroupKind::Partial
                                                                   : GroupKind::Unique;
    EXPECT_EQ(g.kind, expected) << describe(statements, comparison);
    EXPECT_GE(g.similarity, 0.0);
    EXPECT_LE(g.similarity, 1.0 + 1e-6);
    EXPECT_EQ(g.diff.size(), g.members.size());
  }
  for (std::size_t s = 0; s < statements.size(); ++s) {
    for (std::size_t p = 0; p < statements[s].paragraphs.size(); ++p) {
      EXPECT_TRUE(seen.count({s, p}))
          << statements[s].id << " paragraph " << p << " is in no group\n"
          << describe(statements, comparison);
    }
  }
  EXPECT_TRUE(std::is_sorted(
      comparison.groups.begin(), comparison.groups.end(),
      [](const AlignedGroup& x, const AlignedGroup& y) { return x.members[0] < y.members[0]; }));
}

std::string words(const std::string& prefix, const std::vector<int>& numbers) {
  std::string text;
  for (const int n : numbers) {
    text += (text.empty() ? "" : " ") + prefix + std::string(1, static_cast<char>('a' + n / 26)) +
            std::string(1, static_cast<char>('a' + n % 26));
  }
  return text;
}

// --- Versions of one text -------------------------------------------------------------------

const std::vector<std::string> kTlatelolco2024 = {
    "Recalling its resolutions on the Treaty for the Prohibition of Nuclear Weapons in Latin "
    "America and the Caribbean (Treaty of Tlatelolco), opened for signature in Mexico City on "
    "14 February 1967,",
    "Reaffirming the sovereign equality of all States and the peaceful settlement of disputes "
    "as enshrined in the Charter of the United Nations,",
    "Noting with concern the continued presence of foreign military bases and installations in "
    "several territories of the hemisphere,",
    "1. Welcomes the ratification of Additional Protocols I and II to the Treaty by all the "
    "nuclear-weapon States concerned;",
    "2. Calls upon all States to respect fully the status of Latin America and the Caribbean as "
    "a nuclear-weapon-free zone;",
    "3. Requests the Secretary-General to convene, in Mexico City, a conference of the States "
    "parties to the Treaty to review its operation;",
    "4. Encourages the Agency for the Prohibition of Nuclear Weapons in Latin America and the "
    "Caribbean to deepen the exchange of experience with the other nuclear-weapon-free zones "
    "established by the treaties of Rarotonga, Bangkok and Pelindaba; further encourages the "
    "Agency to report periodically on its cooperation with the International Atomic Energy "
    "Agency on safeguards verification;",
    "5. Urges the States of the region to strengthen their cooperation on the peaceful uses of "
    "nuclear energy, including nuclear medicine and radiological protection;",
    "6. Notes with appreciation the voluntary contributions made by Member States to the work of "
    "the Agency during the biennium;",
    "7. Invites further voluntary contributions to the trust fund established to finance "
    "fellowships for young diplomats from small island developing States;",
    "8. Decides to include in the provisional agenda of its eighty-first session the item "
    "entitled \"Consolidation of the regime established by the Treaty of Tlatelolco\".",
};

const std::vector<std::string> kTlatelolco2025 = {
    "Recalling its resolutions on the Treaty for the Prohibition of Nuclear Weapons in Latin "
    "America and the Caribbean (Treaty of Tlatelolco), opened for signature in Mexico City on "
    "14 February 1967,",
    "Reaffirming the sovereign equality of all States and the peaceful settlement of disputes "
    "as enshrined in the Charter of the United Nations,",
    "1. Welcomes the ratification of Additional Protocols I and II to the Treaty by all the "
    "nuclear-weapon States concerned;",
    "2. Urges the States of the region to strengthen their cooperation on the peaceful uses of "
    "nuclear energy, including nuclear medicine and radiological protection;",
    "3. Calls upon all States to respect fully the status of Latin America and the Caribbean as "
    "a nuclear-weapon-free zone;",
    "4. Expresses grave concern at the airstrikes carried out since September against small "
    "vessels navigating in the Caribbean Sea, and at the resulting loss of civilian lives;",
    "5. Requests the Secretary-General to convene, in Mexico City, a conference of the States "
    "parties to the Treaty to review its operation;",
    "6. Encourages the Agency for the Prohibition of Nuclear Weapons in Latin America and the "
    "Caribbean to deepen the exchange of experience with the other nuclear-weapon-free zones "
    "established by the treaties of Rarotonga, Bangkok and Pelindaba;",
    "7. Further encourages the Agency to report periodically on its cooperation with the "
    "International Atomic Energy Agency on safeguards verification;",
    "8. Notes with appreciation the voluntary contributions made by Member States to the work of "
    "the Agency during the biennium, and invites further voluntary contributions to the trust "
    "fund established to finance fellowships for young diplomats from small island developing "
    "States;",
    "9. Decides to include in the provisional agenda of its eighty-second session the item "
    "entitled \"Consolidation of the regime established by the Treaty of Tlatelolco\".",
};

// --- Different bodies ----------------------------------------------------------------------

const std::vector<std::string> kNamCommunique = {
    "The Ministers welcomed the preparations for the Twentieth Summit of Heads of State or "
    "Government of the Movement, to be held in Kampala.",
    "The Ministers reaffirmed that the Treaty of Tlatelolco established the first "
    "nuclear-weapon-free zone in a densely populated region, and called on the "
    "nuclear-weapon States to withdraw their interpretative declarations to its Protocols.",
    "The Ministers expressed their solidarity with the Palestinian people and their "
    "inalienable right to self-determination and to an independent State.",
    "The Ministers condemned the airstrikes against small vessels in the Caribbean Sea, which "
    "have killed fishermen without any judicial process.",
    "The Ministers rejected unilateral coercive measures, which impede the full economic and "
    "social development of the countries targeted by them.",
    "The Ministers stressed the importance of South-South cooperation and triangular "
    "cooperation in science, technology and innovation.",
};

const std::vector<std::string> kCelacDeclaration = {
    "We thank the Government of Colombia for its work during the Pro Tempore Presidency and "
    "welcome Uruguay as incoming Chair.",
    "We commit to eradicating hunger and malnutrition through family farming and resilient "
    "food systems adapted to climate change.",
    "We reject the strikes on small boats in the Caribbean Sea and demand an end to the "
    "killing of fishermen without judicial process.",
    "We recognise the contribution of migrants to the societies of origin, transit and "
    "destination, and reject xenophobia.",
    "We celebrate that the Treaty of Tlatelolco made ours the first nuclear-weapon-free zone "
    "in a densely populated region of the planet.",
    "We support regional production of vaccines and medicines to reduce dependence on "
    "imports in health emergencies.",
};

const std::vector<std::string> kNamTopicParagraphs = {
    "The Ministers condemned the strikes on fishing vessels off the Venezuelan coast.",
    "The Ministers welcomed the budget for the regional scholarship programme.",
    "The Ministers thanked Uganda for hosting the summit in Kampala."};
const std::vector<std::string> kCelacTopicParagraphs = {
    "We welcome the funding approved for the fellowship scheme of the region.",
    "We deplore the attacks against boats of fishermen near Venezuela.",
    "We look forward to the next meeting of the coordination bureau."};

WordVectors topic_vectors() {
  const std::vector<std::string> topics = {
      "strikes attacks condemned deplore vessels boats fishing fishermen coast Venezuelan "
      "Venezuela",
      "budget funding scholarship fellowship programme scheme region regional",
      "thanked Uganda hosting summit Kampala", "look forward next meeting coordination bureau"};
  WordVectors vectors(topics.size());
  for (std::size_t axis = 0; axis < topics.size(); ++axis) {
    std::vector<float> v(topics.size(), 0.0f);
    v[axis] = 1.0f;
    for (const std::string& stem : TermSpace::stems(topics[axis], "en")) vectors.add(stem, v);
  }
  return vectors;
}

}  // namespace concord::testing
