// A whole letter read as gw-ingest reads it, for tests that check the record it gives.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "gongwen/ingest.h"

namespace gongwen::test {

inline Record read_letter(const std::string& text) {
  auto o = ingest_bytes(text, "letter.txt");
  REQUIRE(o.record);
  return *o.record;
}

}  // namespace gongwen::test
