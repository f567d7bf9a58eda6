// Statuses: deadlines, replies matched to rows, one status word per row, the per-unit summary.
#include <doctest/doctest.h>

#include <string>

#include "due/status.h"

using namespace gongwen::due;

namespace {

Day day(const char* iso_text) {
  const auto d = parse_date(iso_text);
  REQUIRE(d);
  return *d;
}

Profile profile(const char* toml) {
  auto p = parse_profile(toml, "test.toml");
  if (!p.ok()) FAIL(format_problem(p.error()));
  return p.value();
}

// Without rolling, deadlines are plain calendar arithmetic: 3月1日 + 3 months = 6月1日.
const char* k_plain = "name = \"plain\"\nroll_to_working_day = false\n[reply]\nmonths = 3\n[co]\nmonths = 1\n"
                      "[extension]\nmonths = 3\n[extension.\"提案\"]\nmonths = 0\n";

Row row(int line, const char* number, const char* lead, const char* assigned, const char* title = "") {
  Row r;
  r.line = line;
  r.number = number;
  r.key = number_key(number);
  r.title = title;
  r.leads = {lead};
  r.cls = "建议";
  r.assigned = day(assigned);
  return r;
}

Letter letter(const char* path, const char* number, const char* unit, const char* signed_date,
              const char* kind = "建议", const char* title = "") {
  Letter l;
  l.path = path;
  LetterItem item;
  item.number = number;
  item.key = number_key(number);
  item.kind = kind;
  item.title = title;
  item.title_core = title_core(title);
  l.items.push_back(item);
  l.units = {unit};
  if (*signed_date) l.signed_date = day(signed_date);
  l.result_code = "A";
  return l;
}

const RowStatus& status_of(const Report& rep, int line) {
  for (const auto& s : rep.rows)
    if (rep.reg.rows[static_cast<std::size_t>(s.row)].line == line) return s;
  FAIL("no status for row " << line);
  return rep.rows.front();
}

bool has(const Problems& problems, int line, const char* code) {
  for (const auto& p : problems.list())
    if (p.line == line && p.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("due::evaluate statuses at their boundaries") {
  // Rows assigned 3月1日 are due 6月1日 (+ 3 months); as of 2024-06-01, soon 14.
  Register reg;
  reg.path = "r.csv";
  reg.rows = {row(2, "1", "甲局", "2024-03-01"),  row(3, "2", "甲局", "2024-02-28"), row(4, "3", "乙局", "2024-03-01"),
              row(5, "4", "乙局", "2024-02-29"),  row(6, "5", "丙局", "2024-03-15"), row(7, "6", "丙局", "2024-03-16"),
              row(8, "7", "丁局", "2024-03-01")};
  std::vector<Letter> letters{letter("l1", "1", "甲局", "2024-06-01"),   // on the deadline: on time
                              letter("l2", "2", "甲局", "2024-05-29"),   // a day late
                              letter("l7", "7", "丁局", "2024-06-05")};  // signed after --as-of: not yet
  Problems problems;
  const Report rep = evaluate(reg, letters, profile(k_plain), HolidayCalendar::builtin(), day("2024-06-01"), 14, problems);
  CHECK(problems.list().empty());
  struct Want {
    int line;
    Status status;
    int days;  // -1: none
    const char* due;
  };
  const Want wants[] = {
      {2, Status::replied, -1, "2024-06-01"},   {3, Status::replied_late, 1, "2024-05-28"},
      {4, Status::due_soon, 0, "2024-06-01"},   {5, Status::overdue, 3, "2024-05-29"},
      {6, Status::due_soon, 14, "2024-06-15"},  {7, Status::pending, -1, "2024-06-16"},
      {8, Status::due_soon, 0, "2024-06-01"},
  };
  for (const auto& w : wants) {
    CAPTURE(w.line);
    const RowStatus& s = status_of(rep, w.line);
    CHECK(s.status == w.status);
    CHECK(s.days.value_or(-1) == w.days);
    CHECK(iso(s.due) == w.due);
  }
  CHECK(status_of(rep, 8).reply == -1);
  CHECK(status_of(rep, 8).other_letters == std::vector<int>{2});

  // Overdue first, then due-soon by days left, pending, replied-late, replied.
  std::vector<int> order;
  for (const auto& s : rep.rows) order.push_back(rep.reg.rows[static_cast<std::size_t>(s.row)].line);
  CHECK(order == std::vector<int>{5, 4, 8, 6, 7, 3, 2});

  CHECK(rep.totals == std::array<int, 5>{1, 3, 1, 1, 1});
  REQUIRE(rep.units.size() == 4);
  CHECK(rep.units[0].unit == "乙局");  // the one with an overdue item first
  CHECK(rep.units[1].unit == "甲局");  // then by late replies
  CHECK(rep.units[1].on_time == doctest::Approx(0.5));
  CHECK_FALSE(rep.units[2].on_time);  // nothing due yet, nothing answered
}

TEST_CASE("due::evaluate matching") {
  Register reg;
  reg.path = "r.csv";
  reg.rows = {row(2, "20240001", "区教育局", "2024-03-01", "关于增设学校周边交通信号灯的建议"),
              row(3, "12", "区城管局", "2024-03-01", "关于改善老旧街区排水设施的建议"),
              row(4, "12", "区文旅局", "2024-03-01", "关于发展夜间文旅消费的提案"),
              row(5, "20230005", "区民政局", "2024-03-01", "关于支持社区养老服务驿站建设的建议"),
              row(6, "20240005", "区卫健局", "2024-03-01", "关于扩大社区医院夜间门诊的建议"),
              row(7, "20240008", "区住建局", "2024-03-01", "关于加快老旧小区加装电梯的建议")};
  reg.rows[0].cos = {"区公安分局"};
  reg.rows[0].session = "区八届人大四次会议";
  reg.rows[2].cls = "提案";
  std::vector<Letter> letters{
      letter("a.txt", "第20240001号", "桐江市南屏区教育局", "2024-05-20"),
      letter("co-title.txt", "20240001", "桐江市公安局南屏分局", "2024-03-25", "建议", "关于增设学校周边交通信号灯的建议"),
      letter("b.txt", "12", "区文旅局", "2024-05-01", "提案"),
      letter("c.txt", "5", "区卫健局", "2024-05-02"),                        // 20230005 or 20240005?
      letter("d.txt", "", "区住建局", "2024-05-03", "建议", "关于加快老旧小区加装电梯工作的建议"),
      letter("e.txt", "20240099", "区交通局", "2024-05-04"),
      letter("f.txt", "20240001", "区教育局", "2024-05-05", "提案"),            // a 提案 20240001 is not on the register
  };
  letters[1].title = "关于区八届人大四次会议第20240001号建议的会办意见";
  letters[3].items[0].title = "关于扩大社区医院夜间门诊的建议";
  letters[3].items[0].title_core = title_core(letters[3].items[0].title);
  Problems problems;
  const Report rep = evaluate(reg, letters, profile(k_plain), HolidayCalendar::builtin(), day("2024-06-20"), 14, problems);

  const RowStatus& r2 = status_of(rep, 2);
  CHECK(r2.reply == 0);
  CHECK(r2.match == MatchBy::number);
  REQUIRE(r2.co_opinions.size() == 1);  // the 会办意见 is not the reply
  CHECK(r2.co_opinions[0].letter == 1);
  CHECK(iso(*r2.co_due) == "2024-04-01");
  CHECK(status_of(rep, 3).reply == -1);  // 建议 12 unanswered: the 提案 letter is not its reply
  CHECK(status_of(rep, 4).reply == 2);
  CHECK(status_of(rep, 6).reply == 3);   // two rows share serial 5: the title decides
  CHECK(status_of(rep, 5).reply == -1);
  const RowStatus& r7 = status_of(rep, 7);
  CHECK(r7.reply == 4);
  CHECK(r7.match == MatchBy::title);
  CHECK(r7.similarity > k_title_threshold);

  REQUIRE(rep.unmatched.size() == 2);
  CHECK(rep.unmatched[0].letter == 5);
  CHECK(rep.unmatched[0].reason.find("no register row numbered 20240099") != std::string::npos);
  CHECK(rep.unmatched[1].letter == 6);
}

TEST_CASE("due::evaluate ambiguous numbers and co opinions by unit") {
  Register reg;
  reg.path = "r.csv";
  reg.rows = {row(2, "20230005", "区民政局", "2024-03-01"), row(3, "20240005", "区卫健局", "2024-03-01"),
              row(4, "20240006", "区行政审批局", "2024-03-01")};
  reg.rows[2].cos = {"区财政局"};
  const std::vector<Letter> letters{letter("x.txt", "5", "区某局", "2024-05-02"),
                                    letter("y.txt", "20240006", "桐江市南屏区财政局", "2024-03-10")};
  Problems problems;
  const Report rep = evaluate(reg, letters, profile(k_plain), HolidayCalendar::builtin(), day("2024-06-20"), 14, problems);
  REQUIRE(rep.unmatched.size() == 1);
  CHECK(rep.unmatched[0].reason == "number 5 fits rows 2, 3");
  const RowStatus& r4 = status_of(rep, 4);
  CHECK(r4.reply == -1);
  REQUIRE(r4.co_opinions.size() == 1);
  CHECK(r4.co_opinions[0].unit == "区财政局");
  CHECK(r4.status == Status::overdue);
}

TEST_CASE("due::evaluate deadlines from the register and extensions") {
  Register reg;
  reg.path = "r.csv";
  reg.rows = {row(2, "1", "甲局", "2024-03-01"), row(3, "2", "甲局", "2024-03-01"), row(4, "3", "甲局", "2024-03-01"),
              row(5, "4", "甲局", "2024-03-01"), row(6, "5", "甲局", "2024-03-01"), row(7, "6", "甲局", "2024-03-01")};
  reg.rows[0].due = day("2024-04-15");                      // a date in 办理时限
  reg.rows[1].due_period = Period{10, Count::days};          // 10日
  reg.rows[2].extended = day("2024-07-31");                  // allowed
  reg.rows[3].extended = day("2024-12-31");                  // beyond +3 months
  reg.rows[4].extended = day("2024-07-31");
  reg.rows[4].cls = "提案";                                   // proposals may not be extended
  reg.rows[5].extended = day("2024-05-01");                  // not after the deadline
  Problems problems;
  const Report rep = evaluate(reg, {}, profile(k_plain), HolidayCalendar::builtin(), day("2024-03-02"), 14, problems);
  const std::pair<int, const char*> dues[] = {{2, "2024-04-15"}, {3, "2024-03-11"}, {4, "2024-07-31"},
                                              {5, "2024-09-01"}, {6, "2024-06-01"}, {7, "2024-06-01"}};
  for (const auto& [line, due] : dues) {
    CAPTURE(line);
    CHECK(iso(status_of(rep, line).due) == due);
  }
  CHECK(status_of(rep, 4).extended);
  CHECK(status_of(rep, 5).extended);
  CHECK_FALSE(status_of(rep, 6).extended);
  CHECK(status_of(rep, 2).due_rule == "register");
  CHECK(status_of(rep, 3).due_rule == "10 days (register)");
  CHECK(status_of(rep, 4).due_rule == "3 months (plain)");
  CHECK(has(problems, 5, "extension-too-long"));
  CHECK(has(problems, 6, "extension-not-allowed"));
  CHECK(has(problems, 7, "extension-not-later"));
  CHECK_FALSE(problems.has_errors());
}

TEST_CASE("due::evaluate reports rows it cannot compute") {
  Register reg;
  reg.path = "r.csv";
  reg.rows = {row(2, "1", "甲局", "2026-12-28"), row(3, "2", "甲局", "2024-03-01")};
  reg.rows[1].cls = "议案";
  const Profile p = profile("name = \"w\"\n[reply.\"建议\"]\nworking_days = 5\n");
  Problems problems;
  const Report rep = evaluate(reg, {}, p, HolidayCalendar::builtin(), day("2026-12-30"), 14, problems);
  CHECK(rep.rows.empty());
  CHECK(has(problems, 2, "no-calendar-year"));
  CHECK(has(problems, 3, "no-rule"));
  CHECK(problems.has_errors());
}
