// Attachment lists (附件说明): the ways a letter lists its attachments, and what ends the list.
#include <doctest/doctest.h>

#include <string>

#include "document.h"
#include "extract/extract.h"

using namespace gongwen;

namespace {

struct AttachRow {
  const char* lines;     // after the body, before the signature
  const char* expected;  // titles joined by "|"
};

const AttachRow k_rows[] = {
    {"附件：临溪市道路养护计划表", "临溪市道路养护计划表"},
    {"附件：\n临溪市道路养护计划表.xlsx", "临溪市道路养护计划表"},
    {"附件：1. 甲类项目清单\n2. 乙类项目清单", "甲类项目清单|乙类项目清单"},
    {"附件 1. 甲类项目清单\n\n2. 乙类项目清单", "甲类项目清单|乙类项目清单"},
    // Numbered lines, each with its own label.
    {"附件1：《临溪市信息报送考核办法》\n附件2：《2023学年信息录用登记表》\n附件3：《宣传工作量分表》",
     "临溪市信息报送考核办法|2023学年信息录用登记表|宣传工作量分表"},
    {"附件一：甲类项目清单\n附件二：乙类项目清单", "甲类项目清单|乙类项目清单"},
    {"附件 1. 甲类项目清单\n\n附件 2. 乙类项目清单", "甲类项目清单|乙类项目清单"},
    // The short label 附：, with one title or a numbered run on one line.
    {"附：《临溪县和美校园申报表》", "临溪县和美校园申报表"},
    {"附：1.甲类项目清单 2.乙类项目清单", "甲类项目清单|乙类项目清单"},
    {"附件：1. 2023年度项目清单 2. 2024年度项目清单", "2023年度项目清单|2024年度项目清单"},
    {"附：1.宽2.5米道路清单 2.乙类项目清单", "宽2.5米道路清单|乙类项目清单"},
    // The numbers must run on: a later 附件1 or a skipped number is no longer the list.
    {"附件1：甲类项目清单\n附件1：乙类项目清单", "甲类项目清单"},
    {"附件1：甲类项目清单\n附件3：乙类项目清单", "甲类项目清单"},
    {"附件1：甲类项目清单\n请认真填写。\n附件2：乙类项目清单", "甲类项目清单"},
    // Not lists: a download link, a mention inside a sentence, 附近.
    {"附件下载：项目清单.xlsx", ""},
    {"请按附件1填写并报送。", ""},
    {"附近居民反映强烈。", ""},
    {"附件：\n附件123", ""},  // a bare label over link text
};

std::string render(const Record& rec) {
  std::string s;
  for (const auto& a : rec.attachments) s += (s.empty() ? "" : "|") + a;
  return s;
}

}  // namespace

TEST_CASE("extract::extract_attachments forms") {
  for (const auto& r : k_rows) {
    CAPTURE(r.lines);
    Document doc(std::string("各区教育局：\n请按要求做好申报工作。\n") + r.lines + "\n\n临溪市教育局\n2023年6月1日\n");
    const auto L = extract::find_layout(doc);
    Record rec;
    extract::extract_attachments(doc, L, rec);
    CHECK(render(rec) == r.expected);
  }
}
