#include "due/calendar.h"

#include <fmt/format.h>

#include <fstream>
#include <iterator>

#include "text/utf8.h"

namespace gongwen::due {
namespace {

using namespace std::chrono;

struct CoveredYear {
  int year;
  const char* notice;
};
struct HolidayFact {
  int y, m, d;
  bool off;
  const char* name;
};
#include "due/holidays_cn.inc"

int key(Day d) { return static_cast<int>(d.time_since_epoch().count()); }

// Full-width digits and separators as ASCII, so that ２０２４／３／１ reads like 2024/3/1.
std::string fold_ascii(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    const char32_t c = text::utf8::decode(s, i, len);
    if (c >= 0xFF01 && c <= 0xFF5E) out += static_cast<char>(c - 0xFEE0);
    else if (c == 0x3000) out += ' ';
    else out.append(s.substr(i, static_cast<std::size_t>(len)));
    i += static_cast<std::size_t>(len);
  }
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads up to `max` digits at s[i]; -1 when there are none.
int digits(std::string_view s, std::size_t& i, std::size_t max) {
  int v = 0;
  std::size_t n = 0;
  while (i < s.size() && n < max && is_digit(s[i])) v = v * 10 + (s[i++] - '0'), ++n;
  return n == 0 ? -1 : v;
}

bool eat(std::string_view s, std::size_t& i, std::string_view word) {
  while (i < s.size() && s[i] == ' ') ++i;
  if (s.substr(i, word.size()) != word) return false;
  i += word.size();
  while (i < s.size() && s[i] == ' ') ++i;
  return true;
}

std::optional<Day> make_day(int y, int m, int d) {
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (y < 1900 || y > 2200 || !ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

}  // namespace

std::optional<Day> parse_date(std::string_view raw) {
  const std::string folded = fold_ascii(text::utf8::trim(raw));
  const std::string_view s = folded;
  std::size_t i = 0;
  if (s.size() == 8 && s.find_first_not_of("0123456789") == std::string_view::npos)
    return make_day(std::stoi(std::string(s.substr(0, 4))), std::stoi(std::string(s.substr(4, 2))),
                    std::stoi(std::string(s.substr(6, 2))));
  const int y = digits(s, i, 4);
  if (y < 0 || i != 4) return std::nullopt;
  // The separator after the year decides the one after the month: 2024-3-1, 2024年3月1日.
  struct Style {
    std::string_view after_year, after_month, after_day;
  };
  static constexpr Style k_styles[] = {{"-", "-", ""}, {"/", "/", ""}, {".", ".", ""}, {"年", "月", "日"}};
  for (const Style& st : k_styles) {
    std::size_t j = i;
    if (!eat(s, j, st.after_year)) continue;
    const int m = digits(s, j, 2);
    if (m < 0 || !eat(s, j, st.after_month)) return std::nullopt;
    const int d = digits(s, j, 2);
    if (d < 0) return std::nullopt;
    if (!st.after_day.empty() && !eat(s, j, st.after_day)) eat(s, j, "号");
    // Excel writes date cells with a time when the cell holds one: 2024/3/1 0:00.
    if (j < s.size() && s.substr(j).find_first_not_of("0123456789: ") != std::string_view::npos) return std::nullopt;
    if (j < s.size() && s.substr(j).find(':') == std::string_view::npos) return std::nullopt;
    return make_day(y, m, d);
  }
  return std::nullopt;
}

std::string iso(Day d) {
  const year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

int year_of(Day d) { return static_cast<int>(year_month_day{d}.year()); }

Day add_months(Day d, int n, bool* clamped) {
  const year_month_day ymd{d};
  const year_month target = year_month{ymd.year(), ymd.month()} + months{n};
  const year_month_day_last last{target.year(), month_day_last{target.month()}};
  const bool clamp = ymd.day() > last.day();
  if (clamped) *clamped = clamp;
  return clamp ? sys_days{last} : sys_days{year_month_day{target.year(), target.month(), ymd.day()}};
}

const HolidayCalendar& HolidayCalendar::builtin() {
  static const HolidayCalendar cal = [] {
    HolidayCalendar c;
    for (const auto& y : k_builtin_years) c.m_years.insert(y.year);
    for (const auto& f : k_builtin_days) c.m_facts[key(*make_day(f.y, f.m, f.d))] = f.off;
    return c;
  }();
  return cal;
}

void HolidayCalendar::add_text(std::string_view text, const std::string& name, Problems& problems) {
  int line_no = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (text::utf8::trim(line).empty() || line.front() == '#') continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    const std::string_view first = line.substr(0, t1);
    const std::string_view kind =
        t1 == std::string_view::npos ? std::string_view{} : line.substr(t1 + 1, t2 == std::string_view::npos ? t2 : t2 - t1 - 1);
    if (kind == "year") {
      std::size_t i = 0;
      const int y = digits(first, i, 4);
      if (y >= 1900 && i == first.size()) {
        m_years.insert(y);
        continue;
      }
    } else if (kind == "off" || kind == "work") {
      if (const auto d = parse_date(first)) {
        m_facts[key(*d)] = kind == "off";
        continue;
      }
    }
    problems.error(name, line_no, "bad-holiday-line",
                   fmt::format("expected `YEAR<tab>year<tab>notice` or `DATE<tab>off|work<tab>name`, got \"{}\"", line));
  }
}

bool HolidayCalendar::add_file(const std::string& path, Problems& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.error(path, 0, "unreadable", "cannot read the holiday file");
    return false;
  }
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  add_text(data, path, problems);
  return true;
}

std::string HolidayCalendar::covered_span() const {
  if (m_years.empty()) return "no year";
  // Contiguous runs, so that a user's added 2030 shows as "2007–2026, 2030".
  std::string out;
  auto it = m_years.begin();
  while (it != m_years.end()) {
    const int first = *it;
    int last = first;
    while (++it != m_years.end() && *it == last + 1) last = *it;
    out += (out.empty() ? "" : ", ") + (first == last ? std::to_string(first) : fmt::format("{}–{}", first, last));
  }
  return out;
}

std::optional<bool> HolidayCalendar::is_working_day(Day d) const {
  if (!covers(year_of(d))) return std::nullopt;
  if (auto it = m_facts.find(key(d)); it != m_facts.end()) return !it->second;
  const weekday wd{d};
  return wd != Saturday && wd != Sunday;
}

Problem missing_year(const HolidayCalendar& cal, Day d, std::string_view why) {
  Problem p;
  p.code = "no-calendar-year";
  p.message = fmt::format("{} needs the holidays of {}, but the holiday calendar covers {}; add the year with "
                          "--holidays FILE (format of data/holidays-cn.tsv)",
                          why, year_of(d), cal.covered_span());
  return p;
}

Result<Day> roll_to_working_day(Day d, const HolidayCalendar& cal) {
  for (;; d += days{1}) {
    const auto working = cal.is_working_day(d);
    if (!working) return missing_year(cal, d, fmt::format("moving the deadline {} to a working day", iso(d)));
    if (*working) return d;
  }
}

Result<Day> add_working_days(Day start, int n, bool start_counted, const HolidayCalendar& cal) {
  Day d = start;
  int counted = 0;
  if (start_counted) {
    const auto working = cal.is_working_day(d);
    if (!working) return missing_year(cal, d, fmt::format("counting working days from {}", iso(start)));
    if (*working) counted = 1;
  }
  while (counted < n) {
    d += days{1};
    const auto working = cal.is_working_day(d);
    if (!working) return missing_year(cal, d, fmt::format("counting {} working days from {}", n, iso(start)));
    if (*working) ++counted;
  }
  return d;
}

}  // namespace gongwen::due
