// date-inconsistent: a signed date after --as-of (a letter from the future), or a signed date
// earlier than an event the body reports as already done (我局已于2024年5月10日召开… in a letter
// signed in March). Only clauses with a sign of completion and no sign of a plan count.
#include <re2/re2.h>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

bool is_clause_end(char32_t c) {
  return c == U'。' || c == U'；' || c == ';' || c == U'！' || c == '!' || c == U'？' || c == '?';
}

void check(Context& ctx) {
  if (!ctx.rec.signed_date) return;
  const std::string& signed_date = *ctx.rec.signed_date;
  const DateMention* own = nullptr;
  for (const auto& d : ctx.rec.dates)
    if (d.value == signed_date && (!own || d.at == ctx.rec.signed_at)) own = &d;
  if (!ctx.as_of.empty() && signed_date > ctx.as_of) {
    const auto span = own ? ctx.span_of(own->at, own->text) : std::nullopt;
    const std::size_t b = span ? span->first : ctx.offset_of(ctx.rec.signed_at);
    ctx.report(b, span ? span->second : b,
               "signed date " + signed_date + " is after the as-of date " + std::string(ctx.as_of));
  }

  // Plans and deadlines name later dates on purpose; completions do not.
  static const RE2 plan(
      R"(将|预计|计划|拟|力争|争取|确保|前|以内|截至|截止|预期|要|须|需|应|开始|起|至|到|期间|期限|届时|目标|下一步|准备|定于|安排|待|如期|按期)");
  static const RE2 done(R"(已|了|完成|召开|举办|举行|印发|出台|下达|签订|开展|成立|通过)");
  const std::string_view t = ctx.doc.text();
  for (const auto& d : ctx.rec.dates) {
    if (d.precision != "day" || !d.value || *d.value <= signed_date || &d == own) continue;
    const std::size_t p = ctx.folded_of(ctx.offset_of(d.at));
    const auto line = ctx.doc.lines()[ctx.doc.line_of(p)];
    const auto cs = chars_of(t.substr(line.begin, line.end - line.begin), line.begin);
    std::size_t cb = line.begin, ce = line.end;
    for (const auto& ch : cs) {
      if (!is_clause_end(ch.c)) continue;
      if (ch.at < p) cb = ch.at + static_cast<std::size_t>(ch.len);
      else if (ch.at >= p) {
        ce = ch.at;
        break;
      }
    }
    // 2023年7月17日印发: the print date of the 版记 follows the signature by design.
    static const RE2 printed(R"(^\s*日?\s*印)");
    const std::size_t date_end = ctx.folded_of(ctx.offset_of(d.at) + d.text.size());
    const std::string_view after = t.substr(std::min(date_end, t.size()));
    if (RE2::PartialMatch(re2::StringPiece(after.data(), std::min<std::size_t>(after.size(), 12)), printed)) continue;
    const std::string_view clause = t.substr(cb, ce - cb);
    const re2::StringPiece sp(clause.data(), clause.size());
    if (RE2::PartialMatch(sp, plan) || !RE2::PartialMatch(sp, done)) continue;
    const auto span = ctx.span_of(d.at, d.text);
    const std::size_t b = span ? span->first : ctx.offset_of(d.at);
    ctx.report(b, span ? span->second : b,
               "the text reports " + d.text + " as done, after the signed date " + signed_date);
  }
}

}  // namespace

const Rule& date_inconsistent() {
  static const Rule r{
      {"date-inconsistent", Severity::error,
       "a signed date after --as-of, or earlier than an event the body reports as done",
       "The 成文日期 is the date the head signs the document (GB/T 9704-2012; 《党政机关公文处理工作条例》 "
       "第九条): a letter cannot be signed in the future, nor before the events it reports as already "
       "completed. Such dates are usually a mistyped year or month. Only clauses that report a completion "
       "(已, 了, 召开, 印发 …) and name no plan or deadline (将, 计划, 前, 力争 …) count.",
       "我局已于2024年5月10日召开专题推进会，研究落实有关措施。\n\n桐江市交通运输局\n2024年3月1日\n",
       "我局已于2024年2月10日召开专题推进会，并计划于2024年5月10日前完成改造。\n\n桐江市交通运输局\n2024年3月1日\n",
       ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
