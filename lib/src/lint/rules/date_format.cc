// date-format: a date written otherwise than 2024年1月5日: leading zeros, spaces inside, Chinese
// numerals (after the 2012 rules took effect), 2022-07-05 / 2022.7.5, compact 2023518, or 号 for 日.
// Reads the dates the extractor found (verbatim text and value).
#include <re2/re2.h>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

// GB/T 9704-2012 took effect on 2012-07-01; before it, 成文日期 were written in Chinese numerals.
constexpr std::string_view k_arabic_since = "2012-07-01";

std::string from_iso(const std::string& v) {
  return std::to_string(std::stoi(v.substr(0, 4))) + "年" + std::to_string(std::stoi(v.substr(5, 2))) + "月" +
         std::to_string(std::stoi(v.substr(8, 2))) + "日";
}

// Spaces removed, leading zeros of the month and day dropped, a final 号 written 日.
std::string tidy(std::string_view text, bool& zeros, bool& hao) {
  const std::string s = text::utf8::strip_spaces(text);
  std::string out;
  const auto cs = chars_of(s);
  for (std::size_t k = 0; k < cs.size(); ++k) {
    const bool run_start = is_digit(cs[k].c) && (k == 0 || cs[k - 1].c == U'年' || cs[k - 1].c == U'月');
    if (run_start && cs[k].c == '0' && k + 1 < cs.size() && is_digit(cs[k + 1].c) && !(k == 0 && cs.size() > 4 &&
                                                                                       cs[4].c == U'年')) {
      zeros = true;
      continue;
    }
    if (cs[k].c == U'号' && k + 1 == cs.size() && k > 0 && is_digit(cs[k - 1].c)) {
      hao = true;
      out += "日";
      continue;
    }
    out += s.substr(cs[k].at, static_cast<std::size_t>(cs[k].len));
  }
  return out;
}

void check(Context& ctx) {
  static const RE2 arabic(R"(^\d{4}\s*年|^\d{1,2}\s*月)");
  static const RE2 chinese(R"([〇○零一二三四五六七八九十]\s*年)");
  static const RE2 iso(R"(^\d{4}[-./]\d{1,2}[-./]\d{1,2}$)");
  static const RE2 compact(R"(^\d{6,8}$)");
  for (const auto& d : ctx.rec.dates) {
    if (d.precision != "day" && d.precision != "month") continue;
    const re2::StringPiece t(d.text);
    std::vector<std::string> why;
    std::string canonical;
    const bool full = d.value && d.value->size() == 10;
    bool fixable = true;
    if (RE2::PartialMatch(t, chinese)) {
      const std::string when = ctx.rec.signed_date.value_or(d.value.value_or(""));
      if (!full || when < k_arabic_since) continue;
      why.push_back("is written in Chinese numerals");
      canonical = from_iso(*d.value);
    } else if (full && RE2::FullMatch(t, iso)) {
      why.push_back("is not written with 年月日");
      canonical = from_iso(*d.value);
    } else if (full && RE2::FullMatch(t, compact)) {
      why.push_back("runs its digits together");
      canonical = from_iso(*d.value);
    } else if (RE2::PartialMatch(t, arabic)) {
      bool zeros = false, hao = false;
      canonical = tidy(d.text, zeros, hao);
      if (zeros) why.push_back("has leading zeros");
      if (hao) why.push_back("ends in 号 instead of 日");
    } else {
      continue;
    }
    for (const auto& ch : chars_of(d.text))
      if (is_blank(ch.c)) {
        why.insert(why.begin(), "has spaces inside");
        break;
      }
    if (why.empty() || canonical == d.text) continue;
    std::string msg = "date " + d.text + " ";
    for (std::size_t k = 0; k < why.size(); ++k) msg += (k ? (k + 1 == why.size() ? " and " : ", ") : "") + why[k];
    msg += " (write " + canonical + ")";
    const auto span = ctx.span_of(d.at, d.text);
    if (!span) {
      ctx.report(ctx.offset_of(d.at), ctx.offset_of(d.at), msg);
      continue;
    }
    // A compact print date (202387日印) keeps its own 日 after the digits.
    if (std::string_view(ctx.doc.source()).substr(span->second).starts_with("日")) fixable = false;
    std::optional<RawFix> fix;
    if (fixable) fix = RawFix{"write " + canonical, {{span->first, span->second, canonical}}};
    ctx.report(span->first, span->second, msg, std::move(fix));
  }
}

}  // namespace

const Rule& date_format() {
  static const Rule r{
      {"date-format", Severity::warning,
       "a date with leading zeros, spaces inside, Chinese numerals or not written with 年月日",
       "GB/T 9704-2012 writes the 成文日期 in Arabic numerals with the year in full and the month and day "
       "without leading zeros (2024年1月5日, not 2024年01月05日 or 二〇二四年一月五日); the same style holds for "
       "dates in the body (2010年12月22日, not 2010.12.22) (domain.md §5). Chinese-numeral dates belong to the "
       "rules before 2012-07-01 and are accepted in documents signed before then.",
       "我局于 2024 年 3 月 14 日召开推进会，并于2024年04月02日印发工作方案，2024.5.6完成验收。\n",
       "我局于2024年3月14日召开推进会，并于2024年4月2日印发工作方案，2024年5月6日完成验收。\n",
       "rewrite the date as 2024年1月5日"},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
