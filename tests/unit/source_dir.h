// The checkout the unit tests read their corpus from. Defined in source_dir.cc alone, the only
// file compiled with the checkout's absolute path, so that ccache can share every other object
// between checkouts.
#pragma once

namespace gongwen_test {
const char* source_dir();
}  // namespace gongwen_test
