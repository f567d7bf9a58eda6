// --fix and --diff: applying the safe fixes of a document's findings to its decoded text, and
// showing the change as a unified diff. Writing the file back (in its own encoding) is run.cc's.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "gongwen/lint.h"

namespace gongwen::lint {

struct Applied {
  std::string text;                  // the decoded source with the fixes applied
  std::vector<std::size_t> applied;  // indices of the findings whose fix went in
  std::size_t skipped = 0;           // fixes left out because they overlap an earlier one
};

// Applies every fix in `findings` (in source order); a fix whose edits overlap an edit already
// taken is skipped whole, so that a second run picks it up.
Applied apply_fixes(std::string_view source, const std::vector<Finding>& findings);

// A unified diff (--- a/path, +++ b/path, @@ hunks with 3 lines of context) of before -> after;
// empty when they are equal.
std::string unified_diff(const std::string& path, std::string_view before, std::string_view after);

}  // namespace gongwen::lint
