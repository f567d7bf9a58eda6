// .gwlint.toml: rules on/off and their severities, the profile (required elements per kind,
// valid result codes, which disclosures count as published), the misspelling dictionary, and
// per-glob overrides. Found by walking up from each input, or given with --config.
//
//   [rules]
//   halfwidth-punctuation = "off"          # off | note | warning | error
//   [profile]
//   reply-requires  = ["proposal-number", "addressee", "signer", "signed-date", "contact"]
//   result-codes    = ["A", "B", "C", "D"]
//   [misspellings]
//   files = ["terms.tsv"]                  # relative to this file
//   terms = { "布署" = "部署" }
//   [[overrides]]
//   files = ["archive/**"]
//   rules = { "date-format" = "off" }
//   profile = { result-codes = ["甲", "乙", "丙"] }
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gongwen/lint.h"
#include "lint/dictionary.h"

namespace gongwen::lint {

struct Profile {
  std::vector<std::string> reply_requires;   // element names (missing-element)
  std::vector<std::string> notice_requires;
  std::vector<std::string> result_codes;     // result-code-invalid; sub-codes A1, B2 … pass with their letter
  std::vector<std::string> public_disclosures;  // personal-data applies when Record::disclosure contains one
};

// The national defaults: domain.md §4 (parts of a reply letter) and §5 (elements of a notice).
Profile default_profile();

struct ProfilePatch {
  std::optional<std::vector<std::string>> reply_requires, notice_requires, result_codes, public_disclosures;
  void apply(Profile& p) const;
};

// What applies to one input: a severity per catalog rule (off = disabled), the profile and the
// dictionary. Immutable once the run starts; shared by the worker threads.
struct Settings {
  std::vector<Severity> severity;
  Profile profile;
  std::shared_ptr<const Dictionary> dictionary;
};

struct ConfigError {
  std::string path;
  int line = 0;
  int col = 0;
  std::string message;
  std::string to_string() const;  // path:line:col: message
};

struct Override {
  std::vector<std::string> globs;  // relative to the config file's folder; ** crosses folders
  std::vector<std::pair<std::size_t, Severity>> severities;  // catalog index -> severity
  ProfilePatch profile;
};

struct Config {
  std::string path;  // the file read; empty for the defaults
  std::string dir;   // folder the globs are relative to (absolute)
  Settings base;
  std::vector<Override> overrides;

  // The overrides that apply to `input` (by index), for caching the resulting Settings.
  std::vector<std::size_t> matching(const std::string& input) const;
  Settings settings_for(const std::vector<std::size_t>& overrides) const;
};

Config default_config();
// Parses TOML text; `path` names it in errors and anchors relative file names.
std::optional<Config> parse_config(std::string_view toml, const std::string& path, ConfigError& err);
std::optional<Config> load_config(const std::string& path, ConfigError& err);
// The nearest .gwlint.toml in the input's folder or above; empty when there is none.
std::string find_config(const std::string& input);

// Shell-style glob on '/'-separated paths: * and ? stay within a folder, ** matches any folders.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace gongwen::lint
