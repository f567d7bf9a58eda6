// misspelled-term: a known misspelling of a domain term (汇办 for 会办, 台帐 for 台账), from the
// dictionary: data/misspellings.tsv compiled in, plus what .gwlint.toml adds.
#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

void check(Context& ctx) {
  for (const auto& hit : ctx.dict.find(ctx.doc.text())) {
    std::string msg = hit.entry->wrong + " is a misspelling of " + hit.entry->right;
    if (!hit.entry->note.empty()) msg += " (" + hit.entry->note + ")";
    ctx.report_folded(hit.begin, hit.end, msg);
  }
}

}  // namespace

const Rule& misspelled_term() {
  static const Rule r{
      {"misspelled-term", Severity::warning, "a known misspelling of a domain term (汇办 for 会办, 台帐 for 台账)",
       "Handling vocabulary has fixed words: 主办 and 会办 (= 协办) name the units that answer an item "
       "(domain.md §3, §6), and 汇办 — a misspelling of 会办 seen in real reply letters — names nothing. "
       "Ledgers are 台账, not 台帐. The list is data/misspellings.tsv (wrong, right, exceptions such as 外汇办, "
       "note); a team adds its own with [misspellings] files or terms in .gwlint.toml.",
       "区财政局为汇办单位。各单位要建立工作台帐，按排专人负责。\n",
       "区财政局为会办单位，市外汇办给予指导。各单位要建立工作台账，安排专人负责。\n", ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
