// DOCX: word/document.xml read in order. A paragraph is a line; a table row is a line of cells
// joined by a tab (a cell's own paragraphs joined by a space); text boxes and the visible
// result of fields are text; deleted revisions, field codes, hidden runs and ruby glosses are
// not. Headers and footers are kept apart, as `page` fields.
#include <algorithm>
#include <string>

#include "formats/formats.h"
#include "formats/text_out.h"
#include "formats/xml.h"
#include "formats/zip.h"

namespace gongwen::formats {
namespace {

bool ends_with(std::string_view s, std::string_view e) { return s.size() >= e.size() && s.substr(s.size() - e.size()) == e; }

// Properties (pPr, rPr, sectPr, tblPr …) hold no text: their w:tab elements are tab stops.
bool properties(std::string_view name) {
  return ends_with(name, "Pr") || ends_with(name, "PrEx") || ends_with(name, "PrChange") || name == "tblGrid";
}

// Elements whose text the reader of the page does not see.
constexpr std::string_view k_unseen[] = {"del", "moveFrom", "delText", "instrText", "delInstrText", "rt",
                                         "footnoteReference", "endnoteReference", "commentReference"};

bool hidden_run(const pugi::xml_node& r) {
  for (pugi::xml_node pr = r.first_child(); pr; pr = pr.next_sibling()) {
    if (local_name(pr) != "rPr") continue;
    for (pugi::xml_node p = pr.first_child(); p; p = p.next_sibling())
      if (local_name(p) == "vanish") {
        const std::string_view v = p.attribute("w:val").value();
        return v != "0" && v != "false" && v != "off";
      }
  }
  return false;
}

class Walker {
 public:
  explicit Walker(TextOut& out) : m_out(out) {}

  // Recursion is bounded: parse_xml refused anything nested deeper than the XML limit.
  void walk(const pugi::xml_node& n) {
    for (pugi::xml_node k = n.first_child(); k; k = k.next_sibling()) {
      if (k.type() == pugi::node_pcdata || k.type() == pugi::node_cdata) {
        if (m_in_text) m_line += k.value();
        continue;
      }
      if (k.type() != pugi::node_element) continue;
      const std::string_view name = local_name(k);
      if (properties(name) || std::find(std::begin(k_unseen), std::end(k_unseen), name) != std::end(k_unseen)) continue;
      if (name == "t") {
        m_in_text = true;
        walk(k);
        m_in_text = false;
      } else if (name == "tab") {
        m_line += '\t';
      } else if (name == "br" || name == "cr") {
        end_line();
      } else if (name == "noBreakHyphen") {
        m_line += '-';
      } else if (name == "r") {
        if (!hidden_run(k)) walk(k);
      } else if (name == "p") {
        end_line();
        walk(k);
        end_line();
      } else if (name == "tbl") {
        end_line();
        walk(k);
      } else if (name == "tr") {
        row(k);
      } else if (name == "AlternateContent") {
        // mc:Choice and mc:Fallback hold the same text box twice: read the first only.
        if (pugi::xml_node first = k.find_child([](const pugi::xml_node& c) { return c.type() == pugi::node_element; }))
          walk(first);
      } else if (name == "txbxContent" && m_cell == 0) {
        // A text box's paragraphs stand apart from the paragraph they are anchored in.
        const std::string before = std::move(m_line);
        m_line.clear();
        walk(k);
        end_line();
        m_line = before;
      } else {
        walk(k);  // runs, hyperlinks, content controls, smart tags, fields, insertions …
      }
    }
  }

 private:
  // Inside a table cell a paragraph break is a space; elsewhere it ends the line.
  void end_line() {
    if (m_cell > 0) {
      if (!m_line.empty() && m_line.back() != ' ') m_line += ' ';
      return;
    }
    m_out.line(m_line);
    m_line.clear();
  }

  void row(const pugi::xml_node& tr) {
    if (m_cell > 0) {  // a table inside a cell: its rows run on in the cell
      walk(tr);
      return;
    }
    std::string cells;
    bool first = true;
    for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling()) {
      const std::string_view name = local_name(tc);
      if (name != "tc" && name != "sdt" && name != "customXml") continue;
      ++m_cell;
      m_line.clear();
      walk(tc);
      --m_cell;
      while (!m_line.empty() && m_line.back() == ' ') m_line.pop_back();
      if (!first) cells += '\t';
      cells += m_line;
      first = false;
    }
    m_line.clear();
    m_out.line(cells);
  }

  TextOut& m_out;
  std::string m_line;
  bool m_in_text = false;
  int m_cell = 0;
};

// The text of one part (document, header, footer) under the limits.
bool part_text(ZipReader& zip, const std::string& name, const Limits& limits, TextOut& out, Converted& err) {
  auto xml = zip.read(name);
  if (!xml) {
    err = failure("docx", zip.error_code(), zip.error_message());
    return false;
  }
  pugi::xml_document doc;
  const XmlResult r = parse_xml(*xml, limits.xml_depth, doc, name);
  if (!r.ok()) {
    err = failure("docx", r.error_code, r.error_message);
    return false;
  }
  Walker(out).walk(doc);
  return true;
}

}  // namespace

Converted read_docx(std::string_view bytes, const Limits& limits) {
  ZipReader zip(bytes, limits);
  if (!zip.ok()) return failure("docx", zip.error_code(), zip.error_message());
  Converted c, err;
  c.format = "docx";
  c.encoding = "UTF-8";
  TextOut body(limits.text_bytes);
  if (!part_text(zip, "word/document.xml", limits, body, err)) return err;
  if (body.full()) return failure("docx", "text-too-large", "the document holds more text than the limit");
  c.text = body.take();
  // Headers and footers, in the order of their part names (header1, header2 …).
  std::vector<std::string> parts;
  for (const auto& n : zip.names())
    if ((n.starts_with("word/header") || n.starts_with("word/footer")) && ends_with(n, ".xml")) parts.push_back(n);
  std::sort(parts.begin(), parts.end());
  for (const auto& name : parts) {
    TextOut t(1 << 16);
    if (!part_text(zip, name, limits, t, err)) return err;
    std::string v = t.take();
    std::replace(v.begin(), v.end(), '\n', ' ');
    while (!v.empty() && v.back() == ' ') v.pop_back();
    if (v.empty()) continue;
    const bool header = name.starts_with("word/header");
    PageField f{header ? "header" : "footer", header ? "页眉" : "页脚", v};
    if (std::none_of(c.page.begin(), c.page.end(), [&](const PageField& g) { return g.key == f.key && g.value == f.value; }))
      c.page.push_back(std::move(f));
  }
  if (c.text.empty()) return failure("docx", "no-text", "the document holds no text");
  return c;
}

}  // namespace gongwen::formats
