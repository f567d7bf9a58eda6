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
    std::size_t from = m_starts[line - 1], col = 1;
    // Extractors ask for positions left to right: count on from the last answer on the same
    // line, so that a document of one huge line stays linear.
    if (line == m_cache_line && byte >= m_cache_byte) {
      from = m_cache_byte;
      col = m_cache_col;
    }
    col += utf8::length(m_text.substr(from, byte - from));
    m_cache_line = line;
    m_cache_byte = byte;
    m_cache_col = col;
    return {static_cast<int>(line), static_cast<int>(col)};
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
  // Last position answered (a Document belongs to one thread at a time).
  mutable std::size_t m_cache_line = 0, m_cache_byte = 0, m_cache_col = 1;
};

}  // namespace gongwen::text
