// Profiles: the built-in national rules, TOML profiles a local office writes (with errors that
// point at line:col), and deadlines by each counting policy.
#include <doctest/doctest.h>

#include <string>

#include "due/profile.h"

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

}  // namespace

TEST_CASE("due::parse_period") {
  struct Case {
    const char* text;
    int n;  // -1: not a period
    Count unit;
  };
  const Case cases[] = {
      {"3个月", 3, Count::months},         {"三个月", 3, Count::months},         {"6 个月", 6, Count::months},
      {"90天", 90, Count::days},           {"30日", 30, Count::days},            {"十五日", 15, Count::days},
      {"60个工作日", 60, Count::working_days}, {"7工作日", 7, Count::working_days}, {"3 months", 3, Count::months},
      {"1 month", 1, Count::months},       {"10 working days", 10, Count::working_days},
      {"2024-06-30", -1, Count::days},     {"个月", -1, Count::days},            {"many days", -1, Count::days},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto p = parse_period(c.text);
    if (c.n < 0) {
      CHECK_FALSE(p);
    } else {
      REQUIRE(p);
      CHECK(p->n == c.n);
      CHECK(p->unit == c.unit);
    }
  }
  CHECK(describe({1, Count::months}) == "1 month");
  CHECK(describe({60, Count::working_days}) == "60 working days");
}

TEST_CASE("due::load_profile national") {
  const auto p = load_profile("national");
  REQUIRE(p.ok());
  CHECK(p.value().name == "national");
  CHECK(p.value().source == "built-in");
  CHECK_FALSE(p.value().start_day_counted);
  CHECK(p.value().roll_to_working_day);
  const Rule* reply = p.value().reply.find("建议");
  REQUIRE(reply);
  CHECK(reply->period == Period{3, Count::months});
  REQUIRE(p.value().co.find("提案"));
  CHECK(p.value().co.find("提案")->period == Period{1, Count::months});
  REQUIRE(p.value().extension.find("建议"));
  CHECK(p.value().extension.find("建议")->period == Period{3, Count::months});

  const auto missing = load_profile("no-such-profile");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("national") != std::string::npos);
}

TEST_CASE("due::parse_profile") {
  const Profile p = profile(R"(
name = "city"
start = "received"
start_day_counted = true
roll_to_working_day = false
[reply]
by = "9月30日"
months = 2
[reply."提案"]
working_days = 60
[extension]
months = 1
[extension."重点建议"]
months = 0
)");
  CHECK(p.name == "city");
  CHECK(p.start == "received");
  CHECK(p.start_day_counted);
  CHECK_FALSE(p.roll_to_working_day);
  REQUIRE(p.reply.find("建议"));
  CHECK(p.reply.find("建议")->by == std::pair<unsigned, unsigned>{9, 30});
  CHECK(p.reply.find("建议")->period == Period{2, Count::months});
  CHECK(p.reply.find("提案")->period == Period{60, Count::working_days});
  CHECK_FALSE(p.reply.find("提案")->by);
  CHECK(p.extension.find("重点建议")->period == Period{0, Count::months});
  CHECK(p.co.find("建议") == nullptr);

  // What a clerk gets wrong, each pointing at its line.
  struct Bad {
    const char* toml;
    int line;
    const char* says;
  };
  const Bad bad[] = {
      {"name = \"x\"\n[reply]\nmonths = 3\nweeks = 2\n", 4, "unknown key `weeks`"},
      {"[reply]\nmonths = 3\ndays = 10\n", 3, "one of months"},
      {"[reply]\nby = \"9月31日\"\n", 2, "`by`"},
      {"[reply]\nmonths = \"three\"\n", 2, "whole number"},
      {"[reply]\nmonths = -1\n", 2, "whole number"},
      {"name = \"x\"\n", 0, "no [reply]"},
      {"[reply]\nmonths = 3\n[reply.\"提案\"]\n", 3, "gives no months"},
      {"[reply]\nmonths = 3\nstart = \"closed\"\n", 3, "unknown key"},
      {"start = \"closed\"\n[reply]\nmonths = 3\n", 1, "\"assigned\" or \"received\""},
      {"[reply\nmonths = 3\n", 1, ""},
      {"colour = \"red\"\n[reply]\nmonths = 3\n", 1, "unknown key `colour`"},
  };
  for (const auto& b : bad) {
    const std::string toml_text = b.toml;
    CAPTURE(toml_text);
    const auto r = parse_profile(b.toml, "bad.toml");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == "bad-profile");
    CHECK(r.error().file == "bad.toml");
    CHECK(r.error().line == b.line);
    CHECK(r.error().message.find(b.says) != std::string::npos);
  }
}

TEST_CASE("due::profile_to_toml") {
  const auto national = load_profile("national");
  REQUIRE(national.ok());
  const Profile city = profile("name = \"city\"\n[reply]\nby = \"09-30\"\nmonths = 2\n[reply.\"提案\"]\ndays = 45\n");
  for (const Profile& p : {national.value(), city}) {
    CAPTURE(p.name);
    const auto again = parse_profile(profile_to_toml(p), "again.toml");
    REQUIRE(again.ok());
    CHECK(again.value().name == p.name);
    CHECK(profile_to_toml(again.value()) == profile_to_toml(p));
    CHECK(again.value().reply.find("提案")->period == p.reply.find("提案")->period);
  }
}

TEST_CASE("due::period_end") {
  const auto& cal = HolidayCalendar::builtin();
  struct Case {
    const char* start;
    Period period;
    bool counted;
    bool roll;
    const char* want;
  };
  const Case cases[] = {
      // 民法典: the start day is not counted; the period ends on the corresponding day.
      {"2024-03-01", {3, Count::months}, false, false, "2024-06-01"},
      {"2024-03-01", {3, Count::months}, false, true, "2024-06-03"},  // Saturday -> Monday
      {"2024-03-01", {3, Count::months}, true, false, "2024-05-31"},  // counted: the day before
      {"2023-11-30", {3, Count::months}, false, false, "2024-02-29"},  // clamped, leap year
      {"2023-11-30", {3, Count::months}, true, false, "2024-02-29"},   // no corresponding day: the last
      {"2024-11-30", {3, Count::months}, false, false, "2025-02-28"},
      {"2024-03-01", {10, Count::days}, false, false, "2024-03-11"},
      {"2024-03-01", {10, Count::days}, true, false, "2024-03-10"},
      {"2024-03-01", {10, Count::days}, true, true, "2024-03-11"},  // Sunday 3月10日 rolls
      {"2024-02-01", {5, Count::working_days}, false, true, "2024-02-07"},
      {"2024-02-01", {5, Count::working_days}, true, false, "2024-02-06"},
      {"2024-09-20", {10, Count::days}, false, true, "2024-09-30"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.start);
    CAPTURE(describe(c.period));
    CAPTURE(c.counted);
    CAPTURE(c.roll);
    Profile policy;
    policy.start_day_counted = c.counted;
    policy.roll_to_working_day = c.roll;
    const auto r = period_end(day(c.start), c.period, policy, cal);
    REQUIRE(r.ok());
    CHECK(iso(r.value()) == c.want);
  }
}

TEST_CASE("due::rule_deadline") {
  const auto& cal = HolidayCalendar::builtin();
  Profile policy;
  policy.roll_to_working_day = false;
  const Rule fixed_and_count{Period{2, Count::months}, std::pair<unsigned, unsigned>{9, 30}};
  const Rule fixed_only{std::nullopt, std::pair<unsigned, unsigned>{6, 30}};
  const Rule leap_day{std::nullopt, std::pair<unsigned, unsigned>{2, 29}};
  struct Case {
    const char* start;
    const Rule* rule;
    const char* want;  // nullptr: no deadline
  };
  const Case cases[] = {
      {"2024-02-20", &fixed_and_count, "2024-09-30"},
      {"2024-09-30", &fixed_and_count, "2024-09-30"},
      {"2024-10-01", &fixed_and_count, "2024-12-01"},  // after the fixed day: the count
      {"2024-12-31", &fixed_and_count, "2025-02-28"},
      {"2024-03-01", &fixed_only, "2024-06-30"},
      {"2024-07-01", &fixed_only, nullptr},
      {"2025-01-10", &leap_day, "2025-02-28"},  // 2月29日 in a common year: the month's last day
      {"2024-01-10", &leap_day, "2024-02-29"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.start);
    const auto r = rule_deadline(day(c.start), *c.rule, policy, cal);
    if (!c.want) {
      REQUIRE_FALSE(r.ok());
      CHECK(r.error().code == "no-rule");
      continue;
    }
    REQUIRE(r.ok());
    CHECK(iso(r.value()) == c.want);
  }
  policy.roll_to_working_day = true;
  const auto rolled = rule_deadline(day("2024-03-01"), fixed_only, policy, cal);  // 6月30日 is a Sunday
  REQUIRE(rolled.ok());
  CHECK(iso(rolled.value()) == "2024-07-01");
}
