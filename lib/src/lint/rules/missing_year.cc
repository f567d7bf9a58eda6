// missing-year: a date that lost its year (`,年7月,`): 年 with no digits before it, right after a
// clause boundary or a preposition of time, where only a scraped or mistyped year can be missing.
#include <re2/re2.h>

#include "extract/match.h"
#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

void check(Context& ctx) {
  // Words like 今年 / 同年 / 次年 end in a Han character and so never match: only punctuation,
  // a line start or 于/在/自/从/至/到 may stand before the bare 年.
  static const RE2 re(
      R"((?:^|[\s,.;:!?()\[\]"、。“”《》]|于|在|自|从|至|到)(年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?))");
  each_folded_line(ctx.doc, [&](std::string_view line, std::size_t base) {
    if (line.find("年") == std::string_view::npos) return;
    extract::each_match(re, line, [&](const extract::Match& m) {
      const std::string_view date = m.str(1);
      ctx.report_folded(base + m.begin(1), base + m.end(1),
                        "date without its year: " + std::string(date) + " (the digits before 年 are missing)");
    });
  });
}

}  // namespace

const Rule& missing_year() {
  static const Rule r{
      {"missing-year", Severity::warning, "a date that lost its year (…,年7月,… with no digits before 年)",
       "GB/T 9704-2012 and GB/T 15835-2011 write dates with the year in full (domain.md §5); a 年 with nothing "
       "before it is a year lost in scraping or typing, and leaves the reader to guess when the event took place.",
       "为总结改革经验，年7月，市卫生健康委组织专家赴基层开展专题调研。\n",
       "为总结改革经验，2019年7月，市卫生健康委组织专家赴基层开展专题调研。今年8月，调研报告已印发。\n", ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
