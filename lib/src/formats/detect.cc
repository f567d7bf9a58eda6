// Telling the format from the bytes, and sending them to their reader.
#include <algorithm>
#include <array>
#include <cctype>
#include <exception>

#include "formats/formats.h"
#include "formats/zip.h"

namespace gongwen::formats {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string lower_head(std::string_view bytes, std::size_t n) {
  std::string s(bytes.substr(0, std::min(n, bytes.size())));
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Tags only a page starts with. A scraped .txt with a stray <p> stays text (the fold drops it).
constexpr std::array k_html_openers = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"};

bool looks_html(std::string_view bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const std::string head = lower_head(bytes, 2048);
  const auto first = head.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || head[first] != '<') return false;
  return std::any_of(k_html_openers.begin(), k_html_openers.end(),
                     [&](const char* t) { return head.find(t) != std::string::npos; });
}

}  // namespace

std::string detect(std::string_view bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return "pdf";
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) {
    // Only the central directory is read here, never an entry.
    Limits names_only;  // the entry count is the reader's to refuse, with its own error
    names_only.zip_entries = UINT64_MAX;
    ZipReader zip(bytes, names_only);
    if (zip.has("word/document.xml")) return "docx";
    if (zip.has("OFD.xml")) return "ofd";
    return "zip";
  }
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return "ole";
  if (looks_html(bytes)) return "html";
  return "txt";
}

Converted failure(std::string format, std::string code, std::string message) {
  Converted c;
  c.format = std::move(format);
  c.error_code = std::move(code);
  c.error_message = std::move(message);
  return c;
}

Converted convert(std::string_view bytes, const Limits& limits) {
  const std::string format = detect(bytes);
  try {
    if (format == "html") return read_html(bytes, limits);
    if (format == "docx") return read_docx(bytes, limits);
    if (format == "pdf") return read_pdf(bytes, limits);
    if (format == "ofd") return read_ofd(bytes, limits);
    if (format == "zip") return failure("zip", "unsupported-format", "a zip archive that is neither DOCX nor OFD");
    if (format == "ole") return failure("doc", "unsupported-format", "a legacy Word/WPS file (.doc); save it as DOCX or PDF");
  } catch (const std::bad_alloc&) {
    return failure(format, "too-large", "out of memory while reading the " + format + " file");
  } catch (const std::exception& e) {
    return failure(format, "unreadable", e.what());
  }
  Converted c;
  c.format = "txt";
  return c;
}

}  // namespace gongwen::formats
