#include "formats/xml.h"

namespace gongwen::formats {

int xml_depth(std::string_view s, int limit) {
  int depth = 0, deepest = 0;
  for (std::size_t i = s.find('<'); i != std::string_view::npos && i + 1 < s.size(); i = s.find('<', i + 1)) {
    const char c = s[i + 1];
    if (c == '!' || c == '?') {  // comment, CDATA or processing instruction: skip its body
      const std::string_view end = s.compare(i, 4, "<!--") == 0 ? "-->" : s.compare(i, 9, "<![CDATA[") == 0 ? "]]>" : ">";
      const auto e = s.find(end, i + 2);
      if (e == std::string_view::npos) break;
      i = e;
      continue;
    }
    if (c == '/') {
      --depth;
      continue;
    }
    // An opening tag: find its '>' outside quoted attribute values.
    char quote = 0;
    std::size_t k = i + 1;
    for (; k < s.size(); ++k) {
      if (quote) {
        if (s[k] == quote) quote = 0;
      } else if (s[k] == '"' || s[k] == '\'') {
        quote = s[k];
      } else if (s[k] == '>') {
        break;
      }
    }
    if (k >= s.size()) break;
    if (s[k - 1] != '/') deepest = std::max(deepest, ++depth);
    if (deepest > limit) return deepest;
    i = k;
  }
  return deepest;
}

XmlResult parse_xml(std::string_view bytes, int max_depth, pugi::xml_document& doc, std::string_view what) {
  const std::string name(what);
  // A DOCTYPE has no place in OOXML or OFD; refusing it is the whole defence against entity
  // expansion and external entities (pugixml would not expand them either).
  const std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 4096));
  if (head.find("<!DOCTYPE") != std::string_view::npos || head.find("<!ENTITY") != std::string_view::npos)
    return {"xml-dtd", name + " declares a DTD; DTDs and entities are not read"};
  if (bytes.find("<!DOCTYPE") != std::string_view::npos)
    return {"xml-dtd", name + " declares a DTD; DTDs and entities are not read"};
  if (const int d = xml_depth(bytes, max_depth); d > max_depth)
    return {"too-deep", name + " nests elements deeper than " + std::to_string(max_depth)};
  const auto flags = pugi::parse_default | pugi::parse_ws_pcdata_single;
  const pugi::xml_parse_result r = doc.load_buffer(bytes.data(), bytes.size(), flags, pugi::encoding_auto);
  if (!r) return {"xml-damaged", name + ": " + r.description() + " at byte " + std::to_string(r.offset)};
  return {};
}

}  // namespace gongwen::formats
