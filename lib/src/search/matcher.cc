#include "search/matcher.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <cstring>

#include "search/fields.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace gongwen::search {
namespace {

std::string simplify_han(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size();) {
    int len = 1;
    const char32_t c = text::utf8::decode(pattern, i, len);
    if (text::utf8::is_han(c)) text::utf8::append(out, text::to_simplified(c));
    else out.append(pattern.substr(i, static_cast<std::size_t>(len)));
    i += static_cast<std::size_t>(len);
  }
  return out;
}

// What every match of `re` must contain, from RE2's own prefilter: an atom is required when the
// filter fails without it; and when the filter fails with no atom at all, one of them is.
std::vector<std::vector<std::string>> required_atoms(const std::string& pattern, const RE2::Options& opts) {
  re2::FilteredRE2 filter(1);
  int id = 0;
  if (filter.Add(pattern, opts, &id) != RE2::NoError) return {};
  std::vector<std::string> atoms;
  filter.Compile(&atoms);
  std::vector<int> all(atoms.size()), passed;
  for (std::size_t i = 0; i < atoms.size(); ++i) all[i] = static_cast<int>(i);
  filter.AllPotentials({}, &passed);
  if (atoms.empty() || !passed.empty()) return {};
  std::vector<std::vector<std::string>> groups;
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    std::vector<int> without;
    for (int k : all)
      if (k != static_cast<int>(i)) without.push_back(k);
    filter.AllPotentials(without, &passed);
    if (passed.empty()) groups.push_back({atoms[i]});
  }
  if (groups.empty()) groups.push_back(atoms);
  return groups;
}

}  // namespace

Matcher::~Matcher() = default;

std::unique_ptr<Matcher> Matcher::create(std::string_view pattern, bool regex, std::string* error) {
  std::unique_ptr<Matcher> m(new Matcher());
  if (pattern.empty()) return m;
  if (!regex) {
    m->m_literal = folded(pattern);
    // A pattern of spaces only folds away; search for it as typed.
    if (m->m_literal.empty()) m->m_literal = std::string(pattern);
    m->m_required = {{m->m_literal}};
    return m;
  }
  RE2::Options opts;
  opts.set_log_errors(false);
  // (?m): ^ and $ anchor at line ends, as in grep.
  const std::string re = "(?m)" + simplify_han(pattern);
  m->m_re = std::make_unique<RE2>(re, opts);
  if (!m->m_re->ok()) {
    if (error) *error = m->m_re->error();
    return nullptr;
  }
  m->m_required = required_atoms(re, opts);
  return m;
}

void Matcher::find(std::string_view text, std::vector<Span>& out) const {
  if (!m_re) {
    if (m_literal.empty()) return;
    for (std::size_t at = 0; at + m_literal.size() <= text.size();) {
      const void* hit = memmem(text.data() + at, text.size() - at, m_literal.data(), m_literal.size());
      if (!hit) break;
      const auto b = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
      out.push_back({b, b + m_literal.size()});
      at = b + m_literal.size();
    }
    return;
  }
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  for (std::size_t at = 0; at <= text.size();) {
    if (!m_re->Match(input, at, text.size(), RE2::UNANCHORED, &m, 1)) break;
    const auto b = static_cast<std::size_t>(m.data() - text.data());
    const std::size_t e = b + m.size();
    if (e > b) {
      out.push_back({b, e});
      at = e;
    } else {
      // An empty match (a bare ^ or x*) highlights nothing; step over one character.
      int len = 1;
      if (b < text.size()) text::utf8::decode(text, b, len);
      at = b + static_cast<std::size_t>(len);
    }
  }
}

bool Matcher::matches(std::string_view text) const {
  if (empty()) return true;
  if (!m_re) return memmem(text.data(), text.size(), m_literal.data(), m_literal.size()) != nullptr;
  std::vector<Span> spans;
  find(text, spans);
  return !spans.empty();
}

}  // namespace gongwen::search
