// One fuzz target per format reader: FUZZ_READER names the reader, and the target feeds it
// bytes under small limits (so each run is quick) and then checks what no reader may break:
// either an error code or text, never both, never neither.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "formats/formats.h"

inline gongwen::formats::Limits fuzz_limits() {
  gongwen::formats::Limits l;
  l.html_bytes = 1 << 20;
  l.zip_entries = 200;
  l.zip_entry_bytes = 4 << 20;
  l.zip_total_bytes = 16 << 20;
  l.pdf_pages = 50;
  l.pdf_time = std::chrono::milliseconds(2000);
  l.text_bytes = 4 << 20;
  return l;
}

inline void fuzz_check(const gongwen::formats::Converted& c) {
  if (c.error_code.empty() == c.text.empty()) std::abort();
}

#define GONGWEN_FUZZ_TARGET(reader)                                                   \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    static const gongwen::formats::Limits limits = fuzz_limits();                     \
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);          \
    fuzz_check(gongwen::formats::reader(bytes, limits));                              \
    return 0;                                                                         \
  }
