// Data: the page around a document. Adding a label or a chrome word is a one-line change.
#include "formats/page_labels.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace gongwen::formats {
namespace {

struct Label {
  std::string_view label;
  std::string_view key;
  bool opens;  // may start a metadata row; weak labels (名称, 时间) only continue one
  bool own;    // a document may write this row itself (公开方式：主动公开 closes many replies)
};

// Longest first where one label ends another (发布时间 before 时间).
constexpr std::array<Label, 44> k_labels{{
    {"信息索引号", "index", true, false},     {"索引号", "index", true, false},
    {"发文字号", "doc_number", true, false},  {"文号", "doc_number", true, false},
    {"发文机关", "issuer", true, false},      {"发布机构", "issuer", true, false},
    {"发布单位", "issuer", true, false},      {"所属机构", "issuer", true, false},
    {"发布时间", "published", true, false},   {"发布日期", "published", true, false},
    {"发表时间", "published", true, false},   {"更新时间", "published", true, false},
    {"信息提供日期", "published", true, false}, {"成文日期", "written", true, false},
    {"发文日期", "written", true, false},     {"生效日期", "effective", true, false},
    {"实施日期", "effective", true, false},   {"废止日期", "expires", true, false},
    {"有效性", "validity", true, false},      {"信息来源", "source", true, false},
    {"来源", "source", true, false},          {"主题分类", "category", true, false},
    {"组配分类", "category", true, false},    {"体裁分类", "category", true, false},
    {"信息类别", "category", true, false},    {"主题词", "keywords", true, true},
    {"关键词", "keywords", true, false},      {"浏览次数", "views", true, false},
    {"浏览量", "views", true, false},         {"点击数", "views", true, false},
    {"点击量", "views", true, false},         {"访问次数", "views", true, false},
    {"阅读次数", "views", true, false},       {"公开方式", "disclosure", true, true},
    {"公开范围", "disclosure", true, true},   {"公开时限", "disclosure", true, true},
    {"责任编辑", "editor", true, false},      {"统一编号", "serial", true, false},
    {"作者", "author", false, false},         {"分类", "category", false, false},
    {"名称", "title", false, false},          {"标题", "title", false, false},
    {"日期", "published", false, false},      {"时间", "published", false, false},
}};

// Lines holding one of these are site chrome wherever they appear around the content.
// (主办单位 is not one: replies write "主办单位：…" themselves; a site's footer is told by
// 网站主办, ICP备 and its place after the content.)
constexpr std::array<std::string_view, 33> k_chrome_words{{
    "版权所有", "Copyright", "copyright", "ICP备", "ICP证", "公网安备", "网站标识码", "网站主办",
    "技术支持", "网站地图", "联系我们", "打印本页", "【打印", "[打印", "关闭窗口", "【关闭",
    "上一篇", "下一篇", "上一条", "下一条", "分享到", "扫一扫", "分辨率", "浏览器", "当前位置",
    "您的位置", "您现在的位置", "返回顶部", "返回列表", "【字体", "收藏本页", "设为首页", "加入收藏"}};

// A font-size switch is made of these and nothing else: 【字号：大 中 小】
constexpr std::array<std::string_view, 16> k_font_switch{{
    "字号", "字体", "：", ":", "大", "中", "小", "默认", "[", "]", "【", "】", "A+", "A-", " ", "\t"}};

struct MetaName {
  std::string_view name;
  std::string_view key;
};
constexpr std::array<MetaName, 8> k_meta_names{{{"ArticleTitle", "title"},
                                                {"PubDate", "published"},
                                                {"ContentSource", "source"},
                                                {"SiteName", "site"},
                                                {"SiteDomain", "site_domain"},
                                                {"ColumnName", "column"},
                                                {"Keywords", "keywords"},
                                                {"Author", "author"}}};

constexpr std::array<std::string_view, 34> k_chrome_tokens{{
    "nav",    "navbar",   "navigation", "menu",     "breadcrumb", "crumb",  "crumbs",     "position",
    "location", "dqwz",   "weizhi",     "footer",   "foot",       "bottom", "copyright",  "share",
    "bdshare", "fenxiang", "header",    "banner",   "logo",       "sidebar", "pager",     "pagination",
    "prevnext", "prev",   "next",       "print",    "search",     "login",  "toolbar",    "fontsize",
    "related", "xgwz"}};

constexpr std::array<std::string_view, 14> k_content_tokens{{
    "trs_editor", "zoom", "article", "content", "contents", "con", "detail", "text",
    "pages_content", "article_content", "artcontent", "main_content", "maincontent", "view"}};

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  for (;;) {
    while (!s.empty() && is_space_byte(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space_byte(s.back())) s.remove_suffix(1);
    bool changed = false;
    for (std::string_view w : {"\xE3\x80\x80", "\xC2\xA0", "\xE2\x80\xA2", "\xC2\xB7"}) {  // U+3000, nbsp, bullets
      if (s.substr(0, w.size()) == w) s.remove_prefix(w.size()), changed = true;
      if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) s.remove_suffix(w.size()), changed = true;
    }
    if (!changed) return s;
  }
}

// Length of a colon (：or :) at s[0] after optional spaces inside the label ("文  号："), or 0.
std::size_t colon_at(std::string_view s) {
  if (!s.empty() && s[0] == ':') return 1;
  if (s.substr(0, 3) == "\xEF\xBC\x9A") return 3;
  return 0;
}

// Removes ASCII, ideographic and no-break spaces: labels are written "文　　号：".
std::string squeeze(std::string_view s, std::vector<std::size_t>& to_source) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (is_space_byte(s[i])) { ++i; continue; }
    if (s.substr(i, 3) == "\xE3\x80\x80") { i += 3; continue; }
    if (s.substr(i, 2) == "\xC2\xA0") { i += 2; continue; }
    to_source.push_back(i);
    out.push_back(s[i]);
    ++i;
  }
  to_source.push_back(s.size());
  return out;
}

// A label and its colon at s[i] of the squeezed row; returns the label entry and sets len.
const Label* label_at(std::string_view s, std::size_t i, std::size_t& len) {
  for (const auto& l : k_labels) {
    if (s.substr(i, l.label.size()) != l.label) continue;
    const std::size_t c = colon_at(s.substr(i + l.label.size()));
    if (c == 0) continue;
    len = l.label.size() + c;
    return &l;
  }
  return nullptr;
}

bool font_switch(std::string_view v) {
  std::string s(v);
  for (std::string_view w : k_font_switch)
    for (auto p = s.find(w); p != std::string::npos; p = s.find(w)) s.erase(p, w.size());
  return s.empty() && v.find("\xE5\xA4\xA7") != std::string_view::npos;  // at least a 大
}

}  // namespace

bool parse_page_row(std::string_view line, std::vector<PageField>& out, bool* own) {
  std::vector<std::size_t> map;
  const std::string row = squeeze(trim(line), map);
  std::size_t len = 0;
  const Label* first = label_at(row, 0, len);
  if (!first || !first->opens) return false;
  if (own) *own = first->own;
  // Split at every later label (weak ones included: 来源：… 时间：…).
  struct Cut {
    const Label* label;
    std::size_t at, len;
  };
  std::vector<Cut> cuts{{first, 0, len}};
  for (std::size_t i = len; i < row.size();) {
    std::size_t l = 0;
    if (const Label* lab = label_at(row, i, l)) {
      cuts.push_back({lab, i, l});
      i += l;
    } else {
      ++i;
    }
  }
  const std::string_view src = trim(line);
  for (std::size_t k = 0; k < cuts.size(); ++k) {
    const std::size_t vb = map[cuts[k].at + cuts[k].len];
    const std::size_t ve = k + 1 < cuts.size() ? map[cuts[k + 1].at] : src.size();
    std::string value(trim(src.substr(vb, ve - vb)));
    for (char& c : value)
      if (c == '\t') c = ' ';
    out.push_back({std::string(cuts[k].label->key), std::string(cuts[k].label->label), std::string(trim(value))});
  }
  return true;
}

bool is_chrome_line(std::string_view line) {
  // Long lines are paragraphs that happen to name a word of the list.
  if (line.size() > 240) return false;
  if (std::any_of(k_chrome_words.begin(), k_chrome_words.end(),
                  [&](std::string_view w) { return line.find(w) != std::string_view::npos; }))
    return true;
  // A font-size switch on its own: 大 中 小
  const std::string_view t = trim(line);
  return !t.empty() && t.size() <= 24 && font_switch(t);
}

std::string_view meta_name_key(std::string_view name) {
  for (const auto& m : k_meta_names)
    if (m.name.size() == name.size() &&
        std::equal(name.begin(), name.end(), m.name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        }))
      return m.key;
  return {};
}

bool is_chrome_token(std::string_view token) {
  return std::find(k_chrome_tokens.begin(), k_chrome_tokens.end(), token) != k_chrome_tokens.end();
}

bool is_content_token(std::string_view token) {
  return std::find(k_content_tokens.begin(), k_content_tokens.end(), token) != k_content_tokens.end();
}

}  // namespace gongwen::formats
