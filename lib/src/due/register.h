// The register (交办台账): one row per assigned suggestion or proposal, read from CSV or XLSX with
// its columns found by their Chinese or English headers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "due/calendar.h"
#include "due/match.h"
#include "due/problem.h"
#include "due/profile.h"
#include "due/sheet.h"

namespace gongwen::due {

struct Row {
  int line = 0;                     // row number in the spreadsheet (the header is row 1)
  std::string number;               // as written: 第20240052号, 2024-52, 0052 …
  std::optional<NumberKey> key;     // normalised for matching
  std::string title;
  std::vector<std::string> proposers;  // split on 、，,;；
  std::vector<std::string> leads;   // 主办单位, split on 、，,;；
  std::vector<std::string> cos;     // 会办单位, split the same way
  std::string cls;                  // class: 建议 | 提案 | 议案 | a local class (重点建议 …); may be empty
  std::string session;              // 市七届人大二次会议 …; may be empty
  std::optional<Day> assigned;      // 交办日期
  std::optional<Day> received;      // 收到日期
  std::optional<Day> due;           // 办理时限 / 截止日期 given as a date: overrides the profile
  std::optional<Period> due_period; // 办理时限 given as a period (3个月): overrides the profile's count
  std::optional<Day> extended;      // 延期至
};

struct Register {
  std::string path;
  std::string encoding;
  std::vector<Row> rows;
};

// Rows of a sheet whose first non-empty row is the header. Rows with bad dates or missing
// required cells (number, lead unit, assigned date) are reported as `path:row` errors and left
// out; unknown columns are reported as warnings on row 1.
Register register_from_sheet(const Sheet& sheet, const std::string& path, Problems& problems);
// Reads a CSV or XLSX register; an unreadable file is one error and an empty register.
Register read_register(const std::string& path, Problems& problems);

}  // namespace gongwen::due
