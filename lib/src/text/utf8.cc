#include "text/utf8.h"

namespace gongwen::text::utf8 {

std::string strip_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    char32_t c = decode(s, i, len);
    if (!is_space(c) && c != '\n' && c != '\r') out.append(s.substr(i, static_cast<std::size_t>(len)));
    i += static_cast<std::size_t>(len);
  }
  return out;
}

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    int len = 1;
    char32_t c = decode(s, b, len);
    if (!is_space(c) && c != '\n' && c != '\r') break;
    b += static_cast<std::size_t>(len);
  }
  std::size_t e = s.size();
  while (e > b) {
    std::size_t k = e - 1;
    while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    int len = 1;
    char32_t c = decode(s, k, len);
    if (!is_space(c) && c != '\n' && c != '\r') break;
    e = k;
  }
  return s.substr(b, e - b);
}

}  // namespace gongwen::text::utf8
