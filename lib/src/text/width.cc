#include "text/width.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace gongwen::text {

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    const char32_t c = utf8::decode(s, i, len);
    i += static_cast<std::size_t>(len);
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) continue;
    if (u_getCombiningClass(static_cast<UChar32>(c)) != 0) continue;
    const auto ea = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    w += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return w;
}

}  // namespace gongwen::text
