// What gw-due reports about its inputs: a code and a place (file:row of a register, file:line:col
// of a letter or profile), from which the message is written. A problem never stops the run;
// errors make the exit status 2.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gongwen::due {

enum class Severity { warning, error };

struct Problem {
  std::string file;
  int line = 0;  // register row as the spreadsheet numbers it, or source line; 0 = whole file
  int col = 0;   // 0 = no column
  Severity severity = Severity::error;
  std::string code;  // bad-date, unknown-column, no-calendar-year, …
  std::string message;
};

// "file:line:col: error[code] message" (line and col left out when 0).
std::string format_problem(const Problem& p);

// Problems collected during a run, in the order they were found.
class Problems {
 public:
  void error(std::string file, int line, std::string code, std::string message, int col = 0) {
    m_list.push_back({std::move(file), line, col, Severity::error, std::move(code), std::move(message)});
  }
  void warning(std::string file, int line, std::string code, std::string message, int col = 0) {
    m_list.push_back({std::move(file), line, col, Severity::warning, std::move(code), std::move(message)});
  }
  void add(Problem p) { m_list.push_back(std::move(p)); }
  bool has_errors() const {
    for (const auto& p : m_list)
      if (p.severity == Severity::error) return true;
    return false;
  }
  const std::vector<Problem>& list() const { return m_list; }

 private:
  std::vector<Problem> m_list;
};

// A value or the problem that prevented it (exceptions do not leave the library).
template <class T>
class Result {
 public:
  Result(T value) : m_value(std::move(value)), m_ok(true) {}  // implicit on purpose, as expected<T> is
  Result(Problem error) : m_error(std::move(error)), m_ok(false) {}
  bool ok() const { return m_ok; }
  const T& value() const { return m_value; }
  T& value() { return m_value; }
  const Problem& error() const { return m_error; }

 private:
  T m_value{};
  Problem m_error;
  bool m_ok;
};

}  // namespace gongwen::due
