#pragma once

#include "document.h"
#include "gongwen/record.h"

namespace gongwen::extract {

// Fills every extracted field of rec from doc.
void run(const Document& doc, Record& rec);

}  // namespace gongwen::extract
