// halfwidth-punctuation: ASCII , : ; ? ! ( ) in Chinese text, where GB/T 15834 wants the
// full-width marks. Reads the source lines (the fold turns full-width marks into ASCII, so only
// the source tells them apart). One finding per line; its fix rewrites every mark on the line.
#include <array>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

struct Mark {
  char32_t ascii;
  std::string_view full;
};
constexpr std::array<Mark, 7> k_marks{{{',', "，"}, {':', "："}, {';', "；"}, {'?', "？"}, {'!', "！"}, {'(', "（"}, {')', "）"}}};

std::string_view full_of(char32_t c) {
  for (const auto& m : k_marks)
    if (m.ascii == c) return m.full;
  return {};
}

bool chinese_closer(char32_t c) { return is_han(c) || std::u32string_view(U"”’》）」』】〕。").find(c) != std::u32string_view::npos; }
bool chinese_opener(char32_t c) { return is_han(c) || std::u32string_view(U"“‘《（「『【〔").find(c) != std::u32string_view::npos; }

void check(Context& ctx) {
  each_source_line(ctx.doc, [&](std::string_view line, std::size_t base) {
    if (line.find_first_of(",:;?!()") == std::string_view::npos) return;
    const auto cs = chars_of(line, base);
    const std::size_t n = cs.size();
    // Nearest non-blank neighbours; 0 at the line's ends.
    auto left = [&](std::size_t i) -> std::pair<char32_t, std::size_t> {
      std::size_t k = i;
      while (k > 0 && is_blank(cs[k - 1].c)) --k;
      return {k > 0 ? cs[k - 1].c : 0, k};
    };
    auto right = [&](std::size_t i) -> std::pair<char32_t, std::size_t> {
      std::size_t k = i + 1;
      while (k < n && is_blank(cs[k].c)) ++k;
      return {k < n ? cs[k].c : 0, k};
    };
    std::vector<bool> flag(n, false);
    for (std::size_t i = 0; i < n; ++i) {
      const char32_t c = cs[i].c;
      if (c != ',' && c != ':' && c != ';' && c != '?' && c != '!') continue;
      const char32_t l = left(i).first, r = right(i).first;
      flag[i] = chinese_closer(l) && (chinese_opener(r) || is_digit(r) || (r == 0 && c == ':'));
    }
    // Brackets: a pair around mostly Chinese text, or a lone one between Chinese characters.
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < n; ++i) {
      if (cs[i].c == '(') {
        open.push_back(i);
      } else if (cs[i].c == ')' && !open.empty()) {
        const std::size_t o = open.back();
        open.pop_back();
        int han = 0, latin = 0;
        for (std::size_t k = o + 1; k < i; ++k) han += is_han(cs[k].c), latin += is_latin(cs[k].c);
        if (han > latin) flag[o] = flag[i] = true;
      } else if (cs[i].c == ')') {
        flag[i] = chinese_closer(left(i).first) && chinese_opener(right(i).first);
      }
    }
    for (std::size_t o : open) flag[o] = chinese_closer(left(o).first) && chinese_opener(right(o).first);

    RawFix fix{"write full-width punctuation", {}};
    std::string marks;
    std::size_t first = n, count = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!flag[i]) continue;
      ++count;
      if (first == n) first = i;
      const std::string_view full = full_of(cs[i].c);
      if (marks.find(static_cast<char>(cs[i].c)) == std::string::npos) marks += static_cast<char>(cs[i].c);
      // A full-width mark takes its own em: spaces between it and the Chinese text go.
      std::size_t b = cs[i].at, e = b + 1;
      const bool opens = cs[i].c == '(';
      if (!opens) {
        auto [l, lk] = left(i);
        if (chinese_closer(l) && lk < i) b = cs[lk].at;
      }
      auto [r, rk] = right(i);
      if (r != 0 && rk > i + 1 && (chinese_opener(r) || (opens && is_digit(r)))) e = cs[rk].at;
      fix.edits.push_back({b, e, std::string(full)});
    }
    if (!count) return;
    std::string listed;
    for (char m : marks) listed += std::string(listed.empty() ? "" : " ") + m;
    std::string shown;
    for (char m : marks) shown += full_of(static_cast<unsigned char>(m));
    ctx.report(cs[first].at, cs[first].at + 1,
               std::to_string(count) + (count == 1 ? " half-width mark" : " half-width marks") + " (" + listed +
                   ") in Chinese text on this line (write " + shown + ")",
               std::move(fix));
  });
}

}  // namespace

const Rule& halfwidth_punctuation() {
  static const Rule r{
      {"halfwidth-punctuation", Severity::warning, "ASCII , : ; ( ) ? ! between Chinese characters",
       "GB/T 15834-2011 gives Chinese text its own full-width marks — ，(U+FF0C) ：(U+FF1A) ；(U+FF1B) "
       "？(U+FF1F) ！(U+FF01) （）(U+FF08/09) — each one em wide (domain.md §5); ASCII marks between Chinese "
       "characters are a sign of text typed on a Western layout or converted carelessly. Marks between Latin "
       "letters or digits (10:30, (GCP), 3,000) are left alone.",
       "各区(市、县)卫生健康局:\n\n为全面落实工作要求,现将有关事项通知如下:\n",
       "各区（市、县）卫生健康局：\n\n为全面落实工作要求，现将有关事项通知如下：会议定于10:30召开，"
       "参照《药物临床试验质量管理规范》(GCP)执行。\n",
       "replace each mark by its full-width form and drop the spaces between it and the Chinese text"},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
