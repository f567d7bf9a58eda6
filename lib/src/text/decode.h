// Bytes in, UTF-8 out: the one place that knows about encodings (ICU lives here).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::text {

struct Decoded {
  std::string text;                         // UTF-8, line endings as in the source
  std::string encoding;                     // UTF-8 | UTF-8-BOM | UTF-16LE | UTF-16BE | GB18030 | Big5 …
  std::vector<std::size_t> invalid;         // byte offsets in `text` of replaced sequences
  std::string error_code;                   // non-empty when the bytes are not text at all
  std::string error_message;
};

// Decodes UTF-8 (with or without BOM), UTF-16LE/BE (with BOM) and, without a BOM, whatever
// ICU's detector finds (GB18030 covers GBK and GB2312), preferring valid UTF-8. Invalid
// sequences become U+FFFD and are listed in `invalid`. Binary input sets `error_code`.
Decoded decode(std::string_view bytes);

// Decodes bytes whose charset a container declares (an HTML page's <meta charset>), with ICU's
// name for it ("GB18030", "UTF-8", "Big5"). A declaration the bytes contradict (UTF-8 declared,
// GBK written) or an unknown name falls back to decode().
Decoded decode_declared(std::string_view bytes, const std::string& charset);

}  // namespace gongwen::text
