// Akoma Ntoso reader: the XML in which the UN publishes its resolutions and decisions (AKN4UN)
// to blocks, with <num> as labels and the FRBR identification as metadata.
#include <cctype>
#include <charconv>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "concord/indexer/document_readers.hpp"
#include "metadata_fields.hpp"
#include "xml_parsing.hpp"

namespace concord {
namespace {

// The first element named `name` under `node` whose refersTo is `refers_to` (any when empty).
pugi::xml_node descendant(const pugi::xml_node& node, std::string_view name,
                          std::string_view refers_to = {}) {
  return node.find_node([&](const pugi::xml_node& n) {
    return n.type() == pugi::node_element && local_name(n) == name &&
           (refers_to.empty() || std::string_view(n.attribute("refersTo").value()) == refers_to);
  });
}

// Footnotes (the UN's are mostly document symbols), the logo and the metadata are no text.
bool is_left_out(std::string_view name) {
  return name == "meta" || name == "authorialNote" || name == "img" || name == "noteRef";
}

// The text of `node` and everything in it but left-out elements; a line break is a space.
void append_text(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out += c.value();
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = local_name(c);
    if (is_left_out(name)) continue;
    if (name == "eol" || name == "br") {
      out += ' ';
      continue;
    }
    // "on<docDate>17 October 2025</docDate>": the markup joins the date to the word before.
    if (name == "docDate" && !out.empty() &&
        std::isalpha(static_cast<unsigned char>(out.back())) != 0)
      out += ' ';
    append_text(c, out);
  }
}

std::string text_of(const pugi::xml_node& node) {
  std::string text;
  append_text(node, text);
  return collapse_whitespace(text);
}

// Every <p>, <heading> and <subheading> outside the metadata is one block, and so is every
// list: "Calls upon the two leaders to:" and its points "(a) ...;" are one paragraph of the
// resolution, as the UN numbers them and as its text files print them. A <num> ("1.") labels
// the first block after it in its paragraph; blocks of the preface (the resolution's number
// and title) and headings are headings.
class BlockCollector {
 public:
  void walk(const pugi::xml_node& node, bool in_preface) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = local_name(c);
      if (is_left_out(name)) continue;
      if (name == "num") {
        label_ = text_of(c);
      } else if (name == "p" || name == "heading" || name == "subheading") {
        add(text_of(c), in_preface || name != "p");
      } else if (name == "list" || name == "blockList") {
        std::string text;
        append_list(c, text);
        add(collapse_whitespace(text), in_preface);
      } else {
        walk(c, in_preface || name == "preface");
      }
    }
  }

  std::vector<TextBlock> take_blocks() { return std::move(blocks_); }

 private:
  // A list's intro, its points each after its number ("(a) To consider ...;"), sublists
  // inside their point, and its closing words.
  static void append_list(const pugi::xml_node& node, std::string& out) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = local_name(c);
      if (is_left_out(name)) continue;
      if (name == "num") {
        out += ' ';
        append_text(c, out);
        out += ' ';
      } else if (name == "p" || name == "heading" || name == "subheading") {
        out += ' ';
        append_text(c, out);
      } else {
        append_list(c, out);
      }
    }
  }

  void add(std::string text, bool heading) {
    if (text.empty()) return;
    blocks_.push_back(
        TextBlock{std::move(text), heading ? BlockHint::Heading : BlockHint::None, label_});
    label_.clear();
  }

  std::vector<TextBlock> blocks_;
  std::string label_;
};

// The statement's date: the work's adoption date, else any date of the work that is one.
std::optional<std::string> work_date(const pugi::xml_node& work) {
  std::optional<std::string> any;
  for (pugi::xml_node d = work.first_child(); d; d = d.next_sibling()) {
    if (local_name(d) != "FRBRdate") continue;
    const std::string date = d.attribute("date").value();
    if (!is_calendar_date(date)) continue;
    if (std::string_view(d.attribute("name").value()) == "adoption") return date;
    if (!any) any = date;
  }
  return any;
}

// The UN organ an author reference names ("ga", "#unsc"), as the cover page would name it.
std::optional<std::string> organ_of_author(std::string_view href) {
  if (href.starts_with('#')) href.remove_prefix(1);
  if (href == "ga" || href == "unga") return "General Assembly";
  if (href == "sc" || href == "unsc") return "Security Council";
  if (href == "ecosoc") return "Economic and Social Council";
  return std::nullopt;
}

// The record's outcome in words: "adoptedRecordedVote" -> "recorded vote", "VOTING BY MAIL"
// -> "vote by mail"; another name is split at its capitals and lower-cased.
std::string outcome_in_words(std::string_view outcome) {
  if (outcome == "adoptedWithoutVote") return "without a vote";
  if (outcome == "adoptedRecordedVote") return "recorded vote";
  if (outcome == "VOTING BY MAIL") return "vote by mail";
  std::string words;
  for (std::size_t i = 0; i < outcome.size(); ++i) {
    const char c = outcome[i];
    const bool capital = std::isupper(static_cast<unsigned char>(c)) != 0;
    const bool after_lower = i > 0 && std::islower(static_cast<unsigned char>(outcome[i - 1])) != 0;
    if (capital && after_lower) words.push_back(' ');
    words.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return collapse_whitespace(words);
}

std::optional<VotePosition> position_of(std::string_view refers_to) {
  if (refers_to.starts_with('#')) refers_to.remove_prefix(1);
  if (refers_to == "inFavour" || refers_to == "inFavor") return VotePosition::InFavour;
  if (refers_to == "against") return VotePosition::Against;
  if (refers_to == "abstaining" || refers_to == "abstention") return VotePosition::Abstaining;
  return std::nullopt;
}

void collect_voters(const pugi::xml_node& node, std::vector<std::string>& members) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (local_name(c) == "organization" || local_name(c) == "person") {
      const std::string name = text_of(c);
      if (find_invalid_utf8(name) != name.size())
        throw DataError("invalid UTF-8 in the vote of the XML");
      if (!name.empty()) members.push_back(to_nfc(name));
    } else {
      collect_voters(c, members);
    }
  }
}

// The adoption vote of meta/analysis/parliamentary/voting: the outcome, and each side's count
// ("015" in the Security Council's records) with the members voting that way. A side the
// record leaves out had no votes: the Council's unanimous votes list no "against".
std::optional<Vote> read_vote(const pugi::xml_node& document) {
  const pugi::xml_node voting =
      child(child(child(child(document, "meta"), "analysis"), "parliamentary"), "voting");
  if (!voting) return std::nullopt;
  const std::string_view outcome = voting.attribute("outcome").value();
  if (find_invalid_utf8(outcome) != outcome.size())
    throw DataError("invalid UTF-8 in the vote of the XML");
  Vote vote;
  vote.outcome = outcome_in_words(outcome);
  bool counted = false;
  for (pugi::xml_node count = voting.first_child(); count; count = count.next_sibling()) {
    if (local_name(count) != "count") continue;
    const auto position = position_of(count.attribute("refersTo").value());
    if (!position) continue;
    VoteCount& side = vote.side(*position);
    collect_voters(count, side.members);
    const std::string_view value = count.attribute("value").value();
    std::size_t number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    side.count =
        error == std::errc() && end == value.data() + value.size() ? number : side.members.size();
    counted = true;
  }
  if (!counted && vote.outcome.empty()) return std::nullopt;
  return vote;
}

// Metadata as the plain-text reader finds it on the cover page of the same document, so that
// a resolution read from its XML and from its text is one statement.
DocumentMetadata read_metadata(const pugi::xml_node& document) {
  DocumentMetadata metadata;
  const pugi::xml_node identification = child(child(document, "meta"), "identification");
  const pugi::xml_node work = child(identification, "FRBRWork");
  const pugi::xml_node cover = child(document, "coverPage");

  metadata.date = work_date(work);
  if (!metadata.date) {
    if (const auto date = descendant(cover, "docDate"); date) {
      const std::string value = date.attribute("date").value();
      if (is_calendar_date(value)) metadata.date = value;
    }
  }
  const pugi::xml_node language = child(child(identification, "FRBRExpression"), "FRBRlanguage");
  if (language) metadata.language = parse_language(language.attribute("language").value());

  pugi::xml_node symbol = descendant(cover, "docNumber", "#symbol");
  if (!symbol) symbol = descendant(cover, "docNumber");
  if (symbol) {
    if (std::string text = text_of(symbol); !text.empty()) metadata.symbol = std::move(text);
  }

  std::optional<std::string> organ;
  if (const pugi::xml_node issuer = descendant(cover, "docAuthority", "#issuingBody"); issuer) {
    organ = text_of(issuer);
  } else if (const pugi::xml_node author = child(work, "FRBRauthor"); author) {
    organ = organ_of_author(author.attribute("href").value());
  }
  if (organ && !organ->empty()) {
    const bool un_organ = *organ == "General Assembly" || *organ == "Security Council" ||
                          *organ == "Economic and Social Council";
    metadata.body = un_organ ? "United Nations " + *organ : *organ;
  }

  // A General Assembly resolution names itself in its preface ("74/7. Necessity of ..."), a
  // Security Council resolution on its cover page ("Resolution 2794 (2025)").
  if (const pugi::xml_node preface_title = descendant(child(document, "preface"), "p");
      preface_title) {
    metadata.title = text_of(preface_title);
  } else if (const pugi::xml_node number = descendant(cover, "docTitle", "#resolutionNumber");
             number) {
    metadata.title = text_of(number);
  } else if (const pugi::xml_node title = descendant(document, "docTitle"); title) {
    metadata.title = text_of(title);
  }
  if (metadata.title && metadata.title->empty()) metadata.title.reset();
  metadata.vote = read_vote(document);
  return metadata;
}

}  // namespace

bool looks_like_akoma_ntoso(std::string_view bytes) {
  return bytes.substr(0, 4096).find("akomaNtoso") != std::string_view::npos;
}

ExtractedDocument read_akoma_ntoso(std::string_view bytes) {
  const pugi::xml_document xml = parse_xml(bytes, "XML");
  const pugi::xml_node root = xml.document_element();
  if (local_name(root) != "akomaNtoso") {
    throw DataError("an XML file that is not Akoma Ntoso: its root element is <" +
                    std::string(local_name(root)) + ">, not <akomaNtoso>");
  }
  // The root holds one document: a statement, an act, a bill, a judgment, a doc ...
  pugi::xml_node document;
  for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element) {
      document = c;
      break;
    }
  }
  if (!document) throw DataError("Akoma Ntoso XML without a document in it");

  ExtractedDocument extracted;
  extracted.metadata = read_metadata(document);
  BlockCollector collector;
  collector.walk(document, false);
  extracted.blocks = collector.take_blocks();
  // pugixml hands text over as it found it: bytes that are no UTF-8 stay what they were.
  for (const TextBlock& block : extracted.blocks) {
    if (const std::size_t bad = find_invalid_utf8(block.text); bad != block.text.size())
      throw DataError("invalid UTF-8 in the text of the XML");
  }
  return extracted;
}

}  // namespace concord
