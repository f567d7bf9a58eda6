// unbalanced-pair: 《》 “” （） 〔〕 【】 that open and never close (or close and never opened) within
// their paragraph. Reads the folded lines, so a sentence split by a page break is whole again; the
// fold writes （） as (), so both widths count as one pair.
#include <array>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

struct Pair {
  char32_t open, close;
  std::string_view shown;
};
constexpr std::array<Pair, 5> k_pairs{{{U'《', U'》', "《》"}, {U'“', U'”', "“”"}, {U'(', U')', "（）"}, {U'〔', U'〕', "〔〕"}, {U'【', U'】', "【】"}}};

// 1) a) 一) at the start of a line number a list item; they close nothing.
bool list_marker(const std::vector<Char>& cs, std::size_t i) {
  std::size_t k = 0;
  while (k < i && is_blank(cs[k].c)) ++k;
  if (i - k == 0 || i - k > 3) return false;
  for (std::size_t j = k; j < i; ++j)
    if (!is_digit(cs[j].c) && !is_latin(cs[j].c) && std::u32string_view(U"一二三四五六七八九十").find(cs[j].c) == std::u32string_view::npos)
      return false;
  return true;
}

void check(Context& ctx) {
  each_folded_line(ctx.doc, [&](std::string_view line, std::size_t base) {
    // Most lines hold no pair mark at all: look before decoding.
    bool any = line.find_first_of("()") != std::string_view::npos;
    for (std::string_view mark : {"《", "》", "“", "”", "〔", "〕", "【", "】"}) any = any || line.find(mark) != std::string_view::npos;
    if (!any) return;
    const auto cs = chars_of(line, base);
    std::array<std::vector<std::size_t>, k_pairs.size()> open;
    for (std::size_t i = 0; i < cs.size(); ++i) {
      for (std::size_t p = 0; p < k_pairs.size(); ++p) {
        const auto& pair = k_pairs[p];
        if (cs[i].c == pair.open) {
          open[p].push_back(i);
        } else if (cs[i].c == pair.close) {
          if (!open[p].empty()) {
            open[p].pop_back();
          } else if (!(pair.open == U'(' && list_marker(cs, i))) {
            ctx.report_folded(cs[i].at, cs[i].at + static_cast<std::size_t>(cs[i].len),
                              "closing " + std::string(pair.shown.substr(pair.shown.size() / 2)) + " with no opening " +
                                  std::string(pair.shown.substr(0, pair.shown.size() / 2)) + " in its paragraph");
          }
        }
      }
    }
    for (std::size_t p = 0; p < k_pairs.size(); ++p)
      for (std::size_t o : open[p])
        ctx.report_folded(cs[o].at, cs[o].at + static_cast<std::size_t>(cs[o].len),
                          "opening " + std::string(k_pairs[p].shown.substr(0, k_pairs[p].shown.size() / 2)) +
                              " never closed in its paragraph");
  });
}

}  // namespace

const Rule& unbalanced_pair() {
  static const Rule r{
      {"unbalanced-pair", Severity::warning, "《》 “” （） 〔〕 【】 that do not close",
       "GB/T 15834-2011 uses 书名号, 引号 and 括号 in pairs (domain.md §5); one left open swallows the rest of "
       "the sentence for the reader and for every tool that quotes a title or a number from the text. Pairs are "
       "checked within a paragraph; list markers such as 1) close nothing.",
       "根据《桐江市城市公共交通条例规定，我局将增设（社区线路两条。\n",
       "根据《桐江市城市公共交通条例》规定，我局将增设社区线路两条（见附件）。\n1) 新增线路\n", ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
