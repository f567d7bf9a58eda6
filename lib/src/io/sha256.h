// SHA-256 of a byte string, as lowercase hex: the record's id.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::io {

std::string sha256_hex(std::string_view data);

}  // namespace gongwen::io
