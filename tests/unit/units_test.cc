// Organisations named in the text: where a name starts, and runs that only look like names.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "document.h"
#include "extract/extract.h"

using namespace gongwen;

namespace {

std::vector<std::string> units_of(const std::string& text) {
  Document doc(text);
  const auto L = extract::find_layout(doc);
  Record rec;
  extract::extract_units(doc, L, rec);
  std::vector<std::string> out;
  for (const auto& u : rec.units) out.push_back(u.name);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("extract::extract_units left edge") {
  const struct {
    const char* sentence;
    const char* unit;
  } rows[] = {
      {"由临溪区卫生健康局牵头推进。", "临溪区卫生健康局"},
      {"我局将与区城市管理局联合开展研究。", "区城市管理局"},
      {"下一步县卫生健康局将加强督导。", "县卫生健康局"},
      {"项目建好后划归石桥社区，由社区统一管理。", "石桥社区"},
      {"目前临溪市人民医院已开设门诊。", "临溪市人民医院"},
      {"市一医将增加床位。", "市一医"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.sentence);
    const auto u = units_of(std::string("各单位：\n") + r.sentence + "\n");
    CHECK(has(u, r.unit));
  }
}

TEST_CASE("extract::extract_units not organisations") {
  for (const char* s : {"进一步优化城北片区医疗资源布局，", "形成齐抓共管的工作格局，", "围绕中心、服务大局，",
                        "建设区属公立医院，", "以群众需求为中心，"}) {
    CAPTURE(s);
    CHECK(units_of(std::string("各单位：\n") + s + "\n").empty());
  }
}
