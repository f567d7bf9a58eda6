// PDF: the text layer through poppler-cpp, words regrouped into lines, lines into paragraphs
// (formats/layout.cc). A PDF with pages but no text is a scan: no-text-layer, not an empty
// record. Pages and time are limited; poppler cannot be interrupted inside a page, so the
// time is checked between pages.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>

#include "formats/formats.h"
#include "formats/layout.h"

namespace gongwen::formats {
namespace {

// poppler reports damage on stderr; the reader reports it as an error code instead.
void quiet(const std::string&, void*) {}

std::string utf8(const poppler::ustring& u) {
  const poppler::byte_array b = u.to_utf8();
  return std::string(b.begin(), b.end());
}

PlacedPage place(const poppler::page& pg) {
  PlacedPage out;
  const poppler::rectf box = pg.page_rect();
  out.width = box.width();
  out.height = box.height();
  PlacedLine line;
  bool space = false;
  for (const poppler::text_box& w : pg.text_list()) {
    const poppler::rectf b = w.bbox();
    const std::string t = utf8(w.text());
    if (t.empty()) continue;
    const double mid = b.y() + b.height() / 2;
    auto beside = [&](const PlacedLine& l) { return mid > l.top && mid < l.bottom && b.x() >= l.x1 - l.size; };
    // A new line when the word is not beside the last one: another baseline, or back to the left.
    const bool same = !line.text.empty() && beside(line);
    // poppler may read a table cell that stands alone in its column after the rest of the page:
    // it goes back to its row (a line of cells) when it sits on that row's baseline.
    if (!same) {
      auto row = std::find_if(out.lines.rbegin(), out.lines.rend(), [&](const PlacedLine& l) {
        return l.text.find('\t') != std::string::npos && beside(l) && b.x() - l.x1 > 2.5 * l.size;
      });
      if (row != out.lines.rend()) {
        append_run(*row, t, b.x(), b.x() + b.width(), false);
        continue;
      }
    }
    if (!same) {
      if (!line.text.empty()) out.lines.push_back(std::move(line));
      line = PlacedLine{};
      line.top = b.y();
      line.bottom = b.y() + b.height();
      line.size = b.height();
      space = false;
    }
    append_run(line, t, b.x(), b.x() + b.width(), space);
    line.top = std::min(line.top, b.y());
    line.bottom = std::max(line.bottom, b.y() + b.height());
    space = w.has_space_after();
  }
  if (!line.text.empty()) out.lines.push_back(std::move(line));
  return out;
}

}  // namespace

Converted read_pdf(std::string_view bytes, const Limits& limits) {
  static const bool silenced = (poppler::set_debug_error_function(quiet, nullptr), true);
  (void)silenced;
  const auto start = std::chrono::steady_clock::now();
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) return failure("pdf", "too-large", "the PDF is too large");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return failure("pdf", "pdf-damaged", "the PDF could not be opened (damaged or truncated)");
  if (doc->is_locked()) return failure("pdf", "encrypted", "the PDF is password-protected");
  const int n = doc->pages();
  if (n <= 0) return failure("pdf", "pdf-damaged", "the PDF has no pages");
  if (n > limits.pdf_pages)
    return failure("pdf", "pdf-too-many-pages", std::to_string(n) + " pages; the limit is " + std::to_string(limits.pdf_pages));
  std::vector<PlacedPage> pages;
  std::size_t text_bytes = 0;
  for (int i = 0; i < n; ++i) {
    if (std::chrono::steady_clock::now() - start > limits.pdf_time)
      return failure("pdf", "timeout", "reading stopped at page " + std::to_string(i + 1) + " of " + std::to_string(n) +
                                           " after " + std::to_string(limits.pdf_time.count()) + " ms");
    std::unique_ptr<poppler::page> pg(doc->create_page(i));
    if (!pg) continue;
    pages.push_back(place(*pg));
    for (const auto& l : pages.back().lines) text_bytes += l.text.size();
    if (text_bytes > limits.text_bytes) return failure("pdf", "text-too-large", "the PDF holds more text than the limit");
  }
  Converted c;
  c.format = "pdf";
  c.encoding = "UTF-8";
  c.text = assemble(pages, c.page);
  if (c.text.find_first_not_of(" \t\n") == std::string::npos)
    return failure("pdf", "no-text-layer",
                   std::to_string(n) + " page(s) without a text layer (a scan?); run OCR first");
  return c;
}

}  // namespace gongwen::formats
