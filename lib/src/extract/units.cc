// Organisations named in the text (record.units): government bodies and their parts,
// hospitals and clinics, streets and communities, schools, companies. A name is a run of Han
// characters that ends with an organisation ending; its left edge is cut after the last
// function word or verb (由龙岗区卫生健康局牵头 -> 龙岗区卫生健康局). Abbreviated hospitals
// (市一医, 区二院) are names too. Each unit is listed once per place it appears.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>

#include "extract/extract.h"
#include "extract/match.h"
#include "text/utf8.h"

namespace gongwen::extract {
namespace {

// Endings that make a run of characters an organisation, longest first where they overlap.
constexpr std::array k_endings = {
    "社区卫生服务中心", "街道办事处", "人民政府", "人民医院", "中医院", "卫生院", "社康中心", "办公厅",
    "办公室", "委员会", "常委会", "工委", "组织部", "宣传部", "统战部", "政法委", "医院", "大学",
    "学院", "中学", "小学", "学校", "幼儿园", "研究院", "研究所", "派出所", "法院", "检察院",
    "公司", "集团", "银行", "协会", "联合会", "大队", "支队", "街道", "社区", "中心", "局", "厅",
    "委", "政府"};

// Words after which a name starts: function words and the verbs that govern a unit.
constexpr const char* k_left_edge =
    R"(^(.*(?:[一二三四五六七八九十]是|率|调研|了解|帮扶|结合|当地|提升|详细|实施|负责人|专家|人员|骨干|公布|鼓励|推广|的|由|经|向|对|在|到|为|是|将|于|从|至|让|把|被|请|给|同|跟|并|等|以|或|按照|根据|通过|推动|推进|加强|支持|配合|牵头|督促|要求|其中|包括|依托|落实|深化|建设|成立|打造|组建|开展|完成|实现|组织|联合|会同|协调|指派|安排|邀请|召开|参加|参观|前往|赴|到|接受|了|会|向|全|各|我|你|您|贵|本|该|此|其|有关|相关|所属|下属|辖区|全市|全区|全县|各级|多个|多家|一批|与|及|下一步|划归|目前|同时|今后|还将|围绕)))";

// Words whose 局 is not a bureau: a run ending in one (医疗资源布局) names no organisation.
constexpr std::array k_not_bureaus = {"格局", "布局", "大局", "全局", "开局", "结局", "时局", "当局", "变局",
                                      "困局", "僵局", "残局", "胜局", "败局", "棋局", "饭局"};
// An ending alone names a kind of place, not one (以…为中心 and 试点社区 are cut by the left edge).
constexpr std::array k_not_units = {"中心", "社区", "街道", "学校", "医院", "政府", "公司", "银行", "大学"};

std::string endings_alternation();

// A name made only of a generic modifier and an ending (区属公立医院, 三级医院, 试点社区)
// names a kind of unit, not a unit.
const RE2& generic_re() {
  static const RE2 re("^(?:[个家所座]|区属|市属|县属|省属|局属|公立|民营|三级|二级|一级|三甲|县级|市级|区级|省级|试点|健康|健康促进|乡镇|基层|当地|各级|社区|互联网|服务|新建|现有|\\p{Han}{0,2}?公立)*(?:" + endings_alternation() + ")$");
  return re;
}

std::string endings_alternation() {
  std::string alt;
  for (const char* e : k_endings) alt += (alt.empty() ? "" : "|") + std::string(e);
  return alt;
}

bool is_not_unit(const std::string& s) {
  for (const char* w : k_not_units)
    if (s == w) return true;
  for (const char* w : k_not_bureaus)
    if (s.ends_with(w)) return true;
  return false;
}

}  // namespace

void extract_units(const Document& doc, const Layout& L, Record& rec) {
  static const RE2 run("([\\p{Han}]{1,16}?(?:" + endings_alternation() + "))(?:[^\\p{Han}]|$|(?:主要|负责|有关|牵头|组织|联合|等|和|及|与|在|的|为|已|将|对|于|向|是|按|根据|开展|召开|会同|协调|指导|印发|下发|制定|党|工作|同志|领导))");
  static const RE2 abbrev(R"(([市区县省](?:[一二三四五六七八九]|第[一二三四五六七八九十]+)(?:医院|院|医)))");
  static const RE2 edge(k_left_edge);
  for (std::size_t li = 0; li < doc.lines().size(); ++li) {
    if (L.chrome[li]) continue;
    const std::string_view line = doc.line(li);
    const std::size_t base = doc.lines()[li].begin;
    each_match(run, line, [&](const Match& m) {
      std::size_t b = m.begin(1);
      const std::size_t e = m.end(1);
      re2::StringPiece cut;
      const std::string_view cand = line.substr(b, e - b);
      if (RE2::PartialMatch(re2::StringPiece(cand.data(), cand.size()), edge, &cut)) b += cut.size();
      const std::string name = doc.quote_compact(base + b, base + e);
      // A bare ending (中心, 社区) or a one-character place before it (市委) is too little to name.
      const std::string folded = text::utf8::strip_spaces(line.substr(b, e - b));
      if (text::utf8::length(folded) < 3 || is_not_unit(name) || RE2::FullMatch(folded, generic_re())) return;
      rec.units.push_back({name, doc.loc(base + b)});
    });
    each_match(abbrev, line, [&](const Match& m) {
      rec.units.push_back({doc.quote_compact(base + m.begin(1), base + m.end(1)), doc.loc(base + m.begin(1))});
    });
  }
  std::stable_sort(rec.units.begin(), rec.units.end(), [](const Unit& a, const Unit& b) {
    return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.col < b.at.col;
  });
  // Once per place: two patterns may name the same unit at the same position.
  rec.units.erase(std::unique(rec.units.begin(), rec.units.end(),
                              [](const Unit& a, const Unit& b) { return a.name == b.name && a.at == b.at; }),
                  rec.units.end());
}

}  // namespace gongwen::extract
