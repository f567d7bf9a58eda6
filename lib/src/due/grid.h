// A report as named tables of typed cells: defined once, then written as CSV blocks, XLSX sheets
// or JSON Lines objects, so that every format carries the same columns and values.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "due/followup.h"
#include "due/status.h"

namespace gongwen::due {

struct Cell {
  enum class Kind { null, text, integer, percent, list };
  Kind kind = Kind::null;
  std::string text;
  long long integer = 0;
  double percent = 0;  // 0..1
  std::vector<std::string> list;

  static Cell of(std::string s) { return {Kind::text, std::move(s), 0, 0, {}}; }
  static Cell of(long long n) { return {Kind::integer, {}, n, 0, {}}; }
  static Cell of_percent(double p) { return {Kind::percent, {}, 0, p, {}}; }
  static Cell of(std::vector<std::string> v) { return {Kind::list, {}, 0, 0, std::move(v)}; }
  template <class T>
  static Cell of(const std::optional<T>& v) {
    return v ? of(*v) : Cell{};
  }
};

struct Grid {
  std::string sheet;  // XLSX sheet name
  std::string type;   // JSON "type" of each row's object
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows{};  // small grids hold their rows …
  bool key_value = false;  // two columns (key, value): one JSON object, not one per row
  // … large ones make each row as it is written, so that 100,000 rows are never held twice.
  std::size_t count = 0;
  std::function<std::vector<Cell>(std::size_t)> make{};

  std::size_t size() const { return make ? count : rows.size(); }
  std::vector<Cell> at(std::size_t i) const { return make ? make(i) : rows[i]; }
};

// statuses, unmatched letters, units, report. The grids refer to `rep`, which must outlive them.
std::vector<Grid> report_grids(const Report& rep);
// commitments, report; they refer to `f`.
std::vector<Grid> followup_grids(const FollowUp& f);

// A cell as CSV or a terminal shows it: lists joined with 、, percentages as 66.7%.
std::string cell_text(const Cell& c);

}  // namespace gongwen::due
