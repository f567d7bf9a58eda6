// Commitments to follow up: the dated promises of replies and obligations of notices (预计到2025年
// 建成, 请于5月10日前报送) whose day has passed by --as-of or comes within --soon days, grouped by
// the unit bound, each with its source file:line:col.
#pragma once

#include <string>
#include <vector>

#include "due/calendar.h"
#include "due/status.h"
#include "gongwen/record.h"

namespace gongwen::due {

struct FollowUpItem {
  std::string unit;    // the unit bound, as the record gives it; "" when the text names none
  Status status = Status::overdue;  // overdue (its day has passed) or due-soon
  int days = 0;        // days since the due day, or days left
  Day due;
  std::string due_text;
  std::string path;
  Loc at;
  std::string text;
  std::string modality;
};

struct FollowUp {
  Day as_of;
  int soon = 14;
  int documents = 0;  // records read
  int skipped = 0;    // records that are neither replies nor notices (articles, reports)
  int undated = 0;    // commitments with no due day
  int later = 0;      // commitments due after the --soon window
  std::vector<FollowUpItem> items;  // grouped by unit (earliest due first), in a unit by due day
  int overdue() const;
};

// Adds the commitments of one record (replies and notices only).
void add_commitments(FollowUp& f, const Record& rec);
// Orders the items once every record is in.
void finish(FollowUp& f);

// Label of the group of commitments whose text names no unit.
inline constexpr std::string_view k_no_unit = "(unit not stated)";

}  // namespace gongwen::due
