// duplicate-document: the same document twice in a batch — byte for byte, or with only
// whitespace, line endings, punctuation width or the encoding changed (the folded text without
// whitespace is the same).
#include <map>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

void check(BatchContext& ctx) {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < ctx.docs.size(); ++i) {
    const auto& d = ctx.docs[i];
    if (d.content_key.empty()) continue;
    const auto [it, inserted] = first.emplace(d.content_key, i);
    if (inserted) continue;
    const auto& orig = ctx.docs[it->second];
    const std::string how = orig.id == d.id ? "identical to " : "the same text as ";
    const std::string what = orig.id == d.id ? "" : " (only whitespace, punctuation width or encoding differ)";
    ctx.hits.push_back({i, {1, 1}, {1, 1}, d.first_line, how + orig.path + what});
  }
}

}  // namespace

const Rule& duplicate_document() {
  static const Rule r{
      {"duplicate-document", Severity::warning,
       "the same document twice in a batch, also with only whitespace or encoding changed",
       "A batch published twice over counts an answer twice and shows readers the same letter under two "
       "names; copies often differ only in line endings, spacing, half- or full-width punctuation or the "
       "encoding (a GB18030 copy of a UTF-8 file). Documents compare by their normalised text with all "
       "whitespace removed, so any of those differences still counts as the same document.",
       "我局已增设两条社区公交线路。\n=== next document ===\n我局已增设 两条社区公交线路。\r\n",
       "我局已增设两条社区公交线路。\n=== next document ===\n我局已增设三条社区公交线路。\n", ""},
      nullptr, check};
  return r;
}

}  // namespace gongwen::lint::rules
