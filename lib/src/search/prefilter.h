// A cheap test on a file's raw bytes that rules a document out before it is decoded, folded and
// extracted — what keeps gw-grep's file mode near ripgrep's speed.
//
// Sound by construction: a Han or CJK character in the folded text comes from that character,
// from a traditional form that folds to it, or from an HTML entity. So when the raw bytes are
// plain UTF-8 text and contain neither the character, nor any of its traditional forms, nor an
// '&', no document made from them can match. Anything else (other encodings, PDF, DOCX …)
// always passes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/matcher.h"

namespace gongwen::search {

class Prefilter {
 public:
  explicit Prefilter(const Matcher& m);
  // False only when no document read from `raw` can contain a match.
  bool may_match(std::string_view raw) const;
  bool active() const { return !m_chars.empty(); }

 private:
  // For each required character: its UTF-8 encodings in the source (itself and the
  // traditional forms that fold to it).
  std::vector<std::vector<std::string>> m_chars;
};

// The characters whose folded form is c (c itself when it is a fixed point of folding).
std::vector<char32_t> preimages(char32_t c);

}  // namespace gongwen::search
