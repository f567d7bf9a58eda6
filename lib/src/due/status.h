// Statuses: each register row's deadline by the profile, its reply found among the letters, and
// one status word; letters no row claims; a summary per lead unit.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "due/calendar.h"
#include "due/letters.h"
#include "due/problem.h"
#include "due/profile.h"
#include "due/register.h"

namespace gongwen::due {

// In the order a report lists them: what needs action first.
enum class Status { overdue, due_soon, pending, replied_late, replied };
inline constexpr std::array<std::string_view, 5> k_status_names{"overdue", "due-soon", "pending", "replied-late",
                                                                "replied"};
inline std::string_view status_name(Status s) { return k_status_names[static_cast<std::size_t>(s)]; }

enum class MatchBy { none, number, title };
inline constexpr std::array<std::string_view, 3> k_match_names{"", "number", "title"};

// A 会办/协办 unit's opinion found among the letters.
struct CoOpinion {
  std::string unit;
  int letter = -1;
};

struct RowStatus {
  int row = -1;  // index into Report::reg.rows
  Status status = Status::pending;
  std::optional<int> days;  // replied-late: days late; overdue: days overdue; due-soon: days left
  Day start;                // 交办日期 (or 收到日期, by the profile)
  Day base_due;             // by the register's 办理时限, else the profile
  Day due;                  // base_due, or the extension the profile allows
  bool extended = false;
  std::string due_rule;     // where `base_due` comes from: "3 months (national)", "register"
  std::optional<Day> co_due;
  int reply = -1;           // index into Report::letters; -1 = none
  MatchBy match = MatchBy::none;
  double similarity = 0;    // of titles, when matched by title
  std::vector<int> other_letters;  // further replies to this row (later ones, or dated after --as-of)
  std::vector<CoOpinion> co_opinions;
};

struct UnmatchedLetter {
  int letter = -1;
  std::string number;  // as the letter writes it
  std::string title;
  std::string reason;
};

struct UnitSummary {
  std::string unit;
  std::array<int, 5> counts{};  // by Status
  // replied ÷ (replied + replied-late + overdue): of the items due by now or answered, the share
  // answered on time; empty when there are none.
  std::optional<double> on_time;
};

struct Report {
  Day as_of;
  int soon = 14;
  std::string profile;
  Register reg;
  std::vector<Letter> letters;
  int documents = 0;  // records read; those that are not replies are not letters
  std::vector<RowStatus> rows;  // overdue first
  std::vector<UnmatchedLetter> unmatched;
  std::vector<UnitSummary> units;
  std::array<int, 5> totals{};
};

// Titles closer than this (bigram Dice) may match a letter to a row when the number does not,
// if no other row's title comes within the margin of it.
inline constexpr double k_title_threshold = 0.6;
inline constexpr double k_title_margin = 0.1;

// Matches letters to rows and gives each row its status as of `as_of`. Rows whose deadline
// cannot be computed (a year the holiday calendar lacks, no rule for their class) are reported
// as errors at register:row and left out.
Report evaluate(Register reg, std::vector<Letter> letters, const Profile& profile, const HolidayCalendar& cal,
                Day as_of, int soon, Problems& problems);

}  // namespace gongwen::due
