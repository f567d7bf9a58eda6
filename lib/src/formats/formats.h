// Files that are not plain text — HTML pages, DOCX, PDF, OFD — turned into the plain text of
// the document they hold, so that every later stage sees text as if a clerk had saved it as
// .txt. The format is told from the content (magic bytes, zip entries), never from the name.
//
// Every reader is a pure function of the bytes and the limits, and treats the bytes as hostile:
// each limit below, when crossed, gives an error code (the run goes on with the next input).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gongwen/record.h"

namespace gongwen::formats {

struct Limits {
  std::uint64_t html_bytes = 16ull << 20;          // html-too-large: real pages are < 1 MB
  int html_depth = 400;                            // too-deep: nesting of HTML elements
  std::uint64_t zip_entries = 2000;                // zip-too-many-entries
  std::uint64_t zip_entry_bytes = 64ull << 20;     // zip-entry-too-large (decompressed)
  std::uint64_t zip_total_bytes = 256ull << 20;    // zip-too-large (decompressed, all entries read)
  int xml_depth = 256;                             // too-deep: XML element nesting
  int pdf_pages = 3000;                            // pdf-too-many-pages
  std::chrono::milliseconds pdf_time{30000};       // timeout: checked between pages
  std::uint64_t text_bytes = 64ull << 20;          // text-too-large: extracted text
};

// What a reader made of the bytes. `error_code` is empty on success; then `text` is UTF-8 with
// one line per paragraph (table rows: cells joined by a tab).
struct Converted {
  std::string format;    // txt | html | docx | pdf | ofd
  std::string encoding;  // of the text inside the container (HTML charset, UTF-8 for XML)
  std::string text;
  std::vector<PageField> page;
  std::string error_code;
  std::string error_message;
};

// txt | html | docx | pdf | ofd | zip (another zip) | ole (legacy .doc/.wps) from the content.
std::string detect(std::string_view bytes);

// Converts any format but txt (for txt, returns {format = "txt"} and leaves decoding to the
// caller). Never throws.
Converted convert(std::string_view bytes, const Limits& limits = {});

Converted read_html(std::string_view bytes, const Limits& limits);
Converted read_docx(std::string_view bytes, const Limits& limits);
Converted read_pdf(std::string_view bytes, const Limits& limits);
Converted read_ofd(std::string_view bytes, const Limits& limits);

// Helper for readers: a failed conversion.
Converted failure(std::string format, std::string code, std::string message);

}  // namespace gongwen::formats
