#include "due/match.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "text/numerals.h"
#include "text/utf8.h"

namespace gongwen::due {
namespace {

namespace utf8 = text::utf8;

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    out += utf8::decode(s, i, len);
    i += static_cast<std::size_t>(len);
  }
  return out;
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  for (const char32_t c : s) utf8::append(out, c);
  return out;
}

// Full-width ASCII as ASCII, letters upper-cased.
char32_t fold(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
  if (c >= 'a' && c <= 'z') c -= 'a' - 'A';
  return c;
}

bool is_alnum(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }

// Marks that separate a year from a serial: 〔2024〕52, 2024-52, 2024年52号.
constexpr std::u32string_view k_separators = U"〔〕[]()【】（）-/._—年";

bool is_year(std::string_view s) {
  return s.size() == 4 && (s.starts_with("19") || s.starts_with("20")) &&
         s.find_first_not_of("0123456789") == std::string_view::npos;
}

// Leading zeros of each digit run dropped: 0052 -> 52, A015 -> A15.
std::string strip_zeros(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool run_start = i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9');
    if (run_start && s[i] == '0') {
      std::size_t j = i;
      while (j < s.size() && s[j] == '0') ++j;
      if (j == s.size() || !(s[j] >= '0' && s[j] <= '9')) --j;  // keep one zero of "0" or "A0"
      i = j;
    }
    out += s[i];
  }
  return out;
}

bool is_numeral_char(char32_t c) { return utf8::is_digit(c) || text::digit_value(c) >= 0 || c == U'十' || c == U'百'; }

// The numeral written just before position `pos` of `s` (七 of 七届), if any.
std::optional<int> numeral_before(std::u32string_view s, std::size_t pos) {
  std::size_t b = pos;
  while (b > 0 && is_numeral_char(s[b - 1])) --b;
  if (b == pos) return std::nullopt;
  const auto v = text::parse_numeral(to_utf8(s.substr(b, pos - b)));
  if (!v || *v <= 0 || *v > 1000) return std::nullopt;
  return static_cast<int>(*v);
}

std::string strip_all_spaces(std::string_view s) { return utf8::strip_spaces(s); }

}  // namespace

std::optional<NumberKey> number_key(std::string_view number) {
  std::vector<std::string> runs(1);
  for (char32_t c : code_points(number)) {
    c = fold(c);
    if (is_alnum(c)) runs.back() += static_cast<char>(c);
    else if (k_separators.find(c) != std::u32string_view::npos && !runs.back().empty()) runs.emplace_back();
    // Anything else (第, 号, 建议, 州人大, spaces) carries no part of the number.
  }
  if (runs.back().empty()) runs.pop_back();
  if (runs.empty()) return std::nullopt;
  NumberKey key;
  std::string serial;
  if (runs.size() >= 2 && is_year(runs[0])) {
    key.year = std::stoi(runs[0]);
    for (std::size_t i = 1; i < runs.size(); ++i) serial += runs[i];
  } else {
    for (const auto& r : runs) serial += r;
    const bool all_digits = serial.find_first_not_of("0123456789") == std::string::npos;
    const bool year_then_letter = serial.size() > 4 && serial[4] >= 'A' && serial[4] <= 'Z';
    if (is_year(serial.substr(0, 4)) && ((all_digits && serial.size() == 8) || year_then_letter)) {
      key.year = std::stoi(serial.substr(0, 4));
      serial = serial.substr(4);
    }
  }
  key.serial = strip_zeros(serial);
  if (key.serial.empty()) return std::nullopt;
  return key;
}

bool numbers_agree(const NumberKey& a, const NumberKey& b) {
  return a.serial == b.serial && (!a.year || !b.year || *a.year == *b.year);
}

SessionKey session_key(std::string_view text) {
  SessionKey k;
  const std::u32string s = code_points(strip_all_spaces(text));
  if (s.find(U"人大") != std::u32string::npos || s.find(U"人民代表大会") != std::u32string::npos) k.body = "人大";
  else if (s.find(U"政协") != std::u32string::npos || s.find(U"政治协商") != std::u32string::npos) k.body = "政协";
  const std::size_t term = s.find(U'届');
  if (term != std::u32string::npos) k.term = numeral_before(s, term);
  const std::size_t meeting = s.find(U"次", term == std::u32string::npos ? 0 : term);
  if (meeting != std::u32string::npos) k.meeting = numeral_before(s, meeting);
  return k;
}

bool sessions_agree(const SessionKey& a, const SessionKey& b) {
  if (!a.body.empty() && !b.body.empty() && a.body != b.body) return false;
  if (a.term && b.term && *a.term != *b.term) return false;
  if (a.meeting && b.meeting && *a.meeting != *b.meeting) return false;
  return true;
}

std::string kind_of_class(std::string_view cls) {
  // Local classes name their kind inside them: 重点建议, 闭会建议, 大会提案.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> k_kinds{
      {{"建议", "建议"}, {"提案", "提案"}, {"议案", "议案"}, {"人大", "建议"}, {"政协", "提案"}}};
  for (const auto& [word, kind] : k_kinds)
    if (cls.find(word) != std::string_view::npos) return std::string(kind);
  return "";
}

std::string title_core(std::string_view title) {
  std::u32string s;
  for (char32_t c : code_points(title)) {
    c = fold(c);
    if (utf8::is_han(c) || is_alnum(c)) s += c;
  }
  if (s.starts_with(U"关于")) s.erase(0, 2);
  static constexpr std::u32string_view k_suffixes[] = {U"的答复函", U"的答复意见", U"的答复", U"的复函", U"的会办意见",
                                                       U"的协办意见", U"的建议", U"的提案", U"的议案", U"建议",
                                                       U"提案", U"议案"};
  for (bool again = true; again;) {
    again = false;
    for (const auto suffix : k_suffixes)
      if (s.size() > suffix.size() && s.ends_with(suffix)) {
        s.resize(s.size() - suffix.size());
        again = true;
      }
  }
  return to_utf8(s);
}

double title_similarity(std::string_view core_a, std::string_view core_b) {
  // Sets of bigrams, so that a repeated pair counts once (and an index can count shared pairs).
  auto bigrams = [](std::string_view core) {
    const std::u32string s = code_points(core);
    std::vector<std::uint64_t> out;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) out.push_back((std::uint64_t{s[i]} << 32) | s[i + 1]);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  const auto x = bigrams(core_a), y = bigrams(core_b);
  if (x.empty() || y.empty()) return !core_a.empty() && core_a == core_b ? 1.0 : 0.0;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) ++common, ++i, ++j;
    else if (x[i] < y[j]) ++i;
    else ++j;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(x.size() + y.size());
}

bool same_unit(std::string_view a, std::string_view b) {
  const std::string x = strip_all_spaces(a), y = strip_all_spaces(b);
  if (x.empty() || y.empty()) return false;
  return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

}  // namespace gongwen::due
