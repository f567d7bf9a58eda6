// --baseline FILE: the findings a team accepts today, so the gate fails only on new ones. A
// finding matches a baseline entry by rule, path (relative to the baseline's folder) and
// fingerprint (the text around the span, so that lines moving up or down do not matter); each
// entry absorbs as many findings as it recorded.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "gongwen/lint.h"

namespace gongwen::lint {

class Baseline {
 public:
  // Reads FILE; nullopt with err set when it is not a gw-lint baseline.
  static std::optional<Baseline> load(const std::string& file, std::string& err);
  // Writes every finding to FILE (sorted, one per line); false with err set on failure.
  static bool write(const std::string& file, const std::vector<Finding>& findings, std::string& err);

  // True (and one use of the entry spent) when the baseline holds this finding.
  bool absorbs(const Finding& f);

 private:
  std::string m_dir;
  std::map<std::tuple<std::string, std::string, std::string>, int> m_left;
};

// The path as the baseline stores it: relative to `dir`, '/'-separated.
std::string baseline_path(const std::string& dir, const std::string& path);

}  // namespace gongwen::lint
