// Terminal display width: East-Asian wide and full-width characters take two columns.
#pragma once

#include <cstddef>
#include <string_view>

namespace gongwen::text {

std::size_t display_width(std::string_view utf8);

}  // namespace gongwen::text
