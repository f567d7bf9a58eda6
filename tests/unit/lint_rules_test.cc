// The rules, one TEST_CASE each, on tables of short texts written for the purpose: what is flagged,
// where (line:col in the source as the user sees it), and what the safe fix writes.
#include <doctest/doctest.h>

#include "lint/rule.h"
#include "lint_support.h"

using lint_test::fixed;
using lint_test::lint_rule;

namespace {

struct Case {
  const char* text;
  int count;     // findings of the rule
  int line = 0;  // of the first finding, when count > 0
  int col = 0;
  const char* after_fix = nullptr;  // the text once every fix is applied
};

void run_cases(const char* rule, const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(std::string(rule));
    CAPTURE(std::string(c.text));
    const auto got = lint_rule(c.text, rule);
    for (const auto& f : got) CAPTURE(f.message);
    CHECK(static_cast<int>(got.size()) == c.count);
    if (c.count > 0 && !got.empty() && c.line > 0) {
      CHECK(got[0].begin.line == c.line);
      CHECK(got[0].begin.col == c.col);
    }
    if (c.after_fix) CHECK(fixed(c.text, got) == c.after_fix);
  }
}

// A well-formed reply letter; tests change one part of it.
const char* k_reply =
    "关于市六届人大三次会议第45号建议的答复\n\n李明代表：\n\n您提出的《关于增设社区公交线路的建议》（第45号）收悉。"
    "现答复如下：我局已增设两条社区公交线路。\n\n感谢您对交通工作的关心和支持。\n\n桐江市交通运输局\n2024年6月3日\n\n"
    "办理结果：A\n公开方式：全文公开\n联系人：周琳，联系电话：0573-82216012\n";

std::string replace(std::string s, const std::string& from, const std::string& to) {
  const auto p = s.find(from);
  REQUIRE(p != std::string::npos);
  return s.replace(p, from.size(), to);
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (auto p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

// A resident ID number with a valid checksum, built here rather than copied from anywhere.
std::string id_number(const std::string& first17) {
  static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int k = 0; k < 17; ++k) sum += (first17[static_cast<std::size_t>(k)] - '0') * w[k];
  return first17 + std::string(1, "10X98765432"[sum % 11]);
}

}  // namespace

TEST_CASE("lint::missing-element") {
  CHECK(lint_rule(k_reply, "missing-element").empty());
  const auto no_tail = lint_rule(replace(replace(k_reply, "办理结果：A\n", ""), "公开方式：全文公开\n", ""), "missing-element");
  REQUIRE(no_tail.size() == 2);
  CHECK(no_tail[0].message.find("result code") != std::string::npos);
  CHECK(no_tail[1].message.find("disclosure") != std::string::npos);
  // Tail elements point at the last line of the text.
  CHECK(no_tail[0].begin.line == 12);
  // The profile decides what a reply needs.
  auto s = lint_test::default_settings();
  s.profile.reply_requires = {"signer", "signed-date"};
  CHECK(lint_rule(replace(k_reply, "联系人：周琳，联系电话：0573-82216012\n", ""), "missing-element", s).empty());
  // An article is not a reply: nothing is required of it.
  CHECK(lint_rule("推进基层医疗服务能力建设是一项长期而艰巨的任务。\n", "missing-element").empty());
}

TEST_CASE("lint::doc-number-format") {
  run_cases("doc-number-format",
            {
                {"文号：筑卫健发〔2021〕19号\n", 0},
                {"文号：筑卫健发[2021]19号\n", 1, 1, 4, "文号：筑卫健发〔2021〕19号\n"},
                {"文号：筑卫健发【2021】19号\n", 1, 1, 4, "文号：筑卫健发〔2021〕19号\n"},
                {"文号：筑卫健发（2021）19号\n", 1, 1, 4, "文号：筑卫健发〔2021〕19号\n"},
                {"文号：筑卫健发〔2021〕019号\n", 1, 1, 4, "文号：筑卫健发〔2021〕19号\n"},
                {"文号：筑卫健发〔2021〕第19号\n", 1, 1, 4, "文号：筑卫健发〔2021〕19号\n"},
                {"文号：筑卫健发〔 2021 〕19号\n", 1, 1, 4, "文号：筑卫健发〔2021〕19号\n"},
                // A short year is named but not guessed.
                {"文号：筑卫健发〔21〕19号\n", 1, 1, 4, "文号：筑卫健发〔21〕19号\n"},
                // A cited number is checked as well.
                {"根据《关于加强管理的通知》（市政办发(2022)5号）要求，现通知如下。\n", 1, 1, 15},
            });
}

TEST_CASE("lint::date-format") {
  run_cases("date-format",
            {
                {"我局于2024年3月14日召开推进会。\n", 0},
                {"我局于2024年03月04日召开推进会。\n", 1, 1, 4, "我局于2024年3月4日召开推进会。\n"},
                {"我局于 2024 年 3 月 14 日召开推进会。\n", 1, 1, 5, "我局于 2024年3月14日召开推进会。\n"},
                {"我局于2024.3.14召开推进会。\n", 1, 1, 4, "我局于2024年3月14日召开推进会。\n"},
                {"我局于二〇二四年三月十四日召开推进会。\n", 1, 1, 4, "我局于2024年3月14日召开推进会。\n"},
                // Before the 2012 rules, Chinese numerals were the rule.
                {"我局于二〇〇八年三月十四日召开推进会。\n", 0},
                {"我局于2024年3月14号召开推进会。\n", 1, 1, 4, "我局于2024年3月14日召开推进会。\n"},
            });
}

TEST_CASE("lint::invalid-date") {
  run_cases("invalid-date", {
                                {"请于2024年9月30日前报送。\n", 0},
                                {"请于2008年9月31日前报送。\n", 1, 1, 3},
                                {"请于2023年2月29日前报送。\n", 1, 1, 3},
                                {"请于2024年2月29日前报送。\n", 0},
                                {"请于2月30日前报送。\n", 1, 1, 3},
                                {"请于2月29日前报送。\n", 0},
                            });
}

TEST_CASE("lint::missing-year") {
  run_cases("missing-year", {
                                {"为总结经验，年7月，专家组赴基层调研。\n", 1, 1, 7},
                                {"专家组于年7月15日赴基层调研。\n", 1, 1, 5},
                                {"今年7月，专家组赴基层调研。\n", 0},
                                {"同年7月，专家组赴基层调研。\n", 0},
                                {"2019年7月，专家组赴基层调研。\n", 0},
                            });
}

TEST_CASE("lint::date-inconsistent") {
  const char* tail = "\n\n桐江市交通运输局\n2024年3月1日\n";
  run_cases("date-inconsistent",
            {
                {(std::string("我局已于2024年2月10日召开推进会。") + tail).c_str(), 0},
                {(std::string("我局已于2024年5月10日召开推进会。") + tail).c_str(), 1, 1, 5},
                {(std::string("我局计划于2024年5月10日召开推进会。") + tail).c_str(), 0},
                {(std::string("请于2024年5月10日前完成整改。") + tail).c_str(), 0},
                // The print date of the 版记 comes after the signature by design.
                {(std::string("我局已召开推进会。") + tail + "\n桐江市交通运输局办公室  2024年3月5日印发\n").c_str(), 0},
            });
  // A letter signed after the as-of date.
  const auto future = lint_rule("我局已召开推进会。\n\n桐江市交通运输局\n2027年3月1日\n", "date-inconsistent");
  REQUIRE(future.size() == 1);
  CHECK(future[0].begin.line == 4);
  CHECK(future[0].message.find("2026-06-01") != std::string::npos);
}

TEST_CASE("lint::proposal-number-mismatch") {
  CHECK(lint_rule(k_reply, "proposal-number-mismatch").empty());
  const auto got = lint_rule(replace(k_reply, "（第45号）", "（第54号）"), "proposal-number-mismatch");
  REQUIRE(got.size() == 1);
  CHECK(got[0].begin.line == 5);
  CHECK(got[0].message.find("54") != std::string::npos);
  CHECK(lint_rule(replace(k_reply, "（第45号）", "（第045号）"), "proposal-number-mismatch").empty());
}

TEST_CASE("lint::misspelled-term") {
  run_cases("misspelled-term", {
                                   {"区财政局为汇办单位。\n", 1, 1, 6},
                                   {"市外汇办给予指导，区财政局为会办单位。\n", 0},
                                   {"建立工作台帐。\n", 1, 1, 5},
                                   {"建立工作台账。\n", 0},
                               });
  // A dictionary of one's own.
  auto s = lint_test::default_settings();
  s.dictionary = std::make_shared<gongwen::lint::Dictionary>(
      std::vector<gongwen::lint::Misspelling>{{"协力办", "协办", {}, "test"}});
  CHECK(lint_rule("区财政局为协力办单位。\n", "misspelled-term", s).size() == 1);
  CHECK(lint_rule("区财政局为汇办单位。\n", "misspelled-term", s).empty());
}

TEST_CASE("lint::personal-data") {
  const std::string pub = "\n\n公开方式：全文公开\n";
  const std::string id = id_number("33010219800101123");
  std::string wrong_id = id;
  wrong_id.back() = wrong_id.back() == '0' ? '1' : '0';
  run_cases("personal-data",
            {
                {("联系电话：13905731234" + pub).c_str(), 1, 1, 6},
                {("联系电话：139-0573-1234" + pub).c_str(), 1, 1, 6},
                {("联系电话：0573-82217605" + pub).c_str(), 0},
                {("身份证号：" + id + pub).c_str(), 1, 1, 6},
                {("编号：" + wrong_id + pub).c_str(), 0},
                {("邮箱：zhang1988@qq.com" + pub).c_str(), 1, 1, 4},
                {("邮箱：office@yunxi.gov.cn" + pub).c_str(), 0},
                // Not published: nothing to say.
                {"联系电话：13905731234\n\n公开方式：依申请公开\n", 0},
                {"联系电话：13905731234\n", 0},
            });
  const auto got = lint_rule("联系电话：13905731234" + pub, "personal-data");
  REQUIRE(got.size() == 1);
  CHECK(got[0].message.find("13905731234") == std::string::npos);  // masked
}

TEST_CASE("lint::page-break-split") {
  const std::string para =
      "我局高度重视对口帮扶工作，多次召开专题会议研究部署，明确帮扶目标、帮扶措施和责任分工，建立定期会商和信息通报机制，"
      "推动帮扶地区医疗卫生服务能力持续提升。同时，我局主动对接帮扶地区卫生健康部门，摸清医疗资源底数和群众就医需求，"
      "制定年度帮扶计划，落实专人负责，定期跟踪问效，确保各项帮扶措施落地见效，并将帮扶成效纳入年度绩效考核，"
      "接受社会各界和服务对象的监督，不断提高帮扶工作的质量和水平。\n\n";
  run_cases("page-break-split",
            {
                {(para + "一是组织专家团队赴基层调研，详细了解科室设置\n\n和设备短板。\n").c_str(), 1, 3, 23},
                {(para + "一是组织专家团队赴基层调研，详细了解科室设置和设备短板。\n\n二是加强培训。\n").c_str(), 0},
                // Headings, contact lines and signatures are not sentences.
                {(para + "一、关于推进“党建+业务”协作模式\n\n我局高度重视。\n").c_str(), 0},
                {(para + "联系人：周琳，联系电话：0573-82216012\n\n桐江市交通运输局\n2024年3月1日\n").c_str(), 0},
                // Within the first page's first lines: a title over the body.
                {"临溪市东港区：织密社区健康服务网，守护居民家门口的健康\n\n推进基层医疗服务能力建设是一项长期而艰巨的任务。\n", 0},
            });
  // Across a page number: one finding, which names the page number and the line it goes on.
  const auto got = lint_rule(para + "一是组织专家团队赴基层调研，详细了解科室设置\n\n— 2 —\n\n和设备短板。\n", "page-break-split");
  REQUIRE(got.size() == 1);
  CHECK(got[0].begin.line == 3);
  CHECK(got[0].message.find("continues on line 7 after the page number — 2 —") != std::string::npos);
}

TEST_CASE("lint::ocr-garbage") {
  run_cases("ocr-garbage",
            {
                {"1\t云岩区\t生 税 加 中 一\n", 1, 1, 7},
                {"2\t南明区\tW III Z\n", 1, 1, 7},
                {"4\t观山湖区\tELMILETEMATI 中\n", 1, 1, 8},
                {"1\t云岩区\t市第一人民医院\n", 0},
                // Spaced numbers with their unit, and letter-spaced headings.
                {"于 2021 年 12 月 24 日调研\n", 0},
                {"特 此 通 知\n", 0},
                // Latin inside a sentence is explained by it.
                {"购置全自动生化仪、彩超、DR等医疗设备，推进GCP认证。\n", 0},
                {"建成社区服务中心 一 174个，完成改造。\n", 0},
                {"我局已完成改造工作。\n\nI\n\n感谢您对住房和城乡建设工作的关心和支持。\n", 1, 3, 1},
                // A result code standing alone is not debris.
                {"A\n\n我局已完成改造工作。感谢您对住房和城乡建设工作的关心和支持。\n", 0},
            });
}

TEST_CASE("lint::injected-text") {
  run_cases("injected-text",
            {
                {"桐江房产网桐江房产网\n\n正文。\n", 1, 1, 1},
                {"桐江房产网桐江房产网-桐江二手房-桐江新房\n\n正文。\n", 1, 1, 1},
                {"我区推进老旧小区改造，桐江二手房最新政策2024，完成改造项目12个。\n", 1, 1, 12},
                {"随着需求增长，深圳村委统建楼网，在全国推广。\n", 1, 1, 8},
                {"首页 新房 二手房 租房 小区\n", 1, 1, 1},
                {"首页 > 信息公开 > 通知公告\n", 1, 1, 1},
                {"【打印本页】 【关闭窗口】\n", 1, 1, 1},
                // An office's own sentences about housing are not adverts.
                {"我区规范二手房交易管理，严厉查处小产权房违法建设。\n", 0},
                {"欢迎访问桐江市住房和城乡建设局网站了解详情。\n", 0},
            });
}

TEST_CASE("lint::halfwidth-punctuation") {
  run_cases("halfwidth-punctuation",
            {
                {"现将有关事项通知如下：\n", 0},
                {"为落实要求,现通知如下:\n", 1, 1, 6, "为落实要求，现通知如下：\n"},
                {"各区(市、县)卫生健康局:\n", 1, 1, 3, "各区（市、县）卫生健康局：\n"},
                {"(一) 建立社区结对联系制度\n", 1, 1, 1, "（一）建立社区结对联系制度\n"},
                {"联系人: 周琳\n", 1, 1, 4, "联系人：周琳\n"},
                // Between digits or Latin letters the ASCII marks stay.
                {"会议定于10:30召开，参照规范(GCP)执行，共3,000份。\n", 0},
                {"世界卫生组织通报(Bulletin of the WHO)刊发了经验。\n", 0},
            });
}

TEST_CASE("lint::markup-residue") {
  run_cases("markup-residue",
            {
                {"报送至邮箱：<u>office@tj.gov.cn</u>。\n", 1, 1, 7, "报送至邮箱：office@tj.gov.cn。\n"},
                {"联系人：周琳&nbsp;&nbsp;电话：0573-82216012\n", 1, 1, 7, "联系人：周琳  电话：0573-82216012\n"},
                {"<p>第一段。</p>\n", 1, 1, 1, "第一段。\n"},
                {"第一段。<br>第二段。\n", 1, 1, 5, "第一段。\n第二段。\n"},
                {"规定：a < b 且 c > d。\n", 0},
            });
}

TEST_CASE("lint::unbalanced-pair") {
  run_cases("unbalanced-pair", {
                                   {"根据《桐江市公共交通条例》规定。\n", 0},
                                   {"根据《桐江市公共交通条例规定。\n", 1, 1, 3},
                                   {"根据桐江市公共交通条例》规定。\n", 1, 1, 12},
                                   {"增设社区线路（两条。\n", 1, 1, 7},
                                   {"他说：“我们马上办。\n", 1, 1, 4},
                                   {"1) 新增线路\n2) 调整站点\n", 0},
                                   // A pair split by a page break is whole again in the folded text.
                               });
}

TEST_CASE("lint::result-code-invalid") {
  CHECK(lint_rule(k_reply, "result-code-invalid").empty());
  const auto got = lint_rule(replace(k_reply, "办理结果：A", "办理结果：甲"), "result-code-invalid");
  REQUIRE(got.size() == 1);
  CHECK(got[0].begin.line == 12);
  CHECK(got[0].begin.col == 6);
  // Sub-codes pass with their letter; another profile accepts 甲.
  CHECK(lint_rule(replace(k_reply, "办理结果：A", "办理结果：A1"), "result-code-invalid").empty());
  auto s = lint_test::default_settings();
  s.profile.result_codes = {"甲", "乙", "丙"};
  CHECK(lint_rule(replace(k_reply, "办理结果：A", "办理结果：甲"), "result-code-invalid", s).empty());
  CHECK(lint_rule(k_reply, "result-code-invalid", s).size() == 1);
}

TEST_CASE("lint::attachment-mismatch") {
  const std::string head = "请认真组织实施。\n\n附件：1. 项目清单\n      2. 联络员信息表\n\n桐江市交通运输局\n2024年6月3日\n\n";
  run_cases("attachment-mismatch",
            {
                {(head + "附件1\n\n项目清单\n\n附件2\n\n联络员信息表\n").c_str(), 0},
                // Attachments kept as separate files: nothing to compare.
                {head.c_str(), 0},
                {(head + "附件1\n\n项目清单\n").c_str(), 1, 3, 1},
                {(head + "附件1\n\n项目清单\n\n附件2\n\n联络员信息表\n\n附件3\n\n经费测算表\n").c_str(), 1, 17, 1},
                {(head + "附件1\n\n项目清单\n\n附件2\n\n经费测算表\n").c_str(), 1, 13, 1},
                {"请认真组织实施。\n\n桐江市交通运输局\n2024年6月3日\n\n附件\n\n项目清单\n", 1, 6, 1},
            });
}

TEST_CASE("lint::duplicate-document") {
  const std::string sep(gongwen::lint::k_next_document);
  run_cases("duplicate-document",
            {
                {("我局已增设两条线路。" + sep + "我局已增设三条线路。").c_str(), 0},
                {("我局已增设两条线路。\n" + sep + "我局已增设两条线路。\n").c_str(), 1, 1, 1},
                {("我局已增设两条线路，方便出行。\n" + sep + "我局已增设 两条线路,方便出行。\r\n").c_str(), 1, 1, 1},
            });
  const auto got = lint_rule("我局已增设两条线路。\n" + sep + "我局已增设两条线路。\n", "duplicate-document");
  REQUIRE(got.size() == 1);
  CHECK(got[0].path == "doc2.txt");
  CHECK(got[0].message.find("doc1.txt") != std::string::npos);
}

TEST_CASE("lint::conflicting-reply") {
  const std::string sep(gongwen::lint::k_next_document);
  const std::string other = replace(replace(k_reply, "办理结果：A", "办理结果：B"), "已增设两条", "将增设三条");
  const auto got = lint_rule(k_reply + sep + other, "conflicting-reply");
  REQUIRE(got.size() == 1);
  CHECK(got[0].path == "doc2.txt");
  CHECK(got[0].begin.line == 1);
  CHECK(got[0].message.find("result code B") != std::string::npos);
  // Another item, or the same item answered alike, is no conflict.
  CHECK(lint_rule(k_reply + sep + replace_all(other, "45号", "46号"), "conflicting-reply").empty());
  CHECK(lint_rule(k_reply + sep + replace(k_reply, "已增设两条", "已增设三条"), "conflicting-reply").empty());
  // A 会办 opinion goes to the lead unit and is signed by the co-handler.
  const std::string co =
      "桐江市公安局\n\n关于市六届人大三次会议第45号建议的会办意见\n\n桐江市交通运输局：\n\n李明代表提出的建议由贵局主办，"
      "我局会办。现提出会办意见如下：同意增设线路。\n\n桐江市公安局\n2024年5月20日\n";
  CHECK(lint_rule(k_reply + sep + co, "conflicting-reply").empty());
}
