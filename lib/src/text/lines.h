// Line index over decoded text: byte offset -> (line, column in characters).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "gongwen/record.h"
#include "text/utf8.h"

namespace gongwen::text {

class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text) : m_text(text) {
    m_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') {
        m_starts.push_back(i + 1);
      } else if (text[i] == '\r') {
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        m_starts.push_back(i + 1);
      }
    }
  }

  Loc loc(std::size_t byte) const {
    if (m_starts.empty()) return {1, 1};
    byte = std::min(byte, m_text.size());
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), byte);
    const auto line = static_cast<std::size_t>(it - m_starts.begin());  // 1-based
    const std::size_t start = m_starts[line - 1];
    return {static_cast<int>(line), static_cast<int>(utf8::length(m_text.substr(start, byte - start))) + 1};
  }

  std::size_t count() const { return m_starts.size(); }
  // Text of 1-based line n, without its line ending.
  std::string_view line(std::size_t n) const {
    if (n == 0 || n > m_starts.size()) return {};
    std::size_t b = m_starts[n - 1];
    std::size_t e = n < m_starts.size() ? m_starts[n] : m_text.size();
    while (e > b && (m_text[e - 1] == '\n' || m_text[e - 1] == '\r')) --e;
    return m_text.substr(b, e - b);
  }
  std::size_t line_start(std::size_t n) const { return m_starts[n - 1]; }

 private:
  std::string_view m_text;
  std::vector<std::size_t> m_starts;
};

}  // namespace gongwen::text
