// Output formats of gw-lint: text (file:line:col: severity[name] message + the line and a caret),
// JSON Lines, SARIF 2.1.0 and GitHub workflow commands. Each writes findings as they come, so a
// large batch never has to be held in memory.
#pragma once

#include <array>
#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>

#include "gongwen/lint.h"

namespace gongwen::lint {

struct Stats {
  std::size_t documents = 0;
  std::size_t unreadable = 0;
  std::array<std::size_t, 4> by_severity{};  // indexed by Severity
  std::size_t suppressed = 0;                // absorbed by the baseline
  std::size_t fixable = 0;
  std::size_t fixed = 0;
};

class Writer {
 public:
  virtual ~Writer() = default;
  virtual void begin() {}
  virtual void finding(const Finding& f) = 0;
  virtual void input_error(const InputError&) {}
  virtual void end(const Stats&) {}
};

std::unique_ptr<Writer> make_writer(Format format, std::FILE* out, bool colour);

// A path as a SARIF artifact URI: relative paths stay relative ('/'-separated, percent-encoded),
// absolute ones become file:// URIs.
std::string artifact_uri(const std::string& path);

// The one-line summary a text run ends with ("2 errors, 1 warning in 3 documents").
std::string summary_line(const Stats& s);

}  // namespace gongwen::lint

namespace gongwen::lint {

// One rule as Markdown (--explain, docs/rules.md, SARIF help).
std::string rule_markdown(const RuleInfo& r);

}  // namespace gongwen::lint
