#include "search/prefilter.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <set>

#include "text/fold.h"
#include "text/utf8.h"

namespace gongwen::search {
namespace {

// Simplified -> traditional forms, the inverse of text::to_simplified, built once.
const std::multimap<char32_t, char32_t>& traditional_forms() {
  static std::multimap<char32_t, char32_t> inv;
  static std::once_flag once;
  std::call_once(once, [] {
    for (char32_t t = 0x3400; t < 0x32000; ++t) {
      const char32_t s = text::to_simplified(t);
      if (s != t) inv.emplace(s, t);
    }
  });
  return inv;
}

// Characters the folding never produces from anything but themselves or their traditional
// forms, and that have no case (a regex's atoms are lowercase).
bool checkable(char32_t c) {
  if (c < 0x2E80) return false;
  if (c >= 0xFF01 && c <= 0xFF5E) return false;  // full-width forms fold to ASCII
  return c != 0x3000 && c != 0xFEFF && c != 0xFFFD;
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      if (s[i] == '\0') return false;
      ++i;
      continue;
    }
    int len = 1;
    const char32_t c = text::utf8::decode(s, i, len);
    if (c == 0xFFFD && !(len == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return false;
    i += static_cast<std::size_t>(len);
  }
  return true;
}

}  // namespace

std::vector<char32_t> preimages(char32_t c) {
  std::vector<char32_t> out;
  if (c < 0x3400 || text::to_simplified(c) == c) out.push_back(c);
  const auto& inv = traditional_forms();
  for (auto [it, end] = inv.equal_range(c); it != end; ++it) out.push_back(it->second);
  return out;
}

Prefilter::Prefilter(const Matcher& m) {
  std::set<char32_t> seen;
  for (const auto& group : m.required()) {
    if (group.size() != 1) continue;  // an alternative: none of its characters is certain
    const std::string& s = group.front();
    for (std::size_t i = 0; i < s.size();) {
      int len = 1;
      const char32_t c = text::utf8::decode(s, i, len);
      i += static_cast<std::size_t>(len);
      if (!checkable(c) || !seen.insert(c).second) continue;
      std::vector<std::string> forms;
      for (char32_t p : preimages(c)) {
        std::string u;
        text::utf8::append(u, p);
        forms.push_back(u);
      }
      m_chars.push_back(std::move(forms));
    }
  }
}

bool Prefilter::may_match(std::string_view raw) const {
  const bool all_found = std::all_of(m_chars.begin(), m_chars.end(), [&](const auto& forms) {
    return std::any_of(forms.begin(), forms.end(), [&](const std::string& f) {
      return memmem(raw.data(), raw.size(), f.data(), f.size()) != nullptr;
    });
  });
  if (all_found) return true;
  // A character is missing from the bytes: that rules the document out only when the bytes are
  // the text itself — plain UTF-8, no entity that could spell the character.
  if (raw.substr(0, 4) == "%PDF" || raw.find('&') != std::string_view::npos) return true;
  return !valid_utf8(raw);
}

}  // namespace gongwen::search
