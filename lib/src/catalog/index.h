// What the catalog's search indexes hold for one document. The indexes are contentless, so a
// row is deleted by giving its values again: both directions compute them here, from the stored
// text and record, with the same folding (its fingerprint is kept in meta; a change rebuilds).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "gongwen/record.h"

namespace gongwen::catalog {

// fields_fts columns, in table order.
inline constexpr std::array<std::string_view, 5> k_field_columns{"titles", "commitments", "units", "proposals",
                                                                 "bound"};

struct IndexRow {
  std::string text;                   // the folded text, newline-terminated
  std::array<std::string, 5> fields;  // one folded value per line, per k_field_columns
};

// The newline at the end puts every two-character string at the start of some trigram, so that
// a two-character query can be answered from the trigram vocabulary.
IndexRow index_row(std::string_view folded_text, const Record& rec);

// Changes whenever the text folding changes in a way matching could see.
std::string fold_fingerprint();

}  // namespace gongwen::catalog
