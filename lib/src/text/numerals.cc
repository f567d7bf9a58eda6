#include "text/numerals.h"

#include <vector>

#include "text/utf8.h"

namespace gongwen::text {
namespace {

struct DigitRow {
  char32_t ch;
  int value;
};
// Ordinary, financial (大写) and zero forms.
constexpr DigitRow k_digits[] = {
    {U'〇', 0}, {U'○', 0}, {U'零', 0}, {U'0', 0}, {U'Ｏ', 0}, {U'O', 0},
    {U'一', 1}, {U'壹', 1}, {U'幺', 1}, {U'二', 2}, {U'贰', 2}, {U'貳', 2}, {U'两', 2}, {U'兩', 2},
    {U'三', 3}, {U'叁', 3}, {U'參', 3}, {U'四', 4}, {U'肆', 4}, {U'五', 5}, {U'伍', 5},
    {U'六', 6}, {U'陆', 6}, {U'陸', 6}, {U'七', 7}, {U'柒', 7}, {U'八', 8}, {U'捌', 8},
    {U'九', 9}, {U'玖', 9}};

struct UnitRow {
  char32_t ch;
  std::int64_t value;
};
constexpr UnitRow k_units[] = {{U'十', 10},    {U'拾', 10},   {U'百', 100},         {U'佰', 100},
                               {U'千', 1000},  {U'仟', 1000}, {U'万', 10000},       {U'萬', 10000},
                               {U'亿', 100000000}, {U'億', 100000000}};

std::int64_t unit_value(char32_t c) {
  for (const auto& u : k_units)
    if (u.ch == c) return u.value;
  return 0;
}

}  // namespace

int digit_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  for (const auto& d : k_digits)
    if (d.ch == c) return d.value;
  return -1;
}

std::optional<std::int64_t> parse_numeral(std::string_view s) {
  std::vector<char32_t> cs;
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    cs.push_back(utf8::decode(s, i, len));
    i += static_cast<std::size_t>(len);
  }
  if (cs.empty() || cs.size() > 24) return std::nullopt;
  bool any_unit = false;
  for (char32_t c : cs) {
    if (unit_value(c)) any_unit = true;
    else if (digit_value(c) < 0) return std::nullopt;
  }
  if (!any_unit) {  // digit by digit: 二〇二二, 2022, 二0二一
    std::int64_t v = 0;
    for (char32_t c : cs) v = v * 10 + digit_value(c);
    return v;
  }
  // Positional: sections closed by 万/亿; inside a section digit×(十|百|千).
  std::int64_t total = 0, section = 0, pending = -1, prev_unit = 0, last_unit = 0;
  bool zero_seen = false;
  for (char32_t c : cs) {
    const std::int64_t u = unit_value(c);
    if (u == 0) {  // a digit
      const int d = digit_value(c);
      if (d == 0) {
        if (pending >= 0) return std::nullopt;
        zero_seen = true;
      } else {
        if (pending >= 0) return std::nullopt;  // 二三十
        pending = d;
      }
      prev_unit = 0;
    } else if (u < 10000) {
      if (pending < 0) {
        if (u != 10 || (prev_unit != 0 && prev_unit < 10000)) return std::nullopt;  // 百 alone
        pending = 1;                                                              // 十五 = 15
      }
      section += pending * u;
      pending = -1;
      zero_seen = false;
      prev_unit = u;
      last_unit = u;
    } else {
      if (pending >= 0) section += pending;
      pending = -1;
      if (section == 0 && total == 0) return std::nullopt;
      total = u == 100000000 ? (total + section) * u : total + section * u;
      section = 0;
      zero_seen = false;
      prev_unit = u;
      last_unit = u;
    }
  }
  if (pending >= 0) {
    // 三百五 = 350, 两万五 = 25000: a last digit right after a unit counts one place lower.
    const std::int64_t scale = (!zero_seen && last_unit >= 100) ? last_unit / 10 : 1;
    section += pending * scale;
  }
  return total + section;
}

}  // namespace gongwen::text
