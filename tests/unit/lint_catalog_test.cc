// The catalog: every rule's bad example is flagged by that rule and its good example is not, and
// the catalog's facts are complete. docs/rules.md is the catalog printed.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "lint/rule.h"
#include "lint_support.h"
#include "source_dir.h"

using namespace gongwen::lint;

TEST_CASE("lint::catalog examples") {
  for (const Rule* r : catalog()) {
    const auto& i = r->info;
    CAPTURE(i.name);
    const auto bad = lint_test::lint_rule(i.bad, i.name);
    CHECK_MESSAGE(!bad.empty(), "the bad example is not flagged");
    const auto good = lint_test::lint_rule(i.good, i.name);
    for (const auto& f : good) {
      CAPTURE(f.message);
      CHECK_MESSAGE(false, "the good example is flagged");
    }
    // A rule that promises a fix offers one on its bad example.
    if (!i.fix.empty()) {
      bool any = false;
      for (const auto& f : bad) any = any || f.fix.has_value();
      CHECK_MESSAGE(any, "no fix offered on the bad example");
    }
  }
}

TEST_CASE("lint::catalog good examples are clean for every rule") {
  // The accepted examples are written as a careful clerk would: only the rules that need a whole
  // document (missing-element) may speak on a fragment.
  for (const Rule* r : catalog()) {
    CAPTURE(r->info.name);
    for (const auto& f : lint_test::lint_all(r->info.good)) {
      CAPTURE(f.rule);
      CAPTURE(f.message);
      CHECK(f.rule == "missing-element");
    }
  }
}

TEST_CASE("lint::catalog facts") {
  std::set<std::string_view> names;
  for (const Rule* r : catalog()) {
    const auto& i = r->info;
    CAPTURE(i.name);
    CHECK(names.insert(i.name).second);
    for (char c : i.name) CHECK(((c >= 'a' && c <= 'z') || c == '-'));
    CHECK(i.severity != Severity::off);
    CHECK(!i.summary.empty());
    CHECK(i.rationale.size() > 80);
    CHECK(((r->check != nullptr) != (r->check_batch != nullptr)));
    CHECK(rule_index(i.name).has_value());
  }
  // The names the issue asks for.
  for (const char* n : {"missing-element", "doc-number-format", "date-format", "invalid-date", "missing-year",
                        "date-inconsistent", "proposal-number-mismatch", "misspelled-term", "personal-data",
                        "page-break-split", "ocr-garbage", "injected-text", "halfwidth-punctuation", "markup-residue",
                        "unbalanced-pair", "result-code-invalid", "attachment-mismatch", "duplicate-document",
                        "conflicting-reply"}) {
    CAPTURE(n);
    CHECK(names.count(n) == 1);
  }
}

TEST_CASE("lint::explain and docs/rules.md") {
  CHECK(explain("no-such-rule") == std::nullopt);
  const auto one = explain("date-format");
  REQUIRE(one);
  CHECK(one->find("## date-format") == 0);
  CHECK(one->find("Flagged:") != std::string::npos);
  const auto all = explain("all");
  REQUIRE(all);
  std::ifstream in(std::string(gongwen_test::source_dir()) + "/docs/rules.md", std::ios::binary);
  REQUIRE_MESSAGE(in, "docs/rules.md is missing: gw-lint --explain all > docs/rules.md");
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK_MESSAGE(ss.str() == *all, "docs/rules.md is out of date: gw-lint --explain all > docs/rules.md");
  const std::string table = list_rules(false);
  for (const Rule* r : catalog()) CHECK(table.find(r->info.name) != std::string::npos);
}

TEST_CASE("lint::lint_bytes") {
  const auto got = lint_bytes("区财政局为汇办单位。\n", "x.txt", "2026-06-01");
  REQUIRE(got.size() == 1);
  CHECK(got[0].rule == "misspelled-term");
  CHECK(got[0].path == "x.txt");
  CHECK(got[0].begin == gongwen::Loc{1, 6});
  CHECK(got[0].end == gongwen::Loc{1, 8});
}

TEST_CASE("lint::builtin misspellings parse") {
  const auto& words = builtin_misspellings();
  CHECK(words.size() >= 20);
  bool huiban = false, taizhang = false;
  for (const auto& m : words) {
    huiban = huiban || (m.wrong == "汇办" && m.right == "会办");
    taizhang = taizhang || (m.wrong == "台帐" && m.right == "台账");
  }
  CHECK(huiban);
  CHECK(taizhang);
}
