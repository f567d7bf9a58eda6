// What a reply answers: the proposal's number, kind, title and session, over whole letters,
// for the forms a letter may use when it gives no number or quotes the title oddly.
#include <doctest/doctest.h>

#include <string>

#include "ingest_support.h"

using namespace gongwen;

namespace {

Record read(const std::string& text) { return test::read_letter(text); }

const std::string k_tail = "一、我局已完成路口改造。\n临溪县交通运输局\n2026年5月6日\n";

}  // namespace

TEST_CASE("proposals: the word after the quoted title names the item") {
  SUBCASE("关于“…”的提案: a quoted phrase that is not itself a title") {
    const Record r = read("王明委员：\n您提出的关于“在学校门口设慢行标志”的提案已收悉，现答复如下：\n" + k_tail);
    CHECK(r.kind == "reply");
    REQUIRE(r.proposals.size() == 1);
    CHECK(r.proposals[0].kind == "提案");
    CHECK(r.proposals[0].title == "在学校门口设慢行标志");
  }
  SUBCASE("《…》的建议: the kind word outside the marks") {
    const Record r = read("李华代表：\n你们提出了《修建村内水泥路》的建议，现答复如下：\n" + k_tail);
    REQUIRE(r.proposals.size() == 1);
    CHECK(r.proposals[0].kind == "建议");
    CHECK(r.proposals[0].title == "修建村内水泥路");
  }
  SUBCASE("the letter's word beats the title's own ending") {
    const Record r = read("王明委员：\n您提出的《关于增设公交站点的建议》的提案收悉，现答复如下：\n" + k_tail);
    REQUIRE(r.proposals.size() == 1);
    CHECK(r.proposals[0].kind == "提案");
    CHECK(r.proposals[0].title == "关于增设公交站点的建议");
  }
  SUBCASE("a quoted phrase with no kind word after it is not a title") {
    const Record r = read("王明代表：\n您提出的第12号建议收悉。我们推行“一窗受理”改革。\n" + k_tail);
    REQUIRE(r.proposals.size() == 1);
    CHECK_FALSE(r.proposals[0].title);
  }
}

TEST_CASE("proposals: no number and no quoted title") {
  SUBCASE("…的提案已收悉") {
    const Record r = read("王明委员：\n您提出的关于增设公交站点的提案已收悉，现答复如下：\n" + k_tail);
    CHECK(r.kind == "reply");
    REQUIRE(r.proposals.size() == 1);
    CHECK(r.proposals[0].kind == "提案");
    CHECK_FALSE(r.proposals[0].number);
    CHECK_FALSE(r.proposals[0].title);
    CHECK(r.proposals[0].at.line == 2);
  }
  SUBCASE("a greeted deputy and 提出的…建议 without 收悉") {
    const Record r = read("王明代表：\n您在县人代会上提出的关于增设公交站点的建议，我局高度重视。\n" + k_tail);
    CHECK(r.kind == "reply");
    REQUIRE(r.proposals.size() == 1);
    CHECK(r.proposals[0].kind == "建议");
  }
  SUBCASE("a notice that mentions suggestions answers none") {
    const Record r = read(
        "临溪县人民政府办公室关于做好建议提案办理工作的通知\n各乡镇人民政府，县直各单位：\n"
        "请各单位认真办理代表建议和委员提案。\n临溪县人民政府办公室\n2026年3月1日\n");
    CHECK(r.proposals.empty());
    CHECK(r.kind == "notice");
  }
}

TEST_CASE("proposals: a session named by its term alone") {
  const Record r = read("临溪县交通运输局关于县政协第九届委员会第33号提案的答复\n王明委员：\n您的提案收悉。\n" + k_tail);
  REQUIRE(r.proposals.size() == 1);
  CHECK(r.proposals[0].number == "33");
  REQUIRE(r.proposals[0].session);
  const auto& s = *r.proposals[0].session;
  CHECK(s.body == "政协");
  CHECK(s.level == "县");
  CHECK(s.term == 9);
  CHECK_FALSE(s.meeting);
}

TEST_CASE("proposals: a full session is not also read as its term alone") {
  const Record r = read("关于政协临溪县第九届委员会第三次会议第33号提案的答复\n王明委员：\n您的提案收悉。\n" + k_tail);
  REQUIRE(r.proposals.size() == 1);
  REQUIRE(r.proposals[0].session);
  CHECK(r.proposals[0].session->term == 9);
  CHECK(r.proposals[0].session->meeting == 3);
}

TEST_CASE("proposers: a count of deputies after the first name is dropped") {
  for (const char* greeting : {"张三丰等12位代表：", "张三丰等十二位代表：", "张三丰等12名代表：", "张三丰等代表："}) {
    CAPTURE(greeting);
    const Record r = read(std::string(greeting) + "\n你们提出的《关于修建村道的建议》收悉。\n" + k_tail);
    REQUIRE(r.proposers.size() == 1);
    CHECK(r.proposers[0].name == "张三丰");
    CHECK(r.proposers[0].role == "代表");
  }
}

TEST_CASE("proposals: the kind written after the item's title") {
  const Record r = read("王明代表：\n您在县十七届人大二次会议上提出的第8号关于硬化甲村通村公路的议案，现答复如下：\n" + k_tail);
  REQUIRE(r.proposals.size() == 1);
  CHECK(r.proposals[0].number == "8");
  CHECK(r.proposals[0].kind == "议案");
}

TEST_CASE("proposals: title and session outweigh a bracketed kind word") {
  const Record r = read("王明委员：\n您在临溪市政协三届一次会议上提出的“关于保护古桥的提案”(第9号建议)收悉，现答复如下：\n" + k_tail);
  REQUIRE(r.proposals.size() == 1);
  CHECK(r.proposals[0].number == "9");
  CHECK(r.proposals[0].kind == "提案");
}

TEST_CASE("proposals: a one-character place prefix after the session is part of the number") {
  const Record r = read("关于省五届人大二次会议临8号建议的答复\n王明代表：\n您提出的临8号《关于修桥的建议》收悉。\n" + k_tail);
  REQUIRE(r.proposals.size() == 1);
  CHECK(r.proposals[0].number == "临8");
  CHECK(r.proposals[0].kind == "建议");
}

TEST_CASE("proposals: a title in book-title marks right before its number or 收悉") {
  for (const char* sentence : {"您提出的《东湖公园增设公厕》（第8号）收悉，现答复如下：", "您提出的《建议东湖公园增设公厕》已收悉，现答复如下："}) {
    CAPTURE(sentence);
    const Record r = read(std::string("王明代表：\n") + sentence + "\n" + k_tail);
    REQUIRE(r.proposals.size() == 1);
    REQUIRE(r.proposals[0].title);
    CHECK(r.proposals[0].title->find("东湖公园增设公厕") != std::string::npos);
  }
}

TEST_CASE("proposals: a heading's number and a different one beside the only title are one item") {
  const Record r = read("平安县文化和旅游局关于县十七届人大三次会议\n第110号代表建议办理情况\n的答复函\n尊敬的肖海代表：\n"
                        "您提出的《关于支持栈道项目建设的建议》（第111号）收悉，现答复如下：\n" + k_tail);
  REQUIRE(r.proposals.size() == 1);
  CHECK(r.proposals[0].number == "110");
  CHECK(r.proposals[0].title == "关于支持栈道项目建设的建议");
  CHECK(r.title.value_or("") == "平安县文化和旅游局关于县十七届人大三次会议第110号代表建议办理情况的答复函");
  // The contradiction is kept for gw-lint.
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "proposal-number-mismatch");
  CHECK(r.diagnostics[0].at.line == 5);
}

TEST_CASE("proposals: two numbers with two titles stay two items") {
  const Record r = read("王明代表：\n您提出的《关于修建东桥的建议》（第12号）和《关于修建西桥的建议》（第13号）收悉。\n" + k_tail);
  CHECK(r.proposals.size() == 2);
}
