#include "due/problem.h"

#include <fmt/format.h>

namespace gongwen::due {

std::string format_problem(const Problem& p) {
  std::string at = p.file;
  if (p.line > 0) at += fmt::format(":{}", p.line);
  if (p.line > 0 && p.col > 0) at += fmt::format(":{}", p.col);
  return fmt::format("{}: {}[{}] {}", at, p.severity == Severity::error ? "error" : "warning", p.code, p.message);
}

}  // namespace gongwen::due
