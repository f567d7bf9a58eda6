// OFD (GB/T 33190-2016): a zip of XML. OFD.xml names the document root, Document.xml lists the
// pages, each page's Content.xml holds TextObjects whose TextCodes are placed by X, Y and
// DeltaX. The glyph runs are grouped into lines by baseline and read top to bottom, left to
// right, then rejoined into paragraphs as for PDF (formats/layout.cc). Template pages (the
// letterhead and page furniture a producer shares between pages) are not read.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "formats/formats.h"
#include "formats/layout.h"
#include "formats/xml.h"
#include "formats/zip.h"

namespace gongwen::formats {
namespace {

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_node k = n.first_child(); k; k = k.next_sibling())
    if (k.type() == pugi::node_element && local_name(k) == name) return k;
  return {};
}

std::vector<double> numbers(std::string_view s) {
  std::vector<double> v;
  std::string tmp(s);
  std::istringstream in(tmp);
  for (double d; in >> d;) v.push_back(d);
  return v;
}

// DeltaX "1 2 g 3 4.5": g N D stands for N times D.
std::vector<double> deltas(std::string_view s) {
  std::vector<double> out;
  std::istringstream in{std::string(s)};
  for (std::string tok; in >> tok && out.size() < 100000;) {
    if (tok == "g") {
      double n = 0, d = 0;
      if (!(in >> n >> d)) break;
      for (int k = 0; k < static_cast<int>(std::min(n, 100000.0)); ++k) out.push_back(d);
    } else {
      out.push_back(std::strtod(tok.c_str(), nullptr));
    }
  }
  return out;
}

// "Doc_0/Pages/Page_0/Content.xml" from a location relative to `base` ("Doc_0/") or absolute.
std::string resolve(const std::string& base, std::string_view loc) {
  std::string path = loc.starts_with("/") ? std::string(loc.substr(1)) : base + std::string(loc);
  // Fold "a/./b" and "a/../b".
  std::vector<std::string> parts;
  for (std::size_t b = 0, e; b <= path.size(); b = e + 1) {
    e = path.find('/', b);
    if (e == std::string::npos) e = path.size();
    const std::string part = path.substr(b, e - b);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::string dir_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

struct Glyphs {
  std::string text;
  double x0, x1, baseline, size;
};

std::size_t utf8_count(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Every TextCode of a page content, in document order, placed on the page.
void collect(const pugi::xml_node& n, double ox, double oy, std::vector<Glyphs>& out) {
  for (pugi::xml_node k = n.first_child(); k; k = k.next_sibling()) {
    if (k.type() != pugi::node_element) continue;
    const std::string_view name = local_name(k);
    if (name != "TextObject") {
      collect(k, ox, oy, out);  // Layers, PageBlocks
      continue;
    }
    const auto box = numbers(k.attribute("Boundary").value());
    const double bx = ox + (box.size() >= 2 ? box[0] : 0), by = oy + (box.size() >= 2 ? box[1] : 0);
    const double size = std::max(0.1, k.attribute("Size").as_double(3.5));
    double x = 0, y = 0;
    for (pugi::xml_node tc = k.first_child(); tc; tc = tc.next_sibling()) {
      if (tc.type() != pugi::node_element || local_name(tc) != "TextCode") continue;
      // X and Y carry over from the previous TextCode when absent.
      if (tc.attribute("X")) x = tc.attribute("X").as_double();
      if (tc.attribute("Y")) y = tc.attribute("Y").as_double();
      const std::string text = tc.text().get();
      if (text.empty()) continue;
      const auto dx = deltas(tc.attribute("DeltaX").value());
      const std::size_t chars = utf8_count(text);
      double width = size;  // the last glyph
      for (std::size_t i = 0; i + 1 < chars; ++i) width += i < dx.size() ? dx[i] : size;
      out.push_back({text, bx + x, bx + x + width, by + y, size});
    }
  }
}

PlacedPage place(std::vector<Glyphs> glyphs, double width, double height) {
  // Baselines within a third of the font size are one line; lines top to bottom, runs left to right.
  std::stable_sort(glyphs.begin(), glyphs.end(), [](const Glyphs& a, const Glyphs& b) { return a.baseline < b.baseline; });
  std::vector<std::vector<Glyphs>> rows;
  for (auto& g : glyphs) {
    if (rows.empty() || std::abs(g.baseline - rows.back().front().baseline) > g.size / 3) rows.emplace_back();
    rows.back().push_back(std::move(g));
  }
  PlacedPage page;
  page.width = width;
  page.height = height;
  for (auto& r : rows) {
    std::stable_sort(r.begin(), r.end(), [](const Glyphs& a, const Glyphs& b) { return a.x0 < b.x0; });
    PlacedLine line;
    line.size = r.front().size;
    line.top = r.front().baseline - line.size;
    line.bottom = r.front().baseline;
    for (const auto& g : r) append_run(line, g.text, g.x0, g.x1, false);
    page.lines.push_back(std::move(line));
  }
  return page;
}

struct Reader {
  ZipReader zip;
  const Limits& limits;
  Converted err;

  Reader(std::string_view bytes, const Limits& l) : zip(bytes, l), limits(l) {}

  bool load(const std::string& name, pugi::xml_document& doc) {
    auto xml = zip.read(name);
    if (!xml) {
      err = failure("ofd", zip.error_code(), zip.error_message());
      return false;
    }
    const XmlResult r = parse_xml(*xml, limits.xml_depth, doc, name);
    if (!r.ok()) {
      err = failure("ofd", r.error_code, r.error_message);
      return false;
    }
    return true;
  }
};

}  // namespace

Converted read_ofd(std::string_view bytes, const Limits& limits) {
  Reader rd(bytes, limits);
  if (!rd.zip.ok()) return failure("ofd", rd.zip.error_code(), rd.zip.error_message());
  pugi::xml_document ofd;
  if (!rd.load("OFD.xml", ofd)) return rd.err;
  const pugi::xml_node root = child(child(child(ofd, "OFD"), "DocBody"), "DocRoot");
  if (!root) return failure("ofd", "ofd-damaged", "OFD.xml names no DocRoot");
  const std::string doc_path = resolve("", root.text().get());
  pugi::xml_document document;
  if (!rd.load(doc_path, document)) return rd.err;
  const pugi::xml_node docnode = child(document, "Document");
  const auto area = numbers(child(child(child(docnode, "CommonData"), "PageArea"), "PhysicalBox").text().get());
  const double width = area.size() == 4 ? area[2] : 210, height = area.size() == 4 ? area[3] : 297;
  const std::string base = dir_of(doc_path);
  std::vector<PlacedPage> pages;
  std::size_t text_bytes = 0;
  for (pugi::xml_node p = child(child(docnode, "Pages"), "Page"); p; p = p.next_sibling()) {
    if (p.type() != pugi::node_element || local_name(p) != "Page") continue;
    if (static_cast<int>(pages.size()) >= limits.pdf_pages)
      return failure("ofd", "ofd-too-many-pages", "more pages than the limit of " + std::to_string(limits.pdf_pages));
    pugi::xml_document content;
    if (!rd.load(resolve(base, p.attribute("BaseLoc").value()), content)) return rd.err;
    const pugi::xml_node page = child(content, "Page");
    double w = width, h = height;
    if (const auto box = numbers(child(child(page, "Area"), "PhysicalBox").text().get()); box.size() == 4) w = box[2], h = box[3];
    std::vector<Glyphs> glyphs;
    collect(child(page, "Content"), 0, 0, glyphs);
    for (const auto& g : glyphs) text_bytes += g.text.size();
    if (text_bytes > limits.text_bytes) return failure("ofd", "text-too-large", "the document holds more text than the limit");
    pages.push_back(place(std::move(glyphs), w, h));
  }
  Converted c;
  c.format = "ofd";
  c.encoding = "UTF-8";
  c.text = assemble(pages, c.page);
  if (c.text.find_first_not_of(" \t\n") == std::string::npos)
    return failure("ofd", "no-text-layer", std::to_string(pages.size()) + " page(s) without text objects (a scan?)");
  return c;
}

}  // namespace gongwen::formats
