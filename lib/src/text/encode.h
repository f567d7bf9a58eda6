// UTF-8 back to a document's own encoding, for tools that rewrite a file in place (gw-lint --fix).
// The counterpart of decode(): it takes the encoding name decode() reported and restores what
// decode() removed (the byte-order mark). Line endings are left as they are in the text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongwen::text {

// The bytes of `utf8` in `encoding` (UTF-8, UTF-8-BOM, UTF-16LE, UTF-16BE — both written with
// their BOM, as decode() found them —, GB18030, Big5, or any ICU converter name). nullopt when
// the encoding is unknown or a character cannot be written in it.
std::optional<std::string> encode(std::string_view utf8, const std::string& encoding);

}  // namespace gongwen::text
