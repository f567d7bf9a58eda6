#include "source_dir.h"

namespace gongwen_test {
const char* source_dir() { return GONGWEN_SOURCE_DIR; }
}  // namespace gongwen_test
