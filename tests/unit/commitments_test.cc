// Commitments: sentences with their expected due day (the last day of the period named),
// modality and recurrence; and sentences that are not commitments. The letter is signed
// 2023-03-01, so a date without a year is in 2023. Expected dues were computed with
// Python's calendar when the table was written.
#include <doctest/doctest.h>

#include <string>

#include "document.h"
#include "extract/extract.h"

using namespace gongwen;

namespace {

struct CommitRow {
  const char* sentence;
  const char* due;  // "" none, "-" undated
  const char* modality;
  bool recurring;
};

const CommitRow k_rows[] = {
    {"请于2024年1月28日前，将书面材料报送办公室。", "2024-01-28", "请", false},
    {"到2026年，养老机构床位达到5000张。", "2026-12-31", "", false},
    {"拟于2025年第四季度完成招标。", "2025-12-31", "拟", false},
    {"务必于2023年8月31日前整改到位。", "2023-08-31", "务必", false},
    {"到2024年底建成社区卫生服务中心20个。", "2024-12-31", "", false},
    {"预计到2024年可建成投入使用。", "2024-12-31", "预计", false},
    {"力争2024年内完成全部改造任务。", "2024-12-31", "力争", false},
    {"确保2024年6月底前完成主体工程。", "2024-06-30", "确保", false},
    {"计划于2024年上半年开工建设。", "2024-06-30", "计划", false},
    {"计划于2024年下半年投入运营。", "2024-12-31", "计划", false},
    {"力争2024年第三季度上线运行。", "2024-09-30", "力争", false},
    {"预计2024年10月建成投用。", "2024-10-31", "预计", false},
    {"将于2024年9月30日前全面完成。", "2024-09-30", "将", false},
    {"到2024年12月底，全市建成试点100个。", "2024-12-31", "", false},
    {"要在2024年11月底前完成验收。", "2024-11-30", "要", false},
    {"2024年底前实现全覆盖。", "2024-12-31", "", false},
    {"确保2024年3月上旬前完成摸底。", "2024-03-10", "确保", false},
    {"争取到2024年床位数达到1600张。", "2024-12-31", "争取", false},
    {"到2025年底建成社区卫生服务中心20个。", "2025-12-31", "", false},
    {"预计到2025年可建成投入使用。", "2025-12-31", "预计", false},
    {"力争2025年内完成全部改造任务。", "2025-12-31", "力争", false},
    {"确保2025年6月底前完成主体工程。", "2025-06-30", "确保", false},
    {"计划于2025年上半年开工建设。", "2025-06-30", "计划", false},
    {"计划于2025年下半年投入运营。", "2025-12-31", "计划", false},
    {"力争2025年第三季度上线运行。", "2025-09-30", "力争", false},
    {"预计2025年10月建成投用。", "2025-10-31", "预计", false},
    {"将于2025年9月30日前全面完成。", "2025-09-30", "将", false},
    {"到2025年12月底，全市建成试点100个。", "2025-12-31", "", false},
    {"要在2025年11月底前完成验收。", "2025-11-30", "要", false},
    {"2025年底前实现全覆盖。", "2025-12-31", "", false},
    {"确保2025年3月上旬前完成摸底。", "2025-03-10", "确保", false},
    {"争取到2025年床位数达到1600张。", "2025-12-31", "争取", false},
    {"到2026年底建成社区卫生服务中心20个。", "2026-12-31", "", false},
    {"预计到2026年可建成投入使用。", "2026-12-31", "预计", false},
    {"力争2026年内完成全部改造任务。", "2026-12-31", "力争", false},
    {"确保2026年6月底前完成主体工程。", "2026-06-30", "确保", false},
    {"计划于2026年上半年开工建设。", "2026-06-30", "计划", false},
    {"计划于2026年下半年投入运营。", "2026-12-31", "计划", false},
    {"力争2026年第三季度上线运行。", "2026-09-30", "力争", false},
    {"预计2026年10月建成投用。", "2026-10-31", "预计", false},
    {"将于2026年9月30日前全面完成。", "2026-09-30", "将", false},
    {"到2026年12月底，全市建成试点100个。", "2026-12-31", "", false},
    {"要在2026年11月底前完成验收。", "2026-11-30", "要", false},
    {"2026年底前实现全覆盖。", "2026-12-31", "", false},
    {"确保2026年3月上旬前完成摸底。", "2026-03-10", "确保", false},
    {"争取到2026年床位数达到1600张。", "2026-12-31", "争取", false},
    {"请各单位于5月10日前报送有关材料。", "2023-05-10", "请", false},
    {"请于6月17日前提交调查表。", "2023-06-17", "请", false},
    {"请各单位于3月24日下午4:00前报送名单。", "2023-03-24", "请", false},
    {"请于4月10日17时前报送总结。", "2023-04-10", "请", false},
    {"请于4月12日下班前报送统计表。", "2023-04-12", "请", false},
    {"请于4月14日中午前报送统计表。", "2023-04-14", "请", false},
    {"务必于4月15日上午下班前报送。", "2023-04-15", "务必", false},
    {"力争2026年度内完成全部任务。", "2026-12-31", "力争", false},
    {"请各乡镇在12月底前实施完毕。", "2023-12-31", "请", false},
    {"确保年底前具备首次登记条件。", "2023-12-31", "确保", false},
    {"请各单位每月5日前报送上月执行情况。", "-", "请", true},
    {"每季度初10日内完成信息更新。", "-", "", true},
    {"2022年5月9日，组织开展了义诊活动。", "", "", false},
    {"细河区于2011年底启动了改造工作。", "", "", false},
    {"截至2023年底，全区已建成社康中心57家。", "", "", false},
    {"自2018年7月至2019年3月开展评议工作。", "", "", false},
    {"2018年以来，已有8个项目建成投入使用。", "", "", false},
    {"改造工程已于2023年5月8日开工。", "", "", false},
    {"近三年内新增床位300张。", "", "", false},
    {"力争2023年汛期结束前主体完工。", "", "", false},
    {"《三年实施计划（2023—2025年）》已印发。", "", "", false},
    {"2024年，龙岗区继续推进项目建设。", "", "", false},
    {"县考评办要将2026年度重点任务纳入考核。", "", "", false},
    {"考评机构要将2026年区《政府工作报告》确定的任务纳入考核。", "", "", false},
    {"要将2026年的目标任务分解到各单位。", "", "", false},
};

}  // namespace

TEST_CASE("extract::extract_commitments sentences") {
  for (const auto& r : k_rows) {
    CAPTURE(r.sentence);
    Document doc(std::string("各单位：\n") + r.sentence + "\n");
    const auto L = extract::find_layout(doc);
    Record rec;
    rec.kind = "notice";
    rec.signed_date = "2023-03-01";
    rec.addressees = {"各单位"};
    extract::extract_commitments(doc, L, rec);
    const std::string due = r.due;
    if (due.empty()) {
      CHECK(rec.commitments.empty());
      continue;
    }
    REQUIRE(rec.commitments.size() == 1);
    const auto& c = rec.commitments[0];
    CHECK(c.due.value_or("-") == due);
    CHECK(c.modality.value_or("") == std::string(r.modality));
    CHECK(c.recurring == r.recurring);
    CHECK(c.at.line == 2);
  }
}

TEST_CASE("extract::extract_commitments quantities and bound unit") {
  Document doc("各区卫生健康局：\n到2025年底，全市建成社区医院200个，床位1600张，总投资212亿元，满意率达90%以上。\n");
  const auto L = extract::find_layout(doc);
  Record rec;
  rec.kind = "notice";
  rec.addressees = {"各区卫生健康局"};
  rec.signers = {"市卫生健康委员会"};
  extract::extract_commitments(doc, L, rec);
  REQUIRE(rec.commitments.size() == 1);
  const auto& c = rec.commitments[0];
  CHECK(c.due.value_or("") == "2025-12-31");
  CHECK(c.due_text.value_or("") == "到2025年底");
  REQUIRE(c.quantities.size() >= 1);
  CHECK(c.quantities[0].value == 200);
  CHECK(c.quantities[0].unit == "个");
  CHECK(c.unit.value_or("") == "市卫生健康委员会");
}
