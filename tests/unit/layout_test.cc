// Layout: where the head ends, where the title and the signature block are.
#include <doctest/doctest.h>

#include "document.h"
#include "extract/extract.h"
#include "extract/lexicon.h"

using namespace gongwen;

TEST_CASE("extract::find_layout signature block") {
  Document doc(
      "桐江市水利局\n\n关于做好防汛工作的通知\n\n各乡镇人民政府：\n\n请做好防汛准备工作，确保安全度汛。\n\n"
      "联系人：王明，联系电话：0573-86091276\n\n桐江市发展和改革委员会\n2023年3月2日\n");
  const auto L = extract::find_layout(doc);
  REQUIRE(L.addressee.has_value());
  CHECK(*L.addressee == 4);
  REQUIRE(L.sign_date.has_value());
  CHECK(*L.sign_date == 11);
  CHECK(L.signer_lines == std::vector<std::size_t>{10});
  CHECK(extract::ends_with_unit_suffix("桐江市发展和改革委员会"));
}

TEST_CASE("extract::find_layout collective salutation") {
  Document doc("关于收集意见建议的通知\n发布日期:2018-08-21 11:54:36 来源:\n各位人大代表:\n按照工作安排，现将有关事项通知如下。\n");
  const auto L = extract::find_layout(doc);
  REQUIRE(L.addressee.has_value());
  CHECK(*L.addressee == 2);
}
