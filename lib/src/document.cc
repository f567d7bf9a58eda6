#include "document.h"

#include <algorithm>

#include "text/utf8.h"

namespace gongwen {

Document::Document(std::string source)
    : m_source(std::move(source)), m_lines(m_source), m_folded(text::fold(m_source)) {
  const std::string_view t = m_folded.text;
  std::size_t b = 0;
  for (std::size_t k = 0; k <= t.size(); ++k) {
    if (k == t.size() || t[k] == '\n') {
      m_flines.push_back({b, k});
      b = k + 1;
    }
  }
}

std::size_t Document::line_of(std::size_t pos) const {
  auto it = std::upper_bound(m_flines.begin(), m_flines.end(), pos,
                             [](std::size_t p, const FLine& l) { return p < l.begin; });
  return it == m_flines.begin() ? 0 : static_cast<std::size_t>(it - m_flines.begin()) - 1;
}

std::string Document::quote(std::size_t begin, std::size_t end) const {
  if (end <= begin) return {};
  const std::size_t sb = to_source(begin);
  std::size_t se = to_source(end);
  // Markup dropped right after the last character (</u>, &nbsp;) is not part of the quote.
  const std::size_t last = to_source(end - 1);
  if (last < m_source.size()) {
    int len = 1;
    text::utf8::decode(m_source, last, len);
    std::size_t tail = last + static_cast<std::size_t>(len);
    if (m_source[last] == '&') tail = m_source.find(';', last) + 1;
    if (tail > sb && tail < se) se = tail;
  }
  if (se <= sb) return {};
  // What the fold took out inside the quote is not part of it: a page break (and its page
  // number) or a hard wrap that split the sentence, and HTML tags (entities stay, as written).
  // Each list is in source order: only the spans from the quote's start are looked at.
  std::vector<text::SourceSpan> cut;
  for (const auto* spans : {&m_folded.joins, &m_folded.wraps, &m_folded.markup}) {
    auto it = std::lower_bound(spans->begin(), spans->end(), sb, [](const text::SourceSpan& s, std::size_t v) { return s.begin < v; });
    for (; it != spans->end() && it->begin < se; ++it)
      if (it->end <= se && it->begin < it->end && (spans != &m_folded.markup || m_source[it->begin] == '<')) cut.push_back(*it);
  }
  std::sort(cut.begin(), cut.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t at = sb;
  for (const auto& c : cut) {
    if (c.begin < at) continue;
    out.append(m_source, at, c.begin - at);
    at = c.end;
  }
  out.append(m_source, at, se - at);
  return std::string(text::utf8::trim(out));
}

std::string Document::quote_compact(std::size_t begin, std::size_t end) const {
  return text::utf8::strip_spaces(quote(begin, end));
}

}  // namespace gongwen
