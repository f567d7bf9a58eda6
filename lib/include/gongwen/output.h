// Human-facing output shared by the tools: the record view of gw-show, terminal checks,
// display width (CJK = two columns) and padding.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "gongwen/record.h"

namespace gongwen {

// True when the stream is a terminal (colour and progress lines only then).
bool is_terminal(std::FILE* stream);
// Columns s takes on a terminal: East-Asian wide and full-width characters count two.
std::size_t display_width(std::string_view s);
// s padded with spaces to `width` display columns.
std::string pad_right(std::string_view s, std::size_t width);

// The record for a person: fields grouped (document, proposal, parties, handling, contacts,
// time, commitments, units, diagnostics), each value with its line:col, labels aligned.
std::string render_record(const Record& rec, bool colour);

}  // namespace gongwen
