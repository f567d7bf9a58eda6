// Result codes: the labelled and bare forms a reply or its web page uses, and the look-alikes
// (问题类别, 提案类别：经济, 类别：提案) that are no code.
#include <doctest/doctest.h>

#include <string>

#include "document.h"
#include "extract/extract.h"

using namespace gongwen;

namespace {

struct CodeRow {
  const char* head;  // lines above the title
  const char* code;  // "" for none
};

const CodeRow k_rows[] = {
    {"答复类别：A类", "A"},
    {"办复类别B类", "B"},
    {"【D】", "D"},
    // A bare 类别 label, alone or among the page's metadata.
    {"类别：B", "B"},
    {"类别:C", "C"},
    {"类别：B1", "B1"},
    {"类别：A类", "A"},
    {"类别：【D】", "D"},
    {"(A)类", "A"},
    {"（B）类", "B"},
    {"来源：临溪市交通运输局  类别：C  更新时间：2023-06-02", "C"},
    // 类别 as part of another label, or with a value that is not a code.
    {"问题类别：B", ""},
    {"信息类别：A", ""},
    {"提案类别：经济", ""},
    {"类别：提案", ""},
    {"类别：Bus线路", ""},
    {"类别：A12", ""},
    {"类别：E", ""},
};

}  // namespace

TEST_CASE("extract::extract_labels result codes") {
  for (const auto& r : k_rows) {
    CAPTURE(r.head);
    Document doc(std::string(r.head) +
                 "\n临溪市交通运输局关于市政协三届二次会议第45号提案的答复\n王晓东委员：\n"
                 "您提出的关于增开公交线路的提案收悉，现答复如下。\n临溪市交通运输局\n2023年6月1日\n");
    const auto L = extract::find_layout(doc);
    Record rec;
    extract::extract_labels(doc, L, rec);
    CHECK(rec.result_code.value_or("") == std::string(r.code));
  }
}

TEST_CASE("extract::extract_labels a bare 类别 in the body is no code") {
  Document doc("各单位：\n请按下表填报。\n类别：A\n临溪市教育局\n2023年6月1日\n");
  const auto L = extract::find_layout(doc);
  Record rec;
  extract::extract_labels(doc, L, rec);
  CHECK_FALSE(rec.result_code.has_value());
}

TEST_CASE("extract::extract_labels a disclosure marker alone on its line") {
  for (const char* line : {"(主动公开)", "【主动公开】", "注：“主动公开”", "注：“主动公开”。"}) {
    CAPTURE(line);
    Document doc(std::string("临溪市交通运输局关于市政协三届二次会议第45号提案的答复\n王晓东委员：\n"
                             "您提出的关于增开公交线路的提案收悉，现答复如下。\n临溪市交通运输局\n2023年6月1日\n") +
                 line + "\n");
    const auto L = extract::find_layout(doc);
    Record rec;
    extract::extract_labels(doc, L, rec);
    CHECK(rec.disclosure.value_or("") == "主动公开");
  }
}
