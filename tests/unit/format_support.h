// Helpers shared by the tests of lib/src/formats: files of corpus/formats and records compared
// field by field.
#pragma once

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "gongwen/ingest.h"
#include "gongwen/json.h"
#include "source_dir.h"

namespace format_test {

inline std::string corpus(const std::string& name) { return std::string(gongwen_test::source_dir()) + "/corpus/formats/" + name; }

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A record as JSON, without what depends on the file rather than the document.
inline nlohmann::ordered_json comparable(const gongwen::Record& r) {
  auto j = nlohmann::ordered_json::parse(gongwen::to_json(r));
  for (const char* k : {"id", "source", "page"}) j.erase(k);
  return j;
}

// Drops every "at" (line:col): for records of texts whose lines differ but whose fields agree.
inline void drop_locations(nlohmann::ordered_json& j) {
  if (j.is_object()) {
    j.erase("at");
    for (auto& [k, v] : j.items()) drop_locations(v);
  } else if (j.is_array()) {
    for (auto& v : j) drop_locations(v);
  }
}

inline void check_same_fields(const nlohmann::ordered_json& want, const nlohmann::ordered_json& got) {
  for (const auto& [key, value] : want.items()) {
    CAPTURE(key);
    CHECK_MESSAGE(got.contains(key), "missing field " << key);
    if (got.contains(key)) CHECK_MESSAGE(got[key] == value, key << ":\n want " << value.dump() << "\n got  " << got[key].dump());
  }
  CHECK(got.size() == want.size());
}

}  // namespace format_test
