// Dates and periods named in the text (record.dates), and the date helpers other extractors
// use. One table of patterns; each row says how its groups become a value, an end and a
// precision. Page metadata (发布时间, 成文日期 rows in the head) is not the document's.
#include <re2/re2.h>

#include <array>

#include "extract/extract.h"
#include "extract/match.h"
#include "text/numerals.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace gongwen::extract {

int days_in_month(int y, int m) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : k_days[m - 1];
}

bool valid_date(int y, int m, int d) { return y >= 1900 && y <= 2100 && d >= 1 && d <= days_in_month(y, m); }

std::string iso_date(int y, int m, int d) {
  char buf[40];
  if (d > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else if (m > 0) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

namespace {

int num(std::string_view s) {
  auto v = text::parse_numeral(s);
  return v && *v < 100000 ? static_cast<int>(*v) : 0;
}

// 2023518 -> 2023-05-18; 202387 -> 2023-08-07; 7 digits only when one reading is a date.
std::optional<Ymd> decode_compact(std::string_view digits) {
  if (digits.size() < 6 || digits.size() > 8) return std::nullopt;
  const int y = num(digits.substr(0, 4));
  if (y < 1949 || y > 2100) return std::nullopt;
  const std::string_view rest = digits.substr(4);
  std::vector<Ymd> readings;
  for (std::size_t cut = 1; cut < rest.size(); ++cut) {
    const auto ms = rest.substr(0, cut), ds = rest.substr(cut);
    if (ms.size() > 2 || ds.size() > 2 || (ms[0] == '0' && ms.size() == 1) || (ds[0] == '0' && ds.size() == 1)) continue;
    const int m = num(ms), d = num(ds);
    if (valid_date(y, m, d)) readings.push_back({y, m, d});
  }
  if (readings.size() != 1) return std::nullopt;
  return readings[0];
}

const RE2& date_line_re() {
  static const RE2 re(
      R"(^\s*(?:(\d{4})年(\d{1,2})月(\d{1,2})日|([〇○零一二三四五六七八九0]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日|(\d{4})[-./](\d{1,2})[-./](\d{1,2})|(\d{6,8})日?)\s*[|]?\s*$)");
  return re;
}

enum class Form { ymd, cymd, iso, print, compact, range, festival, ym, yq, yh, y, md, m, q };

// 春节 (the first day of the lunar year), 2007–2027: facts of public record, as in the State
// Council holiday notices (../shared/data/holiday-cn). "春节前" ends the day before.
struct Festival {
  int year, month, day;
};
constexpr std::array<Festival, 21> k_spring_festival{{
    {2007, 2, 18}, {2008, 2, 7},  {2009, 1, 26}, {2010, 2, 14}, {2011, 2, 3},  {2012, 1, 23}, {2013, 2, 10},
    {2014, 1, 31}, {2015, 2, 19}, {2016, 2, 8},  {2017, 1, 28}, {2018, 2, 16}, {2019, 2, 5},  {2020, 1, 25},
    {2021, 2, 12}, {2022, 2, 1},  {2023, 1, 22}, {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6}}};

std::optional<std::string> spring_festival_eve(int y) {
  for (const auto& f : k_spring_festival) {
    if (f.year != y) continue;
    return f.day > 1 ? iso_date(y, f.month, f.day - 1) : iso_date(y, f.month - 1, days_in_month(y, f.month - 1));
  }
  return std::nullopt;
}

struct DateRow {
  Form form;
  const char* pattern;
};

// Alternatives are tried at each position in this order, so a full date wins over its
// year alone. Groups are local to each row.
constexpr std::array<DateRow, 14> k_rows{{
    {Form::ymd, R"((\d{4})年(\d{1,2})月(\d{1,2})[日号])"},
    {Form::cymd, R"(([〇○零一二三四五六七八九0]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日)"},
    {Form::iso, R"((\d{4})[-./](\d{1,2})[-./](\d{1,2}))"},
    {Form::print, R"((\d{6,8})日?印)"},
    {Form::compact, R"((\d{6,8})日)"},  // 年 and 月 lost: one reading only
    {Form::range, R"((\d{4})年?(?:至|到|—|–|-|~|～|－)(\d{4})年)"},
    {Form::festival, R"((?:(\d{4})年)?春节(?:前|以前|之前))"},
    {Form::yq, R"((\d{4})年(?:第)?([一二三四1-4])季度)"},
    {Form::yh, R"((\d{4})年(上半年|下半年))"},
    {Form::ym, R"((\d{4})年(\d{1,2})月(底|末|初|上旬|中旬|下旬)?)"},
    {Form::y, R"((\d{4})年(底|末|初|内|全年|度)?)"},
    {Form::md, R"((\d{1,2})月(\d{1,2})[日号])"},
    {Form::m, R"((\d{1,2})月(底|末|初|上旬|中旬|下旬))"},
    {Form::q, R"((?:第)?([一二三四])季度)"},
}};

struct Compiled {
  RE2 all;
  std::vector<int> first_group;  // index of each row's first group in `all`
};

const Compiled& compiled() {
  static const Compiled c = [] {
    std::string alt;
    std::vector<int> first;
    int group = 1;
    for (const auto& row : k_rows) {
      if (!alt.empty()) alt += "|";
      alt += "(";
      alt += row.pattern;
      alt += ")";
      first.push_back(group + 1);
      group += 1 + RE2(row.pattern).NumberOfCapturingGroups();
    }
    return Compiled{RE2(alt), first};
  }();
  return c;
}

bool digit_before(std::string_view t, std::size_t pos) { return pos > 0 && text::utf8::is_digit(static_cast<unsigned char>(t[pos - 1])); }
bool digit_after(std::string_view t, std::size_t pos) { return pos < t.size() && text::utf8::is_digit(static_cast<unsigned char>(t[pos])); }

void period_of_month(int y, int m, std::string_view mod, DateMention& d) {
  const int last = days_in_month(y, m);
  int b = 1, e = last;
  if (mod == "上旬" || mod == "初") e = 10;
  else if (mod == "中旬") b = 11, e = 20;
  else if (mod == "下旬") b = 21;
  else if (mod == "底" || mod == "末") b = std::max(1, last - 9);
  d.value = mod.empty() ? iso_date(y, m, 0) : iso_date(y, m, b);
  d.end = iso_date(y, m, e);
  d.precision = "month";
}

}  // namespace

std::optional<Ymd> date_only_line(std::string_view line) {
  std::optional<Ymd> out;
  first_match(date_line_re(), line, [&](const Match& m) {
    Ymd v;
    if (m.has(1)) v = {num(m.str(1)), num(m.str(2)), num(m.str(3))};
    else if (m.has(4)) v = {num(m.str(4)), num(m.str(5)), num(m.str(6))};
    else if (m.has(7)) v = {num(m.str(7)), num(m.str(8)), num(m.str(9))};
    else if (auto c = decode_compact(m.str(10))) v = *c;
    if (valid_date(v.y, v.m, v.d)) out = v;
  });
  return out;
}

// Fills one DateMention from the row that matched; false when the match is not a date.
static bool fill(Form form, const Match& m, int g, DateMention& d, Record& rec, Loc at) {
  auto s = [&](int k) { return m.str(g + k); };
  switch (form) {
    case Form::ymd:
    case Form::cymd:
    case Form::iso: {
      const int y = num(s(0)), mo = num(s(1)), dd = num(s(2));
      if (y < 1900 || y > 2100) return false;
      d.precision = "day";
      if (!valid_date(y, mo, dd)) {
        rec.diagnostics.push_back({"invalid-date", "no such calendar date: " + d.text, at});
        return true;  // kept, never "fixed"
      }
      d.value = d.end = iso_date(y, mo, dd);
      return true;
    }
    case Form::print:
    case Form::compact: {
      auto c = decode_compact(s(0));
      if (!c) return false;
      d.precision = "day";
      d.value = d.end = iso_date(c->y, c->m, c->d);
      return true;
    }
    case Form::range: {
      const int a = num(s(0)), b = num(s(1));
      if (a < 1900 || b > 2100 || b < a) return false;
      d.precision = "year";
      d.value = iso_date(a, 0, 0);
      d.end = iso_date(b, 12, 31);
      return true;
    }
    case Form::yq: {
      const int y = num(s(0)), q = num(s(1));
      if (y < 1900 || y > 2100 || q < 1 || q > 4) return false;
      d.precision = "quarter";
      d.value = iso_date(y, q * 3 - 2, 1);
      d.end = iso_date(y, q * 3, days_in_month(y, q * 3));
      return true;
    }
    case Form::yh: {
      const int y = num(s(0));
      if (y < 1900 || y > 2100) return false;
      const bool first = s(1) == "上半年";
      d.precision = "half";
      d.value = iso_date(y, first ? 1 : 7, 1);
      d.end = iso_date(y, first ? 6 : 12, first ? 30 : 31);
      return true;
    }
    case Form::ym: {
      const int y = num(s(0)), mo = num(s(1));
      if (y < 1900 || y > 2100 || mo < 1 || mo > 12) return false;
      period_of_month(y, mo, s(2), d);
      return true;
    }
    case Form::y: {
      const int y = num(s(0));
      if (y < 1900 || y > 2100) return false;
      const std::string_view mod = s(1);
      if (mod == "底" || mod == "末") {
        period_of_month(y, 12, mod, d);
        return true;
      }
      d.precision = "year";
      d.value = iso_date(y, 0, 0);
      d.end = iso_date(y, 12, 31);
      return true;
    }
    case Form::festival: {
      // An open period: no first day; it ends on the eve of 春节 when the year is known.
      d.precision = "day";
      if (m.has(g)) d.end = spring_festival_eve(num(s(0)));
      return true;
    }
    case Form::md:
    case Form::m:
    case Form::q: {
      d.precision = form == Form::md ? "day" : form == Form::m ? "month" : "quarter";
      return true;  // the year is resolved afterwards, or the date stays partial
    }
  }
  return false;
}

void extract_dates(const Document& doc, const Layout& L, Record& rec) {
  const auto& c = compiled();
  const std::string_view t = doc.text();
  static const RE2 noise(R"(发布时间|发布日期|发文日期|成文日期|编稿时间|信息提供日期|浏览|点击|访问次数|更新时间)");
  std::vector<std::pair<std::size_t, std::size_t>> partial;  // (index in rec.dates, row)
  static const RE2 doc_number(R"([〔\[【(]\s*\d{4}\s*[〕\]】)]\s*\d+\s*号)");
  static const RE2 clock(R"(^\s*\d{1,2}:\d{2})");
  static const RE2 weekday(R"(星期[一二三四五六日天]|礼拜[一二三四五六日天]|^\s*[•·])");  // or a bulleted page row
  for (std::size_t li = 0; li < doc.lines().size(); ++li) {
    if (L.chrome[li]) continue;
    const std::string_view line = doc.line(li);
    // Prefilter: every date form has a digit, 年, 月, 季度 or 春节.
    if (line.find_first_of("0123456789") == std::string_view::npos && line.find("年") == std::string_view::npos &&
        line.find("月") == std::string_view::npos && line.find("季") == std::string_view::npos &&
        line.find("春节") == std::string_view::npos)
      continue;
    const re2::StringPiece lsp(line.data(), line.size());
    if (RE2::PartialMatch(lsp, noise)) continue;
    // In the head, a line that also holds a 发文字号 is page metadata (文号 + 日期 rows), and so
    // are a date with its weekday (the site's clock) and a bulleted row (• 2022年05月08日).
    if (li < L.body_begin && (RE2::PartialMatch(lsp, doc_number) || RE2::PartialMatch(lsp, weekday))) continue;
    const std::size_t base = doc.lines()[li].begin;
    const std::size_t before = rec.dates.size();
    each_match(c.all, line, [&](const Match& m) {
      std::size_t row = 0;
      while (row < k_rows.size() && !m.has(c.first_group[row] - 1)) ++row;
      if (row == k_rows.size()) return;
      const Form form = k_rows[row].form;
      if (digit_before(line, m.begin()) || (form != Form::print && digit_after(line, m.end()))) return;
      // Page stamps in the head are machine-written (2021-03-05); the document writes 年月日.
      if (li < L.body_begin && form == Form::iso) return;
      const std::string_view rest = line.substr(m.end(), std::min<std::size_t>(8, line.size() - m.end()));
      if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), clock)) return;  // 2020-12-30 10:32
      DateMention d;
      d.text = doc.quote(base + m.begin(), base + m.end());
      d.at = doc.loc(base + m.begin());
      if (!fill(form, m, c.first_group[row], d, rec, d.at)) return;
      if (form == Form::print) d.text = doc.quote(base + m.begin(c.first_group[row]), base + m.end(c.first_group[row]));
      if (form == Form::md || form == Form::m || form == Form::q || (form == Form::festival && !d.end))
        partial.emplace_back(rec.dates.size(), row);
      rec.dates.push_back(std::move(d));
    });
    // A compact signature date (2023518) or one that lost its 年月日 (2023 5 18) is a date
    // only because of where it stands; the layout read it.
    if (L.sign_date && li == *L.sign_date && rec.dates.size() == before) {
      const std::size_t b = L.sign_date_pos;
      DateMention d;
      d.text = std::string(text::utf8::trim(doc.quote(b, base + line.size())));
      d.value = d.end = iso_date(L.sign_ymd.y, L.sign_ymd.m, L.sign_ymd.d);
      d.precision = "day";
      d.at = doc.loc(b);
      rec.dates.push_back(std::move(d));
    }
  }
  (void)t;
  // A date without its year takes the signature's year (or the one year all full dates
  // share) and says so; otherwise it stays partial.
  int year = 0;
  if (rec.signed_date) {
    year = num(rec.signed_date->substr(0, 4));
  } else {
    for (const auto& d : rec.dates) {
      if (!d.value || d.precision != "day" || d.value->size() != 10) continue;
      const int y = num(d.value->substr(0, 4));
      if (year == 0) year = y;
      else if (year != y) { year = -1; break; }
    }
  }
  if (year <= 0) return;
  static const RE2 md(R"((\d{1,2})月(\d{1,2}))");
  static const RE2 mo(R"((\d{1,2})月(底|末|初|上旬|中旬|下旬))");
  static const RE2 q(R"(([一二三四])季度)");
  for (auto [idx, row] : partial) {
    DateMention& d = rec.dates[idx];
    // d.text is verbatim (full-width digits, traditional characters): read its folded form.
    const std::string folded = text::utf8::strip_spaces(text::fold(d.text).text);
    DateMention tmp;
    int a = 0, b = 0;
    std::string mod;
    if (k_rows[row].form == Form::festival) {
      // The coming 春节: this year's if the letter is older than it, else next year's.
      auto eve = spring_festival_eve(year);
      if (eve && rec.signed_date && *eve < *rec.signed_date) eve = spring_festival_eve(year + 1);
      d.inferred_value = eve;
    } else if (k_rows[row].form == Form::md && RE2::PartialMatch(folded, md, &a, &b) && valid_date(year, a, b)) {
      d.inferred_value = iso_date(year, a, b);
    } else if (k_rows[row].form == Form::m) {
      std::string ms;
      if (RE2::PartialMatch(folded, mo, &ms, &mod) && num(ms) >= 1 && num(ms) <= 12) {
        period_of_month(year, num(ms), mod, tmp);
        d.inferred_value = tmp.end;
      }
    } else if (k_rows[row].form == Form::q) {
      std::string qs;
      if (RE2::PartialMatch(folded, q, &qs)) {
        const int qq = num(qs);
        d.inferred_value = iso_date(year, qq * 3, days_in_month(year, qq * 3));
      }
    }
    if (d.inferred_value) d.inferred = true;
  }
}

}  // namespace gongwen::extract
