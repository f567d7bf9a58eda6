// ocr-garbage: runs of isolated characters, stray Latin letters or digits that no sentence
// explains (生 税 加 中 一, W III Z, ELMILETEMATI) — what OCR leaves of a damaged table or stamp.
// Works on the source lines, where the spacing the OCR produced is still visible.
#include <array>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

enum class Tok { han1, latin, digits, dash, word, caps };

struct Token {
  Tok kind;
  std::size_t begin, end;  // source offsets
};

// A number written with its unit (2021 年, 12 月, 3 个) is a spaced-out word, not debris.
constexpr std::u32string_view k_units = U"年月日号时分秒个名人家所项万亿元次件条岁天周期届批台辆套户间座";
// Letter-spaced headings (通 知, 答 复 函, 特 此 通 知) end with one of these.
constexpr std::array<std::u32string_view, 22> k_heading_ends{
    U"通知", U"通报", U"函", U"复", U"意见", U"决定", U"目录", U"说明", U"报告", U"公告", U"纪要",
    U"批复", U"附件", U"办法", U"方案", U"请示", U"议案", U"提案", U"建议", U"计划", U"总结", U"规定"};

Tok classify(const std::vector<Char>& cs) {
  if (cs.size() == 1 && is_han(cs[0].c)) return Tok::han1;
  bool all_latin = true, all_upper = true, all_digit = true, all_dash = true;
  for (const auto& ch : cs) {
    all_latin = all_latin && is_latin(ch.c);
    all_upper = all_upper && ch.c >= 'A' && ch.c <= 'Z';
    all_digit = all_digit && is_digit(ch.c);
    all_dash = all_dash && (ch.c == '-' || ch.c == 0x2014 || ch.c == 0x2013 || ch.c == 0xB7);
  }
  if (all_latin && cs.size() <= 4) return Tok::latin;
  if (all_upper && cs.size() >= 8) return Tok::caps;
  if (all_digit) return Tok::digits;
  if (all_dash) return Tok::dash;
  return Tok::word;
}

bool has_sentence_punct(std::string_view cell) {
  for (const auto& ch : chars_of(cell))
    if (std::u32string_view(U"，。；：,;:！？!?").find(ch.c) != std::u32string_view::npos) return true;
  return false;
}

bool is_spaced_heading(const std::vector<Token>& toks, std::size_t a, std::size_t b, std::string_view src) {
  std::u32string joined;
  for (std::size_t k = a; k < b; ++k) {
    if (toks[k].kind != Tok::han1) return false;
    int len = 1;
    joined += text::utf8::decode(src, toks[k].begin, len);
  }
  for (auto end : k_heading_ends)
    if (joined.size() >= end.size() && joined.compare(joined.size() - end.size(), end.size(), end) == 0) return true;
  return false;
}

// Without a blank a cell is one token: debris only if it is one long run of capitals.
bool may_hold_debris(std::string_view cell) {
  if (cell.find(' ') != std::string_view::npos || cell.find("\u3000") != std::string_view::npos ||
      cell.find("\u00a0") != std::string_view::npos)
    return true;
  std::size_t caps = 0;
  for (char c : cell) caps = c >= 'A' && c <= 'Z' ? caps + 1 : 0;
  return caps >= 8 || (cell.size() >= 8 && cell.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos);
}

void check_cell(Context& ctx, std::string_view cell, std::size_t base, bool whole_line) {
  if (!may_hold_debris(cell)) return;
  const std::string_view src = ctx.doc.source();
  std::vector<Token> toks;
  bool latin_words = false;
  const auto cs = chars_of(cell, base);
  for (std::size_t k = 0; k < cs.size();) {
    if (is_blank(cs[k].c)) {
      ++k;
      continue;
    }
    std::size_t e = k;
    while (e < cs.size() && !is_blank(cs[e].c)) ++e;
    const std::vector<Char> word(cs.begin() + static_cast<std::ptrdiff_t>(k), cs.begin() + static_cast<std::ptrdiff_t>(e));
    Token t{classify(word), cs[k].at, cs[e - 1].at + static_cast<std::size_t>(cs[e - 1].len)};
    if (t.kind == Tok::word) {
      int latin = 0;
      for (const auto& ch : word) latin += is_latin(ch.c);
      latin_words = latin_words || latin >= 2;
    }
    toks.push_back(t);
    k = e;
  }
  for (std::size_t k = 0; k + 1 < toks.size(); ++k) {
    int len = 1;
    if (toks[k].kind == Tok::digits && toks[k + 1].kind == Tok::han1 &&
        k_units.find(text::utf8::decode(src, toks[k + 1].begin, len)) != std::u32string_view::npos)
      toks[k].kind = toks[k + 1].kind = Tok::word;
  }
  const bool prose = has_sentence_punct(cell);
  for (std::size_t a = 0; a < toks.size();) {
    if (toks[a].kind == Tok::caps) {
      if (!latin_words && !prose)
        ctx.report(toks[a].begin, toks[a].end,
                   "stray Latin letters that no sentence explains: " + std::string(src.substr(toks[a].begin, toks[a].end - toks[a].begin)) +
                       " (OCR damage?)");
      ++a;
      continue;
    }
    if (toks[a].kind == Tok::word || toks[a].kind == Tok::dash) {
      ++a;
      continue;
    }
    std::size_t b = a;
    int han = 0, latin = 0, digits = 0;
    while (b < toks.size() && toks[b].kind != Tok::word && toks[b].kind != Tok::caps) {
      han += toks[b].kind == Tok::han1;
      latin += toks[b].kind == Tok::latin;
      digits += toks[b].kind == Tok::digits;
      ++b;
    }
    std::size_t last = b;
    while (last > a && toks[last - 1].kind == Tok::dash) --last;
    const int n = han + latin + digits;
    const bool garbage = prose ? han >= 4 && n >= 5
                               : (n >= 4 && han + latin >= 3) || (n == 3 && latin >= 2 && han + latin == 3);
    const bool heading = whole_line && a == 0 && b == toks.size() && is_spaced_heading(toks, a, last, src);
    if (garbage && !heading && last > a) {
      const std::string_view run = src.substr(toks[a].begin, toks[last - 1].end - toks[a].begin);
      ctx.report(toks[a].begin, toks[last - 1].end,
                 "isolated characters that form no text: " + clip(run, 24) + " (OCR damage?)");
    }
    a = b;
  }
}

// A line of one to three Latin letters alone (I, rn) in Chinese text; a result code standing
// alone (A–D) is not debris.
bool lone_latin(std::string_view line) {
  const std::string_view t = text::utf8::trim(line);
  if (t.empty() || t.size() > 3) return false;
  for (char c : t)
    if (!is_latin(static_cast<unsigned char>(c))) return false;
  return !(t.size() == 1 && t[0] >= 'A' && t[0] <= 'D');
}

void check(Context& ctx) {
  std::size_t han = 0;
  for (const auto& ch : chars_of(ctx.doc.text().substr(0, 4096))) han += is_han(ch.c);
  each_source_line(ctx.doc, [&](std::string_view line, std::size_t base) {
    if (han >= 20 && lone_latin(line)) {
      const std::string_view t = text::utf8::trim(line);
      const std::size_t b = base + static_cast<std::size_t>(t.data() - line.data());
      ctx.report(b, b + t.size(), "stray Latin letters on a line of their own: " + std::string(t) + " (OCR damage?)");
      return;
    }
    const bool one_cell = line.find('\t') == std::string_view::npos;
    std::size_t b = 0;
    for (std::size_t k = 0; k <= line.size(); ++k) {
      if (k < line.size() && line[k] != '\t') continue;
      if (k > b) check_cell(ctx, line.substr(b, k - b), base + b, one_cell);
      b = k + 1;
    }
  });
}

}  // namespace

const Rule& ocr_garbage() {
  static const Rule r{
      {"ocr-garbage", Severity::warning,
       "runs of isolated characters, stray Latin letters or digits that no sentence explains",
       "Text recognised from a scan keeps the debris of seals, table rules and faint print as isolated "
       "characters (生 税 加 中 一), stray capitals (W III Z) or long letter strings (ELMILETEMATI). A published "
       "text must not carry them (the content of a 公文 is its text: 《党政机关公文处理工作条例》 第九条). Spaced-out "
       "numbers with their unit (2021 年 12 月) and letter-spaced headings (通 知) are not debris.",
       "序号\t单位\t帮扶责任单位\n1\t云岩区\t生 税 加 中 一\n2\t南明区\tW III Z\n",
       "序号\t单位\t帮扶责任单位\n1\t云岩区\t市第一人民医院\n2\t南明区\t市第二人民医院\n\n通 知\n", ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
