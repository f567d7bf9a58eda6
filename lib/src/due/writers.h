// Writers: grids as CSV (UTF-8 with BOM, for Excel), JSON Lines and XLSX; reports as aligned
// tables for a terminal (East-Asian widths, colour when asked, overdue first).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "due/followup.h"
#include "due/grid.h"
#include "due/problem.h"
#include "due/status.h"

namespace gongwen::due {

// Each grid as a CSV block with its header; blocks separated by one empty line. Starts with the
// UTF-8 BOM and ends lines with CRLF, as Excel expects.
void write_csv(const std::vector<Grid>& grids, std::ostream& out);
// One JSON object a line: {"type": grid.type, column: value …}; a key/value grid is one object.
void write_json(const std::vector<Grid>& grids, std::ostream& out);
// One sheet a grid, header row bold and frozen, dates as text, percentages formatted. `created`
// is the workbook's creation date (the report's as-of day), so that the same report gives the
// same bytes.
Result<bool> write_xlsx(const std::vector<Grid>& grids, const std::string& path, Day created);

void write_table(const Report& rep, std::ostream& out, bool colour);
void write_table(const FollowUp& f, std::ostream& out, bool colour);

}  // namespace gongwen::due
