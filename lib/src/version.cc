#include <string>

#include "gongwen/ingest.h"

namespace gongwen {

const char* build_id() {
  static const std::string id = std::string(k_version) + "+" +
#include "source_id.inc"
      ;
  return id.c_str();
}

}  // namespace gongwen
