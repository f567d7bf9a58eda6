// libFuzzer target for the PDF reader (tests/fuzz/README.md).
#include "fuzz_target.h"

GONGWEN_FUZZ_TARGET(read_pdf)
