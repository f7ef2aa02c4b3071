// Parsing XML with pugixml: one error wording and one nesting limit for every reader.
#include "xml_parsing.hpp"

#include <algorithm>
#include <cctype>

#include "concord/engine/error.hpp"

namespace concord {
namespace {

// Deeper than this, a tree is not a document a word processor or a drafting tool wrote: the
// readers walk it recursively, and 100,000 nested tables overflowed the stack.
constexpr std::size_t kMaxXmlNesting = 1000;

// How deeply elements nest under `root`, found without recursion.
std::size_t nesting_depth(const pugi::xml_node& root) {
  std::size_t depth = 0, deepest = 0;
  pugi::xml_node node = root.first_child();
  if (node) depth = 1;
  while (node) {
    deepest = std::max(deepest, depth);
    if (node.first_child()) {
      node = node.first_child();
      ++depth;
      continue;
    }
    while (node != root && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    if (node == root) break;
    node = node.next_sibling();
  }
  return deepest;
}

std::string lower_ascii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  }
  return {};
}

pugi::xml_document parse_xml(std::string_view data, const std::string& what) {
  pugi::xml_document xml;
  const pugi::xml_parse_result result =
      xml.load_buffer(data.data(), data.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) {
    throw DataError("malformed " + what + ": " + lower_ascii(result.description()) + " at byte " +
                    std::to_string(result.offset));
  }
  if (nesting_depth(xml) > kMaxXmlNesting) {
    throw DataError("malformed " + what + " nests elements more than " +
                    std::to_string(kMaxXmlNesting) + " deep");
  }
  return xml;
}

}  // namespace concord
