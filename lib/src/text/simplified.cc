// Traditional -> simplified, one character at a time, from ICU's Hant-Hans transliterator.
// The table is built once, on first use, from the transliterator's own source set, so that
// matching on folded text never needs the transliterator on a hot path.
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <mutex>
#include <unordered_map>

#include "text/fold.h"

namespace gongwen::text {
namespace {

const std::unordered_map<char32_t, char32_t>& table() {
  static std::unordered_map<char32_t, char32_t> map;
  static std::once_flag once;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> tr(
        icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !tr) return;
    icu::UnicodeSet source;
    tr->getSourceSet(source);
    for (int32_t r = 0; r < source.getRangeCount(); ++r) {
      for (UChar32 c = source.getRangeStart(r); c <= source.getRangeEnd(r); ++c) {
        if (c < 0x3400) continue;  // only Han characters matter for matching
        icu::UnicodeString s(c);
        tr->transliterate(s);
        if (s.countChar32() == 1 && s.char32At(0) != c) map.emplace(c, s.char32At(0));
      }
    }
  });
  return map;
}

}  // namespace

char32_t to_simplified(char32_t c) {
  if (c < 0x3400) return c;
  const auto& t = table();
  auto it = t.find(c);
  return it == t.end() ? c : it->second;
}

}  // namespace gongwen::text
