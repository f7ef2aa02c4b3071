// Parsing XML (DOCX parts, Akoma Ntoso) with pugixml, with the limits every reader needs.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace concord {

/// Parses `data`, keeping runs of only white space as text (they separate words). Throws
/// DataError "malformed <what>: <reason> at byte N" for XML that does not parse, and
/// "malformed <what> nests elements more than 1000 deep" for a tree too deep for the readers,
/// which walk it recursively.
[[nodiscard]] pugi::xml_document parse_xml(std::string_view data, const std::string& what);

/// An element's name without its prefix: WordprocessingML writes "w:p" and Akoma Ntoso may
/// write "akn:p" by convention only, so readers match the local part.
[[nodiscard]] std::string_view local_name(const pugi::xml_node& node);

/// The first child element of `node` whose local name is `name`; an empty node when none.
[[nodiscard]] pugi::xml_node child(const pugi::xml_node& node, std::string_view name);

}  // namespace concord
