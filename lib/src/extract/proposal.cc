// The suggestions and proposals a reply answers: number (第20220402号, 12号提案, （第X号）,
// 2025D048), kind (建议/提案/议案), title (《》 or “”), and the session that raised them
// (市七届人大二次会议, 区政协十届三次会议, 政协X市第X届委员会第X次会议 …).
#include <re2/re2.h>

#include <array>
#include <memory>
#include <map>

#include "extract/extract.h"
#include "extract/match.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace gongwen::extract {
namespace {

using text::utf8::strip_spaces;

constexpr const char* k_num = R"([一二三四五六七八九十百\d]{1,4})";

struct SessionRow {
  const char* pattern;
  // group numbers (0 = absent) of the places that may give the level (first found wins),
  // then of body, term and meeting
  int levels[3];
  int body, term, meeting;
};

std::string session_pattern(const char* tmpl) {
  std::string s(tmpl);
  for (std::size_t p = s.find("NUM"); p != std::string::npos; p = s.find("NUM")) s.replace(p, 3, k_num);
  return s;
}

// 市七届人大二次会议 / 石家庄市第十五届人民代表大会第四次会议 / 十四届全国人大一次会议
// 区政协十届三次会议 / 政协X市第X届委员会第X次会议 / 十堰市人大第五届五次会议
// 县政协第九届委员会 (a term with no meeting: the item was raised between sessions)
constexpr std::array<SessionRow, 4> k_sessions{{
    {R"((全国|自治区|[省市区县州旗])?\s*(?:第\s*)?(NUM)\s*届\s*(全国)?\s*(人大|人民代表大会|政协)\s*(?:常委会)?\s*(?:第\s*)?(NUM)\s*次\s*(?:全体)?\s*会议)",
     {1, 3, 0}, 4, 2, 5},
    {R"((全国|自治区|[省市区县州旗])?\s*(政协|中国人民政治协商会议)\s*(?:[\p{Han}]{1,8}?(自治区|[省市区县州旗]))?\s*(?:第\s*)?(NUM)\s*届\s*(?:(全国)委员会|[\p{Han}]{0,6}?委员会)?\s*(?:第\s*)?(NUM)\s*次\s*(?:全体)?\s*会议)",
     {1, 3, 5}, 2, 4, 6},
    {R"((全国|自治区|[省市区县州旗])?\s*(人大)\s*(?:常委会)?\s*(?:第\s*)?(NUM)\s*届\s*(?:第\s*)?(NUM)\s*次\s*(?:全体)?\s*会议)",
     {1, 0, 0}, 2, 3, 4},
    {R"((全国|自治区|[省市区县州旗])?\s*(政协|中国人民政治协商会议)\s*(?:[\p{Han}]{1,8}?(自治区|[省市区县州旗]))?\s*(?:第\s*)?(NUM)\s*届\s*(全国)?委员会)",
     {1, 3, 5}, 2, 4, 0},
}};

int to_int(std::string_view s) {
  auto v = text::parse_numeral(s);
  return v && *v < 1000 ? static_cast<int>(*v) : 0;
}

struct Found {
  Session s;
  std::size_t pos;
};

std::vector<Found> find_sessions(const Document& doc, std::string_view region) {
  static const std::vector<std::unique_ptr<RE2>> res = [] {
    std::vector<std::unique_ptr<RE2>> v;
    for (const auto& r : k_sessions) v.push_back(std::make_unique<RE2>(session_pattern(r.pattern)));
    return v;
  }();
  std::vector<Found> out;
  for (std::size_t k = 0; k < k_sessions.size(); ++k) {
    const auto& row = k_sessions[k];
    each_match(*res[k], region, [&](const Match& m) {
      Session s;
      s.text = doc.quote_compact(m.begin(), m.end());
      const std::string body(m.str(row.body));
      s.body = body == "政协" || body == "中国人民政治协商会议" ? "政协" : "人大";
      std::string level;
      for (int g : row.levels)
        if (level.empty() && g) level = m.str(g);
      if (!level.empty()) s.level = level;
      if (int t = to_int(m.str(row.term))) s.term = t;
      if (int mt = row.meeting ? to_int(m.str(row.meeting)) : 0) s.meeting = mt;
      s.at = doc.loc(m.begin());
      out.push_back({std::move(s), m.begin()});
    });
  }
  // The term-only form also matches where a full session starts; the full one stands.
  std::erase_if(out, [&](const Found& f) {
    return !f.s.meeting && std::any_of(out.begin(), out.end(), [&](const Found& g) { return g.pos == f.pos && g.s.meeting; });
  });
  std::sort(out.begin(), out.end(), [](const Found& a, const Found& b) { return a.pos < b.pos; });
  return out;
}

struct NumberHit {
  std::string number;
  std::optional<std::string> kind;
  std::size_t pos;
  std::size_t line;
};

// Looks at the words around a candidate "第…号" to decide whether it names a proposal.
std::vector<NumberHit> find_numbers(const Document& doc, std::string_view region) {
  static const RE2 cand(R"((第)?\s*([A-Za-z]{0,4}\d{1,12}(?:[A-Za-z]{1,2}\d{1,6}|\.\d{1,4})?)\s*号)");
  static const RE2 kind_after(R"(^\s*(?:的)?\s*(?:代表|集体|重点|委员|人大代表|政协委员)?\s*(建议|提案|议案))");
  static const RE2 kind_before(R"((建议|提案|议案)\s*$)");
  static const RE2 session_before(R"((?:会议|会议上提出的|会议上的|会议的)\s*$)");
  static const RE2 title_after(R"(^\s*[《“"])");
  // The item's title may stand between the number and its kind: 第8号关于硬化村道的议案.
  static const RE2 kind_later(R"(^\s*(?:关于|[:：])[^。；;，,\n]{2,100}?的(建议|提案|议案))");
  std::vector<NumberHit> out;
  each_match(cand, region, [&](const Match& m) {
    const std::size_t b = m.begin();
    const std::string_view left = region.substr(b >= 24 ? b - 24 : 0, b >= 24 ? 24 : b);
    const std::string_view right = region.substr(m.end(), std::min<std::size_t>(40, region.size() - m.end()));
    const re2::StringPiece L(left.data(), left.size()), R(right.data(), right.size());
    // The serial of a document number (〔2021〕19号) is not a proposal.
    if (!left.empty()) {
      const char last = left.back();
      if (last == ']' || last == ')' || left.ends_with("〕") || left.ends_with("】")) return;
    }
    std::string kind;
    bool ok = RE2::PartialMatch(R, kind_after, &kind);
    if (!ok) {
      const std::string_view far = region.substr(m.end(), std::min<std::size_t>(330, region.size() - m.end()));
      ok = RE2::PartialMatch(re2::StringPiece(far.data(), far.size()), kind_later, &kind);
    }
    if (!ok) {
      std::string k2;
      if (RE2::PartialMatch(L, kind_before, &k2)) {
        ok = true;
        kind = k2;
      }
    }
    if (!ok) ok = RE2::PartialMatch(L, session_before) || RE2::PartialMatch(R, title_after);
    // （第X号） right after a quoted title, or in a heading: 《…》(13号)
    if (!ok && (left.ends_with("(") && right.starts_with(")")))
      ok = left.size() >= 4 && (left.substr(0, left.size() - 1).ends_with("》") ||
                                left.substr(0, left.size() - 1).ends_with("”") ||
                                left.substr(0, left.size() - 1).ends_with("议") ||
                                left.substr(0, left.size() - 1).ends_with("案"));
    if (!ok) return;
    NumberHit h;
    h.number = strip_spaces(m.str(2));
    h.pos = m.begin(2);
    // A one-character place prefix right after the session: 二次会议温36号建议 -> 温36.
    if (!m.has(1)) {
      static const RE2 place_prefix(R"(会议\s*([\p{Han}])\s*$)");
      re2::StringPiece place;
      if (RE2::PartialMatch(L, place_prefix, &place) && place != "第" && place != "上" && place != "的") {
        h.number = std::string(place.data(), place.size()) + h.number;
        h.pos = static_cast<std::size_t>(place.data() - region.data());
      }
    }
    if (!kind.empty()) h.kind = kind;
    h.line = doc.line_of(h.pos);
    out.push_back(std::move(h));
  });
  return out;
}

std::string without_leading_zeros(const std::string& s) {
  std::size_t k = 0;
  while (k + 1 < s.size() && s[k] == '0') ++k;
  return s.substr(k);
}

struct TitleHit {
  std::string title;
  std::size_t pos;  // folded offsets of the title's content
  std::size_t end;
  std::optional<std::string> kind;  // the word right after the marks: 《…》的提案, “…”的建议
};

// Quoted titles in 《》 or “” (nesting respected) that name a suggestion or proposal.
std::vector<TitleHit> find_titles(const Document& doc, std::string_view region) {
  std::vector<TitleHit> out;
  static const RE2 shape(R"(^(?:关于|对).{2,}|.*(?:建议|提案|议案|意见|问题)$)");
  static const RE2 context(R"(提出|收悉|您|你|贵|建议|提案|议案)");
  // What follows the closing mark names the item whatever the title's own wording:
  // 关于“…”的提案, 《修建村道》的建议.
  static const RE2 kind_after(R"(^\s*(?:的)?\s*(?:代表|委员|集体|重点)?\s*(建议|提案|议案))");
  static const RE2 number_or_received(R"(^\s*(?:[(（]\s*第?\s*[A-Za-z]{0,4}\d{1,12}\s*号?\s*[)）]|(?:已|业已)?收悉))");
  for (std::size_t i = 0; i < region.size();) {
    int len = 1;
    const char32_t c = text::utf8::decode(region, i, len);
    const std::size_t open_end = i + static_cast<std::size_t>(len);
    if (c != 0x300A /*《*/ && c != 0x201C /*“*/ && c != '"') {
      i = open_end;
      continue;
    }
    const char32_t close = c == 0x300A ? 0x300B : c == 0x201C ? 0x201D : U'"';
    int depth = 1;
    std::size_t k = open_end, content_end = std::string_view::npos;
    while (k < region.size()) {
      int l2 = 1;
      const char32_t d = text::utf8::decode(region, k, l2);
      if (d == '\n') break;
      if (d == close && close != c) {
        if (--depth == 0) { content_end = k; break; }
      } else if (d == c && close != c) {
        ++depth;
      } else if (close == c && d == c) {
        content_end = k;
        break;
      }
      k += static_cast<std::size_t>(l2);
    }
    std::string_view content;
    if (content_end != std::string_view::npos) {
      content = region.substr(open_end, content_end - open_end);
    } else if (c == 0x300A) {
      // An unclosed 《: the title runs to the number in brackets or to 收悉.
      std::string_view rest = region.substr(open_end, k - open_end);
      static const RE2 stop(R"(^(.*?)(?:\((?:第)?\s*\d|收悉|已收悉|$))");
      re2::StringPiece got;
      if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), stop, &got)) content = std::string_view(got.data(), got.size());
    }
    const std::string compact = strip_spaces(content);
    std::string after_kind;
    bool answered = false;  // 《…》(第8号)收悉: the book-title marks hold what the letter answers
    if (content_end != std::string_view::npos) {
      const std::string_view after = region.substr(content_end);
      const std::size_t close_len = after.empty() ? 0 : static_cast<std::size_t>(text::utf8::encoded_length(close));
      const std::string_view tail = after.substr(close_len, std::min<std::size_t>(24, after.size() - close_len));
      const re2::StringPiece tp(tail.data(), tail.size());
      RE2::PartialMatch(tp, kind_after, &after_kind);
      answered = c == 0x300A && RE2::PartialMatch(tp, number_or_received);
    }
    if (compact.size() >= 9 && compact.size() <= 400 &&
        (RE2::FullMatch(compact, shape) || !after_kind.empty() || answered)) {
      const std::size_t line = doc.line_of(open_end);
      const auto& fl = doc.lines()[line];
      const std::string_view whole = doc.text().substr(fl.begin, fl.end - fl.begin);
      if (RE2::PartialMatch(re2::StringPiece(whole.data(), whole.size()), context)) {
        const auto b = static_cast<std::size_t>(content.data() - doc.text().data());
        TitleHit hit{doc.quote_compact(b, b + content.size()), b, b + content.size(), std::nullopt};
        if (!after_kind.empty()) hit.kind = after_kind;
        out.push_back(std::move(hit));
      }
      if (content_end != std::string_view::npos) {
        i = content_end;  // a nested quote is part of this title, not a title of its own
        continue;
      }
    }
    i = open_end;
  }
  return out;
}

std::optional<std::string> kind_of_title(const std::string& t) {
  for (const char* k : {"建议", "提案", "议案"})
    if (t.ends_with(k)) return std::string(k);
  return std::nullopt;
}

}  // namespace

void extract_proposals(const Document& doc, const Layout& L, Record& rec) {
  // The region that names what is answered: the head and the first paragraphs of the body.
  std::size_t last = L.body_begin;
  for (int seen = 0; last < doc.lines().size() && seen < 3; ++last)
    if (!text::utf8::trim(doc.line(last)).empty()) ++seen;
  const std::size_t end = last < doc.lines().size() ? doc.lines()[last].begin : doc.text().size();
  const std::string_view region = doc.text().substr(0, end);

  const auto sessions = find_sessions(doc, region);
  const auto hits = find_numbers(doc, region);
  const auto titles = find_titles(doc, region);

  // One proposal per number; where the page title and the letter's own heading disagree on
  // the form (第091号 / 第 91号), the form nearest the salutation wins.
  std::vector<std::string> order;
  std::map<std::string, NumberHit> best;
  std::map<std::string, std::vector<std::size_t>> seen_at;  // every place each number is written
  for (const auto& h : hits) {
    // 临8 and 8 are one item: the place prefix is written in one place and not the other.
    std::string digits = h.number;
    if (!digits.empty() && static_cast<unsigned char>(digits[0]) >= 0x80) {
      int len = 1;
      text::utf8::decode(digits, 0, len);
      digits.erase(0, static_cast<std::size_t>(len));
    }
    const std::string key = without_leading_zeros(digits);
    seen_at[key].push_back(h.pos);
    auto it = best.find(key);
    if (it == best.end()) {
      order.push_back(key);
      best.emplace(key, h);
    } else {
      const bool h_head = h.line < L.body_begin;
      if (h_head && (it->second.line < h.line || !(it->second.line < L.body_begin))) {
        auto kind = it->second.kind;
        it->second = h;
        if (!it->second.kind) it->second.kind = kind;
      } else if (!it->second.kind && h.kind) {
        it->second.kind = h.kind;
      }
    }
  }
  // One item named two ways: the heading's 第110号 and, beside the letter's only title, a
  // different (第111号). The heading wins, as it does for two forms of one number.
  if (order.size() == 2 && !titles.empty() &&
      std::all_of(titles.begin(), titles.end(), [&](const TitleHit& t) { return t.title == titles[0].title; })) {
    const auto in_head = [&](const std::string& key) {
      const auto& at = seen_at.at(key);
      return std::any_of(at.begin(), at.end(), [&](std::size_t pos) { return doc.line_of(pos) < L.body_begin; });
    };
    if (in_head(order[0]) != in_head(order[1])) {
      const std::string& head = in_head(order[0]) ? order[0] : order[1];
      const std::string& other = in_head(order[0]) ? order[1] : order[0];
      // Kept as a diagnostic: the letter contradicts its heading (gw-lint reports it).
      rec.diagnostics.push_back({"proposal-number-mismatch",
                                 "item number " + best.at(other).number + " differs from " + best.at(head).number +
                                     " in the title",
                                 doc.loc(best.at(other).pos)});
      const std::string drop = other;
      std::erase(order, drop);
    }
  }
  for (const auto& key : order) {
    const auto& h = best.at(key);
    Proposal p;
    p.number = h.number;
    p.kind = h.kind;
    p.at = doc.loc(h.pos);
    // The session named before the number, else the first one.
    for (const auto& s : sessions)
      if (s.pos < h.pos) p.session = s.s;
    if (!p.session && !sessions.empty()) p.session = sessions.front().s;
    rec.proposals.push_back(std::move(p));
  }
  const bool greets_member = !rec.proposers.empty();
  if (rec.proposals.empty() && !titles.empty() &&
      (kind_of_title(titles[0].title) || titles[0].kind || greets_member)) {
    Proposal p;
    p.at = doc.loc(titles[0].pos);
    if (!sessions.empty()) p.session = sessions.front().s;
    rec.proposals.push_back(std::move(p));
  }
  // No number and no quoted title, but the letter says what it answers:
  // 您提出的关于增设站点的提案已收悉.
  if (rec.proposals.empty()) {
    static const RE2 received(R"((建议|提案|议案)\s*(?:已|业已|均已)?\s*收悉)");
    static const RE2 raised(R"(提出的[^。；;]{0,80}?(建议|提案|议案))");
    const auto add = [&](const Match& m) {
      Proposal p;
      p.kind = std::string(m.str(1));
      p.at = doc.loc(m.begin(1));
      if (!sessions.empty()) p.session = sessions.front().s;
      rec.proposals.push_back(std::move(p));
    };
    if (!first_match(received, region, add) && greets_member) first_match(raised, region, add);
  }
  if (rec.proposals.size() == 1 && !titles.empty()) {
    rec.proposals[0].title = titles[0].title;
    if (!rec.proposals[0].kind) rec.proposals[0].kind = titles[0].kind;
  } else if (rec.proposals.size() > 1) {
    // Several items: each takes the title written right beside its number,
    // 《…》（第20240031号） or 第20240031号《…》.
    for (std::size_t k = 0; k < rec.proposals.size(); ++k) {
      for (const std::size_t at : seen_at.at(order[k])) {
        for (const auto& t : titles) {
          const bool before = t.end <= at && at - t.end <= 16;
          const bool after = t.pos >= at && t.pos - at <= 24;
          if ((before || after) && !rec.proposals[k].title) {
            rec.proposals[k].title = t.title;
            if (!rec.proposals[k].kind) rec.proposals[k].kind = t.kind;
          }
        }
      }
    }
  }
  for (auto& p : rec.proposals) {
    // “关于…的提案”(第9号建议) from a 政协 session: the title and the session agree, the
    // bracketed word is the register's slip.
    if (p.kind && p.title && p.session) {
      const auto own = kind_of_title(*p.title);
      const std::string body_kind = p.session->body == "政协" ? "提案" : "建议";
      if (own && *own != *p.kind && *own == body_kind) p.kind = own;
    }
    if (p.kind) continue;
    if (p.title) p.kind = kind_of_title(*p.title);
    if (!p.kind && p.session) p.kind = p.session->body == "政协" ? "提案" : "建议";
    if (!p.kind && !rec.proposers.empty()) p.kind = rec.proposers[0].role == "委员" ? "提案" : "建议";
  }
}

}  // namespace gongwen::extract
