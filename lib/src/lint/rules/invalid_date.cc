// invalid-date: a calendar date that does not exist (2008年9月31日, 2月30日). The extractor keeps
// such a full date with no value; a date without its year is checked against the longest month.
#include <re2/re2.h>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"
#include "text/numerals.h"

namespace gongwen::lint::rules {
namespace {

int num(const std::string& s) {
  const auto v = text::parse_numeral(s);
  return v && *v < 10000 ? static_cast<int>(*v) : -1;
}

void check(Context& ctx) {
  static const RE2 with_year(R"(^\s*(\S{4})\s*年\s*(\S{1,3}?)\s*月\s*(\S{1,3}?)\s*[日号]|^(\d{4})[-./](\d{1,2})[-./](\d{1,2}))");
  static const RE2 no_year(R"(^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])");
  const int signed_year = ctx.rec.signed_date ? std::stoi(ctx.rec.signed_date->substr(0, 4)) : 0;
  for (const auto& d : ctx.rec.dates) {
    if (d.precision != "day" || d.value) continue;
    std::string ys, ms, ds, iy, im, id;
    int y = 0, m = 0, day = 0;
    bool year_known = false;
    if (RE2::PartialMatch(d.text, with_year, &ys, &ms, &ds, &iy, &im, &id)) {
      y = num(ys.empty() ? iy : ys), m = num(ms.empty() ? im : ms), day = num(ds.empty() ? id : ds);
      year_known = true;
    } else if (RE2::PartialMatch(d.text, no_year, &ms, &ds)) {
      m = num(ms), day = num(ds);
      // Without a year, 2月29日 exists unless the document's own year says otherwise.
      y = d.inferred || signed_year == 0 ? 2000 : signed_year;
      year_known = signed_year != 0;
    } else {
      continue;
    }
    if (y <= 0 || m < 0 || day < 0) continue;
    if (day >= 1 && day <= days_in(y, m)) continue;
    std::string why = m < 1 || m > 12 ? "there is no month " + std::to_string(m)
                      : days_in(y, m) == 28 && day == 29 && year_known
                          ? std::to_string(y) + " is not a leap year"
                          : "month " + std::to_string(m) + " has " + std::to_string(days_in(y == 0 ? 2000 : y, m)) +
                                " days";
    const auto span = ctx.span_of(d.at, d.text);
    const std::size_t b = span ? span->first : ctx.offset_of(d.at);
    ctx.report(b, span ? span->second : b, "no such date: " + d.text + " (" + why + ")");
  }
}

}  // namespace

const Rule& invalid_date() {
  static const Rule r{
      {"invalid-date", Severity::error, "a calendar date that does not exist (2008年9月31日, 2月30日)",
       "A deadline or a signed date that does not exist cannot be met or checked: a city notice of 2008 set "
       "its final cut-off on 2008年9月31日 (domain.md §1.3). The Gregorian calendar decides: 30 days in April, "
       "June, September and November, 28 in February except in leap years.",
       "请各承办单位于2024年9月31日前报送办理情况，逾期未报的于2月30日前说明原因。\n",
       "请各承办单位于2024年9月30日前报送办理情况，逾期未报的于3月1日前说明原因。\n", ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
