// Small helpers the rules share: walking source lines and characters, and quoting text briefly.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule.h"
#include "text/utf8.h"

namespace gongwen::lint::rules {

// One decoded character of a line: code point, byte offset and byte length.
struct Char {
  char32_t c;
  std::size_t at;
  int len;
};

inline std::vector<Char> chars_of(std::string_view s, std::size_t base = 0) {
  std::vector<Char> out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    const char32_t c = text::utf8::decode(s, i, len);
    out.push_back({c, base + i, len});
    i += static_cast<std::size_t>(len);
  }
  return out;
}

// Calls f(line_text, begin_offset) for every source line (without its line ending).
template <class F>
void each_source_line(const Document& doc, F&& f) {
  const auto& lines = doc.source_lines();
  for (std::size_t n = 1; n <= lines.count(); ++n) f(lines.line(n), lines.line_start(n));
}

// Calls f(line_text, begin_offset) for every folded line.
template <class F>
void each_folded_line(const Document& doc, F&& f) {
  for (std::size_t i = 0; i < doc.lines().size(); ++i) f(doc.line(i), doc.lines()[i].begin);
}

// At most `n` characters of s from its start (from_end: its end), marked with … where cut.
inline std::string clip(std::string_view s, std::size_t n, bool from_end = false) {
  const auto cs = chars_of(s);
  if (cs.size() <= n) return std::string(s);
  if (from_end) return "…" + std::string(s.substr(cs[cs.size() - n].at));
  return std::string(s.substr(0, cs[n].at)) + "…";
}

inline bool is_han(char32_t c) { return text::utf8::is_han(c); }
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_latin(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline bool is_blank(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

// Days in a month of a year (0 for a month that does not exist).
inline int days_in(int y, int m) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : k_days[m - 1];
}

}  // namespace gongwen::lint::rules
