// 附件说明: "附件：1. 名称 2. 名称" (one per line or on one line), "附件：名称", the name on the
// next line. Titles are kept as listed, without numbers, 《》 and file extensions.
#include <re2/re2.h>

#include "extract/extract.h"
#include "extract/match.h"
#include "text/utf8.h"

namespace gongwen::extract {
namespace {

std::string clean(std::string s) {
  static const RE2 ext(R"(\.(?:xlsx?|docx?|wps|et|pdf|zip|rar|ofd|txt)$)");
  static const RE2 marks(R"(^《(.*)》$)");
  static const RE2 trail(R"([。；;,，、]+$)");
  RE2::Replace(&s, ext, "");
  RE2::Replace(&s, trail, "");
  std::string inner;
  if (RE2::FullMatch(s, marks, &inner)) s = inner;
  return s;
}

}  // namespace

void extract_attachments(const Document& doc, const Layout& L, Record& rec) {
  static const RE2 head(R"(^\s*附\s*件\s*(?:[:：]\s*(.*)|(?:\d+\s*[.、．]|\d+\s*[:：])\s*(\S.*))$)");
  static const RE2 item(R"(^\s*(\d{1,2})\s*[.、．:：]\s*(\S.*)$)");
  static const RE2 numbered(R"(^(\d{1,2})\s*[.、．]\s*(.*)$)");
  const std::size_t n = doc.lines().size();
  for (std::size_t li = L.body_begin; li < n; ++li) {
    if (L.chrome[li]) continue;
    const std::string_view line = doc.line(li);
    if (line.find("下载") != std::string_view::npos) continue;
    re2::StringPiece rest, first_item;
    if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), head, &rest, &first_item)) continue;
    auto add_span = [&](std::string_view text_part) {
      const std::size_t b = static_cast<std::size_t>(text_part.data() - doc.text().data());
      std::string name = clean(doc.quote_compact(b, b + text_part.size()));
      if (!name.empty()) rec.attachments.push_back(name);
    };
    std::size_t next = li + 1;
    if (first_item.data()) {
      add_span(std::string_view(first_item.data(), first_item.size()));
    } else {
      std::string_view r(rest.data(), rest.size());
      r = text::utf8::trim(r);
      if (r.empty()) {
        // The name stands on the next non-blank line.
        while (next < n && text::utf8::trim(doc.line(next)).empty()) ++next;
        if (next >= n) break;
        r = text::utf8::trim(doc.line(next));
        ++next;
      }
      re2::StringPiece num, body;
      if (RE2::FullMatch(re2::StringPiece(r.data(), r.size()), numbered, &num, &body))
        r = std::string_view(body.data(), body.size());
      add_span(r);
    }
    // Further numbered items, possibly after blank lines.
    for (std::size_t k = next; k < n; ++k) {
      const auto l2 = doc.line(k);
      if (text::utf8::trim(l2).empty()) continue;
      re2::StringPiece num, body;
      if (!RE2::FullMatch(re2::StringPiece(l2.data(), l2.size()), item, &num, &body)) break;
      add_span(std::string_view(body.data(), body.size()));
    }
    break;  // only the first 附件说明 block; later "附件1" headings are the attachments themselves
  }
}

}  // namespace gongwen::extract
