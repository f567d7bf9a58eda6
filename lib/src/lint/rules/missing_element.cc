// missing-element: a required element absent for the document's kind. Which elements a reply or
// a notice needs is the profile's (Profile::reply_requires / notice_requires); this file only
// knows how to tell, from the record, whether each element is there.
#include <array>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

struct Element {
  std::string_view name;
  std::string_view label;
  bool tail;  // belongs after the body (signature block, handling notes), else in the head
  bool (*present)(const Record&);
};

constexpr std::array<Element, 10> k_elements{{
    {"proposal-number", "proposal number (第…号)", false,
     [](const Record& r) {
       for (const auto& p : r.proposals)
         if (p.number) return true;
       return false;
     }},
    {"addressee", "addressee (主送 / salutation)", false,
     [](const Record& r) { return !r.addressees.empty() || !r.proposers.empty(); }},
    {"addressees", "addressees (主送机关)", false,
     [](const Record& r) { return !r.addressees.empty() || !r.proposers.empty(); }},
    {"doc-number", "document number (发文字号)", false, [](const Record& r) { return !r.doc_numbers.empty(); }},
    {"title", "title (标题)", false, [](const Record& r) { return r.title.has_value(); }},
    {"signer", "signing unit (落款 / 发文机关署名)", true, [](const Record& r) { return !r.signers.empty(); }},
    {"signed-date", "signed date (成文日期)", true, [](const Record& r) { return r.signed_date.has_value(); }},
    {"contact", "contact person and phone (联系人 / 联系电话)", true,
     [](const Record& r) { return !r.contacts.empty(); }},
    {"result-code", "result code (办理结果)", true, [](const Record& r) { return r.result_code.has_value(); }},
    {"disclosure", "disclosure (公开方式)", true, [](const Record& r) { return r.disclosure.has_value(); }},
}};

void check(Context& ctx) {
  const std::vector<std::string>* required = ctx.rec.kind == "reply"    ? &ctx.profile.reply_requires
                                             : ctx.rec.kind == "notice" ? &ctx.profile.notice_requires
                                                                        : nullptr;
  if (!required) return;
  const auto& lines = ctx.doc.source_lines();
  // The whole line where the element belongs: the title line for the head, the last line of
  // the text for the tail.
  auto line_span = [&](std::size_t at) {
    const Loc l = ctx.doc.source_loc(at);
    const std::size_t b = lines.line_start(static_cast<std::size_t>(l.line));
    return std::make_pair(b, b + lines.line(static_cast<std::size_t>(l.line)).size());
  };
  const auto head = line_span(ctx.rec.title ? ctx.offset_of(ctx.rec.title_at) : 0);
  const auto tail = line_span(ctx.tail());
  for (const auto& name : *required) {
    for (const auto& e : k_elements) {
      if (e.name != name || e.present(ctx.rec)) continue;
      const auto [b, end] = e.tail ? tail : head;
      ctx.report(b, end, ctx.rec.kind + " has no " + std::string(e.label));
    }
  }
}

}  // namespace

const Rule& missing_element() {
  static const Rule r{
      {"missing-element", Severity::error, "a required element is absent for the document's kind",
       "《党政机关公文处理工作条例》 第九条 lists the elements of a 公文 (发文字号, 主送机关, 发文机关署名, "
       "成文日期 …); the handling rules for deputies' suggestions add, for a reply letter, the item's number, "
       "the named deputy, a contact person with a phone number, the result code (办理结果 A/B/C/D) and the "
       "disclosure mark (公开方式) (domain.md §4). Which elements each kind needs is the profile's: "
       "[profile] reply-requires and notice-requires in .gwlint.toml.",
       "关于市六届人大三次会议第45号建议的答复\n\n李明代表：\n\n您提出的《关于增设社区公交线路的建议》（第45号）收悉。"
       "现答复如下：我局已增设两条社区公交线路。\n\n感谢您对交通工作的关心和支持。\n\n桐江市交通运输局\n"
       "2024年6月3日\n",
       "关于市六届人大三次会议第45号建议的答复\n\n李明代表：\n\n您提出的《关于增设社区公交线路的建议》（第45号）收悉。"
       "现答复如下：我局已增设两条社区公交线路。\n\n感谢您对交通工作的关心和支持。\n\n桐江市交通运输局\n"
       "2024年6月3日\n\n办理结果：A\n公开方式：全文公开\n联系人：周琳，联系电话：0573-82216012\n",
       ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules

namespace gongwen::lint {

const std::vector<std::string_view>& element_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    for (const auto& e : rules::k_elements) v.push_back(e.name);
    return v;
  }();
  return names;
}

}  // namespace gongwen::lint
