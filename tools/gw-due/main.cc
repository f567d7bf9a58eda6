// gw-due: which replies are due, late or overdue, and which promises are falling due.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <map>

#include "gongwen/due.h"
#include "gongwen/ingest.h"
#include "gongwen/output.h"

namespace {

using gongwen::due::Format;
using gongwen::due::Options;

const std::map<std::string, Format> k_formats{
    {"table", Format::table}, {"csv", Format::csv}, {"json", Format::json}, {"xlsx", Format::xlsx}};

struct Flags {
  Options options;
  std::string format = "table";
  std::string color = "auto";
  std::string output;
};

void add_common(CLI::App& app, Flags& f) {
  app.add_option("paths", f.options.inputs, "Letters: files, folders (recursive), JSON Lines of records, - for standard input");
  app.add_option("--as-of", f.options.as_of, "The day the report is for, YYYY-MM-DD (default: today)");
  app.add_option("--soon", f.options.soon, "due-soon means due within DAYS days (default 14)")->check(CLI::NonNegativeNumber);
  app.add_option("--format", f.format, "table (default), csv (UTF-8 with BOM, for Excel), json (JSON Lines), xlsx")
      ->check(CLI::IsMember({"table", "csv", "json", "xlsx"}));
  app.add_option("-o,--output", f.output, "Write the report to FILE instead of standard output");
  app.add_option("--color", f.color, "auto|always|never (auto: on a terminal)")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--holidays", f.options.holidays, "An extra holiday file, in data/holidays-cn.tsv's format (repeatable)")
      ->allow_extra_args(false);
  app.add_option("-j,--jobs", f.options.jobs, "Worker threads for reading documents (default: all cores)")
      ->check(CLI::NonNegativeNumber);
}

// Opens the output, settles colour and format, runs the command: the exit status.
template <class Run>
int run(Flags& f, Run&& command) {
  Options& o = f.options;
  o.format = k_formats.at(f.format);
  if (o.format == Format::xlsx && f.output.empty() && gongwen::is_terminal(stdout)) {
    fmt::print(stderr, "gw-due: --format xlsx writes a workbook: give -o FILE.xlsx or redirect the output\n");
    return 2;
  }
  o.colour = f.color == "always" || (f.color == "auto" && f.output.empty() && gongwen::is_terminal(stdout));
  std::ofstream file;
  if (!f.output.empty()) {
    file.open(f.output, std::ios::binary);
    if (!file) {
      fmt::print(stderr, "gw-due: cannot write {}\n", f.output);
      return 2;
    }
  }
  std::ios::sync_with_stdio(false);
  return command(o, f.output.empty() ? std::cout : file, std::cerr);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"gw-due: which suggestions and proposals are answered, on time or late, which are overdue or due "
               "soon, and which promises of earlier letters have come due."};
  app.footer(R"(Commands:
  gw-due --register FILE [options] PATH...     a status for every register row (the default)
  gw-due commitments [options] PATH...         commitments due by --as-of or within --soon days
  gw-due profile NAME|FILE                     print a profile (start your own from `gw-due profile national`)

Examples:
  gw-due --register 2024交办台账.xlsx letters/
  gw-due --register register.csv --as-of 2024-07-01 --soon 7 records.jsonl
  gw-due --register register.csv --profile ours.toml --format xlsx -o status.xlsx letters/
  gw-ingest letters/ | gw-due --register register.csv -
  gw-due commitments --as-of 2026-01-01 replies/ notices/

Statuses: replied (on time), replied-late (days late), overdue (days overdue), due-soon (days left),
pending. Deadlines come from the profile (built in: national, 3 months from 交办日期) unless the
register's 办理时限 column gives a date or a period; 延期至 extends as far as the profile allows.
Register columns (CSV in UTF-8, UTF-8 with BOM or GB18030, or XLSX): 编号/number, 标题/title,
代表/委员/proposers, 主办单位/lead, 会办单位/co, 交办日期/assigned, and optional 办理时限/截止日期/due,
延期至/extended, 收到日期/received, 会议/session, 类别/class.
--format csv writes the statuses, unmatched letters, per-unit summary and report facts as blocks
separated by an empty line; json writes one object a line with a "type"; xlsx one sheet each.

Exit status: 0 nothing overdue, 1 something overdue, 2 usage or input errors (reported as
file:row or file:line:col).)");
  app.set_version_flag("--version", std::string("gw-due ") + gongwen::k_version);

  Flags status;
  add_common(app, status);
  app.add_option("--register", status.options.register_path, "The register: CSV or XLSX");
  app.add_option("--profile", status.options.profile, "Rules: a built-in profile (national) or a TOML file");

  Flags commitments;
  CLI::App* commitments_cmd = app.add_subcommand("commitments", "Commitments and obligations that have come due");
  add_common(*commitments_cmd, commitments);

  std::string profile_name = "national";
  CLI::App* profile_cmd = app.add_subcommand("profile", "Print a profile as TOML");
  profile_cmd->add_option("profile", profile_name, "A built-in profile's name or a TOML file");

  try {
    app.parse(argc, argv);
    if (app.got_subcommand(commitments_cmd) && commitments.options.inputs.empty())
      throw CLI::RequiredError("PATH");
    if (app.get_subcommands().empty() && status.options.register_path.empty())
      throw CLI::RequiredError("--register");
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (app.got_subcommand(profile_cmd)) return gongwen::due::run_profile(profile_name, std::cout, std::cerr);
  if (app.got_subcommand(commitments_cmd)) return run(commitments, gongwen::due::run_commitments);
  return run(status, gongwen::due::run_status);
}
