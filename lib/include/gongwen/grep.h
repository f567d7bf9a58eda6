// gw-grep: search documents — plain files, or a catalog built by gw-ingest --db — for a literal
// or an RE2 pattern matched on the folded text (full-width forms, spaces in numbers, traditional
// characters normalised) and reported at source positions, narrowed by record fields.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::grep {

// What a pattern is matched against. `text` is the whole document; the others are record
// fields: titles (the document's and its proposals'), commitments, units (every organisation
// named, and the parties), proposals (session, number and title of each proposal answered).
enum class Field { text, titles, commitments, units, proposals };
std::optional<Field> parse_field(std::string_view s);
std::string_view to_string(Field f);

// Narrowing by record fields; an empty string is no filter. Dates are ISO bounds, inclusive,
// as parse_date_bound makes them.
struct Filters {
  std::string kind;           // reply | notice | other
  std::string unit;           // substring of a bound or signing unit; 卫健局 = 卫生健康局
  std::string due_before;     // a commitment due on or before
  std::string due_after;      // a commitment due on or after
  std::string signed_before;  // signed on or before
  std::string signed_after;   // signed on or after
  std::string result;         // A | B | C | D
  std::string session;        // substring of a proposal's session (区七届人大)
  std::string proposer;       // substring of a proposer's name
  bool any() const;
};

// YYYY, YYYY-MM or YYYY-MM-DD as an inclusive bound: the first day of the period, or with
// `last` its last day (2025 -> 2025-12-31, 2025-02 -> 2025-02-31, which sorts after every
// February date). nullopt when s is none of those.
std::optional<std::string> parse_date_bound(std::string_view s, bool last);

enum class Format { text, json, csv, count, stats };

struct Options {
  std::string pattern;             // empty: every document (or field value) the filters let through
  bool regex = false;              // RE2 syntax; otherwise a literal
  Field in = Field::text;
  Filters filters;
  std::vector<std::string> paths;  // files and folders; empty with no catalog = "."
  std::string db;                  // a catalog: search it instead of files
  Format format = Format::text;
  int context = 0;                 // lines of context around text matches (text format)
  bool colour = false;
  int jobs = 0;                    // worker threads; 0 = all cores
};

inline constexpr int k_exit_match = 0;
inline constexpr int k_exit_no_match = 1;
inline constexpr int k_exit_error = 2;

// Searches and writes the results to `out` in options.format; messages about inputs that could
// not be read and about the catalog go to `err`. Returns an exit code above (an error wins over
// a match, as in grep). Never throws.
int run(const Options& options, std::FILE* out, std::FILE* err);

}  // namespace gongwen::grep
