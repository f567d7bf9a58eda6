// attachment-mismatch: the 附件说明 lists attachments that the text does not contain, or the text
// contains an attachment (a heading line 附件2) that the list does not name, or names differently.
// When no attachment heading is in the text at all, the attachments travel as separate files and
// nothing is checked.
#include <re2/re2.h>

#include <set>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

struct Heading {
  int number = 0;  // 0: a lone 附件 (a single attachment)
  std::size_t begin = 0, end = 0;
  std::string title;  // the next non-blank line
};

// Names compare without spaces, quotes, brackets and punctuation.
std::string comparable(std::string_view s) {
  std::string out;
  for (const auto& ch : chars_of(s)) {
    if (is_blank(ch.c) || std::u32string_view(U"《》“”\"'.,:;：，、。；（）()").find(ch.c) != std::u32string_view::npos) continue;
    out += s.substr(ch.at, static_cast<std::size_t>(ch.len));
  }
  return out;
}

void check(Context& ctx) {
  static const RE2 heading(R"(^\s*附\s*件\s*(\d{1,2})?\s*([.．:：])?\s*$)");
  static const RE2 list_line(R"(^\s*附\s*件)");
  const auto& lines = ctx.doc.source_lines();
  std::vector<Heading> found;
  std::optional<std::pair<std::size_t, std::size_t>> list_at;
  for (std::size_t n = 1; n <= lines.count(); ++n) {
    const std::string_view line = lines.line(n);
    const re2::StringPiece sp(line.data(), line.size());
    std::string num, mark;
    if (RE2::FullMatch(sp, heading, &num, &mark) && !(num.empty() && !mark.empty())) {
      Heading h;
      h.number = num.empty() ? 0 : std::stoi(num);
      const std::string_view t = text::utf8::trim(line);
      h.begin = lines.line_start(n) + static_cast<std::size_t>(t.data() - line.data());
      h.end = h.begin + t.size();
      for (std::size_t k = n + 1; k <= lines.count() && k <= n + 3; ++k) {
        if (text::utf8::trim(lines.line(k)).empty()) continue;
        h.title = std::string(text::utf8::trim(lines.line(k)));
        break;
      }
      found.push_back(std::move(h));
    } else if (!list_at && RE2::PartialMatch(sp, list_line)) {
      const std::string_view t = text::utf8::trim(line);
      const std::size_t b = lines.line_start(n) + static_cast<std::size_t>(t.data() - line.data());
      list_at = std::make_pair(b, b + t.size());
    }
  }
  if (found.empty()) return;
  const auto& listed = ctx.rec.attachments;
  std::set<int> present;
  for (const auto& h : found) {
    const int k = h.number == 0 && listed.size() <= 1 ? 1 : h.number;
    present.insert(k);
    if (k < 1 || static_cast<std::size_t>(k) > listed.size()) {
      ctx.report(h.begin, h.end,
                 "attachment " + (h.number ? std::to_string(h.number) + " " : std::string()) +
                     (h.title.empty() ? std::string() : "(" + clip(h.title, 20) + ") ") +
                     "is in the text but not listed in the 附件说明");
      continue;
    }
    const std::string want = comparable(listed[static_cast<std::size_t>(k - 1)]);
    const std::string got = comparable(h.title);
    if (!got.empty() && !want.empty() && got.find(want) == std::string::npos && want.find(got) == std::string::npos)
      ctx.report(h.begin, h.end,
                 "attachment " + std::to_string(k) + " is titled " + clip(h.title, 20) + " but listed as " +
                     clip(listed[static_cast<std::size_t>(k - 1)], 20));
  }
  for (std::size_t i = 1; i <= listed.size(); ++i) {
    if (present.count(static_cast<int>(i))) continue;
    const auto span = list_at.value_or(std::make_pair(ctx.tail(), ctx.tail()));
    ctx.report(span.first, span.second,
               "attachment " + std::to_string(i) + " (" + clip(listed[i - 1], 20) +
                   ") is listed but not in the text, though other attachments are");
  }
}

}  // namespace

const Rule& attachment_mismatch() {
  static const Rule r{
      {"attachment-mismatch", Severity::warning, "attachments listed but absent, or present but not listed",
       "GB/T 9704-2012: the 附件说明 under the body lists every attachment as 附件：1. name, and each attachment "
       "starts on its own page with 附件 and its number at the top left; numbers and names must match the "
       "attachments themselves (domain.md §5). When the text holds no attachment at all they travel as separate "
       "files, and the rule stays silent.",
       "请认真组织实施。\n\n附件：1. 项目清单\n      2. 联络员信息表\n\n桐江市交通运输局\n2024年6月3日\n\n附件1\n\n项目清单\n\n"
       "附件3\n\n经费测算表\n",
       "请认真组织实施。\n\n附件：1. 项目清单\n      2. 联络员信息表\n\n桐江市交通运输局\n2024年6月3日\n\n附件1\n\n项目清单\n\n"
       "附件2\n\n联络员信息表\n",
       ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
