// XML from inside a DOCX or OFD, parsed under limits (pugixml). A DOCTYPE is refused outright:
// no DTD is read and no entity is expanded, so a billion-laughs file costs nothing. Nesting is
// measured on the raw bytes before parsing, so that no later walk can run out of stack.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace gongwen::formats {

struct XmlResult {
  std::string error_code;  // empty | xml-dtd | too-deep | xml-damaged
  std::string error_message;
  bool ok() const { return error_code.empty(); }
};

XmlResult parse_xml(std::string_view bytes, int max_depth, pugi::xml_document& doc, std::string_view what);

// Deepest element nesting in `bytes`, stopping early once it passes `limit`.
int xml_depth(std::string_view bytes, int limit);

// The local name of a node: "w:t" -> "t".
inline std::string_view local_name(const pugi::xml_node& n) {
  std::string_view s = n.name();
  const auto colon = s.find(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

}  // namespace gongwen::formats
