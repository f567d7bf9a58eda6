// One decoded document and its folded view, built once and read by every later stage
// (extractors, audits, search). Nothing downstream re-decodes or re-folds.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "gongwen/record.h"
#include "text/fold.h"
#include "text/lines.h"

namespace gongwen {

// A line of the folded text: [begin, end) byte offsets, without the newline.
struct FLine {
  std::size_t begin = 0;
  std::size_t end = 0;
};

class Document {
 public:
  explicit Document(std::string source);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& source() const { return m_source; }
  const text::LineIndex& source_lines() const { return m_lines; }
  const text::Folded& folded() const { return m_folded; }
  std::string_view text() const { return m_folded.text; }
  const std::vector<FLine>& lines() const { return m_flines; }
  std::string_view line(std::size_t i) const {
    return std::string_view(m_folded.text).substr(m_flines[i].begin, m_flines[i].end - m_flines[i].begin);
  }
  // Index of the folded line holding folded byte `pos`.
  std::size_t line_of(std::size_t pos) const;

  std::size_t to_source(std::size_t folded_pos) const { return m_folded.map[std::min(folded_pos, m_folded.map.size() - 1)]; }
  Loc loc(std::size_t folded_pos) const { return m_lines.loc(to_source(folded_pos)); }
  Loc source_loc(std::size_t source_pos) const { return m_lines.loc(source_pos); }
  // The source text behind folded [begin, end), trimmed: what the record quotes.
  std::string quote(std::size_t begin, std::size_t end) const;
  // Same, with every whitespace character removed (names, titles split by a line break).
  std::string quote_compact(std::size_t begin, std::size_t end) const;

 private:
  std::string m_source;
  text::LineIndex m_lines;
  text::Folded m_folded;
  std::vector<FLine> m_flines;
};

}  // namespace gongwen
