// --baseline: a finding recorded once is absorbed later, also when its line moved; a new one is not.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

#include "lint/baseline.h"
#include "lint_support.h"

using namespace gongwen::lint;

TEST_CASE("lint::Baseline") {
  const std::string before = "区财政局为汇办单位。\n";
  const std::string after = "新增一段说明。\n\n区财政局为汇办单位。\n\n市交通局为汇办单位。\n";
  auto first = lint_test::lint_rule(before, "misspelled-term");
  REQUIRE(first.size() == 1);
  auto later = lint_test::lint_rule(after, "misspelled-term");
  REQUIRE(later.size() == 2);
  // The same text around the span, two lines further down: the same fingerprint.
  CHECK(later[0].fingerprint == first[0].fingerprint);
  CHECK(later[1].fingerprint != first[0].fingerprint);

  const auto file = std::filesystem::temp_directory_path() / "gw-lint-baseline-test.json";
  std::string err;
  REQUIRE(Baseline::write(file.string(), first, err));
  auto b = Baseline::load(file.string(), err);
  REQUIRE_MESSAGE(b, err);
  CHECK(b->absorbs(later[0]));
  CHECK(!b->absorbs(later[1]));
  // Each recorded finding absorbs one finding only.
  CHECK(!b->absorbs(later[0]));
  std::filesystem::remove(file);

  std::FILE* f = std::fopen(file.string().c_str(), "w");
  std::fputs("{\"findings\": 3}", f);
  std::fclose(f);
  CHECK(!Baseline::load(file.string(), err));
  CHECK(err.find("not a gw-lint baseline") != std::string::npos);
  std::filesystem::remove(file);
}
