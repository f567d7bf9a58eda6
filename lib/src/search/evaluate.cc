#include "search/evaluate.h"

#include <algorithm>
#include <map>
#include <set>

#include "search/fields.h"
#include "text/utf8.h"

namespace gongwen::search {
namespace {

// Source bytes [begin, end) of each match, from spans in the folded text.
struct SourceSpan {
  std::size_t begin, end;
};

SourceSpan to_source(std::string_view source, const text::Folded& f, Span s) {
  return {f.map[s.begin], source_end(source, f, s.end)};
}

void text_hits(const Query& q, const Record* rec, const Document& doc, DocResult& r) {
  const std::string_view src = doc.source();
  const auto& lines = doc.source_lines();
  if (q.matcher->empty()) {
    // One hit per document, at its title (or its first line).
    Hit h;
    h.at = rec && rec->title_at.line > 0 ? rec->title_at : Loc{1, 1};
    h.text = std::string(lines.line(static_cast<std::size_t>(h.at.line)));
    r.hits.push_back(std::move(h));
    return;
  }
  std::vector<Span> spans;
  q.matcher->find(doc.text(), spans);
  std::map<int, Hit> by_line;
  for (const Span& s : spans) {
    const SourceSpan ss = to_source(src, doc.folded(), s);
    const Loc at = doc.source_loc(ss.begin);
    Hit& h = by_line[at.line];
    const std::size_t line_begin = lines.line_start(static_cast<std::size_t>(at.line));
    if (h.match_at.empty()) {
      h.at = at;
      h.text = std::string(lines.line(static_cast<std::size_t>(at.line)));
    }
    h.match_at.push_back(at);
    h.matched.emplace_back(src.substr(ss.begin, ss.end - ss.begin));
    // A match that a rejoined page break carries onto the next line is highlighted to the end
    // of this one.
    h.spans.push_back({ss.begin - line_begin, std::min(ss.end - line_begin, h.text.size())});
  }
  for (auto& [line, h] : by_line) r.hits.push_back(std::move(h));
  if (q.context <= 0 || r.hits.empty()) return;
  std::set<int> hit_lines, shown;
  for (const Hit& h : r.hits) hit_lines.insert(h.at.line);
  const int last = static_cast<int>(lines.count());
  for (int n : hit_lines)
    for (int k = std::max(1, n - q.context); k <= std::min(last, n + q.context); ++k)
      if (!hit_lines.count(k)) shown.insert(k);
  for (int k : shown) r.context.push_back({k, std::string(lines.line(static_cast<std::size_t>(k)))});
}

// Where a value with no position in the record first appears in the text.
Loc locate(const Document& doc, std::string_view value) {
  const std::string f = folded(value);
  const std::size_t at = f.empty() ? std::string_view::npos : doc.text().find(f);
  return at == std::string_view::npos ? Loc{1, 1} : doc.loc(at);
}

void field_hits(const Query& q, const Record& rec, const Document& doc, DocResult& r) {
  std::vector<Span> spans;
  for (FieldValue& v : field_values(rec, q.in)) {
    if (v.commitment >= 0 && q.filtered &&
        !commitment_passes(rec, rec.commitments[static_cast<std::size_t>(v.commitment)], q.filters))
      continue;
    Hit h;
    h.field = q.in;
    h.commitment = v.commitment;
    h.at = v.at.line > 0 ? v.at : locate(doc, v.value);
    if (!q.matcher->empty()) {
      const text::Folded f = text::fold(v.value);
      spans.clear();
      q.matcher->find(f.text, spans);
      if (spans.empty()) continue;
      for (const Span& s : spans) {
        const SourceSpan ss = to_source(v.value, f, s);
        h.spans.push_back({ss.begin, ss.end});
        h.match_at.push_back(h.at);
        h.matched.emplace_back(std::string_view(v.value).substr(ss.begin, ss.end - ss.begin));
      }
    }
    h.text = std::move(v.value);
    r.hits.push_back(std::move(h));
  }
}

}  // namespace

std::size_t source_end(std::string_view source, const text::Folded& f, std::size_t end) {
  const std::size_t at = f.map[end - 1];
  if (at >= source.size()) return source.size();
  std::size_t len = 1;
  if (source[at] == '&') {
    // A decoded entity (&#x5E8A;) folds to one character: the match covers all of it.
    const std::size_t semi = source.find(';', at);
    len = semi == std::string_view::npos ? 1 : semi - at + 1;
  } else if (source[at] == '\r' && at + 1 < source.size() && source[at + 1] == '\n') {
    len = 2;
  } else {
    int n = 1;
    text::utf8::decode(source, at, n);
    len = static_cast<std::size_t>(n);
  }
  return std::min(source.size(), at + len);
}

void evaluate(const Query& q, const Record* rec, const Document& doc, DocResult& r) {
  if (q.filtered && (!rec || !document_passes(*rec, q.filters))) return;
  if (q.in == grep::Field::text) text_hits(q, rec, doc, r);
  else if (rec) field_hits(q, *rec, doc, r);
}

}  // namespace gongwen::search
