// Profiles: the handling rules of one office, as data. The built-in `national` follows 代表法
// 第五十一条 (reply within 3 months of 交办) and the Civil Code's counting (民法典 第二百零一条、
// 第二百零三条); a local office writes its own in TOML (see docs/due.md and corpus/due/profiles/).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "due/calendar.h"
#include "due/problem.h"

namespace gongwen::due {

enum class Count { months, days, working_days };

// 3个月, 30日, 7个工作日.
struct Period {
  int n = 0;
  Count unit = Count::months;
  bool operator==(const Period&) const = default;
};

// "3 months", "60 working days".
std::string describe(Period p);
// A period as a register's 办理时限 cell writes it: 3个月, 三个月, 90天, 90日, 60个工作日, 3 months.
std::optional<Period> parse_period(std::string_view s);

// One deadline rule: a count from the start, or a fixed calendar day (所有答复于9月30日前) in the
// start's year, or both (the fixed day for items that start by then, the count for later ones).
struct Rule {
  std::optional<Period> period;
  std::optional<std::pair<unsigned, unsigned>> by;  // month, day
};

// A rule for every class, and rules of their own for some classes (建议, 提案, 重点建议 …).
struct RuleSet {
  std::optional<Rule> all;
  std::map<std::string, Rule> by_class;
  // The class's own rule, else the rule for all; null when there is none.
  const Rule* find(std::string_view cls) const;
};

struct Profile {
  std::string name;
  std::string description;
  std::string source;              // file it was read from, or "built-in"
  std::string start = "assigned";  // register date counts run from: assigned (交办日期) | received (收到日期)
  bool start_day_counted = false;  // 民法典 第二百零一条: the start day is not counted
  bool roll_to_working_day = true;  // 民法典 第二百零三条: a deadline on a day off moves to the next working day
  RuleSet reply;                   // the lead unit's answer to the proposer
  RuleSet co;                      // 会办/协办 opinions to the lead unit
  RuleSet extension;               // how far beyond its deadline an item may be extended (延期); none = never
};

// Names of the profiles built into the library.
std::vector<std::string> builtin_profile_names();
// A profile from TOML text; problems carry `source:line:col`.
Result<Profile> parse_profile(std::string_view toml, const std::string& source);
// A built-in profile by name, or a TOML file by path.
Result<Profile> load_profile(const std::string& name_or_path);
// The profile as TOML, as parse_profile reads it (for `gw-due profile`).
std::string profile_to_toml(const Profile& p);

// The last day of `period` counted from `start`, by the profile's counting policy. Months clamp
// to the month's end; working days and rolling need the holiday calendar for the years crossed.
Result<Day> period_end(Day start, Period period, const Profile& policy, const HolidayCalendar& cal);
// The fixed day a rule names, in the year of `start` (2月29日 in a common year is 2月28日); none
// when the rule names none or `start` is after it (a later item takes the count).
std::optional<Day> fixed_day(Day start, const Rule& rule);
// The part of `rule` that applies to an item starting on `start`: "by 09-30", "3 months".
std::string describe(const Rule& rule, Day start);
// The deadline `rule` sets for an item starting on `start`.
Result<Day> rule_deadline(Day start, const Rule& rule, const Profile& policy, const HolidayCalendar& cal);

}  // namespace gongwen::due
