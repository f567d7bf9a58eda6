// Narrowing a gw-grep query to candidate documents with the catalog's indexes and tables. Sound,
// not exact: every document that can match is a candidate, and search checks each one.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "catalog/sqlite.h"
#include "gongwen/grep.h"
#include "search/filters.h"
#include "search/matcher.h"

namespace gongwen::catalog {

// Cap on the trigrams one two-character string may expand to; beyond it, scan.
inline constexpr std::size_t k_max_expansion = 400;

// An FTS5 query expression: every trigram of s (folded text, three characters or more), ANDed.
// Empty when s is shorter.
std::string trigram_and(std::string_view s);

// The FTS5 expression for the matcher's required groups over one index (its vocabulary table
// named for two-character strings). `impossible` is set when no document can match.
std::string fts_expression(Db& db, const search::Matcher& m, std::string_view vocab, bool& impossible);

struct Candidate {
  std::int64_t id = 0;
  std::string path;
};

// Calls each(candidate) in path order. Registers gw_fold() and gw_unit() on db.
void for_each_candidate(Db& db, const search::Matcher& m, grep::Field in, const search::PreparedFilters& f,
                        const std::function<void(Candidate&&)>& each);

}  // namespace gongwen::catalog
