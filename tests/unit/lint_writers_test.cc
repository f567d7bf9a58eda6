// The output formats, checked structurally: SARIF's shape (the official schema check is a CLI
// test that needs ../shared), JSON Lines keys, GitHub escaping, text carets under wide characters.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "lint/rule.h"
#include "lint/writers.h"
#include "lint_support.h"

using namespace gongwen::lint;

namespace {

// Runs gw-lint's library entry point on one file and returns what it wrote.
std::string run_on(const std::string& text, Format format, int* code = nullptr) {
  const auto dir = std::filesystem::temp_directory_path() / "gw-lint-writers-test";
  std::filesystem::create_directories(dir);
  const auto file = dir / "信函.txt";
  std::ofstream(file, std::ios::binary) << text;
  Options o;
  o.paths = {file.string()};
  o.format = format;
  o.as_of = "2026-06-01";
  o.jobs = 1;
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  const int c = run(o, out, err);
  if (code) *code = c;
  std::rewind(out);
  std::string s;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, out)) > 0;) s.append(buf, n);
  std::fclose(out);
  std::fclose(err);
  std::filesystem::remove_all(dir);
  return s;
}

const char* k_text = "区财政局为汇办单位,现将有关事项通知如下:\n请于2024年9月31日前报送。\n";

}  // namespace

TEST_CASE("lint::sarif structure") {
  int code = 0;
  const auto j = nlohmann::json::parse(run_on(k_text, Format::sarif, &code));
  CHECK(code == k_exit_findings);  // invalid-date is an error
  CHECK(j["version"] == "2.1.0");
  REQUIRE(j["runs"].size() == 1);
  const auto& run = j["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == catalog().size());
  for (std::size_t k = 0; k < rules.size(); ++k) {
    CHECK(rules[k]["id"] == std::string(catalog()[k]->info.name));
    CHECK(rules[k]["shortDescription"]["text"].get<std::string>().size() > 0);
    CHECK(rules[k]["defaultConfiguration"]["level"] != "none");
  }
  REQUIRE(run["results"].size() >= 3);
  for (const auto& r : run["results"]) {
    const std::size_t idx = r["ruleIndex"];
    CHECK(rules[idx]["id"] == r["ruleId"]);
    CHECK((r["level"] == "error" || r["level"] == "warning" || r["level"] == "note"));
    const auto& loc = r["locations"][0]["physicalLocation"];
    CHECK(loc["artifactLocation"]["uri"].get<std::string>().find("%E4%BF%A1%E5%87%BD.txt") != std::string::npos);
    CHECK(loc["region"]["startLine"].get<int>() >= 1);
    CHECK(loc["region"]["startColumn"].get<int>() >= 1);
    CHECK(r["partialFingerprints"].size() == 1);
    if (r.contains("fixes"))
      CHECK(r["fixes"][0]["artifactChanges"][0]["replacements"][0].contains("deletedRegion"));
  }
  CHECK(run["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("lint::json lines") {
  const auto out = run_on(k_text, Format::json);
  std::size_t lines = 0;
  for (std::size_t b = 0, e; (e = out.find('\n', b)) != std::string::npos; b = e + 1, ++lines) {
    const auto j = nlohmann::ordered_json::parse(out.substr(b, e - b));
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items()) keys.push_back(k);
    CHECK(keys == std::vector<std::string>{"name", "severity", "message", "path", "line", "col", "end_line", "end_col", "fix"});
  }
  CHECK(lines >= 3);
}

TEST_CASE("lint::github commands") {
  const auto out = run_on(k_text, Format::github);
  CHECK(out.find("::error file=") != std::string::npos);
  CHECK(out.find("::warning file=") != std::string::npos);
  CHECK(out.find(",line=2,col=3,") != std::string::npos);
  CHECK(out.find("title=gw-lint invalid-date::") != std::string::npos);
}

TEST_CASE("lint::text carets under wide characters") {
  const auto out = run_on("区财政局为汇办单位。\n", Format::text);
  // 区财政局为 is five wide characters: ten columns before the caret.
  CHECK(out.find(":1:6: warning[misspelled-term] ") != std::string::npos);
  CHECK(out.find("\n    区财政局为汇办单位。\n              ^~~~\n") != std::string::npos);
}

TEST_CASE("lint::artifact_uri") {
  CHECK(artifact_uri("corpus/replies/a.txt") == "corpus/replies/a.txt");
  CHECK(artifact_uri("./a b.txt") == "a%20b.txt");
  CHECK(artifact_uri("/srv/x:y.txt") == "file:///srv/x%3Ay.txt");
  CHECK(artifact_uri("-") == "stdin");
}
