#include "lint/dictionary.h"

#include <re2/re2.h>

#include <algorithm>

#include "text/utf8.h"

namespace gongwen::lint {
namespace {

constexpr std::string_view k_builtin_tsv =
#include "lint/misspellings.inc"
    ;

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  for (std::size_t k = 0; k <= s.size(); ++k) {
    if (k == s.size() || s[k] == sep) {
      out.push_back(s.substr(b, k - b));
      b = k + 1;
    }
  }
  return out;
}

}  // namespace

bool parse_misspellings(std::string_view tsv, const std::string& origin, std::vector<Misspelling>& out,
                        DictionaryError& err) {
  int line_no = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (text::utf8::trim(line).empty() || line.front() == '#') continue;
    const auto cols = split(line, '\t');
    const std::string wrong(text::utf8::trim(cols[0]));
    const std::string right(cols.size() > 1 ? text::utf8::trim(cols[1]) : std::string_view());
    if (wrong.empty() || right.empty()) {
      err = {origin, line_no, "expected: wrong<TAB>right[<TAB>exceptions[<TAB>note]]"};
      return false;
    }
    if (wrong == right) {
      err = {origin, line_no, "the wrong and the right form are the same: " + wrong};
      return false;
    }
    Misspelling m{wrong, right, {}, cols.size() > 3 ? std::string(text::utf8::trim(cols[3])) : std::string()};
    if (cols.size() > 2) {
      for (auto ex : split(cols[2], ',')) {
        ex = text::utf8::trim(ex);
        if (ex.empty()) continue;
        if (ex.find(wrong) == std::string_view::npos) {
          err = {origin, line_no, "exception " + std::string(ex) + " does not contain " + wrong};
          return false;
        }
        m.exceptions.emplace_back(ex);
      }
    }
    auto same = std::find_if(out.begin(), out.end(), [&](const Misspelling& x) { return x.wrong == wrong; });
    if (same != out.end()) *same = std::move(m);
    else out.push_back(std::move(m));
  }
  return true;
}

Dictionary::Dictionary(std::vector<Misspelling> entries) : m_entries(std::move(entries)) {
  if (m_entries.empty()) return;
  std::vector<const Misspelling*> order;
  for (const auto& e : m_entries) order.push_back(&e);
  std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->wrong.size() > b->wrong.size(); });
  std::string alt;
  for (const auto* e : order) alt += (alt.empty() ? "" : "|") + RE2::QuoteMeta(e->wrong);
  m_re = std::make_unique<RE2>(alt);
}

Dictionary::~Dictionary() = default;

std::vector<Dictionary::Hit> Dictionary::find(std::string_view text) const {
  std::vector<Hit> out;
  if (!m_re) return out;
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  for (std::size_t pos = 0; pos < text.size() && m_re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1);) {
    const std::size_t begin = static_cast<std::size_t>(m.data() - text.data());
    const std::size_t end = begin + m.size();
    pos = end;
    const Misspelling* hit = nullptr;
    for (const auto& e : m_entries)
      if (e.wrong.size() == m.size() && std::string_view(m.data(), m.size()) == e.wrong) hit = &e;
    if (!hit) continue;
    bool excepted = false;
    for (const auto& ex : hit->exceptions) {
      // Every place the wrong form could sit inside the exception word.
      for (std::size_t at = ex.find(hit->wrong); at != std::string::npos && !excepted; at = ex.find(hit->wrong, at + 1))
        excepted = begin >= at && text.substr(begin - at, ex.size()) == ex;
    }
    if (!excepted) out.push_back({begin, end, hit});
  }
  return out;
}

const std::vector<Misspelling>& builtin_misspellings() {
  static const std::vector<Misspelling> list = [] {
    std::vector<Misspelling> v;
    DictionaryError err;
    // The built-in table is checked by a unit test; a bad line would drop the rest.
    parse_misspellings(k_builtin_tsv, "<built-in>", v, err);
    return v;
  }();
  return list;
}

std::shared_ptr<const Dictionary> builtin_dictionary() {
  static const std::shared_ptr<const Dictionary> d = std::make_shared<Dictionary>(builtin_misspellings());
  return d;
}

}  // namespace gongwen::lint
