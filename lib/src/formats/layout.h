// Fixed-layout pages (PDF, OFD) back to paragraphs: what a clerk would have typed.
//
// A page gives lines with their boxes. Page numbers (— 3 —, 第3页) and running headers and
// footers (the same line at the top or bottom of several pages) are taken out; a line that
// reaches its column's right edge is joined with the next unless that one is indented or opens
// a block (一、, 附件, 抄送) — so a paragraph that a wrap, a page break or a column split cut
// becomes one line again. The 版记 (抄送：…, …印发) keeps its own lines.
#pragma once

#include <string>
#include <vector>

#include "gongwen/record.h"

namespace gongwen::formats {

// One line as drawn: y grows downwards, units are the page's.
struct PlacedLine {
  std::string text;  // cells far apart are separated by a tab
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  double size = 0;   // font size (glyph height)
};

struct PlacedPage {
  double width = 0, height = 0;
  std::vector<PlacedLine> lines;  // in reading order
};

// Paragraphs, one per line of the result; running headers and footers go to `page`.
std::string assemble(const std::vector<PlacedPage>& pages, std::vector<PageField>& page);

// Adds a run of text to a line being built from glyph runs in reading order, separating runs
// far apart by a tab and ASCII words by a space.
void append_run(PlacedLine& line, const std::string& text, double x0, double x1, bool space_before);

}  // namespace gongwen::formats
