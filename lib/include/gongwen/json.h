// The canonical JSON form of a record: fixed key order, one line. Tools, golden files and the
// catalog all print records through here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "gongwen/record.h"

namespace gongwen {

std::string to_json(const Record& rec);
std::string to_json(const InputError& err);
// Parses a record line written by to_json (for tools that read JSON Lines of records).
// nullopt with *error set when the line is not a record.
std::optional<Record> record_from_json(std::string_view line, std::string* error);

}  // namespace gongwen
