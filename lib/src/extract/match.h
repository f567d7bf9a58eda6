// Iterating RE2 matches over folded text with byte offsets.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace gongwen::extract {

// The submatches of one match, with offsets relative to the searched text.
class Match {
 public:
  Match(std::string_view text, const std::vector<re2::StringPiece>& groups)
      : m_text(text), m_groups(groups) {}
  bool has(int i) const { return m_groups[static_cast<std::size_t>(i)].data() != nullptr; }
  std::string_view str(int i = 0) const {
    const auto& g = m_groups[static_cast<std::size_t>(i)];
    return g.data() ? std::string_view(g.data(), g.size()) : std::string_view();
  }
  std::size_t begin(int i = 0) const {
    return static_cast<std::size_t>(m_groups[static_cast<std::size_t>(i)].data() - m_text.data());
  }
  std::size_t end(int i = 0) const { return begin(i) + m_groups[static_cast<std::size_t>(i)].size(); }

 private:
  std::string_view m_text;
  const std::vector<re2::StringPiece>& m_groups;
};

// Calls f(Match) for each non-overlapping match of re in text, left to right.
// f may return false to stop.
template <class F>
void each_match(const RE2& re, std::string_view text, F&& f) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> sub(static_cast<std::size_t>(n));
  const re2::StringPiece t(text.data(), text.size());
  std::size_t pos = 0;
  while (pos <= text.size() && re.Match(t, pos, text.size(), RE2::UNANCHORED, sub.data(), n)) {
    Match m(text, sub);
    if constexpr (std::is_same_v<decltype(f(m)), bool>) {
      if (!f(m)) return;
    } else {
      f(m);
    }
    std::size_t end = m.end(0);
    if (end <= pos) {
      if (pos >= text.size()) break;
      int len = 1;
      text::utf8::decode(text, pos, len);
      end = pos + static_cast<std::size_t>(len);
    }
    pos = end;
  }
}

// First match of re in text, as (found, groups) through f; returns whether it matched.
template <class F>
bool first_match(const RE2& re, std::string_view text, F&& f) {
  bool found = false;
  each_match(re, text, [&](const Match& m) {
    f(m);
    found = true;
    return false;
  });
  return found;
}

}  // namespace gongwen::extract
