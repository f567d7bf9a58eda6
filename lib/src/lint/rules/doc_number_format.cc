// doc-number-format: 发文字号 written otherwise than agency code + 〔full year〕 + serial + 号.
// Reads the numbers the extractor kept verbatim (own and cited) and takes each apart again only
// to name what is wrong with it.
#include <string>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

constexpr std::u32string_view k_open = U"〔[【(（［〈{｛<";
constexpr std::u32string_view k_close = U"〕]】)）］〉}｝>";

struct Shape {
  std::string agency;  // verbatim
  char32_t open = 0, close = 0;
  std::string year, serial;
  std::string hao;  // 号 (or 號) as written; empty when missing
  bool di = false, spaces = false;
};

Shape shape_of(const DocNumber& dn) {
  Shape sh;
  const std::string s = text::utf8::strip_spaces(dn.text);
  const auto all = chars_of(s);
  for (const auto& ch : chars_of(dn.text)) sh.spaces = sh.spaces || is_blank(ch.c);
  // The agency code as written: as many characters as the extractor's (folded, so possibly
  // simplified) agency has.
  const std::size_t agency_chars = text::utf8::length(dn.agency);
  if (agency_chars == 0 || agency_chars >= all.size()) return sh;
  sh.agency = s.substr(0, all[agency_chars].at);
  const std::vector<Char> cs(all.begin() + static_cast<std::ptrdiff_t>(agency_chars), all.end());
  std::size_t i = 0;
  auto digits = [&](std::string& out) {
    while (i < cs.size() && is_digit(cs[i].c)) out += static_cast<char>(cs[i++].c);
  };
  if (i < cs.size() && k_open.find(cs[i].c) != std::u32string_view::npos) sh.open = cs[i++].c;
  digits(sh.year);
  if (i < cs.size() && k_close.find(cs[i].c) != std::u32string_view::npos) sh.close = cs[i++].c;
  if (i < cs.size() && cs[i].c == U'第') sh.di = true, ++i;
  digits(sh.serial);
  if (i < cs.size() && (cs[i].c == U'号' || cs[i].c == U'號')) sh.hao = s.substr(cs[i].at, static_cast<std::size_t>(cs[i].len));
  if (!sh.open && !sh.close && dn.year && dn.serial) {
    // 永政办函202135号: the year and the serial run together.
    sh.year = std::to_string(*dn.year);
    sh.serial = std::to_string(*dn.serial);
  }
  return sh;
}

std::string utf8(char32_t c) {
  std::string s;
  text::utf8::append(s, c);
  return s;
}

void check_one(Context& ctx, const DocNumber& dn, bool own) {
  const Shape sh = shape_of(dn);
  std::vector<std::string> problems;
  const bool unclosed = sh.open && !sh.close;
  if (!sh.open && !sh.close) problems.push_back("no 〔〕 around the year");
  else if (unclosed) problems.push_back("the bracket is not closed");
  else if (sh.open != U'〔' || sh.close != U'〕')
    problems.push_back("brackets " + utf8(sh.open ? sh.open : U' ') + utf8(sh.close ? sh.close : U' ') +
                       " instead of 〔〕");
  if (!unclosed && sh.year.size() != 4) problems.push_back("the year is not written in full");
  if (sh.di) problems.push_back("第 before the serial");
  if (sh.serial.size() > 1 && sh.serial[0] == '0') problems.push_back("a leading zero in the serial");
  if (sh.spaces) problems.push_back("spaces inside");
  if (problems.empty() || sh.agency.empty()) return;

  std::string msg = std::string(own ? "document number " : "cited document number ") + dn.text + ": ";
  for (std::size_t k = 0; k < problems.size(); ++k) msg += (k ? ", " : "") + problems[k];
  const auto span = ctx.span_of(dn.at, dn.text);
  const std::size_t b = span ? span->first : ctx.offset_of(dn.at);
  const std::size_t e = span ? span->second : b + dn.text.size();
  std::optional<RawFix> fix;
  if (span && !sh.agency.empty() && !unclosed && sh.year.size() == 4 && !sh.serial.empty() && sh.serial.size() <= 6 &&
      !sh.hao.empty()) {
    const std::string canonical = sh.agency + "〔" + sh.year + "〕" + std::to_string(std::stoi(sh.serial)) + sh.hao;
    msg += " (write " + canonical + ")";
    fix = RawFix{"write " + canonical, {{b, e, canonical}}};
  }
  ctx.report(b, e, msg, std::move(fix));
}

void check(Context& ctx) {
  for (const auto& dn : ctx.rec.doc_numbers) check_one(ctx, dn, true);
  for (const auto& dn : ctx.rec.cited_doc_numbers) check_one(ctx, dn, false);
}

}  // namespace

const Rule& doc_number_format() {
  static const Rule r{
      {"doc-number-format", Severity::warning,
       "a 发文字号 with brackets other than 〔〕, a short year, 第 or a leading zero in the serial",
       "《党政机关公文处理工作条例》 第九条: the 发文字号 is the agency code, the year and the serial; GB/T "
       "9704-2012 writes the year in full inside 六角括号 〔〕 (U+3014/U+3015), never () [] 【】, and the serial "
       "without 第 and without leading zeros (不编虚位: 1, not 01), followed by 号 (domain.md §5). Numbers the "
       "document cites are checked too: a cited 潍教办字(2005)5号 is as wrong as one's own.",
       "市教育局关于做好秋季开学工作的通知\n\n文号：云教发[2023]08号\n\n各中小学：\n\n根据《关于进一步加强校园安全管理的通知》"
       "（市政办发（2022）第5号）要求，现将有关事项通知如下。\n",
       "市教育局关于做好秋季开学工作的通知\n\n文号：云教发〔2023〕8号\n\n各中小学：\n\n根据《关于进一步加强校园安全管理的通知》"
       "（市政办发〔2022〕5号）要求，现将有关事项通知如下。\n",
       "rewrite as agency〔year〕serial号 when the year has four digits and the number ends with 号"},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
