// --kind, --unit, --due-*, --signed-*, --result, --session, --proposer over a record. Files and
// the catalog both end here, so the two modes cannot disagree; the catalog's SQL only narrows
// the candidates first.
#pragma once

#include <string>

#include "gongwen/grep.h"
#include "gongwen/record.h"

namespace gongwen::search {

// Filters with the query strings folded once (unit: abbreviations expanded too).
struct PreparedFilters {
  grep::Filters raw;
  std::string unit;      // unit_key(raw.unit)
  std::string session;   // folded
  std::string proposer;  // folded
};
PreparedFilters prepare(const grep::Filters& f);

// Document level: every filter holds for the record. --unit: one of its bound or signing units
// contains the query; --due-*: one of its commitments is due in range.
bool document_passes(const Record& rec, const PreparedFilters& f);

// Commitment level (--in commitments): the due range holds for this commitment, and --unit
// matches its unit — or, where the text names none, the document's signers and issuers.
bool commitment_passes(const Record& rec, const Commitment& c, const PreparedFilters& f);

}  // namespace gongwen::search
