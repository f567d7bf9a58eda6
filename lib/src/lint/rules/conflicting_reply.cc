// conflicting-reply: two documents in a batch answer the same item (same session, kind and
// number) with different result codes or different signing units.
#include <algorithm>
#include <map>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : "、") + x;
  return s;
}

void check(BatchContext& ctx) {
  std::map<std::string, std::pair<std::size_t, const BatchDoc::Answer*>> first;
  for (std::size_t i = 0; i < ctx.docs.size(); ++i) {
    const auto& d = ctx.docs[i];
    if (!d.answers_deputy) continue;
    for (const auto& a : d.answers) {
      const auto [it, inserted] = first.emplace(a.key, std::make_pair(i, &a));
      if (inserted) continue;
      const auto& o = ctx.docs[it->second.first];
      if (o.content_key == d.content_key) continue;  // a duplicate, reported as such
      std::vector<std::string> diffs;
      if (o.result_code && d.result_code && *o.result_code != *d.result_code)
        diffs.push_back("result code " + *d.result_code + " where it has " + *o.result_code);
      auto sorted = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        return v;
      };
      if (!o.signers.empty() && !d.signers.empty() && sorted(o.signers) != sorted(d.signers))
        diffs.push_back("signed by " + joined(d.signers) + " where it is signed by " + joined(o.signers));
      if (diffs.empty()) continue;
      std::string msg = "answers " + a.label + " like " + o.path + ":" + std::to_string(it->second.second->at.line) +
                        ", but with ";
      for (std::size_t k = 0; k < diffs.size(); ++k) msg += (k ? " and " : "") + diffs[k];
      ctx.hits.push_back({i, a.at, a.at, a.excerpt, msg});
    }
  }
}

}  // namespace

const Rule& conflicting_reply() {
  static const Rule r{
      {"conflicting-reply", Severity::error,
       "two documents answer the same proposal with different result codes or signers",
       "Each suggestion or proposal has one handling result, reported by the lead unit (主办) and counted "
       "once (domain.md §2, §3: 主办 answers and states the 会办 units' opinions). Two letters in one batch "
       "that answer the same item — same session, kind and number — with different result codes or "
       "different signing units leave the office's own statistics in contradiction.",
       "关于市六届人大三次会议第45号建议的答复\n\n李明代表：\n\n您提出的《关于增设社区公交线路的建议》收悉。"
       "现答复如下：已增设线路。\n\n桐江市交通运输局\n2024年6月3日\n\n办理结果：A\n"
       "=== next document ===\n"
       "关于市六届人大三次会议第45号建议的答复\n\n李明代表：\n\n您提出的《关于增设社区公交线路的建议》收悉。"
       "现答复如下：将于明年增设线路。\n\n桐江市交通运输局\n2024年6月5日\n\n办理结果：B\n",
       "关于市六届人大三次会议第45号建议的答复\n\n李明代表：\n\n您提出的《关于增设社区公交线路的建议》收悉。"
       "现答复如下：已增设线路。\n\n桐江市交通运输局\n2024年6月3日\n\n办理结果：A\n"
       "=== next document ===\n"
       "关于市六届人大三次会议第46号建议的答复\n\n王芳代表：\n\n您提出的《关于优化公交站点设置的建议》收悉。"
       "现答复如下：将于明年调整站点。\n\n桐江市交通运输局\n2024年6月5日\n\n办理结果：B\n",
       ""},
      nullptr, check};
  return r;
}

}  // namespace gongwen::lint::rules
