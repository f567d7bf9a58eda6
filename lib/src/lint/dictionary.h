// The misspelling dictionary of misspelled-term: known wrong forms of domain terms and their
// right forms (汇办 -> 会办, 台帐 -> 台账), read from TSV (data/misspellings.tsv is compiled in;
// .gwlint.toml may add files and inline entries).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace gongwen::lint {

struct Misspelling {
  std::string wrong;                    // as it appears in (folded) text
  std::string right;                    // what to write instead
  std::vector<std::string> exceptions;  // longer words that contain `wrong` and are correct (外汇办)
  std::string note;                     // why, or where it was seen
};

struct DictionaryError {
  std::string origin;  // file name or "<built-in>"
  int line = 0;
  std::string message;
};

// Immutable once built; one compiled pattern shared by all threads.
class Dictionary {
 public:
  explicit Dictionary(std::vector<Misspelling> entries);
  ~Dictionary();
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  const std::vector<Misspelling>& entries() const { return m_entries; }

  struct Hit {
    std::size_t begin, end;  // byte offsets in the searched text
    const Misspelling* entry;
  };
  // Every occurrence of a wrong form in text that is not part of one of its exceptions.
  std::vector<Hit> find(std::string_view text) const;

 private:
  std::vector<Misspelling> m_entries;
  std::unique_ptr<re2::RE2> m_re;  // alternation of every wrong form, longest first
};

// Parses TSV: wrong <TAB> right [<TAB> exceptions, comma-separated [<TAB> note]]; '#' starts a
// comment line. Later entries for the same wrong form replace earlier ones. Returns false and
// fills err on a malformed line.
bool parse_misspellings(std::string_view tsv, const std::string& origin, std::vector<Misspelling>& out,
                        DictionaryError& err);

// The compiled-in list (data/misspellings.tsv).
const std::vector<Misspelling>& builtin_misspellings();
std::shared_ptr<const Dictionary> builtin_dictionary();

}  // namespace gongwen::lint
