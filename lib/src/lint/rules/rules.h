// One function per rule, each defined in its own file under rules/; catalog.cc lists them.
#pragma once

#include "lint/rule.h"

namespace gongwen::lint::rules {

const Rule& missing_element();
const Rule& doc_number_format();
const Rule& date_format();
const Rule& invalid_date();
const Rule& missing_year();
const Rule& date_inconsistent();
const Rule& proposal_number_mismatch();
const Rule& misspelled_term();
const Rule& personal_data();
const Rule& page_break_split();
const Rule& ocr_garbage();
const Rule& injected_text();
const Rule& halfwidth_punctuation();
const Rule& markup_residue();
const Rule& unbalanced_pair();
const Rule& result_code_invalid();
const Rule& attachment_mismatch();
const Rule& duplicate_document();
const Rule& conflicting_reply();

}  // namespace gongwen::lint::rules
