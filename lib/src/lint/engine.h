// Running the catalog: one document through every enabled per-document rule (in a worker
// thread), then the batch rules over the summaries of all documents.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyse.h"
#include "gongwen/lint.h"
#include "lint/rule.h"

namespace gongwen::lint {

struct DocOutcome {
  std::vector<Finding> findings;  // in source order
  std::optional<BatchDoc> batch;
  std::optional<InputError> error;
  std::string encoding;
  std::string format;
  std::string source;  // decoded text, kept only when fixes were asked for
  bool lossy = false;  // decoding replaced invalid bytes: writing the text back would lose them
};

// Lints one analysed document.
DocOutcome lint_analysis(const Analysis& a, const std::string& path, const Settings& settings,
                         std::string_view as_of, bool keep_source);
// Reads, analyses and lints one input.
DocOutcome lint_input(const std::string& path, const Settings& settings, std::string_view as_of, bool keep_source);
// The batch rules over every document read (each document's own settings decide severity).
std::vector<Finding> lint_batch(const std::vector<BatchDoc>& docs);

// Today's date, YYYY-MM-DD, local time.
std::string today();
bool valid_iso_date(std::string_view s);

}  // namespace gongwen::lint
