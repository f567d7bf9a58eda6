#include "text/fold.h"

#include <array>
#include <string_view>

#include "text/utf8.h"

namespace gongwen::text {
namespace {

struct Ch {
  char32_t cp;
  std::uint32_t src;  // source byte offset where this character came from
};

bool is_pinyin_letter(char32_t c) {
  if (c >= 'a' && c <= 'z') return true;
  // Latin-1 and Latin Extended-A/B letters that carry tone marks (ā á ǎ à ü ǘ …).
  return (c >= 0xE0 && c <= 0xFC) || (c >= 0x100 && c <= 0x17F) || (c >= 0x1CD && c <= 0x1DC);
}
bool is_tone_vowel(char32_t c) { return c > 0x7F && is_pinyin_letter(c); }

struct Entity {
  std::string_view name;
  char32_t cp;
};
constexpr std::array<Entity, 14> k_entities{{{"nbsp", ' '}, {"ensp", ' '}, {"emsp", ' '},
                                             {"amp", '&'}, {"lt", '<'}, {"gt", '>'},
                                             {"quot", '"'}, {"apos", '\''}, {"ldquo", 0x201C},
                                             {"rdquo", 0x201D}, {"mdash", 0x2014},
                                             {"hellip", 0x2026}, {"middot", 0xB7},
                                             {"times", 0xD7}}};

// Length of an HTML tag starting at s[i] == '<', or 0.
std::size_t tag_length(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  if (j < s.size() && (s[j] == '/' || s[j] == '!')) ++j;
  if (j >= s.size() || !((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) return 0;
  for (std::size_t k = j; k < s.size() && k < i + 512; ++k) {
    if (s[k] == '>') return k - i + 1;
    if (s[k] == '<' || s[k] == '\n') return 0;
  }
  return 0;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (lower(s[k]) != prefix[k]) return false;
  return true;
}

std::size_t find_ci(std::string_view s, std::string_view needle, std::size_t from) {
  for (std::size_t k = from; k + needle.size() <= s.size(); ++k)
    if (starts_ci(s.substr(k), needle)) return k;
  return std::string_view::npos;
}

// Tags that end a line of text on a page.
bool is_block_tag(std::string_view tag) {
  static constexpr std::string_view k_block[] = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"};
  std::size_t k = 1;
  if (k < tag.size() && tag[k] == '/') ++k;
  std::size_t e = k;
  while (e < tag.size() && ((tag[e] >= 'a' && tag[e] <= 'z') || (tag[e] >= 'A' && tag[e] <= 'Z') || (tag[e] >= '0' && tag[e] <= '9'))) ++e;
  std::string name;
  for (std::size_t j = k; j < e; ++j) name += lower(tag[j]);
  for (auto b : k_block)
    if (name == b) return true;
  return false;
}

// Decodes an entity at s[i] == '&'; returns its length (0 if none) and sets cp.
std::size_t entity_length(std::string_view s, std::size_t i, char32_t& cp) {
  std::size_t semi = s.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > 10 || semi - i < 3) return 0;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  if (body[0] == '#') {
    char32_t v = 0;
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::size_t k = hex ? 2 : 1;
    if (k >= body.size()) return 0;
    for (; k < body.size(); ++k) {
      char c = body[k];
      int d = (c >= '0' && c <= '9') ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0) return 0;
      v = v * (hex ? 16 : 10) + static_cast<char32_t>(d);
      if (v > 0x10FFFF) return 0;
    }
    cp = v == 0xA0 ? U' ' : v;
    return semi - i + 1;
  }
  for (const auto& e : k_entities) {
    if (body == e.name) {
      cp = e.cp;
      return semi - i + 1;
    }
  }
  return 0;
}

// Length of a pinyin gloss such as (guī) or （bàn） at s[i], or 0.
std::size_t pinyin_length(std::string_view s, std::size_t i) {
  int len = 1;
  char32_t open = utf8::decode(s, i, len);
  if (open != '(' && open != 0xFF08) return 0;
  std::size_t j = i + static_cast<std::size_t>(len);
  int letters = 0;
  bool tone = false, vowel = false;
  while (j < s.size() && letters <= 7) {
    char32_t c = utf8::decode(s, j, len);
    if (c == ')' || c == 0xFF09) {
      if (letters >= 1 && (tone || (vowel && letters <= 6))) return j + static_cast<std::size_t>(len) - i;
      return 0;
    }
    if (!is_pinyin_letter(c)) return 0;
    tone = tone || is_tone_vowel(c);
    vowel = vowel || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'v';
    ++letters;
    j += static_cast<std::size_t>(len);
  }
  return 0;
}

// Small form variants (U+FE50–FE6B) as NFKC reads them: ﹝2022﹞ is 〔2022〕, ﹙ is (.
constexpr char32_t k_small_forms[] = {
    U',', U'、', U'.', 0,    U';', U':', U'?', U'!', U'—', U'(', U')', U'{', U'}', U'〔',
    U'〕', U'#', U'&', U'*', U'+', U'-', U'<', U'>', U'=', 0,    U'\\', U'$', U'%', U'@'};

char32_t fold_char(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;  // full-width ASCII forms
  if (c >= 0xFE50 && c <= 0xFE6B && k_small_forms[c - 0xFE50] != 0) return k_small_forms[c - 0xFE50];
  if (c == 0x3000 || c == 0xA0 || (c >= 0x2002 && c <= 0x200A) || c == 0x202F) return ' ';
  if (c >= 0x3400) return to_simplified(c);
  return c;
}

// Pass 1: character-level folding.
std::vector<Ch> fold_chars(std::string_view s, Folded& out) {
  std::vector<Ch> v;
  v.reserve(s.size());
  char32_t prev = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto at = static_cast<std::uint32_t>(i);
    const char b = s[i];
    if (b == '\r') {
      v.push_back({'\n', at});
      i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
      prev = '\n';
      continue;
    }
    if (b == '<') {
      if (std::size_t n = tag_length(s, i)) {
        const std::string_view tag = s.substr(i, n);
        if (starts_ci(tag, "<script") || starts_ci(tag, "<style")) {
          // The body of a script or style element is not text either.
          const std::string_view close = starts_ci(tag, "<script") ? "</script>" : "</style>";
          std::size_t e = find_ci(s, close, i + n);
          n = (e == std::string_view::npos ? s.size() : e + close.size()) - i;
        } else if (is_block_tag(tag)) {
          v.push_back({'\n', at});  // <br>, <p>, </div> … end a line of the page
          prev = '\n';
        }
        out.markup.push_back({i, i + n});
        i += n;
        continue;
      }
    }
    if (b == '&') {
      char32_t cp = 0;
      if (std::size_t n = entity_length(s, i, cp)) {
        out.markup.push_back({i, i + n});
        v.push_back({fold_char(cp), at});
        prev = cp;
        i += n;
        continue;
      }
    }
    if (utf8::is_han(prev) && (b == '(' || b == '\xEF')) {
      if (std::size_t n = pinyin_length(s, i)) {
        out.pinyin.push_back({i, i + n});
        i += n;
        continue;
      }
    }
    int len = 1;
    char32_t c = utf8::decode(s, i, len);
    if (c == 0xFEFF || c == 0x200B) {  // zero-width: drop
      i += static_cast<std::size_t>(len);
      continue;
    }
    c = fold_char(c);
    v.push_back({c, at});
    prev = c;
    i += static_cast<std::size_t>(len);
  }
  return v;
}

bool tight(char32_t c) { return utf8::is_han(c) || utf8::is_cjk_punct(c) || utf8::is_digit(c); }
bool opening(char32_t c) { return c == 0x3014 || c == 0x3010 || c == '[' || c == '(' || c == 0x300A; }
bool closing(char32_t c) { return c == 0x3015 || c == 0x3011 || c == ']' || c == ')' || c == 0x300B; }

// Pass 2a: spaces between a digit and a Han character (or inside brackets) carry no meaning.
std::vector<Ch> drop_number_spaces(const std::vector<Ch>& v) {
  std::vector<Ch> out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size();) {
    if (v[i].cp != ' ') {
      out.push_back(v[i++]);
      continue;
    }
    std::size_t j = i;
    while (j < v.size() && v[j].cp == ' ') ++j;
    const char32_t left = out.empty() ? U'\n' : out.back().cp;
    const char32_t right = j < v.size() ? v[j].cp : U'\n';
    const bool drop =
        (utf8::is_digit(left) && tight(right) && !utf8::is_digit(right)) ||
        (utf8::is_digit(right) && tight(left) && !utf8::is_digit(left)) ||
        (opening(left) && right != '\n') || (closing(right) && left != '\n');
    if (!drop) out.insert(out.end(), v.begin() + static_cast<std::ptrdiff_t>(i), v.begin() + static_cast<std::ptrdiff_t>(j));
    i = j;
  }
  return out;
}

// Pass 2c: a year in Chinese numerals typed with the letter O for its zeros (二OO九年) is
// 二〇〇九年: four characters before 年, all numerals or O, at least one of each.
void zero_letters_in_years(std::vector<Ch>& v) {
  const std::u32string_view numerals = U"〇○零一二三四五六七八九";
  for (std::size_t i = 4; i < v.size(); ++i) {
    if (v[i].cp != U'年') continue;
    int letters = 0, digits = 0;
    for (std::size_t k = i - 4; k < i; ++k) {
      if (v[k].cp == 'O' || v[k].cp == 'o') ++letters;
      else if (numerals.find(v[k].cp) != std::u32string_view::npos) ++digits;
    }
    if (letters == 0 || digits == 0 || letters + digits != 4) continue;
    const char32_t before = i >= 5 ? v[i - 5].cp : U' ';
    if (before == 'O' || before == 'o' || numerals.find(before) != std::u32string_view::npos) continue;  // no year
    for (std::size_t k = i - 4; k < i; ++k)
      if (v[k].cp == 'O' || v[k].cp == 'o') v[k].cp = U'〇';
  }
}

// Pass 2d: a line written out character by character, evenly spaced (党 委 办 公 室, 通 知),
// reads as the word it spells. Uneven gaps may separate words (纪 委   党 委), so they stay.
std::vector<Ch> join_spaced_lines(const std::vector<Ch>& v) {
  const auto blank = [](char32_t c) { return c == ' ' || c == '\t'; };
  std::vector<bool> drop(v.size(), false);
  for (std::size_t b = 0; b < v.size();) {
    std::size_t e = b;
    while (e < v.size() && v[e].cp != '\n') ++e;
    std::size_t k = b;
    while (k < e && blank(v[k].cp)) ++k;
    std::size_t pieces = 0, gap = 0;
    bool even = true;
    std::vector<std::size_t> spaces;
    while (k < e && utf8::is_han(v[k].cp) && (k + 1 == e || !utf8::is_han(v[k + 1].cp))) {
      ++pieces;
      std::size_t sp = k + 1;
      while (sp < e && blank(v[sp].cp)) ++sp;
      if (sp == e) {
        k = e;
        break;
      }
      const std::size_t g = sp - (k + 1);
      if (gap != 0 && g != gap) even = false;
      gap = g;
      for (std::size_t x = k + 1; x < sp; ++x) spaces.push_back(x);
      k = sp;
    }
    if (k == e && pieces >= 2 && even && gap <= 3)
      for (std::size_t x : spaces) drop[x] = true;
    b = e + 1;
  }
  std::vector<Ch> out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    if (!drop[i]) out.push_back(v[i]);
  return out;
}

// Pass 2b: a label spaced out to fill the width (联 系 人：, 电  话：, 附 件：) reads as the label.
// Single Han characters, one to three spaces apart, then a colon (联  系 电 话：). The run must
// start a word: not right after another spaced-out character.
std::vector<Ch> drop_label_spaces(const std::vector<Ch>& v) {
  const auto colon = [&](std::size_t k) { return k < v.size() && (v[k].cp == ':' || v[k].cp == 0xFF1A); };
  const auto han = [&](std::size_t k) { return k < v.size() && utf8::is_han(v[k].cp); };
  const auto starts_word = [&](std::size_t i) {
    if (i > 0 && han(i - 1)) return false;
    std::size_t k = i;
    while (k > 0 && v[k - 1].cp == ' ') --k;
    return !(k > 0 && han(k - 1) && (k < 2 || !han(k - 2)));  // after a lone spaced character
  };
  std::vector<Ch> out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size();) {
    std::size_t end = 0;  // the colon of a spaced label that starts at i
    if (han(i) && starts_word(i)) {
      for (std::size_t k = i, pieces = 1; han(k) && !han(k + 1) && pieces <= 6; ++pieces) {
        std::size_t sp = k + 1;
        while (sp < v.size() && v[sp].cp == ' ') ++sp;
        if (colon(sp) && pieces >= 2) {
          end = sp;
          break;
        }
        const std::size_t g = sp - (k + 1);
        if (g == 0 || g > 3) break;
        k = sp;
      }
    }
    if (end == 0) {
      out.push_back(v[i++]);
      continue;
    }
    for (; i < end; ++i)
      if (v[i].cp != ' ') out.push_back(v[i]);
  }
  return out;
}

// Line-level view of the character vector: [begin, end) without the newline.
struct LineRange {
  std::size_t begin, end;
};

std::u32string_view k_terminators = U"。！？!?:：;；…)）」』】》\"";
// Clause marks of running prose; a title may hold 、 but not these.
std::u32string_view k_separators = U"，,;；";
// Marks after which a wrapped line may end a paragraph: a full stop and its kin.
std::u32string_view k_sentence_ends = U"。！？!?;；…";  // not the colon: a full line ending in one runs on

bool is_blank(const std::vector<Ch>& v, LineRange r) {
  for (std::size_t k = r.begin; k < r.end; ++k)
    if (!utf8::is_space(v[k].cp)) return false;
  return true;
}

bool starts_with(const std::vector<Ch>& v, std::size_t at, std::size_t end, std::u32string_view w) {
  if (end - at < w.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (v[at + k].cp != w[k]) return false;
  return true;
}

bool is_numeral(char32_t c) { return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos; }

// A line that opens a new block: headings (一、 （一） 1. 第一条), lists, closings, labels.
bool opens_block(const std::vector<Ch>& v, std::size_t b, std::size_t e) {
  while (b < e && utf8::is_space(v[b].cp)) ++b;
  if (b >= e) return true;
  const char32_t c0 = v[b].cp;
  const char32_t c1 = b + 1 < e ? v[b + 1].cp : 0;
  if (c0 == '(' || c0 == 0x2022 || c0 == '-' || c0 == '*') return true;
  if (is_numeral(c0)) {
    std::size_t k = b;
    while (k < e && is_numeral(v[k].cp)) ++k;
    if (k < e && (v[k].cp == 0x3001 || v[k].cp == '.' || v[k].cp == 0x662F /*是*/)) return true;
  }
  if (utf8::is_digit(c0)) {
    std::size_t k = b;
    while (k < e && utf8::is_digit(v[k].cp)) ++k;
    if (k < e && (v[k].cp == '.' || v[k].cp == 0x3001)) return true;
  }
  if (c0 == 0x7B2C /*第*/ && c1 && is_numeral(c1)) return true;
  for (std::u32string_view w : {U"附件", U"附 件", U"抄送", U"主送", U"感谢", U"特此", U"专此",
                                U"谨此", U"此复", U"以上", U"再次感谢", U"欢迎", U"联系"}) {
    if (starts_with(v, b, e, w)) return true;
  }
  return false;
}

// A label line (联系人：…, 地址：…) is a field, not prose, even when it has commas.
bool starts_with_label(const std::vector<Ch>& v, LineRange r) {
  std::size_t k = r.begin;
  while (k < r.end && utf8::is_space(v[k].cp)) ++k;
  const std::size_t start = k;
  while (k < r.end && utf8::is_han(v[k].cp) && k - start <= 8) ++k;
  return k > start + 1 && k < r.end && (v[k].cp == ':' || v[k].cp == 0xFF1A);
}

// A short line with no punctuation at all: a unit name, a date, a heading — never the tail of
// a sentence (that ends with 。 or goes on with ，).
bool bare_short_line(const std::vector<Ch>& v, LineRange r) {
  std::size_t chars = 0;
  for (std::size_t k = r.begin; k < r.end; ++k) {
    const char32_t c = v[k].cp;
    if (utf8::is_space(c)) continue;
    if (utf8::is_cjk_punct(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?') return false;
    ++chars;
  }
  return chars <= 30;
}

bool ends_mid_sentence(const std::vector<Ch>& v, LineRange r) {
  if (starts_with_label(v, r)) return false;
  std::size_t e = r.end;
  while (e > r.begin && utf8::is_space(v[e - 1].cp)) --e;
  std::size_t chars = 0;
  bool separator = false;
  for (std::size_t k = r.begin; k < e; ++k) {
    if (!utf8::is_space(v[k].cp)) ++chars;
    if (k_separators.find(v[k].cp) != std::u32string_view::npos) separator = true;
  }
  if (chars < 12 || !separator || e == r.begin) return false;
  return k_terminators.find(v[e - 1].cp) == std::u32string_view::npos;
}

// A page number standing alone between pages: — 2 —, -2-, 2, 第2页, 第2页 共5页, 2/5. It says
// nothing, so a sentence split by a page break is rejoined across it too.
bool is_page_number(const std::vector<Ch>& v, LineRange r) {
  std::u32string s;
  for (std::size_t k = r.begin; k < r.end; ++k)
    if (!utf8::is_space(v[k].cp)) s += v[k].cp;
  std::size_t k = 0;
  const auto digits = [&] {
    const std::size_t from = k;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
    return k > from && k - from <= 3;
  };
  const auto dashes = [&] {
    while (k < s.size() && std::u32string_view(U"-—–－~～").find(s[k]) != std::u32string_view::npos) ++k;
  };
  const auto word = [&](char32_t c) { return k < s.size() && s[k] == c ? (++k, true) : false; };
  dashes();
  if (word(U'第')) {
    if (!digits() || !word(U'页')) return false;
    word(',') || word(U'，');
    if (word(U'共') && !(digits() && word(U'页'))) return false;
    return k == s.size();
  }
  if (!digits()) return false;
  if (word('/')) return digits() && k == s.size();
  dashes();
  return k == s.size();
}

bool is_bare_number(const std::vector<Ch>& v, LineRange r) {
  for (std::size_t k = r.begin; k < r.end; ++k)
    if (!utf8::is_space(v[k].cp) && !(v[k].cp >= '0' && v[k].cp <= '9')) return false;
  return true;
}

// Pass 2a: undo hard wrapping. Text taken from a PDF, an OCR run or a fixed-width mail is
// often broken into lines of one width, so every sentence, title and name that crosses a
// line end is split. Such a document shows it: most of its long lines have the same width
// (counted in characters, or in columns where a Han character takes two) and hardly any is
// wider. Then a line of that width that does not end a sentence runs on into the next one,
// unless the next opens a block (一、 （二） 附件 …) or is indented as a new paragraph.
std::size_t chars_of(const std::vector<Ch>& v, LineRange r, bool columns) {
  std::size_t e = r.end;
  while (e > r.begin && utf8::is_space(v[e - 1].cp)) --e;
  std::size_t n = 0;
  for (std::size_t k = r.begin; k < e; ++k) {
    const char32_t c = v[k].cp;
    n += columns && !(c < 0x80 && (c == ' ' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'z'))) ? 2 : 1;
  }
  return n;
}

// A short line whose only mark is the colon that ends it: 各位人大代表: 各有关单位:
bool is_salutation_line(const std::vector<Ch>& v, LineRange r) {
  std::size_t e = r.end;
  while (e > r.begin && utf8::is_space(v[e - 1].cp)) --e;
  if (e == r.begin || e - r.begin > 24 || v[e - 1].cp != ':') return false;
  for (std::size_t k = r.begin; k + 1 < e; ++k)
    if (!utf8::is_han(v[k].cp) && v[k].cp != 0x3001 /*、*/) return false;
  return true;
}

struct WrapWidth {
  std::size_t width = 0, full = 0;  // the common width and how many lines have it (or nearly)
};

WrapWidth wrap_width(const std::vector<Ch>& v, const std::vector<LineRange>& lines, bool columns) {
  const std::size_t k_long = columns ? 30 : 15;
  std::vector<std::size_t> widths;
  for (const auto& r : lines) {
    const std::size_t w = chars_of(v, r, columns);
    if (w >= k_long && w <= 400) widths.push_back(w);
  }
  if (widths.size() < 5) return {};
  // W is the most common width; the lines in [W - slack, W] count as full: a line ends a
  // little short when the next character did not fit or punctuation was kept off the next
  // line's start. (Taking the best band instead would let a title just wider than W join it.)
  const std::size_t slack = columns ? 4 : 2;
  std::vector<std::size_t> count(402, 0);
  for (const std::size_t w : widths) ++count[w];
  WrapWidth best;
  for (std::size_t w = k_long; w <= 400; ++w)
    if (count[w] >= count[best.width]) best.width = w;
  for (std::size_t d = 0; d <= slack && d <= best.width; ++d) best.full += count[best.width - d];
  std::size_t wider = 0;
  for (const std::size_t w : widths) wider += w > best.width + 1;
  // Most long lines at the width, almost none beyond it.
  if (best.full < 5 || best.full * 10 < widths.size() * 5 || wider * 10 > widths.size()) return {};
  return best;
}

std::vector<Ch> join_hard_wraps(const std::vector<Ch>& v, Folded& out) {
  std::vector<LineRange> lines;
  for (std::size_t b = 0, k = 0; k <= v.size(); ++k) {
    if (k == v.size() || v[k].cp == '\n') {
      lines.push_back({b, k});
      b = k + 1;
    }
  }
  const WrapWidth by_chars = wrap_width(v, lines, false), by_columns = wrap_width(v, lines, true);
  // Characters unless columns explain clearly more lines: the column band is wider, so it
  // gathers some lines by chance.
  const bool columns = by_columns.full * 5 > by_chars.full * 6;
  const WrapWidth w = columns ? by_columns : by_chars;
  if (w.width == 0) return v;
  const std::size_t slack = columns ? 4 : 2;
  std::vector<bool> drop(v.size(), false);
  bool any = false;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::size_t width = chars_of(v, lines[i], columns);
    if (width + slack < w.width || width > w.width + 1) continue;
    std::size_t e = lines[i].end;
    while (e > lines[i].begin && utf8::is_space(v[e - 1].cp)) --e;
    const LineRange next = lines[i + 1];
    if (is_blank(v, next) || utf8::is_space(v[next.begin].cp) || opens_block(v, next.begin, next.end)) continue;
    if (k_sentence_ends.find(v[e - 1].cp) != std::u32string_view::npos) continue;
    // A label that filled the width by chance (来源:), then a salutation (各位代表:).
    if (v[e - 1].cp == ':' && is_salutation_line(v, next)) continue;
    for (std::size_t k = e; k <= lines[i].end; ++k) drop[k] = true;  // trailing spaces and the break
    out.wraps.push_back({v[e].src, v[next.begin].src});
    any = true;
  }
  if (!any) return v;
  std::vector<Ch> kept;
  kept.reserve(v.size());
  for (std::size_t k = 0; k < v.size(); ++k)
    if (!drop[k]) kept.push_back(v[k]);
  return kept;
}

// Pass 2b: rejoin a sentence that a page break split over one or more blank lines (and a page
// number between them).
std::vector<Ch> join_page_breaks(const std::vector<Ch>& v, Folded& out) {
  std::vector<LineRange> lines;
  for (std::size_t b = 0, k = 0; k <= v.size(); ++k) {
    if (k == v.size() || v[k].cp == '\n') {
      lines.push_back({b, k});
      b = k + 1;
    }
  }
  std::vector<bool> drop(v.size(), false);
  for (std::size_t i = 0; i + 2 < lines.size(); ++i) {
    if (is_blank(v, lines[i]) || !ends_mid_sentence(v, lines[i])) continue;
    std::size_t j = i + 1;
    bool gap = false;  // a blank line, or a page number that looks like one (not bare digits)
    for (; j < lines.size(); ++j) {
      if (is_blank(v, lines[j])) gap = true;
      else if (is_page_number(v, lines[j])) gap = gap || !is_bare_number(v, lines[j]);
      else break;
    }
    if (!gap || j >= lines.size()) continue;
    if (opens_block(v, lines[j].begin, lines[j].end) || bare_short_line(v, lines[j])) continue;
    std::size_t from = lines[i].end;  // trailing spaces of L go with the break
    while (from > lines[i].begin && utf8::is_space(v[from - 1].cp)) --from;
    std::size_t to = lines[j].begin;
    while (to < lines[j].end && utf8::is_space(v[to].cp)) ++to;
    for (std::size_t k = from; k < to; ++k) drop[k] = true;
    out.joins.push_back({v[from].src, v[to].src});
    i = j - 1;
  }
  std::vector<Ch> kept;
  kept.reserve(v.size());
  for (std::size_t k = 0; k < v.size(); ++k)
    if (!drop[k]) kept.push_back(v[k]);
  return kept;
}

}  // namespace

Folded fold(std::string_view source) {
  Folded out;
  std::vector<Ch> v = fold_chars(source, out);
  v = drop_number_spaces(v);
  v = drop_label_spaces(v);
  zero_letters_in_years(v);
  v = join_spaced_lines(v);
  v = join_hard_wraps(v, out);
  v = join_page_breaks(v, out);
  out.text.reserve(v.size() * 3);
  out.map.reserve(v.size() * 3 + 1);
  for (const Ch& c : v) {
    const int n = utf8::encoded_length(c.cp);
    utf8::append(out.text, c.cp);
    for (int k = 0; k < n; ++k) out.map.push_back(c.src);
  }
  out.map.push_back(static_cast<std::uint32_t>(source.size()));
  return out;
}

}  // namespace gongwen::text
