// Days, calendar months and working days. Months clamp to the month's end (11月30日 + 3 months =
// 2月28日, or 29日 in a leap year); working days follow China's holiday calendar, where a weekend
// day may be worked (调休) and a weekday may be a holiday.
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "due/problem.h"

namespace gongwen::due {

using Day = std::chrono::sys_days;

// A date as clerks and Excel write it: 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301.
// nullopt when it is not a real day (2023-02-29 is not).
std::optional<Day> parse_date(std::string_view s);
// 2024-03-01.
std::string iso(Day d);
int year_of(Day d);
// Days from `from` to `to` (negative when `to` is earlier).
inline int days_between(Day from, Day to) { return static_cast<int>((to - from).count()); }
// d + n calendar months. When the target month lacks d's day, the month's last day (clamped=true).
Day add_months(Day d, int n, bool* clamped = nullptr);

// The holiday calendar: which years it knows, which days are off and which weekend days are
// worked. Built in from data/holidays-cn.tsv; files in the same format add years or correct days.
class HolidayCalendar {
 public:
  // The calendar compiled into the library (the State Council notices of 2007–2026).
  static const HolidayCalendar& builtin();

  // Adds the facts of a TSV text (data/holidays-cn.tsv's format); later facts win. Bad lines are
  // reported as `name:line` and skipped.
  void add_text(std::string_view text, const std::string& name, Problems& problems);
  // Reads and adds a file; false (with a problem) when it cannot be read.
  bool add_file(const std::string& path, Problems& problems);

  bool covers(int year) const { return m_years.count(year) > 0; }
  // "2007–2026", for messages.
  std::string covered_span() const;
  // Whether `d` is a working day; nullopt when its year is not covered.
  std::optional<bool> is_working_day(Day d) const;
  // The facts as loaded: day -> true when off, false when a worked weekend day.
  const std::unordered_map<int, bool>& facts() const { return m_facts; }
  const std::set<int>& years() const { return m_years; }

 private:
  std::set<int> m_years;
  std::unordered_map<int, bool> m_facts;  // key: days since 1970-01-01
};

// A problem saying `d`'s year is missing from the calendar (code no-calendar-year).
Problem missing_year(const HolidayCalendar& cal, Day d, std::string_view why);

// The first working day on or after d.
Result<Day> roll_to_working_day(Day d, const HolidayCalendar& cal);
// The n-th working day after `start` (n >= 1); with start_counted, `start` itself is the first
// when it is a working day.
Result<Day> add_working_days(Day start, int n, bool start_counted, const HolidayCalendar& cal);

}  // namespace gongwen::due
