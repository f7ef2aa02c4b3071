// HTML reader: gumbo's tree to blocks, with page boilerplate (menus, banners, footers) left out.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/engine/text.hpp"
#include "concord/indexer/document_readers.hpp"
#include "emphasised_headings.hpp"
#include "metadata_fields.hpp"

namespace concord {
namespace {

struct OutputDeleter {
  void operator()(GumboOutput* output) const noexcept {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};
using OutputPtr = std::unique_ptr<GumboOutput, OutputDeleter>;

// Windows-1252 code points for bytes 0x80..0x9F; the rest of the range is Latin-1.
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Gumbo only reads UTF-8; older pages saved as Windows-1252 would otherwise yield invalid UTF-8.
std::string windows1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b >= 0x80 && b < 0xA0) {
      append_utf8(out, kCp1252High[b - 0x80]);
    } else {
      append_utf8(out, b);
    }
  }
  return out;
}

std::string_view attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? std::string_view(a->value) : std::string_view();
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

bool is_heading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

// Elements whose content never belongs to the statement, wherever they occur.
bool is_boilerplate_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Elements that start a new block; text outside them is inline and joins its neighbours.
bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

// Class and id words that page templates use for menus, banners and share buttons. Whole
// words only: "navigation-bar" matches, "navarra" does not.
bool names_boilerplate(std::string_view value, bool inside_content) {
  static constexpr std::array<std::string_view, 17> kWords{
      "nav",         "navbar",  "navigation", "menu",    "menubar", "breadcrumb",
      "breadcrumbs", "cookie",  "cookies",    "consent", "footer",  "header",
      "masthead",    "sidebar", "share",      "sharing", "social"};
  std::size_t i = 0;
  while (i < value.size()) {
    std::size_t j = i;
    // Words split at punctuation and at lower-to-upper case changes ("cookieBanner").
    while (j < value.size() && std::isalnum(static_cast<unsigned char>(value[j])) &&
           !(j > i && std::isupper(static_cast<unsigned char>(value[j])) &&
             std::islower(static_cast<unsigned char>(value[j - 1])))) {
      ++j;
    }
    if (j > i) {
      const std::string word = to_lower(value.substr(i, j - i));
      for (const std::string_view w : kWords) {
        // Inside <main> or <article> a "header" block is usually the statement's own title.
        if (word == w && !(inside_content && w == "header")) return true;
      }
    }
    i = j == i ? i + 1 : j;
  }
  return false;
}

// ARIA landmark roles that mark the same boilerplate as <nav>, <header>, <footer>, <aside>.
bool is_boilerplate_role(std::string_view role) {
  return role == "navigation" || role == "banner" || role == "contentinfo" ||
         role == "complementary" || role == "search" || role == "menu" || role == "menubar" ||
         role == "dialog" || role == "alertdialog";
}

bool contains_content_element(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE) return true;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (contains_content_element(static_cast<const GumboNode*>(children.data[i]))) return true;
  }
  return false;
}

struct Walker {
  bool use_class_heuristic = true;
  std::vector<TextBlock> blocks;
  std::string pending;
  std::vector<GumboTag> open_blocks;
  // Whether the pending block's words are in bold (<strong>, <b>), outside it, or both:
  // "<p><strong>4. Support to stop the war</strong></p>" is a section heading.
  int bold_depth = 0;
  bool pending_in_bold = false;
  bool pending_outside_bold = false;

  bool is_dropped(const GumboNode* node, bool inside_content) const {
    const GumboTag tag = node->v.element.tag;
    if (is_boilerplate_tag(tag)) return true;
    // An <header> inside the statement holds its title; the page's own header does not.
    if (tag == GUMBO_TAG_HEADER && !inside_content) return true;
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN ||
        tag == GUMBO_TAG_ARTICLE) {
      return false;
    }
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
    const bool by_role = is_boilerplate_role(attribute(node, "role"));
    const bool by_name =
        use_class_heuristic && (names_boilerplate(attribute(node, "class"), inside_content) ||
                                names_boilerplate(attribute(node, "id"), inside_content));
    // A wrapper such as <div class="has-sidebar"> may hold the whole statement.
    return (by_role || by_name) && !contains_content_element(node);
  }

  void flush() {
    std::string text = collapse_whitespace(pending);
    const bool wholly_bold = pending_in_bold && !pending_outside_bold;
    pending.clear();
    pending_in_bold = pending_outside_bold = false;
    if (text.empty()) return;
    const bool heading = (!open_blocks.empty() && is_heading(open_blocks.back())) ||
                         (wholly_bold && bold_block_is_heading(text));
    blocks.push_back({std::move(text), heading ? BlockHint::Heading : BlockHint::None, {}});
  }

  void walk(const GumboNode* node, bool inside_content) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE: {
        const std::string_view text = node->v.text.text;
        pending.append(text);
        if (text.find_first_not_of(" \t\r\n\f") != std::string_view::npos)
          (bold_depth > 0 ? pending_in_bold : pending_outside_bold) = true;
        return;
      }
      case GUMBO_NODE_ELEMENT:
        break;
      default:
        return;
    }
    if (is_dropped(node, inside_content)) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_WBR) {
      // "<p><strong>Peace and Stability</strong><br>We discussed ...": the bold title before
      // the line break is its section's heading, not the paragraph's first words.
      if (tag == GUMBO_TAG_BR && bold_depth == 0 && pending_in_bold && !pending_outside_bold &&
          bold_block_is_heading(collapse_whitespace(pending))) {
        flush();
        return;
      }
      // <wbr> marks a break opportunity inside a word, so it adds nothing.
      if (tag == GUMBO_TAG_BR) pending.push_back(' ');
      return;
    }
    const bool block = is_block_tag(tag);
    if (block) {
      flush();
      open_blocks.push_back(tag);
    }
    const bool content = inside_content || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE;
    const bool bold = tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_B;
    bold_depth += bold ? 1 : 0;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      walk(static_cast<const GumboNode*>(children.data[i]), content);
    }
    bold_depth -= bold ? 1 : 0;
    if (block) {
      flush();
      open_blocks.pop_back();
    }
  }
};

std::string text_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    return node->v.text.text;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  std::string out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    out += text_of(static_cast<const GumboNode*>(children.data[i]));
    if (is_element(static_cast<const GumboNode*>(children.data[i]), GUMBO_TAG_BR)) out += ' ';
  }
  return out;
}

// Elements of the given tag in document order, not descending into matches or into
// boilerplate that is dropped whatever the class heuristic says.
void find_elements(const GumboNode* node, GumboTag tag, std::vector<const GumboNode*>& found) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (node->v.element.tag == tag) {
    found.push_back(node);
    return;
  }
  if (is_boilerplate_tag(node->v.element.tag)) return;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    find_elements(static_cast<const GumboNode*>(children.data[i]), tag, found);
  }
}

const GumboNode* find_first(const GumboNode* node, GumboTag tag) {
  std::vector<const GumboNode*> found;
  find_elements(node, tag, found);
  return found.empty() ? nullptr : found.front();
}

// The subtrees that hold the statement: <main>, else the top-level <article>s, else <body>.
std::vector<const GumboNode*> content_roots(const GumboNode* root) {
  std::vector<const GumboNode*> roots;
  find_elements(root, GUMBO_TAG_MAIN, roots);
  if (!roots.empty()) return {roots.front()};
  find_elements(root, GUMBO_TAG_ARTICLE, roots);
  if (!roots.empty()) return roots;
  if (const GumboNode* body = find_first(root, GUMBO_TAG_BODY)) return {body};
  return {root};
}

std::vector<TextBlock> extract_blocks(const std::vector<const GumboNode*>& roots,
                                      bool use_class_heuristic) {
  Walker walker;
  walker.use_class_heuristic = use_class_heuristic;
  for (const GumboNode* root : roots) {
    const bool content = is_element(root, GUMBO_TAG_MAIN) || is_element(root, GUMBO_TAG_ARTICLE);
    walker.walk(root, content);
    walker.flush();
  }
  return std::move(walker.blocks);
}

void read_head_metadata(const GumboNode* head, DocumentMetadata& metadata) {
  const GumboVector& children = head->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (is_element(child, GUMBO_TAG_TITLE)) {
      std::string title = collapse_whitespace(text_of(child));
      if (!title.empty() && !metadata.title) metadata.title = std::move(title);
    } else if (is_element(child, GUMBO_TAG_META)) {
      std::string name = to_lower(attribute(child, "name"));
      if (name.empty()) name = to_lower(attribute(child, "property"));
      const std::string_view content = attribute(child, "content");
      if (name == "date" || name == "dcterms.date" || name == "dc.date" ||
          name == "dcterms.created" || name == "article:published_time") {
        if (!metadata.date) metadata.date = parse_date(content);
      } else if (name == "language" || name == "dc.language" || name == "dcterms.language") {
        if (!metadata.language) metadata.language = parse_language(content);
      }
    }
  }
}

// Deeper than this, a page is not a statement: the walks below recurse once per level, and
// gumbo's time grows with the square of the depth (20,000 nested <div> took 0.7 s, 50,000
// took 9 s).
constexpr std::size_t kMaxHtmlNesting = 1000;

// An upper estimate of how deeply the elements of `html` nest, read from its tags before
// gumbo builds a tree of that depth: void elements and those whose end tag may be left out
// ("<p>", "<li>", "<td>") are not counted, nor is the text of scripts, styles and comments.
std::size_t estimated_nesting(std::string_view html) {
  static constexpr std::array<std::string_view, 34> kUncounted{
      "area",    "base",  "br",     "col",    "embed",    "hr",    "img",   "input", "link",
      "meta",    "param", "source", "track",  "wbr",      "p",     "li",    "dt",    "dd",
      "tr",      "td",    "th",     "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
      "caption", "rb",    "rt",     "rtc",    "rp",       "html",  "body"};
  std::size_t depth = 0, deepest = 0, i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t start = i + (closing ? 2 : 1), end = start;
    while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])) != 0 ||
                                 html[end] == '-' || html[end] == ':'))
      ++end;
    std::string name(html.substr(start, end - start));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t close = html.find('>', end);
    if (close == std::string_view::npos) break;
    i = close + 1;
    if (name.empty() ||
        std::find(kUncounted.begin(), kUncounted.end(), std::string_view(name)) != kUncounted.end())
      continue;
    if (closing) {
      depth -= depth > 0 ? 1 : 0;
    } else if (html[close - 1] != '/') {
      deepest = std::max(deepest, ++depth);
      if (name == "script" || name == "style") {
        const std::size_t end_tag = html.find("</" + name, i);
        if (end_tag == std::string_view::npos) break;
        i = end_tag;
      }
    }
  }
  return deepest;
}

// How deeply the elements under `root` nest, found without recursion.
std::size_t nesting_depth(const GumboNode* root) {
  std::size_t deepest = 0;
  std::vector<std::pair<const GumboNode*, std::size_t>> pending{{root, 0}};
  while (!pending.empty()) {
    const auto [node, depth] = pending.back();
    pending.pop_back();
    deepest = std::max(deepest, depth);
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
      pending.emplace_back(static_cast<const GumboNode*>(children.data[i]), depth + 1);
  }
  return deepest;
}

}  // namespace

ExtractedDocument read_html(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string transcoded;
  if (!is_valid_utf8(bytes)) {
    transcoded = windows1252_to_utf8(bytes);
    bytes = transcoded;
  }
  const std::string too_deep =
      "malformed HTML: elements nest more than " + std::to_string(kMaxHtmlNesting) + " deep";
  // The estimate counts tags that gumbo may close early; five times the limit still stops a
  // page whose parse would take minutes.
  if (estimated_nesting(bytes) > 5 * kMaxHtmlNesting) throw DataError(too_deep);
  const OutputPtr output(
      gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size()));
  if (!output) throw DataError("malformed HTML: cannot be parsed");
  const GumboNode* root = output->root;
  if (nesting_depth(root) > kMaxHtmlNesting) throw DataError(too_deep);

  ExtractedDocument document;
  if (root->type == GUMBO_NODE_ELEMENT) {
    if (auto language = parse_language(attribute(root, "lang"))) {
      document.metadata.language = std::move(language);
    }
    const GumboVector& children = root->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (is_element(child, GUMBO_TAG_HEAD)) read_head_metadata(child, document.metadata);
    }
  }

  const std::vector<const GumboNode*> roots = content_roots(root);
  std::vector<std::vector<const GumboNode*>> attempts{roots};
  if (const GumboNode* body = find_first(root, GUMBO_TAG_BODY); body && roots.front() != body) {
    attempts.push_back({body});
  }
  // Class names are only a guess and <main> may be an empty shell: when either hides
  // everything, the guess was wrong.
  for (const auto& attempt : attempts) {
    for (const bool use_class_heuristic : {true, false}) {
      if (document.blocks.empty()) document.blocks = extract_blocks(attempt, use_class_heuristic);
    }
  }
  if (document.blocks.empty()) throw DataError("no text found in HTML");

  for (const GumboNode* content : roots) {
    if (document.metadata.title) break;
    if (const GumboNode* h1 = find_first(content, GUMBO_TAG_H1)) {
      std::string title = collapse_whitespace(text_of(h1));
      if (!title.empty()) document.metadata.title = std::move(title);
    }
  }
  return document;
}

}  // namespace concord
