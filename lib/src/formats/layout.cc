#include "formats/layout.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <string_view>

namespace gongwen::formats {
namespace {

bool ascii_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The line with digits and spaces taken out: page numbers and dated running heads compare equal
// across pages.
std::string shape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ' ' || c == '\t') continue;
    if (s.substr(i, 3) == "\xE3\x80\x80") {  // U+3000
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// What is left of a page number once its digits are gone: 3, - 3 -, — 3 —, 第3页, 第3页共5页, 3/5.
constexpr std::array<std::string_view, 10> k_page_number_shapes{
    {"", "--", "\xE2\x80\x94\xE2\x80\x94", "\xEF\xBC\x8D\xEF\xBC\x8D", "\xE2\x80\x93\xE2\x80\x93", "第页",
     "第页共页", "/", "Page", "-/-"}};

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool is_page_number(std::string_view s) {
  const std::string sh = shape(s);
  return has_digit(s) && std::find(k_page_number_shapes.begin(), k_page_number_shapes.end(), sh) != k_page_number_shapes.end();
}

// Lines that open a block of their own and so are never the tail of the line before; so is a
// row of cells set far apart.
constexpr std::array<std::string_view, 16> k_block_openers{
    {"附件", "抄送", "主送", "联系人", "（联系人", "(联系人", "联系电话", "公开方式", "一、", "二、", "三、",
     "四、", "五、", "六、", "七、", "八、"}};

bool opens_block(std::string_view s) {
  if (s.find('\t') != std::string_view::npos) return true;  // a row of cells
  if (std::any_of(k_block_openers.begin(), k_block_openers.end(), [&](std::string_view w) { return s.substr(0, w.size()) == w; }))
    return true;
  // （一） (1) 1. 1、
  if (s.substr(0, 3) == "\xEF\xBC\x88" || s.substr(0, 1) == "(") return true;
  std::size_t d = 0;
  while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  return d > 0 && d < s.size() && (s[d] == '.' || s.substr(d, 3) == "\xE3\x80\x81");
}

// Lines that end a block: the 版记's "XX办公室 2021年12月24日印发", and any line of cells set
// far apart (a table row, a signature beside its date).
bool closes_block(std::string_view s) {
  return s.ends_with("印发") || s.find('\t') != std::string_view::npos;
}

struct Edges {
  double left, right;
};

bool same_size(const PlacedLine& a, const PlacedLine& b) {
  return std::abs(a.size - b.size) <= 0.1 * std::max(a.size, 1.0);
}

// The column a line sits in, among the lines of its font size (a large title is no edge): its
// left edge is where the lines beside it (above or below, overlapping it) start; its right edge
// is where the lines starting at that left edge, or two characters in (a paragraph's first
// line), end. A centred line is in the column, not its edge.
Edges column_edges(const PlacedPage& p, const PlacedLine& l) {
  Edges e{l.x0, l.x1};
  auto beside = [&](const PlacedLine& m) { return m.x0 < l.x1 && m.x1 > l.x0 && same_size(m, l); };
  for (const auto& m : p.lines)
    if (beside(m)) e.left = std::min(e.left, m.x0);
  const double reach = 3.2 * std::max(l.size, 1.0);
  for (const auto& m : p.lines)
    if (beside(m) && m.x0 <= e.left + reach) e.right = std::max(e.right, m.x1);
  return e;
}

}  // namespace

void append_run(PlacedLine& line, const std::string& text, double x0, double x1, bool space_before) {
  if (text.empty()) return;
  if (line.text.empty()) {
    line.x0 = x0;
  } else {
    const double gap = x0 - line.x1;
    if (gap > 2.5 * std::max(line.size, 1.0)) {
      line.text += '\t';
    } else if (space_before || (gap > 0.25 * line.size && ascii_word_char(line.text.back()) && ascii_word_char(text.front()))) {
      line.text += ' ';
    }
  }
  line.text += text;
  line.x1 = std::max(line.x1, x1);
}

std::string assemble(const std::vector<PlacedPage>& pages, std::vector<PageField>& page) {
  // Running heads: the shape of a line in the top or bottom band seen on two pages or more.
  auto in_band = [](const PlacedPage& p, const PlacedLine& l) {
    return p.height > 0 && (l.bottom < p.height * 0.12 || l.top > p.height * 0.88);
  };
  std::map<std::string, int> seen;
  for (const auto& p : pages) {
    std::vector<std::string> on_page;
    for (const auto& l : p.lines)
      if (in_band(p, l)) on_page.push_back(shape(l.text));
    std::sort(on_page.begin(), on_page.end());
    on_page.erase(std::unique(on_page.begin(), on_page.end()), on_page.end());
    for (const auto& s : on_page) ++seen[s];
  }
  std::string out;
  const PlacedLine* prev = nullptr;
  const PlacedPage* prev_page = nullptr;
  std::vector<std::string> heads;
  for (const auto& p : pages) {
    for (const auto& l : p.lines) {
      if (in_band(p, l)) {
        if (is_page_number(l.text)) continue;
        if (pages.size() > 1 && seen[shape(l.text)] >= 2) {
          if (std::find(heads.begin(), heads.end(), l.text) == heads.end()) heads.push_back(l.text);
          continue;
        }
      }
      bool join = false;
      if (prev) {
        const Edges pe = column_edges(*prev_page, *prev);
        const Edges le = column_edges(p, l);
        const double w = std::max(prev->size, 1.0);
        const bool full = prev->x1 >= pe.right - 1.5 * w && prev->x0 <= pe.left + 2.5 * w;
        // Below the last line on the same page: the same column; otherwise (a new page, the top
        // of the next column) the line's own column.
        const bool same_flow = &p == prev_page && l.top > prev->top;
        const bool indented = l.x0 > (same_flow ? pe.left : le.left) + 0.8 * std::max(l.size, 1.0);
        join = full && !indented && same_size(*prev, l) && !opens_block(l.text) && !closes_block(prev->text);
      }
      if (!join && !out.empty()) out += '\n';
      else if (join && ascii_word_char(out.back()) && ascii_word_char(l.text.front())) out += ' ';
      out += l.text;
      prev = &l;
      prev_page = &p;
    }
  }
  if (!out.empty()) out += '\n';
  for (const auto& h : heads) page.push_back({"header", "页眉", h});
  return out;
}

}  // namespace gongwen::formats
