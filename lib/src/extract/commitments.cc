// Commitments: forward-looking, dated targets and obligations. A deadline is a date with a
// deadline form around it (到2025年底, 6月底前, 于5月10日前, 力争2024年内); the clause, its due
// day (the last day of the period named), quantities, modality and the bound unit are kept.
// Past events (…开展了), as-of statements (截至…) and schedule ranges (自…至…) are not.
#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/match.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace gongwen::extract {
namespace {

using text::utf8::strip_spaces;

int num(std::string_view s) {
  auto v = text::parse_numeral(s);
  return v && *v < 100000 ? static_cast<int>(*v) : 0;
}

// prefix, year, month, day, half, quarter, period suffix, deadline suffix. A time of day may
// stand before the suffix (3月4日下午4:00前, 5月10日17时前, 6月1日下班前, 3月4日中午前).
const RE2& deadline_re() {
  static const RE2 re(
      R"((到|至|截至|截止到|截止|于|在|前)?\s*(?:(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?(上半年|下半年|第?[一二三四1-4]季度)?|(\d{1,2})月(?:(\d{1,2})[日号])?|(今年|年)(?:底|末|内))\s*(底|末|初|上旬|中旬|下旬)?\s*(?:[(（](?:周|星期)[一二三四五六日天][)）])?\s*(?:(?:上午|下午|中午|晚上|早上)?\s*\d{1,2}\s*(?::\s*\d{2}|时|点)(?:\s*\d{1,2}\s*分|整|半)?|(?:上午|下午|中午|晚上|早上)?下班|上午|下午|中午|晚上|早上)?\s*(前|以前|之前|年内|内|以内|完成|前后)?)");
  return re;
}

// A plan or forecast right before a date makes the date a target: 计划于2025年上半年,
// 预计2024年10月建成, 力争2025年9月.
const RE2& planned_re() {
  static const RE2 re(R"((?:计划|预计|力争|争取|确保|拟|将|可望|有望|务必|要)\s*$)");
  return re;
}

const RE2& recurring_re() {
  static const RE2 re(R"(每(?:月|季度|季|年|周|半年)(?:初|末|底)?\s*(?:的)?\s*(\d{1,2})\s*[日号]?\s*(?:前|以前|之前|内|以内))");
  return re;
}

constexpr std::array<const char*, 16> k_modality{"预计", "力争", "确保", "计划", "争取", "拟",  "务必", "必须",
                                                  "将",   "要",   "请",   "须",   "应",   "需", "可望", "有望"};

std::optional<std::string> modality_of(std::string_view clause) {
  std::optional<std::string> best;
  std::size_t best_pos = std::string_view::npos;
  for (const char* w : k_modality) {
    const auto p = clause.find(w);
    if (p != std::string_view::npos && p < best_pos) {
      best_pos = p;
      best = w;
    }
  }
  return best;
}

const RE2& quantity_re() {
  static const RE2 re(
      R"((\d+(?:\.\d+)?)\s*(万|亿|千)?\s*(%|％|个百分点|万元|亿元|元|个|张|家|所|人次|人|名|项|盒|件|台|床|公里|千米|米|平方米|亩|场次|场|次|户|座|条|套|辆|吨|天|批|处|间|册|份|支|例)(以上|以下|左右)?)");
  return re;
}

std::vector<Quantity> quantities_of(std::string_view clause) {
  std::vector<Quantity> out;
  each_match(quantity_re(), clause, [&](const Match& m) {
    if (m.begin() > 0) {
      const char before = clause[m.begin() - 1];
      if (before >= '0' && before <= '9') return;
    }
    // A year (2025年) or a date is not a quantity; neither is a 文号 serial.
    Quantity q;
    q.text = std::string(m.str());
    q.value = std::stod(std::string(m.str(1)));
    const std::string_view mult = m.str(2), unit = m.str(3);
    if (mult == "万") q.value *= 1e4;
    if (mult == "亿") q.value *= 1e8;
    if (mult == "千") q.value *= 1e3;
    q.unit = std::string(mult) + std::string(unit);
    if (unit == "万元" || unit == "亿元") q.unit = std::string(unit);
    out.push_back(std::move(q));
  });
  return out;
}

bool is_clause_delim(char32_t c) { return c == ',' || c == 0xFF0C || c == 0x3002 || c == ';' || c == '!' || c == '?' || c == '\n' || c == ':'; }

// [begin, end) of the clause around [mb, me) within line: from the previous delimiter to the
// next; when the time phrase closes its clause (到2022年底，…), the clause that follows.
std::pair<std::size_t, std::size_t> clause_around(std::string_view line, std::size_t mb, std::size_t me) {
  std::size_t b = mb;
  while (b > 0) {
    std::size_t k = b - 1;
    while (k > 0 && (static_cast<unsigned char>(line[k]) & 0xC0) == 0x80) --k;
    int len = 1;
    if (is_clause_delim(text::utf8::decode(line, k, len))) break;
    b = k;
  }
  auto next_delim = [&](std::size_t from) {
    std::size_t e = from;
    while (e < line.size()) {
      int len = 1;
      if (is_clause_delim(text::utf8::decode(line, e, len))) break;
      e += static_cast<std::size_t>(len);
    }
    return e;
  };
  std::size_t e = next_delim(me);
  if (strip_spaces(line.substr(me, e - me)).empty() && e < line.size() && line[e] != '\n') {
    int len = 1;
    const char32_t d = text::utf8::decode(line, e, len);
    if (d == ',' || d == 0xFF0C || d == ':') e = next_delim(e + static_cast<std::size_t>(len));
  }
  return {b, e};
}

// Whether pos sits inside 《…》 opened after `from` (the start of its clause).
bool inside_title_marks(std::string_view line, std::size_t from, std::size_t pos) {
  int depth = 0;
  for (std::size_t i = from; i < pos;) {
    int len = 1;
    const char32_t c = text::utf8::decode(line, i, len);
    if (c == 0x300A) ++depth;
    if (c == 0x300B && depth > 0) --depth;
    i += static_cast<std::size_t>(len);
  }
  return depth > 0;
}

}  // namespace

void extract_commitments(const Document& doc, const Layout& L, Record& rec) {
  // Done, not promised: 开展了 / 已于2023年5月8日开工 / 先后 / 曾.
  static const RE2 past(R"(了|已于|已经于|先后|曾)");
  // A season or event after the year names the real deadline, which has no date (2023年汛期前).
  static const RE2 event_after(R"(^\s*(?:汛期|春节|国庆|元旦|暑期|寒假|开学|秋季|春季|夏季|冬季|期间|前后))");
  static const RE2 range_before(R"((?:\d{4}年|\d{1,2}月|\d{1,2}日|\d{4})\s*$)");
  static const RE2 since_after(R"(^\s*(?:以来|起|开始|至今|以后|后|期间))");
  // 2020年度重点任务, 2023年的目标, 2023年区《政府工作报告》: a bare year names what a list or
  // a report is of, not when something is due.
  // 2000年以前建成的小区: the date describes a thing, not a target.
  static const RE2 modifier_after(R"(^\s*(?:建成|修建|建设|建造|出生|竣工|投用|投入使用|成立|设立|出台|印发|举办|召开|举行|开展|实施|启动|开工)?的)");
  static const RE2 year_label_after(R"(^(?:度(?:[^内末底前]|$)|的|[省市区县]?\s*[《“]))");
  int ref_year = 0;
  if (rec.signed_date) ref_year = num(rec.signed_date->substr(0, 4));

  auto bound_unit = [&](std::string_view clause) -> std::optional<std::string> {
    if (clause.find("请") != std::string_view::npos || clause.find("各") != std::string_view::npos) {
      if (!rec.addressees.empty() && rec.kind != "reply") {
        std::string all;
        for (const auto& a : rec.addressees) all += (all.empty() ? "" : "、") + a;
        return all;
      }
    }
    if (!rec.signers.empty()) return rec.signers.front();
    if (!rec.issuers.empty()) return rec.issuers.front();
    return std::nullopt;
  };

  for (std::size_t li = L.text_begin(); li < doc.lines().size(); ++li) {
    if (L.chrome[li]) continue;
    const std::string_view line = doc.line(li);
    // Prefilter: a dated target needs a digit or 年 (年底前, 年内).
    if (line.find_first_of("0123456789") == std::string_view::npos && line.find("年") == std::string_view::npos) continue;
    const std::size_t base = doc.lines()[li].begin;
    std::vector<std::size_t> used;  // clause starts already taken: one commitment per clause
    auto emit = [&](std::size_t mb, std::size_t me, std::optional<std::string> due, bool recurring, bool inferred) {
      auto [cb, ce] = clause_around(line, mb, me);
      if (std::find(used.begin(), used.end(), cb) != used.end()) return;
      used.push_back(cb);
      const std::string_view clause = line.substr(cb, ce - cb);
      Commitment c;
      c.text = doc.quote(base + cb, base + ce);
      c.due = due;
      c.due_text = doc.quote(base + mb, base + me);
      c.modality = modality_of(clause);
      c.quantities = quantities_of(clause.substr(me - cb));
      c.unit = bound_unit(clause);
      c.recurring = recurring;
      c.due_inferred = inferred;
      c.at = doc.loc(base + cb);
      rec.commitments.push_back(std::move(c));
    };

    const std::size_t first_of_line = rec.commitments.size();
    each_match(recurring_re(), line, [&](const Match& m) { emit(m.begin(), m.end(), std::nullopt, true, false); });

    each_match(deadline_re(), line, [&](const Match& m) {
      const std::string_view prefix = m.str(1), period = m.str(9), suffix = m.str(10);
      const bool this_year = m.has(8);  // 年底前 / 今年内: the letter's own year
      const bool has_year = m.has(2);
      const std::string_view near = line.substr(m.begin() >= 18 ? m.begin() - 18 : 0, std::min<std::size_t>(m.begin(), 18));
      const bool planned = RE2::PartialMatch(re2::StringPiece(near.data(), near.size()), planned_re());
      const bool deadline_form = prefix == "到" || prefix == "至" || (!suffix.empty() && suffix != "前后") ||
                                 period == "底" || period == "末" || this_year || planned;
      if (!deadline_form) return;
      if (planned && RE2::PartialMatch(re2::StringPiece(line.data() + m.end(), std::min<std::size_t>(12, line.size() - m.end())), event_after))
        return;
      if (this_year && m.begin() > 0) {
        // 三年内 is a span of years, not this year.
        const std::string_view b3 = line.substr(m.begin() >= 3 ? m.begin() - 3 : 0, std::min<std::size_t>(m.begin(), 3));
        if (b3.find_first_of("0123456789") != std::string_view::npos || text::parse_numeral(b3) || b3 == "每" ||
            b3 == "近" || b3 == "当")
          return;
      }
      if ((prefix == "截至" || prefix == "截止" || prefix == "截止到") && suffix.empty()) return;  // as of
      if (m.begin() > 0 && line.substr(0, m.begin()).ends_with("每")) return;
      const std::string_view before = line.substr(m.begin() >= 24 ? m.begin() - 24 : 0, std::min<std::size_t>(m.begin(), 24));
      if ((prefix == "至" || prefix == "到") &&
          RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), range_before))
        return;  // 自2018年7月至2019年3月: a schedule, not a deadline
      const std::string_view after = line.substr(m.end(), std::min<std::size_t>(line.size() - m.end(), 24));
      if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), since_after)) return;
      if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), modifier_after)) return;
      const bool bare_year = has_year && !m.has(3) && !m.has(5) && period.empty() && suffix.empty();
      if (bare_year && RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), year_label_after)) return;
      // 将2021年重点工作分解为…: 将 marks the object (like 把), the year names the work.
      if (bare_year && prefix.empty() && (near.ends_with("将") || near.ends_with("把"))) return;
      if (inside_title_marks(line, clause_around(line, m.begin(), m.end()).first, m.begin())) return;

      int y = has_year ? num(m.str(2)) : 0;
      int mo = has_year ? num(m.str(3)) : this_year ? 12 : num(m.str(6));
      int d = has_year ? num(m.str(4)) : this_year ? 31 : num(m.str(7));
      if (has_year && (y < 1900 || y > 2100)) return;
      if (!has_year && (mo < 1 || mo > 12)) return;
      bool inferred = false;
      if (!has_year) {
        if (ref_year == 0) {
          emit(m.begin(), m.end(), std::nullopt, false, false);
          return;
        }
        y = ref_year;
        inferred = true;
      }
      std::string due;
      const std::string_view half = m.str(5);
      if (mo >= 1 && d >= 1) {
        if (!valid_date(y, mo, d)) return;
        due = iso_date(y, mo, d);
      } else if (mo >= 1 && mo <= 12) {
        int last = days_in_month(y, mo);
        if (period == "上旬" || period == "初") last = 10;
        if (period == "中旬") last = 20;
        due = iso_date(y, mo, last);
      } else if (half == "上半年") {
        due = iso_date(y, 6, 30);
      } else if (!half.empty() && half != "下半年") {
        std::string q(half);
        RE2::GlobalReplace(&q, "第|季度", "");
        const int qq = num(q);
        const int qm = (qq >= 1 && qq <= 4 ? qq : 4) * 3;
        due = iso_date(y, qm, days_in_month(y, qm));
      } else {
        due = iso_date(y, 12, 31);
      }
      // Past: the clause reports something done, or the date lies before the letter.
      auto [cb, ce] = clause_around(line, m.begin(), m.end());
      const std::string_view clause = line.substr(cb, ce - cb);
      const bool looks_past = RE2::PartialMatch(re2::StringPiece(clause.data(), clause.size()), past) &&
                              !modality_of(clause);
      if (looks_past) return;
      if (rec.signed_date && due < *rec.signed_date) return;
      emit(m.begin(), m.end(), due, false, inferred);
    });
    std::stable_sort(rec.commitments.begin() + static_cast<std::ptrdiff_t>(first_of_line), rec.commitments.end(),
                     [](const Commitment& a, const Commitment& b) {
                       return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.col < b.at.col;
                     });
  }
}

}  // namespace gongwen::extract
