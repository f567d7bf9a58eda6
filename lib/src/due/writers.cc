#include "due/writers.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>

#include "gongwen/output.h"

namespace gongwen::due {
namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos && (s.empty() || (s.front() != ' ' && s.back() != ' '))) return s;
  std::string out = "\"";
  for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

nlohmann::ordered_json json_cell(const Cell& c) {
  switch (c.kind) {
    case Cell::Kind::null: return nullptr;
    case Cell::Kind::text: return c.text;
    case Cell::Kind::integer: return c.integer;
    case Cell::Kind::percent: return std::round(c.percent * 10000) / 10000;
    case Cell::Kind::list: return c.list;
  }
  return nullptr;
}

}  // namespace

void write_csv(const std::vector<Grid>& grids, std::ostream& out) {
  out << "\xEF\xBB\xBF";
  bool first = true;
  for (const auto& g : grids) {
    if (!first) out << "\r\n";
    first = false;
    for (std::size_t c = 0; c < g.columns.size(); ++c) out << (c ? "," : "") << csv_field(g.columns[c]);
    out << "\r\n";
    for (std::size_t r = 0; r < g.size(); ++r) {
      const auto row = g.at(r);
      for (std::size_t c = 0; c < row.size(); ++c) out << (c ? "," : "") << csv_field(cell_text(row[c]));
      out << "\r\n";
    }
  }
}

void write_json(const std::vector<Grid>& grids, std::ostream& out) {
  for (const auto& g : grids) {
    if (g.key_value) {
      nlohmann::ordered_json j;
      j["type"] = g.type;
      for (std::size_t r = 0; r < g.size(); ++r) {
        const auto row = g.at(r);
        j[row[0].text] = json_cell(row[1]);
      }
      out << j.dump() << '\n';
      continue;
    }
    for (std::size_t r = 0; r < g.size(); ++r) {
      const auto row = g.at(r);
      nlohmann::ordered_json j;
      j["type"] = g.type;
      for (std::size_t c = 0; c < row.size(); ++c) j[g.columns[c]] = json_cell(row[c]);
      out << j.dump() << '\n';
    }
  }
}

Result<bool> write_xlsx(const std::vector<Grid>& grids, const std::string& path, Day created) {
  // Rows are written in order, so libxlsxwriter can flush each one: memory stays flat.
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) return Problem{path, 0, 0, Severity::error, "unwritable", "cannot create the workbook"};
  lxw_doc_properties properties{};
  properties.created = static_cast<std::time_t>(std::chrono::sys_seconds{created}.time_since_epoch().count());
  workbook_set_properties(wb, &properties);
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_bottom(head, LXW_BORDER_THIN);
  lxw_format* percent = workbook_add_format(wb);
  format_set_num_format(percent, "0.0%");
  for (const auto& g : grids) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, g.sheet.c_str());
    std::vector<std::size_t> width(g.columns.size(), 4);
    for (std::size_t c = 0; c < g.columns.size(); ++c) {
      worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), g.columns[c].c_str(), head);
      width[c] = std::max(width[c], display_width(g.columns[c]));
    }
    for (std::size_t r = 0; r < g.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      const auto cells = g.at(r);
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const Cell& cell = cells[c];
        const auto col = static_cast<lxw_col_t>(c);
        switch (cell.kind) {
          case Cell::Kind::null: break;
          case Cell::Kind::integer: worksheet_write_number(ws, row, col, static_cast<double>(cell.integer), nullptr); break;
          case Cell::Kind::percent: worksheet_write_number(ws, row, col, cell.percent, percent); break;
          case Cell::Kind::text:
          case Cell::Kind::list: worksheet_write_string(ws, row, col, cell_text(cell).c_str(), nullptr); break;
        }
        width[c] = std::max(width[c], display_width(cell_text(cell)));
      }
    }
    for (std::size_t c = 0; c < width.size(); ++c)
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           static_cast<double>(std::min<std::size_t>(width[c], 60) + 2), nullptr);
    if (!g.key_value) worksheet_freeze_panes(ws, 1, 0);
  }
  if (const lxw_error err = workbook_close(wb); err != LXW_NO_ERROR)
    return Problem{path, 0, 0, Severity::error, "unwritable", fmt::format("cannot write the workbook: {}", lxw_strerror(err))};
  return true;
}

}  // namespace gongwen::due
