// HTML pages: the document's own text, without the page around it.
//
// Three passes over gumbo's tree, none recursive (a hostile page may nest deeply):
//  1. sizes: visible text per element, so that a "nav" class on the element holding the whole
//     letter does not throw the letter away, and a layout table is told from a data table;
//  2. render: block elements become lines, data-table rows become lines of tab-separated cells,
//     script/style/nav/footer and elements whose class or id names chrome are skipped;
//  3. choose: the lines are cut at chrome lines (上一篇, 版权所有, link lists) and the run with the
//     most text is the document. Metadata rows (发布时间：…, 索引号：…) become `page` fields.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "formats/formats.h"
#include "formats/page_labels.h"
#include "formats/text_out.h"
#include "text/decode.h"

namespace gongwen::formats {
namespace {

// ---- charset -------------------------------------------------------------------------------

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct CharsetAlias {
  std::string_view declared;
  std::string_view icu;
};
// GB2312 and GBK pages are decoded as GB18030, their superset: pages declaring GB2312 often
// hold GBK characters.
constexpr std::array<CharsetAlias, 10> k_charsets{{{"utf-8", "UTF-8"},
                                                   {"utf8", "UTF-8"},
                                                   {"gb2312", "GB18030"},
                                                   {"gbk", "GB18030"},
                                                   {"gb18030", "GB18030"},
                                                   {"x-gbk", "GB18030"},
                                                   {"cp936", "GB18030"},
                                                   {"big5", "Big5"},
                                                   {"big5-hkscs", "Big5-HKSCS"},
                                                   {"utf-16", "UTF-16LE"}}};

// The charset a page declares in its first bytes: <meta charset="gbk"> or
// <meta http-equiv="Content-Type" content="text/html; charset=gb2312">.
std::string declared_charset(std::string_view bytes) {
  const std::string head = lower(bytes.substr(0, std::min<std::size_t>(bytes.size(), 4096)));
  for (std::size_t m = head.find("<meta"); m != std::string::npos; m = head.find("<meta", m + 5)) {
    const auto end = head.find('>', m);
    const std::string_view tag = std::string_view(head).substr(m, end == std::string::npos ? std::string::npos : end - m);
    const auto c = tag.find("charset");
    if (c == std::string_view::npos) continue;
    std::size_t i = c + 7;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) ++i;
    std::size_t j = i;
    while (j < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == '-' || tag[j] == '_')) ++j;
    const std::string_view name = tag.substr(i, j - i);
    for (const auto& a : k_charsets)
      if (a.declared == name) return std::string(a.icu);
    if (!name.empty()) return std::string(name);
  }
  return {};
}

// ---- tree facts ----------------------------------------------------------------------------

constexpr std::array k_skipped_tags = {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
                                       GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED,    GUMBO_TAG_SVG,
                                       GUMBO_TAG_MATH,   GUMBO_TAG_SELECT, GUMBO_TAG_BUTTON,   GUMBO_TAG_TEXTAREA,
                                       GUMBO_TAG_INPUT,  GUMBO_TAG_CANVAS, GUMBO_TAG_AUDIO,    GUMBO_TAG_VIDEO,
                                       GUMBO_TAG_MAP,    GUMBO_TAG_HEAD,   GUMBO_TAG_NAV,      GUMBO_TAG_ASIDE};
// Skipped unless they hold most of the page's text (an <article><header> holds the title).
constexpr std::array k_chrome_tags = {GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER};

constexpr std::array k_block_tags = {
    GUMBO_TAG_P,       GUMBO_TAG_DIV,     GUMBO_TAG_H1,         GUMBO_TAG_H2,      GUMBO_TAG_H3,     GUMBO_TAG_H4,
    GUMBO_TAG_H5,      GUMBO_TAG_H6,      GUMBO_TAG_LI,         GUMBO_TAG_UL,      GUMBO_TAG_OL,     GUMBO_TAG_DL,
    GUMBO_TAG_DT,      GUMBO_TAG_DD,      GUMBO_TAG_TABLE,      GUMBO_TAG_TR,      GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE,
    GUMBO_TAG_MAIN,    GUMBO_TAG_HEADER,  GUMBO_TAG_FOOTER,     GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE, GUMBO_TAG_CENTER,
    GUMBO_TAG_ADDRESS, GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION, GUMBO_TAG_HR,      GUMBO_TAG_FORM,   GUMBO_TAG_FIELDSET,
    GUMBO_TAG_LEGEND,  GUMBO_TAG_CAPTION, GUMBO_TAG_BODY,       GUMBO_TAG_TD,      GUMBO_TAG_TH};

template <class A>
bool in(const A& tags, GumboTag t) {
  return std::find(tags.begin(), tags.end(), t) != tags.end();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Visible bytes of a text node (ASCII whitespace not counted).
std::size_t visible(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !is_space(c); }));
}

struct Sizes {
  std::size_t text = 0;    // visible text bytes in the subtree
  std::size_t blocks = 0;  // block elements below
  bool table = false;      // a table below
};

// Post-order without recursion.
std::unordered_map<const GumboNode*, Sizes> measure(const GumboNode* root) {
  std::unordered_map<const GumboNode*, Sizes> sizes;
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& kids = f.node->v.element.children;
    if (f.next < kids.length) {
      const auto* kid = static_cast<const GumboNode*>(kids.data[f.next++]);
      if (kid->type == GUMBO_NODE_ELEMENT) {
        stack.push_back({kid, 0});
      } else if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_CDATA) {
        sizes[f.node].text += visible(kid->v.text.text);
      }
      continue;
    }
    const GumboNode* done = f.node;
    stack.pop_back();
    if (stack.empty()) break;
    const Sizes s = sizes[done];
    Sizes& parent = sizes[stack.back().node];
    parent.text += s.text;
    parent.blocks += s.blocks + (in(k_block_tags, done->v.element.tag) ? 1 : 0);
    parent.table = parent.table || s.table || done->v.element.tag == GUMBO_TAG_TABLE;
  }
  return sizes;
}

std::string_view attribute(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

// Class and id split into lower-case tokens ("article_content" -> article, content).
std::vector<std::string> tokens(const GumboNode* n) {
  std::vector<std::string> out;
  for (const char* name : {"class", "id"}) {
    const std::string v = lower(attribute(n, name));
    std::string cur;
    for (char c : v + " ") {
      if (c == ' ' || c == '\t' || c == '\n') {
        if (!cur.empty()) out.push_back(cur);  // the whole name too: trs_editor
        for (std::size_t b = 0, e; b < cur.size(); b = e + 1) {
          e = cur.find_first_of("-_", b);
          if (e == std::string::npos) e = cur.size();
          if (e > b && e - b < cur.size()) out.push_back(cur.substr(b, e - b));
        }
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
  }
  return out;
}

bool hidden(const GumboNode* n) {
  const std::string style = lower(attribute(n, "style"));
  std::string squeezed;
  for (char c : style)
    if (!is_space(c)) squeezed.push_back(c);
  return squeezed.find("display:none") != std::string::npos || gumbo_get_attribute(&n->v.element.attributes, "hidden");
}

// ---- render --------------------------------------------------------------------------------

struct Line {
  std::string text;
  std::size_t chars = 0;  // visible bytes
  std::size_t link = 0;   // of which inside <a>
};

bool wide(char32_t c) { return c >= 0x2E80; }  // CJK, their punctuation and full-width forms

char32_t last_code_point(const std::string& s) {
  if (s.empty()) return 0;
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return b;
  char32_t c = b & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F);
  for (std::size_t k = i + 1; k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
  return c;
}

char32_t first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  const auto b = static_cast<unsigned char>(s[0]);
  if (b < 0x80) return b;
  const std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t c = b & (n == 4 ? 0x07 : n == 3 ? 0x0F : 0x1F);
  for (std::size_t k = 1; k < n && k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
  return c;
}

class Renderer {
 public:
  Renderer(const std::unordered_map<const GumboNode*, Sizes>& sizes, std::size_t body_text)
      : m_sizes(sizes), m_body_text(body_text) {}

  std::vector<Line> run(const GumboNode* body) {
    struct Frame {
      const GumboNode* node;
      unsigned next;
      int effect;  // what leaving the element undoes
    };
    std::vector<Frame> stack;
    stack.push_back({body, 0, enter(body)});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& kids = f.node->v.element.children;
      if (f.next < kids.length) {
        const auto* kid = static_cast<const GumboNode*>(kids.data[f.next++]);
        if (kid->type == GUMBO_NODE_ELEMENT) {
          if (!skipped(kid)) stack.push_back({kid, 0, enter(kid)});
        } else if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_CDATA) {
          text(kid->v.text.text);
        } else if (kid->type == GUMBO_NODE_WHITESPACE) {
          m_space = true;
          m_space_newline = m_space_newline || std::string_view(kid->v.text.text).find('\n') != std::string_view::npos;
        }
        continue;
      }
      leave(f.node, f.effect);
      stack.pop_back();
    }
    flush();
    return std::move(m_lines);
  }

 private:
  enum Effect { k_none = 0, k_block = 1, k_link = 2, k_pre = 4, k_cell = 8, k_row = 16 };

  const Sizes& sizes(const GumboNode* n) const {
    static const Sizes none;
    auto it = m_sizes.find(n);
    return it == m_sizes.end() ? none : it->second;
  }

  // Most of the page's text lives below: never chrome, whatever its name.
  bool holds_document(const GumboNode* n) const { return sizes(n).text * 10 > m_body_text * 3; }

  bool skipped(const GumboNode* n) const {
    const GumboTag tag = n->v.element.tag;
    if (in(k_skipped_tags, tag) || hidden(n)) return true;
    if (holds_document(n)) return false;
    if (in(k_chrome_tags, tag)) return true;
    const auto t = tokens(n);
    if (std::any_of(t.begin(), t.end(), [](const std::string& s) { return is_content_token(s); })) return false;
    return std::any_of(t.begin(), t.end(), [](const std::string& s) { return is_chrome_token(s); });
  }

  // A cell of a data table, as opposed to a cell that lays out a page or a whole letter.
  bool data_cell(const GumboNode* n) const {
    const Sizes& s = sizes(n);
    return !s.table && s.blocks <= 2 && s.text <= 600;
  }

  int enter(const GumboNode* n) {
    const GumboTag tag = n->v.element.tag;
    int effect = k_none;
    if (tag == GUMBO_TAG_BR) {
      if (m_cell > 0) m_space = true;
      else flush();
      return k_none;
    }
    if (tag == GUMBO_TAG_A) {
      ++m_link;
      effect |= k_link;
    }
    if (tag == GUMBO_TAG_PRE) {
      ++m_pre;
      effect |= k_pre;
    }
    if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && m_cell == 0 && data_cell(n)) {
      if (m_cells_in_row++ > 0) tab();
      ++m_cell;
      return effect | k_cell;
    }
    if (tag == GUMBO_TAG_TR) {
      flush();
      m_cells_in_row = 0;
      return effect | k_row;
    }
    if (in(k_block_tags, tag)) {
      block_break();
      effect |= k_block;
    }
    return effect;
  }

  void leave(const GumboNode*, int effect) {
    if (effect & k_link) --m_link;
    if (effect & k_pre) --m_pre;
    if (effect & k_cell) {
      --m_cell;
      m_space = false;
    }
    if (effect & k_row) flush();
    if (effect & k_block) block_break();
  }

  // Inside a data cell a paragraph break is a space; elsewhere it ends the line.
  void block_break() {
    if (m_cell > 0) m_space = true;
    else flush();
  }

  void tab() {
    m_line.text += '\t';
    m_space = false;
  }

  void text(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      const char c = s[i];
      if (is_space(c) && m_pre == 0) {
        m_space = true;
        m_space_newline = m_space_newline || c == '\n';
        ++i;
        continue;
      }
      if (m_pre > 0 && c == '\n') {
        flush();
        ++i;
        continue;
      }
      std::size_t n = 1;
      const auto b = static_cast<unsigned char>(c);
      if (b >= 0xF0) n = 4;
      else if (b >= 0xE0) n = 3;
      else if (b >= 0xC0) n = 2;
      n = std::min(n, s.size() - i);
      if (m_space) {
        // HTML folds a source line break to a space; between two Chinese characters that space
        // is an artefact of wrapping the source, not text.
        const bool drop = m_line.text.empty() || m_line.text.back() == '\t' ||
                          (m_space_newline && wide(last_code_point(m_line.text)) && wide(first_code_point(s.substr(i))));
        if (!drop) m_line.text += ' ';
        m_space = m_space_newline = false;
      }
      m_line.text.append(s.substr(i, n));
      m_line.chars += n;
      if (m_link > 0) m_line.link += n;
      i += n;
    }
  }

  void flush() {
    m_space = m_space_newline = false;
    if (m_line.chars > 0) m_lines.push_back(std::move(m_line));
    m_line = Line{};
  }

  const std::unordered_map<const GumboNode*, Sizes>& m_sizes;
  std::size_t m_body_text;
  std::vector<Line> m_lines;
  Line m_line;
  bool m_space = false;
  bool m_space_newline = false;
  int m_link = 0;
  int m_pre = 0;
  int m_cell = 0;
  int m_cells_in_row = 0;
};

// ---- choose --------------------------------------------------------------------------------

enum class Kind { text, meta, chrome };

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Lines of links: menus, related articles, breadcrumbs. An attachment list is not one.
bool link_list(const Line& l) {
  if (l.link * 10 < l.chars * 6) return false;
  std::string_view t = l.text;
  while (!t.empty() && is_space(t.front())) t.remove_prefix(1);
  return !starts_with(t, "附件");
}

// A line that starts the body: a salutation (李明代表：) or a sentence.
bool opens_body(std::string_view s) {
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s.find("。") != std::string_view::npos || s.ends_with("：") || s.ends_with(":");
}

// Head of the page: <title> and the <meta name=…> fields government sites publish.
void read_head(const GumboNode* html, std::vector<PageField>& page) {
  const GumboVector& kids = html->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* head = static_cast<const GumboNode*>(kids.data[i]);
    if (head->type != GUMBO_NODE_ELEMENT || head->v.element.tag != GUMBO_TAG_HEAD) continue;
    const GumboVector& items = head->v.element.children;
    for (unsigned k = 0; k < items.length; ++k) {
      const auto* n = static_cast<const GumboNode*>(items.data[k]);
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      if (n->v.element.tag == GUMBO_TAG_TITLE && n->v.element.children.length > 0) {
        const auto* t = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        if (t->type == GUMBO_NODE_TEXT) page.push_back({"page_title", "title", t->v.text.text});
      } else if (n->v.element.tag == GUMBO_TAG_META) {
        const std::string_view name = attribute(n, "name");
        const std::string_view key = meta_name_key(name);
        const std::string_view content = attribute(n, "content");
        if (!key.empty() && !content.empty()) page.push_back({std::string(key), std::string(name), std::string(content)});
      }
    }
  }
}

const GumboNode* child_element(const GumboNode* n, GumboTag tag) {
  if (!n || n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == tag) return k;
  }
  return nullptr;
}

// Upper bound of element nesting on the raw bytes: gumbo frees its tree recursively, so a page
// of a million nested <div> must be refused before it is parsed. Void elements and those
// whose end tag is optional (p, li, td …) do not nest in practice and are not counted.
int html_depth(std::string_view s, int limit) {
  static constexpr std::array<std::string_view, 24> k_flat{
      {"br", "img", "input", "meta", "link", "hr", "col", "area", "base", "embed", "param", "source", "track",
       "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd", "!", "?"}};
  int depth = 0, deepest = 0;
  for (std::size_t i = s.find('<'); i != std::string_view::npos && i + 1 < s.size(); i = s.find('<', i + 1)) {
    const bool closing = s[i + 1] == '/';
    std::size_t b = i + (closing ? 2 : 1), e = b;
    while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '!' || s[e] == '?')) ++e;
    if (e == b) continue;
    std::string name = lower(s.substr(b, std::min<std::size_t>(e - b, 12)));
    if (name[0] == '!' || name[0] == '?') name = name.substr(0, 1);
    if (std::find(k_flat.begin(), k_flat.end(), name) != k_flat.end()) continue;
    const auto gt = s.find('>', e);
    if (gt == std::string_view::npos) break;
    if (closing) depth = std::max(0, depth - 1);
    else if (s[gt - 1] != '/') deepest = std::max(deepest, ++depth);
    if (deepest > limit) return deepest;
    i = gt;
  }
  return deepest;
}

}  // namespace

Converted read_html(std::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.html_bytes)
    return failure("html", "html-too-large",
                   "the page is " + std::to_string(bytes.size()) + " bytes; the limit is " + std::to_string(limits.html_bytes));
  text::Decoded dec = text::decode_declared(bytes, declared_charset(bytes));
  if (!dec.error_code.empty()) return failure("html", dec.error_code, dec.error_message);
  if (html_depth(dec.text, limits.html_depth) > limits.html_depth)
    return failure("html", "too-deep", "elements nest deeper than " + std::to_string(limits.html_depth));

  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, dec.text.data(), dec.text.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  Converted c;
  c.format = "html";
  c.encoding = dec.encoding;
  if (!out || !out->root) return failure("html", "html-damaged", "the page could not be parsed");
  read_head(out->root, c.page);
  const GumboNode* body = child_element(out->root, GUMBO_TAG_BODY);
  if (!body) body = out->root;

  const auto sizes = measure(body);
  auto it = sizes.find(body);
  const std::vector<Line> lines = Renderer(sizes, it == sizes.end() ? 0 : it->second.text).run(body);

  std::vector<Kind> kinds;
  std::vector<std::vector<PageField>> fields(lines.size());
  std::vector<bool> own(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    bool o = false;
    if (parse_page_row(lines[i].text, fields[i], &o)) {
      kinds.push_back(Kind::meta);
      own[i] = o;
    } else {
      kinds.push_back(is_chrome_line(lines[i].text) || link_list(lines[i]) ? Kind::chrome : Kind::text);
    }
  }
  // The run between chrome lines with the most text is the document.
  std::size_t best_begin = 0, best_end = 0, best_weight = 0;
  for (std::size_t b = 0; b < lines.size();) {
    std::size_t e = b, weight = 0;
    while (e < lines.size() && kinds[e] != Kind::chrome) {
      if (kinds[e] == Kind::text) weight += lines[e].chars;
      ++e;
    }
    if (weight > best_weight) best_begin = b, best_end = e, best_weight = weight;
    b = e + 1;
  }
  // A short run just above it, with only page rows between (发布时间, 字体大小, 访问次数), is the
  // title standing over the document: government pages put those rows between the two.
  {
    // Blank: nothing but spaces and no-break spaces (&nbsp; paragraphs space many pages out).
    const auto blank = [&](std::size_t i) {
      return kinds[i] == Kind::text && lines[i].text.find_first_not_of(" \t\xC2\xA0") == std::string::npos;
    };
    std::size_t k = best_begin, rows = 0;
    while (k > 0 && best_begin - k < 16 && (kinds[k - 1] != Kind::text || blank(k - 1))) {
      --k;
      if (!blank(k)) ++rows;
    }
    std::size_t top = k, text_lines = 0, chars = 0;
    while (top > 0 && kinds[top - 1] == Kind::text && text_lines < 3) {
      --top;
      if (!blank(top)) ++text_lines, chars += lines[top].chars;
    }
    const bool run_above_ends = top == 0 || kinds[top - 1] != Kind::text;
    // chars are visible bytes: 6 to 360 is two to some 120 CJK characters.
    if (rows > 0 && text_lines > 0 && run_above_ends && chars >= 6 && chars <= 360) best_begin = top;
  }
  TextOut text(limits.text_bytes);
  bool body_started = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool inside = i >= best_begin && i < best_end;
    if (inside && kinds[i] == Kind::text) {
      body_started = body_started || opens_body(lines[i].text);
      text.line(lines[i].text);
    } else if (kinds[i] == Kind::meta) {
      // A row the document may write itself (公开方式) is its own once its body has begun.
      if (inside && body_started && own[i]) text.line(lines[i].text);
      else c.page.insert(c.page.end(), fields[i].begin(), fields[i].end());
    }
  }
  if (text.full()) return failure("html", "text-too-large", "the page holds more text than the limit");
  c.text = text.take();
  if (c.text.empty()) return failure("html", "no-text", "the page holds no document text");
  return c;
}

}  // namespace gongwen::formats
