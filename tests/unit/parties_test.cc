// Parties: title, issuers, addressees, proposers, signers and the signed date, read from whole
// invented documents through the full pipeline (layout first, as gw-ingest runs it).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document.h"
#include "extract/extract.h"
#include "extract/run.h"

using namespace gongwen;

namespace {

Record read(const std::string& text) {
  Document doc(text);
  Record rec;
  extract::run(doc, rec);
  return rec;
}

std::vector<std::string> names(const std::vector<Person>& v) {
  std::vector<std::string> out;
  for (const auto& p : v) out.push_back(p.name);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("parties: a page label row above the salutation does not hide it") {
  // Each label row, with or without its value, sits between the title and the salutation.
  for (const char* label : {"来源：临溪市水务局", "作者：佚名", "字体：", "浏览量：", "浏览次数：次", "类别：B",
                            "发布时间：2024-05-06 09:30", "协办单位：", "会办单位："}) {
    CAPTURE(label);
    const auto rec = read(std::string("临溪市水务局关于市二届人大三次会议第15号建议的答复\n\n") + label +
                          "\n\n周明远代表：\n\n您提出的《关于整治河道淤积的建议》收悉，现答复如下：\n"
                          "我局将于2024年底前完成清淤。\n\n临溪市水务局\n2024年5月6日\n");
    CHECK(names(rec.proposers) == Strings{"周明远"});
    REQUIRE(rec.title);
    CHECK(*rec.title == "临溪市水务局关于市二届人大三次会议第15号建议的答复");
  }
  const auto notice = read(
      "临溪市教育局关于开展校园安全检查的通知\n字体：\n各乡镇中心学校，局属各学校：\n"
      "现将有关事项通知如下：请于2024年3月10日前完成自查。\n临溪市教育局\n2024年3月1日\n");
  CHECK(notice.addressees == Strings{"各乡镇中心学校", "局属各学校"});
}

TEST_CASE("parties: a bare label still takes the short line below it as its value") {
  const auto rec = read(
      "临溪市民政局关于做好救助工作的通知\n成文日期：\n2023年1月5日\n各县(区)民政局：\n"
      "请做好救助工作。\n临溪市民政局\n2023年1月9日\n");
  CHECK(rec.addressees == Strings{"各县(区)民政局"});
  CHECK(rec.signed_date == "2023-01-09");
}

TEST_CASE("parties: addressees keep a shared suffix and split between full names") {
  const auto rec = read(
      "临溪市人民政府关于加强河湖管理的通知\n各县(区)人民政府，市政府各委、办、局，临溪经济开发区管委会：\n"
      "请认真贯彻执行。\n临溪市人民政府\n2022年8月3日\n");
  CHECK(rec.addressees == Strings{"各县(区)人民政府", "市政府各委、办、局", "临溪经济开发区管委会"});
  const auto zones = read(
      "临溪市人民政府办公室关于开展防汛检查的通知\n各县区人民政府、临溪高新技术开发区、东湖新区、西岭管理区，市直各单位：\n"
      "请认真贯彻执行。\n临溪市人民政府办公室\n2022年8月3日\n");
  CHECK(zones.addressees == Strings{"各县区人民政府", "临溪高新技术开发区", "东湖新区", "西岭管理区", "市直各单位"});
}

TEST_CASE("parties: an addressee holding a sentence word inside its name is kept") {
  // 经 (经济), 为 (为民) open sentences at the start of a line, not inside a unit name.
  const auto rec = read(
      "临溪县人民政府办公室\n关于做好企业帮扶工作的通知\n县经济和信息化局、县为民服务中心：\n"
      "请于2024年6月底前完成走访。\n临溪县人民政府办公室\n2024年4月2日\n");
  CHECK(rec.addressees == Strings{"县经济和信息化局", "县为民服务中心"});
  REQUIRE(rec.title);
  CHECK(*rec.title == "临溪县人民政府办公室关于做好企业帮扶工作的通知");
  CHECK(rec.kind == "notice");
}

TEST_CASE("parties: the title without the marks or the number a page puts around it") {
  const auto marked = read(
      "《临溪市农业农村局关于开展春耕备耕检查的通知》\n浏览量：\n《临溪市农业农村局关于开展春耕备耕检查的通知》\n"
      "各县(区)农业农村局：\n请于2024年3月20日前报送检查情况。\n临溪市农业农村局\n2024年3月4日\n");
  REQUIRE(marked.title);
  CHECK(*marked.title == "临溪市农业农村局关于开展春耕备耕检查的通知");
  CHECK(marked.issuers == Strings{"临溪市农业农村局"});

  const auto numbered = read(
      "临溪县人民政府办公室关于印发《临溪县防汛应急预案》的通知(临政办发〔2021〕12号)\n"
      "各乡镇人民政府，县直各单位：\n现将预案印发给你们，请认真贯彻执行。\n临溪县人民政府办公室\n2021年5月8日\n");
  REQUIRE(numbered.title);
  CHECK(*numbered.title == "临溪县人民政府办公室关于印发《临溪县防汛应急预案》的通知");
  CHECK(numbered.addressees == Strings{"各乡镇人民政府", "县直各单位"});
}

TEST_CASE("parties: reply titles ending in 回复, or split with a spaced 答 复") {
  const auto reply = read(
      "对临溪县二届人大三次会议第12号建议的回复\n尊敬的孙立群代表：\n您提出的《关于增设公交站点的建议》已收悉，现回复如下：\n"
      "我局将于2024年9月底前增设站点。\n临溪县交通运输局\n2024年6月3日\n");
  REQUIRE(reply.title);
  CHECK(*reply.title == "对临溪县二届人大三次会议第12号建议的回复");
  CHECK(reply.kind == "reply");

  const auto spaced = read(
      "临溪市卫生健康局\n关于对市三届人大二次会议第45号建议的\n答 复\n尊敬的何晓东代表：\n"
      "您提出的《关于加强社区医疗的建议》收悉，现答复如下：\n我局将于2024年底前完成改造。\n临溪市卫生健康局\n2024年6月20日\n");
  REQUIRE(spaced.title);
  CHECK(*spaced.title == "关于对市三届人大二次会议第45号建议的答复");
  CHECK(names(spaced.proposers) == Strings{"何晓东"});
}

TEST_CASE("parties: issuers from a title in traditional characters") {
  const auto rec = read(
      "臨溪縣人民政府辦公室關於做好秋季防火工作的通知\n各鄉鎮人民政府，縣直各單位：\n"
      "請於2023年10月15日前完成排查。\n二〇二三年九月二十日\n");
  CHECK(rec.issuers == Strings{"臨溪縣人民政府辦公室"});
  CHECK(rec.addressees == Strings{"各鄉鎮人民政府", "縣直各單位"});
}

TEST_CASE("parties: a disclosure note between the signing unit and the date") {
  for (const char* note : {"(此件公开发布)", "（此件主动公开）"}) {
    CAPTURE(note);
    const auto rec = read(std::string("临溪县人民政府办公室关于印发临溪县森林防火预案的通知\n各乡镇人民政府：\n"
                                      "现将预案印发给你们，请认真贯彻执行。\n\n临溪县人民政府办公室\n\n") +
                          note + "\n\n2022年4月6日\n");
    CHECK(rec.signers == Strings{"临溪县人民政府办公室"});
    CHECK(rec.signed_date == "2022-04-06");
  }
}

TEST_CASE("parties: a signature date that lost its 年月日") {
  const auto rec = read(
      "临溪县人民政府办公室关于印发临溪县地质灾害防治方案的通知\n各乡镇人民政府：\n"
      "现将方案印发给你们，请认真贯彻执行。\n临溪县人民政府办公室\n(此件公开发布)\n{ 2020 3 1\n");
  CHECK(rec.signers == Strings{"临溪县人民政府办公室"});
  CHECK(rec.signed_date == "2020-03-01");
  REQUIRE(!rec.dates.empty());
  CHECK(rec.dates.back().text == "2020 3 1");
  // Spaced digits in the body, with no signing unit above them, are not a signature.
  const auto body = read(
      "临溪县统计局关于报送统计数据的通知\n各乡镇人民政府：\n请按下表报送：\n2020 3 1\n请认真核对。\n");
  CHECK(!body.signed_date);
  // Nor an impossible date under a unit.
  const auto invalid = read("临溪县统计局关于报送数据的通知\n各乡镇人民政府：\n请认真核对。\n临溪县统计局\n2020 13 45\n");
  CHECK(!invalid.signed_date);
}

TEST_CASE("parties: a page flattened to one line") {
  const auto rec = read(
      "各县(区)人民政府、管委会，市政府各部门：2023年，全市各级各部门认真做好防汛工作。现将有关事项通报如下：……。"
      "希望各单位再接再厉。 二〇二四年一月十五日\n");
  CHECK(rec.addressees == Strings{"各县(区)人民政府", "管委会", "市政府各部门"});
  CHECK(rec.signed_date == "2024-01-15");
  CHECK(rec.kind == "notice");
  // A label row naming one unit is not an addressee line.
  const auto label = read("临溪市水务局关于防汛工作的通知\n承办单位：临溪市水务局办公室\n各乡镇人民政府：\n请做好防汛工作。\n");
  CHECK(label.addressees == Strings{"各乡镇人民政府"});
}

TEST_CASE("parties: a salutation counting the deputies with 位") {
  for (const char* greeting : {"许文斌等12位代表：", "许文斌等十二位代表：", "许文斌等12名代表："}) {
    CAPTURE(greeting);
    const auto rec = read(std::string("临溪县交通运输局关于县二届人大四次会议第8号建议的答复\n") + greeting +
                          "\n你们提出的《关于硬化村内道路的建议》收悉，现答复如下：\n我局将于2024年底前完成硬化。\n"
                          "临溪县交通运输局\n2024年6月1日\n");
    CHECK(names(rec.proposers) == Strings{"许文斌"});
  }
}

TEST_CASE("parties: 各承办单位 is an addressee, a bare 承办单位 label is not") {
  const auto rec = read("临溪县人民政府办公室关于做好建议办理工作的通知\n各承办单位：\n请认真办理。\n临溪县人民政府办公室\n2026年3月1日\n");
  CHECK(rec.addressees == Strings{"各承办单位"});
}

TEST_CASE("parties: the signing unit and its date on one line") {
  for (const char* sig : {"临溪镇人民政府 2015年3月2日", "临溪镇人民政府2015年3月2日", "临溪镇人民政府\t二〇一五年三月二日"}) {
    CAPTURE(sig);
    const auto rec = read(std::string("临溪镇人民政府关于做好春耕工作的通知\n各村委会：\n请做好准备。\n") + sig + "\n");
    CHECK(rec.signers == Strings{"临溪镇人民政府"});
    CHECK(rec.signed_date.value_or("") == "2015-03-02");
  }
  // A sentence that ends in a date is no signature.
  const auto rec = read("临溪镇人民政府关于做好春耕工作的通知\n各村委会：\n会议定于2015年3月2日\n");
  CHECK(rec.signers.empty());
}

TEST_CASE("parties: a 主送 list wrapped over two lines") {
  const auto rec = read(
      "临溪市人民政府办公室关于做好防汛工作的通知\n临政办发〔2024〕3号\n各区人民政府，市政府各部门，临溪高新区、临溪湖新\n"
      "  城管委会，市各直属单位：\n请做好准备。\n临溪市人民政府办公室\n2024年5月6日\n");
  CHECK(rec.addressees == Strings{"各区人民政府", "市政府各部门", "临溪高新区", "临溪湖新城管委会", "市各直属单位"});
  CHECK(rec.title.value_or("") == "临溪市人民政府办公室关于做好防汛工作的通知");
}

TEST_CASE("parties: a flattened notice reads its body after the addressee's colon") {
  const auto rec = read(
      "临溪镇人民政府关于做好春耕工作的通知\n各村委会: 请各村于2015年3月10日前将名单报镇办公室。"
      "联系人:王小明,联系电话:0571-88889999。 临溪镇人民政府 2015年3月2日\n");
  CHECK(rec.addressees == Strings{"各村委会"});
  REQUIRE(rec.commitments.size() == 1);
  CHECK(rec.commitments[0].due.value_or("") == "2015-03-10");
  REQUIRE(rec.contacts.size() == 1);
  CHECK(rec.contacts[0].name.value_or("") == "王小明");
  CHECK(rec.signed_date.value_or("") == "2015-03-02");
}

TEST_CASE("parties: a flattened page's signature unit before its date") {
  const auto rec = read(
      "临溪县教育局关于召开座谈会的通知\n各学校: 定于9月15日召开座谈会，请准时参加。 临溪县教育局 2015年8月14日 |\n");
  CHECK(rec.signers == Strings{"临溪县教育局"});
  CHECK(rec.signed_date.value_or("") == "2015-08-14");
}

TEST_CASE("parties: joint senders on their own lines above the title") {
  const auto rec = read(
      "中共临溪县甘泉镇委员会\n临溪县甘泉镇人民政府\n关于印发《甘泉镇换届工作方案》的通知\n各村党支部、村委会：\n现印发给你们。\n"
      "中共临溪县甘泉镇委员会  临溪县甘泉镇人民政府\n2022年3月11日\n");
  CHECK(rec.title.value_or("") == "关于印发《甘泉镇换届工作方案》的通知");
  CHECK(rec.issuers == Strings{"中共临溪县甘泉镇委员会", "临溪县甘泉镇人民政府"});
  // One issuer line still joins the title.
  const auto one = read("临溪县甘泉镇人民政府\n关于印发《甘泉镇换届工作方案》的通知\n各村委会：\n现印发给你们。\n"
                        "临溪县甘泉镇人民政府\n2022年3月11日\n");
  CHECK(one.title.value_or("") == "临溪县甘泉镇人民政府关于印发《甘泉镇换届工作方案》的通知");
}
