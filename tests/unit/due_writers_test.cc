// Writers: CSV that Excel opens (BOM, CRLF, quoting), JSON Lines, XLSX read back, and the
// terminal table aligned by display width.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "due/sheet.h"
#include "due/writers.h"
#include "gongwen/output.h"

using namespace gongwen::due;
namespace fs = std::filesystem;

namespace {

std::vector<Grid> sample() {
  Grid rows{.sheet = "statuses", .type = "row", .columns = {"status", "days", "title", "lead", "on_time"}};
  rows.rows.push_back({Cell::of(std::string("overdue")), Cell::of(17LL), Cell::of(std::string("关于A,\"B\"的建议")),
                       Cell::of(std::vector<std::string>{"区教育局", "区财政局"}), Cell::of_percent(2.0 / 3)});
  rows.rows.push_back({Cell::of(std::string("pending")), Cell{}, Cell::of(std::string("两行\n标题")), Cell::of(std::vector<std::string>{}),
                       Cell{}});
  Grid about{.sheet = "report", .type = "report", .columns = {"key", "value"}, .key_value = true};
  about.rows.push_back({Cell::of(std::string("as_of")), Cell::of(std::string("2024-06-20"))});
  about.rows.push_back({Cell::of(std::string("soon")), Cell::of(14LL)});
  return {rows, about};
}

}  // namespace

TEST_CASE("due::write_csv") {
  std::ostringstream out;
  write_csv(sample(), out);
  CHECK(out.str() ==
        "\xEF\xBB\xBF"
        "status,days,title,lead,on_time\r\n"
        "overdue,17,\"关于A,\"\"B\"\"的建议\",区教育局、区财政局,66.7%\r\n"
        "pending,,\"两行\n标题\",,\r\n"
        "\r\n"
        "key,value\r\n"
        "as_of,2024-06-20\r\n"
        "soon,14\r\n");
  // What Excel reads back is what was written.
  const auto back = read_csv(out.str(), "back.csv");
  REQUIRE(back.ok());
  CHECK(back.value().rows[1].cells[2] == "关于A,\"B\"的建议");
  CHECK(back.value().rows[2].cells[2] == "两行\n标题");
}

TEST_CASE("due::write_json") {
  std::ostringstream out;
  write_json(sample(), out);
  std::istringstream in(out.str());
  std::string line;
  std::vector<nlohmann::json> lines;
  while (std::getline(in, line)) lines.push_back(nlohmann::json::parse(line));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["type"] == "row");
  CHECK(lines[0]["days"] == 17);
  CHECK(lines[0]["lead"] == nlohmann::json::array({"区教育局", "区财政局"}));
  CHECK(lines[0]["on_time"] == doctest::Approx(0.6667));
  CHECK(lines[1]["days"].is_null());
  CHECK(lines[1]["lead"] == nlohmann::json::array());
  CHECK(lines[2] == nlohmann::json{{"type", "report"}, {"as_of", "2024-06-20"}, {"soon", 14}});
  CHECK(out.str().find("区教育局") != std::string::npos);  // UTF-8, not \u escapes
}

TEST_CASE("due::write_xlsx") {
  const fs::path path = fs::temp_directory_path() / "gongwen-due-writers-test.xlsx";
  const auto written = write_xlsx(sample(), path.string(), *parse_date("2024-06-20"));
  REQUIRE(written.ok());
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  fs::remove(path);
  const auto statuses = read_xlsx_sheet(bytes, "x.xlsx", "statuses");
  REQUIRE(statuses.ok());
  const auto& rows = statuses.value().rows;
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].cells == std::vector<std::string>{"status", "days", "title", "lead", "on_time"});
  CHECK(rows[1].cells[1] == "17");
  CHECK(rows[1].cells[2] == "关于A,\"B\"的建议");
  CHECK(rows[1].cells[3] == "区教育局、区财政局");
  CHECK(rows[1].cells[4].substr(0, 6) == "0.6666");
  CHECK(rows[2].cells[2] == "两行\n标题");
  const auto report = read_xlsx_sheet(bytes, "x.xlsx", "report");
  REQUIRE(report.ok());
  CHECK(report.value().rows[2].cells == std::vector<std::string>{"soon", "14"});
}

TEST_CASE("due::write_table") {
  FollowUp f;
  f.as_of = *parse_date("2026-01-01");
  FollowUpItem a;
  a.unit = "贵阳市卫生健康局";
  a.status = Status::overdue;
  a.days = 1462;
  a.due = *parse_date("2021-12-31");
  a.path = "n.txt";
  a.at = {19, 146};
  a.text = "2021年底完成";
  FollowUpItem b = a;
  b.days = 1;
  b.path = "a-longer-name.txt";
  b.status = Status::due_soon;
  f.items = {a, b};

  std::ostringstream plain;
  write_table(f, plain, false);
  CHECK(plain.str().find("\x1b[") == std::string::npos);
  CHECK(plain.str().find("贵阳市卫生健康局\n") != std::string::npos);
  // Both lines put the text at the same display column.
  std::istringstream in(plain.str());
  std::vector<std::size_t> text_columns;
  for (std::string line; std::getline(in, line);)
    if (const auto p = line.find("2021年底完成"); p != std::string::npos)
      text_columns.push_back(gongwen::display_width(line.substr(0, p)));
  REQUIRE(text_columns.size() == 2);
  CHECK(text_columns[0] == text_columns[1]);

  std::ostringstream coloured;
  write_table(f, coloured, true);
  CHECK(coloured.str().find("\x1b[1;31moverdue") != std::string::npos);
}
