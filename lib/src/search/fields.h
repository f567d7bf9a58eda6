// The record fields gw-grep searches, listed once: the catalog indexes exactly these values and
// search checks exactly these, so an index hit and a check never disagree.
#pragma once

#include <string>
#include <vector>

#include "gongwen/grep.h"
#include "gongwen/record.h"

namespace gongwen::search {

struct FieldValue {
  std::string value;    // verbatim, as the record holds it
  Loc at;               // where it starts in the source; {0, 0} when the record has no position
  int commitment = -1;  // index in record.commitments, for commitment values
};

// The values of one field kind (not Field::text), in record order.
std::vector<FieldValue> field_values(const Record& rec, grep::Field field);

// Units a document binds or is signed by: issuers, signers, 主办/会办 units and the units of
// its commitments, folded and with abbreviations expanded (龙岗区卫健局 -> 龙岗区卫生健康局).
std::vector<std::string> bound_units(const Record& rec);

// A unit name or a --unit query, folded and with abbreviations expanded.
std::string unit_key(std::string_view name);

// The folded form of a field value or a query: what matching sees.
std::string folded(std::string_view s);

}  // namespace gongwen::search
