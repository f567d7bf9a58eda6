// The text a reader builds: one line per paragraph, no blank lines, ASCII whitespace trimmed at
// both ends (the indentation characters of Chinese text, U+3000, are kept). Stops growing at
// the text limit and remembers that it did.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gongwen::formats {

class TextOut {
 public:
  explicit TextOut(std::uint64_t limit) : m_limit(limit) {}

  void line(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    if (s.empty() || m_full) return;
    if (m_text.size() + s.size() + 1 > m_limit) {
      m_full = true;
      return;
    }
    m_text.append(s);
    m_text.push_back('\n');
  }
  bool full() const { return m_full; }
  std::string take() { return std::move(m_text); }

 private:
  static bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
  std::uint64_t m_limit;
  bool m_full = false;
  std::string m_text;
};

// Appends code point cp to s as UTF-8.
inline void append_utf8(std::string& s, char32_t cp) {
  if (cp < 0x80) {
    s.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    s.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    s.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    s.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    s.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace gongwen::formats
