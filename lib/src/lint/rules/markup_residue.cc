// markup-residue: HTML tags (<u>, <br/>) or entities (&nbsp;) left in the text. The fold found
// them (Folded::markup); the fix deletes a tag — a block tag inside a line becomes a line break —
// and writes an entity as its character.
#include <array>

#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

struct Entity {
  std::string_view name;
  std::string_view text;
};
constexpr std::array<Entity, 19> k_entities{{{"nbsp", " "}, {"ensp", " "}, {"emsp", " "}, {"amp", "&"},
                                            {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
                                            {"ldquo", "“"}, {"rdquo", "”"}, {"lsquo", "‘"}, {"rsquo", "’"},
                                            {"mdash", "—"}, {"ndash", "–"}, {"hellip", "…"}, {"middot", "·"},
                                            {"times", "×"}, {"yen", "¥"}, {"copy", "©"}}};

constexpr std::array<std::string_view, 12> k_block_tags{"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr"};

std::optional<std::string> entity_text(std::string_view e) {
  const std::string_view body = e.substr(1, e.size() - 2);
  if (!body.empty() && body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    char32_t v = 0;
    for (char c : body.substr(hex ? 2 : 1)) {
      const int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return std::nullopt;
      v = v * (hex ? 16 : 10) + static_cast<char32_t>(d);
      if (v > 0x10FFFF) return std::nullopt;
    }
    if (v == 0 || (v >= 0xD800 && v <= 0xDFFF) || v < 0x20) return std::nullopt;
    std::string s;
    text::utf8::append(s, v == 0xA0 ? U' ' : v);
    return s;
  }
  for (const auto& en : k_entities)
    if (en.name == body) return std::string(en.text);
  return std::nullopt;
}

std::string tag_name(std::string_view tag) {
  std::string n;
  for (std::size_t k = tag.size() > 1 && (tag[1] == '/' || tag[1] == '!') ? 2 : 1; k < tag.size(); ++k) {
    const char c = tag[k];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) break;
    n += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return n;
}

// One finding per line, on its first piece of markup; the fix removes all of the line's.
void check(Context& ctx) {
  const std::string_view src = ctx.doc.source();
  const std::string_view eol = src.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  const auto& spans = ctx.doc.folded().markup;
  for (std::size_t k = 0; k < spans.size();) {
    const int line = ctx.doc.source_loc(spans[k].begin).line;
    RawFix fix{"", {}};
    std::vector<std::string> shown;
    bool all_fixable = true, tags = false, entities = false;
    std::size_t first = k;
    for (; k < spans.size() && ctx.doc.source_loc(spans[k].begin).line == line; ++k) {
      const auto& m = spans[k];
      const std::string_view s = src.substr(m.begin, m.end - m.begin);
      if (s.empty()) continue;
      if (shown.size() < 3) shown.push_back(clip(s, 24));
      if (s[0] == '&') {
        entities = true;
        if (const auto t = entity_text(s)) fix.edits.push_back({m.begin, m.end, *t});
        else all_fixable = false;
        continue;
      }
      tags = true;
      bool block = false;
      for (auto b : k_block_tags) block = block || b == tag_name(s);
      // Alone at a line's start or end, a block tag goes; inside a line it was a line break.
      std::size_t a = m.begin, z = m.end;
      while (a > 0 && (src[a - 1] == ' ' || src[a - 1] == '\t')) --a;
      while (z < src.size() && (src[z] == ' ' || src[z] == '\t')) ++z;
      const bool at_edge = a == 0 || src[a - 1] == '\n' || src[a - 1] == '\r' || z == src.size() || src[z] == '\n' ||
                           src[z] == '\r';
      fix.edits.push_back({m.begin, m.end, block && !at_edge ? std::string(eol) : std::string()});
    }
    const std::size_t n = k - first;
    const std::string what = tags && entities ? "pieces of HTML markup"
                             : tags           ? (n == 1 ? "HTML tag" : "HTML tags")
                                              : (n == 1 ? "HTML entity" : "HTML entities");
    std::string msg = (n == 1 ? what : std::to_string(n) + " " + what) + " left in the text: ";
    for (std::size_t q = 0; q < shown.size(); ++q) msg += (q ? " " : "") + shown[q];
    if (n > shown.size()) msg += " …";
    fix.description = !tags ? "write the entities' characters"
                      : entities ? "delete the tags and write the entities' characters"
                                 : "delete the tags";
    std::optional<RawFix> f;
    if (all_fixable && !fix.edits.empty()) f = std::move(fix);
    ctx.report(spans[first].begin, spans[first].end, msg, std::move(f));
  }
}

}  // namespace

const Rule& markup_residue() {
  static const Rule r{
      {"markup-residue", Severity::warning, "HTML tags or entities left in the text",
       "A document taken from a web page keeps the page's markup where the conversion missed it: underline "
       "tags around an e-mail address, &nbsp; for a space, <br> for a line break. Readers see the raw markup; "
       "the text of a 公文 is plain text laid out by GB/T 9704-2012, never markup.",
       "请将联络员信息报送至邮箱：<u>office@tj.gov.cn</u>，联系人：周琳&nbsp;&nbsp;电话：0573-82216012\n",
       "请将联络员信息报送至邮箱：office@tj.gov.cn，联系人：周琳，电话：0573-82216012\n",
       "delete the tag (a block tag inside a line becomes a line break) or write the entity's character"},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
