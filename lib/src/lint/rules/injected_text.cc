// injected-text: spam or site boilerplate inside the text. Structural signs, each confirmed by a
// lexicon: a line that is one name written twice (深圳X网深圳X网), a clause that a spam word and an
// advert's shape (a site name ending in 网, a search-bait tail such as 最新政策2018) mark as foreign to
// its sentence, and page furniture (版权所有, ICP备, 打印本页) left in the text.
#include <re2/re2.h>

#include <array>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

// Words of the adverts scraped pages carry (property, lotteries, loans, invoices); any of them
// in a clause shaped like an advert marks the clause.
constexpr std::array<std::string_view, 36> k_spam_words{
    "小产权房", "产权房", "统建楼", "村委统建", "楼盘", "二手房", "新房", "学区房", "房价", "房源", "售楼",
    "买房", "租房", "楼市", "别墅", "商铺", "厂房出租", "房产网", "彩票", "博彩", "娱乐城", "棋牌",
    "时时彩", "六合彩", "代开发票", "发票代开", "网贷", "无抵押", "套现", "代孕", "壮阳", "减肥药", "私服",
    "外挂", "楼网", "急售"};

constexpr std::array<std::string_view, 18> k_chrome_words{
    "版权所有", "ICP备", "ICP证", "公网安备", "网站标识码", "打印本页", "关闭窗口", "返回顶部", "扫一扫",
    "分享到", "设为首页", "加入收藏", "【打印】", "【关闭】", "免责声明", "如有侵权", "热门推荐", "Copyright"};

constexpr std::u32string_view k_clause_marks = U",，.。;；!！?？:：、()（）“”\"《》[]【】 \t|｜>›»-—";

bool has_spam_word(std::string_view s) {
  for (auto w : k_spam_words)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

// A line that opens with one name written twice, as site banners do: 某某房产网某某房产网
// (alone, or followed by the site's menu).
void doubled_lines(Context& ctx) {
  each_source_line(ctx.doc, [&](std::string_view line, std::size_t base) {
    // Only the line's first 41 characters (a name of at most 20, twice, and what follows) matter.
    std::string s;
    std::vector<Char> cs;
    for (std::size_t i = 0; i < line.size() && cs.size() < 41;) {
      int len = 1;
      const char32_t c = text::utf8::decode(line, i, len);
      if (!is_blank(c)) {
        cs.push_back({c, s.size(), len});
        s.append(line.substr(i, static_cast<std::size_t>(len)));
      }
      i += static_cast<std::size_t>(len);
    }
    if (cs.size() < 6) return;
    for (std::size_t n = std::min<std::size_t>(cs.size() / 2, 20); n >= 3; --n) {
      const std::size_t half = cs[n].at, whole = 2 * n < cs.size() ? cs[2 * n].at : s.size();
      if (s.compare(0, half, s, half, whole - half) != 0) continue;
      // The banner is the whole line, or is followed by a separator (a menu, a slogan).
      if (2 * n < cs.size() && k_clause_marks.find(cs[2 * n].c) == std::u32string_view::npos) continue;
      bool han = false, varied = false;
      for (std::size_t k = 0; k < n; ++k) {
        han = han || is_han(cs[k].c);
        varied = varied || cs[k].c != cs[0].c;
      }
      if (!han || !varied) continue;
      const std::string_view trimmed = text::utf8::trim(line);
      const std::size_t b = base + static_cast<std::size_t>(trimmed.data() - line.data());
      ctx.report(b, b + trimmed.size(), "a name written twice at the start of a line, as a site's banner: " + s.substr(0, half));
      return;
    }
  });
}

// A short line with two or more spam words and no sentence: a site's menu or an advert block
// (首页 新房 二手房 租房 …). Breadcrumbs (网 > 资讯 > 正文) are page furniture as well.
void menu_lines(Context& ctx) {
  static const RE2 crumbs(R"((?:\S{1,12}\s*[>›»]\s*){2,}\S{1,12}\s*$)");
  each_source_line(ctx.doc, [&](std::string_view line, std::size_t base) {
    const std::string_view trimmed = text::utf8::trim(line);
    if (trimmed.empty() || trimmed.size() > 4 * 80 || text::utf8::length(trimmed) > 80 ||
        trimmed.find("。") != std::string_view::npos)
      return;
    int spam = 0;
    for (auto w : k_spam_words) spam += trimmed.find(w) != std::string_view::npos;
    const bool arrows = trimmed.find('>') != std::string_view::npos || trimmed.find("›") != std::string_view::npos ||
                        trimmed.find("»") != std::string_view::npos;
    const bool crumb = arrows && RE2::FullMatch(re2::StringPiece(trimmed.data(), trimmed.size()), crumbs);
    if (spam < 2 && !crumb) return;
    const std::size_t b = base + static_cast<std::size_t>(trimmed.data() - line.data());
    if (ctx.overlaps(b, b + trimmed.size())) return;
    ctx.report(b, b + trimmed.size(),
               std::string(crumb ? "a web page's breadcrumb inside the text: " : "a site menu or advert block inside the text: ") +
                   clip(trimmed, 20));
  });
}

void spam_clauses(Context& ctx) {
  static const RE2 shape(
      R"((?:网|网站|之家|论坛|频道|在线)$|(?:最新|政策|消息|价格|房价|行情|资讯|攻略|排名|多少钱|哪家好|排行榜|一览|大全|走势|急售|直售|出售|出租)\d{0,4}$|\p{Han}\d{4}$)");
  const std::string_view t = ctx.doc.text();
  // Clauses between marks, walked without materialising the characters.
  std::size_t begin = 0, chars = 0;
  auto clause_end = [&](std::size_t end) {
    if (chars >= 3 && chars <= 24) {
      const std::string_view clause = t.substr(begin, end - begin);
      if (has_spam_word(clause) && RE2::PartialMatch(re2::StringPiece(clause.data(), clause.size()), shape) &&
          !ctx.overlaps(ctx.doc.to_source(begin), ctx.source_end(end)))
        ctx.report_folded(begin, end, "advert or site name inside the text: " + std::string(clause));
    }
  };
  for (std::size_t i = 0; i < t.size();) {
    int len = 1;
    const char32_t c = text::utf8::decode(t, i, len);
    const std::size_t next = i + static_cast<std::size_t>(len);
    if (c == '\n' || k_clause_marks.find(c) != std::u32string_view::npos) {
      clause_end(i);
      begin = next;
      chars = 0;
    } else {
      ++chars;
    }
    i = next;
  }
  clause_end(t.size());
}

void chrome_lines(Context& ctx) {
  each_source_line(ctx.doc, [&](std::string_view line, std::size_t base) {
    const std::string_view trimmed = text::utf8::trim(line);
    if (trimmed.empty() || trimmed.size() > 4 * 40 || text::utf8::length(trimmed) > 40 ||
        trimmed.find("。") != std::string_view::npos)
      return;
    for (auto w : k_chrome_words) {
      if (trimmed.find(w) == std::string_view::npos) continue;
      const std::size_t b = base + static_cast<std::size_t>(trimmed.data() - line.data());
      if (ctx.overlaps(b, b + trimmed.size())) return;
      ctx.report(b, b + trimmed.size(), "web page furniture inside the text: " + clip(trimmed, 20));
      return;
    }
  });
}

void check(Context& ctx) {
  doubled_lines(ctx);
  menu_lines(ctx);
  spam_clauses(ctx);
  chrome_lines(ctx);
}

}  // namespace

const Rule& injected_text() {
  static const Rule r{
      {"injected-text", Severity::error, "spam or site boilerplate inside the text",
       "Documents copied from mirror and aggregator sites carry what those sites add: their own name as a "
       "banner (often twice), advert phrases spliced into sentences for search engines (a property site's "
       "name, 小产权房最新政策2018), and page furniture (版权所有, ICP备, 打印本页). None of it is the issuing "
       "office's text (domain.md, how to read: mirrors are secondary copies). The rule looks for structural "
       "signs — a doubled banner line, a short clause shaped like a site name or a search bait between the "
       "commas of a sentence, a short furniture line — and confirms adverts with a lexicon of spam words, so "
       "that an office's own sentence about housing is not taken for an advert.",
       "桐江房产网桐江房产网\n\n近年来，我区持续推进老旧小区改造，桐江二手房最新政策2024，完成改造项目12个。\n",
       "桐江市住房和城乡建设局\n\n近年来，我区持续推进老旧小区改造，规范二手房交易管理，完成改造项目12个。\n", ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
