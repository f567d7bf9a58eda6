#include "due/profile.h"

#include <fmt/format.h>

#include <array>
#include <fstream>
#include <iterator>
#include <sstream>
#include <toml++/toml.h>

#include "text/numerals.h"
#include "text/utf8.h"

namespace gongwen::due {
namespace {

using namespace std::chrono;

// The built-in profiles, in the same TOML a local office writes.
struct BuiltinProfile {
  const char* name;
  const char* toml;
};
constexpr BuiltinProfile k_builtin[] = {
    {"national", R"toml(# 代表法 (2025) 第五十一条: answer within 3 months of 交办 (6 for broad or hard items).
# The counting follows the Civil Code, since no handling rule says how to count (domain.md 1.5).
name = "national"
description = "代表法 第五十一条: reply within 3 months of 交办; 会办 opinions to the lead within 1 month; extension by up to 3 more months (6 in all)"
start = "assigned"
start_day_counted = false
roll_to_working_day = true

[reply]
months = 3

[co]
months = 1

[extension]
months = 3
)toml"},
};

// Words a period is written with, longest first so that 个工作日 wins over 日.
struct UnitWord {
  std::string_view word;
  Count unit;
};
constexpr std::array<UnitWord, 11> k_unit_words{{{"个工作日", Count::working_days},
                                                 {"working days", Count::working_days},
                                                 {"工作日", Count::working_days},
                                                 {"个月", Count::months},
                                                 {"months", Count::months},
                                                 {"month", Count::months},
                                                 {"月", Count::months},
                                                 {"days", Count::days},
                                                 {"day", Count::days},
                                                 {"天", Count::days},
                                                 {"日", Count::days}}};

Problem toml_problem(const std::string& source, const toml::source_region& at, std::string code, std::string message) {
  Problem p;
  p.file = source;
  p.line = static_cast<int>(at.begin.line);
  p.col = static_cast<int>(at.begin.column);
  p.code = std::move(code);
  p.message = std::move(message);
  return p;
}

std::optional<std::pair<unsigned, unsigned>> parse_month_day(std::string_view s) {
  // 09-30, 9-30, 9月30日: the year is the item's own.
  const std::string t(text::utf8::trim(s));
  unsigned m = 0, d = 0;
  char sep = 0;
  std::istringstream in(t);
  if (in >> m >> sep >> d && sep == '-' && in.peek() == EOF && m >= 1 && m <= 12 && d >= 1 && d <= 31)
    return std::pair{m, d};
  if (const auto day = parse_date("2000年" + t)) {  // 2000 is a leap year: 2月29日 is allowed
    const year_month_day ymd{*day};
    return std::pair{static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
  }
  return std::nullopt;
}

// One rule table: months | days | working_days, and by.
Result<Rule> parse_rule(const toml::table& t, const std::string& source) {
  Rule r;
  toml::source_region period_at;
  static constexpr std::pair<std::string_view, Count> k_counts[] = {
      {"months", Count::months}, {"days", Count::days}, {"working_days", Count::working_days}};
  for (const auto& [k, v] : t) {
    if (v.is_table()) continue;  // a class's own rule, read by the caller
    bool known = false;
    for (const auto& [word, unit] : k_counts) {
      if (k.str() != word) continue;
      known = true;
      const auto n = v.value<std::int64_t>();
      if (!n || *n < 0 || *n > 10000)
        return toml_problem(source, v.source(), "bad-profile", fmt::format("`{}` must be a whole number of {}", word, word));
      if (r.period) {
        // Keys come sorted by name, not by line: point at whichever of the two comes second.
        const auto& at = v.source().begin.line > period_at.begin.line ? v.source() : period_at;
        return toml_problem(source, at, "bad-profile", "give one of months, days and working_days per rule");
      }
      r.period = Period{static_cast<int>(*n), unit};
      period_at = v.source();
    }
    if (k.str() == "by") {
      known = true;
      const auto s = v.value<std::string>();
      if (s) r.by = parse_month_day(*s);
      if (!r.by)
        return toml_problem(source, v.source(), "bad-profile", "`by` must be a day of the year such as \"09-30\" or \"9月30日\"");
    }
    if (!known)
      return toml_problem(source, k.source(), "bad-profile",
                          fmt::format("unknown key `{}` (a rule has months, days, working_days or by)", k.str()));
  }
  return r;
}

Result<RuleSet> parse_rule_set(const toml::table& t, const std::string& source) {
  RuleSet set;
  auto all = parse_rule(t, source);
  if (!all.ok()) return all.error();
  if (all.value().period || all.value().by) set.all = all.value();
  for (const auto& [k, v] : t) {
    if (!v.is_table()) continue;
    auto own = parse_rule(*v.as_table(), source);
    if (!own.ok()) return own.error();
    if (!own.value().period && !own.value().by)
      return toml_problem(source, k.source(), "bad-profile",
                          fmt::format("the rule for class \"{}\" gives no months, days, working_days or by", k.str()));
    set.by_class[std::string(k.str())] = own.value();
  }
  return set;
}

std::string rule_toml(const Rule& r) {
  static constexpr const char* k_keys[] = {"months", "days", "working_days"};
  std::string out;
  if (r.period) out += fmt::format("{} = {}\n", k_keys[static_cast<int>(r.period->unit)], r.period->n);
  if (r.by) out += fmt::format("by = \"{:02}-{:02}\"\n", r.by->first, r.by->second);
  return out;
}

}  // namespace

std::string describe(Period p) {
  static constexpr const char* k_words[] = {"month", "day", "working day"};
  return fmt::format("{} {}{}", p.n, k_words[static_cast<int>(p.unit)], p.n == 1 ? "" : "s");
}

std::optional<Period> parse_period(std::string_view raw) {
  const std::string_view s = text::utf8::trim(raw);
  for (const auto& [word, unit] : k_unit_words) {
    if (s.size() <= word.size() || s.substr(s.size() - word.size()) != word) continue;
    std::string_view number = text::utf8::trim(s.substr(0, s.size() - word.size()));
    if (number.ends_with("个")) number.remove_suffix(std::string_view("个").size());
    const auto n = text::parse_numeral(number);
    if (!n || *n < 0 || *n > 10000) return std::nullopt;
    return Period{static_cast<int>(*n), unit};
  }
  return std::nullopt;
}

const Rule* RuleSet::find(std::string_view cls) const {
  if (auto it = by_class.find(std::string(cls)); it != by_class.end()) return &it->second;
  return all ? &*all : nullptr;
}

std::vector<std::string> builtin_profile_names() {
  std::vector<std::string> out;
  for (const auto& b : k_builtin) out.emplace_back(b.name);
  return out;
}

Result<Profile> parse_profile(std::string_view text, const std::string& source) {
  toml::table t;
  try {
    t = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    return toml_problem(source, e.source(), "bad-profile", std::string(e.description()));
  }
  Profile p;
  p.source = source;
  for (const auto& [k, v] : t) {
    const std::string_view key = k.str();
    auto bad = [&](std::string_view what) { return toml_problem(source, v.source(), "bad-profile", fmt::format("`{}` must be {}", key, what)); };
    if (key == "name" || key == "description" || key == "start") {
      const auto s = v.value<std::string>();
      if (!s) return bad("a string");
      (key == "name" ? p.name : key == "description" ? p.description : p.start) = *s;
      if (key == "start" && p.start != "assigned" && p.start != "received") return bad("\"assigned\" or \"received\"");
    } else if (key == "start_day_counted" || key == "roll_to_working_day") {
      const auto b = v.value<bool>();
      if (!b) return bad("true or false");
      (key == "start_day_counted" ? p.start_day_counted : p.roll_to_working_day) = *b;
    } else if (key == "reply" || key == "co" || key == "extension") {
      if (!v.is_table()) return bad("a table");
      auto set = parse_rule_set(*v.as_table(), source);
      if (!set.ok()) return set.error();
      (key == "reply" ? p.reply : key == "co" ? p.co : p.extension) = std::move(set.value());
    } else {
      return toml_problem(source, k.source(), "bad-profile",
                          fmt::format("unknown key `{}` (known: name, description, start, start_day_counted, "
                                      "roll_to_working_day, [reply], [co], [extension])",
                                      key));
    }
  }
  if (p.name.empty()) p.name = source;
  if (!p.reply.all && p.reply.by_class.empty())
    return Problem{source, 0, 0, Severity::error, "bad-profile", "the profile has no [reply] rule"};
  return p;
}

Result<Profile> load_profile(const std::string& name_or_path) {
  for (const auto& b : k_builtin) {
    if (name_or_path != b.name) continue;
    auto p = parse_profile(b.toml, b.name);
    if (p.ok()) p.value().source = "built-in";
    return p;
  }
  std::ifstream in(name_or_path, std::ios::binary);
  if (!in)
    return Problem{name_or_path, 0, 0, Severity::error, "bad-profile",
                   fmt::format("no built-in profile of this name (built in: {}) and no such file",
                               fmt::join(builtin_profile_names(), ", "))};
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_profile(data, name_or_path);
}

std::string profile_to_toml(const Profile& p) {
  std::string out = fmt::format("name = \"{}\"\n", p.name);
  if (!p.description.empty()) out += fmt::format("description = \"{}\"\n", p.description);
  out += fmt::format("start = \"{}\"\nstart_day_counted = {}\nroll_to_working_day = {}\n", p.start, p.start_day_counted,
                     p.roll_to_working_day);
  const std::pair<const char*, const RuleSet*> sets[] = {{"reply", &p.reply}, {"co", &p.co}, {"extension", &p.extension}};
  for (const auto& [name, set] : sets) {
    if (!set->all && set->by_class.empty()) continue;
    out += fmt::format("\n[{}]\n", name);
    if (set->all) out += rule_toml(*set->all);
    for (const auto& [cls, rule] : set->by_class) out += fmt::format("\n[{}.\"{}\"]\n{}", name, cls, rule_toml(rule));
  }
  return out;
}

Result<Day> period_end(Day start, Period period, const Profile& policy, const HolidayCalendar& cal) {
  if (period.unit == Count::working_days) {
    if (period.n == 0) return start;
    return add_working_days(start, period.n, policy.start_day_counted, cal);
  }
  Day end = start;
  if (period.unit == Count::days) {
    end = start + days{period.n - (policy.start_day_counted && period.n > 0 ? 1 : 0)};
  } else {
    bool clamped = false;
    end = add_months(start, period.n, &clamped);
    // Counting the start day ends the period the day before the corresponding day; a month
    // without that day ends on its last day either way (民法典 第二百零二条).
    if (policy.start_day_counted && period.n > 0 && !clamped) end -= days{1};
  }
  if (!policy.roll_to_working_day) return end;
  return roll_to_working_day(end, cal);
}

std::optional<Day> fixed_day(Day start, const Rule& rule) {
  if (!rule.by) return std::nullopt;
  const year_month ym{year{year_of(start)}, month{rule.by->first}};
  const year_month_day_last last{ym.year(), month_day_last{ym.month()}};
  const unsigned d = std::min(rule.by->second, static_cast<unsigned>(last.day()));
  const Day fixed = sys_days{year_month_day{ym.year(), ym.month(), day{d}}};
  if (fixed < start) return std::nullopt;
  return fixed;
}

std::string describe(const Rule& rule, Day start) {
  if (fixed_day(start, rule) || !rule.period) return fmt::format("by {:02}-{:02}", rule.by->first, rule.by->second);
  return describe(*rule.period);
}

Result<Day> rule_deadline(Day start, const Rule& rule, const Profile& policy, const HolidayCalendar& cal) {
  if (const auto fixed = fixed_day(start, rule))
    return policy.roll_to_working_day ? roll_to_working_day(*fixed, cal) : Result<Day>(*fixed);
  if (rule.period) return period_end(start, *rule.period, policy, cal);
  return Problem{"", 0, 0, Severity::error, "no-rule",
                 fmt::format("the item starts on {}, after the fixed date {:02}-{:02}, and the profile gives no count "
                             "for later items",
                             iso(start), rule.by->first, rule.by->second)};
}

}  // namespace gongwen::due
