// Data: word lists behind the extractors. Adding a suffix, a label or an abbreviation is a
// one-line change here; every pattern that uses them is built from these tables.
#include "extract/lexicon.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace gongwen::extract {
namespace {

// Endings of organisation names, as written at the end of a unit.
constexpr std::array k_unit_suffixes = {
    "人民政府", "政府", "办公厅", "办公室", "委员会", "常委会", "工作委员会", "工委", "党委", "党组",
    "党总支", "总支", "支部", "科协", "文联", "侨联", "工商联", "社科联",
    "局", "厅", "委", "部", "署", "办", "处", "科", "室", "所", "站", "中心", "院", "医院",
    "卫生院", "社区卫生服务中心", "社康中心", "卫生室", "大队", "支队", "中队", "总队", "队",
    "公司", "集团", "银行", "协会", "学会", "联合会", "商会", "工会", "妇联", "团委", "残联",
    "学校", "小学", "中学", "大学", "学院", "幼儿园", "街道办事处", "办事处", "街道", "社区",
    "居委会", "村委会", "法院", "检察院", "人大", "政协", "部门", "单位", "机构", "馆", "台",
    "会", "组", "社", "校", "场", "园区", "开发区", "新区", "港区", "管理区", "示范区", "试验区", "管委会", "管理局", "指挥部", "领导小组", "工作组"};

constexpr std::array k_meta_labels = {
    "索引号", "信息索引号", "主题分类", "组配分类", "文号", "发文字号", "发布机构", "发布单位",
    "成文日期", "发文日期", "发布日期", "发布时间", "信息来源", "来源", "公开方式", "公开范围",
    "公开时限", "信息类别", "有效性", "统一编号", "名称", "标题", "分类", "主题词", "作者",
    "浏览量", "浏览次数", "点击量", "点击数", "访问次数", "阅读次数", "字体", "字号", "日期",
    "时间", "类别", "当前位置", "您的位置", "您现在的位置", "责任编辑", "编辑", "编稿时间",
    "信息提供日期", "生成日期", "体裁", "关键词", "所属机构", "来自"};

constexpr std::array k_chrome_words = {
    "版权所有", "ICP备", "ICP证", "公网安备", "网站标识码", "网站主办",
    "技术支持", "网站地图", "联系我们", "打印本页", "关闭窗口", "上一篇", "下一篇", "分享到",
    "扫一扫", "分辨率", "浏览器", "网站支持", "网站监督", "网站举报", "邮编:", "【打印", "【关闭",
    "返回顶部", "返回列表", "【字体", "字体大小", "欢迎来到", "门户网站"};

struct AbbrevRow {
  const char* abbrev;
  const char* full;
};
constexpr std::array<AbbrevRow, 16> k_abbreviations{{
    {"卫健局", "卫生健康局"}, {"卫健委", "卫生健康委员会"}, {"发改委", "发展和改革委员会"},
    {"发改局", "发展和改革局"}, {"住建局", "住房和城乡建设局"}, {"城管局", "城市管理局"},
    {"人社局", "人力资源和社会保障局"}, {"规资局", "规划和自然资源局"}, {"交通局", "交通运输局"},
    {"科创局", "科技创新局"}, {"工信局", "工业和信息化局"}, {"教体局", "教育和体育局"},
    {"文旅局", "文化和旅游局"}, {"市场监管局", "市场监督管理局"}, {"生态环境局", "生态环境局"},
    {"医保局", "医疗保障局"}}};

std::string strip(std::string_view s) { return text::utf8::strip_spaces(s); }

}  // namespace

const std::string& unit_suffix_alternation() {
  static const std::string alt = [] {
    std::vector<std::string> v(k_unit_suffixes.begin(), k_unit_suffixes.end());
    std::sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : "|") + s;
    return out;
  }();
  return alt;
}

bool ends_with_unit_suffix(std::string_view s) {
  static const RE2 re("(?:" + unit_suffix_alternation() + R"()(?:\([^()]{1,12}\))?$)");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

bool is_meta_label_line(std::string_view line) {
  // A label set off by a space or brackets instead of a colon: 名称 市人民政府…, [ 发布机构 ] X.
  static const RE2 spaced = [] {
    std::string alt;
    for (std::string_view l : k_meta_labels) alt += (alt.empty() ? "" : "|") + std::string(l);
    return RE2("^\\s*(?:[\\[【]\\s*(?:" + alt + ")\\s*[\\]】]|(?:" + alt + ")\\s+\\S)");
  }();
  if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), spaced)) return true;
  std::string s = strip(line);
  // Bullets some pages put before metadata rows.
  while (s.rfind("\xE2\x80\xA2", 0) == 0) s.erase(0, 3);
  for (std::string_view label : k_meta_labels) {
    if (s.rfind(label, 0) == 0) {
      std::string_view rest = std::string_view(s).substr(label.size());
      if (rest.empty() || rest[0] == ':' || rest.rfind("\xEF\xBC\x9A", 0) == 0) return true;
    }
  }
  return false;
}

bool is_bare_meta_label(std::string_view line) {
  std::string s = strip(line);
  while (s.rfind("\xE2\x80\xA2", 0) == 0) s.erase(0, 3);
  for (std::string_view colon : {":", "\xEF\xBC\x9A"})
    if (s.ends_with(colon)) s.resize(s.size() - colon.size());
  return std::find(k_meta_labels.begin(), k_meta_labels.end(), s) != k_meta_labels.end();
}

bool is_page_chrome_line(std::string_view line) {
  // One pass over the line for all the words (a find per word was 6 % of extraction).
  static const RE2 any = [] {
    std::string alt;
    for (std::string_view w : k_chrome_words) alt += (alt.empty() ? "" : "|") + RE2::QuoteMeta(re2::StringPiece(w.data(), w.size()));
    return alt;
  }();
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), any);
}

const std::vector<std::pair<std::string, std::string>>& unit_abbreviations() {
  static const std::vector<std::pair<std::string, std::string>> v = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& r : k_abbreviations) out.emplace_back(r.abbrev, r.full);
    return out;
  }();
  return v;
}

std::string expand_unit_abbreviations(std::string_view s) {
  std::string out(s);
  for (const auto& [abbrev, full] : unit_abbreviations()) {
    if (abbrev == full) continue;
    for (std::size_t p = out.find(abbrev); p != std::string::npos; p = out.find(abbrev, p + full.size()))
      out.replace(p, abbrev.size(), full);
  }
  return out;
}

}  // namespace gongwen::extract
