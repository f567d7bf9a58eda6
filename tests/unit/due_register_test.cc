// Registers: CSV as Excel writes it and XLSX, columns found by their headers, and every bad row
// reported at its row number.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "due/register.h"
#include "source_dir.h"

using namespace gongwen::due;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const fs::path k_corpus = fs::path(gongwen_test::source_dir()) / "corpus" / "due";

Register parse(const std::string& csv, Problems& problems) {
  auto sheet = read_csv(csv, "r.csv");
  REQUIRE(sheet.ok());
  return register_from_sheet(sheet.value(), "r.csv", problems);
}

bool has(const Problems& problems, int line, const char* code) {
  for (const auto& p : problems.list())
    if (p.line == line && p.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("due::read_csv") {
  const auto sheet = read_csv("\xEF\xBB\xBF编号,标题\r\n1,\"关于A,B的建议\"\r\n2,\"第一行\n第二行\"\r\n3,\"说\"\"好\"\"\"\r\n4,", "x.csv");
  REQUIRE(sheet.ok());
  CHECK(sheet.value().encoding == "UTF-8-BOM");
  const auto& rows = sheet.value().rows;
  REQUIRE(rows.size() == 5);
  CHECK(rows[0].cells == std::vector<std::string>{"编号", "标题"});
  CHECK(rows[1].cells[1] == "关于A,B的建议");
  CHECK(rows[2].cells[1] == "第一行\n第二行");
  CHECK(rows[3].number == 4);  // a cell spanning lines is still one row, as Excel counts
  CHECK(rows[3].cells[1] == "说\"好\"");
  CHECK(rows[4].cells == std::vector<std::string>{"4", ""});

  const auto tabs = read_csv("编号\t标题\n7\t关于C的建议\n", "t.txt");
  REQUIRE(tabs.ok());
  CHECK(tabs.value().rows[1].cells == std::vector<std::string>{"7", "关于C的建议"});

  // Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated.
  std::string utf16 = "\xFF\xFE";
  for (const char16_t c : std::u16string_view(u"编号\t标题\r\n7\t关于D的建议\r\n")) utf16 += {static_cast<char>(c & 0xFF), static_cast<char>(c >> 8)};
  const auto unicode_text = read_csv(utf16, "u.txt");
  REQUIRE(unicode_text.ok());
  CHECK(unicode_text.value().encoding == "UTF-16LE");
  CHECK(unicode_text.value().rows[1].cells == std::vector<std::string>{"7", "关于D的建议"});

  const auto gb = read_csv(slurp(k_corpus / "register-fixed-gb18030.csv"), "gb.csv");
  REQUIRE(gb.ok());
  CHECK(gb.value().encoding == "GB18030");
  CHECK(gb.value().rows[0].cells[0] == "编号");
  CHECK(gb.value().rows[1].cells[1] == "关于加强城区停车场建设的建议");
}

TEST_CASE("due::read_xlsx") {
  const auto sheet = read_xlsx(slurp(k_corpus / "register-workdays.xlsx"), "w.xlsx");
  REQUIRE(sheet.ok());
  const auto& rows = sheet.value().rows;
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].cells[0] == "编号");
  CHECK(rows[1].number == 2);
  CHECK(rows[1].cells[0] == "20240201");  // a number cell
  CHECK(rows[1].cells[5] == "45323");     // a date cell: Excel's serial of 2024-02-01
  CHECK(rows[5].cells[6] == "15个工作日");  // an inline string
  CHECK(rows[2].cells.size() == 6);        // an empty trailing cell is absent

  Problems problems;
  const Register reg = register_from_sheet(sheet.value(), "w.xlsx", problems);
  CHECK(problems.list().empty());
  REQUIRE(reg.rows.size() == 5);
  CHECK(iso(*reg.rows[0].assigned) == "2024-02-01");
  CHECK(reg.rows[4].due_period == Period{15, Count::working_days});
  CHECK(reg.rows[0].cos == std::vector<std::string>{"区财政局"});

  const auto not_zip = read_xlsx("PK\x03\x04 broken", "b.xlsx");
  REQUIRE_FALSE(not_zip.ok());
  CHECK(not_zip.error().code == "bad-xlsx");
}

TEST_CASE("due::register_from_sheet") {
  SUBCASE("English headers, notes in parentheses, every optional column") {
    Problems problems;
    const Register reg = parse(
        "\n number ,Title,Proposers,Lead,Co,Assigned (交办),Due,Extended,Session,Class,Received\n"
        "第0012号,关于A的建议,张三、李四,区教育局,\"区财政局, 区人社局\",2024/3/1,2024-06-30,2024年7月31日,区八届人大四次会议,重点建议,2024-03-04\n"
        "13,关于B的建议,王五,区民政局,,45352,3个月,,,,\n",
        problems);
    CHECK(problems.list().empty());
    REQUIRE(reg.rows.size() == 2);
    const Row& a = reg.rows[0];
    CHECK(a.line == 3);  // the leading empty line is row 1 and the header row 2
    CHECK(a.number == "第0012号");
    CHECK(a.key == NumberKey{std::nullopt, "12"});
    CHECK(a.proposers == std::vector<std::string>{"张三", "李四"});
    CHECK(a.cos == std::vector<std::string>{"区财政局", "区人社局"});
    CHECK(iso(*a.due) == "2024-06-30");
    CHECK(iso(*a.extended) == "2024-07-31");
    CHECK(iso(*a.received) == "2024-03-04");
    CHECK(a.cls == "重点建议");
    CHECK(a.session == "区八届人大四次会议");
    const Row& b = reg.rows[1];
    CHECK(iso(*b.assigned) == "2024-03-01");  // an Excel serial in a date column
    CHECK(b.due_period == Period{3, Count::months});
    CHECK(b.cls.empty());
  }
  SUBCASE("the class follows the proposers header or the session") {
    Problems problems;
    const Register by_member = parse("编号,委员,主办单位,交办日期\n1,张三,区教育局,2024-03-01\n", problems);
    CHECK(by_member.rows.at(0).cls == "提案");
    const Register by_session = parse("编号,会议,主办单位,交办日期\n1,区政协五届二次会议,区教育局,2024-03-01\n", problems);
    CHECK(by_session.rows.at(0).cls == "提案");
    const Register by_deputy = parse("编号,代表,主办单位,交办日期\n1,张三,区教育局,2024-03-01\n", problems);
    CHECK(by_deputy.rows.at(0).cls == "建议");
    CHECK(problems.list().empty());
  }
  SUBCASE("bad rows are reported at their row, the others kept") {
    Problems problems;
    const Register reg = parse(
        "编号,标题,主办单位,交办日期,办理时限,延期至,备注,编号\n"
        "1,A,区教育局,2024-03-01,,,,\n"
        "2,B,区教育局,2024-02-30,,,,\n"
        ",C,区教育局,2024-03-01,,,,\n"
        "1,D,区教育局,2024-03-01,,,,\n"
        "4,E,,2024-03-01,,,,\n"
        "5,F,区教育局,,,,,\n"
        "6,G,区教育局,2024-03-01,六月底,,,\n"
        "7,H,区教育局,2024-03-01,,2024-02-01,,\n"
        "8,I,区教育局,2024-03-01,,,,,extra\n"
        ",,,,,,,\n",
        problems);
    REQUIRE(reg.rows.size() == 2);
    CHECK(reg.rows[0].number == "1");
    CHECK(reg.rows[1].number == "8");
    CHECK(has(problems, 1, "unknown-column"));
    CHECK(has(problems, 1, "repeated-column"));
    CHECK(has(problems, 3, "bad-date"));
    CHECK(has(problems, 4, "missing-number"));
    CHECK(has(problems, 5, "duplicate-number"));
    CHECK(has(problems, 6, "missing-lead"));
    CHECK(has(problems, 7, "missing-date"));
    CHECK(has(problems, 8, "bad-date"));
    CHECK(has(problems, 9, "bad-date"));  // 延期至 before 交办日期
    CHECK(has(problems, 10, "unknown-column"));
    CHECK(problems.list().size() == 10);
    CHECK(problems.has_errors());
  }
  SUBCASE("missing required columns") {
    Problems problems;
    const Register reg = parse("标题,主办单位\nA,区教育局\n", problems);
    CHECK(reg.rows.empty());
    CHECK(has(problems, 1, "missing-column"));
    CHECK(problems.list().size() == 2);  // 编号 and 交办日期
  }
  SUBCASE("the same number for a 建议 and a 提案 is no repeat") {
    Problems problems;
    const Register reg = parse("编号,类别,主办单位,交办日期\n12,建议,甲,2024-03-01\n12,提案,乙,2024-03-01\n12,提案,丙,2024-03-01\n", problems);
    CHECK(reg.rows.size() == 2);
    CHECK(has(problems, 4, "duplicate-number"));
  }
}

TEST_CASE("due::read_register") {
  Problems problems;
  const Register none = read_register((k_corpus / "no-such-register.csv").string(), problems);
  CHECK(none.rows.empty());
  REQUIRE(problems.list().size() == 1);
  CHECK(problems.list()[0].code == "unreadable");

  Problems ok;
  const Register a = read_register((k_corpus / "register.csv").string(), ok);
  CHECK(ok.list().empty());
  CHECK(a.encoding == "UTF-8-BOM");
  CHECK(a.rows.size() == 10);
}
