// page-break-split: a sentence broken over blank lines (and a page number) where a page ended.
// The fold already found these and rejoined them (Folded::joins); this rule shows where.
#include <re2/re2.h>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

// Headings (一、 （一） 1. （1） 第一) end without a full stop and are not sentences.
bool is_heading(std::string_view line) {
  static const RE2 re(R"(^\s*(?:[一二三四五六七八九十]+\s*、|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[.、．]|第[一二三四五六七八九十]+[章节条部分])|^\s*-\s*[(（])");
  return line.find("。") == std::string_view::npos && RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), re);
}

// A line that ends a sentence behind its closing quotes or brackets: 。” ！）
bool ends_sentence(std::string_view line) {
  const auto cs = chars_of(text::utf8::trim(line));
  std::size_t k = cs.size();
  while (k > 0 && std::u32string_view(U"”’\"')）」』》】").find(cs[k - 1].c) != std::u32string_view::npos) --k;
  return k > 0 && std::u32string_view(U"。！？!?；;…").find(cs[k - 1].c) != std::u32string_view::npos && k < cs.size();
}

// A page holds some 600 characters (GB/T 9704-2012: 22 lines of 28); a break before the first
// 200 characters of text is a title or a banner standing over the body, not a page's end.
constexpr std::size_t k_first_page_chars = 200;

// Contact lines end in a number or an address, never mid-sentence.
bool is_contact_line(std::string_view line) {
  static const RE2 re(R"(联系人|联系电话|电话|手机|邮箱|传真|[Ee]-?mail)");
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), re);
}

// A short line without a single mark: a unit name or a signature, not the rest of a sentence.
bool is_bare_short(std::string_view line) {
  const auto cs = chars_of(text::utf8::trim(line));
  if (cs.empty() || cs.size() > 25) return false;
  for (const auto& ch : cs)
    if (!is_han(ch.c) && !is_digit(ch.c) && !is_latin(ch.c) && !is_blank(ch.c)) return false;
  return true;
}

// A list of unit names (抄送 / 主送 lines): 市政府办公厅、市发展改革委,荔湾区政府.
bool is_unit_list(std::string_view line) {
  const auto parts = extract::split_units(line);
  if (parts.empty()) return false;
  for (const auto& p : parts)
    if (!extract::ends_with_unit_suffix(p)) return false;
  return true;
}

void check(Context& ctx) {
  const std::string_view src = ctx.doc.source();
  for (const auto& j : ctx.doc.folded().joins) {
    const std::size_t line_begin = src.rfind('\n', j.begin == 0 ? 0 : j.begin - 1);
    const std::string_view before = src.substr(line_begin == std::string_view::npos ? 0 : line_begin + 1,
                                               j.begin - (line_begin == std::string_view::npos ? 0 : line_begin + 1));
    std::size_t next_end = src.find_first_of("\r\n", j.end);
    if (next_end == std::string_view::npos) next_end = src.size();
    const std::string_view after = src.substr(j.end, next_end - j.end);
    // The fold rejoins across a page number (— 2 —) standing between the two parts: name it.
    std::string page;
    for (std::string_view gap = src.substr(j.begin, j.end - j.begin); !gap.empty();) {
      const std::size_t eol = gap.find('\n');
      const std::string_view line = text::utf8::trim(gap.substr(0, eol));
      if (!line.empty()) page = " after the page number " + std::string(line);
      gap = eol == std::string_view::npos ? std::string_view{} : gap.substr(eol + 1);
    }
    // The fold rejoins generously (it must not cut a sentence); only prose split in two counts.
    if (before.find('\t') != std::string_view::npos || after.find('\t') != std::string_view::npos ||
        is_heading(before) || ends_sentence(before) || is_contact_line(before) || is_bare_short(after) ||
        is_unit_list(before) ||
        (j.begin < 4 * k_first_page_chars && text::utf8::length(src.substr(0, j.begin)) < k_first_page_chars))
      continue;
    const Loc to = ctx.doc.source_loc(j.end);
    ctx.report(j.begin, j.end,
               "sentence split by a page break: " + clip(text::utf8::trim(before), 8, true) + " continues on line " +
                   std::to_string(to.line) + page + " with " + clip(text::utf8::trim(after), 8));
  }
}

}  // namespace

const Rule& page_break_split() {
  static const Rule r{
      {"page-break-split", Severity::warning, "a sentence broken across a page break",
       "Text taken from a paged original keeps the page's end as a paragraph break: the sentence stops "
       "mid-clause, blank lines follow, and it goes on in what reads as a new paragraph. A published text must "
       "read as the document does (GB/T 9704-2012 lays out 正文 as continuous paragraphs). The fold rejoins such "
       "a line when it ends without a closing mark after a clause separator and the next block does not open "
       "a heading or a list; headings, contact lines, lists of units, table rows and anything within the first "
       "200 characters (a title, a banner) are not taken for a split sentence.",
       "一、关于对口帮扶\n\n我局高度重视对口帮扶工作，多次召开专题会议研究部署，明确帮扶目标、帮扶措施和责任分工，"
       "建立定期会商和信息通报机制，推动帮扶地区医疗卫生服务能力持续提升，群众就医获得感不断增强。"
       "同时，我局主动对接帮扶地区卫生健康部门，摸清医疗资源底数和群众就医需求，制定年度帮扶计划，"
       "落实专人负责，定期跟踪问效，确保各项帮扶措施落地见效，并将帮扶成效纳入年度绩效考核。\n\n"
       "一是组织专家团队赴基层卫生院开展调研，详细了解科室设置、人员配置\n\n和设备短板，并提出改进意见。\n",
       "一、关于对口帮扶\n\n我局高度重视对口帮扶工作，多次召开专题会议研究部署，明确帮扶目标、帮扶措施和责任分工，"
       "建立定期会商和信息通报机制，推动帮扶地区医疗卫生服务能力持续提升，群众就医获得感不断增强。"
       "同时，我局主动对接帮扶地区卫生健康部门，摸清医疗资源底数和群众就医需求，制定年度帮扶计划，"
       "落实专人负责，定期跟踪问效，确保各项帮扶措施落地见效，并将帮扶成效纳入年度绩效考核。\n\n"
       "一是组织专家团队赴基层卫生院开展调研，详细了解科室设置、人员配置和设备短板，并提出改进意见。\n\n"
       "二是加强人才培养。\n",
       ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
