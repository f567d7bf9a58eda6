// gw-due: which replies are due, late or overdue, and which promises are falling due.
//
// run_status reads a register (CSV or XLSX) and reply letters (documents or JSON Lines of
// records), gives each register row one status — replied, replied-late, overdue, due-soon,
// pending — by a profile's rules, and closes with a summary per lead unit. run_commitments lists
// the dated commitments of replies and notices that have come due. Both write the report to
// `out`, problems as "file:line[:col]: severity[code] message" to `err`, and return the exit
// status: 0 nothing overdue, 1 something overdue, 2 usage or input errors.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace gongwen::due {

enum class Format { table, csv, json, xlsx };

struct Options {
  std::string register_path;           // run_status only
  std::string profile = "national";    // a built-in profile's name or a TOML file
  std::vector<std::string> holidays;   // extra holiday files (data/holidays-cn.tsv's format)
  std::string as_of;                   // YYYY-MM-DD; empty = today
  int soon = 14;                       // due-soon: due within this many days
  Format format = Format::table;
  bool colour = false;                 // table only
  int jobs = 0;                        // worker threads for reading documents; 0 = all cores
  std::vector<std::string> inputs;     // letters: files, folders, JSON Lines of records, "-"
};

int run_status(const Options& options, std::ostream& out, std::ostream& err);
int run_commitments(const Options& options, std::ostream& out, std::ostream& err);
// Prints a profile (built-in name or TOML file) as the TOML it is read from; 2 when invalid.
int run_profile(const std::string& name_or_path, std::ostream& out, std::ostream& err);

}  // namespace gongwen::due
