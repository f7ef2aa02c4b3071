// DOCX reader: word/document.xml paragraphs to blocks, with Word's list numbers as labels.
#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "concord/indexer/document_readers.hpp"
#include "emphasised_headings.hpp"
#include "metadata_fields.hpp"
#include "xml_parsing.hpp"

namespace concord {
namespace {

/// Larger parts are refused rather than inflated: a zip bomb must not exhaust memory.
constexpr zip_uint64_t kMaxPartSize = zip_uint64_t{512} << 20;

/// Word numbers list levels 0 to 8.
constexpr int kLevels = 9;

struct ArchiveCloser {
  // The archive is only read, so there is nothing to write back.
  void operator()(zip_t* archive) const noexcept { zip_discard(archive); }
};
struct FileCloser {
  void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};
using ArchivePtr = std::unique_ptr<zip_t, ArchiveCloser>;
using FilePtr = std::unique_ptr<zip_file_t, FileCloser>;

std::string lower_ascii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

ArchivePtr open_archive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source != nullptr ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (archive == nullptr) {
    // On failure the source still belongs to us.
    if (source != nullptr) zip_source_free(source);
    const std::string reason = zip_error_code_zip(&error) == ZIP_ER_NOZIP
                                   ? std::string("not a zip archive")
                                   : lower_ascii(zip_error_strerror(&error));
    zip_error_fini(&error);
    throw DataError("malformed DOCX: " + reason);
  }
  zip_error_fini(&error);
  return ArchivePtr(archive);
}

// The bytes of one part of the package, or nullopt when the package lacks it.
std::optional<std::string> read_part(zip_t* archive, const char* name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name, ZIP_FL_NOCASE, &stat) != 0) return std::nullopt;
  if ((stat.valid & ZIP_STAT_SIZE) == 0) {
    throw DataError(std::string("malformed DOCX: no size recorded for ") + name);
  }
  if (stat.size > kMaxPartSize) {
    throw DataError(std::string("malformed DOCX: ") + name + " is too large");
  }
  const FilePtr file(zip_fopen(archive, name, ZIP_FL_NOCASE));
  if (!file) throw DataError(std::string("malformed DOCX: cannot open ") + name);
  std::string data(static_cast<std::size_t>(stat.size), '\0');
  zip_uint64_t done = 0;
  while (done < stat.size) {
    const zip_int64_t n = zip_fread(file.get(), data.data() + done, stat.size - done);
    if (n <= 0) throw DataError(std::string("malformed DOCX: cannot read ") + name);
    done += static_cast<zip_uint64_t>(n);
  }
  return data;
}

pugi::xml_document parse_part(const std::string& data, const char* name) {
  return parse_xml(data, std::string("DOCX: ") + name);
}

std::string_view attribute(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_attribute& a : node.attributes()) {
    const std::string_view full = a.name();
    const std::size_t colon = full.find(':');
    if ((colon == std::string_view::npos ? full : full.substr(colon + 1)) == name) {
      return a.value();
    }
  }
  return {};
}

std::optional<int> int_attribute(const pugi::xml_node& node, std::string_view name) {
  const std::string_view value = attribute(node, name);
  if (value.empty()) return std::nullopt;
  try {
    return std::stoi(std::string(value));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

/// One level of a list definition in word/numbering.xml.
struct ListLevel {
  int start = 1;
  std::string format = "decimal";
  std::string text;
  bool legal = false;
};

using ListLevels = std::map<int, ListLevel>;

ListLevels read_levels(const pugi::xml_node& parent) {
  ListLevels levels;
  for (const pugi::xml_node& lvl : parent.children()) {
    if (local_name(lvl) != "lvl") continue;
    ListLevel level;
    if (auto start = int_attribute(child(lvl, "start"), "val")) level.start = *start;
    if (const pugi::xml_node format = child(lvl, "numFmt")) {
      level.format = std::string(attribute(format, "val"));
    }
    level.text = std::string(attribute(child(lvl, "lvlText"), "val"));
    level.legal = static_cast<bool>(child(lvl, "isLgl"));
    levels[int_attribute(lvl, "ilvl").value_or(0)] = level;
  }
  return levels;
}

/// A w:num: which abstract definition it uses and where it restarts or redefines levels.
struct ListInstance {
  std::string abstract_id;
  std::map<int, int> start_overrides;
  ListLevels level_overrides;
};

struct Numbering {
  std::map<std::string, ListLevels> abstract_lists;
  std::map<std::string, ListInstance> lists;
};

Numbering read_numbering(const pugi::xml_document& xml) {
  Numbering numbering;
  const pugi::xml_node root = xml.document_element();
  for (const pugi::xml_node& node : root.children()) {
    if (local_name(node) == "abstractNum") {
      numbering.abstract_lists[std::string(attribute(node, "abstractNumId"))] = read_levels(node);
    } else if (local_name(node) == "num") {
      ListInstance list;
      list.abstract_id = std::string(attribute(child(node, "abstractNumId"), "val"));
      for (const pugi::xml_node& over : node.children()) {
        if (local_name(over) != "lvlOverride") continue;
        const int ilvl = int_attribute(over, "ilvl").value_or(0);
        if (auto start = int_attribute(child(over, "startOverride"), "val")) {
          list.start_overrides[ilvl] = *start;
        }
        for (auto& [i, level] : read_levels(over)) list.level_overrides[i] = level;
      }
      numbering.lists[std::string(attribute(node, "numId"))] = list;
    }
  }
  return numbering;
}

std::string to_roman(int n) {
  static constexpr std::array<int, 13> kValues{1000, 900, 500, 400, 100, 90, 50,
                                               40,   10,  9,   5,   4,   1};
  static constexpr std::array<std::string_view, 13> kNumerals{
      "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
  std::string out;
  for (std::size_t i = 0; i < kValues.size(); ++i) {
    for (; n >= kValues[i]; n -= kValues[i]) out += kNumerals[i];
  }
  return out;
}

std::string upper_ascii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// Renders a counter the way Word does: letters past "z" repeat ("aa", "bb").
std::string format_number(int n, const std::string& format) {
  if (n > 0 && (format == "lowerLetter" || format == "upperLetter")) {
    const std::string letters(static_cast<std::size_t>((n - 1) / 26 + 1),
                              static_cast<char>('a' + (n - 1) % 26));
    return format == "upperLetter" ? upper_ascii(letters) : letters;
  }
  if (n > 0 && n < 4000 && (format == "lowerRoman" || format == "upperRoman")) {
    return format == "upperRoman" ? upper_ascii(to_roman(n)) : to_roman(n);
  }
  if (format == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
  return std::to_string(n);
}

/// Counters of the lists met so far, which turn w:numPr references into labels.
class ListCounter {
 public:
  explicit ListCounter(Numbering numbering) : numbering_(std::move(numbering)) {}

  /// The label of the next paragraph of list `num_id` at `ilvl`; empty for bullets.
  std::string next_label(const std::string& num_id, int ilvl) {
    const auto list = numbering_.lists.find(num_id);
    if (list == numbering_.lists.end() || ilvl < 0 || ilvl >= kLevels) return {};
    // Lists that share an abstract definition continue one another's numbering, as in Word,
    // unless a w:num restarts a level.
    State& state = states_[list->second.abstract_id];
    if (used_.insert(num_id).second) {
      for (const auto& [level, start] : list->second.start_overrides) {
        if (level >= 0 && level < kLevels) state.started[static_cast<std::size_t>(level)] = false;
      }
    }
    const auto index = static_cast<std::size_t>(ilvl);
    if (state.started[index]) {
      ++state.value[index];
    } else {
      state.value[index] = start_of(list->second, ilvl);
      state.started[index] = true;
    }
    for (std::size_t deeper = index + 1; deeper < kLevels; ++deeper) state.started[deeper] = false;

    const ListLevel* level = level_of(list->second, ilvl);
    if (level == nullptr || level->format == "bullet" || level->format == "none") return {};
    std::string label;
    for (std::size_t i = 0; i < level->text.size(); ++i) {
      const char c = level->text[i];
      if (c == '%' && i + 1 < level->text.size() && level->text[i + 1] >= '1' &&
          level->text[i + 1] <= '9') {
        const int referenced = level->text[++i] - '1';
        const auto r = static_cast<std::size_t>(referenced);
        const int value = state.started[r] ? state.value[r] : start_of(list->second, referenced);
        const ListLevel* format_level = level_of(list->second, referenced);
        const std::string format =
            format_level == nullptr || level->legal ? std::string("decimal") : format_level->format;
        label += format_number(value, format);
      } else {
        label.push_back(c);
      }
    }
    return collapse_whitespace(label);
  }

 private:
  struct State {
    std::array<int, kLevels> value{};
    std::array<bool, kLevels> started{};
  };

  const ListLevel* level_of(const ListInstance& list, int ilvl) const {
    if (auto it = list.level_overrides.find(ilvl); it != list.level_overrides.end()) {
      return &it->second;
    }
    const auto abstract = numbering_.abstract_lists.find(list.abstract_id);
    if (abstract == numbering_.abstract_lists.end()) return nullptr;
    const auto it = abstract->second.find(ilvl);
    return it == abstract->second.end() ? nullptr : &it->second;
  }

  int start_of(const ListInstance& list, int ilvl) const {
    if (auto it = list.start_overrides.find(ilvl); it != list.start_overrides.end()) {
      return it->second;
    }
    const ListLevel* level = level_of(list, ilvl);
    return level != nullptr ? level->start : 1;
  }

  Numbering numbering_;
  std::map<std::string, State> states_;
  std::set<std::string> used_;
};

/// What word/styles.xml says about a paragraph style.
struct ParagraphStyle {
  std::string name;
  std::string based_on;
  std::string num_id;
  int ilvl = 0;
};

std::map<std::string, ParagraphStyle> read_styles(const pugi::xml_document& xml) {
  std::map<std::string, ParagraphStyle> styles;
  for (const pugi::xml_node& node : xml.document_element().children()) {
    if (local_name(node) != "style") continue;
    ParagraphStyle style;
    style.name = std::string(attribute(child(node, "name"), "val"));
    style.based_on = std::string(attribute(child(node, "basedOn"), "val"));
    const pugi::xml_node num = child(child(node, "pPr"), "numPr");
    style.num_id = std::string(attribute(child(num, "numId"), "val"));
    style.ilvl = int_attribute(child(num, "ilvl"), "val").value_or(0);
    styles[std::string(attribute(node, "styleId"))] = style;
  }
  return styles;
}

bool is_heading_style(std::string_view id, const std::map<std::string, ParagraphStyle>& styles) {
  auto heading_word = [](std::string_view s) {
    const std::string lower = lower_ascii(std::string(s));
    return lower.starts_with("heading") || lower.starts_with("title");
  };
  if (heading_word(id)) return true;
  const auto style = styles.find(std::string(id));
  return style != styles.end() && heading_word(style->second.name);
}

// Parts of a paragraph that hold none of its text: tab stops in w:pPr, run properties, text
// boxes (read as paragraphs of their own), the fallback copy of drawings, moved-away and
// deleted text.
bool holds_no_paragraph_text(std::string_view name) {
  return name == "pPr" || name == "rPr" || name == "txbxContent" || name == "Fallback" ||
         name == "moveFrom" || name == "del";
}

// Text of a paragraph's runs.
void append_run_text(const pugi::xml_node& node, std::string& out) {
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = local_name(c);
    if (name == "t") {
      out += c.child_value();
    } else if (name == "tab" || name == "br" || name == "cr") {
      out += ' ';
    } else if (name == "noBreakHyphen") {
      out += '-';
    } else if (!holds_no_paragraph_text(name)) {
      append_run_text(c, out);
    }
  }
}

// Whether a run's own properties set it in bold: <w:b/>, or <w:b w:val="1"/> but not "0".
bool run_is_bold(const pugi::xml_node& run) {
  const pugi::xml_node bold = child(child(run, "rPr"), "b");
  if (!bold) return false;
  const std::string_view value = attribute(bold, "val");
  return value != "0" && value != "false" && value != "off";
}

// Counts the runs under `node` that hold words, and those of them in bold; the same parts
// of a paragraph as append_run_text reads.
void count_bold_runs(const pugi::xml_node& node, int& with_words, int& bold) {
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = local_name(c);
    if (name == "r") {
      const std::string_view text = child(c, "t").child_value();
      if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
      ++with_words;
      bold += run_is_bold(c) ? 1 : 0;
    } else if (!holds_no_paragraph_text(name)) {
      count_bold_runs(c, with_words, bold);
    }
  }
}

// "4. Support to stop the war of aggression" typed in bold in a paragraph of the Normal
// style is a section heading all the same.
bool is_bold_heading(const pugi::xml_node& paragraph, std::string_view text) {
  int with_words = 0, bold = 0;
  count_bold_runs(paragraph, with_words, bold);
  return with_words > 0 && bold == with_words && bold_block_is_heading(text);
}

class BodyReader {
 public:
  BodyReader(ListCounter& counter, const std::map<std::string, ParagraphStyle>& styles)
      : counter_(counter), styles_(styles) {}

  /// Finds the paragraphs under `node` in document order, including those of tables and
  /// text boxes.
  void walk(const pugi::xml_node& node) {
    for (const pugi::xml_node& c : node.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = local_name(c);
      if (name == "Fallback") continue;
      if (name == "p") read_paragraph(c);
      walk(c);
    }
  }

  std::vector<TextBlock> blocks;
  std::optional<std::string> title_paragraph;

 private:
  void read_paragraph(const pugi::xml_node& p) {
    const pugi::xml_node properties = child(p, "pPr");
    const std::string style_id(attribute(child(properties, "pStyle"), "val"));
    std::string num_id;
    int ilvl = 0;
    if (const pugi::xml_node num = child(properties, "numPr")) {
      num_id = std::string(attribute(child(num, "numId"), "val"));
      ilvl = int_attribute(child(num, "ilvl"), "val").value_or(0);
    } else {
      // Numbered heading styles carry w:numPr in styles.xml instead.
      std::string id = style_id;
      for (int depth = 0; depth < 10 && !id.empty() && num_id.empty(); ++depth) {
        const auto style = styles_.find(id);
        if (style == styles_.end()) break;
        num_id = style->second.num_id;
        ilvl = style->second.ilvl;
        id = style->second.based_on;
      }
    }
    // numId 0 switches numbering off; the counter still advances for empty numbered lines.
    std::string label;
    if (!num_id.empty() && num_id != "0") label = counter_.next_label(num_id, ilvl);

    std::string raw;
    append_run_text(p, raw);
    std::string text = collapse_whitespace(raw);
    if (text.empty()) return;
    const bool heading =
        (!style_id.empty() && is_heading_style(style_id, styles_)) || is_bold_heading(p, text);
    if (!title_paragraph && lower_ascii(style_id) == "title") title_paragraph = text;
    blocks.push_back(
        {std::move(text), heading ? BlockHint::Heading : BlockHint::None, std::move(label)});
  }

  ListCounter& counter_;
  const std::map<std::string, ParagraphStyle>& styles_;
};

void read_core_properties(const pugi::xml_document& xml, DocumentMetadata& metadata) {
  for (const pugi::xml_node& node : xml.document_element().children()) {
    const std::string_view name = local_name(node);
    const std::string value = collapse_whitespace(node.child_value());
    if (value.empty()) continue;
    if (name == "title") {
      metadata.title = value;
    } else if (name == "language") {
      metadata.language = parse_language(value);
    } else if (name == "created") {
      metadata.date = parse_date(value);
    }
  }
}

}  // namespace

ExtractedDocument read_docx(std::string_view bytes) {
  const ArchivePtr archive = open_archive(bytes);
  const std::optional<std::string> body = read_part(archive.get(), "word/document.xml");
  if (!body) throw DataError("malformed DOCX: no word/document.xml");
  const pugi::xml_document document_xml = parse_part(*body, "word/document.xml");

  Numbering numbering;
  if (const auto part = read_part(archive.get(), "word/numbering.xml")) {
    numbering = read_numbering(parse_part(*part, "word/numbering.xml"));
  }
  std::map<std::string, ParagraphStyle> styles;
  if (const auto part = read_part(archive.get(), "word/styles.xml")) {
    styles = read_styles(parse_part(*part, "word/styles.xml"));
  }

  ListCounter counter(std::move(numbering));
  BodyReader reader(counter, styles);
  reader.walk(child(document_xml.document_element(), "body"));

  ExtractedDocument document;
  if (const auto part = read_part(archive.get(), "docProps/core.xml")) {
    read_core_properties(parse_part(*part, "docProps/core.xml"), document.metadata);
  }
  if (!document.metadata.title && reader.title_paragraph) {
    document.metadata.title = reader.title_paragraph;
  }
  document.blocks = std::move(reader.blocks);
  if (document.blocks.empty()) throw DataError("no text found in DOCX");
  return document;
}

}  // namespace concord
