// .gwlint.toml: severities, the profile, the dictionary, overrides by glob, and errors that
// point at line:col.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "lint/config.h"
#include "lint/rule.h"
#include "lint_support.h"

using namespace gongwen::lint;

namespace {

Severity severity_of(const Settings& s, std::string_view rule) { return s.severity[*rule_index(rule)]; }

}  // namespace

TEST_CASE("lint::parse_config") {
  ConfigError err;
  const auto c = parse_config(R"(
[rules]
halfwidth-punctuation = "off"
date-format = "error"
ocr-garbage = false

[profile]
reply-requires = ["signer", "signed-date"]
result-codes = ["甲", "乙", "丙"]

[misspellings]
terms = { "协力办" = "协办" }

[[overrides]]
files = ["archive/**"]
rules = { "missing-element" = "note" }
profile = { result-codes = ["A", "B", "C"] }
)",
                              "/tmp/project/.gwlint.toml", err);
  REQUIRE_MESSAGE(c, err.to_string());
  CHECK(severity_of(c->base, "halfwidth-punctuation") == Severity::off);
  CHECK(severity_of(c->base, "date-format") == Severity::error);
  CHECK(severity_of(c->base, "ocr-garbage") == Severity::off);
  CHECK(severity_of(c->base, "invalid-date") == Severity::error);  // untouched default
  CHECK(c->base.profile.reply_requires == std::vector<std::string>{"signer", "signed-date"});
  CHECK(c->base.profile.result_codes == std::vector<std::string>{"甲", "乙", "丙"});
  // Inline terms add to the compiled-in list.
  CHECK(c->base.dictionary->find("区财政局为协力办单位").size() == 1);
  CHECK(c->base.dictionary->find("区财政局为汇办单位").size() == 1);

  CHECK(c->dir == "/tmp/project");
  CHECK(c->matching("/tmp/project/archive/2019/a.txt") == std::vector<std::size_t>{0});
  CHECK(c->matching("/tmp/project/new/a.txt").empty());
  const Settings archived = c->settings_for({0});
  CHECK(severity_of(archived, "missing-element") == Severity::note);
  CHECK(archived.profile.result_codes == std::vector<std::string>{"A", "B", "C"});
  CHECK(archived.profile.reply_requires == c->base.profile.reply_requires);
}

TEST_CASE("lint::parse_config errors") {
  struct Row {
    const char* toml;
    int line;
    const char* says;
  };
  const Row rows[] = {
      {"[rules]\nno-such-rule = \"off\"\n", 2, "unknown rule no-such-rule"},
      {"[rules]\ndate-format = \"loud\"\n", 2, "must be off, note, warning or error"},
      {"[profile]\nreply-requires = [\"signature\"]\n", 2, "unknown element signature"},
      {"[profile]\nresult-codes = \"A\"\n", 2, "array of strings"},
      {"[misspellings]\nterms = { \"会办\" = \"会办\" }\n", 2, "the same"},
      {"[surprise]\nx = 1\n", 1, "unknown key surprise"},
      {"[[overrides]]\nrules = { \"date-format\" = \"off\" }\n", 1, "needs files"},
      {"[rules\n", 1, ""},
  };
  for (const auto& r : rows) {
    CAPTURE(r.toml);
    ConfigError err;
    CHECK(!parse_config(r.toml, "x/.gwlint.toml", err));
    CHECK(err.line == r.line);
    CHECK(err.message.find(r.says) != std::string::npos);
    CHECK(err.to_string().rfind("x/.gwlint.toml:" + std::to_string(r.line) + ":", 0) == 0);
  }
}

TEST_CASE("lint::glob_match") {
  struct Row {
    const char* pattern;
    const char* path;
    bool match;
  };
  const Row rows[] = {
      {"archive/**", "archive/a.txt", true},       {"archive/**", "archive/2019/a.txt", true},
      {"archive/**", "new/a.txt", false},          {"**/*.txt", "a/b/c.txt", true},
      {"**/*.txt", "c.txt", true},                 {"*.txt", "deep/down/c.txt", true},
      {"replies/*.txt", "replies/a.txt", true},    {"replies/*.txt", "replies/x/a.txt", false},
      {"replies/r0?.txt", "replies/r01.txt", true}, {"./replies/*", "replies/a.txt", true},
      {"notices/clean-*", "notices/clean-a.txt", true},
  };
  for (const auto& r : rows) {
    CAPTURE(r.pattern);
    CAPTURE(r.path);
    CHECK(glob_match(r.pattern, r.path) == r.match);
  }
}

TEST_CASE("lint::config misspelling files") {
  const auto dir = std::filesystem::temp_directory_path() / "gw-lint-config-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "terms.tsv") << "# ours\n协力办\t协办\t\tour own word\n";
  std::ofstream(dir / "broken.tsv") << "只有一列\n";
  ConfigError err;
  auto c = parse_config("[misspellings]\nbuiltin = false\nfiles = [\"terms.tsv\"]\n", (dir / ".gwlint.toml").string(), err);
  REQUIRE_MESSAGE(c, err.to_string());
  CHECK(c->base.dictionary->find("协力办单位").size() == 1);
  CHECK(c->base.dictionary->find("汇办单位").empty());  // the built-in list is off
  CHECK(!parse_config("[misspellings]\nfiles = [\"broken.tsv\"]\n", (dir / ".gwlint.toml").string(), err));
  CHECK(err.path.find("broken.tsv") != std::string::npos);
  CHECK(err.line == 1);
  CHECK(!parse_config("[misspellings]\nfiles = [\"absent.tsv\"]\n", (dir / ".gwlint.toml").string(), err));
  CHECK(err.message.find("cannot read") != std::string::npos);
  std::filesystem::remove_all(dir);
}
