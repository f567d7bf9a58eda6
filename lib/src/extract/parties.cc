// Who writes to whom: title, issuers (发文机关), addressees (主送), proposers (the deputies or
// members a reply answers), signers (落款) and the signed date (成文日期).
#include <re2/re2.h>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/match.h"
#include "text/utf8.h"

namespace gongwen::extract {
namespace {

using text::utf8::strip_spaces;
using text::utf8::trim;

void push_unique(std::vector<std::string>& v, std::string s) {
  if (s.empty()) return;
  for (const auto& x : v)
    if (x == s) return;
  v.push_back(std::move(s));
}

// The part of title line i that is the title (the first and last lines are cut at the marks).
std::pair<std::size_t, std::size_t> title_line_range(const Document& doc, const Layout& L, std::size_t i) {
  const auto& fl = doc.lines()[i];
  return {i == *L.title_first ? L.title_begin : fl.begin, i == *L.title_last ? L.title_end : fl.end};
}


}  // namespace

void extract_title(const Document& doc, const Layout& L, Record& rec) {
  if (!L.title_first) return;
  std::string title;
  for (std::size_t i = *L.title_first; i <= *L.title_last; ++i) {
    const auto [b, e] = title_line_range(doc, L, i);
    // A word alone on a line is spaced out to fill it (答 复): its spaces are layout.
    const bool spaced_word = text::utf8::length(strip_spaces(doc.text().substr(b, e - b))) <= 4;
    title += spaced_word ? doc.quote_compact(b, e) : doc.quote(b, e);
  }
  rec.title = title;
  rec.title_at = doc.loc(L.title_begin);
}

void extract_parties(const Document& doc, const Layout& L, Record& rec) {
  // Proposers: the names in the salutation (尊敬的X、Y代表：, X等委员), "等" and counts dropped.
  if (L.addressee) {
    const auto& fl = doc.lines()[*L.addressee];
    const std::string_view line = doc.line(*L.addressee);
    static const RE2 sal(
        R"(^\s*(?:尊敬的|尊敬|敬爱的)?\s*((?:[\p{Han}·]{2,5}?(?:代表|委员)?\s*[、,，]\s*)*[\p{Han}·]{2,5}?)\s*(?:等?(?:\d+|[一二三四五六七八九十]+)[名位]|等)?\s*(?:全国|省|市|区|县)?(?:人大)?(代表|委员)(?:们)?\s*(?:[:：]|$))");
    first_match(sal, line, [&](const Match& m) {
      static const RE2 collective(R"(^(?:各位|全体|各|广大|有关))");
      const std::string role(m.str(2));
      std::size_t pos = m.begin(1);
      const std::string_view names = m.str(1);
      std::size_t start = 0;
      for (std::size_t k = 0; k <= names.size();) {
        int len = 1;
        const char32_t ch = k < names.size() ? text::utf8::decode(names, k, len) : U'、';
        if (ch == 0x3001 || ch == ',' || ch == 0xFF0C) {
          std::string_view nm = trim(names.substr(start, k - start));
          // 周涛代表、林雪梅代表: the role may follow each name.
          for (std::string_view role_word : {"代表", "委员"})
            if (nm.size() > role_word.size() + 3 && nm.ends_with(role_word)) nm.remove_suffix(role_word.size());
          if (!nm.empty() && !RE2::PartialMatch(re2::StringPiece(nm.data(), nm.size()), collective)) {
            const std::size_t b = fl.begin + pos + start;
            rec.proposers.push_back({doc.quote_compact(b, b + nm.size()), role, doc.loc(b)});
          }
          start = k + static_cast<std::size_t>(len);
        }
        if (k == names.size()) break;
        k += static_cast<std::size_t>(len);
      }
      // The addressee of a reply is the person(s) greeted.
      rec.addressees.push_back(strip_spaces(std::string(m.str(1)) + role));
    });
    if (rec.proposers.empty()) {
      // 主送机关: the units before the colon.
      static const RE2 units(R"(^\s*(?:尊敬的|尊敬|敬爱的)?\s*([^:：]+?)\s*[:：]?\s*$)");
      static const RE2 prefix(R"(^\s*(?:尊敬的|尊敬|敬爱的)?\s*([^:：]+?)\s*[:：])");
      std::string_view list;
      if (!first_match(prefix, line, [&](const Match& m) { list = m.str(1); }))
        first_match(units, line, [&](const Match& m) { list = m.str(1); });
      rec.addressees.clear();
      std::size_t base = fl.begin + static_cast<std::size_t>(list.data() - line.data());
      if (L.addressee_first) {  // the list began on a line above
        const std::size_t from = doc.lines()[*L.addressee_first].begin;
        list = doc.text().substr(from, base + list.size() - from);
        base = from;
      }
      for (const auto& sp : split_unit_spans(list))
        push_unique(rec.addressees, doc.quote_compact(base + sp.begin, base + sp.end));
    }
  }

  // Signers and the signed date, from the signature block found by the layout.
  for (std::size_t li : L.signer_lines) {
    const std::size_t base = doc.lines()[li].begin;
    std::string_view line = doc.line(li);
    if (L.sign_date && li == *L.sign_date) line = line.substr(0, L.sign_date_pos - base);  // unit, then date
    const std::string_view value = signer_value(line);
    const std::size_t vb = base + static_cast<std::size_t>(value.data() - line.data());
    for (const auto& sp : split_unit_spans(value))
      push_unique(rec.signers, doc.quote_compact(vb + sp.begin, vb + sp.end));
  }
  if (L.inline_signer) {
    const auto [b, e] = *L.inline_signer;
    for (const auto& sp : split_unit_spans(doc.text().substr(b, e - b)))
      push_unique(rec.signers, doc.quote_compact(b + sp.begin, b + sp.end));
  }
  if (L.sign_date) {
    rec.signed_date = iso_date(L.sign_ymd.y, L.sign_ymd.m, L.sign_ymd.d);
    rec.signed_at = doc.loc(L.sign_date_pos);
  }

  // Issuers: the units before 关于 in the title; else the 版头 (X文件); else the signers.
  // The title is read in the folded view, where 關於 is 关于, and quoted from the source.
  if (L.title_first) {
    std::vector<std::pair<std::size_t, Span>> parts;  // (line start in folded text, unit span)
    bool found = false;
    for (std::size_t i = *L.title_first; i <= *L.title_last && !found; ++i) {
      const auto [b, e] = title_line_range(doc, L, i);
      std::string_view seg = doc.text().substr(b, e - b);
      if (const auto k = seg.find("关于"); k != std::string_view::npos) {
        seg = seg.substr(0, k);
        found = true;
      } else {
        // 某县水利局对县五届人大三次会议第7号建议的答复: 对 after a whole unit name.
        for (auto d = seg.find("对"); d != std::string_view::npos; d = seg.find("对", d + 1)) {
          if (d > 0 && ends_with_unit_suffix(strip_spaces(seg.substr(0, d)))) {
            seg = seg.substr(0, d);
            found = true;
            break;
          }
        }
      }
      for (const auto& sp : split_unit_spans(seg)) parts.emplace_back(b, sp);
    }
    bool all_units = found && !parts.empty();
    for (const auto& [b, sp] : parts)
      all_units = all_units && ends_with_unit_suffix(strip_spaces(doc.text().substr(b + sp.begin, sp.end - sp.begin)));
    if (all_units)
      for (const auto& [b, sp] : parts) push_unique(rec.issuers, doc.quote_compact(b + sp.begin, b + sp.end));
  }
  // The title may shorten the issuer (县人民政府关于…) that a masthead line above it writes in
  // full (临溪县人民政府): the 版头's name is the issuer. The signature does not count: there
  // the title's own form stands.
  static const RE2 level_only(R"(^(?:省|市|区|县|镇))");  // a name that starts at its level
  std::vector<std::string> masthead;                        // unit lines above the title
  if (L.title_first)
    for (std::size_t i = 0; i < *L.title_first; ++i)
      if (!L.chrome[i] && unit_line(doc.line(i))) masthead.push_back(strip_spaces(doc.line(i)));
  for (auto& issuer : rec.issuers) {
    if (!RE2::PartialMatch(issuer, level_only)) continue;
    for (const auto& f : masthead)
      if (f.size() > issuer.size() && f.ends_with(issuer)) {
        issuer = f;
        break;
      }
  }
  if (rec.issuers.empty() && L.banner) {
    static const RE2 banner(R"(^\s*(.+?)\s*文件\s*$)");
    std::string name;
    const auto line = doc.line(*L.banner);
    if (RE2::FullMatch(re2::StringPiece(line.data(), line.size()), banner, &name))
      for (auto& u : split_units(name)) push_unique(rec.issuers, u);
  }
  // Joint senders on their own lines right above the title (中共X镇委员会 / X镇人民政府).
  if (rec.issuers.empty() && L.title_first) {
    std::vector<std::size_t> block;
    for (auto p = prev_nonblank(doc, *L.title_first); p && !L.chrome[*p] && unit_line(doc.line(*p));
         p = prev_nonblank(doc, *p))
      block.insert(block.begin(), *p);
    for (std::size_t i : block) {
      const std::size_t base = doc.lines()[i].begin;
      for (const auto& sp : split_unit_spans(doc.line(i)))
        push_unique(rec.issuers, doc.quote_compact(base + sp.begin, base + sp.end));
    }
  }
  if (rec.issuers.empty()) {
    for (std::size_t i = 0; i < L.body_begin && i < doc.lines().size(); ++i) {
      if (L.chrome[i] || (L.title_first && i >= *L.title_first)) break;
      if (!unit_line(doc.line(i))) continue;
      const std::size_t base = doc.lines()[i].begin;
      for (const auto& sp : split_unit_spans(doc.line(i)))
        push_unique(rec.issuers, doc.quote_compact(base + sp.begin, base + sp.end));
      break;
    }
  }
  if (rec.issuers.empty()) rec.issuers = rec.signers;
}

}  // namespace gongwen::extract
