// 发文字号: this document's own numbers (in the head) and the numbers it cites (in the body).
// Wrong brackets, a short year, 第 and damaged numbers are kept verbatim; the lint rules
// judge them.
#include <re2/re2.h>

#include <array>

#include "extract/extract.h"
#include "extract/match.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace gongwen::extract {
namespace {

struct NumberRow {
  const char* name;
  const char* pattern;  // groups: agency, year, serial (serial may be absent)
};

// agency + 〔year〕 + serial + 号, in every bracket; then damaged forms seen in scraped text.
constexpr std::array<NumberRow, 4> k_rows{{
    {"bracketed", R"(([\p{Han}A-Za-z]{1,16}?)\s*[〔\[【(［]\s*(\d{2,4})\s*[〕\]】)］]\s*((?:第|闭)?\s*\d{1,5})\s*号)"},
    {"unclosed", R"(([\p{Han}]{1,16}?)\s*[〔\[【]\s*(\d{4})(\d{1,4}号|\d{1,4}[A-Z]?)(?:[^\d〕\]】]|$))"},
    {"unbracketed", R"(([\p{Han}]{1,14}?(?:发|函|字|办|电|复|令|呈|报|提|议|建))((?:19|20)\d{2})(\d{1,4})号)"},
    {"unopened", R"(([\p{Han}]{1,14}?(?:发|函|字|办|电|复|令|呈|报|提|议|建))((?:19|20)\d{2})\s*[〕\]】]\s*(\d{1,5})\s*号)"},
}};

struct Compiled {
  RE2 all;
  std::vector<int> first_group;  // each row's first own group in `all`
};

const Compiled& compiled() {
  static const Compiled c = [] {
    std::string alt;
    std::vector<int> first;
    int group = 1;
    for (const auto& r : k_rows) {
      alt += (alt.empty() ? "(" : "|(") + std::string(r.pattern) + ")";
      first.push_back(group + 1);
      group += 1 + RE2(r.pattern).NumberOfCapturingGroups();
    }
    return Compiled{RE2(alt), first};
  }();
  return c;
}

// Words that end a sentence fragment before the agency code (按照县委浮字[2018]30号).
const RE2& agency_prefix() {
  static const RE2 re(R"(^(.*(?:根据|按照|依据|依照|参照|转发|印发|贯彻|落实|执行|文件|精神|要求|规定|通知|的|和|及|与|以|经|对|在|于|见|是|为|将|把|由|按|据)))");
  return re;
}

int to_int(std::string_view s) {
  std::string digits;
  for (char c : s)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.empty() || digits.size() > 9) return -1;
  return std::stoi(digits);
}

}  // namespace

void extract_doc_numbers(const Document& doc, const Layout& L, Record& rec) {
  const auto& c = compiled();
  for (std::size_t li = 0; li < doc.lines().size(); ++li) {
    const std::string_view line = doc.line(li);
    // Prefilter: a number ends with 号 or has its year in brackets.
    if (line.find("号") == std::string_view::npos && line.find("〔") == std::string_view::npos &&
        line.find("【") == std::string_view::npos && line.find('[') == std::string_view::npos)
      continue;
    const std::size_t base = doc.lines()[li].begin;
    each_match(c.all, line, [&](const Match& m) {
      std::size_t row = 0;
      while (row < k_rows.size() && !m.has(c.first_group[row] - 1)) ++row;
      if (row == k_rows.size()) return;
      const int g = c.first_group[row];  // agency, year, serial
      std::size_t a_begin = m.begin(g);
      const std::string_view agency_raw = m.str(g);
      re2::StringPiece prefix;
      if (RE2::PartialMatch(re2::StringPiece(agency_raw.data(), agency_raw.size()), agency_prefix(), &prefix))
        a_begin += prefix.size();
      if (a_begin >= m.end(g)) return;
      // "unclosed" may consume one character past the number; the number ends with its serial.
      const std::size_t end = row == 1 ? m.end(g + 2) : m.end(0);
      DocNumber dn;
      dn.text = doc.quote(base + a_begin, base + end);
      dn.agency = text::utf8::strip_spaces(line.substr(a_begin, m.end(g) - a_begin));
      const int year = to_int(m.str(g + 1));
      if (year >= 0) dn.year = year;
      if (m.has(g + 2)) {
        const int serial = to_int(m.str(g + 2));
        if (serial >= 0) dn.serial = serial;
      }
      dn.at = doc.loc(base + a_begin);
      const bool own = li < L.body_begin;
      // A document citing its own number (in an attachment name) does not cite another.
      if (!own)
        for (const auto& x : rec.doc_numbers)
          if (text::utf8::strip_spaces(x.text) == text::utf8::strip_spaces(dn.text)) return;
      auto& list = own ? rec.doc_numbers : rec.cited_doc_numbers;
      for (const auto& x : list)
        if (text::utf8::strip_spaces(x.text) == text::utf8::strip_spaces(dn.text)) return;
      list.push_back(std::move(dn));
    });
  }
}

}  // namespace gongwen::extract
