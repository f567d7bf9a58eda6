// Commitments to follow up: which have come due by --as-of, grouped by the unit bound.
#include <doctest/doctest.h>

#include <string>

#include "due/followup.h"

using namespace gongwen;
using namespace gongwen::due;

namespace {

Commitment commitment(const char* text, const char* due, const char* unit, int line) {
  Commitment c;
  c.text = text;
  if (*due) c.due = due;
  if (*unit) c.unit = unit;
  c.at = {line, 3};
  return c;
}

Record record(const char* path, const char* kind, std::vector<Commitment> commitments) {
  Record r;
  r.source.path = path;
  r.kind = kind;
  r.commitments = std::move(commitments);
  return r;
}

}  // namespace

TEST_CASE("due::add_commitments") {
  FollowUp f;
  f.as_of = *parse_date("2026-01-01");
  f.soon = 14;
  add_commitments(f, record("notice.txt", "notice",
                            {commitment("2021年底完成", "2021-12-31", "市卫健局", 19),
                             commitment("请于1月15日前报送", "2026-01-15", "各区卫健局", 30),
                             commitment("请于1月16日前报送", "2026-01-16", "各区卫健局", 31),
                             commitment("逐步推进", "", "市卫健局", 40)}));
  add_commitments(f, record("reply.txt", "reply",
                            {commitment("预计到2025年建成", "2025-12-31", "区卫健局", 11),
                             commitment("今天完成", "2026-01-01", "", 12)}));
  add_commitments(f, record("article.txt", "other", {commitment("到2020年", "2020-12-31", "某局", 1)}));
  finish(f);

  CHECK(f.documents == 3);
  CHECK(f.skipped == 1);  // an article binds no one
  CHECK(f.undated == 1);
  CHECK(f.later == 1);    // 1月16日 is 15 days away
  CHECK(f.overdue() == 2);
  REQUIRE(f.items.size() == 4);
  // Units by their earliest due day, the unnamed group last.
  CHECK(f.items[0].unit == "市卫健局");
  CHECK(f.items[0].status == Status::overdue);
  CHECK(f.items[0].days == 1462);
  CHECK(f.items[0].path == "notice.txt");
  CHECK(f.items[0].at.line == 19);
  CHECK(f.items[1].unit == "区卫健局");
  CHECK(f.items[1].days == 1);
  CHECK(f.items[2].unit == "各区卫健局");
  CHECK(f.items[2].status == Status::due_soon);
  CHECK(f.items[2].days == 14);
  CHECK(f.items[3].unit.empty());
  CHECK(f.items[3].status == Status::due_soon);  // due today
  CHECK(f.items[3].days == 0);
}
