// proposal-number-mismatch: the title answers one item number, the letter another (title 第91号,
// opening 《…》（第92号）). Numbers compare without leading zeros; a body that names further
// items besides the title's (merged replies) is not a mismatch.
#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

std::string key_of(std::string_view number) {
  std::string k;
  for (char c : number) k += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  std::size_t z = 0;
  while (z + 1 < k.size() && k[z] == '0') ++z;
  return k.substr(z);
}

void check(Context& ctx) {
  const auto& rec = ctx.rec;
  // One item named two ways (heading 第45号, letter 《…》（第54号）): the extractor keeps the
  // heading's number and notes the other.
  for (const auto& d : rec.diagnostics) {
    if (d.code != "proposal-number-mismatch") continue;
    static const RE2 number(R"(^item number (\S+) )");
    std::string n;
    RE2::PartialMatch(d.message, number, &n);
    const auto span = ctx.span_of(d.at, n);
    const std::size_t s = span ? span->first : ctx.offset_of(d.at);
    ctx.report(s, span ? span->second : s, d.message);
  }
  if (rec.proposals.size() < 2) return;
  // The head ends at the salutation (张三代表：), else with the title's line.
  const int head_end = !rec.proposers.empty() ? rec.proposers.front().at.line
                       : rec.title                ? rec.title_at.line + 1
                                                  : 0;
  std::vector<const Proposal*> head, body;
  for (const auto& p : rec.proposals) {
    if (!p.number) continue;
    const bool in_head = rec.proposers.empty() ? p.at.line <= head_end : p.at.line < head_end;
    (in_head ? head : body).push_back(&p);
  }
  if (head.empty() || body.empty()) return;
  // The extractor keeps one entry per number, so a head number the body repeats is not in
  // `body`: look for it in the text after the head.
  const auto& lines = ctx.doc.source_lines();
  const std::size_t body_from =
      static_cast<std::size_t>(head_end) <= lines.count() ? lines.line_start(static_cast<std::size_t>(head_end)) : 0;
  const std::string_view rest = ctx.doc.text().substr(std::min(ctx.folded_of(body_from), ctx.doc.text().size()));
  for (const Proposal* h : head) {
    const RE2 again("(?:^|[^0-9A-Za-z])0*" + RE2::QuoteMeta(key_of(*h->number)) + "(?:[^0-9A-Za-z]|$)");
    if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), again)) return;
  }
  std::string title_numbers;
  for (const Proposal* h : head) title_numbers += (title_numbers.empty() ? "" : "、") + *h->number;
  for (const Proposal* b : body) {
    const auto span = ctx.span_of(b->at, *b->number);
    const std::size_t s = span ? span->first : ctx.offset_of(b->at);
    ctx.report(s, span ? span->second : s,
               "item number " + *b->number + " differs from " + title_numbers + " in the title (line " +
                   std::to_string(head.front()->at.line) + ")");
  }
}

}  // namespace

const Rule& proposal_number_mismatch() {
  static const Rule r{
      {"proposal-number-mismatch", Severity::error, "the item number in the title differs from the one in the body",
       "A reply answers one numbered suggestion or proposal, and the handling offices file it by that number "
       "(domain.md §4: the title names the item, the opening cites it again as （第××号）; §6 on item "
       "numbers). A title and an opening that disagree send the answer to the wrong file. Leading zeros do not "
       "count as a difference (第091号 = 第91号).",
       "关于市六届人大三次会议第45号建议的答复\n\n李明代表：\n\n您提出的《关于增设社区公交线路的建议》（第54号）收悉，"
       "现答复如下。\n",
       "关于市六届人大三次会议第45号建议的答复\n\n李明代表：\n\n您提出的《关于增设社区公交线路的建议》（第045号）收悉，"
       "现答复如下。\n",
       ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
