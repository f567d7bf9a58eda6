#include "text/encode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

#include "text/utf8.h"

namespace gongwen::text {

std::optional<std::string> encode(std::string_view utf8, const std::string& encoding) {
  if (encoding == "UTF-8") return std::string(utf8);
  if (encoding == "UTF-8-BOM") return "\xEF\xBB\xBF" + std::string(utf8);
  // UTF-8 -> UTF-16 by hand: the converters below take UTF-16.
  std::u16string u16;
  u16.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    int len = 1;
    char32_t c = utf8::decode(utf8, i, len);
    i += static_cast<std::size_t>(len);
    if (c >= 0x10000) {
      c -= 0x10000;
      u16 += static_cast<char16_t>(0xD800 + (c >> 10));
      u16 += static_cast<char16_t>(0xDC00 + (c & 0x3FF));
    } else {
      u16 += static_cast<char16_t>(c);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(encoding.c_str(), &status), &ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  // A character the encoding cannot hold must fail the conversion, never become '?'.
  ucnv_setFromUCallBack(cnv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out(u16.size() * 4 + 16, '\0');
  const int32_t n = ucnv_fromUChars(cnv.get(), out.data(), static_cast<int32_t>(out.size()),
                                    reinterpret_cast<const UChar*>(u16.data()), static_cast<int32_t>(u16.size()),
                                    &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(n));
  // Only a conversion that reads back to the same text is kept (no fallback mappings).
  std::u16string back(u16.size() + 16, u'\0');
  ucnv_resetToUnicode(cnv.get());
  const int32_t m = ucnv_toUChars(cnv.get(), reinterpret_cast<UChar*>(back.data()), static_cast<int32_t>(back.size()),
                                  out.data(), static_cast<int32_t>(out.size()), &status);
  if (U_FAILURE(status) || back.compare(0, static_cast<std::size_t>(m), u16) != 0 || static_cast<std::size_t>(m) != u16.size())
    return std::nullopt;
  if (encoding == "UTF-16LE") return "\xFF\xFE" + out;
  if (encoding == "UTF-16BE") return "\xFE\xFF" + out;
  return out;
}

}  // namespace gongwen::text
