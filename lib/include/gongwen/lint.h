// gw-lint: validates a batch of documents against a catalog of rules (GB/T 9704-2012, the
// 党政机关公文处理工作条例 and the handling rules of deputies' suggestions), for CI.
//
// Rules read the Record and the folded Document that analyse() builds once per input; they never
// decode or parse again. Every finding points at the source as the user sees it (1-based line and
// column in characters) and may carry a safe fix.
#pragma once

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gongwen/record.h"

namespace gongwen::lint {

// Ordered: a finding "reaches" --fail-on when its severity is at least the threshold.
enum class Severity { off, note, warning, error };

std::string_view to_string(Severity s);
// "off" | "note" | "warning" | "error" (also "none" for off); nullopt otherwise.
std::optional<Severity> parse_severity(std::string_view s);

// Replace the decoded source between begin and end (end exclusive) by `text`. `offset` and
// `length` are the same span in bytes of the decoded UTF-8 source.
struct Edit {
  Loc begin;
  Loc end;
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string text;
};

struct Fix {
  std::string description;  // "write 〔〕 around the year"
  std::vector<Edit> edits;
};

struct Finding {
  std::string rule;  // kebab-case catalog name
  Severity severity = Severity::warning;
  std::string message;
  std::string path;
  Loc begin;  // 1-based; `end` is exclusive (the character after the span)
  Loc end;
  std::optional<Fix> fix;
  std::string fingerprint;  // stable across line shifts: rule, path and the text at the span
  // For display: the source line (or a window of it) and where the caret goes, in columns.
  std::string excerpt;
  std::size_t caret_col = 0;
  std::size_t caret_width = 0;
};

// What the catalog says about one rule (for --list-rules, --explain, SARIF rule descriptions).
struct RuleInfo {
  std::string_view name;
  Severity severity;
  std::string_view summary;    // one line
  std::string_view rationale;  // one paragraph, citing its source
  std::string_view bad;        // an example the rule flags (documents separated by k_next_document)
  std::string_view good;       // an example it accepts
  std::string_view fix;        // the safe fix, or empty
};

// Separates the documents of a batch example (duplicate-document, conflicting-reply).
inline constexpr std::string_view k_next_document = "\n=== next document ===\n";

// The whole catalog, in a fixed order.
std::vector<RuleInfo> all_rules();

enum class Format { text, json, sarif, github };
std::optional<Format> parse_format(std::string_view s);

struct Options {
  std::vector<std::string> paths;      // files, folders (recursive), "-" for standard input
  Format format = Format::text;
  std::string config;                  // .gwlint.toml to use for every input; empty = discover
  std::string baseline;                // baseline file; empty = none
  bool update_baseline = false;        // rewrite the baseline with today's findings
  Severity fail_on = Severity::error;  // off = never fail on findings
  std::string as_of;                   // YYYY-MM-DD; empty = today
  bool fix = false;                    // apply safe fixes in place
  bool diff = false;                   // print the fixes as a unified diff, write nothing
  int jobs = 0;                        // 0 = all cores
  bool colour = false;
};

// Exit codes of a run.
inline constexpr int k_exit_clean = 0;     // no finding reaches --fail-on
inline constexpr int k_exit_findings = 1;  // some finding does
inline constexpr int k_exit_usage = 2;     // usage or configuration error
inline constexpr int k_exit_input = 3;     // an input could not be read

// Lints every input and writes the findings to `out` in options.format; diagnostics about the
// run itself (unreadable inputs, fixes applied under machine formats, the baseline) go to `err`.
// Returns one of the exit codes above. Never throws.
int run(const Options& options, std::FILE* out, std::FILE* err);

// The catalog as a table, one rule per line.
std::string list_rules(bool colour);
// Everything about one rule, as Markdown ("all": every rule); nullopt for an unknown name.
std::optional<std::string> explain(std::string_view name);

// Lints one document held in memory with the default configuration (for tests and tools that
// already hold the bytes). `as_of` as in Options. Batch rules do not run.
std::vector<Finding> lint_bytes(std::string_view bytes, const std::string& path, const std::string& as_of = {});

}  // namespace gongwen::lint
