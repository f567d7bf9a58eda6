// 主办 / 会办 (协办, 分办, the misspelling 汇办) units: "X为主办单位", "主办单位：X",
// "由X主办，我局会办". A unit written as 我局/我大队 is the signing unit; 你厅/贵局, in a letter
// to one unit, is that addressee.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <memory>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/match.h"
#include "text/utf8.h"

namespace gongwen::extract {
namespace {

enum class Role { lead, co };

struct AssignRow {
  const char* pattern;  // group 1: role word, group 2: the unit list (or the reverse)
  int role_group, units_group;
};

constexpr std::array<AssignRow, 4> k_rows{{
    {R"(([^,，。;；:：\n]{2,120}?)为(主办|会办|协办|汇办|分办)单位)", 2, 1},
    {R"((主办|会办|协办|汇办|分办)单位\s*(?:[:：]|为|是)\s*([^,，;；。\n]{2,160}?)(?:[,，;；。\n]|$))", 1, 2},
    {R"(由([^,，。;；\n]{2,40}?)(主办))", 2, 1},
    {R"((?:^|[,，;；])\s*([^,，。;；\n]{2,30}?)(会办|协办)(?:[,，。;；]|$))", 2, 1},
}};

Role role_of(std::string_view w) { return w == "主办" ? Role::lead : Role::co; }

void add(std::vector<std::string>& v, const std::string& s) {
  for (const auto& x : v)
    if (x == s) return;
  v.push_back(s);
}

}  // namespace

void extract_assignment(const Document& doc, const Layout& L, Record& rec) {
  static const std::vector<std::unique_ptr<RE2>> res = [] {
    std::vector<std::unique_ptr<RE2>> v;
    for (const auto& r : k_rows) v.push_back(std::make_unique<RE2>(r.pattern));
    return v;
  }();
  static const RE2 self(R"(^(?:我|本)(?:局|委|办|厅|院|单位|大队|支队|中心|部|室|们|队|所|公司|街道|镇|乡))");
  static const RE2 you(R"(^(?:你|贵)(?:局|委|办|厅|院|单位|大队|支队|中心|部|室|队|所|公司|街道|镇|乡|校))");
  static const RE2 junk(R"(^(?:该(?:建议|提案|议案)|此件|经研究|按照|根据|按|现|并|已|另|其中))");
  // Only a reply says how the item it answers was assigned; 主办单位 in a notice is an
  // event's organiser.
  if (rec.proposals.empty()) return;
  const std::size_t end = std::min(L.body_end, doc.lines().size());
  for (std::size_t li = 0; li < end; ++li) {
    if (L.chrome[li]) continue;
    const std::string_view line = doc.line(li);
    // Prefilter: every pattern names one of the roles literally.
    static constexpr std::string_view k_roles[] = {"主办", "会办", "协办", "汇办", "分办"};
    if (std::none_of(std::begin(k_roles), std::end(k_roles),
                     [&](std::string_view r) { return line.find(r) != std::string_view::npos; }))
      continue;
    const std::size_t base = doc.lines()[li].begin;
    for (std::size_t k = 0; k < k_rows.size(); ++k) {
      each_match(*res[k], line, [&](const Match& m) {
        const Role role = role_of(m.str(k_rows[k].role_group));
        const std::string_view list = m.str(k_rows[k].units_group);
        const std::size_t lb = base + m.begin(k_rows[k].units_group);
        auto& out = role == Role::lead ? rec.assignment.lead : rec.assignment.co;
        for (const auto& sp : split_unit_spans(list)) {
          std::string name = doc.quote_compact(lb + sp.begin, lb + sp.end);
          if (RE2::PartialMatch(name, junk)) continue;
          if (RE2::PartialMatch(name, self)) {
            if (!rec.signers.empty()) name = rec.signers.front();
            else if (!rec.issuers.empty()) name = rec.issuers.front();
          } else if (RE2::PartialMatch(name, you)) {
            if (rec.addressees.size() != 1) continue;
            name = rec.addressees.front();
          } else if (!ends_with_unit_suffix(text::utf8::strip_spaces(list.substr(sp.begin, sp.end - sp.begin)))) {
            continue;
          }
          add(out, name);
        }
      });
    }
  }
}

}  // namespace gongwen::extract
