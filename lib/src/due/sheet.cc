#include "due/sheet.h"

#include <fmt/format.h>
#include <zip.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>

#include "text/decode.h"

namespace gongwen::due {
namespace {

Problem sheet_problem(const std::string& name, int row, std::string code, std::string message) {
  return Problem{name, row, 0, Severity::error, std::move(code), std::move(message)};
}

// --- XLSX: a ZIP of XML parts --------------------------------------------------------------

class Zip {
 public:
  explicit Zip(std::string_view bytes) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (src) {
      m_zip = zip_open_from_source(src, ZIP_RDONLY, &err);
      if (!m_zip) zip_source_free(src);
    }
    zip_error_fini(&err);
  }
  ~Zip() {
    if (m_zip) zip_discard(m_zip);
  }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;
  bool ok() const { return m_zip != nullptr; }

  // The part's bytes; nullopt when the archive has no such part.
  std::optional<std::string> read(const std::string& part) const {
    zip_stat_t st;
    if (zip_stat(m_zip, part.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return std::nullopt;
    zip_file_t* f = zip_fopen(m_zip, part.c_str(), 0);
    if (!f) return std::nullopt;
    std::string data(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t n = zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    if (n < 0) return std::nullopt;
    data.resize(static_cast<std::size_t>(n));
    return data;
  }

 private:
  zip_t* m_zip = nullptr;
};

bool load_xml(pugi::xml_document& doc, const std::optional<std::string>& data) {
  return data && doc.load_buffer(data->data(), data->size());
}

// All text of a shared string or inline string, rich-text runs joined, phonetic runs left out.
std::string string_item(const pugi::xml_node& si) {
  std::string out;
  for (const auto& node : si.children()) {
    const std::string_view n = node.name();
    if (n == "t") out += node.text().get();
    else if (n == "r") out += node.child("t").text().get();
  }
  return out;
}

// "C12" -> column 2 (0-based).
int column_of(std::string_view ref) {
  int col = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) col = col * 26 + (ref[i] - 'A' + 1);
  return i == 0 ? -1 : col - 1;
}

// A numeric cell as text: integers without ".0" or exponent (Excel stores 20240052 as 2.0240052E7
// in some writers).
std::string number_text(std::string_view v) {
  if (v.find_first_of("eE.") == std::string_view::npos) return std::string(v);
  try {
    const double d = std::stod(std::string(v));
    if (std::floor(d) == d && std::fabs(d) < 1e15) return fmt::format("{}", static_cast<long long>(d));
  } catch (...) {
  }
  return std::string(v);
}

std::string sheet_target(const Zip& zip, std::string_view wanted, const std::string& name, Problem& problem,
                         bool& date1904) {
  pugi::xml_document wb, rels;
  if (!load_xml(wb, zip.read("xl/workbook.xml"))) {
    problem = sheet_problem(name, 0, "bad-xlsx", "no xl/workbook.xml: not an Excel workbook");
    return {};
  }
  const auto workbook = wb.child("workbook");
  date1904 = workbook.child("workbookPr").attribute("date1904").as_bool();
  pugi::xml_node sheet;
  for (const auto& s : workbook.child("sheets").children("sheet"))
    if (wanted.empty() || wanted == s.attribute("name").value()) {
      sheet = s;
      break;
    }
  if (!sheet) {
    problem = sheet_problem(name, 0, "bad-xlsx", wanted.empty() ? "the workbook has no sheet" : fmt::format("no sheet named {}", wanted));
    return {};
  }
  const std::string id = sheet.attribute("r:id").value();
  load_xml(rels, zip.read("xl/_rels/workbook.xml.rels"));
  for (const auto& r : rels.child("Relationships").children("Relationship"))
    if (id == r.attribute("Id").value()) {
      std::string target = r.attribute("Target").value();
      return target.starts_with('/') ? target.substr(1) : "xl/" + target;
    }
  return "xl/worksheets/sheet1.xml";
}

// --- CSV -------------------------------------------------------------------------------------

std::vector<SheetRow> parse_csv(std::string_view s, char sep) {
  std::vector<SheetRow> rows;
  SheetRow row;
  std::string cell;
  bool quoted = false, cell_started = false;
  auto end_cell = [&] {
    row.cells.push_back(std::move(cell));
    cell.clear();
    cell_started = false;
  };
  auto end_row = [&] {
    end_cell();
    row.number = static_cast<int>(rows.size()) + 1;
    rows.push_back(std::move(row));
    row = SheetRow{};
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') cell += '"', ++i;
      else if (c == '"') quoted = false;
      else cell += c;
    } else if (c == '"' && !cell_started) {
      quoted = cell_started = true;
    } else if (c == sep) {
      end_cell();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      end_row();
    } else {
      cell += c;
      cell_started = true;
    }
  }
  if (cell_started || !cell.empty() || !row.cells.empty()) end_row();
  return rows;
}

}  // namespace

Result<Sheet> read_csv(std::string_view bytes, const std::string& name) {
  text::Decoded dec = text::decode(bytes);
  if (!dec.error_code.empty()) return sheet_problem(name, 0, "bad-register", "not a text file: " + dec.error_message);
  if (!dec.invalid.empty())
    return sheet_problem(name, 0, "bad-encoding",
                         fmt::format("invalid {} bytes; save the register as CSV UTF-8 or CSV from Excel", dec.encoding));
  const std::string_view first_line = std::string_view(dec.text).substr(0, dec.text.find('\n'));
  const char sep = first_line.find('\t') != std::string_view::npos && first_line.find(',') == std::string_view::npos ? '\t' : ',';
  Sheet sheet;
  sheet.encoding = dec.encoding;
  sheet.rows = parse_csv(dec.text, sep);
  return sheet;
}

Result<Sheet> read_xlsx_sheet(std::string_view bytes, const std::string& name, std::string_view wanted) {
  const Zip zip(bytes);
  if (!zip.ok()) return sheet_problem(name, 0, "bad-xlsx", "not a readable XLSX (ZIP) file");
  Problem problem;
  Sheet sheet;
  sheet.encoding = "xlsx";
  bool date1904 = false;
  const std::string part = sheet_target(zip, wanted, name, problem, date1904);
  if (part.empty()) return problem;
  sheet.date1904 = date1904;

  std::vector<std::string> shared;
  pugi::xml_document strings;
  if (load_xml(strings, zip.read("xl/sharedStrings.xml")))
    for (const auto& si : strings.child("sst").children("si")) shared.push_back(string_item(si));

  pugi::xml_document doc;
  if (!load_xml(doc, zip.read(part))) return sheet_problem(name, 0, "bad-xlsx", fmt::format("cannot read {}", part));
  int next_row = 1;
  for (const auto& r : doc.child("worksheet").child("sheetData").children("row")) {
    SheetRow row;
    row.number = r.attribute("r").as_int(next_row);
    next_row = row.number + 1;
    int next_col = 0;
    for (const auto& c : r.children("c")) {
      const int col = c.attribute("r") ? column_of(c.attribute("r").value()) : next_col;
      if (col < 0 || col > 16383) continue;
      next_col = col + 1;
      const std::string_view type = c.attribute("t").value();
      const char* v = c.child("v").text().get();
      std::string value;
      if (type == "s") {
        const auto k = static_cast<std::size_t>(c.child("v").text().as_ullong(shared.size()));
        if (k < shared.size()) value = shared[k];
      } else if (type == "inlineStr") {
        value = string_item(c.child("is"));
      } else if (type == "b") {
        value = std::string_view(v) == "1" ? "TRUE" : "FALSE";
      } else if (type == "str" || type == "e" || type == "d") {
        value = v;
      } else {
        value = number_text(v);
      }
      if (row.cells.size() <= static_cast<std::size_t>(col)) row.cells.resize(static_cast<std::size_t>(col) + 1);
      row.cells[static_cast<std::size_t>(col)] = std::move(value);
    }
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

Result<Sheet> read_xlsx(std::string_view bytes, const std::string& name) { return read_xlsx_sheet(bytes, name, ""); }

Result<Sheet> read_sheet_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return sheet_problem(path, 0, "unreadable", "cannot read the register");
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (data.empty()) return sheet_problem(path, 0, "empty", "the register is empty");
  if (data.starts_with("PK\x03\x04")) return read_xlsx(data, path);
  return read_csv(data, path);
}

}  // namespace gongwen::due
