// result-code-invalid: a result code (办理结果) outside the profile's set. Sub-codes (A1, B2) pass
// when their letter is in the set.
#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

bool valid(const std::string& code, const std::vector<std::string>& set) {
  for (const auto& s : set) {
    if (code == s) return true;
    if (code.size() > s.size() && code.compare(0, s.size(), s) == 0) {
      bool digits = true;
      for (std::size_t k = s.size(); k < code.size(); ++k) digits = digits && code[k] >= '0' && code[k] <= '9';
      if (digits) return true;
    }
  }
  return false;
}

void check(Context& ctx) {
  if (!ctx.rec.result_code || valid(*ctx.rec.result_code, ctx.profile.result_codes)) return;
  const std::string& code = *ctx.rec.result_code;
  std::string set;
  for (const auto& s : ctx.profile.result_codes) set += (set.empty() ? "" : " ") + s;
  const std::string msg = "result code " + code + " is not one of the profile's codes (" + set + ")";
  // The labelled line nearest the end holds the code the extractor read.
  const auto& lines = ctx.doc.source_lines();
  for (std::size_t n = lines.count(); n >= 1; --n) {
    const std::string_view line = lines.line(n);
    const std::size_t at = line.rfind(code);
    if (at == std::string_view::npos) continue;
    if (line.find("类") == std::string_view::npos && line.find("结果") == std::string_view::npos &&
        line.find("【") == std::string_view::npos)
      continue;
    const std::size_t b = lines.line_start(n) + at;
    ctx.report(b, b + code.size(), msg);
    return;
  }
  ctx.report(ctx.tail(), ctx.tail(), msg);
}

}  // namespace

const Rule& result_code_invalid() {
  static const Rule r{
      {"result-code-invalid", Severity::error, "a result code outside the profile's set",
       "The result code (办理结果) tells the deputy how the item was handled; the national scheme is A/B/C/D "
       "(solved / being solved / to be solved later / for reference), and places use variants — three-tier "
       "A/B/C, 甲/乙/丙 (domain.md §2 and point 5). A code outside the scheme in force cannot be counted. The "
       "set is the profile's: [profile] result-codes in .gwlint.toml; sub-codes such as A1 pass with their "
       "letter.",
       "感谢您对交通工作的关心和支持。\n\n桐江市交通运输局\n2024年6月3日\n\n办理结果：甲\n",
       "感谢您对交通工作的关心和支持。\n\n桐江市交通运输局\n2024年6月3日\n\n办理结果：B\n", ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
