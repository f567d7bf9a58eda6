// The holiday calendar compiled into the library must be data/holidays-cn.tsv, and both must
// agree with the holiday-cn files they were built from (../shared/data/holiday-cn, when present).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "due/calendar.h"
#include "source_dir.h"

using namespace gongwen::due;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("due::HolidayCalendar::builtin is data/holidays-cn.tsv") {
  const fs::path tsv = fs::path(gongwen_test::source_dir()) / "data" / "holidays-cn.tsv";
  REQUIRE(fs::exists(tsv));
  HolidayCalendar from_file;
  Problems problems;
  from_file.add_text(slurp(tsv), tsv.string(), problems);
  CHECK(problems.list().empty());
  const auto& builtin = HolidayCalendar::builtin();
  CHECK(from_file.years() == builtin.years());
  CHECK(from_file.facts() == builtin.facts());
  CHECK(builtin.facts().size() > 600);
}

TEST_CASE("due::HolidayCalendar::builtin agrees with holiday-cn") {
  const fs::path folder = fs::path(gongwen_test::source_dir()) / ".." / "shared" / "data" / "holiday-cn";
  if (!fs::exists(folder)) {
    MESSAGE("skipped: " << folder.string() << " is absent");
    return;
  }
  const auto& cal = HolidayCalendar::builtin();
  int years = 0, days = 0;
  for (int year = 2007; year <= 2027; ++year) {
    const fs::path file = folder / (std::to_string(year) + ".json");
    REQUIRE(fs::exists(file));
    const auto j = nlohmann::json::parse(slurp(file));
    CAPTURE(year);
    // A year is covered exactly when its State Council notice is there.
    CHECK(cal.covers(year) == !j["papers"].empty());
    if (j["papers"].empty()) continue;
    ++years;
    for (const auto& d : j["days"]) {
      const std::string date = d["date"];
      CAPTURE(date);
      const auto day = parse_date(date);
      REQUIRE(day);
      const auto it = cal.facts().find(static_cast<int>(day->time_since_epoch().count()));
      REQUIRE(it != cal.facts().end());
      CHECK(it->second == d["isOffDay"].get<bool>());
      ++days;
    }
  }
  CHECK(years == 20);
  CHECK(static_cast<std::size_t>(days) >= cal.facts().size());
}
