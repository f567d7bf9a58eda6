// Forms that real scraped documents carry and clean ones do not: codes glued to numbers,
// brackets lost, labels without colons, body list items above a signature. Each case is an
// invented letter read through the whole pipeline.
#include <doctest/doctest.h>

#include <string>

#include "ingest_support.h"

using namespace gongwen;

namespace {

Record read(const std::string& text) { return test::read_letter(text); }

}  // namespace

TEST_CASE("damaged forms: a result code glued to the letter's number") {
  const Record r = read("平安县交通运输局关于县政协十届二次会议第57号提案的答复\n平交函〔2019〕57号B类 同意公开\n"
                        "王明委员：\n您的提案收悉。\n平安县交通运输局\n2019年6月1日\n");
  CHECK(r.result_code.value_or("") == "B");
}

TEST_CASE("damaged forms: a proposal number with a dot") {
  const Record r = read("平安县发展和改革委员会关于县政协十届二次会议第6.11号提案的答复\n王明委员：\n您的提案收悉。\n"
                        "平安县发展和改革委员会\n2022年6月1日\n");
  REQUIRE(r.proposals.size() == 1);
  CHECK(r.proposals[0].number == "6.11");
}

TEST_CASE("damaged forms: an autonomous region's session keeps its level") {
  const Record r = read("关于自治区九届人大二次会议第15号建议的答复\n张明代表：\n您的建议收悉。\n"
                        "西江省住房和城乡建设厅\n2020年5月6日\n");
  REQUIRE(r.proposals.size() == 1);
  REQUIRE(r.proposals[0].session);
  CHECK(r.proposals[0].session->level == "自治区");
}

TEST_CASE("damaged forms: 你厅 in a letter to one unit is that unit") {
  const Record r = read(
      "西江省文化和旅游厅关于第15号建议会办意见的函\n西江省住房和城乡建设厅：\n"
      "自治区九届人大二次会议第15号建议，由你厅主办，我厅会办。现将会办意见函告如下：\n一、我厅将加强指导。\n"
      "西江省文化和旅游厅\n2020年5月6日\n");
  CHECK(r.assignment.lead == std::vector<std::string>{"西江省住房和城乡建设厅"});
  CHECK(r.assignment.co == std::vector<std::string>{"西江省文化和旅游厅"});
}

TEST_CASE("damaged forms: a date that describes a thing is no target") {
  const Record r = read("王明代表：\n您的建议收悉。我局将改造2000年以前建成的老旧小区。\n平安县住房和城乡建设局\n");
  CHECK(r.commitments.empty());
}

TEST_CASE("damaged forms: a compact signature date ending in 日") {
  const Record r = read("平安县人民政府办公室关于做好防汛工作的通知\n各乡镇：\n请做好准备。\n平安县人民政府办公室\n2017817日\n");
  CHECK(r.signers == std::vector<std::string>{"平安县人民政府办公室"});
  CHECK(r.signed_date.value_or("") == "2017-08-17");
}

TEST_CASE("damaged forms: body list items above the signature are not signers") {
  const Record r = read("平安县环境整治办公室关于整治情况的通报\n各乡镇：\n现将情况通报如下：\n1、排名靠后的单位\n水利局\n\n\n"
                        "平安县环境整治办公室\n2020年4月10日\n");
  CHECK(r.signers == std::vector<std::string>{"平安县环境整治办公室"});
}

TEST_CASE("damaged forms: a short office name alone signs") {
  const Record r = read("平安大学关于做好期末工作的通知\n各学院：\n请做好准备。\n科研处\n2021年6月1日\n");
  CHECK(r.signers == std::vector<std::string>{"科研处"});
}

TEST_CASE("damaged forms: page labels set off by a space or brackets") {
  const Record r = read("市人民政府办公室关于印发平安行动方案的通知\n名称 市人民政府办公室关于印发平安行动方案的通知\n"
                        "[ 发布机构 ] 平安县人民政府办公室\n各乡镇：\n请做好准备。\n平安县人民政府办公室\n2017年8月17日\n");
  CHECK(r.title.value_or("") == "市人民政府办公室关于印发平安行动方案的通知");
  CHECK(r.issuers == std::vector<std::string>{"市人民政府办公室"});
}

TEST_CASE("damaged forms: a title followed by its own number after a space") {
  const Record r = read("关于举办运动会的通知 平教体〔2021〕7号\n各学校：\n请做好准备。\n平安市教育局\n2021年4月29日\n");
  CHECK(r.title.value_or("") == "关于举办运动会的通知");
  REQUIRE(r.doc_numbers.size() == 1);
  CHECK(r.doc_numbers[0].text == "平教体〔2021〕7号");
}

TEST_CASE("damaged forms: a cited number that lost its opening bracket") {
  const Record r = read("平安县人民政府办公室关于做好防汛工作的通知\n各乡镇：\n根据《国务院关于某事的意见》（国发2019〕13号）精神，请做好准备。\n"
                        "平安县人民政府办公室\n2021年4月29日\n");
  REQUIRE(r.cited_doc_numbers.size() == 1);
  CHECK(r.cited_doc_numbers[0].agency == "国发");
  CHECK(r.cited_doc_numbers[0].year == 2019);
  CHECK(r.cited_doc_numbers[0].serial == 13);
}

TEST_CASE("damaged forms: a salutation with 尊敬 but no 的") {
  const Record r = read("尊敬王小明代表：\n您提出的《关于修路的建议》收悉。\n平安县交通运输局\n2022年5月6日\n");
  REQUIRE(r.proposers.size() == 1);
  CHECK(r.proposers[0].name == "王小明");
}

TEST_CASE("damaged forms: a phone label that also names the fax") {
  const Record r = read("王明代表：\n您的建议收悉。\n联系人：李青\n联系电话及传真：88776655\n平安县交通运输局\n2022年5月6日\n");
  REQUIRE(r.contacts.size() == 1);
  CHECK(r.contacts[0].phones == std::vector<std::string>{"88776655"});
}

TEST_CASE("damaged forms: a site's bulleted rows and menu entries in the head") {
  const Record r = read("政府信息公开指南\n依申请公开\n  • 123456/2022-00011\n  • 2022年05月08日\n"
                        "平安区城市管理局关于区二届人大一次会议第8号建议的答复\n王明代表：\n您的建议收悉。\n"
                        "平安区城市管理局\n2022年5月6日\n");
  REQUIRE(r.dates.size() == 1);
  CHECK(r.dates[0].value == "2022-05-06");
  CHECK_FALSE(r.disclosure);
}

TEST_CASE("damaged forms: a year that names an event to be held is no due year") {
  const Record r = read("平安县科协关于报送计划的通知\n各学会：\n对拟于2023年举办的学术会议要预先上报计划。请于2022年10月15日前报送。\n"
                        "平安县科协\n2022年9月1日\n");
  REQUIRE(r.commitments.size() == 1);
  CHECK(r.commitments[0].due.value_or("") == "2022-10-15");
}

TEST_CASE("damaged forms: a title line ending in a table's bar") {
  const Record r = read("平安市农业局关于举办培训班的通知 |\n各县农业局：\n请做好准备。\n平安市农业局\n2021年4月29日\n");
  CHECK(r.title.value_or("") == "平安市农业局关于举办培训班的通知");
}

TEST_CASE("damaged forms: 科协 and 党总支 end a unit name in an addressee list") {
  const Record r = read("平安市科协关于做好科普工作的通知\n各县科协、平安湖景区文卫局：\n请做好准备。\n平安市科协\n2021年4月29日\n");
  CHECK(r.addressees == std::vector<std::string>{"各县科协", "平安湖景区文卫局"});
}

TEST_CASE("damaged forms: a title over three lines with a short middle line") {
  const Record r = read("临溪县人民政府办公室关于印发临溪县\n道路养护管理\n办法的通知\n各乡镇人民政府，县直各单位：\n现印发给你们。\n"
                        "临溪县人民政府办公室\n2021年5月1日\n");
  CHECK(r.title.value_or("") == "临溪县人民政府办公室关于印发临溪县道路养护管理办法的通知");
}

TEST_CASE("damaged forms: a reply titled X局对…的答复 names its issuer before 对") {
  const Record r = read("临溪县人民政府\n临溪县水利局对县五届人大三次会议第7号建议的答复\n王明代表：\n您的建议收悉。\n"
                        "临溪县水利局\n2021年5月1日\n");
  CHECK(r.issuers == std::vector<std::string>{"临溪县水利局"});
}

TEST_CASE("damaged forms: the date in brackets under a party document's title") {
  const Record r = read("临政发〔2021〕3号\n中共临溪县委\n临溪县人民政府\n关于表彰2020年度先进单位的通报\n（2021年3月2日）\n"
                        "各乡镇党委、政府：\n全县各单位要向先进学习。\n");
  CHECK(r.kind == "notice");
  CHECK(r.signed_date.value_or("") == "2021-03-02");
  CHECK(r.issuers == std::vector<std::string>{"中共临溪县委", "临溪县人民政府"});
}

TEST_CASE("damaged forms: a weekday between the date and 前; 将 marking an object") {
  const Record r = read("临溪县人民政府关于下达任务的通知\n各乡镇：\n县政府将2021年重点工作分解为10项任务，现下达给你们。"
                        "请于5月8日(周五)前将表格报送县局。\n临溪县人民政府\n2021年5月1日\n");
  REQUIRE(r.commitments.size() == 1);
  CHECK(r.commitments[0].due.value_or("") == "2021-05-08");
}

TEST_CASE("damaged forms: a bulleted page row is no masthead") {
  const Record r = read("  • 临溪县水利局\n关于做好防汛工作的通知\n各乡镇：\n请做好准备。\n");
  CHECK(r.issuers.empty());
}

TEST_CASE("damaged forms: a tight block of short office names signs together") {
  const Record r = read("平安学院关于做好期末工作的通知\n各院、系、部门：\n请做好准备。\n纪 委\n党 委 办 公 室\n院 长 办 公 室\n2021年6月1日\n");
  CHECK(r.signers == std::vector<std::string>{"纪委", "党委办公室", "院长办公室"});
}

TEST_CASE("damaged forms: a closing line that labels the signer") {
  const Record r = read("王明代表：\n您提出的关于修缮村口桥梁的建议收悉，现答复如下：感谢您的支持。\n承办单位：青石县交通运输局\n2022年3月4日\n");
  CHECK(r.signers == std::vector<std::string>{"青石县交通运输局"});
  CHECK(r.signed_date.value_or("") == "2022-03-04");
}

TEST_CASE("damaged forms: a title's short issuer takes the masthead's full name") {
  const Record r = read("临溪县人民政府\n县人民政府关于印发《临溪县工作规则》的通知\n各乡镇人民政府：\n现印发给你们。\n"
                        "临溪县人民政府\n2021年5月1日\n");
  CHECK(r.issuers == std::vector<std::string>{"临溪县人民政府"});
}

TEST_CASE("damaged forms: an e-mail address on the line after its label") {
  const Record r = read("各单位：\n请报送材料。\n联系人：王明 电话：12345678\n电子邮箱：\nwangming@example.com\n某市教育局\n2021年5月1日\n");
  REQUIRE(r.contacts.size() == 1);
  CHECK(r.contacts[0].emails == std::vector<std::string>{"wangming@example.com"});
}

TEST_CASE("damaged forms: zones listed before the board they share") {
  const Record r = read("某市人民政府办公室关于做好防汛工作的通知\n各县人民政府，市高新区、经开区、东湖区管委会，市直各单位：\n"
                        "请做好准备。\n某市人民政府办公室\n2021年5月1日\n");
  CHECK(r.addressees == std::vector<std::string>{"各县人民政府", "市高新区、经开区、东湖区管委会", "市直各单位"});
}

TEST_CASE("damaged forms: a site's long blurb above the title") {
  std::string blurb = "本站";
  for (int k = 0; k < 30; ++k) blurb += "资料。";
  const Record r = read(blurb + "\n平安县人民政府办公室关于印发平安工作细则的通知\n平政办发〔2010〕5号\n各乡镇人民政府，县直各部门：\n"
                        "现将细则印发给你们，请认真执行。\n平安县人民政府办公室\n2010年3月1日\n");
  CHECK(r.title.value_or("") == "平安县人民政府办公室关于印发平安工作细则的通知");
  REQUIRE(r.doc_numbers.size() == 1);
  CHECK(r.addressees == std::vector<std::string>{"各乡镇人民政府", "县直各部门"});
}

TEST_CASE("damaged forms: an excerpt with neither title nor signature that directs units is a notice") {
  CHECK(read("各乡镇人民政府，县直各单位：\n现将2020年重点工作任务分解下达，请各单位抓好落实。\n附件：2020年重点工作任务分解表\n").kind ==
        "notice");
  // A letter to a unit that only informs stays what its words make it.
  CHECK(read("平安县档案馆：\n感谢贵馆提供的资料。\n").kind == "other");
}
