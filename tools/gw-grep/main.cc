// gw-grep: search documents, or a catalog, on the folded text; report at source positions.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>

#include "gongwen/grep.h"
#include "gongwen/ingest.h"
#include "gongwen/output.h"

namespace {

// --due-before 2025 and friends: a year, month or day, made an inclusive ISO bound.
CLI::Validator date_bound() {
  return CLI::Validator(
      [](std::string& s) -> std::string {
        return gongwen::grep::parse_date_bound(s, false) ? std::string() : "expected YYYY, YYYY-MM or YYYY-MM-DD";
      },
      "DATE");
}

}  // namespace

int main(int argc, char** argv) {
  using gongwen::grep::Format;
  CLI::App app{"gw-grep: search Chinese government documents — files, or a catalog made by gw-ingest --db — "
               "for a literal or an RE2 regex, matched on the folded text (full-width forms, spaces in numbers, "
               "traditional characters) and reported at source line:col, narrowed by record fields."};
  app.footer(R"(Examples:
  gw-grep 社康中心 corpus/                         every line that mentions 社康中心, as path:line:col:text
  gw-grep -e '床位.{0,8}[0-9]+张' --db gw.db        a regex, over a catalog
  gw-grep 床位 --in commitments --unit 卫健局 --due-before 2025 --db gw.db
                                                  commitments of a 卫生健康局 due by 2025 that mention 床位
  gw-grep 社康中心 --in commitments --stats --db gw.db    which units promised it, and for when
  gw-grep '' --kind reply --result C --session 区七届人大 --db gw.db --csv > c.csv
                                                  every C-coded reply to that congress, for Excel
  gw-grep -C 2 --json 规划 a.txt                     JSON Lines with the record fields of each hit

The empty pattern '' matches every document (or field value) the filters let through. A regex sees
folded text: write full-width punctuation as ASCII (\( \) , :). Dates: YYYY, YYYY-MM or YYYY-MM-DD;
bounds are inclusive (--due-before 2025 = on or before 2025-12-31). Fields: for --in, line:col is
where the value starts; --unit and --due-* apply to each commitment with --in commitments.

Exit status: 0 something matched, 1 nothing matched, 2 an error (bad pattern or catalog, unreadable input).)");

  std::vector<std::string> args;
  std::string regex, in = "text", colour = "auto";
  gongwen::grep::Options o;
  bool json = false, csv = false, count = false, stats = false;
  app.add_option("args", args, "PATTERN then files and folders (default: .); with -e, only paths");
  app.add_option("-e,--regexp", regex, "Search for this RE2 regular expression instead of a literal PATTERN");
  app.add_option("--db", o.db, "Search this catalog (made by gw-ingest --db) instead of files; PATHs then narrow it");
  app.add_option("--in", in, "Field to search: text, titles, commitments, units, proposals")
      ->check(CLI::IsMember({"text", "titles", "commitments", "units", "proposals"}))
      ->default_str("text");
  app.add_option("--kind", o.filters.kind, "Only documents of this kind")->check(CLI::IsMember({"reply", "notice", "other"}));
  app.add_option("--unit", o.filters.unit, "Only documents a unit containing this is bound by or signs (卫健局 = 卫生健康局)");
  app.add_option("--due-before", o.filters.due_before, "Only commitments due on or before DATE")->check(date_bound());
  app.add_option("--due-after", o.filters.due_after, "Only commitments due on or after DATE")->check(date_bound());
  app.add_option("--signed-before", o.filters.signed_before, "Only documents signed on or before DATE")->check(date_bound());
  app.add_option("--signed-after", o.filters.signed_after, "Only documents signed on or after DATE")->check(date_bound());
  app.add_option("--result", o.filters.result, "Only replies with this result code")->check(CLI::IsMember({"A", "B", "C", "D"}));
  app.add_option("--session", o.filters.session, "Only replies to proposals of a session containing TEXT (区七届人大)");
  app.add_option("--proposer", o.filters.proposer, "Only replies to a proposer whose name contains NAME");
  app.add_option("-C,--context", o.context, "Show N lines around each text match")->check(CLI::NonNegativeNumber);
  auto* fj = app.add_flag("--json", json, "JSON Lines: one object per match, with the record fields");
  auto* fc = app.add_flag("--csv", csv, "CSV (UTF-8 with BOM, for Excel): one row per match");
  auto* fn = app.add_flag("-c,--count", count, "Number of matching lines (or field values) per file");
  auto* fs = app.add_flag("--stats", stats, "Matches per unit, per year and per result code");
  fj->excludes(fc)->excludes(fn)->excludes(fs);
  fc->excludes(fn)->excludes(fs);
  fn->excludes(fs);
  app.add_option("--color,--colour", colour, "Highlight matches: auto (on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("-j,--jobs", o.jobs, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  app.set_version_flag("--version", std::string("gw-grep ") + gongwen::k_version);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : gongwen::grep::k_exit_error;
  }

  if (app.count("--regexp")) {
    o.pattern = regex;
    o.regex = true;
    o.paths = args;
  } else if (args.empty()) {
    fmt::print(stderr, "gw-grep: a PATTERN is required (or -e REGEX); see gw-grep --help\n");
    return gongwen::grep::k_exit_error;
  } else {
    o.pattern = args.front();
    o.paths.assign(args.begin() + 1, args.end());
  }
  o.in = *gongwen::grep::parse_field(in);
  auto bound = [](std::string& s, bool last) {
    if (!s.empty()) s = *gongwen::grep::parse_date_bound(s, last);
  };
  bound(o.filters.due_before, true);
  bound(o.filters.due_after, false);
  bound(o.filters.signed_before, true);
  bound(o.filters.signed_after, false);
  o.format = json ? Format::json : csv ? Format::csv : count ? Format::count : stats ? Format::stats : Format::text;
  o.colour = colour == "always" || (colour == "auto" && gongwen::is_terminal(stdout));
  return gongwen::grep::run(o, stdout, stderr);
}
