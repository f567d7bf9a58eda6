// Chinese numerals to integers: 二十三 -> 23, 一百零五 -> 105, 两千 -> 2000, 壹佰贰拾 -> 120,
// 三万五千 -> 35000, 二〇二二 / 二○二一 / 二0二一 -> 2022 / 2021 (digit by digit), "15" -> 15.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace gongwen::text {

// The value of a numeral written in Chinese characters, Arabic digits or a mix of digits and
// Chinese digit characters. nullopt when the string is not a well-formed numeral.
std::optional<std::int64_t> parse_numeral(std::string_view utf8);

// Value of one Chinese digit character (〇 ○ 零 一 … 九 两 壹 … 玖, 0–9), or -1.
int digit_value(char32_t c);

}  // namespace gongwen::text
