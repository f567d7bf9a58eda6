// Finds the parts of a document: page chrome, title, 版头, addressee line, signature block.
// Every other extractor reads positions from here instead of guessing them again.
#include <re2/re2.h>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/match.h"
#include "text/utf8.h"

namespace gongwen::extract {
namespace {

using text::utf8::trim;

const RE2& addressee_re() {
  // prefix before the colon, then whatever follows on the same line
  static const RE2 re(R"(^\s*(?:尊敬的|尊敬|敬爱的)?\s*([^:：]{2,90}?)\s*[:：]\s*(.*)$)");
  return re;
}
const RE2& salutation_re() {
  // 张天峰代表 / 吴园园、朱芳仪代表 / 马青、周丽等委员 / 余秀华9名代表, with or without a colon
  static const RE2 re(
      R"(^\s*(?:尊敬的|尊敬|敬爱的)?\s*(?:[\p{Han}·]{2,5}?(?:代表|委员)?\s*[、,，]\s*)*[\p{Han}·]{2,5}?\s*(?:等?(?:\d+|[一二三四五六七八九十]+)[名位]|等)?\s*(?:全国|省|市|区|县)?(?:人大)?(?:代表|委员)(?:们)?\s*(?:[:：].*)?$)");
  return re;
}
const RE2& title_end_re() {
  static const RE2 re(
      R"((?:答复|答复函|复函|回复|的函|函|通知|通报|意见|方案|决定|批复|报告|请示|公告|通告|办法|规定|纪要|决议|公报|答复意见|办理意见)\s*$)");
  return re;
}
// The title inside its line: page headings wrap it in 《》 and pages glue the document's own
// number before or after it ((某政办发〔2020〕3号)); marks and number are not the title.
// Returns [begin, end) relative to the line.
std::pair<std::size_t, std::size_t> title_core(std::string_view line) {
  static const RE2 re(
      R"(^(\s*(?:[^\s《》〔\[【]{1,14}[〔\[【]\d{4}[〕\]】]\s*第?\d+\s*号\s*)?)(.*?)\s*)"
      R"((?:[(（][^()（）]{0,14}[〔\[【]\d{4}[〕\]】]\s*第?\d+\s*号[)）]|\s[^\s《》()（）]{1,14}[〔\[【]\d{4}[〕\]】]\s*第?\d+\s*号)?\s*[|｜]?\s*$)");
  re2::StringPiece lead, core;
  if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re, &lead, &core)) return {0, line.size()};
  std::size_t b = static_cast<std::size_t>(core.data() - line.data());
  std::size_t e = b + core.size();
  const std::string_view open = "\xE3\x80\x8A", close = "\xE3\x80\x8B";  // 《 》
  const std::string_view c(core.data(), core.size());
  if (c.starts_with(open) && c.ends_with(close) && c.find(close) == c.size() - close.size()) {
    b += open.size();
    e -= close.size();
  }
  return {b, e};
}

const RE2& title_start_re() {
  static const RE2 re(R"(^\s*(?:对|关于)|关于)");
  return re;
}
const RE2& banner_re() {
  static const RE2 re(R"(^\s*([\p{Han}\s]{4,40}?)\s*文件\s*$)");
  return re;
}

// A note between the signing unit and the date: (此件公开发布), (此件主动公开), (本件不公开).
const RE2& note_line_re() {
  static const RE2 re(R"([(（][^()（）]{0,8}(?:此件|本件|公开)[^()（）]{0,8}[)）])");
  return re;
}

// A date that lost its 年月日, its digits spaced out (2020 3 1), maybe after a stray mark.
std::optional<Ymd> spaced_digits_date(std::string_view line) {
  static const RE2 re(R"(^[\s\p{P}\p{S}]*(\d{4})\s+(\d{1,2})\s+(\d{1,2})\s*$)");
  int y = 0, m = 0, d = 0;
  if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re, &y, &m, &d) || !valid_date(y, m, d))
    return std::nullopt;
  return Ymd{y, m, d};
}

// The signing unit and its date on one line (临溪镇人民政府 2015年3月2日): the date and where
// it starts in the line.
std::optional<std::pair<Ymd, std::size_t>> unit_then_date(std::string_view line) {
  static const RE2 year(R"((?:\d{4}|[〇○零一二三四五六七八九0]{4})年)");
  std::optional<std::pair<Ymd, std::size_t>> out;
  if (line.find("年") == std::string_view::npos) return out;  // every body line comes here
  first_match(year, line, [&](const Match& m) {
    if (m.begin() == 0) return;
    const auto date = date_only_line(line.substr(m.begin()));
    if (date && unit_line(line.substr(0, m.begin()))) out = std::make_pair(*date, m.begin());
  });
  return out;
}

// The date closing a last sentence on a flattened line, after a space: 。 二○一○年三月一日
const RE2& trailing_date_re() {
  static const RE2 re(R"([。!！]\s+(\S[^。]{5,40}?)\s*[|｜]?\s*$)");
  return re;
}

bool prefix_is_addressee(std::string_view prefix, std::string_view rest) {
  const std::string p = text::utf8::strip_spaces(prefix);
  // Labels and sentence words that never stand in a unit name, anywhere in the prefix; and
  // words that open a sentence (为…, 请…, 根据…) but are also the inside of unit names
  // (经济开发区, 为民服务中心), at its start only.
  static const RE2 not_addressee(
      R"(联系|电话|手机|附件|附\s*件|地址|邮编|邮箱|mail|Mail|网址|日期|时间|来源|说明|备注|抄送|抄报|主题|签发|字号|如下|现将|通知|答复|我|您|你)");
  static const RE2 sentence_start(R"(^(?:注|根据|按照|依据|为|请|经[^济开]))");
  // A handling label left empty (协办单位：) names a role, not the letter's addressee; 各承办单位
  // (every unit in that role) is one.
  static const RE2 role_label(R"((?:主办|协办|会办|承办|办理|联办|分办|牵头|配合|责任|答复)单位(?:名称)?)");
  if (RE2::FullMatch(p, role_label)) return false;
  if (is_meta_label_line(p + ":")) return false;
  if ((RE2::PartialMatch(p, not_addressee) || RE2::PartialMatch(p, sentence_start)) &&
      !RE2::PartialMatch(p, salutation_re()))
    return false;
  if (RE2::FullMatch(p + ":", salutation_re())) return true;
  if (p.size() > 240) return false;
  static const RE2 collective(R"(^(?:各|全体|全区|全市|全县|全省|全州|有关|局属|市属|区属|县属|委属))");
  const bool to_all = RE2::PartialMatch(p, collective);
  if (!rest.empty()) {
    // A unit list ends its line, except on a page flattened to one line, where the body runs
    // on after it: then only a list to all units (各…) of whole unit names opens the text.
    if (!to_all) return false;
    for (const auto& part : split_units(prefix))
      if (!ends_with_unit_suffix(part)) return false;
    return true;
  }
  return to_all || ends_with_unit_suffix(p);
}

}  // namespace

bool unit_line(std::string_view line) {
  const std::string s = text::utf8::strip_spaces(line);
  if (s.size() < 6 || s.size() > 150) return false;
  static const RE2 punct(R"([。，,:：;；!！?？《》""“”])");
  if (RE2::PartialMatch(s, punct)) return false;
  // A list item (1、排名靠后的单位, （二）市水利局) is body text, and a bulleted row (• X局) page
  // metadata: neither is a signature or a masthead.
  static const RE2 enumerated(R"(^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]|^[(（][一二三四五六七八九十\d]{1,3}[)）]|^[•·])");
  if (RE2::PartialMatch(s, enumerated)) return false;
  for (const auto& part : split_units(line))
    if (!ends_with_unit_suffix(part)) return false;
  return true;
}

std::string_view signer_value(std::string_view line) {
  static const RE2 label(R"(^\s*(?:承办单位|答复单位|办理单位|发文单位|落款单位)\s*[:：]\s*)");
  re2::StringPiece rest(line.data(), line.size());
  RE2::Consume(&rest, label);
  return std::string_view(rest.data(), rest.size());
}

std::optional<std::size_t> prev_nonblank(const Document& doc, std::size_t i, std::size_t floor) {
  while (i > floor) {
    --i;
    if (!trim(doc.line(i)).empty()) return i;
  }
  return std::nullopt;
}

namespace {

std::optional<std::size_t> next_nonblank(const Document& doc, std::size_t i) {
  for (std::size_t k = i + 1; k < doc.lines().size(); ++k)
    if (!trim(doc.line(k)).empty()) return k;
  return std::nullopt;
}

// Folded byte where the title starts on line i (after any 《 or number before it).
std::size_t title_core_begin(const Document& doc, std::size_t i) {
  const auto full = trim(doc.line(i));
  return doc.lines()[i].begin + static_cast<std::size_t>(full.data() - doc.line(i).data()) + title_core(full).first;
}

}  // namespace

Layout find_layout(const Document& doc) {
  Layout L;
  const std::size_t n = doc.lines().size();
  L.chrome.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto line = doc.line(i);
    L.chrome[i] = is_meta_label_line(line) || is_page_chrome_line(line);
  }
  // A label alone on its line (成文日期: / 发文日期) puts its value on the next non-blank line.
  // Only a bare label: a row that carries its value (来源:交通局, 浏览次数:次) has none below.
  // A line ending in a colon is a salutation or an addressee line, never a row's value.
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (!L.chrome[i] || !is_bare_meta_label(doc.line(i))) continue;
    std::size_t j = i + 1;
    while (j < n && trim(doc.line(j)).empty()) ++j;
    if (j >= n) break;
    const std::string value = text::utf8::strip_spaces(doc.line(j));
    const bool opens_text = value.ends_with(":") || value.ends_with("\xEF\xBC\x9A");
    if (text::utf8::length(value) <= 24 && !opens_text) L.chrome[j] = true;
  }

  // A long prose line with the document's title among the next few lines is the site's blurb
  // above the document, not its body.
  const auto blurb_before_title = [&](std::size_t i) {
    std::size_t k = i;
    for (int looked = 0; looked < 3; ++looked) {
      const auto p = next_nonblank(doc, k);
      if (!p) return false;
      k = *p;
      const auto l = trim(doc.line(k));
      if (l.size() <= 240 && l.find("\xE3\x80\x82") == std::string_view::npos &&
          RE2::PartialMatch(text::utf8::strip_spaces(l), title_end_re()) && RE2::PartialMatch(l, title_start_re()))
        return true;
    }
    return false;
  };

  // The addressee / salutation line closes the head.
  // Within the first 80 lines that hold text: web copies space every line out with blank ones.
  std::size_t seen = 0;
  for (std::size_t i = 0; i < n && seen < 80; ++i) {
    const auto line = trim(doc.line(i));
    if (line.empty()) continue;
    ++seen;
    if (L.chrome[i]) continue;
    if (RE2::FullMatch(re2::StringPiece(line.data(), line.size()), salutation_re())) {
      L.addressee = i;
      break;
    }
    bool found = false;
    first_match(addressee_re(), line, [&](const Match& m) {
      found = prefix_is_addressee(m.str(1), trim(m.str(2)));
    });
    if (found) {
      L.addressee = i;
      break;
    }
    // A long prose line before any addressee: the document has none.
    if (line.size() > 150 && line.find("\xE3\x80\x82") != std::string_view::npos && !blurb_before_title(i)) break;
  }
  std::size_t head_end = 0;
  if (L.addressee) {
    head_end = *L.addressee;
    L.body_begin = *L.addressee + 1;
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const auto line = trim(doc.line(i));
      if (!L.chrome[i] && line.size() > 90 &&
          (line.find("\xE3\x80\x82") != std::string_view::npos || line.find(',') != std::string_view::npos) &&
          !blurb_before_title(i)) {
        head_end = i;
        break;
      }
    }
    L.body_begin = head_end;
  }

  // Title: the last title-like line of the head, merged with the line above it when the title
  // was split (关于…会议 / 第N号建议的答复) or the issuer stands on its own line.
  struct Title {
    std::size_t first, last, begin, end;
  };
  std::optional<Title> best, best_any;
  for (std::size_t i = 0; i < head_end; ++i) {
    if (L.chrome[i]) continue;
    const auto full = trim(doc.line(i));
    if (full.empty() || full.size() > 240) continue;
    if (full.find(':') != std::string_view::npos || full.find("\xE3\x80\x82") != std::string_view::npos) continue;
    const re2::StringPiece fp(full.data(), full.size());
    if (RE2::FullMatch(fp, banner_re())) {
      L.banner = i;
      continue;
    }
    const auto [cb, ce] = title_core(full);
    const std::string_view line = full.substr(cb, ce - cb);
    const re2::StringPiece sp(line.data(), line.size());
    // A title's last word may be spaced out on its own line (答 复).
    if (!RE2::PartialMatch(text::utf8::strip_spaces(line), title_end_re())) continue;
    // A title split over up to three lines: a line may join the one above when that one opens
    // the title (关于…会议), names the issuer (before 关于…), or when this one is a fragment
    // that cannot start a title (的答复函, 第110号代表建议…).
    std::size_t first = i;
    for (int up = 0; up < 2; ++up) {
      const auto p = prev_nonblank(doc, first, 0);
      if (!p || L.chrome[*p]) break;
      const auto prev_full = trim(doc.line(*p));
      const auto [pb, pe] = title_core(prev_full);
      const auto prev = prev_full.substr(pb, pe - pb);
      const re2::StringPiece pp(prev.data(), prev.size());
      const bool plain = !RE2::PartialMatch(pp, title_end_re()) && prev.find(':') == std::string_view::npos &&
                         prev.find("\xE3\x80\x82") == std::string_view::npos;
      const bool open_start = RE2::PartialMatch(pp, title_start_re()) && plain;
      const auto cur = trim(doc.line(first));
      // One issuer line joins the title; two or more unit lines are a joint sender's 版头.
      const auto above = prev_nonblank(doc, *p, 0);
      const bool issuer_line = unit_line(prev) && cur.rfind("关于", 0) == 0 &&
                               !(above && !L.chrome[*above] && unit_line(trim(doc.line(*above))));
      const bool fragment = plain && (cur.rfind("的", 0) == 0 || cur.rfind("第", 0) == 0) &&
                            (up == 0 || open_start);
      // …关于印发临溪县 / 道路养护管理 / 办法的通知: a short middle line under the title's opening.
      bool middle = false;
      if (!(open_start || issuer_line || fragment) && up == 0 && plain && text::utf8::length(prev) <= 40) {
        const auto p2 = prev_nonblank(doc, *p, 0);
        if (p2 && !L.chrome[*p2]) {
          const auto top_full = trim(doc.line(*p2));
          const auto [tb, te] = title_core(top_full);
          const auto top = top_full.substr(tb, te - tb);
          const re2::StringPiece tp(top.data(), top.size());
          middle = RE2::PartialMatch(tp, title_start_re()) && !RE2::PartialMatch(tp, title_end_re()) &&
                   top.find(':') == std::string_view::npos && top.find("\xE3\x80\x82") == std::string_view::npos &&
                   top.size() <= 150;
          if (middle) {
            first = *p2;
            break;
          }
        }
      }
      if (!((open_start || issuer_line || fragment) && prev.size() <= 150)) break;
      first = *p;
      if (open_start || issuer_line) break;  // the title's first line is found
    }
    const bool named = RE2::PartialMatch(sp, title_start_re()) || first != i || line.find("答复") != std::string_view::npos;
    const std::size_t lb = doc.lines()[i].begin + static_cast<std::size_t>(full.data() - doc.line(i).data());
    const Title t{first, i, first == i ? lb + cb : title_core_begin(doc, first), lb + ce};
    if (named) best = t;
    best_any = t;
  }
  if (!best) best = best_any;
  if (best) {
    L.title_first = best->first;
    L.title_last = best->last;
    L.title_begin = best->begin;
    L.title_end = best->end;
  }

  // A 主送 list wrapped over lines: the line above, a list to all units with no sentence mark
  // and no colon, begins it (各区人民政府，…、临溪湖新 / 城管委会，市各直属单位：).
  if (L.addressee) {
    static const RE2 list_start(R"(^\s*(?:各|有关)[^。:：;；!?！？]*[,，、][^。:：;；!?！？]*$)");
    const auto p = prev_nonblank(doc, *L.addressee, 0);
    if (p && !L.chrome[*p] && (!L.title_last || *p > *L.title_last) &&
        RE2::FullMatch(re2::StringPiece(doc.line(*p).data(), doc.line(*p).size()), list_start))
      L.addressee_first = *p;
  }

  // Signature block: the first line after the head that holds only a date, and the unit
  // lines right above it; a disclosure note ((此件公开发布)) may stand between the two.
  L.body_end = n;
  for (std::size_t i = L.body_begin; i < n; ++i) {
    if (L.chrome[i]) continue;
    auto ymd = date_only_line(doc.line(i));
    const bool bare_digits = !ymd && (ymd = spaced_digits_date(doc.line(i)));
    std::size_t inline_at = 0;  // where the date starts on a line that opens with the unit
    if (!ymd) {
      if (auto hit = unit_then_date(doc.line(i))) {
        ymd = hit->first;
        inline_at = hit->second;
      }
    }
    if (!ymd) continue;
    std::vector<std::size_t> units;
    if (inline_at) units.push_back(i);
    // The block is as tightly spaced as its first step: a unit further up across a wider gap
    // (水利局, then blank lines, then the signer) is the body's last list item.
    std::optional<std::size_t> first_gap;
    for (std::size_t k = i, steps = 0; steps < 4; ++steps) {
      auto p = prev_nonblank(doc, k, L.body_begin);
      if (!p || L.chrome[*p]) break;
      const std::size_t gap = k - *p - 1;
      k = *p;
      if (units.empty() && RE2::FullMatch(trim(doc.line(*p)), note_line_re())) continue;
      if (!first_gap) first_gap = gap;
      if (units.size() == 3 || !unit_line(signer_value(doc.line(*p))) || (!units.empty() && gap > *first_gap)) break;
      units.insert(units.begin(), *p);
    }
    // Digits that lost their 年月日 (2020 3 1) are a date only under a signing unit.
    if (bare_digits && units.empty()) continue;
    L.sign_date = i;
    L.sign_ymd = *ymd;
    const auto text = trim(doc.line(i));
    const std::size_t lead = bare_digits ? text.find_first_of("0123456789") : 0;  // past a stray mark
    L.sign_date_pos = doc.lines()[i].begin + (inline_at ? inline_at : static_cast<std::size_t>(text.data() - doc.line(i).data()) + lead);
    L.signer_lines = units;
    L.body_end = units.empty() ? i : units.front();
    break;
  }
  // No signature, but the date in brackets under the title, as party documents print it:
  // 关于表彰…的通报 / （2021年3月2日）.
  if (!L.sign_date && L.title_last) {
    static const RE2 bracketed(R"(^\s*[(（]\s*(\S.*?)\s*[)）]\s*$)");
    const auto next = next_nonblank(doc, *L.title_last);
    re2::StringPiece inner;
    if (next && RE2::FullMatch(re2::StringPiece(doc.line(*next).data(), doc.line(*next).size()), bracketed, &inner)) {
      if (auto ymd = date_only_line(std::string_view(inner.data(), inner.size()))) {
        L.sign_date = *next;
        L.sign_ymd = *ymd;
        L.sign_date_pos = doc.lines()[*next].begin + static_cast<std::size_t>(inner.data() - doc.line(*next).data());
      }
    }
  }
  // A page flattened to one line ends its last sentence with the date: …。 二○一○年三月一日
  for (std::size_t i = head_end; !L.sign_date && i < n; ++i) {
    if (L.chrome[i]) continue;
    const auto line = doc.line(i);
    re2::StringPiece date;
    if (!RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), trailing_date_re(), &date)) continue;
    const std::string_view tail(date.data(), date.size());
    std::size_t at = 0;
    auto ymd = date_only_line(tail);
    if (!ymd) {  // the unit before the date: 。 临溪镇人民政府 2015年3月2日
      if (auto hit = unit_then_date(tail)) {
        ymd = hit->first;
        at = hit->second;
      }
    }
    if (ymd) {
      L.sign_date = i;
      L.sign_ymd = *ymd;
      const std::size_t tail_begin = doc.lines()[i].begin + static_cast<std::size_t>(date.data() - line.data());
      L.sign_date_pos = tail_begin + at;
      if (at) L.inline_signer = std::make_pair(tail_begin, tail_begin + at);
    }
  }
  return L;
}

namespace {

// True when the item after a 、 at byte `from` is a single character (办 in 各委、办、局).
bool bare_suffix_follows(std::string_view s, std::size_t from) {
  std::size_t chars = 0;
  for (std::size_t i = from; i < s.size();) {
    int len = 1;
    const char32_t c = text::utf8::decode(s, i, len);
    i += static_cast<std::size_t>(len);
    if (c == 0x3001 || c == ',' || c == 0xFF0C || c == ';' || c == 0xFF1B || c == ':' || c == 0xFF1A) break;
    if (text::utf8::is_space(c)) {
      if (chars > 0) break;
      continue;
    }
    if (++chars > 1) return false;
  }
  return chars == 1;
}

// 市高新区、经开区、东湖区管委会: zones listed before the board they share; the 区 names a place.
bool board_of_zones(const std::string& current, std::string_view s, std::size_t from) {
  static const RE2 board(R"(^[^,，;；:：]*?区(?:管委会|管理委员会|党工委|工委)(?:[,，;；:：]|$))");
  return current.ends_with("区") && RE2::PartialMatch(re2::StringPiece(s.data() + from, s.size() - from), board);
}

// True when the item after a 、 at byte `from` names a whole group of units on its own
// (各乡镇、县直各单位 | 各镇、各镇政协联络组): two addressees, whatever the first one ends with.
bool collective_follows(std::string_view s, std::size_t from) {
  static const RE2 re(R"(^\s*(?:各|县直|市直|区直|省直|有关|全体))");
  return RE2::PartialMatch(re2::StringPiece(s.data() + from, s.size() - from), re);
}

}  // namespace

std::vector<Span> split_unit_spans(std::string_view s) {
  std::vector<Span> parts;
  std::size_t cur_b = 0, cur_e = 0;  // current part, trailing spaces excluded
  bool open = false;
  int depth = 0;
  auto current = [&] { return text::utf8::strip_spaces(s.substr(cur_b, cur_e - cur_b)); };
  auto flush = [&] {
    if (open && !current().empty()) parts.push_back({cur_b, cur_e});
    open = false;
  };
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    const char32_t c = text::utf8::decode(s, i, len);
    const std::size_t at = i;
    i += static_cast<std::size_t>(len);
    if (c == '(' || c == 0xFF08 || c == '[' || c == 0x3014 || c == 0x3010) ++depth;
    if ((c == ')' || c == 0xFF09 || c == ']' || c == 0x3015 || c == 0x3011) && depth > 0) --depth;
    if (depth == 0) {
      if (c == ',' || c == 0xFF0C || c == ';' || c == 0xFF1B) {
        flush();
        continue;
      }
      // 各委、办、局: one-character items share the name before them (各委 | 各办 | 各局), so
      // the 、 is inside one addressee, not between two.
      if (c == 0x3001 /*、*/ && open &&
          ((ends_with_unit_suffix(current()) && !bare_suffix_follows(s, i) && !board_of_zones(current(), s, i)) ||
           collective_follows(s, i))) {
        flush();
        continue;
      }
      if (text::utf8::is_space(c)) {
        // A gap after a complete unit name separates joint senders (中共X县委 X县人民政府).
        if (open && ends_with_unit_suffix(current())) flush();
        continue;
      }
    }
    if (!open) {
      open = true;
      cur_b = at;
    }
    cur_e = i;
  }
  flush();
  return parts;
}

std::vector<std::string> split_units(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& sp : split_unit_spans(s)) out.push_back(text::utf8::strip_spaces(s.substr(sp.begin, sp.end - sp.begin)));
  return out;
}

}  // namespace gongwen::extract
