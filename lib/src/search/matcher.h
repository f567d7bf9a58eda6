// A gw-grep pattern, compiled once and shared by every worker thread: a literal (folded like the
// text) or an RE2 regex, plus what any match must contain — for the catalog's trigram index
// and for the file prefilter.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace gongwen::search {

struct Span {
  std::size_t begin = 0;  // byte offsets in the searched (folded) text
  std::size_t end = 0;
};

class Matcher {
 public:
  // The empty pattern matches every document once. A regex has its Han characters made
  // simplified (the text is); punctuation is left alone, since （ and ( mean different things
  // to RE2. Returns null and sets *error for a regex RE2 rejects.
  static std::unique_ptr<Matcher> create(std::string_view pattern, bool regex, std::string* error);
  ~Matcher();

  bool empty() const { return m_literal.empty() && !m_re; }
  // Non-overlapping, non-empty matches in `text`, left to right.
  void find(std::string_view text, std::vector<Span>& out) const;
  bool matches(std::string_view text) const;

  // Every match contains, for each group, at least one of the group's strings (folded text;
  // a regex's are lowercase, so compare ASCII without case). No groups: nothing is known.
  const std::vector<std::vector<std::string>>& required() const { return m_required; }

 private:
  Matcher() = default;
  std::string m_literal;  // folded
  std::unique_ptr<re2::RE2> m_re;
  std::vector<std::vector<std::string>> m_required;
};

}  // namespace gongwen::search
