// Telling which register row a letter answers: numbers, sessions, titles and unit names.
#include <doctest/doctest.h>

#include <string>

#include "due/match.h"

using namespace gongwen::due;

TEST_CASE("due::number_key") {
  struct Case {
    const char* number;
    int year;  // 0: none
    const char* serial;  // nullptr: not a number
  };
  const Case cases[] = {
      {"第20240052号", 2024, "52"},   {"20240052", 2024, "52"},    {"2024-0052", 2024, "52"},
      {"2024年第52号", 2024, "52"},   {"〔2024〕52号", 2024, "52"}, {"２０２４－５２", 2024, "52"},
      {"第 0052 号", 0, "52"},        {"0123", 0, "123"},          {"124337", 0, "124337"},
      {"202401", 0, "202401"},        {"2024A015", 2024, "A15"},   {"a015", 0, "A15"},
      {"州人大第214号建议", 0, "214"}, {"0", 0, "0"},               {"2024", 0, "2024"},
      {"第号", 0, nullptr},           {"", 0, nullptr},
  };
  for (const auto& c : cases) {
    CAPTURE(c.number);
    const auto k = number_key(c.number);
    if (!c.serial) {
      CHECK_FALSE(k);
      continue;
    }
    REQUIRE(k);
    CHECK(k->serial == c.serial);
    CHECK(k->year.value_or(0) == c.year);
  }
  CHECK(numbers_agree(*number_key("20240052"), *number_key("第52号")));
  CHECK(numbers_agree(*number_key("2024-52"), *number_key("20240052")));
  CHECK_FALSE(numbers_agree(*number_key("20230052"), *number_key("20240052")));
  CHECK_FALSE(numbers_agree(*number_key("52"), *number_key("53")));
}

TEST_CASE("due::session_key") {
  struct Case {
    const char* text;
    const char* body;
    int term, meeting;  // 0: none
  };
  const Case cases[] = {
      {"市七届人大二次会议", "人大", 7, 2},
      {"区政协五届二次会议", "政协", 5, 2},
      {"十四届全国人大二次会议", "人大", 14, 2},
      {"全国政协十四届二次会议", "政协", 14, 2},
      {"第十四届全国人民代表大会第一次会议", "人大", 14, 1},
      {"区八届人大三次会议闭会期间", "人大", 8, 3},
      {"政协第十四届全国委员会第四次会议", "政协", 14, 4},
      {"", "", 0, 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const SessionKey k = session_key(c.text);
    CHECK(k.body == c.body);
    CHECK(k.term.value_or(0) == c.term);
    CHECK(k.meeting.value_or(0) == c.meeting);
  }
  CHECK(sessions_agree(session_key("区八届人大四次会议"), session_key("区八届人大四次会议")));
  CHECK(sessions_agree(session_key(""), session_key("区八届人大四次会议")));
  CHECK(sessions_agree(session_key("人大"), session_key("区八届人大四次会议")));
  CHECK_FALSE(sessions_agree(session_key("区八届人大三次会议"), session_key("区八届人大四次会议")));
  CHECK_FALSE(sessions_agree(session_key("区政协五届二次会议"), session_key("区五届人大二次会议")));
  CHECK(kind_of_class("重点建议") == "建议");
  CHECK(kind_of_class("政协") == "提案");
  CHECK(kind_of_class("一般") == "");
}

TEST_CASE("due::title_similarity") {
  CHECK(title_core("关于《加快老旧小区加装电梯》的建议") == "加快老旧小区加装电梯");
  CHECK(title_core("关于支持社区养老服务驿站建设建议的答复") == "支持社区养老服务驿站建设");
  CHECK(title_core(" 关于推进垃圾分类进小区的提案 ") == "推进垃圾分类进小区");
  struct Case {
    const char* a;
    const char* b;
    double at_least, at_most;
  };
  const Case cases[] = {
      {"关于加快老旧小区加装电梯的建议", "关于加快老旧小区加装电梯的提案", 1.0, 1.0},
      {"关于加快老旧小区加装电梯的建议", "关于加快推进老旧小区加装电梯工作的建议", 0.7, 0.95},
      {"关于加快老旧小区加装电梯的建议", "关于建设城市口袋公园的建议", 0.0, 0.2},
      {"电梯", "电梯", 1.0, 1.0},
      {"梯", "梯", 1.0, 1.0},
      {"", "", 0.0, 0.0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    const double s = title_similarity(title_core(c.a), title_core(c.b));
    CHECK(s >= c.at_least);
    CHECK(s <= c.at_most);
  }
}

TEST_CASE("due::same_unit") {
  CHECK(same_unit("龙岗区人民政府", "深圳市龙岗区人民政府"));
  CHECK(same_unit("深圳市 龙岗区卫生健康局", "龙岗区卫生健康局"));
  CHECK(same_unit("区财政局", "桐江市南屏区财政局"));
  CHECK_FALSE(same_unit("区财政局", "区教育局"));
  CHECK_FALSE(same_unit("", "区教育局"));
}
