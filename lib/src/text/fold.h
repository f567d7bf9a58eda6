// The normalised view every extractor matches on, with a map back to the source.
//
// Folding: CRLF/CR -> LF; full-width ASCII forms -> ASCII (，-> , ２ -> 2); ideographic and
// no-break spaces -> space; spaces between a digit and a Han character removed
// (2021 年 12 月 -> 2021年12月); HTML tags dropped and entities decoded; pinyin glosses after a
// character dropped (規(guī)劃 -> 规划); traditional characters -> simplified; a sentence that a
// page break split over a blank line rejoined. Every folded byte maps to a source byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::text {

// A stretch of the source the fold removed or rewrote, for audits (page-break-split,
// markup-residue) that must point at the source.
struct SourceSpan {
  std::size_t begin = 0;  // source byte offsets
  std::size_t end = 0;
};

struct Folded {
  std::string text;
  std::vector<std::uint32_t> map;  // size text.size() + 1: folded byte -> source byte
  std::vector<SourceSpan> joins;   // line breaks removed as page-break splits
  std::vector<SourceSpan> wraps;   // line breaks removed as hard wrapping (fixed-width lines)
  std::vector<SourceSpan> markup;  // HTML tags and entities
  std::vector<SourceSpan> pinyin;  // pinyin glosses dropped
};

Folded fold(std::string_view source);

// Traditional -> simplified for one character (identity when there is no mapping).
char32_t to_simplified(char32_t c);

}  // namespace gongwen::text
