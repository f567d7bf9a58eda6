// gw-due's calendar: dates as clerks write them, month arithmetic with end-of-month clamping,
// and working days against the holiday calendar (调休 weekends worked, holidays off).
#include <doctest/doctest.h>

#include <string>

#include "due/calendar.h"

using namespace gongwen::due;

namespace {

Day day(const char* iso_text) {
  const auto d = parse_date(iso_text);
  REQUIRE(d);
  return *d;
}

}  // namespace

TEST_CASE("due::parse_date") {
  struct Case {
    const char* text;
    const char* want;  // nullptr: not a date
  };
  const Case cases[] = {
      {"2024-03-01", "2024-03-01"},
      {"2024/3/1", "2024-03-01"},
      {"2024.3.1", "2024-03-01"},
      {"2024年3月1日", "2024-03-01"},
      {"2024 年 3 月 1 日", "2024-03-01"},
      {"2024年3月1号", "2024-03-01"},
      {"20240301", "2024-03-01"},
      {"２０２４／３／１", "2024-03-01"},
      {" 2024/3/1 0:00 ", "2024-03-01"},
      {"2024-02-29", "2024-02-29"},
      {"2023-02-29", nullptr},
      {"2024-13-01", nullptr},
      {"2024-04-31", nullptr},
      {"2024-3", nullptr},
      {"2024/3-1", nullptr},
      {"2024-03-01x", nullptr},
      {"3/1/2024", nullptr},
      {"", nullptr},
      {"明年", nullptr},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto d = parse_date(c.text);
    if (c.want) {
      REQUIRE(d);
      CHECK(iso(*d) == c.want);
    } else {
      CHECK_FALSE(d);
    }
  }
}

TEST_CASE("due::add_months") {
  struct Case {
    const char* from;
    int months;
    const char* want;
    bool clamped;
  };
  const Case cases[] = {
      {"2023-11-30", 3, "2024-02-29", true},   // leap year: 2月29日
      {"2022-11-30", 3, "2023-02-28", true},   // common year: 2月28日
      {"2024-01-31", 1, "2024-02-29", true},
      {"2024-08-31", 1, "2024-09-30", true},
      {"2024-03-01", 3, "2024-06-01", false},
      {"2024-12-15", 2, "2025-02-15", false},
      {"2024-11-30", 2, "2025-01-30", false},
      {"2024-03-31", -1, "2024-02-29", true},
      {"2024-02-29", 12, "2025-02-28", true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.from);
    CAPTURE(c.months);
    bool clamped = !c.clamped;
    CHECK(iso(add_months(day(c.from), c.months, &clamped)) == c.want);
    CHECK(clamped == c.clamped);
  }
}

TEST_CASE("due::HolidayCalendar::is_working_day") {
  const auto& cal = HolidayCalendar::builtin();
  struct Case {
    const char* date;
    int want;  // 1 working, 0 off, -1 year not covered
  };
  const Case cases[] = {
      {"2024-02-04", 1},  // Sunday worked before the Spring Festival (调休)
      {"2024-02-18", 1},  // Sunday worked after it
      {"2024-02-12", 0},  // Monday of the Spring Festival
      {"2024-02-10", 0},  // Saturday, and 春节
      {"2024-03-02", 0},  // an ordinary Saturday
      {"2024-03-04", 1},  // an ordinary Monday
      {"2024-06-10", 0},  // 端午节, a Monday
      {"2024-10-12", 1},  // Saturday worked after National Day
      {"2026-01-01", 0},
      {"2027-01-04", -1},  // no notice for 2027 yet
      {"2006-12-30", -1},  // listed in the 2007 notice, but 2006 itself is not covered
  };
  for (const auto& c : cases) {
    CAPTURE(c.date);
    const auto w = cal.is_working_day(day(c.date));
    if (c.want < 0) CHECK_FALSE(w);
    else {
      REQUIRE(w);
      CHECK(*w == (c.want == 1));
    }
  }
  CHECK(cal.covered_span() == "2007–2026");
}

TEST_CASE("due::HolidayCalendar::add_text") {
  HolidayCalendar cal = HolidayCalendar::builtin();
  Problems problems;
  cal.add_text("\xEF\xBB\xBF# a user's file\r\n2027\tyear\tnotice\r\n2027-01-01\toff\t元旦\n2024-03-04\toff\tlocal day off\n"
               "2024-03-09\twork\tmake-up\nnot a line\n2028-02-30\toff\tbad day\n",
               "mine.tsv", problems);
  CHECK(cal.covers(2027));
  CHECK(cal.is_working_day(day("2027-01-01")) == false);
  CHECK(cal.is_working_day(day("2027-01-04")) == true);
  CHECK(cal.is_working_day(day("2024-03-04")) == false);  // a correction wins over the weekday rule
  CHECK(cal.is_working_day(day("2024-03-09")) == true);
  CHECK(cal.covered_span() == "2007–2027");
  REQUIRE(problems.list().size() == 2);
  CHECK(problems.list()[0].file == "mine.tsv");
  CHECK(problems.list()[0].line == 6);
  CHECK(problems.list()[0].code == "bad-holiday-line");
  CHECK(problems.list()[1].line == 7);

  HolidayCalendar gap = HolidayCalendar::builtin();
  gap.add_text("2030\tyear\tx\n", "gap.tsv", problems);
  CHECK(gap.covered_span() == "2007–2026, 2030");
}

TEST_CASE("due::roll_to_working_day") {
  const auto& cal = HolidayCalendar::builtin();
  const std::pair<const char*, const char*> cases[] = {
      {"2024-06-01", "2024-06-03"},  // Saturday -> Monday
      {"2024-06-08", "2024-06-11"},  // Saturday, then 端午 Monday -> Tuesday
      {"2024-09-29", "2024-09-29"},  // a worked Sunday stays
      {"2024-10-01", "2024-10-08"},  // National Day week
      {"2024-03-05", "2024-03-05"},
  };
  for (const auto& [from, want] : cases) {
    CAPTURE(from);
    const auto r = roll_to_working_day(day(from), cal);
    REQUIRE(r.ok());
    CHECK(iso(r.value()) == want);
  }
  const auto missing = roll_to_working_day(day("2027-01-02"), cal);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == "no-calendar-year");
}

TEST_CASE("due::add_working_days") {
  const auto& cal = HolidayCalendar::builtin();
  struct Case {
    const char* start;
    int n;
    bool start_counted;
    const char* want;
  };
  const Case cases[] = {
      {"2024-02-01", 5, false, "2024-02-07"},  // counts Sunday 2月4日, worked
      {"2024-02-08", 5, false, "2024-02-21"},  // 2月9日, then the worked Sunday 2月18日
      {"2024-02-06", 5, false, "2024-02-19"},
      {"2024-02-01", 5, true, "2024-02-06"},   // 2月1日 itself is the first
      {"2024-02-12", 1, true, "2024-02-18"},   // a holiday start is not a working day
      {"2024-03-01", 1, false, "2024-03-04"},
      {"2024-09-27", 2, false, "2024-09-30"},  // Friday, worked Sunday 9月29日, Monday
  };
  for (const auto& c : cases) {
    CAPTURE(c.start);
    CAPTURE(c.n);
    CAPTURE(c.start_counted);
    const auto r = add_working_days(day(c.start), c.n, c.start_counted, cal);
    REQUIRE(r.ok());
    CHECK(iso(r.value()) == c.want);
  }
  const auto missing = add_working_days(day("2026-12-28"), 5, false, cal);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == "no-calendar-year");
  CHECK(missing.error().message.find("2027") != std::string::npos);
  CHECK(missing.error().message.find("--holidays") != std::string::npos);
}
