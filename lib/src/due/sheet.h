// A spreadsheet as rows of text cells, from CSV or XLSX. Row numbers are those Excel shows, so
// that a problem at "register.csv:7" is on row 7 when the clerk opens the file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "due/problem.h"

namespace gongwen::due {

struct SheetRow {
  int number = 0;  // 1-based, as the spreadsheet numbers it
  std::vector<std::string> cells;
};

struct Sheet {
  std::string encoding;  // CSV: UTF-8 | UTF-8-BOM | GB18030 …; XLSX: "xlsx"
  bool date1904 = false;  // XLSX from old Mac Excel: serial 0 is 1904-01-01, not 1899-12-30
  std::vector<SheetRow> rows;
};

// CSV as Excel writes it (RFC 4180 quoting, CRLF, cells spanning lines), in UTF-8, UTF-8 with
// BOM, GB18030 or UTF-16 ("Unicode text", tab-separated). The separator is a comma, or a tab
// when the first line has tabs and no commas.
Result<Sheet> read_csv(std::string_view bytes, const std::string& name);

// The first worksheet of an XLSX workbook. Date cells come as Excel serial numbers (45352 =
// 2024-03-01) unless the cell holds text; the register reader turns them into days.
Result<Sheet> read_xlsx(std::string_view bytes, const std::string& name);

// Reads a file and picks the reader by its content (XLSX is a ZIP: "PK\3\4").
Result<Sheet> read_sheet_file(const std::string& path);

// One sheet of an XLSX workbook by its name, for tests that read what the xlsx writer wrote.
Result<Sheet> read_xlsx_sheet(std::string_view bytes, const std::string& name, std::string_view sheet);

}  // namespace gongwen::due
