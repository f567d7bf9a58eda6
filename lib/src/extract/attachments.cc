// 附件说明: "附件：1. 名称 2. 名称" (one per line or on one line), "附件：名称", the name on the
// next line, numbered lines each with their label (附件1：名称 / 附件2：名称, 附件一：), and the
// short label 附：《名称》. Titles are kept as listed, without numbers, 《》 and file extensions.
#include <re2/re2.h>

#include <string>

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

// An attachment's number, in digits or Chinese numerals (附件2, 附件二); 0 where none.
int number_value(std::string_view s) {
  static constexpr std::string_view k_digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (s.empty()) return 0;
  if (s[0] >= '0' && s[0] <= '9') return std::stoi(std::string(s));
  if (s == "十") return 10;
  for (int i = 0; i < 9; ++i) {
    if (s == k_digits[i]) return i + 1;
    if (s == "十" + std::string(k_digits[i])) return 11 + i;
  }
  return 0;
}

// "1. 甲表 2. 乙表" on one line (folding drops the space before the 2): split where the next
// number in sequence stands as a number of its own, so that digits inside a name (2013学年,
// 2.5米) are left alone.
std::vector<std::string_view> split_inline(std::string_view r) {
  static const RE2 first(R"(^1\s*[.、．]\s*)");
  static const RE2 mark(R"((?:^|[^0-9.．])(\d{1,2})\s*[.、．]\s*([^0-9]|$))");
  re2::StringPiece sp(r.data(), r.size());
  if (!RE2::Consume(&sp, first)) return {r};
  std::vector<std::string_view> out;
  const char* start = sp.data();
  int next = 2;
  each_match(mark, std::string_view(sp.data(), sp.size()), [&](const Match& m) {
    if (number_value(m.str(1)) != next) return;
    out.push_back(text::utf8::trim(std::string_view(start, static_cast<std::size_t>(m.str(1).data() - start))));
    start = m.str(2).data();
    ++next;
  });
  out.push_back(text::utf8::trim(std::string_view(start, static_cast<std::size_t>(r.data() + r.size() - start))));
  return out;
}

}  // namespace

void extract_attachments(const Document& doc, const Layout& L, Record& rec) {
  // Group 1: the text after 附件： or 附：; groups 2 and 3: a numbered line's number and name.
  static const RE2 head(
      R"(^\s*附\s*(?:件\s*)?(?:[:：]\s*(.*)|件\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、．:：]\s*(\S.*))$)");
  static const RE2 item(R"(^\s*(\d{1,2})\s*[.、．:：]\s*(\S.*)$)");
  static const RE2 numbered(R"(^(\d{1,2})\s*[.、．]\s*(.*)$)");
  const std::size_t n = doc.lines().size();
  for (std::size_t li = L.body_begin; li < n; ++li) {
    if (L.chrome[li]) continue;
    const std::string_view line = doc.line(li);
    if (line.find("下载") != std::string_view::npos) continue;
    re2::StringPiece rest, num, first_item;
    if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), head, &rest, &num, &first_item)) continue;
    auto add_span = [&](std::string_view text_part) {
      const std::size_t b = static_cast<std::size_t>(text_part.data() - doc.text().data());
      std::string name = clean(doc.quote_compact(b, b + text_part.size()));
      if (!name.empty()) rec.attachments.push_back(name);
    };
    std::size_t next = li + 1;
    int listed = 0;  // the number of the last numbered line, where lines carry their own label
    if (first_item.data()) {
      listed = number_value(std::string_view(num.data(), num.size()));
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
        // 附件1 or a link's text (附件123) below a bare label names nothing.
        if (r.starts_with("附件")) break;
        re2::StringPiece body;
        if (RE2::FullMatch(re2::StringPiece(r.data(), r.size()), numbered, &num, &body))
          r = std::string_view(body.data(), body.size());
        add_span(r);
      } else {
        for (const auto part : split_inline(r)) add_span(part);
      }
    }
    // Further items, possibly after blank lines: "2. 名称", or "附件2：名称" continuing the count
    // (a later "附件1" heading starts the attachments themselves).
    for (std::size_t k = next; k < n; ++k) {
      const auto l2 = doc.line(k);
      if (text::utf8::trim(l2).empty()) continue;
      const re2::StringPiece sp(l2.data(), l2.size());
      re2::StringPiece body, r2;
      if (RE2::FullMatch(sp, item, &num, &body)) {
        add_span(std::string_view(body.data(), body.size()));
      } else if (listed && RE2::FullMatch(sp, head, &r2, &num, &body) && body.data() &&
                 number_value(std::string_view(num.data(), num.size())) == listed + 1) {
        ++listed;
        add_span(std::string_view(body.data(), body.size()));
      } else {
        break;
      }
    }
    break;  // only the first 附件说明 block; later "附件1" headings are the attachments themselves
  }
}

}  // namespace gongwen::extract
