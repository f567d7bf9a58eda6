// The gw-due entry points: inputs read, statuses or follow-ups computed, the report written,
// problems printed, and the exit status chosen (0 nothing overdue, 1 overdue, 2 input errors).
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "due/followup.h"
#include "due/letters.h"
#include "due/writers.h"
#include "gongwen/due.h"

namespace gongwen::due {
namespace {

constexpr int k_exit_overdue = 1;
constexpr int k_exit_error = 2;

void print_problems(const Problems& problems, std::ostream& err) {
  for (const auto& p : problems.list()) err << format_problem(p) << '\n';
}

Day today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return std::chrono::sys_days{std::chrono::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday};
}

// --as-of, the calendar (built in + --holidays): shared by both commands.
struct Setup {
  Day as_of;
  HolidayCalendar cal;
};

bool prepare(const Options& o, Setup& s, Problems& problems) {
  if (o.as_of.empty()) {
    s.as_of = today();
  } else if (auto d = parse_date(o.as_of)) {
    s.as_of = *d;
  } else {
    problems.error("--as-of", 0, "bad-date", fmt::format("\"{}\" is not a date (YYYY-MM-DD)", o.as_of));
    return false;
  }
  if (o.soon < 0) {
    problems.error("--soon", 0, "bad-option", "must be 0 or more days");
    return false;
  }
  s.cal = HolidayCalendar::builtin();
  for (const auto& f : o.holidays) s.cal.add_file(f, problems);
  return !problems.has_errors();
}

// XLSX is written by a library that wants a file name: to a temporary file, then copied.
Result<bool> write_xlsx_to(const std::vector<Grid>& grids, Day created, std::ostream& out) {
  namespace fs = std::filesystem;
  const fs::path tmp = fs::temp_directory_path() / fmt::format("gw-due-{}.xlsx", ::getpid());
  auto written = write_xlsx(grids, tmp.string(), created);
  if (written.ok()) {
    std::ifstream in(tmp, std::ios::binary);
    out << in.rdbuf();
  }
  std::error_code ec;
  fs::remove(tmp, ec);
  return written;
}

template <class Data>
bool write(const Data& data, const std::vector<Grid>& grids, const Options& o, std::ostream& out, Problems& problems) {
  // Both reports carry their as-of day.
  switch (o.format) {
    case Format::table: write_table(data, out, o.colour); break;
    case Format::csv: write_csv(grids, out); break;
    case Format::json: write_json(grids, out); break;
    case Format::xlsx: {
      auto r = write_xlsx_to(grids, data.as_of, out);
      if (!r.ok()) {
        problems.add(r.error());
        return false;
      }
      break;
    }
  }
  out.flush();
  return true;
}

}  // namespace

int run_status(const Options& o, std::ostream& out, std::ostream& err) {
  Problems problems;
  Setup s;
  if (!prepare(o, s, problems)) return print_problems(problems, err), k_exit_error;
  const auto profile = load_profile(o.profile);
  if (!profile.ok()) {
    problems.add(profile.error());
    return print_problems(problems, err), k_exit_error;
  }
  Register reg = read_register(o.register_path, problems);
  if (reg.rows.empty() && problems.has_errors()) return print_problems(problems, err), k_exit_error;

  std::vector<Letter> letters;
  int documents = 0;
  read_records(o.inputs, o.jobs, [&](Record&& rec) {
    ++documents;
    if (is_letter(rec)) letters.push_back(letter_from(rec));
  }, problems);

  Report rep = evaluate(std::move(reg), std::move(letters), profile.value(), s.cal, s.as_of, o.soon, problems);
  rep.documents = documents;
  const bool written = write(rep, o.format == Format::table ? std::vector<Grid>{} : report_grids(rep), o, out, problems);
  print_problems(problems, err);
  if (!written || problems.has_errors()) return k_exit_error;
  return rep.totals[static_cast<std::size_t>(Status::overdue)] > 0 ? k_exit_overdue : 0;
}

int run_commitments(const Options& o, std::ostream& out, std::ostream& err) {
  Problems problems;
  Setup s;
  if (!prepare(o, s, problems)) return print_problems(problems, err), k_exit_error;
  FollowUp f;
  f.as_of = s.as_of;
  f.soon = o.soon;
  read_records(o.inputs, o.jobs, [&](Record&& rec) { add_commitments(f, rec); }, problems);
  finish(f);
  const bool written = write(f, o.format == Format::table ? std::vector<Grid>{} : followup_grids(f), o, out, problems);
  print_problems(problems, err);
  if (!written || problems.has_errors()) return k_exit_error;
  return f.overdue() > 0 ? k_exit_overdue : 0;
}

int run_profile(const std::string& name_or_path, std::ostream& out, std::ostream& err) {
  const auto p = load_profile(name_or_path);
  if (!p.ok()) {
    err << format_problem(p.error()) << '\n';
    return k_exit_error;
  }
  out << "# profile " << p.value().name << " (" << p.value().source << ")\n" << profile_to_toml(p.value());
  return 0;
}

}  // namespace gongwen::due
