// Small statements built in code, shared by the database and search tests.
#pragma once

#include <string>
#include <vector>

#include "concord/engine/statement.hpp"

namespace concord::testing {

inline Statement make_statement(std::string id, std::string body, std::string date,
                                std::string language, std::vector<std::string> paragraphs) {
  Statement s;
  s.id = std::move(id);
  s.body = std::move(body);
  s.title = "Title of " + s.id;
  s.date = std::move(date);
  s.language = std::move(language);
  s.source_path = "/corpus/" + s.id + ".md";
  s.content_hash = "hash-" + s.id;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    Paragraph p;
    p.ordinal = i;
    p.label = std::to_string(i + 1) + ".";
    p.kind = ParagraphKind::Operative;
    p.text = std::move(paragraphs[i]);
    s.paragraphs.push_back(std::move(p));
  }
  return s;
}

inline std::vector<Statement> caribbean_statements() {
  return {
      make_statement(
          "nam-2025", "Non-Aligned Movement", "2025-11-18", "en",
          {"Calls upon the United States to cease its airstrikes against small vessels in the "
           "Caribbean.",
           "Reaffirms that Latin America and the Caribbean is a zone of peace.",
           "Warns that an armed attack would risk a spill-over effect across the region."}),
      make_statement("friends-2025",
                     "Group of Friends in Defense of the Charter of the United Nations",
                     "2025-11-18", "en",
                     {"Urges the immediate withdrawal of all military assets from the Caribbean.",
                      "Condemns the lethal strikes on boats as extrajudicial killings.",
                      "Recalls the Proclamation of the zone of peace."}),
      make_statement("celac-eu-2023", "CELAC-EU Summit", "2023-07-18", "en",
                     {"We reaffirm our commitment to the Charter of the United Nations.",
                      "We call for the peaceful settlement of disputes in the zone of peace."}),
      make_statement(
          "nam-es-2025", "Non-Aligned Movement", "2025-11-18", "es",
          {"Exhorta a los Estados Unidos a cesar los ataques aéreos contra embarcaciones.",
           "Reafirma que América Latina y el Caribe es una zona de paz."}),
  };
}

}  // namespace concord::testing
