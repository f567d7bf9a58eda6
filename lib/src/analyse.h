// Bytes -> (Record, Document): the single entry point every stage goes through, so that
// decoding and folding happen once per document.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "document.h"
#include "gongwen/record.h"

namespace gongwen {

struct Analysis {
  Record record;
  std::unique_ptr<Document> doc;  // null when the input could not be decoded
  std::optional<InputError> error;
};

// How far analyse() goes: `text` stops once the text is decoded and folded (the record then
// holds only id and source) — for a search that reads nothing but the text; `record` extracts.
enum class Depth { text, record };

Analysis analyse(std::string_view bytes, const std::string& path, Depth depth = Depth::record);

// Reads a whole file ("-" = standard input), refusing more than k_max_input_bytes.
// On failure returns nullopt and fills err.
std::optional<std::string> read_input(const std::string& path, InputError& err);

}  // namespace gongwen
