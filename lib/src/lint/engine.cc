#include "lint/engine.h"

#include <algorithm>
#include <ctime>

#include <re2/re2.h>

#include "io/sha256.h"
#include "lint/rules/common.h"
#include "text/width.h"

namespace gongwen::lint {
namespace {

using rules::Char;
using rules::chars_of;

// The line as shown under a finding: tabs become spaces, and a long line is cut to a window
// around the span (… marks the cuts) so that the caret stays on screen.
constexpr std::size_t k_window_before = 24;
constexpr std::size_t k_window_after = 24;
constexpr std::size_t k_max_span = 40;
constexpr std::size_t k_max_line_width = 100;

void set_excerpt(Finding& f, std::string_view line, std::size_t span_b, std::size_t span_e) {
  std::vector<Char> cs = chars_of(line);
  std::size_t bi = 0, ei = 0;  // character indices of the span within the line
  while (bi < cs.size() && cs[bi].at < span_b) ++bi;
  ei = bi;
  while (ei < cs.size() && cs[ei].at < span_e) ++ei;
  std::size_t from = 0, to = cs.size();
  if (text::display_width(line) > k_max_line_width) {
    from = bi > k_window_before ? bi - k_window_before : 0;
    to = std::min(cs.size(), std::max(ei, bi + 1 + 0) + k_window_after);
    to = std::min(to, bi + k_max_span + k_window_after);
  }
  std::string shown;
  std::size_t col = 0, width = 0;
  if (from > 0) shown += "…";
  for (std::size_t k = from; k < to; ++k) {
    if (k == bi) col = text::display_width(shown);
    std::string piece = cs[k].c == '\t' ? std::string(" ") : std::string(line.substr(cs[k].at, static_cast<std::size_t>(cs[k].len)));
    if (cs[k].c < 0x20 && cs[k].c != '\t') piece.clear();
    shown += piece;
    if (k >= bi && k < ei) width += text::display_width(piece);
  }
  if (bi >= to) col = text::display_width(shown);
  if (to < cs.size()) shown += "…";
  f.excerpt = std::move(shown);
  f.caret_col = col;
  f.caret_width = std::max<std::size_t>(width, 1);
}

std::string fingerprint(std::string_view rule, std::string_view context) {
  return io::sha256_hex(std::string(rule) + '\0' + std::string(context)).substr(0, 16);
}

Finding make_finding(const Rule& rule, Severity severity, Hit&& hit, const Document& doc, const std::string& path) {
  const std::string_view src = doc.source();
  Finding f;
  f.rule = std::string(rule.info.name);
  f.severity = severity;
  f.message = std::move(hit.message);
  f.path = path;
  std::size_t end = hit.end;
  if (end <= hit.begin && hit.begin < src.size() && src[hit.begin] != '\n' && src[hit.begin] != '\r') {
    int len = 1;
    text::utf8::decode(src, hit.begin, len);
    end = hit.begin + static_cast<std::size_t>(len);
  }
  end = std::max(end, hit.begin);
  f.begin = doc.source_loc(hit.begin);
  f.end = doc.source_loc(end);
  const auto& lines = doc.source_lines();
  std::string_view line = lines.line(static_cast<std::size_t>(f.begin.line));
  const std::size_t ls = lines.line_start(static_cast<std::size_t>(f.begin.line));
  std::size_t b = hit.begin - ls, e = std::min(end, ls + line.size()) - ls;
  // On a very long line only the neighbourhood of the span is shown or hashed.
  constexpr std::size_t k_reach = 1024;
  if (line.size() > 4 * k_reach) {
    std::size_t from = b > k_reach ? b - k_reach : 0;
    std::size_t to = std::min(line.size(), std::max(e, b) + k_reach);
    while (from > 0 && (static_cast<unsigned char>(line[from]) & 0xC0) == 0x80) --from;
    while (to < line.size() && (static_cast<unsigned char>(line[to]) & 0xC0) == 0x80) ++to;
    line = line.substr(from, to - from);
    e = std::max(e, b) - from;
    b -= from;
  }
  set_excerpt(f, line, b, std::max(e, b));
  // The span with a little context on either side, within its line: stable when lines move.
  const auto cs = chars_of(line);
  std::size_t cb = 0, ce = 0;
  while (cb < cs.size() && cs[cb].at < b) ++cb;
  ce = cb;
  while (ce < cs.size() && cs[ce].at < e) ++ce;
  const std::size_t from = cb > 8 ? cs[cb - 8].at : 0;
  const std::size_t to = ce + 8 < cs.size() ? cs[ce + 8].at : line.size();
  f.fingerprint = fingerprint(f.rule, line.substr(from, to - from));
  if (hit.fix) {
    Fix fix{std::move(hit.fix->description), {}};
    for (auto& e2 : hit.fix->edits)
      fix.edits.push_back({doc.source_loc(e2.begin), doc.source_loc(e2.end), e2.begin, e2.end - e2.begin, std::move(e2.text)});
    f.fix = std::move(fix);
  }
  return f;
}

std::string without_leading_zeros(const std::string& s) {
  std::size_t z = 0;
  while (z + 1 < s.size() && s[z] == '0') ++z;
  return s.substr(z);
}

BatchDoc summarise(const Analysis& a, const std::string& path) {
  const Document& doc = *a.doc;
  const Record& rec = a.record;
  BatchDoc d;
  d.path = path;
  d.id = rec.id;
  std::string compact;
  compact.reserve(doc.text().size());
  for (char c : doc.text())
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') compact += c;
  d.content_key = compact.empty() ? std::string() : io::sha256_hex(compact);
  d.kind = rec.kind;
  for (const auto& p : rec.proposals) {
    if (!p.number || !p.session || !p.session->term || !p.session->meeting) continue;
    const auto& s = *p.session;
    const std::string kind = p.kind.value_or("");
    BatchDoc::Answer ans;
    ans.key = s.body + "|" + s.level.value_or("") + "|" + std::to_string(*s.term) + "|" + std::to_string(*s.meeting) +
              "|" + kind + "|" + without_leading_zeros(*p.number);
    ans.label = s.text + "第" + *p.number + "号" + kind;
    ans.at = p.at;
    ans.excerpt = std::string(doc.source_lines().line(static_cast<std::size_t>(p.at.line)));
    d.answers.push_back(std::move(ans));
  }
  d.result_code = rec.result_code;
  static const RE2 co_opinion(R"((?:会办|协办|分办|配合)意见)");
  d.answers_deputy = !rec.proposers.empty() ||
                     (rec.kind == "reply" && rec.addressees.empty() && !(rec.title && RE2::PartialMatch(*rec.title, co_opinion)));
  d.signers = rec.signers;
  for (std::size_t n = 1; n <= doc.source_lines().count(); ++n) {
    const auto l = text::utf8::trim(doc.source_lines().line(n));
    if (l.empty()) continue;
    d.first_line = rules::clip(l, 40);
    break;
  }
  return d;
}

}  // namespace

DocOutcome lint_analysis(const Analysis& a, const std::string& path, const Settings& settings, std::string_view as_of,
                         bool keep_source) {
  DocOutcome out;
  out.encoding = a.record.source.encoding;
  out.format = a.record.source.format;
  if (a.error || !a.doc) {
    out.error = a.error.value_or(InputError{a.record.source, "unreadable", "could not be decoded"});
    return out;
  }
  const auto& all = catalog();
  for (std::size_t k = 0; k < all.size(); ++k) {
    const Rule& rule = *all[k];
    if (!rule.check || settings.severity[k] == Severity::off) continue;
    Context ctx(a.record, *a.doc, settings.profile, *settings.dictionary, as_of);
    rule.check(ctx);
    for (Hit& h : ctx.take()) out.findings.push_back(make_finding(rule, settings.severity[k], std::move(h), *a.doc, path));
  }
  std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding& x, const Finding& y) {
    return std::tie(x.begin.line, x.begin.col) < std::tie(y.begin.line, y.begin.col);
  });
  out.batch = summarise(a, path);
  out.batch->settings = &settings;
  if (keep_source) out.source = a.doc->source();
  for (const auto& d : a.record.diagnostics) out.lossy = out.lossy || d.code == "invalid-encoding";
  return out;
}

DocOutcome lint_input(const std::string& path, const Settings& settings, std::string_view as_of, bool keep_source) {
  InputError err;
  auto bytes = read_input(path, err);
  if (!bytes) {
    DocOutcome out;
    out.error = err;
    return out;
  }
  const Analysis a = analyse(*bytes, path);
  return lint_analysis(a, path, settings, as_of, keep_source);
}

std::vector<Finding> lint_batch(const std::vector<BatchDoc>& docs) {
  std::vector<Finding> out;
  const auto& all = catalog();
  for (std::size_t k = 0; k < all.size(); ++k) {
    const Rule& rule = *all[k];
    if (!rule.check_batch) continue;
    BatchContext ctx{docs, {}};
    rule.check_batch(ctx);
    for (auto& h : ctx.hits) {
      const BatchDoc& d = docs[h.doc];
      const Severity sev = d.settings ? d.settings->severity[k] : rule.info.severity;
      if (sev == Severity::off) continue;
      Finding f;
      f.rule = std::string(rule.info.name);
      f.severity = sev;
      f.path = d.path;
      f.begin = h.begin;
      f.end = {h.end.line, std::max(h.end.col, h.begin.col + 1)};
      // The caret goes under the column the hit names, in a window of its line.
      const auto cs = chars_of(h.excerpt);
      const std::size_t ci = std::min<std::size_t>(static_cast<std::size_t>(std::max(h.begin.col, 1) - 1), cs.size());
      const std::size_t at = ci < cs.size() ? cs[ci].at : h.excerpt.size();
      set_excerpt(f, h.excerpt, at, at);
      f.message = std::move(h.message);
      std::string stable;
      for (char c : f.message)
        if (c < '0' || c > '9') stable += c;
      f.fingerprint = fingerprint(f.rule, stable);
      out.push_back(std::move(f));
    }
  }
  return out;
}

std::string today() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

bool valid_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[k] < '0' || s[k] > '9') return false;
  const int y = std::stoi(std::string(s.substr(0, 4))), m = std::stoi(std::string(s.substr(5, 2))),
            d = std::stoi(std::string(s.substr(8, 2)));
  return d >= 1 && d <= rules::days_in(y, m);
}

}  // namespace gongwen::lint
