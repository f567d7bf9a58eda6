// Traditional -> simplified, one character at a time. The pairs are ICU's Hant-Hans
// transliteration of single Han characters, generated at build time (lib/gen/simplified_table.cc)
// so that no run compiles the transliterator's rules. Lookups index a flat table of the BMP Han
// blocks, built at compile time; the few sources beyond the BMP are searched.
#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "text/fold.h"

namespace gongwen::text {
namespace {

struct Pair {
  char32_t from, to;
};

constexpr Pair k_pairs[] = {
#include "text/simplified_table.inc"
};

constexpr char32_t k_bmp_first = 0x3400, k_bmp_end = 0x10000;

// to - from for each BMP source (0 = no mapping); every simplified form of a BMP character is
// within ±0x7FFF of it in practice, and the static_assert below holds us to that.
constexpr auto k_bmp = [] {
  std::array<std::int16_t, k_bmp_end - k_bmp_first> t{};
  for (const Pair& p : k_pairs)
    if (p.from < k_bmp_end) t[p.from - k_bmp_first] = static_cast<std::int16_t>(static_cast<std::int32_t>(p.to) - static_cast<std::int32_t>(p.from));
  return t;
}();

constexpr bool deltas_fit() {
  for (const Pair& p : k_pairs) {
    const std::int32_t d = static_cast<std::int32_t>(p.to) - static_cast<std::int32_t>(p.from);
    if (p.from < k_bmp_end && (d < -0x7FFF || d > 0x7FFF || d == 0)) return false;
  }
  return std::is_sorted(std::begin(k_pairs), std::end(k_pairs), [](Pair a, Pair b) { return a.from < b.from; });
}
static_assert(deltas_fit(), "simplified_table.inc: unsorted, or a delta that does not fit 16 bits");

}  // namespace

char32_t to_simplified(char32_t c) {
  if (c < k_bmp_first) return c;
  if (c < k_bmp_end) return static_cast<char32_t>(static_cast<std::int32_t>(c) + k_bmp[c - k_bmp_first]);
  const auto* it = std::lower_bound(std::begin(k_pairs), std::end(k_pairs), c, [](Pair p, char32_t v) { return p.from < v; });
  return it != std::end(k_pairs) && it->from == c ? it->to : c;
}

}  // namespace gongwen::text
