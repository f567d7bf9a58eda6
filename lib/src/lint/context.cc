#include <algorithm>

#include "lint/rule.h"
#include "text/utf8.h"

namespace gongwen::lint {

void Context::report(std::size_t begin, std::size_t end, std::string message, std::optional<RawFix> fix) {
  const std::size_t n = doc.source().size();
  begin = std::min(begin, n);
  end = std::clamp(end, begin, n);
  m_hits.push_back({begin, end, std::move(message), std::move(fix)});
}

void Context::report_folded(std::size_t begin, std::size_t end, std::string message, std::optional<RawFix> fix) {
  const std::size_t b = doc.to_source(begin);
  report(b, end > begin ? std::max(b, source_end(end)) : b, std::move(message), std::move(fix));
}

std::size_t Context::offset_of(Loc at) const {
  const auto& lines = doc.source_lines();
  if (at.line < 1 || static_cast<std::size_t>(at.line) > lines.count()) return doc.source().size();
  const std::string_view src = doc.source();
  std::size_t p = lines.line_start(static_cast<std::size_t>(at.line));
  for (int c = 1; c < at.col && p < src.size() && src[p] != '\n' && src[p] != '\r'; ++c) {
    int len = 1;
    text::utf8::decode(src, p, len);
    p += static_cast<std::size_t>(len);
  }
  return p;
}

std::optional<std::pair<std::size_t, std::size_t>> Context::span_of(Loc at, std::string_view verbatim) const {
  const std::size_t b = offset_of(at);
  if (verbatim.empty() || std::string_view(doc.source()).substr(b, verbatim.size()) != verbatim) return std::nullopt;
  return std::make_pair(b, b + verbatim.size());
}

std::size_t Context::source_end(std::size_t folded_end) const {
  const std::string_view t = doc.text();
  if (folded_end == 0) return doc.to_source(0);
  std::size_t last = std::min(folded_end, t.size()) - 1;
  while (last > 0 && (static_cast<unsigned char>(t[last]) & 0xC0) == 0x80) --last;  // lead byte
  const std::size_t src = doc.to_source(last);
  int len = 1;
  if (src < doc.source().size()) text::utf8::decode(doc.source(), src, len);
  return src + static_cast<std::size_t>(len);
}

std::size_t Context::folded_of(std::size_t src) const {
  const auto& map = doc.folded().map;
  return static_cast<std::size_t>(std::lower_bound(map.begin(), map.end(), static_cast<std::uint32_t>(src)) -
                                  map.begin());
}

std::size_t Context::tail() const {
  const std::string_view s = doc.source();
  std::size_t e = s.size();
  while (e > 0 && (s[e - 1] == '\n' || s[e - 1] == '\r' || s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  std::size_t b = s.rfind('\n', e == 0 ? 0 : e - 1);
  b = b == std::string_view::npos ? 0 : b + 1;
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  return b;
}

}  // namespace gongwen::lint
